"""Escalation: a message left unanswered, or a request left untouched, past its due time.

Past the due time (counted in the family's team's working hours; its closed days do not count)
the family's partner contact is alerted; past a second period (`OPGANG_ESCALATE_LEAD_HOURS` more
working hours) the team's leads are. The loop
may run in every instance at once: each alert is unique per worker and occasion in the schema
(`alerts.worker_id, key`), so a second instance's pass inserts nothing and alerts nobody twice.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot import rules_cache
from bot.actions.alerts import raise_alerts, team_leads
from bot.runtime import Runtime
from bot.scheduling.rules import TeamRules
from bot.scheduling.working_time import add_working_time
from storage.models import Family, Request, Team

log = logging.getLogger(__name__)

EVERY_SECONDS = 60.0


@dataclass(frozen=True)
class Escalated:
    """What one pass did: alerts written to partners and to leads."""

    partner: int = 0
    lead: int = 0


async def escalate_once(rt: Runtime) -> Escalated:
    """One pass over what is overdue now (`rt.clock()`): alert whoever has not been yet."""
    now = rt.clock()
    due = timedelta(hours=rt.settings.request_due_hours)
    lead_after = timedelta(hours=rt.settings.escalate_lead_hours)
    partner = lead = 0
    async with rt.db.transaction() as session:
        rules = {team_id: await rules_cache.rules_for(rt, session, team_id)
                 for team_id in (await session.scalars(select(Team.id))).all()}
        leads: dict[int, list[int]] = {}

        async def leads_of(team_id: int) -> list[int]:
            if team_id not in leads:
                leads[team_id] = await team_leads(session, team_id)
            return leads[team_id]

        # Working time never runs faster than the clock: whatever waited less than `due` in real
        # time cannot be overdue, so the database skips it.
        families = await session.scalars(
            select(Family).where(Family.status == "active", Family.unanswered_since.is_not(None),
                                 Family.unanswered_since <= now - due))
        for family in families:
            since = family.unanswered_since
            assert since is not None
            team_rules = rules[family.team_id]
            due_at = add_working_time(since, due, team_rules.hours, team_rules.zone)
            key = f"unanswered:{family.id}:{since.isoformat()}"
            p, ld = await _escalate(rt, session, family=family, request_id=None, due_at=due_at,
                                    lead_after=lead_after, rules=team_rules, now=now,
                                    key=key, reason="unanswered", leads=leads_of)
            partner, lead = partner + p, lead + ld
        rows = (await session.execute(
            select(Request, Family).join(Family, Family.id == Request.family_id)
            .where(Request.status == "open", Request.first_action_at.is_(None),
                   Request.due_at <= now))).all()
        for request, family in rows:
            key = f"request:{request.id}:{request.due_at.isoformat()}"
            p, ld = await _escalate(rt, session, family=family, request_id=request.id,
                                    due_at=request.due_at, lead_after=lead_after,
                                    rules=rules[family.team_id], now=now, key=key,
                                    reason="untouched", leads=leads_of)
            partner, lead = partner + p, lead + ld
    return Escalated(partner, lead)


async def _escalate(
    rt: Runtime, session: AsyncSession, *, family: Family, request_id: int | None,
    due_at: datetime, lead_after: timedelta, rules: TeamRules, now: datetime, key: str,
    reason: str, leads: Callable[[int], Awaitable[list[int]]],
) -> tuple[int, int]:
    if now < due_at:
        return 0, 0
    partner = await raise_alerts(
        rt, session, team_id=family.team_id, family_id=family.id, request_id=request_id,
        worker_ids=[family.partner_id], kind="escalation_partner", reason=reason,
        key=f"{key}:partner", at=now)
    if now < add_working_time(due_at, lead_after, rules.hours, rules.zone):
        return len(partner), 0
    lead = await raise_alerts(
        rt, session, team_id=family.team_id, family_id=family.id, request_id=request_id,
        worker_ids=await leads(family.team_id), kind="escalation_lead", reason=reason,
        key=f"{key}:lead", at=now)
    return len(partner), len(lead)


async def keep_escalating(rt: Runtime, stop: asyncio.Event,
                          every: float = EVERY_SECONDS) -> None:
    """Run a pass every `every` seconds until `stop`; a failed pass is logged, the loop goes on."""
    while not stop.is_set():
        try:
            await escalate_once(rt)
        except Exception:
            log.exception("escalation pass failed")
        try:
            await asyncio.wait_for(stop.wait(), every)
        except TimeoutError:
            pass
