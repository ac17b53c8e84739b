"""Twilio SMS webhooks: inbound messages and delivery receipts, each signed by Twilio.

Every request's signature is checked with the algorithm of `twilio.request_validator.
RequestValidator` (computed here, the validator itself only when that does not match) against
`OPGANG_PUBLIC_URL` + path (+ query string), the URL Twilio was given, with `TWILIO_AUTH_TOKEN`.
The inbound webhook, the busiest route, is served as a plain ASGI app (`inbound_asgi`, called by
`handlers.edge.Edge`) with the same answers as its FastAPI route.
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

import base64
import hmac
import json
import re
from functools import lru_cache
from typing import Annotated
from urllib.parse import unquote_to_bytes

from fastapi import APIRouter, Depends, HTTPException, Request, Response
from starlette.types import Receive, Scope, Send
from twilio.request_validator import RequestValidator

from bot.actions.statuses import apply_provider_status
from bot.runtime import Runtime
from bot.spool import receive_or_spool

router = APIRouter(prefix="/webhooks/twilio", tags=["webhooks"])
INBOUND_PATH = "/webhooks/twilio/sms"

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


NOT_CONFIGURED = "SMS is not configured on this server (TWILIO_AUTH_TOKEN is unset)"
WRONG_TYPE = f"Content-Type: expected {FORM_TYPE}, as Twilio sends"
NO_SIGNATURE = "X-Twilio-Signature: missing"
BAD_SIGNATURE = ("X-Twilio-Signature: does not match; is OPGANG_PUBLIC_URL the URL Twilio "
                 "calls, and TWILIO_AUTH_TOKEN this account's token?")


def _token(rt: Runtime) -> str:
    token = rt.settings.twilio_auth_token
    if token is None:
        raise HTTPException(404, NOT_CONFIGURED)
    return token.get_secret_value()


def _check_type(content_type: str) -> None:
    if content_type.partition(";")[0].strip().lower() != FORM_TYPE:
        raise HTTPException(400, WRONG_TYPE)


def _verify(token: str, url: str, form: Form, signature: str | None) -> None:
    """403 unless `signature` is Twilio's for `url` and `form` with `token`."""
    if not signature:
        raise HTTPException(403, NO_SIGNATURE)
    if not _signed(token, url, form, signature):
        raise HTTPException(403, BAD_SIGNATURE)


async def signed_form(request: Request) -> Form:
    """The request's form, once its Twilio signature is verified; an HTTP error otherwise."""
    rt: Runtime = request.app.state.rt
    token = _token(rt)
    _check_type(request.headers.get("content-type", ""))
    form = _parse(await _body(request, rt.settings.max_body_bytes))
    _verify(token, _public_url(request.scope, rt), form, request.headers.get("x-twilio-signature"))
    return form


def _signed(token: str, url: str, form: Form, signature: str) -> bool:
    """Whether `signature` is Twilio's for this URL and form (`RequestValidator`'s algorithm).

    First the one URL Twilio normally signs, computed here directly (HMAC-SHA1 over the URL and
    each name + value, sorted, as `RequestValidator.compute_signature` does, without its
    per-field string concatenation); only on a mismatch `RequestValidator.validate` itself,
    which tries the URL with and without its port.
    """
    payload = [url]
    for name in sorted(form):
        values = form[name]
        if len(values) == 1:
            payload += (name, values[0])
        else:
            for value in sorted(set(values)):
                payload += (name, value)
    expected = base64.b64encode(hmac.digest(token.encode(), "".join(payload).encode(), "sha1"))
    if hmac.compare_digest(expected, signature.encode()):
        return True
    return bool(_validator(token).validate(url, form, signature))


SignedForm = Annotated[Form, Depends(signed_form)]

ANSWERS: dict[int | str, dict[str, object]] = {
    200: {"description": "Accepted: an empty TwiML `<Response/>`", "content": {"text/xml": {}}},
    400: {"description": "Not a Twilio form, or a field missing or malformed (named in `detail`)"},
    403: {"description": "`X-Twilio-Signature` missing or wrong; nothing was stored"},
    404: {"description": "SMS is not configured (`TWILIO_AUTH_TOKEN` is unset)"},
    413: {"description": "Body larger than `OPGANG_MAX_BODY_BYTES`"},
}
_TWIML_HEADERS = [(b"content-type", b"text/xml; charset=utf-8"),
                  (b"content-length", str(len(EMPTY_TWIML)).encode())]


