"""The reminder scheduler: puts due appointment notices in the outbox, each exactly once.

A pass claims due `ScheduledNotice` rows with a lease, in one short transaction (`FOR UPDATE
SKIP LOCKED` on PostgreSQL, so several instances take disjoint rows): `bot.leases.claim_due`,
the same claim the delivery worker makes on the outbox. Each claimed notice is then rendered and
enqueued in a transaction of its own that first checks the lease is still this pass's and the
row still pending: the outbox row and the notice's "sent" commit together or not at all. So a
crash between claim and send leaves the row to be claimed again when the lease runs out, and a
late wake-up of the crashed pass finds its lease gone: exactly one message either way. The
network is the delivery worker's business; nothing here waits on a provider.

After downtime the scheduler catches up without flooding: a notice about an appointment that has
begun is dropped, of several overdue reminders to one member only the latest goes out, and a
notice that comes due in quiet hours waits for their end (or is dropped if that is too late).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import exists, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from bot.actions import appointment_notices as notices
from bot.actions.hellos import send_due_hellos
from bot.calendar_queries import team_rules
from bot.events import Event
from bot.leases import claim_due
from bot.runtime import Runtime
from bot.scheduling.reminders import next_allowed
from storage.models import (
    Appointment,
    Family,
    Member,
    PendingQuestion,
    ScheduledNotice,
    Team,
)

log = logging.getLogger(__name__)

POLL_SECONDS = 15.0
LEASE = timedelta(seconds=60)
MAX_ATTEMPTS = 5


@dataclass(frozen=True)
class Pass:
    """What one pass did: notices claimed, queued to the outbox, dropped."""

    claimed: int
    sent: int
    dropped: int
    hellos: int = 0  # informal "how are you?" messages queued (bot.actions.hellos)


class Scheduler:
    """Sends due appointment notices; run one per process, as many processes as you like."""

    def __init__(self, rt: Runtime, *, batch: int = 50) -> None:
        self.rt = rt
        self.batch = batch
        self.owner = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"

    async def run(self, stop: asyncio.Event) -> None:
        """Pass after pass until `stop` is set; a failed pass is logged and the loop goes on."""
        while not stop.is_set():
            try:
                result = await self.run_once()
            except Exception:
                log.exception("scheduler pass failed")
                result = Pass(0, 0, 0)
            if result.claimed >= self.batch:
                continue  # more may be due right now
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), POLL_SECONDS)

    async def run_once(self) -> Pass:
        """One pass at `rt.clock()`: claim what is due, then send each claimed notice."""
        claimed = await self.claim()
        sent = dropped = 0
        for notice_id in claimed:
            outcome = await self.send(notice_id)
            sent += outcome == "sent"
            dropped += outcome == "dropped"
        return Pass(len(claimed), sent, dropped, await send_due_hellos(self.rt))

    async def claim(self) -> list[int]:
        """Lease the due notices to this scheduler; their ids, earliest due first."""
        async with self.rt.db.transaction() as session:
            rows = await claim_due(session, ScheduledNotice,
                                   pending=ScheduledNotice.status == "pending", owner=self.owner,
                                   now=self.rt.clock(), lease=LEASE, batch=self.batch)
        return [r.id for r in sorted(rows, key=lambda r: (r.due_at, r.id))]

    async def send(self, notice_id: int) -> str:
        """Queue one claimed notice, or drop or postpone it; "sent", "dropped", "later", "lost"."""
        now = self.rt.clock()
        async with self.rt.db.transaction() as session:
            notice = await session.scalar(
                select(ScheduledNotice)
                .where(ScheduledNotice.id == notice_id, ScheduledNotice.status == "pending",
                       ScheduledNotice.lease_owner == self.owner)
                .with_for_update())
            if notice is None:
                return "lost"  # re-armed by a change, or claimed by another after our lease
            appointment = await session.get(Appointment, notice.appointment_id)
            member = await session.get(Member, notice.member_id)
            family = await session.get(Family, notice.family_id)
            team = await session.get(Team, notice.team_id)
            assert appointment is not None and member is not None
            assert family is not None and team is not None
            rules = await team_rules(session, team.id)
            reason = await self._why_not(session, notice, appointment, now)
            if reason is None and notice.attempts > MAX_ATTEMPTS:
                reason = f"gave up after {MAX_ATTEMPTS} attempts"
            if reason is None:
                later = next_allowed(now, notices.quiet_hours(rules), rules.zone)
                if later > now:  # came due in quiet hours (it was due before and is late)
                    if later >= appointment.starts_at:
                        reason = "quiet hours last until the appointment"
                    else:
                        notice.due_at, notice.updated_at = later, now
                        notice.lease_owner = notice.lease_until = None
                        return "later"
            if reason is not None:
                notice.status, notice.reason, notice.updated_at = "dropped", reason, now
                notice.lease_owner = notice.lease_until = None
                return "dropped"
            queued = await notices.deliver(self.rt, session, notice=notice,
                                           appointment=appointment, member=member,
                                           family=family, team=team, rules=rules, now=now)
            message_id = notice.message_id
        if queued:
            self.rt.events.publish(Event("message", team.id, family.id, {"id": message_id}))
            return "sent"
        return "dropped"

    @staticmethod
    async def _why_not(
        session: AsyncSession, notice: ScheduledNotice, appointment: Appointment,
        now: datetime,
    ) -> str | None:
        """Why a due notice must not go out any more; None when it may."""
        if appointment.starts_at <= now:
            return "the appointment has begun"
        if not notices.is_reminder(notice.kind):
            return None
        if appointment.status != "booked":
            return f"the appointment is {appointment.status}"
        # The member asked for another time and has times to choose from: a reminder would
        # replace that open question (and "1" would then mean "confirm" again).
        question = await session.get(PendingQuestion, notice.member_id)
        if question is not None and question.kind == "offer" \
                and question.appointment_id == appointment.id and question.expires_at > now:
            return "the family asked for another time and has an offer open"
        # Several reminders overdue at once (after downtime): only the latest one goes out.
        other = aliased(ScheduledNotice)
        newer = await session.scalar(select(exists().where(
            other.appointment_id == notice.appointment_id, other.member_id == notice.member_id,
            other.status == "pending", other.kind.like(f"{notices.REMINDER}%"),
            other.due_at > notice.due_at, other.due_at <= now)))
        return "overtaken by a later reminder" if newer else None
