"""Scheduling API: busy time, free slots and appointments of a family.

Times without an offset are read in the team's zone; every answer carries the team zone's offset.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Annotated, Literal
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field

from bot import calendar_queries, queries
from bot.actions.appointments import (
    Clashes,
    External,
    book_appointment,
    cancel_appointment,
    mark_held,
    reschedule_appointment,
)
from bot.actions.busy import (
    add_busy_time,
    import_calendar,
    remove_busy_time,
    set_calendar_feed,
)
from bot.actions.schedule import add_member_busy_window, set_preferred_times
from bot.calendar_feeds import refresh_feed
from bot.errors import Invalid
from bot.scheduling.blocks import Clash
from handlers.api.deps import CurrentWorker, RuntimeDep
from storage.models import Appointment, BusyTime, FamilyCalendarFeed

router = APIRouter(tags=["scheduling"])

Kind = Literal["meeting", "checkin", "home_visit", "phone", "network_meeting"]


def local(value: datetime, zone: ZoneInfo) -> datetime:
    """An API time: one without an offset is read in the team's zone."""
    return value.replace(tzinfo=zone) if value.tzinfo is None else value


class ExternalIn(BaseModel):
    name: str = Field(min_length=1, max_length=200)
    department: str = Field(min_length=1, max_length=200)


class AppointmentCreate(BaseModel):
    title: str = Field(min_length=1, max_length=300)
    kind: Kind
    start: datetime
    end: datetime
    member_ids: list[int] | None = Field(None, max_length=30)
    worker_ids: list[int] | None = Field(None, max_length=10)
    location: str | None = Field(None, max_length=300)
    externals: list[ExternalIn] = Field([], max_length=20)


class AppointmentUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")
    start: datetime | None = None
    end: datetime | None = None
    status: Literal["cancelled", "held"] | None = None
    reason: str | None = Field(None, max_length=300)


class AppointmentPublic(BaseModel):
    id: int
    family_id: int
    kind: str
    title: str
    start: datetime
    end: datetime
    location: str | None
    status: str
    member_ids: list[int]
    worker_ids: list[int]
    externals: list[ExternalIn]
    family_answer: str | None
    created_by: int | None
    created_at: datetime
    updated_at: datetime
    cancelled_at: datetime | None

    @classmethod
    def of(cls, row: Appointment, zone: ZoneInfo) -> AppointmentPublic:
        return cls(
            id=row.id, family_id=row.family_id, kind=row.kind, title=row.title,
            start=row.starts_at.astimezone(zone), end=row.ends_at.astimezone(zone),
            location=row.location, status=row.status,
            member_ids=[m.member_id for m in row.members],
            worker_ids=[w.worker_id for w in row.workers],
            externals=[ExternalIn(name=x.name, department=x.department) for x in row.externals],
            family_answer=row.family_answer, created_by=row.created_by,
            created_at=row.created_at.astimezone(zone), updated_at=row.updated_at.astimezone(zone),
            cancelled_at=row.cancelled_at.astimezone(zone) if row.cancelled_at else None)


class BusyCreate(BaseModel):
    member_id: int | None = None
    department: str = Field(min_length=1, max_length=200)
    title: str | None = Field(None, max_length=300)
    start: datetime
    end: datetime
    all_day: bool = False


class BusyPublic(BaseModel):
    id: int
    member_id: int | None
    department: str
    title: str
    start: datetime
    end: datetime
    all_day: bool
    source: str
    uid: str | None

    @classmethod
    def of(cls, row: BusyTime, zone: ZoneInfo) -> BusyPublic:
        return cls(id=row.id, member_id=row.member_id, department=row.department,
                   title=row.title, start=row.starts_at.astimezone(zone),
                   end=row.ends_at.astimezone(zone), all_day=row.all_day, source=row.source,
                   uid=row.uid)


class ImportPublic(BaseModel):
    imported: int
    updated: int
    removed: int


class FeedIn(BaseModel):
    url: str = Field(min_length=1, max_length=2000)


class FeedPublic(BaseModel):
    url: str | None
    last_fetched_at: datetime | None = None
    last_ok_at: datetime | None = None
    last_error: str | None = None

    @classmethod
    def of(cls, feed: FamilyCalendarFeed | None) -> FeedPublic:
        if feed is None:
            return cls(url=None)
        return cls(url=feed.url, last_fetched_at=feed.last_fetched_at,
                   last_ok_at=feed.last_ok_at, last_error=feed.last_error)


class SlotPublic(BaseModel):
    start: datetime
    end: datetime


class WindowCreate(BaseModel):
    weekday: int = Field(ge=0, le=6)
    start_time: time
    end_time: time
    label: str = Field("", max_length=200)


class WindowPublic(WindowCreate):
    id: int
    member_id: int


