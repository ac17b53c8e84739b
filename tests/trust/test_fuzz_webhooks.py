"""The provider webhooks fuzzed with hypothesis: Twilio forms (signed and not) and Telegram
updates (well-formed and not). Never a 500, nothing stored without its signature or secret, and
nothing half-stored: every stored inbound message has its audit row, every outbound its
delivery row."""

from __future__ import annotations

import json
from typing import Any

import httpx
import hypothesis.strategies as st
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from sqlalchemy import func, select

from bot.runtime import Runtime
from storage.models import AuditEvent, Delivery, Message
from tests.factories import PARENT_PHONE, YOUTH_CHAT, World, world
from tests.fakes.telegram import TOKEN, FakeTelegram
from tests.fakes.twilio import ACCOUNT_SID, AUTH_TOKEN, FROM_NUMBER, FakeTwilio
from tests.sms.conftest import INBOUND, STATUS, payload, post_signed, sign
from tests.sms.conftest import twilio as twilio
from tests.telegram.conftest import SECRET, post_update
from tests.telegram.conftest import telegram as telegram

EXAMPLES = 60
FUZZ = settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=True,
                suppress_health_check=list(HealthCheck), phases=(Phase.explicit, Phase.generate))



@pytest.fixture
def settings_overrides(twilio: FakeTwilio, telegram: FakeTelegram) -> dict[str, Any]:
    """SMS and Telegram (webhook mode) on, against the fakes."""
    return {"TWILIO_ACCOUNT_SID": ACCOUNT_SID, "TWILIO_AUTH_TOKEN": AUTH_TOKEN,
            "TWILIO_FROM_NUMBER": FROM_NUMBER, "OPGANG_TWILIO_API_URL": twilio.url,
            "TELEGRAM_BOT_TOKEN": TOKEN, "OPGANG_TELEGRAM_API_URL": telegram.url,
            "OPGANG_TELEGRAM_MODE": "webhook", "TELEGRAM_WEBHOOK_SECRET": SECRET}


@pytest.fixture
async def family_world(rt: Runtime) -> World:
    """The world's family, so that known senders (its phone, its chat) reach real rules."""
    return await world(rt)


TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=200)
SID = st.from_regex(r"\A(SM|MM)[0-9a-f]{32}\Z") | TEXT
PHONE = st.sampled_from([PARENT_PHONE, "+4599999999", "", "abc", "+" + "9" * 30]) | TEXT
TWILIO_FORM = st.fixed_dictionaries(
    {"MessageSid": SID, "From": PHONE, "To": st.just(FROM_NUMBER) | TEXT, "Body": TEXT},
    optional={"AccountSid": TEXT, "NumMedia": st.sampled_from(["0", "1", "x", "-1"]),
              "MessageStatus": st.sampled_from(["sent", "delivered", "failed", "x"]) | TEXT,
              "ErrorCode": TEXT, "SmsStatus": TEXT, "OptOutType": TEXT,
              "MediaUrl0": TEXT, "NumSegments": TEXT})
EXTRA_FIELDS = st.dictionaries(TEXT, TEXT, max_size=3)

JSON_VALUE = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3),
    max_leaves=10)
CHAT = st.sampled_from([YOUTH_CHAT, 1, -100123, 2**62]) | st.integers()
TELEGRAM_MESSAGE = st.fixed_dictionaries({
    "message_id": st.integers(), "date": st.integers(min_value=0, max_value=2**31),
    "chat": st.fixed_dictionaries({"id": CHAT, "type": st.sampled_from(
        ["private", "group", "channel"]) | TEXT}),
    "from": st.fixed_dictionaries({"id": CHAT, "is_bot": st.booleans(),
                                   "first_name": TEXT}),
}, optional={"text": TEXT | st.sampled_from(["/start", "/start abc", "STOP", "/help"]),
             "caption": TEXT, "photo": JSON_VALUE})
TELEGRAM_UPDATE = st.fixed_dictionaries(
    {"update_id": st.integers(min_value=0, max_value=2**31 - 1)},  # as Telegram sends
    optional={"message": TELEGRAM_MESSAGE | JSON_VALUE, "edited_message": TELEGRAM_MESSAGE,
              "callback_query": JSON_VALUE, "my_chat_member": JSON_VALUE})


async def _whole(rt: Runtime) -> None:
    """Nothing half-stored: each inbound message audited, each outbound one in the outbox."""
    async with rt.db.reading() as session:
        inbound = set(await session.scalars(select(Message.id).where(Message.direction == "in")))
        details = await session.scalars(
            select(AuditEvent.detail).where(AuditEvent.action == "message.receive"))
        audited = {d.get("message_id") for d in details}
        unsent = await session.scalar(
            select(func.count()).select_from(Message).where(
                Message.direction == "out",
                ~select(Delivery.id).where(Delivery.message_id == Message.id).exists()))
    assert inbound <= audited, "an inbound message without its audit row"
    assert unsent == 0, "an outbound message without its delivery row"


async def _count(rt: Runtime) -> int:
    async with rt.db.reading() as session:
        return await session.scalar(select(func.count()).select_from(Message)) or 0


@FUZZ
@given(form=TWILIO_FORM, extra=EXTRA_FIELDS, signed=st.booleans(),
       path=st.sampled_from([INBOUND, STATUS]))
async def test_twilio_webhooks_never_answer_500(
    form: dict[str, str], extra: dict[str, str], signed: bool, path: str, rt: Runtime,
    client: httpx.AsyncClient, family_world: World,
) -> None:
    fields = {**extra, **form}
    before = await _count(rt)
    signature = None if signed else sign(path, fields, token="not-the-auth-token")
    try:
        answer = await post_signed(client, path, fields, signature=signature)
    except Exception as exc:
        raise AssertionError(f"{path} raised {exc!r}") from exc
    assert answer.status_code < 500, answer.text
    if not signed:
        assert answer.status_code == 403
        assert await _count(rt) == before
    await _whole(rt)


@FUZZ
@given(update=TELEGRAM_UPDATE, raw=st.none() | st.binary(max_size=200),
       secret=st.sampled_from([SECRET, None, "wrong", SECRET + "x"]))
async def test_the_telegram_webhook_never_answers_500(
    update: dict[str, Any], raw: bytes | None, secret: str | None, rt: Runtime,
    client: httpx.AsyncClient, family_world: World,
) -> None:
    before = await _count(rt)
    body: dict[str, Any] | bytes = raw if raw is not None else json.loads(json.dumps(update))
    try:
        answer = await post_update(client, body, secret=secret)
    except Exception as exc:
        raise AssertionError(f"telegram webhook raised {exc!r}") from exc
    assert answer.status_code < 500, answer.text
    if secret != SECRET:
        assert answer.status_code == 403
        assert await _count(rt) == before
    await _whole(rt)


async def test_a_signed_sms_from_a_family_is_stored_whole(
    rt: Runtime, client: httpx.AsyncClient, family_world: World,
) -> None:
    # The invariant the fuzzers check, shown holding on an ordinary message.
    answer = await post_signed(client, INBOUND, payload("inbound_danish"))
    assert answer.status_code == 200
    assert await _count(rt) >= 1
    await _whole(rt)
