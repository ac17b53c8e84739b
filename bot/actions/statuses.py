"""`apply_provider_status`: a provider's delivery receipt moves an outbound message forward.

A receipt is found by (channel, provider id). One that names no message of ours is ignored: the
provider account may be shared with another system, and a receipt racing the delivery worker (in
the milliseconds before it stores the id) is followed by later ones.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, update

from bot import audit
from bot.channels.sms import OPTED_OUT, describe
from bot.events import Event
from bot.runtime import Runtime
from bot.status import TWILIO, advance
from storage.models import Address, Message
from storage.types import utcnow

OUTBOUND = ("queued", "sent", "delivered", "failed")
"""The statuses an outbound message can have."""

PROVIDER_STATUSES = {"sms": TWILIO}
"""Per channel: the provider's status words, mapped to ours."""


@dataclass(frozen=True)
class StatusApplied:
    """What a receipt did: `message_id` None when the message is not ours (it is ignored)."""

    message_id: int | None
    status: str | None
    changed: bool


async def apply_provider_status(
    rt: Runtime, *, channel: str, provider_id: str, status: str, error_code: int | None = None,
) -> StatusApplied:
    """Apply a receipt once and only forwards; a failure keeps its reason, 21610 opts out."""
    ours = PROVIDER_STATUSES.get(channel, {}).get(status.strip().lower())
    now = utcnow()
    async with rt.db.transaction() as session:
        row = (await session.execute(
            select(Message.id, Message.status, Message.team_id, Message.family_id,
                   Message.member_id, Message.address)
            .where(Message.channel == channel, Message.provider_id == provider_id,
                   Message.direction == "out")
        )).first()
        if row is None:
            return StatusApplied(None, None, False)  # another system's message on the account
        changed = False
        if ours is not None:
            values: dict[str, object] = {"status": ours}
            if ours == "failed":
                values["reason"] = f"{status.strip().lower()}: {describe(error_code)}"[:300]
            # Conditional on the current status, so concurrent receipts cannot move it back.
            behind = [s for s in OUTBOUND if advance(s, ours) != s]
            result = await session.execute(
                update(Message).where(Message.id == row.id, Message.status.in_(behind))
                .values(**values))
            changed = bool(result.rowcount)  # type: ignore[attr-defined]
        opted_out = error_code == OPTED_OUT and row.member_id is not None
        if opted_out:
            await session.execute(update(Address).where(
                Address.member_id == row.member_id, Address.kind == "phone",
                Address.value == row.address, Address.active,
            ).values(opted_out=True, changed_at=now))
        if changed or opted_out:
            audit.record(session, action="message.status", family_id=row.family_id,
                         source=channel, message_id=row.id, status=status,
                         error_code=error_code)
        current = ours if changed else row.status
    if changed or opted_out:
        rt.events.publish(Event("status", row.team_id, row.family_id,
                                {"id": row.id, "status": current}))
    return StatusApplied(row.id, current, changed)
