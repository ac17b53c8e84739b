"""The family page's calendar: busy time (upload an .ics, add one by hand, a feed), the free
slots for a check-in (book with a click) and the family's appointments (cancel)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Annotated
from zoneinfo import ZoneInfo

from babel.support import NullTranslations
from fastapi import APIRouter, File, Form, Response, UploadFile
from fastapi.responses import RedirectResponse

from bot import calendar_queries, console_i18n, console_queries, queries
from bot.actions.appointments import book_appointment, cancel_appointment
from bot.actions.busy import add_busy_time, import_calendar, set_calendar_feed
from bot.calendar_feeds import refresh_feed
from bot.errors import ActionError, Invalid, NotFound
from handlers.console.rendering import render
from handlers.console.routing import ConsoleRoute
from handlers.console.session import FetchVisitor, PageVisitor, Visitor, me
from storage.models import Appointment, BusyTime, FamilyCalendarFeed

router = APIRouter(route_class=ConsoleRoute)

CsrfField = Annotated[str, Form(max_length=200)]
Short = Annotated[str, Form(max_length=300)]
OFFERED = 6
CHECKIN = timedelta(hours=1)


@dataclass(frozen=True)
class CalendarPanel:
    """What the calendar section shows."""

    appointments: list[Appointment]
    busy: list[BusyTime]
    slots: list[tuple[datetime, datetime]] | None  # None: fetched by the page's script after it
    feed: FamilyCalendarFeed | None
    notice: str | None
    error: str | None
    zone: ZoneInfo


def notice_text(t: NullTranslations, key: str | None) -> str | None:
    _ = t.gettext
    return {
        "calendar-imported": _("The calendar is imported."),
        "calendar-busy": _("The busy time is saved."),
        "calendar-booked": _("The appointment is booked. The family gets a confirmation."),
        "calendar-cancelled": _("The appointment is cancelled. The family is told."),
        "calendar-feed": _("The calendar feed is saved."),
    }.get(key or "")


async def calendar_panel(v: Visitor, family_id: int, *, notice: str | None = None,
                         error: str | None = None, slots: bool = False) -> CalendarPanel:
    """The calendar section; the free times only with `slots` (the page's script fetches them
    from `calendar_slots` after the page, since the search takes longer than the rest)."""
    found = await console_queries.calendar_section(v.rt, me(v), family_id)
    offered = await free_times(v, family_id) if slots else None
    t = console_i18n.translations(v.language)
    return CalendarPanel(found.appointments, found.busy, offered, found.feed,
                         notice_text(t, notice), error, found.zone)


async def free_times(v: Visitor, family_id: int) -> list[tuple[datetime, datetime]]:
    """The first free hours for a check-in, for every member and both contacts."""
    return await calendar_queries.free_slots_for(v.rt, me(v), family_id, duration=CHECKIN,
                                                 start=None, end=None, limit=OFFERED)


@router.get("/families/{family_id}/calendar/slots")
async def calendar_slots(family_id: int, v: FetchVisitor) -> Response:
    """The calendar section's free times alone, for the family page's script to put in."""
    zone = await calendar_queries.family_zone(v.rt, me(v), family_id)
    return render(v, "family_calendar_slots.html", zone=zone, family_id=family_id,
                  slots=await free_times(v, family_id))


def _back(family_id: int, notice: str) -> RedirectResponse:
    return RedirectResponse(f"/console/families/{family_id}?notice={notice}#calendar", 303)


async def _failed(v: Visitor, family_id: int, exc: ActionError) -> Response:
    from handlers.console import families  # the family page, shown again with the error

    return await families.render_with_calendar_error(v, family_id, exc)


@router.post("/families/{family_id}/calendar/import")
async def upload(family_id: int, v: PageVisitor, file: Annotated[UploadFile, File()],
                 department: Short = "", csrf: CsrfField = "") -> Response:
    v.check_csrf(csrf)
    worker = me(v)
    await queries.family(v.rt, worker, family_id)
    try:
        data = await file.read()
        if not data.strip():
            raise Invalid("calendar: choose an .ics file")
        await import_calendar(v.rt, family_id=family_id, actor_id=worker.id, data=data,
                              department=department.strip() or None)
    except NotFound:
        raise
    except ActionError as exc:
        return await _failed(v, family_id, exc)
    return _back(family_id, "calendar-imported")


@router.post("/families/{family_id}/calendar/busy")
async def busy(family_id: int, v: PageVisitor, department: Short = "", title: Short = "",
               day: Short = "", start: Short = "", end: Short = "", member_id: Short = "",
               csrf: CsrfField = "") -> Response:
    v.check_csrf(csrf)
    worker = me(v)
    await queries.family(v.rt, worker, family_id)
    zone = await calendar_queries.family_zone(v.rt, worker, family_id)
    try:
        when = _date(day)
        await add_busy_time(v.rt, family_id=family_id, actor_id=worker.id,
                            department=department, title=title,
                            start=datetime.combine(when, _time(start, "start"), tzinfo=zone),
                            end=datetime.combine(when, _time(end, "end"), tzinfo=zone),
                            member_id=int(member_id) if member_id.isdigit() else None)
    except NotFound:
        raise
    except ActionError as exc:
        return await _failed(v, family_id, exc)
    return _back(family_id, "calendar-busy")


@router.post("/families/{family_id}/calendar/book")
async def book(family_id: int, v: PageVisitor, start: Short = "", end: Short = "",
               title: Short = "", csrf: CsrfField = "") -> Response:
    v.check_csrf(csrf)
    worker = me(v)
    await queries.family(v.rt, worker, family_id)
    t = console_i18n.translations(v.language)
    try:
        await book_appointment(v.rt, family_id=family_id, actor_id=worker.id, kind="checkin",
                               title=title.strip() or t.gettext("Check-in"),
                               start=_instant(start), end=_instant(end))
    except NotFound:
        raise
    except ActionError as exc:
        return await _failed(v, family_id, exc)
    return _back(family_id, "calendar-booked")


@router.post("/families/{family_id}/calendar/appointments/{appointment_id}/cancel")
async def cancel(family_id: int, appointment_id: int, v: PageVisitor,
                 csrf: CsrfField = "") -> Response:
    v.check_csrf(csrf)
    worker = me(v)
    await queries.family(v.rt, worker, family_id)
    try:
        await cancel_appointment(v.rt, family_id=family_id, appointment_id=appointment_id,
                                 actor_id=worker.id)
    except NotFound:
        raise
    except ActionError as exc:
        return await _failed(v, family_id, exc)
    return _back(family_id, "calendar-cancelled")


@router.post("/families/{family_id}/calendar/feed")
async def feed(family_id: int, v: PageVisitor,
               url: Annotated[str, Form(max_length=2000)] = "",
               csrf: CsrfField = "") -> Response:
    v.check_csrf(csrf)
    worker = me(v)
    await queries.family(v.rt, worker, family_id)
    try:
        saved = await set_calendar_feed(v.rt, family_id=family_id, actor_id=worker.id,
                                        url=url.strip() or None)
        if saved is not None:
            await refresh_feed(v.rt, family_id=family_id, url=saved.url)
    except NotFound:
        raise
    except ActionError as exc:
        return await _failed(v, family_id, exc)
    return _back(family_id, "calendar-feed")


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value.strip())
    except ValueError as exc:
        raise Invalid("day: choose a date") from exc


def _time(value: str, field: str) -> time:
    try:
        return time.fromisoformat(value.strip())
    except ValueError as exc:
        raise Invalid(f"{field}: choose a time") from exc


def _instant(value: str) -> datetime:
    try:
        at = datetime.fromisoformat(value.strip())
    except ValueError as exc:
        raise Invalid("start: not a time") from exc
    if at.tzinfo is None:
        raise Invalid("start: not a time with an offset")
    return at
