"""Console events across `opgang serve` processes on one PostgreSQL database: LISTEN/NOTIFY.

Each process keeps one asyncpg connection of its own that LISTENs on `CHANNEL` and sends what
its `EventBus` publishes with `pg_notify`; what another process sent is delivered to this
process's subscribers (the console's SSE streams). A process ignores its own notifications (it
delivered them already). Notifications are fire-and-forget: while the connection is down (it is
re-opened with a growing pause) events are lost, and the console catches up anyway, because every
live stream re-reads its page when it reconnects (see `handlers.console.live`). On SQLite there is
one process and the bus stays in-process.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import uuid
from typing import Any

import asyncpg  # type: ignore[import-untyped]
from sqlalchemy.engine import make_url

from bot.events import Event, EventBus

log = logging.getLogger(__name__)

CHANNEL = "opgang_console"
MAX_PAYLOAD = 7000  # PostgreSQL refuses payloads of 8000 bytes or more
RETRY_SECONDS = (0.5, 1, 2, 5, 10)
MAX_BATCH = 100  # events sent in one statement
# One statement, one transaction: PostgreSQL delivers the notifications in order (and only once
# when payloads are identical, which for these hints loses nothing).
NOTIFY_MANY = "SELECT pg_notify($1, payload) FROM unnest($2::text[]) AS payload"


def dsn(database_url: str) -> str:
    """The SQLAlchemy URL (`postgresql+asyncpg://…`) as a libpq DSN that asyncpg connects to."""
    return make_url(database_url).set(drivername="postgresql").render_as_string(
        hide_password=False)


def encode(origin: str, event: Event) -> str:
    """The notification's payload: the event and the process it came from, as JSON."""
    payload = {"origin": origin, "kind": event.kind, "team_id": event.team_id,
               "family_id": event.family_id, "data": event.data}
    text = json.dumps(payload, separators=(",", ":"), default=str)
    if len(text.encode()) > MAX_PAYLOAD:  # the data is a hint; the kind and ids are what count
        payload["data"] = {}
        text = json.dumps(payload, separators=(",", ":"))
    return text


def decode(text: str) -> tuple[str, Event] | None:
    """(origin, event) from a payload; None for anything that is not one of ours."""
    try:
        raw: Any = json.loads(text)
        event = Event(str(raw["kind"]), _int(raw.get("team_id")), _int(raw.get("family_id")),
                      dict(raw.get("data") or {}))
        return str(raw["origin"]), event
    except (ValueError, KeyError, TypeError):
        return None


def _int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


class PgBridge:
    """Connects one process's `EventBus` to the others' through PostgreSQL."""

    def __init__(self, bus: EventBus, database_url: str) -> None:
        self.bus = bus
        self.dsn = dsn(database_url)
        self.origin = uuid.uuid4().hex
        self._outgoing: asyncio.Queue[Event] = asyncio.Queue(maxsize=1000)
        self._own_pid: int | None = None  # the server process of our connection

    def _forward(self, event: Event) -> None:
        try:
            self._outgoing.put_nowait(event)
        except asyncio.QueueFull:  # PostgreSQL unreachable for long: pages catch up on reconnect
            pass

    def _received(self, _conn: object, pid: int, _channel: str, payload: str) -> None:
        if pid == self._own_pid:  # sent by our own connection: no need to decode it to know
            return
        found = decode(payload)
        if found is None or found[0] == self.origin:
            return
        self.bus.deliver(found[1])

    async def run(self, stop: asyncio.Event) -> None:
        """Listen and send until `stop` is set, reconnecting after a lost connection."""
        failures = 0
        try:
            while not stop.is_set():
                try:
                    await self._session(stop)
                    failures = 0
                except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError) as exc:
                    pause = RETRY_SECONDS[min(failures, len(RETRY_SECONDS) - 1)]
                    failures += 1
                    log.warning("console events: PostgreSQL connection lost (%s); again in %ss",
                                type(exc).__name__, pause)
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(stop.wait(), pause)
        finally:
            self.bus.forward = None

    async def _session(self, stop: asyncio.Event) -> None:
        conn: asyncpg.Connection = await asyncpg.connect(self.dsn, timeout=10)
        lost = asyncio.Event()
        conn.add_termination_listener(lambda _conn: lost.set())
        self._own_pid = conn.get_server_pid()
        try:
            await conn.add_listener(CHANNEL, self._received)
            # Forwarding only while listening: `forward` set means this process is bridged.
            self.bus.forward = self._forward
            while not stop.is_set() and not lost.is_set():
                getter = asyncio.ensure_future(self._outgoing.get())
                waiters = [getter, asyncio.ensure_future(stop.wait()),
                           asyncio.ensure_future(lost.wait())]
                await asyncio.wait(waiters, return_when=asyncio.FIRST_COMPLETED)
                for waiter in waiters[1:]:
                    waiter.cancel()
                if not getter.done():
                    getter.cancel()
                    continue
                # What queued up meanwhile goes along: one round trip for a burst of events.
                events = [getter.result()]
                while not self._outgoing.empty() and len(events) < MAX_BATCH:
                    events.append(self._outgoing.get_nowait())
                await conn.execute(NOTIFY_MANY, CHANNEL,
                                   [encode(self.origin, event) for event in events])
            if lost.is_set() and not stop.is_set():
                raise OSError("connection closed")
        finally:
            self.bus.forward = None
            with contextlib.suppress(Exception):
                await asyncio.wait_for(conn.close(), 2)
