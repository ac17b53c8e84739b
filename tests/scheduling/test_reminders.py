"""Reminder times: the offsets before, never in quiet hours, never late, correct across DST."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from bot.scheduling.reminders import (
    DEFAULT_OFFSETS,
    MIN_GAP,
    QuietHours,
    kind_for,
    last_allowed,
    next_allowed,
    plan_reminders,
)

CPH = ZoneInfo("Europe/Copenhagen")
QUIET = QuietHours()


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=CPH)  # type: ignore[misc]


def test_kinds_name_the_offset() -> None:
    assert [kind_for(o) for o in DEFAULT_OFFSETS] == ["reminder_1d", "reminder_2h"]
    assert kind_for(timedelta(minutes=90)) == "reminder_90m"


def test_a_ten_oclock_meeting_is_reminded_the_day_before_and_two_hours_before() -> None:
    start = local(2026, 11, 25, 10, 0)
    planned = plan_reminders(start, DEFAULT_OFFSETS, quiet=QUIET, zone=CPH,
                             now=local(2026, 11, 20, 12, 0))
    assert [(p.kind, p.due_at) for p in planned] == [
        ("reminder_1d", local(2026, 11, 24, 10, 0)), ("reminder_2h", local(2026, 11, 25, 8, 0))]


def test_an_early_meeting_is_reminded_the_evening_before_not_at_night() -> None:
    start = local(2026, 11, 25, 8, 30)  # 2 h before is 06:30, in quiet hours
    planned = plan_reminders(start, DEFAULT_OFFSETS, quiet=QUIET, zone=CPH,
                             now=local(2026, 11, 20, 12, 0))
    assert [(p.kind, p.due_at) for p in planned if p.due_at] == [
        ("reminder_1d", local(2026, 11, 24, 8, 30)), ("reminder_2h", local(2026, 11, 24, 19, 45))]


def test_a_late_evening_meeting_reminder_moves_before_quiet_hours_the_same_evening() -> None:
    start = local(2026, 11, 25, 22, 30)  # a network meeting at night (rare, but allowed)
    planned = plan_reminders(start, [timedelta(hours=2)], quiet=QUIET, zone=CPH,
                             now=local(2026, 11, 20, 12, 0))
    assert planned[0].due_at == local(2026, 11, 25, 19, 45)


def test_reminders_in_the_past_are_dropped_not_sent() -> None:
    start = local(2026, 11, 25, 10, 0)
    planned = plan_reminders(start, DEFAULT_OFFSETS, quiet=QUIET, zone=CPH,
                             now=local(2026, 11, 25, 7, 0))
    assert [(p.kind, p.dropped) for p in planned] == [
        ("reminder_2h", None), ("reminder_1d", "already past when planned")]


def test_two_reminders_moved_close_together_keep_only_the_nearer_one() -> None:
    start = local(2026, 11, 25, 9, 0)
    offsets = [timedelta(hours=13), timedelta(hours=14)]  # 20:00 and 19:00 the evening before
    planned = plan_reminders(start, offsets, quiet=QUIET, zone=CPH, now=local(2026, 11, 1, 0, 0))
    assert [(p.kind, p.dropped) for p in planned] == [
        ("reminder_13h", None), ("reminder_14h", "too close to a nearer reminder")]


def test_the_day_before_across_the_autumn_dst_change_is_24_real_hours() -> None:
    start = local(2026, 10, 25, 10, 0)  # CET; the day before was CEST
    [first, _] = plan_reminders(start, DEFAULT_OFFSETS, quiet=QUIET, zone=CPH,
                                now=local(2026, 10, 1, 0, 0))
    assert first.due_at is not None
    assert start - first.due_at == timedelta(days=1)
    assert first.due_at.astimezone(CPH).hour == 11  # the local clock moved back an hour


def test_quiet_hours_end_at_eight_on_the_morning_the_clocks_spring_forward() -> None:
    at = local(2026, 3, 29, 2, 30)  # does not exist locally; read as 03:30 CEST
    assert next_allowed(at, QUIET, CPH) == local(2026, 3, 29, 8, 0).astimezone(UTC)
    assert last_allowed(at, QUIET, CPH) == local(2026, 3, 28, 19, 45).astimezone(UTC)


def test_no_quiet_hours_when_start_equals_end() -> None:
    never = QuietHours(start=time(0), end=time(0))
    at = local(2026, 11, 25, 3, 0)
    assert last_allowed(at, never, CPH) == at


# hypothesis takes naive bounds and attaches the zone it draws: the bounds are UTC wall times.
instants = st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2028, 12, 31),  # noqa: DTZ001
                        timezones=st.just(UTC))
offsets = st.lists(st.integers(min_value=15, max_value=4 * 24 * 60).map(
    lambda m: timedelta(minutes=m)), min_size=1, max_size=4)
clocks = st.times().map(lambda t: t.replace(second=0, microsecond=0))


@given(start=instants, offsets=offsets, before=st.integers(0, 10 * 24 * 60),
       quiet_from=clocks, quiet_to=clocks)
def test_reminders_are_never_quiet_never_late_never_past_and_apart(
    start: datetime, offsets: list[timedelta], before: int, quiet_from: time, quiet_to: time,
) -> None:
    quiet = QuietHours(start=quiet_from, end=quiet_to)
    now = start - timedelta(minutes=before)
    planned = plan_reminders(start, offsets, quiet=quiet, zone=CPH, now=now)
    assert sorted(p.kind for p in planned) == sorted({kind_for(o) for o in offsets})
    kept = [p.due_at for p in planned if p.due_at is not None]
    assert kept == sorted(kept)
    for due in kept:
        assert now <= due < start
        assert not quiet.contains(due, CPH)
    assert all(b - a >= MIN_GAP for a, b in zip(kept, kept[1:], strict=False))


@given(at=instants, quiet_from=clocks, quiet_to=clocks)
def test_moving_out_of_quiet_hours_goes_the_promised_way(
    at: datetime, quiet_from: time, quiet_to: time,
) -> None:
    quiet = QuietHours(start=quiet_from, end=quiet_to)
    before, after = last_allowed(at, quiet, CPH), next_allowed(at, quiet, CPH)
    if quiet.contains(at, CPH):
        assert before < at < after
        assert not quiet.contains(before, CPH)
        assert not quiet.contains(after, CPH)
        assert after - at <= timedelta(hours=25)  # the end of *this* quiet period
    else:
        assert before == at == after
