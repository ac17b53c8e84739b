"""The flood rule: many messages from one address in a minute are all kept, but acted on once.

A phone stuck in a loop, a script, or a person in distress can send dozens of messages a minute.
Every one of them is stored and shown to the family's contacts (nothing is lost, and the webhook
still answers 200), but beyond `OPGANG_FLOOD_PER_MINUTE` (`LIMIT`) messages from one channel
address within `WINDOW` the further ones trigger nothing of their own: no routing to a
specialist (so no request each), no automatic answer, no reminder answer. A message the router
finds urgent is the exception: danger is never silenced, it is routed and alerted as usual.
The first message over the limit is stored with kind "flood", which the console shows once
("many messages at once"); the flood ends when the address falls back under the limit. STOP
and START are honoured even in a flood.

The count is in memory, per process (`bot/actions/inbound.py` asks it for each message from a
known member): no query on the hot path. With several processes each counts what it received,
so the limit is per process; a restart forgets the counts. A batch stored again after a failed
group commit is counted again, which can only end a flood's free messages a little early.
"""

from __future__ import annotations

import weakref
from collections import deque
from datetime import datetime, timedelta
from enum import Enum

from bot.runtime import Runtime
from storage.db import Database

LIMIT = 10  # the default of OPGANG_FLOOD_PER_MINUTE
WINDOW = timedelta(minutes=1)
FORGET_ABOVE = 10_000  # addresses remembered before the quiet ones are forgotten


class Verdict(Enum):
    """What the rule says about one message."""

    NORMAL = "normal"  # within the limit: every rule applies
    STARTS = "starts"  # the first over the limit: stored as the flood's one marker
    ONGOING = "ongoing"  # further over the limit: stored, nothing else


class FloodCounter:
    """Messages per address in the last `window`, by the time each was received."""

    def __init__(self, *, limit: int = LIMIT, window: timedelta = WINDOW) -> None:
        self.limit = limit
        self.window = window
        self._seen: dict[tuple[str, str], deque[datetime]] = {}

    def hit(self, channel: str, address: str, at: datetime) -> Verdict:
        """Count one message from `address` received `at`; the rule's verdict on it."""
        key = (channel, address)
        times = self._seen.get(key)
        if times is None:
            if len(self._seen) >= FORGET_ABOVE:
                self._forget(at)
            times = self._seen[key] = deque()
        start = at - self.window
        while times and times[0] <= start:
            times.popleft()
        times.append(at)
        if len(times) <= self.limit:
            return Verdict.NORMAL
        return Verdict.STARTS if len(times) == self.limit + 1 else Verdict.ONGOING

    def _forget(self, now: datetime) -> None:
        # An address with nothing in the window counts exactly like one never seen.
        start = now - self.window
        self._seen = {k: t for k, t in self._seen.items() if t and t[-1] > start}


_COUNTERS: weakref.WeakKeyDictionary[Database, FloodCounter] = weakref.WeakKeyDictionary()


def verdict(rt: Runtime, channel: str, address: str, at: datetime) -> Verdict:
    """Count one message from `address` received `at` (`OPGANG_FLOOD_PER_MINUTE`; 0: no rule)."""
    limit = rt.settings.flood_per_minute
    if not limit:
        return Verdict.NORMAL
    found = _COUNTERS.get(rt.db)
    if found is None or found.limit != limit:
        found = _COUNTERS[rt.db] = FloodCounter(limit=limit)
    return found.hit(channel, address, at)
