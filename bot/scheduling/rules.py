"""A team's rules of time: working hours, closed days, quiet hours, buffer, reminder offsets.

Pure values. A team without a `team_schedules` row gets `TeamRules.default(zone)`: Monday–Thursday
08:00–15:30, Friday 08:00–13:00, Danish public holidays, 24 and 31 December, 5 June from 12:00,
quiet hours 20:00–08:00, a 30-minute buffer and reminders one day and two hours before.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from bot.scheduling.hours import DEFAULT_WEEK, ClosedDay, OpeningHours

DEFAULT_CLOSED_DAYS: tuple[ClosedDay, ...] = OpeningHours().closed_days
DEFAULT_QUIET = (time(20), time(8))
DEFAULT_BUFFER = timedelta(minutes=30)
DEFAULT_REMINDERS: tuple[timedelta, ...] = (timedelta(days=1), timedelta(hours=2))


@dataclass(frozen=True)
class TeamRules:
    """Everything the slot finder, the clash check and the reminders need to know about a team."""

    zone: ZoneInfo
    hours: OpeningHours = field(default_factory=OpeningHours)
    quiet_start: time = DEFAULT_QUIET[0]
    quiet_end: time = DEFAULT_QUIET[1]
    buffer: timedelta = DEFAULT_BUFFER
    reminder_offsets: tuple[timedelta, ...] = DEFAULT_REMINDERS

    @classmethod
    def default(cls, zone: ZoneInfo) -> TeamRules:
        return cls(zone=zone)

    def in_quiet_hours(self, at: datetime) -> bool:
        """True when `at` (any zone) falls in the team's quiet hours, read in the team's zone."""
        local = at.astimezone(self.zone).time()
        if self.quiet_start <= self.quiet_end:
            return self.quiet_start <= local < self.quiet_end
        return local >= self.quiet_start or local < self.quiet_end


def parse_hhmm(value: str, *, name: str) -> time:
    """'08:00' → time(8, 0); a ValueError naming `name` otherwise."""
    try:
        hours, minutes = value.split(":")
        return time(int(hours), int(minutes))
    except (ValueError, AttributeError) as exc:
        raise ValueError(f"{name}: expected HH:MM, got {value!r}") from exc


def week_from_json(week: Mapping[str, Any]) -> dict[int, tuple[time, time]]:
    """{"0": ["08:00", "15:30"]} → {0: (08:00, 15:30)}; a weekday left out is closed."""
    result: dict[int, tuple[time, time]] = {}
    for key, span in week.items():
        day = int(key)
        if not 0 <= day <= 6:
            raise ValueError(f"week: weekday {key} is not 0 (Monday) to 6 (Sunday)")
        if span is None:
            continue
        opens = parse_hhmm(span[0], name=f"week.{key}")
        closes = parse_hhmm(span[1], name=f"week.{key}")
        if closes <= opens:
            raise ValueError(f"week.{key}: closes before it opens")
        result[day] = (opens, closes)
    return result


def week_to_json(week: Mapping[int, tuple[time, time]]) -> dict[str, list[str]]:
    return {str(day): [s.strftime("%H:%M"), e.strftime("%H:%M")]
            for day, (s, e) in sorted(week.items())}


def closed_days_from_json(items: Iterable[Mapping[str, Any]]) -> tuple[ClosedDay, ...]:
    days = []
    for item in items:
        from_time = item.get("from")
        begins = parse_hhmm(from_time, name="closed_days.from") if from_time else None
        days.append(ClosedDay(int(item["month"]), int(item["day"]), begins))
    return tuple(days)


def closed_days_to_json(days: Iterable[ClosedDay]) -> list[dict[str, Any]]:
    return [{"month": d.month, "day": d.day,
             "from": d.from_time.strftime("%H:%M") if d.from_time else None} for d in days]


def build_rules(
    zone: ZoneInfo, *, week: Mapping[str, Any] | None = None,
    closed_days: Sequence[Mapping[str, Any]] | None = None,
    closed_dates: Sequence[str] = (), quiet_start: time = DEFAULT_QUIET[0],
    quiet_end: time = DEFAULT_QUIET[1], buffer_minutes: int = 30,
    reminder_offsets_minutes: Sequence[int] = (1440, 120),
) -> TeamRules:
    """Rules from stored (JSON-shaped) values; `None` means the default."""
    hours = OpeningHours(
        week=week_from_json(week) if week is not None else dict(DEFAULT_WEEK),
        closed_days=(closed_days_from_json(closed_days) if closed_days is not None
                     else DEFAULT_CLOSED_DAYS),
        closed_dates=frozenset(date.fromisoformat(d) for d in closed_dates),
    )
    return TeamRules(
        zone=zone, hours=hours, quiet_start=quiet_start, quiet_end=quiet_end,
        buffer=timedelta(minutes=buffer_minutes),
        reminder_offsets=tuple(sorted((timedelta(minutes=m) for m in reminder_offsets_minutes),
                                      reverse=True)),
    )
