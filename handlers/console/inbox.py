"""The inbox: the worker's families, unanswered first with how long they have waited."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Response

from bot import console_queries
from handlers.console.rendering import render
from handlers.console.routing import ConsoleRoute
from handlers.console.session import FetchVisitor, PageVisitor, Visitor, me

router = APIRouter(route_class=ConsoleRoute)


async def _rows(v: Visitor) -> dict[str, Any]:
    rows = await console_queries.inbox(v.rt, me(v))
    return {"rows": rows, "waiting": sum(1 for r in rows if r.unanswered_since is not None)}


@router.get("")
async def inbox(v: PageVisitor, notice: str | None = None) -> Response:
    return render(v, "inbox.html", notice=notice, **await _rows(v))


@router.get("/inbox/rows")
async def inbox_rows(v: FetchVisitor) -> Response:
    """The list alone, for the page's script to swap in when something changed."""
    return render(v, "inbox_rows.html", **await _rows(v))
