"""Scale-out: inbound SMS webhooks/s with 1, 2 and 4 `opgang serve` processes on one PostgreSQL.

    python -m bench.scale_out [--processes 1 2 4] [--rounds 3] [--duration 6] [--connections 16]

The processes run at once, each on its own port (as behind a load balancer); a window drives
the first n of them, one wrk each with signed Twilio requests of its own (the generator and
database world of `bench/inbound_sms.py`), and sums their rates. Windows of 1, 2 and 4 alternate
over a few rounds (the machine is shared and drifts) and the median counts. The limit is the
same run's one process: each figure is printed as a ratio to it, next to where the machine's
CPU went (our processes, PostgreSQL's, the whole machine), which says what stops it growing.
"""

from __future__ import annotations

import argparse
import asyncio
import concurrent.futures
import os
import random
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bench.inbound_sms import (
    ADMIN_DSN,
    LUA,
    BenchError,
    Load,
    Processes,
    RequestSet,
    Server,
    build_world,
    cpu_seconds,
    database,
    fake_twilio_api,
    post_one,
    read_stored,
    run_wrk,
    say,
    write_requests,
)
from bench.serving import run_bench, serve_env, start_serve, wait_ready

PER_SECOND = 800  # signed requests per second of load and process: above one process's rate
IDLE_SECONDS = 3.0  # how long the idle processes' CPU is measured


def postgres_cpu() -> dict[int, float]:
    """CPU seconds used so far by each PostgreSQL process on the machine, by pid."""
    used = {}
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            try:
                if (proc / "comm").read_text().strip() == "postgres":
                    used[int(proc.name)] = cpu_seconds(int(proc.name))
            except OSError:
                continue
    return used


def backends(url: str) -> set[int]:
    """The pids of PostgreSQL's backends serving our database (other sessions use the server)."""
    import asyncpg  # type: ignore[import-untyped]

    async def query() -> set[int]:
        conn = await asyncpg.connect(url.replace("+asyncpg", "", 1), timeout=5)
        try:
            rows = await conn.fetch(
                "SELECT pid FROM pg_stat_activity"
                " WHERE datname = current_database() AND pid <> pg_backend_pid()")
        finally:
            await conn.close()
        return {row["pid"] for row in rows}

    return asyncio.run(query())


