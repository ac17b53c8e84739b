"""Messages become requests routed inside the team, seen by both contacts and the assignee only."""

from __future__ import annotations

from datetime import timedelta

import httpx
from sqlalchemy import func, select

from bot.actions.people import create_worker
from bot.actions.schedule import add_worker_absence
from bot.runtime import Runtime
from storage.models import Request, RoutingExample
from tests.routing_requests.world import (
    OTHER_PHONE,
    PARENT_PHONE,
    PASSWORD,
    TUESDAY_10,
    YOUTH_PHONE,
    requests_of,
    team,
    text,
)

JOB_LETTER = "Jeg har fået et brev fra jobcenter om et møde på mandag. Hvad skal jeg gøre?"


async def count_requests(rt: Runtime) -> int:
    async with rt.db.reading() as session:
        return int(await session.scalar(select(func.count(Request.id))) or 0)


async def test_a_job_centre_letter_goes_to_the_employment_specialist_and_both_contacts_see_it(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    t = await team(rt)
    rt.clock = lambda: TUESDAY_10
    message_id = await text(client, PARENT_PHONE, JOB_LETTER)
    mine = await requests_of(client, t.token(rt, t.specialist_id))
    assert [(r["family_id"], r["message_id"], r["domain"], r["assignee_id"], r["status"],
             r["urgent"]) for r in mine] == [
        (t.family_id, message_id, "employment", t.specialist_id, "open", False)]
    # Due within one working day: Tuesday 10:00 -> Wednesday 10:00.
    assert mine[0]["due_at"].startswith("2026-11-25T09:00:00")
    assert mine[0]["body"] == JOB_LETTER  # the assignee reads the message that raised it
    for contact in (t.primary_id, t.partner_id, t.lead_id):
        seen = await requests_of(client, t.token(rt, contact))
        assert [r["id"] for r in seen] == [mine[0]["id"]], contact


async def test_a_thank_you_is_not_a_request(rt: Runtime, client: httpx.AsyncClient) -> None:
    t = await team(rt)
    rt.clock = lambda: TUESDAY_10
    for body in ("tak", "ok 👍", "Tak, vi ses i morgen"):
        await text(client, PARENT_PHONE, body)
    assert await count_requests(rt) == 0
    assert await requests_of(client, t.token(rt, t.primary_id)) == []


async def test_an_assignee_who_is_not_a_contact_sees_the_request_but_not_the_family(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    t = await team(rt)
    rt.clock = lambda: TUESDAY_10
    await text(client, PARENT_PHONE, "Hej, hvordan går det?")
    await text(client, PARENT_PHONE, JOB_LETTER)
    specialist = t.token(rt, t.specialist_id)
    assert [r["body"] for r in await requests_of(client, specialist)] == [JOB_LETTER]
    for path in (f"/api/v1/families/{t.family_id}", f"/api/v1/families/{t.family_id}/messages"):
        answer = await client.get(path, headers=specialist)
        assert answer.status_code == 404, path


async def test_others_get_404_for_a_request_they_may_not_see(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    t = await team(rt)
    rt.clock = lambda: TUESDAY_10
    await text(client, PARENT_PHONE, JOB_LETTER)
    [request] = await requests_of(client, t.token(rt, t.primary_id))
    # Sofie is contact of another family, not of this one, and not the assignee.
    outsider = t.token(rt, t.health_id)
    assert await requests_of(client, outsider) == []
    assert await requests_of(client, outsider, family_id=t.family_id) == []
    answer = await client.patch(f"/api/v1/requests/{request['id']}", json={"status": "closed"},
                                headers=outsider)
    assert answer.status_code == 404
    assert answer.json() == {"detail": f"request {request['id']} not found"}
    missing = await client.patch("/api/v1/requests/999999", json={"status": "closed"},
                                 headers=t.token(rt, t.primary_id))
    assert missing.status_code == 404


async def test_an_absent_specialist_is_passed_over_for_the_adviser(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    t = await team(rt)
    rt.clock = lambda: TUESDAY_10
    await add_worker_absence(rt, worker_id=t.specialist_id, actor_id=t.lead_id,
                             start=TUESDAY_10 - timedelta(days=1),
                             end=TUESDAY_10 + timedelta(days=5), reason="ferie")
    await text(client, PARENT_PHONE, JOB_LETTER)
    [request] = await requests_of(client, t.token(rt, t.primary_id))
    assert request["assignee_id"] == t.adviser_id


async def test_open_load_spreads_requests_between_equals(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    t = await team(rt)
    rt.clock = lambda: TUESDAY_10
    second = await create_worker(rt, email="ali@example.dk", password=PASSWORD, role="worker",
                                 name="Ali", team_id=t.team_id, domains=["employment"])
    await text(client, PARENT_PHONE, JOB_LETTER)
    await text(client, OTHER_PHONE, "Jeg skal til samtale i jobcenter i morgen, kan I hjælpe?")
    found = await requests_of(client, t.token(rt, t.lead_id))
    # Equal level and load: the lower id first; then the one with fewer open requests.
    assert [r["assignee_id"] for r in reversed(found)] == [t.specialist_id, second.id]


async def test_a_correction_is_kept_and_changes_later_routing(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    t = await team(rt)
    rt.clock = lambda: TUESDAY_10
    first = "I got a letter from the job centre: my son must start a new education, help?"
    await text(client, YOUTH_PHONE, first)
    [request] = await requests_of(client, t.token(rt, t.primary_id))
    answer = await client.patch(f"/api/v1/requests/{request['id']}",
                                json={"domain": "education"}, headers=t.token(rt, t.primary_id))
    assert answer.status_code == 200, answer.text
    changed = answer.json()
    assert changed["domain"] == "education"
    assert changed["first_action_at"] is not None
    async with rt.db.reading() as session:
        examples = (await session.execute(
            select(RoutingExample.text, RoutingExample.domain, RoutingExample.author_id))).all()
    assert examples == [(first, "education", t.primary_id)]
    # The same kind of message again: the team's router has learnt from the correction.
    await text(client, YOUTH_PHONE,
               "I got a letter from the job centre: my son must start a new education, help?!")
    latest = (await requests_of(client, t.token(rt, t.primary_id)))[0]
    assert latest["id"] != request["id"]
    assert latest["domain"] == "education"


async def test_reassign_and_close_are_kept_in_the_history(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    t = await team(rt)
    rt.clock = lambda: TUESDAY_10
    await text(client, PARENT_PHONE, JOB_LETTER)
    [request] = await requests_of(client, t.token(rt, t.primary_id))
    headers = t.token(rt, t.partner_id)
    moved = await client.patch(f"/api/v1/requests/{request['id']}",
                               json={"assignee_id": t.adviser_id}, headers=headers)
    assert moved.status_code == 200, moved.text
    assert moved.json()["assignee_id"] == t.adviser_id
    # Sara no longer sees it; Omar does.
    assert await requests_of(client, t.token(rt, t.specialist_id)) == []
    assert [r["id"] for r in await requests_of(client, t.token(rt, t.adviser_id))] == [
        request["id"]]
    closed = await client.patch(f"/api/v1/requests/{request['id']}", json={"status": "closed"},
                                headers=t.token(rt, t.adviser_id))
    assert closed.json()["status"] == "closed" and closed.json()["closed_at"] is not None
    assert await requests_of(client, headers, status="open") == []
    assert [r["id"] for r in await requests_of(client, headers, status="closed")] == [
        request["id"]]
    bad = await client.patch(f"/api/v1/requests/{request['id']}",
                             json={"assignee_id": t.lead_id + 1000}, headers=headers)
    assert bad.status_code == 422
    unknown = await client.patch(f"/api/v1/requests/{request['id']}",
                                 json={"domain": "astrology"}, headers=headers)
    assert unknown.status_code == 422 and "domain" in unknown.json()["detail"]


async def test_the_same_message_delivered_twice_makes_one_request(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    t = await team(rt)
    rt.clock = lambda: TUESDAY_10
    for _ in range(2):
        answer = await client.post("/simulator/api/messages", json={
            "phone": PARENT_PHONE, "body": JOB_LETTER, "client_id": "same-message-01"})
        assert answer.status_code in (200, 201)
    assert len(await requests_of(client, t.token(rt, t.primary_id))) == 1
