"""Fault (e): the same text to the same member many times in a few minutes is stopped."""

from __future__ import annotations

import httpx
from sqlalchemy import func, select

from bot.actions.inbound import receive
from bot.runtime import Runtime
from storage.models import Message
from tests.factories import PARENT_PHONE, world


async def test_a_fourth_identical_text_within_ten_minutes_is_refused(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w = await world(rt)
    await receive(rt, channel="simulator", sender=PARENT_PHONE, body="Hej", provider_id="lg-1")
    headers = w.token(rt, w.primary_id)
    path = f"/api/v1/families/{w.family_id}/messages"
    answers = [await client.post(path, json={"body": "Ring til mig"}, headers=headers)
               for _ in range(4)]
    assert [a.status_code for a in answers] == [202, 202, 202, 409]
    assert answers[-1].json()["detail"].startswith("loop guard")
    # A different text, or the same text to another member, still goes out.
    other = await client.post(path, json={"body": "Ring til mig i morgen"}, headers=headers)
    assert other.status_code == 202
    youth = await client.post(path, json={"body": "Ring til mig", "member_id": w.youth_id},
                              headers=headers)
    assert youth.status_code == 202
    async with rt.db.reading() as session:
        sent = await session.scalar(select(func.count()).select_from(Message).where(
            Message.member_id == w.parent_id, Message.body == "Ring til mig"))
    assert sent == 3
