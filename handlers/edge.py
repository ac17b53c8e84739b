"""The one middleware every HTTP request passes: request id, security headers, body limit.

One pure ASGI layer instead of three (each layer is a coroutine call per request and a `send`
wrapper per message; on the busiest route, Twilio's inbound webhook, the three cost about as much
as the route's own work). What it does, in order:

- the request id and client address are set for the request (`handlers.request_context`);
- a body whose `Content-Length` is above the limit answers 413 at once, and a streamed body is
  counted as it is read, 413 once it passes the limit (`handlers.limits`);
- the answer gets the security headers it does not set itself (`handlers.headers`) and the
  request id (replacing any the route set);
- `POST` to a path in `direct` goes straight to that ASGI app, past FastAPI's exception
  middleware, router and request handler: for webhooks that do their own parsing and answer
  their own 4xx (`handlers.sms.inbound_asgi`). Exceptions they do not handle still reach the
  app's error handler for a logged 500.
"""

from __future__ import annotations

from collections.abc import Mapping

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from bot import request_context
from handlers.headers import missing
from handlers.limits import TooLarge, declared_too_large, limited, send_too_large
from handlers.request_context import HEADER, request_id


class Edge:
    """ASGI middleware: request id, body limit, security headers, direct webhook routes."""

    def __init__(
        self, app: ASGIApp, *, limit: int, direct: Mapping[str, ASGIApp] | None = None
    ) -> None:
        self.app = app
        self.limit = limit
        self.direct = dict(direct or {})

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        given = declared = None
        for name, value in scope["headers"]:
            if name == HEADER:
                given = value
            elif name == b"content-length":
                declared = value
        rid = request_id(given)
        rid_header = (HEADER, rid.encode())
        client = scope.get("client")
        id_token = request_context.request_id.set(rid)
        address_token = request_context.client_address.set(client[0] if client else None)

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", ()) if k.lower() != HEADER]
                headers += missing(k.lower() for k, _ in headers)
                headers.append(rid_header)
                message = {**message, "headers": headers}
            await send(message)

        try:
            if declared_too_large(declared, self.limit):
                await send_too_large(send_with_headers, self.limit)
                return
            app = self.app
            if scope["method"] == "POST" and self.direct:
                app = self.direct.get(_route_path(scope), app)
            try:
                await app(scope, limited(receive, self.limit), send_with_headers)
            except TooLarge:
                await send_too_large(send_with_headers, self.limit)
        finally:
            request_context.request_id.reset(id_token)
            request_context.client_address.reset(address_token)


def _route_path(scope: Scope) -> str:
    """The path without the app's mount point (`root_path`), as routes are declared."""
    path: str = scope["path"]
    root: str = scope.get("root_path", "")
    if root and path.startswith(root):
        return path[len(root) :]
    return path
