"""The webhook's fast path for plain text messages, next to aiogram's way for everything else.

A text message from a private chat is read from the JSON directly and stored with its update id
in one group-commit transaction (`bot.channels.telegram_plain`, `bot.actions.telegram_updates`);
these tests hold it to what aiogram's dispatcher does with the same update.
"""

from __future__ import annotations

import asyncio
import copy
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from bot import texts
from bot.channels.telegram_plain import plain_text
from bot.delivery import DeliveryWorker
from bot.runtime import Runtime
from tests.factories import YOUTH_CHAT, world
from tests.fakes.telegram import FakeTelegram
from tests.telegram.conftest import SECRET, WEBHOOK, message, post_update, recorded, start
from tests.telegram.test_webhook import conversation
from tests.telegram.test_webhook import settings_overrides as settings_overrides

ODD_VALUES: list[Any] = [None, "", "x", "/start", 0, -1, 2**40, True, 1.5, [], {}]


def _variants() -> list[dict[str, Any]]:
    """The recorded text message with one thing changed: each key dropped, each value replaced
    by an odd one, an unknown key added at each level."""
    base = recorded("message")
    variants = []

    def paths(obj: dict[str, Any], prefix: tuple[str, ...]) -> list[tuple[str, ...]]:
        found = []
        for key, value in obj.items():
            found.append((*prefix, key))
            if isinstance(value, dict):
                found.extend(paths(value, (*prefix, key)))
        return found

    for path in paths(base, ()):
        *parents, leaf = path
        for change in ["drop", *ODD_VALUES]:
            update = copy.deepcopy(base)
            target = update
            for name in parents:
                target = target[name]
            if change == "drop":
                del target[leaf]
            else:
                target[leaf] = copy.deepcopy(change)
            variants.append(update)
    for level in [(), ("message",), ("message", "chat"), ("message", "from")]:
        update = copy.deepcopy(base)
        target = update
        for name in level:
            target = target[name]
        target["entities"] = [{"type": "url", "offset": 0, "length": 3}]
        variants.append(update)
    return variants


@pytest.mark.parametrize("update", _variants())
def test_the_fast_path_takes_only_what_aiogram_reads_as_the_same_private_text(
    update: dict[str, Any],
) -> None:
    # Imported here: the service imports aiogram first (bot/channels/telegram_schemas.py).
    from aiogram.types import Update

    plain = plain_text(update)
    if plain is None:
        return  # aiogram's way: whatever it makes of it, the answer is its own
    parsed = Update.model_validate(update)  # raises if the fast path took what aiogram refuses
    assert parsed.message is not None and parsed.event_type == "message"
    assert parsed.message.chat.type == "private"
    assert parsed.message.text and not parsed.message.text.startswith("/")
    assert (plain.update_id, plain.chat_id, plain.message_id, plain.text) == (
        parsed.update_id, parsed.message.chat.id, parsed.message.message_id,
        parsed.message.text)
    language = parsed.message.from_user.language_code if parsed.message.from_user else None
    assert plain.language_code == language


def test_the_recorded_text_message_takes_the_fast_path() -> None:
    assert plain_text(recorded("message")) is not None
    for other in ("start_with_code", "callback_query", "my_chat_member_kicked",
                  "photo_with_caption"):
        assert plain_text(recorded(other)) is None, other


