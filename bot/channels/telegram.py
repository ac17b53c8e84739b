"""The Telegram channel: sends through a real aiogram `Bot` and maps its errors to outcomes."""

from __future__ import annotations

# Before aiogram: its schemas are then built on first use (about 100 MB less resident).
import bot.channels.telegram_schemas  # noqa: F401

# isort: split

import asyncio
import logging

from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.exceptions import (
    TelegramAPIError,
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramMigrateToChat,
    TelegramNetworkError,
    TelegramNotFound,
    TelegramRetryAfter,
    TelegramServerError,
    TelegramUnauthorizedError,
)
from aiogram.methods.base import Response
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup, Message

from bot.actions.telegram_links import BLOCKED_REASON
from bot.channels.base import Failed, Outcome, Retry, Sent
from bot.config import Settings
from bot.ratelimit import RateLimiter

log = logging.getLogger(__name__)

MAX_TEXT = 4096  # Telegram's sendMessage limit, in UTF-16 code units
# Telegram allows about one message a second to one chat and thirty a second overall. Slots are
# planned at those rates; the limiter's gate (`RateLimiter.sending`) counts each send until its
# answer is back, so timer jitter and latency never carry two sends closer than Telegram counts.
PER_CHAT_SECONDS = 1.0
GLOBAL_PER_SECOND = 30.0
MAX_LOCAL_WAIT = 1.5  # wait longer than this and the delivery is deferred instead
REQUEST_TIMEOUT = 30
# aiogram reads every answer as `Response[Message]`. pydantic caches that class only while
# something refers to it, so without this reference it was built anew for most messages sent
# (0.3-1 ms of CPU each; bench/outbound.py).
SEND_ANSWER = Response[Message]


def make_bot(settings: Settings) -> Bot:
    """An aiogram `Bot` on the configured Bot API server (api.telegram.org or a local one)."""
    assert settings.telegram_bot_token is not None
    api = TelegramAPIServer.from_base(settings.telegram_api_url)
    return Bot(settings.telegram_bot_token.get_secret_value(),
               session=AiohttpSession(api=api, timeout=REQUEST_TIMEOUT))


def split_text(text: str, limit: int = MAX_TEXT) -> list[str]:
    """`text` in pieces of at most `limit` UTF-16 units, preferably after a space."""
    pieces: list[str] = []
    while _units(text) > limit:
        cut = _fit(text, limit)
        space = max(text.rfind("\n", 0, cut), text.rfind(" ", 0, cut))
        if space > cut // 2:  # a word boundary, unless it would leave a tiny piece
            cut = space + 1
        pieces.append(text[:cut])
        text = text[cut:]
    if text or not pieces:
        pieces.append(text)
    return pieces


def _units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _fit(text: str, limit: int) -> int:
    """The longest prefix length (in characters) that fits in `limit` UTF-16 units."""
    used = 0
    for i, char in enumerate(text):
        used += 2 if ord(char) > 0xFFFF else 1
        if used > limit:
            return i
    return len(text)


def outcome_of(exc: TelegramAPIError) -> Outcome:
    """What a Bot API error means for the delivery: retry later, or give up and say why."""
    message = exc.message
    if isinstance(exc, TelegramRetryAfter):
        return Retry("Telegram asked us to slow down (429)", after=float(exc.retry_after))
    if isinstance(exc, TelegramForbiddenError):
        lowered = message.lower()
        if "blocked" in lowered:
            return Failed(BLOCKED_REASON, address_inactive=True)
        if "deactivated" in lowered:
            return Failed("Telegram account deleted", address_inactive=True)
        return Failed(f"Telegram refused the chat: {message}"[:200], address_inactive=True)
    if isinstance(exc, TelegramMigrateToChat):
        return Failed("the Telegram chat moved to a group", address_inactive=True)
    if isinstance(exc, TelegramBadRequest):
        if "chat not found" in message.lower():
            return Failed("Telegram chat not found", address_inactive=True)
        return Failed(f"Telegram rejected the message: {message}"[:300])
    if isinstance(exc, TelegramUnauthorizedError | TelegramNotFound):
        # The token or the API URL is wrong: an operator can fix that, so keep the message.
        return Retry(f"Telegram did not accept the bot token or URL: {message}"[:300])
    if isinstance(exc, TelegramServerError | TelegramNetworkError):
        return Retry(f"Telegram unreachable: {message}"[:300])
    return Retry(f"Telegram error: {message}"[:300])


class TelegramChannel:
    """Sends text to a Telegram chat id within Telegram's limits; no delivery receipts exist."""

    name = "telegram"

    def __init__(self, settings: Settings) -> None:
        self.bot = make_bot(settings)
        self.limiter = RateLimiter(per_key=PER_CHAT_SECONDS, per_second=GLOBAL_PER_SECOND,
                                   max_wait=MAX_LOCAL_WAIT)

    async def send(self, address: str, body: str) -> Outcome:
        """Send `body` to the chat `address`, in pieces if it is longer than Telegram allows."""
        return await self._send(address, body, None)

    async def send_with_buttons(self, address: str, body: str,
                                buttons: list[list[str]]) -> Outcome:
        """Send `body` with answer buttons ([label, callback data] rows) under its last piece."""
        markup = InlineKeyboardMarkup(inline_keyboard=[
            [InlineKeyboardButton(text=label, callback_data=data)] for label, data in buttons])
        return await self._send(address, body, markup)

    async def _send(self, address: str, body: str, markup: InlineKeyboardMarkup | None,
                    ) -> Outcome:
        try:
            chat_id = int(address)
        except ValueError:
            return Failed(f"{address!r} is not a Telegram chat id")
        message_id = 0
        # A body is at most 1,600 characters (the outbox's limit), so one piece in practice;
        # should a later piece fail, a retry resends the earlier ones.
        pieces = split_text(body)
        for index, piece in enumerate(pieces):
            wait = self.limiter.reserve(address)
            if wait is None:
                return Retry("holding back to stay within Telegram's rate limits",
                             after=self.limiter.wait_for(address), charge=False)
            if wait > 0:
                await asyncio.sleep(wait)
            try:
                async with self.limiter.sending(address):
                    sent = await self.bot.send_message(
                        chat_id, piece, request_timeout=REQUEST_TIMEOUT,
                        reply_markup=markup if index == len(pieces) - 1 else None)
            except TelegramAPIError as exc:
                if isinstance(exc, TelegramRetryAfter):
                    self.limiter.defer(address, exc.retry_after)
                log.info("telegram send to %s: %s", chat_id, exc.message)
                return outcome_of(exc)
            except TimeoutError:
                return Retry("Telegram did not answer in time")
            message_id = sent.message_id
        return Sent(provider_id=f"{chat_id}:{message_id}", delivered=True)

    async def close(self) -> None:
        await self.bot.session.close()
