"""Requests in the console: the list (mine / my families / the team), corrections, and the
family page's panel with each routing decision, who made it, and the alerts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Annotated
from zoneinfo import ZoneInfo

from babel.support import NullTranslations
from fastapi import APIRouter, Form, Response
from fastapi.responses import RedirectResponse

from bot import console_i18n, request_queries
from bot.actions.alerts import mark_seen
from bot.actions.requests import update_request
from bot.errors import Invalid
from handlers.console.rendering import render
from handlers.console.routing import ConsoleRoute
from handlers.console.session import FetchVisitor, PageVisitor, Visitor, me, safe_next
from storage.models import Alert, Request, RoutingEvent

router = APIRouter(route_class=ConsoleRoute)

CsrfField = Annotated[str, Form(max_length=200)]
IdField = Annotated[str, Form(max_length=20)]


def domain_labels(t: NullTranslations) -> dict[str, str]:
    _ = t.gettext
    return {"employment": _("Employment"), "education": _("Education and jobs (young people)"),
            "school": _("School"), "health": _("Health"), "housing": _("Housing"),
            "economy": _("Economy"), "disability": _("Disability"), "family": _("Family"),
            "general": _("General")}


def alert_label(t: NullTranslations, alert: Alert) -> str:
    _ = t.gettext
    return {"urgent": _("Urgent message"),
            "escalation_partner": _("Escalated to the partner contact"),
            "escalation_lead": _("Escalated to the lead")}.get(alert.kind, alert.kind)


def reason_label(t: NullTranslations, reason: str) -> str:
    _ = t.gettext
    words = {"unanswered": _("message not answered in time"),
             "untouched": _("request not taken in time"),
             "violence": _("violence"), "self_harm": _("self-harm"),
             "child_at_risk": _("a child at risk"), "acute_illness": _("acute illness"),
             "urgent": _("urgent")}
    return ", ".join(words.get(part, part) for part in reason.split(","))


@dataclass(frozen=True)
class Decision:
    """One line of a request's routing history, as the console shows it."""

    at: datetime
    text: str


@dataclass(frozen=True)
class RequestView:
    """A request with the words and names the console shows for it."""

    request: Request
    domain: str
    assignee: str
    overdue: bool
    decisions: list[Decision]
    alerts: list[Decision]


PANEL_REQUESTS = 10
"""At most this many requests on the family page: the open ones first, newest first."""


@dataclass(frozen=True)
class RoutingPanel:
    """The family page's requests panel."""

    requests: list[RequestView]
    alerts: list[Decision]  # about the family's unanswered messages, not about one request
    domains: dict[str, str]
    people: list[request_queries.Assignable]
    urgent: bool
    now: datetime
    zone: ZoneInfo
    hidden: int = 0  # older requests not shown in the panel


def _decisions(t: NullTranslations, request: Request, events: list[RoutingEvent],
               names: dict[int, str], domains: dict[str, str]) -> list[Decision]:
    _ = t.gettext

    def person(value: str | int | None) -> str:
        if value is None or not str(value).isdigit():
            return _("nobody")
        return names.get(int(value), _("a former colleague"))

    def shown(field: str, value: str | None) -> str:
        if field == "domain":
            return domains.get(value or "", value or "")
        if field == "assignee":
            return person(value)
        return {"open": _("open"), "closed": _("closed")}.get(value or "", value or "")

    lines = [Decision(request.created_at, _(
        "Routed automatically: %(domain)s, to %(assignee)s") % {
        "domain": domains.get(request.routed_domain, request.routed_domain),
        "assignee": person(request.routed_assignee_id)})]
    for e in events:
        who = person(e.actor_id)
        if e.field == "domain":
            text = _("%(who)s changed the domain from %(old)s to %(new)s")
        elif e.field == "assignee":
            text = _("%(who)s reassigned it from %(old)s to %(new)s")
        else:
            text = _("%(who)s changed the status from %(old)s to %(new)s")
        lines.append(Decision(e.at, text % {"who": who, "old": shown(e.field, e.old),
                                            "new": shown(e.field, e.new)}))
    return lines


