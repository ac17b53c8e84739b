"""What blocks a time (busy times, appointments, absences, weekly windows) and the clash check.

Pure functions. A `Block` says what it is and whose it is, so a refused booking can list exactly
what it clashes with, and the slot finder sees the same blocks the booking check sees.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.scheduling.hours import open_interval
from bot.scheduling.rules import TeamRules
from bot.scheduling.slots import Interval, SlotQuery, free_slots

# Kinds a buffer applies around (travel to and from another appointment); an absence blocks
# exactly its own time.
BUFFERED = frozenset({"busy", "appointment", "window"})


@dataclass(frozen=True)
class Block:
    """A time someone involved is not available: kind, whose (member/worker/family), a label."""

    kind: str  # busy | appointment | absence | window
    start: datetime
    end: datetime
    label: str
    ref_id: int | None = None
    member_id: int | None = None  # None with worker_id None: the whole family
    worker_id: int | None = None


@dataclass(frozen=True)
class Clash:
    """One reason a proposed time cannot be booked."""

    kind: str  # busy | appointment | absence | window | closed_day | outside_hours
    label: str
    start: datetime | None = None
    end: datetime | None = None
    ref_id: int | None = None
    member_id: int | None = None
    worker_id: int | None = None


def weekly_intervals(
    windows: Iterable[tuple[int, time, time]], start: datetime, end: datetime, zone: ZoneInfo,
) -> Iterator[Interval]:
    """Each weekly window (weekday, from, to; local) as instants between `start` and `end`.

    A window whose end is not after its start runs past midnight (a night shift).
    """
    by_day: dict[int, list[tuple[time, time]]] = {}
    for weekday, begins, ends in windows:
        by_day.setdefault(weekday, []).append((begins, ends))
    if not by_day:
        return
    day = (start.astimezone(zone) - timedelta(days=1)).date()
    last = end.astimezone(zone).date()
    while day <= last:
        for begins, ends in by_day.get(day.weekday(), ()):
            lo = datetime.combine(day, begins, tzinfo=zone)
            end_day = day if ends > begins else day + timedelta(days=1)
            hi = datetime.combine(end_day, ends, tzinfo=zone)
            if hi > start and lo < end:
                # In UTC, like busy times from the database: the slot finder compares faster.
                yield lo.astimezone(UTC), hi.astimezone(UTC)
        day += timedelta(days=1)


def find_slots(
    rules: TeamRules, blocks: Iterable[Block], *, start: datetime, end: datetime,
    duration: timedelta, limit: int = 10, step: timedelta = timedelta(minutes=15),
) -> list[Interval]:
    """Free slots for everyone the blocks belong to, inside the team's hours, earliest first."""
    blocks = blocks if isinstance(blocks, list) else list(blocks)
    buffered = [(b.start, b.end) for b in blocks if b.kind in BUFFERED]
    exact = [(b.start, b.end) for b in blocks if b.kind not in BUFFERED]
    query = SlotQuery(start=start, end=end, duration=duration, buffer=rules.buffer, step=step,
                      limit=limit)
    return free_slots(query, buffered, rules.hours, rules.zone, unbuffered=exact)


def prefer(slots: Iterable[Interval], preferred: Iterable[tuple[int, time, time]],
           zone: ZoneInfo, *, limit: int) -> list[Interval]:
    """Slots wholly inside one of the family's preferred weekly times first, then the rest;
    each group earliest first."""
    windows = list(preferred)

    def inside(slot: Interval) -> bool:
        lo, hi = slot[0].astimezone(zone), slot[1].astimezone(zone)
        return lo.date() == hi.date() and any(
            weekday == lo.weekday() and begins <= lo.time() and hi.time() <= ends
            for weekday, begins, ends in windows)

    ordered = sorted(slots)
    chosen = [s for s in ordered if inside(s)]
    chosen += [s for s in ordered if not inside(s)]
    return chosen[:limit]


def clashes(rules: TeamRules, blocks: Iterable[Block], *, start: datetime,
            end: datetime) -> list[Clash]:
    """Everything that stops booking [start, end): closed days, hours, and overlapping blocks."""
    found: list[Clash] = []
    local_start, local_end = start.astimezone(rules.zone), end.astimezone(rules.zone)
    span = open_interval(local_start.date(), rules.hours)
    if span is None:
        found.append(Clash("closed_day", f"{local_start.date().isoformat()} is a closed day"))
    else:
        opens = datetime.combine(local_start.date(), span[0], tzinfo=rules.zone)
        closes = datetime.combine(local_start.date(), span[1], tzinfo=rules.zone)
        if local_start < opens or local_end > closes:
            found.append(Clash(
                "outside_hours",
                f"outside working hours ({span[0]:%H:%M}–{span[1]:%H:%M} on "
                f"{local_start.date().isoformat()})"))
    for block in sorted(blocks, key=lambda b: (b.start, b.end, b.kind, b.ref_id or 0)):
        widen = rules.buffer if block.kind in BUFFERED else timedelta(0)
        if block.start - widen < end and start < block.end + widen:
            found.append(Clash(block.kind, block.label, block.start, block.end, block.ref_id,
                               block.member_id, block.worker_id))
    return found
