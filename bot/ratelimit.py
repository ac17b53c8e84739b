"""A local send-rate limiter: a minimum interval per key plus a global rate, as providers count.

Two steps. `reserve` plans a slot (spacing sends evenly, at the provider's own rate) and says how
long to wait, or refuses when that is too far off, so the caller can defer the work instead of
holding a worker for long. `sending` is the gate at the moment of sending: a provider counts a
message when it receives it, which is after we sent it and before we had its answer. So a send
counts against the window from when it passes the gate until its answer arrives, plus the window
(one second): the next send waits until fewer than the allowed number remain in it, and a key's
next send until `per_key` after its last answer. No timer jitter, event-loop delay or network
latency can then carry two sends closer than the provider counts; the price is the half round
trip (a few milliseconds on one machine, some tens to a provider abroad) added to the window.
"""

from __future__ import annotations

import asyncio
import heapq
import math
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

PRUNE_ABOVE = 10_000  # keys remembered before the idle ones are forgotten
BUSY_POLL = 0.01  # seconds between looks when every place in the window is still in flight


class RateLimiter:
    """Hands out send slots: one per `per_key` seconds for each key, `per_second` overall."""

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
        # "30 a second" as the provider counts it: at most `allowed` sends in any `window`.
        self.allowed = max(1, math.floor(per_second))
        self.window = self.allowed / per_second
        self._next_for_key: dict[str, float] = {}
        self._next_global = float("-inf")
        self._in_flight = 0
        self._answered: list[float] = []  # a heap of answer times still inside the window
        self._last_answer: dict[str, float] = {}
        self._busy_keys: set[str] = set()
        self._at_gate = 0  # sends past their planned slot, waiting for room in the window

    def wait_for(self, key: str) -> float:
        """Seconds until `key` could send, without reserving anything."""
        now = self.clock()
        return max(0.0, self._slot(key, now) - now) + self._behind()

    def reserve(self, key: str) -> float | None:
        """Reserve the next slot for `key`: seconds to wait first, or None when too far off."""
        now = self.clock()
        slot = self._slot(key, now)
        wait = slot - now
        if wait + self._behind() > self.max_wait:
            return None
        self._next_for_key[key] = slot + self.per_key
        self._next_global = slot + self.spacing
        if len(self._next_for_key) > PRUNE_ABOVE:
            self._prune(now)
        return wait

    def room(self) -> int:
        """How many sends (to keys with no wait of their own) `reserve` would take now."""
        now = self.clock()
        ahead = max(0.0, self._next_global - now) + self._behind()
        if ahead > self.max_wait:
            return 0
        return math.floor((self.max_wait - ahead) / self.spacing + 1e-9) + 1

    def defer(self, key: str, seconds: float) -> None:
        """The provider asked us to hold `key` back for `seconds` (a 429 with retry_after)."""
        until = self.clock() + seconds
        self._next_for_key[key] = max(self._next_for_key.get(key, until), until)

    @asynccontextmanager
    async def sending(self, key: str) -> AsyncIterator[None]:
        """Wrap the provider call: waits until the window has room, counts the send until its
        answer (or failure) is back and one window more."""
        self._at_gate += 1
        try:
            while (wait := self.gate_wait(key)) > 0:
                await asyncio.sleep(wait)
        finally:
            self._at_gate -= 1
        self._in_flight += 1
        if self.per_key > 0:
            self._busy_keys.add(key)
        try:
            yield
        finally:
            answered = self.clock()
            self._in_flight -= 1
            self._busy_keys.discard(key)
            heapq.heappush(self._answered, answered)
            if self.per_key > 0:
                self._last_answer[key] = answered

    def gate_wait(self, key: str, now: float | None = None) -> float:
        """Seconds until a send to `key` may leave without the provider counting it as excess."""
        now = self.clock() if now is None else now
        while self._answered and self._answered[0] <= now - self.window:
            heapq.heappop(self._answered)
        wait = 0.0
        if self.per_key > 0:
            if key in self._busy_keys:  # its last send has no answer yet
                wait = BUSY_POLL
            last = self._last_answer.get(key)
            if last is not None:
                wait = max(wait, last + self.per_key - now)
        excess = self._in_flight + len(self._answered) - self.allowed + 1
        if excess > 0:
            if excess > len(self._answered):  # the window is full of sends still in flight
                return max(wait, BUSY_POLL)
            oldest = heapq.nsmallest(excess, self._answered)[-1]
            wait = max(wait, oldest + self.window - now)
        return wait

    def _behind(self) -> float:
        """How far the sends run behind the plan: those held at the gate, at the planned rate.

        Answers slower than planned (a loaded machine, a slow provider) hold sends at the gate;
        counting them keeps the plan from promising slots that will not come in time.
        """
        return self._at_gate * self.spacing

    def _slot(self, key: str, now: float) -> float:
        return max(now, self._next_for_key.get(key, now), self._next_global)

    def _prune(self, now: float) -> None:
        # A key whose next slot has passed behaves exactly like a key never seen.
        self._next_for_key = {k: t for k, t in self._next_for_key.items() if t > now}
        horizon = now - self.per_key
        self._last_answer = {k: t for k, t in self._last_answer.items() if t > horizon}
