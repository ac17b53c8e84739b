"""Canned replies: kept by the team's lead, offered in the reply box in each member's language."""

from __future__ import annotations

import html
import json
import re

import httpx
import pytest

from bot.actions.canned import text_for
from bot.runtime import Runtime
from tests.console.helpers import csrf_of, signed_in
from tests.factories import world


def canned_texts(page: str) -> dict[str, dict[str, str]]:
    found = re.search(r'<div class="canned" id="canned" data-texts="([^"]*)" hidden>', page)
    assert found, "no canned replies in the reply box"
    texts: dict[str, dict[str, str]] = json.loads(html.unescape(found.group(1)))
    return texts


async def test_a_lead_writes_a_reply_and_each_member_gets_their_language(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w = await world(rt)  # Fatima reads Arabic, Yusuf Danish
    csrf = await signed_in(client, "lead@example.dk")
    answer = await client.post("/console/lead/replies", data={
        "csrf": csrf, "title": "Brev modtaget", "da": "Vi har fået dit brev.",
        "ar": "لقد تلقينا رسالتك.", "en": ""})
    assert answer.status_code == 303
    page = await client.get(answer.headers["location"])
    assert "Standardsvaret er gemt." in page.text
    assert "Brev modtaget" in page.text and "لقد تلقينا رسالتك." in page.text
    # The same title twice is refused, with what the lead typed kept.
    twice = await client.post("/console/lead/replies", data={
        "csrf": csrf, "title": "Brev modtaget", "da": "Igen"})
    assert twice.status_code == 409 and ">Igen</textarea>" in twice.text

    async with httpx.AsyncClient(transport=client._transport, base_url=client.base_url) as amira:
        await signed_in(amira, "amira@example.dk")
        page = (await amira.get(f"/console/families/{w.family_id}")).text
        [(reply_id, texts)] = canned_texts(page).items()
        assert texts == {str(w.parent_id): "لقد تلقينا رسالتك.",
                         str(w.youth_id): "Vi har fået dit brev."}
        # Only leads keep the team's replies.
        refused = await amira.post("/console/lead/replies", data={
            "csrf": csrf_of(page), "title": "Mit eget", "da": "Hej"})
        assert refused.status_code == 404

    changed = await client.post("/console/lead/replies", data={
        "csrf": csrf, "reply_id": reply_id, "title": "Brev modtaget",
        "da": "Tak for dit brev.", "ar": ""})
    assert changed.status_code == 303
    page = (await client.get(f"/console/families/{w.family_id}")).text
    assert canned_texts(page)[reply_id] == {str(w.parent_id): "Tak for dit brev.",
                                            str(w.youth_id): "Tak for dit brev."}
    deleted = await client.post(f"/console/lead/replies/{reply_id}/delete", data={"csrf": csrf})
    assert deleted.status_code == 303
    page = (await client.get(f"/console/families/{w.family_id}")).text
    assert 'id="canned"' not in page


@pytest.mark.parametrize(("language", "texts", "expected"), [
    ("ar", {"ar": "مرحبا", "da": "Hej"}, "مرحبا"),
    ("so", {"ar": "مرحبا", "da": "Hej"}, "Hej"),  # no Somali version: the team's default
    ("so", {"en": "Hello", "tr": "Merhaba"}, "Hello"),
    ("so", {"tr": "Merhaba", "fa": "سلام"}, "سلام"),  # any version, the same one every time
    ("da", {}, None),
])
def test_the_version_a_member_gets(
    language: str, texts: dict[str, str], expected: str | None,
) -> None:
    assert text_for(texts, language, "da") == expected
