"""Prometheus metrics, read from the database (so every instance reports the same totals).

One exception: the delivery latency histogram (queued → accepted by the provider) is counted in
memory by each process's delivery worker, as Prometheus histograms are: scrape every process and
sum them (`sum by (le) (rate(opgang_delivery_latency_seconds_bucket[5m]))`); a restart starts it
from zero, which Prometheus treats as a counter reset.
"""

from __future__ import annotations

import weakref
from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, select

from bot.runtime import Runtime
from storage.db import Database
from storage.models import Delivery, Family, Message, ScheduledNotice

LATENCY_BUCKETS = (0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 300.0, 900.0, 3600.0, 36000.0)
"""Seconds: a reply goes out in well under a second; backoff after failures reaches minutes,
and a message is given up after ten hours."""


@dataclass
class Histogram:
    """A Prometheus histogram per label value: cumulative bucket counts, sum and count."""

    buckets: tuple[float, ...] = LATENCY_BUCKETS
    counts: dict[str, list[int]] = field(default_factory=dict)  # per label: one per bucket + Inf
    sums: dict[str, float] = field(default_factory=dict)

    def observe(self, label: str, seconds: float) -> None:
        """Count one observation (not cumulative here; `lines` adds the buckets up)."""
        counts = self.counts.get(label)
        if counts is None:
            counts = self.counts[label] = [0] * (len(self.buckets) + 1)
        counts[bisect_left(self.buckets, seconds)] += 1
        self.sums[label] = self.sums.get(label, 0.0) + seconds

    def lines(self, name: str, label_name: str) -> list[str]:
        """The histogram's samples in the text format."""
        out = []
        for label in sorted(self.counts):
            tag = f'{label_name}="{_label(label)}"'
            total = 0
            for bound, count in zip((*self.buckets, float("inf")), self.counts[label], strict=True):
                total += count
                le = "+Inf" if bound == float("inf") else f"{bound:g}"
                out.append(f'{name}_bucket{{{tag},le="{le}"}} {total}')
            out.append(f"{name}_sum{{{tag}}} {self.sums[label]:.3f}")
            out.append(f"{name}_count{{{tag}}} {total}")
        return out


_LATENCY: weakref.WeakKeyDictionary[Database, Histogram] = weakref.WeakKeyDictionary()


def delivery_latency(db: Database) -> Histogram:
    """This process's histogram of delivery latency, per channel, for deliveries to `db`."""
    found = _LATENCY.get(db)
    if found is None:
        found = _LATENCY[db] = Histogram()
    return found


def _age(now: datetime, since: datetime | None) -> float:
    return max(0.0, (now - since).total_seconds()) if since is not None else 0.0


def _label(value: object) -> str:
    return str(value).replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")


async def exposition(rt: Runtime) -> str:
    """The metrics in the Prometheus text format."""
    now = rt.clock()
    async with rt.db.reading() as session:
        inbound = (
            await session.execute(
                select(Message.channel, func.count())
                .where(Message.direction == "in")
                .group_by(Message.channel)
                .order_by(Message.channel)
            )
        ).all()
        outbound = (
            await session.execute(
                select(Message.status, func.count())
                .where(Message.direction == "out")
                .group_by(Message.status)
                .order_by(Message.status)
            )
        ).all()
        deliveries = (
            await session.execute(
                select(Delivery.state, func.count())
                .group_by(Delivery.state)
                .order_by(Delivery.state)
            )
        ).all()
        depth, oldest_pending = (
            await session.execute(
                select(func.count(), func.min(Delivery.created_at)).where(
                    Delivery.state == "pending"
                )
            )
        ).one()
        oldest_unanswered = await session.scalar(
            select(func.min(Family.unanswered_since)).where(Family.unanswered_since.is_not(None))
        )
        waiting = await session.scalar(
            select(func.count()).select_from(Family).where(Family.unanswered_since.is_not(None))
        )
        # Scheduler lag: how long the oldest notice that is due has been waiting to be sent.
        overdue = await session.scalar(
            select(func.min(ScheduledNotice.due_at)).where(
                ScheduledNotice.status == "pending", ScheduledNotice.due_at <= now
            )
        )
    lines = [
        "# HELP opgang_inbound_messages_total Inbound messages stored, per channel.",
        "# TYPE opgang_inbound_messages_total counter",
        *[f'opgang_inbound_messages_total{{channel="{_label(c)}"}} {n}' for c, n in inbound],
        "# HELP opgang_outbound_messages Outbound messages per status.",
        "# TYPE opgang_outbound_messages gauge",
        *[f'opgang_outbound_messages{{status="{_label(s)}"}} {n}' for s, n in outbound],
        "# HELP opgang_deliveries Outbox rows per state (pending, done, failed).",
        "# TYPE opgang_deliveries gauge",
        *[f'opgang_deliveries{{state="{_label(s)}"}} {n}' for s, n in deliveries],
        "# HELP opgang_outbox_depth Deliveries waiting to be sent.",
        "# TYPE opgang_outbox_depth gauge",
        f"opgang_outbox_depth {depth or 0}",
        "# HELP opgang_outbox_oldest_age_seconds Age of the oldest waiting delivery "
        "(the delivery latency's upper bound right now).",
        "# TYPE opgang_outbox_oldest_age_seconds gauge",
        f"opgang_outbox_oldest_age_seconds {_age(now, oldest_pending):.3f}",
        "# HELP opgang_families_waiting Families with an unanswered message.",
        "# TYPE opgang_families_waiting gauge",
        f"opgang_families_waiting {waiting or 0}",
        "# HELP opgang_oldest_unanswered_age_seconds Age of the oldest unanswered message.",
        "# TYPE opgang_oldest_unanswered_age_seconds gauge",
        f"opgang_oldest_unanswered_age_seconds {_age(now, oldest_unanswered):.3f}",
        "# HELP opgang_scheduler_lag_seconds How late the oldest due notice is.",
        "# TYPE opgang_scheduler_lag_seconds gauge",
        f"opgang_scheduler_lag_seconds {_age(now, overdue):.3f}",
        "# HELP opgang_delivery_latency_seconds From queued to accepted by the provider, per "
        "channel (this process's sends since it started).",
        "# TYPE opgang_delivery_latency_seconds histogram",
        *delivery_latency(rt.db).lines("opgang_delivery_latency_seconds", "channel"),
    ]
    return "\n".join(lines) + "\n"
