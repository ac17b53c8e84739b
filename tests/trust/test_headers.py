"""Every HTML page sends a strict Content-Security-Policy, and every answer the basic headers."""

from __future__ import annotations

import re
from pathlib import Path

import httpx
from fastapi import FastAPI
from fastapi.routing import iter_route_contexts

from bot.actions.sessions import log_in
from bot.runtime import Runtime
from handlers.console.session import SESSION_COOKIE
from tests.factories import PASSWORD, world

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = [*ROOT.glob("handlers/console/templates/*.html"),
             ROOT / "handlers" / "simulator_static" / "index.html"]


def _directives(csp: str) -> dict[str, list[str]]:
    parts = [p.split() for p in csp.split(";") if p.strip()]
    return {p[0]: p[1:] for p in parts}


def check_page(path: str, answer: httpx.Response) -> list[str]:
    """What is wrong with the security headers of one HTML answer."""
    problems = []
    csp = _directives(answer.headers.get("content-security-policy", ""))
    if csp.get("frame-ancestors") != ["'none'"]:
        problems.append(f"{path}: frame-ancestors is not 'none'")
    if csp.get("default-src") != ["'none'"]:
        problems.append(f"{path}: default-src is not 'none'")
    scripts = csp.get("script-src", [])
    if any(s in ("'unsafe-inline'", "'unsafe-eval'", "*", "data:") for s in scripts):
        problems.append(f"{path}: script-src allows inline or any script: {scripts}")
    if "base-uri" not in csp:
        problems.append(f"{path}: no base-uri")
    if answer.headers.get("referrer-policy") not in ("no-referrer", "same-origin"):
        problems.append(f"{path}: Referrer-Policy is {answer.headers.get('referrer-policy')}")
    if answer.headers.get("x-content-type-options") != "nosniff":
        problems.append(f"{path}: no X-Content-Type-Options: nosniff")
    return problems


async def test_every_html_page_sends_a_strict_csp(
    app: FastAPI, rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w = await world(rt)
    lead = await log_in(rt, email="lead@example.dk", password=PASSWORD)
    admin = await log_in(rt, email="admin@example.dk", password=PASSWORD)
    fills = {"family_id": str(w.family_id), "name": "console.css"}
    problems, pages = [], []
    for route in iter_route_contexts(app.routes):
        path = getattr(route, "path", "")
        if "GET" not in (getattr(route, "methods", None) or ()) or path == "/console/events":
            continue
        try:
            url = re.sub(r"\{(\w+)(:\w+)?\}", lambda m: fills[m.group(1)], path)
        except KeyError:
            continue  # an id this test has no object for; the page kinds are covered anyway
        for token in (None, lead.token, admin.token):
            cookies = {SESSION_COOKIE: token} if token else {}
            answer = await client.get(url, headers={"Cookie": "; ".join(
                f"{k}={v}" for k, v in cookies.items())} if cookies else {})
            if answer.headers.get("x-content-type-options") != "nosniff":
                problems.append(f"{url}: no nosniff on a {answer.status_code}")
            if answer.headers.get("content-type", "").startswith("text/html"):
                pages.append(url)
                problems += check_page(url, answer)
    assert {"/console/login", "/console", f"/console/families/{w.family_id}", "/simulator",
            "/docs"} <= set(pages)
    assert problems == []


async def test_error_and_too_large_answers_carry_the_headers_too(
    client: httpx.AsyncClient,
) -> None:
    missing = await client.get("/console/families/999999")
    assert missing.status_code in (303, 404)
    too_large = await client.post("/webhooks/twilio/sms", content=b"x" * (2 * 1024 * 1024),
                                  headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert too_large.status_code == 413
    for answer in (missing, too_large):
        assert answer.headers["x-content-type-options"] == "nosniff"
        assert "frame-ancestors 'none'" in answer.headers["content-security-policy"]
        assert answer.headers["x-request-id"]


def test_no_template_has_inline_script_style_or_event_handlers() -> None:
    # The CSP would block them; a page that needs them breaks silently in the browser.
    inline = re.compile(r"<script(?![^>]*\ssrc=)[^>]*>|\son[a-z]+\s*=|\sstyle\s*=|<style", re.I)
    found = [f"{t.name}: {m.group(0)}" for t in TEMPLATES for m in inline.finditer(t.read_text())]
    assert TEMPLATES and found == []


async def test_the_api_docs_allow_exactly_their_own_inline_scripts(
    client: httpx.AsyncClient,
) -> None:
    docs = await client.get("/docs")
    assert docs.status_code == 200
    scripts = _directives(docs.headers["content-security-policy"])["script-src"]
    assert any(s.startswith("'sha256-") for s in scripts)
    assert "'unsafe-inline'" not in scripts
