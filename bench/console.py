"""How long the console's pages take at the server, next to a trivial route in the same run.

Loads the demo (`bot.demo`) into a fresh database, gives every family a conversation (one of them
a long-running one of `--long` messages, which the family page shows in pages) through the same
actions the product uses, logs in as a caseworker and as the lead, and times each page through the
ASGI app in-process (no network, so the figure is the server's own work: access checks, queries,
audit rows, templates). `/healthz` in the same app is the floor. Goal: inbox, family page and lead
view each under 100 ms (the median and the 90th percentile).

    python -m bench.console                      # SQLite, about 30 s
    python -m bench.console --database postgresql
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

import asyncpg
import httpx

from bot import demo
from bot.actions.inbound import receive
from bot.actions.outbound import send
from bot.app import create_app
from bot.config import Settings
from bot.runtime import Runtime

GOAL_MS = 100.0
PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"


async def conversations(rt: Runtime, long: int) -> dict[str, int]:
    """Every demo family gets 20 messages back and forth; the first one `long` messages."""
    from sqlalchemy import select

    from storage.models import Family, Worker

    async with rt.db.reading() as session:
        families = {name: fid for name, fid in (await session.execute(
            select(Family.name, Family.id))).all()}
        workers = {email: wid for email, wid in (await session.execute(
            select(Worker.email, Worker.id))).all()}
    for index, family in enumerate(demo.FAMILIES):
        writer = next(m for m in family.members if m.phone)
        assert writer.phone is not None
        count = long if index == 0 else 20
        for n in range(count // 2):
            await receive(rt, channel="simulator", sender=writer.phone,
                          body=f"Besked {n} fra {writer.name}: hvornår kan vi mødes om brevet?",
                          provider_id=f"bench-{index}-{n}")
            await send(rt, family_id=families[family.name], author_id=workers[family.contacts[0]],
                       body=f"Svar {n}: vi ringer i morgen formiddag.")
    return families


async def timed(client: httpx.AsyncClient, path: str, rounds: int) -> list[float]:
    """Milliseconds per request, after two warm-up requests."""
    for _ in range(2):
        answer = await client.get(path)
        assert answer.status_code == 200, (path, answer.status_code)
    spent = []
    for _ in range(rounds):
        start = time.perf_counter()
        answer = await client.get(path)
        spent.append((time.perf_counter() - start) * 1000)
        assert answer.status_code == 200, (path, answer.status_code)
    return spent


async def log_in(client: httpx.AsyncClient, email: str) -> None:
    from tests.console.helpers import log_in as form_log_in

    answer = await form_log_in(client, email, demo.PASSWORD)
    assert answer.status_code == 303, answer.text


async def run(database_url: str, rounds: int, long: int) -> bool:
    settings = Settings(_env_file=None, OPGANG_DATABASE_URL=database_url,  # type: ignore[call-arg]
                        OPGANG_PUBLIC_URL="http://bench.local", OPGANG_SIMULATOR=True,
                        OPGANG_SECRET_KEY="bench-secret-key-not-for-production")
    app = create_app(settings, background=False)
    async with app.router.lifespan_context(app):
        rt: Runtime = app.state.rt
        await demo.load(rt)
        families = await conversations(rt, long)
        abdi = families[demo.FAMILIES[0].name]
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://bench.local") as amira, \
                httpx.AsyncClient(transport=transport, base_url="http://bench.local") as lene:
            await log_in(amira, demo.FAMILIES[0].contacts[0])
            await log_in(lene, demo.WORKERS[0].email)
            results = {
                "/healthz (floor)": await timed(amira, "/healthz", rounds),
                "inbox": await timed(amira, "/console", rounds),
                f"family page ({long} messages)": await timed(
                    amira, f"/console/families/{abdi}", rounds),
                "lead view": await timed(lene, "/console/lead", rounds),
            }
    ok = True
    print(f"{'page':<32} {'median ms':>10} {'p90 ms':>8}  goal < {GOAL_MS:.0f} ms")
    for name, spent in results.items():
        median = statistics.median(spent)
        p90 = statistics.quantiles(spent, n=10)[-1]
        verdict = "" if name.endswith("(floor)") else (
            "PASS" if p90 < GOAL_MS else "FAIL")
        ok = ok and verdict != "FAIL"
        print(f"{name:<32} {median:>10.1f} {p90:>8.1f}  {verdict}")
    return ok


async def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", choices=("sqlite", "postgresql"), default="sqlite")
    parser.add_argument("--rounds", type=int, default=50)
    parser.add_argument("--long", type=int, default=400,
                        help="messages in the long-running family's conversation")
    args = parser.parse_args(argv)
    if args.database == "sqlite":
        with tempfile.TemporaryDirectory() as tmp:
            url = f"sqlite+aiosqlite:///{Path(tmp) / 'bench.db'}"
            ok = await run(url, args.rounds, args.long)
    else:
        name = f"bench_console_{uuid.uuid4().hex[:8]}"
        admin = await asyncpg.connect(PG_ADMIN)
        await admin.execute(f'CREATE DATABASE "{name}"')
        try:
            ok = await run(f"postgresql+asyncpg://postgres@127.0.0.1:5432/{name}", args.rounds,
                           args.long)
        finally:
            await admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
            await admin.close()
    print(f"{args.database}: {'PASS' if ok else 'FAIL'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(asyncio.run(main(sys.argv[1:])))
