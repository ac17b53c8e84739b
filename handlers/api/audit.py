"""GET /api/v1/audit: the audit trail as JSON or CSV (leads: their team's; admins: all)."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Response
from pydantic import BaseModel

from bot import audit_queries
from bot.audit_queries import AuditRow
from handlers.api.deps import CurrentWorker, RuntimeDep

router = APIRouter(tags=["audit"])


class AuditPublic(BaseModel):
    """Who did or read what, when, from which address; `detail` never holds a message body."""

    id: int
    at: datetime
    action: str
    actor_id: int | None
    actor_name: str | None
    family_id: int | None
    source: str | None
    client_address: str | None
    detail: dict[str, Any]


FIELDS = list(AuditPublic.model_fields)


def _public(row: AuditRow) -> AuditPublic:
    return AuditPublic(**{name: getattr(row, name) for name in FIELDS})


def _csv(rows: list[AuditPublic]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(FIELDS)
    for row in rows:
        values = row.model_dump()
        values["at"] = row.at.isoformat()
        values["detail"] = json.dumps(row.detail, ensure_ascii=False, sort_keys=True)
        writer.writerow(["" if values[f] is None else values[f] for f in FIELDS])
    return out.getvalue()


@router.get("/audit", response_model=list[AuditPublic], responses={
    200: {"content": {"text/csv": {}}, "description": "JSON, or CSV with `format=csv`"}})
async def get_audit(
    rt: RuntimeDep, me: CurrentWorker,
    family_id: Annotated[int | None, Query(ge=1)] = None,
    worker_id: Annotated[int | None, Query(ge=1, description="rows by this worker")] = None,
    start: Annotated[datetime | None, Query(alias="from", description="ISO time or date; "
                                            "without an offset in the service's zone")] = None,
    end: Annotated[datetime | None, Query(alias="to", description="exclusive")] = None,
    before: Annotated[int | None, Query(ge=1, description="page back: rows older than "
                                        "this id")] = None,
    limit: Annotated[int, Query(ge=1, le=audit_queries.MAX_ROWS)] = 1000,
    format: Literal["json", "csv"] = "json",
) -> Any:
    zone = rt.settings.zone
    rows = [_public(r) for r in await audit_queries.audit_rows(
        rt, me, family_id=family_id, actor_id=worker_id,
        start=start.replace(tzinfo=zone) if start and start.tzinfo is None else start,
        end=end.replace(tzinfo=zone) if end and end.tzinfo is None else end,
        before=before, limit=limit)]
    if format == "csv":
        return Response(_csv(rows), media_type="text/csv; charset=utf-8", headers={
            "Content-Disposition": 'attachment; filename="opgang-audit.csv"',
            "Cache-Control": "no-store"})
    return rows
