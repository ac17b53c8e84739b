"""Slot search for a busy family: 5 members, 2 contacts, 2,000 busy intervals over 3 months.

    python -m bench.slots [--intervals 2000] [--runs 50] [--seed 7]

Builds the world in a fresh SQLite file (team, contacts and family through the actions; the
2,000 intervals as busy times of members and the family, weekly work shifts, the contacts'
absences and their appointments with other families, written directly), then measures, in the
same run and on the same machine:

- **load**: `calendar_queries.blocks_for` reading the same intervals from the database as
  `Block`s (what `GET …/slots` and a booking do first);
- **build**: constructing those `Block`s from plain tuples in memory (no database);
- **search**: `find_slots` over the 3 months (merge with the buffer, walk the team's hours):
  the first 10 slots (what the API answers), and every slot of the 3 months (a full walk).

Each figure is the median of `--runs`; the search is printed next to load and build, with
PASS/FAIL against the goal (search under 5 ms, issue 4), and with its median CPU time (the
process's own, so less noisy than wall-clock time on a machine busy with other work).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from datetime import time as clock
from pathlib import Path
from typing import Any

from bot.actions.families import NewMember, create_family
from bot.actions.people import create_team, create_worker
from bot.calendar_queries import blocks_for, team_rules
from bot.config import Settings
from bot.runtime import Runtime
from bot.scheduling.blocks import Block, find_slots
from storage.db import Database
from storage.migrate import upgrade
from storage.models import (
    Appointment,
    AppointmentWorker,
    BusyTime,
    Family,
    MemberBusyWindow,
    WorkerAbsence,
)

GOAL_MS = 5.0
START = datetime(2027, 1, 4, 7, 0, tzinfo=UTC)  # a Monday, 08:00 in Copenhagen
SPAN = timedelta(days=91)


def median_ms(action: Callable[[], Any], runs: int) -> float:
    return median_wall_cpu_ms(action, runs)[0]


def median_wall_cpu_ms(action: Callable[[], Any], runs: int) -> tuple[float, float]:
    """The median wall-clock and the median CPU time (this process) of `runs` calls, in ms."""
    wall, cpu = [], []
    for _ in range(runs):
        begin, begin_cpu = time.perf_counter(), time.process_time()
        action()
        wall.append((time.perf_counter() - begin) * 1000)
        cpu.append((time.process_time() - begin_cpu) * 1000)
    return statistics.median(wall), statistics.median(cpu)


async def amedian_ms(action: Callable[[], Any], runs: int) -> float:
    times = []
    for _ in range(runs):
        begin = time.perf_counter()
        await action()
        times.append((time.perf_counter() - begin) * 1000)
    return statistics.median(times)


async def build_world(rt: Runtime, intervals: int, rng: random.Random) -> tuple[int, list[int],
                                                                                list[int]]:
    team = await create_team(rt, name="Bench", timezone="Europe/Copenhagen")
    contacts = [await create_worker(rt, email=f"c{i}@bench.example", password="bench-password",
                                    role="worker", team_id=team.id, name=f"Contact {i}")
                for i in range(2)]
    family = await create_family(
        rt, team_id=team.id, name="Familien Bench", contacts=[c.id for c in contacts],
        members=[NewMember(name=f"Member {i}", role="parent" if i < 2 else "youth",
                           language="da") for i in range(5)])
    other = await create_family(rt, team_id=team.id, name="Familien Anden",
                                contacts=[c.id for c in contacts])
    members = [m.id for m in family.members]
    workers = [c.id for c in contacts]
    async with rt.db.transaction() as session:
        for weekday in range(5):  # a part-time job: weekday mornings for one parent
            session.add(MemberBusyWindow(member_id=members[0], weekday=weekday,
                                         start_time=clock(6), end_time=clock(9),
                                         label="work"))
        for i in range(intervals):
            begin = START + timedelta(minutes=15 * rng.randrange(int(SPAN.total_seconds()) // 900))
            length = timedelta(minutes=15 * rng.randint(2, 8))
            kind = rng.random()
            if kind < 0.7:  # busy time of one member, or of the whole family
                who = rng.choice([*members, None])
                session.add(BusyTime(family_id=family.id, member_id=who, department="Jobcenter",
                                     title=f"busy {i}", starts_at=begin, ends_at=begin + length,
                                     source="api", recurrence_id=""))
            elif kind < 0.95:  # a contact's appointment with another family
                session.add(Appointment(
                    team_id=team.id, family_id=other.id, kind="meeting", title=f"other {i}",
                    starts_at=begin, ends_at=begin + length, status="booked",
                    workers=[AppointmentWorker(worker_id=rng.choice(workers))]))
            else:  # a contact away for a few hours
                session.add(WorkerAbsence(worker_id=rng.choice(workers), starts_at=begin,
                                          ends_at=begin + 2 * length))
    return family.id, members, workers


async def main(args: argparse.Namespace) -> None:
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite+aiosqlite:///{Path(tmp) / 'slots.db'}"
        settings = Settings(_env_file=None, OPGANG_DATABASE_URL=url)  # type: ignore[call-arg]
        rt = Runtime(settings=settings, db=Database(url))
        await upgrade(rt.db)
        family_id, members, workers = await build_world(rt, args.intervals, rng)
        end = START + SPAN
        async with rt.db.reading() as session:
            family = await session.get(Family, family_id)
            assert family is not None
            rules = await team_rules(session, family.team_id)

            async def load() -> list[Block]:
                return await blocks_for(session, family=family, member_ids=members,
                                        worker_ids=workers, start=START, end=end,
                                        zone=rules.zone)

            blocks = await load()
            load_ms = await amedian_ms(load, args.runs)
        await rt.db.dispose()

    raw = [(b.kind, b.start, b.end, b.label, b.ref_id, b.member_id, b.worker_id)
           for b in blocks]
    build_ms = median_ms(lambda: [Block(*r) for r in raw], args.runs)

    def search(limit: int) -> Callable[[], list[Any]]:
        return lambda: find_slots(rules, blocks, start=START, end=end,
                                  duration=timedelta(minutes=60), limit=limit)

    first = search(10)()
    every = search(100_000)()
    first_ms, first_cpu = median_wall_cpu_ms(search(10), args.runs)
    every_ms, every_cpu = median_wall_cpu_ms(search(100_000), args.runs)
    print(f"family of {len(members)} members and {len(workers)} contacts; "
          f"{len(blocks)} busy intervals over {SPAN.days} days "
          f"(incl. weekly work shifts); median of {args.runs} runs; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"  load from SQLite (blocks_for):   {load_ms:8.2f} ms")
    print(f"  build the same Blocks in memory: {build_ms:8.2f} ms")
    print(f"  search, first 10 slots:          {first_ms:8.2f} ms  "
          f"({first_ms / load_ms:.2f} × load, {first_ms / build_ms:.1f} × build; "
          f"CPU {first_cpu:.2f} ms)  "
          f"goal < {GOAL_MS:g} ms: {'PASS' if first_ms < GOAL_MS else 'FAIL'}")
    print(f"  search, all {len(every)} slots:       {every_ms:8.2f} ms  "
          f"({every_ms / load_ms:.2f} × load; CPU {every_cpu:.2f} ms)  "
          f"goal < {GOAL_MS:g} ms: {'PASS' if every_ms < GOAL_MS else 'FAIL'}")
    assert first == every[:10]


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--intervals", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--seed", type=int, default=7)
    asyncio.run(main(parser.parse_args()))
