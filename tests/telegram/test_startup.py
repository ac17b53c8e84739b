"""Start-up with the Bot API unreachable: the service runs anyway and says what is missing."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from bot.runtime import Runtime
from tests.factories import world
from tests.fakes.telegram import TOKEN


@pytest.fixture
def settings_overrides() -> dict[str, Any]:
    """Telegram on, but nothing listens where the Bot API should be."""
    return {"TELEGRAM_BOT_TOKEN": TOKEN, "OPGANG_TELEGRAM_API_URL": "http://127.0.0.1:9"}


async def test_an_unreachable_bot_api_does_not_stop_the_service(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    assert rt.telegram_username is None
    assert (await client.get("/healthz")).status_code == 200
    w = await world(rt)
    answer = await client.post(
        f"/api/v1/families/{w.family_id}/members/{w.parent_id}/telegram-link",
        headers=w.token(rt, w.primary_id))
    assert answer.status_code == 409
    assert "Telegram" in answer.json()["detail"]
