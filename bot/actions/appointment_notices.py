"""Family notices about appointments: confirmation, change, cancellation and the reminders.

`on_change` is called by the appointment actions (book, reschedule, cancel) inside their own
transaction. It writes one `ScheduledNotice` row per member and kind, so the schema's unique key
(appointment, member, kind) keeps every notice single: the notice of the change goes through the
outbox at once (or at the end of quiet hours), and the reminders wait for `bot.scheduler`.

Decisions, written down:
- Who is told: the members the appointment names, but the children (an appointment names every
  member unless the contact chose, since a child's school time blocks it too; children hear of
  it from their parents); when that leaves nobody (it names only a child, or none), every
  member of the family but the children.
- Texts are rendered when they are sent, in the member's language and the team's zone, so
  "tomorrow at 10:00" is true on the day the family reads it, and a confirmation held back by
  quiet hours names the appointment's time as it is then.
- A notice that would fall in quiet hours waits for their end; if that is not before the
  appointment it is dropped (the contacts see why on the family page and can phone).
- A member without a usable address gets nothing; the row is dropped with the reason.
- A member not yet told of the appointment (its confirmation is waiting for the end of quiet
  hours) gets the confirmation of the new time rather than a change, and no cancellation.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import format_date, format_time
from sqlalchemy import delete, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from bot import audit, texts
from bot.actions.outbound import _channel_for, enqueue
from bot.calendar_queries import team_rules
from bot.errors import Conflict, Invalid, NotFound
from bot.events import Event
from bot.i18n import CLOCK_PATTERNS, format_when, gettext_for
from bot.runtime import Runtime
from bot.scheduling.reminders import QuietHours, next_allowed, plan_reminders
from bot.scheduling.rules import TeamRules
from storage.models import (
    Appointment,
    Family,
    Member,
    Message,
    PendingQuestion,
    ScheduledNotice,
    Team,
)

CHANGES = {"booked": "confirmation", "moved": "changed", "rescheduled": "changed",
           "cancelled": "cancelled"}
"""The change an appointment action reports, and the kind of notice it sends."""
NOTICE_KINDS = frozenset(CHANGES.values())
REMINDER = "reminder_"
OFFER_EXPIRES = timedelta(days=3)
"""How long a member may answer an offer of times with its number."""


BUTTON_PREFIX = "ans"


def is_reminder(kind: str) -> bool:
    return kind.startswith(REMINDER)


def button_data(appointment_id: int, kind: str, choice: int) -> str:
    """A Telegram button's callback data: the appointment, the question kind, the choice."""
    return f"{BUTTON_PREFIX}:{appointment_id}:{kind[0]}:{choice}"


async def loaded(session: AsyncSession, instance: object, attribute: str) -> None:
    """Load a relationship the caller's query left out (the inbound hot path loads none)."""
    if attribute not in instance.__dict__:
        await session.refresh(instance, attribute_names=[attribute])


def quiet_hours(rules: TeamRules) -> QuietHours:
    return QuietHours(start=rules.quiet_start, end=rules.quiet_end)


def recipients(family: Family, appointment: Appointment) -> list[Member]:
    """The members told about `appointment` (see the module's decisions)."""
    named = {m.member_id for m in appointment.members}
    told = [m for m in family.members if m.id in named and m.role != "child"]
    return told or [m for m in family.members if m.role != "child"]


