"""The interactive API documentation (/docs), with a Content-Security-Policy that names its scripts.

FastAPI's Swagger UI page loads its bundle from a CDN and starts it with an inline script. Rather
than allow inline scripts, each page's inline scripts are allowed by their SHA-256 hash only
(computed from the very HTML served), so an injected script still does not run.
"""

from __future__ import annotations

import base64
import hashlib
import re

from fastapi import APIRouter, FastAPI
from fastapi.openapi.docs import get_swagger_ui_html, get_swagger_ui_oauth2_redirect_html
from fastapi.responses import HTMLResponse

DOCS = "/docs"
REDIRECT = "/docs/oauth2-redirect"
CDN = "https://cdn.jsdelivr.net"
_INLINE = re.compile(r"<script>(.*?)</script>", re.S)


def with_csp(page: HTMLResponse) -> tuple[str, dict[str, str]]:
    """`page`'s HTML and a CSP allowing the CDN and exactly its own inline scripts."""
    html = bytes(page.body).decode()
    hashes = " ".join(
        f"'sha256-{base64.b64encode(hashlib.sha256(s.encode()).digest()).decode()}'"
        for s in _INLINE.findall(html))
    csp = (f"default-src 'none'; script-src {CDN} {hashes}; style-src {CDN} 'unsafe-inline'; "
           "img-src 'self' data: https://fastapi.tiangolo.com; connect-src 'self'; "
           "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
    return html, {"Content-Security-Policy": csp, "Referrer-Policy": "no-referrer"}


def router(app: FastAPI) -> APIRouter:
    """/docs and its OAuth2 redirect page for `app` (mounted instead of FastAPI's own)."""
    docs = APIRouter(include_in_schema=False)
    page = with_csp(get_swagger_ui_html(openapi_url=app.openapi_url or "/openapi.json",
                                        title=f"{app.title} - API", oauth2_redirect_url=REDIRECT))
    redirect = with_csp(get_swagger_ui_oauth2_redirect_html())

    @docs.get(DOCS)
    async def swagger() -> HTMLResponse:
        return HTMLResponse(page[0], headers=page[1])

    @docs.get(REDIRECT)
    async def oauth2_redirect() -> HTMLResponse:
        return HTMLResponse(redirect[0], headers=redirect[1])

    return docs
