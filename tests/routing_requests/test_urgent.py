"""Urgent messages: contacts and lead alerted at once, the family on top, 112 out of hours."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from bot.delivery import DeliveryWorker
from bot.events import Event
from bot.runtime import Runtime
from handlers.console.live import relevant
from storage.models import Worker
from tests.routing_requests.world import (
    OTHER_PHONE,
    SATURDAY_22,
    TUESDAY_10,
    YOUTH_PHONE,
    Team,
    requests_of,
    team,
    text,
)

AFRAID = "أنا خائف أرجع البيت، أبوي يضربني"
""""I am afraid to go home, my father beats me" (Arabic, as a youth would text it)."""
SOCIAL = "+45 89 40 20 00"


@pytest.fixture
def settings_overrides() -> dict[str, Any]:
    return {"OPGANG_EMERGENCY_SOCIAL_NUMBER": SOCIAL}


async def alert_kinds(client: httpx.AsyncClient, rt: Runtime, t: Team,
                      worker_id: int) -> list[tuple[str, int]]:
    answer = await client.get("/api/v1/alerts", params={"unseen": True},
                              headers=t.token(rt, worker_id))
    assert answer.status_code == 200
    return [(a["kind"], a["family_id"]) for a in answer.json()]


async def automatic_answers(client: httpx.AsyncClient, phone: str) -> list[dict[str, Any]]:
    answer = await client.get("/simulator/api/messages", params={"phone": phone})
    return [m for m in answer.json()["messages"] if m["direction"] == "out"]


async def test_an_urgent_message_alerts_both_contacts_and_the_lead_at_once(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    t = await team(rt)
    rt.clock = lambda: TUESDAY_10
    async with rt.events.subscribe() as events:
        await text(client, YOUTH_PHONE, AFRAID)
        published: list[Event] = []
        while not events.empty():
            published.append(events.get_nowait())
    assert any(e.kind == "alert" and e.family_id == t.family_id for e in published)
    for worker_id in (t.primary_id, t.partner_id, t.lead_id):
        assert await alert_kinds(client, rt, t, worker_id) == [("urgent", t.family_id)]
    assert await alert_kinds(client, rt, t, t.health_id) == []
    [request] = await requests_of(client, t.token(rt, t.primary_id))
    assert request["urgent"] is True and request["urgent_reasons"]
    # Inside opening hours the contacts answer themselves: no automatic answer.
    assert await automatic_answers(client, YOUTH_PHONE) == []


async def test_the_urgent_family_goes_on_top_of_the_inbox(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    t = await team(rt)
    rt.clock = lambda: TUESDAY_10
    await text(client, OTHER_PHONE, "Hej, jeg venter stadig på svar")
    await text(client, YOUTH_PHONE, AFRAID)
    await text(client, OTHER_PHONE, "Hallo?")  # the other family wrote last
    inbox = (await client.get("/api/v1/inbox", headers=t.token(rt, t.lead_id))).json()
    assert [i["family_id"] for i in inbox] == [t.family_id, t.other_family_id]


async def test_out_of_hours_the_sender_gets_112_in_arabic_and_no_ordinary_answer(
    rt: Runtime, client: httpx.AsyncClient, delivery: DeliveryWorker,
) -> None:
    t = await team(rt)
    rt.clock = lambda: SATURDAY_22
    await text(client, YOUTH_PHONE, AFRAID)
    await delivery.run_once()
    [answer] = await automatic_answers(client, YOUTH_PHONE)
    assert "112" in answer["body"] and SOCIAL in answer["body"]
    assert "خطر" in answer["body"]  # "danger", in Arabic
    assert answer["status"] == "delivered"
    for worker_id in (t.primary_id, t.partner_id, t.lead_id):
        assert await alert_kinds(client, rt, t, worker_id) == [("urgent", t.family_id)]
    # Later the same evening an ordinary message gets no second automatic answer.
    await text(client, YOUTH_PHONE, "ok")
    assert len(await automatic_answers(client, YOUTH_PHONE)) == 1


async def test_alerts_reach_the_console_within_seconds(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    t = await team(rt)
    rt.clock = lambda: SATURDAY_22
    async with rt.events.subscribe() as events:
        await text(client, YOUTH_PHONE, AFRAID)
        event = await asyncio.wait_for(_first_alert(events), 2)
    async with rt.db.reading() as session:
        lead = await session.get(Worker, t.lead_id)
        outsider = await session.get(Worker, t.health_id)
    assert lead is not None and outsider is not None
    assert await relevant(rt, lead, event) == (
        "change", {"family_id": t.family_id, "kind": "alert"})
    assert await relevant(rt, outsider, event) is None


async def _first_alert(events: asyncio.Queue[Event]) -> Event:
    while True:
        event = await events.get()
        if event.kind == "alert":
            return event
