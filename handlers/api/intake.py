"""The intake: messages from senders no family is known by, and attaching them to a family."""

from __future__ import annotations

from fastapi import APIRouter

from bot import queries
from bot.actions.intake import attach
from handlers.api.deps import CurrentWorker, RuntimeDep
from handlers.api.messages import public
from handlers.api.schemas import IntakeAttach, IntakeItem, MessagePublic

router = APIRouter(tags=["intake"])


@router.get("/intake")
async def get_intake(rt: RuntimeDep, me: CurrentWorker) -> list[IntakeItem]:
    return [IntakeItem(id=m.id, team_id=m.team_id, channel=m.channel, sender=m.address,
                       body=m.body, created_at=m.created_at)
            for m in await queries.intake(rt, me)]


@router.post("/intake/{message_id}/attach")
async def post_attach(
    message_id: int, body: IntakeAttach, rt: RuntimeDep, me: CurrentWorker,
) -> MessagePublic:
    await queries.family(rt, me, body.family_id)
    message = await attach(rt, message_id=message_id, family_id=body.family_id,
                           member_id=body.member_id, keep_address=body.keep_address, actor=me)
    return public(message)
