"""Security headers on every answer, and a strict Content-Security-Policy on every HTML page.

Routes may set their own (the console's `handlers.console.routing.SECURITY_HEADERS`, the
simulator's page, the API docs with hashed inline scripts); the edge middleware
(`handlers.edge.Edge`) only fills in what is missing, so no page can go out without them —
including error pages and future routes.
"""

from __future__ import annotations

from collections.abc import Iterable

# No script, style, frame or form target from anywhere: a page that needs more says so itself.
STRICT_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)

ALWAYS = {
    b"x-content-type-options": b"nosniff",
    b"referrer-policy": b"no-referrer",
    # Not only HTML: a JSON answer opened in a browser tab is framed by nothing either.
    b"content-security-policy": STRICT_CSP.encode(),
    b"x-frame-options": b"DENY",
}
_ALL = list(ALWAYS.items())


def missing(present: Iterable[bytes]) -> list[tuple[bytes, bytes]]:
    """The security headers to add to an answer that has the (lower-case) header names given."""
    names = set(present)
    if names.isdisjoint(ALWAYS):
        return _ALL  # the usual case: the route set none of them
    return [(k, v) for k, v in _ALL if k not in names]
