"""Reads for the API and console; every family-scoped read is filtered through `bot.access`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from bot import access, audit
from bot.passwords import verify_password
from bot.request_queries import urgent_open
from bot.runtime import Runtime
from storage.models import Address, Family, Member, Message, Team, Worker


async def authenticate(rt: Runtime, *, email: str, password: str) -> Worker | None:
    """The active worker with this email and password; None for any mismatch, at equal cost."""
    async with rt.db.reading() as session:
        worker = await session.scalar(select(Worker).where(Worker.email == email.strip().lower()))
    ok = verify_password(worker.password_hash if worker else None, password)
    return worker if ok and worker is not None and worker.active else None


async def family(rt: Runtime, worker: Worker, family_id: int) -> Family:
    async with rt.db.reading() as session:
        return await access.load_family(session, worker, family_id)


async def families(rt: Runtime, worker: Worker, *, limit: int = 1000) -> Sequence[Family]:
    """The families `worker` sees (`bot.access`), by name; erased ones are left out."""
    async with rt.db.reading() as session:
        return list(await session.scalars(
            select(Family)
            .where(access.visible_families(worker), Family.status != "erased")
            .order_by(Family.name, Family.id).limit(limit)))


async def family_messages(
    rt: Runtime, worker: Worker, family_id: int, *, source: str | None = None,
    limit: int = 500, before: int | None = None,
) -> Sequence[Message]:
    """A family's messages, oldest first; the read itself is audited."""
    async with rt.db.transaction() as session:
        await access.load_family(session, worker, family_id)
        query = select(Message).where(Message.family_id == family_id)
        if before is not None:
            query = query.where(Message.id < before)
        rows = list(await session.scalars(query.order_by(Message.id.desc()).limit(limit)))
        audit.record(session, action="messages.read", actor_id=worker.id, family_id=family_id,
                     source=source, count=len(rows))
    return rows[::-1]


async def inbox(
    rt: Runtime, worker: Worker, *, limit: int = 200,
) -> list[tuple[Family, Message | None]]:
    """The worker's families with unanswered messages, each with its last message: those with an
    open urgent request first, then newest first."""
    async with rt.db.reading() as session:
        families = list(await session.scalars(
            select(Family)
            .where(access.visible_families(worker), Family.unanswered_since.is_not(None))
            .order_by(urgent_open().desc(), Family.last_message_at.desc(), Family.id.desc())
            .limit(limit)
        ))
        result = []
        for fam in families:
            last = await session.scalar(
                select(Message).where(Message.family_id == fam.id)
                .order_by(Message.id.desc()).limit(1))
            result.append((fam, last))
    return result


async def intake(rt: Runtime, worker: Worker, *, limit: int = 500) -> Sequence[Message]:
    """Messages from senders no family is known by, oldest first (leads and admins)."""
    async with rt.db.reading() as session:
        return list(await session.scalars(
            select(Message)
            .where(Message.family_id.is_(None), Message.direction == "in",
                   access.intake_scope(worker))
            .order_by(Message.id).limit(limit)))


async def team_by_ref(rt: Runtime, ref: str) -> Team | None:
    """The team with this id (all digits) or this exact name."""
    async with rt.db.reading() as session:
        if ref.strip().isdigit():
            return await session.get(Team, int(ref))
        return await session.scalar(select(Team).where(Team.name == ref.strip()))


@dataclass(frozen=True)
class SimulatorPhone:
    """A phone the simulator can write from: its member and family."""

    phone: str
    opted_out: bool
    member_id: int
    member_name: str
    member_role: str
    language: str
    family_id: int
    family_name: str


async def simulator_phones(rt: Runtime) -> list[SimulatorPhone]:
    """Every active phone of a member of an active family, by family then member.

    Not filtered through `bot.access`: the simulator is a fake phone, not a worker, and exists only
    while the simulator channel is on (development and demos).
    """
    async with rt.db.reading() as session:
        rows = (await session.execute(
            select(Address.value, Address.opted_out, Member.id, Member.name, Member.role,
                   Member.language, Family.id, Family.name)
            .join(Member, Member.id == Address.member_id)
            .join(Family, Family.id == Member.family_id)
            .where(Address.kind == "phone", Address.active, Family.status == "active")
            .order_by(Family.name, Family.id, Member.id, Address.id)
        )).all()
    return [SimulatorPhone(*row) for row in rows]


async def simulator_conversation(rt: Runtime, phone: str, *, limit: int = 200) -> list[Message]:
    """The latest messages to and from `phone` on the simulator channel, oldest first."""
    async with rt.db.reading() as session:
        rows = list(await session.scalars(
            select(Message)
            .where(Message.channel == "simulator", Message.address == phone)
            .order_by(Message.id.desc()).limit(limit)))
    return rows[::-1]
