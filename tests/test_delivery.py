"""The outbox worker: leases survive a dead worker, backoff grows, a lost lease records nothing."""

from __future__ import annotations

import asyncio
import random
from typing import Any

import pytest
from fastapi import FastAPI
from sqlalchemy import select

from bot.actions.inbound import receive
from bot.actions.outbound import send
from bot.channels.base import Sent
from bot.delivery import BACKOFF_BASE, BACKOFF_CAP, DeliveryWorker, backoff
from bot.runtime import Runtime
from storage.models import Delivery, Message
from tests.factories import PARENT_PHONE, world

LEASE = 0.5


@pytest.fixture
def settings_overrides() -> dict[str, Any]:
    return {"OPGANG_DELIVERY_LEASE_SECONDS": LEASE}


async def queued_reply(rt: Runtime) -> int:
    w = await world(rt)
    await receive(rt, channel="simulator", sender=PARENT_PHONE, body="Hej", provider_id="d-1")
    queued = await send(rt, family_id=w.family_id, body="Hej Fatima", author_id=w.primary_id)
    return queued.message_id


async def delivery_of(rt: Runtime, message_id: int) -> tuple[Delivery, Message]:
    async with rt.db.reading() as session:
        row = await session.scalar(select(Delivery).where(Delivery.message_id == message_id))
        message = await session.get(Message, message_id)
        assert row is not None and message is not None
        return row, message


async def test_a_claim_by_a_dead_worker_is_delivered_once_by_the_next(
    app: FastAPI, rt: Runtime,
) -> None:
    message_id = await queued_reply(rt)
    dead = DeliveryWorker(rt, app.state.channels)
    claimed = [c for c in await dead.claim() if c.message_id == message_id]
    assert claimed, "the first worker claimed the reply"
    # The first worker dies here. While its lease lasts, nobody else takes the row…
    survivor = DeliveryWorker(rt, app.state.channels)
    assert message_id not in {c.message_id for c in await survivor.claim()}
    await asyncio.sleep(LEASE + 0.1)
    # …after it expires, the survivor sends it.
    assert await survivor.run_once() >= 1
    row, message = await delivery_of(rt, message_id)
    assert (row.state, row.attempts, message.status) == ("done", 2, "delivered")
    # A late outcome from the dead worker cannot overwrite what the survivor recorded.
    await dead.record(claimed[0], Sent(provider_id="stale"))
    row, message = await delivery_of(rt, message_id)
    assert message.provider_id != "stale"


def test_backoff_grows_exponentially_with_jitter_and_a_cap() -> None:
    rng = random.Random(7)
    for attempt in range(1, 12):
        plain = min(BACKOFF_BASE * 2 ** (attempt - 1), BACKOFF_CAP)
        assert 0.5 * plain <= backoff(attempt, rng) <= 1.5 * plain
    # Jitter spreads retries of many messages that failed together.
    assert len({round(backoff(5, rng), 3) for _ in range(20)}) > 10
