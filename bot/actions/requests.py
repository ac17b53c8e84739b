"""Requests inside the team: routing a family's message, and the contacts' corrections.

`route_message` runs inside `receive`'s transaction, on the hot path: a message that is not a
request costs one in-memory classification and nothing else; a request costs the reads that pick
its assignee and one insert. The router's own decision is kept on the request (`routed_domain`,
`routed_assignee_id`) rather than in a separate audit row, for the same reason; every later change
is an action of its own (`update_request`) with its audit row and routing events.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol

from sqlalchemy import Table, bindparam, func, insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot import access, audit, rules_cache, texts
from bot.actions.alerts import raise_alerts, team_leads
from bot.actions.outbound import enqueue
from bot.domains import DOMAINS
from bot.errors import Conflict, Invalid, NotFound
from bot.events import Event
from bot.routing import team_classifiers
from bot.routing.assign import Absence, Candidate, best_worker
from bot.routing.classifier import Classification
from bot.runtime import Runtime
from bot.scheduling.hours import is_open
from bot.scheduling.rules import TeamRules
from bot.scheduling.working_time import add_working_time
from bot.team_cache import TeamCache
from storage.db import insert_ignore
from storage.models import (
    AutoReply,
    Family,
    Member,
    Message,
    Request,
    RoutingEvent,
    RoutingExample,
    Worker,
    WorkerAbsence,
    WorkerDomain,
)

STATUSES = ("open", "closed")


class FamilyKeys(Protocol):
    """What routing reads of a family: a `Family`, or the hot path's plain row of one."""

    @property
    def id(self) -> int: ...
    @property
    def team_id(self) -> int: ...
    @property
    def primary_id(self) -> int: ...
    @property
    def partner_id(self) -> int: ...


async def route_message(
    rt: Runtime, session: AsyncSession, *, family: FamilyKeys, member_id: int, message_id: int,
    body: str, channel: str, sent_at: datetime,
) -> bool:
    """Make a family's message a request for the best worker, when it is one (or is urgent).

    True when it became a request. The request row is written by `write_requests(session)`,
    which the caller runs before it commits (an urgent one at once: its alerts refer to it).
    An urgent message also alerts both contacts and the team's leads, and outside opening hours
    answers the sender with the emergency numbers (in place of the ordinary out-of-hours answer).
    """
    classifier = await team_classifiers.classifier_for(rt, session, family.team_id)
    found = classifier.classify(body)
    if not (found.is_request or found.urgent):
        return False
    now = rt.clock()
    domain = found.domain or "general"
    routing = _routing(session)
    facts = await routing.team(rt, session, family.team_id, sent_at)
    rules = await rules_cache.rules_for(rt, session, family.team_id)
    assignee = await facts.choose(session, domain=domain, at=sent_at,
                                  contacts=(family.primary_id, family.partner_id))
    row = {
        "team_id": family.team_id, "family_id": family.id, "message_id": message_id,
        "domain": domain, "urgent": found.urgent,
        "urgent_reasons": ",".join(found.urgent_reasons)[:200], "assignee_id": assignee,
        "status": "open", "routed_domain": domain, "routed_assignee_id": assignee,
        "due_at": due_time(rt, rules, sent_at), "created_at": sent_at,
        "first_action_at": None, "closed_at": None,
    }
    if not found.urgent:
        routing.rows.append(row)
        return True
    # The alerts name the request: it is written now, after the batch's earlier ones (id order).
    await write_requests(session)
    request = Request(**row)
    session.add(request)
    await session.flush()
    family_row = await session.get(Family, family.id)
    member = await session.get(Member, member_id)
    assert family_row is not None and member is not None
    await _urgent(rt, session, family=family_row, member=member, request=request,
                  found=found, channel=channel, now=now, rules=rules)
    return True


async def write_requests(session: AsyncSession) -> None:
    """Insert the requests `route_message` made in this transaction, in one statement."""
    routing = session.info.get(_ROUTING)
    if routing is None or not routing.rows:
        return
    rows, routing.rows = routing.rows, []
    await session.execute(_INSERT_REQUEST, rows)


