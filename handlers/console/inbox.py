"""The inbox: the worker's families, urgent first, then unanswered with how long they have waited.

Filters (a member's or family's name, a channel, unanswered only) are plain query parameters, so
a filtered inbox is a link a worker can keep; the live refresh asks with the same parameters.
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Response
from fastapi.responses import RedirectResponse

from bot import console_queries
from bot.console_queries import InboxFilter
from handlers.console.rendering import render
from handlers.console.routing import ConsoleRoute
from handlers.console.session import FetchVisitor, PageVisitor, Visitor, me

router = APIRouter(route_class=ConsoleRoute)

CHANNELS = ("sms", "telegram", "simulator")


def _filter(member: str, channel: str, unanswered: str) -> InboxFilter:
    return InboxFilter(member=" ".join(member.split())[:100],
                       channel=channel if channel in CHANNELS else "",
                       unanswered=unanswered in ("1", "yes", "on", "true"))


def _query(where: InboxFilter) -> str:
    values = {"member": where.member, "channel": where.channel,
              "unanswered": "1" if where.unanswered else ""}
    return urlencode({k: v for k, v in values.items() if v})


async def _rows(v: Visitor, where: InboxFilter) -> dict[str, Any]:
    rows = await console_queries.inbox(v.rt, me(v), where=where)
    return {"rows": rows, "waiting": sum(1 for r in rows if r.unanswered_since is not None),
            "urgent": sum(1 for r in rows if r.urgent), "where": where}


Text = Annotated[str, Query(max_length=200)]


@router.get("")
async def inbox(v: PageVisitor, notice: str | None = None, member: Text = "",
                channel: Text = "", unanswered: Text = "") -> Response:
    if me(v).role == "admin":  # administrators have no families: their page is the admin page
        return RedirectResponse("/console/admin", 303)
    where = _filter(member, channel, unanswered)
    return render(v, "inbox.html", notice=notice, channels=CHANNELS, query=_query(where),
                  **await _rows(v, where))


@router.get("/inbox/rows")
async def inbox_rows(v: FetchVisitor, member: Text = "", channel: Text = "",
                     unanswered: Text = "") -> Response:
    """The list alone, for the page's script to swap in when something changed."""
    return render(v, "inbox_rows.html", **await _rows(v, _filter(member, channel, unanswered)))
