"""Memory: resident size of `opgang serve` idle and after a burst of inbound SMS, on SQLite.

    python -m bench.memory [--duration 10] [--connections 32]

Reads VmRSS (resident now) and VmHWM (the most it was resident) from /proc/<pid>/status, a few
seconds after start-up and again after a wrk burst of signed Twilio webhooks (load 1: the
generator and world of `bench/inbound_sms.py`). The limit is a bare uvicorn + FastAPI process
started the same way (one Python process running `uvicorn.run`, `bench/bare_app.py`'s endpoint)
and given the same burst: our figure is printed next to it and as a ratio to it.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bench.inbound_sms import (
    LUA,
    BenchError,
    Processes,
    RequestSet,
    Server,
    build_world,
    database,
    fake_twilio_api,
    free_port,
    run_wrk,
    say,
    server_env,
    write_requests,
)
from bench.scale_out import serve_env, start_serve, wait_ready

GOAL_MB = 250.0
SETTLE = 3.0  # seconds after start-up before "idle" is read: lifespan tasks have started
BARE = ("import sys, uvicorn; from bench.bare_app import create_app; "
        "uvicorn.run(create_app(), host='127.0.0.1', port=int(sys.argv[1]), log_level='info')")


@dataclass(frozen=True)
class Memory:
    """VmRSS and VmHWM of one process, in MB."""

    rss: float
    hwm: float


def memory(pid: int) -> Memory:
    """VmRSS and VmHWM from /proc/<pid>/status (kB there)."""
    fields = dict(line.split(":", 1) for line in
                  Path(f"/proc/{pid}/status").read_text().splitlines() if ":" in line)
    return Memory(*(int(fields[name].split()[0]) / 1024 for name in ("VmRSS", "VmHWM")))


def start_bare(procs: Processes, workdir: Path) -> Server:
    port = free_port()
    log = workdir / "bare.log"
    with log.open("wb") as out:
        process = procs.start([sys.executable, "-c", BARE, str(port)], cwd=workdir,
                              env=server_env({"PYTHONPATH": str(Path(__file__).parents[1])}),
                              stdout=out, stderr=subprocess.STDOUT)
    return Server("bare", port, process, log)


def measure(procs: Processes, opts: argparse.Namespace, server: Server, script: Path,
            requests: RequestSet, workdir: Path) -> tuple[Memory, Memory, float]:
    """Idle memory, memory after the burst, and the burst's rate."""
    try:
        wait_ready([server], ready_path="/docs")
        time.sleep(SETTLE)
        idle = memory(server.process.pid)
        wrk_opts = argparse.Namespace(threads=2, connections=opts.connections)
        load = run_wrk(procs, wrk_opts, server.url, script, requests, opts.duration,
                       workdir / "wrk.log", server.process.pid)
        time.sleep(1.0)  # let the requests in flight finish
        return idle, memory(server.process.pid), load.rate
    finally:
        procs.stop(server.process, timeout=10)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.memory",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=float, default=10.0, help="seconds of burst (10)")
    parser.add_argument("--connections", type=int, default=32, help="wrk connections (32)")
    parser.add_argument("--families", type=int, default=50, help="families of two phones (50)")
    parser.add_argument("--goal", type=float, default=GOAL_MB, help=f"MB to pass ({GOAL_MB:g})")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    opts = parse_args(argv)
    if shutil.which("wrk") is None:
        print("wrk is not installed (apt-get install wrk)", file=sys.stderr)
        return 2
    procs = Processes()
    workdir = Path(tempfile.mkdtemp(prefix="opgang-memory-bench-"))
    load_average = os.getloadavg()[0]
    try:
        script = workdir / "requests.lua"
        script.write_text(LUA)
        with database("sqlite", workdir, "") as url, fake_twilio_api() as twilio_api:
            say("building the SQLite database")
            world = asyncio.run(build_world(url, opts.families, max(10, opts.families)))
            requests = write_requests(workdir / "burst.tsv", int(1500 * opts.duration),
                                      world.known, world.unknown, 0.1, random.Random())
            say("opgang serve: idle, burst")
            ours = measure(procs, opts, start_serve(procs, serve_env(url, workdir, twilio_api),
                                                    workdir, "serve"),
                           script, requests, workdir)
        say("bare uvicorn + FastAPI: idle, burst")
        bare = measure(procs, opts, start_bare(procs, workdir), script, requests, workdir)
    except BenchError as exc:
        print(f"no figure: {exc}", file=sys.stderr)
        return 1
    finally:
        procs.stop_all()
        shutil.rmtree(workdir, ignore_errors=True)
    print(f"\nResident memory (MB), one process each, SQLite; burst: wrk -t2 "
          f"-c{opts.connections} -d{opts.duration:g}s of inbound SMS webhooks; load average "
          f"{load_average:.1f} before the run")
    print(f"{'process':<28}{'idle RSS':>9}{'after RSS':>10}{'peak HWM':>9}{'burst req/s':>12}")
    for name, (idle, after, rate) in (("opgang serve", ours), ("bare uvicorn + FastAPI", bare)):
        print(f"{name:<28}{idle.rss:>9.1f}{after.rss:>10.1f}{after.hwm:>9.1f}{rate:>12.0f}")
    peak = ours[1].hwm
    print(f"\nopgang serve: {ours[0].rss / bare[0].rss:.1f}x the bare process idle, "
          f"{peak / bare[1].hwm:.1f}x at peak; peak {peak:.0f} MB (goal < {opts.goal:g} MB): "
          f"{'PASS' if peak < opts.goal else 'FAIL'}")
    return 0 if peak < opts.goal else 1


if __name__ == "__main__":
    sys.exit(main())
