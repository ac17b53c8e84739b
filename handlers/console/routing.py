"""The console's route class: security headers on every answer, HTML errors, the login redirect."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Coroutine
from typing import Any
from urllib.parse import quote

from fastapi import Request, Response
from fastapi.responses import JSONResponse, RedirectResponse
from fastapi.routing import APIRoute

from bot.errors import ActionError

# Scripts and styles come from our own static files only (no inline code), nothing may frame the
# console, and no other site learns which family page a worker came from.
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"),
    "Referrer-Policy": "same-origin",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "X-Robots-Tag": "noindex",
}
NO_STORE = {"Cache-Control": "no-store"}


class LoginRequired(Exception):
    """No valid session: a page redirects to the login, a script's request gets 401."""

    def __init__(self, *, redirect: bool, path: str) -> None:
        super().__init__("not logged in")
        self.redirect = redirect
        self.path = path

    def response(self) -> Response:
        if self.redirect:
            return RedirectResponse(f"/console/login?next={quote(self.path, safe='/')}", 303)
        return JSONResponse({"detail": "not logged in to the console"}, 401, headers=NO_STORE)


ErrorPage = Callable[[Request, ActionError], Awaitable[Response]]


class ConsoleRoute(APIRoute):
    """An APIRoute whose answers all carry the console's security headers."""

    error_page: ErrorPage | None = None
    """Set by the package: renders an `ActionError` as a page in the worker's language."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def route(request: Request) -> Response:
            try:
                response = await handler(request)
            except LoginRequired as exc:
                response = exc.response()
            except ActionError as exc:
                page = ConsoleRoute.error_page
                if page is None:
                    response = JSONResponse({"detail": exc.detail}, exc.status)
                else:
                    response = await page(request, exc)
            for name, value in SECURITY_HEADERS.items():
                response.headers.setdefault(name, value)
            response.headers.setdefault("Cache-Control", "no-store")
            return response

        return route
