"""`opgang demo && opgang serve` end to end: a simulated phone, both contacts, a reply, Ctrl-C."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import httpx

from bot import demo
from tests.cli.command import opgang, served

T = TypeVar("T")


def eventually(probe: Callable[[], T | None], *, seconds: float, what: str) -> T:
    """The first truthy result of `probe` within `seconds`."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        result = probe()
        if result:
            return result
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def token(http: httpx.Client, email: str) -> dict[str, str]:
    answer = http.post("/api/v1/auth/token", data={"username": email, "password": demo.PASSWORD})
    assert answer.status_code == 200, answer.text
    return {"Authorization": f"Bearer {answer.json()['access_token']}"}


def test_a_simulated_text_reaches_both_contacts_and_the_reply_reaches_the_phone(
    tmp_path: Path,
) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'opgang.db'}"
    loaded = opgang("demo", database_url=url, cwd=tmp_path)
    assert loaded.returncode == 0, loaded.stderr
    with served(tmp_path, url) as server, httpx.Client(base_url=server.base, timeout=5) as http:
        _conversation_through_the_service(http)
    output = server.output()
    assert server.returncode == 0, output
    assert "Traceback" not in output
    assert "Application shutdown complete" in output


def _conversation_through_the_service(http: httpx.Client) -> None:
    family = demo.FAMILIES[1]
    member = family.members[0]
    assert member.phone is not None
    phones = http.get("/simulator/api/phones").json()
    mine = next(p for p in phones if p["phone"] == member.phone)
    assert (mine["member_name"], mine["family_name"]) == (member.name, family.name)
    family_id = mine["family_id"]

    body = "مرحبا، متى يمكننا أن نلتقي؟"
    sent = http.post("/simulator/api/messages",
                     json={"phone": member.phone, "body": body, "client_id": "e2e-text-0001"})
    assert sent.status_code == 201, sent.text

    primary, partner = (token(http, email) for email in family.contacts)
    for headers in (primary, partner):
        inbox = http.get("/api/v1/inbox", headers=headers).json()
        assert [i["family_id"] for i in inbox] == [family_id]
        # The service runs on the real clock: out of office hours its automatic answer comes last.
        messages = http.get(f"/api/v1/families/{family_id}/messages", headers=headers).json()
        assert [m["body"] for m in messages if m["direction"] == "in"] == [body]

    reply = http.post(f"/api/v1/families/{family_id}/messages",
                      json={"body": "Vi ses tirsdag kl. 10 hos jer."}, headers=primary)
    assert reply.status_code == 202, reply.text

    def delivered() -> list[dict[str, Any]] | None:
        answer = http.get("/simulator/api/messages", params={"phone": member.phone}).json()
        chats = [m for m in answer["messages"] if m["kind"] == "chat"]
        if chats and chats[-1]["direction"] == "out" and chats[-1]["status"] == "delivered":
            return chats
        return None

    chats = eventually(delivered, seconds=15, what="the reply on the simulated phone")
    assert [(m["direction"], m["body"]) for m in chats] == [
        ("in", body), ("out", "Vi ses tirsdag kl. 10 hos jer.")]
    for headers in (primary, partner):
        assert http.get("/api/v1/inbox", headers=headers).json() == []
