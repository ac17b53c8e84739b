"""The outbox worker: claims due deliveries, sends them through a channel, records the outcome.

A claim is a lease: `attempts + 1`, an owner and an expiry, taken in one short transaction
(`FOR UPDATE SKIP LOCKED` on PostgreSQL). Sending happens outside any transaction. A worker that
dies leaves its lease to expire and the row is claimed again.

A worker killed between the provider accepting a message and the outcome being written would send
it twice, and no provider takes an idempotency key. So a row whose lease ran out without an outcome
is claimed as `uncertain`, and before sending it again the worker asks the channel what it sent
(`sent_since`: Twilio lists the messages to a number); a message with the same text to the same
address, created after ours was queued and not already recorded for another of our messages, is
that earlier attempt: it is recorded as sent, not sent again (`tests/faults/test_kill.py`).
Telegram has no such list: there a crash in that window of milliseconds can repeat one message.
"""

from __future__ import annotations

import asyncio
import logging
import os
import random
import socket
import uuid
from collections.abc import Awaitable, Callable, Collection, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import case, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.channels.base import Channel, Failed, Outcome, Retry, Sent
from bot.events import Event
from bot.leases import claim_due
from bot.metrics import delivery_latency
from bot.runtime import Runtime
from bot.status import advance
from storage.models import Address, Delivery, Message
from storage.types import utcnow

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 10
GIVE_UP_AFTER = timedelta(hours=10)  # Twilio's longest validity period; older news is stale
BACKOFF_BASE = 2.0
BACKOFF_CAP = 1800.0
UNCERTAIN = "the lease ran out before an outcome was recorded"
"""`last_error` of a row claimed again after its worker vanished mid-send (see the module)."""
LOOKUP_SLACK = timedelta(minutes=1)
"""Provider timestamps are whole seconds, and clocks differ a little."""


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
    uncertain: bool = False  # an earlier attempt may have reached the provider (see the module)


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
            full = self._full_channels()
            if room > 0 and not (self.channels and full >= set(self.channels)):
                try:
                    claimed = await self.claim(limit=min(self.batch, room), skip=full)
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

    def _full_channels(self) -> set[str]:
        """Channels whose rate is taken for as long as a send may wait (`RateLimiter.room`)."""
        return {name for name, channel in self.channels.items()
                if (limiter := getattr(channel, "limiter", None)) is not None
                and limiter.room() <= 0}

    async def claim(self, *, limit: int | None = None, skip: Collection[str] = ()) -> list[Claimed]:
        """Lease up to `limit` (default: a batch) due deliveries to this worker.

        Messages for the channels in `skip` stay in the outbox: a channel whose rate is taken
        would only hand them back, one transaction each, and their places in the pipeline
        would be missing for the other channels (SMS waited behind Telegram in the outbound
        benchmark).
        """
        now = utcnow()
        pending = Delivery.state == "pending"
        if skip:  # a subquery per row (the message's primary key), never a scan of messages
            pending = pending & select(Message.channel).where(
                Message.id == Delivery.message_id).scalar_subquery().not_in(sorted(skip))
        async with self.rt.db.transaction() as session:
            rows = await claim_due(
                session, Delivery, pending=pending, owner=self.owner,
                now=now, lease=timedelta(seconds=self.rt.settings.delivery_lease_seconds),
                batch=limit or self.batch, returning=[Delivery.message_id, Delivery.last_error],
                # A lease that ran out unreleased: its worker died, perhaps mid-send.
                values={"last_error": case((Delivery.lease_until.is_not(None), UNCERTAIN),
                                           else_=Delivery.last_error)})
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
                    messages[r.message_id].buttons, r.last_error == UNCERTAIN)
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
                earlier = await self._sent_before(channel, item) if item.uncertain else None
                if earlier is not None:
                    await self.record(item, earlier)
                    return
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

    async def _sent_before(self, channel: Channel, item: Claimed) -> Outcome | None:
        """Whether an earlier attempt of `item` reached the provider: Sent, Retry, or None."""
        ask: Callable[[str, datetime], Awaitable[list[tuple[str, str]]]] | None = getattr(
            channel, "sent_since", None)
        if ask is None:
            return None  # the provider keeps no list we can read: send again
        try:
            found = await ask(item.address, item.created_at - LOOKUP_SLACK)
        except Exception as exc:  # sending blindly could send it twice: wait for an answer
            log.warning("could not ask %s what it sent (%s)", item.channel, type(exc).__name__)
            return Retry(UNCERTAIN)  # kept as the row's last error: the next claim asks again
        ids = [provider_id for provider_id, body in found if body == item.body]
        if not ids:
            return None
        async with self.rt.db.reading() as session:
            recorded = set(await session.scalars(select(Message.provider_id).where(
                Message.channel == item.channel, Message.provider_id.in_(ids))))
        unclaimed = [provider_id for provider_id in ids if provider_id not in recorded]
        if not unclaimed:
            return None
        log.info("delivery %s was sent before its worker stopped; not sent again",
                 item.delivery_id)
        return Sent(provider_id=unclaimed[-1])  # the list is newest first: the earliest one

    async def record(self, item: Claimed, outcome: Outcome) -> None:
        """Write the outcome, if this worker still holds the lease.

        Outcomes that finish together share one transaction (`Database.group_commit`): at 80
        sends a second, a transaction each kept SQLite's one writer so busy that finished sends
        waited seconds to be written, holding their places in the pipeline (bench/outbound.py).
        """
        now = utcnow()
        if isinstance(outcome, Retry):
            attempts = item.attempts if outcome.charge else item.attempts - 1
            if attempts >= MAX_ATTEMPTS or now - item.created_at > GIVE_UP_AFTER:
                outcome = Failed(f"gave up after {attempts} attempts: {outcome.reason}")
        group = self.rt.db.group_commit(_store_outcomes)
        if await group.submit(_Outcome(item, outcome, self.owner, now)):
            if isinstance(outcome, Sent):  # queued → accepted, for /metrics
                delivery_latency(self.rt.db).observe(
                    item.channel, max(0.0, (now - item.created_at).total_seconds()))
            self.rt.events.publish(Event("status", item.team_id, item.family_id,
                                         {"id": item.message_id}))


