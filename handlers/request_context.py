"""Give every HTTP request an id (echoed as `X-Request-ID`) and remember the client's address.

Both go into `bot.request_context` for the duration of the request: log lines carry the id
(`bot.logs`), audit rows the address (`bot.audit`). A caller's own `X-Request-ID` is kept when it
looks like an id (a proxy's or a load balancer's), so one request can be followed across services.
"""

from __future__ import annotations

import re
import uuid

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from bot import request_context

HEADER = b"x-request-id"
_ACCEPTED = re.compile(rb"^[A-Za-z0-9._-]{8,64}$")


class RequestContext:
    """ASGI middleware: request id and client address for the request's lifetime."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        given = dict(scope.get("headers", ())).get(HEADER)
        rid = given.decode() if given and _ACCEPTED.match(given) else uuid.uuid4().hex
        client = scope.get("client")
        id_token = request_context.request_id.set(rid)
        address_token = request_context.client_address.set(client[0] if client else None)

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", ()) if k.lower() != HEADER]
                message = {**message, "headers": [*headers, (HEADER, rid.encode())]}
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            request_context.request_id.reset(id_token)
            request_context.client_address.reset(address_token)
