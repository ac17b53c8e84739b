"""The demo world: one team, its caseworkers and five families, built through the actions.

Everything here is invented: names, e-mail addresses (under the reserved `.example` domain) and
phone numbers (+45 20 10 0x 0y, written as Danish mobiles so they pass validation; never text them).
`load` is idempotent: whatever already exists is kept, only what is missing is created.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from bot import queries
from bot.actions.families import NewMember, create_family
from bot.actions.people import create_team, create_worker
from bot.runtime import Runtime
from storage.models import Family, Worker

TEAM = "Opgang Gellerup"
TIMEZONE = "Europe/Copenhagen"
PASSWORD = "demo-opgang"
"""The password of every demo login (printed by `opgang demo`; demo data is never real data)."""
JOBCENTER_ICS = Path(__file__).parent / "demo_data" / "jobcenter.ics"
"""Hodan Abdi's job-centre calendar (weekly internship, talks, a Danish course) to import on
Familien Abdi's page (Calendar → Import a calendar file): the offered check-in times move."""


@dataclass(frozen=True)
class DemoWorker:
    """A demo login with the domains they know (domain, level)."""

    name: str
    email: str
    role: str
    domains: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True)
class DemoFamily:
    """A demo family: its two contacts (by e-mail, primary first) and its members."""

    name: str
    case_ref: str
    contacts: tuple[str, str]
    follow_up: str
    members: tuple[NewMember, ...]


WORKERS = (
    DemoWorker("Lene Lund", "lene@gellerup.example", "lead", (("family", 2),)),
    DemoWorker("Amira Nielsen", "amira@gellerup.example", "worker",
               (("employment", 1), ("economy", 2), ("family", 1))),
    DemoWorker("Jonas Berg", "jonas@gellerup.example", "worker",
               (("school", 3), ("education", 3))),
    DemoWorker("Sofie Holm", "sofie@gellerup.example", "worker",
               (("health", 3), ("disability", 2))),
    DemoWorker("Mikkel Dahl", "mikkel@gellerup.example", "worker",
               (("housing", 3), ("economy", 3))),
    DemoWorker("Nadia Rahimi", "nadia@gellerup.example", "worker",
               (("family", 3), ("disability", 3), ("education", 1))),
    # The team's employment specialist (issue 5): contact of no demo family, so the routing
    # shows: a parent's letter from the job centre reaches her while both contacts see it.
    DemoWorker("Yasmin Farah", "yasmin@gellerup.example", "worker",
               (("employment", 3), ("education", 2), ("economy", 1))),
    # Manages logins at /console/admin (issue 3); reads no case data.
    DemoWorker("Anders Admin", "admin@gellerup.example", "admin"),
)

FAMILIES = (
    DemoFamily("Familien Abdi", "DEMO-1001", ("amira@gellerup.example", "jonas@gellerup.example"),
               "6w", (
                   NewMember("Hodan Abdi", "parent", "so", phone="+4520100101"),
                   NewMember("Mohamed Abdi", "youth", "da", phone="+4520100102"),
                   NewMember("Ayaan Abdi", "child", "so"),
               )),
    DemoFamily("Familien Al-Sayed", "DEMO-1002",
               ("sofie@gellerup.example", "mikkel@gellerup.example"), "3m", (
                   NewMember("Karim Al-Sayed", "parent", "ar", phone="+4520100201"),
                   NewMember("Rania Al-Sayed", "parent", "ar", phone="+4520100202"),
                   NewMember("Layla Al-Sayed", "youth", "en", phone="+4520100203"),
                   NewMember("Omar Al-Sayed", "youth", "ar", phone="+4520100204"),
               )),
    DemoFamily("Familien Yılmaz", "DEMO-1003", ("jonas@gellerup.example", "nadia@gellerup.example"),
               "6w", (
                   NewMember("Ayşe Yılmaz", "parent", "tr", phone="+4520100301"),
                   NewMember("Emre Yılmaz", "youth", "da", phone="+4520100302"),
               )),
    DemoFamily("Familien Kovalenko", "DEMO-1004",
               ("mikkel@gellerup.example", "amira@gellerup.example"), "3m", (
                   NewMember("Olena Kovalenko", "parent", "uk", phone="+4520100401"),
                   NewMember("Sofiia Kovalenko", "youth", "en", phone="+4520100402"),
               )),
    DemoFamily("Familien Ahmadi", "DEMO-1005", ("nadia@gellerup.example", "sofie@gellerup.example"),
               "6w", (
                   NewMember("Reza Ahmadi", "parent", "fa", phone="+4520100501"),
                   NewMember("Maryam Ahmadi", "youth", "da", phone="+4520100502"),
                   NewMember("Ali Ahmadi", "child", "fa"),
               )),
)


@dataclass
class Loaded:
    """What `load` found and what it had to create."""

    team_id: int
    created_team: bool = False
    created_workers: list[str] = field(default_factory=list)
    created_families: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.created_team or self.created_workers or self.created_families)


async def load(rt: Runtime) -> Loaded:
    """Create whatever part of the demo world is missing; running it again changes nothing."""
    team = await queries.team_by_ref(rt, TEAM)
    loaded = Loaded(team_id=team.id if team else 0, created_team=team is None)
    if team is None:
        team = await create_team(rt, name=TEAM, timezone=TIMEZONE)
        loaded.team_id = team.id
    worker_ids, family_names = await _existing(rt, team.id)
    for spec in WORKERS:
        if spec.email in worker_ids:
            continue
        worker = await create_worker(
            rt, email=spec.email, password=PASSWORD, role=spec.role, name=spec.name,
            team_id=team.id, domains=[{"domain": d, "level": lv} for d, lv in spec.domains])
        worker_ids[spec.email] = worker.id
        loaded.created_workers.append(spec.email)
    for family in FAMILIES:
        if family.name in family_names:
            continue
        await create_family(
            rt, team_id=team.id, name=family.name, case_ref=family.case_ref,
            contacts=[worker_ids[email] for email in family.contacts],
            follow_up=family.follow_up, members=family.members)
        loaded.created_families.append(family.name)
    return loaded


async def _existing(rt: Runtime, team_id: int) -> tuple[dict[str, int], set[str]]:
    """The demo logins that exist (by e-mail) and the names of the team's families."""
    async with rt.db.reading() as session:
        workers = (await session.execute(
            select(Worker.email, Worker.id)
            .where(Worker.email.in_([w.email for w in WORKERS])))).all()
        names = set(await session.scalars(select(Family.name).where(Family.team_id == team_id)))
    return {email: worker_id for email, worker_id in workers}, names
