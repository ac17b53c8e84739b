"""Every API route and console page, for every kind of caller, against every kind of family.

The table `RULES` gives each route (method and path, as the app declares it) the rule it must
follow. The test walks the app's own route table: a route missing from `RULES` fails the suite
("new route without an access rule"), so nobody can add an endpoint without saying who may use it.

Callers: nobody (no login), an admin, the team's lead, the family's contact, a worker of the same
team who is not a contact ("colleague"), and a worker of another team ("outsider", who is a
contact of the other team's family). Targets: the world's family ("own"), another family of the
same team ("team"), and a family of the other team ("other"). Expected answers:

- ok    — the call got past access (any answer but 401/403/404 and never a 500);
- 404   — out of reach, answered like a family that does not exist;
- 403   — the caller sees the thing but their role may not do this;
- 401   — no login (API, and the console's script requests);
- login — no login on a console page: a redirect to the login page.
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any, Literal

import httpx
from fastapi import FastAPI
from fastapi.routing import iter_route_contexts
from sqlalchemy import select

from bot import calendar_queries
from bot.actions.appointments import book_appointment
from bot.actions.busy import add_busy_time
from bot.actions.canned import save_canned_reply
from bot.actions.families import NewMember, create_family
from bot.actions.inbound import receive
from bot.actions.outbound import send
from bot.actions.people import create_worker
from bot.actions.sessions import log_in
from bot.runtime import Runtime
from handlers.console.session import PRE_COOKIE, SESSION_COOKIE, sign
from storage.models import Alert, Request, Worker
from tests.factories import PASSWORD, World, world

Caller = Literal["anonymous", "admin", "lead", "contact", "colleague", "outsider"]
Target = Literal["own", "team", "other"]
Expect = Literal["ok", 401, 403, 404, "login"]
CALLERS: tuple[Caller, ...] = ("anonymous", "admin", "lead", "contact", "colleague", "outsider")
TARGETS: tuple[Target, ...] = ("own", "team", "other")


# --- The rules: who may reach what. ---------------------------------------------------------

def sees_family(caller: Caller, target: Target) -> bool:
    """`bot.access.sees_family`: the team's lead, and the family's two contacts."""
    return (caller == "lead" and target in ("own", "team")
            or caller == "contact" and target == "own"
            or caller == "outsider" and target == "other")


def family(anonymous: Expect = 401) -> Callable[[Caller, Target], Expect]:
    """Case data: those who see the family; 404 for everyone else (admins included)."""
    def rule(caller: Caller, target: Target) -> Expect:
        if caller == "anonymous":
            return anonymous
        return "ok" if sees_family(caller, target) else 404
    return rule


def family_lead(anonymous: Expect = 401, contact: Expect = 403) -> Callable[[Caller, Target],
                                                                           Expect]:
    """Lead-only acts on a family (export, erase, intake): a contact who sees it gets `contact`."""
    def rule(caller: Caller, target: Target) -> Expect:
        if caller == "anonymous":
            return anonymous
        if caller == "lead" and target in ("own", "team"):
            return "ok"
        return contact if sees_family(caller, target) else 404
    return rule


def logged_in(anonymous: Expect = 401) -> Callable[[Caller, Target], Expect]:
    """Any login; what it returns is filtered to the caller's reach."""
    def rule(caller: Caller, target: Target) -> Expect:
        return anonymous if caller == "anonymous" else "ok"
    return rule


def roles(allowed: set[Caller], *, others: Expect = 403, anonymous: Expect = 401,
          ) -> Callable[[Caller, Target], Expect]:
    """Only some roles, whatever the target."""
    def rule(caller: Caller, target: Target) -> Expect:
        if caller == "anonymous":
            return anonymous
        return "ok" if caller in allowed else others
    return rule


def team(manager_only: bool, *, worker: Expect = 403, anonymous: Expect = 401,
         lead_other: Expect = 403) -> Callable[[Caller, Target], Expect]:
    """Team things: admins, the team's lead; with `manager_only` False, also its workers."""
    def rule(caller: Caller, target: Target) -> Expect:
        if caller == "anonymous":
            return anonymous
        if caller == "admin":
            return "ok"
        own_team = target in ("own", "team")
        if caller == "lead":
            return "ok" if own_team else lead_other
        if caller == "outsider":
            own_team = not own_team
        return "ok" if own_team and not manager_only else worker
    return rule


