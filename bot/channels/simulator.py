"""The simulator channel: the family-phone page reads replies straight from the database."""

from __future__ import annotations

from bot.channels.base import Outcome, Sent


class SimulatorChannel:
    """Delivers instantly: the simulated phone shows every outbound message to its number."""

    name = "simulator"

    async def send(self, address: str, body: str) -> Outcome:
        return Sent(provider_id=None, delivered=True)

    async def close(self) -> None:
        return None
