"""Busy time a family has elsewhere: added by hand or the API, imported from iCalendar, or a feed.

Re-importing is idempotent by schema: (family, UID, recurrence key) is unique. For every UID a
file mentions, the file is the truth (a removed occurrence, a new EXDATE or STATUS:CANCELLED
deletes the row); a feed is a whole calendar, so its rows whose UID is gone are deleted too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError

from bot import audit
from bot.errors import Conflict, Invalid, NotFound
from bot.events import Event
from bot.runtime import Runtime
from bot.scheduling.ics import HORIZON, IcsError, parse_calendar
from storage.models import BusyTime, Family, FamilyCalendarFeed, Team

MAX_BUSY_LENGTH = timedelta(days=62)
SOURCES = ("ics", "feed")


@dataclass(frozen=True)
class ImportResult:
    """What an import changed: rows created, rows matched by UID and updated, rows removed."""

    imported: int
    updated: int
    removed: int


async def add_busy_time(
    rt: Runtime, *, family_id: int, actor_id: int | None, department: str, start: datetime,
    end: datetime, title: str = "", member_id: int | None = None, all_day: bool = False,
) -> BusyTime:
    """Record an appointment the family (or one member) has elsewhere; it blocks that time."""
    department = department.strip()
    if not department:
        raise Invalid("department: say where the appointment is (job centre, school…)")
    if end <= start:
        raise Invalid("end: must be after start")
    if end - start > MAX_BUSY_LENGTH:
        raise Invalid("end: a busy time lasts at most 62 days")
    async with rt.db.transaction() as session:
        family = await session.get(Family, family_id)
        if family is None:
            raise NotFound(f"family {family_id} not found")
        if member_id is not None and member_id not in {m.id for m in family.members}:
            raise Invalid(f"member_id: member {member_id} is not in family {family_id}")
        now = rt.clock()
        row = BusyTime(family_id=family_id, member_id=member_id, department=department[:200],
                       title=title.strip()[:300], starts_at=start, ends_at=end, all_day=all_day,
                       source="api", uid=None, recurrence_id="", created_by=actor_id,
                       created_at=now, updated_at=now)
        session.add(row)
        await session.flush()
        audit.record(session, action="busy.add", actor_id=actor_id, family_id=family_id,
                     busy_id=row.id, department=row.department)
        team_id = family.team_id
    rt.events.publish(Event("busy", team_id, family_id, {"id": row.id}))
    return row


async def remove_busy_time(rt: Runtime, *, family_id: int, busy_id: int,
                           actor_id: int | None) -> None:
    """Delete one busy time (an imported one comes back if the calendar still has it)."""
    async with rt.db.transaction() as session:
        row = await session.get(BusyTime, busy_id)
        if row is None or row.family_id != family_id:
            raise NotFound(f"busy time {busy_id} not found")
        family = await session.get(Family, family_id)
        assert family is not None
        await session.delete(row)
        audit.record(session, action="busy.remove", actor_id=actor_id, family_id=family_id,
                     busy_id=busy_id)
        team_id = family.team_id
    rt.events.publish(Event("busy", team_id, family_id, {"id": busy_id}))


async def import_calendar(
    rt: Runtime, *, family_id: int, actor_id: int | None, data: bytes | str,
    department: str | None = None, member_id: int | None = None, source: str = "ics",
) -> ImportResult:
    """Import an iCalendar file as busy times; `Invalid` (422) naming the problem if unreadable."""
    if source not in SOURCES:
        raise ValueError(f"unknown source {source!r}")
    async with rt.db.reading() as session:
        family = await session.get(Family, family_id)
        if family is None:
            raise NotFound(f"family {family_id} not found")
        team = await session.get(Team, family.team_id)
        assert team is not None
        if member_id is not None and member_id not in {m.id for m in family.members}:
            raise Invalid(f"member_id: member {member_id} is not in family {family_id}")
    now = rt.clock()
    try:
        # Pure and CPU-bound: parsed before the write transaction opens.
        calendar = parse_calendar(data, zone=ZoneInfo(team.timezone),
                                  start=now - timedelta(days=1), end=now + HORIZON)
    except IcsError as exc:
        raise Invalid(f"calendar: {exc}") from exc
    dept = (department or calendar.name or "calendar").strip()[:200] or "calendar"
    imported = updated = removed = 0
    try:
        async with rt.db.transaction() as session:
            existing = {
                (row.uid, row.recurrence_id): row for row in await session.scalars(
                    select(BusyTime).where(BusyTime.family_id == family_id,
                                           BusyTime.uid.is_not(None)))
            }
            wanted = {(e.uid, e.recurrence_id) for e in calendar.events}
            for key, row in existing.items():
                gone_from_file = row.uid in calendar.uids and key not in wanted
                gone_from_feed = source == "feed" and row.source == "feed" and key not in wanted
                if gone_from_file or gone_from_feed:
                    await session.delete(row)
                    removed += 1
            for event in calendar.events:
                found = existing.get((event.uid, event.recurrence_id))
                if found is None:
                    session.add(BusyTime(
                        family_id=family_id, member_id=member_id, department=dept,
                        title=event.title[:300], starts_at=event.start, ends_at=event.end,
                        all_day=event.all_day, source=source, uid=event.uid,
                        recurrence_id=event.recurrence_id, created_by=actor_id,
                        created_at=now, updated_at=now))
                    imported += 1
                else:
                    found.title = event.title[:300]
                    found.starts_at, found.ends_at = event.start, event.end
                    found.all_day, found.department, found.source = event.all_day, dept, source
                    found.member_id, found.updated_at = member_id, now
                    updated += 1
            audit.record(session, action="busy.import", actor_id=actor_id, family_id=family_id,
                         source=source, imported=imported, updated=updated, removed=removed)
    except IntegrityError as exc:
        # The same calendar imported twice at the same moment: the schema kept one copy.
        raise Conflict("calendar: another import of this calendar ran at the same time; "
                       "try again") from exc
    rt.events.publish(Event("busy", family.team_id, family_id,
                            {"imported": imported, "updated": updated, "removed": removed}))
    return ImportResult(imported, updated, removed)


def check_feed_url(url: str) -> str:
    """An http(s) URL with a host; `Invalid` otherwise (no file:, no ftp:, no credentials)."""
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() == "webcal":
        url = "https" + url[len(parts.scheme):]
        parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise Invalid("url: a calendar feed must be an http:// or https:// address")
    if parts.username or parts.password:
        raise Invalid("url: no user name or password in the address")
    if len(url) > 2000:
        raise Invalid("url: at most 2000 characters")
    return url


async def set_calendar_feed(rt: Runtime, *, family_id: int, actor_id: int | None,
                            url: str | None) -> FamilyCalendarFeed | None:
    """Set (or with `None` remove) the family's calendar feed; it is fetched periodically."""
    clean = check_feed_url(url) if url else None
    async with rt.db.transaction() as session:
        family = await session.get(Family, family_id)
        if family is None:
            raise NotFound(f"family {family_id} not found")
        feed = await session.get(FamilyCalendarFeed, family_id)
        if clean is None:
            if feed is not None:
                await session.delete(feed)
                await session.execute(delete(BusyTime).where(BusyTime.family_id == family_id,
                                                             BusyTime.source == "feed"))
            feed = None
        elif feed is None:
            feed = FamilyCalendarFeed(family_id=family_id, url=clean, created_by=actor_id,
                                      created_at=rt.clock())
            session.add(feed)
        else:
            feed.url, feed.last_error, feed.last_fetched_at = clean, None, None
        audit.record(session, action="busy.feed", actor_id=actor_id, family_id=family_id,
                     set=clean is not None)
        team_id = family.team_id
    rt.events.publish(Event("busy", team_id, family_id, {"feed": clean is not None}))
    return feed


async def record_feed_result(rt: Runtime, *, family_id: int, url: str,
                             error: str | None) -> None:
    """Note when a feed was fetched and what went wrong (shown to the contacts)."""
    async with rt.db.transaction() as session:
        feed = await session.get(FamilyCalendarFeed, family_id)
        if feed is None or feed.url != url:
            return  # removed or changed while it was being fetched
        now = rt.clock()
        feed.last_fetched_at = now
        feed.last_error = error[:300] if error else None
        if error is None:
            feed.last_ok_at = now
