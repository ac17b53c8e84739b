"""Escalation with a fixed clock: past the due time the partner, a working day later the lead."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import httpx

from bot.escalation import Escalated, escalate_once
from bot.runtime import Runtime
from tests.routing_requests.world import CPH, PARENT_PHONE, TUESDAY_10, Team, team, text

WEDNESDAY_10 = datetime(2026, 11, 25, 10, 0, tzinfo=CPH)
THURSDAY_10 = datetime(2026, 11, 26, 10, 0, tzinfo=CPH)
JOB_LETTER = "Jeg har fået et brev fra jobcenter om et møde på mandag. Hvad skal jeg gøre?"


async def alerts(client: httpx.AsyncClient, rt: Runtime, t: Team,
                 worker_id: int) -> list[tuple[str, str, int | None]]:
    answer = await client.get("/api/v1/alerts", headers=t.token(rt, worker_id))
    assert answer.status_code == 200, answer.text
    found: list[dict[str, Any]] = answer.json()
    return [(a["kind"], a["reason"], a["request_id"]) for a in found]


async def at(rt: Runtime, moment: datetime) -> Escalated:
    rt.clock = lambda: moment
    return await escalate_once(rt)


async def test_an_unanswered_message_alerts_the_partner_then_the_lead(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    t = await team(rt)
    rt.clock = lambda: TUESDAY_10
    await text(client, PARENT_PHONE, "Hej")
    assert await at(rt, WEDNESDAY_10 - timedelta(minutes=1)) == Escalated(0, 0)
    assert await alerts(client, rt, t, t.partner_id) == []
    assert await at(rt, WEDNESDAY_10) == Escalated(1, 0)
    assert await alerts(client, rt, t, t.partner_id) == [("escalation_partner", "unanswered",
                                                          None)]
    assert await alerts(client, rt, t, t.primary_id) == []
    assert await alerts(client, rt, t, t.lead_id) == []
    # Another pass, or another instance running the same pass, alerts nobody twice.
    assert await at(rt, WEDNESDAY_10 + timedelta(hours=1)) == Escalated(0, 0)
    assert await at(rt, THURSDAY_10 - timedelta(minutes=1)) == Escalated(0, 0)
    assert await at(rt, THURSDAY_10) == Escalated(0, 1)
    assert await alerts(client, rt, t, t.lead_id) == [("escalation_lead", "unanswered", None)]
    assert len(await alerts(client, rt, t, t.partner_id)) == 1


async def test_working_hours_not_clock_hours_decide(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    await team(rt)
    friday_12 = datetime(2026, 11, 27, 12, 0, tzinfo=CPH)
    rt.clock = lambda: friday_12
    await text(client, PARENT_PHONE, "Hej")
    # A whole weekend later nothing is overdue: one hour counted on Friday, none since.
    assert await at(rt, datetime(2026, 11, 30, 8, 0, tzinfo=CPH)) == Escalated(0, 0)
    assert await at(rt, datetime(2026, 11, 30, 14, 29, tzinfo=CPH)) == Escalated(0, 0)
    assert await at(rt, datetime(2026, 11, 30, 14, 30, tzinfo=CPH)) == Escalated(1, 0)


async def test_an_answer_stops_the_escalation(rt: Runtime, client: httpx.AsyncClient) -> None:
    t = await team(rt)
    rt.clock = lambda: TUESDAY_10
    await text(client, PARENT_PHONE, "Hej")
    reply = await client.post(f"/api/v1/families/{t.family_id}/messages",
                              json={"body": "Hej Hodan, hvad kan vi hjælpe med?"},
                              headers=t.token(rt, t.primary_id))
    assert reply.status_code == 202
    assert await at(rt, THURSDAY_10) == Escalated(0, 0)


async def test_an_untouched_request_escalates_until_someone_acts_on_it(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    t = await team(rt)
    rt.clock = lambda: TUESDAY_10
    await text(client, PARENT_PHONE, JOB_LETTER)
    # The contacts answer the family, but nobody acts on the request itself.
    await client.post(f"/api/v1/families/{t.family_id}/messages",
                      json={"body": "Vi ser på det."}, headers=t.token(rt, t.primary_id))
    [request] = (await client.get("/api/v1/requests", headers=t.token(rt, t.primary_id))).json()
    assert await at(rt, WEDNESDAY_10) == Escalated(1, 0)
    assert await alerts(client, rt, t, t.partner_id) == [
        ("escalation_partner", "untouched", request["id"])]
    # The specialist takes it (any change counts as the first action): no lead alert follows.
    taken = await client.patch(f"/api/v1/requests/{request['id']}", json={"status": "open"},
                               headers=t.token(rt, t.specialist_id))
    assert taken.status_code == 200 and taken.json()["first_action_at"] is not None
    assert await at(rt, THURSDAY_10 + timedelta(days=1)) == Escalated(0, 0)
    assert await alerts(client, rt, t, t.lead_id) == []


async def test_a_reassigned_request_is_due_again_for_the_new_assignee(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    t = await team(rt)
    rt.clock = lambda: TUESDAY_10
    await text(client, PARENT_PHONE, JOB_LETTER)
    await client.post(f"/api/v1/families/{t.family_id}/messages",
                      json={"body": "Vi ser på det."}, headers=t.token(rt, t.primary_id))
    [request] = (await client.get("/api/v1/requests", headers=t.token(rt, t.primary_id))).json()
    rt.clock = lambda: WEDNESDAY_10 - timedelta(hours=1)
    moved = await client.patch(f"/api/v1/requests/{request['id']}",
                               json={"assignee_id": t.adviser_id},
                               headers=t.token(rt, t.primary_id))
    assert moved.json()["first_action_at"] is None
    assert moved.json()["due_at"].startswith("2026-11-26T08:00:00")  # Thursday 09:00 local
    assert await at(rt, WEDNESDAY_10) == Escalated(0, 0)
    assert await at(rt, THURSDAY_10) == Escalated(1, 0)
