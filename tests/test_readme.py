"""The README's Quick start is the product's front door: CI must run exactly its test command."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def quick_start_commands() -> list[str]:
    text = (ROOT / "README.md").read_text()
    section = text.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", section)


def test_quick_start_has_a_run_and_a_test_command() -> None:
    run, test = quick_start_commands()
    assert "opgang serve" in run
    assert "pytest" in test


def test_ci_runs_exactly_the_readme_test_command() -> None:
    _, test = quick_start_commands()
    ci_lines = (ROOT / ".ci" / "run").read_text().splitlines()
    assert test in ci_lines
