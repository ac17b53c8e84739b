"""The caseworkers' console at /console: server-rendered pages in Danish or English.

Pages read family data only through `bot.access` (via `bot.queries` and `bot.console_queries`)
and change state only through `bot.actions`. See `handlers.console.session` for login and CSRF.
"""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from bot import console_i18n
from bot.errors import ActionError, NotFound
from handlers.console import admin, families, inbox, lead, live, login, segments, static
from handlers.console import audit as audit_page
from handlers.console import calendar as calendar_pages
from handlers.console import followups as followup_pages
from handlers.console import requests as request_pages
from handlers.console.rendering import render
from handlers.console.routing import ConsoleRoute
from handlers.console.session import BadForm, visitor


async def error_page(request: Request, exc: ActionError) -> Response:
    """An error as a page in the worker's language (a 404 never says whether the family exists)."""
    v = await visitor(request)
    _ = console_i18n.translations(v.language).gettext
    if isinstance(exc, NotFound):
        message = _("This page does not exist, or it is not yours to see.")
    elif isinstance(exc, BadForm):
        message = _("This form has expired or came from another site. "
                    "Reload the page and try again.")
    else:
        message = exc.detail
    return render(v, "error.html", status=exc.status, message=message)


ConsoleRoute.error_page = error_page

router = APIRouter(include_in_schema=False, route_class=ConsoleRoute)
for _module in (login, inbox, families, request_pages, lead, admin, segments, live,
                static, calendar_pages, followup_pages):
    router.include_router(_module.router, prefix="/console")
router.include_router(audit_page.router, prefix="/console")  # trust (issue 7)

__all__ = ["router"]
