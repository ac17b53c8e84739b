"""Reminders on Telegram: two buttons under the text, pressed through the real webhook.

The Bot API is the loopback fake (`tests/fakes/telegram.py`); the update is the recorded
`callback_query.json` with the button's data and ids changed.
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from bot.delivery import DeliveryWorker
from bot.runtime import Runtime
from bot.scheduler import Scheduler
from storage.models import Appointment
from tests.factories import YOUTH_CHAT, World, world
from tests.fakes.telegram import TOKEN, FakeTelegram
from tests.reminders.helpers import appointment, book, fixed_clock, local
from tests.telegram.conftest import SECRET, post_update, recorded
from tests.telegram.conftest import telegram as telegram  # the fake Bot API fixture


@pytest.fixture
def settings_overrides(telegram: FakeTelegram) -> dict[str, Any]:
    return {"TELEGRAM_BOT_TOKEN": TOKEN, "OPGANG_TELEGRAM_API_URL": telegram.url,
            "OPGANG_TELEGRAM_MODE": "webhook", "TELEGRAM_WEBHOOK_SECRET": SECRET}


def press(update_id: int, data: str) -> dict[str, Any]:
    update = recorded("callback_query")
    update["update_id"] = update_id
    update["callback_query"]["id"] = f"cbq-{update_id}"
    update["callback_query"]["data"] = data
    return update


async def delivered(delivery: DeliveryWorker, telegram: FakeTelegram, count: int) -> None:
    """Run the outbox until the chat has `count` messages (Telegram's one a second holds some)."""
    for _ in range(80):
        if len(telegram.to(YOUTH_CHAT)) >= count:
            return
        await delivery.run_once()
        await asyncio.sleep(0.05)
    raise AssertionError(f"the chat got {telegram.to(YOUTH_CHAT)}")


def keyboard(telegram: FakeTelegram) -> list[tuple[str, str]]:
    markup = telegram.sent[-1].reply_markup or {}
    return [(row[0]["text"], row[0]["callback_data"]) for row in markup["inline_keyboard"]]


async def reminded(rt: Runtime, delivery: DeliveryWorker,
                   telegram: FakeTelegram) -> tuple[World, Appointment]:
    clock = fixed_clock(rt)
    w = await world(rt)
    booked = await book(rt, w.family_id, w.primary_id, local(2026, 11, 25, 10, 0),
                        member_ids=[w.youth_id])
    clock.move(local(2026, 11, 24, 10, 0))
    assert (await Scheduler(rt).run_once()).sent == 1
    await delivered(delivery, telegram, 2)  # the confirmation, then the reminder
    return w, booked


async def test_the_reminder_has_two_buttons_and_confirm_confirms_once(
    rt: Runtime, client: httpx.AsyncClient, delivery: DeliveryWorker, telegram: FakeTelegram,
) -> None:
    w, booked = await reminded(rt, delivery, telegram)
    assert telegram.to(YOUTH_CHAT)[-1] == (
        "Påmindelse: Du har en aftale med Gellerup Opgang i morgen kl. 10.00.")
    assert keyboard(telegram) == [("Bekræft", f"ans:{booked.id}:r:1"),
                                  ("Et andet tidspunkt", f"ans:{booked.id}:r:2")]
    update = press(900001, f"ans:{booked.id}:r:1")
    for _ in range(2):  # Telegram delivers an update again when unsure: it counts once
        assert (await post_update(client, update)).status_code == 200
    assert [c["callback_query_id"] for c in telegram.answered_callbacks] == ["cbq-900001"]
    assert (await appointment(rt, booked.id)).family_answer == "confirmed"
    await delivered(delivery, telegram, 3)
    assert telegram.to(YOUTH_CHAT)[-1] == "Tak. Vi ses i morgen kl. 10.00."
    messages = (await client.get(f"/api/v1/families/{w.family_id}/messages",
                                 headers=w.token(rt, w.primary_id))).json()
    assert [m["body"] for m in messages if m["direction"] == "in"] == ["[Bekræft]"]


async def test_another_time_offers_three_buttons_and_one_press_moves_the_appointment(
    rt: Runtime, client: httpx.AsyncClient, delivery: DeliveryWorker, telegram: FakeTelegram,
) -> None:
    w, booked = await reminded(rt, delivery, telegram)
    await post_update(client, press(900002, f"ans:{booked.id}:r:2"))
    assert (await appointment(rt, booked.id)).family_answer == "another_time"
    await delivered(delivery, telegram, 3)
    offered = keyboard(telegram)
    assert [data for _, data in offered] == [f"ans:{booked.id}:o:{i}" for i in (1, 2, 3)]
    assert offered[1][0] == "ons. 25/11 kl. 08.00"
    # A stale press of the reminder's button cannot answer the offer.
    await post_update(client, press(900003, f"ans:{booked.id}:r:1"))
    assert (await appointment(rt, booked.id)).family_answer == "another_time"
    await post_update(client, press(900004, f"ans:{booked.id}:o:2"))
    moved = await appointment(rt, booked.id)
    assert moved.starts_at == local(2026, 11, 25, 8, 0)
    assert moved.family_answer == "confirmed"
    await delivered(delivery, telegram, 4)
    assert telegram.to(YOUTH_CHAT)[-1] == (
        "Din aftale med Gellerup Opgang er flyttet til i morgen kl. 08.00.")
