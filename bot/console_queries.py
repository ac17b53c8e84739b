"""Reads for the caseworkers' console; every family-scoped read goes through `bot.access`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, exists, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import raiseload

from bot import access, audit
from bot.actions.sessions import session_id
from bot.runtime import Runtime
from storage.models import (
    Appointment,
    BusyTime,
    ConsoleSession,
    Family,
    FamilyCalendarFeed,
    Member,
    Message,
    Note,
    Request,
    Team,
    Worker,
    WorkerPreference,
)
from storage.types import utcnow


@dataclass(frozen=True)
class SignedIn:
    """The worker behind a valid console session, and the language they chose (if any)."""

    worker: Worker
    language: str | None
    expires_at: datetime


async def signed_in(rt: Runtime, token: str) -> SignedIn | None:
    """The active worker whose unexpired session `token` opens; None otherwise."""
    async with rt.db.reading() as session:
        row = (await session.execute(
            select(Worker, WorkerPreference.language, ConsoleSession.expires_at)
            .join(ConsoleSession, ConsoleSession.worker_id == Worker.id)
            .outerjoin(WorkerPreference, WorkerPreference.worker_id == Worker.id)
            .where(ConsoleSession.id == session_id(token), ConsoleSession.expires_at > utcnow())
            .options(raiseload(Worker.domains))
        )).first()
    if row is None or not row[0].active:
        return None
    return SignedIn(row[0], row[1], row[2])


@dataclass(frozen=True)
class InboxRow:
    """One family in a worker's inbox, with its latest message and who wrote or received it."""

    family_id: int
    name: str
    case_ref: str | None
    unanswered_since: datetime | None
    last_message_at: datetime | None
    last: Message | None
    member_name: str | None
    urgent: bool = False


@dataclass(frozen=True)
class InboxFilter:
    """What the inbox is narrowed to: a member's (or family's) name, a channel, unanswered only."""

    member: str = ""
    channel: str = ""
    unanswered: bool = False

    @property
    def active(self) -> bool:
        return bool(self.member or self.channel or self.unanswered)


def _urgent() -> ColumnElement[bool]:
    """The family has an open request the router marked urgent."""
    return exists().where(Request.family_id == Family.id, Request.urgent,
                          Request.status == "open")


async def inbox(
    rt: Runtime, worker: Worker, *, limit: int = 300, where: InboxFilter | None = None,
) -> list[InboxRow]:
    """The worker's active families: urgent on top, then unanswered (longest wait first), then
    the latest conversation first."""
    where = where or InboxFilter()
    urgent = _urgent()
    query = (select(Family, urgent)
             .where(access.visible_families(worker), Family.status == "active")
             .order_by(urgent.desc(), Family.unanswered_since.is_(None), Family.unanswered_since,
                       Family.last_message_at.is_(None), Family.last_message_at.desc(),
                       Family.name, Family.id)
             .options(raiseload(Family.members))
             .limit(limit))
    if where.unanswered:
        query = query.where(Family.unanswered_since.is_not(None))
    if where.member:
        pattern = "%" + where.member.replace("\\", "").replace("%", "").replace("_", "") + "%"
        query = query.where(or_(
            Family.name.ilike(pattern), Family.case_ref.ilike(pattern),
            exists().where(Member.family_id == Family.id, Member.name.ilike(pattern))))
    if where.channel:
        query = query.where(exists().where(Message.family_id == Family.id,
                                           Message.channel == where.channel))
    async with rt.db.reading() as session:
        found = (await session.execute(query)).all()
        families = [(family, bool(flag)) for family, flag in found]
        latest_ids = (select(func.max(Message.id))
                      .where(Message.family_id.in_([f.id for f, _ in families]))
                      .group_by(Message.family_id))
        newest = list(await session.scalars(
            select(Message).where(Message.id.in_(latest_ids)))) if families else []
        # The writers' names by primary key: joined in the same query, PostgreSQL hashed every
        # member of every family to name a few hundred (bench/console_scale.py).
        writers = {m.member_id for m in newest if m.member_id is not None}
        names: dict[int, str] = {id_: name for id_, name in (await session.execute(
            select(Member.id, Member.name).where(Member.id.in_(writers)))).all()} if writers else {}
        latest = {m.family_id: (m, names.get(m.member_id) if m.member_id else None)
                  for m in newest}
    rows = []
    for family, flag in families:
        last, name = latest.get(family.id, (None, None))
        rows.append(InboxRow(family.id, family.name, family.case_ref, family.unanswered_since,
                             family.last_message_at, last, name, flag))
    return rows


