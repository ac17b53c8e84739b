"""The outbox worker: claims due deliveries, sends them through a channel, records the outcome.

A claim is a lease: `attempts + 1`, an owner and an expiry, taken in one short transaction
(`FOR UPDATE SKIP LOCKED` on PostgreSQL). Sending happens outside any transaction. A worker that
dies leaves its lease to expire and the row is claimed again. The window between a provider
accepting a message and the outcome being written is the only place a message could be sent
twice; it is a few milliseconds, and no provider offers an idempotency key to close it.
"""

from __future__ import annotations

import asyncio
import logging
import os
import random
import socket
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.channels.base import Channel, Failed, Outcome, Retry, Sent
from bot.events import Event
from bot.leases import claim_due
from bot.runtime import Runtime
from bot.status import advance
from storage.models import Address, Delivery, Message
from storage.types import utcnow

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 10
GIVE_UP_AFTER = timedelta(hours=10)  # Twilio's longest validity period; older news is stale
BACKOFF_BASE = 2.0
BACKOFF_CAP = 1800.0


@dataclass(frozen=True)
class Claimed:
    delivery_id: int
    message_id: int
    attempts: int
    channel: str
    address: str
    body: str
    team_id: int | None
    family_id: int | None
    member_id: int | None
    created_at: datetime
    buttons: list[Any] | None = None  # answer buttons, for a channel that has them


def backoff(attempts: int, rng: random.Random = random.Random()) -> float:  # noqa: B008
    """Seconds to wait after the `attempts`-th failure: exponential, capped, with jitter."""
    return float(min(BACKOFF_BASE * 2 ** (attempts - 1), BACKOFF_CAP) * rng.uniform(0.5, 1.5))


