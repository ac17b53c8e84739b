"""Reads of requests, routing history and alerts; filtered through `bot.access` like all reads."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, exists, select
from sqlalchemy.orm import raiseload

from bot import access, audit
from bot.runtime import Runtime
from storage.models import Alert, Family, Message, Request, RoutingEvent, Team, Worker


def urgent_open() -> ColumnElement[bool]:
    """A SQL condition on `Family`: it has an open urgent request (it goes on top of the inbox)."""
    return exists(select(Request.id).where(Request.family_id == Family.id, Request.urgent,
                                           Request.status == "open"))


@dataclass(frozen=True)
class RequestRow:
    """A request as lists show it: with its family's name and the message that raised it."""

    request: Request
    family_name: str
    body: str
    sees_family: bool


async def requests(
    rt: Runtime, worker: Worker, *, family_id: int | None = None, status: str | None = None,
    assignee_id: int | None = None, source: str | None = None, limit: int = 500,
) -> list[RequestRow]:
    """The requests `worker` may see, open and urgent first, then newest first.

    Each list shows the text of the messages that raised the requests: that read is audited,
    one row per family, as reading the family's messages is.
    """
    query = (select(Request, Family, Message.body)
             .join(Family, Family.id == Request.family_id)
             .join(Message, Message.id == Request.message_id)
             .where(access.visible_requests(worker))
             .options(raiseload(Family.members)))
    if family_id is not None:
        query = query.where(Request.family_id == family_id)
    if status is not None:
        query = query.where(Request.status == status)
    if assignee_id is not None:
        query = query.where(Request.assignee_id == assignee_id)
    query = query.order_by((Request.status == "open").desc(), Request.urgent.desc(),
                           Request.id.desc()).limit(limit)
    async with rt.db.transaction() as session:
        rows = (await session.execute(query)).all()
        for shown in sorted({family.id for _, family, _ in rows}):
            audit.record(session, action="requests.read", actor_id=worker.id, family_id=shown,
                         source=source, count=sum(1 for _, f, _ in rows if f.id == shown))
    return [RequestRow(request, family.name, body, access.sees_family(worker, family))
            for request, family, body in rows]


@dataclass(frozen=True)
class FamilyRouting:
    """A family's requests, every change to them, and the alerts raised about it."""

    requests: list[Request]
    events: list[RoutingEvent]
    alerts: list[Alert]
    timezone: str

    def events_of(self, request_id: int) -> list[RoutingEvent]:
        return [e for e in self.events if e.request_id == request_id]

    def alerts_of(self, request_id: int | None) -> list[Alert]:
        return [a for a in self.alerts if a.request_id == request_id]

    @property
    def urgent(self) -> bool:
        return any(r.urgent and r.status == "open" for r in self.requests)


async def family_routing(rt: Runtime, worker: Worker, family_id: int,
                         *, limit: int = 200) -> FamilyRouting:
    """The routing history of a family the worker sees (`NotFound` otherwise), oldest first."""
    async with rt.db.reading() as session:
        family = await access.load_family(session, worker, family_id)
        team = await session.get(Team, family.team_id)
        assert team is not None
        found = list(await session.scalars(
            select(Request).where(Request.family_id == family_id)
            .order_by(Request.id.desc()).limit(limit)))[::-1]
        events = list(await session.scalars(
            select(RoutingEvent).where(RoutingEvent.family_id == family_id)
            .order_by(RoutingEvent.id)))
        alerts = list(await session.scalars(
            select(Alert).where(Alert.family_id == family_id).order_by(Alert.id)))
    return FamilyRouting(found, events, alerts, team.timezone)


async def alerts(rt: Runtime, worker: Worker, *, unseen: bool = False,
                 limit: int = 200) -> list[Alert]:
    """The worker's own alerts, newest first (only about families or requests they still see)."""
    query = (select(Alert).join(Family, Family.id == Alert.family_id)
             .outerjoin(Request, Request.id == Alert.request_id)
             .where(Alert.worker_id == worker.id,
                    access.visible_families(worker) | (Request.assignee_id == worker.id)))
    if unseen:
        query = query.where(Alert.seen_at.is_(None))
    async with rt.db.reading() as session:
        return list(await session.scalars(query.order_by(Alert.id.desc()).limit(limit)))


@dataclass(frozen=True)
class Assignable:
    """A worker a request can be given to."""

    id: int
    name: str


async def assignable(rt: Runtime, team_id: int) -> list[Assignable]:
    """The team's active caseworkers and leads, by name."""
    async with rt.db.reading() as session:
        rows = (await session.execute(
            select(Worker.id, Worker.name)
            .where(Worker.team_id == team_id, Worker.active, Worker.role.in_(("worker", "lead")))
            .order_by(Worker.name, Worker.id))).all()
    return [Assignable(id_, name) for id_, name in rows]


def overdue(request: Request, now: datetime) -> bool:
    """Open, untouched and past its due time."""
    return request.status == "open" and request.first_action_at is None and request.due_at <= now
