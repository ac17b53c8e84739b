"""The audit trail for leads (their team's) and admins (all): filter by family, worker and dates.

Read-only: no console route (nor any other) changes or deletes an audit row; the database refuses
it too (migration 0006). The page pages back by id, newest first, 50 rows at a time, and offers
the same filter as CSV through the API (`GET /api/v1/audit?format=csv`).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Response

from bot import access, audit_queries
from bot.errors import NotFound
from handlers.console.rendering import render
from handlers.console.routing import ConsoleRoute
from handlers.console.session import PageVisitor, me

router = APIRouter(route_class=ConsoleRoute)

PAGE = 50


def _number(value: str) -> int | None:
    value = value.strip()
    return int(value) if value.isdigit() and len(value) < 12 else None


def _day(value: str) -> date | None:
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        return None


@router.get("/audit")
async def audit_page(
    v: PageVisitor,
    family: Annotated[str, Query(max_length=20)] = "",
    worker: Annotated[str, Query(max_length=20)] = "",
    start: Annotated[str, Query(alias="from", max_length=10)] = "",
    end: Annotated[str, Query(alias="to", max_length=10)] = "",
    before: Annotated[str, Query(max_length=20)] = "",
) -> Response:
    viewer = me(v)
    if not access.reads_audit(viewer):
        raise NotFound("the audit trail is for leads and admins")
    zone = v.rt.settings.zone
    first, last = _day(start), _day(end)
    rows = await audit_queries.audit_rows(
        v.rt, viewer, family_id=_number(family), actor_id=_number(worker),
        start=datetime.combine(first, time(), zone) if first else None,
        end=datetime.combine(last + timedelta(days=1), time(), zone) if last else None,
        before=_number(before), limit=PAGE + 1)
    shown = rows[:PAGE]
    query = {"family": family, "worker": worker, "from": start, "to": end}
    kept = {k: val for k, val in query.items() if val}
    older = (f"/console/audit?{urlencode({**kept, 'before': shown[-1].id})}"
             if len(rows) > PAGE else None)
    api = {"family_id": _number(family), "worker_id": _number(worker),
           "from": first.isoformat() if first else None,
           "to": (last + timedelta(days=1)).isoformat() if last else None, "format": "csv"}
    csv_url = "/api/v1/audit?" + urlencode({k: val for k, val in api.items() if val})
    return render(v, "audit.html", rows=shown, query=query, older=older, csv_url=csv_url)
