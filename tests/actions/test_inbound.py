"""`receive`: stored once, unknown senders kept, keywords honoured, one answer out of hours."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import httpx
from sqlalchemy import select

from bot.actions.inbound import receive
from bot.runtime import Runtime
from storage.models import Message
from tests.factories import PARENT_PHONE, YOUTH_PHONE, world

CPH = ZoneInfo("Europe/Copenhagen")
SATURDAY_MORNING = datetime(2026, 11, 28, 9, 30, tzinfo=CPH)
TUESDAY_MORNING = datetime(2026, 11, 24, 10, 0, tzinfo=CPH)


async def messages(rt: Runtime) -> list[Message]:
    async with rt.db.reading() as session:
        return list(await session.scalars(select(Message).order_by(Message.id)))


async def test_a_repeated_provider_id_is_stored_once(rt: Runtime) -> None:
    await world(rt)
    rt.clock = lambda: TUESDAY_MORNING
    first = await receive(rt, channel="simulator", sender=PARENT_PHONE, body="Hej",
                          provider_id="dup-1")
    again = await receive(rt, channel="simulator", sender=PARENT_PHONE, body="Hej",
                          provider_id="dup-1")
    assert not first.duplicate and again.duplicate
    assert [m.body for m in await messages(rt)] == ["Hej"]


async def test_an_unknown_sender_is_kept_in_intake(rt: Runtime, client: httpx.AsyncClient) -> None:
    w = await world(rt)
    rt.clock = lambda: TUESDAY_MORNING
    result = await receive(rt, channel="simulator", sender="+4531313131", body="Hvem er I?",
                           provider_id="x-1")
    assert result.family_id is None
    lead = await client.get("/api/v1/intake", headers=w.token(rt, w.lead_id))
    assert [(i["sender"], i["body"]) for i in lead.json()] == [("+4531313131", "Hvem er I?")]
    worker = await client.get("/api/v1/intake", headers=w.token(rt, w.primary_id))
    assert worker.json() == []


async def test_intake_message_attached_to_a_member_joins_the_family(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w = await world(rt)
    rt.clock = lambda: TUESDAY_MORNING
    result = await receive(rt, channel="simulator", sender="+4531313131", body="Det er mor",
                           provider_id="x-2")
    answer = await client.post(f"/api/v1/intake/{result.message_id}/attach",
                               json={"family_id": w.family_id, "member_id": w.parent_id},
                               headers=w.token(rt, w.lead_id))
    assert answer.status_code == 200, answer.text
    again = await receive(rt, channel="simulator", sender="+4531313131", body="Nyt nummer",
                          provider_id="x-3")
    assert (again.family_id, again.member_id) == (w.family_id, w.parent_id)
    assert (await client.get("/api/v1/intake", headers=w.token(rt, w.lead_id))).json() == []


async def test_out_of_hours_gets_one_answer_a_day_in_the_members_language(rt: Runtime) -> None:
    await world(rt)
    rt.clock = lambda: SATURDAY_MORNING
    await receive(rt, channel="simulator", sender=YOUTH_PHONE, body="Hej, er I der?",
                  provider_id="w-1")
    await receive(rt, channel="simulator", sender=YOUTH_PHONE, body="Hallo?", provider_id="w-2")
    auto = [m for m in await messages(rt) if m.kind == "auto"]
    assert len(auto) == 1
    assert auto[0].address == YOUTH_PHONE
    assert "112" in auto[0].body
    assert "mandag" in auto[0].body and "08.00" in auto[0].body  # Yusuf reads Danish


async def test_inside_opening_hours_no_automatic_answer(rt: Runtime) -> None:
    await world(rt)
    rt.clock = lambda: TUESDAY_MORNING
    await receive(rt, channel="simulator", sender=YOUTH_PHONE, body="Hej", provider_id="w-3")
    assert [m.kind for m in await messages(rt)] == ["chat"]


async def test_stop_silences_a_member_until_start(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w = await world(rt)
    rt.clock = lambda: TUESDAY_MORNING
    headers = w.token(rt, w.primary_id)
    await receive(rt, channel="simulator", sender=YOUTH_PHONE, body="stop", provider_id="k-1")
    refused = await client.post(f"/api/v1/families/{w.family_id}/messages",
                                json={"body": "Hej Yusuf", "member_id": w.youth_id,
                                      "channel": "simulator"}, headers=headers)
    assert refused.status_code == 409
    assert "STOP" in refused.json()["detail"]
    await receive(rt, channel="simulator", sender=YOUTH_PHONE, body="START", provider_id="k-2")
    allowed = await client.post(f"/api/v1/families/{w.family_id}/messages",
                                json={"body": "Hej Yusuf", "member_id": w.youth_id,
                                      "channel": "simulator"}, headers=headers)
    assert allowed.status_code == 202


async def test_stop_please_is_an_ordinary_message(rt: Runtime) -> None:
    await world(rt)
    rt.clock = lambda: TUESDAY_MORNING
    result = await receive(rt, channel="simulator", sender=YOUTH_PHONE, body="STOP PLEASE",
                           provider_id="k-3")
    assert result.keyword is None
