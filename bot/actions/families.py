"""Families: create one with its members and two contacts; change contacts (a handover)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from bot import audit
from bot.config import LANGUAGES
from bot.errors import Conflict, Invalid, NotFound
from bot.events import Event
from bot.phones import to_e164
from bot.runtime import Runtime
from storage.models import Address, Family, Member, Team, Worker

FOLLOW_UPS = ("6w", "3m", "none")
MEMBER_ROLES = ("parent", "youth", "child", "other")


@dataclass(frozen=True)
class NewMember:
    """A member as the API or the demo describes one."""

    name: str
    role: str
    language: str
    phone: str | None = None
    telegram_chat_id: int | None = None


async def create_family(
    rt: Runtime, *, team_id: int, name: str, contacts: Sequence[int], follow_up: str = "none",
    members: Sequence[NewMember] = (), case_ref: str | None = None, actor_id: int | None = None,
) -> Family:
    name = name.strip()
    if not name:
        raise Invalid("name: a family needs a name")
    if follow_up not in FOLLOW_UPS:
        raise Invalid(f"follow_up: must be one of {', '.join(FOLLOW_UPS)}")
    for i, member in enumerate(members):
        _check_member(member, i)
    phones = [to_e164(m.phone, field=f"members[{i}].phone") if m.phone else None
              for i, m in enumerate(members)]
    async with rt.db.transaction() as session:
        if await session.get(Team, team_id) is None:
            raise Invalid(f"team_id: no team {team_id}")
        primary, partner = await _contacts(session, team_id, contacts)
        family = Family(team_id=team_id, name=name, case_ref=case_ref, primary_id=primary,
                        partner_id=partner, follow_up=follow_up)
        session.add(family)
        await session.flush()
        for i, (member, phone) in enumerate(zip(members, phones, strict=True)):
            row = Member(family_id=family.id, name=member.name.strip(), role=member.role,
                         language=member.language)
            session.add(row)
            await session.flush()
            if phone:
                await _add_address(session, row, "phone", phone, f"members[{i}].phone")
            if member.telegram_chat_id is not None:
                await _add_address(session, row, "telegram", str(member.telegram_chat_id),
                                   f"members[{i}].telegram_chat_id")
        audit.record(session, action="family.create", actor_id=actor_id, family_id=family.id)
    return await _reload(rt, family.id)


async def update_family(
    rt: Runtime, *, family_id: int, actor_id: int | None, name: str | None = None,
    follow_up: str | None = None, contacts: Sequence[int] | None = None, note: str | None = None,
) -> Family:
    """Change name, follow-up or contacts; a change of contacts is a handover, kept in history."""
    async with rt.db.transaction() as session:
        family = await session.get(Family, family_id)
        if family is None:
            raise NotFound(f"family {family_id} not found")
        if family.status == "erased":
            raise Conflict(f"family {family_id} has been erased")
        if name is not None:
            if not name.strip():
                raise Invalid("name: a family needs a name")
            family.name = name.strip()
        if follow_up is not None:
            if follow_up not in FOLLOW_UPS:
                raise Invalid(f"follow_up: must be one of {', '.join(FOLLOW_UPS)}")
            family.follow_up = follow_up
        if contacts is not None:
            primary, partner = await _contacts(session, family.team_id, contacts)
            before = [family.primary_id, family.partner_id]
            if before != [primary, partner]:
                family.primary_id, family.partner_id = primary, partner
                audit.record(session, action="family.handover", actor_id=actor_id,
                             family_id=family_id, before=before, after=[primary, partner],
                             note=note)
        audit.record(session, action="family.update", actor_id=actor_id, family_id=family_id,
                     fields=[k for k, v in (("name", name), ("follow_up", follow_up),
                                            ("contacts", contacts)) if v is not None])
        team_id = family.team_id
    rt.events.publish(Event("family", team_id, family_id))
    return await _reload(rt, family_id)


async def add_address(
    session: AsyncSession, member: Member, kind: str, value: str, field: str,
) -> Address:
    """Give a member an address, refusing one that another active member already has."""
    return await _add_address(session, member, kind, value, field)


def _check_member(member: NewMember, i: int) -> None:
    if not member.name.strip():
        raise Invalid(f"members[{i}].name: a member needs a name")
    if member.role not in MEMBER_ROLES:
        raise Invalid(f"members[{i}].role: must be one of {', '.join(MEMBER_ROLES)}")
    if member.language not in LANGUAGES:
        raise Invalid(f"members[{i}].language: unsupported language {member.language!r}; "
                      f"use one of {', '.join(LANGUAGES)}")


async def _contacts(
    session: AsyncSession, team_id: int, contacts: Sequence[int],
) -> tuple[int, int]:
    if len(contacts) != 2 or contacts[0] == contacts[1]:
        raise Invalid("contacts: exactly two distinct workers, primary first")
    for worker_id in contacts:
        worker = await session.get(Worker, worker_id)
        if worker is None or worker.team_id != team_id or not worker.active:
            raise Invalid(f"contacts: worker {worker_id} is not an active member of team {team_id}")
        if worker.role == "admin":
            raise Invalid(f"contacts: worker {worker_id} is an admin, not a caseworker")
    return contacts[0], contacts[1]


async def _add_address(
    session: AsyncSession, member: Member, kind: str, value: str, field: str,
) -> Address:
    taken = await session.scalar(
        select(Address.id).where(Address.kind == kind, Address.value == value, Address.active)
    )
    if taken:
        raise Conflict(f"{field}: {value} is already used by another family member")
    address = Address(member_id=member.id, kind=kind, value=value)
    session.add(address)
    try:
        async with session.begin_nested():
            await session.flush()
    except IntegrityError as exc:  # the unique index caught a concurrent insert
        raise Conflict(f"{field}: {value} is already used by another family member") from exc
    return address


async def _reload(rt: Runtime, family_id: int) -> Family:
    async with rt.db.reading() as session:
        family = await session.get(Family, family_id)
        assert family is not None
        return family
