"""A family's data for an access request (GDPR art. 15) and its erasure (art. 17): leads only."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Response
from pydantic import BaseModel, ConfigDict, Field

from bot import gdpr, queries
from bot.access import require_privacy_officer
from bot.actions.privacy import MAX_REASON, erase_family
from handlers.api.deps import CurrentWorker, RuntimeDep
from handlers.api.schemas import FamilyPublic

router = APIRouter(tags=["privacy"])


class FamilyErase(BaseModel):
    """Why the family is erased (kept in the audit trail, so write no personal data in it)."""

    model_config = ConfigDict(extra="forbid")
    reason: str = Field(min_length=1, max_length=MAX_REASON)


@router.get("/families/{family_id}/export", responses={
    200: {"content": {"text/plain": {}}, "description": "JSON, or text with `format=text`"}})
async def get_export(
    family_id: int, rt: RuntimeDep, me: CurrentWorker,
    format: Annotated[Literal["json", "text"], Query()] = "json",
) -> Any:
    data = await gdpr.export(rt, me, family_id)
    headers = {"Cache-Control": "no-store",
               "Content-Disposition": f'attachment; filename="family-{family_id}.'
                                      f'{"txt" if format == "text" else "json"}"'}
    if format == "text":
        return Response(gdpr.as_text(data), media_type="text/plain; charset=utf-8",
                        headers=headers)
    return Response(gdpr.dumps(data), media_type="application/json", headers=headers)


@router.post("/families/{family_id}/erase")
async def post_erase(
    family_id: int, body: FamilyErase, rt: RuntimeDep, me: CurrentWorker,
) -> FamilyPublic:
    family = await queries.family(rt, me, family_id)
    require_privacy_officer(me, family)
    await erase_family(rt, family_id=family_id, actor_id=me.id, reason=body.reason)
    return FamilyPublic.of(await queries.family(rt, me, family_id))