class DeliveryWorker:
    """Sends what the outbox holds; run as many as you like on PostgreSQL."""

    def __init__(
        self, rt: Runtime, channels: Mapping[str, Channel], *, batch: int = 50,
        concurrency: int = 100,
    ) -> None:
        self.rt = rt
        self.channels = channels
        self.batch = batch
        self.owner = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self.concurrency = concurrency
        self._slots = asyncio.Semaphore(concurrency)  # run_once's whole batch shares the limit

    async def run(self, stop: asyncio.Event) -> None:
        """Deliver until `stop` is set; errors are logged and the loop goes on.

        A pipeline, not rounds: whenever a send finishes, the freed place is claimed again, so
        a slow channel (Telegram's 30 a second) never holds back a fast one (SMS) waiting for
        the slowest message of a batch. At most `concurrency` deliveries are in flight.
        """
        inflight: set[asyncio.Task[None]] = set()
        while not stop.is_set():
            claimed: list[Claimed] = []
            room = self.concurrency - len(inflight)
            if room > 0:
                try:
                    claimed = await self.claim(limit=min(self.batch, room))
                except Exception:
                    log.exception("delivery claim failed")
            for item in claimed:
                task = asyncio.create_task(self._deliver(item))
                inflight.add(task)
                task.add_done_callback(inflight.discard)
                task.add_done_callback(_log_failure)
            if claimed and len(inflight) < self.concurrency:
                continue
            self.rt.outbox_ready.clear()
            waiters = {asyncio.ensure_future(stop.wait()),
                       asyncio.ensure_future(self.rt.outbox_ready.wait()), *inflight}
            # Wake for a stop, for news in the outbox, for a free place, or to poll.
            await asyncio.wait(waiters, timeout=self.rt.settings.delivery_poll_seconds,
                               return_when=asyncio.FIRST_COMPLETED)
            for waiter in waiters - inflight:
                waiter.cancel()
        if inflight:  # what is being sent finishes (each send has its own timeout)
            await asyncio.gather(*inflight, return_exceptions=True)

    async def run_once(self) -> int:
        """Claim one batch, send it, record the outcomes; the number of rows handled."""
        claimed = await self.claim()
        if claimed:
            await asyncio.gather(*(self._deliver(item) for item in claimed))
        return len(claimed)

    async def claim(self, *, limit: int | None = None) -> list[Claimed]:
        """Lease up to `limit` (default: a batch) due deliveries to this worker."""
        now = utcnow()
        async with self.rt.db.transaction() as session:
            rows = await claim_due(
                session, Delivery, pending=Delivery.state == "pending", owner=self.owner,
                now=now, lease=timedelta(seconds=self.rt.settings.delivery_lease_seconds),
                batch=limit or self.batch, returning=[Delivery.message_id])
            if not rows:
                return []
            messages = {m.id: m for m in (await session.scalars(
                select(Message).where(Message.id.in_([r.message_id for r in rows]))
            ))}
        claimed = [
            Claimed(r.id, r.message_id, r.attempts, messages[r.message_id].channel,
                    messages[r.message_id].address, messages[r.message_id].body,
                    messages[r.message_id].team_id, messages[r.message_id].family_id,
                    messages[r.message_id].member_id, messages[r.message_id].created_at,
                    messages[r.message_id].buttons)
            for r in rows
        ]
        # Keep each recipient's messages in the order they were written.
        return sorted(claimed, key=lambda c: c.delivery_id)

    async def _deliver(self, item: Claimed) -> None:
        channel = self.channels.get(item.channel)
        outcome: Outcome
        if channel is None:
            outcome = Retry(f"channel {item.channel} is not running in this process")
        else:
            async with self._slots:
                try:
                    # A reminder's answer buttons, where the channel has them (Telegram).
                    with_buttons = (getattr(channel, "send_with_buttons", None)
                                    if item.buttons else None)
                    outcome = await (with_buttons(item.address, item.body, item.buttons)
                                     if with_buttons else channel.send(item.address, item.body))
                except Exception as exc:  # an adapter bug must not lose the message
                    log.exception("channel %s raised", item.channel)
                    outcome = Retry(f"{type(exc).__name__}")
        await self.record(item, outcome)

    async def record(self, item: Claimed, outcome: Outcome) -> None:
        """Write the outcome, if this worker still holds the lease."""
        now = utcnow()
        if isinstance(outcome, Retry):
            attempts = item.attempts if outcome.charge else item.attempts - 1
            if attempts >= MAX_ATTEMPTS or now - item.created_at > GIVE_UP_AFTER:
                outcome = Failed(f"gave up after {attempts} attempts: {outcome.reason}")
        async with self.rt.db.transaction() as session:
            mine = (Delivery.id == item.delivery_id) & (Delivery.lease_owner == self.owner)
            if isinstance(outcome, Retry):
                delay = outcome.after if outcome.after is not None else backoff(item.attempts)
                attempts = item.attempts if outcome.charge else item.attempts - 1
                await session.execute(update(Delivery).where(mine).values(
                    due_at=now + timedelta(seconds=delay), lease_owner=None, lease_until=None,
                    attempts=attempts, last_error=outcome.reason[:300]))
                return
            state = "done" if isinstance(outcome, Sent) else "failed"
            result = await session.execute(update(Delivery).where(mine).values(
                state=state, lease_owner=None, lease_until=None,
                last_error=outcome.reason[:300] if isinstance(outcome, Failed) else None))
            if not result.rowcount:  # type: ignore[attr-defined]
                log.warning("lease on delivery %s lost before recording", item.delivery_id)
                return
            message = await session.get(Message, item.message_id)
            assert message is not None
            if isinstance(outcome, Sent):
                message.provider_id = outcome.provider_id or message.provider_id
                message.status = advance(message.status,
                                         "delivered" if outcome.delivered else "sent")
            else:
                message.status, message.reason = "failed", outcome.reason[:300]
                await _mark_address(session, item, outcome, now)
        self.rt.events.publish(Event("status", item.team_id, item.family_id,
                                     {"id": item.message_id}))


async def _mark_address(
    session: AsyncSession, item: Claimed, outcome: Failed, now: datetime,
) -> None:
    """A permanent refusal tells us something about the address: keep it, visibly."""
    if not (outcome.opted_out or outcome.address_inactive) or item.member_id is None:
        return
    kind = "telegram" if item.channel == "telegram" else "phone"
    values: dict[str, object] = {"changed_at": now}
    if outcome.opted_out:
        values["opted_out"] = True
    else:
        values.update(active=False, inactive_reason=outcome.reason[:200])
    await session.execute(update(Address).where(
        Address.member_id == item.member_id, Address.kind == kind,
        Address.value == item.address, Address.active).values(**values))


def _log_failure(task: asyncio.Task[None]) -> None:
    """A delivery whose outcome could not be recorded stays leased and is sent again later."""
    if not task.cancelled() and task.exception() is not None:
        log.error("delivery failed before its outcome was recorded", exc_info=task.exception())
