"""Free-slot search: times free for everyone involved, inside opening hours, never on a closed day.

Pure functions over aware datetimes. Busy intervals are widened by a buffer (travel between a
job-centre meeting and ours), merged, and walked once with a pointer, so a search over thousands of
intervals costs one sort and one pass.

Why the search works in UTC: Python compares two aware datetimes field by field only when they
share one tzinfo object; otherwise every comparison asks both zones for their offset. Busy times
come from the database in UTC, so the busy intervals are kept in UTC (`datetime.UTC`) and an
opening window is walked in UTC too — which gives the same slots as walking it on the local
clock, as long as the clock does not change inside the window (it never does for office hours:
clocks change at night). A window that does contain a change (a team open at night) is walked
instant by instant, with slots of real duration (`_walk_local`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from operator import itemgetter
from zoneinfo import ZoneInfo

from bot.scheduling.hours import OpeningHours, open_interval

Interval = tuple[datetime, datetime]
_START = itemgetter(0)


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
    # Sorted by start only: the merged result does not depend on the order of equal starts.
    if widen:
        items = sorted([(s - widen, e + widen) for s, e in intervals if e > s], key=_START)
    else:
        items = sorted([iv for iv in intervals if iv[1] > iv[0]], key=_START)
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
    buffered, exact = _Sweep(busy, query.buffer), _Sweep(unbuffered, timedelta(0))
    duration, step, limit = query.duration, query.step, query.limit
    found: list[Interval] = []
    for lo, hi in opening_windows(query.start, query.end, hours, zone):
        # On the team's clock (the query's bounds may be in another zone).
        lo, hi = lo.astimezone(zone), hi.astimezone(zone)
        offset = lo.utcoffset()
        if offset is None or offset != hi.utcoffset():  # the clock changes inside the window
            if _walk_local(lo, hi, query, buffered, exact, zone, found):
                return found
            continue
        # No clock change inside the window: walk it in UTC. `base` is the window's local
        # midnight on a clock with the window's offset, so the grid of `step` from it is the
        # local grid (what `_on_grid` computes, without asking the zone).
        base = datetime.combine(lo.date(), time(), tzinfo=UTC) - offset
        slot = base + -(-(lo - base) // step) * step
        hi = hi.astimezone(UTC)
        while slot + duration <= hi:
            end = slot + duration
            until = buffered.blocked_until(slot, end)
            other = exact.blocked_until(slot, end)
            if other is not None and (until is None or other > until):
                until = other
            if until is not None:
                slot = base + -(-(until - base) // step) * step
                continue
            found.append((slot, end))
            if len(found) >= limit:
                return found
            slot += step
    return found


def _walk_local(lo: datetime, hi: datetime, query: SlotQuery, buffered: _Sweep, exact: _Sweep,
                zone: ZoneInfo, found: list[Interval]) -> bool:
    """Add the free slots of a window with a clock change in it; True when `found` is full.

    Only a team open at night has one. Slots last `duration` of real time and start at instants
    whose local clock shows a time on the grid; in the hour a clock turned back repeats, both
    of its instants count. (Stepping on the wall clock here could step back in time, forever.)
    """
    slot, hi = _on_grid(lo, query.step, zone), hi.astimezone(UTC)
    while slot + query.duration <= hi:
        end = slot + query.duration
        until = max((u for s in (buffered, exact) if (u := s.blocked_until(slot, end))),
                    default=None)
        if until is not None:
            slot = _on_grid(until, query.step, zone)
            continue
        found.append((slot, end))
        if len(found) >= query.limit:
            return True
        slot = _on_grid(slot + _TICK, query.step, zone)
    return False


_TICK = timedelta(microseconds=1)


def _on_grid(at: datetime, step: timedelta, zone: ZoneInfo) -> datetime:
    """The first instant (UTC) at or after `at` whose local clock time is on the grid of `step`
    counted from local midnight."""
    local = at.astimezone(zone)
    wall = local.replace(tzinfo=None, fold=0)
    midnight = datetime.combine(wall.date(), time())
    grid = midnight + -(-(wall - midnight) // step) * step
    for fold in (0, 1):  # a wall-clock time the clock turned back over is there twice
        candidate = grid.replace(tzinfo=zone, fold=fold).astimezone(UTC)
        if candidate >= at:
            return candidate
    return _on_grid(grid.replace(tzinfo=zone, fold=1) + step, step, zone)


class _Sweep:
    """Busy intervals sorted by start, consumed as the (only ever later) candidate slot moves.

    `reach` is the latest end among the intervals that begin before the candidate ends (widened
    by `widen`): the candidate is free exactly when that reach, widened, is not after its start.
    """

    def __init__(self, intervals: Iterable[Interval], widen: timedelta) -> None:
        # The non-empty intervals in UTC (see the module's docstring), sorted by start only: the
        # sweep does not care how equal starts are ordered, and comparing one datetime is cheaper
        # than comparing a tuple.
        items = [iv if iv[0].tzinfo is UTC and iv[1].tzinfo is UTC
                 else (iv[0].astimezone(UTC), iv[1].astimezone(UTC))
                 for iv in intervals if iv[1] > iv[0]]
        items.sort(key=_START)
        self.items = items
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
