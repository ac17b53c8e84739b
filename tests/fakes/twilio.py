"""A fake Twilio REST API on loopback: the Messages resource, as the real `twilio` client sees it.

It checks what Twilio checks (HTTP Basic auth, the account in the path, `To`, `Body`, a sender),
answers 201 with a Message resource shaped like Twilio's (see the 2010-04-01 OpenAPI example in
`/work/shared/peers/twilio_api_v2010.json`), records every message it accepted, and can be scripted
to answer a sequence of failures (429, 21610, 500, a hang…) before it succeeds again. It also
lists messages (GET, filtered by `To`/`From`, newest first, one page) as the delivery worker asks
after a crash, and can be down for a while: answering 500, or refusing connections.
"""

from __future__ import annotations

import asyncio
import base64
import secrets
import time
from collections import deque
from dataclasses import dataclass, field
from email.utils import format_datetime
from typing import Any

from aiohttp import web

from storage.types import utcnow
from tests.fakes.loopback import Loopback

ACCOUNT_SID = "AC" + "0123456789abcdef" * 2
AUTH_TOKEN = "fake-twilio-auth-token-0123456789"
FROM_NUMBER = "+4570701234"
MESSAGES_PATH = "/2010-04-01/Accounts/{sid}/Messages.json"


@dataclass(frozen=True)
class Answer:
    """One scripted answer instead of success: an HTTP status, a Twilio error code, headers."""

    status: int
    code: int | None = None
    message: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds to wait before answering (a hang, for timeouts)


def rate_limited(retry_after: int | None = None) -> Answer:
    """HTTP 429, code 20429: the request was not processed."""
    headers = {"Retry-After": str(retry_after)} if retry_after is not None else {}
    return Answer(429, 20429, "Too Many Requests", headers)


def opted_out() -> Answer:
    """HTTP 400, code 21610: the recipient replied STOP."""
    return Answer(400, 21610, "Attempt to send to unsubscribed recipient")


def invalid_number() -> Answer:
    """HTTP 400, code 21211: the `To` number is not a valid phone number."""
    return Answer(400, 21211, "Invalid 'To' Phone Number")


def server_error() -> Answer:
    """HTTP 500, code 20500: Twilio had an internal error."""
    return Answer(500, 20500, "Internal Server Error")


def hang(seconds: float) -> Answer:
    """No answer for `seconds` (then a 500), to exercise the client's timeout."""
    return Answer(500, 20500, "Internal Server Error", delay=seconds)


