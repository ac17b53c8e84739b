"""Shared fixtures: every test that asks for `rt` or `client` runs on SQLite and on PostgreSQL."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from bot.app import create_app
from bot.config import Settings
from bot.delivery import DeliveryWorker
from bot.runtime import Runtime
from tests import databases

PUBLIC_URL = "http://testserver.local"


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return asyncio.run(databases.sqlite_template(tmp_path_factory.mktemp("template")))


@pytest.fixture(scope="session")
def postgres_templates() -> Iterator[databases.PostgresTemplates | None]:
    if databases.postgres_skip_reason() is not None:
        yield None
        return
    templates = databases.PostgresTemplates()
    asyncio.run(templates.create_template())
    yield templates
    asyncio.run(templates.drop(templates.template))


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(
    request: pytest.FixtureRequest, tmp_path: Path, sqlite_template: Path,
    postgres_templates: databases.PostgresTemplates | None,
) -> Iterator[str]:
    """A fresh, migrated database for one test."""
    if request.param == "sqlite":
        yield databases.sqlite_clone(sqlite_template, tmp_path)
        return
    if postgres_templates is None:
        pytest.skip(databases.postgres_skip_reason() or "PostgreSQL unavailable")
    name, url = asyncio.run(postgres_templates.clone())
    yield url
    asyncio.run(postgres_templates.drop(name))


@pytest.fixture
def settings_overrides() -> dict[str, Any]:
    """Override in a test module to switch channels on (Twilio, Telegram)."""
    return {}


@pytest.fixture
def settings(database_url: str, tmp_path: Path, settings_overrides: dict[str, Any]) -> Settings:
    values: dict[str, Any] = {
        "OPGANG_DATABASE_URL": database_url,
        "OPGANG_PUBLIC_URL": PUBLIC_URL,
        "OPGANG_SECRET_KEY": "test-secret-key-not-for-production",
        "OPGANG_SIMULATOR": True,
    }
    values.update(settings_overrides)
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


@pytest.fixture
async def app(settings: Settings) -> AsyncIterator[FastAPI]:
    """The whole app with its lifespan running, but no background workers (tests drive them)."""
    application = create_app(settings, background=False, migrate=False)
    async with application.router.lifespan_context(application):
        yield application


@pytest.fixture
def rt(app: FastAPI) -> Runtime:
    runtime: Runtime = app.state.rt
    return runtime


@pytest.fixture
async def client(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url=PUBLIC_URL) as http:
        yield http


@pytest.fixture
def delivery(app: FastAPI, rt: Runtime) -> DeliveryWorker:
    """A delivery worker over the app's channels; call `await delivery.run_once()`."""
    return DeliveryWorker(rt, app.state.channels)
