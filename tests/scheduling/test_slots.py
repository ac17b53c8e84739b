"""The slot finder: never on a busy time plus buffer, always inside hours, never on a closed day."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.scheduling.hours import OpeningHours, is_open, open_interval
from bot.scheduling.slots import SlotQuery, free_slots, merge

CPH = ZoneInfo("Europe/Copenhagen")
HOURS = OpeningHours()
HOUR = timedelta(hours=1)


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=CPH)  # type: ignore[misc]


def test_merge_joins_overlapping_and_touching_intervals() -> None:
    a, b, c = local(2026, 1, 5, 9), local(2026, 1, 5, 10), local(2026, 1, 5, 11)
    assert merge([(b, c), (a, b)]) == [(a, c)]
    assert merge([(a, b)], widen=timedelta(minutes=30)) == [
        (a - timedelta(minutes=30), b + timedelta(minutes=30))]


def test_a_job_centre_meeting_pushes_the_slot_past_its_buffer() -> None:
    busy = [(local(2026, 11, 24, 8, 0), local(2026, 11, 24, 9, 0))]
    query = SlotQuery(start=local(2026, 11, 24, 0, 0), end=local(2026, 11, 25, 0, 0),
                      duration=HOUR, limit=1)
    [(start, end)] = free_slots(query, busy, HOURS, CPH)
    assert start.astimezone(CPH) == local(2026, 11, 24, 9, 30)
    assert end - start == HOUR


def test_no_slot_on_christmas_eve_or_the_weekend() -> None:
    query = SlotQuery(start=local(2026, 12, 24, 0, 0), end=local(2026, 12, 29, 0, 0),
                      duration=HOUR, limit=1)
    [(start, _)] = free_slots(query, [], HOURS, CPH)
    assert start.astimezone(CPH) == local(2026, 12, 28, 8, 0)  # 25–27 holiday/weekend


def test_slots_across_the_autumn_clock_change_are_at_local_times() -> None:
    query = SlotQuery(start=local(2026, 10, 23, 12, 0), end=local(2026, 10, 27, 0, 0),
                      duration=HOUR, limit=2)
    firsts = [s.astimezone(CPH) for s, _ in free_slots(query, [], HOURS, CPH)]
    assert firsts[0] == local(2026, 10, 23, 12, 0)  # Friday, summer time
    monday = [s for s, _ in free_slots(
        SlotQuery(start=local(2026, 10, 26, 0, 0), end=local(2026, 10, 27, 0, 0),
                  duration=HOUR, limit=1), [], HOURS, CPH)]
    assert monday[0].astimezone(CPH) == local(2026, 10, 26, 8, 0)  # winter time, still 08:00
    assert monday[0].utcoffset() == timedelta(0) and monday[0].hour == 7


# Hypothesis wants naive bounds and adds the zone itself.
starts = st.datetimes(min_value=datetime(2026, 1, 1),  # noqa: DTZ001
                      max_value=datetime(2027, 12, 20),  # noqa: DTZ001
                      timezones=st.just(UTC))
busy_items = st.lists(
    st.tuples(starts, st.integers(min_value=15, max_value=600)).map(
        lambda p: (p[0], p[0] + timedelta(minutes=p[1]))), max_size=60)


@settings(max_examples=150, deadline=None)
@given(start=starts, days=st.integers(1, 20), minutes=st.sampled_from([30, 45, 60, 90]),
       busy=busy_items, buffer=st.sampled_from([0, 15, 30]))
def test_every_slot_is_free_open_and_on_an_open_day(
    start: datetime, days: int, minutes: int, busy: list[tuple[datetime, datetime]], buffer: int,
) -> None:
    query = SlotQuery(start=start, end=start + timedelta(days=days),
                      duration=timedelta(minutes=minutes), buffer=timedelta(minutes=buffer),
                      limit=20)
    slots = free_slots(query, busy, HOURS, CPH)
    assert slots == sorted(slots)
    for slot_start, slot_end in slots:
        assert slot_end - slot_start == query.duration
        assert query.start <= slot_start and slot_end <= query.end
        assert is_open(slot_start, HOURS, CPH)
        assert is_open(slot_end - timedelta(microseconds=1), HOURS, CPH)
        assert open_interval(slot_start.astimezone(CPH).date(), HOURS) is not None
        for b_start, b_end in busy:
            gap = timedelta(minutes=buffer)
            assert slot_end <= b_start - gap or slot_start >= b_end + gap
