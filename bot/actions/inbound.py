"""`receive`: a message from a family member, whatever the channel, stored exactly once.

Inbound messages are stored by group commit (`storage.db.GroupCommit`): concurrent `receive`
calls queue their message, one writer task stores everything queued in one transaction
(`_store`: one query for the senders, one INSERT for the messages, one UPDATE for the families'
`last_message_at`/`unanswered_since`, one INSERT for the audit rows), and each call returns once
that transaction has committed. The rules for a family's message run per message, inside that
transaction, in `_for_family`: the per-message hook, with the transaction's AsyncSession.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Table, bindparam, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql.dml import ReturningInsert

from bot import audit, flood, rules_cache, texts
from bot.actions.alerts import after_commit
from bot.actions.appointment_answers import answer_in_session, parse_choice
from bot.actions.outbound import ADDRESS_KIND, enqueue
from bot.actions.requests import route_message, write_requests
from bot.errors import Conflict
from bot.events import Event
from bot.i18n import format_when
from bot.keywords import Keyword, keyword_of
from bot.language_words import language_named
from bot.routing import team_classifiers
from bot.runtime import Runtime
from bot.scheduling.hours import is_open, next_opening
from storage.db import Database, insert_ignore
from storage.models import Address, AutoReply, Family, Member, Message, Team

STALE_FOR_HOURS_ANSWER = timedelta(minutes=10)
"""A message stored this late (replayed from the spool) gets no out-of-hours answer: the family
has moved on, and "we are closed" may no longer be true of the time they wrote."""


@dataclass(frozen=True)
class Received:
    """What became of an inbound message."""

    message_id: int | None
    duplicate: bool
    family_id: int | None
    member_id: int | None
    keyword: Keyword | None = None


async def receive(
    rt: Runtime, *, channel: str, sender: str, body: str, provider_id: str,
    to: str | None = None, received_at: datetime | None = None,
) -> Received:
    """Store an inbound message once, keep unknown senders in intake, answer what is due.

    `received_at` is when the provider handed it over, if not now (a replay from the spool).
    Returns once the message is committed, together with the messages received at the same
    moment (group commit); the console event is published after that commit.
    """
    stored = await rt.db.group_commit(_store).submit(incoming(
        rt, channel=channel, sender=sender, body=body, provider_id=provider_id, to=to,
        received_at=received_at))
    return published(rt, stored)


def incoming(
    rt: Runtime, *, channel: str, sender: str, body: str, provider_id: str,
    to: str | None = None, received_at: datetime | None = None,
) -> _Incoming:
    """One message as `store` takes it (what `receive` queues for the group commit)."""
    kind = ADDRESS_KIND[channel]
    return _Incoming(
        rt=rt, channel=channel, kind=kind, sender=sender, body=body, provider_id=provider_id,
        to=to, sent_at=received_at or rt.clock(),
        keyword=keyword_of(body) if kind == "phone" else None)


def published(rt: Runtime, stored: _Stored) -> Received:
    """Once its transaction committed: the message's console event published, its outcome."""
    if stored.event is not None:
        rt.events.publish(stored.event)
    return stored.received


@dataclass(frozen=True)
class _Incoming:
    """One message waiting for the writer, with the runtime whose rules apply to it."""

    rt: Runtime
    channel: str
    kind: str
    sender: str
    body: str
    provider_id: str
    to: str | None
    sent_at: datetime
    keyword: Keyword | None


@dataclass(frozen=True)
class _Stored:
    """The outcome of one message, and the console event to publish once committed."""

    received: Received
    event: Event | None


