"""Teams and logins: create a team, create or deactivate a worker, set a password."""

from __future__ import annotations

from collections.abc import Sequence
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from bot import audit
from bot.domains import DOMAINS
from bot.errors import Conflict, Invalid, NotFound
from bot.passwords import hash_password
from bot.runtime import Runtime
from storage.models import Team, Worker, WorkerDomain

ROLES = ("admin", "lead", "worker")
MIN_PASSWORD = 8


async def create_team(
    rt: Runtime, *, name: str, timezone: str | None = None, sms_number: str | None = None,
    actor_id: int | None = None,
) -> Team:
    name = name.strip()
    if not name:
        raise Invalid("name: a team needs a name")
    zone = timezone or rt.settings.timezone
    try:
        ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise Invalid(f"timezone: unknown time zone {zone!r}") from exc
    async with rt.db.transaction() as session:
        if await session.scalar(select(Team.id).where(Team.name == name)):
            raise Conflict(f"name: a team called {name!r} exists")
        team = Team(name=name, timezone=zone, sms_number=sms_number)
        session.add(team)
        await session.flush()
        audit.record(session, action="team.create", actor_id=actor_id, team_id=team.id)
    return team


def parse_domains(raw: Sequence[str | dict[str, object]]) -> dict[str, int]:
    """`["employment"]` means level 3; objects carry their own level (1, 2 or 3)."""
    levels: dict[str, int] = {}
    for item in raw:
        domain, level = (item, 3) if isinstance(item, str) else (
            str(item.get("domain")), item.get("level", 3))
        if domain not in DOMAINS:
            raise Invalid(f"domains: unknown domain {domain!r}; use one of {', '.join(DOMAINS)}")
        if not isinstance(level, int) or level not in (1, 2, 3):
            raise Invalid(f"domains: level of {domain} must be 1, 2 or 3")
        levels[domain] = level
    return levels


async def create_worker(
    rt: Runtime, *, email: str, password: str, role: str, name: str | None = None,
    team_id: int | None = None, domains: Sequence[str | dict[str, object]] = (),
    actor_id: int | None = None,
) -> Worker:
    email = email.strip().lower()
    if "@" not in email or len(email) > 320:
        raise Invalid(f"email: {email!r} is not an email address")
    if role not in ROLES:
        raise Invalid(f"role: must be one of {', '.join(ROLES)}")
    if len(password) < MIN_PASSWORD:
        raise Invalid(f"password: at least {MIN_PASSWORD} characters")
    if role != "admin" and team_id is None:
        raise Invalid(f"team_id: a {role} belongs to a team")
    levels = parse_domains(domains)
    async with rt.db.transaction() as session:
        if team_id is not None and await session.get(Team, team_id) is None:
            raise Invalid(f"team_id: no team {team_id}")
        if await session.scalar(select(func.count()).where(Worker.email == email)):
            raise Conflict(f"email: {email} is already in use")
        worker = Worker(email=email, name=(name or email.split("@")[0]).strip(), role=role,
                        team_id=team_id, password_hash=hash_password(password),
                        domains=[WorkerDomain(domain=d, level=lv) for d, lv in levels.items()])
        session.add(worker)
        try:
            await session.flush()
        except IntegrityError as exc:
            raise Conflict(f"email: {email} is already in use") from exc
        audit.record(session, action="worker.create", actor_id=actor_id, worker_id=worker.id,
                     role=role)
    return worker


async def set_password(rt: Runtime, *, worker_id: int, password: str,
                       actor_id: int | None = None) -> None:
    if len(password) < MIN_PASSWORD:
        raise Invalid(f"password: at least {MIN_PASSWORD} characters")
    async with rt.db.transaction() as session:
        worker = await session.get(Worker, worker_id)
        if worker is None:
            raise NotFound(f"worker {worker_id} not found")
        worker.password_hash = hash_password(password)
        audit.record(session, action="worker.password", actor_id=actor_id, worker_id=worker_id)