@dataclass(frozen=True)
class _Outcome:
    """An outcome to write: what was sent, what came of it, whose lease, when."""

    item: Claimed
    outcome: Outcome
    owner: str
    now: datetime


async def _store_outcomes(session: AsyncSession, batch: list[_Outcome]) -> list[bool]:
    """Write each outcome where its worker still holds the lease; True where the message's
    status changed (the console is told)."""
    return [await _store_outcome(session, entry) for entry in batch]


async def _store_outcome(session: AsyncSession, entry: _Outcome) -> bool:
    item, outcome, now = entry.item, entry.outcome, entry.now
    mine = (Delivery.id == item.delivery_id) & (Delivery.lease_owner == entry.owner)
    if isinstance(outcome, Retry):
        delay = outcome.after if outcome.after is not None else backoff(item.attempts)
        attempts = item.attempts if outcome.charge else item.attempts - 1
        await session.execute(update(Delivery).where(mine).values(
            due_at=now + timedelta(seconds=delay), lease_owner=None, lease_until=None,
            attempts=attempts, last_error=outcome.reason[:300]))
        return False
    state = "done" if isinstance(outcome, Sent) else "failed"
    result = await session.execute(update(Delivery).where(mine).values(
        state=state, lease_owner=None, lease_until=None,
        last_error=outcome.reason[:300] if isinstance(outcome, Failed) else None))
    if not result.rowcount:  # type: ignore[attr-defined]
        log.warning("lease on delivery %s lost before recording", item.delivery_id)
        return False
    message = await session.get(Message, item.message_id)
    assert message is not None
    if isinstance(outcome, Sent):
        message.provider_id = outcome.provider_id or message.provider_id
        message.status = advance(message.status, "delivered" if outcome.delivered else "sent")
    else:
        message.status, message.reason = "failed", outcome.reason[:300]
        await _mark_address(session, item, outcome, now)
    return True


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
