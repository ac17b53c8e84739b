"""Run the installed `opgang` command in a subprocess, isolated from the caller's settings."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

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


@dataclass
class Server:
    """An `opgang serve` subprocess on a loopback port; `returncode` is set once it stopped."""

    base: str
    process: subprocess.Popen[str]
    log: Path
    returncode: int | None = None

    def output(self) -> str:
        return self.log.read_text()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def served(cwd: Path, database_url: str, **extra: str) -> Iterator[Server]:
    """`opgang serve` with the simulator on until the block ends, then Ctrl-C (SIGINT)."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    log = cwd / f"serve-{port}.log"
    env = environment(database_url, OPGANG_SIMULATOR="true", OPGANG_PUBLIC_URL=base, **extra)
    with log.open("w") as sink:
        process = subprocess.Popen([executable(), "serve", "--port", str(port)], cwd=cwd,
                                   stdout=sink, stderr=subprocess.STDOUT, text=True, env=env)
    server = Server(base, process, log)
    try:
        _wait_until_healthy(server)
        yield server
    finally:
        process.send_signal(signal.SIGINT)
        try:
            server.returncode = process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _wait_until_healthy(server: Server, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    with httpx.Client(base_url=server.base, timeout=2) as http:
        while time.monotonic() < deadline:
            if server.process.poll() is not None:
                raise RuntimeError(f"opgang serve exited with {server.process.returncode}:\n"
                                   + server.output())
            try:
                if http.get("/healthz").status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.1)
    raise RuntimeError("opgang serve did not answer /healthz in time:\n" + server.output())
