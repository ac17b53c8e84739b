"""The running service's shared parts, handed to actions and handlers."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from bot.config import Settings
from bot.events import EventBus
from storage.db import Database
from storage.types import utcnow


@dataclass
class Runtime:
    """Settings, database and event bus of one `opgang serve` process (or one test)."""

    settings: Settings
    db: Database
    events: EventBus = field(default_factory=EventBus)
    secret: bytes = b""
    telegram_username: str | None = None
    # Set when something was queued, so the delivery worker need not wait for its next poll.
    outbox_ready: asyncio.Event = field(default_factory=asyncio.Event)
    # The clock the rules of time read (opening hours, once-a-day answers); tests set a fixed one.
    # (A team's hours are its `TeamSchedule`, read through bot/rules_cache.py, not a runtime field.)
    clock: Callable[[], datetime] = utcnow

    @property
    def channels(self) -> tuple[str, ...]:
        """Outbound channels that are switched on, in order of preference for a reply."""
        enabled = []
        if self.settings.telegram_enabled:
            enabled.append("telegram")
        if self.settings.sms_enabled:
            enabled.append("sms")
        if self.settings.simulator_enabled:
            enabled.append("simulator")
        return tuple(enabled)
