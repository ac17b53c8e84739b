"""Who is at the console: the session cookie, the language, and the CSRF token of every form.

A session is a random token in an HttpOnly cookie; the database keeps only its hash
(`bot.actions.sessions`). Every form carries a CSRF token derived from the session token with the
service's secret (before login: from a random pre-login cookie), so a form posted from another
site, which cannot read our cookies, never matches.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass, field
from functools import cached_property
from typing import Annotated

from fastapi import Depends, Request, Response

from bot import console_i18n, console_queries
from bot.actions.sessions import SESSION_LIFETIME
from bot.errors import ActionError
from bot.runtime import Runtime
from handlers.console.routing import LoginRequired
from storage.models import Worker

SESSION_COOKIE = "opgang_console"
PRE_COOKIE = "opgang_console_pre"
LANGUAGE_COOKIE = "opgang_console_lang"
COOKIE_PATH = "/console"
_TOKEN = re.compile(r"^[A-Za-z0-9_-]{16,100}$")
_NEXT = re.compile(r"^/console(/[A-Za-z0-9_/-]*)?$")


class BadForm(ActionError):
    """A form without the right CSRF token: old, or posted from another site."""

    status = 403


def runtime(request: Request) -> Runtime:
    rt: Runtime = request.app.state.rt
    return rt


def sign(secret: bytes, purpose: str, value: str) -> str:
    """An HMAC of `value` for one purpose, URL-safe."""
    digest = hmac.new(secret, f"{purpose}:{value}".encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def safe_next(path: str | None) -> str:
    """A console path to go back to; anything else (another site, `//…`) becomes the inbox."""
    return path if path and _NEXT.match(path) else "/console"


@dataclass
class Visitor:
    """The request's worker (None before login), language and CSRF token."""

    rt: Runtime
    request: Request
    worker: Worker | None
    language: str
    token: str | None
    pre_token: str
    new_pre_token: bool = False
    cookies: list[tuple[str, str | None, int]] = field(default_factory=list)

    @cached_property
    def csrf(self) -> str:
        """The token every form of this page carries (computed once: a page has many forms)."""
        return sign(self.rt.secret, "csrf", self.token or self.pre_token)

    @property
    def client(self) -> str | None:
        return self.request.client.host if self.request.client else None

    @property
    def secure(self) -> bool:
        return self.rt.settings.public_url.startswith("https://")

    def check_csrf(self, token: str | None) -> None:
        """Refuse a form whose token does not belong to this session (or pre-login cookie)."""
        if not token or not hmac.compare_digest(token, self.csrf):
            raise BadForm("this form has expired or came from elsewhere; reload the page")

    def set_cookie(self, name: str, value: str | None, max_age: int) -> None:
        """Remember a cookie to set (or, with None, delete) on the answer."""
        self.cookies.append((name, value, max_age))

    def apply(self, response: Response) -> Response:
        """Write the cookies this request changed onto `response`."""
        if self.new_pre_token:
            self.cookies.insert(0, (PRE_COOKIE, self.pre_token, 2 * 3600))
        for name, value, max_age in self.cookies:
            if value is None:
                response.delete_cookie(name, path=COOKIE_PATH, secure=self.secure,
                                       httponly=True, samesite="lax")
            else:
                response.set_cookie(name, value, max_age=max_age, path=COOKIE_PATH,
                                    secure=self.secure, httponly=True, samesite="lax")
        return response

    def start_session(self, token: str, language: str | None) -> None:
        self.set_cookie(SESSION_COOKIE, token, int(SESSION_LIFETIME.total_seconds()))
        self.set_cookie(PRE_COOKIE, None, 0)
        if language:
            self.set_cookie(LANGUAGE_COOKIE, language, 365 * 24 * 3600)


async def visitor(request: Request) -> Visitor:
    """Read the cookies: the signed-in worker if the session is valid, and the language."""
    rt = runtime(request)
    token = request.cookies.get(SESSION_COOKIE)
    signed = None
    if token and _TOKEN.match(token):
        signed = await console_queries.signed_in(rt, token)
    pre = request.cookies.get(PRE_COOKIE)
    new_pre = not (pre and _TOKEN.match(pre))
    if new_pre:
        pre = secrets.token_urlsafe(24)
    assert pre is not None
    language = console_i18n.choose(
        signed.language if signed else None, request.cookies.get(LANGUAGE_COOKIE),
        console_i18n.from_accept_language(request.headers.get("accept-language")))
    return Visitor(rt, request, signed.worker if signed else None, language,
                   token if signed else None, pre, new_pre and signed is None)


async def page_visitor(request: Request) -> Visitor:
    """A signed-in worker for a page; the login page (and back) otherwise."""
    found = await visitor(request)
    if found.worker is None:
        raise LoginRequired(redirect=True, path=request.url.path)
    return found


async def fetch_visitor(request: Request) -> Visitor:
    """A signed-in worker for a script's request; 401 otherwise."""
    found = await visitor(request)
    if found.worker is None:
        raise LoginRequired(redirect=False, path=request.url.path)
    return found


AnyVisitor = Annotated[Visitor, Depends(visitor)]
PageVisitor = Annotated[Visitor, Depends(page_visitor)]
FetchVisitor = Annotated[Visitor, Depends(fetch_visitor)]


def me(v: Visitor) -> Worker:
    """The signed-in worker of a page that requires one."""
    assert v.worker is not None
    return v.worker
