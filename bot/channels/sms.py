"""The SMS channel: Twilio's REST API through the official `twilio` client (async).

`client.api.base_url` is the one place the client composes request URLs from
(`twilio.base.domain.Domain.absolute_url`), so pointing it at `OPGANG_TWILIO_API_URL` sends every
call to a local fake in tests, or to a regional Twilio host in production.
"""

from __future__ import annotations

import asyncio
import base64
import logging
from contextvars import ContextVar
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

import aiohttp
from twilio.base.exceptions import TwilioRestException, TwilioServiceException
from twilio.http.async_http_client import AsyncTwilioHttpClient
from twilio.http.response import Response
from twilio.rest import Client

from bot.channels.base import Failed, Outcome, Retry, Sent
from bot.config import Settings
from bot.phones import mask
from bot.ratelimit import RateLimiter
from storage.types import utcnow

log = logging.getLogger(__name__)

REQUEST_TIMEOUT = 15.0
"""Seconds for one call to Twilio: well inside the delivery lease, so a hung call ends first."""

OPTED_OUT = 21610
NOT_A_NUMBER = frozenset({21211, 21217, 21401, 21614})
"""Codes saying the address itself can never receive SMS: the worker marks it inactive."""
RATE_LIMITED = 20429
BAD_CREDENTIALS = 20003

ERRORS: dict[int, str] = {
    20003: "Twilio refused our credentials; check TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN",
    20429: "Twilio asked us to slow down (too many requests)",
    21211: "the phone number is not valid",
    21217: "the phone number is not valid",
    21401: "the phone number is not valid",
    21408: "sending SMS to this country is not enabled on the Twilio account",
    21606: "our sending number cannot send SMS (check TWILIO_FROM_NUMBER)",
    21610: "the person has opted out (replied STOP); they get nothing until they send START",
    21612: "the phone number cannot be reached by SMS from our number",
    21614: "the number is not a mobile number and cannot receive SMS",
    21617: "the message is longer than 1,600 characters",
    30001: "Twilio's queue overflowed (too many messages at once)",
    30002: "the Twilio account is suspended",
    30003: "the phone was unreachable (switched off or out of coverage)",
    30004: "the phone or its carrier blocked the message",
    30005: "the number is unknown to the carrier (it may no longer exist)",
    30006: "the number is a landline or its carrier cannot be reached",
    30007: "the carrier filtered the message (suspected spam)",
    30008: "the carrier reported an unknown error",
}
"""What Twilio's error codes mean, in words a caseworker can act on."""


def describe(code: int | None) -> str:
    """A Twilio error code in words, with the code for whoever looks it up."""
    if code is None:
        return "Twilio gave no reason"
    meaning = ERRORS.get(code)
    return f"{meaning} (Twilio error {code})" if meaning else f"Twilio error {code}"


# The last answer's Retry-After, per task: the delivery worker sends many messages at once through
# one client, and the twilio exception does not carry the response headers.
_retry_after: ContextVar[float | None] = ContextVar("twilio_retry_after", default=None)


class _HttpClient(AsyncTwilioHttpClient):  # type: ignore[misc]
    """`AsyncTwilioHttpClient`, with its timeout applied and Basic auth sent as a header.

    The parent passes `timeout=None` to aiohttp (no timeout at all) unless each call sets one,
    and wraps credentials in `aiohttp.BasicAuth`, deprecated since aiohttp 3.14.
    """

    async def request(
        self, method: str, url: str, params: dict[str, object] | None = None,
        data: dict[str, object] | None = None, headers: dict[str, str] | None = None,
        auth: tuple[str, str] | None = None, timeout: float | None = None,
        allow_redirects: bool = False,
    ) -> Response:
        if auth is not None:
            token = base64.b64encode(f"{auth[0]}:{auth[1]}".encode()).decode("ascii")
            headers = {**(headers or {}), "Authorization": f"Basic {token}"}
        response: Response = await super().request(
            method, url, params=params, data=data, headers=headers, auth=None,
            timeout=timeout if timeout is not None else self.timeout,
            allow_redirects=allow_redirects)
        _retry_after.set(_seconds(response.headers.get("Retry-After"))
                         if response.status_code == 429 and response.headers else None)
        return response


SENDER = "sender"  # the rate limiter's one key: the whole account's sender
LOOKUP_LIMIT = 50  # messages read back to one number after a crash (newest first)
MAX_LOCAL_WAIT = 1.0  # wait longer than this and the delivery is deferred instead