def public(caller: Caller, target: Target) -> Expect:
    return "ok"


def only(*allowed: tuple[Caller, Target], anonymous: Expect = 401,
         ) -> Callable[[Caller, Target], Expect]:
    """Exactly these (caller, target) pairs; 404 for the rest (someone else's alert…)."""
    def rule(caller: Caller, target: Target) -> Expect:
        if caller == "anonymous":
            return anonymous
        return "ok" if (caller, target) in allowed else 404
    return rule


def self_or_manager(caller: Caller, target: Target) -> Expect:
    """A worker's own things: the worker, their team's lead, an admin (target: whose)."""
    if caller == "anonymous":
        return 401
    whose = {"own": "contact", "team": "colleague", "other": "outsider"}[target]
    if caller == "admin" or caller == whose or caller == "lead" and target != "other":
        return "ok"
    return 404


@dataclass(frozen=True)
class Rule:
    """Who may call a route, and how to fill its path and body for a caller and a target."""

    expect: Callable[[Caller, Target], Expect]
    body: Callable[[Ctx, Target], dict[str, Any]] | None = None
    per_target: bool = True
    console: bool = False
    fresh: bool = False
    """Each allowed call gets new objects (the call deletes or uses up what it acts on)."""
    stream: bool = False
    """A live stream: only the start of the answer is read, then the client goes away."""


# --- The world each route is tried against. --------------------------------------------------

@dataclass
class Ctx:
    """The shared world plus fresh families (and what hangs off them) for one route."""

    rt: Runtime
    w: World
    outsider_partner: int
    families: dict[Target, int] = field(default_factory=dict)
    members: dict[Target, int] = field(default_factory=dict)
    phones: dict[Target, str] = field(default_factory=dict)
    teams: dict[Target, int] = field(default_factory=dict)
    extras: dict[tuple[str, Target], int] = field(default_factory=dict)
    sessions: dict[Caller, str] = field(default_factory=dict)

    def worker(self, caller: Caller) -> int:
        return {"admin": self.w.admin_id, "lead": self.w.lead_id, "contact": self.w.primary_id,
                "colleague": self.w.colleague_id, "outsider": self.w.outsider_id}[caller]


_phone_numbers = itertools.count(20_200_000)


async def _fresh_families(ctx: Ctx) -> None:
    """Three new families: contacts of "own" as in the world, "team" not the contact's."""
    w = ctx.w
    shapes: dict[Target, tuple[int, list[int]]] = {
        "own": (w.team_id, [w.primary_id, w.partner_id]),
        "team": (w.team_id, [w.partner_id, w.lead_id]),
        "other": (w.other_team_id, [w.outsider_id, ctx.outsider_partner]),
    }
    for target, (team_id, contacts) in shapes.items():
        phone = f"+45{next(_phone_numbers)}"
        made = await create_family(
            ctx.rt, team_id=team_id, name=f"Familie {target}", contacts=contacts,
            members=[NewMember(name="Mor", role="parent", language="da", phone=phone)])
        ctx.families[target] = made.id
        ctx.members[target] = made.members[0].id
        ctx.phones[target] = phone
        ctx.teams[target] = team_id


