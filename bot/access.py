"""Who may see which family: the one place that decides.

Every load of a family for a worker goes through `load_family` (or filters with
`visible_families`). A family out of reach raises `NotFound`, exactly like one that does not exist.
Admins manage teams and logins; they do not read case data.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, false, or_, select, true
from sqlalchemy.ext.asyncio import AsyncSession

from bot.errors import Forbidden, NotFound
from storage.models import AuditEvent, Family, Request, Worker


def sees_family(worker: Worker, family: Family) -> bool:
    """True when `worker` may read `family` and its messages."""
    if not worker.active:
        return False
    if worker.role == "lead":
        return worker.team_id == family.team_id
    if worker.role == "worker":
        return worker.id in (family.primary_id, family.partner_id)
    return False


def visible_families(worker: Worker) -> ColumnElement[bool]:
    """The same rule as `sees_family`, as a SQL condition on `Family`."""
    if not worker.active:
        return false()
    if worker.role == "lead":
        return Family.team_id == worker.team_id
    if worker.role == "worker":
        return or_(Family.primary_id == worker.id, Family.partner_id == worker.id)
    return false()


def may_manage_team(worker: Worker, team_id: int) -> bool:
    """Admins manage every team; a lead manages their own."""
    if not worker.active:
        return False
    if worker.role == "admin":
        return True
    return worker.role == "lead" and worker.team_id == team_id


def sees_intake(worker: Worker, team_id: int | None) -> bool:
    """Unknown senders' messages: admins and the team's leads."""
    if not worker.active:
        return False
    if worker.role == "admin":
        return True
    return worker.role == "lead" and worker.team_id == team_id


def intake_scope(worker: Worker) -> ColumnElement[bool]:
    from storage.models import Message

    if worker.role == "admin" and worker.active:
        return true()
    if worker.role == "lead" and worker.active:
        return Message.team_id == worker.team_id
    return false()


def require_team_manager(worker: Worker, team_id: int) -> None:
    if not may_manage_team(worker, team_id):
        raise Forbidden("only an admin or the team's lead may do this")


async def load_family(session: AsyncSession, worker: Worker, family_id: int) -> Family:
    """The family, if `worker` may see it; `NotFound` otherwise."""
    family = await session.get(Family, family_id)
    if family is None or not sees_family(worker, family):
        raise NotFound(f"family {family_id} not found")
    return family


def sees_lead_view(worker: Worker) -> bool:
    """The lead view (the team's whole workload, intake and failures): the team's leads."""
    if not worker.active:
        return False
    return worker.role == "lead" and worker.team_id is not None


def administers(worker: Worker) -> bool:
    """The admin pages (logins, passwords, deactivation): administrators only."""
    if not worker.active:
        return False
    return worker.role == "admin"


def sees_request(worker: Worker, request: Request, family: Family) -> bool:
    """A request: whoever sees its family, and the worker it is assigned to.

    An assignee who is not a contact sees the request and the message that raised it, never the
    family's other messages (those still go through `sees_family`).
    """
    if not worker.active:
        return False
    if sees_family(worker, family):
        return True
    return worker.role in ("worker", "lead") and request.assignee_id == worker.id


def visible_requests(worker: Worker) -> ColumnElement[bool]:
    """The same rule as `sees_request`, as a SQL condition on `Request` joined with `Family`."""
    if not worker.active or worker.role not in ("worker", "lead"):
        return false()
    return or_(visible_families(worker), Request.assignee_id == worker.id)


async def load_request(session: AsyncSession, worker: Worker, request_id: int) -> Request:
    """The request, if `worker` may see it; `NotFound` otherwise (as if it did not exist)."""
    request = await session.get(Request, request_id)
    family = await session.get(Family, request.family_id) if request is not None else None
    if request is None or family is None or not sees_request(worker, request, family):
        raise NotFound(f"request {request_id} not found")
    return request


def handles_privacy(worker: Worker, family: Family) -> bool:
    """Access requests, erasure and their export: the lead of the family's team only."""
    if not worker.active:
        return False
    return worker.role == "lead" and worker.team_id == family.team_id


def require_privacy_officer(worker: Worker, family: Family) -> None:
    """Call after `load_family`: a contact sees the family but may not export or erase it."""
    if not handles_privacy(worker, family):
        raise Forbidden("only the lead of the family's team may export or erase a family")


def reads_audit(worker: Worker) -> bool:
    """The audit trail: admins (all of it) and leads (their team's)."""
    if not worker.active:
        return False
    return worker.role in ("admin", "lead")


def require_audit_reader(worker: Worker) -> None:
    if not reads_audit(worker):
        raise Forbidden("only a lead or an admin may read the audit trail")


def audit_scope(worker: Worker) -> ColumnElement[bool]:
    """The audit rows `worker` may read: a lead's team's families and workers; an admin's all."""
    if not reads_audit(worker):
        return false()
    if worker.role == "admin":
        return true()
    team_families = select(Family.id).where(Family.team_id == worker.team_id)
    team_workers = select(Worker.id).where(Worker.team_id == worker.team_id)
    return or_(AuditEvent.family_id.in_(team_families),
               (AuditEvent.family_id.is_(None) & AuditEvent.actor_id.in_(team_workers)))


def manages_worker_time(actor: Worker, worker: Worker) -> bool:
    """A worker's absences: the worker, their team's lead, or an admin."""
    if not actor.active:
        return False
    if actor.role == "admin":
        return True
    if actor.id == worker.id:
        return True
    return actor.role == "lead" and actor.team_id == worker.team_id
