"""Rules of time: a team's working hours and closed days, workers' absences, members' windows."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import delete

from bot import audit, rules_cache
from bot.actions.requests import forget_facts
from bot.errors import Invalid, NotFound
from bot.events import Event
from bot.runtime import Runtime
from bot.scheduling.hours import DEFAULT_WEEK
from bot.scheduling.rules import (
    DEFAULT_CLOSED_DAYS,
    build_rules,
    closed_days_to_json,
    week_to_json,
)
from storage.models import (
    Family,
    FamilyPreferredTime,
    Member,
    MemberBusyWindow,
    Team,
    TeamSchedule,
    Worker,
    WorkerAbsence,
)


async def set_team_schedule(
    rt: Runtime, *, team_id: int, actor_id: int | None, week: Mapping[str, Any] | None = None,
    closed_days: Sequence[Mapping[str, Any]] | None = None,
    closed_dates: Sequence[str] | None = None, quiet_start: time | None = None,
    quiet_end: time | None = None, buffer_minutes: int | None = None,
    reminder_offsets_minutes: Sequence[int] | None = None,
) -> TeamSchedule:
    """Change any of a team's rules of time; what is left out keeps its value (or default)."""
    async with rt.db.transaction() as session:
        team = await session.get(Team, team_id)
        if team is None:
            raise NotFound(f"team {team_id} not found")
        row = await session.get(TeamSchedule, team_id)
        if row is None:
            row = TeamSchedule(team_id=team_id, week=week_to_json(DEFAULT_WEEK),
                               closed_days=closed_days_to_json(DEFAULT_CLOSED_DAYS),
                               closed_dates=[], quiet_start=time(20), quiet_end=time(8),
                               buffer_minutes=30, reminder_offsets_minutes=[1440, 120])
            session.add(row)
        if week is not None:
            row.week = dict(week)
        if closed_days is not None:
            row.closed_days = [dict(d) for d in closed_days]
        if closed_dates is not None:
            row.closed_dates = sorted({_iso_date(d) for d in closed_dates})
        if quiet_start is not None:
            row.quiet_start = quiet_start
        if quiet_end is not None:
            row.quiet_end = quiet_end
        if buffer_minutes is not None:
            if not 0 <= buffer_minutes <= 240:
                raise Invalid("buffer_minutes: between 0 and 240")
            row.buffer_minutes = buffer_minutes
        if reminder_offsets_minutes is not None:
            if any(not 10 <= m <= 14 * 1440 for m in reminder_offsets_minutes):
                raise Invalid("reminder_offsets_minutes: each between 10 minutes and 14 days")
            row.reminder_offsets_minutes = sorted(set(reminder_offsets_minutes), reverse=True)
        try:  # the whole set must still make sense
            build_rules(ZoneInfo(team.timezone), week=row.week, closed_days=row.closed_days,
                        closed_dates=row.closed_dates)
        except (ValueError, KeyError, TypeError, IndexError) as exc:
            raise Invalid(f"schedule: {exc}") from exc
        row.updated_at = rt.clock()
        audit.record(session, action="team.schedule", actor_id=actor_id, team_id=team_id)
    rules_cache.forget(rt, team_id)  # this process's hot paths use the new hours at once
    rt.events.publish(Event("schedule", team_id))
    return row


def _iso_date(value: str) -> str:
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError as exc:
        raise Invalid(f"closed_dates: {value!r} is not a date (YYYY-MM-DD)") from exc


async def add_worker_absence(
    rt: Runtime, *, worker_id: int, actor_id: int | None, start: datetime, end: datetime,
    reason: str | None = None,
) -> WorkerAbsence:
    """Record that a worker is away; no appointment is offered or booked for them then."""
    if end <= start:
        raise Invalid("end: must be after start")
    async with rt.db.transaction() as session:
        worker = await session.get(Worker, worker_id)
        if worker is None:
            raise NotFound(f"worker {worker_id} not found")
        absence = WorkerAbsence(worker_id=worker_id, starts_at=start, ends_at=end,
                                reason=(reason or "").strip()[:200] or None,
                                created_at=rt.clock())
        session.add(absence)
        await session.flush()
        audit.record(session, action="worker.absence", actor_id=actor_id,
                     absence_id=absence.id, worker_id=worker_id)
        team_id = worker.team_id
    forget_facts(rt, team_id)  # routing passes over them while they are away
    rt.events.publish(Event("absence", team_id, None, {"worker_id": worker_id}))
    return absence


async def add_member_busy_window(
    rt: Runtime, *, family_id: int, member_id: int, actor_id: int | None, weekday: int,
    start_time: time, end_time: time, label: str = "",
) -> MemberBusyWindow:
    """A weekly time a member is never free (work shift, school); may run past midnight."""
    if not 0 <= weekday <= 6:
        raise Invalid("weekday: 0 (Monday) to 6 (Sunday)")
    if start_time == end_time:
        raise Invalid("end_time: must differ from start_time")
    async with rt.db.transaction() as session:
        member = await session.get(Member, member_id)
        if member is None or member.family_id != family_id:
            raise NotFound(f"member {member_id} not found in family {family_id}")
        family = await session.get(Family, family_id)
        assert family is not None
        window = MemberBusyWindow(member_id=member_id, weekday=weekday, start_time=start_time,
                                  end_time=end_time, label=label.strip()[:200],
                                  created_at=rt.clock())
        session.add(window)
        await session.flush()
        audit.record(session, action="member.busy_window", actor_id=actor_id,
                     family_id=family_id, window_id=window.id)
        team_id = family.team_id
    rt.events.publish(Event("busy", team_id, family_id, {"window": window.id}))
    return window


async def set_preferred_times(
    rt: Runtime, *, family_id: int, actor_id: int | None,
    times: Sequence[tuple[int, time, time]],
) -> list[FamilyPreferredTime]:
    """Replace the family's preferred weekly times (offered slots inside them come first)."""
    for weekday, begins, ends in times:
        if not 0 <= weekday <= 6:
            raise Invalid("weekday: 0 (Monday) to 6 (Sunday)")
        if ends <= begins:
            raise Invalid("end_time: must be after start_time")
    if len(times) > 30:
        raise Invalid("times: at most 30")
    async with rt.db.transaction() as session:
        family = await session.get(Family, family_id)
        if family is None:
            raise NotFound(f"family {family_id} not found")
        await session.execute(delete(FamilyPreferredTime)
                              .where(FamilyPreferredTime.family_id == family_id))
        rows = [FamilyPreferredTime(family_id=family_id, weekday=d, start_time=s, end_time=e)
                for d, s, e in sorted(set(times))]
        session.add_all(rows)
        await session.flush()
        audit.record(session, action="family.preferred_times", actor_id=actor_id,
                     family_id=family_id, count=len(rows))
        team_id = family.team_id
    rt.events.publish(Event("busy", team_id, family_id, {"preferred": len(rows)}))
    return rows
