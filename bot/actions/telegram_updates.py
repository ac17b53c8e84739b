"""Telegram updates seen: a repeated `update_id` of a bot is processed once."""

from __future__ import annotations

from sqlalchemy import delete

from bot.runtime import Runtime
from storage.db import insert_ignore
from storage.models import TelegramUpdate


async def seen_update(rt: Runtime, *, bot_id: int, update_id: int) -> bool:
    """Record the update; True when it had been recorded before (a repeat to skip)."""
    async with rt.db.transaction() as session:
        first = await insert_ignore(session, TelegramUpdate, {
            "bot_id": bot_id, "update_id": update_id, "received_at": rt.clock(),
        })
    return not first


async def forget_update(rt: Runtime, *, bot_id: int, update_id: int) -> None:
    """Processing failed: forget the update so that Telegram's next delivery of it counts."""
    async with rt.db.transaction() as session:
        await session.execute(delete(TelegramUpdate).where(
            TelegramUpdate.bot_id == bot_id, TelegramUpdate.update_id == update_id))
