"""Families, their members and Telegram links."""

from __future__ import annotations

from fastapi import APIRouter

from bot import queries
from bot.access import require_team_manager
from bot.actions.families import NewMember, create_family, update_family
from bot.actions.privacy import set_case_status
from bot.actions.telegram_links import create_link
from bot.errors import Conflict, NotFound
from handlers.api.deps import CurrentWorker, RuntimeDep
from handlers.api.schemas import FamilyCreate, FamilyPublic, FamilyUpdate, TelegramLinkPublic

router = APIRouter(tags=["families"])


@router.post("/families", status_code=201)
async def post_family(body: FamilyCreate, rt: RuntimeDep, me: CurrentWorker) -> FamilyPublic:
    require_team_manager(me, body.team_id)
    family = await create_family(
        rt, team_id=body.team_id, name=body.name, case_ref=body.case_ref,
        contacts=body.contacts, follow_up=body.follow_up, actor_id=me.id,
        members=[NewMember(**m.model_dump()) for m in body.members])
    return FamilyPublic.of(family)


@router.get("/families")
async def list_families(rt: RuntimeDep, me: CurrentWorker) -> list[FamilyPublic]:
    """The families the caller sees: a worker's own (as a contact), a lead's team's; by name."""
    return [FamilyPublic.of(family) for family in await queries.families(rt, me)]


@router.get("/families/{family_id}")
async def get_family(family_id: int, rt: RuntimeDep, me: CurrentWorker) -> FamilyPublic:
    return FamilyPublic.of(await queries.family(rt, me, family_id))


@router.patch("/families/{family_id}")
async def patch_family(
    family_id: int, body: FamilyUpdate, rt: RuntimeDep, me: CurrentWorker,
) -> FamilyPublic:
    await queries.family(rt, me, family_id)
    if body.status is not None:  # closing starts the retention clock (bot.actions.privacy)
        await set_case_status(rt, family_id=family_id, status=body.status, actor_id=me.id)
    if body.status is None or body.model_fields_set - {"status"}:
        await update_family(rt, family_id=family_id, actor_id=me.id, name=body.name,
                            follow_up=body.follow_up, contacts=body.contacts, note=body.note)
    return FamilyPublic.of(await queries.family(rt, me, family_id))


@router.post("/families/{family_id}/members/{member_id}/telegram-link", status_code=201)
async def post_telegram_link(
    family_id: int, member_id: int, rt: RuntimeDep, me: CurrentWorker,
) -> TelegramLinkPublic:
    family = await queries.family(rt, me, family_id)
    if member_id not in {m.id for m in family.members}:
        raise NotFound(f"member {member_id} not found in family {family_id}")
    if rt.telegram_username is None:
        raise Conflict("Telegram is not configured (set TELEGRAM_BOT_TOKEN)")
    link = await create_link(rt, member_id=member_id, actor_id=me.id)
    return TelegramLinkPublic(url=f"https://t.me/{rt.telegram_username}?start={link.code}",
                              code=link.code, expires_at=link.expires_at)


__all__ = ["router", "require_team_manager"]
