"""The family page: one timeline over all members and channels, the reply box, notes, handover."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Annotated
from zoneinfo import ZoneInfo

import phonenumbers
from babel.support import NullTranslations
from fastapi import APIRouter, Form, Response
from fastapi.responses import RedirectResponse
from markupsafe import Markup, escape

from bot import console_i18n, console_queries, lead_queries, queries
from bot.actions.canned import text_for
from bot.actions.families import update_family
from bot.actions.notes import MAX_NOTE, add_note
from bot.actions.outbound import MAX_BODY, send
from bot.errors import ActionError, Invalid, NotFound
from bot.sms_segments import segments
from handlers.console import labels
from handlers.console.calendar import calendar_panel
from handlers.console.followups import followup_panel
from handlers.console.rendering import render
from handlers.console.requests import family_panel
from handlers.console.routing import ConsoleRoute
from handlers.console.session import FetchVisitor, PageVisitor, Visitor, me
from storage.models import CannedReply, Family, Member

router = APIRouter(route_class=ConsoleRoute)

CsrfField = Annotated[str, Form(max_length=200)]
VERSION_HEADER = "X-Timeline-Version"


@dataclass(frozen=True)
class Reach:
    """One way to reach a member, as the page shows it."""

    channel: str
    shown: str
    usable: bool
    state: str | None  # "opted_out" | "inactive" | None


@dataclass(frozen=True)
class MemberView:
    """A member with their language, their addresses and whether SMS reaches them."""

    id: int
    name: str
    role: str
    language: str
    reach: list[Reach]

    @property
    def opted_out(self) -> bool:
        return any(r.state == "opted_out" for r in self.reach)

    @property
    def reachable(self) -> bool:
        return any(r.usable for r in self.reach)


@dataclass
class Drafts:
    """What the worker typed, kept when a form comes back with an error."""

    reply: str = ""
    reply_error: str | None = None
    member_id: int | None = None
    channel: str = ""
    note: str = ""
    note_error: str | None = None
    handover_error: str | None = None
    handover_note: str = ""
    calendar_error: str | None = None


def _shown_phone(value: str) -> str:
    try:
        return phonenumbers.format_number(phonenumbers.parse(value),
                                          phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    except phonenumbers.NumberParseException:
        return value


def _member(member: Member) -> MemberView:
    reach = []
    for address in member.addresses:
        state = ("inactive" if not address.active
                 else "opted_out" if address.opted_out else None)
        if address.kind == "phone":
            reach.append(Reach("sms", _shown_phone(address.value), state is None, state))
        else:
            reach.append(Reach("telegram", "Telegram", state is None, state))
    return MemberView(member.id, member.name, member.role, member.language, reach)


def _options(choices: list[tuple[int, str]], selected: int | None) -> Markup:
    """<option>s built once in Python: a team of hundreds made the handover's two lists the
    slowest part of rendering the page (bench/console_scale.py)."""
    return Markup("".join(
        f'<option value="{id_}"{" selected" if id_ == selected else ""}>{escape(label)}</option>'
        for id_, label in choices))


def _handover(context: console_queries.FamilyContext, t: NullTranslations,
              ) -> tuple[Markup, Markup]:
    """The options of the handover form's primary and partner lists."""
    contacts = context.contacts()
    roles = {role: labels.role(t, role) for role in {c.role for c in contacts}}
    choices = [(c.id, f"{c.name} ({roles[c.role]})") for c in contacts]
    family = context.family
    return _options(choices, family.primary_id), _options(choices, family.partner_id)


def _source(v: Visitor) -> str:
    return f"console:{v.client or '-'}"


def _canned(replies: list[CannedReply], members: list[MemberView], default: str,
            ) -> tuple[list[tuple[int, str]], str]:
    """The team's canned replies (id, title) and, as JSON for the reply box's script, the text
    each member would get: {reply id: {member id: text in the member's language}}."""
    texts: dict[str, dict[str, str]] = {}
    for reply in replies:
        versions = {t.language: t.body for t in reply.texts}
        texts[str(reply.id)] = {str(m.id): text for m in members
                                if (text := text_for(versions, m.language, default)) is not None}
    return [(r.id, r.title) for r in replies], json.dumps(texts, ensure_ascii=False)


async def _page(v: Visitor, family_id: int, *, status: int = 200, notice: str | None = None,
                drafts: Drafts | None = None, before: int | None = None,
                slots: bool = False) -> Response:
    worker = me(v)
    found = await console_queries.family_page(v.rt, worker, family_id, source=_source(v),
                                              before=before)
    context, timeline = found.context, found.timeline
    members = [_member(m) for m in context.family.members]
    canned, canned_texts = _canned(await lead_queries.canned_replies(v.rt, context.team.id),
                                   members, v.rt.settings.default_language)
    drafts = drafts or Drafts()
    chosen = drafts.member_id or timeline.last_writer() or next(
        (m.id for m in members if m.reachable), None)
    t = console_i18n.translations(v.language)
    counted = segments(drafts.reply)
    return render(
        v, "family.html", status=status, zone=ZoneInfo(context.team.timezone),
        context=context, family=context.family, timeline=timeline, members=members,
        chosen_member=chosen, channels=v.rt.channels, version=found.version, drafts=drafts,
        notice=notice, canned=canned, canned_texts=canned_texts,
        routing=await family_panel(v, family_id),
        calendar=await calendar_panel(v, family_id, notice=notice, error=drafts.calendar_error,
                                      slots=slots),
        followup=await followup_panel(v, family_id, slots=slots),
        handover=_handover(context, t),
        segments_label=labels.segments(t, drafts.reply, counted),
        segments_warning=labels.segments_warning(t), segments_warn=counted.count > 2,
        max_body=MAX_BODY, max_note=MAX_NOTE)


