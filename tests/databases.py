"""Test databases: a migrated template per run, copied for each test (SQLite file or PG)."""

from __future__ import annotations

import asyncio
import os
import shutil
import uuid
from pathlib import Path

import asyncpg

from storage.db import Database
from storage.migrate import upgrade

DEFAULT_PG = "postgresql://127.0.0.1:5432/test"


def postgres_admin_dsn() -> str:
    url = os.environ.get("OPGANG_TEST_POSTGRES_URL", DEFAULT_PG)
    return url.replace("postgresql+asyncpg://", "postgresql://")


async def _postgres_reason() -> str | None:
    """None when PostgreSQL answers; otherwise why the PostgreSQL runs are skipped."""
    try:
        conn = await asyncpg.connect(postgres_admin_dsn(), timeout=3, user=_pg_user())
    except Exception as exc:  # noqa: BLE001
        return f"no PostgreSQL at {postgres_admin_dsn()} ({type(exc).__name__}: {exc})"
    await conn.close()
    return None


def _pg_user() -> str | None:
    return None if "@" in postgres_admin_dsn() else os.environ.get("PGUSER", "postgres")


def postgres_skip_reason() -> str | None:
    return asyncio.run(_postgres_reason())


def _with_db(dsn: str, name: str) -> str:
    base, _, _ = dsn.rpartition("/")
    return f"{base}/{name}"


def async_url(dsn: str) -> str:
    url = dsn.replace("postgresql://", "postgresql+asyncpg://", 1)
    user = _pg_user()
    if user and "@" not in url:
        url = url.replace("postgresql+asyncpg://", f"postgresql+asyncpg://{user}@", 1)
    return url


class PostgresTemplates:
    """A migrated template database, cloned per test with CREATE DATABASE … TEMPLATE."""

    def __init__(self) -> None:
        self.template = f"opgang_tpl_{os.getpid()}"

    async def _admin(self) -> asyncpg.Connection:
        return await asyncpg.connect(postgres_admin_dsn(), user=_pg_user())

    async def create_template(self) -> None:
        conn = await self._admin()
        try:
            await conn.execute(f'DROP DATABASE IF EXISTS "{self.template}"')
            await conn.execute(f'CREATE DATABASE "{self.template}"')
        finally:
            await conn.close()
        db = Database(async_url(_with_db(postgres_admin_dsn(), self.template)))
        await upgrade(db)
        await db.dispose()

    async def clone(self) -> tuple[str, str]:
        name = f"opgang_t_{uuid.uuid4().hex[:12]}"
        conn = await self._admin()
        try:
            await conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{self.template}"')
        finally:
            await conn.close()
        return name, async_url(_with_db(postgres_admin_dsn(), name))

    async def drop(self, name: str) -> None:
        conn = await self._admin()
        try:
            await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        finally:
            await conn.close()


async def sqlite_template(directory: Path) -> Path:
    path = directory / "template.db"
    db = Database(f"sqlite+aiosqlite:///{path}")
    await upgrade(db)
    await db.dispose()
    return path


def sqlite_clone(template: Path, directory: Path) -> str:
    target = directory / "opgang.db"
    shutil.copy(template, target)
    return f"sqlite+aiosqlite:///{target}"
