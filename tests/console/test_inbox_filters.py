"""The inbox's order and filters, and the family page's "older messages" paging."""

from __future__ import annotations

import re

import httpx

from bot.actions.families import NewMember, create_family
from bot.actions.inbound import receive
from bot.actions.notes import add_note
from bot.console_queries import PAGE
from bot.runtime import Runtime
from tests.console.helpers import signed_in
from tests.factories import PARENT_PHONE, World, world

OTHER_PHONE = "+4520111222"
ROW = re.compile(r'<li class="family-row ([^"]*)" data-family="(\d+)">')


async def second_family(rt: Runtime, w: World) -> int:
    family = await create_family(
        rt, team_id=w.team_id, name="Familien Olsen", contacts=[w.primary_id, w.colleague_id],
        members=[NewMember(name="Karen Olsen", role="parent", language="da",
                           phone=OTHER_PHONE)])
    return family.id


def rows(html: str) -> list[tuple[int, str]]:
    return [(int(family), classes) for classes, family in ROW.findall(html)]


async def test_an_urgent_family_is_on_top_and_filters_narrow_the_list(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w = await world(rt)
    olsen = await second_family(rt, w)
    await receive(rt, channel="sms", sender=OTHER_PHONE, body="Hej, kan I ringe?",
                  provider_id="SM" + "1" * 32)
    await receive(rt, channel="simulator", sender=PARENT_PHONE,
                  body="Han slår mig, jeg er bange", provider_id="sim-urgent")
    await signed_in(client, "amira@example.dk")
    page = (await client.get("/console")).text
    # Olsen has waited longer, but the Hassans' message is urgent.
    assert rows(page) == [(w.family_id, "unanswered urgent"), (olsen, "unanswered")]
    assert "1 haster." in page and '<span class="badge urgent">Haster</span>' in page

    by_member = (await client.get("/console", params={"member": "karen"})).text
    assert [f for f, _ in rows(by_member)] == [olsen]
    assert 'value="karen"' in by_member
    assert 'data-refresh="/console/inbox/rows?member=karen"' in by_member
    by_channel = (await client.get("/console/inbox/rows", params={"channel": "simulator"})).text
    assert [f for f, _ in rows(by_channel)] == [w.family_id]
    nothing = (await client.get("/console", params={"member": "Zainab"})).text
    assert rows(nothing) == [] and "Ingen familie passer til filteret." in nothing


async def test_the_unanswered_filter_leaves_out_families_that_have_their_answer(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w = await world(rt)
    olsen = await second_family(rt, w)
    await receive(rt, channel="sms", sender=OTHER_PHONE, body="Tak for i går",
                  provider_id="SM" + "2" * 32)
    await signed_in(client, "amira@example.dk")
    assert [f for f, _ in rows((await client.get("/console")).text)] == [olsen, w.family_id]
    waiting = (await client.get("/console", params={"unanswered": "1"})).text
    assert [f for f, _ in rows(waiting)] == [olsen]


async def test_a_long_conversation_opens_on_its_latest_page_and_pages_back(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w = await world(rt)
    total = PAGE + 10
    for i in range(total):
        await receive(rt, channel="simulator", sender=PARENT_PHONE, body=f"Besked nummer {i}",
                      provider_id=f"sim-page-{i}")
        if i == 3:
            await add_note(rt, family_id=w.family_id, author_id=w.primary_id,
                           body="En gammel note")
    await signed_in(client, "amira@example.dk")
    latest = (await client.get(f"/console/families/{w.family_id}")).text
    shown = [int(n) for n in re.findall(r"Besked nummer (\d+)</p>", latest)]
    assert shown == list(range(10, total))
    assert "En gammel note" not in latest
    older = re.search(r'<a href="(/console/families/\d+\?before=\d+)#timeline-heading">'
                      r"Ældre beskeder</a>", latest)
    assert older, latest
    page = (await client.get(older.group(1))).text
    assert [int(n) for n in re.findall(r"Besked nummer (\d+)</p>", page)] == list(range(10))
    assert "En gammel note" in page
    assert "Ældre beskeder" not in page and "Nyeste beskeder" in page
    assert 'data-refresh="/console/families/' not in page  # an old page is not replaced live
