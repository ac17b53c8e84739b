"""Informal "how are you?" messages between follow-ups, at the weekday and time a family prefers.

Decisions, written down:
- Only for families on a cadence that have had a held check-in: the message goes on the
  family's weekday halfway to the next follow-up (`bot.scheduling.cadence.hello_day`), at their
  time or within `WINDOW` after it (after downtime it is skipped, not sent late).
- Not to a family that has written or been written to in the last week (they are in touch),
  never in quiet hours, never to the children.
- Once per member and day, whatever the number of schedulers: the key of `hellos_sent`.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from bot import audit, texts
from bot.actions.appointment_notices import loaded
from bot.actions.outbound import enqueue
from bot.calendar_queries import team_rules
from bot.errors import Conflict, Invalid, NotFound
from bot.events import Event
from bot.followups import cadences
from bot.runtime import Runtime
from bot.scheduling.cadence import hello_day
from bot.scheduling.reminders import QuietHours
from storage.db import insert_ignore
from storage.models import Family, FamilyHello, HelloSent, Team

WINDOW = timedelta(hours=3)
IN_TOUCH = timedelta(days=7)


async def set_hello(
    rt: Runtime, *, family_id: int, actor_id: int | None, weekday: int | None,
    at: time | None,
) -> FamilyHello | None:
    """Set (or with `weekday` None, stop) the family's informal message between follow-ups."""
    async with rt.db.transaction() as session:
        family = await session.get(Family, family_id)
        if family is None:
            raise NotFound(f"family {family_id} not found")
        row = await session.get(FamilyHello, family_id)
        if weekday is None:
            if row is not None:
                await session.delete(row)
            audit.record(session, action="family.hello", actor_id=actor_id,
                         family_id=family_id, weekday=None)
            result = None
        else:
            if not 0 <= weekday <= 6 or at is None:
                raise Invalid("weekday: 0 (Monday) to 6 (Sunday), with a time")
            rules = await team_rules(session, family.team_id)
            quiet = QuietHours(start=rules.quiet_start, end=rules.quiet_end)
            probe = datetime.combine(date(2026, 1, 5), at, tzinfo=rules.zone)
            if quiet.contains(probe, rules.zone):
                raise Invalid(f"at: {at:%H:%M} is in quiet hours "
                              f"({rules.quiet_start:%H:%M}-{rules.quiet_end:%H:%M})")
            if row is None:
                row = FamilyHello(family_id=family_id, weekday=weekday, at=at)
                session.add(row)
            row.weekday, row.at = weekday, at.replace(second=0, microsecond=0)
            row.updated_by, row.updated_at = actor_id, rt.clock()
            audit.record(session, action="family.hello", actor_id=actor_id,
                         family_id=family_id, weekday=weekday, at=f"{at:%H:%M}")
            result = row
    rt.events.publish(Event("family", family.team_id, family_id, {"id": family_id}))
    return result


async def send_due_hellos(rt: Runtime) -> int:
    """Queue the informal messages due now; the number queued (called by the scheduler)."""
    now = rt.clock()
    async with rt.db.reading() as session:
        prefs = (await session.execute(
            select(FamilyHello.family_id, FamilyHello.weekday, FamilyHello.at, Team.timezone,
                   Family.last_message_at)
            .join(Family, Family.id == FamilyHello.family_id)
            .join(Team, Team.id == Family.team_id)
            .where(Family.status == "active", Family.follow_up != "none"))).all()
        due: list[tuple[int, date, int]] = []
        for family_id, weekday, at, zone_name, last_message_at in prefs:
            local = now.astimezone(ZoneInfo(zone_name))
            starts = datetime.combine(local.date(), at, tzinfo=local.tzinfo)
            if local.weekday() != weekday or not starts <= local < starts + WINDOW:
                continue
            if last_message_at is not None and now - last_message_at < IN_TOUCH:
                continue
            due.append((family_id, local.date(), weekday))
        if not due:
            return 0
        found = {item.family_id: (item, zone) for item, zone in await cadences(
            session, Family.id.in_([f for f, _, _ in due]), now=now)}
    queued = 0
    for family_id, today, weekday in due:
        if family_id in found and hello_day(found[family_id][0], today, weekday) == today:
            queued += await _send(rt, family_id, today.isoformat(), now)
    return queued


async def _send(rt: Runtime, family_id: int, day: str, now: datetime) -> int:
    queued = 0
    async with rt.db.transaction() as session:
        family = await session.get(Family, family_id)
        team = await session.get(Team, family.team_id) if family else None
        if family is None or team is None:
            return 0
        rules = await team_rules(session, team.id)
        if QuietHours(start=rules.quiet_start, end=rules.quiet_end).contains(now, rules.zone):
            return 0
        await loaded(session, family, "members")
        for member in family.members:
            if member.role == "child":
                continue
            if not await insert_ignore(session, HelloSent, {
                    "family_id": family_id, "member_id": member.id, "day": day,
                    "sent_at": now}):
                continue  # sent already (another scheduler, or earlier today)
            try:
                result = await enqueue(rt, session, family=family, member_id=member.id,
                                       body=texts.hello(member.language, team=team.name),
                                       author_id=None, channel=None, kind="auto",
                                       member=member)
            except (Conflict, Invalid):
                continue  # unreachable: the row stays, so it is not tried again today
            row = await session.get(HelloSent, (family_id, member.id, day))
            assert row is not None
            row.message_id = result.message_id
            queued += 1
        if queued:
            audit.record(session, action="family.hello.sent", family_id=family_id, count=queued)
    if queued:
        rt.outbox_ready.set()
        rt.events.publish(Event("message", family.team_id, family_id, {}))
    return queued
