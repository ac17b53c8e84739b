"""The inbox: my families only, unanswered first with how long they have waited."""

from __future__ import annotations

import re

import httpx

from bot.actions.families import NewMember, create_family
from bot.actions.inbound import receive
from bot.actions.outbound import send
from bot.runtime import Runtime
from tests.console.helpers import controls, signed_in
from tests.factories import PARENT_PHONE, office_hours, world

ROW = re.compile(r'<a class="family" href="/console/families/(\d+)">([^<]+)</a>'
                 r'(?:\s*<span class="badge (wait|done)">([^<]+)</span>)?')


def rows(html: str) -> list[tuple[str, str, str]]:
    """(family name, wait|done|"" (no messages), badge text) in the order the inbox shows."""
    return [(name, kind, badge) for _, name, kind, badge in ROW.findall(html)]


async def test_unanswered_families_come_first_longest_wait_on_top(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w = await world(rt)
    office_hours(rt)
    quiet = await create_family(rt, team_id=w.team_id, name="Familien Stille",
                                contacts=[w.primary_id, w.partner_id],
                                members=[NewMember("Lars", "parent", "da", phone="+4520111111")])
    answered = await create_family(rt, team_id=w.team_id, name="Familien Svar",
                                   contacts=[w.partner_id, w.primary_id],
                                   members=[NewMember("Mona", "parent", "da", phone="+4520222222")])
    later = await create_family(rt, team_id=w.team_id, name="Familien Senere",
                                contacts=[w.primary_id, w.colleague_id],
                                members=[NewMember("Ida", "parent", "da", phone="+4520333333")])
    await receive(rt, channel="simulator", sender=PARENT_PHONE, body="Først", provider_id="a1")
    await receive(rt, channel="simulator", sender="+4520222222", body="Tak", provider_id="a2")
    await send(rt, family_id=answered.id, body="Selv tak", author_id=w.partner_id)
    await receive(rt, channel="simulator", sender="+4520333333", body="Hjælp med brevet",
                  provider_id="a3")
    await signed_in(client, "amira@example.dk")
    page = (await client.get("/console")).text
    assert [(name, kind) for name, kind, _ in rows(page)] == [
        ("Familien Hassan", "wait"), ("Familien Senere", "wait"),
        ("Familien Svar", "done"), ("Familien Stille", "")]
    assert rows(page)[0][2].startswith("Har ventet")
    assert "2 familier venter på svar." in page
    assert "Hjælp med brevet" in page and 'dir="auto"' in page
    assert quiet.id and later.id
    fragment = (await client.get("/console/inbox/rows")).text
    assert rows(fragment) == rows(page)
    assert "<html" not in fragment
    checked = controls(page)
    assert checked.unlabelled() == [] and checked.html_lang == "da"


async def test_a_worker_sees_only_families_they_are_a_contact_for(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w = await world(rt)
    await receive(rt, channel="simulator", sender=PARENT_PHONE, body="Hej", provider_id="b1")
    await signed_in(client, "sofie@example.dk")  # a colleague in the same team
    assert rows((await client.get("/console")).text) == []
    assert (await client.get(f"/console/families/{w.family_id}")).status_code == 404
    async with httpx.AsyncClient(transport=client._transport, base_url=client.base_url) as lead:
        await signed_in(lead, "lead@example.dk")
        assert [r[0] for r in rows((await lead.get("/console")).text)] == ["Familien Hassan"]
