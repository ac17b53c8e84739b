"""The `opgang` command: migrations, logins, the demo, and one-line errors on bad input."""

from __future__ import annotations

import sqlite3
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot import demo
from bot.config import Settings
from bot.queries import authenticate
from bot.runtime import Runtime
from storage.db import Database
from storage.models import Address, Family, Member, Team, Worker
from tests.cli.command import opgang


def sqlite_url(path: Path) -> str:
    return f"sqlite+aiosqlite:///{path}"


def assert_one_line_error(result: subprocess.CompletedProcess[str], *fragments: str) -> None:
    assert result.returncode != 0, result.stdout
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    for fragment in fragments:
        assert fragment in lines[0], lines[0]


async def runtime(database_url: str) -> Runtime:
    settings = Settings(_env_file=None, OPGANG_DATABASE_URL=database_url)
    return Runtime(settings=settings, db=Database(database_url))


async def counts(database_url: str) -> dict[str, int]:
    rt = await runtime(database_url)
    try:
        async with rt.db.reading() as session:
            return {model.__name__: int(await session.scalar(
                        select(func.count()).select_from(model)) or 0)
                    for model in (Team, Worker, Family, Member, Address)}
    finally:
        await rt.db.dispose()


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:
    """A SQLite file with the demo loaded once, shared by cases that change nothing."""
    cwd = tmp_path_factory.mktemp("demo")
    url = sqlite_url(cwd / "opgang.db")
    result = opgang("demo", database_url=url, cwd=cwd)
    assert result.returncode == 0, result.stderr
    return url, cwd


