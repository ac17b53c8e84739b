"""Teams and logins: create a team, create or deactivate a worker, set a password."""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import delete, func, or_, select
from sqlalchemy.exc import IntegrityError

from bot import audit
from bot.actions.requests import forget_facts
from bot.domains import DOMAINS
from bot.errors import Conflict, Invalid, NotFound
from bot.events import Event
from bot.passwords import hash_password
from bot.runtime import Runtime
from storage.models import ConsoleSession, Family, Team, Worker, WorkerDomain

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
    if team_id is not None:
        forget_facts(rt, team_id)  # a new worker routing may choose
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


@dataclass(frozen=True)
class Deactivated:
    """A deactivated login and the families that now need a new contact (a handover)."""

    worker_id: int
    team_id: int | None
    family_ids: list[int]


async def deactivate_worker(rt: Runtime, *, worker_id: int, actor_id: int) -> Deactivated:
    """Close a login for good: it can no longer log in, its sessions end, its families need a
    handover (the lead view lists every family with an inactive contact until it has a new one).

    The worker stays a row, so the history (who wrote what) keeps its names.
    """
    async with rt.db.transaction() as session:
        worker = await session.get(Worker, worker_id)
        if worker is None:
            raise NotFound(f"worker {worker_id} not found")
        if worker_id == actor_id:
            raise Conflict("you cannot deactivate your own login")
        if not worker.active:
            raise Conflict(f"{worker.email} is already deactivated")
        if worker.role == "admin" and await session.scalar(
                select(func.count()).where(Worker.role == "admin", Worker.active)) == 1:
            raise Conflict("the last active administrator cannot be deactivated")
        worker.active = False
        await session.execute(delete(ConsoleSession).where(ConsoleSession.worker_id == worker_id))
        family_ids = list(await session.scalars(
            select(Family.id).where(or_(Family.primary_id == worker_id,
                                        Family.partner_id == worker_id),
                                    Family.status == "active").order_by(Family.id)))
        audit.record(session, action="worker.deactivate", actor_id=actor_id,
                     worker_id=worker_id, families=family_ids)
        team_id = worker.team_id
    forget_facts(rt, team_id)  # routing no longer chooses them
    rt.events.publish(Event("worker", team_id, None, {"id": worker_id}))
    for family_id in family_ids:
        rt.events.publish(Event("family", team_id, family_id))
    return Deactivated(worker_id, team_id, family_ids)


async def reset_password(rt: Runtime, *, worker_id: int, actor_id: int) -> str:
    """An administrator's reset: a new random password (returned once, to hand over in person);
    the worker's open console sessions end, since a reset often means the old one leaked."""
    password = secrets.token_urlsafe(12)
    async with rt.db.transaction() as session:
        worker = await session.get(Worker, worker_id)
        if worker is None:
            raise NotFound(f"worker {worker_id} not found")
        worker.password_hash = hash_password(password)
        await session.execute(delete(ConsoleSession).where(ConsoleSession.worker_id == worker_id))
        audit.record(session, action="worker.password_reset", actor_id=actor_id,
                     worker_id=worker_id)
    return password
