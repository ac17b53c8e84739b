"""Attaching an intake message (unknown sender) to a family member."""

from __future__ import annotations

from sqlalchemy import update

from bot import access, audit
from bot.actions.families import add_address
from bot.actions.outbound import ADDRESS_KIND
from bot.errors import Invalid, NotFound
from bot.events import Event
from bot.runtime import Runtime
from storage.models import Family, Member, Message, Worker


async def attach(
    rt: Runtime, *, message_id: int, family_id: int, member_id: int, keep_address: bool,
    actor: Worker,
) -> Message:
    """Move the sender's intake messages to the member; optionally remember the address."""
    async with rt.db.transaction() as session:
        message = await session.get(Message, message_id)
        if message is None or message.family_id is not None or \
                not access.sees_intake(actor, message.team_id):
            raise NotFound(f"intake message {message_id} not found")
        family = await session.get(Family, family_id)
        if family is None or not access.sees_family(actor, family):
            raise NotFound(f"family {family_id} not found")
        member = await session.get(Member, member_id)
        if member is None or member.family_id != family_id:
            raise Invalid(f"member_id: {member_id} is not a member of family {family_id}")
        if keep_address:
            await add_address(session, member, ADDRESS_KIND[message.channel], message.address,
                              "sender")
        await session.execute(update(Message).where(
            Message.family_id.is_(None), Message.direction == "in",
            Message.channel == message.channel, Message.address == message.address,
        ).values(family_id=family_id, member_id=member_id, team_id=family.team_id))
        family.unanswered_since = family.unanswered_since or message.created_at
        family.last_message_at = max(filter(None, [family.last_message_at, message.created_at]))
        audit.record(session, action="intake.attach", actor_id=actor.id, family_id=family_id,
                     message_id=message_id, member_id=member_id)
        await session.refresh(message)
        team_id = family.team_id
    rt.events.publish(Event("message", team_id, family_id, {"id": message_id}))
    return message
