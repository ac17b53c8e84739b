"""Telegram webhook updates per second: our app next to a bare FastAPI endpoint, measured with wrk.

    python -m bench.telegram_webhook [--database sqlite|postgresql|all] [--duration 10]

Both servers run as one uvicorn worker on loopback. wrk posts text-message `Update`s from the
chats of linked family members, each with its own `update_id` and `message_id` (generated in
wrk's Lua), with the secret header. The bare endpoint checks the same header and parses the same
JSON, and nothing else: it is the limit, measured before and after ours in the same run. Our app
runs in webhook mode against the fake Bot API of `tests/fakes/telegram.py` on loopback (start-up's
getMe and setWebhook). wrk (not wrk2) has no rate option: for the "half load" run the Lua
script's `delay()` hands each request a slot on a fixed schedule (read from the monotonic clock
through LuaJIT's ffi), so that wrk offers half our peak rate; latency is timed from the send.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import random
import re
import secrets
import subprocess
import sys
import threading
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse

from bench.inbound_sms import (
    BenchError,
    Processes,
    Server,
    cpu_seconds,
    database,
    profile_path,
    say,
    server_env,
    start_profiler,
    start_server,
    summarize_profile,
)
from bench.serving import run_bench

PATH = "/webhooks/telegram"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
SECRET = "bench-webhook-secret-" + "4d9e1a7c"
ADMIN_DSN = "postgresql://postgres@127.0.0.1:5432/postgres"
FIRST_CHAT = 880_000_000

LUA = r"""
-- Telegram text-message Updates from linked chats; a unique update_id and message_id each
-- (Telegram numbers messages per chat; both count up from <first>, so none is ever repeated).
-- Arguments after `--`: <chat ids, comma-separated> <secret> <first update_id>.
local next_id = 0
function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
end

local texts = {"Hej, kan vi flytte mødet til torsdag?", "Tak for i går.",
  "مرحبا، هل يمكننا التحدث غدا؟", "Jeg kan ikke komme i dag, min søn er syg.", "ok",
  "Kan du ringe til mig efter kl. 14? Jeg har fået et brev fra kommunen."}