async def on_change(
    rt: Runtime, session: AsyncSession, *, appointment: Appointment, change: str,
) -> None:
    """Tell the family about a booked, moved or cancelled appointment; (re)plan its reminders."""
    if change not in CHANGES:
        raise ValueError(f"unknown appointment change {change!r}")
    now = rt.clock()
    team = await session.get(Team, appointment.team_id)
    family = await session.get(Family, appointment.family_id)
    assert team is not None and family is not None
    await loaded(session, family, "members")
    rules = await team_rules(session, team.id)
    quiet = quiet_hours(rules)
    members = recipients(family, appointment)
    # A question about the appointment as it was no longer means anything.
    await session.execute(delete(PendingQuestion).where(
        PendingQuestion.appointment_id == appointment.id))
    cancelled = change == "cancelled" or appointment.status == "cancelled"
    # Members never told of the appointment (its confirmation waited for the end of quiet
    # hours) get the confirmation of the new time instead of a change, and no cancellation.
    told = set(await session.scalars(select(ScheduledNotice.member_id).where(
        ScheduledNotice.appointment_id == appointment.id, ScheduledNotice.status == "sent")))
    await _drop_pending(session, appointment.id, now, reason=(
        "appointment cancelled" if cancelled else "superseded by a later change"),
        kinds=None if cancelled else NOTICE_KINDS)
    if not cancelled:
        await _plan_reminders(session, appointment, members, rules, quiet, now)
    if appointment.starts_at <= now:
        return  # nothing to tell about an appointment that has begun
    due = next_allowed(now, quiet, rules.zone)
    for member in members:
        kind = CHANGES[change] if member.id in told else "confirmation"
        if cancelled and member.id not in told:
            continue
        if due >= appointment.starts_at:
            await _arm(session, appointment, member.id, kind, now, now, status="dropped",
                       reason="quiet hours last until the appointment")
            continue
        notice = await _arm(session, appointment, member.id, kind, due, now)
        if notice is not None and due <= now:
            await deliver(rt, session, notice=notice, appointment=appointment, member=member,
                          family=family, team=team, rules=rules, now=now)


async def _plan_reminders(
    session: AsyncSession, appointment: Appointment, members: Sequence[Member],
    rules: TeamRules, quiet: QuietHours, now: datetime,
) -> None:
    planned = plan_reminders(appointment.starts_at, rules.reminder_offsets, quiet=quiet,
                             zone=rules.zone, now=now)
    keep_kinds = {p.kind for p in planned}
    member_ids = [m.id for m in members]
    # Reminders of kinds no longer planned, or for members no longer invited, are dropped.
    await session.execute(
        update(ScheduledNotice)
        .where(ScheduledNotice.appointment_id == appointment.id,
               ScheduledNotice.status == "pending",
               ScheduledNotice.kind.like(f"{REMINDER}%"),
               ScheduledNotice.kind.not_in(keep_kinds)
               | ScheduledNotice.member_id.not_in(member_ids))
        .values(status="dropped", reason="no longer planned", updated_at=now,
                lease_owner=None, lease_until=None))
    for member in members:
        for item in planned:
            if item.due_at is not None:
                await _arm(session, appointment, member.id, item.kind, item.due_at, now)
            else:
                await _arm(session, appointment, member.id, item.kind, now, now,
                           status="dropped", reason=item.dropped)


async def _drop_pending(
    session: AsyncSession, appointment_id: int, now: datetime, *, reason: str,
    kinds: frozenset[str] | None,
) -> None:
    where = [ScheduledNotice.appointment_id == appointment_id,
             ScheduledNotice.status == "pending"]
    if kinds is not None:
        where.append(ScheduledNotice.kind.in_(kinds))
    await session.execute(update(ScheduledNotice).where(*where).values(
        status="dropped", reason=reason, updated_at=now, lease_owner=None, lease_until=None))


