"""A family's messages, sending a reply, and the caller's inbox."""

from __future__ import annotations

from fastapi import APIRouter, Request

from bot import queries
from bot.actions.outbound import send
from handlers.api.deps import CurrentWorker, RuntimeDep
from handlers.api.schemas import InboxItem, MessageCreate, MessagePublic, MessageQueued
from storage.models import Message

router = APIRouter(tags=["messages"])


def public(message: Message) -> MessagePublic:
    return MessagePublic(
        id=message.id, family_id=message.family_id, direction=message.direction,
        channel=message.channel, member_id=message.member_id, body=message.body,
        status=message.status, reason=message.reason, kind=message.kind,
        created_at=message.created_at, author_id=message.author_id)


@router.get("/families/{family_id}/messages")
async def get_messages(
    family_id: int, request: Request, rt: RuntimeDep, me: CurrentWorker,
) -> list[MessagePublic]:
    source = request.client.host if request.client else None
    rows = await queries.family_messages(rt, me, family_id, source=source)
    return [public(m) for m in rows]


@router.post("/families/{family_id}/messages", status_code=202)
async def post_message(
    family_id: int, body: MessageCreate, request: Request, rt: RuntimeDep, me: CurrentWorker,
) -> MessageQueued:
    await queries.family(rt, me, family_id)
    queued = await send(rt, family_id=family_id, body=body.body, member_id=body.member_id,
                        channel=body.channel, author_id=me.id,
                        source=request.client.host if request.client else None)
    return MessageQueued(id=queued.message_id, channel=queued.channel, member_id=queued.member_id)


@router.get("/inbox")
async def get_inbox(rt: RuntimeDep, me: CurrentWorker) -> list[InboxItem]:
    return [InboxItem(family_id=f.id, name=f.name, unanswered_since=f.unanswered_since,
                      last_message_at=f.last_message_at, last_message=public(m) if m else None)
            for f, m in await queries.inbox(rt, me)]
