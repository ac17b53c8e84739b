"""Prometheus metrics, read from the database (so every instance reports the same totals)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select

from bot.runtime import Runtime
from storage.models import Delivery, Family, Message, ScheduledNotice


def _age(now: datetime, since: datetime | None) -> float:
    return max(0.0, (now - since).total_seconds()) if since is not None else 0.0


def _label(value: object) -> str:
    return str(value).replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")


async def exposition(rt: Runtime) -> str:
    """The metrics in the Prometheus text format."""
    now = rt.clock()
    async with rt.db.reading() as session:
        inbound = (await session.execute(
            select(Message.channel, func.count()).where(Message.direction == "in")
            .group_by(Message.channel).order_by(Message.channel))).all()
        outbound = (await session.execute(
            select(Message.status, func.count()).where(Message.direction == "out")
            .group_by(Message.status).order_by(Message.status))).all()
        deliveries = (await session.execute(
            select(Delivery.state, func.count()).group_by(Delivery.state)
            .order_by(Delivery.state))).all()
        depth, oldest_pending = (await session.execute(
            select(func.count(), func.min(Delivery.created_at))
            .where(Delivery.state == "pending"))).one()
        oldest_unanswered = await session.scalar(
            select(func.min(Family.unanswered_since)).where(Family.unanswered_since.is_not(None)))
        waiting = await session.scalar(
            select(func.count()).select_from(Family).where(Family.unanswered_since.is_not(None)))
        # Scheduler lag: how long the oldest notice that is due has been waiting to be sent.
        overdue = await session.scalar(
            select(func.min(ScheduledNotice.due_at))
            .where(ScheduledNotice.status == "pending", ScheduledNotice.due_at <= now))
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
    ]
    return "\n".join(lines) + "\n"
