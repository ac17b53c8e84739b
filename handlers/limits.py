"""Refuse request bodies above the configured size before anything reads them (413)."""

from __future__ import annotations

import json

from starlette.types import Message, Receive, Send


class TooLarge(Exception):
    """The body streamed so far is larger than the limit."""


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
                raise TooLarge
        return message

    return receive_limited


async def send_too_large(send: Send, limit: int) -> None:
    """The 413 answer, naming the limit."""
    body = json.dumps({"detail": f"request body larger than {limit} bytes"}).encode()
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