def test_db_upgrade_creates_the_schema_on_a_fresh_file(tmp_path: Path) -> None:
    path = tmp_path / "fresh.db"
    result = opgang("db", "upgrade", database_url=sqlite_url(path), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "up to date" in result.stdout
    with sqlite3.connect(path) as conn:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    assert {"teams", "workers", "families", "members", "messages", "deliveries"} <= tables
    assert len(revision) == 1
    again = opgang("db", "upgrade", database_url=sqlite_url(path), cwd=tmp_path)
    assert again.returncode == 0, again.stderr


async def test_demo_twice_changes_nothing_the_second_time(
    database_url: str, tmp_path: Path,
) -> None:
    first = opgang("demo", database_url=database_url, cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "Loaded the demo" in first.stdout
    for shown in (demo.PASSWORD, "lene@gellerup.example", "http://localhost:8000/simulator",
                  "http://localhost:8000/api/v1/auth/token"):
        assert shown in first.stdout
    after_first = await counts(database_url)
    assert after_first["Team"] == 1 and after_first["Family"] == len(demo.FAMILIES)
    assert after_first["Worker"] == len(demo.WORKERS)
    second = opgang("demo", database_url=database_url, cwd=tmp_path)
    assert second.returncode == 0, second.stderr
    assert "already loaded; nothing changed" in second.stdout
    assert await counts(database_url) == after_first


def test_demo_members_speak_every_supported_language() -> None:
    languages = {m.language for f in demo.FAMILIES for m in f.members}
    assert languages == {"da", "ar", "so", "tr", "uk", "fa", "en"}
    phones = [m.phone for f in demo.FAMILIES for m in f.members if m.phone]
    assert len(phones) == len(set(phones))
    assert all(p.startswith("+452") and len(p) == 11 for p in phones)


async def test_user_create_reads_the_password_from_stdin(demo_db: tuple[str, Path]) -> None:
    url, cwd = demo_db
    result = opgang("user", "create", "--email", "Ny.Kollega@Gellerup.example", "--password", "-",
                    "--role", "worker", "--team", demo.TEAM, "--name", "Ny Kollega",
                    database_url=url, cwd=cwd, stdin="a password with spaces\n")
    assert result.returncode == 0, result.stderr
    assert "ny.kollega@gellerup.example" in result.stdout
    admin = opgang("user", "create", "--email", "root@gellerup.example", "--password", "-",
                   "--role", "admin", database_url=url, cwd=cwd, stdin="another long one\n")
    assert admin.returncode == 0, admin.stderr
    rt = await runtime(url)
    try:
        worker = await authenticate(rt, email="ny.kollega@gellerup.example",
                                    password="a password with spaces")
        assert worker is not None
        assert (worker.role, worker.name, worker.team_id is not None) == (
            "worker", "Ny Kollega", True)
        assert await authenticate(rt, email="root@gellerup.example",
                                  password="another long one") is not None
    finally:
        await rt.db.dispose()


async def test_user_create_accepts_a_team_id(demo_db: tuple[str, Path]) -> None:
    url, cwd = demo_db
    result = opgang("user", "create", "--email", "by-id@gellerup.example", "--password",
                    "long enough", "--role", "lead", "--team", "1", database_url=url, cwd=cwd)
    assert result.returncode == 0, result.stderr
    assert f"in team {demo.TEAM!r}" in result.stdout


@pytest.mark.parametrize(("args", "fragments"), [
    (("user", "create", "--email", "a@gellerup.example", "--password", "long enough",
      "--role", "boss", "--team", demo.TEAM), ("--role", "boss")),
    (("user", "create", "--email", "not-an-email", "--password", "long enough",
      "--role", "worker", "--team", demo.TEAM), ("email",)),
    (("user", "create", "--email", "a@gellerup.example", "--password", "short",
      "--role", "worker", "--team", demo.TEAM), ("password", "8")),
    (("user", "create", "--email", "a@gellerup.example", "--password", "long enough",
      "--role", "worker"), ("--team",)),
    (("user", "create", "--email", "a@gellerup.example", "--password", "long enough",
      "--role", "lead", "--team", "Atlantis"), ("--team", "Atlantis")),
    (("user", "create", "--email", "LENE@gellerup.example", "--password", "long enough",
      "--role", "worker", "--team", demo.TEAM), ("already in use",)),
    (("user", "create", "--password", "long enough", "--role", "admin"), ("--email",)),
    (("serve", "--port", "99999"), ("--port",)),
    (("teleport",), ("teleport",)),
])
def test_bad_input_ends_in_one_line_and_a_non_zero_exit(
    demo_db: tuple[str, Path], args: tuple[str, ...], fragments: tuple[str, ...],
) -> None:
    url, cwd = demo_db
    assert_one_line_error(opgang(*args, database_url=url, cwd=cwd), *fragments)


def test_an_empty_stdin_password_is_refused(demo_db: tuple[str, Path]) -> None:
    url, cwd = demo_db
    result = opgang("user", "create", "--email", "empty@gellerup.example", "--password", "-",
                    "--role", "admin", database_url=url, cwd=cwd, stdin="")
    assert_one_line_error(result, "standard input")


@pytest.mark.parametrize("args", [("db", "upgrade"), ("demo",), ("serve",)])
def test_a_bad_setting_is_named_and_its_value_not_echoed(
    tmp_path: Path, args: tuple[str, ...],
) -> None:
    result = opgang(*args, database_url=sqlite_url(tmp_path / "x.db"), cwd=tmp_path,
                    OPGANG_TIMEZONE="Mars/Olympus_Mons", OPGANG_SECRET_KEY="hunter2-hunter2")
    assert_one_line_error(result, "OPGANG_TIMEZONE")
    assert "hunter2" not in result.stderr
    assert not (tmp_path / "x.db").exists()


def test_an_unreachable_database_is_one_line(tmp_path: Path) -> None:
    missing_dir = sqlite_url(tmp_path / "no" / "such" / "dir" / "opgang.db")
    assert_one_line_error(opgang("db", "upgrade", database_url=missing_dir, cwd=tmp_path),
                          "database")
    closed_port = "postgresql+asyncpg://opgang:s3cr3t-pw@127.0.0.1:9/opgang"
    result = opgang("demo", database_url=closed_port, cwd=tmp_path)
    assert_one_line_error(result, "database")
    assert "s3cr3t-pw" not in result.stderr
    assert_one_line_error(opgang("db", "upgrade", database_url="not a url", cwd=tmp_path),
                          "OPGANG_DATABASE_URL")


def test_demo_refuses_a_production_environment(tmp_path: Path) -> None:
    result = opgang("demo", database_url=sqlite_url(tmp_path / "p.db"), cwd=tmp_path,
                    OPGANG_ENVIRONMENT="production",
                    OPGANG_SECRET_KEY="a-real-secret-of-some-length")
    assert_one_line_error(result, "production")


def test_the_role_choices_are_the_actions_roles() -> None:
    from bot import cli
    from bot.actions.people import ROLES

    assert cli.ROLES == ROLES
