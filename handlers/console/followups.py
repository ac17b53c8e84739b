"""The family page's follow-up section: the due date, times to offer, the family's notices."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Annotated

from babel.dates import format_timedelta, get_day_names
from babel.support import NullTranslations
from fastapi import APIRouter, Form, Response
from fastapi.responses import RedirectResponse

from bot import calendar_queries, console_i18n, followups, queries
from bot.actions.appointment_notices import MANUAL_REMINDER, remind_now
from bot.actions.hellos import set_hello
from bot.errors import Invalid
from bot.scheduling.cadence import FollowUp
from handlers.console.rendering import render
from handlers.console.routing import ConsoleRoute
from handlers.console.session import FetchVisitor, PageVisitor, Visitor, me
from storage.models import Appointment, FamilyHello

router = APIRouter(route_class=ConsoleRoute)

UNITS = {"d": "days", "h": "hours", "m": "minutes"}


@dataclass(frozen=True)
class NoticeRow:
    """A notice to a member as the page lists it."""

    member_id: int
    label: str
    status: str
    due_at: datetime
    reason: str | None


@dataclass(frozen=True)
class FollowUpPanel:
    """What `family_followup.html` shows."""

    follow_up: FollowUp | None
    slots: Sequence[tuple[datetime, datetime]] | None  # None: fetched by the page's script
    notices: Sequence[NoticeRow]
    upcoming: Sequence[Appointment]  # booked, not begun: a reminder can be sent by hand
    hello: FamilyHello | None
    weekdays: Sequence[tuple[int, str]]  # for the hello's form, in the worker's language


def kind_label(t: NullTranslations, kind: str, language: str) -> str:
    """"confirmation", "reminder 1 day before"… in the worker's language."""
    _ = t.gettext
    fixed = {"confirmation": _("confirmation"), "changed": _("notice of the new time"),
             "cancelled": _("notice of cancellation"),
             MANUAL_REMINDER: _("reminder sent by a contact")}
    if kind in fixed:
        return fixed[kind]
    if kind.startswith("reminder_") and kind[-1] in UNITS and kind[9:-1].isdigit():
        before = timedelta(**{UNITS[kind[-1]]: int(kind[9:-1])})
        return _("reminder %(before)s before") % {
            "before": format_timedelta(before, threshold=1, locale=language)}
    return kind


def reason_label(t: NullTranslations, reason: str | None) -> str | None:
    """Why a notice was not sent, in the worker's language where the reason is a fixed one."""
    _ = t.gettext
    fixed = {
        "already past when planned": _("its time had passed when it was planned"),
        "not before the appointment": _("it would have come after the appointment"),
        "too close to a nearer reminder": _("another reminder goes out less than an hour apart"),
        "appointment cancelled": _("the appointment was cancelled"),
        "superseded by a later change": _("a later change replaced it"),
        "no longer planned": _("no longer planned"),
        "quiet hours last until the appointment": _("quiet hours last until the appointment"),
        "the appointment has begun": _("the appointment had begun"),
        "overtaken by a later reminder": _("a later reminder went out instead"),
        "the family asked for another time and has an offer open":
            _("the family asked for another time and is choosing one"),
    }
    return fixed.get(reason, reason) if reason is not None else None


async def followup_panel(v: Visitor, family_id: int, *, slots: bool = False) -> FollowUpPanel:
    """The follow-up section; the times to offer only with `slots` (otherwise the page's script
    fetches them from `followup_slots` after the page: the search is the slow part)."""
    found = await followups.family_follow_up(v.rt, me(v), family_id, slots=slots)
    t = console_i18n.translations(v.language)
    rows = [NoticeRow(n.member_id, kind_label(t, n.kind, v.language), n.status, n.due_at,
                      reason_label(t, n.reason)) for n in found.notices]
    now = v.rt.clock()
    upcoming = [a for a in found.appointments if a.status == "booked" and a.starts_at > now]
    names = get_day_names("wide", locale=v.language)
    return FollowUpPanel(found.follow_up, found.slots if slots else None, rows, upcoming,
                         found.hello, [(day, names[day]) for day in range(7)])


@router.get("/families/{family_id}/followup/slots")
async def followup_slots(family_id: int, v: FetchVisitor) -> Response:
    """The follow-up section's times to offer alone, for the family page's script to put in."""
    found = await followups.family_follow_up(v.rt, me(v), family_id)
    zone = await calendar_queries.family_zone(v.rt, me(v), family_id)
    state = found.follow_up.state if found.follow_up is not None else None
    return render(v, "family_followup_slots.html", zone=zone, family_id=family_id,
                  slots=found.slots, state=state)


@router.post("/families/{family_id}/appointments/{appointment_id}/remind")
async def remind(family_id: int, appointment_id: int, v: PageVisitor,
                 csrf: Annotated[str, Form(max_length=200)] = "") -> Response:
    """Send an appointment's reminder now (the family can answer 1 or 2 to it)."""
    v.check_csrf(csrf)
    worker = me(v)
    await queries.family(v.rt, worker, family_id)  # through bot.access: 404 when out of reach
    await remind_now(v.rt, family_id=family_id, appointment_id=appointment_id,
                     actor_id=worker.id)
    return RedirectResponse(f"/console/families/{family_id}#followup", 303)


@router.post("/families/{family_id}/hello")
async def hello(family_id: int, v: PageVisitor,
                weekday: Annotated[str, Form(max_length=2)] = "",
                at: Annotated[str, Form(max_length=5)] = "",
                csrf: Annotated[str, Form(max_length=200)] = "") -> Response:
    """Set or stop the family's informal "how are you?" between follow-ups."""
    v.check_csrf(csrf)
    worker = me(v)
    await queries.family(v.rt, worker, family_id)
    if not weekday.strip():
        await set_hello(v.rt, family_id=family_id, actor_id=worker.id, weekday=None, at=None)
    else:
        try:
            day, clock = int(weekday), time.fromisoformat(at)
        except ValueError as exc:
            raise Invalid("at: a time such as 16:00, and a weekday") from exc
        await set_hello(v.rt, family_id=family_id, actor_id=worker.id, weekday=day, at=clock)
    return RedirectResponse(f"/console/families/{family_id}#followup", 303)
