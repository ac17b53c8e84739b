"""The audit trail: append-only rows written inside the action's own transaction."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.ext.asyncio import AsyncSession

from bot.request_context import current_client_address
from storage.models import AuditEvent

_TABLE = AuditEvent.__table__
assert isinstance(_TABLE, Table)
_INSERT = insert(_TABLE)
"""Built once: its compiled form is cached against this object (the hot path's audit rows)."""


def record(
    session: AsyncSession, *, action: str, actor_id: int | None = None,
    family_id: int | None = None, source: str | None = None, **detail: Any,
) -> None:
    """Add one audit row; it commits or rolls back with the change it describes.

    The row carries the address of the request being served, if any (`bot.request_context`).
    `detail` must never hold a message body, a note or a phone number: admins read the trail.
    """
    session.add(AuditEvent(action=action, actor_id=actor_id, family_id=family_id,
                           source=source, detail=detail,
                           client_address=current_client_address()))


def entry(
    *, action: str, actor_id: int | None = None, family_id: int | None = None,
    source: str | None = None, **detail: Any,
) -> dict[str, Any]:
    """One audit row as `record_many` takes it (the same fields as `record`)."""
    return {"action": action, "actor_id": actor_id, "family_id": family_id, "source": source,
            "detail": detail, "client_address": current_client_address()}


async def record_many(session: AsyncSession, entries: Sequence[dict[str, Any]]) -> None:
    """Insert many audit rows in one statement, in the session's transaction.

    For paths that write a row per item of a batch (inbound messages): no ORM object per row.
    `at` is filled in by the column's default, as with `record`.
    """
    if entries:
        await session.execute(_INSERT, list(entries))
