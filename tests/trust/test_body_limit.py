"""A body over `OPGANG_MAX_BODY_BYTES` answers 413 on every kind of route, announced or streamed.

With a `Content-Length` the edge refuses it before anything reads it; a streamed body (chunked,
no length) is counted as it arrives. The second case used to answer 400 ("There was an error
parsing the body") on every route whose form or JSON body FastAPI parses, because FastAPI turns
any error while it reads a body into a 400.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator

import httpx
import pytest

from bot.runtime import Runtime
from tests.factories import PARENT_PHONE, world

FORM = {"Content-Type": "application/x-www-form-urlencoded"}
JSON = {"Content-Type": "application/json"}
ICS = {"Content-Type": "text/calendar"}


def streamed(body: bytes) -> AsyncIterator[bytes]:
    """`body` sent in pieces without a `Content-Length` (chunked)."""
    async def pieces() -> AsyncIterator[bytes]:
        for start in range(0, len(body), 16_384):
            yield body[start:start + 16_384]
    return pieces()


@pytest.mark.parametrize("announced", [True, False], ids=["content-length", "streamed"])
async def test_a_body_over_the_limit_answers_413_on_form_json_and_raw_routes(
    rt: Runtime, client: httpx.AsyncClient, announced: bool,
) -> None:
    w = await world(rt)
    limit = rt.settings.max_body_bytes
    bearer = w.token(rt, w.primary_id)
    pad = "a" * (limit + 1)
    calls = [
        ("/console/login", FORM, f"email=x%40example.dk&password={pad}".encode()),
        ("/api/v1/auth/token", FORM, f"username=x&password={pad}".encode()),
        (f"/api/v1/families/{w.family_id}/messages", {**JSON, **bearer},
         json.dumps({"body": pad}).encode()),
        ("/simulator/api/messages", JSON,
         json.dumps({"phone": PARENT_PHONE, "body": pad}).encode()),
        (f"/api/v1/families/{w.family_id}/busy.ics", {**ICS, **bearer},
         b"BEGIN:VCALENDAR\r\nX-PAD:" + pad.encode()),
    ]
    for path, headers, body in calls:
        content: bytes | AsyncIterator[bytes] = body if announced else streamed(body)
        answer = await client.post(path, headers=headers, content=content)
        assert answer.status_code == 413, (path, answer.status_code, answer.text[:200])
        assert answer.json() == {"detail": f"request body larger than {limit} bytes"}, path
        assert answer.headers["x-request-id"], path
        assert "frame-ancestors 'none'" in answer.headers["content-security-policy"], path
    messages = await client.get(f"/api/v1/families/{w.family_id}/messages", headers=bearer)
    assert messages.status_code == 200 and messages.json() == []
