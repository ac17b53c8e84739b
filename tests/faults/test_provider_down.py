"""A provider down for a while: replies wait with backoff, then all go out, none twice.

Twilio answers 500 to every message and Telegram refuses connections for `OUTAGE` seconds, then
both recover. The service's own delivery worker runs the whole time. `OPGANG_FAULTS_LONG=1`
makes the outage a minute long, with more messages.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import AsyncIterator
from typing import Any

import pytest
from sqlalchemy import select

from bot.actions.outbound import send
from bot.app import build_channels
from bot.delivery import DeliveryWorker
from bot.runtime import Runtime
from storage.models import Delivery, Message
from tests.factories import PARENT_PHONE, YOUTH_CHAT, world
from tests.fakes.telegram import TOKEN, FakeTelegram
from tests.fakes.twilio import FakeTwilio
from tests.faults.service import LONG

OUTAGE = 60.0 if LONG else 2.0
MESSAGES = 30 if LONG else 6  # to each channel


@pytest.fixture
async def telegram() -> AsyncIterator[FakeTelegram]:
    async with FakeTelegram() as fake:
        yield fake


@pytest.fixture
def settings_overrides(
    settings_overrides: dict[str, Any],
    telegram: FakeTelegram,
) -> dict[str, Any]:
    """The fault tests' settings (SMS on, a spool), and Telegram against its fake."""
    return {
        **settings_overrides,
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "OPGANG_TELEGRAM_API_URL": telegram.url,
    }


async def test_replies_wait_out_a_provider_outage_and_each_is_sent_once(
    rt: Runtime,
    twilio: FakeTwilio,
    telegram: FakeTelegram,
) -> None:
    w = await world(rt)
    sms = [f"Sms {i}: husk mødet på torsdag" for i in range(MESSAGES)]
    chat = [f"Telegram {i}: husk mødet på torsdag" for i in range(MESSAGES)]
    for body in sms:
        await send(rt, family_id=w.family_id, body=body, member_id=w.parent_id, channel="sms")
    for body in chat:
        await send(rt, family_id=w.family_id, body=body, member_id=w.youth_id, channel="telegram")
    twilio.fail_for(OUTAGE)
    await telegram.refuse()

    channels = build_channels(rt)
    stop = asyncio.Event()
    worker = asyncio.create_task(DeliveryWorker(rt, channels).run(stop))
    try:
        # Look while the outage still holds: the fake's clock started a moment before ours, so
        # at exactly OUTAGE a retry may already have gone through (that is recovery, not a leak).
        await asyncio.sleep(OUTAGE * 0.75)
        assert twilio.messages == [] and telegram.sent == []
        await asyncio.sleep(OUTAGE * 0.25)
        tried_while_down = twilio.attempts
        await telegram.listen()
        await _all_done(rt, seconds=OUTAGE * 3 + 20)
    finally:
        stop.set()
        await worker
        for channel in channels.values():
            await channel.close()

    assert sorted(m["body"] for m in twilio.to(PARENT_PHONE)) == sorted(sms)
    assert sorted(telegram.to(YOUTH_CHAT)) == sorted(chat)
    assert Counter(m["body"] for m in twilio.messages).most_common(1)[0][1] == 1
    # Backoff, not hammering: each message was tried about once per doubling of the outage
    # (2 s, 4 s, 8 s…), where the worker's 0.2-0.5 s poll would have tried it dozens of times.
    doublings = max(1, int(OUTAGE).bit_length())
    assert MESSAGES <= tried_while_down <= MESSAGES * (doublings + 2)
    async with rt.db.reading() as session:
        rows = (
            await session.execute(
                select(Delivery.state, Delivery.attempts, Message.status, Message.channel).join(
                    Message, Message.id == Delivery.message_id
                )
            )
        ).all()
    assert {(state, status) for state, _, status, _ in rows} == {
        ("done", "sent"),
        ("done", "delivered"),
    }  # Telegram has no receipts: delivered at once
    # Every SMS was refused (500) at least once, then passed.
    assert all(attempts >= 2 for _, attempts, _, channel in rows if channel == "sms")


async def _all_done(rt: Runtime, *, seconds: float) -> None:
    deadline = asyncio.get_running_loop().time() + seconds
    while asyncio.get_running_loop().time() < deadline:
        async with rt.db.reading() as session:
            states = set(await session.scalars(select(Delivery.state)))
        if states == {"done"}:
            return
        await asyncio.sleep(0.2)
    raise AssertionError(f"deliveries still {states} after {seconds} s")