class SmsChannel:
    """Sends SMS with `twilio.rest.Client` over `AsyncTwilioHttpClient`; maps Twilio's answers."""

    name = "sms"

    def __init__(self, settings: Settings, *, timeout: float = REQUEST_TIMEOUT) -> None:
        if settings.twilio_account_sid is None or settings.twilio_auth_token is None:
            raise ValueError("SMS needs TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN")
        self._http = _HttpClient(timeout=timeout)
        self._client = Client(settings.twilio_account_sid,
                              settings.twilio_auth_token.get_secret_value(),
                              http_client=self._http)
        # Settings are the only configuration: TWILIO_EDGE / TWILIO_REGION read from the
        # environment by the client would rewrite the host (and break a loopback URL).
        self._client.edge = self._client.region = None
        self._client.api.base_url = settings.twilio_api_url
        self._sender: dict[str, str] = (
            {"from_": settings.twilio_from_number} if settings.twilio_from_number
            else {"messaging_service_sid": settings.twilio_messaging_service_sid or ""})
        self._callback = status_callback_url(settings.public_url)
        # One sender, one rate: no per-recipient spacing, since Twilio queues per number itself.
        # The limiter's gate counts each send until Twilio's answer is back (see bot/ratelimit).
        self.limiter = RateLimiter(per_key=0.0, per_second=settings.sms_per_second,
                                   max_wait=MAX_LOCAL_WAIT)

    async def send(self, address: str, body: str) -> Outcome:
        wait = self.limiter.reserve(SENDER)
        if wait is None:
            return Retry("holding back to stay within the sender's rate",
                         after=self.limiter.wait_for(SENDER), charge=False)
        if wait > 0:
            await asyncio.sleep(wait)
        _retry_after.set(None)
        extra: dict[str, Any] = {"status_callback": self._callback} if self._callback else {}
        try:
            async with self.limiter.sending(SENDER):
                message = await self._client.messages.create_async(
                    to=address, body=body, **self._sender, **extra)
        except (TwilioRestException, TwilioServiceException) as exc:
            return self._refused(exc.status, exc.code, address)
        except (aiohttp.ClientError, TimeoutError, OSError) as exc:
            return Retry(f"Twilio could not be reached ({type(exc).__name__})")
        return Sent(provider_id=message.sid)

    async def sent_since(self, address: str, since: datetime) -> list[tuple[str, str]]:
        """(sid, body) of our messages to `address` Twilio created after `since`, newest first.

        Read after a crash, to tell whether an attempt whose outcome was lost got through.
        """
        sender = {"from_": self._sender["from_"]} if "from_" in self._sender else {}
        found = await self._client.messages.list_async(to=address, limit=LOOKUP_LIMIT, **sender)
        return [(m.sid, m.body or "") for m in found
                if m.sid and (m.date_created is None or m.date_created >= since)]

    def _refused(self, status: int, code: int | None, address: str) -> Outcome:
        """Twilio's 4xx/5xx as an outcome: retry what may pass later, fail what never will."""
        reason = describe(code)
        if status == 429 or code == RATE_LIMITED:
            return Retry(reason, after=_retry_after.get())
        if status >= 500:
            return Retry(f"Twilio failed (HTTP {status}): {reason}")
        if status == 401 or code == BAD_CREDENTIALS:
            # Not the message's fault: keep it queued while an operator fixes the settings.
            log.error("Twilio refused the credentials; messages wait in the outbox")
            return Retry(reason)
        if code == OPTED_OUT:
            return Failed(reason, opted_out=True)
        log.info("Twilio refused a message to %s: %s", mask(address), reason)
        return Failed(reason, address_inactive=code in NOT_A_NUMBER)

    async def close(self) -> None:
        await self._http.close()


def status_callback_url(public_url: str) -> str | None:
    """Where Twilio posts delivery receipts; None when the public URL is only this machine."""
    host = urlsplit(public_url).hostname or ""
    if host in {"localhost", "127.0.0.1", "::1"}:
        return None  # Twilio could never call it, and may refuse the message for it
    return f"{public_url}/webhooks/twilio/status"


def _seconds(value: str | None) -> float | None:
    """A Retry-After header (seconds or an HTTP date) as seconds from now."""
    if not value:
        return None
    value = value.strip()
    if value.isascii() and value.isdigit():
        return float(value)
    try:
        when: datetime = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, (when - utcnow()).total_seconds())