async def inbound_asgi(scope: Scope, receive: Receive, send: Send) -> None:
    """`POST /webhooks/twilio/sms` as a plain ASGI app (what `handlers.edge.Edge` calls).

    The busiest route, so it skips FastAPI's router and request handler: the same checks and
    answers as `inbound_sms` below (which documents the route and serves it without the edge
    middleware), on the raw headers and body.
    """
    try:
        await _inbound(scope["app"].state.rt, scope, receive)
    except HTTPException as exc:
        # As FastAPI's handler for HTTPException answers.
        body = json.dumps({"detail": exc.detail}, ensure_ascii=False,
                          separators=(",", ":")).encode()
        headers = [(k.lower().encode("latin-1"), v.encode("latin-1"))
                   for k, v in (exc.headers or {}).items()]
        await send({"type": "http.response.start", "status": exc.status_code,
                    "headers": [(b"content-type", b"application/json"),
                                (b"content-length", str(len(body)).encode()), *headers]})
        await send({"type": "http.response.body", "body": body})
        return
    await send({"type": "http.response.start", "status": 200, "headers": list(_TWIML_HEADERS)})
    await send({"type": "http.response.body", "body": EMPTY_TWIML})


@router.post("/sms", response_class=Response, responses=ANSWERS)
async def inbound_sms(request: Request) -> Response:
    """An SMS from a family member (or a stranger): stored once, then an empty TwiML answer."""
    await _inbound(request.app.state.rt, request.scope, request.receive)
    return Response(EMPTY_TWIML, media_type="text/xml")


async def _inbound(rt: Runtime, scope: Scope, receive: Receive) -> None:
    """Check, parse and verify an inbound SMS webhook, then store (or spool) the message."""
    token = _token(rt)
    content_type = signature = declared = None
    for name, value in scope["headers"]:
        if name == b"content-type":
            content_type = value
        elif name == b"x-twilio-signature":
            signature = value
        elif name == b"content-length":
            declared = value
    _check_type(content_type.decode("latin-1") if content_type else "")
    form = _parse(await _read(receive, declared, rt.settings.max_body_bytes))
    _verify(token, _public_url(scope, rt), form,
            signature.decode("latin-1") if signature is not None else None)
    sid = _sid(form, "MessageSid")
    sender = form.one("From", required=True) or ""
    if not PHONE.fullmatch(sender):
        raise HTTPException(400, "From: not a phone number")
    to = form.one("To")
    # Twilio never retries: while the database is down the message is spooled, and still 200.
    await receive_or_spool(rt, channel="sms", sender=sender, body=_text(form), provider_id=sid,
                           to=to if to and PHONE.fullmatch(to) else None)


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


def _too_large(limit: int) -> HTTPException:
    return HTTPException(413, f"body: larger than {limit} bytes")


async def _body(request: Request, limit: int) -> bytes:
    """The raw body, refusing more than `limit` bytes without reading it all."""
    declared = request.headers.get("content-length", "")
    if declared.isascii() and declared.isdigit() and int(declared) > limit:
        raise _too_large(limit)
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise _too_large(limit)
        chunks.append(chunk)
    return b"".join(chunks)


async def _read(receive: Receive, declared: bytes | None, limit: int) -> bytes:
    """`_body` on the raw ASGI interface: the body, refusing more than `limit` bytes."""
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise _too_large(limit)
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            raise HTTPException(400, "body: the client went away before sending it")
        chunk: bytes = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise _too_large(limit)
        if not message.get("more_body", False):
            return b"".join((*chunks, chunk)) if chunks else chunk
        chunks.append(chunk)


def _parse(raw: bytes) -> Form:
    """A urlencoded body (UTF-8) as a `Form`; 400 when it is not one.

    `urllib.parse.parse_qsl(…, keep_blank_values=True, errors="strict")`, field for field, but
    without unquoting the (usual) fields that hold no `%` or `+`.
    """
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise HTTPException(400, "body: not valid UTF-8 form data") from exc
    if text.count("&") >= MAX_FIELDS:
        raise HTTPException(400, f"body: more than {MAX_FIELDS} fields")
    form = Form()
    try:
        for field in text.split("&") if text else ():
            if not field:
                continue
            name, _, value = field.partition("=")
            if "+" in name:
                name = name.replace("+", " ")
            if "%" in name:
                name = _unquote(name)
            if "+" in value:
                value = value.replace("+", " ")
            if "%" in value:
                value = _unquote(value)
            values = form.get(name)
            if values is None:
                form[name] = [value]
            else:
                values.append(value)
    except UnicodeDecodeError as exc:
        raise HTTPException(400, "body: not valid UTF-8 form data") from exc
    return form


def _unquote(text: str) -> str:
    """`urllib.parse.unquote(text, errors="strict")`, decoding the bytes all at once.

    The same result and the same UnicodeDecodeError: a character not percent-encoded is whole
    UTF-8, so an escaped byte sequence cut by one is invalid either way.
    """
    return unquote_to_bytes(text).decode("utf-8")


def _public_url(scope: Scope, rt: Runtime) -> str:
    """The URL Twilio signed: the public base URL, this route's path and the query string."""
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


_MEDIA = tuple(f"MediaUrl{i}" for i in range(10))  # Twilio sends at most 10 pictures


def _text(form: Form) -> str:
    """The message text, with links to any pictures (MMS) so the contacts see them."""
    body = (form.one("Body") or "").replace("\x00", "\ufffd")  # no database stores NUL in text
    media = [url for name in _MEDIA if name in form and (url := form.one(name))]
    return "\n".join(part for part in (body, *media) if part)
