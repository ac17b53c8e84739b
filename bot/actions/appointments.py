"""Appointments with a family: book, reschedule, cancel, mark held — never on top of anything.

Each action runs in one transaction: it takes the family's row lock and the participating workers'
row locks first (on SQLite: the write lock), then checks for clashes, so two contacts booking at
the same moment cannot both pass the check. A refused booking raises `Clashes` (409) listing
every busy time, appointment, absence, weekly window, closed day or working-hours rule it breaks.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot import audit
from bot.actions import appointment_notices
from bot.calendar_queries import blocks_for, resolve_participants, search_window, team_rules
from bot.errors import Conflict, Invalid, NotFound
from bot.events import Event
from bot.runtime import Runtime
from bot.scheduling.blocks import Clash, clashes
from storage.models import (
    Appointment,
    AppointmentExternal,
    AppointmentMember,
    AppointmentWorker,
    Family,
    Worker,
)

KINDS = ("meeting", "checkin", "home_visit", "phone", "network_meeting")
MAX_LENGTH = timedelta(hours=8)


class Clashes(Conflict):
    """A time that cannot be booked, with everything it clashes with."""

    def __init__(self, items: list[Clash]) -> None:
        super().__init__("the time clashes with: " + "; ".join(c.label for c in items))
        self.items = items


@dataclass(frozen=True)
class External:
    """Someone from outside the team at a network meeting."""

    name: str
    department: str


async def book_appointment(
    rt: Runtime, *, family_id: int, actor_id: int | None, kind: str, title: str,
    start: datetime, end: datetime, member_ids: Sequence[int] | None = None,
    worker_ids: Sequence[int] | None = None, location: str | None = None,
    externals: Sequence[External] = (),
) -> Appointment:
    """Book a time free for every participant, inside working hours; `Clashes` otherwise."""
    title = _check(kind, title, start, end, rt.clock())
    if externals and kind != "network_meeting":
        raise Invalid("externals: only a network_meeting has external participants")
    async with rt.db.transaction() as session:
        family = await _lock_family(session, family_id)
        members, workers = await resolve_participants(session, family, member_ids, worker_ids)
        await _lock_workers(session, workers)
        await _refuse_clashes(session, family, members, workers, start, end, exclude=None)
        now = rt.clock()
        appointment = Appointment(
            team_id=family.team_id, family_id=family.id, kind=kind, title=title,
            starts_at=start, ends_at=end, location=(location or "").strip() or None,
            status="booked", created_by=actor_id, created_at=now, updated_at=now,
            members=[AppointmentMember(member_id=m) for m in members],
            workers=[AppointmentWorker(worker_id=w) for w in workers],
            externals=[AppointmentExternal(name=x.name.strip()[:200],
                                           department=x.department.strip()[:200])
                       for x in externals],
        )
        session.add(appointment)
        await session.flush()
        audit.record(session, action="appointment.book", actor_id=actor_id, family_id=family.id,
                     appointment_id=appointment.id, kind=kind, start=start.isoformat(),
                     end=end.isoformat())
        await appointment_notices.on_change(rt, session, appointment=appointment,
                                            change="booked")
    _publish(rt, appointment, "booked")
    return appointment


async def reschedule_appointment(
    rt: Runtime, *, family_id: int, appointment_id: int, actor_id: int | None,
    start: datetime, end: datetime,
) -> Appointment:
    """Move a booked appointment to a new time, with the same clash check as booking."""
    async with rt.db.transaction() as session:
        family = await _lock_family(session, family_id)
        appointment = await _load(session, family_id, appointment_id)
        _check(appointment.kind, appointment.title, start, end, rt.clock())
        if appointment.status != "booked":
            raise Conflict(f"appointment {appointment_id} is {appointment.status}; "
                           "only a booked appointment can be moved")
        members = [m.member_id for m in appointment.members]
        workers = [w.worker_id for w in appointment.workers]
        await _lock_workers(session, workers)
        await _refuse_clashes(session, family, members, workers, start, end,
                              exclude=appointment.id)
        old_start, old_end = appointment.starts_at, appointment.ends_at
        appointment.starts_at, appointment.ends_at = start, end
        appointment.updated_at = rt.clock()
        appointment.family_answer = None
        appointment.answered_at = None
        audit.record(session, action="appointment.reschedule", actor_id=actor_id,
                     family_id=family_id, appointment_id=appointment.id,
                     old_start=old_start.isoformat(), old_end=old_end.isoformat(),
                     start=start.isoformat(), end=end.isoformat())
        await appointment_notices.on_change(rt, session, appointment=appointment, change="moved")
    _publish(rt, appointment, "moved")
    return appointment


async def cancel_appointment(
    rt: Runtime, *, family_id: int, appointment_id: int, actor_id: int | None,
    reason: str | None = None,
) -> Appointment:
    """Cancel a booked appointment; cancelling a cancelled one changes nothing."""
    async with rt.db.transaction() as session:
        appointment = await _load(session, family_id, appointment_id)
        if appointment.status == "cancelled":
            return appointment
        if appointment.status != "booked":
            raise Conflict(f"appointment {appointment_id} was held; it cannot be cancelled")
        now = rt.clock()
        appointment.status = "cancelled"
        appointment.cancelled_at = now
        appointment.updated_at = now
        audit.record(session, action="appointment.cancel", actor_id=actor_id,
                     family_id=family_id, appointment_id=appointment.id,
                     reason=(reason or "")[:300])
        await appointment_notices.on_change(rt, session, appointment=appointment,
                                            change="cancelled")
    _publish(rt, appointment, "cancelled")
    return appointment


async def mark_held(
    rt: Runtime, *, family_id: int, appointment_id: int, actor_id: int | None,
) -> Appointment:
    """Record that a booked appointment took place (a held check-in restarts the follow-up)."""
    async with rt.db.transaction() as session:
        appointment = await _load(session, family_id, appointment_id)
        if appointment.status == "held":
            return appointment
        if appointment.status != "booked":
            raise Conflict(f"appointment {appointment_id} was cancelled; it cannot be held")
        now = rt.clock()
        if appointment.starts_at > now:
            raise Conflict(f"appointment {appointment_id} has not started yet")
        appointment.status = "held"
        appointment.updated_at = now
        audit.record(session, action="appointment.held", actor_id=actor_id, family_id=family_id,
                     appointment_id=appointment.id)
    _publish(rt, appointment, "held")
    return appointment


def _check(kind: str, title: str, start: datetime, end: datetime, now: datetime) -> str:
    if kind not in KINDS:
        raise Invalid(f"kind: must be one of {', '.join(KINDS)}")
    if start.tzinfo is None or end.tzinfo is None:
        raise Invalid("start/end: times need an offset or the team's zone")
    if end <= start:
        raise Invalid("end: must be after start")
    if end - start > MAX_LENGTH:
        raise Invalid("end: an appointment lasts at most 8 hours")
    if start < now:
        raise Invalid("start: in the past")
    title = title.strip()
    if not title:
        raise Invalid("title: an appointment needs a title")
    return title[:300]


async def _lock_family(session: AsyncSession, family_id: int) -> Family:
    # A no-op write: a row lock on PostgreSQL, the database's write lock on SQLite.
    await session.execute(update(Family).where(Family.id == family_id)
                          .values(status=Family.status))
    family = await session.get(Family, family_id)
    if family is None:
        raise NotFound(f"family {family_id} not found")
    return family


async def _lock_workers(session: AsyncSession, worker_ids: Sequence[int]) -> None:
    # In id order, so two bookings never wait on each other in a cycle.
    await session.execute(select(Worker.id).where(Worker.id.in_(worker_ids))
                          .order_by(Worker.id).with_for_update())


async def _load(session: AsyncSession, family_id: int, appointment_id: int) -> Appointment:
    appointment = await session.get(Appointment, appointment_id)
    if appointment is None or appointment.family_id != family_id:
        raise NotFound(f"appointment {appointment_id} not found")
    return appointment


async def _refuse_clashes(
    session: AsyncSession, family: Family, members: Sequence[int], workers: Sequence[int],
    start: datetime, end: datetime, *, exclude: int | None,
) -> None:
    rules = await team_rules(session, family.team_id)
    lo, hi = search_window(rules, start, end)
    blocks = await blocks_for(session, family=family, member_ids=members, worker_ids=workers,
                              start=lo, end=hi, zone=rules.zone, exclude_appointment_id=exclude)
    found = clashes(rules, blocks, start=start, end=end)
    if found:
        raise Clashes(found)


def _publish(rt: Runtime, appointment: Appointment, change: str) -> None:
    rt.events.publish(Event("appointment", appointment.team_id, appointment.family_id,
                            {"id": appointment.id, "change": change}))
