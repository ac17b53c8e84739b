"""Each team's classifier (built-in lexicons plus the team's corrections), kept in memory.

Built on a team's first message after start-up from its `RoutingExample` rows, rebuilt at once
when a correction is made in this process, and at most `MAX_AGE` seconds old otherwise, so that
another instance's corrections reach this one soon without a query on every message.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.routing.classifier import Classifier, Example
from bot.runtime import Runtime
from bot.team_cache import TeamCache
from storage.models import RoutingExample

MAX_AGE = 300.0
MAX_EXAMPLES = 5000
"""The newest corrections a team's classifier learns from (older ones have been outgrown)."""

_CLASSIFIERS: TeamCache[Classifier] = TeamCache(MAX_AGE)


async def classifier_for(rt: Runtime, session: AsyncSession, team_id: int) -> Classifier:
    """The team's classifier; reads the team's examples only when it has to be (re)built."""
    found = _CLASSIFIERS.get(rt, team_id)
    if found is not None:
        return found
    rows = (
        await session.execute(
            select(RoutingExample.text, RoutingExample.domain)
            .where(RoutingExample.team_id == team_id)
            .order_by(RoutingExample.id.desc())
            .limit(MAX_EXAMPLES)
        )
    ).all()
    return _CLASSIFIERS.put(
        rt, team_id, Classifier([Example(text, domain) for text, domain in reversed(rows)]))


def forget(rt: Runtime, team_id: int) -> None:
    """Drop the team's classifier: the next message rebuilds it with the newest corrections."""
    _CLASSIFIERS.forget(rt, team_id)
