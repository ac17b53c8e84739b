"""Who takes a request: the best present worker for its domain, else the family's contact.

Pure: the caller loads candidates (workers of the team with a level in the domain, and their
open requests) and absences; this module only decides.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Candidate:
    """A worker who knows the domain: their level (3 specialist, 2 advises, 1 alone) and load."""

    worker_id: int
    level: int
    open_load: int


@dataclass(frozen=True)
class Absence:
    """A worker away from `starts_at` (inclusive) to `ends_at` (exclusive)."""

    worker_id: int
    starts_at: datetime
    ends_at: datetime


def absent_at(absences: Iterable[Absence], at: datetime) -> frozenset[int]:
    """The workers away at `at`."""
    return frozenset(a.worker_id for a in absences if a.starts_at <= at < a.ends_at)


def best_worker(
    candidates: Iterable[Candidate],
    *,
    absences: Iterable[Absence],
    at: datetime,
    contacts: Sequence[int],
) -> int:
    """The worker a request goes to.

    The highest level first (3, then 2, then 1), skipping whoever is away at `at`; among equals
    the one with the fewest open requests, then the lowest id, so the answer never depends on the
    order of the input. With nobody present who knows the domain, the family's first present
    contact (primary, then partner) takes it; with both away, the primary still does, because a
    request must have an owner and the escalation will bring in the partner and the lead.
    """
    away = absent_at(absences, at)
    present = [c for c in candidates if c.worker_id not in away and c.level in (1, 2, 3)]
    if present:
        return min(present, key=lambda c: (-c.level, c.open_load, c.worker_id)).worker_id
    if not contacts:
        raise ValueError("a family has contacts; none were given")
    return next((w for w in contacts if w not in away), contacts[0])
