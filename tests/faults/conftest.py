"""Faults made real: the app's database taken away and given back, and a spool in `tmp_path`.

SQLite: the directory holding the database file disappears (a volume unmounted) and the pooled
connections go with it. PostgreSQL: the database stops accepting connections and the server ends
the ones it has (as at a restart or failover). Nothing in our code is patched.
"""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import asyncpg
import pytest

from bot.runtime import Runtime
from tests import databases
from tests.fakes.twilio import ACCOUNT_SID, AUTH_TOKEN, FROM_NUMBER, FakeTwilio

SQLITE_PREFIX = "sqlite+aiosqlite:///"


@pytest.fixture
async def twilio() -> AsyncIterator[FakeTwilio]:
    """The fake Twilio REST API, so that SMS is switched on (nothing here sends)."""
    async with FakeTwilio() as fake:
        yield fake


@pytest.fixture
def settings_overrides(twilio: FakeTwilio, tmp_path: Path, database_url: str) -> dict[str, Any]:
    """SMS on, the spool in this test's directory, a SQLite database on its own "volume"."""
    values: dict[str, Any] = {
        "TWILIO_ACCOUNT_SID": ACCOUNT_SID,
        "TWILIO_AUTH_TOKEN": AUTH_TOKEN,
        "TWILIO_FROM_NUMBER": FROM_NUMBER,
        "OPGANG_TWILIO_API_URL": twilio.url,
        "OPGANG_SPOOL_DIR": str(tmp_path / "spool"),
    }
    if database_url.startswith(SQLITE_PREFIX):
        volume = tmp_path / "volume"
        volume.mkdir()
        target = volume / "opgang.db"
        shutil.move(database_url.removeprefix(SQLITE_PREFIX), target)
        values["OPGANG_DATABASE_URL"] = SQLITE_PREFIX + str(target)
    return values


@asynccontextmanager
async def database_down(rt: Runtime) -> AsyncIterator[None]:
    """The app's database unavailable inside the block, back after it."""
    url = rt.settings.database_url
    if url.startswith(SQLITE_PREFIX):
        volume = Path(url.removeprefix(SQLITE_PREFIX)).parent
        gone = volume.with_name(volume.name + "-unmounted")
        volume.rename(gone)
        # Open SQLite connections keep their file handles; a lost volume takes them along.
        await rt.db.dispose()
        try:
            yield
        finally:
            gone.rename(volume)
        return
    name = url.rpartition("/")[2]
    admin = await asyncpg.connect(databases.postgres_admin_dsn(), user=databases._pg_user())
    try:
        await admin.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false')
        await admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                            "WHERE datname = $1 AND pid <> pg_backend_pid()", name)
        try:
            yield
        finally:
            await admin.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')
    finally:
        await admin.close()
