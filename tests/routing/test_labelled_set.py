"""The router on the whole labelled set (tests/data/routing), through `bench.routing_eval`.

Train split (`train.jsonl` and the urgent-heavy `train_more.jsonl`): the goals of issue 5 — urgent
recall 100 %, false-urgent rate under 2 %, domain accuracy at least 90 % in every language. The
lexicons and the danger concepts were built and tuned on this split.

Held-out split: never looked at, never tuned on; only its numbers are read. The floor below was
decided on 2026-11-23, before the classifier had ever been run on that split, and is deliberately
looser than the goals, because a lexicon tuned on 254 messages cannot be expected to meet them on
messages written separately (different scenarios and wordings):
- urgent recall >= 0.8 (a missed danger signal is the costly error; below this the urgent
  lexicons generalise too poorly to trust),
- false-urgent rate <= 0.05,
- domain accuracy >= 0.7 over all languages together, and >= 0.5 in each language.
If the held-out numbers fall below this floor the test fails and the numbers are reported as they
are: the floor is not to be lowered to make it pass, nor the lexicons tuned on held-out messages.

First held-out run (2026-11-23 12:11 UTC, lexicons frozen before it): domain accuracy 81.2 %,
urgent recall 59.1 % (13/22), false-urgent rate 1.9 % (2/106). The urgent-recall test fails: the
urgent lexicons do not yet generalise to separately written messages (bench/README.md). Later
runs, after the danger concepts (bot/routing/urgent.py), are listed in bench/README.md.
"""

from __future__ import annotations

import pytest

from bench.routing_eval import Report, evaluate


@pytest.fixture(scope="module")
def train() -> Report:
    return evaluate("train")


@pytest.fixture(scope="module")
def heldout() -> Report:
    return evaluate("heldout")


def test_train_meets_the_goals_of_issue_5(train: Report) -> None:
    assert train.overall.total == 608  # both train files are read
    assert train.overall.urgent == 174
    assert train.overall.urgent_recall == 1.0
    assert train.overall.false_urgent_rate < 0.02
    accuracy = {lang: tally.domain_accuracy for lang, tally in train.languages.items()}
    assert set(accuracy) == {"da", "en", "ar", "ar-latn", "so", "tr", "uk", "fa"}
    assert all(value >= 0.9 for value in accuracy.values()), accuracy


def test_heldout_urgent_recall_stays_above_the_floor_decided_in_advance(heldout: Report) -> None:
    assert heldout.overall.urgent >= 20
    assert heldout.overall.urgent_recall >= 0.8


def test_heldout_false_urgent_rate_stays_under_the_floor(heldout: Report) -> None:
    assert heldout.overall.false_urgent_rate <= 0.05


def test_heldout_domain_accuracy_stays_above_the_floor(heldout: Report) -> None:
    assert heldout.overall.total >= 100
    assert heldout.overall.domain_accuracy >= 0.7
    assert all(t.domain_accuracy >= 0.5 for t in heldout.languages.values())
