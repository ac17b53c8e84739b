"""Working time counts only opening hours: evenings, weekends and holidays do not pass."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from bot.scheduling.hours import OpeningHours, is_open
from bot.scheduling.working_time import add_working_time

CPH = ZoneInfo("Europe/Copenhagen")
HOURS = OpeningHours()  # Mon-Thu 08:00-15:30, Fri 08:00-13:00
DAY = timedelta(hours=7.5)


def local(year: int, month: int, day: int, hour: int, minute: int) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=CPH)


def test_within_one_day() -> None:
    assert add_working_time(local(2026, 11, 24, 9, 0), timedelta(hours=2), HOURS, CPH) == \
        local(2026, 11, 24, 11, 0)


def test_a_working_day_from_tuesday_morning_is_wednesday_morning() -> None:
    assert add_working_time(local(2026, 11, 24, 10, 0), DAY, HOURS, CPH) == \
        local(2026, 11, 25, 10, 0)


def test_the_weekend_does_not_count() -> None:
    # Friday 12:00: one hour left on Friday, 6.5 hours on Monday.
    assert add_working_time(local(2026, 11, 27, 12, 0), DAY, HOURS, CPH) == \
        local(2026, 11, 30, 14, 30)
    # Saturday night: nothing counts until Monday 08:00.
    assert add_working_time(local(2026, 11, 28, 22, 0), DAY, HOURS, CPH) == \
        local(2026, 11, 30, 15, 30)


def test_easter_holidays_do_not_count() -> None:
    # Wednesday before Easter 2026, 14:00; Maundy Thursday, Good Friday, Easter Monday closed.
    assert add_working_time(local(2026, 4, 1, 14, 0), timedelta(hours=3), HOURS, CPH) == \
        local(2026, 4, 7, 9, 30)


def test_christmas_eve_is_a_closed_day() -> None:
    # Wednesday 23 December 2026, 15:00: 24th closed, 25th and 26th holidays, 27th Sunday.
    assert add_working_time(local(2026, 12, 23, 15, 0), timedelta(hours=1), HOURS, CPH) == \
        local(2026, 12, 28, 8, 30)


def test_the_answer_is_utc_and_the_dst_change_is_real_time() -> None:
    # Friday 27 March 2026 12:30 + 1 working hour: 30 minutes on Friday, 30 on Monday (CEST).
    due = add_working_time(local(2026, 3, 27, 12, 30), timedelta(hours=1), HOURS, CPH)
    assert due.tzinfo == UTC
    assert due == local(2026, 3, 30, 8, 30)


# Hypothesis bounds are naive by its API; the values drawn are UTC.
@given(st.datetimes(min_value=datetime(2026, 1, 1), max_value=datetime(2027, 12, 31),  # noqa: DTZ001
                    timezones=st.just(UTC)),
       st.integers(0, 60 * 40))
def test_the_due_time_is_inside_opening_hours_and_never_earlier_than_real_time(
    start: datetime, minutes: int,
) -> None:
    begin = start
    due = add_working_time(begin, timedelta(minutes=minutes), HOURS, CPH)
    assert due >= begin + timedelta(minutes=minutes)
    if minutes:
        # The last counted minute was an open one.
        assert is_open(due - timedelta(minutes=1), HOURS, CPH)
