"""When an appointment's reminders go out: offsets before it, never in quiet hours, never late.

Pure functions over aware datetimes (no I/O). An offset is real time ("24 hours before" is 24
real hours, also across a DST change); quiet hours are local clock times in the team's zone.

Decisions, written down:
- A reminder that falls in quiet hours moves to the *last allowed time before*: the start of that
  quiet period minus `QuietHours.margin` (default 15 minutes, so that a busy outbox or Twilio's
  queue still delivers it before the quiet period starts).
- A reminder is dropped, never sent late: when its time is not before the appointment, or when
  it is already in the past (a booking made the evening before cannot be reminded "the day
  before").
- Two reminders closer than `MIN_GAP` are one too many: the one nearer the appointment is kept
  (it is the more useful) and the earlier one is dropped.
- A notice that must go out *now* (a confirmation, a change) but falls in quiet hours waits for
  the end of the quiet period instead (`next_allowed`): there is no "before" left.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

DEFAULT_OFFSETS = (timedelta(days=1), timedelta(hours=2))
MIN_GAP = timedelta(hours=1)


@dataclass(frozen=True)
class QuietHours:
    """Local clock times between which no family gets a message (default 20:00 to 08:00).

    `start == end` means no quiet hours at all.
    """

    start: time = time(20, 0)
    end: time = time(8, 0)
    margin: timedelta = timedelta(minutes=15)

    def contains(self, at: datetime, zone: ZoneInfo) -> bool:
        """True when `at` is inside quiet hours, read on the local clock in `zone`."""
        clock = at.astimezone(zone).time().replace(tzinfo=None)
        if self.start == self.end:
            return False
        if self.start < self.end:
            return self.start <= clock < self.end
        return clock >= self.start or clock < self.end  # the period spans midnight


@dataclass(frozen=True)
class Planned:
    """One reminder: its kind, its send time (UTC), or why it is dropped (then `due_at` is None)."""

    kind: str
    due_at: datetime | None
    dropped: str | None = None


def _local(day: date, clock: time, zone: ZoneInfo) -> datetime:
    """The instant a local clock shows `clock` on `day` (a time in a DST gap moves forward)."""
    naive = datetime.combine(day, clock)
    aware = naive.replace(tzinfo=zone)
    # Round-trip through UTC: a time that does not exist (spring forward) becomes the real one.
    return aware.astimezone(UTC).astimezone(zone)


def quiet_start(at: datetime, quiet: QuietHours, zone: ZoneInfo) -> datetime:
    """The start of the quiet period that contains `at` (`at` must be inside quiet hours)."""
    local = at.astimezone(zone)
    day = local.date()
    if quiet.start > quiet.end and local.time().replace(tzinfo=None) < quiet.end:
        day -= timedelta(days=1)  # after midnight: the period began the evening before
    return _local(day, quiet.start, zone)


def quiet_end(at: datetime, quiet: QuietHours, zone: ZoneInfo) -> datetime:
    """The end of the quiet period that contains `at` (`at` must be inside quiet hours)."""
    local = at.astimezone(zone)
    day = local.date()
    if quiet.start > quiet.end and local.time().replace(tzinfo=None) >= quiet.start:
        day += timedelta(days=1)  # before midnight: the period ends the next morning
    return _local(day, quiet.end, zone)


def last_allowed(at: datetime, quiet: QuietHours, zone: ZoneInfo) -> datetime:
    """`at` itself outside quiet hours, else the last allowed time before its quiet period."""
    if not quiet.contains(at, zone):
        return at.astimezone(UTC)
    moved = quiet_start(at, quiet, zone) - quiet.margin
    if quiet.contains(moved, zone):  # the allowed hours are shorter than the margin
        moved = quiet_end(moved, quiet, zone)  # so the start of those allowed hours
    return moved.astimezone(UTC)


def next_allowed(at: datetime, quiet: QuietHours, zone: ZoneInfo) -> datetime:
    """`at` itself outside quiet hours, else the end of its quiet period."""
    if not quiet.contains(at, zone):
        return at.astimezone(UTC)
    return quiet_end(at, quiet, zone).astimezone(UTC)


def kind_for(offset: timedelta) -> str:
    """The notice kind of a reminder `offset` before: reminder_1d, reminder_2h, reminder_90m."""
    minutes = int(offset.total_seconds() // 60)
    if minutes % (24 * 60) == 0:
        return f"reminder_{minutes // (24 * 60)}d"
    if minutes % 60 == 0:
        return f"reminder_{minutes // 60}h"
    return f"reminder_{minutes}m"


def plan_reminders(
    starts_at: datetime, offsets: tuple[timedelta, ...] | list[timedelta], *,
    quiet: QuietHours, zone: ZoneInfo, now: datetime,
) -> list[Planned]:
    """The reminders of an appointment at `starts_at`, earliest first (dropped ones last)."""
    # Offsets are real time: subtract in UTC (aware arithmetic in one zone is wall-clock time).
    starts_at, now = starts_at.astimezone(UTC), now.astimezone(UTC)
    kept: list[Planned] = []
    dropped: list[Planned] = []
    for offset in sorted(set(offsets)):  # nearest the appointment first
        kind = kind_for(offset)
        if offset <= timedelta(0):
            dropped.append(Planned(kind, None, "not before the appointment"))
            continue
        due = last_allowed(starts_at - offset, quiet, zone)
        if due >= starts_at:
            dropped.append(Planned(kind, None, "not before the appointment"))
        elif due < now:
            dropped.append(Planned(kind, None, "already past when planned"))
        elif any(abs(p.due_at - due) < MIN_GAP for p in kept if p.due_at is not None):
            dropped.append(Planned(kind, None, "too close to a nearer reminder"))
        else:
            kept.append(Planned(kind, due))
    kept.sort(key=lambda p: p.due_at or starts_at)
    return kept + dropped
