"""Calendars out and rules of time: a family's calendar.ics, workers' private subscription URLs,
a team's working hours, workers' absences.

The subscription URL `/calendar/<token>.ics` needs no login (calendar apps cannot log in): the
token is the secret. It shows the worker's appointments with their kind and number and a link to
the console, never a family's name, so a URL that leaks reveals no case. `POST
/api/v1/me/calendar-token` makes a new URL (the old one stops working); `DELETE` revokes it.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any
from urllib.parse import urlsplit

from fastapi import APIRouter
from fastapi.responses import Response
from pydantic import BaseModel, Field

from bot import access, calendar_queries
from bot.actions.calendar_tokens import create_calendar_token, revoke_calendar_tokens
from bot.actions.schedule import add_worker_absence, set_team_schedule
from bot.errors import NotFound
from bot.runtime import Runtime
from bot.scheduling.ics_export import ExportItem, calendar_bytes
from bot.scheduling.rules import TeamRules, closed_days_to_json, week_to_json
from handlers.api.appointments import local
from handlers.api.deps import CurrentWorker, RuntimeDep
from storage.models import Appointment

router = APIRouter(tags=["calendar"])
public = APIRouter(tags=["calendar"])
CALENDAR = "text/calendar; charset=utf-8"
PAST_DAYS = 90  # how far back exported calendars reach


class TokenPublic(BaseModel):
    url: str


class SchedulePublic(BaseModel):
    week: dict[str, list[str]]
    closed_days: list[dict[str, Any]]
    closed_dates: list[str]
    quiet_start: time
    quiet_end: time
    buffer_minutes: int
    reminder_offsets_minutes: list[int]

    @classmethod
    def of(cls, rules: TeamRules) -> SchedulePublic:
        return cls(week=week_to_json(rules.hours.week),
                   closed_days=closed_days_to_json(rules.hours.closed_days),
                   closed_dates=sorted(d.isoformat() for d in rules.hours.closed_dates),
                   quiet_start=rules.quiet_start, quiet_end=rules.quiet_end,
                   buffer_minutes=int(rules.buffer.total_seconds() // 60),
                   reminder_offsets_minutes=[int(o.total_seconds() // 60)
                                             for o in rules.reminder_offsets])


class ScheduleUpdate(BaseModel):
    week: dict[str, list[str] | None] | None = None
    closed_days: list[dict[str, Any]] | None = Field(None, max_length=60)
    closed_dates: list[str] | None = Field(None, max_length=400)
    quiet_start: time | None = None
    quiet_end: time | None = None
    buffer_minutes: int | None = None
    reminder_offsets_minutes: list[int] | None = Field(None, max_length=5)


class AbsenceCreate(BaseModel):
    start: datetime
    end: datetime
    reason: str | None = Field(None, max_length=200)


class AbsencePublic(BaseModel):
    id: int
    worker_id: int
    start: datetime
    end: datetime
    reason: str | None


def _host(rt: Runtime) -> str:
    return urlsplit(rt.settings.public_url).hostname or "opgang"


def _ics(data: bytes, filename: str) -> Response:
    return Response(data, media_type=CALENDAR,
                    headers={"Content-Disposition": f'inline; filename="{filename}"',
                             "Cache-Control": "private, no-store"})


@router.get("/families/{family_id}/calendar.ics", response_class=Response)
async def family_calendar(family_id: int, rt: RuntimeDep, me: CurrentWorker) -> Response:
    """The family's appointments as iCalendar (cancelled ones as STATUS:CANCELLED)."""
    family, rows = await calendar_queries.family_appointments(rt, me, family_id)
    since = rt.clock() - timedelta(days=PAST_DAYS)
    items = [ExportItem(id=r.id, start=r.starts_at, end=r.ends_at,
                        title=f"{r.title} – {family.name}", status=r.status,
                        updated_at=r.updated_at, location=r.location)
             for r in rows if r.ends_at > since]
    data = calendar_bytes(items, name=f"Opgang – {family.name}", host=_host(rt), now=rt.clock())
    return _ics(data, f"family-{family_id}.ics")


