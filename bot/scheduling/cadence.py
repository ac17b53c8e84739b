"""Follow-up cadence: when each family's next check-in is due, and who needs an offer or is late.

Pure functions over local dates (no I/O). The model fixes the cadence: every 6 weeks in
§50/§52 cases (`6w`), every 3 months in §41/§42/§44 cases (`3m`), counted from the last *held*
check-in. A family on a cadence that has never had one is due today. `none` is never due.

Planning is one pass over the families (linear in their number): a family with a check-in
already booked needs nothing; one due within `ahead` days gets an offer of times in the
console; one past its due date is overdue and shown to the team lead.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

CADENCES = ("6w", "3m", "none")
AHEAD = timedelta(days=14)
"""How long before the due date the primary contact is offered times."""


class State(StrEnum):
    """Where a family stands with its follow-up."""

    NOT_DUE = "not_due"
    OFFER = "offer"  # due soon: offer the primary contact times
    OVERDUE = "overdue"  # past the due date and nothing booked
    BOOKED = "booked"  # a check-in is booked (possibly after the due date: see `late`)


@dataclass(frozen=True, slots=True)
class Cadence:
    """What planning needs of one family: its cadence, last held and next booked check-in."""

    family_id: int
    follow_up: str
    last_held: date | None = None
    next_booked: date | None = None


@dataclass(frozen=True, slots=True)
class FollowUp:
    """A family's follow-up: its due date, its state and whether the booked one is late."""

    family_id: int
    due: date
    state: State
    booked: date | None = None

    @property
    def late(self) -> bool:
        """True when the follow-up is overdue, or booked after its due date."""
        if self.state is State.OVERDUE:
            return True
        return self.booked is not None and self.booked > self.due


def add_months(day: date, months: int) -> date:
    """`day` plus calendar months; the 31st becomes the month's last day when it has none."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def due_date(follow_up: str, last_held: date | None, today: date) -> date | None:
    """The next check-in's due date; `today` when none was ever held; None for `none`."""
    if follow_up == "none":
        return None
    if follow_up not in CADENCES:
        raise ValueError(f"unknown follow-up cadence {follow_up!r}")
    if last_held is None:
        return today
    if follow_up == "6w":
        return last_held + timedelta(weeks=6)
    return add_months(last_held, 3)


def follow_up(item: Cadence, today: date, *, ahead: timedelta = AHEAD) -> FollowUp | None:
    """One family's follow-up; None when it has no cadence."""
    due = due_date(item.follow_up, item.last_held, today)
    if due is None:
        return None
    if item.next_booked is not None:
        return FollowUp(item.family_id, due, State.BOOKED, item.next_booked)
    if due < today:
        return FollowUp(item.family_id, due, State.OVERDUE)
    if due - today <= ahead:
        return FollowUp(item.family_id, due, State.OFFER)
    return FollowUp(item.family_id, due, State.NOT_DUE)


@dataclass
class Plan:
    """The families that need something, each list ordered by due date, then family id."""

    offer: list[FollowUp]
    overdue: list[FollowUp]
    late_booked: list[FollowUp]


def plan(items: Iterable[Cadence], today: date, *, ahead: timedelta = AHEAD) -> Plan:
    """Which families need an offer of times, are overdue, or are booked later than due."""
    offer: list[FollowUp] = []
    overdue: list[FollowUp] = []
    late_booked: list[FollowUp] = []
    for item in items:
        result = follow_up(item, today, ahead=ahead)
        if result is None:
            continue
        if result.state is State.OFFER:
            offer.append(result)
        elif result.state is State.OVERDUE:
            overdue.append(result)
        elif result.state is State.BOOKED and result.late:
            late_booked.append(result)

    def order(f: FollowUp) -> tuple[date, int]:
        return f.due, f.family_id

    # The lists are small next to the input (the families needing action), so sorting them
    # keeps the whole linear in practice.
    return Plan(sorted(offer, key=order), sorted(overdue, key=order),
                sorted(late_booked, key=order))


HELLO_CLEARANCE = timedelta(days=7)
"""No informal message within a week of the follow-up itself: the invitation is enough."""


def hello_day(item: Cadence, today: date, weekday: int) -> date | None:
    """The day of the informal "how are you?" between two follow-ups, on the family's weekday.

    Halfway from the last held check-in to the next due date, on the first `weekday` (0 =
    Monday) from there; None when the family was never met, has no cadence, or that day
    would fall within a week of the due date.
    """
    if item.last_held is None:
        return None
    due = due_date(item.follow_up, item.last_held, today)
    if due is None:
        return None
    halfway = item.last_held + (due - item.last_held) / 2
    day = halfway + timedelta(days=(weekday - halfway.weekday()) % 7)
    return day if day < due - HELLO_CLEARANCE else None