async def _extra(ctx: Ctx, kind: str, target: Target) -> int:
    """An object of `kind` belonging to the target family (made on first use)."""
    key = (kind, target)
    if key in ctx.extras:
        return ctx.extras[key]
    rt, fid = ctx.rt, ctx.families[target]
    lead = ctx.w.lead_id if target != "other" else ctx.w.outsider_id
    async with rt.db.reading() as session:
        lead_worker = await session.get(Worker, lead)
    assert lead_worker is not None
    if kind == "busy":
        now = rt.clock()
        value = (await add_busy_time(rt, family_id=fid, actor_id=lead, department="Skole",
                                     start=now + timedelta(days=3),
                                     end=now + timedelta(days=3, hours=1))).id
    elif kind == "appointment":
        slots = await calendar_queries.free_slots_for(
            rt, lead_worker, fid, duration=timedelta(hours=1), start=None, end=None, limit=1,
            member_ids=None, worker_ids=None)
        start, end = slots[0]
        value = (await book_appointment(rt, family_id=fid, actor_id=lead, kind="meeting",
                                        title="Møde", start=start, end=end)).id
    elif kind in ("message", "request", "alert"):
        body = ("Han slog mig igen i nat og jeg er bange for at tage hjem, hjælp"
                if kind == "alert" else "Kan I hjælpe med en ansøgning om boligstøtte?")
        got = await receive(rt, channel="simulator", sender=ctx.phones[target], body=body,
                            provider_id=f"matrix-{kind}-{fid}")
        assert got.message_id is not None
        value = got.message_id
        if kind == "request":
            async with rt.db.reading() as session:
                found = await session.scalar(select(Request.id).where(Request.message_id == value))
            assert found is not None, "no request was routed from the test message"
            value = found
        elif kind == "alert":
            async with rt.db.reading() as session:
                found = await session.scalar(select(Alert.id).where(Alert.family_id == fid)
                                             .order_by(Alert.id).limit(1))
            assert found is not None, "no alert was raised by the urgent test message"
            value = found
    elif kind == "outbound":
        await _extra(ctx, "message", target)
        value = (await send(rt, family_id=fid, body="Vi ringer i morgen", author_id=lead)
                 ).message_id
    elif kind == "intake":
        team_number = "B" if target == "other" else "A"
        got = await receive(rt, channel="simulator", sender=f"+45{next(_phone_numbers)}",
                            body=f"Hej fra en ukendt ({team_number})",
                            provider_id=f"matrix-intake-{fid}")
        assert got.message_id is not None
        value = got.message_id
    elif kind == "worker":
        # A login of the target's team to act on (the contact, a colleague, an outsider).
        value = {"own": ctx.w.primary_id, "team": ctx.w.colleague_id,
                 "other": ctx.w.outsider_id}[target]
    elif kind == "disposable_worker":
        made = await create_worker(
            rt, email=f"tmp{next(_phone_numbers)}@example.dk", password=PASSWORD, role="worker",
            team_id=ctx.teams[target], name="Midlertidig")
        value = made.id
    elif kind == "canned":
        made = await save_canned_reply(rt, team_id=ctx.teams[target], actor_id=ctx.w.admin_id,
                                       reply_id=None, title=f"Svar {next(_phone_numbers)}",
                                       texts={"da": "Vi har modtaget dit brev"})
        value = made.id
    else:
        raise AssertionError(f"unknown kind {kind}")
    ctx.extras[key] = value
    return value


# --- Filling a route's path parameters. -------------------------------------------------------

PARAMS: dict[str, str] = {
    "member_id": "member", "busy_id": "busy", "appointment_id": "appointment",
    "request_id": "request", "alert_id": "alert", "reply_id": "canned",
}


async def fill(ctx: Ctx, path: str, target: Target, route_kinds: dict[str, str]) -> str:
    values: dict[str, Any] = {}
    for name in _path_params(path):
        if name == "family_id":
            values[name] = ctx.families[target]
        elif name == "team_id":
            values[name] = ctx.teams[target]
        elif name == "name":
            values[name] = STATIC_NAME
        elif name == "member_id":
            values[name] = ctx.members[target]
        elif name in route_kinds:
            values[name] = await _extra(ctx, route_kinds[name], target)
        elif name in PARAMS:
            values[name] = await _extra(ctx, PARAMS[name], target)
        else:
            raise AssertionError(f"{path}: no way to fill {{{name}}}; add it to PARAMS")
    return path.format(**values)


def _path_params(path: str) -> list[str]:
    return [part[1:-1].split(":")[0] for part in path.replace("}", "}/").split("/")
            if part.startswith("{") and part.endswith("}")]


# --- Bodies that pass validation, so that a 404 is the access check's, not a 422. ------------

def _fam(target: Target, ctx: Ctx) -> int:
    return ctx.families[target]


def msg_body(ctx: Ctx, target: Target) -> dict[str, Any]:
    return {"json": {"body": "Vi kommer tirsdag", "member_id": ctx.members[target]}}


def soon(ctx: Ctx, days: int = 5, hour: int = 0) -> str:
    return (ctx.rt.clock() + timedelta(days=days, hours=hour)).isoformat()


