"""Reads for the team lead's view and the admin pages: the team's work as a whole.

Families are filtered through `bot.access.visible_families` (a lead sees their own team);
the view itself is for leads only (`access.sees_lead_view`), the admin pages for admins only.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased, raiseload

from bot import access
from bot.errors import NotFound
from bot.runtime import Runtime
from bot.scheduling import cadence
from storage.models import (
    Appointment,
    CannedReply,
    Family,
    Member,
    Message,
    Request,
    Team,
    Worker,
)


@dataclass(frozen=True)
class Waiting:
    """A family of the team waiting for an answer, and its two contacts."""

    family_id: int
    name: str
    since: datetime
    primary: str
    partner: str


@dataclass(frozen=True)
class Overdue:
    """A family whose follow-up check-in is past due with none booked (or booked too late)."""

    family_id: int
    name: str
    follow_up: str
    due: date
    booked: date | None
    primary: str


@dataclass
class Load:
    """One worker's share of the team's families and open requests."""

    worker_id: int
    name: str
    role: str
    primary: int = 0
    partner: int = 0
    waiting: int = 0
    open_requests: int = 0

    @property
    def families(self) -> int:
        return self.primary + self.partner


@dataclass(frozen=True)
class FailedMessage:
    """An outbound message that was not delivered, with the reason the provider gave."""

    message_id: int
    family_id: int
    family_name: str
    member_name: str | None
    channel: str
    body: str
    reason: str | None
    created_at: datetime


@dataclass(frozen=True)
class Orphaned:
    """A family with a deactivated contact: it needs a handover."""

    family_id: int
    name: str
    inactive: list[str]


@dataclass(frozen=True)
class IntakeItem:
    """A message from a sender no family is known by."""

    message_id: int
    channel: str
    sender: str
    body: str
    created_at: datetime


@dataclass(frozen=True)
class MemberChoice:
    """A member a stray message could be attached to."""

    family_id: int
    family_name: str
    member_id: int
    member_name: str


@dataclass
class LeadView:
    """Everything the lead view shows for one team."""

    team: Team
    today: date
    waiting: list[Waiting] = field(default_factory=list)
    overdue: list[Overdue] = field(default_factory=list)
    workload: list[Load] = field(default_factory=list)
    failed: list[FailedMessage] = field(default_factory=list)
    orphaned: list[Orphaned] = field(default_factory=list)
    intake: list[IntakeItem] = field(default_factory=list)
    members: list[MemberChoice] = field(default_factory=list)


async def lead_view(rt: Runtime, worker: Worker, *, failed_limit: int = 50) -> LeadView:
    """The lead's team: waiting families, overdue follow-ups, workload, failures, intake."""
    if not access.sees_lead_view(worker) or worker.team_id is None:
        raise NotFound("the lead view is for team leads")
    async with rt.db.reading() as session:
        team = await session.get(Team, worker.team_id)
        assert team is not None
        today = rt.clock().astimezone(ZoneInfo(team.timezone)).date()
        view = LeadView(team, today)
        families = list(await session.scalars(
            select(Family).where(access.visible_families(worker), Family.status == "active")
            .options(raiseload(Family.members)).order_by(Family.name, Family.id)))
        people = {w.id: w for w in await session.scalars(
            select(Worker).where(Worker.team_id == team.id)
            .options(raiseload(Worker.domains)).order_by(Worker.name, Worker.id))}

        def name(worker_id: int) -> str:
            found = people.get(worker_id)
            return found.name if found else "?"

        view.waiting = sorted(
            (Waiting(f.id, f.name, f.unanswered_since, name(f.primary_id), name(f.partner_id))
             for f in families if f.unanswered_since is not None), key=lambda w: w.since)
        view.overdue = await _overdue(session, families, today, ZoneInfo(team.timezone), name)
        view.workload = await _workload(session, team.id, families, people.values())
        view.orphaned = [
            Orphaned(f.id, f.name, [name(i) for i in (f.primary_id, f.partner_id)
                                    if i in people and not people[i].active])
            for f in families
            if any(i in people and not people[i].active for i in (f.primary_id, f.partner_id))]
        view.failed = await _failed(session, worker, failed_limit)
        view.intake = [
            IntakeItem(m.id, m.channel, m.address, m.body, m.created_at)
            for m in await session.scalars(
                select(Message).where(Message.family_id.is_(None), Message.direction == "in",
                                      access.intake_scope(worker))
                .order_by(Message.id).limit(200))]
        if view.intake:
            view.members = [
                MemberChoice(fid, fname, mid, mname)
                for fid, fname, mid, mname in (await session.execute(
                    select(Family.id, Family.name, Member.id, Member.name)
                    .join(Member, Member.family_id == Family.id)
                    .where(access.visible_families(worker), Family.status == "active")
                    .order_by(Family.name, Family.id, Member.id))).all()]
    return view


