"""Telegram in long-polling mode: the whole service running, the fake Bot API queueing updates."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from bot.app import create_app
from bot.config import Settings
from bot.runtime import Runtime
from tests.conftest import PUBLIC_URL
from tests.factories import YOUTH_CHAT, World, world
from tests.fakes.telegram import BOT_USERNAME, TOKEN, FakeTelegram
from tests.telegram.conftest import eventually, message


@pytest.fixture
def settings_overrides(telegram: FakeTelegram) -> dict[str, Any]:
    """Telegram on in polling mode (the default), with the real aiogram Bot on the fake."""
    return {"TELEGRAM_BOT_TOKEN": TOKEN, "OPGANG_TELEGRAM_API_URL": telegram.url}


@asynccontextmanager
async def service(settings: Settings) -> AsyncIterator[tuple[FastAPI, httpx.AsyncClient]]:
    """The app as `opgang serve` runs it: polling and the delivery worker in the background."""
    app = create_app(settings, background=True, migrate=False)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url=PUBLIC_URL) as client:
            yield app, client


async def conversation(client: httpx.AsyncClient, rt: Runtime, w: World) -> list[Any]:
    answer = await client.get(f"/api/v1/families/{w.family_id}/messages",
                              headers=w.token(rt, w.primary_id))
    messages: list[Any] = answer.json()
    return messages


async def test_polling_receives_a_message_and_the_reply_goes_back_through_the_bot(
    settings: Settings, telegram: FakeTelegram,
) -> None:
    telegram.webhook = {"url": "https://old.example/webhook"}  # left over from webhook mode
    async with service(settings) as (app, client):
        rt: Runtime = app.state.rt
        assert rt.telegram_username == BOT_USERNAME
        w = await world(rt)
        telegram.push(message(581100001, YOUTH_CHAT, "Hej, er mødet stadig kl. 10?"))

        async def received() -> bool:
            return any(m["direction"] == "in" for m in await conversation(client, rt, w))

        await eventually(received)
        [stored] = [m for m in await conversation(client, rt, w) if m["direction"] == "in"]
        assert (stored["body"], stored["channel"]) == ("Hej, er mødet stadig kl. 10?", "telegram")
        assert stored["member_id"] == w.youth_id
        assert telegram.webhook == {}  # polling removed the webhook first

        answer = await client.post(f"/api/v1/families/{w.family_id}/messages",
                                   json={"body": "Ja, kl. 10 hos os."},
                                   headers=w.token(rt, w.primary_id))
        assert answer.status_code == 202
        assert answer.json()["channel"] == "telegram"

        async def replied() -> bool:
            return "Ja, kl. 10 hos os." in telegram.to(YOUTH_CHAT)

        await eventually(replied)
        reply = next(m for m in await conversation(client, rt, w)
                     if m["direction"] == "out" and m["kind"] == "chat")

        async def delivered() -> bool:
            return any(m["id"] == reply["id"] and m["status"] == "delivered"
                       for m in await conversation(client, rt, w))

        await eventually(delivered)
        assert telegram.to(YOUTH_CHAT).count("Ja, kl. 10 hos os.") == 1
        assert telegram.pending == []  # the update was confirmed to Telegram


async def test_only_one_process_polls_a_bot(
    settings: Settings, telegram: FakeTelegram,
) -> None:
    if settings.is_sqlite:
        pytest.skip("one poller per bot is a PostgreSQL advisory lock; SQLite runs one process")
    async with service(settings) as (first, client), service(settings) as (_second, _):
        rt: Runtime = first.state.rt
        w = await world(rt)
        for i in range(3):
            telegram.push(message(581200001 + i, YOUTH_CHAT, f"Besked {i}"))

        async def all_received() -> bool:
            inbound = [m for m in await conversation(client, rt, w) if m["direction"] == "in"]
            return len(inbound) == 3

        await eventually(all_received)
        polled = telegram.polled()

        async def polled_again() -> bool:
            return telegram.polled() >= polled + 2

        await eventually(polled_again)  # both processes had time to try
    assert telegram.conflicts == 0
