"""Teams and workers."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException

from bot.access import require_team_manager
from bot.actions.people import create_team, create_worker
from bot.phones import to_e164
from handlers.api.deps import CurrentWorker, RuntimeDep
from handlers.api.schemas import TeamCreate, TeamPublic, WorkerCreate, WorkerPublic

router = APIRouter(tags=["people"])


@router.post("/teams", status_code=201)
async def post_team(body: TeamCreate, rt: RuntimeDep, me: CurrentWorker) -> TeamPublic:
    if me.role != "admin":
        raise HTTPException(403, "only an admin creates teams")
    number = to_e164(body.sms_number, field="sms_number") if body.sms_number else None
    team = await create_team(rt, name=body.name, timezone=body.timezone, sms_number=number,
                             actor_id=me.id)
    return TeamPublic(id=team.id, name=team.name, timezone=team.timezone,
                      sms_number=team.sms_number)


@router.post("/workers", status_code=201)
async def post_worker(body: WorkerCreate, rt: RuntimeDep, me: CurrentWorker) -> WorkerPublic:
    if body.role == "admin" or body.team_id is None:
        if me.role != "admin":
            raise HTTPException(403, "only an admin creates admins")
    else:
        require_team_manager(me, body.team_id)
    domains = [d if isinstance(d, str) else d.model_dump() for d in body.domains]
    worker = await create_worker(rt, email=body.email, password=body.password, role=body.role,
                                 name=body.name, team_id=body.team_id, domains=domains,
                                 actor_id=me.id)
    return WorkerPublic.of(worker)
