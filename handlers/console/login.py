"""Logging in and out of the console, and choosing its language."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Response
from fastapi.responses import RedirectResponse

from bot import console_i18n
from bot.actions.sessions import TooManyAttempts, WrongCredentials, log_in, log_out, set_language
from bot.errors import Invalid
from handlers.console.rendering import render
from handlers.console.routing import ConsoleRoute
from handlers.console.session import (
    LANGUAGE_COOKIE,
    SESSION_COOKIE,
    AnyVisitor,
    BadForm,
    safe_next,
)

router = APIRouter(route_class=ConsoleRoute)


def _login_page(v: AnyVisitor, *, next_path: str, email: str = "", error: str | None = None,
                status: int = 200) -> Response:
    return render(v, "login.html", status=status, next_path=safe_next(next_path), email=email,
                  error=error)


@router.get("/login")
async def login_page(v: AnyVisitor, next: str | None = None) -> Response:
    if v.worker is not None:
        return RedirectResponse(safe_next(next), 303)
    return _login_page(v, next_path=safe_next(next))


@router.post("/login")
async def login(
    v: AnyVisitor, email: Annotated[str, Form(max_length=320)],
    password: Annotated[str, Form(max_length=1000)],
    csrf: Annotated[str, Form(max_length=200)] = "", next: Annotated[str, Form()] = "/console",
) -> Response:
    _ = console_i18n.translations(v.language).gettext
    try:
        v.check_csrf(csrf)
    except BadForm:
        return _login_page(v, next_path=next, email=email, status=403,
                           error=_("The form had expired. Please log in again."))
    try:
        opened = await log_in(v.rt, email=email, password=password, client=v.client)
    except WrongCredentials:
        # One answer whether the e-mail is unknown or the password wrong.
        return _login_page(v, next_path=next, email=email, status=401,
                           error=_("Wrong e-mail or password."))
    except TooManyAttempts as exc:
        response = _login_page(
            v, next_path=next, email=email, status=429,
            error=_("Too many failed attempts. Wait %(seconds)d seconds and try again.")
            % {"seconds": exc.retry_after})
        response.headers["Retry-After"] = str(exc.retry_after)
        return response
    v.start_session(opened.token, opened.language)
    return v.apply(RedirectResponse(safe_next(next), 303))


@router.post("/logout")
async def logout(v: AnyVisitor, csrf: Annotated[str, Form(max_length=200)] = "") -> Response:
    if v.token is not None:
        v.check_csrf(csrf)
        await log_out(v.rt, token=v.token)
    v.set_cookie(SESSION_COOKIE, None, 0)
    return v.apply(RedirectResponse("/console/login", 303))


@router.post("/language")
async def language(
    v: AnyVisitor, language: Annotated[str, Form(max_length=8)],
    csrf: Annotated[str, Form(max_length=200)] = "", next: Annotated[str, Form()] = "/console",
) -> Response:
    v.check_csrf(csrf)
    if not console_i18n.supported(language):
        raise Invalid(f"language: the console is in Danish (da) or English (en), not {language!r}")
    if v.worker is not None:
        await set_language(v.rt, worker_id=v.worker.id, language=language)
    v.set_cookie(LANGUAGE_COOKIE, language, 365 * 24 * 3600)
    return v.apply(RedirectResponse(safe_next(next), 303))
