"""How long a console login must wait after failed attempts: pure rules, no I/O.

Failures are counted per e-mail address (whether or not a worker has it, so the delay says
nothing about who exists) and per client address (one machine trying many e-mails). A few
failures are free, then the wait doubles up to a cap; the count starts again after a quiet hour.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

FREE = {"email": 3, "ip": 10}
"""Failures allowed without any wait; an office behind one address gets more."""
CAP = timedelta(minutes=5)
"""The longest wait: long enough to stop guessing, short enough not to lock a worker out."""
WINDOW = timedelta(hours=1)
"""After this long without a failure the count starts again."""


def key(kind: str, value: str) -> str:
    """The stored key of an e-mail or client address: a hash, so the table holds no addresses."""
    return hashlib.sha256(f"{kind}:{value.strip().lower()}".encode()).hexdigest()


def delay(kind: str, failures: int) -> timedelta:
    """The wait after `failures` failures in a row: none, then 1 s, 2 s, 4 s… up to `CAP`."""
    beyond = failures - FREE[kind]
    if beyond < 0:
        return timedelta(0)
    return min(CAP, timedelta(seconds=2 ** min(beyond, 20)))


def counted(failures: int, last_at: datetime, now: datetime) -> int:
    """The failures that still count at `now` (none once the window has passed)."""
    return failures if now - last_at < WINDOW else 0


def wait(kind: str, failures: int, last_at: datetime, now: datetime) -> timedelta:
    """How long from `now` until the next attempt is allowed (zero or positive)."""
    until = last_at + delay(kind, counted(failures, last_at, now))
    return max(timedelta(0), until - now)
