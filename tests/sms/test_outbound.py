"""Outbound SMS: the real twilio client against the fake Twilio, through the delivery worker."""

from __future__ import annotations

from typing import Any

import httpx

from bot.delivery import DeliveryWorker
from bot.runtime import Runtime
from tests.factories import PARENT_PHONE, World, world
from tests.fakes.twilio import (
    FROM_NUMBER,
    FakeTwilio,
    invalid_number,
    opted_out,
    rate_limited,
    server_error,
)
from tests.sms.conftest import STATUS, make_due, post_signed, receipt


async def reply(client: httpx.AsyncClient, rt: Runtime, w: World, body: str) -> httpx.Response:
    """A contact writes to the parent by SMS through the API."""
    return await client.post(f"/api/v1/families/{w.family_id}/messages",
                             json={"body": body, "member_id": w.parent_id, "channel": "sms"},
                             headers=w.token(rt, w.primary_id))


async def message(client: httpx.AsyncClient, rt: Runtime, w: World, message_id: int) -> Any:
    """The message as the contact sees it in the family's conversation."""
    answer = await client.get(f"/api/v1/families/{w.family_id}/messages",
                              headers=w.token(rt, w.primary_id))
    return next(m for m in answer.json() if m["id"] == message_id)


async def test_a_reply_is_sent_and_a_receipt_marks_it_delivered(
    rt: Runtime, client: httpx.AsyncClient, delivery: DeliveryWorker, twilio: FakeTwilio,
) -> None:
    w = await world(rt)
    queued = await reply(client, rt, w, "Vi ses tirsdag kl. 10 på biblioteket.")
    assert queued.status_code == 202
    message_id = queued.json()["id"]
    assert await delivery.run_once() == 1
    [sent] = twilio.messages
    assert (sent["to"], sent["from"], sent["body"]) == (
        PARENT_PHONE, FROM_NUMBER, "Vi ses tirsdag kl. 10 på biblioteket.")
    assert sent["status_callback"] == "http://testserver.local/webhooks/twilio/status"
    assert (await message(client, rt, w, message_id))["status"] == "sent"

    # The receipt names the message by Twilio's sid: it finds it only if the sid was stored.
    async with rt.events.subscribe() as console:
        answer = await post_signed(client, STATUS, receipt("status_delivered", sent["sid"]))
        assert answer.status_code == 200
        event = console.get_nowait()
    assert (await message(client, rt, w, message_id))["status"] == "delivered"
    assert (event.kind, event.family_id, event.data) == (
        "status", w.family_id, {"id": message_id, "status": "delivered"})


async def test_a_429_is_retried_after_the_wait_twilio_asks_for(
    rt: Runtime, client: httpx.AsyncClient, delivery: DeliveryWorker, twilio: FakeTwilio,
) -> None:
    w = await world(rt)
    twilio.fail_next(rate_limited(retry_after=120))
    message_id = (await reply(client, rt, w, "Husk mødet i morgen.")).json()["id"]
    await delivery.run_once()
    assert twilio.messages == []
    assert (await message(client, rt, w, message_id))["status"] == "queued"
    assert await delivery.run_once() == 0  # Retry-After: 120 has not passed
    await make_due(rt)
    await delivery.run_once()
    assert [m["body"] for m in twilio.messages] == ["Husk mødet i morgen."]
    assert twilio.attempts == 2
    assert (await message(client, rt, w, message_id))["status"] == "sent"


async def test_21610_fails_the_message_marks_the_member_opted_out_and_is_not_retried(
    rt: Runtime, client: httpx.AsyncClient, delivery: DeliveryWorker, twilio: FakeTwilio,
) -> None:
    w = await world(rt)
    twilio.fail_next(opted_out())
    message_id = (await reply(client, rt, w, "Hej Fatima.")).json()["id"]
    await delivery.run_once()
    failed = await message(client, rt, w, message_id)
    assert failed["status"] == "failed"
    assert "opted out" in failed["reason"] and "21610" in failed["reason"]
    await make_due(rt)
    assert await delivery.run_once() == 0
    assert twilio.attempts == 1
    again = await reply(client, rt, w, "Hej igen.")
    assert again.status_code == 409
    assert "opted out" in again.json()["detail"]


async def test_a_500_is_retried_and_then_sent_once(
    rt: Runtime, client: httpx.AsyncClient, delivery: DeliveryWorker, twilio: FakeTwilio,
) -> None:
    w = await world(rt)
    twilio.fail_next(server_error(), server_error())
    message_id = (await reply(client, rt, w, "Vi har fundet en praktikplads.")).json()["id"]
    for _ in range(3):
        await delivery.run_once()
        await make_due(rt)
    assert twilio.attempts == 3
    assert [m["body"] for m in twilio.messages] == ["Vi har fundet en praktikplads."]
    assert (await message(client, rt, w, message_id))["status"] == "sent"
    assert await delivery.run_once() == 0


