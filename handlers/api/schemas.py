"""Request and answer shapes of the API: `XCreate`, `XUpdate`, `XPublic`."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from storage.models import Family, Member, Worker


class TeamCreate(BaseModel):
    name: str = Field(min_length=1, max_length=200)
    timezone: str | None = None
    sms_number: str | None = None


class TeamPublic(BaseModel):
    id: int
    name: str
    timezone: str
    sms_number: str | None = None


class DomainLevel(BaseModel):
    domain: str
    level: Literal[1, 2, 3] = 3


class WorkerCreate(BaseModel):
    team_id: int | None = None
    name: str | None = Field(None, max_length=200)
    email: str = Field(max_length=320)
    password: str = Field(min_length=1, max_length=1000)
    role: Literal["admin", "lead", "worker"]
    domains: list[str | DomainLevel] = []


class WorkerPublic(BaseModel):
    id: int
    team_id: int | None
    name: str
    email: str
    role: str
    active: bool
    domains: list[DomainLevel]

    @classmethod
    def of(cls, worker: Worker) -> WorkerPublic:
        return cls(id=worker.id, team_id=worker.team_id, name=worker.name, email=worker.email,
                   role=worker.role, active=worker.active,
                   domains=[DomainLevel(domain=d.domain, level=d.level)
                            for d in sorted(worker.domains, key=lambda d: d.domain)])


class MemberCreate(BaseModel):
    name: str = Field(min_length=1, max_length=200)
    role: Literal["parent", "youth", "child", "other"]
    language: str
    phone: str | None = Field(None, max_length=40)
    telegram_chat_id: int | None = None


class FamilyCreate(BaseModel):
    team_id: int
    name: str = Field(min_length=1, max_length=200)
    case_ref: str | None = Field(None, max_length=64)
    contacts: list[int]
    follow_up: Literal["6w", "3m", "none"] = "none"
    members: list[MemberCreate] = Field(default=[], max_length=30)


class FamilyUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str | None = Field(None, max_length=200)
    follow_up: Literal["6w", "3m", "none"] | None = None
    contacts: list[int] | None = None
    note: str | None = Field(None, max_length=2000)
    status: Literal["active", "closed"] | None = Field(
        None, description="closed: the case is over; it is erased after the retention period")


class AddressPublic(BaseModel):
    kind: str
    value: str
    active: bool
    opted_out: bool
    inactive_reason: str | None


class MemberPublic(BaseModel):
    id: int
    name: str
    role: str
    language: str
    phone: str | None
    telegram_chat_id: int | None
    addresses: list[AddressPublic]

    @classmethod
    def of(cls, member: Member) -> MemberPublic:
        def active(kind: str) -> str | None:
            values = [a.value for a in member.addresses if a.kind == kind and a.active]
            return values[-1] if values else None

        chat = active("telegram")
        return cls(id=member.id, name=member.name, role=member.role, language=member.language,
                   phone=active("phone"), telegram_chat_id=int(chat) if chat else None,
                   addresses=[AddressPublic(kind=a.kind, value=a.value, active=a.active,
                                            opted_out=a.opted_out,
                                            inactive_reason=a.inactive_reason)
                              for a in member.addresses])


class FamilyPublic(BaseModel):
    id: int
    team_id: int
    name: str
    case_ref: str | None
    contacts: list[int]
    follow_up: str
    status: str
    closed_at: datetime | None = None
    unanswered_since: datetime | None
    members: list[MemberPublic]

    @classmethod
    def of(cls, family: Family) -> FamilyPublic:
        return cls(id=family.id, team_id=family.team_id, name=family.name,
                   case_ref=family.case_ref, contacts=[family.primary_id, family.partner_id],
                   follow_up=family.follow_up, status=family.status,
                   closed_at=family.closed_at, unanswered_since=family.unanswered_since,
                   members=[MemberPublic.of(m) for m in family.members])


class MessageCreate(BaseModel):
    body: str = Field(min_length=1, max_length=1600)
    member_id: int | None = None
    channel: Literal["sms", "telegram", "simulator"] | None = None


class MessageQueued(BaseModel):
    id: int
    status: Literal["queued"] = "queued"
    channel: str
    member_id: int


class MessagePublic(BaseModel):
    id: int
    family_id: int | None
    direction: Literal["in", "out"]
    channel: str
    member_id: int | None
    body: str
    status: str
    reason: str | None
    kind: str
    created_at: datetime
    author_id: int | None


class InboxItem(BaseModel):
    family_id: int
    name: str
    unanswered_since: datetime
    last_message_at: datetime | None
    last_message: MessagePublic | None


class TelegramLinkPublic(BaseModel):
    url: str
    code: str
    expires_at: datetime


class IntakeItem(BaseModel):
    id: int
    team_id: int | None
    channel: str
    sender: str
    body: str
    created_at: datetime


class IntakeAttach(BaseModel):
    family_id: int
    member_id: int
    keep_address: bool = True


class Token(BaseModel):
    access_token: str
    token_type: Literal["bearer"] = "bearer"
