"""What the benchmarks that start `opgang serve` share: its start, readiness, and a run's frame.

`bench/memory.py`, `bench/scale_out.py` and `bench/telegram_webhook.py` use these; the process
list and the wrk runs themselves come from `bench/inbound_sms.py`.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path

from bench.inbound_sms import (
    ACCOUNT_SID,
    AUTH_TOKEN,
    PUBLIC_URL,
    TEAM_NUMBER,
    BenchError,
    Processes,
    Server,
    free_port,
    server_env,
)

OPGANG = str(Path(sys.executable).with_name("opgang"))


def serve_env(url: str, workdir: Path, twilio_api: str) -> dict[str, str]:
    """`opgang serve`'s environment: SMS through a loopback Twilio, the simulator off."""
    return server_env({
        "OPGANG_DATABASE_URL": url, "OPGANG_PUBLIC_URL": PUBLIC_URL, "OPGANG_SIMULATOR": "0",
        "OPGANG_SECRET_KEY": "bench-" + uuid.uuid4().hex, "TWILIO_ACCOUNT_SID": ACCOUNT_SID,
        "TWILIO_AUTH_TOKEN": AUTH_TOKEN, "TWILIO_FROM_NUMBER": TEAM_NUMBER,
        "OPGANG_TWILIO_API_URL": twilio_api, "OPGANG_SPOOL_DIR": str(workdir / "spool")})


def start_serve(procs: Processes, env: dict[str, str], workdir: Path, name: str) -> Server:
    """Start `opgang serve --port <free port>`; it is ready once its own process answers."""
    port = free_port()
    log = workdir / f"{name}.log"
    with log.open("wb") as out:
        process = procs.start([OPGANG, "serve", "--port", str(port)], cwd=workdir, env=env,
                              stdout=out, stderr=subprocess.STDOUT)
    return Server(name, port, process, log)


def wait_ready(servers: Sequence[Server], timeout: float = 90.0,
               ready_path: str = "/readyz") -> None:
    """Wait until every server answers `ready_path` (a loaded machine imports slowly)."""
    deadline = time.monotonic() + timeout
    waiting = list(servers)
    while waiting:
        server = waiting[0]
        if server.process.poll() is not None:
            raise BenchError(f"{server.name} exited with {server.process.returncode}:\n"
                             f"{server.tail()}")
        try:
            with urllib.request.urlopen(server.url + ready_path, timeout=2):
                waiting.pop(0)
                continue
        except (urllib.error.URLError, OSError):
            pass
        if time.monotonic() > deadline:
            raise BenchError(f"{server.name} not ready within {timeout:g} s:\n{server.tail()}")
        time.sleep(0.2)


def run_bench(prefix: str, body: Callable[[Processes, Path], int]) -> int:
    """Run `body(procs, workdir)` and return its exit code, with wrk required (else 2).

    A `BenchError` is printed as "no figure" (exit code 1). On the way out, whatever happens,
    every child process `procs` started is stopped and the temporary `workdir` removed.
    """
    if shutil.which("wrk") is None:
        print("wrk is not installed (apt-get install wrk)", file=sys.stderr)
        return 2
    procs = Processes()
    workdir = Path(tempfile.mkdtemp(prefix=prefix))
    try:
        return body(procs, workdir)
    except BenchError as exc:
        print(f"no figure: {exc}", file=sys.stderr)
        return 1
    finally:
        procs.stop_all()
        shutil.rmtree(workdir, ignore_errors=True)