def machine_busy() -> tuple[float, float]:
    """(busy, total) jiffies of all cores since boot, from /proc/stat."""
    fields = [float(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = fields[3] + fields[4]
    return sum(fields) - idle, sum(fields)


@dataclass(frozen=True)
class Window:
    """One measured window: the first n processes driven at once, the others idle."""

    processes: int
    rate: float  # summed over the driven processes
    p99_ms: float  # the worst of them
    failed: int
    ours_cores: float  # CPU of every running `opgang serve`, idle ones included
    postgres_cores: float  # CPU of PostgreSQL's backends serving our database
    busy: float  # share of the machine's cores busy (everything on it, other sessions too)


class Bench:
    """The running `opgang serve` processes and what drives them."""

    def __init__(self, procs: Processes, opts: argparse.Namespace, workdir: Path, script: Path,
                 servers: list[Server], world: tuple[list[str], list[str]], url: str) -> None:
        self.procs, self.opts, self.workdir, self.script = procs, opts, workdir, script
        self.servers, self.world, self.url = servers, world, url
        self.rng = random.Random()
        self.batch = 0
        self.idle_cores = 0.0  # CPU of all processes while none is driven

    def signed(self, count: int) -> RequestSet:
        """`count` requests with MessageSids of their own."""
        self.batch += 1
        return write_requests(self.workdir / f"batch-{self.batch}.tsv", count, self.world[0],
                              self.world[1], 0.1, self.rng)

    def drive(self, n: int, seconds: float) -> list[Load]:
        """One wrk per process for the first n processes, all at once."""
        sets = [self.signed(int(PER_SECOND * seconds)) for _ in range(n)]
        wrk_opts = argparse.Namespace(threads=1, connections=self.opts.connections)
        with concurrent.futures.ThreadPoolExecutor(n) as pool:
            return list(pool.map(
                lambda i: run_wrk(self.procs, wrk_opts, self.servers[i].url, self.script,
                                  sets[i], seconds, self.workdir / "wrk.log",
                                  self.servers[i].process.pid), range(n)))

    def window(self, n: int) -> Window:
        pids = [server.process.pid for server in self.servers]
        ours_before, pg_before, busy_before = ([cpu_seconds(p) for p in pids], postgres_cpu(),
                                               machine_busy())
        loads = self.drive(n, self.opts.duration)
        ours_after, pg_after, busy_after = ([cpu_seconds(p) for p in pids], postgres_cpu(),
                                            machine_busy())
        seconds = max(load.seconds for load in loads) or self.opts.duration
        pg = sum(pg_after.get(pid, 0.0) - pg_before.get(pid, 0.0) for pid in backends(self.url))
        return Window(
            n, sum(load.rate for load in loads), max(load.p99_ms for load in loads),
            sum(x.errors["status"] + x.errors["timeout"] + x.errors["connect"] for x in loads),
            (sum(ours_after) - sum(ours_before)) / seconds, pg / seconds,
            (busy_after[0] - busy_before[0]) / max(1.0, busy_after[1] - busy_before[1]))


def measure(bench: Bench, rounds: int) -> dict[int, list[Window]]:
    """Warm every process up, then `rounds` rounds of one window per count, order rotated."""
    for server in bench.servers:
        status, body = post_one(server.url, bench.signed(1), 0)
        if status != 200:
            raise BenchError(f"{server.name} answered {status}: {body[:200]}")
    bench.drive(len(bench.servers), bench.opts.warmup)
    pids = [server.process.pid for server in bench.servers]
    before = sum(cpu_seconds(pid) for pid in pids)
    time.sleep(IDLE_SECONDS)
    bench.idle_cores = (sum(cpu_seconds(pid) for pid in pids) - before) / IDLE_SECONDS
    counts = list(bench.opts.processes)
    windows: dict[int, list[Window]] = {n: [] for n in counts}
    for r in range(rounds):
        # Rotating the order spreads the machine's drift over every count alike.
        for n in counts[r % len(counts):] + counts[:r % len(counts)]:
            say(f"round {r + 1}/{rounds}: {n} process(es) driven")
            windows[n].append(bench.window(n))
    return windows


def median(windows: list[Window]) -> Window:
    """The window with the median rate (the lower one of an even count)."""
    return sorted(windows, key=lambda w: w.rate)[(len(windows) - 1) // 2]


def report(bench: Bench, windows: dict[int, list[Window]], load_average: float,
           stored: tuple[int, int]) -> None:
    opts = bench.opts
    cores = os.cpu_count() or 1
    total = max(windows)
    print(f"\nInbound SMS webhooks on PostgreSQL: {total} `opgang serve` processes running, "
          f"each on its own port; the first n driven by one wrk -t1 -c{opts.connections} each "
          f"for {opts.duration:g} s, the others idle; median of {opts.rounds} rounds; {cores} "
          f"cores shared by everything; load average {load_average:.1f} before the run")
    print(f"{'driven':>6}{'req/s':>8}{'per proc':>9}{'ratio to 1':>11}{'p99 ms':>9}"
          f"{'failed':>7}{'ours CPU':>9}{'PG CPU':>7}{'machine':>8}  req/s per round")
    steps = [median(w) for w in windows.values()]
    base = steps[0].rate or 1.0
    for s in steps:
        rounds = " ".join(f"{w.rate:.0f}" for w in windows[s.processes])
        print(f"{s.processes:>6}{s.rate:>8.0f}{s.rate / s.processes:>9.0f}"
              f"{s.rate / base:>10.2f}x{s.p99_ms:>9.0f}{s.failed:>7}"
              f"{s.ours_cores:>9.2f}{s.postgres_cores:>7.2f}{s.busy:>8.0%}  {rounds}")
    print(f"\nidle: the {total} processes used {bench.idle_cores:.3f} cores in all while none "
          "was driven (delivery worker and spool polling)")
    rows, distinct = stored
    print(f"stored once: {'OK' if rows == distinct else 'WRONG'} - {rows} inbound rows, "
          f"{rows - distinct} duplicate MessageSids")
    print("CPU per webhook (ours + PostgreSQL, ms): " + ", ".join(
        f"{s.processes} driven {1000 * s.ours_cores / max(s.rate, 1.0):.2f} + "
        f"{1000 * s.postgres_cores / max(s.rate, 1.0):.2f}" for s in steps))
    low, high = f"{min(s.busy for s in steps):.0%}", f"{max(s.busy for s in steps):.0%}"
    print(f"What limits it: the {cores} cores. Each webhook is CPU-bound Python; the machine was "
          f"{low if low == high else low + '-' + high} busy (wrk and other sessions included), "
          f"and our processes went from {steps[0].ours_cores:.2f} to {steps[-1].ours_cores:.2f} "
          "cores in all: more processes gain only what is idle or what they take from the "
          f"machine's other work; PostgreSQL ({steps[-1].postgres_cores:.2f} cores) is not the "
          "limit.")


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.scale_out",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--processes", type=int, nargs="+", default=[1, 2, 4],
                        help="how many processes to drive at once, ascending (1 2 4)")
    parser.add_argument("--duration", type=float, default=6.0,
                        help="seconds of each measured window (6)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of windows (3)")
    parser.add_argument("--warmup", type=float, default=2.0, help="seconds of warm-up (2)")
    parser.add_argument("--connections", type=int, default=16,
                        help="wrk connections per process (16)")
    parser.add_argument("--families", type=int, default=50, help="families of two phones (50)")
    parser.add_argument("--postgres", default=ADMIN_DSN, help=f"admin DSN ({ADMIN_DSN})")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    opts = parse_args(argv)
    return run_bench("opgang-scale-out-", lambda procs, workdir: run(opts, procs, workdir))


def run(opts: argparse.Namespace, procs: Processes, workdir: Path) -> int:
    load_average = os.getloadavg()[0]
    script = workdir / "requests.lua"
    script.write_text(LUA)
    with database("postgresql", workdir, opts.postgres) as url, fake_twilio_api() as twilio_api:
        say("building the PostgreSQL database")
        built = asyncio.run(build_world(url, opts.families, max(10, opts.families)))
        env = serve_env(url, workdir, twilio_api)
        say(f"starting {max(opts.processes)} `opgang serve` processes")
        servers = [start_serve(procs, env, workdir, f"serve-{i}")
                   for i in range(max(opts.processes))]
        wait_ready(servers)
        bench = Bench(procs, opts, workdir, script, servers, (built.known, built.unknown),
                      env["OPGANG_DATABASE_URL"])
        windows = measure(bench, opts.rounds)
        for server in servers:
            procs.stop(server.process, timeout=10)
        stored = asyncio.run(read_stored(url))
    report(bench, windows, load_average, (stored.rows, stored.distinct))
    return 0 if stored.rows == stored.distinct else 1

if __name__ == "__main__":
    sys.exit(main())
