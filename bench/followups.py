"""Follow-up planning for 1,000, 10,000 and 100,000 families, next to merely loading their data.

    python -m bench.followups [--database sqlite|postgresql] [--sizes 1000,10000,100000]
                              [--repeat 3] [--goal 10]

Seeds one team per size with bulk inserts: families on a 6-week or 3-month cadence (a tenth on
none), each with a held check-in in the last five months (nine in ten), a booked check-in ahead
(three in ten) and a meeting of another kind (every family). Then, per size, the best of
`--repeat` runs of:

- **load**: reading the same rows the planning depends on, raw: every family's id and cadence and
  every appointment's family, kind, status and start (no grouping, no planning): the limit;
- **plan**: what the console and the lead view do, `bot.followups.cadences` (one grouped query)
  and `bot.scheduling.cadence.plan` (one pass).

Prints both, their ratio, and the cost per family; PASS when the largest size plans in under
`--goal` seconds and the cost per family at the largest size is at most three times the cost
at the smallest (linear growth, with room for the machine's noise).
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sys
import time
from collections.abc import Awaitable, Callable
from datetime import timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import insert, select

from bench.outbound import database
from bot.followups import cadences
from bot.scheduling.cadence import Plan, plan
from storage.db import Database
from storage.models import Appointment, Family, Team, Worker
from storage.types import utcnow

ZONE = "Europe/Copenhagen"
CHUNK = 5000


async def seed(db: Database, sizes: list[int]) -> dict[int, int]:
    """One team per size with its families and appointments; {size: team id}."""
    rng = random.Random(11)
    now = utcnow()
    teams: dict[int, int] = {}
    async with db.transaction() as session:
        for size in sizes:
            team = Team(name=f"Bench {size}", timezone=ZONE, created_at=now)
            session.add(team)
            await session.flush()
            teams[size] = team.id
            workers = [Worker(team_id=team.id, name=f"W{i}", email=f"w{i}-{size}@bench.example",
                              password_hash="x", role="worker", created_at=now)
                       for i in range(2)]
            session.add_all(workers)
            await session.flush()
            for lo in range(0, size, CHUNK):
                count = min(CHUNK, size - lo)
                ids = list(await session.scalars(insert(Family).returning(Family.id), [
                    {"team_id": team.id, "name": f"Familie {lo + i}", "status": "active",
                     "follow_up": rng.choice(("6w", "6w", "3m", "3m", "none"))
                     if rng.random() < 0.5 else rng.choice(("6w", "3m")),
                     "primary_id": workers[0].id, "partner_id": workers[1].id,
                     "created_at": now} for i in range(count)]))
                rows = []
                for family_id in ids:
                    if rng.random() < 0.9:
                        rows.append(_appointment(team.id, family_id, "checkin", "held",
                                                 now - timedelta(days=rng.uniform(1, 150))))
                    if rng.random() < 0.3:
                        rows.append(_appointment(team.id, family_id, "checkin", "booked",
                                                 now + timedelta(days=rng.uniform(1, 60))))
                    rows.append(_appointment(team.id, family_id, "meeting", "booked",
                                             now + timedelta(days=rng.uniform(-60, 60))))
                await session.execute(insert(Appointment), rows)
    return teams


def _appointment(team_id: int, family_id: int, kind: str, status: str,
                 start: object) -> dict[str, object]:
    return {"team_id": team_id, "family_id": family_id, "kind": kind, "title": kind,
            "starts_at": start, "ends_at": start + timedelta(hours=1),  # type: ignore[operator]
            "status": status, "created_at": utcnow(), "updated_at": utcnow()}


async def load(db: Database, team_id: int) -> int:
    """The limit: read the families and appointments planning depends on, nothing more."""
    async with db.reading() as session:
        families = (await session.execute(
            select(Family.id, Family.follow_up).where(Family.team_id == team_id))).all()
        appointments = (await session.execute(
            select(Appointment.family_id, Appointment.kind, Appointment.status,
                   Appointment.starts_at).where(Appointment.team_id == team_id))).all()
    return len(families) + len(appointments)


async def planned(db: Database, team_id: int) -> Plan:
    """What the lead view does for a team: the grouped query, then one pass."""
    now = utcnow()
    async with db.reading() as session:
        loaded = await cadences(session, Family.team_id == team_id, now=now)
    return plan([item for item, _ in loaded], now.astimezone(ZoneInfo(ZONE)).date())


async def best(repeat: int, run: Callable[[], Awaitable[object]]) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        await run()
        times.append(time.perf_counter() - started)
    return min(times)


async def main(args: argparse.Namespace) -> int:
    sizes = sorted(int(s) for s in args.sizes.split(","))
    async with database(args.database) as url:
        db = Database(url)
        try:
            started = time.perf_counter()
            teams = await seed(db, sizes)
            print(f"seeded {sum(sizes):,} families in {time.perf_counter() - started:.1f} s "
                  f"({args.database})")
            print(f"{'families':>9} {'load ms':>9} {'plan ms':>9} {'ratio':>6} "
                  f"{'µs/family':>10} {'offer':>7} {'overdue':>8}")
            per_family: dict[int, float] = {}
            plan_s: dict[int, float] = {}
            for size in sizes:
                team = teams[size]
                loaded = await best(args.repeat, lambda t=team: load(db, t))
                plan_s[size] = await best(args.repeat, lambda t=team: planned(db, t))
                result = await planned(db, team)
                per_family[size] = plan_s[size] / size * 1e6
                print(f"{size:>9,} {loaded * 1e3:>9.1f} {plan_s[size] * 1e3:>9.1f} "
                      f"{plan_s[size] / loaded:>6.2f} {per_family[size]:>10.1f} "
                      f"{len(result.offer):>7,} {len(result.overdue):>8,}")
        finally:
            await db.dispose()
    largest, smallest = sizes[-1], sizes[0]
    fast = plan_s[largest] < args.goal
    linear = per_family[largest] <= 3 * per_family[smallest]
    print(f"{largest:,} families planned in {plan_s[largest]:.2f} s (goal < {args.goal:g} s): "
          f"{'PASS' if fast else 'FAIL'}")
    print(f"cost per family {per_family[smallest]:.1f} µs at {smallest:,}, "
          f"{per_family[largest]:.1f} µs at {largest:,} (linear: at most 3x): "
          f"{'PASS' if linear else 'FAIL'}")
    return 0 if fast and linear else 1


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", choices=("sqlite", "postgresql"), default="sqlite")
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--goal", type=float, default=10.0)
    return parser.parse_args()


if __name__ == "__main__":
    sys.exit(asyncio.run(main(arguments())))
