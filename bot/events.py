"""Console events: what changed, published after commit to whoever is listening in-process."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
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

    def publish(self, event: Event) -> None:
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
