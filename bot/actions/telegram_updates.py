"""Telegram updates seen: a repeated `update_id` of a bot is processed once.

Two ways in. aiogram's dispatcher (commands, buttons, membership, polling) records the update
with `seen_update` in a transaction of its own before its handler runs, and `forget_update`
removes it if the handler fails. A plain text message on the webhook (`receive_text`) takes the
inbound messages' own path instead: its update id and its message are stored in ONE transaction,
by a group commit (`storage.db.GroupCommit`) that stores many webhooks' updates at once, so a
failure leaves neither and Telegram's next delivery of the update counts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, delete
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql.dml import ReturningInsert

from bot.actions import inbound
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


REPEATED = inbound.Received(None, True, None, None)
"""What `receive_text` returns for an update seen before: nothing stored, nothing to answer."""


async def receive_text(
    rt: Runtime, *, bot_id: int, update_id: int, chat_id: int, message_id: int, text: str,
) -> inbound.Received:
    """A text message from a private chat, stored as `inbound.receive` stores it, once per update.

    Returns once committed; `REPEATED` when the update id had been recorded before. The message
    itself is also stored at most once (its provider id is `<chat>:<message_id>`).
    """
    message = inbound.incoming(rt, channel="telegram", sender=str(chat_id),
                               body=text.replace("\x00", "\ufffd"),  # no database stores NUL
                               provider_id=f"{chat_id}:{message_id}")
    stored = await rt.db.group_commit(_store).submit(_Update(bot_id, update_id, message))
    return REPEATED if stored is None else inbound.published(rt, stored)


@dataclass(frozen=True, slots=True)
class _Update:
    """One update waiting for the writer: its key and its message."""

    bot_id: int
    update_id: int
    message: inbound.Incoming


async def _store(session: AsyncSession, batch: list[_Update]) -> list[inbound.Stored | None]:
    """Record the batch's update ids; store the messages of those not seen before (None: seen).

    Idempotent as the group commit needs: a batch run again was rolled back, ids and all.
    """
    dialect = session.bind.dialect.name if session.bind is not None else "sqlite"
    now = batch[0].message.sent_at
    # In key order: concurrent batches (PostgreSQL) holding a repeated update then wait for
    # each other in one order, never in a deadlock.
    keys = sorted({(u.bot_id, u.update_id) for u in batch})
    result = await session.execute(_INSERT_UPDATES[dialect], [
        {"bot_id": bot_id, "update_id": update_id, "received_at": now}
        for bot_id, update_id in keys])
    new = {(bot_id, update_id) for bot_id, update_id in result}
    fresh = []
    for u in batch:
        key = (u.bot_id, u.update_id)
        if key in new:  # the first of a batch's copies of one update takes it
            new.discard(key)
            fresh.append(u)
    stored = iter(await inbound.store(session, [u.message for u in fresh]) if fresh else [])
    taken = {id(u) for u in fresh}
    return [next(stored) if id(u) in taken else None for u in batch]


_UPDATES = TelegramUpdate.__table__
assert isinstance(_UPDATES, Table)
_INSERT_UPDATES: dict[str, ReturningInsert[Any]] = {
    name: dialect.insert(_UPDATES).on_conflict_do_nothing().returning(
        _UPDATES.c.bot_id, _UPDATES.c.update_id)
    for name, dialect in (("sqlite", sqlite), ("postgresql", postgresql))
}
