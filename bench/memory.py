"""Memory: resident size of `opgang serve` idle and after a burst, without and with Telegram.

    python -m bench.memory [--duration 10] [--connections 32]

Reads VmRSS (resident now) and VmHWM (the most it was resident) from /proc/<pid>/status, a few
seconds after start-up and again after a burst, on SQLite. Two servers in turn: SMS only (a wrk
burst of signed Twilio webhooks, load 1: the generator and world of `bench/inbound_sms.py`), and
SMS with Telegram in webhook mode against the fake Bot API (the same SMS burst, then a burst of
Telegram text updates from chats no family has, each answered once through the Bot API, then one
`/start` that takes aiogram's dispatcher). The limit is a bare uvicorn + FastAPI process started
the same way (one Python process running `uvicorn.run`, `bench/bare_app.py`'s endpoint) and
given the SMS burst: each figure is printed next to it and as a ratio to it.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from bench import telegram_webhook
from bench.inbound_sms import (
    LUA,
    BenchError,
    Processes,
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
from bench.serving import run_bench, serve_env, start_serve, wait_ready

GOAL_MB = 250.0
SETTLE = 3.0  # seconds after start-up before "idle" is read: lifespan tasks have started
BARE = ("import sys, uvicorn; from bench.bare_app import create_app; "
        "uvicorn.run(create_app(), host='127.0.0.1', port=int(sys.argv[1]), log_level='info')")
STRANGER_CHATS = [990_000_000 + i for i in range(50)]  # Telegram chats no family has


@dataclass(frozen=True)
class Memory:
    """VmRSS and VmHWM of one process, in MB."""

    rss: float
    hwm: float


@dataclass(frozen=True)
class Figure:
    """One process: idle, after its bursts, and each burst's rate."""

    name: str
    idle: Memory
    after: Memory
    rates: list[str]


Burst = Callable[[Server], str]
"""Loads a running server; says what it did ("1234 SMS/s")."""


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


def measure(procs: Processes, name: str, server: Server, bursts: Sequence[Burst],
            ready_path: str = "/readyz") -> Figure:
    """Idle memory, memory after the bursts, and the bursts' rates."""
    try:
        wait_ready([server], ready_path=ready_path)
        time.sleep(SETTLE)
        idle = memory(server.process.pid)
        rates = [burst(server) for burst in bursts]
        time.sleep(1.0)  # let the requests in flight finish
        return Figure(name, idle, memory(server.process.pid), rates)
    finally:
        procs.stop(server.process, timeout=10)


def sms_burst(procs: Processes, opts: argparse.Namespace, workdir: Path, script: Path,
              known: list[str], unknown: list[str]) -> Burst:
    """A wrk burst of signed inbound SMS webhooks, with MessageSids of its own each time."""

    def burst(server: Server) -> str:
        requests = write_requests(workdir / f"burst-{server.name}.tsv", int(1500 * opts.duration),
                                  known, unknown, 0.1, random.Random())
        wrk_opts = argparse.Namespace(threads=2, connections=opts.connections)
        load = run_wrk(procs, wrk_opts, server.url, script, requests, opts.duration,
                       workdir / "wrk.log", server.process.pid)
        return f"{load.rate:.0f} SMS/s"

    return burst


def telegram_burst(procs: Processes, opts: argparse.Namespace, script: Path) -> Burst:
    """A wrk burst of Telegram text updates from stranger chats, then one `/start`."""

    def burst(server: Server) -> str:
        figure = telegram_webhook.run_wrk(procs, server, script, STRANGER_CHATS,
                                          random.randrange(10**8, 10**9), opts.duration,
                                          opts.connections)
        status = post_start(server, STRANGER_CHATS[0])
        if status != 200:
            raise BenchError(f"{server.name} answered {status} to /start")
        return f"{figure.rate:.0f} Telegram/s"

    return burst


def post_start(server: Server, chat: int) -> int:
    """A plain `/start` (aiogram's dispatcher, not the plain text path); the answer's status."""
    body = json.dumps({"update_id": 1, "message": {
        "message_id": 1, "chat": {"id": chat, "type": "private", "first_name": "Amira"},
        "from": {"id": chat, "is_bot": False, "first_name": "Amira"}, "date": 1764590400,
        "text": "/start"}}).encode()
    req = urllib.request.Request(server.url + telegram_webhook.PATH, data=body, method="POST",
                                 headers={"Content-Type": "application/json",
                                          telegram_webhook.SECRET_HEADER: telegram_webhook.SECRET})
    try:
        with urllib.request.urlopen(req, timeout=10) as answer:
            return int(answer.status)
    except urllib.error.HTTPError as exc:
        return exc.code


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
    return run_bench("opgang-memory-bench-", lambda procs, workdir: run(opts, procs, workdir))


def run(opts: argparse.Namespace, procs: Processes, workdir: Path) -> int:
    load_average = os.getloadavg()[0]
    script = workdir / "requests.lua"
    script.write_text(LUA)
    updates = workdir / "updates.lua"
    updates.write_text(telegram_webhook.LUA)
    with database("sqlite", workdir, "") as url, fake_twilio_api() as twilio_api, \
            telegram_webhook.fake_bot_api() as (bot_api, token):
        say("building the SQLite database")
        world = asyncio.run(build_world(url, opts.families, max(10, opts.families)))
        sms = sms_burst(procs, opts, workdir, script, world.known, world.unknown)
        env = serve_env(url, workdir, twilio_api)
        say("opgang serve, SMS only: idle, burst")
        ours = [measure(procs, "opgang serve, SMS", start_serve(procs, env, workdir, "serve"),
                        [sms])]
        say("opgang serve, SMS and Telegram: idle, bursts")
        env.update({"TELEGRAM_BOT_TOKEN": token, "OPGANG_TELEGRAM_API_URL": bot_api,
                    "OPGANG_TELEGRAM_MODE": "webhook",
                    "TELEGRAM_WEBHOOK_SECRET": telegram_webhook.SECRET})
        ours.append(measure(procs, "opgang serve, SMS + Telegram",
                            start_serve(procs, env, workdir, "serve-telegram"),
                            [sms, telegram_burst(procs, opts, updates)]))
        say("bare uvicorn + FastAPI: idle, burst")
        bare = measure(procs, "bare uvicorn + FastAPI", start_bare(procs, workdir), [sms],
                       ready_path="/docs")
    return report(opts, ours, bare, load_average)


def report(opts: argparse.Namespace, ours: list[Figure], bare: Figure,
           load_average: float) -> int:
    """Print the table and the verdicts; 0 when every server stays under the goal."""
    print(f"\nResident memory (MB), one process each, SQLite; bursts: wrk -t2 "
          f"-c{opts.connections} -d{opts.duration:g}s each; load average {load_average:.1f} "
          f"before the run, {os.getloadavg()[0]:.1f} after")
    print(f"{'process':<32}{'idle RSS':>9}{'after RSS':>10}{'peak HWM':>9}  bursts")
    for f in [*ours, bare]:
        print(f"{f.name:<32}{f.idle.rss:>9.1f}{f.after.rss:>10.1f}{f.after.hwm:>9.1f}  "
              f"{', '.join(f.rates)}")
    print()
    passed = True
    for f in ours:
        ok = f.after.hwm < opts.goal
        passed &= ok
        print(f"{f.name}: {f.idle.rss / bare.idle.rss:.1f}x the bare process idle, "
              f"{f.after.hwm / bare.after.hwm:.1f}x at peak; peak {f.after.hwm:.0f} MB "
              f"(goal < {opts.goal:g} MB): {'PASS' if ok else 'FAIL'}")
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
