"""A fake Telegram Bot API on loopback, as the real aiogram `Bot` sees it.

`POST /bot<token>/<method>` with form fields (what aiogram's `AiohttpSession` sends: urlencoded,
or multipart with files; lists and objects as JSON text) or a JSON body. It answers like the real
API: `{"ok": true, "result": …}`, or `{"ok": false, "error_code": …, "description": …,
"parameters": {"retry_after": …}}` with the same HTTP status. Implemented: getMe, getUpdates (long
polling over a queue of updates the test pushes, confirmed by `offset`; a second concurrent
poller gets 409 as on Telegram), sendMessage (recorded with its inline keyboard; scriptable
429 / 403 / 400), answerCallbackQuery (recorded), setWebhook, deleteWebhook and getWebhookInfo.
It can be down for a while: refusing connections (`refuse`, then `listen`).
"""

from __future__ import annotations

import asyncio
import json
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from tests.fakes.loopback import Loopback

TOKEN = "7123456789:ABC-DEF1234ghIkl-zyx57W2v1u123ew11"
BOT_ID = 7123456789
BOT_USERNAME = "OpgangTestBot"
MAX_TEXT = 4096
JSON_FIELDS = {"allowed_updates", "reply_markup", "entities", "link_preview_options",
               "reply_parameters"}  # form fields aiogram sends as JSON text


@dataclass(frozen=True)
class Answer:
    """One scripted error answer of sendMessage: HTTP status, description, retry_after."""

    status: int
    description: str
    retry_after: int | None = None


def too_many_requests(retry_after: int) -> Answer:
    """429 with `parameters.retry_after`, as Telegram's flood control answers."""
    return Answer(429, f"Too Many Requests: retry after {retry_after}", retry_after)


def blocked() -> Answer:
    """403: the person blocked the bot."""
    return Answer(403, "Forbidden: bot was blocked by the user")


def chat_not_found() -> Answer:
    """400: no such chat (it never talked to the bot, or the account is gone)."""
    return Answer(400, "Bad Request: chat not found")


def server_error() -> Answer:
    """500: Telegram had an internal error."""
    return Answer(500, "Internal Server Error")


@dataclass
class Sent:
    """A message the bot sent, as the fake recorded it."""

    chat_id: int
    text: str
    message_id: int
    at: float  # time.monotonic() when accepted
    reply_markup: dict[str, Any] | None = None  # an inline keyboard, as sent


