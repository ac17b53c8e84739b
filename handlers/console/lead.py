"""The team lead's view: who waits, whose follow-up is late, who carries what, what failed, and
the intake of unknown senders; also the team's canned replies, which leads keep."""

from __future__ import annotations

from typing import Annotated
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Form, Response
from fastapi.responses import RedirectResponse

from bot import access, lead_queries
from bot.actions.canned import delete_canned_reply, save_canned_reply
from bot.actions.deliveries import retry_delivery
from bot.actions.intake import attach
from bot.config import LANGUAGES
from bot.errors import ActionError, Invalid, NotFound
from handlers.console.rendering import render
from handlers.console.routing import ConsoleRoute
from handlers.console.session import FetchVisitor, PageVisitor, Visitor, me, safe_next
from storage.models import Worker

router = APIRouter(route_class=ConsoleRoute)

CsrfField = Annotated[str, Form(max_length=200)]


def _lead(v: Visitor) -> Worker:
    worker = me(v)
    if not access.sees_lead_view(worker):
        raise NotFound("the lead view is for team leads")
    return worker


@router.get("/lead")
async def lead_page(v: PageVisitor, notice: str | None = None) -> Response:
    worker = _lead(v)
    view = await lead_queries.lead_view(v.rt, worker)
    return render(v, "lead.html", zone=ZoneInfo(view.team.timezone), lead=view, notice=notice)


@router.get("/lead/rows")
async def lead_rows(v: FetchVisitor) -> Response:
    """The view's sections alone, for the page's script to swap in when something changed."""
    worker = _lead(v)
    view = await lead_queries.lead_view(v.rt, worker)
    return render(v, "lead_rows.html", zone=ZoneInfo(view.team.timezone), lead=view)


@router.post("/lead/intake/{message_id}/attach")
async def attach_intake(
    message_id: int, v: PageVisitor, member: Annotated[str, Form(max_length=40)] = "",
    keep_address: Annotated[str, Form(max_length=8)] = "", csrf: CsrfField = "",
) -> Response:
    """Attach a stray message (and the sender's others) to the member who sent it."""
    v.check_csrf(csrf)
    worker = _lead(v)
    family_id, _, member_id = member.partition(":")
    if not (family_id.isdigit() and member_id.isdigit()):
        raise Invalid("member: choose the family member who sent the message")
    await attach(v.rt, message_id=message_id, family_id=int(family_id),
                 member_id=int(member_id), keep_address=bool(keep_address), actor=worker)
    return RedirectResponse("/console/lead?notice=attached#intake", 303)


@router.post("/messages/{message_id}/retry")
async def retry(
    message_id: int, v: PageVisitor, csrf: CsrfField = "",
    next: Annotated[str, Form(max_length=200)] = "/console",
) -> Response:
    """Send a failed message again; back to the page the button was on."""
    v.check_csrf(csrf)
    worker = me(v)
    retried = await retry_delivery(v.rt, message_id=message_id, actor_id=worker.id,
                                   source=f"console:{v.client or '-'}")
    back = safe_next(next)
    anchor = "#failed" if back == "/console/lead" else f"#message-{retried.message_id}"
    return RedirectResponse(f"{back}?notice=retried{anchor}", 303)


@router.get("/lead/replies")
async def replies_page(v: PageVisitor, notice: str | None = None) -> Response:
    worker = _lead(v)
    assert worker.team_id is not None
    replies = await lead_queries.canned_replies(v.rt, worker.team_id)
    return render(v, "replies.html", replies=replies, languages=LANGUAGES, notice=notice,
                  error=None, draft=None)


@router.post("/lead/replies")
async def save_reply(
    v: PageVisitor, title: Annotated[str, Form(max_length=400)] = "",
    reply_id: Annotated[str, Form(max_length=20)] = "", csrf: CsrfField = "",
    da: Annotated[str, Form(max_length=6400)] = "", en: Annotated[str, Form(max_length=6400)] = "",
    ar: Annotated[str, Form(max_length=6400)] = "", so: Annotated[str, Form(max_length=6400)] = "",
    tr: Annotated[str, Form(max_length=6400)] = "", uk: Annotated[str, Form(max_length=6400)] = "",
    fa: Annotated[str, Form(max_length=6400)] = "",
) -> Response:
    """Create a canned reply, or change one (`reply_id`)."""
    v.check_csrf(csrf)
    worker = _lead(v)
    assert worker.team_id is not None
    texts = {"da": da, "en": en, "ar": ar, "so": so, "tr": tr, "uk": uk, "fa": fa}
    try:
        await save_canned_reply(
            v.rt, team_id=worker.team_id, title=title, texts=texts, actor_id=worker.id,
            reply_id=int(reply_id) if reply_id.isdigit() else None)
    except NotFound:
        raise
    except ActionError as exc:  # kept on the page with what the lead typed
        replies = await lead_queries.canned_replies(v.rt, worker.team_id)
        return render(v, "replies.html", status=exc.status, replies=replies,
                      languages=LANGUAGES, notice=None, error=exc.detail,
                      draft={"title": title, **texts})
    return RedirectResponse("/console/lead/replies?notice=reply-saved", 303)


@router.post("/lead/replies/{reply_id}/delete")
async def delete_reply(reply_id: int, v: PageVisitor, csrf: CsrfField = "") -> Response:
    v.check_csrf(csrf)
    worker = _lead(v)
    assert worker.team_id is not None
    await delete_canned_reply(v.rt, team_id=worker.team_id, reply_id=reply_id,
                              actor_id=worker.id)
    return RedirectResponse("/console/lead/replies?notice=reply-deleted", 303)
