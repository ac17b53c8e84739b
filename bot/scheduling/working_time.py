"""Working time: a duration counted only while the team is open (opening hours, holidays)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.scheduling.hours import OpeningHours, open_interval

MAX_DAYS = 400
"""Give up after this many calendar days: opening hours with no open day at all are an error."""


def add_working_time(
    start: datetime, duration: timedelta, hours: OpeningHours, zone: ZoneInfo,
) -> datetime:
    """The moment (UTC) by which `duration` of opening hours has passed since `start`.

    Time outside opening hours (evenings, weekends, public holidays, closed days) does not count:
    a message on Friday evening with one working day to act is due the next working day at the
    same working moment, not on Saturday. Each open interval is measured in real (UTC) time.
    """
    if start.tzinfo is None:
        raise ValueError("start must be timezone-aware")
    if duration < timedelta(0):
        raise ValueError("duration must not be negative")
    remaining = duration
    cursor = start.astimezone(UTC)
    local_day = start.astimezone(zone).date()
    for offset in range(MAX_DAYS):
        day = local_day + timedelta(days=offset)
        span = open_interval(day, hours)
        if span is None:
            continue
        opens = datetime.combine(day, span[0], tzinfo=zone).astimezone(UTC)
        closes = datetime.combine(day, span[1], tzinfo=zone).astimezone(UTC)
        begin = max(cursor, opens)
        if begin >= closes:
            continue
        if begin + remaining <= closes:
            return begin + remaining
        remaining -= closes - begin
        cursor = closes
    raise ValueError(f"no opening within {MAX_DAYS} days; check the team's opening hours")
