"""The admin pages: create logins (role, team, domains with levels), reset a password, deactivate.

A reset sets a new random password, shown once on the answer page (never put in a URL, a log or
an e-mail), and ends the worker's open sessions; the admin hands it over in person. A deactivated
login's families are listed for a handover in the lead view until they have a new contact.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request, Response
from fastapi.responses import RedirectResponse

from bot import access, lead_queries
from bot.actions.people import ROLES, create_worker, deactivate_worker
from bot.actions.people import reset_password as reset_password_of
from bot.domains import DOMAINS
from bot.errors import ActionError, Invalid, NotFound
from handlers.console.rendering import render
from handlers.console.routing import ConsoleRoute
from handlers.console.session import PageVisitor, Visitor, me
from storage.models import Worker

router = APIRouter(route_class=ConsoleRoute)

CsrfField = Annotated[str, Form(max_length=200)]


def _admin(v: Visitor) -> Worker:
    worker = me(v)
    if not access.administers(worker):
        raise NotFound("the admin pages are for administrators")
    return worker


async def _page(v: Visitor, *, status: int = 200, notice: str | None = None,
                error: str | None = None, draft: dict[str, object] | None = None,
                new_password: tuple[str, str] | None = None) -> Response:
    admin = _admin(v)
    logins, teams = await lead_queries.logins(v.rt, admin)
    return render(v, "admin.html", status=status, logins=logins, teams=teams, roles=ROLES,
                  domains=DOMAINS, notice=notice, error=error, draft=draft or {},
                  new_password=new_password, me_id=admin.id)


@router.get("/admin")
async def admin_page(v: PageVisitor, notice: str | None = None) -> Response:
    return await _page(v, notice=notice)


@router.post("/admin/workers")
async def create(request: Request, v: PageVisitor) -> Response:
    """A new login; the domains come as `domain-<name>` = level (empty: not their field)."""
    form = await request.form()
    v.check_csrf(str(form.get("csrf", "")))
    admin = _admin(v)
    fields = {name: str(form.get(name, ""))[:400] for name in
              ("name", "email", "password", "role", "team_id")}
    levels = {d: str(form.get(f"domain-{d}", "")) for d in DOMAINS}
    try:
        team = fields["team_id"]
        if team and not team.isdigit():
            raise Invalid("team_id: choose a team")
        domains: list[str | dict[str, object]] = [
            {"domain": d, "level": int(lv)} for d, lv in levels.items() if lv in ("1", "2", "3")]
        await create_worker(v.rt, email=fields["email"], password=fields["password"],
                            role=fields["role"], name=fields["name"] or None,
                            team_id=int(team) if team else None, domains=domains,
                            actor_id=admin.id)
    except ActionError as exc:
        draft: dict[str, object] = {**fields, "levels": levels}
        draft.pop("password")
        return await _page(v, status=exc.status, error=exc.detail, draft=draft)
    return RedirectResponse("/console/admin?notice=worker-created", 303)


@router.post("/admin/workers/{worker_id}/password")
async def reset_password(worker_id: int, v: PageVisitor, csrf: CsrfField = "") -> Response:
    v.check_csrf(csrf)
    admin = _admin(v)
    password = await reset_password_of(v.rt, worker_id=worker_id, actor_id=admin.id)
    logins, _ = await lead_queries.logins(v.rt, admin)
    email = next((login.email for login in logins if login.id == worker_id), "")
    return await _page(v, new_password=(email, password))


@router.post("/admin/workers/{worker_id}/deactivate")
async def deactivate(worker_id: int, v: PageVisitor, csrf: CsrfField = "") -> Response:
    v.check_csrf(csrf)
    admin = _admin(v)
    try:
        await deactivate_worker(v.rt, worker_id=worker_id, actor_id=admin.id)
    except NotFound:
        raise
    except ActionError as exc:
        return await _page(v, status=exc.status, error=exc.detail)
    return RedirectResponse("/console/admin?notice=worker-deactivated", 303)
