"""Group commit of inbound messages: many at once, each stored once, none lost to its neighbours."""

from __future__ import annotations

import asyncio
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from bot.actions.inbound import receive
from bot.runtime import Runtime
from storage.models import AuditEvent, Family, Message
from tests.factories import PARENT_PHONE, YOUTH_PHONE, world

TUESDAY_MORNING = datetime(2026, 11, 24, 10, 0, tzinfo=ZoneInfo("Europe/Copenhagen"))


async def inbound(rt: Runtime) -> list[Message]:
    async with rt.db.reading() as session:
        return list(await session.scalars(
            select(Message).where(Message.direction == "in").order_by(Message.id)))


async def audited(rt: Runtime) -> int:
    async with rt.db.reading() as session:
        count = await session.scalar(select(func.count()).select_from(AuditEvent)
                                     .where(AuditEvent.action == "message.receive"))
        return count or 0


async def test_messages_arriving_together_are_each_stored_once_with_an_audit_row(
    rt: Runtime,
) -> None:
    w = await world(rt)
    rt.clock = lambda: TUESDAY_MORNING
    senders = [PARENT_PHONE, YOUTH_PHONE, "+4531313131"]  # the last one is a stranger
    # Every message twice, all at the same moment: the copies land in the same transaction.
    sent = [(senders[i % 3], f"besked {i}", f"SMbatch{i}") for i in range(12)]
    results = await asyncio.gather(*(
        receive(rt, channel="sms", sender=s, body=b, provider_id=p) for s, b, p in sent + sent))

    stored = await inbound(rt)
    assert sorted(m.provider_id or "" for m in stored) == sorted(p for _, _, p in sent)
    assert sum(not r.duplicate for r in results) == 12
    assert sum(r.duplicate for r in results) == 12
    assert {m.family_id for m in stored} == {w.family_id, None}
    assert await audited(rt) == 12
    async with rt.db.reading() as session:
        family = await session.get(Family, w.family_id)
    assert family is not None
    assert family.last_message_at == TUESDAY_MORNING
    assert family.unanswered_since == TUESDAY_MORNING


async def test_a_caller_that_stops_waiting_still_has_its_message_stored(rt: Runtime) -> None:
    await world(rt)
    rt.clock = lambda: TUESDAY_MORNING
    waiting = asyncio.ensure_future(receive(rt, channel="sms", sender=PARENT_PHONE,
                                            body="Er I der?", provider_id="SMgone"))
    await asyncio.sleep(0)  # handed to the writer
    waiting.cancel()  # as the webhook's timeout does before it spools the message
    await receive(rt, channel="sms", sender=PARENT_PHONE, body="Hallo", provider_id="SMnext")
    assert [m.body for m in await inbound(rt)] == ["Er I der?", "Hallo"]
    # The spooled copy, replayed, is the duplicate it is.
    again = await receive(rt, channel="sms", sender=PARENT_PHONE, body="Er I der?",
                          provider_id="SMgone")
    assert again.duplicate


async def test_a_message_the_database_refuses_fails_alone(rt: Runtime) -> None:
    if rt.db.dialect != "postgresql":
        pytest.skip("SQLite stores a provider id of any length")
    await world(rt)
    rt.clock = lambda: TUESDAY_MORNING
    good, refused = await asyncio.gather(
        receive(rt, channel="sms", sender=PARENT_PHONE, body="god", provider_id="SMgood"),
        receive(rt, channel="sms", sender=YOUTH_PHONE, body="for lang",
                provider_id="SM" + "x" * 64),
        return_exceptions=True)
    assert not isinstance(good, BaseException) and not good.duplicate
    assert isinstance(refused, Exception)
    assert [m.body for m in await inbound(rt)] == ["god"]