@dataclass
class FakeTwilio(Loopback):
    """The fake server; `async with FakeTwilio() as fake:` runs it on 127.0.0.1, a free port."""

    account_sid: str = ACCOUNT_SID
    auth_token: str = AUTH_TOKEN
    messages: list[dict[str, Any]] = field(default_factory=list)
    """Every message accepted (201), as the JSON resource returned, plus `status_callback`."""
    attempts: int = 0
    """Every request to the Messages resource, accepted or not."""
    _script: deque[Answer] = field(default_factory=deque)
    _runner: web.AppRunner | None = None
    _site: web.TCPSite | None = None
    _failing_until: float = 0.0
    url: str = ""

    def fail_next(self, *answers: Answer) -> None:
        """Answer the next requests with these failures, in order, then succeed again."""
        self._script.extend(answers)

    def to(self, number: str) -> list[dict[str, Any]]:
        """The accepted messages sent to `number`."""
        return [m for m in self.messages if m["to"] == number]

    def fail_for(self, seconds: float) -> None:
        """Answer every message with a 500 (code 20500) for the next `seconds`."""
        self._failing_until = time.monotonic() + seconds

    async def __aenter__(self) -> FakeTwilio:
        app = web.Application()
        app.router.add_post("/2010-04-01/Accounts/{account}/Messages.json", self._create)
        app.router.add_get("/2010-04-01/Accounts/{account}/Messages.json", self._list)
        await self._serve(app)
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self._stop()

    async def _create(self, request: web.Request) -> web.Response:
        self.attempts += 1
        if _basic_auth(request.headers.get("Authorization", "")) != (
                self.account_sid, self.auth_token):
            return _error(401, 20003, "Authenticate")
        if request.match_info["account"] != self.account_sid:
            return _error(404, 20404, "The requested resource was not found")
        form = {name: str(value) for name, value in (await request.post()).items()}
        if time.monotonic() < self._failing_until:
            return _error(500, 20500, "Internal Server Error")
        if self._script:
            answer = self._script.popleft()
            if answer.delay:
                await asyncio.sleep(answer.delay)
            return _error(answer.status, answer.code, answer.message, answer.headers)
        to, body = form.get("To"), form.get("Body")
        sender, service = form.get("From"), form.get("MessagingServiceSid")
        if not to:
            return _error(400, 21604, "A 'To' phone number is required.")
        if not to.startswith("+") or not to[1:].isdigit():
            return _error(400, 21211, f"Invalid 'To' Phone Number: {to}")
        if not body:
            return _error(400, 21602, "Message body is required.")
        if not (sender or service):
            return _error(400, 21603, "A 'From' or 'MessagingServiceSid' parameter is required.")
        if len(body) > 1600:
            return _error(400, 21617, "The concatenated message body exceeds the 1600 character "
                                      "limit.")
        return web.json_response(self._accept(form), status=201)

    async def _list(self, request: web.Request) -> web.Response:
        """Read multiple Message resources: filtered by `To` and `From`, newest first."""
        if _basic_auth(request.headers.get("Authorization", "")) != (
                self.account_sid, self.auth_token):
            return _error(401, 20003, "Authenticate")
        if request.match_info["account"] != self.account_sid:
            return _error(404, 20404, "The requested resource was not found")
        to, sender = request.query.get("To"), request.query.get("From")
        size = min(int(request.query.get("PageSize") or 50), 1000)
        found = [{k: v for k, v in m.items() if k != "status_callback"}
                 for m in reversed(self.messages)
                 if (to is None or m["to"] == to) and (sender is None or m["from"] == sender)]
        uri = request.path_qs
        return web.json_response({
            "messages": found[:size], "end": max(0, min(size, len(found)) - 1),
            "first_page_uri": uri, "next_page_uri": None, "page": 0, "page_size": size,
            "previous_page_uri": None, "start": 0, "uri": uri})

    def _accept(self, form: dict[str, str]) -> dict[str, Any]:
        sid = "SM" + secrets.token_hex(16)
        now = format_datetime(utcnow(), usegmt=False)
        base = f"/2010-04-01/Accounts/{self.account_sid}/Messages/{sid}"
        body = form["Body"]
        resource = {
            "account_sid": self.account_sid, "api_version": "2010-04-01", "body": body,
            "date_created": now, "date_sent": None, "date_updated": now,
            "direction": "outbound-api", "error_code": None, "error_message": None,
            "from": form.get("From"), "messaging_service_sid": form.get("MessagingServiceSid"),
            "num_media": "0", "num_segments": str(_segments(body)), "price": None,
            "price_unit": "USD", "sid": sid, "status": "queued",
            "subresource_uris": {"media": f"{base}/Media.json"},
            "to": form["To"], "uri": f"{base}.json",
        }
        self.messages.append({**resource, "status_callback": form.get("StatusCallback")})
        return resource


def _basic_auth(header: str) -> tuple[str, str] | None:
    """(user, password) from an HTTP Basic `Authorization` header; None if it is not one."""
    scheme, _, encoded = header.partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        user, colon, password = base64.b64decode(encoded, validate=True).decode().partition(":")
    except (ValueError, UnicodeDecodeError):
        return None
    return (user, password) if colon else None


def _segments(body: str) -> int:
    """Segments as Twilio counts them: GSM-7 160/153 per part, else UCS-2 70/67."""
    gsm = all(ord(c) < 128 or c in "æøåÆØÅ" for c in body)
    single, part = (160, 153) if gsm else (70, 67)
    return 1 if len(body) <= single else -(-len(body) // part)


def _error(status: int, code: int | None, message: str,
           headers: dict[str, str] | None = None) -> web.Response:
    """Twilio's error body: code, message, more_info, status."""
    more_info = f"https://www.twilio.com/docs/errors/{code}" if code else None
    return web.json_response(
        {"code": code, "message": message, "more_info": more_info, "status": status},
        status=status, headers=headers)