@dataclass(frozen=True)
class Colleague:
    """A worker of the family's team, as the console names them."""

    id: int
    name: str
    role: str
    active: bool


@dataclass(frozen=True)
class FamilyContext:
    """A family the worker may see, its team, and the team's workers by id."""

    family: Family
    team: Team
    workers: dict[int, Colleague]

    def worker_name(self, worker_id: int | None) -> str | None:
        found = self.workers.get(worker_id) if worker_id is not None else None
        return found.name if found else None

    def member_name(self, member_id: int | None) -> str | None:
        return next((m.name for m in self.family.members if m.id == member_id), None)

    def contacts(self) -> list[Colleague]:
        """Those who may take the family on: active caseworkers and leads of the team."""
        return sorted((c for c in self.workers.values()
                       if c.active and c.role in ("worker", "lead")), key=lambda c: c.name)


async def _context(session: AsyncSession, family: Family) -> FamilyContext:
    team = await session.get(Team, family.team_id)
    assert team is not None
    people = (await session.execute(
        select(Worker.id, Worker.name, Worker.role, Worker.active)
        .where(Worker.team_id == family.team_id))).all()
    workers = {id_: Colleague(id_, name, role, active) for id_, name, role, active in people}
    return FamilyContext(family, team, workers)


PAGE = 50
"""Messages per page of a family's timeline: a long-running family loads in pages, newest first."""


@dataclass(frozen=True)
class Timeline:
    """A page of a family's messages and notes, oldest first, read through `bot.access`, audited.

    `older` is the id to page back from when there are older messages (None: this page starts
    at the first message); `before` the id this page was read back from (None: the latest page).
    """

    messages: Sequence[Message]
    notes: Sequence[Note]
    older: int | None = None
    before: int | None = None

    def entries(self) -> list[Message | Note]:
        """Messages and notes in one list by time (a note right after what it comments on)."""
        return sorted([*self.messages, *self.notes], key=lambda e: (e.created_at,
                                                                     isinstance(e, Note), e.id))

    def last_writer(self) -> int | None:
        """The member who wrote last: the reply box answers them unless told otherwise."""
        return next((m.member_id for m in reversed(self.messages)
                     if m.direction == "in" and m.member_id is not None), None)


@dataclass(frozen=True)
class FamilyPage:
    """Everything the family page shows, and the version of its timeline."""

    context: FamilyContext
    timeline: Timeline
    version: str


