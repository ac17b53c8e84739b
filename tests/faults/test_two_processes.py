"""Two `opgang serve` processes on one PostgreSQL, Telegram polling: one poller, everything once.

Both processes start at the same moment against the fake Bot API, with replies already in the
outbox and appointment notices (confirmations and reminders) due: the advisory lock lets one of
them poll, the outbox lease and the notices' lease let each message go out exactly once, counted
at the fake. `OPGANG_FAULTS_LONG=1` queues more and runs longer.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import AsyncIterator
from datetime import time, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from bot.actions.appointments import book_appointment
from bot.actions.families import NewMember, create_family
from bot.actions.outbound import send
from bot.actions.schedule import set_team_schedule
from bot.config import Settings
from bot.runtime import Runtime
from storage.models import Delivery, Message, ScheduledNotice, TelegramUpdate
from storage.types import utcnow
from tests.factories import world
from tests.fakes.telegram import TOKEN, FakeTelegram
from tests.faults.service import LONG, Service
from tests.telegram.conftest import message

CHATS = [881001 + i for i in range(6)]
REPLIES = 60 if LONG else 12
APPOINTMENTS = 6 if LONG else 2
UPDATES = 30 if LONG else 6
RUN_FOR = 20.0 if LONG else 4.0  # seconds both run side by side after the outbox is empty


@pytest.fixture
async def telegram() -> AsyncIterator[FakeTelegram]:
    async with FakeTelegram() as fake:
        yield fake


@pytest.fixture
def settings_overrides(telegram: FakeTelegram) -> dict[str, Any]:
    """Telegram on (this test's own app does not poll: it only sets the world up)."""
    return {"TELEGRAM_BOT_TOKEN": TOKEN, "OPGANG_TELEGRAM_API_URL": telegram.url}


async def test_two_processes_poll_once_and_send_each_message_and_reminder_once(
    rt: Runtime,
    settings: Settings,
    telegram: FakeTelegram,
    tmp_path: Path,
) -> None:
    if settings.is_sqlite:
        pytest.skip("several processes share PostgreSQL; SQLite runs one process")
    w = await world(rt)
    # Every day open, no quiet hours, one reminder an hour before: the wall clock never matters.
    await set_team_schedule(
        rt,
        team_id=w.team_id,
        actor_id=w.lead_id,
        week={str(day): ["00:00", "23:59"] for day in range(7)},
        closed_days=[],
        quiet_start=time(0),
        quiet_end=time(0),
        reminder_offsets_minutes=[60],
    )
    family = await create_family(
        rt,
        team_id=w.team_id,
        name="Familien Telegram",
        contacts=[w.primary_id, w.partner_id],
        follow_up="6w",
        members=[
            NewMember(name=f"Barn {i}", role="youth", language="da", telegram_chat_id=chat)
            for i, chat in enumerate(CHATS)
        ],
    )
    members = family.members
    for i in range(REPLIES):
        await send(
            rt,
            family_id=family.id,
            body=f"Besked {i}: vi ses snart",
            member_id=members[i % len(members)].id,
            channel="telegram",
        )
    start = (utcnow() + timedelta(days=2)).replace(minute=0, second=0, microsecond=0)
    for i in range(APPOINTMENTS):
        await book_appointment(
            rt,
            family_id=family.id,
            actor_id=w.primary_id,
            kind="checkin",
            title="Opfølgning",
            start=start + timedelta(hours=2 * i),
            end=start + timedelta(hours=2 * i, minutes=45),
            member_ids=[members[i % len(members)].id],
        )
    async with rt.db.transaction() as session:  # time passes: the reminders are due now
        await session.execute(
            update(ScheduledNotice)
            .where(ScheduledNotice.status == "pending")
            .values(due_at=utcnow() - timedelta(minutes=1))
        )
    for i in range(UPDATES):
        telegram.push(message(700000 + i, CHATS[i % len(CHATS)], f"Hej {i}"))

    env = {
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "OPGANG_TELEGRAM_API_URL": telegram.url,
        "OPGANG_DELIVERY_POLL_SECONDS": "0.2",
    }
    first = Service(tmp_path, settings.database_url, **env)
    second = Service(tmp_path, settings.database_url, **env)
    try:
        await asyncio.gather(first.start(), second.start())
        await _settled(rt, telegram, seconds=60 if LONG else 30)
        polled = telegram.polled()
        await asyncio.sleep(RUN_FOR)  # both keep running: nothing more goes out
        assert telegram.polled() > polled  # someone is still polling
    finally:
        codes = await asyncio.gather(first.stop(), second.stop())
    assert codes == [0, 0], first.output()[-2000:] + second.output()[-2000:]

    assert telegram.conflicts == 0, "two processes polled at once"
    async with rt.db.reading() as session:
        outbound = (
            await session.execute(
                select(Message.address, Message.body, Message.kind).where(
                    Message.direction == "out"
                )
            )
        ).all()
        sent_notices = (
            await session.execute(
                select(ScheduledNotice.kind, ScheduledNotice.message_id).where(
                    ScheduledNotice.status == "sent"
                )
            )
        ).all()
        inbound = Counter(
            await session.scalars(select(Message.provider_id).where(Message.direction == "in"))
        )
        updates = len((await session.scalars(select(TelegramUpdate.update_id))).all())
    at_fake = Counter((str(m.chat_id), m.text) for m in telegram.sent)
    assert [k for k, n in at_fake.items() if n > 1] == [], "a message was sent twice"
    assert sorted(at_fake) == sorted((address, body) for address, body, _ in outbound)
    assert (
        sum(kind == "reminder" or kind.startswith("reminder") for kind, _ in sent_notices)
        == APPOINTMENTS
    )  # one reminder per appointment, sent once
    assert len(sent_notices) == 2 * APPOINTMENTS  # and one confirmation each
    assert len([b for _, b, _ in outbound if b.startswith("Besked ")]) == REPLIES
    assert len(inbound) == UPDATES and max(inbound.values()) == 1
    assert updates == UPDATES


async def _settled(rt: Runtime, telegram: FakeTelegram, *, seconds: float) -> None:
    """Until the outbox is empty, no notice is pending and every update was taken."""
    deadline = asyncio.get_running_loop().time() + seconds
    while asyncio.get_running_loop().time() < deadline:
        async with rt.db.reading() as session:
            pending = await session.scalar(
                select(Delivery.id).where(Delivery.state == "pending").limit(1)
            )
            notice = await session.scalar(
                select(ScheduledNotice.id).where(ScheduledNotice.status == "pending").limit(1)
            )
        if pending is None and notice is None and not telegram.pending:
            return
        await asyncio.sleep(0.3)
    raise AssertionError(f"not settled after {seconds} s")
