"""`kill -9` of `opgang serve` mid-burst: each acknowledged SMS stored once, each reply sent once.

A real `opgang serve` process takes signed Twilio webhooks and caseworkers' replies (API) at once,
its delivery worker sending to the fake Twilio, and is killed with SIGKILL in the middle. After a
restart, every SMS that was answered 200 is stored exactly once (the spool replayed, if it was
used), and every message in the outbox reached the fake exactly once. The short run is one kill;
`OPGANG_FAULTS_LONG=1` runs bigger bursts and several kills in a row.
"""

from __future__ import annotations

import asyncio
import secrets
from collections import Counter
from datetime import timedelta
from pathlib import Path

import httpx
from sqlalchemy import func, select, update

from bot import spool
from bot.actions.outbound import send
from bot.app import build_channels
from bot.config import Settings
from bot.delivery import DeliveryWorker
from bot.runtime import Runtime
from storage.models import Delivery, Message
from storage.types import utcnow
from tests.factories import PARENT_PHONE, YOUTH_PHONE, World, world
from tests.fakes.twilio import ACCOUNT_SID, AUTH_TOKEN, FROM_NUMBER, FakeTwilio
from tests.faults.service import LONG, Service
from tests.sms.conftest import INBOUND, payload, post_signed

INBOUND_BURST = 240 if LONG else 40
REPLIES = 80 if LONG else 16
ROUNDS = 3 if LONG else 1
LEASE_SECONDS = "4"  # a killed worker's claims come back after this, not the default minute
STRANGERS = ["+4530000001", "+4530000002"]  # in intake: no family knows them


def service_for(settings: Settings, twilio: FakeTwilio, cwd: Path) -> Service:
    return Service(
        cwd,
        settings.database_url,
        TWILIO_ACCOUNT_SID=ACCOUNT_SID,
        TWILIO_AUTH_TOKEN=AUTH_TOKEN,
        TWILIO_FROM_NUMBER=FROM_NUMBER,
        OPGANG_TWILIO_API_URL=twilio.url,
        OPGANG_SPOOL_DIR=str(settings.spool_dir),
        OPGANG_DELIVERY_LEASE_SECONDS=LEASE_SECONDS,
        OPGANG_DELIVERY_POLL_SECONDS="0.2",
    )


class Burst:
    """Signed inbound SMS and API replies, fired at once; what was acknowledged is kept."""

    def __init__(self, http: httpx.AsyncClient, rt: Runtime, w: World, round_: int) -> None:
        self.http, self.rt, self.w, self.round = http, rt, w, round_
        self.acknowledged: set[str] = set()  # MessageSids answered 200
        self.queued: set[str] = set()  # reply bodies answered 202

    async def inbound(self, i: int) -> None:
        await asyncio.sleep(i * 0.04)  # spread over the burst, not one wall
        sid = "SM" + secrets.token_hex(16)
        sender = [PARENT_PHONE, YOUTH_PHONE, *STRANGERS][i % 4]
        form = payload(
            "inbound_danish",
            MessageSid=sid,
            SmsMessageSid=sid,
            SmsSid=sid,
            From=sender,
            Body=f"Runde {self.round}, besked {i}",
        )
        try:
            answer = await post_signed(self.http, INBOUND, form)
        except httpx.TransportError:
            return  # the process died before answering: Twilio saw no 200
        if answer.status_code == 200:
            self.acknowledged.add(sid)

    async def reply(self, i: int) -> None:
        await asyncio.sleep(i * 0.1)
        body = f"Svar {self.round}.{i}: vi ringer i morgen"
        member = self.w.parent_id if i % 2 else self.w.youth_id
        try:
            answer = await self.http.post(
                f"/api/v1/families/{self.w.family_id}/messages",
                json={"body": body, "member_id": member, "channel": "sms"},
                headers=self.w.token(self.rt, self.w.primary_id),
            )
        except httpx.TransportError:
            return
        if answer.status_code == 202:
            self.queued.add(body)


async def settled(rt: Runtime, settings: Settings, service: Service, seconds: float) -> None:
    """Wait until the spool is empty and nothing waits in the outbox."""
    deadline = asyncio.get_running_loop().time() + seconds
    while asyncio.get_running_loop().time() < deadline:
        async with rt.db.reading() as session:
            pending = await session.scalar(
                select(func.count()).select_from(Delivery).where(Delivery.state == "pending")
            )
        if not pending and not spool.pending(settings.spool_dir):
            return
        await asyncio.sleep(0.3)
    raise AssertionError(f"not settled after {seconds} s:\n{service.output()[-3000:]}")


