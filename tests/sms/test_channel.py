"""The SMS adapter alone: what each of Twilio's answers becomes for the delivery worker."""

from __future__ import annotations

import socket
from typing import Any

from bot.channels.base import Failed, Retry, Sent
from bot.channels.sms import SmsChannel
from bot.config import Settings
from tests.fakes.twilio import (
    ACCOUNT_SID,
    AUTH_TOKEN,
    FROM_NUMBER,
    Answer,
    FakeTwilio,
    hang,
    opted_out,
    rate_limited,
    server_error,
)

SERVICE_SID = "MG" + "5f3c9a1e7b2d4c6a8e0f1a2b3c4d5e6f"


def sms_settings(api_url: str, **changes: Any) -> Settings:
    values: dict[str, Any] = {
        "TWILIO_ACCOUNT_SID": ACCOUNT_SID, "TWILIO_AUTH_TOKEN": AUTH_TOKEN,
        "TWILIO_FROM_NUMBER": FROM_NUMBER, "OPGANG_TWILIO_API_URL": api_url,
        "OPGANG_PUBLIC_URL": "https://opgang.aarhus.example",
    }
    values.update(changes)
    return Settings(_env_file=None, **values)


async def test_each_answer_becomes_the_right_outcome(twilio: FakeTwilio) -> None:
    channel = SmsChannel(sms_settings(twilio.url))
    try:
        twilio.fail_next(rate_limited(retry_after=30), rate_limited(), server_error(),
                         opted_out(), Answer(400, 21408, "Permission to send an SMS has not "
                                                        "been enabled for the region"))
        outcomes = [await channel.send("+4520123456", "Hej") for _ in range(6)]
    finally:
        await channel.close()
    limited, limited_no_wait, broken, stopped, region, sent = outcomes
    assert isinstance(limited, Retry) and limited.after == 30.0 and "20429" in limited.reason
    assert isinstance(limited_no_wait, Retry) and limited_no_wait.after is None
    assert isinstance(broken, Retry) and "500" in broken.reason
    assert isinstance(stopped, Failed) and stopped.opted_out
    assert isinstance(region, Failed) and not (region.opted_out or region.address_inactive)
    assert "country" in region.reason and "21408" in region.reason
    assert sent == Sent(provider_id=twilio.messages[0]["sid"])
    assert twilio.messages[0]["status_callback"] == (
        "https://opgang.aarhus.example/webhooks/twilio/status")


async def test_a_messaging_service_sends_without_a_from_number(twilio: FakeTwilio) -> None:
    settings = sms_settings(twilio.url, TWILIO_FROM_NUMBER=None,
                            TWILIO_MESSAGING_SERVICE_SID=SERVICE_SID)
    channel = SmsChannel(settings)
    try:
        outcome = await channel.send("+4520123456", "Hej")
    finally:
        await channel.close()
    assert isinstance(outcome, Sent)
    [sent] = twilio.messages
    assert (sent["from"], sent["messaging_service_sid"]) == (None, SERVICE_SID)


async def test_a_hung_twilio_is_a_retry_after_the_timeout(twilio: FakeTwilio) -> None:
    channel = SmsChannel(sms_settings(twilio.url), timeout=0.2)
    twilio.fail_next(hang(0.6))
    try:
        outcome = await channel.send("+4520123456", "Hej")
    finally:
        await channel.close()
    assert isinstance(outcome, Retry) and "could not be reached" in outcome.reason


async def test_an_unreachable_twilio_is_a_retry() -> None:
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    channel = SmsChannel(sms_settings(f"http://127.0.0.1:{port}"))
    try:
        outcome = await channel.send("+4520123456", "Hej")
    finally:
        await channel.close()
    assert isinstance(outcome, Retry) and "could not be reached" in outcome.reason


async def test_wrong_credentials_keep_the_message_waiting(twilio: FakeTwilio) -> None:
    channel = SmsChannel(sms_settings(twilio.url, TWILIO_AUTH_TOKEN="not-the-token"))
    try:
        outcome = await channel.send("+4520123456", "Hej")
    finally:
        await channel.close()
    assert isinstance(outcome, Retry) and "TWILIO_AUTH_TOKEN" in outcome.reason
    assert twilio.messages == []


async def test_no_status_callback_is_asked_for_a_public_url_on_this_machine(
    twilio: FakeTwilio,
) -> None:
    channel = SmsChannel(sms_settings(twilio.url, OPGANG_PUBLIC_URL="http://localhost:8000"))
    try:
        assert isinstance(await channel.send("+4520123456", "Hej"), Sent)
    finally:
        await channel.close()
    assert twilio.messages[0]["status_callback"] is None
