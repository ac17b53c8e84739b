"""The family-phone simulator: write as a family member and see the team's replies.

For development and demos only. The page and its JSON API show family members' names and their
conversations WITHOUT a login, so they exist only while the simulator channel is on
(`OPGANG_SIMULATOR`, on by default when neither SMS nor Telegram is configured): `handlers.routes`
mounts this router only then. Never switch the simulator on where real families are recorded.

The simulator has no special powers: it is a fake phone. What it sends goes through
`bot.actions.inbound.receive` exactly like an SMS, and it shows what the delivery worker delivered
to the phone on the simulator channel.
"""

from __future__ import annotations

import uuid
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import Annotated, Literal

import phonenumbers
from fastapi import APIRouter, Query, Request, Response
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field, field_validator

from bot import queries
from bot.actions.outbound import MAX_BODY
from bot.phones import to_e164
from bot.runtime import Runtime
from bot.spool import receive_or_spool

router = APIRouter(prefix="/simulator", tags=["simulator"])

_STATIC = Path(__file__).with_name("simulator_static")
_FILES = {name: (_STATIC / name).read_bytes() for name in ("index.html", "app.js", "app.css")}

# The page loads nothing but its own script and style sheet; case data must not leak to others.
_PAGE_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
        "img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"),
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "X-Robots-Tag": "noindex",
}
_NO_STORE = {"Cache-Control": "no-store"}


class SimulatorPhone(BaseModel):
    """A phone the simulator can write from."""

    phone: str
    display: str
    opted_out: bool
    member_id: int
    member_name: str
    member_role: str
    language: str
    family_id: int
    family_name: str


class SimulatorMessage(BaseModel):
    """A message as the simulated phone sees it: `in` was sent from it, `out` arrived on it."""

    id: int
    direction: Literal["in", "out"]
    body: str
    status: str
    reason: str | None
    kind: str
    created_at: datetime


class SimulatorConversation(BaseModel):
    """The latest messages of one phone, oldest first."""

    phone: str
    display: str
    messages: list[SimulatorMessage]


class SimulatorText(BaseModel):
    """A text written on the simulated phone."""

    model_config = ConfigDict(extra="forbid")

    phone: str = Field(min_length=1, max_length=40, description="the sender's number")
    body: str = Field(max_length=MAX_BODY)
    client_id: str | None = Field(
        None, min_length=8, max_length=64, pattern=r"^[A-Za-z0-9_-]+$",
        description="a random id chosen by the page; the same id is stored once")

    @field_validator("body")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("a message needs some text")
        return value


class SimulatorReceived(BaseModel):
    """What became of a simulated text."""

    id: int | None
    duplicate: bool
    phone: str
    known: bool = Field(description="false when no family knows the number (it went to intake)")
    spooled: bool = Field(False, description="true when the database was unavailable: the "
                          "text waits in the local spool and is stored when it is back")


def _rt(request: Request) -> Runtime:
    rt: Runtime = request.app.state.rt
    return rt


def _display(e164: str) -> str:
    return phonenumbers.format_number(phonenumbers.parse(e164),
                                      phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def _asset(name: str, media_type: str) -> Response:
    return Response(_FILES[name], media_type=media_type, headers=_PAGE_HEADERS)


@router.get("", include_in_schema=False)
async def page() -> Response:
    return _asset("index.html", "text/html; charset=utf-8")


@router.get("/app.js", include_in_schema=False)
async def script() -> Response:
    return _asset("app.js", "text/javascript; charset=utf-8")


@router.get("/app.css", include_in_schema=False)
async def style() -> Response:
    return _asset("app.css", "text/css; charset=utf-8")


@router.get("/api/phones", response_model=list[SimulatorPhone])
async def phones(request: Request) -> JSONResponse:
    """Members with a phone, grouped by family (sorted by family name)."""
    rows = await queries.simulator_phones(_rt(request))
    body = [SimulatorPhone(display=_display(p.phone), **asdict(p)).model_dump() for p in rows]
    return JSONResponse(body, headers=_NO_STORE)


@router.get("/api/messages", response_model=SimulatorConversation)
async def messages(
    request: Request,
    phone: Annotated[str, Query(min_length=1, max_length=40, description="the phone's number")],
) -> JSONResponse:
    """The conversation of one phone on the simulator channel."""
    e164 = to_e164(phone, field="phone")
    rows = await queries.simulator_conversation(_rt(request), e164)
    conversation = SimulatorConversation(phone=e164, display=_display(e164), messages=[
        SimulatorMessage(id=m.id, direction=m.direction, body=m.body, status=m.status,
                         reason=m.reason, kind=m.kind, created_at=m.created_at)
        for m in rows])
    return JSONResponse(conversation.model_dump(mode="json"), headers=_NO_STORE)


@router.post("/api/messages", response_model=SimulatorReceived, status_code=201,
             responses={200: {"description": "the same client_id again: stored once"},
                        202: {"description": "the database is unavailable: spooled, as an SMS is"}})
async def post_message(request: Request, text: SimulatorText) -> JSONResponse:
    """Text as the phone: received exactly like an SMS from that number."""
    e164 = to_e164(text.phone, field="phone")
    received = await receive_or_spool(_rt(request), channel="simulator", sender=e164,
                                      body=text.body,
                                      provider_id=text.client_id or uuid.uuid4().hex)
    if received is None:
        spooled = SimulatorReceived(id=None, duplicate=False, phone=e164, known=False, spooled=True)
        return JSONResponse(spooled.model_dump(), status_code=202)
    answer = SimulatorReceived(id=received.message_id, duplicate=received.duplicate, phone=e164,
                               known=received.family_id is not None)
    return JSONResponse(answer.model_dump(), status_code=200 if received.duplicate else 201)
