"""/metrics: inbound per channel, deliveries per state, outbox depth, the oldest unanswered."""

from __future__ import annotations

from datetime import timedelta

import httpx

from bot.actions.inbound import receive
from bot.delivery import DeliveryWorker
from bot.runtime import Runtime
from bot.scheduler import Scheduler
from storage.types import utcnow
from tests.factories import PARENT_PHONE, world
from tests.reminders.helpers import MONDAY, book, fixed_clock


def _values(text: str) -> dict[str, float]:
    return {line.rsplit(" ", 1)[0]: float(line.rsplit(" ", 1)[1])
            for line in text.splitlines() if line and not line.startswith("#")}


async def test_metrics_follow_messages_through_the_outbox(
    rt: Runtime, client: httpx.AsyncClient, delivery: DeliveryWorker,
) -> None:
    w = await world(rt)
    start = utcnow()
    rt.clock = lambda: start
    await receive(rt, channel="simulator", sender=PARENT_PHONE, body="Hej", provider_id="m-1")
    rt.clock = lambda: start + timedelta(minutes=30)
    waiting = _values((await client.get("/metrics")).text)
    assert waiting['opgang_inbound_messages_total{channel="simulator"}'] == 1
    assert waiting["opgang_families_waiting"] == 1
    assert 30 * 60 - 5 <= waiting["opgang_oldest_unanswered_age_seconds"] <= 30 * 60 + 60

    answer = await client.post(f"/api/v1/families/{w.family_id}/messages",
                               json={"body": "Vi ringer"}, headers=w.token(rt, w.primary_id))
    assert answer.status_code == 202
    queued = _values((await client.get("/metrics")).text)
    assert queued["opgang_outbox_depth"] >= 1
    assert queued['opgang_deliveries{state="pending"}'] >= 1
    assert queued["opgang_oldest_unanswered_age_seconds"] == 0  # answered
    assert queued["opgang_scheduler_lag_seconds"] == 0

    await delivery.run_once()
    sent = _values((await client.get("/metrics")).text)
    assert sent["opgang_outbox_depth"] == 0
    assert sent['opgang_deliveries{state="done"}'] >= 1
    assert sent['opgang_outbound_messages{status="delivered"}'] >= 1
    # The reply's way from the outbox to the provider, in the latency histogram.
    latency = 'opgang_delivery_latency_seconds_{}{{channel="simulator"{}}}'
    done = sent['opgang_deliveries{state="done"}']  # the reply (and any automatic answer)
    assert sent[latency.format("count", "")] == done
    assert sent[latency.format("bucket", ',le="+Inf"')] == done
    assert sent[latency.format("bucket", ',le="5"')] == done  # within seconds, not minutes
    assert 0 <= sent[latency.format("sum", "")] < 5


async def test_scheduler_lag_is_how_late_the_oldest_due_notice_is(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w = await world(rt)
    clock = fixed_clock(rt)  # Monday 10:00
    await book(rt, w.family_id, w.primary_id, MONDAY + timedelta(days=1))  # confirmations due
    assert _values((await client.get("/metrics")).text)["opgang_scheduler_lag_seconds"] == 0
    clock.advance(timedelta(minutes=5))  # the scheduler has not run: five minutes late
    lagging = _values((await client.get("/metrics")).text)
    assert lagging["opgang_scheduler_lag_seconds"] == 300
    await Scheduler(rt).run_once()
    assert _values((await client.get("/metrics")).text)["opgang_scheduler_lag_seconds"] == 0
