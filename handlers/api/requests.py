"""Requests routed inside the team, and the caller's alerts."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from fastapi import APIRouter, Request
from pydantic import BaseModel, ConfigDict

from bot import request_queries
from bot.actions.alerts import mark_seen
from bot.actions.requests import update_request
from handlers.api.deps import CurrentWorker, RuntimeDep
from storage.models import Alert
from storage.models import Request as RequestRow

router = APIRouter(tags=["requests"])

Status = Literal["open", "closed"]


class RequestPublic(BaseModel):
    id: int
    family_id: int
    message_id: int
    domain: str
    urgent: bool
    assignee_id: int | None
    status: str
    due_at: datetime
    created_at: datetime
    first_action_at: datetime | None
    closed_at: datetime | None
    urgent_reasons: list[str]
    family_name: str | None = None
    body: str | None = None  # the message that raised it (an assignee sees this one only)

    @classmethod
    def of(cls, row: RequestRow, *, family_name: str | None = None,
           body: str | None = None) -> RequestPublic:
        return cls(id=row.id, family_id=row.family_id, message_id=row.message_id,
                   domain=row.domain, urgent=row.urgent, assignee_id=row.assignee_id,
                   status=row.status, due_at=row.due_at, created_at=row.created_at,
                   first_action_at=row.first_action_at, closed_at=row.closed_at,
                   urgent_reasons=[r for r in row.urgent_reasons.split(",") if r],
                   family_name=family_name, body=body)


class RequestUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")
    domain: str | None = None
    assignee_id: int | None = None
    status: Status | None = None


class AlertPublic(BaseModel):
    id: int
    family_id: int
    request_id: int | None
    kind: str
    reason: str
    created_at: datetime
    seen_at: datetime | None

    @classmethod
    def of(cls, alert: Alert) -> AlertPublic:
        return cls(id=alert.id, family_id=alert.family_id, request_id=alert.request_id,
                   kind=alert.kind, reason=alert.reason, created_at=alert.created_at,
                   seen_at=alert.seen_at)


def _source(request: Request) -> str | None:
    return request.client.host if request.client else None


@router.get("/requests")
async def get_requests(
    request: Request, rt: RuntimeDep, me: CurrentWorker, family_id: int | None = None,
    status: Status | None = None, assignee_id: int | None = None,
) -> list[RequestPublic]:
    rows = await request_queries.requests(rt, me, family_id=family_id, status=status,
                                          assignee_id=assignee_id, source=_source(request))
    return [RequestPublic.of(r.request, family_name=r.family_name, body=r.body) for r in rows]


@router.patch("/requests/{request_id}")
async def patch_request(
    request_id: int, body: RequestUpdate, rt: RuntimeDep, me: CurrentWorker,
) -> RequestPublic:
    changed = await update_request(rt, request_id=request_id, actor_id=me.id, domain=body.domain,
                                   assignee_id=body.assignee_id, status=body.status)
    return RequestPublic.of(changed)


@router.get("/alerts")
async def get_alerts(rt: RuntimeDep, me: CurrentWorker, unseen: bool = False,
                     ) -> list[AlertPublic]:
    """The caller's alerts, newest first: urgent messages and escalations."""
    return [AlertPublic.of(a) for a in await request_queries.alerts(rt, me, unseen=unseen)]


@router.post("/alerts/{alert_id}/seen", status_code=204)
async def post_alert_seen(alert_id: int, rt: RuntimeDep, me: CurrentWorker) -> None:
    await mark_seen(rt, worker_id=me.id, alert_ids=[alert_id])
