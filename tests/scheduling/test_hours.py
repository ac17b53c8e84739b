"""Opening hours: weekdays, Danish holidays, the extra closed days, and the clock changes."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from bot.scheduling.hours import OpeningHours, is_open, next_opening, open_interval

CPH = ZoneInfo("Europe/Copenhagen")
HOURS = OpeningHours()


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=CPH)  # type: ignore[misc]


@pytest.mark.parametrize(("day", "expected"), [
    (date(2026, 11, 23), (time(8), time(15, 30))),  # a Monday
    (date(2026, 11, 27), (time(8), time(13))),  # a Friday closes early
    (date(2026, 11, 28), None),  # Saturday
    (date(2027, 3, 26), None),  # Good Friday
    (date(2027, 5, 6), None),  # Ascension Day
    (date(2026, 12, 24), None),  # Christmas Eve: municipal offices close
    (date(2026, 12, 31), None),  # New Year's Eve
    (date(2026, 6, 5), (time(8), time(12))),  # Constitution Day: closed in the afternoon
    (date(2027, 4, 22), (time(8), time(15, 30))),  # Great Prayer Day was abolished in 2024
])
def test_open_interval(day: date, expected: tuple[time, time] | None) -> None:
    assert open_interval(day, HOURS) == expected


def test_is_open_reads_local_time_across_the_spring_clock_change() -> None:
    # Monday 30 March 2026 is the first working day of summer time: 08:00 CEST is 06:00 UTC.
    assert is_open(local(2026, 3, 30, 8, 0), HOURS, CPH)
    assert not is_open(local(2026, 3, 30, 7, 59), HOURS, CPH)
    assert not is_open(local(2026, 3, 30, 15, 30), HOURS, CPH)


def test_next_opening_after_friday_afternoon_is_monday_morning() -> None:
    assert next_opening(local(2026, 11, 27, 14, 0), HOURS, CPH) == local(2026, 11, 30, 8, 0)


def test_next_opening_skips_easter() -> None:
    # Wednesday evening before Maundy Thursday 2027: Thursday to Monday are holidays.
    assert next_opening(local(2027, 3, 24, 18, 0), HOURS, CPH) == local(2027, 3, 30, 8, 0)


def test_next_opening_when_open_is_now() -> None:
    now = local(2026, 11, 24, 10, 15)
    assert next_opening(now, HOURS, CPH) == now
