"""Twilio SMS webhooks: inbound messages and delivery receipts, each signed by Twilio.

Every request is checked with `twilio.request_validator.RequestValidator` against
`OPGANG_PUBLIC_URL` + path (+ query string), the URL Twilio was given, with `TWILIO_AUTH_TOKEN`.
While `TWILIO_AUTH_TOKEN` is unset both webhooks answer 404 with a message saying SMS is not
configured: no request can be verified, so for this server the URLs do not exist (and Twilio's
debugger shows why).

Answers, in the order the checks run: 404 (not configured), 400 (not a form, bad encoding),
413 (too large), 403 (signature missing or wrong; nothing is stored), 400 naming the field that is
missing or malformed, then 200. Unknown fields are accepted: Twilio adds fields over time.
An inbound SMS the database cannot take is kept in the local spool (`bot.spool`) and answered 200,
because Twilio does not retry it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Annotated
from urllib.parse import parse_qsl

from fastapi import APIRouter, Depends, HTTPException, Request, Response
from twilio.request_validator import RequestValidator, compare

from bot.actions.statuses import apply_provider_status
from bot.runtime import Runtime
from bot.spool import receive_or_spool

router = APIRouter(prefix="/webhooks/twilio", tags=["webhooks"])

FORM_TYPE = "application/x-www-form-urlencoded"
EMPTY_TWIML = b'<?xml version="1.0" encoding="UTF-8"?><Response/>'
MAX_FIELDS = 200  # Twilio sends about 25 (plus two per picture, at most 10 pictures)
SID = re.compile(r"[A-Za-z0-9]{2,64}")
PHONE = re.compile(r"\+[1-9][0-9]{1,14}|[0-9]{3,8}")  # E.164, or a short code


class Form(dict[str, list[str]]):
    """A parsed form: each name with all its values, as `RequestValidator` reads a multi-dict."""

    def getall(self, name: str) -> list[str]:
        """Every value of `name` (what the validator calls on a multi-dict)."""
        return self[name]

    def one(self, name: str, *, required: bool = False) -> str | None:
        """The single value of `name`; 400 naming it when it is missing or repeated."""
        values = self.get(name)
        if not values or (required and not values[0].strip()):
            if required:
                raise HTTPException(400, f"{name}: missing")
            return None
        if len(values) > 1:
            raise HTTPException(400, f"{name}: given {len(values)} times")
        return values[0]


@lru_cache(maxsize=4)
def _validator(token: str) -> RequestValidator:
    return RequestValidator(token)


async def signed_form(request: Request) -> Form:
    """The request's form, once its Twilio signature is verified; an HTTP error otherwise."""
    rt: Runtime = request.app.state.rt
    token = rt.settings.twilio_auth_token
    if token is None:
        raise HTTPException(404, "SMS is not configured on this server "
                                 "(TWILIO_AUTH_TOKEN is unset)")
    content_type = request.headers.get("content-type", "")
    if content_type.partition(";")[0].strip().lower() != FORM_TYPE:
        raise HTTPException(400, f"Content-Type: expected {FORM_TYPE}, as Twilio sends")
    form = _parse(await _body(request, rt.settings.max_body_bytes))
    signature = request.headers.get("x-twilio-signature")
    if not signature:
        raise HTTPException(403, "X-Twilio-Signature: missing")
    if not _signed(_validator(token.get_secret_value()), _public_url(request, rt), form,
                   signature):
        raise HTTPException(403, "X-Twilio-Signature: does not match; is OPGANG_PUBLIC_URL the "
                                 "URL Twilio calls, and TWILIO_AUTH_TOKEN this account's token?")
    return form


def _signed(validator: RequestValidator, url: str, form: Form, signature: str) -> bool:
    """The validator's verdict, trying first the one URL Twilio normally signs.

    `RequestValidator.validate` always computes two signatures (the URL with and without its
    port); the exact configured URL alone matches in the usual case, at half the cost.
    """
    if compare(validator.compute_signature(url, form), signature):
        return True
    return bool(validator.validate(url, form, signature))


SignedForm = Annotated[Form, Depends(signed_form)]