function init(args)
  chats = {}
  for chat in string.gmatch(args[1], "%d+") do chats[#chats + 1] = chat end
  headers = {["Content-Type"] = "application/json", ["X-Telegram-Bot-Api-Secret-Token"] = args[2]}
  first, n = tonumber(args[3]), 0
end

function request()
  n = n + 1
  local serial = n * 16 + id  -- unique across up to 16 wrk threads
  local chat = chats[serial % #chats + 1]
  local body = string.format('{"update_id":%d,"message":{"message_id":%d,' ..
    '"from":{"id":%s,"is_bot":false,"first_name":"Amira","language_code":"da"},' ..
    '"chat":{"id":%s,"first_name":"Amira","type":"private"},"date":%d,"text":"%s"}}',
    first + serial, first + serial, chat, chat, os.time(), texts[serial % #texts + 1])
  return wrk.format("POST", nil, headers, body)
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('BENCH_JSON {"duration_us":%d,"requests":%d,"status":%d,' ..
    '"socket":%d,"p50":%d,"p99":%d}\n', summary.duration, summary.requests, e.status,
    e.connect + e.read + e.write + e.timeout, latency:percentile(50), latency:percentile(99)))
end
"""

PACED = r"""
-- Paced: each request of this thread waits for its slot, INTERVAL ms after the previous one.
local ffi = require("ffi")
ffi.cdef[[
typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
int clock_gettime(int clk_id, bench_timespec *tp);
]]
local clock, interval, slot = ffi.new("bench_timespec"), INTERVAL, nil

function delay()
  ffi.C.clock_gettime(1, clock)  -- CLOCK_MONOTONIC
  local now = tonumber(clock.tv_sec) * 1000 + tonumber(clock.tv_nsec) / 1e6
  local start = math.max(slot or now, now)
  slot = start + interval
  return math.floor(start - now + 0.5)
end
"""


def create_bare_app() -> FastAPI:
    """The limit: check the secret header and parse the Update JSON, nothing more."""
    app = FastAPI(title="bare Telegram webhook endpoint")

    @app.post(PATH)
    async def webhook(request: Request) -> JSONResponse:
        given = request.headers.get(SECRET_HEADER) or ""
        if not secrets.compare_digest(given.encode(), SECRET.encode()):
            raise HTTPException(403, f"missing or wrong {SECRET_HEADER}")
        data = json.loads(await request.body())
        if not isinstance(data, dict) or "update_id" not in data:
            raise HTTPException(400, "body: a Telegram Update object is expected")
        return JSONResponse({"ok": True})

    return app


@dataclass(frozen=True)
class Figure:
    """What one wrk run measured."""

    rate: float
    requests: int
    failed: int  # answers >= 400 plus socket errors
    p50_ms: float
    p99_ms: float
    cpu: float  # the server's CPU cores in use on average

    @property
    def cpu_ms(self) -> float:
        """The server's CPU milliseconds per request (less noisy than the rate on a busy box)."""
        return 1000 * self.cpu / max(self.rate, 1e-9)


@contextlib.contextmanager
def fake_bot_api() -> Iterator[tuple[str, str]]:
    """The fake Bot API running on its own event loop in a thread; yields (url, token)."""
    from tests.fakes.telegram import FakeTelegram

    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()

    async def start() -> FakeTelegram:
        return await FakeTelegram().__aenter__()

    fake = asyncio.run_coroutine_threadsafe(start(), loop).result(10)
    try:
        yield fake.url, fake.token
    finally:
        asyncio.run_coroutine_threadsafe(fake.__aexit__(None, None, None), loop).result(10)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(5)


async def build_world(url: str, families: int) -> list[int]:
    """Migrate; a team, two contacts and `families` families of one Telegram member each."""
    from bot.actions.families import NewMember, create_family
    from bot.actions.people import create_team, create_worker
    from bot.config import Settings
    from bot.runtime import Runtime
    from storage.db import Database
    from storage.migrate import upgrade

    settings = Settings(_env_file=None, OPGANG_DATABASE_URL=url, OPGANG_SIMULATOR=False)
    rt = Runtime(settings=settings, db=Database(url))
    try:
        await upgrade(rt.db)
        team = await create_team(rt, name="Bench Opgang")
        contacts = [(await create_worker(rt, email=f"contact{i}@bench.invalid", role="worker",
                                         password="bench-password", team_id=team.id,
                                         name=f"Contact {i}")).id for i in (1, 2)]
        chats = [FIRST_CHAT + f for f in range(families)]
        for f, chat in enumerate(chats):
            await create_family(rt, team_id=team.id, name=f"Familie {f}", contacts=contacts,
                                members=[NewMember(name="Amira", role="parent", language="da",
                                                   telegram_chat_id=chat)])
        return chats
    finally:
        await rt.db.dispose()


async def count_stored(url: str) -> tuple[int, int]:
    """Inbound Telegram messages stored: (rows, distinct provider ids)."""
    from sqlalchemy import func, select

    from storage.db import Database
    from storage.models import Message

    db = Database(url)
    try:
        async with db.reading() as session:
            row = (await session.execute(
                select(func.count(), func.count(func.distinct(Message.provider_id)))
                .where(Message.direction == "in", Message.channel == "telegram"))).one()
    finally:
        await db.dispose()
    return int(row[0]), int(row[1])


def run_wrk(procs: Processes, server: Server, script: Path, chats: Sequence[int], first: int,
            seconds: float, connections: int, threads: int = 2) -> Figure:
    """One wrk run against `server`; update_ids start above `first`."""
    args = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds:g}s", "--latency",
            "--timeout", "10s", "-s", str(script), server.url + PATH, "--",
            ",".join(map(str, chats)), SECRET, str(first)]
    cpu_before = cpu_seconds(server.process.pid)
    child = procs.start(args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        out, _ = child.communicate(timeout=seconds + 60)
    finally:
        procs.stop(child, timeout=2)
    cpu = cpu_seconds(server.process.pid) - cpu_before
    text = out.decode(errors="replace")
    match = re.search(r"^BENCH_JSON (.*)$", text, re.M)
    if child.returncode != 0 or match is None:
        raise BenchError(f"wrk failed ({child.returncode}):\n{text[-2000:]}")
    got = json.loads(match.group(1))
    duration = got["duration_us"] / 1e6
    return Figure(got["requests"] / duration, got["requests"], got["status"] + got["socket"],
                  got["p50"] / 1000, got["p99"] / 1000, cpu / duration)


def post_one(server: Server, chat: int, update_id: int) -> tuple[int, str]:
    """One Update by hand, to see the server answer 200 before the load starts."""
    body = json.dumps({"update_id": update_id, "message": {
        "message_id": 1, "chat": {"id": chat, "type": "private", "first_name": "Amira"},
        "from": {"id": chat, "is_bot": False, "first_name": "Amira"}, "date": 1764590400,
        "text": "Hej"}}).encode()
    req = urllib.request.Request(server.url + PATH, data=body, method="POST", headers={
        "Content-Type": "application/json", SECRET_HEADER: SECRET})
    try:
        with urllib.request.urlopen(req, timeout=10) as answer:
            return answer.status, answer.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode(errors="replace")


@dataclass
class Run:
    """The settings of one benchmark run and the files it shares between servers."""

    opts: argparse.Namespace
    procs: Processes
    workdir: Path
    script: Path
    paced: Path
    chats: list[int]
    next_update: int

    def load(self, server: Server, seconds: float, connections: int,
             script: Path | None = None) -> Figure:
        first, self.next_update = self.next_update, self.next_update + 50_000_000
        return run_wrk(self.procs, server, script or self.script, self.chats, first, seconds,
                       connections, threads=min(2, connections))


def bare_figure(run: Run) -> Figure:
    server = start_server(run.procs, "bare", "bench.telegram_webhook:create_bare_app",
                          server_env({}), run.workdir, PATH)
    try:
        run.load(server, run.opts.warmup, run.opts.connections)
        return run.load(server, run.opts.duration, run.opts.connections)
    finally:
        run.procs.stop(server.process)


def our_figures(run: Run, kind: str, api: tuple[str, str]) -> tuple[Figure, Figure, str]:
    """Full load and half load on `kind`; and the check that every update was stored once."""
    with database(kind, run.workdir, run.opts.postgres) as url:
        asyncio.run(build_world(url, len(run.chats)))
        env = server_env({
            "OPGANG_DATABASE_URL": url, "OPGANG_PUBLIC_URL": "https://opgang.bench.invalid",
            "OPGANG_SIMULATOR": "0", "OPGANG_SECRET_KEY": "bench-" + uuid.uuid4().hex,
            "TELEGRAM_BOT_TOKEN": api[1], "OPGANG_TELEGRAM_API_URL": api[0],
            "OPGANG_TELEGRAM_MODE": "webhook", "TELEGRAM_WEBHOOK_SECRET": SECRET,
            "OPGANG_SPOOL_DIR": str(run.workdir / f"spool-{kind}"),
            "OPGANG_TIMEZONE": run.opts.timezone})
        server = start_server(run.procs, f"opgang-{kind}", "bot.app:create_app", env,
                              run.workdir, "/readyz")
        try:
            status, body = post_one(server, run.chats[0], 1)
            if status != 200:
                raise BenchError(f"{PATH} answered {status} to a valid update: {body[:300]}")
            warm = run.load(server, run.opts.warmup, run.opts.connections)
            profiler = (start_profiler(run.procs, run.opts, server, kind)
                        if run.opts.profile else None)
            full = run.load(server, run.opts.duration, run.opts.connections)
            if profiler is not None:
                profiler.wait(30)
            gap = interval(full.rate, min(2, run.opts.half_connections))
            run.paced.write_text(LUA + PACED.replace("INTERVAL", f"{gap:.3f}"))
            half = run.load(server, run.opts.duration, run.opts.half_connections, run.paced)
        finally:
            run.procs.stop(server.process, timeout=10)
        rows, distinct = asyncio.run(count_stored(url))
    answered = 1 + sum(f.requests - f.failed for f in (warm, full, half))
    ok = rows == distinct >= answered
    check = (f"{'OK' if ok else 'WRONG'} - {rows} messages stored, {rows - distinct} twice; "
             f"{answered} updates answered 200")
    return full, half, check


def interval(peak: float, threads: int) -> float:
    """Milliseconds between the requests of one wrk thread, to offer half of `peak` in all."""
    return 1000 * threads / max(peak / 2, 1.0)


def row(name: str, f: Figure) -> str:
    return (f"{name:<30}{f.rate:>8.0f}{f.p50_ms:>9.1f}{f.p99_ms:>9.1f}{f.requests:>9}"
            f"{f.failed:>8}{f.cpu:>9.0%}{f.cpu_ms:>11.2f}")


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.telegram_webhook",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--database", choices=("sqlite", "postgresql", "all"), default="sqlite")
    parser.add_argument("--duration", type=float, default=10.0, help="seconds of load (10)")
    parser.add_argument("--warmup", type=float, default=2.0, help="seconds of warm-up (2)")
    parser.add_argument("--connections", type=int, default=32, help="wrk connections (32)")
    parser.add_argument("--half-connections", type=int, default=8,
                        help="connections of the paced half-load run (8)")
    parser.add_argument("--families", type=int, default=50, help="linked Telegram chats (50)")
    parser.add_argument("--timezone", default="Europe/Copenhagen", help="OPGANG_TIMEZONE")
    parser.add_argument("--goal", type=float, default=0.5, help="ratio to pass (0.5)")
    parser.add_argument("--p99-goal", type=float, default=25.0,
                        help="p99 ms at half the peak rate (25)")
    parser.add_argument("--postgres", default=ADMIN_DSN, help=f"admin DSN ({ADMIN_DSN})")
    parser.add_argument("--profile", metavar="PATH",
                        help="record our server with py-spy during the full-load run: "
                             "PATH-<db>.txt (folded stacks, summarised) or PATH-<db>.json")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    opts = parse_args(argv)
    return run_bench("opgang-telegram-bench-", lambda procs, workdir: measure(opts, procs, workdir))


def measure(opts: argparse.Namespace, procs: Processes, workdir: Path) -> int:
    """The bare endpoint before, ours on each database, the bare endpoint after; the report."""
    kinds = ["sqlite", "postgresql"] if opts.database == "all" else [opts.database]
    load_average = os.getloadavg()
    script = workdir / "updates.lua"
    script.write_text(LUA)
    run = Run(opts, procs, workdir, script, workdir / "paced.lua",
              [FIRST_CHAT + f for f in range(opts.families)],
              random.randrange(10_000_000, 100_000_000))
    say("measuring the bare endpoint (before)")
    bares = [bare_figure(run)]
    ours: list[tuple[str, Figure, Figure, str]] = []
    with fake_bot_api() as api:
        for kind in kinds:
            say(f"measuring our app on {kind}")
            ours.append((kind, *our_figures(run, kind, api)))
    say("measuring the bare endpoint (after)")
    bares.append(bare_figure(run))
    return report(opts, bares, ours, load_average)


def report(opts: argparse.Namespace, bares: list[Figure],
           ours: list[tuple[str, Figure, Figure, str]], load: tuple[float, ...]) -> int:
    """Print the table and the ratios; 0 when every goal holds."""
    print(f"\nTelegram webhook ({PATH}), one uvicorn worker each; wrk -t2 -c{opts.connections} "
          f"-d{opts.duration:g}s; {os.cpu_count()} cores shared with wrk; load average "
          f"{load[0]:.1f} before the run")
    print(f"{'server':<30}{'req/s':>8}{'p50 ms':>9}{'p99 ms':>9}{'requests':>9}{'failed':>8}"
          f"{'srv CPU':>9}{'CPU ms/upd':>11}")
    print(row("bare FastAPI (before)", bares[0]))
    for kind, full, half, _ in ours:
        print(row(f"opgang {kind}", full))
        print(row(f"opgang {kind}, half load", half))
    print(row("bare FastAPI (after)", bares[1]))
    limit = sum(b.rate for b in bares) / len(bares)
    print(f"\nbare rate (the limit): {limit:.0f} req/s, mean of before and after "
          f"({min(b.rate for b in bares):.0f}-{max(b.rate for b in bares):.0f})")
    passed = True
    for kind, full, half, check in ours:
        ratio = full.rate / limit
        ok_rate = ratio >= opts.goal and not full.failed
        ok_p99 = half.p99_ms <= opts.p99_goal and not half.failed
        passed &= ok_rate and ok_p99 and check.startswith("OK")
        print(f"opgang {kind:<11} ratio to bare {ratio:6.1%} (goal {opts.goal:.0%}): "
              f"{'PASS' if ok_rate else 'FAIL'}; p99 {half.p99_ms:.1f} ms at {half.rate:.0f} "
              f"req/s, {half.rate / full.rate:.0%} of its peak (goal {opts.p99_goal:g} ms): "
              f"{'PASS' if ok_p99 else 'FAIL'}")
        print(f"  stored once: {check}")
    print(f"load average after the run: {os.getloadavg()[0]:.1f}")
    if opts.profile:
        for kind, *_ in ours:
            path = profile_path(opts, kind)
            print(summarize_profile(path) if path.suffix == ".txt" else f"profile: {path}")
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
