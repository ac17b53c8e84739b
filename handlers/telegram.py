"""Telegram in: aiogram routers, the webhook endpoint, and long polling with one poller per bot."""

from __future__ import annotations

# Before aiogram: its schemas are then built on first use (about 100 MB less resident).
import bot.channels.telegram_schemas  # noqa: F401

# isort: split

import asyncio
import contextlib
import hashlib
import json
import logging
import secrets
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from aiogram import BaseMiddleware, Bot, Dispatcher, F, Router
from aiogram.enums import ChatMemberStatus, ChatType
from aiogram.exceptions import TelegramAPIError
from aiogram.filters import CommandObject, CommandStart
from aiogram.types import CallbackQuery, ChatMemberUpdated, Message, TelegramObject, Update
from aiogram.types.update import UpdateTypeLookupError
from fastapi import APIRouter, FastAPI, HTTPException, Request
from fastapi.responses import Response
from pydantic import ValidationError
from sqlalchemy import text
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.ext.asyncio import AsyncConnection
from starlette.types import Receive, Scope, Send

from bot import texts
from bot.actions import telegram_links
from bot.actions.appointment_answers import press_button
from bot.actions.inbound import receive
from bot.actions.telegram_replies import answer_chat
from bot.actions.telegram_updates import REPEATED, forget_update, receive_text, seen_update
from bot.channels.telegram import make_bot
from bot.channels.telegram_plain import PlainText, plain_text
from bot.config import LANGUAGES
from bot.runtime import Runtime
from bot.spool import DATABASE_UNAVAILABLE

log = logging.getLogger(__name__)

router = APIRouter(tags=["webhooks"])

WEBHOOK_PATH = "/webhooks/telegram"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
ALLOWED_UPDATES = ["message", "my_chat_member", "callback_query"]  # buttons: reminders
POLL_TIMEOUT = 25  # seconds a getUpdates long poll waits for news
STARTUP_TIMEOUT = 5  # seconds start-up waits for getMe / setWebhook before retrying later
RETRY_SECONDS = (2.0, 5.0, 15.0, 60.0)  # between attempts at getMe / setWebhook
ROLE_RETRY_SECONDS = 15.0  # how often a waiting process asks for the poller role again
ROLE_CHECK_SECONDS = 30.0  # how often the poller checks that it still holds the role
MAX_CODE = 64  # Telegram's limit on a deep-link payload
DB_RETRY_SECONDS = (1.0, 2.0, 5.0, 10.0, 30.0)  # while polling and the database is down


@dataclass(frozen=True)
class TelegramApp:
    """The bot and dispatcher of this process, kept on `app.state.telegram`."""

    bot: Bot
    dp: Dispatcher
    bot_id: int  # the bot's own id, the first part of its token


# ---- the webhook ---------------------------------------------------------------------------


OK = b'{"ok":true}'
RETRY = "update not processed; Telegram will retry it"
_SECRET_NAME = SECRET_HEADER.lower().encode("latin-1")
_JSON = (b"content-type", b"application/json")


