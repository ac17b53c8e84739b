"""Run the installed `opgang` console script in a subprocess, isolated from the caller's settings."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

PROVIDER_PREFIXES = ("OPGANG_", "TWILIO_", "TELEGRAM_")


def executable() -> str:
    """The `opgang` script installed next to this interpreter (else the one on PATH)."""
    beside = Path(sys.executable).parent / "opgang"
    if beside.exists():
        return str(beside)
    found = shutil.which("opgang")
    if found is None:
        raise RuntimeError("the `opgang` console script is not installed (pip install -e .)")
    return found


def environment(database_url: str, **extra: str) -> dict[str, str]:
    """This process's environment without any Opgang or provider setting, plus the given ones."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(PROVIDER_PREFIXES)}
    env["OPGANG_DATABASE_URL"] = database_url
    env.update(extra)
    return env


def opgang(*args: str, database_url: str, cwd: Path, stdin: str | None = None,
           timeout: float = 60, **extra: str) -> subprocess.CompletedProcess[str]:
    """`opgang ARGS…` in `cwd` (so no stray .env is read) against `database_url`."""
    return subprocess.run(
        [executable(), *args], input=stdin if stdin is not None else "", capture_output=True,
        text=True, cwd=cwd, env=environment(database_url, **extra), timeout=timeout,
        check=False)
