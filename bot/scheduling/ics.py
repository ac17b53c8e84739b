"""iCalendar in: a family's calendar from another department, read as busy intervals (pure).

What counts, decided here once:
- Every VEVENT blocks its time (TRANSP is ignored: the calendar is of appointments elsewhere).
- DTSTART/DTEND with a TZID (an IANA name, an Outlook/Exchange Windows name such as
  "Romance Standard Time", or a zone described by the file's own VTIMEZONE) or in UTC; a
  *floating* time (no TZID, no Z) and a TZID nobody knows are read in the team's zone.
- All-day events (VALUE=DATE) block whole local days, DTEND exclusive (one day when missing).
- No DTEND: DURATION, else one hour for a timed event.
- RRULE is expanded in the event's own zone (so 09:00 stays 09:00 across DST) over the horizon
  [`start`, `end`) — the importer uses yesterday to six months ahead (`HORIZON`); EXDATE removes
  occurrences; a VEVENT with RECURRENCE-ID replaces that one occurrence.
- STATUS:CANCELLED removes the event (or, with RECURRENCE-ID, that occurrence).
- Each occurrence is keyed (UID, recurrence key): the recurrence key is "" for a single event,
  else the occurrence's original start in UTC (`YYYYMMDDTHHMMSSZ`, all-day `YYYYMMDD`). For every
  UID in a file, the file is the truth: re-import updates by key and removes what is gone.
- An event without UID gets a stable one from its start and summary.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
from dateutil.rrule import rrulestr  # type: ignore[import-untyped]

HORIZON = timedelta(days=183)  # how far ahead recurring events are expanded (about six months)
MAX_OCCURRENCES = 20_000  # per file; a calendar with more is refused, not truncated silently
DEFAULT_LENGTH = timedelta(hours=1)


class IcsError(ValueError):
    """A calendar that cannot be read, with a message naming the problem."""


@dataclass(frozen=True)
class IcsEvent:
    """One busy occurrence read from a calendar."""

    uid: str
    recurrence_id: str
    start: datetime  # UTC
    end: datetime  # UTC
    all_day: bool
    title: str


@dataclass
class ParsedCalendar:
    """The occurrences inside the horizon, and every UID the file speaks about."""

    events: list[IcsEvent] = field(default_factory=list)
    uids: set[str] = field(default_factory=set)
    name: str | None = None


def parse_calendar(data: bytes | str, *, zone: ZoneInfo, start: datetime,
                   end: datetime) -> ParsedCalendar:
    """Read `data` as busy occurrences overlapping [start, end); `IcsError` when unreadable."""
    try:
        calendar = icalendar.Calendar.from_ical(data)
    except (ValueError, IndexError, KeyError) as exc:
        raise IcsError(f"not an iCalendar file: {_short(exc)}") from exc
    if getattr(calendar, "name", "") != "VCALENDAR":
        raise IcsError("not an iCalendar file: it does not begin with BEGIN:VCALENDAR")
    result = ParsedCalendar(name=_text(calendar.get("X-WR-CALNAME")) or None)
    masters: list[Any] = []
    overrides: dict[tuple[str, str], Any] = {}
    for component in calendar.walk("VEVENT"):
        uid = _uid(component)
        result.uids.add(uid)
        if component.get("RECURRENCE-ID") is not None:
            key = _key(_when(component, "RECURRENCE-ID", zone, uid))
            overrides[(uid, key)] = component
        else:
            masters.append((uid, component))
    seen: set[tuple[str, str]] = set()
    for uid, component in masters:
        for event in _occurrences(uid, component, zone, start, end):
            pair = (uid, event.recurrence_id)
            if pair in overrides or pair in seen:
                continue
            seen.add(pair)
            if not _cancelled(component):
                result.events.append(event)
            _check_size(result)
    for (uid, key), component in overrides.items():
        if _cancelled(component):
            continue
        event = _single(uid, key, component, zone)
        if event.end > start and event.start < end:
            result.events.append(event)
            _check_size(result)
    result.events.sort(key=lambda e: (e.start, e.uid, e.recurrence_id))
    return result


def _check_size(result: ParsedCalendar) -> None:
    if len(result.events) > MAX_OCCURRENCES:
        raise IcsError(f"too many events: more than {MAX_OCCURRENCES} within the next six months")


def _occurrences(uid: str, component: Any, zone: ZoneInfo, start: datetime,
                 end: datetime) -> Iterable[IcsEvent]:
    first = _when(component, "DTSTART", zone, uid)
    length = _length(component, first, zone, uid)
    title = _text(component.get("SUMMARY"))
    rule = component.get("RRULE")
    if rule is None:
        event = _event(uid, "", first, length, zone, title)
        if event.end > start and event.start < end:
            yield event
        return
    excluded = {_key(x) for x in _exdates(component, zone, uid)}
    for occurrence in _expand(uid, rule, first, zone, start - length, end):
        key = _key(occurrence)
        if key not in excluded:
            event = _event(uid, key, occurrence, length, zone, title)
            if event.end > start and event.start < end:
                yield event


def _expand(uid: str, rule: Any, first: date | datetime, zone: ZoneInfo, start: datetime,
            end: datetime) -> Iterable[date | datetime]:
    """Occurrences of the rule from `first`, expanded on the local wall clock of its zone."""
    all_day = not isinstance(first, datetime)
    if isinstance(first, datetime):
        event_zone: tzinfo = first.tzinfo or zone
        wall = first.replace(tzinfo=None)
    else:
        event_zone, wall = zone, datetime.combine(first, time())
    parts = dict(rule)
    if "UNTIL" in parts:
        parts["UNTIL"] = [_wall_until(u, event_zone) for u in parts["UNTIL"]]
    try:
        text = icalendar.vRecur(parts).to_ical().decode()  # type: ignore[no-untyped-call]
        expanded = rrulestr(text, dtstart=wall, cache=False)
    except (ValueError, TypeError) as exc:
        raise IcsError(f"event {uid}: RRULE cannot be read: {_short(exc)}") from exc
    lo = start.astimezone(event_zone).replace(tzinfo=None) - timedelta(days=1)
    hi = end.astimezone(event_zone).replace(tzinfo=None) + timedelta(days=1)
    count = 0
    for occurrence in expanded.xafter(lo, inc=True):
        if occurrence >= hi:
            break
        count += 1
        if count > MAX_OCCURRENCES:
            raise IcsError(f"event {uid}: the rule repeats too often")
        yield occurrence.date() if all_day else occurrence.replace(tzinfo=event_zone)


def _wall_until(until: date | datetime, event_zone: tzinfo) -> datetime:
    if not isinstance(until, datetime):
        return datetime.combine(until, time(23, 59, 59))
    if until.tzinfo is not None:
        return until.astimezone(event_zone).replace(tzinfo=None)
    return until


def _event(uid: str, key: str, begin: date | datetime, length: timedelta, zone: ZoneInfo,
           title: str) -> IcsEvent:
    if isinstance(begin, datetime):
        start_utc = begin.astimezone(UTC)
        # Add the length on the wall clock: an event 09:00–10:00 stays one hour on a DST day.
        end_utc = (begin + length).astimezone(UTC)
        return IcsEvent(uid, key, start_utc, max(end_utc, start_utc), False, title)
    days = max(1, length.days)
    start_local = datetime.combine(begin, time(), tzinfo=zone)
    end_local = datetime.combine(begin + timedelta(days=days), time(), tzinfo=zone)
    return IcsEvent(uid, key, start_local.astimezone(UTC), end_local.astimezone(UTC), True, title)


def _single(uid: str, key: str, component: Any, zone: ZoneInfo) -> IcsEvent:
    first = _when(component, "DTSTART", zone, uid)
    return _event(uid, key, first, _length(component, first, zone, uid), zone,
                  _text(component.get("SUMMARY")))


def _length(component: Any, first: date | datetime, zone: ZoneInfo, uid: str) -> timedelta:
    if component.get("DTEND") is not None:
        last = _when(component, "DTEND", zone, uid)
        if isinstance(first, datetime) != isinstance(last, datetime):
            raise IcsError(f"event {uid}: DTSTART and DTEND are of different kinds (date/time)")
        if isinstance(first, datetime) and isinstance(last, datetime):
            # Wall-clock length in the start's zone (DTEND may carry another TZID).
            return last.astimezone(first.tzinfo).replace(tzinfo=None) - first.replace(tzinfo=None)
        return last - first
    duration = component.get("DURATION")
    if duration is not None:
        try:
            value = duration.dt
        except (ValueError, AttributeError) as exc:
            raise IcsError(f"event {uid}: DURATION cannot be read") from exc
        if isinstance(value, timedelta):
            return value
    return DEFAULT_LENGTH if isinstance(first, datetime) else timedelta(days=1)


def _when(component: Any, name: str, zone: ZoneInfo, uid: str) -> date | datetime:
    """A DTSTART-like property as an aware datetime (floating → team zone) or a date."""
    prop = component.get(name)
    if prop is None:
        raise IcsError(f"event {uid}: {name} is missing")
    try:
        value = prop.dt
    except (ValueError, AttributeError, TypeError) as exc:
        raise IcsError(f"event {uid}: {name} cannot be read") from exc
    return _aware(value, zone, uid, name)


def _aware(value: Any, zone: ZoneInfo, uid: str, name: str) -> date | datetime:
    if isinstance(value, datetime):
        return value if value.tzinfo is not None else value.replace(tzinfo=zone)
    if isinstance(value, date):
        return value
    raise IcsError(f"event {uid}: {name} is not a date or a time")


def _exdates(component: Any, zone: ZoneInfo, uid: str) -> Iterable[date | datetime]:
    raw = component.get("EXDATE")
    if raw is None:
        return
    for item in raw if isinstance(raw, list) else [raw]:
        for value in getattr(item, "dts", []):
            yield _aware(value.dt, zone, uid, "EXDATE")


def _key(value: date | datetime) -> str:
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    return value.strftime("%Y%m%d")


def _cancelled(component: Any) -> bool:
    return _text(component.get("STATUS")).upper() == "CANCELLED"


def _uid(component: Any) -> str:
    uid = _text(component.get("UID"))
    if uid:
        return uid[:500]
    basis = f"{component.get('DTSTART').to_ical() if component.get('DTSTART') else ''}|" \
            f"{_text(component.get('SUMMARY'))}"
    return "nouid-" + hashlib.sha256(basis.encode()).hexdigest()[:32]


def _text(value: Any) -> str:
    return str(value).strip() if value is not None else ""


def _short(exc: Exception) -> str:
    return str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
