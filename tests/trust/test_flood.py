"""A flood from one phone: every message kept and shown, but acted on once (bot/flood.py)."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import httpx
from sqlalchemy import select

from bot import flood
from bot.runtime import Runtime
from storage.models import Address, Alert, Message
from tests.console.helpers import signed_in
from tests.factories import PARENT_PHONE, world

# SMS on, with the real twilio client pointed at the fake (the fixtures of tests/sms).
from tests.sms.conftest import (  # noqa: F401
    INBOUND,
    payload,
    post_signed,
    settings_overrides,
    twilio,
)

MONDAY_MORNING = datetime(2026, 11, 23, 9, 30, tzinfo=ZoneInfo("Europe/Copenhagen"))


class Phone:
    """The parent's phone, texting through Twilio's signed webhook."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self.client = client
        self.sent = 0

    async def text(self, body: str) -> None:
        self.sent += 1
        sid = f"SM{self.sent:032x}"
        form = payload(
            "inbound_danish",
            MessageSid=sid,
            SmsMessageSid=sid,
            SmsSid=sid,
            From=PARENT_PHONE,
            Body=body,
        )
        answer = await post_signed(self.client, INBOUND, form)
        assert answer.status_code == 200  # Twilio never learns of the flood


async def messages(rt: Runtime, direction: str) -> list[Message]:
    async with rt.db.reading() as session:
        return list(
            await session.scalars(
                select(Message).where(Message.direction == direction).order_by(Message.id)
            )
        )


async def test_a_flood_is_kept_whole_but_answered_once(
    rt: Runtime,
    client: httpx.AsyncClient,
) -> None:
    await world(rt)
    now = MONDAY_MORNING
    rt.clock = lambda: now
    phone = Phone(client)
    for i in range(flood.LIMIT - 1):
        await phone.text(f"Hallo? {i}")
    await phone.text("HELP")  # the tenth in a minute: still answered
    assert [m.kind for m in await messages(rt, "out")] == ["auto"]

    for _ in range(5):  # the eleventh to fifteenth: stored, nothing else
        await phone.text("HELP")
    inbound = await messages(rt, "in")
    assert len(inbound) == flood.LIMIT + 5  # nothing lost
    assert [m.kind for m in inbound].count("flood") == 1  # one marker for the contacts
    assert inbound[flood.LIMIT].kind == "flood"
    assert len(await messages(rt, "out")) == 1  # no help text per message

    await phone.text("STOP")  # honoured even in a flood
    async with rt.db.reading() as session:
        address = await session.scalar(select(Address).where(Address.value == PARENT_PHONE))
    assert address is not None and address.opted_out
    await phone.text("START")

    now += flood.WINDOW + timedelta(seconds=1)  # a quiet minute later: the flood is over
    await phone.text("HELP")
    assert [m.kind for m in await messages(rt, "out")] == ["auto", "auto"]


async def test_the_conversation_shows_one_flood_marker(
    rt: Runtime,
    client: httpx.AsyncClient,
) -> None:
    w = await world(rt)
    rt.clock = lambda: MONDAY_MORNING
    phone = Phone(client)
    for i in range(flood.LIMIT + 3):
        await phone.text(f"Svar nu {i}")
    answer = await client.get(
        f"/api/v1/families/{w.family_id}/messages", headers=w.token(rt, w.primary_id)
    )
    kinds = [m["kind"] for m in answer.json() if m["direction"] == "in"]
    assert len(kinds) == flood.LIMIT + 3 and kinds.count("flood") == 1
    await signed_in(client, "amira@example.dk")  # the family's primary contact, in Danish
    page = await client.get(f"/console/families/{w.family_id}")
    assert page.status_code == 200
    assert page.text.count("mange beskeder på én gang") == 1


async def test_danger_in_a_flood_still_alerts_the_contacts(
    rt: Runtime,
    client: httpx.AsyncClient,
) -> None:
    await world(rt)
    rt.clock = lambda: MONDAY_MORNING
    phone = Phone(client)
    for i in range(flood.LIMIT + 2):
        await phone.text(f"Svar nu {i}")
    assert not await alerts(rt)
    await phone.text("Han slår mig igen og jeg er bange for at tage hjem")  # the 13th in a minute
    assert len(await alerts(rt)) >= 2  # both contacts at least (and the lead)


async def alerts(rt: Runtime) -> list[Alert]:
    async with rt.db.reading() as session:
        return list(await session.scalars(select(Alert)))


def test_the_counter_forgets_a_minute_and_counts_addresses_apart() -> None:
    counter = flood.FloodCounter(limit=2, window=timedelta(minutes=1))
    t = MONDAY_MORNING
    verdicts = [counter.hit("sms", "+4511111111", t + timedelta(seconds=i)) for i in range(4)]
    assert verdicts == [
        flood.Verdict.NORMAL,
        flood.Verdict.NORMAL,
        flood.Verdict.STARTS,
        flood.Verdict.ONGOING,
    ]
    assert counter.hit("sms", "+4522222222", t) is flood.Verdict.NORMAL
    assert counter.hit("telegram", "+4511111111", t) is flood.Verdict.NORMAL
    later = t + timedelta(minutes=1, seconds=10)
    assert counter.hit("sms", "+4511111111", later) is flood.Verdict.NORMAL


async def test_a_limit_of_zero_switches_the_rule_off(
    rt: Runtime,
    client: httpx.AsyncClient,
) -> None:
    await world(rt)
    rt.clock = lambda: MONDAY_MORNING
    rt.settings = rt.settings.model_copy(update={"flood_per_minute": 0})  # the variable at 0
    phone = Phone(client)
    for i in range(flood.LIMIT + 3):
        await phone.text(f"Svar nu {i}")
    assert {m.kind for m in await messages(rt, "in")} == {"chat"}
