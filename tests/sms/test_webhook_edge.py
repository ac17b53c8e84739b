"""Twilio's inbound webhook on its direct route (handlers/edge.py): same answers, same headers."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from zoneinfo import ZoneInfo

import httpx
from fastapi import FastAPI

from bot.runtime import Runtime
from tests.factories import world
from tests.sms.conftest import INBOUND, payload, post_signed
from tests.sms.test_inbound import family_messages, nothing_stored

TUESDAY_MORNING = datetime(2026, 11, 24, 10, 0, tzinfo=ZoneInfo("Europe/Copenhagen"))


async def test_the_answer_carries_the_security_headers_and_a_request_id(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    await world(rt)
    rt.clock = lambda: TUESDAY_MORNING
    answer = await post_signed(client, INBOUND, payload("inbound_danish"))
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "text/xml; charset=utf-8"
    assert answer.headers["x-content-type-options"] == "nosniff"
    assert "frame-ancestors 'none'" in answer.headers["content-security-policy"]
    assert len(answer.headers["x-request-id"]) >= 16
    refused = await post_signed(client, INBOUND, payload("inbound_danish"), signature="forged")
    assert refused.status_code == 403
    assert refused.headers["content-type"] == "application/json"
    assert refused.headers["x-content-type-options"] == "nosniff"
    assert refused.headers["x-request-id"] != answer.headers["x-request-id"]


async def test_a_streamed_body_over_the_limit_is_refused_and_nothing_is_stored(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w = await world(rt)

    async def chunks() -> AsyncIterator[bytes]:  # no Content-Length: counted as it arrives
        yield b"Body="
        for _ in range(40):
            yield b"a" * 10_000

    answer = await client.post(INBOUND, content=chunks(), headers={
        "Content-Type": "application/x-www-form-urlencoded", "X-Twilio-Signature": "x"})
    assert answer.status_code == 413
    assert "body" in answer.json()["detail"]
    assert answer.headers["x-request-id"]
    assert await nothing_stored(client, rt, w)


async def test_repeated_and_encoded_fields_are_verified_as_twilio_signs_them(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w = await world(rt)
    rt.clock = lambda: TUESDAY_MORNING
    body = "Kan I ringe? 50% af tiden + lidt & mere = مرحبا"
    form = [*payload("inbound_danish", Body=body).items(), ("Extra Field", "b"),
            ("Extra Field", "a")]
    answer = await post_signed(client, INBOUND, form)
    assert answer.status_code == 200, answer.text
    assert [m["body"] for m in await family_messages(client, rt, w)
            if m["direction"] == "in"] == [body]


async def test_other_methods_and_the_api_schema_still_know_the_route(
    app: FastAPI, client: httpx.AsyncClient,
) -> None:
    assert (await client.get(INBOUND)).status_code == 405
    documented = app.openapi()["paths"][INBOUND]["post"]["responses"]
    assert {"200", "403", "413"} <= set(documented)