R = Rule
F = family()
RULES: dict[tuple[str, str], Rule] = {
    # API: people and families
    ("POST", "/api/v1/auth/token"): R(public, per_target=False, body=lambda c, t: {
        "data": {"username": "lead@example.dk", "password": PASSWORD}}),
    ("POST", "/api/v1/teams"): R(roles({"admin"}), per_target=False, body=lambda c, t: {
        "json": {"name": f"Hold {next(_phone_numbers)}"}}),
    ("POST", "/api/v1/workers"): R(team(True), body=lambda c, t: {"json": {
        "team_id": c.teams[t], "name": "Ny", "email": f"n{next(_phone_numbers)}@example.dk",
        "password": PASSWORD, "role": "worker", "domains": []}}),
    ("POST", "/api/v1/families"): R(team(True), body=lambda c, t: {"json": {
        "team_id": c.teams[t], "name": "Ny familie",
        "contacts": [c.w.primary_id, c.w.partner_id] if t != "other"
        else [c.w.outsider_id, c.outsider_partner], "members": []}}),
    ("GET", "/api/v1/families"): R(logged_in(), per_target=False),
    ("GET", "/api/v1/families/{family_id}"): R(F),
    ("PATCH", "/api/v1/families/{family_id}"): R(F, body=lambda c, t: {
        "json": {"follow_up": "3m"}}),
    ("POST", "/api/v1/families/{family_id}/members/{member_id}/telegram-link"): R(F),
    ("GET", "/api/v1/families/{family_id}/messages"): R(F),
    ("POST", "/api/v1/families/{family_id}/messages"): R(F, body=msg_body),
    ("GET", "/api/v1/inbox"): R(logged_in(), per_target=False),
    ("GET", "/api/v1/intake"): R(logged_in(), per_target=False),
    ("POST", "/api/v1/intake/{message_id}/attach"): R(
        family_lead(contact=404), body=lambda c, t: {"json": {
            "family_id": c.families[t], "member_id": c.members[t], "keep_address": False}}),
    # API: requests and alerts
    ("GET", "/api/v1/requests"): R(logged_in(), per_target=False),
    ("PATCH", "/api/v1/requests/{request_id}"): R(F, body=lambda c, t: {
        "json": {"status": "closed"}}),
    ("GET", "/api/v1/alerts"): R(logged_in(), per_target=False),
    ("POST", "/api/v1/alerts/{alert_id}/seen"): R(only(("contact", "own"),
                                                         ("outsider", "other"))),
    # API: scheduling
    ("GET", "/api/v1/families/{family_id}/slots"): R(F),
    ("POST", "/api/v1/families/{family_id}/appointments"): R(F, body=lambda c, t: {"json": {
        "title": "Møde", "kind": "meeting", "start": soon(c, 40), "end": soon(c, 40, 1)}}),
    ("GET", "/api/v1/families/{family_id}/appointments"): R(F),
    ("PATCH", "/api/v1/families/{family_id}/appointments/{appointment_id}"): R(
        F, body=lambda c, t: {"json": {"status": "held"}}),
    ("POST", "/api/v1/families/{family_id}/busy"): R(F, body=lambda c, t: {"json": {
        "department": "Jobcenter", "start": soon(c, 6), "end": soon(c, 6, 1)}}),
    ("GET", "/api/v1/families/{family_id}/busy"): R(F),
    ("DELETE", "/api/v1/families/{family_id}/busy/{busy_id}"): R(F, fresh=True),
    ("POST", "/api/v1/families/{family_id}/busy.ics"): R(F, body=lambda c, t: {
        "content": b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n",
        "headers": {"Content-Type": "text/calendar"}}),
    ("GET", "/api/v1/families/{family_id}/calendar-feed"): R(F),
    ("PUT", "/api/v1/families/{family_id}/calendar-feed"): R(F, body=lambda c, t: {
        "json": {"url": "https://127.0.0.1:9/never.ics"}}),
    ("DELETE", "/api/v1/families/{family_id}/calendar-feed"): R(F),
    ("POST", "/api/v1/families/{family_id}/members/{member_id}/busy-windows"): R(
        F, body=lambda c, t: {"json": {"weekday": 0, "start_time": "08:00",
                                       "end_time": "12:00"}}),
    ("GET", "/api/v1/families/{family_id}/calendar.ics"): R(F),
    ("GET", "/api/v1/families/{family_id}/preferred-times"): R(F),
    ("PUT", "/api/v1/families/{family_id}/preferred-times"): R(F, body=lambda c, t: {
        "json": [{"weekday": 1, "start_time": "09:00", "end_time": "11:00"}]}),
    ("POST", "/api/v1/me/calendar-token"): R(logged_in(), per_target=False),
    ("DELETE", "/api/v1/me/calendar-token"): R(logged_in(), per_target=False),
    ("GET", "/api/v1/teams/{team_id}/schedule"): R(team(False, worker=404,
                                                         lead_other=404)),
    ("PUT", "/api/v1/teams/{team_id}/schedule"): R(team(True), body=lambda c, t: {
        "json": {"buffer_minutes": 30}}),
    ("POST", "/api/v1/workers/{worker_id}/absences"): R(
        self_or_manager, body=lambda c, t: {"json": {
            "start": soon(c, 50), "end": soon(c, 51)}}),
    ("GET", "/api/v1/workers/{worker_id}/absences"): R(self_or_manager),
    # API: trust
    ("GET", "/api/v1/audit"): R(roles({"admin", "lead"}), per_target=False),
    ("GET", "/api/v1/families/{family_id}/export"): R(family_lead()),
    ("POST", "/api/v1/families/{family_id}/erase"): R(family_lead(), body=lambda c, t: {
        "json": {"reason": "access matrix"}}),
    # Console
    ("GET", "/console/login"): R(public, per_target=False, console=True),
    ("POST", "/console/login"): R(public, per_target=False, console=True, body=lambda c, t: {
        "data": {"email": "lead@example.dk", "password": PASSWORD}}),
    ("POST", "/console/logout"): R(lambda c, t: "login", per_target=False, console=True),
    ("POST", "/console/language"): R(public, per_target=False, console=True, body=lambda c, t: {
        "data": {"language": "da"}}),
    ("GET", "/console"): R(logged_in("login"), per_target=False, console=True),
    ("GET", "/console/inbox/rows"): R(logged_in(401), per_target=False, console=True),
    ("GET", "/console/families/{family_id}"): R(family("login"), console=True),
    ("GET", "/console/families/{family_id}/timeline"): R(family(401), console=True),
    ("POST", "/console/families/{family_id}/messages"): R(
        family("login"), console=True, body=lambda c, t: {"data": {
            "body": "Hej", "member_id": str(c.members[t])}}),
    ("POST", "/console/families/{family_id}/notes"): R(
        family("login"), console=True, body=lambda c, t: {"data": {"body": "En note"}}),
    ("POST", "/console/families/{family_id}/handover"): R(
        family("login"), console=True, body=lambda c, t: {"data": {
            "primary_id": str(c.w.partner_id), "partner_id": str(c.w.primary_id)}}),
    ("GET", "/console/requests/family/{family_id}"): R(family(401), console=True),
    # The family page's free times, fetched by its script after the page: 401 like the panels.
    ("GET", "/console/families/{family_id}/calendar/slots"): R(family(401), console=True),
    ("GET", "/console/families/{family_id}/followup/slots"): R(family(401), console=True),
    ("POST", "/console/families/{family_id}/calendar/import"): R(
        family("login"), console=True, body=lambda c, t: {"files": {"file": (
            "x.ics", b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", "text/calendar")},
            "data": {"department": "Skole"}}),
    ("POST", "/console/families/{family_id}/calendar/busy"): R(
        family("login"), console=True, body=lambda c, t: {"data": {
            "department": "Skole", "day": soon(c, 7)[:10], "start": "09:00", "end": "10:00"}}),
    ("POST", "/console/families/{family_id}/calendar/book"): R(
        family("login"), console=True, body=lambda c, t: {"data": {
            "start": soon(c, 41), "end": soon(c, 41, 1), "title": "Møde"}}),
    ("POST", "/console/families/{family_id}/calendar/appointments/{appointment_id}/cancel"): R(
        family("login"), console=True, fresh=True),
    ("POST", "/console/families/{family_id}/calendar/feed"): R(
        family("login"), console=True, body=lambda c, t: {"data": {"url": ""}}),
    ("POST", "/console/families/{family_id}/appointments/{appointment_id}/remind"): R(
        family("login"), console=True),
    ("POST", "/console/families/{family_id}/hello"): R(
        family("login"), console=True, body=lambda c, t: {"data": {"weekday": "2",
                                                                   "at": "10:00"}}),
    ("GET", "/console/lead"): R(roles({"lead"}, others=404, anonymous="login"),
                                per_target=False, console=True),
    # A fragment the page's script fetches: 401 like the inbox rows, not a login page.
    ("GET", "/console/lead/rows"): R(roles({"lead"}, others=404, anonymous=401),
                                     per_target=False, console=True),
    ("POST", "/console/lead/intake/{message_id}/attach"): R(
        family_lead(anonymous="login", contact=404), console=True, body=lambda c, t: {
            "data": {"member": f"{c.families[t]}:{c.members[t]}"}}),
    ("POST", "/console/messages/{message_id}/retry"): R(family("login"), console=True),
    ("GET", "/console/lead/replies"): R(roles({"lead"}, others=404, anonymous="login"),
                                        per_target=False, console=True),
    ("POST", "/console/lead/replies"): R(
        roles({"lead"}, others=404, anonymous="login"), per_target=False, console=True,
        body=lambda c, t: {"data": {"title": f"T{next(_phone_numbers)}", "text-da": "Tak"}}),
    ("POST", "/console/lead/replies/{reply_id}/delete"): R(
        only(("lead", "own"), ("lead", "team"), anonymous="login"), console=True, fresh=True),
    ("GET", "/console/admin"): R(roles({"admin"}, others=404, anonymous="login"),
                                 per_target=False, console=True),
    ("POST", "/console/admin/workers"): R(
        roles({"admin"}, others=404, anonymous="login"), per_target=False, console=True,
        body=lambda c, t: {"data": {"name": "Ny", "email": f"a{next(_phone_numbers)}@ex.dk",
                                    "password": PASSWORD, "role": "worker",
                                    "team_id": str(c.w.team_id)}}),
    ("POST", "/console/admin/workers/{worker_id}/password"): R(
        roles({"admin"}, others=404, anonymous="login"), console=True),
    ("POST", "/console/admin/workers/{worker_id}/deactivate"): R(
        roles({"admin"}, others=404, anonymous="login"), console=True),
    ("GET", "/console/requests"): R(logged_in("login"), per_target=False, console=True),
    ("GET", "/console/requests/all"): R(logged_in("login"), per_target=False, console=True),
    ("POST", "/console/requests/{request_id}"): R(
        family("login"), console=True, body=lambda c, t: {"data": {"status": "closed"}}),
    ("POST", "/console/alerts/{alert_id}/seen"): R(
        only(("contact", "own"), ("outsider", "other"), anonymous="login"), console=True),
    ("POST", "/console/segments"): R(logged_in(401), per_target=False, console=True,
                                     body=lambda c, t: {"data": {"body": "Hej"}}),
    ("GET", "/console/events"): R(logged_in(401), per_target=False, console=True,
                                  stream=True),
    ("GET", "/console/static/{name}"): R(public, per_target=False, console=True),
    ("GET", "/console/audit"): R(roles({"admin", "lead"}, others=404, anonymous="login"),
                                 per_target=False, console=True),
}
ROUTE_KINDS: dict[tuple[str, str], dict[str, str]] = {
    ("POST", "/api/v1/intake/{message_id}/attach"): {"message_id": "intake"},
    ("POST", "/console/lead/intake/{message_id}/attach"): {"message_id": "intake"},
    ("POST", "/console/messages/{message_id}/retry"): {"message_id": "outbound"},
    ("POST", "/api/v1/workers/{worker_id}/absences"): {"worker_id": "worker"},
    ("GET", "/api/v1/workers/{worker_id}/absences"): {"worker_id": "worker"},
    ("POST", "/console/admin/workers/{worker_id}/password"): {"worker_id": "disposable_worker"},
    ("POST", "/console/admin/workers/{worker_id}/deactivate"): {
        "worker_id": "disposable_worker"},
}
STATIC_NAME = "console.css"
PRE_TOKEN = "matrix-pre-login-token-0123456789"
SKIPPED_PREFIXES = ("/api/v1/", "/console")
"""The matrix covers the API and the console; webhooks, ops and the simulator have their own
tests (signatures, secrets, the development-only switch)."""
OUTSIDE_MATRIX: dict[tuple[str, str], str] = {
    # Every other route of the app, with what guards it instead and the test that proves it.
    # A route added anywhere else (a new prefix, a mount) fails the suite until it is named
    # here or given a rule above.
    ("POST", "/webhooks/twilio/sms"): "X-Twilio-Signature (tests/sms, test_fuzz_webhooks.py)",
    ("POST", "/webhooks/twilio/status"): "X-Twilio-Signature (tests/sms/test_outbound.py)",
    ("POST", "/webhooks/telegram"): "the webhook secret (tests/telegram, test_fuzz_webhooks.py)",
    ("GET", "/healthz"): "public, no data (tests/telegram/test_startup.py)",
    ("GET", "/readyz"): "public, no data (tests/faults/test_database_down.py)",
    ("GET", "/metrics"): "public, counts only, no names (test_metrics.py)",
    ("GET", "/openapi.json"): "public, the schema (test_fuzz_api.py)",
    ("GET", "/docs"): "development only (test_headers.py)",
    ("GET", "/docs/oauth2-redirect"): "development only (test_headers.py)",
    ("GET", "/calendar/{token}.ics"): "a worker's secret token "
                                      "(tests/api/test_calendar_export.py)",
    ("GET", "/simulator"): "development only (tests/simulator, test_secrets.py)",
    ("GET", "/simulator/app.js"): "development only (tests/simulator)",
    ("GET", "/simulator/app.css"): "development only (tests/simulator)",
    ("GET", "/simulator/api/phones"): "development only (tests/simulator)",
    ("GET", "/simulator/api/messages"): "development only (tests/simulator)",
    ("POST", "/simulator/api/messages"): "development only (tests/simulator)",
}


def routes(app: FastAPI) -> list[tuple[str, str]]:
    """Every (method, path) of the API and console, from the app's own route table."""
    found = []
    for route in iter_route_contexts(app.routes):
        path = getattr(route, "path", "")
        if not path.startswith(SKIPPED_PREFIXES):
            continue
        for method in sorted(getattr(route, "methods", None) or ()):
            if method != "HEAD":
                found.append((method, path))
    return found


def test_every_api_route_and_console_page_has_an_access_rule(app: FastAPI) -> None:
    missing = [f"{m} {p}" for m, p in routes(app) if (m, p) not in RULES]
    assert missing == [], "new route without an access rule (add it to RULES): " + \
        ", ".join(missing)


def all_routes(app: FastAPI) -> list[tuple[str, str]]:
    """Every (method, path) the app answers; "*" for a mount or a route of any method."""
    found = []
    for route in iter_route_contexts(app.routes):
        path = getattr(route, "path", "")
        methods = sorted(getattr(route, "methods", None) or ("*",))
        found += [(method, path) for method in methods if method != "HEAD"]
    return found


def test_every_other_route_is_named_with_what_guards_it(app: FastAPI) -> None:
    unnamed = [f"{m} {p}" for m, p in all_routes(app)
               if not p.startswith(SKIPPED_PREFIXES) and (m, p) not in OUTSIDE_MATRIX]
    assert unnamed == [], ("new route outside /api/v1 and /console: give it an access rule "
                           "or name it in OUTSIDE_MATRIX with its test: " + ", ".join(unnamed))
    stale = [f"{m} {p}" for m, p in OUTSIDE_MATRIX if (m, p) not in all_routes(app)]
    assert stale == [], "OUTSIDE_MATRIX names routes the app no longer has: " + ", ".join(stale)


def _outcome(answer: httpx.Response) -> Expect | str:
    if answer.status_code in (401, 403, 404):
        return answer.status_code  # type: ignore[return-value]
    if answer.status_code in (302, 303) and answer.headers.get("location", "").startswith(
            "/console/login"):
        return "login"
    if answer.status_code >= 500:
        return f"server error {answer.status_code}"
    return "ok"


async def _context(rt: Runtime) -> Ctx:
    w = await world(rt)
    partner = await create_worker(rt, email="bente@example.dk", password=PASSWORD,
                                  role="worker", team_id=w.other_team_id, name="Bente")
    ctx = Ctx(rt, w, partner.id)
    for caller in CALLERS[1:]:
        opened = await log_in(rt, email=_email(ctx, caller), password=PASSWORD)
        ctx.sessions[caller] = opened.token
    return ctx


def _email(ctx: Ctx, caller: Caller) -> str:
    return {"admin": "admin@example.dk", "lead": "lead@example.dk",
            "contact": "amira@example.dk", "colleague": "sofie@example.dk",
            "outsider": "outsider@example.dk"}[caller]


async def _call(client: httpx.AsyncClient, ctx: Ctx, rule: Rule, method: str, path: str,
                caller: Caller, target: Target) -> httpx.Response:
    kwargs: dict[str, Any] = rule.body(ctx, target) if rule.body else {}
    headers = dict(kwargs.pop("headers", {}))
    client.cookies.clear()
    token = PRE_TOKEN
    if caller != "anonymous":
        if not rule.console:
            headers.update(ctx.w.token(ctx.rt, ctx.worker(caller)))
        elif path == "/console/logout":  # a session of its own, for logging out of
            token = (await log_in(ctx.rt, email=_email(ctx, caller), password=PASSWORD)).token
        else:
            token = ctx.sessions[caller]
    if rule.console:
        cookie = SESSION_COOKIE if caller != "anonymous" else PRE_COOKIE
        headers["Cookie"] = f"{cookie}={token}"
        if method == "POST":
            kwargs["data"] = {**kwargs.get("data", {}),
                              "csrf": sign(ctx.rt.secret, "csrf", token)}
    if rule.stream:
        return await _start_only(client, method, path, headers)
    return await client.request(method, path, headers=headers, follow_redirects=False,
                                **kwargs)


async def _start_only(client: httpx.AsyncClient, method: str, path: str,
                      headers: dict[str, str]) -> httpx.Response:
    """The status and headers of a streaming answer; then the client disconnects."""
    transport = client._transport
    assert isinstance(transport, httpx.ASGITransport)
    started = asyncio.Event()
    answer: dict[str, Any] = {}
    sent_request = False

    async def receive() -> dict[str, Any]:
        nonlocal sent_request
        if not sent_request:
            sent_request = True
            return {"type": "http.request", "body": b"", "more_body": False}
        await started.wait()
        return {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            answer.update(status=message["status"], headers=message.get("headers", []))
            started.set()

    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1",
             "method": method, "scheme": "http", "path": path, "raw_path": path.encode(),
             "query_string": b"", "root_path": "", "client": ("127.0.0.1", 50000),
             "server": ("testserver.local", 80),
             "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()]}
    await asyncio.wait_for(transport.app(scope, receive, send), 10)
    return httpx.Response(answer["status"], headers=answer["headers"])


async def test_every_route_answers_each_caller_as_its_rule_says(
    app: FastAPI, rt: Runtime, client: httpx.AsyncClient,
) -> None:
    ctx = await _context(rt)
    wrong = []
    dirty = True
    for method, template in routes(app):
        rule = RULES.get((method, template))
        if rule is None:
            continue  # reported by the test above
        # Reads change nothing, so reads in a row share families; a change (a handover…)
        # would alter who sees what, so after one the next route starts from fresh families.
        if method != "GET" or dirty:
            await _fresh_families(ctx)
            ctx.extras.clear()
        dirty = method != "GET"
        targets = TARGETS if rule.per_target else ("own",)
        # The callers who are refused first, so an allowed change (an erasure, a handover)
        # cannot hide a refusal that should have happened.
        cases = sorted(((c, t) for c in CALLERS for t in targets),
                       key=lambda case: rule.expect(*case) == "ok")
        for caller, target in cases:
            if rule.fresh and rule.expect(caller, target) == "ok":
                ctx.extras.clear()
            path = await fill(ctx, template, target, ROUTE_KINDS.get((method, template), {}))
            answer = await _call(client, ctx, rule, method, path, caller, target)
            expected, got = rule.expect(caller, target), _outcome(answer)
            if got != expected:
                wrong.append(f"{method} {template} as {caller} on {target}: expected "
                             f"{expected}, got {got} ({answer.status_code} "
                             f"{answer.text[:120]!r})")
    assert wrong == [], "\n".join(wrong)
