"""Each team's classifier (built-in lexicons plus the team's corrections), kept in memory.

Built on a team's first message after start-up from its `RoutingExample` rows, rebuilt at once
when a correction is made in this process, and at most `MAX_AGE` seconds old otherwise, so that
another instance's corrections reach this one soon without a query on every message.
"""

from __future__ import annotations

import time
import weakref
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.routing.classifier import Classifier, Example
from bot.runtime import Runtime
from storage.db import Database
from storage.models import RoutingExample

MAX_AGE = 300.0
MAX_EXAMPLES = 5000
"""The newest corrections a team's classifier learns from (older ones have been outgrown)."""


@dataclass(frozen=True)
class _Cached:
    classifier: Classifier
    built: float


# Keyed by the database, so two services in one process (tests) never share a team's examples.
_CACHES: weakref.WeakKeyDictionary[Database, dict[int, _Cached]] = weakref.WeakKeyDictionary()


async def classifier_for(rt: Runtime, session: AsyncSession, team_id: int) -> Classifier:
    """The team's classifier; reads the team's examples only when it has to be (re)built."""
    cache = _CACHES.setdefault(rt.db, {})
    found = cache.get(team_id)
    if found is not None and time.monotonic() - found.built < MAX_AGE:
        return found.classifier
    rows = (
        await session.execute(
            select(RoutingExample.text, RoutingExample.domain)
            .where(RoutingExample.team_id == team_id)
            .order_by(RoutingExample.id.desc())
            .limit(MAX_EXAMPLES)
        )
    ).all()
    classifier = Classifier([Example(text, domain) for text, domain in reversed(rows)])
    cache[team_id] = _Cached(classifier, time.monotonic())
    return classifier


def forget(rt: Runtime, team_id: int) -> None:
    """Drop the team's classifier: the next message rebuilds it with the newest corrections."""
    _CACHES.get(rt.db, {}).pop(team_id, None)
