"""Follow-up cadence: due dates from the last held check-in, and the planning of offers."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.scheduling.cadence import (
    AHEAD,
    Cadence,
    State,
    add_months,
    due_date,
    hello_day,
    plan,
)

TODAY = date(2026, 11, 23)


def test_six_weeks_and_three_months_from_the_last_held_check_in() -> None:
    assert due_date("6w", date(2026, 10, 1), TODAY) == date(2026, 11, 12)
    assert due_date("3m", date(2026, 10, 1), TODAY) == date(2027, 1, 1)
    assert due_date("3m", date(2026, 11, 30), TODAY) == date(2027, 2, 28)


def test_a_family_never_met_is_due_today_and_none_is_never_due() -> None:
    assert due_date("6w", None, TODAY) == TODAY
    assert due_date("none", None, TODAY) is None
    with pytest.raises(ValueError, match="cadence"):
        due_date("weekly", None, TODAY)


def test_planning_sorts_families_into_offer_overdue_and_late() -> None:
    result = plan([
        Cadence(1, "6w", last_held=TODAY - timedelta(weeks=5)),  # due in a week: offer
        Cadence(2, "6w", last_held=TODAY - timedelta(weeks=8)),  # two weeks late: overdue
        Cadence(3, "3m", last_held=TODAY - timedelta(days=10)),  # far off
        Cadence(4, "none"),
        Cadence(5, "6w", last_held=TODAY - timedelta(weeks=8), next_booked=TODAY),  # booked late
        Cadence(6, "6w", last_held=TODAY - timedelta(weeks=5), next_booked=TODAY),  # booked
        Cadence(7, "3m"),  # never met: due today
    ], TODAY)
    assert [f.family_id for f in result.offer] == [7, 1]
    assert [(f.family_id, f.due) for f in result.overdue] == [(2, TODAY - timedelta(weeks=2))]
    assert [f.family_id for f in result.late_booked] == [5]


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1)),
       st.integers(min_value=0, max_value=36))
def test_adding_months_keeps_the_day_or_takes_the_last_day(day: date, months: int) -> None:
    result = add_months(day, months)
    assert (result.year * 12 + result.month) - (day.year * 12 + day.month) == months
    assert result.day == day.day or (result.day < day.day and
                                     (result + timedelta(days=1)).day == 1)


cadences = st.builds(
    Cadence, family_id=st.integers(1, 10**6), follow_up=st.sampled_from(["6w", "3m", "none"]),
    last_held=st.none() | st.dates(min_value=date(2025, 1, 1), max_value=TODAY),
    next_booked=st.none() | st.dates(min_value=TODAY, max_value=date(2027, 6, 1)))


@given(st.lists(cadences, max_size=50))
def test_every_family_lands_in_at_most_one_list_and_the_right_one(items: list[Cadence]) -> None:
    result = plan(items, TODAY)
    for f in result.offer:
        assert TODAY <= f.due <= TODAY + AHEAD and f.state is State.OFFER
    for f in result.overdue:
        assert f.due < TODAY and f.late
    for f in result.late_booked:
        assert f.booked is not None and f.booked > f.due
    listed = result.offer + result.overdue + result.late_booked
    assert len(listed) <= len(items)
    assert not any(i.follow_up == "none" for i in items
                   if any(f.family_id == i.family_id for f in listed)
                   and all(j.follow_up == "none" for j in items if j.family_id == i.family_id))


def test_the_informal_hello_comes_halfway_on_the_familys_weekday() -> None:
    item = Cadence(1, "6w", last_held=date(2026, 10, 1))  # a Thursday; due 12 November
    assert hello_day(item, TODAY, weekday=1) == date(2026, 10, 27)  # the Tuesday from 22 Oct
    assert hello_day(Cadence(2, "6w"), TODAY, weekday=1) is None  # never met: no hello
    assert hello_day(Cadence(3, "none", last_held=date(2026, 10, 1)), TODAY, 1) is None


@given(st.dates(min_value=date(2024, 1, 1), max_value=date(2030, 1, 1)),
       st.sampled_from(["6w", "3m"]), st.integers(0, 6))
def test_the_hello_is_on_the_weekday_between_the_follow_ups(
    held: date, cadence: str, weekday: int,
) -> None:
    item = Cadence(1, cadence, last_held=held)
    day = hello_day(item, TODAY, weekday)
    due = due_date(cadence, held, TODAY)
    assert day is not None and due is not None  # both cadences leave room for it
    assert day.weekday() == weekday
    assert held < day < due - timedelta(days=7)
