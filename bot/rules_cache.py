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

import time
import weakref
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from bot.calendar_queries import team_rules
from bot.runtime import Runtime
from bot.scheduling.rules import TeamRules
from storage.db import Database

MAX_AGE = 60.0


@dataclass(frozen=True)
class _Cached:
    rules: TeamRules
    read: float


# Keyed by the database, so two services in one process (tests) never share a team's rules.
_CACHES: weakref.WeakKeyDictionary[Database, dict[int, _Cached]] = weakref.WeakKeyDictionary()


async def rules_for(rt: Runtime, session: AsyncSession, team_id: int) -> TeamRules:
    """The team's rules of time; reads them only when not cached or older than `MAX_AGE`."""
    cache = _CACHES.get(rt.db)
    if cache is None:
        cache = _CACHES[rt.db] = {}
    found = cache.get(team_id)
    if found is not None and time.monotonic() - found.read < MAX_AGE:
        return found.rules
    rules = await team_rules(session, team_id)
    cache[team_id] = _Cached(rules, time.monotonic())
    return rules


def forget(rt: Runtime, team_id: int) -> None:
    """Drop the team's rules: the next use reads the ones just stored."""
    _CACHES.get(rt.db, {}).pop(team_id, None)
