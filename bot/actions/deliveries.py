"""`retry_delivery`: a failed outbound message goes back into the outbox, as the same message.

The retry keeps the message (its text, recipient, channel, author and place in the timeline) and
re-queues its delivery row, so the family never gets a copy next to a failed original. It is
refused when sending again cannot help or must not happen: the member sent STOP, or the address
was found not to work (a wrong number, a blocked bot) — then a contact corrects the address and
writes again. The provider id of the failed attempt moves to the audit trail: a late receipt for
that attempt then names no message of ours and cannot mark the new attempt failed.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, update

from bot import access, audit
from bot.actions.outbound import ADDRESS_KIND
from bot.errors import Conflict, Invalid, NotFound
from bot.events import Event
from bot.runtime import Runtime
from storage.models import Address, Delivery, Family, Message, Worker


@dataclass(frozen=True)
class Retried:
    """A failed message queued again."""

    message_id: int
    family_id: int
    channel: str


async def retry_delivery(
    rt: Runtime, *, message_id: int, actor_id: int, source: str | None = None,
) -> Retried:
    """Queue a failed outbound message's delivery again (once: a second click is a `Conflict`)."""
    now = rt.clock()
    async with rt.db.transaction() as session:
        actor = await session.get(Worker, actor_id)
        message = await session.get(Message, message_id)
        family = (await session.get(Family, message.family_id)
                  if message is not None and message.family_id is not None else None)
        if (actor is None or message is None or family is None
                or not access.sees_family(actor, family)):
            raise NotFound(f"message {message_id} not found")
        if message.direction != "out":
            raise Invalid(f"message {message_id} came from the family; only replies are sent")
        if message.status != "failed":
            raise Conflict(f"message {message_id} has not failed (it is {message.status}); "
                           "only a failed message can be sent again")
        address = await session.scalar(select(Address).where(
            Address.member_id == message.member_id,
            Address.kind == ADDRESS_KIND.get(message.channel, "phone"),
            Address.value == message.address).order_by(Address.id.desc()).limit(1))
        if address is None or not address.active:
            reason = address.inactive_reason if address is not None else None
            raise Conflict("the address this message went to no longer works"
                           + (f" ({reason})" if reason else "")
                           + "; correct the member's address and write a new message")
        if address.opted_out:
            raise Conflict("the member has opted out of SMS (sent STOP); "
                           "they receive nothing until they send START")
        failed_reason, failed_provider_id = message.reason, message.provider_id
        # Conditional on "failed", so two clicks (or two contacts) queue it once.
        changed = await session.execute(
            update(Message).where(Message.id == message_id, Message.status == "failed")
            .values(status="queued", reason=None, provider_id=None))
        if not changed.rowcount:  # type: ignore[attr-defined]
            raise Conflict(f"message {message_id} is already being sent again")
        await session.execute(update(Delivery).where(Delivery.message_id == message_id).values(
            state="pending", attempts=0, due_at=now, lease_owner=None, lease_until=None,
            last_error=None))
        audit.record(session, action="message.retry", actor_id=actor_id, family_id=family.id,
                     source=source, message_id=message_id, reason=failed_reason,
                     previous_provider_id=failed_provider_id)
        team_id, family_id, channel = family.team_id, family.id, message.channel
    rt.outbox_ready.set()
    rt.events.publish(Event("status", team_id, family_id, {"id": message_id,
                                                           "status": "queued"}))
    return Retried(message_id, family_id, channel)
