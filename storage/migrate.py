"""Apply the Alembic migrations to a database (used by `opgang db upgrade` and `opgang serve`)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy.engine import Connection

from storage.db import Database

MIGRATIONS = Path(__file__).parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


async def upgrade(db: Database, revision: str = "head") -> None:
    """Bring the schema to `revision`; a no-op when it is already there."""

    def run(connection: Connection) -> None:
        command.upgrade(alembic_config(connection), revision)

    async with db.engine.begin() as conn:
        if db.dialect == "postgresql":
            # Two processes starting at once must not both migrate.
            await conn.exec_driver_sql("SELECT pg_advisory_xact_lock(7316001)")
        await conn.run_sync(run)
