"""Logs: JSON lines with the request id; never a message body, a full phone number or a token."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator

import httpx
import pytest

from bot.delivery import DeliveryWorker
from bot.logs import JsonFormatter, redact
from bot.runtime import Runtime
from tests.factories import PARENT_PHONE, world
from tests.fakes.twilio import AUTH_TOKEN
from tests.sms.conftest import INBOUND, payload, post_signed
from tests.sms.conftest import settings_overrides as settings_overrides  # SMS on (fake Twilio)
from tests.sms.conftest import twilio as twilio

BODY = "Min mand slår mig, jeg tør ikke gå hjem"
REPLY = "Vi ringer til dig om fem minutter, Fatima"


@pytest.fixture
def captured() -> Iterator[io.StringIO]:
    """Every log line of every logger, as the service writes them (JSON, INFO and up)."""
    out = io.StringIO()
    handler = logging.StreamHandler(out)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    try:
        yield out
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)


async def test_an_inbound_sms_and_a_reply_leave_no_body_phone_or_token_in_the_logs(
    rt: Runtime, client: httpx.AsyncClient, delivery: DeliveryWorker, captured: io.StringIO,
) -> None:
    w = await world(rt)
    logging.getLogger("opgang.test").info("start of test, phone %s", PARENT_PHONE)
    answer = await post_signed(client, INBOUND, payload("inbound_danish", From=PARENT_PHONE,
                                                        Body=BODY))
    assert answer.status_code == 200
    token = w.token(rt, w.primary_id)
    sent = await client.post(f"/api/v1/families/{w.family_id}/messages", json={"body": REPLY},
                             headers=token)
    assert sent.status_code == 202
    assert await delivery.run_once()
    # Something the code should never do, to prove the net catches it.
    logging.getLogger("opgang.test").warning("careless: Authorization: %s to %s",
                                             token["Authorization"], PARENT_PHONE)
    logged = captured.getvalue()
    assert logged, "nothing was logged at all"
    for line in logged.splitlines():
        json.loads(line)  # one JSON object per line
    secret_token = token["Authorization"].removeprefix("Bearer ")
    for forbidden in (BODY, REPLY, PARENT_PHONE, PARENT_PHONE[1:], secret_token, AUTH_TOKEN):
        assert forbidden not in logged, forbidden
    assert "+45******56" in logged  # masked, not dropped: the line stays useful


async def test_every_answer_carries_a_request_id_and_log_lines_name_it(
    client: httpx.AsyncClient, captured: io.StringIO,
) -> None:
    first = await client.get("/healthz")
    second = await client.get("/healthz")
    assert len(first.headers["x-request-id"]) >= 16
    assert first.headers["x-request-id"] != second.headers["x-request-id"]
    given = await client.get("/healthz", headers={"X-Request-ID": "proxy-abc-12345"})
    assert given.headers["x-request-id"] == "proxy-abc-12345"
    hostile = await client.get("/healthz", headers={"X-Request-ID": "x\" injected"})
    assert hostile.headers["x-request-id"] != "x\" injected"
    # A line logged while serving a request names it.
    record = logging.LogRecord("opgang", logging.INFO, __file__, 1, "hello", None, None)
    record.request_id = "req-123456789"
    assert json.loads(JsonFormatter().format(record))["request_id"] == "req-123456789"


def test_redaction_masks_phones_tokens_and_secrets_in_any_spelling() -> None:
    line = redact("to +4520123456 / %2B4520123456 / 20123456 / +45 20 12 34 56 "
                  "bot123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw "
                  "Bearer 12.1790000000.abcdefghijklmnopqrstuvwxyz0123 token=abc123def "
                  "opgang_console=Zm9vYmFyYmF6cXV4 message 42 of family 7")
    for secret in ("20123456", "AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw", "abcdefghijklmnop",
                   "abc123def", "Zm9vYmFyYmF6cXV4"):
        assert secret not in line
    assert "message 42 of family 7" in line
