"""Signed, expiring bearer tokens for the API (HMAC-SHA256 over the worker id and expiry)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import time


def issue(secret: bytes, worker_id: int, *, ttl_seconds: int = 12 * 3600) -> str:
    payload = f"{worker_id}.{int(time.time()) + ttl_seconds}"
    return f"{payload}.{_sign(secret, payload)}"


def verify(secret: bytes, token: str) -> int | None:
    """The worker id a valid, unexpired token names; None otherwise."""
    parts = token.split(".")
    if len(parts) != 3 or not all(parts):
        return None
    payload = f"{parts[0]}.{parts[1]}"
    if not hmac.compare_digest(_sign(secret, payload), parts[2]):
        return None
    try:
        worker_id, expires = int(parts[0]), int(parts[1])
    except ValueError:
        return None
    return worker_id if expires > time.time() else None


def _sign(secret: bytes, payload: str) -> str:
    digest = hmac.new(secret, payload.encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()
