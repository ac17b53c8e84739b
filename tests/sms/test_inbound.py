"""Inbound SMS through the webhook: signed Twilio forms in, messages stored once, never lost."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import httpx
from fastapi import FastAPI

from bot.app import create_app
from bot.config import Settings
from bot.delivery import DeliveryWorker
from bot.runtime import Runtime
from tests.factories import PARENT_PHONE, World, world
from tests.fakes.twilio import FakeTwilio
from tests.sms.conftest import INBOUND, STATUS, Form, payload, post_signed, sign


async def family_messages(client: httpx.AsyncClient, rt: Runtime, w: World) -> list[Any]:
    answer = await client.get(f"/api/v1/families/{w.family_id}/messages",
                              headers=w.token(rt, w.primary_id))
    assert answer.status_code == 200
    messages: list[Any] = answer.json()
    return messages


async def intake(client: httpx.AsyncClient, rt: Runtime, w: World, worker_id: int) -> list[Any]:
    answer = await client.get("/api/v1/intake", headers=w.token(rt, worker_id))
    assert answer.status_code == 200
    items: list[Any] = answer.json()
    return items


async def nothing_stored(client: httpx.AsyncClient, rt: Runtime, w: World) -> bool:
    return (await family_messages(client, rt, w) == []
            and await intake(client, rt, w, w.lead_id) == [])


async def test_a_signed_sms_reaches_both_contacts_and_gets_empty_twiml(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w = await world(rt)
    # Office hours (Tuesday 10:00), so no out-of-hours answer becomes the last message.
    rt.clock = lambda: datetime(2026, 11, 24, 10, 0, tzinfo=ZoneInfo("Europe/Copenhagen"))
    # Twilio adds fields over time; one it does not send today must not hurt.
    form = payload("inbound_danish", AddedByTwilioNextYear="1")
    answer = await post_signed(client, INBOUND, form)
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("text/xml")
    assert answer.text == '<?xml version="1.0" encoding="UTF-8"?><Response/>'
    for contact in (w.primary_id, w.partner_id):
        inbox = (await client.get("/api/v1/inbox", headers=w.token(rt, contact))).json()
        assert [item["family_id"] for item in inbox] == [w.family_id]
        assert inbox[0]["last_message"]["body"] == form["Body"]
    inbound = [m for m in await family_messages(client, rt, w) if m["direction"] == "in"]
    assert [(m["channel"], m["member_id"], m["status"], m["body"]) for m in inbound] == [
        ("sms", w.parent_id, "received", form["Body"])]


async def test_an_unsigned_or_forged_sms_is_refused_and_not_stored(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w = await world(rt)
    form = payload("inbound_danish")
    forgeries = {
        "missing": {},
        "garbage": {"X-Twilio-Signature": "bm90IGEgc2lnbmF0dXJl"},
        "other token": {"X-Twilio-Signature": sign(INBOUND, form, token="someone-else")},
        "other url": {"X-Twilio-Signature": sign("/webhooks/twilio/other", form)},
        "changed body": {"X-Twilio-Signature": sign(INBOUND, {**form, "Body": "Hej"})},
    }
    for forgery, headers in forgeries.items():
        answer = await client.post(INBOUND, data=form, headers=headers)  # httpx encodes it
        assert answer.status_code == 403, forgery
        assert "X-Twilio-Signature" in answer.json()["detail"], forgery
    assert await nothing_stored(client, rt, w)
    inbox = (await client.get("/api/v1/inbox", headers=w.token(rt, w.primary_id))).json()
    assert inbox == []


async def test_a_repeated_message_sid_is_stored_once(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w = await world(rt)
    form = payload("inbound_danish")
    for _ in range(3):  # Twilio's retry through a fallback URL, a proxy replaying, …
        answer = await post_signed(client, INBOUND, form)
        assert answer.status_code == 200
    inbound = [m for m in await family_messages(client, rt, w) if m["direction"] == "in"]
    assert [m["body"] for m in inbound] == [form["Body"]]


async def test_an_unknown_sender_waits_in_the_intake_for_the_lead(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w = await world(rt)
    form = payload("inbound_unknown_sender")
    answer = await post_signed(client, INBOUND, form)
    assert answer.status_code == 200
    items = await intake(client, rt, w, w.lead_id)
    assert [(i["team_id"], i["channel"], i["sender"], i["body"]) for i in items] == [
        (w.team_id, "sms", form["From"], form["Body"])]
    assert await intake(client, rt, w, w.primary_id) == []
    assert await family_messages(client, rt, w) == []


async def test_stop_silences_the_member_until_start(
    rt: Runtime, client: httpx.AsyncClient, delivery: DeliveryWorker, twilio: FakeTwilio,
) -> None:
    w = await world(rt)
    headers = w.token(rt, w.primary_id)
    url = f"/api/v1/families/{w.family_id}/messages"
    assert (await post_signed(client, INBOUND, payload("inbound_stop"))).status_code == 200

    refused = await client.post(url, json={"body": "Hej Fatima, hvordan går det?",
                                           "member_id": w.parent_id}, headers=headers)
    assert refused.status_code == 409
    assert "STOP" in refused.json()["detail"]
    await delivery.run_once()
    assert twilio.to(PARENT_PHONE) == []

    assert (await post_signed(client, INBOUND, payload("inbound_start"))).status_code == 200
    accepted = await client.post(url, json={"body": "Velkommen tilbage, Fatima.",
                                            "member_id": w.parent_id}, headers=headers)
    assert accepted.status_code == 202
    await delivery.run_once()
    assert [m["body"] for m in twilio.to(PARENT_PHONE)] == ["Velkommen tilbage, Fatima."]


async def test_help_is_answered_with_the_team_name_and_the_emergency_number(
    rt: Runtime, client: httpx.AsyncClient, delivery: DeliveryWorker, twilio: FakeTwilio,
) -> None:
    w = await world(rt)
    assert (await post_signed(client, INBOUND, payload("inbound_help"))).status_code == 200
    await delivery.run_once()
    [answer] = twilio.to(PARENT_PHONE)
    assert "Gellerup Opgang" in answer["body"]
    assert "112" in answer["body"]
    assert answer["from"] == twilio.messages[0]["from"]
    out = [m for m in await family_messages(client, rt, w) if m["direction"] == "out"]
    assert [(m["kind"], m["status"], m["body"]) for m in out] == [
        ("auto", "sent", answer["body"])]


async def test_a_1600_character_arabic_sms_is_kept_intact(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w = await world(rt)
    form = payload("inbound_arabic_long")
    assert len(form["Body"]) == 1600
    assert (await post_signed(client, INBOUND, form)).status_code == 200
    [stored] = [m for m in await family_messages(client, rt, w) if m["direction"] == "in"]
    assert stored["body"] == form["Body"]


async def test_a_picture_message_keeps_the_link_to_the_picture(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w = await world(rt)
    form = payload("inbound_mms")
    assert (await post_signed(client, INBOUND, form)).status_code == 200
    [stored] = [m for m in await family_messages(client, rt, w) if m["direction"] == "in"]
    assert stored["body"] == f"{form['Body']}\n{form['MediaUrl0']}"


def _without(name: str) -> dict[str, str]:
    form = payload("inbound_danish")
    del form[name]
    return form


URLENCODED = "application/x-www-form-urlencoded"
MALFORMED: dict[str, tuple[bytes | Form, str | None, int, str]] = {
    # name: (raw body, or a form that is signed as Twilio would; content type; status; named)
    "json": (b'{"MessageSid": "SM1"}', "application/json", 400, "Content-Type"),
    "no content type": (b"MessageSid=SM1", None, 400, "Content-Type"),
    "bad percent-encoding": (b"MessageSid=SM1&Body=%FF%FE", URLENCODED, 400, "UTF-8"),
    "not UTF-8": (b"Body=\xff\xfe\x00", URLENCODED, 400, "UTF-8"),
    "too large": (b"Body=" + b"a" * 300_000, URLENCODED, 413, "body"),
    "too many fields": (b"&".join(b"f%d=1" % i for i in range(500)), URLENCODED, 400,
                        "fields"),
    "no MessageSid": (_without("MessageSid"), URLENCODED, 400, "MessageSid"),
    "no From": (_without("From"), URLENCODED, 400, "From"),
    "From not a phone": (payload("inbound_danish", From="Robert'); DROP"), URLENCODED, 400,
                         "From"),
    "From twice": ([*payload("inbound_danish").items(), ("From", "+4531998877")], URLENCODED,
                   400, "From"),
    "MessageSid not a sid": (payload("inbound_danish", MessageSid="SM 1/../2"), URLENCODED,
                             400, "MessageSid"),
    "MessageSid too long": (payload("inbound_danish", MessageSid="SM" + "a" * 99), URLENCODED,
                            400, "MessageSid"),
}


async def test_a_malformed_form_gets_a_4xx_naming_the_problem_and_nothing_is_stored(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w = await world(rt)
    for case, (body, content_type, status, named) in MALFORMED.items():
        if isinstance(body, bytes):
            answer = await client.post(INBOUND, content=body, headers=(
                {"Content-Type": content_type} if content_type else {}))
        else:
            answer = await post_signed(client, INBOUND, body)
        assert answer.status_code == status, case
        assert named in answer.json()["detail"], case
    assert await nothing_stored(client, rt, w)


async def test_a_nul_character_in_the_text_does_not_lose_the_message(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w = await world(rt)
    form = payload("inbound_danish", Body="Hej\x00med dig")
    assert (await post_signed(client, INBOUND, form)).status_code == 200
    [stored] = [m for m in await family_messages(client, rt, w) if m["direction"] == "in"]
    assert stored["body"] == "Hej\ufffdmed dig"


async def test_the_signature_covers_the_query_string_of_the_configured_url(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w = await world(rt)
    form = payload("inbound_danish")
    path = f"{INBOUND}?team=gellerup&v=2"
    forged = await post_signed(client, path, form, signature=sign(INBOUND, form))
    assert forged.status_code == 403
    answer = await post_signed(client, path, form)
    assert answer.status_code == 200
    assert len(await family_messages(client, rt, w)) >= 1


async def test_without_a_twilio_token_the_webhooks_say_sms_is_not_configured(
    settings: Settings,
) -> None:
    off = settings.model_copy(update={"twilio_auth_token": None})
    app: FastAPI = create_app(off, background=False, migrate=False)
    async with app.router.lifespan_context(app), httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://testserver.local",
    ) as client:
        for path in (INBOUND, STATUS):
            form = payload("inbound_danish")
            answer = await post_signed(client, path, form)
            assert answer.status_code == 404
            assert "TWILIO_AUTH_TOKEN" in answer.json()["detail"]
