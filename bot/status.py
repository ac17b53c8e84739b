"""Message statuses only move forward (provider callbacks arrive out of order)."""

from __future__ import annotations

_RANK = {"queued": 0, "sent": 1, "delivered": 2, "failed": 2}

# Twilio's MessageStatus values, mapped to ours.
TWILIO = {
    "queued": "sent", "accepted": "sent", "scheduled": "sent", "sending": "sent",
    "sent": "sent", "delivered": "delivered", "read": "delivered",
    "undelivered": "failed", "failed": "failed", "canceled": "failed",
}


def advance(current: str, new: str) -> str:
    """`new` if it is further along than `current`; `current` otherwise."""
    return new if _RANK.get(new, -1) > _RANK.get(current, -1) else current
