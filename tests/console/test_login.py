"""Logging in to the console: one answer for every failure, sessions that end, forms with tokens."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import httpx
from fastapi import FastAPI
from sqlalchemy import func, select

from bot import login_throttle
from bot.app import create_app
from bot.config import Settings
from bot.runtime import Runtime
from handlers.console.session import safe_next
from storage.models import ConsoleSession
from tests.conftest import PUBLIC_URL
from tests.console.helpers import controls, csrf_of, log_in, signed_in, two_workers
from tests.factories import PASSWORD

ERROR = re.compile(r'<p class="error" role="alert"[^>]*>([^<]+)</p>')


def error_text(html: str) -> str:
    found = ERROR.search(html)
    assert found, "no error shown"
    return found.group(1)


def session_cookie(answer: httpx.Response) -> str:
    return next(c for c in answer.headers.get_list("set-cookie")
                if c.startswith("opgang_console="))


async def test_the_right_password_opens_the_page_asked_for_with_a_safe_cookie(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    await two_workers(rt)
    assert (await client.get("/console")).headers["location"] == "/console/login?next=/console"
    answer = await log_in(client, " Amira@Example.dk", next_path="/console/families/7")
    assert answer.status_code == 303
    assert answer.headers["location"] == "/console/families/7"
    cookie = session_cookie(answer)
    flags = {part.strip().lower() for part in cookie.split(";")[1:]}
    assert {"httponly", "samesite=lax", "path=/console"} <= flags
    assert "secure" not in flags  # the public URL is plain http here
    inbox = await client.get("/console")
    assert inbox.status_code == 200
    assert "Amira" in inbox.text
    async with rt.db.reading() as session:
        stored = list(await session.scalars(select(ConsoleSession.id)))
    token = cookie.split(";")[0].split("=", 1)[1]
    assert len(stored) == 1 and token not in stored  # only a hash of the token is kept


def test_after_login_only_console_pages_are_gone_back_to() -> None:
    assert safe_next("/console/families/12") == "/console/families/12"
    for evil in ("https://evil.example/console", "//evil.example", "/console/../api",
                 "/consolex", "/console?x=1", None, ""):
        assert safe_next(evil) == "/console", evil


async def test_the_cookie_is_secure_when_the_public_url_is_https(settings: Settings) -> None:
    app = create_app(settings.model_copy(update={"public_url": "https://opgang.example"}),
                     background=False, migrate=False)
    async with app.router.lifespan_context(app):
        await two_workers(app.state.rt)
        transport = httpx.ASGITransport(app=app)
        base = "https://opgang.example"
        async with httpx.AsyncClient(transport=transport, base_url=base) as http:
            answer = await log_in(http, "amira@example.dk")
    assert answer.status_code == 303
    assert "secure" in session_cookie(answer).lower()


async def test_unknown_email_wrong_password_and_a_missing_token_open_nothing(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    await two_workers(rt)
    wrong = await log_in(client, "amira@example.dk", "not the password")
    unknown = await log_in(client, "nobody@example.dk", "not the password")
    assert wrong.status_code == unknown.status_code == 401
    assert error_text(wrong.text) == error_text(unknown.text)
    forged = await client.post("/console/login", data={
        "email": "amira@example.dk", "password": PASSWORD, "csrf": "x" * 43})
    assert forged.status_code == 403
    # A token from another visitor's page is no good either.
    async with httpx.AsyncClient(transport=client._transport, base_url=PUBLIC_URL) as other:
        their_token = csrf_of((await other.get("/console/login")).text)
    stolen = await client.post("/console/login", data={
        "email": "amira@example.dk", "password": PASSWORD, "csrf": their_token})
    assert stolen.status_code == 403
    for answer in (wrong, unknown, forged, stolen):
        assert "opgang_console=" not in " ".join(answer.headers.get_list("set-cookie"))
    assert (await client.get("/console")).status_code == 303


async def test_failures_make_even_the_right_password_wait_longer_in_every_process(
    rt: Runtime, client: httpx.AsyncClient, settings: Settings,
) -> None:
    await two_workers(rt)
    now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    rt.clock = lambda: now
    for _ in range(3):
        assert (await log_in(client, "jonas@example.dk", "guess guess")).status_code == 401
    refused = await log_in(client, "jonas@example.dk")
    assert refused.status_code == 429
    assert refused.headers["retry-after"] == "1"
    assert "opgang_console=" not in " ".join(refused.headers.get_list("set-cookie"))
    now += timedelta(seconds=1)
    assert (await log_in(client, "jonas@example.dk", "guess again")).status_code == 401
    assert (await log_in(client, "jonas@example.dk")).headers["retry-after"] == "2"
    # A second process on the same database knows about the failures too.
    second: FastAPI = create_app(settings, background=False, migrate=False)
    async with second.router.lifespan_context(second):
        second.state.rt.clock = rt.clock
        transport = httpx.ASGITransport(app=second)
        async with httpx.AsyncClient(transport=transport, base_url=PUBLIC_URL) as http:
            assert (await log_in(http, "jonas@example.dk")).status_code == 429
    # Another worker's e-mail is not held up by Jonas's failures; Jonas gets in once it passed.
    assert (await log_in(client, "amira@example.dk")).status_code == 303
    now += timedelta(seconds=2)
    async with httpx.AsyncClient(transport=client._transport, base_url=PUBLIC_URL) as jonas:
        assert (await log_in(jonas, "jonas@example.dk")).status_code == 303


def test_the_wait_doubles_up_to_a_cap_and_is_forgotten_after_a_quiet_hour() -> None:
    now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    waits = [login_throttle.wait("email", n, now, now).total_seconds() for n in range(1, 15)]
    assert waits[:2] == [0, 0]
    assert waits[2:6] == [1, 2, 4, 8]
    assert max(waits) == login_throttle.CAP.total_seconds() == waits[-1]
    assert login_throttle.wait("email", 5, now, now + timedelta(seconds=3)).total_seconds() == 1
    assert login_throttle.wait("ip", 5, now, now) == timedelta(0)  # offices share an address
    later = now + login_throttle.WINDOW
    assert login_throttle.wait("email", 14, now, later) == timedelta(0)
    assert login_throttle.key("email", " Amira@Example.dk") == login_throttle.key(
        "email", "amira@example.dk")


async def test_logging_out_ends_the_session_on_the_server(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    await two_workers(rt)
    csrf = await signed_in(client, "amira@example.dk")
    cookie = client.cookies.get("opgang_console")
    assert cookie
    assert (await client.post("/console/logout", data={"csrf": "nope"})).status_code == 403
    answer = await client.post("/console/logout", data={"csrf": csrf})
    assert answer.status_code == 303
    assert (await client.get("/console")).status_code == 303
    # The old cookie, replayed, opens nothing.
    async with httpx.AsyncClient(transport=client._transport, base_url=PUBLIC_URL,
                                 cookies={"opgang_console": cookie}) as replay:
        assert (await replay.get("/console")).status_code == 303
        assert (await replay.get("/console/inbox/rows")).status_code == 401
    async with rt.db.reading() as session:
        assert await session.scalar(select(func.count()).select_from(ConsoleSession)) == 0


async def test_each_worker_keeps_their_language(rt: Runtime, client: httpx.AsyncClient) -> None:
    await two_workers(rt)
    login_page = await client.get("/console/login")
    assert '<html lang="da">' in login_page.text
    assert "Adgangskode" in login_page.text
    english = await client.get("/console/login", headers={"Accept-Language": "en-GB,da;q=0.5"})
    assert '<html lang="en">' in english.text
    csrf = await signed_in(client, "amira@example.dk")
    assert "Indbakke" in (await client.get("/console")).text
    chosen = await client.post("/console/language",
                               data={"language": "en", "csrf": csrf, "next": "/console"})
    assert chosen.status_code == 303
    assert "Inbox" in (await client.get("/console")).text
    # On another machine, without the cookie, Amira still gets English; Jonas gets Danish.
    for email, word in (("amira@example.dk", "Inbox"), ("jonas@example.dk", "Indbakke")):
        async with httpx.AsyncClient(transport=client._transport, base_url=PUBLIC_URL) as other:
            await signed_in(other, email)
            assert word in (await other.get("/console")).text
    bad = await client.post("/console/language", data={"language": "xx", "csrf": csrf})
    assert bad.status_code == 422


async def test_console_pages_forbid_framing_inline_scripts_and_referrers(
    client: httpx.AsyncClient,
) -> None:
    for path in ("/console/login", "/console/static/console.js", "/console/static/console.css"):
        headers = (await client.get(path)).headers
        policy = headers["content-security-policy"]
        assert "script-src 'self'" in policy and "frame-ancestors 'none'" in policy
        assert "unsafe-inline" not in policy
        assert headers["referrer-policy"] == "same-origin"
    page = controls((await client.get("/console/login")).text)
    assert page.html_lang == "da"
    assert page.scripts and all(s.get("src") for s in page.scripts)
    assert page.inline_handlers == []
    assert page.unlabelled() == []
    assert (await client.get("/console/static/nothing.js")).status_code == 404
