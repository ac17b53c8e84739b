"""Automatic answers to a Telegram chat (linked, bad link, unknown chat), through the outbox."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select

from bot import audit
from bot.events import Event
from bot.runtime import Runtime
from storage.db import insert_ignore
from storage.models import Address, AutoReply, Delivery, Family, Member, Message
from storage.types import utcnow


async def answer_chat(
    rt: Runtime, *, chat_id: int, text: Callable[[str], str], language: str,
    once_a_day: str | None = None, unknown_only: bool = False,
) -> int | None:
    """Queue `text(language)` to the chat; the id of the queued message, or None if not due.

    A chat bound to a member is answered in the member's language and the answer joins the
    family's history; otherwise `language` is used (the person's Telegram language, or the
    default). With `once_a_day` (a kind of answer) the chat gets it at most once a local day;
    with `unknown_only` a chat bound to a member gets nothing.
    """
    now = utcnow()
    async with rt.db.transaction() as session:
        row = (await session.execute(
            select(Member, Family)
            .join(Address, Address.member_id == Member.id)
            .join(Family, Family.id == Member.family_id)
            .where(Address.kind == "telegram", Address.value == str(chat_id), Address.active,
                   Family.status == "active")
            .limit(1)
        )).first()
        member, family = (row[0], row[1]) if row else (None, None)
        if unknown_only and member is not None:
            return None
        if once_a_day is not None:
            day = rt.clock().astimezone(rt.settings.zone).date().isoformat()
            key = f"member:{member.id}" if member else f"telegram:{chat_id}"
            if not await insert_ignore(session, AutoReply,
                                       {"member_key": key, "kind": once_a_day, "day": day}):
                return None
        message = Message(
            team_id=family.team_id if family else None, family_id=family.id if family else None,
            member_id=member.id if member else None, direction="out", channel="telegram",
            address=str(chat_id), body=text(member.language if member else language),
            status="queued", kind="auto", created_at=now,
        )
        session.add(message)
        await session.flush()
        session.add(Delivery(message_id=message.id, due_at=now, created_at=now))
        if family is not None:
            family.last_message_at = now
        audit.record(session, action="telegram.answer", family_id=family.id if family else None,
                     source="telegram", message_id=message.id)
        message_id = message.id
    rt.outbox_ready.set()
    if family is not None:
        rt.events.publish(Event("message", family.team_id, family.id, {"id": message_id}))
    return message_id