async def test_a_burst_of_updates_some_delivered_twice_stores_each_update_once(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w = await world(rt)
    updates = [message(581500001 + i, YOUTH_CHAT, f"Besked {i}", message_id=900 + i)
               for i in range(12)]
    # Telegram delivers an update again when it missed our answer; here while the first is
    # still being stored, so both copies can land in one group commit. The update id is what
    # repeats (the copies here differ in their message, which must not make them count twice).
    again = [message(581500001 + i, YOUTH_CHAT, f"Besked {i} (igen)", message_id=950 + i)
             for i in range(5)]
    answers = await asyncio.gather(*(post_update(client, u) for u in updates + again))
    assert [a.status_code for a in answers] == [200] * 17
    bodies = [m["body"] for m in await conversation(client, rt, w) if m["direction"] == "in"]
    assert sorted(bodies) == sorted(f"Besked {i}" for i in range(12))


async def test_an_update_id_seen_on_one_path_is_skipped_on_the_other(
    rt: Runtime, client: httpx.AsyncClient, delivery: DeliveryWorker, telegram: FakeTelegram,
) -> None:
    w = await world(rt)
    # First a plain text (fast path), then the same update id as a command (aiogram's way).
    assert (await post_update(client, message(581510001, 888005, "Hej"))).status_code == 200
    assert (await post_update(client, start(581510001, 888005, None))).status_code == 200
    # First a command, then the same update id as plain text.
    assert (await post_update(client, start(581510002, YOUTH_CHAT, None))).status_code == 200
    assert (await post_update(client, message(581510002, YOUTH_CHAT, "Igen"))).status_code == 200
    assert [m["body"] for m in await conversation(client, rt, w)] == []
    intake = (await client.get("/api/v1/intake", headers=w.token(rt, w.lead_id))).json()
    assert [i["body"] for i in intake] == ["Hej"]
    await delivery.run_once()
    assert telegram.to(888005) == [texts.telegram_unknown_chat("da")]


async def test_commands_other_than_start_and_marked_up_text_are_kept_as_text(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w = await world(rt)
    command = message(581520001, YOUTH_CHAT, "/hjælp")
    linked = message(581520002, YOUTH_CHAT, "Se https://aarhus.dk\x00 tak")
    linked["message"]["entities"] = [{"type": "url", "offset": 3, "length": 17}]
    for update in (command, linked):
        assert plain_text(update) is None  # both take aiogram's way
        assert (await post_update(client, update)).status_code == 200
    assert (await post_update(client, message(581520003, YOUTH_CHAT, "Ok\x00"))).status_code \
        == 200
    bodies = [m["body"] for m in await conversation(client, rt, w) if m["direction"] == "in"]
    assert sorted(bodies) == sorted(["/hjælp", "Se https://aarhus.dk\ufffd tak", "Ok\ufffd"])


async def test_a_stranger_writing_twice_is_answered_once_in_their_language(
    rt: Runtime, client: httpx.AsyncClient, delivery: DeliveryWorker, telegram: FakeTelegram,
) -> None:
    w = await world(rt)
    for i, language in enumerate(["ar-EG", "ar-EG"]):
        update = message(581530001 + i, 888007, f"مرحبا {i}", language=language)
        assert (await post_update(client, update)).status_code == 200
    intake = (await client.get("/api/v1/intake", headers=w.token(rt, w.lead_id))).json()
    assert len(intake) == 2
    await delivery.run_once()
    assert telegram.to(888007) == [texts.telegram_unknown_chat("ar")]


async def test_on_its_direct_route_the_webhook_answers_with_the_headers_and_limits_of_the_rest(
    rt: Runtime, client: httpx.AsyncClient, app: FastAPI,
) -> None:
    w = await world(rt)
    answer = await post_update(client, message(581540001, YOUTH_CHAT, "Hej"))
    assert (answer.status_code, answer.json()) == (200, {"ok": True})
    assert answer.headers["content-type"] == "application/json"
    assert answer.headers["x-content-type-options"] == "nosniff"
    assert len(answer.headers["x-request-id"]) >= 16
    refused = await post_update(client, message(581540002, YOUTH_CHAT, "Hej"), secret="wrong")
    assert refused.status_code == 403 and refused.headers["x-request-id"]

    async def chunks() -> AsyncIterator[bytes]:  # no Content-Length: counted as it arrives
        yield b'{"update_id": 581540003, "message": {"text": "'
        for _ in range(40):
            yield b"a" * 10_000
        yield b'"}}'

    too_large = await client.post(WEBHOOK, content=chunks(), headers={
        "Content-Type": "application/json", "X-Telegram-Bot-Api-Secret-Token": SECRET})
    assert too_large.status_code == 413 and too_large.headers["x-request-id"]
    assert [m["body"] for m in await conversation(client, rt, w) if m["direction"] == "in"] \
        == ["Hej"]
    assert (await client.get(WEBHOOK)).status_code == 405
    assert "post" in app.openapi()["paths"][WEBHOOK]
