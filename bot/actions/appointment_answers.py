"""A member's answer to a reminder ("1" confirm, "2" another time) or to an offer of times.

A bare number is an answer only while the member has an open question (`PendingQuestion`: the
reminder they were sent, or the times they were offered) that has not lapsed; anything else is
an ordinary message for the contacts. Telegram's buttons carry the same answer with the
appointment and the question in the button's data, so an old button cannot answer a newer
question.

Decisions, written down:
- "2" offers the first free time on each of the next three days that have one (three times on
  one morning a quarter of an hour apart are no choice), from two hours ahead, for everyone the
  appointment involves, with the team's buffer, inside working hours, never overlapping the
  appointment's own time.
- While a member has an offer open, the appointment's next reminder is not sent to them (it
  would replace the question, and "1" would mean "confirm" again).
- The member takes an offer by answering its number ("1", "2" or "3"); the appointment moves
  there if the time is still free (checked again), and the family gets the notice of the change.
  A time taken meanwhile gets a fresh offer instead.
- Offers lapse after three days, or when the first offered time comes.
- Every answer is kept: the appointment's `family_answer`, the audit trail, a console event
  for both contacts, and the acknowledgement in the family's timeline.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy import event as sa_event
from sqlalchemy.ext.asyncio import AsyncSession

from bot import audit, texts
from bot.actions import appointment_notices as notices
from bot.actions.outbound import enqueue
from bot.calendar_queries import blocks_for, search_window, team_rules
from bot.errors import Conflict, Invalid
from bot.events import Event
from bot.i18n import format_when
from bot.runtime import Runtime
from bot.scheduling.blocks import clashes, find_slots
from bot.scheduling.rules import TeamRules
from storage.db import insert_ignore
from storage.models import (
    Address,
    Appointment,
    Family,
    Member,
    Message,
    PendingQuestion,
    Team,
)

OFFERS = 3
OFFER_FROM = timedelta(hours=2)
OFFER_SEARCH = timedelta(days=28)
OFFER_EXPIRES = timedelta(days=3)


def parse_choice(body: str) -> int | None:
    """The number a message consists of ("1", " 2.", "٢"), or None for any other message."""
    text = body.strip().rstrip(".)!").strip()
    if not text or len(text) > 2 or not text.isdecimal():
        return None
    return int(text)  # int() reads every script's decimal digits (Arabic-Indic, Persian)


@dataclass(frozen=True)
class ButtonAnswer:
    """A pressed button's data, read back."""

    appointment_id: int
    kind: str  # reminder | offer
    choice: int


def parse_button(data: str) -> ButtonAnswer | None:
    parts = data.split(":")
    if len(parts) != 4 or parts[0] != notices.BUTTON_PREFIX or parts[2] not in ("r", "o"):
        return None
    if not (parts[1].isdigit() and parts[3].isdigit()):
        return None
    return ButtonAnswer(int(parts[1]), "reminder" if parts[2] == "r" else "offer",
                        int(parts[3]))


async def answer_in_session(
    rt: Runtime, session: AsyncSession, *, family: Family, member: Member, channel: str,
    body: str, expected: ButtonAnswer | None = None,
) -> bool:
    """Apply `body` as the answer to the member's open question; False when it is none.

    Runs inside the caller's transaction (the one that stored the message), for `receive` and
    for Telegram's buttons; the console event goes out after that transaction commits.
    """
    choice = parse_choice(body) if expected is None else expected.choice
    if choice is None:
        return False  # the common case costs no query
    now = rt.clock()
    question = await session.get(PendingQuestion, member.id, populate_existing=True)
    if question is None or question.expires_at <= now:
        return False
    if expected is not None and (expected.appointment_id != question.appointment_id
                                 or expected.kind != question.kind):
        return False
    appointment = await session.get(Appointment, question.appointment_id)
    if appointment is None or appointment.status != "booked" or appointment.starts_at <= now:
        await session.delete(question)
        return False
    if question.kind == "reminder" and choice == 1:
        answer = await _confirm(rt, session, family, member, channel, appointment, now)
    elif question.kind == "reminder" and choice == 2:
        answer = await _another_time(rt, session, family, member, channel, appointment, now)
    elif question.kind == "offer" and 1 <= choice <= len(question.options):
        start, end = (datetime.fromisoformat(v) for v in question.options[choice - 1])
        answer = await _take_offer(rt, session, family, member, channel, appointment, now,
                                   start, end)
    else:
        return False
    audit.record(session, action="appointment.answer", family_id=family.id, source=channel,
                 appointment_id=appointment.id, member_id=member.id, answer=answer)
    _after_commit(rt, session, Event("appointment", family.team_id, family.id,
                                     {"id": appointment.id, "change": "answer",
                                      "answer": answer, "member_id": member.id}))
    return True


