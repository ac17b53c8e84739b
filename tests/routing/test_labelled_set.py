"""The router on the labelled family messages (tests/data/routing), through `bench.routing_eval`.

Development set (`train.jsonl`, `train_more.jsonl` and the former held-out sets `heldout.jsonl`,
`heldout_v2.jsonl`, `heldout_v3.jsonl`, `heldout_v4.jsonl` and `heldout_v5.jsonl`, which became
development data once their runs were spent): the goals of
issue 5 — urgent recall 100 %, false-urgent rate under 2 %, domain accuracy at least 90 % in
every language. The lexicons and the danger concepts are built and tuned on this set, so it shows
that nothing regressed, not how the router does on messages it has never seen.

Held-out set (`heldout_v6.jsonl`, written separately; not yet written): never opened, never tuned
on, and not run
by these tests, so that running the suite while tuning cannot leak it;
`python -m bench.routing_eval` reports it as numbers only. Here its code path is tried on a small
file of our own in a temporary directory.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.routing_eval import SPLIT_FILES, Report, evaluate, main


@pytest.fixture(scope="module")
def development() -> Report:
    return evaluate("development")


def test_development_set_is_train_train_more_and_the_former_held_out_sets(
    development: Report,
) -> None:
    assert development.overall.total == 2336  # train, train_more and the former held-out sets
    assert set(development.files) == {
        "train.jsonl",
        "train_more.jsonl",
        "heldout.jsonl",
        "heldout_v2.jsonl",
        "heldout_v3.jsonl",
        "heldout_v4.jsonl",
        "heldout_v5.jsonl",
    }
    assert development.overall.urgent == 438


def test_development_set_meets_the_goals_of_issue_5(development: Report) -> None:
    assert development.overall.urgent_recall == 1.0
    assert development.overall.false_urgent_rate < 0.02
    accuracy = {lang: tally.domain_accuracy for lang, tally in development.languages.items()}
    assert set(accuracy) == {"da", "en", "ar", "ar-latn", "so", "tr", "uk", "fa"}
    assert all(value >= 0.9 for value in accuracy.values()), accuracy


def test_the_held_out_set_is_never_part_of_development() -> None:
    assert SPLIT_FILES["heldout"] == ("heldout_v6.jsonl",)
    assert not set(SPLIT_FILES["heldout"]) & set(SPLIT_FILES["development"])
    # no held-out file, of this round or a later one, is ever read as development data
    assert not any(name.startswith("heldout_v6") for name in SPLIT_FILES["development"])


def _write(directory: Path, name: str, rows: list[dict[str, object]]) -> None:
    with (directory / name).open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


def test_held_out_set_is_reported_apart_when_its_file_exists(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _write(
        tmp_path,
        "heldout_v6.jsonl",
        [
            {
                "id": "en-x1",
                "lang": "en",
                "text": "my husband hit me again tonight",
                "request": True,
                "domains": ["family"],
                "urgent": True,
                "urgent_kind": "violence",
            },
            {
                "id": "da-x1",
                "lang": "da",
                "text": "tak for i dag",
                "request": False,
                "domains": [],
                "urgent": False,
                "urgent_kind": None,
            },
            {
                "id": "da-x2",
                "lang": "da",
                "text": "kan I hjælpe med huslejen, vi har ingen penge",
                "request": True,
                "domains": ["economy"],
                "urgent": False,
                "urgent_kind": None,
            },
        ],
    )
    assert main(["--set", "heldout", "--data", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "held-out set (heldout_v6; never tuned on)" in out
    assert "urgent recall 100%: PASS" in out
    assert "all          3" in out
    # it is only ever reported as numbers
    with pytest.raises(SystemExit):
        main(["--set", "heldout", "--errors", "--data", str(tmp_path)])


def test_a_missing_held_out_file_is_said_not_measured(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--set", "heldout", "--data", str(tmp_path)]) == 1
    assert "not measured: heldout_v6.jsonl" in capsys.readouterr().out
