"""The family-phone simulator: a fake phone that texts through `receive` and shows its replies."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from bot.delivery import DeliveryWorker
from bot.runtime import Runtime
from tests.factories import PARENT_PHONE, YOUTH_PHONE, world

UNKNOWN_PHONE = "+4531313131"


async def text(client: httpx.AsyncClient, phone: str, body: str,
               client_id: str | None = None) -> httpx.Response:
    payload: dict[str, Any] = {"phone": phone, "body": body}
    if client_id is not None:
        payload["client_id"] = client_id
    return await client.post("/simulator/api/messages", json=payload)


async def conversation(client: httpx.AsyncClient, phone: str) -> list[dict[str, Any]]:
    answer = await client.get("/simulator/api/messages", params={"phone": phone})
    assert answer.status_code == 200, answer.text
    messages: list[dict[str, Any]] = answer.json()["messages"]
    return messages


def chats(messages: list[dict[str, Any]]) -> list[tuple[str, str]]:
    # Out-of-hours answers depend on the clock; only what people wrote is asserted.
    return [(m["direction"], m["body"]) for m in messages if m["kind"] == "chat"]


async def test_a_text_from_a_member_reaches_both_contacts(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w = await world(rt)
    answer = await text(client, PARENT_PHONE, "مرحبا، هل وصلت الرسالة؟", "page-0001")
    assert answer.status_code == 201
    assert answer.json()["known"] is True and answer.json()["duplicate"] is False
    for worker_id in (w.primary_id, w.partner_id):
        headers = w.token(rt, worker_id)
        inbox = (await client.get("/api/v1/inbox", headers=headers)).json()
        assert [item["family_id"] for item in inbox] == [w.family_id]
        messages = (await client.get(f"/api/v1/families/{w.family_id}/messages",
                                     headers=headers)).json()
        inbound = [m for m in messages if m["direction"] == "in"]
        assert [(m["channel"], m["member_id"], m["body"]) for m in inbound] == [
            ("simulator", w.parent_id, "مرحبا، هل وصلت الرسالة؟")]


async def test_a_national_number_is_read_as_danish(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    await world(rt)
    answer = await text(client, "20 12 34 56", "Hej")
    assert answer.status_code == 201
    assert answer.json()["phone"] == PARENT_PHONE and answer.json()["known"] is True
    assert chats(await conversation(client, "2012 3456")) == [("in", "Hej")]


async def test_a_double_post_with_the_same_client_id_is_stored_once(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    await world(rt)
    first = await text(client, PARENT_PHONE, "Kan I ringe?", "double-click-1")
    second = await text(client, PARENT_PHONE, "Kan I ringe?", "double-click-1")
    assert (first.status_code, second.status_code) == (201, 200)
    assert second.json()["duplicate"] is True
    assert chats(await conversation(client, PARENT_PHONE)) == [("in", "Kan I ringe?")]


async def test_an_unknown_number_lands_in_intake(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w = await world(rt)
    answer = await text(client, UNKNOWN_PHONE, "Jeg har fået jeres nummer af skolen")
    assert answer.status_code == 201
    assert answer.json()["known"] is False
    intake = (await client.get("/api/v1/intake", headers=w.token(rt, w.lead_id))).json()
    assert [(m["sender"], m["body"]) for m in intake] == [
        (UNKNOWN_PHONE, "Jeg har fået jeres nummer af skolen")]
    inbox = (await client.get("/api/v1/inbox", headers=w.token(rt, w.primary_id))).json()
    assert inbox == []


async def test_the_phone_shows_the_reply_and_nothing_of_other_phones(
    rt: Runtime, client: httpx.AsyncClient, delivery: DeliveryWorker,
) -> None:
    w = await world(rt)
    await text(client, PARENT_PHONE, "Hvornår kommer I?")
    await text(client, YOUTH_PHONE, "Jeg kommer ikke i skole i dag")
    headers = w.token(rt, w.primary_id)
    reply = await client.post(f"/api/v1/families/{w.family_id}/messages",
                              json={"body": "Tirsdag kl. 10.", "member_id": w.parent_id},
                              headers=headers)
    assert reply.status_code == 202
    before = [m for m in await conversation(client, PARENT_PHONE)
              if m["direction"] == "out" and m["kind"] == "chat"]
    assert [m["status"] for m in before] == ["queued"]
    await delivery.run_once()
    parent = await conversation(client, PARENT_PHONE)
    assert chats(parent) == [("in", "Hvornår kommer I?"), ("out", "Tirsdag kl. 10.")]
    assert [m["status"] for m in parent if m["kind"] == "chat" and m["direction"] == "out"] == [
        "delivered"]
    assert chats(await conversation(client, YOUTH_PHONE)) == [
        ("in", "Jeg kommer ikke i skole i dag")]


async def test_the_phone_list_names_member_family_and_language(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w = await world(rt)
    answer = await client.get("/simulator/api/phones")
    assert answer.status_code == 200
    assert answer.headers["cache-control"] == "no-store"
    phones = {p["phone"]: p for p in answer.json()}
    assert set(phones) == {PARENT_PHONE, YOUTH_PHONE}
    parent = phones[PARENT_PHONE]
    assert (parent["member_name"], parent["family_name"], parent["language"],
            parent["member_id"], parent["display"]) == (
        "Fatima", "Familien Hassan", "ar", w.parent_id, "+45 20 12 34 56")


async def test_stop_from_the_simulator_shows_as_opted_out(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    await world(rt)
    await text(client, YOUTH_PHONE, "STOP")
    phones = {p["phone"]: p for p in (await client.get("/simulator/api/phones")).json()}
    assert (phones[YOUTH_PHONE]["opted_out"], phones[PARENT_PHONE]["opted_out"]) == (True, False)


@pytest.mark.parametrize(("payload", "named"), [
    ({"phone": "12", "body": "Hej"}, "phone"),
    ({"phone": "hello", "body": "Hej"}, "phone"),
    ({"body": "Hej"}, "phone"),
    ({"phone": PARENT_PHONE, "body": "   "}, "body"),
    ({"phone": PARENT_PHONE, "body": ""}, "body"),
    ({"phone": PARENT_PHONE}, "body"),
    ({"phone": PARENT_PHONE, "body": "x" * 1601}, "body"),
    ({"phone": PARENT_PHONE, "body": "Hej", "client_id": "<script>"}, "client_id"),
    ({"phone": PARENT_PHONE, "body": "Hej", "sender": "+4520000000"}, "sender"),
])
async def test_bad_input_answers_422_naming_the_field(
    client: httpx.AsyncClient, payload: dict[str, Any], named: str,
) -> None:
    answer = await client.post("/simulator/api/messages", json=payload)
    assert answer.status_code == 422
    assert named in str(answer.json()["detail"])
    assert await conversation(client, PARENT_PHONE) == []


async def test_a_body_that_is_not_json_answers_4xx(client: httpx.AsyncClient) -> None:
    answer = await client.post("/simulator/api/messages", content=b"phone=+4520123456&body=x",
                               headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert 400 <= answer.status_code < 500


async def test_1600_arabic_characters_are_kept_intact(client: httpx.AsyncClient) -> None:
    body = ("سلام " * 320)[:1600]
    assert (await text(client, PARENT_PHONE, body)).status_code == 201
    assert chats(await conversation(client, PARENT_PHONE)) == [("in", body)]


@pytest.mark.parametrize("phone", ["", "12", "+45 1"])
async def test_a_bad_phone_in_the_conversation_query_answers_422(
    client: httpx.AsyncClient, phone: str,
) -> None:
    answer = await client.get("/simulator/api/messages", params={"phone": phone})
    assert answer.status_code == 422
    assert "phone" in str(answer.json()["detail"])


async def test_the_page_loads_only_its_own_script_and_says_it_is_for_demos(
    client: httpx.AsyncClient,
) -> None:
    page = await client.get("/simulator")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    policy = page.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    html = page.text
    assert '<script src="/simulator/app.js"' in html and "<script>" not in html
    assert "without a login" in html and 'dir="auto"' in html
    script = await client.get("/simulator/app.js")
    assert script.status_code == 200
    assert script.headers["content-type"].startswith("text/javascript")
    assert "/simulator/api/messages" in script.text and "innerHTML" not in script.text
    assert (await client.get("/simulator/app.css")).status_code == 200


class TestWithTheSimulatorOff:
    """Where SMS or Telegram carry real families, the page and its data do not exist."""

    @pytest.fixture
    def settings_overrides(self) -> dict[str, Any]:
        return {"OPGANG_SIMULATOR": False}

    async def test_the_simulator_answers_404(self, client: httpx.AsyncClient) -> None:
        for path in ("/simulator", "/simulator/app.js", "/simulator/api/phones"):
            assert (await client.get(path)).status_code == 404, path
        answer = await text(client, PARENT_PHONE, "Hej")
        assert answer.status_code in (404, 405)