async def _store(session: AsyncSession, batch: list[_Incoming]) -> list[_Stored]:
    """Store a batch of inbound messages in the session's transaction; one outcome each, in order.

    Idempotent (the writer may run a batch again): a message already stored is a duplicate.
    """
    senders = await _senders(session, batch)
    intake: dict[str | None, int | None] = {}
    rows: list[dict[str, Any]] = []
    for item in batch:
        found = senders.get((item.kind, item.sender))
        if found is not None:
            team_id: int | None = found.family.team_id
        else:
            if item.to not in intake:
                intake[item.to] = await _intake_team(item.rt, session, item.to)
            team_id = intake[item.to]
        rows.append({
            "team_id": team_id,
            "family_id": found.family.id if found else None,
            "member_id": found.member_id if found else None,
            "direction": "in", "channel": item.channel, "address": item.sender,
            "body": item.body, "status": "received", "provider_id": item.provider_id,
            "kind": "keyword" if item.keyword else "chat", "created_at": item.sent_at,
        })
    ids = await _insert_messages(session, rows)
    outcomes, audits, touched = [], [], {}
    for item, row in zip(batch, rows, strict=True):
        # The first of a batch's copies of one message takes the id; the others are duplicates.
        message_id = ids.pop((item.channel, item.provider_id), None)
        family_id, member_id = row["family_id"], row["member_id"]
        if message_id is None:
            outcomes.append(_Stored(Received(None, True, family_id, member_id, item.keyword),
                                    None))
            continue
        found = senders.get((item.kind, item.sender))
        if found is not None:
            touched[found.family.id] = found.family
            await _for_family(item.rt, session, sender=found, channel=item.channel,
                              keyword=item.keyword, sent_at=item.sent_at, body=item.body,
                              message_id=message_id)
        audits.append(audit.entry(action="message.receive", family_id=family_id,
                                  source=item.channel, message_id=message_id,
                                  intake=family_id is None))
        event = Event("message" if family_id else "intake", row["team_id"], family_id,
                      {"id": message_id})
        outcomes.append(_Stored(Received(message_id, False, family_id, member_id, item.keyword),
                                event))
    await write_requests(session)  # the requests routed above, in one INSERT
    await _write_family_times(session, touched.values())
    await audit.record_many(session, audits)
    return outcomes


async def _for_family(
    rt: Runtime, session: AsyncSession, *, sender: _Sender, channel: str,
    keyword: Keyword | None, sent_at: datetime, body: str, message_id: int,
) -> None:
    """The rules for a new message from a known member, once per message (the per-message hook).

    Runs inside the transaction that stores the message (shared with the other messages of its
    group commit, which are already inserted): `session` is that transaction's AsyncSession.
    The common case works on `sender`'s plain columns; the rare ones (STOP, HELP, a language's
    name, an answer, an automatic reply) load the ORM objects they change (`_objects`). A hook
    added here must be idempotent in the same way (a failed batch is stored again, one message
    per transaction) and must not commit.
    """
    now = rt.clock()
    family = sender.family
    # These two are written for the whole batch at its end (`_write_family_times`).
    family.last_message_at = now
    if keyword is Keyword.STOP or keyword is Keyword.START:
        await session.execute(
            update(Address).where(Address.id == sender.address_id)
            .values(opted_out=keyword is Keyword.STOP, changed_at=now)
            .execution_options(synchronize_session=False))
        return
    # Many messages at once from one address: all kept and shown, acted on once (bot/flood.py).
    verdict = flood.verdict(rt, channel, sender.value, sent_at)
    if verdict is not flood.Verdict.NORMAL:
        if verdict is flood.Verdict.STARTS:  # the contacts' one marker of this flood
            await session.execute(update(Message).where(Message.id == message_id)
                                  .values(kind="flood")
                                  .execution_options(synchronize_session=False))
        # A danger signal is never silenced by a flood: it goes on to be routed and alerted.
        classifier = await team_classifiers.classifier_for(rt, session, family.team_id)
        if not classifier.classify(body).urgent:
            if family.unanswered_since is None:
                family.unanswered_since = sent_at
            return
    if keyword is Keyword.HELP:
        team = await session.get(Team, family.team_id)
        assert team is not None
        await _auto_reply(rt, session, sender, channel, "help",
                          texts.help_text(sender.language, team=team.name,
                                          emergency=rt.settings.emergency_number))
        return
    language = language_named(body)
    if language is not None:  # "English", "Soomaali"…: write to them in it from now on
        if sender.language != language:
            _, member = await _objects(session, sender)
            audit.record(session, action="member.language", family_id=family.id, source=channel,
                         member_id=member.id, old=member.language, new=language)
            member.language = sender.language = language
            await session.flush()
        await _auto_reply(rt, session, sender, channel, "language",
                          texts.language_changed(language))
        return
    if parse_choice(body) is not None:  # "1"/"2" answering a reminder or an offer
        family_row, member = await _objects(session, sender)
        if await answer_in_session(rt, session, family=family_row, member=member,
                                   channel=channel, body=body):
            return
    if family.unanswered_since is None:
        family.unanswered_since = sent_at
    await route_message(rt, session, family=family, member_id=sender.member_id,
                        message_id=message_id, body=body, channel=channel, sent_at=sent_at)
    if now - sent_at > STALE_FOR_HOURS_ANSWER:
        return
    # The team's own hours and closed days, from memory (bot/rules_cache.py): no query here.
    rules = await rules_cache.rules_for(rt, session, family.team_id)
    # Claimed before the text is made: most messages out of hours are not a member's first.
    if not is_open(now, rules.hours, rules.zone) \
            and await _first_today(rt, session, sender.member_id, "out_of_hours"):
        team = await session.get(Team, family.team_id)
        assert team is not None
        when = format_when(next_opening(now, rules.hours, rules.zone), sender.language,
                           rules.zone, now=now)
        await _auto_reply(rt, session, sender, channel, "out_of_hours",
                          texts.out_of_hours(sender.language, team=team.name, when=when,
                                             emergency=rt.settings.emergency_number))


