"""Reads for the follow-up cadence: who is due, who is overdue, what to offer on a family page.

One query loads every family's cadence (last held and next booked check-in, grouped in the
database), and `bot.scheduling.cadence.plan` sorts them in one pass, so planning for a whole team
costs about as much as reading its families. Every family-scoped read goes through `bot.access`.

Decisions, written down:
- Only a held `checkin` restarts the clock; a booked check-in that has passed without being
  marked held does not (the contacts should mark it, and until then the family shows overdue).
- The family page offers times from tomorrow (the family needs notice) or from two weeks before
  the due date, whichever is later, to two weeks after it: the first free hour of each day,
  for every member and both contacts. Booking one books a `checkin`, and the family gets the
  confirmation (the invitation) at once.
- The page shows the offer to everyone who may see the family; it is addressed to the primary
  contact, who runs the follow-up.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot import access
from bot.calendar_queries import free_slots_for
from bot.runtime import Runtime
from bot.scheduling.cadence import AHEAD, Cadence, FollowUp, State, follow_up, plan
from storage.models import Appointment, Family, FamilyHello, ScheduledNotice, Team, Worker

CHECKIN = "checkin"
CHECKIN_LENGTH = timedelta(hours=1)
OFFERED_SLOTS = 6


async def cadences(
    session: AsyncSession, where: ColumnElement[bool], *, now: datetime,
) -> list[tuple[Cadence, str]]:
    """Every active family on a cadence matching `where`, with its team's time zone."""
    # One grouped pass over the families and their check-ins (no per-family subquery, so the
    # plan stays a single join whatever the table statistics say).
    held = Appointment.status == "held"
    ahead = (Appointment.status == "booked") & (Appointment.starts_at >= now)
    rows = (await session.execute(
        select(Family.id, Family.follow_up, Team.timezone,
               func.max(Appointment.starts_at).filter(held),
               func.min(Appointment.starts_at).filter(ahead))
        .join(Team, Team.id == Family.team_id)
        .outerjoin(Appointment, (Appointment.family_id == Family.id)
                   & (Appointment.kind == CHECKIN))
        .where(Family.status == "active", Family.follow_up != "none", where)
        .group_by(Family.id, Family.follow_up, Team.timezone)
        .order_by(Family.id))).all()
    zones: dict[str, ZoneInfo] = {}
    result = []
    for family_id, cadence, zone_name, last, nxt in rows:
        zone = zones.get(zone_name) or zones.setdefault(zone_name, ZoneInfo(zone_name))
        result.append((Cadence(family_id, cadence,
                               _day(last, zone), _day(nxt, zone)), zone_name))
    return result


def _day(at: datetime | None, zone: ZoneInfo) -> date | None:
    return at.astimezone(zone).date() if at is not None else None


@dataclass(frozen=True)
class OverdueFollowUp:
    """A family past its follow-up date with no check-in booked, for the lead's view."""

    family_id: int
    family_name: str
    primary_id: int
    primary_name: str
    follow_up: str
    due: date
    days_overdue: int


async def overdue_follow_ups(rt: Runtime, worker: Worker) -> list[OverdueFollowUp]:
    """The families `worker` may see whose follow-up is overdue, longest overdue first."""
    now = rt.clock()
    async with rt.db.reading() as session:
        loaded = await cadences(session, access.visible_families(worker), now=now)
        by_zone: dict[str, list[Cadence]] = {}
        for item, zone in loaded:
            by_zone.setdefault(zone, []).append(item)
        overdue: list[FollowUp] = []
        for zone, items in by_zone.items():
            overdue += plan(items, now.astimezone(ZoneInfo(zone)).date()).overdue
        if not overdue:
            return []
        names = {row.id: row for row in (await session.execute(
            select(Family.id, Family.name, Family.follow_up, Family.primary_id, Worker.name)
            .join(Worker, Worker.id == Family.primary_id)
            .where(Family.id.in_([f.family_id for f in overdue])))).all()}
    today = now.date()
    result = [OverdueFollowUp(f.family_id, names[f.family_id][1], names[f.family_id][3],
                              names[f.family_id][4], names[f.family_id][2], f.due,
                              (today - f.due).days) for f in overdue]
    return sorted(result, key=lambda r: (r.due, r.family_id))


@dataclass(frozen=True)
class FamilyFollowUp:
    """The family page's follow-up panel: the due date, times to offer, and the notices."""

    follow_up: FollowUp | None
    slots: Sequence[tuple[datetime, datetime]]
    appointments: Sequence[Appointment]
    notices: Sequence[ScheduledNotice]
    hello: FamilyHello | None = None  # the family's informal message between follow-ups


async def family_follow_up(rt: Runtime, worker: Worker, family_id: int, *,
                           slots: bool = True) -> FamilyFollowUp:
    """The panel for one family (`NotFound` when out of reach); without the free-slot search
    (the slow part, which the family page fetches after the page) when `slots` is False."""
    now = rt.clock()
    async with rt.db.reading() as session:
        family = await access.load_family(session, worker, family_id)
        team = await session.get(Team, family.team_id)
        assert team is not None
        zone = ZoneInfo(team.timezone)
        loaded = await cadences(session, Family.id == family.id, now=now)
        due = follow_up(loaded[0][0], now.astimezone(zone).date()) if loaded else None
        appointments = list(await session.scalars(
            select(Appointment).where(Appointment.family_id == family.id,
                                      Appointment.ends_at >= now - timedelta(days=1))
            .order_by(Appointment.starts_at).limit(20)))
        notices = list(await session.scalars(
            select(ScheduledNotice)
            .where(ScheduledNotice.appointment_id.in_([a.id for a in appointments]))
            .order_by(ScheduledNotice.due_at, ScheduledNotice.id)))
        hello = await session.get(FamilyHello, family.id)
    offered: list[tuple[datetime, datetime]] = []
    if slots and due is not None and due.state in (State.OFFER, State.OVERDUE):
        tomorrow = now.astimezone(zone).date() + timedelta(days=1)  # the family needs notice
        start = datetime.combine(max(tomorrow, due.due - AHEAD), datetime.min.time(),
                                 tzinfo=zone)
        end = max(start, datetime.combine(due.due, datetime.min.time(), tzinfo=zone)) + AHEAD
        found = await free_slots_for(rt, worker, family_id, duration=CHECKIN_LENGTH,
                                     start=start, end=end, limit=400)
        days: set[date] = set()
        for slot in found:  # the first free hour of each day: a choice, not one morning
            if slot[0].astimezone(zone).date() not in days and len(offered) < OFFERED_SLOTS:
                days.add(slot[0].astimezone(zone).date())
                offered.append(slot)
    return FamilyFollowUp(due, offered, appointments, notices, hello)
