"""Who reaches a family through the API: both contacts and the lead; nobody else."""

from __future__ import annotations

import httpx

from bot.actions.families import create_family
from bot.actions.inbound import receive
from bot.runtime import Runtime
from tests.factories import PARENT_PHONE, office_hours, world


async def test_both_contacts_see_the_family_in_their_inbox(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w = await world(rt)
    office_hours(rt)
    await receive(rt, channel="simulator", sender=PARENT_PHONE, body="Hej, har I fået brevet?",
                  provider_id="sim-1")
    for worker_id in (w.primary_id, w.partner_id, w.lead_id):
        inbox = (await client.get("/api/v1/inbox", headers=w.token(rt, worker_id))).json()
        assert [item["family_id"] for item in inbox] == [w.family_id]
        assert inbox[0]["last_message"]["body"] == "Hej, har I fået brevet?"
    colleague_inbox = await client.get("/api/v1/inbox", headers=w.token(rt, w.colleague_id))
    assert colleague_inbox.json() == []


async def test_a_family_out_of_reach_answers_404_like_a_missing_one(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w = await world(rt)
    for worker_id in (w.outsider_id, w.colleague_id, w.admin_id):
        headers = w.token(rt, worker_id)
        for path in (f"/api/v1/families/{w.family_id}", f"/api/v1/families/{w.family_id}/messages"):
            answer = await client.get(path, headers=headers)
            assert answer.status_code == 404, (worker_id, path)
            assert answer.json() == {"detail": f"family {w.family_id} not found"}
    missing = await client.get("/api/v1/families/999999", headers=w.token(rt, w.primary_id))
    assert missing.status_code == 404


async def test_a_reply_goes_back_on_the_channel_the_member_used(
    rt: Runtime, client: httpx.AsyncClient, delivery: object,
) -> None:
    w = await world(rt)
    await receive(rt, channel="simulator", sender=PARENT_PHONE, body="Hvornår kommer I?",
                  provider_id="sim-2")
    headers = w.token(rt, w.primary_id)
    answer = await client.post(f"/api/v1/families/{w.family_id}/messages",
                               json={"body": "Vi kommer tirsdag kl. 10."}, headers=headers)
    assert answer.status_code == 202
    queued = answer.json()
    assert queued["status"] == "queued"
    assert (queued["channel"], queued["member_id"]) == ("simulator", w.parent_id)
    await delivery.run_once()  # type: ignore[attr-defined]
    messages = (await client.get(f"/api/v1/families/{w.family_id}/messages",
                                 headers=headers)).json()
    reply = [m for m in messages if m["direction"] == "out" and m["kind"] == "chat"][-1]
    assert reply["status"] == "delivered"
    assert reply["author_id"] == w.primary_id
    inbox = (await client.get("/api/v1/inbox", headers=headers)).json()
    assert inbox == []


async def test_the_family_list_shows_each_caller_exactly_the_families_they_reach(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w = await world(rt)
    other = await create_family(rt, team_id=w.team_id, name="Familien Berg",
                                contacts=[w.partner_id, w.colleague_id])
    expected = {w.primary_id: [w.family_id], w.partner_id: [other.id, w.family_id],
                w.colleague_id: [other.id], w.lead_id: [other.id, w.family_id],
                w.outsider_id: [], w.admin_id: []}
    for worker_id, family_ids in expected.items():
        answer = await client.get("/api/v1/families", headers=w.token(rt, worker_id))
        assert answer.status_code == 200
        assert [f["id"] for f in answer.json()] == family_ids, worker_id  # by name
    [mine] = (await client.get("/api/v1/families", headers=w.token(rt, w.primary_id))).json()
    single = await client.get(f"/api/v1/families/{w.family_id}",
                              headers=w.token(rt, w.primary_id))
    assert mine == single.json()
    assert (await client.get("/api/v1/families")).status_code == 401
