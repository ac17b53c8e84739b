"""`receive`: a message from a family member, whatever the channel, stored exactly once."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import lazyload

from bot import audit, texts
from bot.actions.outbound import ADDRESS_KIND, enqueue
from bot.errors import Conflict
from bot.events import Event
from bot.i18n import format_when
from bot.keywords import Keyword, keyword_of
from bot.runtime import Runtime
from bot.scheduling.hours import is_open, next_opening
from storage.db import insert_ignore
from storage.models import Address, AutoReply, Family, Member, Message, Team

STALE_FOR_HOURS_ANSWER = timedelta(minutes=10)
"""A message stored this late (replayed from the spool) gets no out-of-hours answer: the family
has moved on, and "we are closed" may no longer be true of the time they wrote."""


@dataclass(frozen=True)
class Received:
    """What became of an inbound message."""

    message_id: int | None
    duplicate: bool
    family_id: int | None
    member_id: int | None
    keyword: Keyword | None = None


async def receive(
    rt: Runtime, *, channel: str, sender: str, body: str, provider_id: str,
    to: str | None = None, received_at: datetime | None = None,
) -> Received:
    """Store an inbound message once, keep unknown senders in intake, answer what is due.

    `received_at` is when the provider handed it over, if not now (a replay from the spool).
    """
    kind = ADDRESS_KIND[channel]
    now = rt.clock()
    sent_at = received_at or now
    async with rt.db.transaction() as session:
        found = await _sender(session, kind, sender)
        address, member, family = found if found else (None, None, None)
        team_id = family.team_id if family else await _intake_team(session, to)
        keyword = keyword_of(body) if kind == "phone" else None
        message_id = await insert_ignore(session, Message, {
            "team_id": team_id,
            "family_id": family.id if family else None,
            "member_id": member.id if member else None,
            "direction": "in", "channel": channel, "address": sender, "body": body,
            "status": "received", "provider_id": provider_id,
            "kind": "keyword" if keyword else "chat", "created_at": sent_at,
        }, returning=Message.id)
        if message_id is None:
            return Received(None, True, family.id if family else None,
                            member.id if member else None, keyword)
        if address is not None and member is not None and family is not None:
            await _for_family(rt, session, family=family, member=member, address=address,
                              channel=channel, keyword=keyword, sent_at=sent_at)
        audit.record(session, action="message.receive", family_id=family.id if family else None,
                     source=channel, message_id=message_id, intake=family is None)
    rt.events.publish(Event("message" if family else "intake", team_id,
                            family.id if family else None, {"id": message_id}))
    return Received(message_id, False, family.id if family else None,
                    member.id if member else None, keyword)


async def _for_family(
    rt: Runtime, session: AsyncSession, *, family: Family, member: Member, address: Address,
    channel: str, keyword: Keyword | None, sent_at: datetime,
) -> None:
    now = rt.clock()
    family.last_message_at = now
    if keyword is Keyword.STOP:
        address.opted_out, address.changed_at = True, now
        return
    if keyword is Keyword.START:
        address.opted_out, address.changed_at = False, now
        return
    if keyword is Keyword.HELP:
        team = await session.get(Team, family.team_id)
        assert team is not None
        await _auto_reply(rt, session, family, member, channel, "help",
                          texts.help_text(member.language, team=team.name,
                                          emergency=rt.settings.emergency_number))
        return
    if family.unanswered_since is None:
        family.unanswered_since = sent_at
    zone = rt.settings.zone
    if now - sent_at <= STALE_FOR_HOURS_ANSWER and not is_open(now, rt.opening_hours, zone):
        team = await session.get(Team, family.team_id)
        assert team is not None
        when = format_when(next_opening(now, rt.opening_hours, zone), member.language, zone,
                           now=now)
        await _auto_reply(rt, session, family, member, channel, "out_of_hours",
                          texts.out_of_hours(member.language, team=team.name, when=when,
                                             emergency=rt.settings.emergency_number),
                          once_a_day=True)


async def _auto_reply(
    rt: Runtime, session: AsyncSession, family: Family, member: Member, channel: str,
    kind: str, body: str, *, once_a_day: bool = False,
) -> None:
    """Queue an automatic answer; with `once_a_day` at most one per member and local day."""
    if once_a_day:
        day = rt.clock().astimezone(rt.settings.zone).date().isoformat()
        first = await insert_ignore(session, AutoReply,
                                    {"member_key": f"member:{member.id}", "kind": kind, "day": day})
        if not first:
            return
    if channel not in rt.channels:
        return
    # The hot path loaded no relationships; this rare one needs the member's addresses.
    await session.refresh(member, attribute_names=["addresses"])
    try:
        await enqueue(rt, session, family=family, body=body, member_id=None, author_id=None,
                      channel=channel, kind="auto", member=member)
    except Conflict:
        return  # opted out or unreachable: an automatic answer is not worth forcing
    rt.outbox_ready.set()


async def _sender(
    session: AsyncSession, kind: str, value: str,
) -> tuple[Address, Member, Family] | None:
    """The active address, its member and their active family: one query, no relationships."""
    row = (await session.execute(
        select(Address, Member, Family)
        .join(Member, Member.id == Address.member_id)
        .join(Family, Family.id == Member.family_id)
        .where(Address.kind == kind, Address.value == value, Address.active,
               Family.status == "active")
        .options(lazyload(Member.addresses), lazyload(Family.members))
        .limit(1)
    )).first()
    return (row[0], row[1], row[2]) if row else None


async def _intake_team(session: AsyncSession, to: str | None) -> int | None:
    """The team whose number was written to; else the first team (documented in the README)."""
    if to:
        team_id = await session.scalar(select(Team.id).where(Team.sms_number == to))
        if team_id is not None:
            return team_id
    return await session.scalar(select(Team.id).order_by(Team.id).limit(1))