def due_time(rt: Runtime, rules: TeamRules, start: datetime) -> datetime:
    """When the first action on a request is due: `request_due_hours` of the team's working
    hours later (evenings, weekends and the team's closed days do not count)."""
    return add_working_time(start, timedelta(hours=rt.settings.request_due_hours),
                            rules.hours, rules.zone)


_ROUTING = "bot.actions.requests:routing"
"""Key of the transaction's `_Routing` in `session.info` (a session is one transaction here)."""


class _Routing:
    """What routing used and made in one transaction (a group commit's batch of messages).

    A team's routing facts (`_TeamFacts`: workers, levels, open load, absences) come from this
    process's memory (`_known_facts`) on the team's first request of the transaction and serve
    the rest of it; the batch's requests are counted into the open load as they are made.
    """

    def __init__(self) -> None:
        self.teams: dict[int, _TeamFacts] = {}
        self.rows: list[dict[str, Any]] = []

    async def team(self, rt: Runtime, session: AsyncSession, team_id: int, at: datetime,
                   ) -> _TeamFacts:
        facts = self.teams.get(team_id)
        if facts is None:
            facts = self.teams[team_id] = await _known_facts(rt, session, team_id, at)
        if at < facts.since:  # an older message (a spool replay): absences from its time on
            facts.absences = await _absences(session, facts.workers, at)
            facts.since = at
        return facts


def _routing(session: AsyncSession) -> _Routing:
    routing = session.info.get(_ROUTING)
    if routing is None:
        routing = session.info[_ROUTING] = _Routing()
    assert isinstance(routing, _Routing)
    return routing


FACTS_MAX_AGE = 10.0
"""Seconds a team's routing facts are used from memory before they are read again."""


@dataclass
class _TeamFacts:
    """A team's routing facts: who knows which domain, open requests, absences from `since`."""

    since: datetime
    workers: frozenset[int]
    levels: dict[str, list[tuple[int, int]]]
    load: dict[int, int]
    absences: list[Absence]

    @classmethod
    async def read(cls, session: AsyncSession, team_id: int, since: datetime) -> _TeamFacts:
        workers: set[int] = set()
        levels: dict[str, list[tuple[int, int]]] = {}
        for worker_id, domain, level, active, role in await session.execute(
                _TEAM_WORKERS, {"team_id": team_id}):
            workers.add(worker_id)
            if domain is not None and active and role in ("worker", "lead"):
                levels.setdefault(domain, []).append((worker_id, level))
        load = {worker_id: count for worker_id, count
                in await session.execute(_OPEN_LOAD, {"team_id": team_id}) if worker_id}
        absences = [Absence(w, s, e) for w, s, e in await session.execute(
            _TEAM_ABSENCES, {"team_id": team_id, "since": since})]
        return cls(since, frozenset(workers), levels, load, absences)

    async def choose(self, session: AsyncSession, *, domain: str, at: datetime,
                     contacts: tuple[int, int]) -> int:
        """The assignee (see `bot.routing.assign.best_worker`), counted in as one more open."""
        strangers = [w for w in contacts if w not in self.workers]
        if strangers:  # a contact of another team (not expected): their absences too, once
            self.workers |= frozenset(strangers)
            self.absences += await _absences(session, strangers, self.since)
        candidates = [Candidate(w, level, self.load.get(w, 0))
                      for w, level in self.levels.get(domain, ())]
        assignee = best_worker(candidates, absences=self.absences, at=at, contacts=contacts)
        self.load[assignee] = self.load.get(assignee, 0) + 1
        return assignee


_FACTS: TeamCache[_TeamFacts] = TeamCache(FACTS_MAX_AGE)


