"""What a channel adapter promises the delivery worker."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class Sent:
    """The provider accepted the message (`delivered` when it has no later receipts)."""

    provider_id: str | None
    delivered: bool = False


@dataclass(frozen=True)
class Retry:
    """A transient failure: try again after `after` seconds (or the worker's backoff).

    `charge=False` means nothing was attempted (a local rate limit deferred it).
    """

    reason: str
    after: float | None = None
    charge: bool = True


@dataclass(frozen=True)
class Failed:
    """A permanent failure: never retried; the reason is shown in the console."""

    reason: str
    opted_out: bool = False
    address_inactive: bool = False


Outcome = Sent | Retry | Failed


class Channel(Protocol):
    """An outbound adapter (sms, telegram, simulator)."""

    name: str

    async def send(self, address: str, body: str) -> Outcome: ...

    async def close(self) -> None: ...
