"""Reads for scheduling: a team's rules of time and what blocks a family's people, as `Block`s.

The slot finder (`GET …/slots`), the booking check and the reminders' "another time" answer all
load blocks here, so they agree on what is free. Labels never name another family: an appointment a
contact has with someone else reads "another appointment of <worker>".
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot import access
from bot.errors import Invalid, NotFound
from bot.runtime import Runtime
from bot.scheduling.blocks import Block, find_slots, prefer, weekly_intervals
from bot.scheduling.rules import TeamRules, build_rules
from storage.models import (
    Appointment,
    AppointmentMember,
    AppointmentWorker,
    BusyTime,
    Family,
    FamilyCalendarFeed,
    FamilyPreferredTime,
    Member,
    MemberBusyWindow,
    Team,
    TeamSchedule,
    Worker,
    WorkerAbsence,
    WorkerCalendarToken,
)

ACTIVE_STATUSES = ("booked", "held")
DEFAULT_SEARCH_DAYS = 28
MAX_SEARCH_DAYS = 190
MAX_CANDIDATES = 5000  # slots considered when the family's preferred times reorder them


async def team_rules(session: AsyncSession, team_id: int) -> TeamRules:
    """The team's stored rules, or the defaults in the team's zone."""
    team = await session.get(Team, team_id)
    zone = ZoneInfo(team.timezone if team is not None else "Europe/Copenhagen")
    row = await session.get(TeamSchedule, team_id)
    if row is None:
        return TeamRules.default(zone)
    return build_rules(zone, week=row.week, closed_days=row.closed_days,
                       closed_dates=row.closed_dates, quiet_start=row.quiet_start,
                       quiet_end=row.quiet_end, buffer_minutes=row.buffer_minutes,
                       reminder_offsets_minutes=row.reminder_offsets_minutes)


async def blocks_for(
    session: AsyncSession, *, family: Family, member_ids: Sequence[int],
    worker_ids: Sequence[int], start: datetime, end: datetime, zone: ZoneInfo,
    exclude_appointment_id: int | None = None,
) -> list[Block]:
    """Everything that blocks the given members and workers between `start` and `end`.

    Reads columns, not ORM objects: a busy family has thousands of intervals, and this runs on
    every slot search and booking.
    """
    names = {m.id: m.name for m in family.members}
    workers = {worker_id: name for worker_id, name in await session.execute(
        select(Worker.id, Worker.name).where(Worker.id.in_(worker_ids)))}
    blocks: list[Block] = []
    busy = await session.execute(
        select(BusyTime.id, BusyTime.member_id, BusyTime.department, BusyTime.title,
               BusyTime.starts_at, BusyTime.ends_at).where(
            BusyTime.family_id == family.id,
            or_(BusyTime.member_id.is_(None), BusyTime.member_id.in_(member_ids)),
            BusyTime.starts_at < end, BusyTime.ends_at > start,
        ).order_by(BusyTime.starts_at, BusyTime.id))
    for busy_id, member_id, department, title, busy_start, busy_end in busy:
        label = f"{department}: {title}" if title else department
        who = names.get(member_id, "") if member_id else ""
        blocks.append(Block("busy", busy_start, busy_end, f"{label} ({who})" if who else label,
                            busy_id, member_id=member_id))
    blocks.extend(await _appointments(session, family.id, member_ids, workers, start, end,
                                      exclude_appointment_id))
    absences = await session.execute(
        select(WorkerAbsence.id, WorkerAbsence.worker_id, WorkerAbsence.starts_at,
               WorkerAbsence.ends_at).where(
            WorkerAbsence.worker_id.in_(worker_ids),
            WorkerAbsence.starts_at < end, WorkerAbsence.ends_at > start,
        ).order_by(WorkerAbsence.starts_at, WorkerAbsence.id))
    for absence_id, worker_id, away_start, away_end in absences:
        blocks.append(Block("absence", away_start, away_end,
                            f"{workers.get(worker_id, 'worker')} is away", absence_id,
                            worker_id=worker_id))
    windows = await session.scalars(
        select(MemberBusyWindow).where(MemberBusyWindow.member_id.in_(member_ids))
        .order_by(MemberBusyWindow.id))
    for window in windows:
        label = f"{names.get(window.member_id, 'member')}: {window.label or 'busy'}"
        for lo, hi in weekly_intervals([(window.weekday, window.start_time, window.end_time)],
                                       start, end, zone):
            blocks.append(Block("window", lo, hi, label, window.id, member_id=window.member_id))
    return blocks


async def _appointments(
    session: AsyncSession, family_id: int, member_ids: Sequence[int], workers: dict[int, str],
    start: datetime, end: datetime, exclude: int | None,
) -> list[Block]:
    """Appointments of the involved members or workers, one block per appointment."""
    involved = or_(
        Appointment.id.in_(select(AppointmentMember.appointment_id)
                           .where(AppointmentMember.member_id.in_(member_ids))),
        Appointment.id.in_(select(AppointmentWorker.appointment_id)
                           .where(AppointmentWorker.worker_id.in_(list(workers)))),
    )
    query = select(Appointment.id, Appointment.family_id, Appointment.title,
                   Appointment.starts_at, Appointment.ends_at).where(
        involved, Appointment.status.in_(ACTIVE_STATUSES),
        Appointment.starts_at < end, Appointment.ends_at > start,
    ).order_by(Appointment.starts_at, Appointment.id)
    if exclude is not None:
        query = query.where(Appointment.id != exclude)
    rows = (await session.execute(query)).all()
    ids = [row[0] for row in rows]
    taken_by: dict[int, list[int]] = {}
    for appointment_id, worker_id in (await session.execute(
            select(AppointmentWorker.appointment_id, AppointmentWorker.worker_id)
            .where(AppointmentWorker.appointment_id.in_(ids),
                   AppointmentWorker.worker_id.in_(list(workers)))
            .order_by(AppointmentWorker.worker_id))):
        taken_by.setdefault(appointment_id, []).append(worker_id)
    blocks = []
    for appointment_id, owner, title, appointment_start, appointment_end in rows:
        ours = owner == family_id
        busy_workers = taken_by.get(appointment_id, [])
        if ours:
            label = f"appointment {appointment_id}: {title}"
        else:
            # Another family's appointment: say whose time it takes, never what or with whom.
            who = ", ".join(workers[w] for w in busy_workers) or "a participant"
            label = f"another appointment of {who}"
        blocks.append(Block("appointment", appointment_start, appointment_end, label,
                            appointment_id if ours else None,
                            worker_id=busy_workers[0] if busy_workers else None))
    return blocks


def search_window(rules: TeamRules, start: datetime, end: datetime) -> tuple[datetime, datetime]:
    """The span to load blocks for: the search span widened by the buffer on both sides."""
    return start - rules.buffer - timedelta(minutes=1), end + rules.buffer + timedelta(minutes=1)


async def family_member_ids(session: AsyncSession, family_id: int) -> list[int]:
    return list(await session.scalars(
        select(Member.id).where(Member.family_id == family_id).order_by(Member.id)))


async def resolve_participants(
    session: AsyncSession, family: Family, member_ids: Sequence[int] | None,
    worker_ids: Sequence[int] | None,
) -> tuple[list[int], list[int]]:
    """The members (default: all) and workers (default: both contacts) an appointment involves."""
    known = [m.id for m in family.members]
    members = sorted(set(member_ids)) if member_ids is not None else known
    for member_id in members:
        if member_id not in known:
            raise Invalid(f"member_ids: member {member_id} is not in family {family.id}")
    workers = sorted(set(worker_ids)) if worker_ids else sorted({family.primary_id,
                                                                 family.partner_id})
    rows = {w.id: w for w in await session.scalars(select(Worker).where(Worker.id.in_(workers)))}
    for worker_id in workers:
        worker = rows.get(worker_id)
        if worker is None or not worker.active or worker.team_id != family.team_id:
            raise Invalid(f"worker_ids: worker {worker_id} is not an active worker of the team")
    return members, workers


async def free_slots_for(
    rt: Runtime, worker: Worker, family_id: int, *, duration: timedelta,
    start: datetime | None, end: datetime | None, limit: int = 10,
    member_ids: Sequence[int] | None = None, worker_ids: Sequence[int] | None = None,
) -> list[tuple[datetime, datetime]]:
    """Free slots for a family's members and contacts (a read; the family goes through access).

    Earliest first; when the family has preferred times, the slots inside them come first.
    """
    async with rt.db.reading() as session:
        family = await access.load_family(session, worker, family_id)
        rules = await team_rules(session, family.team_id)
        now = rt.clock()
        start = max(start or now, now)
        end = end or start + timedelta(days=DEFAULT_SEARCH_DAYS)
        if end <= start:
            raise Invalid("to: must be after from (and after now)")
        if end - start > timedelta(days=MAX_SEARCH_DAYS):
            raise Invalid(f"to: search at most {MAX_SEARCH_DAYS} days at a time")
        members, workers = await resolve_participants(session, family, member_ids, worker_ids)
        preferred = [(p.weekday, p.start_time, p.end_time) for p in await session.scalars(
            select(FamilyPreferredTime).where(FamilyPreferredTime.family_id == family_id)
            .order_by(FamilyPreferredTime.id))]
        if preferred:
            # Preferred times may lie anywhere in the range: search all of it, then order.
            lo, hi = search_window(rules, start, end)
            blocks = await blocks_for(session, family=family, member_ids=members,
                                      worker_ids=workers, start=lo, end=hi, zone=rules.zone)
            every = find_slots(rules, blocks, start=start, end=end, duration=duration,
                               limit=MAX_CANDIDATES)
            return prefer(every, preferred, rules.zone, limit=limit)
        # Load and search a week, then twice as much, until enough slots are found: a busy
        # family's quarter is thousands of rows, and the first slots are usually near.
        found: list[tuple[datetime, datetime]] = []
        chunk_start, span = start, timedelta(days=7)
        while chunk_start < end and len(found) < limit:
            chunk_end = min(end, _next_midnight(chunk_start + span, rules.zone))
            lo, hi = search_window(rules, chunk_start, chunk_end)
            blocks = await blocks_for(session, family=family, member_ids=members,
                                      worker_ids=workers, start=lo, end=hi, zone=rules.zone)
            found += find_slots(rules, blocks, start=chunk_start, end=chunk_end,
                                duration=duration, limit=limit - len(found))
            chunk_start, span = chunk_end, span * 2
    return found


def _next_midnight(at: datetime, zone: ZoneInfo) -> datetime:
    """The local midnight after `at`: chunks end between days, so no day's hours are split."""
    day = at.astimezone(zone).date() + timedelta(days=1)
    return datetime.combine(day, time(), tzinfo=zone)