async def _overdue(
    session: AsyncSession, families: Sequence[Family], today: date, zone: ZoneInfo,
    name: Callable[[int], str],
) -> list[Overdue]:
    """Follow-ups past due: the cadence counts from the last held check-in (bot.scheduling)."""
    ids = [f.id for f in families if f.follow_up != "none"]
    if not ids:
        return []
    held = dict((await session.execute(
        select(Appointment.family_id, func.max(Appointment.starts_at))
        .where(Appointment.family_id.in_(ids), Appointment.kind == "checkin",
               Appointment.status == "held")
        .group_by(Appointment.family_id))).all())
    booked = dict((await session.execute(
        select(Appointment.family_id, func.min(Appointment.starts_at))
        .where(Appointment.family_id.in_(ids), Appointment.kind == "checkin",
               Appointment.status == "booked")
        .group_by(Appointment.family_id))).all())
    by_id = {f.id: f for f in families}

    def local(at: datetime | None) -> date | None:
        # The check-in's date in the team's calendar, where the cadence is counted.
        return at.astimezone(zone).date() if at is not None else None

    plan = cadence.plan(
        (cadence.Cadence(i, by_id[i].follow_up, local(held.get(i)), local(booked.get(i)))
         for i in ids), today)
    return [Overdue(f.family_id, by_id[f.family_id].name, by_id[f.family_id].follow_up, f.due,
                    f.booked, name(by_id[f.family_id].primary_id))
            for f in [*plan.overdue, *plan.late_booked]]


async def _workload(
    session: AsyncSession, team_id: int, families: Sequence[Family], people: Iterable[Worker],
) -> list[Load]:
    loads = {w.id: Load(w.id, w.name, w.role) for w in people
             if w.active and w.role in ("worker", "lead")}
    for family in families:
        for worker_id, as_primary in ((family.primary_id, True), (family.partner_id, False)):
            load = loads.get(worker_id)
            if load is None:
                continue
            if as_primary:
                load.primary += 1
            else:
                load.partner += 1
            if family.unanswered_since is not None:
                load.waiting += 1
    requests: dict[int | None, int] = dict((await session.execute(
        select(Request.assignee_id, func.count())
        .where(Request.team_id == team_id, Request.status == "open",
               Request.assignee_id.is_not(None))
        .group_by(Request.assignee_id))).all())
    for assignee_id, count in requests.items():
        if assignee_id is not None and assignee_id in loads:
            loads[assignee_id].open_requests = count
    return sorted(loads.values(), key=lambda load: (-load.families, load.name))


async def _failed(session: AsyncSession, worker: Worker, limit: int) -> list[FailedMessage]:
    recipient = aliased(Member)
    rows = (await session.execute(
        select(Message.id, Family.id, Family.name, recipient.name, Message.channel, Message.body,
               Message.reason, Message.created_at)
        .join(Family, Family.id == Message.family_id)
        .outerjoin(recipient, recipient.id == Message.member_id)
        .where(Message.team_id == worker.team_id, Message.direction == "out",
               Message.status == "failed", access.visible_families(worker))
        .order_by(Message.id.desc()).limit(limit))).all()
    return [FailedMessage(*row) for row in rows]


async def canned_replies(rt: Runtime, team_id: int) -> list[CannedReply]:
    """The team's canned replies with their texts, by title."""
    async with rt.db.reading() as session:
        return list(await session.scalars(
            select(CannedReply).where(CannedReply.team_id == team_id)
            .order_by(CannedReply.title, CannedReply.id)))


@dataclass(frozen=True)
class Login:
    """A login as the admin page lists it."""

    id: int
    name: str
    email: str
    role: str
    team: str | None
    active: bool
    domains: list[tuple[str, int]]
    families: int


async def logins(rt: Runtime, admin: Worker) -> tuple[list[Login], list[Team]]:
    """Every login with its team and number of families, and every team (admins only)."""
    if not access.administers(admin):
        raise NotFound("the admin pages are for administrators")
    async with rt.db.reading() as session:
        teams = list(await session.scalars(select(Team).order_by(Team.name)))
        names = {t.id: t.name for t in teams}
        counts: Counter[int] = Counter()
        for primary, partner in (await session.execute(
                select(Family.primary_id, Family.partner_id)
                .where(Family.status == "active"))).all():
            counts[primary] += 1
            counts[partner] += 1
        workers = list(await session.scalars(
            select(Worker).order_by(Worker.active.desc(), Worker.name, Worker.id)))
    found = [Login(w.id, w.name, w.email, w.role, names.get(w.team_id) if w.team_id else None,
                   w.active, [(d.domain, d.level) for d in w.domains], counts[w.id])
             for w in workers]
    return found, teams

