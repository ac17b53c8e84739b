"""Security headers on every answer, and a strict Content-Security-Policy on every HTML page.

Routes may set their own (the console's `handlers.console.routing.SECURITY_HEADERS`, the
simulator's page, the API docs with hashed inline scripts); this middleware only fills in what
is missing, so no page can go out without them — including error pages and future routes.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

# No script, style, frame or form target from anywhere: a page that needs more says so itself.
STRICT_CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
              "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")

ALWAYS = {
    b"x-content-type-options": b"nosniff",
    b"referrer-policy": b"no-referrer",
    b"x-frame-options": b"DENY",
}


class SecurityHeaders:
    """ASGI middleware: fill in the security headers a response does not set itself."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", ()))
                present = {k.lower() for k, _ in headers}
                headers += [(k, v) for k, v in ALWAYS.items() if k not in present]
                if b"content-security-policy" not in present:
                    # Not only HTML: a JSON answer opened in a browser tab is framed by nothing.
                    headers.append((b"content-security-policy", STRICT_CSP.encode()))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)
