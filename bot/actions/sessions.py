"""Console logins: `log_in` (with a growing delay after failures), `log_out`, `set_language`."""

from __future__ import annotations

import hashlib
import math
import secrets
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import case, delete, select, update

from bot import audit, login_throttle
from bot.console_i18n import LANGUAGES
from bot.errors import ActionError, Invalid
from bot.queries import authenticate
from bot.runtime import Runtime
from storage.db import insert_ignore
from storage.models import ConsoleSession, LoginFailure, Worker, WorkerPreference
from storage.types import utcnow

SESSION_LIFETIME = timedelta(hours=12)
"""A working day and then some; after that the worker logs in again."""


class WrongCredentials(ActionError):
    """An unknown e-mail, a wrong password or a deactivated login: one answer for all three."""

    status = 401


class TooManyAttempts(ActionError):
    """Too many failed logins for this e-mail or client address; `retry_after` in seconds."""

    status = 429

    def __init__(self, retry_after: int) -> None:
        super().__init__(f"too many failed logins; try again in {retry_after} seconds")
        self.retry_after = retry_after


@dataclass(frozen=True)
class Opened:
    """A new console session: the cookie's token (shown once) and the worker it belongs to."""

    token: str
    worker: Worker
    language: str | None


def session_id(token: str) -> str:
    """The stored id of a session token: its SHA-256, so a leaked table opens no session."""
    return hashlib.sha256(token.encode()).hexdigest()


async def log_in(
    rt: Runtime, *, email: str, password: str, client: str | None = None,
) -> Opened:
    """Open a session for the right e-mail and password; refuse early while a delay runs."""
    keys = [("email", login_throttle.key("email", email))]
    if client:
        keys.append(("ip", login_throttle.key("ip", client)))
    now = rt.clock()  # the throttle is a rule of time: tests fix the clock
    async with rt.db.reading() as session:
        rows = {row.key: row for row in await session.scalars(
            select(LoginFailure).where(LoginFailure.key.in_([k for _, k in keys])))}
    waits = [login_throttle.wait(kind, rows[k].failures, rows[k].last_at, now)
             for kind, k in keys if k in rows]
    longest = max(waits, default=timedelta(0))
    if longest > timedelta(0):
        raise TooManyAttempts(math.ceil(longest.total_seconds()))
    worker = await authenticate(rt, email=email, password=password)
    if worker is None:
        await _count_failure(rt, [k for _, k in keys], client)
        raise WrongCredentials("wrong e-mail or password")
    token = secrets.token_urlsafe(32)
    now = utcnow()
    async with rt.db.transaction() as session:
        await session.execute(delete(LoginFailure).where(LoginFailure.key == keys[0][1]))
        # Expired sessions of this worker are of no use to anyone; this keeps the table small.
        await session.execute(delete(ConsoleSession).where(
            ConsoleSession.worker_id == worker.id, ConsoleSession.expires_at < now))
        session.add(ConsoleSession(id=session_id(token), worker_id=worker.id, created_at=now,
                                   expires_at=now + SESSION_LIFETIME))
        language = await session.scalar(
            select(WorkerPreference.language).where(WorkerPreference.worker_id == worker.id))
        audit.record(session, action="console.login", actor_id=worker.id, source=client)
    return Opened(token, worker, language)


async def _count_failure(rt: Runtime, keys: list[str], client: str | None) -> None:
    now = rt.clock()
    stale = now - login_throttle.WINDOW
    async with rt.db.transaction() as session:
        for key in keys:
            await insert_ignore(session, LoginFailure, {"key": key, "failures": 0, "last_at": now})
            # One statement, so concurrent failures in other processes are all counted.
            await session.execute(
                update(LoginFailure).where(LoginFailure.key == key).values(
                    failures=case((LoginFailure.last_at < stale, 1),
                                  else_=LoginFailure.failures + 1),
                    last_at=now))
        # No e-mail in the trail: people type passwords into the wrong field.
        audit.record(session, action="console.login_failed", source=client)


async def log_out(rt: Runtime, *, token: str) -> None:
    """End the session of `token` (nothing happens for an unknown or ended one)."""
    async with rt.db.transaction() as session:
        row = await session.get(ConsoleSession, session_id(token))
        if row is None:
            return
        await session.delete(row)
        audit.record(session, action="console.logout", actor_id=row.worker_id)


async def set_language(rt: Runtime, *, worker_id: int, language: str) -> None:
    """Remember the language a worker reads the console in."""
    if language not in LANGUAGES:
        raise Invalid(f"language: the console is in {' or '.join(LANGUAGES)}, not {language!r}")
    now = utcnow()
    async with rt.db.transaction() as session:
        created = await insert_ignore(session, WorkerPreference,
                                      {"worker_id": worker_id, "language": language,
                                       "changed_at": now})
        if not created:
            await session.execute(update(WorkerPreference)
                                  .where(WorkerPreference.worker_id == worker_id)
                                  .values(language=language, changed_at=now))