async def _arm(
    session: AsyncSession, appointment: Appointment, member_id: int, kind: str,
    due_at: datetime, now: datetime, *, status: str = "pending", reason: str | None = None,
) -> ScheduledNotice | None:
    """Insert or re-arm the (appointment, member, kind) notice; None when it stays as it was.

    A reminder already sent for the same time is not re-armed (telling the family once is the
    point); any other notice is re-armed with the new time, which also takes it from a
    scheduler that had claimed it (the lease is cleared, so its send no longer counts).
    """
    dialect = session.bind.dialect.name if session.bind is not None else "sqlite"
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    values = {"appointment_id": appointment.id, "member_id": member_id, "kind": kind,
              "family_id": appointment.family_id, "team_id": appointment.team_id,
              "due_at": due_at, "status": status, "reason": reason, "message_id": None,
              "attempts": 0, "lease_owner": None, "lease_until": None, "created_at": now,
              "updated_at": now}
    stmt = insert(ScheduledNotice).values(**values)
    changed = {k: stmt.excluded[k] for k in ("due_at", "status", "reason", "message_id",
                                             "attempts", "lease_owner", "lease_until",
                                             "updated_at")}
    keep_sent = None
    if is_reminder(kind):
        keep_sent = ~((ScheduledNotice.status == "sent")
                      & (ScheduledNotice.due_at == stmt.excluded.due_at))
    stmt = stmt.on_conflict_do_update(
        index_elements=["appointment_id", "member_id", "kind"], set_=changed, where=keep_sent)
    result = await session.execute(stmt.returning(ScheduledNotice.id))
    notice_id = result.scalar_one_or_none()
    if notice_id is None:
        return None
    return await session.get(ScheduledNotice, notice_id, populate_existing=True)


# ---- sending ------------------------------------------------------------------------------


def short_when(at: datetime, language: str, zone: ZoneInfo) -> str:
    """A compact day and time for a list of choices: "tirs. 3/3 kl. 10.00", "Tue 3/3 at 10:00"."""
    _ = gettext_for(language)
    locale = Locale.parse(language)
    local = at.astimezone(zone)
    day = format_date(local.date(), "EEE d/M", locale=locale)
    clock = format_time(local, CLOCK_PATTERNS.get(language, "HH:mm"), locale=locale)
    return _("{day} at {time}").format(day=day, time=clock)


def offer_list(starts: Sequence[datetime], language: str, zone: ZoneInfo) -> str:
    """Numbered choices: "1) Tue 3/3 at 10:00 2) Wed 4/3 at 09:00"."""
    return " ".join(f"{i}) {short_when(at, language, zone)}" for i, at in enumerate(starts, 1))


def render(
    kind: str, *, appointment: Appointment, member: Member, team: Team, zone: ZoneInfo,
    now: datetime, channel: str,
) -> tuple[str, list[list[str]] | None]:
    """The text of a notice for `member` and, on Telegram, its answer buttons."""
    language = member.language
    when = format_when(appointment.starts_at, language, zone, now=now)
    if is_reminder(kind):
        if channel == "telegram":
            buttons = [[texts.button_confirm(language), button_data(appointment.id, "reminder", 1)],
                       [texts.button_another_time(language),
                        button_data(appointment.id, "reminder", 2)]]
            return texts.appointment_reminder_chat(language, team=team.name, when=when), buttons
        return texts.appointment_reminder_sms(language, team=team.name, when=when), None
    if kind == "confirmation":
        body = texts.appointment_booked(language, team=team.name, when=when)
    elif kind == "changed":
        body = texts.appointment_changed(language, team=team.name, when=when)
    elif kind == "cancelled":
        return texts.appointment_cancelled(language, team=team.name, when=when), None
    else:
        raise ValueError(f"no text for notice kind {kind!r}")
    if appointment.location:
        body = f"{body} {texts.appointment_place(language, place=appointment.location)}"
    return body, None


