"""Each team's rules of time (working hours, closed days, zone), kept in memory for hot paths.

Every inbound message asks "is the team open now?" (the out-of-hours answer) and every request
gets a due time counted in working hours; reading `team_schedules` for each would be two queries
on the hot path. So a team's `TeamRules` are read on first use and kept:
- dropped at once in this process when `set_team_schedule` changes them (`forget`);
- at most `MAX_AGE` seconds old otherwise, so a change made through another `opgang serve`
  process (several instances on one PostgreSQL) reaches this one within a minute. Working hours
  change a few times a year; a minute of the old hours is an acceptable price for no query.
"""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from bot.calendar_queries import team_rules
from bot.runtime import Runtime
from bot.scheduling.rules import TeamRules
from bot.team_cache import TeamCache

MAX_AGE = 60.0
_RULES: TeamCache[TeamRules] = TeamCache(MAX_AGE)


async def rules_for(rt: Runtime, session: AsyncSession, team_id: int) -> TeamRules:
    """The team's rules of time; reads them only when not cached or older than `MAX_AGE`."""
    rules = _RULES.get(rt, team_id)
    if rules is None:
        rules = _RULES.put(rt, team_id, await team_rules(session, team_id))
    return rules


def forget(rt: Runtime, team_id: int) -> None:
    """Drop the team's rules: the next use reads the ones just stored."""
    _RULES.forget(rt, team_id)
