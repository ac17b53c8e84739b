"""Free-slot search: times free for everyone involved, inside opening hours, never on a closed day.

Pure functions over aware datetimes. Busy intervals are widened by a buffer (travel between a
job-centre meeting and ours), merged, and walked once with a pointer, so a search over thousands of
intervals costs one sort and one pass.
"""

from __future__ import annotations

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
    if widen:
        items = sorted([(s - widen, e + widen) for s, e in intervals if e > s])
    else:
        items = sorted([iv for iv in intervals if iv[1] > iv[0]])
    if not items:
        return []
    # One pass with the open interval in locals: this loop is most of a search's cost.
    merged: list[Interval] = []
    low, high = items[0]
    for start, end in items:
        if start <= high:
            if end > high:
                high = end
        else:
            merged.append((low, high))
            low, high = start, end
    merged.append((low, high))
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
               zone: ZoneInfo, *, unbuffered: Iterable[Interval] = ()) -> list[Interval]:
    """The first `limit` free slots, earliest first; deterministic for the same input.

    `busy` is widened by the buffer (travel to and from another appointment); `unbuffered`
    blocks exactly its own time (a worker's absence). The intervals are sorted once (in C) and
    then only swept as far as the search goes: finding the first slots of a crowded quarter
    costs a sort, not a pass over the whole quarter.
    """
    sweeps = (_Sweep(busy, query.buffer), _Sweep(unbuffered, timedelta(0)))
    found: list[Interval] = []
    for lo, hi in opening_windows(query.start, query.end, hours, zone):
        slot = _align(lo, query.step, zone)
        while slot + query.duration <= hi:
            until = max((u for s in sweeps if (u := s.blocked_until(slot, slot + query.duration))),
                        default=None)
            if until is not None:
                slot = _align(until, query.step, zone)
                continue
            found.append((slot.astimezone(UTC), (slot + query.duration).astimezone(UTC)))
            if len(found) >= query.limit:
                return found
            slot += query.step
    return found


class _Sweep:
    """Busy intervals sorted by start, consumed as the (only ever later) candidate slot moves.

    `reach` is the latest end among the intervals that begin before the candidate ends (widened
    by `widen`): the candidate is free exactly when that reach, widened, is not after its start.
    """

    def __init__(self, intervals: Iterable[Interval], widen: timedelta) -> None:
        self.items = sorted([iv for iv in intervals if iv[1] > iv[0]])
        self.widen = widen
        self.next = 0
        self.reach: datetime | None = None

    def blocked_until(self, start: datetime, end: datetime) -> datetime | None:
        """When the block on [start, end) ends, or None when the time is free."""
        limit, items, i, reach = end + self.widen, self.items, self.next, self.reach
        while i < len(items) and items[i][0] < limit:
            if reach is None or items[i][1] > reach:
                reach = items[i][1]
            i += 1
        self.next, self.reach = i, reach
        if reach is not None and reach + self.widen > start:
            return reach + self.widen
        return None


def _align(at: datetime, step: timedelta, zone: ZoneInfo) -> datetime:
    """`at` rounded up to the grid of `step` counted from local midnight."""
    local = at.astimezone(zone)
    midnight = datetime.combine(local.date(), datetime.min.time(), tzinfo=zone)
    since = local - midnight
    steps = -(-since // step)  # ceiling division of timedeltas
    return midnight + steps * step