async def _confirm(
    rt: Runtime, session: AsyncSession, family: Family, member: Member, channel: str,
    appointment: Appointment, now: datetime,
) -> str:
    appointment.family_answer, appointment.answered_at = "confirmed", now
    await session.execute(delete(PendingQuestion).where(PendingQuestion.member_id == member.id))
    rules = await team_rules(session, family.team_id)
    when = format_when(appointment.starts_at, member.language, rules.zone, now=now)
    await _reply(rt, session, family, member, channel,
                 texts.appointment_confirmed(member.language, when=when))
    return "confirmed"


async def _another_time(
    rt: Runtime, session: AsyncSession, family: Family, member: Member, channel: str,
    appointment: Appointment, now: datetime,
) -> str:
    appointment.family_answer, appointment.answered_at = "another_time", now
    await notices.loaded(session, family, "members")
    rules = await team_rules(session, family.team_id)
    await _offer(rt, session, family, member, channel, appointment, now, rules)
    return "another_time"


async def _offer(
    rt: Runtime, session: AsyncSession, family: Family, member: Member, channel: str,
    appointment: Appointment, now: datetime, rules: TeamRules,
) -> None:
    """Offer the member the next free times for the appointment, or say the contacts will."""
    slots = await next_free_times(session, family, appointment, rules, now)
    if not slots:
        await session.execute(delete(PendingQuestion).where(
            PendingQuestion.member_id == member.id))
        await _reply(rt, session, family, member, channel,
                     texts.appointment_no_offer(member.language))
        return
    options = [[s.isoformat(), e.isoformat()] for s, e in slots]
    await notices.ask(session, member_id=member.id, appointment_id=appointment.id,
                      kind="offer", options=options, now=now,
                      expires_at=min(now + OFFER_EXPIRES, slots[0][0]))
    listed = notices.offer_list([s for s, _ in slots], member.language, rules.zone)
    buttons = [[notices.short_when(s, member.language, rules.zone),
                notices.button_data(appointment.id, "offer", i)]
               for i, (s, _) in enumerate(slots, 1)]
    await _reply(rt, session, family, member, channel,
                 texts.appointment_offer(member.language, options=listed),
                 buttons=buttons if channel == "telegram" else None)


async def next_free_times(
    session: AsyncSession, family: Family, appointment: Appointment, rules: TeamRules,
    now: datetime,
) -> list[tuple[datetime, datetime]]:
    """The first free time on each of the next `OFFERS` days that have one (see the decisions)."""
    start = now + OFFER_FROM
    end = start + OFFER_SEARCH
    members = [m.member_id for m in appointment.members] or [m.id for m in family.members]
    workers = [w.worker_id for w in appointment.workers] or [family.primary_id,
                                                             family.partner_id]
    lo, hi = search_window(rules, start, end)
    # The appointment itself stays a block: "another time" is never the same time again.
    blocks = await blocks_for(session, family=family, member_ids=members, worker_ids=workers,
                              start=lo, end=hi, zone=rules.zone)
    duration = appointment.ends_at - appointment.starts_at
    found: list[tuple[datetime, datetime]] = []
    days: set[object] = set()
    for slot in find_slots(rules, blocks, start=start, end=end, duration=duration, limit=400):
        day = slot[0].astimezone(rules.zone).date()
        if day not in days:
            days.add(day)
            found.append(slot)
            if len(found) == OFFERS:
                break
    return found


async def _take_offer(
    rt: Runtime, session: AsyncSession, family: Family, member: Member, channel: str,
    appointment: Appointment, now: datetime, start: datetime, end: datetime,
) -> str:
    await notices.loaded(session, family, "members")
    rules = await team_rules(session, family.team_id)
    members = [m.member_id for m in appointment.members]
    workers = [w.worker_id for w in appointment.workers]
    lo, hi = search_window(rules, start, end)
    blocks = await blocks_for(session, family=family, member_ids=members, worker_ids=workers,
                              start=lo, end=hi, zone=rules.zone,
                              exclude_appointment_id=appointment.id)
    if start <= now or clashes(rules, blocks, start=start, end=end):
        await _offer(rt, session, family, member, channel, appointment, now, rules)
        return "offer_taken_meanwhile"
    old_start = appointment.starts_at
    appointment.starts_at, appointment.ends_at = start, end
    appointment.family_answer, appointment.answered_at = "confirmed", now
    appointment.updated_at = now
    audit.record(session, action="appointment.reschedule", family_id=family.id, source=channel,
                 appointment_id=appointment.id, old_start=old_start.isoformat(),
                 start=start.isoformat(), end=end.isoformat(), by_member=member.id)
    # The notice of the change tells the member the new time; it also re-plans the reminders.
    await notices.on_change(rt, session, appointment=appointment, change="moved")
    return "took_offer"


