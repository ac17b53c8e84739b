"""Closing a case, erasing a family (on request or after retention), and the daily retention job.

Erasure deletes every row that holds the family's data (`bot.gdpr.family_tables`: members, their
addresses, messages and their deliveries, notes, busy times, appointments, requests… and any
table added later that hangs off them), replaces the family's row by a tombstone (no name, no case
reference), and scrubs the details of the family's audit rows. What remains is that a family with
this id existed, who erased it, when and why: the accountability, without personal data.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timedelta

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot import audit, gdpr
from bot.errors import Conflict, Invalid, NotFound
from bot.events import Event
from bot.runtime import Runtime
from storage.models import AuditEvent, Family

log = logging.getLogger(__name__)

CASE_STATUSES = ("active", "closed")
TOMBSTONE_NAME = "(erased)"
ERASED_DETAIL = {"erased": True}
"""What an erased family's audit rows keep as detail; the only UPDATE the database allows on
`audit_events` (migration 0006)."""
MAX_REASON = 500


async def set_case_status(
    rt: Runtime, *, family_id: int, status: str, actor_id: int | None,
) -> Family:
    """Close a case (the retention clock starts at `closed_at`) or reopen it."""
    if status not in CASE_STATUSES:
        raise Invalid(f"status: must be one of {', '.join(CASE_STATUSES)}")
    async with rt.db.transaction() as session:
        family = await session.get(Family, family_id)
        if family is None:
            raise NotFound(f"family {family_id} not found")
        if family.status == "erased":
            raise Conflict(f"family {family_id} has been erased")
        if family.status != status:
            family.status = status
            family.closed_at = rt.clock() if status == "closed" else None
            audit.record(session, action=f"family.{'close' if status == 'closed' else 'reopen'}",
                         actor_id=actor_id, family_id=family_id)
        team_id = family.team_id
    rt.events.publish(Event("family", team_id, family_id))
    return family


async def erase_family(
    rt: Runtime, *, family_id: int, actor_id: int | None, reason: str,
) -> Family:
    """Erase everything about a family but its tombstone and the (scrubbed) audit trail."""
    reason = reason.strip()
    if not reason:
        raise Invalid("reason: say why the family is erased (it is kept in the audit trail)")
    if len(reason) > MAX_REASON:
        raise Invalid(f"reason: at most {MAX_REASON} characters")
    async with rt.db.transaction() as session:
        # Locked: two instances' retention passes must not both erase (PostgreSQL; SQLite has
        # one writer at a time anyway).
        family = await session.get(Family, family_id, with_for_update=True)
        if family is None:
            raise NotFound(f"family {family_id} not found")
        if family.status == "erased":
            raise Conflict(f"family {family_id} has already been erased")
        counts = await _erase(session, family, now=rt.clock())
        audit.record(session, action="family.erase", actor_id=actor_id, family_id=family_id,
                     reason=reason, rows=counts)
        team_id = family.team_id
    rt.events.publish(Event("family", team_id, family_id))
    return family


async def _erase(session: AsyncSession, family: Family, *, now: datetime) -> dict[str, int]:
    plan = gdpr.family_tables()
    extra = await gdpr.intake_condition(session, family.id)
    counts: dict[str, int] = {}
    # Children first, while the parents their rows are found through still exist.
    for table in reversed(plan.order):
        result = await session.execute(
            delete(table).where(gdpr.row_condition(plan, table, family.id, extra)))
        counts[table.name] = int(result.rowcount)  # type: ignore[attr-defined]
    await session.execute(
        update(AuditEvent).where(AuditEvent.family_id == family.id).values(detail=ERASED_DETAIL))
    family.name = TOMBSTONE_NAME
    family.case_ref = None
    family.status = "erased"
    family.erased_at = now
    family.last_message_at = None
    family.unanswered_since = None
    session.expire(family, ["members"])
    return {name: n for name, n in counts.items() if n}


async def erase_expired(rt: Runtime, *, now: datetime | None = None) -> list[int]:
    """One retention pass: erase the cases closed more than `retention_days` ago."""
    now = now or rt.clock()
    cutoff = now - timedelta(days=rt.settings.retention_days)
    async with rt.db.reading() as session:
        due = list(await session.scalars(
            select(Family.id).where(Family.status == "closed", Family.closed_at <= cutoff)
            .order_by(Family.id)))
    erased = []
    for family_id in due:
        try:
            await erase_family(
                rt, family_id=family_id, actor_id=None,
                reason=f"retention: closed more than {rt.settings.retention_days} days ago")
        except (Conflict, NotFound):
            continue  # reopened, or erased by another instance meanwhile
        erased.append(family_id)
    return erased


async def keep_retaining(rt: Runtime, stop: asyncio.Event, *,
                         every: timedelta = timedelta(days=1)) -> None:
    """Run a retention pass at start-up and then daily, until `stop` is set."""
    while not stop.is_set():
        try:
            erased = await erase_expired(rt)
            if erased:
                log.info("retention: erased %d closed case(s)", len(erased))
        except Exception:  # noqa: BLE001 - the next pass tries again; the service stays up
            log.exception("retention pass failed")
        try:
            await asyncio.wait_for(stop.wait(), every.total_seconds())
        except TimeoutError:
            pass
