"""Database down: inbound messages are still acknowledged, kept in the spool, stored once after."""

from __future__ import annotations

import asyncio
import logging
import shutil
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest

from bot import spool
from bot.app import create_app
from bot.config import Settings
from bot.runtime import Runtime
from tests.conftest import PUBLIC_URL
from tests.factories import PARENT_PHONE, World, world
from tests.faults.conftest import database_down
from tests.sms.conftest import INBOUND, payload, post_signed

EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response/>'
SATURDAY_MORNING = datetime(2026, 11, 28, 9, 30, tzinfo=ZoneInfo("Europe/Copenhagen"))


async def family_messages(client: httpx.AsyncClient, rt: Runtime, w: World) -> list[Any]:
    answer = await client.get(f"/api/v1/families/{w.family_id}/messages",
                              headers=w.token(rt, w.primary_id))
    assert answer.status_code == 200
    messages: list[Any] = answer.json()
    return messages


async def test_an_sms_while_the_database_is_down_is_acknowledged_and_stored_once_after(
    rt: Runtime, client: httpx.AsyncClient, caplog: pytest.LogCaptureFixture,
) -> None:
    w = await world(rt)
    rt.clock = lambda: SATURDAY_MORNING  # closed: the family is owed one out-of-hours answer
    form = payload("inbound_danish")
    caplog.set_level(logging.WARNING, logger="bot.spool")

    async with database_down(rt):
        answer = await post_signed(client, INBOUND, form)
        assert (answer.status_code, answer.text) == (200, EMPTY_TWIML)
        assert (await client.get("/readyz")).status_code == 503
        [kept] = spool.pending(rt.settings.spool_dir)
        assert await spool.replay(rt) == 0  # still down: the message stays in the spool
        assert spool.pending(rt.settings.spool_dir) == [kept]

    logged = caplog.text
    assert "spooled" in logged and "+45******56" in logged
    assert PARENT_PHONE not in logged and form["Body"] not in logged

    assert (await client.get("/readyz")).status_code == 200
    assert await family_messages(client, rt, w) == []
    copy = kept.with_name("copy")
    shutil.copy(kept, copy)
    assert await spool.replay(rt) == 1
    assert spool.pending(rt.settings.spool_dir) == []

    # A crash after storing but before deleting leaves the file: replaying it stores nothing new.
    copy.rename(kept)
    assert await spool.replay(rt) == 1
    assert await spool.replay(rt) == 0

    messages = await family_messages(client, rt, w)
    inbound = [(m["channel"], m["member_id"], m["body"], m["created_at"])
               for m in messages if m["direction"] == "in"]
    assert inbound == [("sms", w.parent_id, form["Body"],
                        SATURDAY_MORNING.astimezone(ZoneInfo("UTC")).isoformat()
                        .replace("+00:00", "Z"))]
    assert [m["kind"] for m in messages if m["direction"] == "out"] == ["auto"]


async def test_the_simulator_phone_is_spooled_the_same_way(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w = await world(rt)
    text = {"phone": PARENT_PHONE, "body": "Skriver I tilbage?", "client_id": "sim-spooled-1"}
    async with database_down(rt):
        answer = await client.post("/simulator/api/messages", json=text)
        assert answer.status_code == 202
        assert answer.json()["spooled"] is True and answer.json()["id"] is None
    assert await spool.replay(rt) == 1
    again = await client.post("/simulator/api/messages", json=text)  # the page retrying
    assert again.status_code == 200 and again.json()["duplicate"] is True
    bodies = [m["body"] for m in await family_messages(client, rt, w) if m["direction"] == "in"]
    assert bodies == [text["body"]]



async def test_the_running_service_recovers_without_a_hand(
    rt: Runtime, settings: Settings,
) -> None:
    w = await world(rt)  # built first: the service's own workers would only slow this down
    service = create_app(settings, background=True, migrate=False)
    async with service.router.lifespan_context(service), httpx.AsyncClient(
            transport=httpx.ASGITransport(app=service), base_url=PUBLIC_URL) as client:
        running: Runtime = service.state.rt
        form = payload("inbound_danish")
        async with database_down(running):
            assert (await post_signed(client, INBOUND, form)).status_code == 200
            assert spool.pending(settings.spool_dir) != []
        for _ in range(100):  # it replays every few seconds on its own
            if spool.pending(settings.spool_dir) == []:
                break
            await asyncio.sleep(0.1)
        bodies = [m["body"] for m in await family_messages(client, running, w)
                  if m["direction"] == "in"]
        assert bodies == [form["Body"]]
