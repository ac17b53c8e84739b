"""The out-of-hours answer: once per member and day, also when claims are remembered in memory."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from bot.actions import inbound
from bot.actions.inbound import receive
from bot.runtime import Runtime
from storage.models import Message
from tests.factories import PARENT_PHONE, YOUTH_PHONE, world

SATURDAY_MORNING = datetime(2026, 11, 28, 9, 30, tzinfo=ZoneInfo("Europe/Copenhagen"))


async def answers(rt: Runtime) -> list[str]:
    """The addresses of the automatic answers queued so far, in order."""
    async with rt.db.reading() as session:
        return list(await session.scalars(select(Message.address).where(Message.kind == "auto")
                                          .order_by(Message.id)))


async def test_each_member_is_answered_once_a_day_and_again_the_next_day(rt: Runtime) -> None:
    await world(rt)
    now = SATURDAY_MORNING
    rt.clock = lambda: now
    for i, sender in enumerate([YOUTH_PHONE, YOUTH_PHONE, PARENT_PHONE, YOUTH_PHONE]):
        await receive(rt, channel="simulator", sender=sender, body=f"Hallo {i}",
                      provider_id=f"sat-{i}")
    assert sorted(await answers(rt)) == sorted([PARENT_PHONE, YOUTH_PHONE])
    now = SATURDAY_MORNING + timedelta(days=1)  # Sunday: closed too, a new day
    for i in range(2):
        await receive(rt, channel="simulator", sender=YOUTH_PHONE, body=f"Er I der? {i}",
                      provider_id=f"sun-{i}")
    assert (await answers(rt)).count(YOUTH_PHONE) == 2


async def test_a_claim_whose_transaction_rolled_back_is_not_taken_for_made(rt: Runtime) -> None:
    # A group commit that fails is stored again one message at a time: the answer claimed in the
    # failed transaction must still go out then, not be skipped as "already answered today".
    w = await world(rt)
    rt.clock = lambda: SATURDAY_MORNING
    with pytest.raises(RuntimeError):
        async with rt.db.writing() as session:
            assert await inbound._first_today(rt, session, w.youth_id, "out_of_hours")
            raise RuntimeError("the batch failed after the claim")
    await receive(rt, channel="simulator", sender=YOUTH_PHONE, body="Hallo", provider_id="r-1")
    await receive(rt, channel="simulator", sender=YOUTH_PHONE, body="Hallo?", provider_id="r-2")
    assert await answers(rt) == [YOUTH_PHONE]
