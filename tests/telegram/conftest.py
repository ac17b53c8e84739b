"""Telegram against the fake Bot API, and recorded `Update` payloads replayed (Zulip style).

The payloads in `tests/fixtures/telegram/` are updates as Telegram sends them; a test loads one
by name and changes what it needs (update id, chat, text) before pushing it to the fake (polling)
or posting it to the webhook.
"""

from __future__ import annotations

import asyncio
import copy
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from functools import cache
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.fakes.telegram import FakeTelegram

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "telegram"
WEBHOOK = "/webhooks/telegram"
SECRET = "s3cret_Webhook-token_0123456789"


@pytest.fixture
async def telegram() -> AsyncIterator[FakeTelegram]:
    """The fake Bot API, on 127.0.0.1 and a free port, for this test."""
    async with FakeTelegram() as fake:
        yield fake


@cache
def _recorded(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    return data


def recorded(name: str) -> dict[str, Any]:
    """A fresh copy of a recorded update by file name (without `.json`)."""
    return copy.deepcopy(_recorded(name))


def _set_chat(event: dict[str, Any], chat_id: int, language: str | None) -> None:
    event["chat"]["id"] = chat_id
    event["from"]["id"] = chat_id  # in a private chat, the chat id is the person's user id
    if language is None:
        event["from"].pop("language_code", None)
    else:
        event["from"]["language_code"] = language


def message(update_id: int, chat_id: int, text: str, *, message_id: int | None = None,
            language: str | None = "da") -> dict[str, Any]:
    """A text message from the private chat `chat_id`."""
    update = recorded("message")
    update["update_id"] = update_id
    event = update["message"]
    _set_chat(event, chat_id, language)
    event["text"] = text
    event["message_id"] = message_id if message_id is not None else update_id % 100_000
    return update


def start(update_id: int, chat_id: int, code: str | None, *,
          language: str | None = "en") -> dict[str, Any]:
    """`/start <code>` (or a plain `/start`) from the private chat `chat_id`."""
    update = recorded("start_with_code")
    update["update_id"] = update_id
    event = update["message"]
    _set_chat(event, chat_id, language)
    event["text"] = f"/start {code}" if code else "/start"
    event["message_id"] = update_id % 100_000
    return update


def membership(name: str, update_id: int, chat_id: int) -> dict[str, Any]:
    """A recorded `my_chat_member` update (`my_chat_member_kicked`…) for `chat_id`."""
    update = recorded(name)
    update["update_id"] = update_id
    _set_chat(update["my_chat_member"], chat_id, "da")
    return update


async def post_update(client: httpx.AsyncClient, update: dict[str, Any] | str | bytes,
                      *, secret: str | bytes | None = SECRET) -> httpx.Response:
    """POST an update to the webhook as Telegram does, with the secret header if given."""
    headers: dict[bytes, bytes] = {}
    if secret is not None:
        headers[b"x-telegram-bot-api-secret-token"] = (
            secret.encode() if isinstance(secret, str) else secret)
    if isinstance(update, dict):
        return await client.post(WEBHOOK, json=update, headers=headers)
    headers[b"content-type"] = b"application/json"
    return await client.post(WEBHOOK, content=update, headers=headers)


async def eventually(check: Callable[[], Awaitable[bool]], *, timeout: float = 8.0) -> None:
    """Wait until `check()` holds (background tasks at work), failing after `timeout` seconds."""
    deadline = asyncio.get_running_loop().time() + timeout
    while not await check():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"still not true after {timeout} s: {check.__name__}")
        await asyncio.sleep(0.05)
