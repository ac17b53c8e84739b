"""`opgang serve` as a real process for the fault tests: started, killed with SIGKILL, restarted.

Reuses the CLI tests' way of running the installed command (`tests/cli/command.py`). The fakes a
service talks to run in the test's event loop, so nothing here blocks it: waiting for the
process happens in a thread.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
from pathlib import Path

from tests.cli.command import Server, _wait_until_healthy, environment, executable, free_port
from tests.conftest import PUBLIC_URL

LONG = os.environ.get("OPGANG_FAULTS_LONG", "") not in ("", "0")
"""`OPGANG_FAULTS_LONG=1`: the long fault runs (bigger bursts, more rounds, longer outages)."""

STARTUP_SECONDS = 120.0  # a loaded CI machine starts two processes slowly
SECRET_KEY = "test-secret-key-not-for-production"  # the test settings' key: tokens are shared


class Service:
    """One `opgang serve` on a fixed loopback port, which can be killed and started again."""

    def __init__(self, cwd: Path, database_url: str, **settings: str) -> None:
        self.cwd = cwd
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log = cwd / f"serve-{self.port}.log"
        # Twilio signs what it was given as the public URL; requests reach us on loopback.
        self.env = environment(
            database_url,
            **{
                "OPGANG_PUBLIC_URL": PUBLIC_URL,
                "OPGANG_SECRET_KEY": SECRET_KEY,
                "OPGANG_LOG_FORMAT": "text",
                **settings,
            },
        )
        self.process: subprocess.Popen[str] | None = None

    async def start(self) -> None:
        """Start the process and wait until `/healthz` answers."""
        assert self.process is None or self.process.poll() is not None
        with self.log.open("a") as sink:
            self.process = subprocess.Popen(
                [executable(), "serve", "--port", str(self.port)],
                cwd=self.cwd,
                stdout=sink,
                stderr=subprocess.STDOUT,
                text=True,
                env=self.env,
            )
        await asyncio.to_thread(
            _wait_until_healthy, Server(self.base, self.process, self.log), STARTUP_SECONDS
        )

    def kill(self) -> None:
        """SIGKILL: no shutdown, no flush, nothing finished (a crash, an OOM kill)."""
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()

    async def stop(self) -> int:
        """Ctrl-C, as an operator stops it; the exit status (killed after 20 s)."""
        if self.process is None or self.process.poll() is not None:
            return self.process.returncode if self.process else 0
        self.process.send_signal(signal.SIGINT)
        try:
            return await asyncio.to_thread(self.process.wait, 20)
        except subprocess.TimeoutExpired:
            self.kill()
            return -signal.SIGKILL

    def output(self) -> str:
        return self.log.read_text() if self.log.exists() else ""