async def _known_facts(rt: Runtime, session: AsyncSession, team_id: int, at: datetime,
                       ) -> _TeamFacts:
    """The team's routing facts from memory, read again when older than `FACTS_MAX_AGE`.

    Reading them is four queries, and the open-load count grows with the team's open requests:
    too much for every batch of inbound messages. Kept in memory, they are
    - dropped at once in this process by every action that changes them (`forget_facts`:
      workers created or deactivated, absences, requests reassigned or closed);
    - counted on by this process's own routing between reads (a request routed here is one
      more open for its assignee at once; one whose transaction then failed counts until the
      next read);
    - at most `FACTS_MAX_AGE` seconds behind what other `opgang serve` processes did. The open
      load only balances the work between equally able workers, so ten seconds behind is an
      acceptable price for no query.
    """
    found = _FACTS.get(rt, team_id)
    if found is not None:
        return found
    return _FACTS.put(rt, team_id, await _TeamFacts.read(session, team_id, at))


def forget_facts(rt: Runtime, team_id: int | None = None) -> None:
    """Drop the team's routing facts (every team's when None): the next request reads them."""
    _FACTS.forget(rt, team_id)


async def choose_assignee(
    session: AsyncSession, *, family: Family, domain: str, at: datetime,
) -> int:
    """The worker a request in `domain` goes to (see `bot.routing.assign.best_worker`)."""
    facts = await _TeamFacts.read(session, family.team_id, at)
    return await facts.choose(session, domain=domain, at=at,
                              contacts=(family.primary_id, family.partner_id))


async def _absences(session: AsyncSession, worker_ids: Iterable[int], since: datetime,
                    ) -> list[Absence]:
    """The absences of these workers that end after `since`."""
    rows = (await session.execute(
        select(WorkerAbsence.worker_id, WorkerAbsence.starts_at, WorkerAbsence.ends_at)
        .where(WorkerAbsence.worker_id.in_(set(worker_ids)),
               WorkerAbsence.ends_at > since))).all()
    return [Absence(worker_id, starts, ends) for worker_id, starts, ends in rows]


# Built once: SQLAlchemy caches the compiled form against the statement object.
_TEAM_WORKERS = (
    select(Worker.id, WorkerDomain.domain, WorkerDomain.level, Worker.active, Worker.role)
    .outerjoin(WorkerDomain, WorkerDomain.worker_id == Worker.id)
    .where(Worker.team_id == bindparam("team_id"))
)
_OPEN_LOAD = (
    select(Request.assignee_id, func.count())
    .join(Worker, Worker.id == Request.assignee_id)
    .where(Worker.team_id == bindparam("team_id"), Request.status == "open")
    .group_by(Request.assignee_id)
)
_TEAM_ABSENCES = (
    select(WorkerAbsence.worker_id, WorkerAbsence.starts_at, WorkerAbsence.ends_at)
    .join(Worker, Worker.id == WorkerAbsence.worker_id)
    .where(Worker.team_id == bindparam("team_id"), WorkerAbsence.ends_at > bindparam("since"))
)
_REQUESTS = Request.__table__
assert isinstance(_REQUESTS, Table)
_INSERT_REQUEST = insert(_REQUESTS)


async def _urgent(
    rt: Runtime, session: AsyncSession, *, family: Family, member: Member, request: Request,
    found: Classification, channel: str, now: datetime, rules: TeamRules,
) -> None:
    leads = await team_leads(session, family.team_id)
    await raise_alerts(
        rt, session, team_id=family.team_id, family_id=family.id, request_id=request.id,
        worker_ids=[family.primary_id, family.partner_id, *leads], kind="urgent",
        reason=",".join(found.urgent_reasons) or "urgent", key=f"urgent:{request.message_id}",
        at=now)
    if not is_open(now, rules.hours, rules.zone):
        await _urgent_answer(rt, session, family=family, member=member, channel=channel, now=now)


