"""How well the request router classifies the labelled family messages (issue 5, "Evaluation").

`python -m bench.routing_eval [--set development|heldout|all] [--errors] [--data DIR]` prints, per
set and per language: domain accuracy (a request is right when it is classified a request with the
right main domain; a non-request when it is classified not a request), request/non-request
accuracy, urgent recall and the false-urgent rate, and whether the goals of issue 5 are met; then
the time `Classifier.classify` takes per message: on the first pass (every word new to the process)
and in steady state (best of 5 runs per message, which keeps other processes on a shared machine
out of the figure).

Two sets (tests/data/routing/README.md):
- **development**: `train.jsonl`, `train_more.jsonl`, `heldout.jsonl`, `heldout_v2.jsonl`,
  `heldout_v3.jsonl`, `heldout_v4.jsonl` and `heldout_v5.jsonl` — everything the lexicons may be
  built and tuned on (the five `heldout*` files were held-out sets once and became development
  data after their runs were spent: v1 after 4 runs, v2, v3, v4 and v5 after one each). Also
  reported file by file. `--errors` lists its misclassified messages.
- **held-out**: `heldout_v6.jsonl` (not yet written), written separately and never tuned on;
  reported only when the file exists ("not measured" otherwise), and only ever as numbers (`--errors` refuses it). While
  tuning, run `--set development` only, so that the held-out figures are not looked at between
  changes.

There is no leave-one-out mode over the former held-out sets: the lexicons and danger concepts are
written by hand from every development file (no part of `Classifier()` is fitted to data here; a
team's corrections are empty in this benchmark and only ever reorder domains), so leaving a file
out of a "training" step would change nothing and measure nothing. Only a set written blind
measures generalisation.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bot.routing.classifier import Classification, Classifier

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "routing"
SPLITS = ("development", "heldout")
SPLIT_FILES = {
    "development": (
        "train.jsonl",
        "train_more.jsonl",
        "heldout.jsonl",
        "heldout_v2.jsonl",
        "heldout_v3.jsonl",
        "heldout_v4.jsonl",
        "heldout_v5.jsonl",
    ),
    "heldout": ("heldout_v6.jsonl",),
}
TITLES = {
    "development": (
        "development set (train + train_more + heldout + heldout_v2 + heldout_v3 + heldout_v4"
        " + heldout_v5; tuned on)"
    ),
    "heldout": "held-out set (heldout_v6; never tuned on)",
}
GOAL_DOMAIN_ACCURACY = 0.9
GOAL_FALSE_URGENT = 0.02


@dataclass(frozen=True)
class Item:
    """One labelled message."""

    file: str
    id: str
    lang: str
    text: str
    request: bool
    domains: tuple[str, ...]
    urgent: bool


@dataclass
class Tally:
    """Counts for one split, or one language of it."""

    total: int = 0
    domain_right: int = 0
    request_right: int = 0
    urgent: int = 0
    urgent_found: int = 0
    not_urgent: int = 0
    false_urgent: int = 0

    def add(self, item: Item, got: Classification) -> bool:
        """Count one message; whether its domain (or non-request) is right."""
        self.total += 1
        domain_right = (
            (got.is_request and got.domain == item.domains[0])
            if item.request
            else not got.is_request
        )
        self.domain_right += domain_right
        self.request_right += got.is_request == item.request
        if item.urgent:
            self.urgent += 1
            self.urgent_found += got.urgent
        else:
            self.not_urgent += 1
            self.false_urgent += got.urgent
        return domain_right and got.urgent == item.urgent

    @property
    def domain_accuracy(self) -> float:
        return self.domain_right / self.total if self.total else 1.0

    @property
    def request_accuracy(self) -> float:
        return self.request_right / self.total if self.total else 1.0

    @property
    def urgent_recall(self) -> float:
        return self.urgent_found / self.urgent if self.urgent else 1.0

    @property
    def false_urgent_rate(self) -> float:
        return self.false_urgent / self.not_urgent if self.not_urgent else 0.0


@dataclass
class Report:
    """The evaluation of one split."""

    split: str
    overall: Tally = field(default_factory=Tally)
    files: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    languages: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    wrong: list[tuple[Item, Classification]] = field(default_factory=list)
    micros: list[float] = field(default_factory=list)  # classify time per message, first pass


def available(split: str, data: Path = DATA) -> bool:
    """Whether every file of `split` is there (the held-out set may not be written yet)."""
    return all((data / name).is_file() for name in SPLIT_FILES[split])


def load(split: str, data: Path = DATA) -> list[Item]:
    """The labelled messages of one split."""
    items = []
    for name in SPLIT_FILES[split]:
        with (data / name).open(encoding="utf-8") as lines:
            for line in lines:
                if line.strip():
                    raw = json.loads(line)
                    items.append(
                        Item(
                            name,
                            raw["id"],
                            raw["lang"],
                            raw["text"],
                            raw["request"],
                            tuple(raw["domains"]),
                            raw["urgent"],
                        )
                    )
    return items


def evaluate(split: str, classifier: Classifier | None = None, data: Path = DATA) -> Report:
    """Classify every message of `split` and count what came out right."""
    classifier = classifier or Classifier()
    report = Report(split)
    for item in load(split, data):
        started = time.perf_counter()
        got = classifier.classify(item.text)
        report.micros.append((time.perf_counter() - started) * 1e6)
        right = report.overall.add(item, got)
        report.languages[item.lang].add(item, got)
        report.files[item.file].add(item, got)
        if not right:
            report.wrong.append((item, got))
    return report


def _percent(value: float) -> str:
    return f"{100 * value:5.1f}%"


def format_report(report: Report) -> str:
    """The per-language table of one split."""
    header = (
        f"{'lang':8} {'msgs':>5} {'domain acc':>10} {'request acc':>11} "
        f"{'urgent recall':>13} {'false urgent':>12}"
    )
    lines = [f"== {TITLES.get(report.split, report.split)} ==", header]
    rows = sorted(report.languages.items()) + [("all", report.overall)]
    for lang, tally in rows:
        lines.append(
            f"{lang:8} {tally.total:5} {_percent(tally.domain_accuracy):>10} "
            f"{_percent(tally.request_accuracy):>11} "
            f"{_percent(tally.urgent_recall):>7} {tally.urgent_found:2}/{tally.urgent:<2} "
            f"{_percent(tally.false_urgent_rate):>7} {tally.false_urgent:2}/{tally.not_urgent:<3}"
        )
    worst = min(t.domain_accuracy for t in report.languages.values())
    lines.append(
        f"goals: domain accuracy >= 90% in every language: "
        f"{'PASS' if worst >= GOAL_DOMAIN_ACCURACY else 'FAIL'} "
        f"(lowest {_percent(worst).strip()}); "
        f"urgent recall 100%: {'PASS' if report.overall.urgent_recall == 1 else 'FAIL'}; "
        f"false urgent < 2%: "
        f"{'PASS' if report.overall.false_urgent_rate < GOAL_FALSE_URGENT else 'FAIL'}"
    )
    if len(report.files) > 1:
        lines.append("by file:")
        for name, tally in report.files.items():
            lines.append(
                f"  {name:18} {tally.total:4} msgs: domain acc {_percent(tally.domain_accuracy)}, "
                f"urgent recall {_percent(tally.urgent_recall)} ({tally.urgent_found}/"
                f"{tally.urgent}), false urgent {_percent(tally.false_urgent_rate)} "
                f"({tally.false_urgent}/{tally.not_urgent})"
            )
    return "\n".join(lines)


def steady_micros(items: Sequence[Item], classifier: Classifier, repeats: int = 5) -> list[float]:
    """Classify time per message once its words are remembered: the best of `repeats` runs each,
    so that other processes on a shared machine do not count."""
    best = []
    for item in items:
        runs = []
        for _ in range(repeats):
            started = time.perf_counter()
            classifier.classify(item.text)
            runs.append((time.perf_counter() - started) * 1e6)
        best.append(min(runs))
    return best


def format_timing(first: Sequence[float], steady: Sequence[float]) -> str:
    """Classify time per message: first pass over the messages, and steady state."""

    def line(label: str, values: Sequence[float]) -> str:
        ordered = sorted(values)
        p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
        return (
            f"{label}: mean {statistics.fmean(values):6.1f} µs, median "
            f"{statistics.median(values):6.1f} µs, p99 {p99:7.1f} µs, "
            f"max {max(values):7.1f} µs"
        )

    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return "\n".join(
        [
            f"== classify time per message (load average {load}) ==",
            line("first pass, each message once (new words)", first),
            line("steady state, best of 5 per message      ", steady),
        ]
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.routing_eval",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--set", choices=("development", "heldout", "all"), default="all")
    parser.add_argument(
        "--errors",
        action="store_true",
        help="list the development messages classified wrong (never held-out ones)",
    )
    parser.add_argument(
        "--data",
        type=Path,
        default=DATA,
        help="the directory of the labelled files (default tests/data/routing)",
    )
    args = parser.parse_args(argv)
    splits = SPLITS if args.set == "all" else (args.set,)
    if args.errors and "heldout" in splits:
        parser.error("--errors lists development messages only: use --set development")
    classifier = Classifier()
    micros: list[float] = []
    measured: list[str] = []
    for split in splits:
        if not available(split, args.data):
            missing = ", ".join(SPLIT_FILES[split])
            print(f"== {TITLES[split]} ==\nnot measured: {missing} is not in {args.data}\n")
            continue
        report = evaluate(split, classifier, args.data)
        measured.append(split)
        micros += report.micros
        print(format_report(report))
        if args.errors:
            for item, got in report.wrong:
                want = ",".join(item.domains) if item.request else "-"
                print(
                    f"  {item.id:12} want {want:22} urgent={item.urgent!s:5} | got "
                    f"{','.join(got.domains) or '-':22} urgent={got.urgent!s:5} "
                    f"{','.join(got.urgent_reasons)} | {item.text}"
                )
        print()
    if not measured:
        return 1
    steady: list[float] = []
    for split in measured:
        steady += steady_micros(load(split, args.data), classifier)
    print(format_timing(micros, steady))
    return 0


if __name__ == "__main__":
    sys.exit(main())
