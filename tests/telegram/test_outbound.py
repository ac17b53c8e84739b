"""Outbound Telegram: the real aiogram Bot against the fake Bot API, through the delivery worker."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import httpx
import pytest

from bot.channels.base import Failed, Retry, Sent
from bot.channels.telegram import TelegramChannel, split_text
from bot.config import Settings
from bot.delivery import DeliveryWorker
from bot.runtime import Runtime
from tests.factories import YOUTH_CHAT, World, world
from tests.fakes.telegram import (
    TOKEN,
    FakeTelegram,
    blocked,
    chat_not_found,
    server_error,
    too_many_requests,
)


@pytest.fixture
def settings_overrides(telegram: FakeTelegram) -> dict[str, Any]:
    """Telegram on (polling mode, but nothing polls: the tests drive the delivery worker)."""
    return {"TELEGRAM_BOT_TOKEN": TOKEN, "OPGANG_TELEGRAM_API_URL": telegram.url}


async def reply(client: httpx.AsyncClient, rt: Runtime, w: World, body: str) -> int:
    """A contact writes to Yusuf on Telegram through the API; the message's id."""
    answer = await client.post(f"/api/v1/families/{w.family_id}/messages",
                               json={"body": body, "member_id": w.youth_id,
                                     "channel": "telegram"},
                               headers=w.token(rt, w.primary_id))
    assert answer.status_code == 202, answer.text
    message_id: int = answer.json()["id"]
    return message_id


async def shown(client: httpx.AsyncClient, rt: Runtime, w: World, message_id: int) -> Any:
    """The message as the contact sees it in the family's conversation."""
    answer = await client.get(f"/api/v1/families/{w.family_id}/messages",
                              headers=w.token(rt, w.primary_id))
    return next(m for m in answer.json() if m["id"] == message_id)


async def telegram_address(client: httpx.AsyncClient, rt: Runtime, w: World) -> Any:
    family = (await client.get(f"/api/v1/families/{w.family_id}",
                               headers=w.token(rt, w.primary_id))).json()
    youth = next(m for m in family["members"] if m["id"] == w.youth_id)
    return next(a for a in youth["addresses"] if a["kind"] == "telegram")


async def test_a_reply_is_delivered_through_the_bot(
    rt: Runtime, client: httpx.AsyncClient, delivery: DeliveryWorker, telegram: FakeTelegram,
) -> None:
    w = await world(rt)
    message_id = await reply(client, rt, w, "Hej Yusuf, vi ses torsdag kl. 10 <på skolen> & co.")
    assert (await shown(client, rt, w, message_id))["status"] == "queued"
    assert await delivery.run_once() == 1
    assert telegram.to(YOUTH_CHAT) == ["Hej Yusuf, vi ses torsdag kl. 10 <på skolen> & co."]
    # Telegram has no delivery receipts: accepted is as far as anyone can know.
    assert (await shown(client, rt, w, message_id))["status"] == "delivered"


async def test_a_429_is_honoured_not_sent_before_retry_after_then_sent_once(
    rt: Runtime, client: httpx.AsyncClient, delivery: DeliveryWorker, telegram: FakeTelegram,
) -> None:
    w = await world(rt)
    telegram.fail_next(too_many_requests(1))
    message_id = await reply(client, rt, w, "Husk mødet")
    await delivery.run_once()
    assert telegram.sent == []
    message = await shown(client, rt, w, message_id)
    assert (message["status"], message["reason"]) == ("queued", None)
    await delivery.run_once()  # too early: the row is not due yet
    assert len(telegram.attempts) == 1
    await asyncio.sleep(max(0.0, telegram.attempts[0][1] + 1.05 - time.monotonic()))
    await delivery.run_once()
    assert telegram.to(YOUTH_CHAT) == ["Husk mødet"]
    assert telegram.sent[0].at - telegram.attempts[0][1] >= 1.0
    assert (await shown(client, rt, w, message_id))["status"] == "delivered"
    await delivery.run_once()
    assert len(telegram.sent) == 1


async def test_a_blocked_bot_fails_the_message_and_retires_the_address_visibly(
    rt: Runtime, client: httpx.AsyncClient, delivery: DeliveryWorker, telegram: FakeTelegram,
) -> None:
    w = await world(rt)
    telegram.blocked_chats.add(YOUTH_CHAT)
    message_id = await reply(client, rt, w, "Hej Yusuf")
    await delivery.run_once()
    message = await shown(client, rt, w, message_id)
    assert (message["status"], message["reason"]) == ("failed", "blocked the bot on Telegram")
    address = await telegram_address(client, rt, w)
    assert (address["active"], address["inactive_reason"]) == (
        False, "blocked the bot on Telegram")
    await delivery.run_once()
    assert len(telegram.attempts) == 1  # a permanent refusal is not retried
    again = await client.post(f"/api/v1/families/{w.family_id}/messages",
                              json={"body": "Hallo?", "member_id": w.youth_id,
                                    "channel": "telegram"},
                              headers=w.token(rt, w.primary_id))
    assert again.status_code == 409
    assert "blocked the bot on Telegram" in again.json()["detail"]


