"""SMS switched on against the fake Twilio, and Twilio's webhook payloads replayed (Zulip style).

The payloads in `tests/fixtures/twilio/` are form field sets as Twilio posts them; a test loads
one by name, changes what it needs, signs it with `RequestValidator` and posts it to the app.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Mapping, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import httpx
import pytest
from sqlalchemy import update
from twilio.request_validator import RequestValidator

from bot.runtime import Runtime
from storage.models import Delivery
from storage.types import utcnow
from tests.conftest import PUBLIC_URL
from tests.fakes.twilio import ACCOUNT_SID, AUTH_TOKEN, FROM_NUMBER, FakeTwilio

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "twilio"
INBOUND = "/webhooks/twilio/sms"
STATUS = "/webhooks/twilio/status"


@pytest.fixture
async def twilio() -> AsyncIterator[FakeTwilio]:
    """The fake Twilio REST API, on 127.0.0.1 and a free port, for this test."""
    async with FakeTwilio() as fake:
        yield fake


@pytest.fixture
def settings_overrides(twilio: FakeTwilio) -> dict[str, Any]:
    """SMS on, with the real twilio client pointed at the fake."""
    return {
        "TWILIO_ACCOUNT_SID": ACCOUNT_SID,
        "TWILIO_AUTH_TOKEN": AUTH_TOKEN,
        "TWILIO_FROM_NUMBER": FROM_NUMBER,
        "OPGANG_TWILIO_API_URL": twilio.url,
    }


def payload(name: str, **changes: str) -> dict[str, str]:
    """A recorded Twilio form by file name (without `.json`), with some fields changed."""
    data: dict[str, str] = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    data.update(changes)
    return data


def receipt(name: str, sid: str, **changes: str) -> dict[str, str]:
    """A recorded status callback for the message Twilio knows as `sid`."""
    return payload(name, MessageSid=sid, SmsSid=sid, **changes)


Form = Mapping[str, str] | Sequence[tuple[str, str]]
"""A form as a mapping, or as pairs when a field repeats."""


class _MultiDict(dict[str, list[str]]):
    """Every value of each field, read by `RequestValidator` through `getall`."""

    def getall(self, name: str) -> list[str]:
        return self[name]


def _pairs(form: Form) -> list[tuple[str, str]]:
    return list(form.items()) if isinstance(form, Mapping) else list(form)


def sign(path: str, form: Form, *, token: str = AUTH_TOKEN) -> str:
    """The `X-Twilio-Signature` Twilio would send for `form` posted to `path`."""
    fields = _MultiDict()
    for name, value in _pairs(form):
        fields.setdefault(name, []).append(value)
    return str(RequestValidator(token).compute_signature(PUBLIC_URL + path, fields))


async def post_signed(
    client: httpx.AsyncClient, path: str, form: Form, *, signature: str | None = None,
) -> httpx.Response:
    """Post `form` to one of our Twilio webhooks as Twilio does, signed unless told otherwise."""
    return await client.post(path, content=urlencode(_pairs(form)).encode(), headers={
        "Content-Type": "application/x-www-form-urlencoded",
        "X-Twilio-Signature": signature or sign(path, form)})


async def make_due(rt: Runtime) -> None:
    """Let the retry wait pass: every pending delivery is due now (time passing, not a patch)."""
    async with rt.db.transaction() as session:
        await session.execute(update(Delivery).where(Delivery.state == "pending")
                              .values(due_at=utcnow()))