@dataclass
class FakeTelegram(Loopback):
    """The fake server; `async with FakeTelegram() as fake:` runs it on 127.0.0.1, a free port."""

    token: str = TOKEN
    username: str = BOT_USERNAME
    sent: list[Sent] = field(default_factory=list)
    """Every message accepted by sendMessage."""
    attempts: list[tuple[int, float]] = field(default_factory=list)
    """Every sendMessage call: (chat id, time.monotonic())."""
    calls: list[str] = field(default_factory=list)
    """Every method called, in order."""
    webhook: dict[str, Any] = field(default_factory=dict)
    """The last setWebhook parameters (empty after deleteWebhook)."""
    handed_out: list[int] = field(default_factory=list)
    """The update ids getUpdates returned, every time it returned them."""
    conflicts: int = 0
    answered_callbacks: list[dict[str, Any]] = field(default_factory=list)
    """Every answerCallbackQuery call's parameters."""
    """getUpdates calls refused with 409 because another poll was running."""
    blocked_chats: set[int] = field(default_factory=set)
    """Chats that answer 403 blocked to every sendMessage."""
    url: str = ""
    _script: deque[Answer] = field(default_factory=deque)
    _updates: list[dict[str, Any]] = field(default_factory=list)
    _news: asyncio.Event = field(default_factory=asyncio.Event)
    _polling: int = 0
    _closing: bool = False
    _next_message_id: int = 500
    _runner: web.AppRunner | None = None
    _site: web.TCPSite | None = None

    # ---- what a test does

    def fail_next(self, *answers: Answer) -> None:
        """Answer the next sendMessage calls with these errors, in order, then succeed again."""
        self._script.extend(answers)

    def push(self, *updates: dict[str, Any]) -> None:
        """Queue updates for getUpdates, as if people had written to the bot."""
        self._updates.extend(updates)
        self._news.set()

    @property
    def pending(self) -> list[dict[str, Any]]:
        """Updates not yet confirmed by a poller."""
        return list(self._updates)

    def to(self, chat_id: int) -> list[str]:
        """The texts sent to `chat_id`, in order."""
        return [m.text for m in self.sent if m.chat_id == chat_id]

    def polled(self) -> int:
        """How many getUpdates calls arrived (answered or refused)."""
        return self.calls.count("getupdates")

    # ---- the server

    async def __aenter__(self) -> FakeTelegram:
        app = web.Application()
        app.router.add_post("/bot{token}/{method}", self._dispatch)
        await self._serve(app)
        return self

    async def __aexit__(self, *exc: object) -> None:
        self._closing = True
        self._news.set()
        await self._stop()

    async def _dispatch(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return _error(401, "Unauthorized")
        method = request.match_info["method"].lower()  # Telegram ignores the case
        self.calls.append(method)
        params = await _params(request)
        handler = {
            "getme": self._get_me, "getupdates": self._get_updates,
            "sendmessage": self._send_message, "setwebhook": self._set_webhook,
            "deletewebhook": self._delete_webhook, "getwebhookinfo": self._webhook_info,
            "answercallbackquery": self._answer_callback,
        }.get(method)
        if handler is None:
            return _error(404, "Not Found: method not found")
        return await handler(params)

    async def _get_me(self, params: dict[str, Any]) -> web.Response:
        return _ok({"id": int(self.token.split(":")[0]), "is_bot": True,
                    "first_name": "Opgang", "username": self.username,
                    "can_join_groups": False, "can_read_all_group_messages": False,
                    "supports_inline_queries": False})

    async def _get_updates(self, params: dict[str, Any]) -> web.Response:
        if self.webhook:
            return _error(409, "Conflict: can't use getUpdates method while webhook is active; "
                               "use deleteWebhook to delete the webhook first")
        if self._polling:
            self.conflicts += 1
            return _error(409, "Conflict: terminated by other getUpdates request; make sure "
                               "that only one bot instance is running")
        self._polling += 1
        try:
            offset = int(params.get("offset") or 0)
            if offset:  # confirms every update below the offset, as Telegram does
                self._updates = [u for u in self._updates if u["update_id"] >= offset]
            # Short waits keep tests quick; a real poll would wait up to `timeout` seconds.
            deadline = time.monotonic() + min(float(params.get("timeout") or 0), 1.0)
            while not self._updates and not self._closing:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                self._news.clear()
                try:
                    await asyncio.wait_for(self._news.wait(), remaining)
                except TimeoutError:
                    break
            batch = self._updates[:int(params.get("limit") or 100)]
            self.handed_out.extend(u["update_id"] for u in batch)
            return _ok(batch)
        finally:
            self._polling -= 1

    async def _send_message(self, params: dict[str, Any]) -> web.Response:
        try:
            chat_id = int(params["chat_id"])
        except (KeyError, ValueError):
            return _error(400, "Bad Request: chat_id is empty")
        self.attempts.append((chat_id, time.monotonic()))
        text = str(params.get("text") or "")
        if self._script:
            answer = self._script.popleft()
            return _error(answer.status, answer.description, answer.retry_after)
        if chat_id in self.blocked_chats:
            return _error(403, "Forbidden: bot was blocked by the user")
        if not text.strip():
            return _error(400, "Bad Request: message text is empty")
        if len(text.encode("utf-16-le")) // 2 > MAX_TEXT:
            return _error(400, "Bad Request: message is too long")
        self._next_message_id += 1
        self.sent.append(Sent(chat_id, text, self._next_message_id, time.monotonic(),
                              params.get("reply_markup")))
        return _ok({
            "message_id": self._next_message_id,
            "from": {"id": int(self.token.split(":")[0]), "is_bot": True,
                     "first_name": "Opgang", "username": self.username},
            "chat": {"id": chat_id, "first_name": "Family", "type": "private"},
            "date": int(time.time()), "text": text,
        })

    async def _answer_callback(self, params: dict[str, Any]) -> web.Response:
        if not params.get("callback_query_id"):
            return _error(400, "Bad Request: query is too old and response timeout expired "
                               "or query ID is invalid")
        self.answered_callbacks.append(dict(params))
        return _ok(True)

    async def _set_webhook(self, params: dict[str, Any]) -> web.Response:
        if not str(params.get("url") or "").startswith(("https://", "http://")):
            return _error(400, "Bad Request: bad webhook: An HTTPS URL must be provided")
        self.webhook = dict(params)
        return _ok(True)

    async def _delete_webhook(self, params: dict[str, Any]) -> web.Response:
        self.webhook = {}
        return _ok(True)

    async def _webhook_info(self, params: dict[str, Any]) -> web.Response:
        return _ok({"url": self.webhook.get("url", ""), "has_custom_certificate": False,
                    "pending_update_count": len(self._updates)})


async def _params(request: web.Request) -> dict[str, Any]:
    """The call's parameters, from the query, a form (lists as JSON text) or a JSON body."""
    params: dict[str, Any] = dict(request.query)
    if request.content_type == "application/json":
        params.update(await request.json())
        return params
    for name, value in (await request.post()).items():
        text = value.file.read().decode() if isinstance(value, web.FileField) else str(value)
        params[name] = json.loads(text) if name in JSON_FIELDS else text
    return params


def _ok(result: Any) -> web.Response:
    return web.json_response({"ok": True, "result": result})


def _error(status: int, description: str, retry_after: int | None = None) -> web.Response:
    body: dict[str, Any] = {"ok": False, "error_code": status, "description": description}
    if retry_after is not None:
        body["parameters"] = {"retry_after": retry_after}
    return web.json_response(body, status=status)
