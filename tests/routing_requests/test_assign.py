"""Who a request goes to: specialist first, nobody who is away, the least loaded, deterministic."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from bot.routing.assign import Absence, Candidate, best_worker

NOW = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
CONTACTS = (100, 101)


def away(worker_id: int) -> Absence:
    return Absence(worker_id, NOW - timedelta(days=1), NOW + timedelta(days=1))


def test_the_specialist_comes_before_an_adviser_and_a_generalist() -> None:
    candidates = [Candidate(1, 1, 0), Candidate(2, 3, 5), Candidate(3, 2, 0)]
    assert best_worker(candidates, absences=[], at=NOW, contacts=CONTACTS) == 2


def test_an_absent_specialist_is_skipped_for_the_next_level() -> None:
    candidates = [Candidate(1, 1, 0), Candidate(2, 3, 0), Candidate(3, 2, 0)]
    assert best_worker(candidates, absences=[away(2)], at=NOW, contacts=CONTACTS) == 3
    assert best_worker(candidates, absences=[away(2), away(3)], at=NOW, contacts=CONTACTS) == 1


def test_an_absence_counts_only_while_it_lasts() -> None:
    candidates = [Candidate(2, 3, 0), Candidate(3, 2, 0)]
    over = Absence(2, NOW - timedelta(days=3), NOW)  # ended exactly now
    later = Absence(2, NOW + timedelta(minutes=1), NOW + timedelta(days=2))
    assert best_worker(candidates, absences=[over, later], at=NOW, contacts=CONTACTS) == 2


def test_the_lower_open_load_wins_among_equals_then_the_lower_id() -> None:
    assert best_worker([Candidate(7, 3, 4), Candidate(9, 3, 1)], absences=[], at=NOW,
                       contacts=CONTACTS) == 9
    assert best_worker([Candidate(9, 3, 1), Candidate(7, 3, 1)], absences=[], at=NOW,
                       contacts=CONTACTS) == 7


def test_without_anyone_for_the_domain_the_primary_contact_takes_it() -> None:
    assert best_worker([], absences=[], at=NOW, contacts=CONTACTS) == 100
    assert best_worker([], absences=[away(100)], at=NOW, contacts=CONTACTS) == 101
    assert best_worker([Candidate(5, 3, 0)], absences=[away(5)], at=NOW, contacts=CONTACTS) == 100
    # Both contacts away: the request still has an owner (escalation brings in the others).
    assert best_worker([], absences=[away(100), away(101)], at=NOW, contacts=CONTACTS) == 100


candidate_lists = st.lists(
    st.builds(Candidate, st.integers(1, 30), st.integers(1, 3), st.integers(0, 10)),
    max_size=12, unique_by=lambda c: c.worker_id)


@given(candidate_lists, st.sets(st.integers(1, 30)), st.randoms())
def test_the_choice_is_the_best_present_candidate_whatever_the_order(
    candidates: list[Candidate], absent: set[int], rng: object,
) -> None:
    absences = [away(w) for w in absent]
    chosen = best_worker(candidates, absences=absences, at=NOW, contacts=CONTACTS)
    shuffled = list(candidates)
    rng.shuffle(shuffled)  # type: ignore[attr-defined]
    assert best_worker(shuffled, absences=absences, at=NOW, contacts=CONTACTS) == chosen
    present = [c for c in candidates if c.worker_id not in absent]
    if not present:
        assert chosen in CONTACTS
        return
    best = next(c for c in present if c.worker_id == chosen)
    assert all((best.level, -best.open_load) >= (c.level, -c.open_load) for c in present)