async def test_a_chat_that_is_gone_fails_the_message_and_retires_the_address(
    rt: Runtime, client: httpx.AsyncClient, delivery: DeliveryWorker, telegram: FakeTelegram,
) -> None:
    w = await world(rt)
    telegram.fail_next(chat_not_found())
    message_id = await reply(client, rt, w, "Hej Yusuf")
    await delivery.run_once()
    message = await shown(client, rt, w, message_id)
    assert (message["status"], message["reason"]) == ("failed", "Telegram chat not found")
    assert (await telegram_address(client, rt, w))["active"] is False


async def test_a_server_error_keeps_the_message_waiting_for_a_retry(
    rt: Runtime, client: httpx.AsyncClient, delivery: DeliveryWorker, telegram: FakeTelegram,
) -> None:
    w = await world(rt)
    telegram.fail_next(server_error())
    message_id = await reply(client, rt, w, "Hej Yusuf")
    await delivery.run_once()
    message = await shown(client, rt, w, message_id)
    assert (message["status"], message["reason"]) == ("queued", None)
    assert (await telegram_address(client, rt, w))["active"] is True


async def test_messages_to_one_chat_keep_a_second_apart_and_the_excess_waits(
    rt: Runtime, client: httpx.AsyncClient, delivery: DeliveryWorker, telegram: FakeTelegram,
) -> None:
    w = await world(rt)
    ids = [await reply(client, rt, w, f"Besked {i}") for i in range(3)]
    await delivery.run_once()
    assert telegram.to(YOUTH_CHAT) == ["Besked 0", "Besked 1"]
    assert telegram.sent[1].at - telegram.sent[0].at >= 0.95
    # The third would have waited two seconds: deferred without counting as an attempt.
    assert len(telegram.attempts) == 2
    third = await shown(client, rt, w, ids[2])
    assert (third["status"], third["reason"]) == ("queued", None)


def channel_settings(url: str) -> Settings:
    """Settings for the channel alone (no database involved)."""
    return Settings(_env_file=None, TELEGRAM_BOT_TOKEN=TOKEN,
                    OPGANG_TELEGRAM_API_URL=url)


async def test_the_channel_maps_each_answer_to_an_outcome(telegram: FakeTelegram) -> None:
    channel = TelegramChannel(channel_settings(telegram.url))
    try:
        telegram.fail_next(too_many_requests(7), blocked(), chat_not_found(), server_error())
        assert await channel.send("1001", "a") == Retry(
            "Telegram asked us to slow down (429)", after=7.0)
        assert await channel.send("1002", "b") == Failed(
            "blocked the bot on Telegram", address_inactive=True)
        assert await channel.send("1003", "c") == Failed(
            "Telegram chat not found", address_inactive=True)
        outcome = await channel.send("1004", "d")
        assert isinstance(outcome, Retry) and outcome.charge
        sent = await channel.send("1005", "e")
        assert sent == Sent(provider_id=f"1005:{telegram.sent[-1].message_id}", delivered=True)
        # The chat that got a 429 is held back locally too, without asking Telegram.
        held = await channel.send("1001", "a")
        assert isinstance(held, Retry) and not held.charge and held.after is not None
        assert [chat for chat, _ in telegram.attempts].count(1001) == 1
        assert await channel.send("not-a-chat", "x") == Failed("'not-a-chat' is not a Telegram "
                                                               "chat id")
    finally:
        await channel.close()


async def test_an_unreachable_bot_api_is_a_retry() -> None:
    channel = TelegramChannel(channel_settings("http://127.0.0.1:9"))
    try:
        outcome = await channel.send("1001", "hello")
    finally:
        await channel.close()
    assert isinstance(outcome, Retry) and outcome.charge


async def test_a_text_longer_than_telegram_allows_goes_in_pieces(
    telegram: FakeTelegram,
) -> None:
    channel = TelegramChannel(channel_settings(telegram.url))
    words = " ".join(["ord"] * 1500)  # 5,999 characters
    try:
        assert isinstance(await channel.send("1001", words), Sent)
    finally:
        await channel.close()
    pieces = telegram.to(1001)
    assert len(pieces) == 2 and "".join(pieces) == words
    assert all(len(p) <= 4096 for p in pieces) and pieces[0].endswith(" ")


def test_pieces_respect_utf16_units_and_never_lose_a_character() -> None:
    emoji = "😀" * 3000  # two UTF-16 units each
    pieces = split_text(emoji)
    assert "".join(pieces) == emoji
    assert all(len(p.encode("utf-16-le")) // 2 <= 4096 for p in pieces)
    assert split_text("kort") == ["kort"]
    assert split_text("x" * 4096) == ["x" * 4096]
    assert split_text("x" * 4097) == ["x" * 4096, "x"]
