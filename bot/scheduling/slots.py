"""Free-slot search: times free for everyone involved, inside opening hours, never on a closed day.

Pure functions over aware datetimes. Busy intervals are widened by a buffer (travel between a
job-centre meeting and ours), merged, and walked once with a pointer, so a search over thousands of
intervals costs one sort and one pass.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.scheduling.hours import OpeningHours, open_interval

Interval = tuple[datetime, datetime]


@dataclass(frozen=True)
class SlotQuery:
    """What to look for: a duration between two instants, on a grid of `step`."""

    start: datetime
    end: datetime
    duration: timedelta
    buffer: timedelta = timedelta(minutes=30)
    step: timedelta = timedelta(minutes=15)
    limit: int = 10


def merge(intervals: Iterable[Interval], *, widen: timedelta = timedelta(0)) -> list[Interval]:
    """Sorted, non-overlapping intervals covering the same time (each widened by `widen`)."""
    merged: list[Interval] = []
    for start, end in sorted((s - widen, e + widen) for s, e in intervals if e > s):
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def opening_windows(start: datetime, end: datetime, hours: OpeningHours,
                    zone: ZoneInfo) -> Iterator[Interval]:
    """Each day's opening interval between `start` and `end`, as aware instants."""
    day: date = start.astimezone(zone).date()
    last = end.astimezone(zone).date()
    while day <= last:
        span = open_interval(day, hours)
        if span is not None:
            opens = datetime.combine(day, span[0], tzinfo=zone)
            closes = datetime.combine(day, span[1], tzinfo=zone)
            lo, hi = max(opens, start), min(closes, end)
            if hi > lo:
                yield lo, hi
        day += timedelta(days=1)


def free_slots(query: SlotQuery, busy: Iterable[Interval], hours: OpeningHours,
               zone: ZoneInfo) -> list[Interval]:
    """The first `limit` free slots, earliest first; deterministic for the same input."""
    blocked = merge(busy, widen=query.buffer)
    ends = [e for _, e in blocked]
    found: list[Interval] = []
    for lo, hi in opening_windows(query.start, query.end, hours, zone):
        slot = _align(lo, query.step, zone)
        while slot + query.duration <= hi:
            i = bisect_right(ends, slot)  # first blocked interval ending after `slot`
            if i < len(blocked) and blocked[i][0] < slot + query.duration:
                slot = _align(blocked[i][1], query.step, zone)
                continue
            found.append((slot.astimezone(UTC), (slot + query.duration).astimezone(UTC)))
            if len(found) >= query.limit:
                return found
            slot += query.step
    return found


def _align(at: datetime, step: timedelta, zone: ZoneInfo) -> datetime:
    """`at` rounded up to the grid of `step` counted from local midnight."""
    local = at.astimezone(zone)
    midnight = datetime.combine(local.date(), datetime.min.time(), tzinfo=zone)
    since = local - midnight
    steps = -(-since // step)  # ceiling division of timedeltas
    return midnight + steps * step
