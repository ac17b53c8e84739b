"""Rules of time per team, weekly windows and the clash check: the slot finder's properties hold."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.scheduling.blocks import Block, clashes, find_slots, weekly_intervals
from bot.scheduling.hours import open_interval
from bot.scheduling.rules import TeamRules, build_rules

CPH = ZoneInfo("Europe/Copenhagen")
HOUR = timedelta(hours=1)


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=CPH)  # type: ignore[misc]


def test_defaults_are_the_issue_s_rules_of_time() -> None:
    rules = TeamRules.default(CPH)
    assert rules.hours.week[0] == (time(8), time(15, 30))
    assert rules.hours.week[4] == (time(8), time(13))
    assert 5 not in rules.hours.week
    assert rules.buffer == timedelta(minutes=30)
    assert rules.reminder_offsets == (timedelta(days=1), timedelta(hours=2))
    assert rules.in_quiet_hours(local(2026, 11, 24, 21)) and rules.in_quiet_hours(
        local(2026, 11, 24, 7, 59))
    assert not rules.in_quiet_hours(local(2026, 11, 24, 8))
    assert open_interval(date(2026, 6, 5), rules.hours) == (time(8), time(12))


def test_a_team_s_own_hours_and_closed_dates_are_kept() -> None:
    rules = build_rules(CPH, week={"2": ["09:00", "12:00"]}, closed_dates=["2026-11-25"],
                        buffer_minutes=0)
    slots = find_slots(rules, [], start=local(2026, 11, 23), end=local(2026, 12, 3),
                       duration=HOUR, limit=20)
    # Only Wednesdays 09–12; 25 November is closed, so the first is 2 December.
    assert slots[0][0] == local(2026, 12, 2, 9).astimezone(UTC)
    assert all(s.astimezone(CPH).weekday() == 2 for s, _ in slots)


def test_a_night_shift_window_runs_past_midnight() -> None:
    spans = list(weekly_intervals([(0, time(22), time(6))], local(2026, 11, 23),
                                  local(2026, 11, 25), CPH))
    assert spans == [(local(2026, 11, 23, 22), local(2026, 11, 24, 6))]


def test_a_clash_lists_the_busy_time_and_the_closed_day() -> None:
    rules = TeamRules.default(CPH)
    job = Block("busy", local(2026, 12, 24, 9), local(2026, 12, 24, 10), "Jobcenter", 7)
    found = clashes(rules, [job], start=local(2026, 12, 24, 10, 15),
                    end=local(2026, 12, 24, 11))
    assert [c.kind for c in found] == ["closed_day", "busy"]  # inside the 30-minute buffer
    assert found[1].ref_id == 7


def test_an_absence_blocks_only_its_own_time() -> None:
    rules = TeamRules.default(CPH)
    away = Block("absence", local(2026, 11, 24, 8), local(2026, 11, 24, 10), "Amira is away")
    assert clashes(rules, [away], start=local(2026, 11, 24, 10), end=local(2026, 11, 24, 11)) \
        == []
    [slot] = find_slots(rules, [away], start=local(2026, 11, 24), end=local(2026, 11, 25),
                        duration=HOUR, limit=1)
    assert slot[0] == local(2026, 11, 24, 10).astimezone(UTC)


days = st.integers(min_value=0, max_value=420)
weeks = st.fixed_dictionaries({}, optional={
    str(d): st.tuples(st.integers(6, 11), st.integers(12, 19)).map(
        lambda t: [f"{t[0]:02d}:00", f"{t[1]:02d}:30"]) for d in range(7)})


@settings(max_examples=60, deadline=None)
@given(week=weeks, first=days, busy=st.lists(st.tuples(days, st.integers(0, 95),
                                                       st.integers(1, 16)), max_size=40),
       buffer=st.integers(0, 60), minutes=st.sampled_from([30, 45, 60, 90]))
def test_slots_respect_each_team_s_hours_buffers_and_closed_days(
    week: dict[str, list[str]], first: int, busy: list[tuple[int, int, int]], buffer: int,
    minutes: int,
) -> None:
    """From March through the next year: both DST changes and the year boundary."""
    rules = build_rules(CPH, week=week, buffer_minutes=buffer)
    origin = local(2026, 3, 1)
    blocks = [Block("busy", origin + timedelta(days=d, minutes=15 * q),
                    origin + timedelta(days=d, minutes=15 * (q + n)), "x")
              for d, q, n in busy]
    start = origin + timedelta(days=first)
    slots = find_slots(rules, blocks, start=start, end=start + timedelta(days=30),
                       duration=timedelta(minutes=minutes), limit=15)
    for lo, hi in slots:
        assert hi - lo == timedelta(minutes=minutes)
        # Every offered slot passes the booking check: same rules, same blocks.
        assert clashes(rules, blocks, start=lo, end=hi) == []
    assert slots == sorted(slots)


def test_preferred_times_come_first_then_the_earliest_others() -> None:
    from bot.scheduling.blocks import prefer

    rules = TeamRules.default(CPH)
    slots = find_slots(rules, [], start=local(2026, 11, 23), end=local(2026, 11, 28),
                       duration=HOUR, limit=200)
    thursday_afternoon = [(3, time(13), time(14, 30))]
    chosen = prefer(slots, thursday_afternoon, CPH, limit=4)
    assert [s.astimezone(CPH) for s, _ in chosen] == [
        local(2026, 11, 26, 13), local(2026, 11, 26, 13, 15), local(2026, 11, 26, 13, 30),
        local(2026, 11, 23, 8)]  # only three fit on Thursday afternoon; then the earliest
    assert prefer(slots, [], CPH, limit=3) == slots[:3]
