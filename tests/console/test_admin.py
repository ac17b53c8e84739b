"""The admin pages: create a login with domains, reset a password, deactivate a worker (whose
families then wait for a handover in the lead view)."""

from __future__ import annotations

import re

import httpx

from bot.runtime import Runtime
from storage.models import Worker
from tests.console.helpers import csrf_of, log_in, signed_in
from tests.factories import PASSWORD, world


def row_of(html: str, name: str) -> str:
    found = re.search(rf"<tr[^>]*>\s*<th scope=\"row\">{name}.*?</tr>", html, re.S)
    assert found, f"no row for {name}"
    return found.group(0)


async def test_an_admin_creates_a_login_with_domains_and_it_works(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w = await world(rt)
    await signed_in(client, "admin@example.dk")
    page = await client.get("/console", follow_redirects=True)
    assert page.status_code == 200 and "<h1>Administration</h1>" in page.text  # via a redirect
    answer = await client.post("/console/admin/workers", data={
        "csrf": csrf_of(page.text), "name": "Mette Boligsen", "email": "Mette@Example.dk",
        "password": "et langt kodeord", "role": "worker", "team_id": str(w.team_id),
        "domain-housing": "3", "domain-economy": "1", "domain-health": ""})
    assert answer.status_code == 303
    page = await client.get(answer.headers["location"])
    assert "Login er oprettet." in page.text
    row = " ".join(re.sub(r"<[^>]+>", " ", row_of(page.text, "Mette Boligsen")).split())
    assert "mette@example.dk sagsbehandler Gellerup Opgang økonomi (1), bolig (3) 0" in row
    # A bad address comes back with the form filled in and the reason.
    bad = await client.post("/console/admin/workers", data={
        "csrf": csrf_of(page.text), "name": "X", "email": "mette@example.dk",
        "password": "et langt kodeord", "role": "worker", "team_id": str(w.team_id)})
    assert bad.status_code == 409 and "already in use" in bad.text
    async with httpx.AsyncClient(transport=client._transport, base_url=client.base_url) as mette:
        assert (await log_in(mette, "mette@example.dk", "et langt kodeord")).status_code == 303


async def test_a_reset_password_is_shown_once_and_replaces_the_old_one(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w = await world(rt)
    async with httpx.AsyncClient(transport=client._transport, base_url=client.base_url) as open_:
        await signed_in(open_, "amira@example.dk")
        csrf = await signed_in(client, "admin@example.dk")
        answer = await client.post(f"/console/admin/workers/{w.primary_id}/password",
                                   data={"csrf": csrf})
        assert (await open_.get("/console")).status_code == 303  # her open session ended
    assert answer.status_code == 200
    found = re.search(r'Ny adgangskode til amira@example.dk: <strong class="secret" '
                      r'translate="no">([^<]+)</strong>', answer.text)
    assert found, answer.text
    async with httpx.AsyncClient(transport=client._transport, base_url=client.base_url) as amira:
        assert (await log_in(amira, "amira@example.dk")).status_code == 401
        assert (await log_in(amira, "amira@example.dk", found.group(1))).status_code == 303


async def test_deactivating_a_worker_ends_their_login_and_flags_their_families(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w = await world(rt)
    transport, base = client._transport, client.base_url
    async with httpx.AsyncClient(transport=transport, base_url=base) as amira, \
            httpx.AsyncClient(transport=transport, base_url=base) as lead:
        await signed_in(amira, "amira@example.dk")
        await signed_in(lead, "lead@example.dk")
        # Neither a caseworker nor a lead reaches the admin pages.
        assert (await amira.get("/console/admin")).status_code == 404
        assert (await lead.get("/console/admin")).status_code == 404
        csrf = await signed_in(client, "admin@example.dk")
        answer = await client.post(f"/console/admin/workers/{w.primary_id}/deactivate",
                                   data={"csrf": csrf})
        assert answer.status_code == 303
        page = await client.get(answer.headers["location"])
        assert "deaktiveret" in row_of(page.text, "Amira")
        assert "Deaktivér Amira" not in page.text
        # Amira's open session is over, and her password no longer opens one.
        assert (await amira.get("/console")).status_code == 303
        assert (await log_in(amira, "amira@example.dk", PASSWORD)).status_code == 401
        view = (await lead.get("/console/lead")).text
        flagged = re.search(r'<section id="handover-needed".*?</section>', view, re.S)
        assert flagged and "Familien Hassan" in flagged.group(0)
        assert "deaktiveret: Amira" in flagged.group(0)
    # The admin cannot deactivate their own login.
    own = await client.post(f"/console/admin/workers/{w.admin_id}/deactivate",
                            data={"csrf": csrf})
    assert own.status_code == 409
    async with rt.db.reading() as session:
        admin = await session.get(Worker, w.admin_id)
    assert admin is not None and admin.active
