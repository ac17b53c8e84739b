"""Alerts: telling workers at once that something needs them (urgent message, escalation)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import event, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot import audit
from bot.errors import NotFound
from bot.events import Event
from bot.runtime import Runtime
from storage.db import insert_ignore
from storage.models import Alert, Worker

KINDS = ("urgent", "escalation_partner", "escalation_lead")


def after_commit(session: AsyncSession, callback: Callable[[], None]) -> None:
    """Run `callback` once the caller's transaction has committed (never on a rollback).

    For work done inside another action's transaction (`receive`), whose own code publishes only
    its own event: a console must not hear of an alert before it can read it.
    """

    def run(_session: Any) -> None:
        callback()

    event.listen(session.sync_session, "after_commit", run, once=True)


async def team_leads(session: AsyncSession, team_id: int) -> list[int]:
    """The active leads of a team."""
    return list(await session.scalars(
        select(Worker.id).where(Worker.team_id == team_id, Worker.role == "lead", Worker.active)
        .order_by(Worker.id)))


async def raise_alerts(
    rt: Runtime, session: AsyncSession, *, team_id: int, family_id: int, request_id: int | None,
    worker_ids: Iterable[int], kind: str, reason: str, key: str, at: datetime,
) -> list[int]:
    """Alert each worker once per `key` (the schema drops a repeat); the workers newly alerted.

    Publishes one console event after commit when anyone was alerted.
    """
    assert kind in KINDS, kind
    alerted = []
    for worker_id in dict.fromkeys(worker_ids):  # both contacts may also be the lead: once each
        alert_id = await insert_ignore(session, Alert, {
            "team_id": team_id, "worker_id": worker_id, "family_id": family_id,
            "request_id": request_id, "kind": kind, "reason": reason[:64], "key": key,
            "created_at": at}, returning=Alert.id)
        if alert_id is not None:
            alerted.append(worker_id)
    if alerted:
        audit.record(session, action=f"alert.{kind}", family_id=family_id, request_id=request_id,
                     workers=alerted, reason=reason)
        data = {"kind": kind, "request_id": request_id, "workers": alerted}
        after_commit(session, lambda: rt.events.publish(Event("alert", team_id, family_id, data)))
    return alerted


async def mark_seen(rt: Runtime, *, worker_id: int, alert_ids: Iterable[int]) -> int:
    """Mark the worker's own alerts as seen; the number newly seen.

    An id that is not one of the worker's alerts is `NotFound`, like an alert that does not exist.
    """
    ids = sorted(set(alert_ids))
    now = rt.clock()
    async with rt.db.transaction() as session:
        mine = set(await session.scalars(
            select(Alert.id).where(Alert.id.in_(ids), Alert.worker_id == worker_id)))
        missing = [i for i in ids if i not in mine]
        if missing:
            raise NotFound(f"alert {missing[0]} not found")
        result = await session.execute(
            update(Alert).where(Alert.id.in_(ids), Alert.seen_at.is_(None)).values(seen_at=now))
        changed = int(result.rowcount)  # type: ignore[attr-defined]
        audit.record(session, action="alert.seen", actor_id=worker_id, alerts=ids,
                     changed=changed)
    return changed