@router.get("/families/{family_id}")
async def family_page(family_id: int, v: PageVisitor, notice: str | None = None,
                      before: int | None = None, slots: str = "") -> Response:
    """The family page; `before` shows the messages older than that one (a page back).

    The free times (calendar and follow-up) are searched after the page, by its script;
    `slots=1` searches them for the page itself (the link shown where the script does not run).
    """
    return await _page(v, family_id, notice=notice, before=before, slots=slots == "1")


@router.get("/families/{family_id}/timeline")
async def family_timeline(family_id: int, v: FetchVisitor, known: str | None = None) -> Response:
    """The timeline alone, for the page's script to swap in; 204 when `known` is still current.

    The version check reads no message text, so a page that reconnects does not re-read (and
    audit) a conversation that has not changed.
    """
    worker = me(v)
    version = await console_queries.timeline_version(v.rt, worker, family_id)
    if known == version:
        return Response(status_code=204, headers={VERSION_HEADER: version})
    found = await console_queries.family_page(v.rt, worker, family_id, source=_source(v))
    response = render(v, "timeline.html", zone=ZoneInfo(found.context.team.timezone),
                      context=found.context, family=found.context.family,
                      timeline=found.timeline)
    response.headers[VERSION_HEADER] = found.version
    return response


def _int(value: str, field: str) -> int | None:
    if not value.strip():
        return None
    if not value.strip().isdigit():
        raise Invalid(f"{field}: {value!r} is not an id")
    return int(value)


@router.post("/families/{family_id}/messages")
async def reply(
    family_id: int, v: PageVisitor, body: Annotated[str, Form(max_length=4 * MAX_BODY)] = "",
    member_id: Annotated[str, Form(max_length=20)] = "",
    channel: Annotated[str, Form(max_length=20)] = "", csrf: CsrfField = "",
) -> Response:
    v.check_csrf(csrf)
    worker = me(v)
    await queries.family(v.rt, worker, family_id)
    drafts = Drafts(reply=body, channel=channel)
    try:
        drafts.member_id = _int(member_id, "member_id")
        await send(v.rt, family_id=family_id, body=body, member_id=drafts.member_id,
                   channel=channel or None, author_id=worker.id, source=_source(v))
    except NotFound:
        raise
    except ActionError as exc:
        drafts.reply_error = exc.detail
        return await _page(v, family_id, status=exc.status, drafts=drafts)
    return RedirectResponse(f"/console/families/{family_id}?notice=sent#reply", 303)


@router.post("/families/{family_id}/notes")
async def note(
    family_id: int, v: PageVisitor, body: Annotated[str, Form(max_length=4 * MAX_NOTE)] = "",
    csrf: CsrfField = "",
) -> Response:
    v.check_csrf(csrf)
    worker = me(v)
    await queries.family(v.rt, worker, family_id)
    try:
        await add_note(v.rt, family_id=family_id, author_id=worker.id, body=body)
    except NotFound:
        raise
    except ActionError as exc:
        return await _page(v, family_id, status=exc.status,
                           drafts=Drafts(note=body, note_error=exc.detail))
    return RedirectResponse(f"/console/families/{family_id}?notice=noted#note", 303)


@router.post("/families/{family_id}/handover")
async def handover(
    family_id: int, v: PageVisitor, primary_id: Annotated[str, Form(max_length=20)] = "",
    partner_id: Annotated[str, Form(max_length=20)] = "",
    note: Annotated[str, Form(max_length=2000)] = "", csrf: CsrfField = "",
) -> Response:
    v.check_csrf(csrf)
    worker = me(v)
    family: Family = await queries.family(v.rt, worker, family_id)
    try:
        primary = _int(primary_id, "primary_id")
        partner = _int(partner_id, "partner_id")
        if primary is None or partner is None:
            raise Invalid("contacts: choose both a primary and a partner contact")
        await update_family(v.rt, family_id=family_id, actor_id=worker.id,
                            contacts=[primary, partner], note=note.strip() or None)
    except NotFound:
        raise
    except ActionError as exc:
        return await _page(v, family.id, status=exc.status,
                           drafts=Drafts(handover_error=exc.detail, handover_note=note))
    if await console_queries.may_see_family(v.rt, worker, family_id):
        return RedirectResponse(f"/console/families/{family_id}?notice=handed-over", 303)
    # The old contact has just lost access: the family page would now answer 404.
    return RedirectResponse("/console?notice=handed-away", 303)


async def render_with_calendar_error(v: Visitor, family_id: int, exc: ActionError) -> Response:
    """The family page again, with the calendar form's error shown in its section."""
    return await _page(v, family_id, status=exc.status, drafts=Drafts(calendar_error=exc.detail))
