"""Live updates across `opgang serve` processes: on PostgreSQL through LISTEN/NOTIFY."""

from __future__ import annotations

import asyncio

from fastapi import FastAPI

from bot.actions.inbound import receive
from bot.actions.sessions import log_in
from bot.app import create_app
from bot.config import Settings
from bot.events import Event
from bot.events_pg import MAX_PAYLOAD, decode, dsn, encode
from bot.runtime import Runtime
from handlers.console.live import stream
from tests.factories import PARENT_PHONE, PASSWORD, world


async def first_change(rt: Runtime, token: str, ready: asyncio.Event) -> str | None:
    """The first event frame a console session's stream gets (None if none in 5 seconds)."""
    async for frame in stream(rt, token, seconds=5.0):
        if frame.startswith("retry:"):
            ready.set()
            continue
        return frame
    return None


async def bridged(rt: Runtime) -> None:
    """Wait until this process LISTENs (on a PostgreSQL connection of its own)."""
    for _ in range(100):
        if rt.events.forward is not None:
            return
        await asyncio.sleep(0.05)
    raise AssertionError("the PostgreSQL bridge did not start")


async def test_a_message_received_by_one_process_reaches_a_page_served_by_another(
    settings: Settings, app: FastAPI,
) -> None:
    here: Runtime = app.state.rt
    if here.db.dialect != "postgresql":
        # One process only: the bus stays in-process and nothing else is started.
        assert here.events.forward is None
        return
    other = create_app(settings, background=False, migrate=False)
    async with other.router.lifespan_context(other):
        there: Runtime = other.state.rt
        await asyncio.gather(bridged(here), bridged(there))
        w = await world(here)
        token = (await log_in(there, email="amira@example.dk", password=PASSWORD)).token
        ready = asyncio.Event()
        watching = asyncio.create_task(first_change(there, token, ready))
        await ready.wait()
        await receive(here, channel="simulator", sender=PARENT_PHONE, body="Hej fra en anden",
                      provider_id="sim-pg-1")
        frame = await asyncio.wait_for(watching, 10)
    assert frame == f'event: change\ndata: {{"family_id": {w.family_id}, "kind": "message"}}\n\n'


def test_a_notification_carries_the_event_and_its_origin_within_postgres_limits() -> None:
    event = Event("message", 3, 7, {"id": 11})
    assert decode(encode("a", event)) == ("a", event)
    big = Event("status", 3, 7, {"reason": "x" * 10_000})
    payload = encode("a", big)
    assert len(payload.encode()) <= MAX_PAYLOAD
    assert decode(payload) == ("a", Event("status", 3, 7, {}))
    assert decode("not json") is None
    assert decode('{"kind": "x"}') is None
    assert dsn("postgresql+asyncpg://u:p@127.0.0.1:5432/opgang") == (
        "postgresql://u:p@127.0.0.1:5432/opgang")
