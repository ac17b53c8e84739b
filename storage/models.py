"""The tables: teams, workers, families, members, addresses, messages, the outbox, the audit."""

from __future__ import annotations

from datetime import datetime, time
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    Time,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from storage.types import UTCDateTime, utcnow

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Declarative base with stable constraint names (Alembic needs them)."""

    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {datetime: UTCDateTime(), dict[str, Any]: JSON()}


class Team(Base):
    """An interdisciplinary team: one entrance number, one bot, one time zone."""

    __tablename__ = "teams"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    timezone: Mapped[str] = mapped_column(String(64))
    sms_number: Mapped[str | None] = mapped_column(String(32), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Worker(Base):
    """A login: admin, team lead or caseworker."""

    __tablename__ = "workers"
    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(320), unique=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    domains: Mapped[list[WorkerDomain]] = relationship(
        lazy="selectin", cascade="all, delete-orphan", order_by="WorkerDomain.domain"
    )


class WorkerDomain(Base):
    """What a worker knows: a domain and a level (1 alone, 2 advises, 3 specialist)."""

    __tablename__ = "worker_domains"
    worker_id: Mapped[int] = mapped_column(ForeignKey("workers.id"), primary_key=True)
    domain: Mapped[str] = mapped_column(String(32), primary_key=True)
    level: Mapped[int] = mapped_column(Integer)


class Family(Base):
    """A family and its two named contacts, primary and partner."""

    __tablename__ = "families"
    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    case_ref: Mapped[str | None] = mapped_column(String(64))
    primary_id: Mapped[int] = mapped_column(ForeignKey("workers.id"), index=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("workers.id"), index=True)
    follow_up: Mapped[str] = mapped_column(String(8), default="none")
    status: Mapped[str] = mapped_column(String(16), default="active")  # active|closed|erased
    # Closing a case starts the retention clock (bot.actions.privacy); erasing leaves a tombstone.
    closed_at: Mapped[datetime | None]
    erased_at: Mapped[datetime | None]
    # Kept by the actions so that the inbox is one indexed query.
    last_message_at: Mapped[datetime | None]
    unanswered_since: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    members: Mapped[list[Member]] = relationship(
        lazy="selectin", order_by="Member.id", back_populates="family"
    )


class Member(Base):
    """A person in a family: parent, youth, child or other, with a language."""

    __tablename__ = "members"
    id: Mapped[int] = mapped_column(primary_key=True)
    family_id: Mapped[int] = mapped_column(ForeignKey("families.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16))
    language: Mapped[str] = mapped_column(String(8))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    family: Mapped[Family] = relationship(back_populates="members", lazy="raise")
    addresses: Mapped[list[Address]] = relationship(lazy="selectin", order_by="Address.id")


class Address(Base):
    """Where a member is reached: a phone (SMS, simulator) or a Telegram chat."""

    __tablename__ = "addresses"
    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # "phone" | "telegram"
    value: Mapped[str] = mapped_column(String(64))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    opted_out: Mapped[bool] = mapped_column(Boolean, default=False)
    inactive_reason: Mapped[str | None] = mapped_column(String(200))
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (
        # One active owner per phone number or chat: the schema, not Python, decides.
        Index(
            "uq_addresses_active_kind_value", "kind", "value", unique=True,
            sqlite_where=text("active"), postgresql_where=text("active"),
        ),
    )


class Message(Base):
    """One message in or out, on one channel; intake messages have no family yet."""

    __tablename__ = "messages"
    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id"))
    family_id: Mapped[int | None] = mapped_column(ForeignKey("families.id"))
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"))
    direction: Mapped[str] = mapped_column(String(4))  # "in" | "out"
    channel: Mapped[str] = mapped_column(String(16))  # "sms" | "telegram" | "simulator"
    address: Mapped[str] = mapped_column(String(64))  # sender (in) or recipient (out)
    body: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str | None] = mapped_column(String(300))
    provider_id: Mapped[str | None] = mapped_column(String(64))
    author_id: Mapped[int | None] = mapped_column(ForeignKey("workers.id"))
    kind: Mapped[str] = mapped_column(String(16), default="chat")  # chat | auto | keyword
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # Answer buttons [[label, data], …] where the channel has them (Telegram: an inline keyboard).
    buttons: Mapped[list[Any] | None] = mapped_column(JSON)

    __table_args__ = (
        UniqueConstraint("channel", "provider_id"),
        Index("ix_messages_family_created", "family_id", "id"),
        Index("ix_messages_intake", "team_id", "id", sqlite_where=text("family_id IS NULL"),
              postgresql_where=text("family_id IS NULL")),
    )


class Delivery(Base):
    """The outbox: one row per outbound message, claimed and sent by the delivery worker."""

    __tablename__ = "deliveries"
    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id"), unique=True)
    state: Mapped[str] = mapped_column(String(16), default="pending")  # pending | done | failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    due_at: Mapped[datetime] = mapped_column(default=utcnow)
    lease_owner: Mapped[str | None] = mapped_column(String(64))
    lease_until: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (
        Index("ix_deliveries_due", "due_at", sqlite_where=text("state = 'pending'"),
              postgresql_where=text("state = 'pending'")),
    )


class TelegramUpdate(Base):
    """Telegram updates seen, so a repeated `update_id` is processed once."""

    __tablename__ = "telegram_updates"
    # Bot ids are ten digits today, past a 32-bit integer; update ids may grow past it too.
    bot_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    update_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    received_at: Mapped[datetime] = mapped_column(default=utcnow)


class TelegramLink(Base):
    """A one-time, expiring code that binds a Telegram chat to a member."""

    __tablename__ = "telegram_links"
    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]
    created_by: Mapped[int | None] = mapped_column(ForeignKey("workers.id"))


class AutoReply(Base):
    """Automatic answers already given, so each is given at most once per member and day."""

    __tablename__ = "auto_replies"
    member_key: Mapped[str] = mapped_column(String(80), primary_key=True)
    kind: Mapped[str] = mapped_column(String(32), primary_key=True)
    day: Mapped[str] = mapped_column(String(10), primary_key=True)  # local date, ISO


class AuditEvent(Base):
    """The append-only audit trail: who did or read what, when, from where."""

    __tablename__ = "audit_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("workers.id"))
    action: Mapped[str] = mapped_column(String(64))
    family_id: Mapped[int | None] = mapped_column(ForeignKey("families.id"), index=True)
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)
    source: Mapped[str | None] = mapped_column(String(64))
    # The client's network address of the request that caused the row (bot.request_context).
    client_address: Mapped[str | None] = mapped_column(String(64))

    __table_args__ = (Index("ix_audit_events_at_id", "at", "id"),)


class AppSecret(Base):
    """Secrets the service generates for itself once (the session signing key)."""

    __tablename__ = "app_secrets"
    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))


class ConsoleSession(Base):
    """A console login: the SHA-256 of the cookie's random token (never the token), until expiry."""

    __tablename__ = "console_sessions"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    worker_id: Mapped[int] = mapped_column(ForeignKey("workers.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]


class LoginFailure(Base):
    """Failed console logins per e-mail or client address (hashed), so delays hold everywhere."""

    __tablename__ = "login_failures"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    last_at: Mapped[datetime] = mapped_column(default=utcnow)


class WorkerPreference(Base):
    """A worker's own console settings: the language of the pages."""

    __tablename__ = "worker_preferences"
    worker_id: Mapped[int] = mapped_column(ForeignKey("workers.id"), primary_key=True)
    language: Mapped[str] = mapped_column(String(8))
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)


class Note(Base):
    """A private note on a family for the team: shown in the console, never sent to the family."""

    __tablename__ = "notes"
    id: Mapped[int] = mapped_column(primary_key=True)
    family_id: Mapped[int] = mapped_column(ForeignKey("families.id"))
    author_id: Mapped[int] = mapped_column(ForeignKey("workers.id"))
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (Index("ix_notes_family_id_id", "family_id", "id"),)


# --- Scheduling (issue 4): rules of time, busy time, absences, appointments, calendar feeds. ---


class TeamSchedule(Base):
    """A team's rules of time; a team without a row uses the defaults (see bot.scheduling.rules)."""

    __tablename__ = "team_schedules"
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id"), primary_key=True)
    # {"0": ["08:00", "15:30"], …, "4": ["08:00", "13:00"]}: weekday (0 = Monday) → open, close.
    week: Mapped[dict[str, Any]] = mapped_column(JSON)
    # Every year: [{"month": 12, "day": 24, "from": null}, {"month": 6, "day": 5, "from": "12:00"}].
    closed_days: Mapped[list[Any]] = mapped_column(JSON)
    # One-off closed dates, ISO: ["2026-12-28"].
    closed_dates: Mapped[list[Any]] = mapped_column(JSON)
    quiet_start: Mapped[time] = mapped_column(Time)  # no family messages from …
    quiet_end: Mapped[time] = mapped_column(Time)  # … until
    buffer_minutes: Mapped[int] = mapped_column(Integer, default=30)
    reminder_offsets_minutes: Mapped[list[Any]] = mapped_column(JSON)  # [1440, 120]
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class WorkerAbsence(Base):
    """A worker away (holiday, course, illness): no appointments, no routing to them."""

    __tablename__ = "worker_absences"
    id: Mapped[int] = mapped_column(primary_key=True)
    worker_id: Mapped[int] = mapped_column(ForeignKey("workers.id"))
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    reason: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (Index("ix_worker_absences_worker_starts", "worker_id", "starts_at"),)


class BusyTime(Base):
    """Time a family (or a member) has elsewhere: job centre, school, hospital; it blocks slots."""

    __tablename__ = "busy_times"
    id: Mapped[int] = mapped_column(primary_key=True)
    family_id: Mapped[int] = mapped_column(ForeignKey("families.id"))
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"))  # None: whole family
    department: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(300), default="")
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    all_day: Mapped[bool] = mapped_column(Boolean, default=False)
    source: Mapped[str] = mapped_column(String(8))  # api | ics | feed
    uid: Mapped[str | None] = mapped_column(String(500))  # iCalendar UID; None for API entries
    # The occurrence's original start (UTC, "YYYYMMDDTHHMMSSZ"), "" for a single event: never NULL,
    # so the unique constraint below holds on both databases.
    recurrence_id: Mapped[str] = mapped_column(String(32), default="")
    created_by: Mapped[int | None] = mapped_column(ForeignKey("workers.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (
        UniqueConstraint("family_id", "uid", "recurrence_id"),
        Index("ix_busy_times_family_starts", "family_id", "starts_at"),
    )


class FamilyCalendarFeed(Base):
    """A family's calendar feed URL (another department's iCalendar), fetched periodically."""

    __tablename__ = "family_calendar_feeds"
    family_id: Mapped[int] = mapped_column(ForeignKey("families.id"), primary_key=True)
    url: Mapped[str] = mapped_column(String(2000))
    last_fetched_at: Mapped[datetime | None]
    last_ok_at: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(String(300))  # shown to the contacts
    created_by: Mapped[int | None] = mapped_column(ForeignKey("workers.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class MemberBusyWindow(Base):
    """A member's weekly busy window (work shift, school): local times in the team's zone."""

    __tablename__ = "member_busy_windows"
    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    weekday: Mapped[int] = mapped_column(Integer)  # 0 = Monday
    start_time: Mapped[time] = mapped_column(Time)
    end_time: Mapped[time] = mapped_column(Time)
    label: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Appointment(Base):
    """A meeting with a family: check-in, home visit, phone call, network meeting…"""

    __tablename__ = "appointments"
    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id"))
    family_id: Mapped[int] = mapped_column(ForeignKey("families.id"))
    # meeting | checkin | home_visit | phone | network_meeting
    kind: Mapped[str] = mapped_column(String(16))
    title: Mapped[str] = mapped_column(String(300))
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    location: Mapped[str | None] = mapped_column(String(300))
    status: Mapped[str] = mapped_column(String(16), default="booked")  # booked | cancelled | held
    # The family's answer to a reminder: "confirmed" | "another_time" (None: no answer yet).
    family_answer: Mapped[str | None] = mapped_column(String(16))
    answered_at: Mapped[datetime | None]
    created_by: Mapped[int | None] = mapped_column(ForeignKey("workers.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    cancelled_at: Mapped[datetime | None]
    members: Mapped[list[AppointmentMember]] = relationship(
        lazy="selectin", cascade="all, delete-orphan", order_by="AppointmentMember.member_id"
    )
    workers: Mapped[list[AppointmentWorker]] = relationship(
        lazy="selectin", cascade="all, delete-orphan", order_by="AppointmentWorker.worker_id"
    )
    externals: Mapped[list[AppointmentExternal]] = relationship(
        lazy="selectin", cascade="all, delete-orphan", order_by="AppointmentExternal.id"
    )

    __table_args__ = (
        Index("ix_appointments_family_starts", "family_id", "starts_at"),
        Index("ix_appointments_team_starts", "team_id", "starts_at"),
    )


class AppointmentMember(Base):
    """A family member taking part in an appointment."""

    __tablename__ = "appointment_members"
    appointment_id: Mapped[int] = mapped_column(ForeignKey("appointments.id"), primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), primary_key=True, index=True)


class AppointmentWorker(Base):
    """A worker taking part in an appointment (by default the family's two contacts)."""

    __tablename__ = "appointment_workers"
    appointment_id: Mapped[int] = mapped_column(ForeignKey("appointments.id"), primary_key=True)
    worker_id: Mapped[int] = mapped_column(ForeignKey("workers.id"), primary_key=True, index=True)


class AppointmentExternal(Base):
    """Someone from outside the team at a network meeting: a name and a department."""

    __tablename__ = "appointment_externals"
    id: Mapped[int] = mapped_column(primary_key=True)
    appointment_id: Mapped[int] = mapped_column(ForeignKey("appointments.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    department: Mapped[str] = mapped_column(String(200))


class WorkerCalendarToken(Base):
    """A worker's private calendar subscription: the SHA-256 of the URL's token, until revoked."""

    __tablename__ = "worker_calendar_tokens"
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    worker_id: Mapped[int] = mapped_column(ForeignKey("workers.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    revoked_at: Mapped[datetime | None]


class FamilyPreferredTime(Base):
    """A weekly time the family prefers to meet (team zone); offered slots in it come first."""

    __tablename__ = "family_preferred_times"
    id: Mapped[int] = mapped_column(primary_key=True)
    family_id: Mapped[int] = mapped_column(ForeignKey("families.id"), index=True)
    weekday: Mapped[int] = mapped_column(Integer)  # 0 = Monday
    start_time: Mapped[time] = mapped_column(Time)
    end_time: Mapped[time] = mapped_column(Time)


class Request(Base):
    """A family's message that asks the team for something, routed to one worker with a due time.

    `routed_domain` and `routed_assignee_id` keep the router's own decision (the first entry of the
    family's routing history); later changes are `RoutingEvent` rows.
    """

    __tablename__ = "requests"
    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id"))
    family_id: Mapped[int] = mapped_column(ForeignKey("families.id"))
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id"), unique=True)
    domain: Mapped[str] = mapped_column(String(32))
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    urgent_reasons: Mapped[str] = mapped_column(String(200), default="")  # comma-separated
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("workers.id"))
    status: Mapped[str] = mapped_column(String(8), default="open")  # open | closed
    routed_domain: Mapped[str] = mapped_column(String(32))
    routed_assignee_id: Mapped[int | None] = mapped_column(ForeignKey("workers.id"))
    due_at: Mapped[datetime]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    first_action_at: Mapped[datetime | None]
    closed_at: Mapped[datetime | None]

    __table_args__ = (
        Index("ix_requests_family_id_id", "family_id", "id"),
        Index("ix_requests_assignee_id_status", "assignee_id", "status"),
        Index("ix_requests_team_id_status", "team_id", "status"),
    )


class RoutingEvent(Base):
    """One change of a request by a worker: which field, from what, to what, by whom, when."""

    __tablename__ = "routing_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id"))
    family_id: Mapped[int] = mapped_column(ForeignKey("families.id"))
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("workers.id"))
    field: Mapped[str] = mapped_column(String(16))  # domain | assignee | status
    old: Mapped[str | None] = mapped_column(String(64))
    new: Mapped[str | None] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (
        Index("ix_routing_events_family_id_id", "family_id", "id"),
        Index("ix_routing_events_request_id", "request_id"),
    )


class RoutingExample(Base):
    """A labelled message from a contact's correction: the team's router learns from it."""

    __tablename__ = "routing_examples"
    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    domain: Mapped[str] = mapped_column(String(32))
    request_id: Mapped[int | None] = mapped_column(ForeignKey("requests.id"))
    author_id: Mapped[int | None] = mapped_column(ForeignKey("workers.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Alert(Base):
    """Something a worker must look at now: an urgent message, or an escalation past due.

    `key` names the occasion (the message, or the request or unanswered spell and its due time), so
    the same alert is written once per worker whatever the timing or number of instances.
    """

    __tablename__ = "alerts"
    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id"))
    worker_id: Mapped[int] = mapped_column(ForeignKey("workers.id"))
    family_id: Mapped[int] = mapped_column(ForeignKey("families.id"))
    request_id: Mapped[int | None] = mapped_column(ForeignKey("requests.id"))
    kind: Mapped[str] = mapped_column(String(24))  # urgent | escalation_partner | escalation_lead
    reason: Mapped[str] = mapped_column(String(64))  # urgent reasons | unanswered | untouched
    key: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    seen_at: Mapped[datetime | None]

    __table_args__ = (
        UniqueConstraint("worker_id", "key"),
        Index("ix_alerts_family_id_id", "family_id", "id"),
    )


# --- Console (issue 3, more): canned replies per team, each in the families' languages. ---


class CannedReply(Base):
    """A team's ready-made answer ("we have received your letter"), kept by the team's leads."""

    __tablename__ = "canned_replies"
    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id"))
    title: Mapped[str] = mapped_column(String(100))
    created_by: Mapped[int | None] = mapped_column(ForeignKey("workers.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    texts: Mapped[list[CannedReplyText]] = relationship(
        lazy="selectin", cascade="all, delete-orphan", order_by="CannedReplyText.language"
    )

    __table_args__ = (UniqueConstraint("team_id", "title"),)


class CannedReplyText(Base):
    """One language's version of a canned reply: the text inserted for a member of that language."""

    __tablename__ = "canned_reply_texts"
    reply_id: Mapped[int] = mapped_column(ForeignKey("canned_replies.id"), primary_key=True)
    language: Mapped[str] = mapped_column(String(8), primary_key=True)
    body: Mapped[str] = mapped_column(Text)


# --- Reminders (issue 4, second half): family notices about appointments, answers to them. ---


class ScheduledNotice(Base):
    """A notice to one member about one appointment (confirmation, reminder, change…), sent once.

    The unique key (appointment, member, kind) makes "at most one reminder of a kind" a fact of
    the schema; a reschedule re-arms the same row. The scheduler claims due rows with a lease.
    """

    __tablename__ = "scheduled_notices"
    id: Mapped[int] = mapped_column(primary_key=True)
    appointment_id: Mapped[int] = mapped_column(ForeignKey("appointments.id"))
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    family_id: Mapped[int] = mapped_column(ForeignKey("families.id"), index=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id"))
    # confirmation | reminder_1d | reminder_2h | changed | cancelled | offer | answer
    kind: Mapped[str] = mapped_column(String(24))
    due_at: Mapped[datetime]
    status: Mapped[str] = mapped_column(String(8), default="pending")  # pending | sent | dropped
    reason: Mapped[str | None] = mapped_column(String(200))  # why dropped, for the contacts
    message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id"))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    lease_owner: Mapped[str | None] = mapped_column(String(64))
    lease_until: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (
        UniqueConstraint("appointment_id", "member_id", "kind"),
        Index("ix_scheduled_notices_due", "due_at", sqlite_where=text("status = 'pending'"),
              postgresql_where=text("status = 'pending'")),
    )


class PendingQuestion(Base):
    """What a member's bare "1"/"2"/"3" answers: a reminder (confirm / another time) or an offer.

    One row per member, the latest question wins; it lapses at `expires_at`.
    """

    __tablename__ = "pending_questions"
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), primary_key=True)
    appointment_id: Mapped[int] = mapped_column(ForeignKey("appointments.id"), index=True)
    kind: Mapped[str] = mapped_column(String(8))  # reminder | offer
    options: Mapped[list[Any]] = mapped_column(JSON, default=list)  # offer: ISO start, end pairs
    asked_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]


class FamilyHello(Base):
    """When a family likes an informal "how are you?" between follow-ups: a weekday and a time."""

    __tablename__ = "family_hellos"
    family_id: Mapped[int] = mapped_column(ForeignKey("families.id"), primary_key=True)
    weekday: Mapped[int] = mapped_column(Integer)  # 0 = Monday
    at: Mapped[time] = mapped_column(Time)  # local, in the team's zone
    updated_by: Mapped[int | None] = mapped_column(ForeignKey("workers.id"))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class HelloSent(Base):
    """An informal message sent to a member on a day: the key makes it once, whatever the timing."""

    __tablename__ = "hellos_sent"
    family_id: Mapped[int] = mapped_column(ForeignKey("families.id"), primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), primary_key=True)
    day: Mapped[str] = mapped_column(String(10), primary_key=True)  # local date, ISO
    message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id"))
    sent_at: Mapped[datetime] = mapped_column(default=utcnow)
