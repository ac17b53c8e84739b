"""The console: the specialist's request list, corrections by form, and the family's history."""

from __future__ import annotations

import httpx

from bot.runtime import Runtime
from tests.console.helpers import controls, csrf_of, signed_in
from tests.routing_requests.world import (
    PARENT_PHONE,
    TUESDAY_10,
    YOUTH_PHONE,
    requests_of,
    team,
    text,
)

JOB_LETTER = "Jeg har fået et brev fra jobcenter om et møde på mandag. Hvad skal jeg gøre?"


async def test_the_specialist_finds_the_request_and_its_message_but_no_family_link(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    await team(rt)
    rt.clock = lambda: TUESDAY_10
    await text(client, PARENT_PHONE, JOB_LETTER)
    await signed_in(client, "sara@example.dk")
    page = await client.get("/console/requests")
    assert page.status_code == 200
    assert "Familien Abdi" in page.text and JOB_LETTER in page.text
    assert 'href="/console/families/' not in page.text  # Sara is no contact of the family
    assert controls(page.text).unlabelled() == []


async def test_a_contact_corrects_the_domain_and_the_family_page_shows_who_did_it(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    t = await team(rt)
    rt.clock = lambda: TUESDAY_10
    await text(client, PARENT_PHONE, JOB_LETTER)
    [request] = await requests_of(client, t.token(rt, t.primary_id))
    client.headers["Accept-Language"] = "en"
    await signed_in(client, "amira@example.dk")
    family_path = f"/console/families/{t.family_id}"
    page = await client.get(family_path)
    assert page.status_code == 200
    assert "Routed automatically: Employment, to Sara" in page.text
    answer = await client.post(f"/console/requests/{request['id']}", data={
        "csrf": csrf_of(page.text), "domain": "economy", "assignee_id": str(t.primary_id),
        "next": family_path})
    assert answer.status_code == 303
    assert answer.headers["location"] == f"{family_path}#requests"
    page = await client.get(family_path)
    assert "Amira changed the domain from Employment to Economy" in page.text
    assert "Amira reassigned it from Sara to Amira" in page.text
    assert (await requests_of(client, t.token(rt, t.primary_id)))[0]["domain"] == "economy"
    client.headers["Accept-Language"] = "da"
    page = await client.get(family_path)
    assert "Amira ændrede området fra Beskæftigelse til Økonomi" in page.text


async def test_a_form_without_the_csrf_token_changes_nothing(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    t = await team(rt)
    rt.clock = lambda: TUESDAY_10
    await text(client, PARENT_PHONE, JOB_LETTER)
    [request] = await requests_of(client, t.token(rt, t.primary_id))
    await signed_in(client, "amira@example.dk")
    answer = await client.post(f"/console/requests/{request['id']}",
                               data={"csrf": "forged", "status": "closed"})
    assert answer.status_code == 403
    assert (await requests_of(client, t.token(rt, t.primary_id)))[0]["status"] == "open"


async def test_an_outsider_gets_404_for_someone_elses_request(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    t = await team(rt)
    rt.clock = lambda: TUESDAY_10
    await text(client, PARENT_PHONE, JOB_LETTER)
    [request] = await requests_of(client, t.token(rt, t.primary_id))
    csrf = await signed_in(client, "sofie@example.dk")
    answer = await client.post(f"/console/requests/{request['id']}",
                               data={"csrf": csrf, "status": "closed"})
    assert answer.status_code == 404
    assert (await requests_of(client, t.token(rt, t.primary_id)))[0]["status"] == "open"


async def test_the_family_page_shows_the_urgent_request_and_who_was_alerted(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    t = await team(rt)
    rt.clock = lambda: TUESDAY_10
    await text(client, YOUTH_PHONE, "أنا خائف أرجع البيت، أبوي يضربني")
    client.headers["Accept-Language"] = "en"
    await signed_in(client, "jonas@example.dk")
    inbox = await client.get("/console")
    assert 'class="badge urgent"' in inbox.text
    fragment = await client.get(f"/console/requests/family/{t.family_id}")
    assert fragment.status_code == 200
    assert "Urgent" in fragment.text
    for name in ("Amira", "Jonas", "Lene Leder"):
        assert f"Urgent message (violence): {name} was alerted" in fragment.text
    page = await client.get(f"/console/families/{t.family_id}")
    assert fragment.text.strip() in page.text  # the live panel is the page's own
    client.cookies.clear()
    await signed_in(client, "sofie@example.dk")
    assert (await client.get(f"/console/requests/family/{t.family_id}")).status_code == 404
