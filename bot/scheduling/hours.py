"""Opening hours of a team: weekly hours, Danish public holidays and extra closed days."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays


@dataclass(frozen=True)
class ClosedDay:
    """A day offices close every year; `from_time` set means closed from then (5 June, 12:00)."""

    month: int
    day: int
    from_time: time | None = None


@dataclass(frozen=True)
class OpeningHours:
    """When the team answers: per weekday (0 = Monday) an opening and a closing time."""

    week: dict[int, tuple[time, time]] = field(default_factory=lambda: dict(DEFAULT_WEEK))
    closed_days: tuple[ClosedDay, ...] = (
        ClosedDay(12, 24), ClosedDay(12, 31), ClosedDay(6, 5, time(12, 0)),
    )
    country: str = "DK"
    # One-off closed dates a team adds (a training day, the days between Christmas and New Year).
    closed_dates: frozenset[date] = frozenset()


DEFAULT_WEEK: dict[int, tuple[time, time]] = {
    0: (time(8), time(15, 30)),
    1: (time(8), time(15, 30)),
    2: (time(8), time(15, 30)),
    3: (time(8), time(15, 30)),
    4: (time(8), time(13)),
}


@lru_cache(maxsize=64)
def _public_holidays(country: str, year: int) -> frozenset[date]:
    return frozenset(holidays.country_holidays(country, years=year).keys())


def open_interval(day: date, hours: OpeningHours) -> tuple[time, time] | None:
    """The local opening interval on `day`, or None when the office is closed all day."""
    if day in _public_holidays(hours.country, day.year) or day in hours.closed_dates:
        return None
    span = hours.week.get(day.weekday())
    if span is None:
        return None
    start, end = span
    for closed in hours.closed_days:
        if (closed.month, closed.day) == (day.month, day.day):
            if closed.from_time is None or closed.from_time <= start:
                return None
            end = min(end, closed.from_time)
    return (start, end)


def is_open(at: datetime, hours: OpeningHours, zone: ZoneInfo) -> bool:
    """True when `at` falls inside the team's opening hours."""
    local = at.astimezone(zone)
    span = open_interval(local.date(), hours)
    return span is not None and span[0] <= local.time() < span[1]


def next_opening(at: datetime, hours: OpeningHours, zone: ZoneInfo) -> datetime:
    """The next time the office opens after `at` (or `at` itself when open), aware, in `zone`."""
    local = at.astimezone(zone)
    for offset in range(0, 30):
        day = local.date() + timedelta(days=offset)
        span = open_interval(day, hours)
        if span is None:
            continue
        opens = datetime.combine(day, span[0], tzinfo=zone)
        closes = datetime.combine(day, span[1], tzinfo=zone)
        if local < opens:
            return opens
        if local < closes:
            return local
    raise ValueError("no opening within 30 days; check the team's opening hours")