async def deliver(
    rt: Runtime, session: AsyncSession, *, notice: ScheduledNotice, appointment: Appointment,
    member: Member, family: Family, team: Team, rules: TeamRules, now: datetime,
) -> bool:
    """Render the notice and put it in the outbox in the caller's transaction; True when queued.

    A member who cannot be reached (no address, opted out) leaves the notice dropped with why.
    A reminder that went out opens the member's question: a bare "1" or "2" now answers it.
    """
    await loaded(session, member, "addresses")
    try:
        channel = await _channel_for(rt, session, member)
        body, buttons = render(notice.kind, appointment=appointment, member=member, team=team,
                               zone=rules.zone, now=now, channel=channel)
        queued = await enqueue(rt, session, family=family, body=body, member_id=member.id,
                               author_id=None, channel=channel, kind="auto", member=member)
    except (Conflict, Invalid) as exc:
        notice.status, notice.reason = "dropped", exc.detail[:200]
        notice.lease_owner = notice.lease_until = None
        notice.updated_at = now
        return False
    if buttons:
        message = await session.get(Message, queued.message_id)
        assert message is not None
        message.buttons = buttons
    notice.status, notice.message_id, notice.reason = "sent", queued.message_id, None
    notice.lease_owner = notice.lease_until = None
    notice.updated_at = now
    if is_reminder(notice.kind):
        await ask(session, member_id=member.id, appointment_id=appointment.id, kind="reminder",
                  options=[], now=now, expires_at=appointment.starts_at)
    rt.outbox_ready.set()
    return True


async def ask(
    session: AsyncSession, *, member_id: int, appointment_id: int, kind: str,
    options: list[list[str]], now: datetime, expires_at: datetime,
) -> None:
    """Open (or replace) the member's question that a bare number answers."""
    dialect = session.bind.dialect.name if session.bind is not None else "sqlite"
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    stmt = insert(PendingQuestion).values(
        member_id=member_id, appointment_id=appointment_id, kind=kind, options=options,
        asked_at=now, expires_at=expires_at)
    await session.execute(stmt.on_conflict_do_update(
        index_elements=["member_id"],
        set_={k: stmt.excluded[k] for k in ("appointment_id", "kind", "options", "asked_at",
                                            "expires_at")}))


async def notices_of(session: AsyncSession, family_id: int) -> list[ScheduledNotice]:
    """A family's notices, by due time (for the family page)."""
    return list(await session.scalars(
        select(ScheduledNotice).where(ScheduledNotice.family_id == family_id)
        .order_by(ScheduledNotice.due_at, ScheduledNotice.id)))


MANUAL_REMINDER = "reminder_now"
"""The kind of a reminder a contact sends by hand (re-armed each time they do)."""


async def remind_now(
    rt: Runtime, *, family_id: int, appointment_id: int, actor_id: int | None,
) -> int:
    """A contact sends the appointment's reminder now (in quiet hours: at their end).

    The reminder is the scheduled one's text and opens the same question ("1"/"2", or the
    buttons). Returns the number of members it is queued or planned for.
    """
    now = rt.clock()
    async with rt.db.transaction() as session:
        appointment = await session.get(Appointment, appointment_id)
        if appointment is None or appointment.family_id != family_id:
            raise NotFound(f"appointment {appointment_id} not found")
        if appointment.status != "booked" or appointment.starts_at <= now:
            raise Conflict(f"appointment {appointment_id} is not booked ahead; "
                           "there is nothing to remind of")
        team = await session.get(Team, appointment.team_id)
        family = await session.get(Family, family_id)
        assert team is not None and family is not None
        await loaded(session, family, "members")
        rules = await team_rules(session, team.id)
        due = next_allowed(now, quiet_hours(rules), rules.zone)
        if due >= appointment.starts_at:
            raise Conflict("quiet hours last until the appointment; call the family instead")
        members = recipients(family, appointment)
        for member in members:
            notice = await _arm(session, appointment, member.id, MANUAL_REMINDER, due, now)
            if notice is not None and due <= now:
                await deliver(rt, session, notice=notice, appointment=appointment,
                              member=member, family=family, team=team, rules=rules, now=now)
        audit.record(session, action="appointment.remind", actor_id=actor_id,
                     family_id=family_id, appointment_id=appointment_id, due=due.isoformat())
    rt.events.publish(Event("appointment", family.team_id, family_id,
                            {"id": appointment_id, "change": "reminded"}))
    return len(members)