async def _urgent_answer(
    rt: Runtime, session: AsyncSession, *, family: Family, member: Member, channel: str,
    now: datetime,
) -> None:
    """The emergency numbers, once a day per member, in place of the out-of-hours answer.

    Taking today's "out_of_hours" slot (the key `receive` uses) is what keeps the ordinary
    answer from following this one.
    """
    day = now.astimezone(rt.settings.zone).date().isoformat()
    key = f"member:{member.id}"
    await insert_ignore(session, AutoReply, {"member_key": key, "kind": "out_of_hours",
                                             "day": day})
    first = await insert_ignore(session, AutoReply, {"member_key": key, "kind": "urgent",
                                                     "day": day})
    if not first or channel not in rt.channels:
        return
    social = rt.settings.emergency_social_number.strip()
    emergency = rt.settings.emergency_number
    body = (texts.urgent_out_of_hours(member.language, emergency=emergency, social=social)
            if social else texts.urgent_out_of_hours_112(member.language, emergency=emergency))
    # The hot path loaded no relationships; this rare one needs the member's addresses.
    await session.refresh(member, attribute_names=["addresses"])
    try:
        await enqueue(rt, session, family=family, body=body, member_id=None, author_id=None,
                      channel=channel, kind="auto", member=member)
    except Conflict:
        return  # opted out or unreachable: the alerts to the team still stand
    rt.outbox_ready.set()


async def update_request(
    rt: Runtime, *, request_id: int, actor_id: int, domain: str | None = None,
    assignee_id: int | None = None, status: str | None = None,
) -> Request:
    """Change a request's domain, assignee or status, as a worker who may see it.

    A change of domain or assignee is a correction: the message is kept as a labelled example
    and the team's router learns from it. Any change is the first action on the request (it
    stops the escalation), except a reassignment to someone else, which gives the new assignee
    a fresh due time.
    """
    if domain is not None and domain not in DOMAINS:
        raise Invalid(f"domain: unknown domain {domain!r}; use one of {', '.join(DOMAINS)}")
    if status is not None and status not in STATUSES:
        raise Invalid("status: must be open or closed")
    now = rt.clock()
    async with rt.db.transaction() as session:
        actor = await session.get(Worker, actor_id)
        if actor is None:
            raise NotFound(f"worker {actor_id} not found")
        request = await access.load_request(session, actor, request_id)
        changes: list[tuple[str, str | None, str | None]] = []
        if domain is not None and domain != request.domain:
            changes.append(("domain", request.domain, domain))
            request.domain = domain
        if assignee_id is not None and assignee_id != request.assignee_id:
            await _check_assignee(session, request.team_id, assignee_id)
            changes.append(("assignee", _str(request.assignee_id), str(assignee_id)))
            request.assignee_id = assignee_id
        if status is not None and status != request.status:
            changes.append(("status", request.status, status))
            request.status = status
            request.closed_at = now if status == "closed" else None
        reassigned = any(f == "assignee" for f, _, _ in changes)
        if reassigned and assignee_id != actor_id:
            rules = await rules_cache.rules_for(rt, session, request.team_id)
            request.due_at = due_time(rt, rules, now)
            request.first_action_at = None
        elif request.first_action_at is None:
            request.first_action_at = now
        for field, old, new in changes:
            session.add(RoutingEvent(request_id=request.id, family_id=request.family_id,
                                     actor_id=actor_id, field=field, old=old, new=new, at=now))
        corrected = any(f in ("domain", "assignee") for f, _, _ in changes)
        if corrected:
            text = await session.scalar(select(Message.body)
                                        .where(Message.id == request.message_id))
            session.add(RoutingExample(team_id=request.team_id, text=text or "",
                                       domain=request.domain, request_id=request.id,
                                       author_id=actor_id, created_at=now))
        audit.record(session, action="request.update", actor_id=actor_id,
                     family_id=request.family_id, request_id=request.id,
                     changes=[{"field": f, "from": o, "to": n} for f, o, n in changes])
    if corrected:
        team_classifiers.forget(rt, request.team_id)
    if changes:
        forget_facts(rt, request.team_id)  # the open load moved
    rt.events.publish(Event("request", request.team_id, request.family_id, {"id": request.id}))
    return request


async def _check_assignee(session: AsyncSession, team_id: int, worker_id: int) -> None:
    worker = await session.get(Worker, worker_id)
    if (worker is None or not worker.active or worker.team_id != team_id
            or worker.role not in ("worker", "lead")):
        raise Invalid(f"assignee_id: {worker_id} is not an active worker of the team")


def _str(value: int | None) -> str | None:
    return None if value is None else str(value)
