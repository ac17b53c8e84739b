"""The fast slot search (UTC walk) finds exactly the slots of the plain local-clock walk.

`reference_free_slots` is the slot finder as first written (every candidate on the local clock,
busy intervals compared as they come): slow, but obviously the intended meaning for office
hours. The fast one must agree with it on every input — around both DST changes and the year
boundary, in zones with half- and quarter-hour offsets, with busy intervals and the search's
bounds in any zone.

For a team open through the night of a clock change the first version could loop forever (in
the hour a clock turns back, rounding up on the wall clock went back in time); there the search
must end and keep the slot finder's properties, checked on their own.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.scheduling.hours import OpeningHours, open_interval
from bot.scheduling.slots import Interval, SlotQuery, free_slots

ZONES = [
    ZoneInfo(z)
    for z in ("Europe/Copenhagen", "America/St_Johns", "Asia/Kathmandu", "Australia/Lord_Howe")
]
OFFICE = OpeningHours()
# Open around the clock on Sundays (and nights into Monday): windows with a clock change inside.
ROUND_THE_CLOCK = OpeningHours(week={6: (time(0), time(23, 45)), 0: (time(0, 30), time(9))})


def reference_free_slots(
    query: SlotQuery,
    busy: Iterable[Interval],
    hours: OpeningHours,
    zone: ZoneInfo,
    *,
    unbuffered: Iterable[Interval] = (),
) -> list[Interval]:
    """The slot finder as first written: every candidate on the local clock."""

    def align(at: datetime) -> datetime:
        local = at.astimezone(zone)
        midnight = datetime.combine(local.date(), datetime.min.time(), tzinfo=zone)
        return midnight + -(-(local - midnight) // query.step) * query.step

    def blocked_until(
        items: list[Interval], widen: timedelta, start: datetime, end: datetime
    ) -> datetime | None:
        reach = max((e for s, e in items if s < end + widen), default=None)
        return reach + widen if reach is not None and reach + widen > start else None

    widened = sorted(iv for iv in busy if iv[1] > iv[0])
    exact = sorted(iv for iv in unbuffered if iv[1] > iv[0])
    found: list[Interval] = []
    day = query.start.astimezone(zone).date()
    while day <= query.end.astimezone(zone).date():
        span = open_interval(day, hours)
        if span is not None:
            lo = max(datetime.combine(day, span[0], tzinfo=zone), query.start)
            hi = min(datetime.combine(day, span[1], tzinfo=zone), query.end)
            slot = align(lo)
            while hi > lo and slot + query.duration <= hi:
                ends = [
                    u
                    for u in (
                        blocked_until(widened, query.buffer, slot, slot + query.duration),
                        blocked_until(exact, timedelta(0), slot, slot + query.duration),
                    )
                    if u
                ]
                if ends:
                    slot = align(max(ends))
                    continue
                found.append((slot.astimezone(UTC), (slot + query.duration).astimezone(UTC)))
                if len(found) >= query.limit:
                    return found
                slot += query.step
        day += timedelta(days=1)
    return found


# Around both clock changes of 2027 in Europe (28 March, 31 October), Lord Howe's (4 April) and
# the year boundary. Hypothesis wants naive bounds; the test adds the zone.
FIRST_DAYS = [
    datetime(y, m, d, tzinfo=UTC).replace(tzinfo=None)
    for y, m, d in ((2027, 3, 25), (2027, 10, 28), (2027, 12, 29), (2027, 4, 1))
]
starts = st.sampled_from(FIRST_DAYS).flatmap(
    lambda d: st.datetimes(min_value=d, max_value=d + timedelta(days=4))
)


@st.composite
def intervals(draw: st.DrawFn, around: datetime) -> list[Interval]:
    items = []
    for _ in range(draw(st.integers(0, 40))):
        begin = around + timedelta(minutes=15 * draw(st.integers(-20, 8 * 96)))
        length = timedelta(minutes=draw(st.integers(-30, 600)))  # empty ones are ignored
        zone = draw(st.sampled_from([UTC, *ZONES]))
        items.append((begin.astimezone(zone), (begin + length).astimezone(zone)))
    return items


@settings(max_examples=300, deadline=None)
@given(
    data=st.data(),
    start=starts,
    zone=st.sampled_from(ZONES),
    hours=st.just(OFFICE),
    days=st.integers(1, 9),
    minutes=st.sampled_from([15, 30, 60, 90]),
    step=st.sampled_from([15, 20, 60]),
    buffer=st.sampled_from([0, 30]),
    limit=st.sampled_from([3, 40, 1000]),
    asked_in=st.sampled_from([None, UTC, *ZONES]),
)
def test_the_fast_search_finds_the_reference_slots(
    data: st.DataObject,
    start: datetime,
    zone: ZoneInfo,
    hours: OpeningHours,
    days: int,
    minutes: int,
    step: int,
    buffer: int,
    limit: int,
    asked_in: ZoneInfo | None,
) -> None:
    begin = start.replace(tzinfo=zone)
    if asked_in is not None:  # the bounds of the search given in another zone (or in UTC)
        begin = begin.astimezone(asked_in)
    busy = data.draw(intervals(begin))
    away = data.draw(intervals(begin))
    query = SlotQuery(
        start=begin,
        end=begin + timedelta(days=days),
        duration=timedelta(minutes=minutes),
        buffer=timedelta(minutes=buffer),
        step=timedelta(minutes=step),
        limit=limit,
    )
    fast = free_slots(query, busy, hours, zone, unbuffered=away)
    assert fast == reference_free_slots(query, busy, hours, zone, unbuffered=away)
    assert all(s.tzinfo is UTC and e.tzinfo is UTC for s, e in fast)


@settings(max_examples=300, deadline=None)
@given(
    data=st.data(),
    start=starts,
    zone=st.sampled_from(ZONES),
    days=st.integers(1, 9),
    minutes=st.sampled_from([15, 30, 60, 90]),
    step=st.sampled_from([15, 20, 60]),
    buffer=st.sampled_from([0, 30]),
)
def test_a_team_open_through_a_clock_change_gets_real_free_slots_on_the_local_grid(
    data: st.DataObject,
    start: datetime,
    zone: ZoneInfo,
    days: int,
    minutes: int,
    step: int,
    buffer: int,
) -> None:
    begin = start.replace(tzinfo=zone)
    busy = data.draw(intervals(begin))
    query = SlotQuery(
        start=begin,
        end=begin + timedelta(days=days),
        duration=timedelta(minutes=minutes),
        buffer=timedelta(minutes=buffer),
        step=timedelta(minutes=step),
        limit=1000,
    )
    slots = free_slots(query, busy, ROUND_THE_CLOCK, zone)
    assert all(a[0] < b[0] for a, b in zip(slots, slots[1:], strict=False))  # onwards only
    gap = timedelta(minutes=buffer)
    for slot_start, slot_end in slots:
        assert slot_end - slot_start == query.duration  # real time, also across a change
        assert query.start <= slot_start and slot_end <= query.end
        local = slot_start.astimezone(zone)
        span = open_interval(local.date(), ROUND_THE_CLOCK)
        assert span is not None
        assert datetime.combine(local.date(), span[0], tzinfo=zone) <= slot_start
        assert slot_end <= datetime.combine(local.date(), span[1], tzinfo=zone)
        since_midnight = timedelta(hours=local.hour, minutes=local.minute)
        assert since_midnight % query.step == timedelta(0) and local.second == 0
        for b_start, b_end in busy:
            if b_end > b_start:
                assert slot_end <= b_start - gap or slot_start >= b_end + gap
