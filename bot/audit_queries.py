"""Reading the audit trail: team-scoped for leads, all of it for admins (`bot.access`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from bot import access
from bot.runtime import Runtime
from storage.models import AuditEvent, Worker

MAX_ROWS = 10_000


@dataclass(frozen=True)
class AuditRow:
    """One audit row as leads and admins read it (never a message body: details hold none)."""

    id: int
    at: datetime
    action: str
    actor_id: int | None
    actor_name: str | None
    family_id: int | None
    source: str | None
    client_address: str | None
    detail: dict[str, Any]


async def audit_rows(
    rt: Runtime, worker: Worker, *, family_id: int | None = None, actor_id: int | None = None,
    start: datetime | None = None, end: datetime | None = None, before: int | None = None,
    limit: int = 100,
) -> list[AuditRow]:
    """Audit rows `worker` may read, newest first, filtered; page back with `before` (an id)."""
    access.require_audit_reader(worker)
    query = (select(AuditEvent, Worker.name)
             .outerjoin(Worker, Worker.id == AuditEvent.actor_id)
             .where(access.audit_scope(worker)))
    if family_id is not None:
        query = query.where(AuditEvent.family_id == family_id)
    if actor_id is not None:
        query = query.where(AuditEvent.actor_id == actor_id)
    if start is not None:
        query = query.where(AuditEvent.at >= start)
    if end is not None:
        query = query.where(AuditEvent.at < end)
    if before is not None:
        query = query.where(AuditEvent.id < before)
    query = query.order_by(AuditEvent.id.desc()).limit(max(1, min(limit, MAX_ROWS)))
    async with rt.db.reading() as session:
        rows = (await session.execute(query)).all()
    return [AuditRow(e.id, e.at, e.action, e.actor_id, name, e.family_id, e.source,
                     e.client_address, dict(e.detail or {})) for e, name in rows]