async def test_kill_9_during_a_burst_loses_nothing_and_sends_nothing_twice(
    rt: Runtime,
    settings: Settings,
    twilio: FakeTwilio,
    tmp_path: Path,
) -> None:
    w = await world(rt)
    service = service_for(settings, twilio, tmp_path)
    acknowledged: set[str] = set()
    queued: set[str] = set()
    try:
        await service.start()
        for round_ in range(ROUNDS):
            async with httpx.AsyncClient(base_url=service.base, timeout=20) as http:
                burst = Burst(http, rt, w, round_)
                tasks = [asyncio.create_task(burst.inbound(i)) for i in range(INBOUND_BURST)]
                tasks += [asyncio.create_task(burst.reply(i)) for i in range(REPLIES)]
                # Kill once a third of the SMS were taken, just after Twilio accepted a reply:
                # the moment where an outcome not yet written would send it twice.
                while (
                    len(burst.acknowledged) < INBOUND_BURST // 3 or len(twilio.messages) < 2
                ) and not all(t.done() for t in tasks):
                    await asyncio.sleep(0.01)
                service.kill()
                await asyncio.gather(*tasks)
            acknowledged |= burst.acknowledged
            queued |= burst.queued
            assert len(burst.acknowledged) < INBOUND_BURST  # the kill did land mid-burst
            await service.start()
        await settled(rt, settings, service, seconds=60)
    finally:
        await service.stop()

    async with rt.db.reading() as session:
        stored = Counter(
            await session.scalars(select(Message.provider_id).where(Message.direction == "in"))
        )
        outbox = (
            await session.execute(
                select(Message.address, Message.body, Message.status, Message.provider_id).where(
                    Message.direction == "out"
                )
            )
        ).all()
    assert all(stored[sid] == 1 for sid in acknowledged), "an acknowledged SMS was lost"
    assert max(stored.values()) == 1

    at_fake = Counter((m["to"], m["body"]) for m in twilio.messages)
    doubled = [key for key, n in at_fake.items() if n > 1]
    assert doubled == [], f"sent twice: {doubled}"
    assert {body for _, body in at_fake} >= queued, "a queued reply never reached Twilio"
    # Every message the outbox held was sent, once, and its Twilio sid recorded.
    assert sorted(at_fake) == sorted((address, body) for address, body, _, _ in outbox)
    assert {m["sid"] for m in twilio.messages} == {sid for *_, sid in outbox}
    assert {status for _, _, status, _ in outbox} == {"sent"}


async def test_a_reply_whose_worker_died_after_twilio_took_it_is_not_sent_again(
    rt: Runtime,
    twilio: FakeTwilio,
) -> None:
    """The burst's moment of death, made exact: accepted by Twilio, outcome never written."""
    w = await world(rt)
    queued = await send(
        rt,
        family_id=w.family_id,
        body="Vi ses i morgen kl. 10",
        member_id=w.parent_id,
        channel="sms",
    )
    channels = build_channels(rt)
    try:
        dead = DeliveryWorker(rt, channels)
        [claimed] = await dead.claim()
        await channels["sms"].send(claimed.address, claimed.body)  # and then it was killed
        assert len(twilio.messages) == 1
        async with rt.db.transaction() as session:  # the lease runs out (time passing)
            await session.execute(update(Delivery).values(lease_until=utcnow() - timedelta(1)))

        assert await DeliveryWorker(rt, channels).run_once() == 1
    finally:
        for channel in channels.values():
            await channel.close()
    [sent] = twilio.messages
    async with rt.db.reading() as session:
        message = await session.get(Message, queued.message_id)
        delivery = await session.scalar(select(Delivery))
    assert message is not None and delivery is not None
    assert (message.status, message.provider_id) == ("sent", sent["sid"])
    assert delivery.state == "done"


async def test_a_reply_whose_worker_died_before_twilio_took_it_is_sent(
    rt: Runtime,
    twilio: FakeTwilio,
) -> None:
    w = await world(rt)
    await send(
        rt,
        family_id=w.family_id,
        body="Vi ses i morgen kl. 10",
        member_id=w.parent_id,
        channel="sms",
    )
    # The same text to the same member earlier (its sid recorded): not mistaken for this one.
    channels = build_channels(rt)
    try:
        await DeliveryWorker(rt, channels).run_once()
        await send(
            rt,
            family_id=w.family_id,
            body="Vi ses i morgen kl. 10",
            member_id=w.parent_id,
            channel="sms",
        )
        await DeliveryWorker(rt, channels).claim()  # and then it was killed, before sending
        async with rt.db.transaction() as session:
            await session.execute(
                update(Delivery)
                .where(Delivery.state == "pending")
                .values(lease_until=utcnow() - timedelta(1))
            )
        assert await DeliveryWorker(rt, channels).run_once() == 1
    finally:
        for channel in channels.values():
            await channel.close()
    assert [m["body"] for m in twilio.messages] == ["Vi ses i morgen kl. 10"] * 2
    async with rt.db.reading() as session:
        sids = set(
            await session.scalars(select(Message.provider_id).where(Message.direction == "out"))
        )
    assert sids == {m["sid"] for m in twilio.messages}