async def _auto_reply(
    rt: Runtime, session: AsyncSession, sender: _Sender, channel: str, kind: str, body: str,
) -> None:
    """Queue an automatic answer (`kind` names it; once-a-day ones are claimed first)."""
    if channel not in rt.channels:
        return
    family, member = await _objects(session, sender)
    # The hot path loaded no relationships; this rare one needs the member's addresses.
    await session.refresh(member, attribute_names=["addresses"])
    try:
        await enqueue(rt, session, family=family, body=body, member_id=None, author_id=None,
                      channel=channel, kind="auto", member=member)
    except Conflict:
        return  # opted out or unreachable: an automatic answer is not worth forcing
    rt.outbox_ready.set()


@dataclass
class _Claims:
    """Today's once-a-day answers known to be claimed in committed transactions (per process)."""

    day: str
    keys: set[tuple[int, str]]


_CLAIMS: weakref.WeakKeyDictionary[Database, _Claims] = weakref.WeakKeyDictionary()
_PENDING_CLAIMS = "bot.actions.inbound:claims"
"""Key in `session.info` of the claims this transaction made or found (known once committed)."""


async def _first_today(rt: Runtime, session: AsyncSession, member_id: int, kind: str) -> bool:
    """Claim the member's one automatic answer of `kind` for today; False if already claimed.

    The claim is an `AutoReply` row (unique per member, kind and local day, so concurrent
    batches and processes agree). Once a transaction that inserted or met the row has
    committed, this process remembers it until the day ends and skips the INSERT for the
    member's later messages: out of hours, nearly every message is one of those. A row is never
    deleted while its day lasts, so the memory cannot be wrong; a rolled-back claim is never
    remembered.
    """
    day = rt.clock().astimezone(rt.settings.zone).date().isoformat()
    claims = _CLAIMS.get(rt.db)
    if claims is None or claims.day != day:
        claims = _CLAIMS[rt.db] = _Claims(day, set())
    key = (member_id, kind)
    if key in claims.keys:
        return False
    first = await insert_ignore(session, AutoReply,
                                {"member_key": f"member:{member_id}", "kind": kind, "day": day})
    pending: list[tuple[int, str]] | None = session.info.get(_PENDING_CLAIMS)
    if pending is None:
        pending = session.info[_PENDING_CLAIMS] = []
        known, made = claims.keys, pending
        after_commit(session, lambda: known.update(made))
    pending.append(key)
    return bool(first)


# The hot path's statements, built once: SQLAlchemy caches the compiled form against the object.
_SENDERS = (
    select(Address.id, Address.value, Member.id, Member.language, Family.id, Family.team_id,
           Family.primary_id, Family.partner_id, Family.unanswered_since)
    .join(Member, Member.id == Address.member_id)
    .join(Family, Family.id == Member.family_id)
    .where(Address.kind == bindparam("kind"),
           Address.value.in_(bindparam("values", expanding=True)),
           Address.active, Family.status == "active")
)
_TEAM_BY_NUMBER = select(Team.id).where(Team.sms_number == bindparam("number"))
_FIRST_TEAM = select(Team.id).order_by(Team.id).limit(1)
_MESSAGES = Message.__table__
assert isinstance(_MESSAGES, Table)
_INSERT_MESSAGES: dict[str, ReturningInsert[Any]] = {
    name: dialect.insert(_MESSAGES).on_conflict_do_nothing().returning(
        _MESSAGES.c.id, _MESSAGES.c.channel, _MESSAGES.c.provider_id)
    for name, dialect in (("sqlite", sqlite), ("postgresql", postgresql))
}