async def test_an_invalid_number_fails_visibly_and_retires_the_address(
    rt: Runtime, client: httpx.AsyncClient, delivery: DeliveryWorker, twilio: FakeTwilio,
) -> None:
    w = await world(rt)
    twilio.fail_next(invalid_number())
    message_id = (await reply(client, rt, w, "Hej.")).json()["id"]
    await delivery.run_once()
    failed = await message(client, rt, w, message_id)
    assert failed["status"] == "failed"
    assert "not valid" in failed["reason"] and "21211" in failed["reason"]
    again = await reply(client, rt, w, "Hej igen.")
    assert again.status_code == 409
    assert "not valid" in again.json()["detail"]


async def test_receipts_out_of_order_never_move_a_message_back(
    rt: Runtime, client: httpx.AsyncClient, delivery: DeliveryWorker, twilio: FakeTwilio,
) -> None:
    w = await world(rt)
    message_id = (await reply(client, rt, w, "Tak for i dag.")).json()["id"]
    await delivery.run_once()
    sid = twilio.messages[0]["sid"]
    for name in ("status_delivered", "status_sent", "status_undelivered_30003"):
        answer = await post_signed(client, STATUS, receipt(name, sid))
        assert answer.status_code == 200
        assert (await message(client, rt, w, message_id))["status"] == "delivered"
    assert (await message(client, rt, w, message_id))["reason"] is None


async def test_an_undelivered_receipt_says_why_in_words(
    rt: Runtime, client: httpx.AsyncClient, delivery: DeliveryWorker, twilio: FakeTwilio,
) -> None:
    w = await world(rt)
    message_id = (await reply(client, rt, w, "Ring til mig.")).json()["id"]
    await delivery.run_once()
    sid = twilio.messages[0]["sid"]
    await post_signed(client, STATUS, receipt("status_sent", sid))
    await post_signed(client, STATUS, receipt("status_undelivered_30003", sid))
    failed = await message(client, rt, w, message_id)
    assert failed["status"] == "failed"
    assert "unreachable" in failed["reason"] and "30003" in failed["reason"]
    # 30003 may be temporary: the member can still be written to.
    assert (await reply(client, rt, w, "Prøver igen.")).status_code == 202


async def test_a_21610_receipt_opts_the_member_out(
    rt: Runtime, client: httpx.AsyncClient, delivery: DeliveryWorker, twilio: FakeTwilio,
) -> None:
    w = await world(rt)
    message_id = (await reply(client, rt, w, "Hej.")).json()["id"]
    await delivery.run_once()
    await post_signed(client, STATUS, receipt("status_failed_21610", twilio.messages[0]["sid"]))
    assert "opted out" in (await message(client, rt, w, message_id))["reason"]
    assert (await reply(client, rt, w, "Hej igen.")).status_code == 409


async def test_a_receipt_for_a_message_that_is_not_ours_is_accepted_and_ignored(
    rt: Runtime, client: httpx.AsyncClient, delivery: DeliveryWorker, twilio: FakeTwilio,
) -> None:
    w = await world(rt)
    message_id = (await reply(client, rt, w, "Hej.")).json()["id"]
    await delivery.run_once()
    other = "SM" + "f" * 32
    for name in ("status_delivered", "status_failed_21610"):
        answer = await post_signed(client, STATUS, receipt(name, other))
        assert answer.status_code == 200
    assert (await message(client, rt, w, message_id))["status"] == "sent"
    assert (await reply(client, rt, w, "Hej igen.")).status_code == 202


async def test_a_receipt_needs_twilios_signature_and_its_fields(
    rt: Runtime, client: httpx.AsyncClient, delivery: DeliveryWorker, twilio: FakeTwilio,
) -> None:
    w = await world(rt)
    message_id = (await reply(client, rt, w, "Hej.")).json()["id"]
    await delivery.run_once()
    form = receipt("status_delivered", twilio.messages[0]["sid"])
    forged = await post_signed(client, STATUS, form, signature="bm90IGEgc2lnbmF0dXJl")
    assert forged.status_code == 403
    no_status = {k: v for k, v in form.items() if k != "MessageStatus"}
    missing = await post_signed(client, STATUS, no_status)
    assert (missing.status_code, missing.json()["detail"]) == (400, "MessageStatus: missing")
    bad_code = await post_signed(client, STATUS, {**form, "ErrorCode": "thirty"})
    assert (bad_code.status_code, bad_code.json()["detail"]) == (400, "ErrorCode: not a number")
    assert (await message(client, rt, w, message_id))["status"] == "sent"
