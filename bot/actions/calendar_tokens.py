"""A worker's private calendar subscription URL: create (shown once) and revoke.

The URL carries a random 256-bit token; only its SHA-256 is stored, like console sessions, so a
database dump does not reveal working subscription URLs. Creating a new one revokes the old ones.
"""

from __future__ import annotations

import hashlib
import secrets

from sqlalchemy import update

from bot import audit
from bot.runtime import Runtime
from storage.models import WorkerCalendarToken


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


async def create_calendar_token(rt: Runtime, *, worker_id: int) -> str:
    """A new subscription token for `worker_id` (earlier ones stop working)."""
    token = secrets.token_urlsafe(32)
    async with rt.db.transaction() as session:
        now = rt.clock()
        await session.execute(update(WorkerCalendarToken).where(
            WorkerCalendarToken.worker_id == worker_id,
            WorkerCalendarToken.revoked_at.is_(None)).values(revoked_at=now))
        session.add(WorkerCalendarToken(token_hash=token_hash(token), worker_id=worker_id,
                                        created_at=now))
        audit.record(session, action="calendar_token.create", actor_id=worker_id)
    return token


async def revoke_calendar_tokens(rt: Runtime, *, worker_id: int) -> int:
    """Revoke every subscription URL of `worker_id`; how many were live."""
    async with rt.db.transaction() as session:
        result = await session.execute(update(WorkerCalendarToken).where(
            WorkerCalendarToken.worker_id == worker_id,
            WorkerCalendarToken.revoked_at.is_(None)).values(revoked_at=rt.clock()))
        count = int(getattr(result, "rowcount", 0) or 0)
        audit.record(session, action="calendar_token.revoke", actor_id=worker_id, count=count)
    return count
