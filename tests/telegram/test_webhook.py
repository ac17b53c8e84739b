"""Telegram in webhook mode: recorded updates posted to `/webhooks/telegram` as Telegram does."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import httpx
import pytest

from bot import texts
from bot.actions.telegram_links import LINK_LIFETIME
from bot.delivery import DeliveryWorker
from bot.runtime import Runtime
from storage.types import utcnow
from tests.conftest import PUBLIC_URL
from tests.factories import YOUTH_CHAT, World, world
from tests.fakes.telegram import BOT_USERNAME, TOKEN, FakeTelegram
from tests.telegram.conftest import (
    SECRET,
    WEBHOOK,
    membership,
    message,
    post_update,
    recorded,
    start,
)

TEAM = "Gellerup Opgang"


@pytest.fixture
def settings_overrides(telegram: FakeTelegram) -> dict[str, Any]:
    """Telegram on in webhook mode, with the real aiogram Bot pointed at the fake."""
    return {
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "OPGANG_TELEGRAM_API_URL": telegram.url,
        "OPGANG_TELEGRAM_MODE": "webhook",
        "TELEGRAM_WEBHOOK_SECRET": SECRET,
    }


async def conversation(client: httpx.AsyncClient, rt: Runtime, w: World) -> list[Any]:
    """The family's messages as its primary contact sees them."""
    answer = await client.get(f"/api/v1/families/{w.family_id}/messages",
                              headers=w.token(rt, w.primary_id))
    assert answer.status_code == 200
    messages: list[Any] = answer.json()
    return messages


async def member(client: httpx.AsyncClient, rt: Runtime, w: World, member_id: int) -> Any:
    """A member as the family's page in the API shows them."""
    family = (await client.get(f"/api/v1/families/{w.family_id}",
                               headers=w.token(rt, w.primary_id))).json()
    return next(m for m in family["members"] if m["id"] == member_id)


async def link(client: httpx.AsyncClient, rt: Runtime, w: World, member_id: int) -> Any:
    answer = await client.post(
        f"/api/v1/families/{w.family_id}/members/{member_id}/telegram-link",
        headers=w.token(rt, w.primary_id))
    assert answer.status_code == 201, answer.text
    return answer.json()


async def test_start_up_learns_the_bot_name_and_registers_the_webhook_with_its_secret(
    rt: Runtime, telegram: FakeTelegram,
) -> None:
    assert rt.telegram_username == BOT_USERNAME
    assert telegram.webhook["url"] == f"{PUBLIC_URL}{WEBHOOK}"
    assert telegram.webhook["secret_token"] == SECRET
    assert set(telegram.webhook["allowed_updates"]) == {"message", "my_chat_member",
                                                        "callback_query"}


