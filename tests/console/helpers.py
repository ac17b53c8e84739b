"""Logging in to the console over HTTP and reading its pages, as a browser would."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import httpx

from bot.actions.people import create_team, create_worker
from bot.runtime import Runtime
from tests.factories import PASSWORD

CSRF = re.compile(r'name="csrf" value="([^"]+)"')


def csrf_of(html: str) -> str:
    """The CSRF token of the first form on a page."""
    found = CSRF.search(html)
    assert found, "no form with a CSRF token on this page"
    return found.group(1)


async def log_in(client: httpx.AsyncClient, email: str, password: str = PASSWORD,
                 *, next_path: str = "/console") -> httpx.Response:
    """Open the login page, then post the form with its token (cookies stay in `client`)."""
    page = await client.get("/console/login")
    return await client.post("/console/login", data={
        "email": email, "password": password, "csrf": csrf_of(page.text), "next": next_path})


async def signed_in(client: httpx.AsyncClient, email: str) -> str:
    """Log in and return the CSRF token of the signed-in pages."""
    answer = await log_in(client, email)
    assert answer.status_code == 303, answer.text
    inbox = await client.get("/console", follow_redirects=True)  # an admin's goes to /admin
    assert inbox.status_code == 200
    return csrf_of(inbox.text)


class Controls(HTMLParser):
    """The form controls of a page, the labels pointing at them, and the page's scripts."""

    def __init__(self) -> None:
        super().__init__()
        self.controls: list[dict[str, str | None]] = []
        self.label_for: set[str] = set()
        self.scripts: list[dict[str, str | None]] = []
        self.html_lang: str | None = None
        self.inline_handlers: list[str] = []
        self._label_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        self.inline_handlers += [name for name, _ in attrs if name.startswith("on")]
        if tag == "html":
            self.html_lang = found.get("lang")
        elif tag == "label":
            if found.get("for"):
                self.label_for.add(found["for"] or "")
        elif tag == "script":
            self.scripts.append(found)
        elif tag in ("input", "select", "textarea") and found.get("type") != "hidden":
            self.controls.append(found)

    def unlabelled(self) -> list[dict[str, str | None]]:
        """Controls with neither a `<label for>` nor an aria-label."""
        return [c for c in self.controls
                if c.get("id") not in self.label_for and not c.get("aria-label")]


def controls(html: str) -> Controls:
    parser = Controls()
    parser.feed(html)
    return parser


async def two_workers(rt: Runtime) -> tuple[int, int]:
    """A team with Amira and Jonas only: enough for login tests (each password hash costs time)."""
    team = await create_team(rt, name="Gellerup Opgang")
    amira = await create_worker(rt, email="amira@example.dk", password=PASSWORD, role="worker",
                                team_id=team.id, name="Amira")
    jonas = await create_worker(rt, email="jonas@example.dk", password=PASSWORD, role="worker",
                                team_id=team.id, name="Jonas")
    return amira.id, jonas.id