async def family_page(
    rt: Runtime, worker: Worker, family_id: int, *, source: str | None = None,
    limit: int = PAGE, before: int | None = None,
) -> FamilyPage:
    """The family (`NotFound` when out of reach), its team and one page of its timeline: the
    `limit` messages before message `before` (default: the latest) and the notes of that span.

    One read for all of it, then one short transaction recording both reads in the audit log
    (as `queries.family_messages` records a read of messages): the page is the console's most
    used, and a session, an access check and a commit each were most of its time.
    """
    async with rt.db.reading() as session:
        family = await access.load_family(session, worker, family_id)
        context = await _context(session, family)
        # The version is read before what it describes: a change in between makes it stale,
        # so the page re-reads once more; never the other way round (a current version over
        # old content).
        version = await _version(session, family_id)
        query = select(Message).where(Message.family_id == family_id)
        if before is not None:
            query = query.where(Message.id < before)
        messages = list(await session.scalars(
            query.order_by(Message.id.desc()).limit(limit + 1)))[::-1]
        read = len(messages)
        older = None
        if len(messages) > limit:
            messages = messages[1:]
            older = messages[0].id
        notes_query = select(Note).where(Note.family_id == family_id)
        if older is not None:  # older notes belong to older pages
            notes_query = notes_query.where(Note.created_at >= messages[0].created_at)
        if before is not None:
            upper = await session.scalar(select(Message.created_at).where(
                Message.id == before, Message.family_id == family_id))
            if upper is not None:
                notes_query = notes_query.where(Note.created_at < upper)
        notes = list(await session.scalars(notes_query.order_by(Note.id.desc()).limit(500)))[::-1]
    async with rt.db.transaction() as session:
        audit.record(session, action="messages.read", actor_id=worker.id, family_id=family_id,
                     source=source, count=read)
        audit.record(session, action="notes.read", actor_id=worker.id, family_id=family_id,
                     source=source, count=len(notes))
    return FamilyPage(context, Timeline(messages, notes, older, before), version)


async def may_see_family(rt: Runtime, worker: Worker, family_id: int) -> bool:
    """Whether `worker` may see `family_id` now (asked again for every live event)."""
    async with rt.db.reading() as session:
        family = await session.get(Family, family_id, options=[raiseload(Family.members)])
        return family is not None and access.sees_family(worker, family)


async def timeline_version(rt: Runtime, worker: Worker, family_id: int) -> str:
    """The version of a family's timeline, if `worker` may see it (`NotFound` otherwise)."""
    async with rt.db.reading() as session:
        await access.load_family(session, worker, family_id)
        return await _version(session, family_id)


async def _version(session: AsyncSession, family_id: int) -> str:
    """A fingerprint of a timeline that changes with every new message, note or status.

    It reads no message text, so a page can ask whether to re-read (an audited read) cheaply.
    Statuses only move forward, so every change moves the count of some status.
    """
    counts = sorted((await session.execute(
        select(Message.status, func.count(), func.max(Message.id))
        .where(Message.family_id == family_id).group_by(Message.status))).all())
    last_note = await session.scalar(select(func.max(Note.id)).where(Note.family_id == family_id))
    parts = [f"{status}={count}/{last}" for status, count, last in counts]
    return ";".join([*parts, f"note={last_note or 0}"])


@dataclass(frozen=True)
class CalendarSection:
    """The family page's calendar section, without the free times (the page fetches those after)."""

    zone: ZoneInfo
    appointments: list[Appointment]  # not ended more than a day ago, earliest first
    busy: list[BusyTime]  # not ended, earliest first
    feed: FamilyCalendarFeed | None


async def calendar_section(rt: Runtime, worker: Worker, family_id: int, *,
                           busy_limit: int = 12) -> CalendarSection:
    """The calendar section of a family the worker sees (`NotFound` otherwise), in one read."""
    now = rt.clock()
    async with rt.db.reading() as session:
        family = await access.load_family(session, worker, family_id)
        team = await session.get(Team, family.team_id)
        appointments = list(await session.scalars(
            select(Appointment).where(Appointment.family_id == family_id,
                                      Appointment.ends_at > now - timedelta(days=1))
            .order_by(Appointment.starts_at, Appointment.id)))
        busy = list(await session.scalars(
            select(BusyTime).where(BusyTime.family_id == family_id, BusyTime.ends_at > now)
            .order_by(BusyTime.starts_at, BusyTime.id).limit(busy_limit)))
        feed = await session.get(FamilyCalendarFeed, family_id)
    zone = ZoneInfo(team.timezone if team is not None else rt.settings.timezone)
    return CalendarSection(zone, appointments, busy, feed)
