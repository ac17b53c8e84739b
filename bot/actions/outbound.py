"""`send`: a message to a family member, written with its outbox row in one transaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot import audit
from bot.errors import Conflict, Invalid, NotFound
from bot.events import Event
from bot.runtime import Runtime
from storage.models import Address, Delivery, Family, Member, Message
from storage.types import utcnow

ADDRESS_KIND = {"sms": "phone", "simulator": "phone", "telegram": "telegram"}
MAX_BODY = 1600


@dataclass(frozen=True)
class Queued:
    """An outbound message now in the outbox."""

    message_id: int
    family_id: int | None
    member_id: int
    channel: str


async def send(
    rt: Runtime, *, family_id: int, body: str, member_id: int | None = None,
    author_id: int | None = None, channel: str | None = None, source: str | None = None,
) -> Queued:
    """Queue a contact's message to a member (by default the one who wrote last)."""
    async with rt.db.transaction() as session:
        family = await session.get(Family, family_id)
        if family is None:
            raise NotFound(f"family {family_id} not found")
        queued = await enqueue(rt, session, family=family, body=body, member_id=member_id,
                               author_id=author_id, channel=channel, kind="chat")
        if author_id is not None:
            family.unanswered_since = None
        audit.record(session, action="message.send", actor_id=author_id, family_id=family_id,
                     source=source, message_id=queued.message_id, channel=queued.channel)
    rt.outbox_ready.set()
    rt.events.publish(Event("message", family.team_id, family_id, {"id": queued.message_id}))
    return queued


async def enqueue(
    rt: Runtime, session: AsyncSession, *, family: Family | None, body: str,
    member_id: int | None, author_id: int | None, channel: str | None, kind: str,
    member: Member | None = None,
) -> Queued:
    """Write an outbound message and its delivery row inside the caller's transaction."""
    body = body.strip()
    if not body:
        raise Invalid("body: a message needs some text")
    if len(body) > MAX_BODY:
        raise Invalid(f"body: at most {MAX_BODY} characters")
    if member is None:
        member = await _recipient(session, family, member_id)
    chosen = channel or await _channel_for(rt, session, member)
    if chosen not in rt.channels:
        raise Invalid(f"channel: {chosen} is not switched on")
    address = _address(member, chosen)
    now = utcnow()
    await _loop_guard(session, family, member, body, now)
    message = Message(
        team_id=family.team_id if family else None, family_id=family.id if family else None,
        member_id=member.id, direction="out", channel=chosen, address=address.value, body=body,
        status="queued", author_id=author_id, kind=kind, created_at=now,
    )
    session.add(message)
    await session.flush()
    session.add(Delivery(message_id=message.id, due_at=now, created_at=now))
    if family is not None:
        family.last_message_at = now
    return Queued(message.id, message.family_id, member.id, chosen)


class LoopGuard(Conflict):
    """The same text to the same member too often in a short time: a loop, not a conversation."""


LOOP_LIMIT = 3
LOOP_WINDOW = timedelta(minutes=10)
"""More than `LOOP_LIMIT` identical texts to one member within `LOOP_WINDOW` are refused: a
script or an automatic answer caught in a loop with a family's phone must not flood it."""


async def _loop_guard(
    session: AsyncSession, family: Family | None, member: Member, body: str, now: datetime,
) -> None:
    query = select(func.count()).select_from(Message).where(
        Message.member_id == member.id, Message.direction == "out", Message.body == body,
        Message.created_at >= now - LOOP_WINDOW)
    if family is not None:  # the family's index narrows the scan to its own messages
        query = query.where(Message.family_id == family.id)
    if (await session.scalar(query) or 0) >= LOOP_LIMIT:
        raise LoopGuard(f"loop guard: the same text was sent to member {member.id} "
                        f"{LOOP_LIMIT} times in {int(LOOP_WINDOW.total_seconds() // 60)} "
                        "minutes; not sent again")


async def _recipient(session: AsyncSession, family: Family | None, member_id: int | None) -> Member:
    if family is None:
        raise Invalid("member_id: a recipient is needed")
    if member_id is not None:
        member = next((m for m in family.members if m.id == member_id), None)
        if member is None:
            raise Invalid(f"member_id: {member_id} is not a member of this family")
        return member
    last = await session.scalar(
        select(Message.member_id)
        .where(Message.family_id == family.id, Message.direction == "in",
               Message.member_id.is_not(None))
        .order_by(Message.id.desc()).limit(1)
    )
    if last is None:
        raise Invalid("member_id: nobody in this family has written yet; choose a member")
    return next(m for m in family.members if m.id == last)


async def _channel_for(rt: Runtime, session: AsyncSession, member: Member) -> str:
    """The channel the member last wrote on, if still usable; else the first usable one."""
    last = await session.scalar(
        select(Message.channel)
        .where(Message.member_id == member.id, Message.direction == "in")
        .order_by(Message.id.desc()).limit(1)
    )
    candidates = ([last] if last else []) + list(rt.channels)
    for channel in candidates:
        if channel in rt.channels and _usable(member, channel):
            return channel
    for channel in candidates:
        if channel in rt.channels and _has_address(member, channel):
            _address(member, channel)  # raises with the reason it cannot be used
    raise Conflict(f"member {member.id} has no address on a channel that is switched on")


def _has_address(member: Member, channel: str) -> bool:
    return any(a.kind == ADDRESS_KIND[channel] for a in member.addresses)


def _usable(member: Member, channel: str) -> bool:
    return any(a.kind == ADDRESS_KIND[channel] and a.active and not a.opted_out
               for a in member.addresses)


def _address(member: Member, channel: str) -> Address:
    """The member's address on `channel`, or `Conflict` saying why it cannot be used."""
    kind = ADDRESS_KIND[channel]
    addresses = [a for a in member.addresses if a.kind == kind]
    usable = [a for a in addresses if a.active and not a.opted_out]
    if usable:
        return usable[-1]
    if any(a.active and a.opted_out for a in addresses):
        raise Conflict(f"member {member.id} has opted out of SMS (sent STOP); "
                       "they receive nothing until they send START")
    if addresses:
        reason = addresses[-1].inactive_reason or "inactive"
        raise Conflict(f"member {member.id}'s {channel} address is inactive: {reason}")
    raise Conflict(f"member {member.id} has no {channel} address")
