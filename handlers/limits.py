"""Refuse request bodies above the configured size before anything reads them (413)."""

from __future__ import annotations

import json

from starlette.exceptions import HTTPException
from starlette.types import Message, Receive, Send


def too_large_detail(limit: int) -> str:
    return f"request body larger than {limit} bytes"


class TooLarge(HTTPException):
    """The body streamed so far is larger than the limit.

    An HTTP exception (413) rather than a plain one: FastAPI turns any other exception raised
    while it reads a form or JSON body into "400 There was an error parsing the body", so a
    streamed body (no `Content-Length`) over the limit would not answer 413 on those routes.
    FastAPI re-raises HTTP exceptions, and the app answers them with their status; a route
    outside FastAPI (a direct webhook) lets it reach `handlers.edge.Edge`, which answers 413.
    """

    def __init__(self, limit: int) -> None:
        super().__init__(413, too_large_detail(limit))


def declared_too_large(declared: bytes | None, limit: int) -> bool:
    """True when a `Content-Length` header announces more than `limit` bytes."""
    return declared is not None and declared.isdigit() and int(declared) > limit


def limited(receive: Receive, limit: int) -> Receive:
    """`receive` that raises `TooLarge` once more than `limit` body bytes have arrived."""
    seen = 0

    async def receive_limited() -> Message:
        nonlocal seen
        message = await receive()
        if message["type"] == "http.request":
            seen += len(message.get("body", b""))
            if seen > limit:
                raise TooLarge(limit)
        return message

    return receive_limited


async def send_too_large(send: Send, limit: int) -> None:
    """The 413 answer, naming the limit."""
    body = json.dumps({"detail": too_large_detail(limit)}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
