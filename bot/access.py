"""Who may see which family: the one place that decides.

Every load of a family for a worker goes through `load_family` (or filters with
`visible_families`). A family out of reach raises `NotFound`, exactly like one that does not exist.
Admins manage teams and logins; they do not read case data.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, false, or_, true
from sqlalchemy.ext.asyncio import AsyncSession

from bot.errors import Forbidden, NotFound
from storage.models import Family, Worker


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