async def family_panel(v: Visitor, family_id: int) -> RoutingPanel:
    """The requests panel of a family the visitor may see (`NotFound` otherwise)."""
    worker = me(v)
    t = console_i18n.translations(v.language)
    found = await request_queries.family_routing(v.rt, worker, family_id)
    team_id = worker.team_id
    # The team's people name assignees and fill each request's form: none to name, none read.
    wanted = bool(found.requests or found.alerts)
    people = (await request_queries.assignable(v.rt, team_id)
              if team_id is not None and wanted else [])
    names = {p.id: p.name for p in people}
    domains = domain_labels(t)
    now = v.rt.clock()
    views = []
    # Open requests first, newest first; a long-running family's whole history would make the
    # page slow to render and to read, so older ones stay in the requests lists.
    ordered = sorted(reversed(found.requests), key=lambda r: r.status != "open")
    for request in ordered[:PANEL_REQUESTS]:
        views.append(RequestView(
            request, domains.get(request.domain, request.domain),
            names.get(request.assignee_id or 0, t.gettext("nobody")),
            request_queries.overdue(request, now),
            _decisions(t, request, found.events_of(request.id), names, domains),
            _alert_lines(t, found.alerts_of(request.id), names)))
    return RoutingPanel(views, _alert_lines(t, found.alerts_of(None), names), domains, people,
                        found.urgent, now, ZoneInfo(found.timezone),
                        hidden=len(found.requests) - len(views))


def _alert_lines(t: NullTranslations, alerts: list[Alert], names: dict[int, str],
                 ) -> list[Decision]:
    return [Decision(a.created_at, t.gettext("%(what)s (%(why)s): %(name)s was alerted") % {
        "what": alert_label(t, a), "why": reason_label(t, a.reason),
        "name": names.get(a.worker_id, "?")}) for a in alerts]


@router.get("/requests/family/{family_id}")
async def family_requests(family_id: int, v: FetchVisitor) -> Response:
    """The family page's requests panel alone, for the page's script to swap in."""
    panel = await family_panel(v, family_id)
    return render(v, "family_requests_body.html", zone=panel.zone, routing=panel)


@router.get("/requests")
async def my_requests(v: PageVisitor, notice: str | None = None) -> Response:
    """The open requests assigned to me, and my unseen alerts."""
    return await _list(v, "mine", notice)


@router.get("/requests/all")
async def all_requests(v: PageVisitor, notice: str | None = None) -> Response:
    """Every open request I may see: my families' (a lead: the team's) and mine."""
    return await _list(v, "all", notice)


async def _list(v: Visitor, scope: str, notice: str | None) -> Response:
    worker = me(v)
    rows = await request_queries.requests(
        v.rt, worker, assignee_id=worker.id if scope == "mine" else None,
        status="open", source=f"console:{v.client or '-'}")
    alerts = await request_queries.alerts(v.rt, worker, unseen=True)
    t = console_i18n.translations(v.language)
    people = (await request_queries.assignable(v.rt, worker.team_id)
              if worker.team_id is not None else [])
    now = v.rt.clock()
    return render(v, "requests.html", scope=scope, rows=rows,
                  saved=notice == "request-saved", domains=domain_labels(t), people=people,
                  names={p.id: p.name for p in people},
                  overdue={r.request.id for r in rows if request_queries.overdue(r.request, now)},
                  alerts=[(a, alert_label(t, a), reason_label(t, a.reason)) for a in alerts])


def _int(value: str, field: str) -> int | None:
    if not value.strip():
        return None
    if not value.strip().isdigit():
        raise Invalid(f"{field}: {value!r} is not an id")
    return int(value)


@router.post("/requests/{request_id}")
async def change_request(
    request_id: int, v: PageVisitor, domain: Annotated[str, Form(max_length=32)] = "",
    assignee_id: IdField = "", status: Annotated[str, Form(max_length=8)] = "",
    next: Annotated[str, Form(max_length=200)] = "", csrf: CsrfField = "",
) -> Response:
    """Correct the domain or the assignee, take, close or reopen a request."""
    v.check_csrf(csrf)
    worker = me(v)
    await update_request(v.rt, request_id=request_id, actor_id=worker.id,
                         domain=domain or None, assignee_id=_int(assignee_id, "assignee_id"),
                         status=status or None)
    target = safe_next(next)
    if target.startswith("/console/families/"):
        return RedirectResponse(f"{target}#requests", 303)
    return RedirectResponse(f"{target}?notice=request-saved", 303)


@router.post("/alerts/{alert_id}/seen")
async def alert_seen(alert_id: int, v: PageVisitor, csrf: CsrfField = "") -> Response:
    v.check_csrf(csrf)
    await mark_seen(v.rt, worker_id=me(v).id, alert_ids=[alert_id])
    return RedirectResponse("/console/requests#alerts", 303)
