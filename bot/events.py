"""Console events: what changed, published after commit to whoever is listening in-process."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Event:
    """A change a console may want to show: `kind` and the team and family it concerns."""

    kind: str
    team_id: int | None
    family_id: int | None = None
    data: dict[str, Any] = field(default_factory=dict)


class EventBus:
    """Fan-out of events to subscribers; a slow subscriber drops events rather than block."""

    def __init__(self) -> None:
        self._queues: set[asyncio.Queue[Event]] = set()
        # Set by a bridge to other processes (bot.events_pg on PostgreSQL): each published event
        # is also handed to it; what arrives from the others comes in through `deliver`.
        self.forward: Callable[[Event], None] | None = None

    def publish(self, event: Event) -> None:
        """Tell this process's subscribers, and (through the bridge) every other process's."""
        self.deliver(event)
        if self.forward is not None:
            self.forward(event)

    def deliver(self, event: Event) -> None:
        """Tell this process's subscribers only."""
        for queue in list(self._queues):
            try:
                queue.put_nowait(event)
            except asyncio.QueueFull:
                pass

    @asynccontextmanager
    async def subscribe(self, maxsize: int = 100) -> AsyncIterator[asyncio.Queue[Event]]:
        queue: asyncio.Queue[Event] = asyncio.Queue(maxsize)
        self._queues.add(queue)
        try:
            yield queue
        finally:
            self._queues.discard(queue)
