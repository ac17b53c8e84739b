"""Inbound SMS webhooks per second: our app next to a bare FastAPI endpoint, measured with wrk.

Run `python -m bench.inbound_sms --help` for the flags; bench/README.md explains the figures.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import contextlib
import hashlib
import hmac
import http.server
import json
import os
import random
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import Any

from twilio.request_validator import RequestValidator

from bench.bare_app import TWIML

REPO = Path(__file__).resolve().parent.parent
PATH = "/webhooks/twilio/sms"
# Twilio signs against the public URL; the server is reached on loopback behind it, as in production
# behind a reverse proxy.
PUBLIC_URL = "https://opgang.bench.invalid"
AUTH_TOKEN = "bench0auth0token0" + "7f3c9a1e5b2d4c6f8a0b"
ACCOUNT_SID = "AC" + "5f0e1d2c3b4a59687766554433221100"
TEAM_NUMBER = "+4570203040"
# Pre-signed requests per second of load: far above our rate, so no MessageSid repeats (the bare
# endpoint may run through them more than once; it stores nothing, so repeats cost it nothing).
PER_SECOND = 4000
SPOOL_WAIT = 8.0
"""Seconds to let the server replay its spool after the load (it looks every 3 s)."""
ADMIN_DSN = "postgresql://postgres@127.0.0.1:5432/postgres"
BODIES = (
    "Hej, kan vi flytte mødet til torsdag?",
    "Tak for i går. Yusuf har fået svar fra skolen.",
    "مرحبا، هل يمكننا التحدث غدا؟",
    "Jeg kan ikke komme i dag, min søn er syg.",
    "Hvornår skal vi til jobcentret?",
    "ok",
    "Kan du ringe til mig efter kl. 14? Jeg har fået et brev fra kommunen, som jeg ikke forstår.",
    "Salaan, waan ku soo wacayaa berri.",
)

LUA = r"""
-- Replays pre-signed Twilio webhook requests, a disjoint slice of the data file per thread.
-- Arguments after `--`: <data file> <number of threads>. Lines: "<signature>\t<form body>".
local threads = {}
local next_id = 0

function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

