"""Database down: a Telegram update is never lost; the webhook says 503, polling waits for it."""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path
from typing import Any

import httpx
import pytest

from bot.app import create_app
from bot.config import Settings
from bot.runtime import Runtime
from tests.conftest import PUBLIC_URL
from tests.factories import YOUTH_CHAT, World, world
from tests.fakes.telegram import TOKEN, FakeTelegram
from tests.faults.conftest import SQLITE_PREFIX, database_down
from tests.telegram.conftest import SECRET, eventually, message, post_update


@pytest.fixture
def settings_overrides(
    telegram: FakeTelegram, tmp_path: Path, database_url: str,
) -> dict[str, Any]:
    """Telegram on in webhook mode, a SQLite database on a "volume" that can go away."""
    values: dict[str, Any] = {
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "OPGANG_TELEGRAM_API_URL": telegram.url,
        "OPGANG_TELEGRAM_MODE": "webhook",
        "TELEGRAM_WEBHOOK_SECRET": SECRET,
    }
    if database_url.startswith(SQLITE_PREFIX):
        volume = tmp_path / "volume"
        volume.mkdir()
        target = volume / "opgang.db"
        shutil.move(database_url.removeprefix(SQLITE_PREFIX), target)
        values["OPGANG_DATABASE_URL"] = SQLITE_PREFIX + str(target)
    return values


async def inbound(client: httpx.AsyncClient, rt: Runtime, w: World) -> list[str]:
    answer = await client.get(f"/api/v1/families/{w.family_id}/messages",
                              headers=w.token(rt, w.primary_id))
    return [m["body"] for m in answer.json() if m["direction"] == "in"]


async def test_the_webhook_answers_503_while_the_database_is_down_and_the_retry_counts(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w = await world(rt)
    update = message(581300001, YOUTH_CHAT, "Er I der?")
    async with database_down(rt):
        answer = await post_update(client, update)
        assert answer.status_code == 503
        assert answer.json() == {"detail": "update not processed; Telegram will retry it"}
    # Telegram delivers the same update again; now it is stored, once.
    assert (await post_update(client, update)).status_code == 200
    assert (await post_update(client, update)).status_code == 200
    assert await inbound(client, rt, w) == ["Er I der?"]


async def test_polling_waits_for_the_database_and_loses_nothing(
    settings: Settings, telegram: FakeTelegram,
) -> None:
    polling = settings.model_copy(update={"telegram_mode": "polling"})
    app = create_app(polling, background=True, migrate=False)
    async with app.router.lifespan_context(app):
        rt: Runtime = app.state.rt
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url=PUBLIC_URL) as client:
            w = await world(rt)
            async with database_down(rt):
                telegram.push(message(581400001, YOUTH_CHAT, "Første"),
                              message(581400002, YOUTH_CHAT, "Anden"))

                async def fetched() -> bool:
                    return 581400001 in telegram.handed_out

                await eventually(fetched)
                await asyncio.sleep(1.5)  # long enough for a first attempt and a retry
                assert len(telegram.pending) == 2
            # Not confirmed to Telegram while the database was down, stored in order after.

            async def stored() -> bool:
                return await inbound(client, rt, w) == ["Første", "Anden"]

            await eventually(stored, timeout=15)
            assert telegram.pending == []
