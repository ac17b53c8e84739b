"""A local send-rate limiter: a minimum interval per key plus a global rate, with no sleeping."""

from __future__ import annotations

import time
from collections.abc import Callable

PRUNE_ABOVE = 10_000  # keys remembered before the idle ones are forgotten


class RateLimiter:
    """Hands out send slots: one per `per_key` seconds for each key, `per_second` overall.

    It never sleeps: `reserve` says how long to wait before the reserved slot, or refuses
    (reserving nothing) when that wait would exceed `max_wait`, so the caller can defer the
    work instead of holding a worker for long.
    """

    def __init__(
        self, *, per_key: float, per_second: float, max_wait: float,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if per_key < 0 or per_second <= 0 or max_wait < 0:
            raise ValueError("per_key and max_wait must be >= 0 and per_second > 0")
        self.per_key = per_key
        self.spacing = 1.0 / per_second
        self.max_wait = max_wait
        self.clock = clock
        self._next_for_key: dict[str, float] = {}
        self._next_global = float("-inf")

    def wait_for(self, key: str) -> float:
        """Seconds until `key` could send, without reserving anything."""
        now = self.clock()
        return max(0.0, self._slot(key, now) - now)

    def reserve(self, key: str) -> float | None:
        """Reserve the next slot for `key`: seconds to wait first, or None when too far off."""
        now = self.clock()
        slot = self._slot(key, now)
        wait = slot - now
        if wait > self.max_wait:
            return None
        self._next_for_key[key] = slot + self.per_key
        self._next_global = slot + self.spacing
        if len(self._next_for_key) > PRUNE_ABOVE:
            self._prune(now)
        return wait

    def defer(self, key: str, seconds: float) -> None:
        """The provider asked us to hold `key` back for `seconds` (a 429 with retry_after)."""
        until = self.clock() + seconds
        self._next_for_key[key] = max(self._next_for_key.get(key, until), until)

    def _slot(self, key: str, now: float) -> float:
        return max(now, self._next_for_key.get(key, now), self._next_global)

    def _prune(self, now: float) -> None:
        # A key whose next slot has passed behaves exactly like a key never seen.
        self._next_for_key = {k: t for k, t in self._next_for_key.items() if t > now}