async def family_appointments(
    rt: Runtime, worker: Worker, family_id: int, *, include_cancelled: bool = True,
) -> tuple[Family, list[Appointment]]:
    """A family's appointments, earliest first."""
    async with rt.db.reading() as session:
        family = await access.load_family(session, worker, family_id)
        query = select(Appointment).where(Appointment.family_id == family_id)
        if not include_cancelled:
            query = query.where(Appointment.status != "cancelled")
        rows = list(await session.scalars(query.order_by(Appointment.starts_at, Appointment.id)))
    return family, rows


async def family_busy(
    rt: Runtime, worker: Worker, family_id: int, *, since: datetime, limit: int = 500,
) -> tuple[list[BusyTime], FamilyCalendarFeed | None]:
    """A family's busy times from `since` on, earliest first, and its calendar feed."""
    async with rt.db.reading() as session:
        await access.load_family(session, worker, family_id)
        rows = list(await session.scalars(
            select(BusyTime).where(BusyTime.family_id == family_id, BusyTime.ends_at > since)
            .order_by(BusyTime.starts_at, BusyTime.id).limit(limit)))
        feed = await session.get(FamilyCalendarFeed, family_id)
    return rows, feed


async def family_zone(rt: Runtime, worker: Worker, family_id: int) -> ZoneInfo:
    """The zone of the family's team (times without an offset are read in it)."""
    async with rt.db.reading() as session:
        family = await access.load_family(session, worker, family_id)
        team = await session.get(Team, family.team_id)
    return ZoneInfo(team.timezone if team is not None else "Europe/Copenhagen")


