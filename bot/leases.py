"""Leases on due rows: a batch claimed for one worker in one short transaction, across instances.

Used by the outbox (`bot.delivery`) and the reminder scheduler (`bot.scheduler`): a table with
`id`, `due_at`, `attempts`, `lease_owner` and `lease_until`. The claim is one UPDATE of the rows a
`FOR UPDATE SKIP LOCKED` subquery picks (on PostgreSQL, concurrent claimers take disjoint rows;
SQLite has one writer at a time), so a row is leased to exactly one worker until `lease_until`;
a worker that dies leaves its lease to run out and the row is claimed again.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Row, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession


async def claim_due(
    session: AsyncSession, model: Any, *, pending: ColumnElement[bool], owner: str,
    now: datetime, lease: timedelta, batch: int, returning: Sequence[Any] = (),
    values: Mapping[str, Any] | None = None,
) -> Sequence[Row[Any]]:
    """Lease up to `batch` due rows of `model` to `owner`; (id, due_at, attempts, *returning).

    `values` are set as well; their expressions read the row as it was before the claim.
    """
    due = (
        select(model.id)
        .where(pending, model.due_at <= now,
               or_(model.lease_until.is_(None), model.lease_until < now))
        .order_by(model.due_at, model.id)
        .limit(batch)
        .with_for_update(skip_locked=True)
    )
    return (await session.execute(
        update(model)
        .where(model.id.in_(due.scalar_subquery()))
        .values(lease_owner=owner, lease_until=now + lease, attempts=model.attempts + 1,
                **(values or {}))
        .returning(model.id, model.due_at, model.attempts, *returning)
    )).all()
