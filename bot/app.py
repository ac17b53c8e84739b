"""Composition root: database, channels, delivery worker, Telegram, and the FastAPI app."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from bot import spool
from bot.channels.base import Channel
from bot.channels.simulator import SimulatorChannel
from bot.config import Settings
from bot.delivery import DeliveryWorker
from bot.escalation import keep_escalating
from bot.runtime import Runtime
from bot.scheduler import Scheduler
from storage.db import Database, insert_ignore
from storage.migrate import upgrade
from storage.models import AppSecret

log = logging.getLogger(__name__)


async def load_secret(rt: Runtime) -> bytes:
    """OPGANG_SECRET_KEY, or one generated once and kept in the database."""
    if rt.settings.secret_key is not None:
        return rt.settings.secret_key.get_secret_value().encode()
    async with rt.db.transaction() as session:
        await insert_ignore(session, AppSecret,
                            {"name": "session_key", "value": secrets.token_urlsafe(48)})
        row = await session.get(AppSecret, "session_key")
        assert row is not None
        return row.value.encode()


def build_channels(rt: Runtime) -> dict[str, Channel]:
    """The outbound adapters for the channels that are switched on."""
    channels: dict[str, Channel] = {}
    if rt.settings.simulator_enabled:
        channels["simulator"] = SimulatorChannel()
    if rt.settings.sms_enabled:
        from bot.channels.sms import SmsChannel

        channels["sms"] = SmsChannel(rt.settings)
    if rt.settings.telegram_enabled:
        from bot.channels.telegram import TelegramChannel

        channels["telegram"] = TelegramChannel(rt.settings)
    return channels


def create_app(settings: Settings | None = None, *, background: bool = True,
               migrate: bool = True) -> FastAPI:
    """The whole service as one ASGI app; `background=False` leaves the workers to the caller."""
    settings = settings or Settings()
    rt = Runtime(settings=settings, db=Database(settings.database_url))

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if migrate:
            await upgrade(rt.db)
        rt.secret = await load_secret(rt)
        channels = build_channels(rt)
        app.state.channels = channels
        stop = asyncio.Event()
        tasks: list[asyncio.Task[None]] = []
        if rt.db.dialect == "postgresql":
            # Console events reach the pages of every `opgang serve` process (LISTEN/NOTIFY).
            from bot.events_pg import PgBridge

            tasks.append(asyncio.create_task(PgBridge(rt.events, settings.database_url).run(stop)))
        if settings.telegram_enabled:
            from handlers.telegram import start_telegram

            tasks.extend(await start_telegram(app, rt, stop, polling=background))
        if background:
            tasks.append(asyncio.create_task(DeliveryWorker(rt, channels).run(stop)))
            # Appointment notices and reminders, each put in the outbox once (bot/scheduler.py).
            tasks.append(asyncio.create_task(Scheduler(rt).run(stop)))
            # Messages spooled while the database was down (here or before a restart).
            tasks.append(asyncio.create_task(spool.keep_replaying(rt, stop)))
            # Closed cases erased after OPGANG_RETENTION_DAYS (bot/actions/privacy.py), daily.
            from bot.actions.privacy import keep_retaining

            tasks.append(asyncio.create_task(keep_retaining(rt, stop)))
            # Overdue messages and requests alert the partner contact, then the lead.
            tasks.append(asyncio.create_task(keep_escalating(rt, stop)))
            # Families' calendar feeds (busy time from other departments).
            from bot.calendar_feeds import keep_refreshing

            tasks.append(asyncio.create_task(keep_refreshing(rt, stop)))
        if background:
            # A serving process: what start-up made (modules, mappers, routes) lives as long as
            # the process; keep full collections from walking it again and again under load.
            gc.collect()
            gc.freeze()
        try:
            yield
        finally:
            stop.set()
            for task in tasks:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await task
            for channel in channels.values():
                await channel.close()
            await rt.db.dispose()

    # /docs is mounted by handlers.routes with a Content-Security-Policy (handlers/docs.py).
    # FastAPI's native OpenTelemetry off: Opgang exports no traces, metrics or logs through it,
    # and while it is on FastAPI looks up the global providers (and os.environ) per request.
    app = FastAPI(title="Opgang", version="0.1.0", lifespan=lifespan, docs_url=None,
                  redoc_url=None, telemetry={"tracing": False, "metrics": False, "logs": False},
                  description="One entrance to the municipality for vulnerable families.")
    app.state.rt = rt
    from handlers.routes import include_all

    include_all(app, rt)
    return app