async def test_a_message_from_a_linked_chat_reaches_the_family(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w = await world(rt)
    answer = await post_update(client, recorded("message"))
    assert (answer.status_code, answer.json()) == (200, {"ok": True})
    [stored] = [m for m in await conversation(client, rt, w) if m["direction"] == "in"]
    assert stored["body"] == "Hej Amira, kan vi flytte mødet på torsdag?"
    assert (stored["channel"], stored["member_id"]) == ("telegram", w.youth_id)
    inbox = (await client.get("/api/v1/inbox", headers=w.token(rt, w.partner_id))).json()
    assert [item["family_id"] for item in inbox] == [w.family_id]


async def test_a_webhook_without_the_right_secret_is_refused_and_nothing_is_stored(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w = await world(rt)
    for secret in (None, "", "wrong-secret", SECRET + "x", SECRET[:-1], "ø".encode()):
        answer = await post_update(client, recorded("message"), secret=secret)
        assert answer.status_code == 403, secret
        assert "X-Telegram-Bot-Api-Secret-Token" in answer.json()["detail"]
    assert await conversation(client, rt, w) == []
    # The same update with the secret is then processed: it was not recorded as seen.
    assert (await post_update(client, recorded("message"))).status_code == 200
    assert len(await conversation(client, rt, w)) >= 1


async def test_a_repeated_update_id_is_processed_once(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w = await world(rt)
    first = message(581030001, YOUTH_CHAT, "Kommer du i morgen?", message_id=50)
    # Telegram delivers an update again when it missed our answer; the id is what repeats.
    again = message(581030001, YOUTH_CHAT, "Kommer du i morgen? (igen)", message_id=51)
    for update in (first, first, again):
        assert (await post_update(client, update)).status_code == 200
    bodies = [m["body"] for m in await conversation(client, rt, w) if m["direction"] == "in"]
    assert bodies == ["Kommer du i morgen?"]


async def test_a_malformed_update_is_a_400_naming_the_problem(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w = await world(rt)
    for body, named in [
        (b"not json", "JSON"),
        (b"\xff\xfe", "JSON"),
        (b"[1, 2, 3]", "Update"),
        (b'{"message": {"text": "hi"}}', "update_id"),
        (b'{"update_id": "many"}', "update_id"),
        (b'{"update_id": 5, "message": {"message_id": 1}}', "message.date"),
    ]:
        answer = await post_update(client, body)
        assert answer.status_code == 400, body
        assert named in answer.json()["detail"], (body, answer.json())
    assert await conversation(client, rt, w) == []


async def test_a_deep_link_binds_the_chat_once_and_answers_in_the_members_language(
    rt: Runtime, client: httpx.AsyncClient, delivery: DeliveryWorker, telegram: FakeTelegram,
) -> None:
    w = await world(rt)
    new_chat, stranger = 777002, 777003
    created = await link(client, rt, w, w.parent_id)
    code = created["code"]
    assert created["url"] == f"https://t.me/{BOT_USERNAME}?start={code}"
    assert 16 <= len(code) <= 64 and code.replace("-", "").replace("_", "").isalnum()
    assert datetime.fromisoformat(created["expires_at"]) > utcnow()
    assert (await link(client, rt, w, w.parent_id))["code"] != code

    # Fatima's Telegram speaks English; she is answered in her own language (Arabic).
    assert (await post_update(client, start(581040001, new_chat, code, language="en"))
            ).status_code == 200
    assert (await member(client, rt, w, w.parent_id))["telegram_chat_id"] == new_chat
    await delivery.run_once()
    assert telegram.to(new_chat) == [texts.telegram_linked("ar", team=TEAM)]

    # The code is used up: a second chat trying it is not bound, and is told so.
    assert (await post_update(client, start(581040002, stranger, code, language="tr"))
            ).status_code == 200
    assert (await member(client, rt, w, w.parent_id))["telegram_chat_id"] == new_chat
    await delivery.run_once()
    assert telegram.to(stranger) == [texts.telegram_link_invalid("tr")]

    # From now on Fatima's messages in that chat reach the family as hers.
    await post_update(client, message(581040003, new_chat, "مرحبا"))
    [stored] = [m for m in await conversation(client, rt, w)
                if m["direction"] == "in" and m["body"] == "مرحبا"]
    assert stored["member_id"] == w.parent_id


async def test_an_expired_code_does_not_bind(
    rt: Runtime, client: httpx.AsyncClient, delivery: DeliveryWorker, telegram: FakeTelegram,
) -> None:
    w = await world(rt)
    code = (await link(client, rt, w, w.parent_id))["code"]
    rt.clock = lambda: utcnow() + LINK_LIFETIME + timedelta(minutes=1)
    await post_update(client, start(581050001, 777002, code, language="da"))
    assert (await member(client, rt, w, w.parent_id))["telegram_chat_id"] is None
    await delivery.run_once()
    assert telegram.to(777002) == [texts.telegram_link_invalid("da")]


async def test_an_unknown_chat_lands_in_the_intake_and_is_answered_once(
    rt: Runtime, client: httpx.AsyncClient, delivery: DeliveryWorker, telegram: FakeTelegram,
) -> None:
    w = await world(rt)
    for i, text in enumerate(["Hej, jeg har fået jeres nummer", "Er der nogen?"]):
        update = message(581060001 + i, 888001, text, language="uk")
        assert (await post_update(client, update)).status_code == 200
    intake = (await client.get("/api/v1/intake", headers=w.token(rt, w.lead_id))).json()
    assert [(i["channel"], i["sender"], i["body"]) for i in intake] == [
        ("telegram", "888001", "Hej, jeg har fået jeres nummer"),
        ("telegram", "888001", "Er der nogen?"),
    ]
    # A plain /start from another stranger is answered too, in the default language.
    await post_update(client, start(581060003, 888002, None, language="xx"))
    await delivery.run_once()
    assert telegram.to(888001) == [texts.telegram_unknown_chat("uk")]
    assert telegram.to(888002) == [texts.telegram_unknown_chat(rt.settings.default_language)]


async def test_a_plain_start_in_a_bound_chat_needs_no_answer(
    rt: Runtime, client: httpx.AsyncClient, delivery: DeliveryWorker, telegram: FakeTelegram,
) -> None:
    w = await world(rt)
    assert (await post_update(client, start(581070001, YOUTH_CHAT, None))).status_code == 200
    await delivery.run_once()
    assert telegram.to(YOUTH_CHAT) == []
    assert await conversation(client, rt, w) == []


async def test_a_photo_with_a_caption_is_kept_as_a_placeholder_with_the_caption(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w = await world(rt)
    assert (await post_update(client, recorded("photo_with_caption"))).status_code == 200
    [stored] = [m for m in await conversation(client, rt, w) if m["direction"] == "in"]
    assert stored["body"] == "[photo] Brevet fra jobcentret"
    assert stored["member_id"] == w.youth_id


async def test_blocking_the_bot_retires_the_address_visibly_and_unblocking_restores_it(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w = await world(rt)
    kicked = recorded("my_chat_member_kicked")
    assert (await post_update(client, kicked)).status_code == 200
    youth = await member(client, rt, w, w.youth_id)
    assert youth["telegram_chat_id"] is None
    [address] = [a for a in youth["addresses"] if a["kind"] == "telegram"]
    assert address == {"kind": "telegram", "value": str(YOUTH_CHAT), "active": False,
                       "opted_out": False, "inactive_reason": "blocked the bot on Telegram"}
    refused = await client.post(f"/api/v1/families/{w.family_id}/messages",
                                json={"body": "Hej Yusuf", "member_id": w.youth_id,
                                      "channel": "telegram"},
                                headers=w.token(rt, w.primary_id))
    assert refused.status_code == 409
    assert "blocked the bot on Telegram" in refused.json()["detail"]

    assert (await post_update(client, recorded("my_chat_member_unblocked"))).status_code == 200
    assert (await member(client, rt, w, w.youth_id))["telegram_chat_id"] == YOUTH_CHAT


async def test_unblocking_does_not_revive_a_chat_replaced_by_a_new_link(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w = await world(rt)
    await post_update(client, membership("my_chat_member_kicked", 581080001, YOUTH_CHAT))
    code = (await link(client, rt, w, w.youth_id))["code"]
    await post_update(client, start(581080002, 777009, code))
    await post_update(client, membership("my_chat_member_unblocked", 581080003, YOUTH_CHAT))
    youth = await member(client, rt, w, w.youth_id)
    assert youth["telegram_chat_id"] == 777009
    assert [a["value"] for a in youth["addresses"] if a["kind"] == "telegram" and a["active"]] \
        == ["777009"]


async def test_a_group_chat_is_ignored(rt: Runtime, client: httpx.AsyncClient) -> None:
    w = await world(rt)
    update = message(581090001, -100200300, "hello group")
    update["message"]["chat"] = {"id": -100200300, "title": "Some group", "type": "group"}
    assert (await post_update(client, update)).status_code == 200
    intake = (await client.get("/api/v1/intake", headers=w.token(rt, w.lead_id))).json()
    assert intake == []
