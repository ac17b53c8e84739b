"""The tables: teams, workers, families, members, addresses, messages, the outbox, the audit."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
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
    status: Mapped[str] = mapped_column(String(16), default="active")
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
    bot_id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    update_id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
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