ANSWERS: dict[int | str, dict[str, object]] = {
    200: {"description": "Accepted: an empty TwiML `<Response/>`", "content": {"text/xml": {}}},
    400: {"description": "Not a Twilio form, or a field missing or malformed (named in `detail`)"},
    403: {"description": "`X-Twilio-Signature` missing or wrong; nothing was stored"},
    404: {"description": "SMS is not configured (`TWILIO_AUTH_TOKEN` is unset)"},
    413: {"description": "Body larger than `OPGANG_MAX_BODY_BYTES`"},
}


@router.post("/sms", response_class=Response, responses=ANSWERS)
async def inbound_sms(request: Request) -> Response:
    """An SMS from a family member (or a stranger): stored once, then an empty TwiML answer."""
    # Called, not a dependency: FastAPI's dependency machinery costs more than the check itself
    # on the busiest route.
    form = await signed_form(request)
    sid = _sid(form, "MessageSid")
    sender = form.one("From", required=True) or ""
    if not PHONE.fullmatch(sender):
        raise HTTPException(400, "From: not a phone number")
    to = form.one("To")
    # Twilio never retries: while the database is down the message is spooled, and still 200.
    await receive_or_spool(request.app.state.rt, channel="sms", sender=sender, body=_text(form),
                           provider_id=sid, to=to if to and PHONE.fullmatch(to) else None)
    return Response(EMPTY_TWIML, media_type="text/xml")


@router.post("/status", response_class=Response, responses=ANSWERS)
async def delivery_status(form: SignedForm, request: Request) -> Response:
    """A delivery receipt for a message we sent; receipts for other messages are ignored."""
    sid = _sid(form, "MessageSid")
    status = form.one("MessageStatus", required=True) or ""
    code = (form.one("ErrorCode") or "").strip()
    if code and not (code.isascii() and code.isdigit()):
        raise HTTPException(400, "ErrorCode: not a number")
    await apply_provider_status(request.app.state.rt, channel="sms", provider_id=sid,
                                status=status, error_code=int(code) if code else None)
    return Response(EMPTY_TWIML, media_type="text/xml")


async def _body(request: Request, limit: int) -> bytes:
    """The raw body, refusing more than `limit` bytes without reading it all."""
    declared = request.headers.get("content-length", "")
    if declared.isascii() and declared.isdigit() and int(declared) > limit:
        raise HTTPException(413, f"body: larger than {limit} bytes")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise HTTPException(413, f"body: larger than {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _parse(raw: bytes) -> Form:
    """A urlencoded body (UTF-8) as a `Form`; 400 when it is not one."""
    try:
        pairs = parse_qsl(raw.decode("utf-8"), keep_blank_values=True, encoding="utf-8",
                          errors="strict", max_num_fields=MAX_FIELDS)
    except UnicodeDecodeError as exc:
        raise HTTPException(400, "body: not valid UTF-8 form data") from exc
    except ValueError as exc:
        raise HTTPException(400, f"body: more than {MAX_FIELDS} fields") from exc
    form = Form()
    for name, value in pairs:
        form.setdefault(name, []).append(value)
    return form


def _public_url(request: Request, rt: Runtime) -> str:
    """The URL Twilio signed: the public base URL, this route's path and the query string."""
    scope = request.scope
    path: str = scope["path"]
    root: str = scope.get("root_path", "")
    if root and path.startswith(root):
        path = path[len(root):]
    query: bytes = scope.get("query_string", b"")
    url = rt.settings.public_url + path
    return f"{url}?{query.decode('latin-1')}" if query else url


def _sid(form: Form, name: str) -> str:
    value = form.one(name, required=True) or ""
    if not SID.fullmatch(value):
        raise HTTPException(400, f"{name}: not a Twilio SID")
    return value


def _text(form: Form) -> str:
    """The message text, with links to any pictures (MMS) so the contacts see them."""
    body = (form.one("Body") or "").replace("\x00", "\ufffd")  # no database stores NUL in text
    media = [url for i in range(10) if (url := form.one(f"MediaUrl{i}"))]
    return "\n".join(part for part in (body, *media) if part)