async def subscription(rt: Runtime, token: str, *, since: datetime) -> list[Appointment] | None:
    """The appointments of the worker a live calendar token names; None for any other token."""
    from bot.actions.calendar_tokens import token_hash

    async with rt.db.reading() as session:
        row = await session.get(WorkerCalendarToken, token_hash(token))
        if row is None or row.revoked_at is not None:
            return None
        worker = await session.get(Worker, row.worker_id)
        if worker is None or not worker.active:
            return None
        return list(await session.scalars(
            select(Appointment).where(
                Appointment.id.in_(select(AppointmentWorker.appointment_id)
                                   .where(AppointmentWorker.worker_id == worker.id)),
                Appointment.ends_at > since,
            ).order_by(Appointment.starts_at, Appointment.id).limit(2000)))


async def team_rules_for(rt: Runtime, worker: Worker, team_id: int) -> TeamRules:
    """A team's rules of time, for its own workers and admins."""
    async with rt.db.reading() as session:
        team = await session.get(Team, team_id)
        if team is None or not (worker.role == "admin" or worker.team_id == team_id):
            raise NotFound(f"team {team_id} not found")
        return await team_rules(session, team_id)


async def worker_absences(
    rt: Runtime, actor: Worker, worker_id: int, *, since: datetime,
) -> list[WorkerAbsence]:
    """A worker's absences that have not ended, for those who manage the worker's time."""
    async with rt.db.reading() as session:
        worker = await session.get(Worker, worker_id)
        if worker is None or not access.manages_worker_time(actor, worker):
            raise NotFound(f"worker {worker_id} not found")
        return list(await session.scalars(
            select(WorkerAbsence).where(WorkerAbsence.worker_id == worker_id,
                                        WorkerAbsence.ends_at > since)
            .order_by(WorkerAbsence.starts_at, WorkerAbsence.id)))


async def worker_zone(rt: Runtime, worker_id: int) -> ZoneInfo:
    async with rt.db.reading() as session:
        worker = await session.get(Worker, worker_id)
        team = await session.get(Team, worker.team_id) if worker and worker.team_id else None
    return ZoneInfo(team.timezone if team is not None else rt.settings.timezone)


async def preferred_times(rt: Runtime, worker: Worker,
                          family_id: int) -> list[FamilyPreferredTime]:
    """The family's preferred weekly times, Monday first."""
    async with rt.db.reading() as session:
        await access.load_family(session, worker, family_id)
        return list(await session.scalars(
            select(FamilyPreferredTime).where(FamilyPreferredTime.family_id == family_id)
            .order_by(FamilyPreferredTime.weekday, FamilyPreferredTime.start_time)))
