"""Canned replies: a team's ready-made answers, one version per family language, kept by leads."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from bot import access, audit
from bot.actions.outbound import MAX_BODY
from bot.config import LANGUAGES
from bot.errors import Conflict, Forbidden, Invalid, NotFound
from bot.events import Event
from bot.runtime import Runtime
from storage.models import CannedReply, CannedReplyText, Worker

MAX_TITLE = 100


def _clean(title: str, texts: Mapping[str, str]) -> tuple[str, dict[str, str]]:
    title = " ".join(title.split())
    if not title:
        raise Invalid("title: a canned reply needs a title")
    if len(title) > MAX_TITLE:
        raise Invalid(f"title: at most {MAX_TITLE} characters")
    kept: dict[str, str] = {}
    for language, body in texts.items():
        if language not in LANGUAGES:
            raise Invalid(f"texts: unsupported language {language!r}; "
                          f"use one of {', '.join(LANGUAGES)}")
        body = body.strip()
        if len(body) > MAX_BODY:
            raise Invalid(f"texts.{language}: at most {MAX_BODY} characters")
        if body:
            kept[language] = body
    if not kept:
        raise Invalid("texts: write the reply in at least one language")
    return title, kept


async def _manager(rt: Runtime, actor_id: int, team_id: int) -> None:
    async with rt.db.reading() as session:
        actor = await session.get(Worker, actor_id)
    if actor is None or not access.may_manage_team(actor, team_id):
        raise Forbidden("only an admin or the team's lead may change its canned replies")


async def save_canned_reply(
    rt: Runtime, *, team_id: int, title: str, texts: Mapping[str, str], actor_id: int,
    reply_id: int | None = None,
) -> CannedReply:
    """Create a canned reply, or (with `reply_id`) replace its title and texts."""
    title, kept = _clean(title, texts)
    await _manager(rt, actor_id, team_id)
    try:
        async with rt.db.transaction() as session:
            if reply_id is None:
                reply = CannedReply(team_id=team_id, title=title, created_by=actor_id,
                                    created_at=rt.clock())
                session.add(reply)
            else:
                found = await session.get(CannedReply, reply_id)
                if found is None or found.team_id != team_id:
                    raise NotFound(f"canned reply {reply_id} not found")
                reply = found
                reply.title = title
            reply.texts = [CannedReplyText(language=lang, body=body)
                           for lang, body in sorted(kept.items())]
            await session.flush()
            audit.record(session, action="canned.save", actor_id=actor_id, team_id=team_id,
                         reply_id=reply.id, languages=sorted(kept))
    except IntegrityError as exc:  # the unique (team, title) caught it
        raise Conflict(f"title: the team already has a canned reply called {title!r}") from exc
    rt.events.publish(Event("canned", team_id, None, {"id": reply.id}))
    return reply


async def delete_canned_reply(rt: Runtime, *, team_id: int, reply_id: int, actor_id: int) -> None:
    """Remove a canned reply (messages already sent with it are not touched)."""
    await _manager(rt, actor_id, team_id)
    async with rt.db.transaction() as session:
        reply = await session.scalar(select(CannedReply).where(
            CannedReply.id == reply_id, CannedReply.team_id == team_id))
        if reply is None:
            raise NotFound(f"canned reply {reply_id} not found")
        await session.delete(reply)
        audit.record(session, action="canned.delete", actor_id=actor_id, team_id=team_id,
                     reply_id=reply_id, title=reply.title)
    rt.events.publish(Event("canned", team_id, None, {"id": reply_id}))


def text_for(texts: Mapping[str, str], language: str, default: str) -> str | None:
    """The version a member reads: their language, else the team's default (Danish), else
    English, else any; None when the reply has no text at all."""
    for candidate in (language, default, "en"):
        if candidate in texts:
            return texts[candidate]
    return next(iter(sorted(texts.items())), (None, None))[1]