@router.post("/me/calendar-token", status_code=201)
async def new_token(rt: RuntimeDep, me: CurrentWorker) -> TokenPublic:
    """A new private subscription URL for the caller's appointments (the old one stops)."""
    token = await create_calendar_token(rt, worker_id=me.id)
    return TokenPublic(url=f"{rt.settings.public_url.rstrip('/')}/calendar/{token}.ics")


@router.delete("/me/calendar-token", status_code=204)
async def revoke_token(rt: RuntimeDep, me: CurrentWorker) -> None:
    await revoke_calendar_tokens(rt, worker_id=me.id)


@public.get("/calendar/{token}.ics", response_class=Response)
async def subscription(token: str, rt: RuntimeDep) -> Response:
    """A worker's appointments for a calendar app; 404 for a token that is unknown or revoked."""
    rows = await calendar_queries.subscription(
        rt, token, since=rt.clock() - timedelta(days=PAST_DAYS))
    if rows is None:
        raise NotFound("calendar not found")
    base = rt.settings.public_url.rstrip("/")
    items = [_private_item(r, base) for r in rows]
    return _ics(calendar_bytes(items, name="Opgang", host=_host(rt), now=rt.clock()),
                "opgang.ics")


def _private_item(row: Appointment, base: str) -> ExportItem:
    kind = row.kind.replace("_", " ")
    return ExportItem(id=row.id, start=row.starts_at, end=row.ends_at,
                      title=f"Opgang: {kind} #{row.id}", status=row.status,
                      updated_at=row.updated_at,
                      url=f"{base}/console/families/{row.family_id}")


@router.get("/teams/{team_id}/schedule")
async def get_schedule(team_id: int, rt: RuntimeDep, me: CurrentWorker) -> SchedulePublic:
    return SchedulePublic.of(await calendar_queries.team_rules_for(rt, me, team_id))


@router.put("/teams/{team_id}/schedule")
async def put_schedule(team_id: int, body: ScheduleUpdate, rt: RuntimeDep,
                       me: CurrentWorker) -> SchedulePublic:
    """Change the team's rules of time (admin or the team's lead); left out keeps its value."""
    access.require_team_manager(me, team_id)
    await set_team_schedule(rt, team_id=team_id, actor_id=me.id, **body.model_dump())
    return SchedulePublic.of(await calendar_queries.team_rules_for(rt, me, team_id))


@router.post("/workers/{worker_id}/absences", status_code=201)
async def post_absence(worker_id: int, body: AbsenceCreate, rt: RuntimeDep,
                       me: CurrentWorker) -> AbsencePublic:
    """A worker away (the worker, their lead or an admin may record it)."""
    await calendar_queries.worker_absences(rt, me, worker_id, since=rt.clock())
    zone = await calendar_queries.worker_zone(rt, worker_id)
    row = await add_worker_absence(rt, worker_id=worker_id, actor_id=me.id,
                                   start=local(body.start, zone), end=local(body.end, zone),
                                   reason=body.reason)
    return AbsencePublic(id=row.id, worker_id=worker_id, start=row.starts_at.astimezone(zone),
                         end=row.ends_at.astimezone(zone), reason=row.reason)


@router.get("/workers/{worker_id}/absences")
async def get_absences(worker_id: int, rt: RuntimeDep, me: CurrentWorker) -> list[AbsencePublic]:
    rows = await calendar_queries.worker_absences(rt, me, worker_id, since=rt.clock())
    zone = await calendar_queries.worker_zone(rt, worker_id)
    return [AbsencePublic(id=r.id, worker_id=worker_id, start=r.starts_at.astimezone(zone),
                          end=r.ends_at.astimezone(zone), reason=r.reason) for r in rows]