_FAMILIES = Family.__table__
assert isinstance(_FAMILIES, Table)
_FAMILY_TIMES = (
    update(_FAMILIES).where(_FAMILIES.c.id == bindparam("family_id"))
    .values(last_message_at=bindparam("last_message_at"),
            unanswered_since=bindparam("unanswered_since"))
)


async def _write_family_times(session: AsyncSession, families: Iterable[_FamilyRow]) -> None:
    """Store `last_message_at` and `unanswered_since` as `_for_family` left them."""
    # In id order: concurrent batches (PostgreSQL) then lock the rows in one order, no deadlock.
    params = [{"family_id": f.id, "last_message_at": f.last_message_at,
               "unanswered_since": f.unanswered_since}
              for f in sorted(families, key=lambda f: f.id)]
    if params:
        await session.execute(_FAMILY_TIMES, params)


@dataclass(slots=True)
class _FamilyRow:
    """A sender's family as the hot path reads and changes it: plain columns, one per family
    in a batch (its two members' messages share it)."""

    id: int
    team_id: int
    primary_id: int
    partner_id: int
    unanswered_since: datetime | None
    last_message_at: datetime | None = None


@dataclass(slots=True)
class _Sender:
    """A known sender: their active address, member and active family, as plain columns.

    Reading ORM objects for every message of a batch cost more than storing it; the rare
    branches that change a member or answer them load the objects (`_objects`).
    """

    address_id: int
    value: str
    member_id: int
    language: str
    family: _FamilyRow


async def _objects(session: AsyncSession, sender: _Sender) -> tuple[Family, Member]:
    """The sender's family and member as ORM objects (from the identity map when loaded)."""
    family = await session.get(Family, sender.family.id)
    member = await session.get(Member, sender.member_id)
    assert family is not None and member is not None
    return family, member


async def _senders(
    session: AsyncSession, batch: Sequence[_Incoming],
) -> dict[tuple[str, str], _Sender]:
    """The active addresses of the batch's senders, with their member and active family.

    One query per kind of address, plain columns.
    """
    wanted: dict[str, set[str]] = {}
    for item in batch:
        wanted.setdefault(item.kind, set()).add(item.sender)
    found: dict[tuple[str, str], _Sender] = {}
    families: dict[int, _FamilyRow] = {}
    for kind, values in wanted.items():
        result = await session.execute(_SENDERS, {"kind": kind, "values": sorted(values)})
        for (address_id, value, member_id, language, family_id, team_id, primary_id,
             partner_id, unanswered_since) in result:
            family = families.get(family_id)
            if family is None:
                family = families[family_id] = _FamilyRow(
                    family_id, team_id, primary_id, partner_id, unanswered_since)
            found[(kind, value)] = _Sender(address_id, value, member_id, language, family)
    return found


async def _insert_messages(
    session: AsyncSession, rows: list[dict[str, Any]],
) -> dict[tuple[str, str], int]:
    """Insert the rows, skipping those already stored; the new ids by (channel, provider id)."""
    dialect = session.bind.dialect.name if session.bind is not None else "sqlite"
    result = await session.execute(_INSERT_MESSAGES[dialect], rows)
    return {(channel, provider_id): id_ for id_, channel, provider_id in result}


async def _intake_team(rt: Runtime, session: AsyncSession, to: str | None) -> int | None:
    """The team whose number was written to; else the first team (documented in the README).

    Found teams are remembered per database: a team's `sms_number` is unique and set only when
    the team is created, teams are never deleted, and the first team stays the first. A number
    no team has is looked up again every time (a team may be created with it).
    """
    known = _INTAKE_TEAMS.get(rt.db)
    if known is None:
        known = _INTAKE_TEAMS[rt.db] = {}
    if to and to in known:
        return known[to]
    if to:
        team_id = await session.scalar(_TEAM_BY_NUMBER, {"number": to})
        if team_id is not None:
            known[to] = team_id
            return team_id
    first = known.get(None)
    if first is None:
        first = await session.scalar(_FIRST_TEAM)
        if first is not None:
            known[None] = first
    return first


_INTAKE_TEAMS: weakref.WeakKeyDictionary[Database, dict[str | None, int]] = (
    weakref.WeakKeyDictionary())


# `receive` in parts, for a group commit of another module that stores rows of its own in the
# same transaction as the messages (Telegram's update ids: bot/actions/telegram_updates.py).
Incoming = _Incoming
Stored = _Stored
store = _store