def clash_answer(exc: Clashes, zone: ZoneInfo) -> JSONResponse:
    """409 with every clashing item, so the caller can show what is in the way."""
    def item(c: Clash) -> dict[str, object]:
        return {"kind": c.kind, "label": c.label,
                "start": c.start.astimezone(zone).isoformat() if c.start else None,
                "end": c.end.astimezone(zone).isoformat() if c.end else None,
                "id": c.ref_id, "member_id": c.member_id, "worker_id": c.worker_id}
    return JSONResponse({"detail": exc.detail, "clashes": [item(c) for c in exc.items]},
                        status_code=409)


@router.get("/families/{family_id}/slots")
async def get_slots(
    family_id: int, rt: RuntimeDep, me: CurrentWorker,
    duration_minutes: Annotated[int, Query(ge=5, le=480)] = 60,
    start: Annotated[datetime | None, Query(alias="from")] = None,
    end: Annotated[datetime | None, Query(alias="to")] = None,
    limit: Annotated[int, Query(ge=1, le=50)] = 10,
    member_ids: Annotated[list[int] | None, Query()] = None,
    worker_ids: Annotated[list[int] | None, Query()] = None,
) -> list[SlotPublic]:
    """Times free for the members (default all) and workers (default both contacts)."""
    zone = await calendar_queries.family_zone(rt, me, family_id)
    found = await calendar_queries.free_slots_for(
        rt, me, family_id, duration=timedelta(minutes=duration_minutes),
        start=local(start, zone) if start else None, end=local(end, zone) if end else None,
        limit=limit, member_ids=member_ids, worker_ids=worker_ids)
    return [SlotPublic(start=s.astimezone(zone), end=e.astimezone(zone)) for s, e in found]


@router.post("/families/{family_id}/appointments", status_code=201, response_model=None)
async def post_appointment(
    family_id: int, body: AppointmentCreate, rt: RuntimeDep, me: CurrentWorker,
) -> AppointmentPublic | JSONResponse:
    zone = await calendar_queries.family_zone(rt, me, family_id)
    try:
        row = await book_appointment(
            rt, family_id=family_id, actor_id=me.id, kind=body.kind, title=body.title,
            start=local(body.start, zone), end=local(body.end, zone), member_ids=body.member_ids,
            worker_ids=body.worker_ids, location=body.location,
            externals=[External(x.name, x.department) for x in body.externals])
    except Clashes as exc:
        return clash_answer(exc, zone)
    return AppointmentPublic.of(row, zone)


@router.get("/families/{family_id}/appointments")
async def get_appointments(family_id: int, rt: RuntimeDep,
                           me: CurrentWorker) -> list[AppointmentPublic]:
    zone = await calendar_queries.family_zone(rt, me, family_id)
    _, rows = await calendar_queries.family_appointments(rt, me, family_id)
    return [AppointmentPublic.of(r, zone) for r in rows]


@router.patch("/families/{family_id}/appointments/{appointment_id}", response_model=None)
async def patch_appointment(
    family_id: int, appointment_id: int, body: AppointmentUpdate, rt: RuntimeDep,
    me: CurrentWorker,
) -> AppointmentPublic | JSONResponse:
    """Move (`start`, `end`), cancel (`status: cancelled`) or mark held (`status: held`)."""
    zone = await calendar_queries.family_zone(rt, me, family_id)
    if body.status is not None and (body.start or body.end):
        raise Invalid("status: change the time or the status, not both at once")
    if body.status == "cancelled":
        row = await cancel_appointment(rt, family_id=family_id, appointment_id=appointment_id,
                                       actor_id=me.id, reason=body.reason)
    elif body.status == "held":
        row = await mark_held(rt, family_id=family_id, appointment_id=appointment_id,
                              actor_id=me.id)
    elif body.start is not None:
        start = local(body.start, zone)
        if body.end is not None:
            end = local(body.end, zone)
        else:
            _, rows = await calendar_queries.family_appointments(rt, me, family_id)
            current = next((r for r in rows if r.id == appointment_id), None)
            length = (current.ends_at - current.starts_at) if current else timedelta(hours=1)
            end = start + length
        try:
            row = await reschedule_appointment(rt, family_id=family_id,
                                               appointment_id=appointment_id, actor_id=me.id,
                                               start=start, end=end)
        except Clashes as exc:
            return clash_answer(exc, zone)
    else:
        raise Invalid("give start (and end) to move the appointment, or a status")
    return AppointmentPublic.of(row, zone)


@router.post("/families/{family_id}/busy", status_code=201)
async def post_busy(family_id: int, body: BusyCreate, rt: RuntimeDep,
                    me: CurrentWorker) -> BusyPublic:
    zone = await calendar_queries.family_zone(rt, me, family_id)
    row = await add_busy_time(rt, family_id=family_id, actor_id=me.id,
                              department=body.department, title=body.title or "",
                              start=local(body.start, zone), end=local(body.end, zone),
                              member_id=body.member_id, all_day=body.all_day)
    return BusyPublic.of(row, zone)


