"""Telegram (placeholder until the Telegram adapter lands)."""

from __future__ import annotations

import asyncio
from typing import Any

from fastapi import APIRouter, FastAPI

from bot.runtime import Runtime

router = APIRouter(tags=["webhooks"])


async def start_telegram(app: FastAPI, rt: Runtime, stop: asyncio.Event,
                         *, polling: bool) -> list[asyncio.Task[Any]]:
    return []
