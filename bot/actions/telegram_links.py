"""Binding a Telegram chat to a member through a one-time, expiring deep-link code."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot import audit
from bot.actions.families import add_address
from bot.errors import NotFound
from bot.events import Event
from bot.runtime import Runtime
from storage.models import Address, Family, Member, Team, TelegramLink
from storage.types import utcnow

LINK_LIFETIME = timedelta(days=3)
BLOCKED_REASON = "blocked the bot on Telegram"


@dataclass(frozen=True)
class Link:
    code: str
    expires_at: datetime


@dataclass(frozen=True)
class Bound:
    member_id: int
    language: str
    team_name: str


async def create_link(rt: Runtime, *, member_id: int, actor_id: int | None) -> Link:
    """A fresh random code for `member_id`; 32 URL-safe characters, well under Telegram's 64."""
    code = secrets.token_urlsafe(24)
    expires = rt.clock() + LINK_LIFETIME
    async with rt.db.transaction() as session:
        member = await session.get(Member, member_id)
        if member is None:
            raise NotFound(f"member {member_id} not found")
        session.add(TelegramLink(code=code, member_id=member_id, expires_at=expires,
                                 created_by=actor_id))
        audit.record(session, action="telegram.link.create", actor_id=actor_id,
                     family_id=member.family_id, member_id=member_id)
    return Link(code, expires)


async def redeem(rt: Runtime, *, code: str, chat_id: int) -> Bound | None:
    """Bind `chat_id` to the code's member; None when the code is unknown, used or expired."""
    now = rt.clock()
    async with rt.db.transaction() as session:
        link = await session.get(TelegramLink, code, with_for_update=True)
        if link is None or link.used_at is not None or link.expires_at <= now:
            return None
        link.used_at = now
        member = await session.get(Member, link.member_id)
        assert member is not None
        family = await session.get(Family, member.family_id)
        assert family is not None
        # The chat leaves whoever had it; the member's older chats are retired.
        await session.execute(update(Address).where(
            Address.kind == "telegram", Address.active,
            (Address.value == str(chat_id)) | (Address.member_id == member.id),
        ).values(active=False, inactive_reason="replaced by a new Telegram link", changed_at=now))
        await add_address(session, member, "telegram", str(chat_id), "telegram_chat_id")
        team = await session.get(Team, family.team_id)
        assert team is not None
        audit.record(session, action="telegram.link.redeem", family_id=family.id,
                     member_id=member.id, source="telegram")
        result = Bound(member.id, member.language, team.name)
        team_id = family.team_id
    rt.events.publish(Event("family", team_id, family.id))
    return result


async def mark_blocked(rt: Runtime, *, chat_id: int, reason: str) -> None:
    """The person blocked the bot: their Telegram address goes inactive, visibly."""
    now = utcnow()
    async with rt.db.transaction() as session:
        addresses = list(await session.scalars(select(Address).where(
            Address.kind == "telegram", Address.value == str(chat_id), Address.active)))
        families = []
        for address in addresses:
            address.active, address.inactive_reason, address.changed_at = False, reason, now
            family = await _family_of(session, address.member_id)
            families.append((family.team_id, family.id))
            audit.record(session, action="telegram.blocked", family_id=family.id,
                         member_id=address.member_id, source="telegram", reason=reason)
    for team_id, family_id in families:
        rt.events.publish(Event("family", team_id, family_id))


async def mark_unblocked(rt: Runtime, *, chat_id: int) -> bool:
    """The person unblocked the bot: the chat's latest address comes back, if blocking retired it.

    Only when no other active address holds the chat and its member has no newer chat; an
    address retired for another reason (a new link) stays retired.
    """
    now = utcnow()
    async with rt.db.transaction() as session:
        latest = await session.scalar(
            select(Address).where(Address.kind == "telegram", Address.value == str(chat_id))
            .order_by(Address.id.desc()).limit(1))
        if latest is None or latest.active or latest.inactive_reason != BLOCKED_REASON:
            return False
        taken = await session.scalar(select(Address.id).where(
            Address.kind == "telegram", Address.active,
            (Address.value == str(chat_id)) | (Address.member_id == latest.member_id),
        ).limit(1))
        if taken is not None:
            return False
        latest.active, latest.inactive_reason, latest.changed_at = True, None, now
        family = await _family_of(session, latest.member_id)
        audit.record(session, action="telegram.unblocked", family_id=family.id,
                     member_id=latest.member_id, source="telegram")
        team_id, family_id = family.team_id, family.id
    rt.events.publish(Event("family", team_id, family_id))
    return True


async def _family_of(session: AsyncSession, member_id: int) -> Family:
    member = await session.get(Member, member_id)
    assert member is not None
    family = await session.get(Family, member.family_id)
    assert family is not None
    return family