async def _reply(
    rt: Runtime, session: AsyncSession, family: Family, member: Member, channel: str,
    body: str, *, buttons: list[list[str]] | None = None,
) -> None:
    """Answer the member on the channel they wrote on, at once: they have just written."""
    await notices.loaded(session, member, "addresses")
    try:
        queued = await enqueue(rt, session, family=family, body=body, member_id=member.id,
                               author_id=None, channel=channel, kind="auto", member=member)
    except (Conflict, Invalid):
        return  # opted out or unreachable: the contacts see the answer in the timeline
    if buttons:
        message = await session.get(Message, queued.message_id)
        assert message is not None
        message.buttons = buttons
    rt.outbox_ready.set()


def _after_commit(rt: Runtime, session: AsyncSession, event: Event) -> None:
    """Publish `event` once the caller's transaction has committed (never if it rolls back:
    a session is used for one transaction only)."""

    def publish(_session: object) -> None:
        rt.events.publish(event)

    sa_event.listen(session.sync_session, "after_commit", publish, once=True)


# ---- Telegram's buttons ----------------------------------------------------------------------


@dataclass(frozen=True)
class Pressed:
    """What became of a pressed button: whether it answered, and the stored message."""

    answered: bool
    message_id: int | None


async def press_button(rt: Runtime, *, chat_id: int, data: str, callback_id: str) -> Pressed:
    """A member pressed one of our buttons on Telegram: store it as their message and apply it.

    The press is stored once (keyed by the callback query's id) in the family's timeline as
    what the member chose; a button for a question no longer open changes nothing else.
    """
    parsed = parse_button(data)
    now = rt.clock()
    async with rt.db.transaction() as session:
        row = (await session.execute(
            select(Member, Family)
            .join(Address, Address.member_id == Member.id)
            .join(Family, Family.id == Member.family_id)
            .where(Address.kind == "telegram", Address.value == str(chat_id), Address.active,
                   Family.status == "active")
            .limit(1))).first()
        if row is None or parsed is None:
            return Pressed(False, None)
        member, family = row[0], row[1]
        label = await _label(session, member, parsed)
        message_id = await insert_ignore(session, Message, {
            "team_id": family.team_id, "family_id": family.id, "member_id": member.id,
            "direction": "in", "channel": "telegram", "address": str(chat_id),
            "body": label, "status": "received", "provider_id": f"cb:{callback_id}"[:64],
            "kind": "chat", "created_at": now,
        }, returning=Message.id)
        if message_id is None:
            return Pressed(False, None)  # the same press again
        family.last_message_at = now
        answered = await answer_in_session(rt, session, family=family, member=member,
                                           channel="telegram", body=str(parsed.choice),
                                           expected=parsed)
        if not answered and family.unanswered_since is None:
            family.unanswered_since = now  # a stale button: the contacts should look
        audit.record(session, action="message.receive", family_id=family.id, source="telegram",
                     message_id=message_id, button=data)
    rt.events.publish(Event("message", family.team_id, family.id, {"id": message_id}))
    return Pressed(answered, message_id)


async def _label(session: AsyncSession, member: Member, pressed: ButtonAnswer) -> str:
    """The pressed button's text, as the member saw it, for the timeline."""
    language = member.language
    if pressed.kind == "reminder":
        label = (texts.button_confirm(language) if pressed.choice == 1
                 else texts.button_another_time(language))
        return f"[{label}]"
    question = await session.get(PendingQuestion, member.id)
    if question is not None and question.kind == "offer" \
            and 1 <= pressed.choice <= len(question.options):
        team = await session.scalar(select(Team).join(Family, Family.team_id == Team.id)
                                    .where(Family.id == member.family_id))
        rules = await team_rules(session, team.id if team else 0)
        start = datetime.fromisoformat(question.options[pressed.choice - 1][0])
        return f"[{notices.short_when(start, language, rules.zone)}]"
    return f"[{pressed.choice}]"