function init(args)
  local nthreads = tonumber(args[2])
  prepared, issued = {}, 0
  local line_no = 0
  for line in io.lines(args[1]) do
    if line_no % nthreads == id then
      local tab = string.find(line, "\t", 1, true)
      local headers = {
        ["Content-Type"] = "application/x-www-form-urlencoded",
        ["X-Twilio-Signature"] = string.sub(line, 1, tab - 1),
        ["User-Agent"] = "TwilioProxy/1.1",
        ["Accept"] = "*/*",
      }
      prepared[#prepared + 1] = wrk.format("POST", wrk.path, headers, string.sub(line, tab + 1))
    end
    line_no = line_no + 1
  end
  count = #prepared
  -- wrk calls request() once on its first thread before the run, to check it; that one is
  -- never sent, so it must not use up a MessageSid.
  verifying = (id == 0)
end

function request()
  if verifying then
    verifying = false
    return prepared[1]
  end
  -- The first `issued` requests of this thread's slice were handed out (wrapping if too few).
  local index = issued % count
  issued = issued + 1
  return prepared[index + 1]
end

function done(summary, latency, requests)
  local parts = {}
  for _, thread in ipairs(threads) do
    parts[#parts + 1] = string.format('{"id":%d,"issued":%d,"count":%d}',
      thread:get("id"), thread:get("issued"), thread:get("count"))
  end
  local e = summary.errors
  io.write(string.format(
    'BENCH_JSON {"duration_us":%d,"requests":%d,' ..
    '"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d},' ..
    '"latency_us":{"p50":%d,"p90":%d,"p99":%d,"max":%d},"threads":[%s]}\n',
    summary.duration, summary.requests, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max,
    table.concat(parts, ",")))
end
"""


PACED = r"""
-- Paced: each request of this thread waits for its slot, INTERVAL ms after the previous one
-- (wrk has no rate option; the clock is CLOCK_MONOTONIC through LuaJIT's ffi).
local ffi = require("ffi")
ffi.cdef[[
typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
int clock_gettime(int clk_id, bench_timespec *tp);
]]
local clock, interval, slot = ffi.new("bench_timespec"), INTERVAL, nil

function delay()
  ffi.C.clock_gettime(1, clock)
  local now = tonumber(clock.tv_sec) * 1000 + tonumber(clock.tv_nsec) / 1e6
  local start = math.max(slot or now, now)
  slot = start + interval
  return math.floor(start - now + 0.5)
end
"""
HALF_CONNECTIONS = 8
"""Connections of the paced run at half the peak rate (enough to offer it, few enough that
latency is the server's, not a queue wrk builds up)."""


def paced_script(path: Path, peak: float, threads: int) -> Path:
    """The request script, each wrk thread paced so that all offer half of `peak` per second."""
    gap_ms = 1000 * threads / max(peak / 2, 1.0)
    path.write_text(LUA + PACED.replace("INTERVAL", f"{gap_ms:.3f}"))
    return path


_STARTED = time.monotonic()


def say(text: str) -> None:
    """A progress line with the seconds since the start, so slow phases show."""
    print(f"[{time.monotonic() - _STARTED:5.1f} s] {text}", flush=True)


class BenchError(Exception):
    """The benchmark could not produce a figure (a server did not start, wrk failed, ...)."""


# --- requests ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class RequestSet:
    """Pre-signed requests in a data file, and their MessageSids in file order."""

    path: Path
    sids: list[str]
    senders: list[str] = field(default_factory=list)  # the From of each, in file order

    def issued(self, threads: Sequence[dict[str, int]], nthreads: int) -> set[str]:
        """The MessageSids wrk handed out, from each thread's count of issued requests."""
        sent: set[str] = set()
        for thread in threads:
            mine = self.sids[thread["id"]::nthreads]
            sent.update(mine[:thread["issued"]])
        return sent


def new_sid(rng: random.Random) -> str:
    return f"SM{rng.getrandbits(128):032x}"


def twilio_form(sid: str, sender: str, body: str) -> dict[str, str]:
    """The fields Twilio posts for an inbound SMS, in its order."""
    return {
        "ToCountry": "DK", "ToState": "", "SmsMessageSid": sid, "NumMedia": "0", "ToCity": "",
        "FromZip": "", "SmsSid": sid, "FromState": "", "SmsStatus": "received", "FromCity": "",
        "Body": body, "FromCountry": "DK", "To": TEAM_NUMBER, "ToZip": "", "NumSegments": "1",
        "MessageSid": sid, "AccountSid": ACCOUNT_SID, "From": sender, "ApiVersion": "2010-04-01",
    }


def signature(url: str, form: dict[str, str]) -> str:
    """Twilio's X-Twilio-Signature: HMAC-SHA1 of the URL and the sorted name+value pairs.

    The same computation as `RequestValidator.compute_signature` (checked on the first request),
    without its per-call overhead: tens of thousands are signed before each run.
    """
    payload = url + "".join(name + form[name] for name in sorted(form))
    digest = hmac.new(AUTH_TOKEN.encode(), payload.encode(), hashlib.sha1).digest()
    return base64.b64encode(digest).decode()


def write_requests(path: Path, n: int, known: Sequence[str], unknown: Sequence[str],
                   unknown_share: float, rng: random.Random) -> RequestSet:
    """Sign `n` requests with unique MessageSids; a share comes from senders no family knows."""
    url = PUBLIC_URL + PATH
    validator = RequestValidator(AUTH_TOKEN)
    sids, senders = [], []
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            sid = new_sid(rng)
            sender = rng.choice(unknown if rng.random() < unknown_share else known)
            form = twilio_form(sid, sender, rng.choice(BODIES))
            signed = signature(url, form)
            if i == 0 and signed != validator.compute_signature(url, form):
                raise BenchError("the bench's signature differs from twilio's RequestValidator")
            out.write(f"{signed}\t{urllib.parse.urlencode(form)}\n")
            sids.append(sid)
            senders.append(sender)
    return RequestSet(path, sids, senders)


@dataclass(frozen=True)
class Requests:
    """The run's request sets: one smoke test, the warm-up, the measured load."""

    smoke: RequestSet
    warmup: RequestSet
    main: RequestSet
    half: RequestSet  # the paced run at half the peak rate


# --- processes --------------------------------------------------------------------------------


class Processes:
    """Every child process this run started, ended on the way out whatever happens."""

    def __init__(self) -> None:
        self.children: list[subprocess.Popen[bytes]] = []

    def start(self, args: Sequence[str], **kwargs: Any) -> subprocess.Popen[bytes]:
        # A session of its own: Ctrl-C reaches only us, and we stop the children in order.
        child = subprocess.Popen(list(args), start_new_session=True, **kwargs)
        self.children.append(child)
        return child

    def stop(self, child: subprocess.Popen[bytes], timeout: float = 10.0) -> None:
        """SIGINT (a graceful uvicorn shutdown), then SIGKILL if it lingers."""
        if child.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(child.pid, signal.SIGINT)
            try:
                child.wait(timeout)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(child.pid, signal.SIGKILL)
                child.wait()
        if child in self.children:
            self.children.remove(child)

    def stop_all(self) -> None:
        for child in list(self.children):
            self.stop(child, timeout=5.0)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class Server:
    """One uvicorn process with one worker on loopback."""

    name: str
    port: int
    process: subprocess.Popen[bytes]
    log: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def tail(self, lines: int = 30) -> str:
        text = self.log.read_text(errors="replace").splitlines()
        return "\n".join(text[-lines:])


def start_server(procs: Processes, name: str, target: str, env: dict[str, str], workdir: Path,
                 ready_path: str) -> Server:
    port = free_port()
    log = workdir / f"{name}.log"
    args = [sys.executable, "-m", "uvicorn", target, "--factory", "--host", "127.0.0.1",
            "--port", str(port), "--no-access-log", "--loop", "uvloop", "--http", "httptools",
            "--log-level", "warning", "--app-dir", str(REPO)]
    with log.open("wb") as out:
        process = procs.start(args, cwd=workdir, env=env, stdout=out, stderr=subprocess.STDOUT)
    server = Server(name, port, process, log)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise BenchError(f"{name} server exited with {process.returncode}:\n{server.tail()}")
        try:
            with urllib.request.urlopen(server.url + ready_path, timeout=2) as answer:
                if answer.status < 500:
                    return server
        except urllib.error.HTTPError as exc:
            if exc.code < 500:
                return server
        except OSError:
            pass
        time.sleep(0.1)
    raise BenchError(f"{name} server not ready within 30 s:\n{server.tail()}")


def server_env(extra: dict[str, str]) -> dict[str, str]:
    """The environment minus anything that would switch on providers we do not mean to run."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("OPGANG_", "TWILIO_", "TELEGRAM_"))}
    env.update(extra)
    return env


@contextlib.contextmanager
def fake_twilio_api() -> Iterator[str]:
    """A loopback stand-in for Twilio's REST API, for the out-of-hours answers the app sends."""

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - the stdlib's name
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            sid = "SM" + uuid.uuid4().hex
            body = json.dumps({"sid": sid, "status": "queued", "account_sid": ACCOUNT_SID,
                               "error_code": None, "error_message": None}).encode()
            self.send_response(201)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST  # noqa: N815

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


# --- wrk --------------------------------------------------------------------------------------


@dataclass
class Load:
    """What wrk measured against one server."""

    seconds: float
    completed: int
    errors: dict[str, int]
    p50_ms: float
    p90_ms: float
    p99_ms: float
    max_ms: float
    threads: list[dict[str, int]]
    rps_text: float  # wrk's own "Requests/sec" line
    server_cpu: float  # CPU seconds the server process used during the run

    @property
    def cpu_share(self) -> float:
        """The server's CPU use in cores (1.0 = one core busy all the time)."""
        return self.server_cpu / self.seconds if self.seconds else 0.0

    @property
    def cpu_ms_per_request(self) -> float:
        return 1000 * self.server_cpu / self.completed if self.completed else 0.0

    @property
    def rate(self) -> float:
        """Requests per second as wrk prints it (completed requests over the run's duration)."""
        if self.rps_text:
            return self.rps_text
        return self.completed / self.seconds if self.seconds else 0.0

    @property
    def ok(self) -> int:
        """Completed requests with a status below 400 (wrk counts the others in errors.status)."""
        return self.completed - self.errors["status"]

    @property
    def wrapped(self) -> bool:
        return any(t["issued"] > t["count"] for t in self.threads)


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process and all its threads so far (Linux /proc)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def run_wrk(procs: Processes, opts: argparse.Namespace, url: str, script: Path,
            requests: RequestSet, seconds: float, log: Path, server_pid: int,
            connections: int | None = None) -> Load:
    args = ["wrk", f"-t{opts.threads}", f"-c{connections or opts.connections}",
            f"-d{seconds:g}s", "--latency",
            "--timeout", "10s", "-s", str(script), url + PATH, "--",
            str(requests.path), str(opts.threads)]
    cpu_before = cpu_seconds(server_pid)
    child = procs.start(args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        out, _ = child.communicate(timeout=seconds + 60)
    finally:
        procs.stop(child, timeout=2)
    server_cpu = cpu_seconds(server_pid) - cpu_before
    text = out.decode(errors="replace")
    with log.open("a") as saved:
        saved.write(f"$ {' '.join(args)}\n{text}\n")
    match = re.search(r"^BENCH_JSON (.*)$", text, re.M)
    if child.returncode != 0 or match is None:
        raise BenchError(f"wrk failed ({child.returncode}):\n{text[-2000:]}")
    data = json.loads(match.group(1))
    rps = re.search(r"Requests/sec:\s*([\d.]+)", text)
    lat = data["latency_us"]
    return Load(seconds=data["duration_us"] / 1e6, completed=data["requests"],
                errors=data["errors"], p50_ms=lat["p50"] / 1e3, p90_ms=lat["p90"] / 1e3,
                p99_ms=lat["p99"] / 1e3, max_ms=lat["max"] / 1e3, threads=data["threads"],
                rps_text=float(rps.group(1)) if rps else 0.0, server_cpu=server_cpu)


def post_one(url: str, requests: RequestSet, index: int) -> tuple[int, str]:
    """Send one pre-signed request from the data file (a smoke test before the load)."""
    with requests.path.open(encoding="utf-8") as lines:
        for i, line in enumerate(lines):
            if i == index:
                signature, body = line.rstrip("\n").split("\t", 1)
                break
    req = urllib.request.Request(url + PATH, data=body.encode(), method="POST", headers={
        "Content-Type": "application/x-www-form-urlencoded", "X-Twilio-Signature": signature})
    try:
        with urllib.request.urlopen(req, timeout=10) as answer:
            return answer.status, answer.read().decode(errors="replace")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode(errors="replace")


# --- databases --------------------------------------------------------------------------------


@dataclass
class World:
    """The phone numbers the benchmark's senders use."""

    known: list[str]
    unknown: list[str]


def phone(i: int, base: int) -> str:
    return f"+45{base + i:08d}"


async def build_world(url: str, families: int, unknown: int,
                      timezone: str = "Europe/Copenhagen") -> World:
    """Migrate, then a team, two contacts and `families` families of two, through the actions.

    The team's opening hours are read in its own `timezone` (bot/rules_cache.py), so that is
    where `--timezone` has to go for the out-of-hours rule to follow it.
    """
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
        team = await create_team(rt, name="Bench Opgang", sms_number=TEAM_NUMBER,
                                 timezone=timezone)
        contacts = [
            await create_worker(rt, email=f"contact{i}@bench.invalid", password="bench-password",
                                role="worker", team_id=team.id, name=f"Contact {i}")
            for i in (1, 2)]
        known = [phone(i, 20100000) for i in range(2 * families)]

        async def family(f: int) -> None:
            await create_family(
                rt, team_id=team.id, name=f"Familie {f}", contacts=[c.id for c in contacts],
                members=[NewMember(name="Forælder", role="parent", language="da",
                                   phone=known[2 * f]),
                         NewMember(name="Ung", role="youth", language="ar",
                                   phone=known[2 * f + 1])])

        for f in range(families):  # one at a time: concurrently is no faster, even on PostgreSQL
            await family(f)
        return World(known, [phone(i, 20900000) for i in range(unknown)])
    finally:
        await rt.db.dispose()


@dataclass
class Stored:
    """Inbound SMS rows found in the database after the run."""

    rows: int
    distinct: int
    sids: set[str]
    family: int
    intake: int
    outbound: int


async def read_stored(url: str) -> Stored:
    from sqlalchemy import func, select

    from storage.db import Database
    from storage.models import Message

    db = Database(url)
    try:
        async with db.reading() as session:
            rows = (await session.execute(
                select(Message.provider_id, Message.family_id)
                .where(Message.direction == "in", Message.channel == "sms"))).all()
            outbound = await session.scalar(
                select(func.count()).select_from(Message).where(Message.direction == "out"))
    finally:
        await db.dispose()
    sids = {r[0] for r in rows if r[0] is not None}
    intake = sum(1 for r in rows if r[1] is None)
    return Stored(len(rows), len(sids), sids, len(rows) - intake, intake, outbound or 0)


@contextlib.contextmanager
def database(kind: str, workdir: Path, admin_dsn: str) -> Iterator[str]:
    """A fresh, empty database URL; a PostgreSQL one is dropped afterwards."""
    if kind == "sqlite":
        yield f"sqlite+aiosqlite:///{workdir / 'opgang-bench.db'}"
        return
    import asyncpg  # type: ignore[import-untyped]

    name = f"opgang_bench_{uuid.uuid4().hex[:10]}"
    base = admin_dsn.rpartition("/")[0]

    async def admin(sql: str) -> None:
        conn = await asyncpg.connect(admin_dsn, timeout=5)
        try:
            await conn.execute(sql)
        finally:
            await conn.close()

    asyncio.run(admin(f'CREATE DATABASE "{name}"'))
    try:
        yield base.replace("postgresql://", "postgresql+asyncpg://", 1) + f"/{name}"
    finally:
        asyncio.run(admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


# --- the run ----------------------------------------------------------------------------------


@dataclass
class Result:
    """One server's figure."""

    name: str
    load: Load | None = None
    half: Load | None = None  # paced at half of `load`'s rate: the latency figure
    error: str | None = None
    check: str | None = None
    check_ok: bool = True
    spool_left: int = 0
    notes: list[str] = field(default_factory=list)


def measure(procs: Processes, opts: argparse.Namespace, server: Server, script: Path,
            reqs: Requests, log: Path) -> tuple[Load, Load]:
    warm = run_wrk(procs, opts, server.url, script, reqs.warmup, opts.warmup, log,
                   server.process.pid)
    load = run_wrk(procs, opts, server.url, script, reqs.main, opts.duration, log,
                   server.process.pid)
    return warm, load


def bare_figure(procs: Processes, opts: argparse.Namespace, workdir: Path, script: Path,
                reqs: Requests, when: str) -> Result:
    """The bare endpoint's figure; measured before and after ours, as the machine drifts."""
    say(f"measuring the bare endpoint ({when})")
    try:
        return run_bare(procs, opts, workdir, script, reqs, f"bare FastAPI ({when})")
    except BenchError as exc:
        return Result(f"bare FastAPI ({when})", error=str(exc))


def run_bare(procs: Processes, opts: argparse.Namespace, workdir: Path, script: Path,
             reqs: Requests, name: str) -> Result:
    result = Result(name)
    server = start_server(procs, "bare", "bench.bare_app:create_app", server_env({}), workdir,
                          PATH)
    try:
        status, body = post_one(server.url, reqs.smoke, 0)
        if status != 200:
            raise BenchError(f"bare endpoint answered {status}: {body[:200]}")
        _, result.load = measure(procs, opts, server, script, reqs, workdir / "wrk.log")
    finally:
        procs.stop(server.process)
    return result


def run_ours(procs: Processes, opts: argparse.Namespace, kind: str, workdir: Path, script: Path,
             reqs: Requests, world_url: str, twilio_api: str) -> Result:
    result = Result(f"opgang {kind}")
    spool = workdir / f"spool-{kind}"
    env = server_env({
        "OPGANG_DATABASE_URL": world_url, "OPGANG_PUBLIC_URL": PUBLIC_URL,
        "OPGANG_SIMULATOR": "0", "OPGANG_SECRET_KEY": "bench-" + uuid.uuid4().hex,
        "TWILIO_ACCOUNT_SID": ACCOUNT_SID, "TWILIO_AUTH_TOKEN": AUTH_TOKEN,
        "TWILIO_FROM_NUMBER": TEAM_NUMBER, "OPGANG_TWILIO_API_URL": twilio_api,
        "OPGANG_SPOOL_DIR": str(spool), "OPGANG_TIMEZONE": opts.timezone,
    })
    server = start_server(procs, f"opgang-{kind}", "bot.app:create_app", env, workdir, "/readyz")
    say(f"our server is up on {server.url}; smoke test, warm-up, load")
    profiler = None
    try:
        status, body = post_one(server.url, reqs.smoke, 0)
        if status != 200:
            raise BenchError(f"{PATH} answered {status} to a valid signed request: {body[:300]}")
        if body != TWIML:
            raise BenchError(f"{PATH} answered {body[:300]!r}, not the bare app's {TWIML!r}")
        warm = run_wrk(procs, opts, server.url, script, reqs.warmup, opts.warmup,
                       workdir / "wrk.log",
                       server.process.pid)
        if opts.profile:
            profiler = start_profiler(procs, opts, server, kind)
        load = run_wrk(procs, opts, server.url, script, reqs.main, opts.duration,
                       workdir / "wrk.log",
                       server.process.pid)
        result.load = load
        if profiler is not None:
            procs.stop(profiler, timeout=30)
            profiler = None
        say(f"half load: {load.rate / 2:.0f} req/s, paced, {HALF_CONNECTIONS} connections")
        half = run_wrk(procs, opts, server.url,
                       paced_script(workdir / "paced.lua", load.rate, opts.threads), reqs.half,
                       opts.duration, workdir / "wrk.log", server.process.pid,
                       connections=HALF_CONNECTIONS)
        result.half = half
        say("load done; letting the server replay its spool, then checking the database")
        # Requests that waited too long for the database were answered 200 and kept in the spool;
        # the server replays them in the background: let it finish before counting.
        left = wait_for_spool(spool, timeout=SPOOL_WAIT)
        if left:
            result.spool_left = left
            result.notes.append(f"{left} spooled messages not replayed within {SPOOL_WAIT:g} s "
                                "after the load" + sqlite_lock_note(world_url))
    finally:
        if profiler is not None:
            procs.stop(profiler, timeout=30)
        procs.stop(server.process, timeout=5)
    spooled = server.log.read_text(errors="replace").count("spooled to ")
    if spooled:
        result.notes.append(f"{spooled} requests waited longer than the webhook's database "
                            "timeout and were spooled (answered 200, stored by the replay)")
    if opts.profile and profile_path(opts, kind).suffix != ".json" \
            and profile_path(opts, kind).exists():
        result.notes.append(summarize_profile(profile_path(opts, kind)))
    if server.process.returncode not in (0, -signal.SIGINT):
        errors = [line for line in server.tail(200).splitlines() if "Error" in line]
        result.notes.append(f"server did not stop within 5 s of SIGINT (exit code "
                            f"{server.process.returncode}); last error logged: "
                            f"{errors[-1] if errors else 'none'}")
    verify(result, kind, asyncio.run(read_stored(world_url)), warm, load, half, reqs, opts)
    return result


def profile_path(opts: argparse.Namespace, kind: str) -> Path:
    target = Path(opts.profile)
    return target.with_name(f"{target.stem}-{kind}{target.suffix or '.txt'}")


def sqlite_lock_note(url: str) -> str:
    """Whether the server still holds SQLite's write lock though no request is running."""
    if not url.startswith("sqlite"):
        return ""
    import sqlite3

    conn = sqlite3.connect(url.split(":///", 1)[1], timeout=1.0, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")
        return "; the database's write lock is free"
    except sqlite3.OperationalError as exc:
        return f"; the idle server still holds SQLite's write lock ({exc})"
    finally:
        conn.close()


def wait_for_spool(spool: Path, timeout: float) -> int:
    """Wait until the server's spool is empty; the number of files still there."""
    # Once wrk stops, the requests still in flight finish within a second (or are spooled).
    time.sleep(1.5)
    deadline = time.monotonic() + timeout
    while True:
        left = len(list(spool.glob("*.json"))) if spool.exists() else 0
        if not left or time.monotonic() > deadline:
            return left
        time.sleep(0.5)


def start_profiler(procs: Processes, opts: argparse.Namespace, server: Server,
                   kind: str) -> subprocess.Popen[bytes]:
    if shutil.which("py-spy") is None:
        raise BenchError("--profile needs py-spy (pip install py-spy)")
    out = profile_path(opts, kind)
    out.parent.mkdir(parents=True, exist_ok=True)
    fmt = "speedscope" if out.suffix == ".json" else "raw"
    # --gil: sample the thread holding the GIL, i.e. where the server's Python CPU time goes.
    return procs.start(["py-spy", "record", "--pid", str(server.process.pid), "--rate", "250",
                        "--gil",
                        "--duration", f"{opts.duration:g}", "--format", fmt, "--output", str(out),
                        "--nonblocking"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


FRAME = re.compile(r"^(?P<func>.*) \((?P<file>[^():]+)(?::\d+)?\)$")
OURS = ("bot/", "handlers/", "storage/")
LIBRARIES = ("sqlalchemy", "aiosqlite", "asyncpg", "starlette", "fastapi", "uvicorn", "twilio",
             "pydantic", "greenlet", "asyncio", "json")


def summarize_profile(path: Path, top: int = 15) -> str:
    """Where the sampled time went: our functions (inclusive), and self time per library."""
    inclusive: dict[str, int] = {}
    own: dict[str, int] = {}
    total = 0
    for line in path.read_text(errors="replace").splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack or not count.isdigit():
            continue
        n = int(count)
        total += n
        frames = [m.group("func") + " (" + m.group("file") + ")"
                  for f in stack.split(";") if (m := FRAME.match(f))]
        for name in {f for f in frames if any(f"({p}" in f for p in OURS)}:
            inclusive[name] = inclusive.get(name, 0) + n
        leaf = frames[-1] if frames else "?"
        where = next((lib for lib in LIBRARIES if f"({lib}/" in leaf or f"({lib}." in leaf),
                     "our code" if any(f"({p}" in leaf for p in OURS) else "other")
        own[where] = own.get(where, 0) + n
    if not total:
        return f"no samples in {path}"
    lines = [f"profile {path} ({total} samples of the thread holding the GIL)",
             "  our functions, inclusive:"]
    for name, n in sorted(inclusive.items(), key=lambda kv: -kv[1])[:top]:
        lines.append(f"  {100 * n / total:5.1f}%  {name}")
    lines.append("  self time by package:")
    for name, n in sorted(own.items(), key=lambda kv: -kv[1]):
        lines.append(f"  {100 * n / total:5.1f}%  {name}")
    return "\n".join(lines)


def verify(result: Result, kind: str, stored: Stored, warm: Load, load: Load, half: Load,
           reqs: Requests, opts: argparse.Namespace) -> None:
    """Every answered MessageSid stored exactly once; nothing stored that was not sent."""
    runs = ((reqs.warmup, warm), (reqs.main, load), (reqs.half, half))
    issued = set(reqs.smoke.sids).union(*(r.issued(w.threads, opts.threads) for r, w in runs))
    answered = warm.ok + load.ok + half.ok + 1
    # At most one per connection at each cut-off (two for each full-load run, one paced).
    in_flight = 2 * opts.connections + HALF_CONNECTIONS
    missing = len(issued - stored.sids)
    unexpected = len(stored.sids - issued)
    duplicates = stored.rows - stored.distinct
    failed = sum(w.errors["status"] + w.errors["timeout"] for w in (warm, load, half))
    wrapped = warm.wrapped or load.wrapped or half.wrapped
    result.check_ok = (duplicates == 0 and unexpected == 0 and not result.spool_left
                       and missing <= in_flight + failed
                       and (wrapped or stored.distinct >= answered))
    result.check = (f"{kind}: {stored.rows} inbound rows ({stored.family} family, "
                    f"{stored.intake} intake), {duplicates} duplicate MessageSids, "
                    f"{unexpected} never sent; {answered} requests answered < 400, "
                    f"{len(issued)} sids handed to wrk, {missing} of them not stored "
                    f"(allowed: {in_flight} in flight at cut-off + {failed} failed), "
                    f"{result.spool_left} answered 200 but still only in the spool; "
                    f"{stored.outbound} automatic answers queued")
    flooded = _over_flood_limit(reqs, runs, opts)
    if flooded >= 0.005:
        from bot import flood

        result.notes.append(
            f"{flooded:.0%} of the known senders' messages came over the flood limit "
            f"(bot/flood.py: more than {flood.LIMIT} a minute from one number): stored and "
            "answered, but not routed and never answered automatically; --families N spreads "
            "the load over more numbers")
    if wrapped:
        result.notes.append("wrk ran out of pre-signed requests and repeated MessageSids "
                            "(cheap duplicates); raise --requests")


def _over_flood_limit(reqs: Requests, runs: Sequence[tuple[RequestSet, Load]],
                      opts: argparse.Namespace) -> float:
    """The share of messages from known senders beyond the flood rule's limit in this run.

    The whole run (warm-up, load, paced load) is counted as one window: it lasts about as long as
    the rule's minute. Unknown senders go to the intake, where the rule does not apply.
    """
    from bot import flood

    issued = set().union(*(r.issued(w.threads, opts.threads) for r, w in runs))
    counts: dict[str, int] = {}
    for requests, _ in runs:
        for sid, sender in zip(requests.sids, requests.senders, strict=True):
            # Not one of the unknown senders' numbers (`World.unknown`: phone(i, 20900000)).
            if sid in issued and not sender.startswith("+45209"):
                counts[sender] = counts.get(sender, 0) + 1
    total = sum(counts.values())
    over = sum(max(0, n - flood.LIMIT) for n in counts.values())
    return over / total if total else 0.0


def office_open(zone: str) -> bool:
    """Whether the default opening hours hold now in `zone` (the out-of-hours rule is off)."""
    from zoneinfo import ZoneInfo

    from bot.scheduling.hours import OpeningHours, is_open
    from storage.types import utcnow

    return is_open(utcnow(), OpeningHours(), ZoneInfo(zone))


def table(bares: list[Result], ours: list[Result], opts: argparse.Namespace,
          load_average: tuple[float, float, float]) -> tuple[str, bool]:
    """The report: one row per measurement, then the ratios and the checks."""
    lines = [
        f"Inbound SMS webhook ({PATH}), one uvicorn worker (uvloop, httptools) on 127.0.0.1",
        f"wrk -t{opts.threads} -c{opts.connections} -d{opts.duration:g}s after "
        f"{opts.warmup:g}s warm-up; {os.cpu_count()} cores shared by wrk and the server; "
        f"load average before the run {load_average[0]:.1f}",
        f"team's office {'open' if office_open(opts.timezone) else 'closed'} "
        f"({opts.timezone}): when closed, each message also claims a once-a-day answer",
        "",
        f"{'server':<22}{'req/s':>8}{'p50 ms':>9}{'p90 ms':>9}{'p99 ms':>9}"
        f"{'answered':>10}{'>=400':>7}{'sock err':>9}{'srv CPU':>9}{'CPU ms/req':>11}",
    ]
    for r in [*bares[:1], *ours, *bares[1:]]:
        if r.load is None:
            lines.append(f"{r.name:<22}  no figure: {(r.error or '').splitlines()[0]}")
            continue
        for name, w in ((r.name, r.load), (f"  {r.name[7:]}, half", r.half)):
            if w is None:
                continue
            e = w.errors
            lines.append(f"{name:<22}{w.rate:>8.0f}{w.p50_ms:>9.1f}{w.p90_ms:>9.1f}"
                         f"{w.p99_ms:>9.1f}{w.completed:>10}{e['status']:>7}"
                         f"{e['connect'] + e['read'] + e['write'] + e['timeout']:>9}"
                         f"{w.cpu_share:>9.0%}{w.cpu_ms_per_request:>11.2f}")
    rates = [r.load.rate for r in bares if r.load is not None and r.load.errors["status"] == 0]
    limit = sum(rates) / len(rates) if rates else 0.0
    lines.append("")
    if len(rates) > 1:
        lines.append(f"bare rate (the limit): {limit:.0f} req/s, mean of the runs before and "
                     f"after ours (spread {min(rates):.0f}-{max(rates):.0f})")
    passed = limit > 0
    for r in ours:
        if r.load is None or not limit:
            lines.append(f"{r.name:<22} ratio: n/a  FAIL")
            passed = False
            continue
        ratio = r.load.rate / limit
        ok = ratio >= opts.goal and r.load.errors["status"] == 0 and r.check_ok
        passed &= ok
        lines.append(f"{r.name:<22} ratio to bare: {ratio:6.1%}  goal {opts.goal:.0%}  "
                     f"{'PASS' if ok else 'FAIL'}")
        if r.half is not None:
            quick = r.half.p99_ms <= opts.p99_goal and r.half.errors["status"] == 0
            passed &= quick
            lines.append(f"{r.name:<22} p99 at half load: {r.half.p99_ms:.1f} ms at "
                         f"{r.half.rate:.0f} req/s ({r.half.rate / r.load.rate:.0%} of its peak)"
                         f"  goal {opts.p99_goal:g} ms  {'PASS' if quick else 'FAIL'}")
    for r in ours:
        if r.check:
            lines.append(f"stored once: {'OK' if r.check_ok else 'WRONG'} - {r.check}")
        lines += [f"note ({r.name}): {n}" for n in r.notes]
    return "\n".join(lines), passed


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m bench.inbound_sms",
        description="Inbound SMS webhooks per second, ours against a bare FastAPI endpoint.")
    parser.add_argument("--database", choices=("sqlite", "postgresql", "all"), default="sqlite",
                        help="which database our app runs on (default: sqlite)")
    parser.add_argument("--duration", type=float, default=10.0, help="seconds of load (10)")
    parser.add_argument("--warmup", type=float, default=2.0, help="seconds of warm-up (2)")
    parser.add_argument("--threads", type=int, default=2, help="wrk threads (2)")
    parser.add_argument("--connections", type=int, default=32, help="wrk connections (32)")
    parser.add_argument("--requests", type=int, default=0,
                        help="pre-signed requests for the measured run (default: "
                             f"{PER_SECOND} per second of --duration)")
    parser.add_argument("--families", type=int, default=500,
                        help="families of two phone numbers in the database (500: at the rates "
                             "measured here few numbers send more than the flood rule's 10 a "
                             "minute, bot/flood.py; the run says how many did)")
    parser.add_argument("--unknown-share", type=float, default=0.1,
                        help="share of messages from senders no family knows (0.1)")
    parser.add_argument("--timezone", default="Europe/Copenhagen",
                        help="the team's time zone (and OPGANG_TIMEZONE): opening hours are "
                             "read in it, so pick one where it is night to measure "
                             "out-of-hours answers "
                             "(default Europe/Copenhagen)")
    parser.add_argument("--goal", type=float, default=0.40, help="ratio to pass (0.40)")
    parser.add_argument("--p99-goal", type=float, default=25.0,
                        help="p99 ms at half the peak rate, paced, to pass (25)")
    parser.add_argument("--postgres", default=ADMIN_DSN,
                        help=f"PostgreSQL admin DSN for creating a fresh database ({ADMIN_DSN})")
    parser.add_argument("--profile", metavar="PATH",
                        help="also record our server with py-spy during the measured run "
                             "(PATH.json: speedscope, else folded stacks); lowers the rate")
    parser.add_argument("--keep", action="store_true",
                        help="keep the temp dir (server logs, wrk output, databases)")
    parser.add_argument("--seed", type=int, default=None, help="random seed for the requests")
    return parser.parse_args(argv)


def _interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def main(argv: Sequence[str] | None = None) -> int:
    opts = parse_args(argv)
    if shutil.which("wrk") is None:
        print("wrk is not installed (apt-get install wrk)", file=sys.stderr)
        return 2
    signal.signal(signal.SIGTERM, _interrupt)
    kinds = ["sqlite", "postgresql"] if opts.database == "all" else [opts.database]
    rng = random.Random(opts.seed)
    procs = Processes()
    workdir = Path(tempfile.mkdtemp(prefix="opgang-bench-"))
    try:
        script = workdir / "requests.lua"
        script.write_text(LUA)
        started = time.monotonic()
        world = World([phone(i, 20100000) for i in range(2 * opts.families)],
                      [phone(i, 20900000) for i in range(max(10, opts.families))])
        sizes = {"smoke": 1, "warmup": max(4000, int(PER_SECOND * opts.warmup)),
                 "main": opts.requests or int(PER_SECOND * opts.duration),
                 "half": (opts.requests or int(PER_SECOND * opts.duration)) // 2}
        reqs = Requests(**{name: write_requests(workdir / f"{name}.tsv", n, world.known,
                                                world.unknown, opts.unknown_share, rng)
                           for name, n in sizes.items()})
        say(f"signed {sum(sizes.values())} requests")
        load_average = os.getloadavg()
        bares = [bare_figure(procs, opts, workdir, script, reqs, "before")]
        ours = []
        with fake_twilio_api() as twilio_api:
            for kind in kinds:
                say(f"building the {kind} database")
                result = Result(f"opgang {kind}")
                try:
                    with database(kind, workdir, opts.postgres) as url:
                        built = asyncio.run(build_world(url, opts.families, len(world.unknown),
                                                         opts.timezone))
                        assert built.known == world.known, "world numbers drifted"
                        say(f"starting our server on {kind}")
                        result = run_ours(procs, opts, kind, workdir, script, reqs, url,
                                          twilio_api)
                except BenchError as exc:
                    result.error = str(exc)
                except Exception as exc:  # noqa: BLE001 - report, clean up, go on
                    result.error = f"{type(exc).__name__}: {exc}"
                ours.append(result)
        bares.append(bare_figure(procs, opts, workdir, script, reqs, "after"))
        report, passed = table(bares, ours, opts, load_average)
        print()
        print(report)
        for r in [*bares, *ours]:
            if r.error and "\n" in r.error:
                print(f"\n{r.name}: {r.error}")
        print(f"\n(total {time.monotonic() - started:.0f} s"
              + (f"; files kept in {workdir})" if opts.keep else ")"))
        return 0 if passed else 1
    except KeyboardInterrupt:
        print("\ninterrupted; cleaning up", file=sys.stderr)
        return 130
    finally:
        procs.stop_all()
        if not opts.keep:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