@router.get("/families/{family_id}/busy")
async def get_busy(family_id: int, rt: RuntimeDep, me: CurrentWorker) -> list[BusyPublic]:
    """The family's busy times that have not ended yet, earliest first."""
    zone = await calendar_queries.family_zone(rt, me, family_id)
    rows, _ = await calendar_queries.family_busy(rt, me, family_id, since=rt.clock())
    return [BusyPublic.of(r, zone) for r in rows]


@router.delete("/families/{family_id}/busy/{busy_id}", status_code=204)
async def delete_busy(family_id: int, busy_id: int, rt: RuntimeDep, me: CurrentWorker) -> None:
    await queries.family(rt, me, family_id)
    await remove_busy_time(rt, family_id=family_id, busy_id=busy_id, actor_id=me.id)


@router.post("/families/{family_id}/busy.ics")
async def post_busy_ics(
    family_id: int, request: Request, rt: RuntimeDep, me: CurrentWorker,
    department: Annotated[str | None, Query(max_length=200)] = None,
    member_id: int | None = None,
) -> ImportPublic:
    """Import a `text/calendar` body; re-importing the same UIDs updates, never duplicates."""
    await queries.family(rt, me, family_id)
    data = await request.body()  # the app's body limit (OPGANG_MAX_BODY_BYTES) applies
    if not data.strip():
        raise Invalid("calendar: the body is empty; send the .ics file as text/calendar")
    result = await import_calendar(rt, family_id=family_id, actor_id=me.id, data=data,
                                   department=department, member_id=member_id)
    return ImportPublic(imported=result.imported, updated=result.updated,
                        removed=result.removed)


@router.get("/families/{family_id}/calendar-feed")
async def get_feed(family_id: int, rt: RuntimeDep, me: CurrentWorker) -> FeedPublic:
    _, feed = await calendar_queries.family_busy(rt, me, family_id, since=rt.clock(), limit=0)
    return FeedPublic.of(feed)


@router.put("/families/{family_id}/calendar-feed")
async def put_feed(family_id: int, body: FeedIn, rt: RuntimeDep, me: CurrentWorker) -> FeedPublic:
    """Set the family's calendar feed URL and fetch it once now (errors are shown, not raised)."""
    await queries.family(rt, me, family_id)
    feed = await set_calendar_feed(rt, family_id=family_id, actor_id=me.id, url=body.url)
    assert feed is not None
    await refresh_feed(rt, family_id=family_id, url=feed.url)
    _, current = await calendar_queries.family_busy(rt, me, family_id, since=rt.clock(), limit=0)
    return FeedPublic.of(current)


@router.delete("/families/{family_id}/calendar-feed", status_code=204)
async def delete_feed(family_id: int, rt: RuntimeDep, me: CurrentWorker) -> None:
    await queries.family(rt, me, family_id)
    await set_calendar_feed(rt, family_id=family_id, actor_id=me.id, url=None)


@router.post("/families/{family_id}/members/{member_id}/busy-windows", status_code=201)
async def post_window(family_id: int, member_id: int, body: WindowCreate, rt: RuntimeDep,
                      me: CurrentWorker) -> WindowPublic:
    """A weekly window the member is never free (work shift, school), in the team's zone."""
    await queries.family(rt, me, family_id)
    row = await add_member_busy_window(
        rt, family_id=family_id, member_id=member_id, actor_id=me.id, weekday=body.weekday,
        start_time=body.start_time, end_time=body.end_time, label=body.label)
    return WindowPublic(id=row.id, member_id=row.member_id, weekday=row.weekday,
                        start_time=row.start_time, end_time=row.end_time, label=row.label)


class PreferredTime(BaseModel):
    weekday: int = Field(ge=0, le=6)
    start_time: time
    end_time: time


@router.get("/families/{family_id}/preferred-times")
async def get_preferred(family_id: int, rt: RuntimeDep,
                        me: CurrentWorker) -> list[PreferredTime]:
    rows = await calendar_queries.preferred_times(rt, me, family_id)
    return [PreferredTime(weekday=r.weekday, start_time=r.start_time, end_time=r.end_time)
            for r in rows]


@router.put("/families/{family_id}/preferred-times")
async def put_preferred(family_id: int, body: list[PreferredTime], rt: RuntimeDep,
                        me: CurrentWorker) -> list[PreferredTime]:
    """Replace the family's preferred weekly times; offered slots inside them come first."""
    await queries.family(rt, me, family_id)
    await set_preferred_times(rt, family_id=family_id, actor_id=me.id,
                              times=[(t.weekday, t.start_time, t.end_time) for t in body])
    return await get_preferred(family_id, rt, me)
