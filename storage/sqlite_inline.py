"""SQLite run on the event loop's own thread, for the one writer that takes the write lock first.

aiosqlite runs every call on a thread of its own: about four thread hand-offs per statement, each
of which has to win the GIL back from the busy event loop thread. For the inbound group commit
(`storage.db.GroupCommit`) that cost more than the statements themselves. This module gives
SQLAlchemy's aiosqlite dialect a connection with aiosqlite's interface that calls `sqlite3`
directly instead.

Running SQLite on the loop's thread is only safe if SQLite never waits there for a lock held by
another connection of the same process (whose holder needs the loop to finish): the connection
is opened with a busy timeout of 0, and the engine begins every transaction with
`BEGIN IMMEDIATE`, which this connection retries with `asyncio.sleep` while another connection
writes (up to `lock_timeout`, then "database is locked" as usual). Once it holds the write lock,
nothing inside the transaction waits for anyone in WAL mode: readers never block the one writer.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from typing import Any

BEGIN_IMMEDIATE = "BEGIN IMMEDIATE"
_BUSY = (5, 6)  # SQLITE_BUSY, SQLITE_LOCKED
_FIRST_WAIT, _LONGEST_WAIT = 0.0005, 0.02


class InlineCursor:
    """aiosqlite's cursor interface over a `sqlite3.Cursor`, without a thread."""

    __slots__ = ("_owner", "_cursor")

    def __init__(self, owner: InlineConnection, cursor: sqlite3.Cursor) -> None:
        self._owner = owner
        self._cursor = cursor

    async def __aenter__(self) -> InlineCursor:
        return self

    async def __aexit__(self, *_exc: object) -> None:
        self._cursor.close()

    async def execute(self, sql: str, parameters: Sequence[Any] = ()) -> InlineCursor:
        if sql == BEGIN_IMMEDIATE:
            await self._owner.begin_immediate(self._cursor)
        else:
            self._cursor.execute(sql, parameters)
        return self

    async def executemany(self, sql: str, seq: Iterable[Sequence[Any]]) -> InlineCursor:
        self._cursor.executemany(sql, seq)
        return self

    async def fetchone(self) -> Any:
        return self._cursor.fetchone()

    async def fetchmany(self, size: int | None = None) -> list[Any]:
        return self._cursor.fetchmany(size if size is not None else self._cursor.arraysize)

    async def fetchall(self) -> list[Any]:
        return self._cursor.fetchall()

    async def close(self) -> None:
        self._cursor.close()

    @property
    def description(self) -> Any:
        return self._cursor.description

    @property
    def rowcount(self) -> int:
        return self._cursor.rowcount

    @property
    def lastrowid(self) -> int | None:
        return self._cursor.lastrowid

    @property
    def arraysize(self) -> int:
        return self._cursor.arraysize

    @arraysize.setter
    def arraysize(self, value: int) -> None:
        self._cursor.arraysize = value


class _RunNow:
    """Stands in for aiosqlite's call queue (SQLAlchemy sets the isolation level through it)."""

    def __init__(self, owner: InlineConnection) -> None:
        self._owner = owner

    def put_nowait(self, call: tuple[asyncio.Future[Any] | None, Callable[[], Any]]) -> None:
        future, function = call
        try:
            result = function()
        except BaseException as exc:  # noqa: BLE001 - handed to the waiting future
            if future is not None:
                future.set_exception(exc)
            return
        if future is not None:
            future.set_result(result)


class InlineConnection:
    """aiosqlite's connection interface over a `sqlite3.Connection`, without a thread."""

    def __init__(self, connection: sqlite3.Connection, *, lock_timeout: float) -> None:
        self._connection: sqlite3.Connection | None = connection
        self._tx = _RunNow(self)
        self.lock_timeout = lock_timeout

    @property
    def _conn(self) -> sqlite3.Connection:
        if self._connection is None:
            raise ValueError("no active connection")
        return self._connection

    @property
    def isolation_level(self) -> str | None:
        return self._conn.isolation_level

    async def begin_immediate(self, cursor: sqlite3.Cursor) -> None:
        """Take the write lock, waiting asynchronously while another connection holds it."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.lock_timeout
        wait = _FIRST_WAIT
        while True:
            try:
                cursor.execute(BEGIN_IMMEDIATE)
                return
            except sqlite3.OperationalError as exc:
                if getattr(exc, "sqlite_errorcode", None) not in _BUSY \
                        or loop.time() + wait > deadline:
                    raise
            await asyncio.sleep(wait)
            wait = min(2 * wait, _LONGEST_WAIT)

    def cursor(self) -> InlineCursor:
        return InlineCursor(self, self._conn.cursor())

    async def commit(self) -> None:
        self._conn.commit()

    async def rollback(self) -> None:
        self._conn.rollback()

    async def create_function(self, *args: Any, **kwargs: Any) -> None:
        self._conn.create_function(*args, **kwargs)

    async def close(self) -> None:
        self.stop()

    def stop(self) -> None:
        """Close at once (SQLAlchemy's terminate)."""
        if self._connection is not None:
            self._connection.close()
            self._connection = None


def connector(lock_timeout: float) -> Callable[..., Any]:
    """An `async_creator_fn` for SQLAlchemy's aiosqlite dialect that makes `InlineConnection`s.

    Takes the arguments SQLAlchemy derives from the URL; SQLite's own busy timeout is 0 and the
    driver opens no transactions itself (the engine's `BEGIN IMMEDIATE` does).
    """

    async def connect(database: str, **kwargs: Any) -> InlineConnection:
        kwargs.update(timeout=0, isolation_level=None, check_same_thread=False)
        return InlineConnection(sqlite3.connect(database, **kwargs), lock_timeout=lock_timeout)

    return connect
