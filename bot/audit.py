"""The audit trail: append-only rows written inside the action's own transaction."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import AuditEvent


def record(
    session: AsyncSession, *, action: str, actor_id: int | None = None,
    family_id: int | None = None, source: str | None = None, **detail: Any,
) -> None:
    """Add one audit row; it commits or rolls back with the change it describes."""
    session.add(AuditEvent(action=action, actor_id=actor_id, family_id=family_id,
                           source=source, detail=detail))