async def webhook_asgi(scope: Scope, receive: Receive, send: Send) -> None:
    """`POST /webhooks/telegram` as a plain ASGI app (what `handlers.edge.Edge` calls).

    The webhook is busy, so it skips FastAPI's router and request handler: the same checks and
    answers as `telegram_webhook` below (which documents the route), on the raw headers and body.
    """
    try:
        status, body = await _webhook(scope, lambda: _read(receive))
    except HTTPException as exc:  # as FastAPI's handler for HTTPException answers
        status, body = exc.status_code, _json({"detail": exc.detail})
    await send({"type": "http.response.start", "status": status,
                "headers": [_JSON, (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


@router.post(WEBHOOK_PATH, include_in_schema=True)
async def telegram_webhook(request: Request) -> Response:
    """Telegram's `Update` JSON; the secret header must match; a repeated update counts once.

    A text message from a private chat takes the inbound messages' path straight away (see
    `bot.channels.telegram_plain`); every other update goes through aiogram's dispatcher.
    """
    status, body = await _webhook(request.scope, request.body)
    return Response(body, status_code=status, media_type="application/json")


async def _webhook(scope: Scope, read: Callable[[], Awaitable[bytes]]) -> tuple[int, bytes]:
    """Check, parse and process one update; the answer's status and JSON body (or HTTPException)."""
    app = scope["app"]
    telegram: TelegramApp | None = getattr(app.state, "telegram", None)
    rt: Runtime = app.state.rt
    expected = rt.settings.telegram_webhook_secret
    given = next((value for name, value in scope["headers"] if name == _SECRET_NAME), None)
    if (telegram is None or rt.settings.telegram_mode != "webhook" or expected is None
            or given is None
            or not secrets.compare_digest(given, expected.get_secret_value().encode())):
        raise HTTPException(403, f"missing or wrong {SECRET_HEADER}")
    try:
        data = json.loads(await read())
    except (ValueError, UnicodeDecodeError) as exc:
        raise HTTPException(400, "body: not JSON") from exc
    if not isinstance(data, dict):
        raise HTTPException(400, "body: a Telegram Update object is expected")
    plain = plain_text(data)
    if plain is not None:
        return await _receive_plain(rt, telegram.bot_id, plain)
    try:
        update = Update.model_validate(data, context={"bot": telegram.bot})
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}"
                             for e in exc.errors()[:5])
        raise HTTPException(400, f"not a Telegram Update: {problems}") from exc
    try:
        update.event_type  # noqa: B018 - raises for an update with no event aiogram knows
    except UpdateTypeLookupError:
        # Nothing here for us (found by fuzzing): answered 200, or Telegram would retry it.
        return 200, _json({"ok": True, "ignored": "no event this service handles"})
    try:
        await telegram.dp.feed_update(telegram.bot, update)
    except Exception:
        log.exception("Telegram update %s failed", update.update_id)
        # A non-2xx answer makes Telegram deliver the update again; it was forgotten meanwhile.
        return 503, _json({"detail": RETRY})
    return 200, OK


async def _read(receive: Receive) -> bytes:
    """The whole request body (`handlers.edge.Edge` has already limited its size)."""
    chunks = []
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def _json(content: object) -> bytes:
    """As FastAPI's JSONResponse renders it."""
    return json.dumps(content, ensure_ascii=False, separators=(",", ":")).encode()


async def _receive_plain(rt: Runtime, bot_id: int, plain: PlainText) -> tuple[int, bytes]:
    """A text message from a private chat: stored with its update id; a stranger is answered.

    Does what the dispatcher's `text_message` handler under `OncePerUpdate` does, in one
    transaction (group commit) instead of two.
    """
    try:
        received = await receive_text(rt, bot_id=bot_id, update_id=plain.update_id,
                                      chat_id=plain.chat_id, message_id=plain.message_id,
                                      text=plain.text)
    except Exception:
        # Nothing was stored, the update id included: Telegram's next delivery counts.
        log.exception("Telegram update %s failed", plain.update_id)
        return 503, _json({"detail": RETRY})
    if received is REPEATED:
        log.info("Telegram update %s seen before; skipped", plain.update_id)
    elif not received.duplicate and received.family_id is None:
        try:
            await answer_chat(rt, chat_id=plain.chat_id, text=texts.telegram_unknown_chat,
                              language=_language_of(rt, plain.language_code),
                              once_a_day="telegram_unknown_chat")
        except Exception:
            log.exception("Telegram update %s failed", plain.update_id)
            # As the dispatcher's way does: forgotten (shielded: even when cancelled), so that
            # Telegram's next delivery counts; the message itself is then a duplicate.
            with contextlib.suppress(Exception):
                await asyncio.shield(forget_update(rt, bot_id=bot_id,
                                                   update_id=plain.update_id))
            return 503, _json({"detail": RETRY})
    return 200, OK


# ---- the dispatcher ------------------------------------------------------------------------


class OncePerUpdate(BaseMiddleware):
    """Outer middleware: an `update_id` already seen is skipped; a failed one is forgotten.

    While polling, an update that fails because the database is unavailable is tried again
    and again: the poll waits meanwhile, so Telegram keeps it and the ones after it (for a
    day). A webhook answers 503 instead and Telegram delivers the update again.
    """

    async def __call__(
        self, handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject, data: dict[str, Any],
    ) -> Any:
        assert isinstance(event, Update)
        attempt = 0
        while True:
            try:
                return await self._once(handler, event, data)
            except DATABASE_UNAVAILABLE as exc:
                if not data.get("polling") or isinstance(exc, IntegrityError | DataError):
                    raise
                delay = DB_RETRY_SECONDS[min(attempt, len(DB_RETRY_SECONDS) - 1)]
                attempt += 1
                log.warning("database unavailable (%s); Telegram update %s tried again in %ss",
                            type(exc).__name__, event.update_id, delay)
                await asyncio.sleep(delay)

    @staticmethod
    async def _once(
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: Update, data: dict[str, Any],
    ) -> Any:
        rt: Runtime = data["rt"]
        bot: Bot = data["bot"]
        if await seen_update(rt, bot_id=bot.id, update_id=event.update_id):
            log.info("Telegram update %s seen before; skipped", event.update_id)
            return None
        try:
            return await handler(event, data)
        except BaseException:
            # Shielded: even a cancelled update must not stay marked as done.
            await asyncio.shield(forget_update(rt, bot_id=bot.id, update_id=event.update_id))
            raise


def build_dispatcher(rt: Runtime) -> Dispatcher:
    """A dispatcher of one small router per concern, with the runtime injected as `rt`."""
    dp = Dispatcher()
    dp["rt"] = rt
    dp.update.outer_middleware(OncePerUpdate())
    dp.include_routers(_links_router(), _membership_router(), _messages_router(),
                       _buttons_router())
    return dp


def _links_router() -> Router:
    links = Router(name="telegram-links")
    links.message.filter(F.chat.type == ChatType.PRIVATE)

    @links.message(CommandStart(deep_link=True))
    async def start_with_code(message: Message, command: CommandObject, rt: Runtime) -> None:
        code = (command.args or "").strip()
        bound = (await telegram_links.redeem(rt, code=code, chat_id=message.chat.id)
                 if len(code) <= MAX_CODE else None)
        if bound is None:
            await answer_chat(rt, chat_id=message.chat.id, text=texts.telegram_link_invalid,
                              language=_language(rt, message))
            return
        team = bound.team_name
        await answer_chat(rt, chat_id=message.chat.id,
                          text=lambda language: texts.telegram_linked(language, team=team),
                          language=bound.language)

    @links.message(CommandStart())
    async def start(message: Message, rt: Runtime) -> None:
        # Pressing Start again in a bound chat needs no answer; a stranger learns how to connect.
        await answer_chat(rt, chat_id=message.chat.id, text=texts.telegram_unknown_chat,
                          language=_language(rt, message), once_a_day="telegram_unknown_chat",
                          unknown_only=True)

    return links


def _membership_router() -> Router:
    membership = Router(name="telegram-membership")
    membership.my_chat_member.filter(F.chat.type == ChatType.PRIVATE)

    @membership.my_chat_member()
    async def status_changed(event: ChatMemberUpdated, rt: Runtime) -> None:
        status = event.new_chat_member.status
        if status == ChatMemberStatus.KICKED:
            await telegram_links.mark_blocked(rt, chat_id=event.chat.id,
                                              reason=telegram_links.BLOCKED_REASON)
        elif status == ChatMemberStatus.MEMBER:
            await telegram_links.mark_unblocked(rt, chat_id=event.chat.id)

    return membership


def _buttons_router() -> Router:
    """A member pressed a reminder's button (confirm / another time) or an offered time."""
    buttons = Router(name="telegram-buttons")

    @buttons.callback_query()
    async def pressed(query: CallbackQuery, rt: Runtime) -> None:
        chat = query.message.chat if query.message is not None else None
        if chat is not None and chat.type == ChatType.PRIVATE and query.data:
            await press_button(rt, chat_id=chat.id, data=query.data, callback_id=query.id)
        # Telegram shows a spinner on the button until the query is answered.
        await query.answer()

    return buttons


def _messages_router() -> Router:
    messages = Router(name="telegram-messages")
    messages.message.filter(F.chat.type == ChatType.PRIVATE)

    @messages.message(F.text)
    async def text_message(message: Message, rt: Runtime) -> None:
        # No database stores NUL in text; keep the rest of the message.
        await _receive(rt, message, (message.text or "").replace("\x00", "\ufffd"))

    @messages.message()
    async def other_message(message: Message, rt: Runtime) -> None:
        await _receive(rt, message, describe(message))

    return messages


async def _receive(rt: Runtime, message: Message, body: str) -> None:
    chat_id = message.chat.id
    received = await receive(rt, channel="telegram", sender=str(chat_id), body=body,
                             provider_id=f"{chat_id}:{message.message_id}")
    if not received.duplicate and received.family_id is None:
        await answer_chat(rt, chat_id=chat_id, text=texts.telegram_unknown_chat,
                          language=_language(rt, message), once_a_day="telegram_unknown_chat")


def describe(message: Message) -> str:
    """A stand-in body for what is not text (photo, voice, sticker…), with its caption."""
    kind = getattr(message.content_type, "value", str(message.content_type))
    label = f"[{kind}]"
    if message.sticker is not None and message.sticker.emoji:
        label = f"[sticker {message.sticker.emoji}]"
    elif message.document is not None and message.document.file_name:
        label = f"[document {message.document.file_name}]"
    elif message.location is not None:
        label = f"[location {message.location.latitude:.5f},{message.location.longitude:.5f}]"
    elif message.contact is not None:
        label = f"[contact {message.contact.first_name} {message.contact.phone_number}]"
    return f"{label} {message.caption}" if message.caption else label


def _language(rt: Runtime, message: Message) -> str:
    """The person's Telegram language when we speak it, else the configured default."""
    return _language_of(rt, message.from_user.language_code if message.from_user else None)


def _language_of(rt: Runtime, code: str | None) -> str:
    """A Telegram `language_code` ("da", "pt-br") when we speak it, else the default."""
    language = (code or "").split("-")[0].lower()
    return language if language in LANGUAGES else rt.settings.default_language


# ---- start-up and polling ------------------------------------------------------------------


async def start_telegram(app: FastAPI, rt: Runtime, stop: asyncio.Event,
                         *, polling: bool) -> list[asyncio.Task[Any]]:
    """Build the bot and dispatcher, learn the bot's name, and start webhook or polling."""
    bot = make_bot(rt.settings)
    dp = build_dispatcher(rt)
    app.state.telegram = TelegramApp(bot, dp, bot.id)
    tasks: list[asyncio.Task[Any]] = []

    async def learn_name() -> None:
        me = await bot.get_me(request_timeout=STARTUP_TIMEOUT)
        rt.telegram_username = me.username

    tasks.extend(await _now_or_later("getMe", learn_name, stop))
    if rt.settings.telegram_mode == "webhook":
        tasks.extend(await _now_or_later("setWebhook", lambda: _set_webhook(rt, bot), stop))
    elif polling:
        tasks.append(asyncio.create_task(_poll(rt, bot, dp, stop), name="telegram-polling"))
    tasks.append(asyncio.create_task(_close_when_stopped(bot, stop), name="telegram-close"))
    return tasks


async def _set_webhook(rt: Runtime, bot: Bot) -> None:
    secret = rt.settings.telegram_webhook_secret
    assert secret is not None  # Settings refuse webhook mode without one
    await bot.set_webhook(f"{rt.settings.public_url}{WEBHOOK_PATH}",
                          secret_token=secret.get_secret_value(),
                          allowed_updates=ALLOWED_UPDATES, request_timeout=STARTUP_TIMEOUT)


async def _now_or_later(
    what: str, call: Callable[[], Awaitable[None]], stop: asyncio.Event,
) -> list[asyncio.Task[None]]:
    """Try `call` once now; if Telegram is unreachable, keep trying in the background."""
    try:
        await call()
        return []
    except Exception as exc:  # noqa: BLE001 - start-up must survive any Telegram trouble
        log.warning("Telegram %s failed at start-up (%s); retrying in the background", what, exc)
    return [asyncio.create_task(_retry(what, call, stop), name=f"telegram-{what}")]


async def _retry(what: str, call: Callable[[], Awaitable[None]], stop: asyncio.Event) -> None:
    attempt = 0
    while not await _sleep_unless(stop, RETRY_SECONDS[min(attempt, len(RETRY_SECONDS) - 1)]):
        attempt += 1
        try:
            await call()
            log.info("Telegram %s succeeded after %d retries", what, attempt)
            return
        except Exception as exc:  # noqa: BLE001
            log.warning("Telegram %s failed again (%s)", what, exc)


async def _close_when_stopped(bot: Bot, stop: asyncio.Event) -> None:
    try:
        await stop.wait()
    finally:
        await bot.session.close()


async def _poll(rt: Runtime, bot: Bot, dp: Dispatcher, stop: asyncio.Event) -> None:
    """Long-poll while this process holds the poller role; ask for it again while others do."""
    while not stop.is_set():
        try:
            async with _poller_role(rt, bot.id) as role:
                if role is not None:
                    await _poll_while_held(bot, dp, stop, role)
                    continue
                log.info("another process polls Telegram; asking again in %ss",
                         ROLE_RETRY_SECONDS)
        except TelegramAPIError as exc:  # Telegram unreachable or refusing: say so briefly
            log.warning("Telegram polling stopped (%s); restarting in %ss", exc,
                        ROLE_RETRY_SECONDS)
        except Exception:
            log.exception("Telegram polling stopped; restarting in %ss", ROLE_RETRY_SECONDS)
        await _sleep_unless(stop, ROLE_RETRY_SECONDS)


async def _poll_while_held(bot: Bot, dp: Dispatcher, stop: asyncio.Event, role: _Role) -> None:
    await bot.delete_webhook(drop_pending_updates=False, request_timeout=STARTUP_TIMEOUT)
    # One update at a time: a person's messages are stored in the order they were written,
    # and an update is confirmed to Telegram only after it was processed.
    polling = asyncio.create_task(dp.start_polling(
        bot, handle_signals=False, close_bot_session=False, handle_as_tasks=False,
        allowed_updates=ALLOWED_UPDATES, polling_timeout=POLL_TIMEOUT, polling=True))
    stopped = asyncio.create_task(stop.wait())
    lost = asyncio.create_task(role.lost())
    try:
        await asyncio.wait({polling, stopped, lost}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        stopped.cancel()
        lost.cancel()
        await _halt(dp, polling)
    if lost.done() and not lost.cancelled():
        log.warning("lost the Telegram poller role; polling stopped")
    if not polling.cancelled():
        polling.result()  # a crash of the poller is raised here and logged by the caller


async def _halt(dp: Dispatcher, polling: asyncio.Task[None]) -> None:
    """Stop aiogram's polling through its own signal, so its inner tasks end too."""
    if not polling.done():
        try:
            await dp.stop_polling()
        except RuntimeError:  # not started yet
            polling.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await asyncio.wait({polling})


class _Role:
    """The poller role of this process; `lost()` returns if it is lost (never on SQLite)."""

    def __init__(self, conn: AsyncConnection | None) -> None:
        self.conn = conn

    async def lost(self) -> None:
        if self.conn is None:
            await asyncio.Event().wait()
            return
        while True:
            await asyncio.sleep(ROLE_CHECK_SECONDS)
            try:
                await self.conn.scalar(text("SELECT 1"))
            except Exception:  # noqa: BLE001 - a dead connection has released the lock
                return


@contextlib.asynccontextmanager
async def _poller_role(rt: Runtime, bot_id: int) -> AsyncIterator[_Role | None]:
    """On PostgreSQL, a session advisory lock per bot held on its own connection; else just yes.

    Telegram answers 409 to a second poller of the same bot, so exactly one process may poll.
    """
    if rt.db.dialect != "postgresql":
        yield _Role(None)
        return
    conn = await rt.db.engine.connect()
    try:
        conn = await conn.execution_options(isolation_level="AUTOCOMMIT")
        key = _lock_key(bot_id)
        held = bool(await conn.scalar(text("SELECT pg_try_advisory_lock(:key)"), {"key": key}))
        try:
            yield _Role(conn) if held else None
        finally:
            if held:
                with contextlib.suppress(Exception):
                    await conn.scalar(text("SELECT pg_advisory_unlock(:key)"), {"key": key})
    finally:
        await conn.close()


def _lock_key(bot_id: int) -> int:
    """A stable signed 64-bit advisory lock key for this bot's poller."""
    digest = hashlib.sha256(f"opgang:telegram-poller:{bot_id}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


async def _sleep_unless(stop: asyncio.Event, seconds: float) -> bool:
    """Sleep `seconds` or until `stop`; True when stopped."""
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(stop.wait(), seconds)
    return stop.is_set()
