"""The engine and sessions: one `Database` per process, SQLite tuned for safe concurrent use."""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any, Generic, TypeVar

from sqlalchemy import Table, event, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.sql.dml import Insert

from storage.sqlite_inline import BEGIN_IMMEDIATE, connector

log = logging.getLogger(__name__)

Item = TypeVar("Item")
Outcome = TypeVar("Outcome")
StoreBatch = Callable[[AsyncSession, list[Item]], Awaitable[list[Outcome]]]


WRITERS_POSTGRESQL = 3
"""Batches a group commit stores at the same time on PostgreSQL (each on a pooled connection)."""


class Database:
    """An async engine and its session factory."""

    def __init__(self, url: str, *, echo: bool = False) -> None:
        self.url = url
        # hide_parameters: an error or echo line must never quote a message body or a phone.
        kwargs: dict[str, Any] = {"echo": echo, "hide_parameters": True}
        if url.startswith("sqlite"):
            kwargs["connect_args"] = {"timeout": 10}
        else:
            # No pool_pre_ping: it costs a round trip per checkout. A connection the server has
            # ended fails its first statement, which invalidates the pool; group commits retry
            # once on that, and every other write path is retried by its caller.
            kwargs.update(pool_size=10, max_overflow=10)
        self.engine: AsyncEngine = create_async_engine(url, **kwargs)
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine.sync_engine, "connect", _sqlite_pragmas)
            if self.engine.dialect.driver == "aiosqlite":
                event.listen(self.engine.sync_engine, "do_connect", _aiosqlite_do_connect)
        self.sessions = async_sessionmaker(self.engine, expire_on_commit=False)
        # Group commits write through their own connection: on SQLite one that runs on the
        # event loop's thread (see storage/sqlite_inline.py), on PostgreSQL the common pool.
        self.writer_engine = self.engine
        if self.engine.dialect.name == "sqlite" and self.engine.dialect.driver == "aiosqlite":
            self.writer_engine = create_async_engine(url, echo=echo, hide_parameters=True)
            writer = self.writer_engine.sync_engine
            event.listen(writer, "do_connect", _inline_do_connect)
            event.listen(writer, "connect", _sqlite_writer_pragmas)
            event.listen(writer, "begin", _begin_immediate)
        self._writer_sessions = async_sessionmaker(self.writer_engine, expire_on_commit=False)
        self._groups: dict[object, GroupCommit[Any, Any]] = {}

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[AsyncSession]:
        """A session inside one transaction: committed on success, rolled back on error."""
        async with self.sessions() as session, session.begin():
            yield session

    @asynccontextmanager
    async def writing(self) -> AsyncIterator[AsyncSession]:
        """Like `transaction`, on the group-commit writer's connection (see `GroupCommit`)."""
        async with self._writer_sessions() as session, session.begin():
            yield session

    @asynccontextmanager
    async def reading(self) -> AsyncIterator[AsyncSession]:
        """A session for reads only (no commit)."""
        async with self.sessions() as session:
            yield session

    def group_commit(
        self, store: StoreBatch[Item, Outcome], *, max_batch: int = 128,
    ) -> GroupCommit[Item, Outcome]:
        """The group commit of this database for `store` (one per function, made on first use)."""
        group = self._groups.get(store)
        if group is None:
            # SQLite has one writer at a time. PostgreSQL takes several: while one batch waits
            # for its commit (the WAL flush, milliseconds), the next is stored beside it.
            concurrency = 1 if self.dialect == "sqlite" else WRITERS_POSTGRESQL
            group = self._groups[store] = GroupCommit(self, store, max_batch=max_batch,
                                                      concurrency=concurrency)
        return group

    async def ping(self) -> bool:
        """True when the database answers a trivial query."""
        try:
            async with self.engine.connect() as conn:
                await conn.execute(text("SELECT 1"))
            return True
        except Exception:  # noqa: BLE001 - any failure means "not ready"
            return False

    async def dispose(self) -> None:
        """Finish the queued group commits, then close every pooled connection.

        The database stays usable: the next use opens new connections and writers.
        """
        for group in list(self._groups.values()):
            await group.close()
        await self.engine.dispose()
        if self.writer_engine is not self.engine:
            await self.writer_engine.dispose()


class GroupCommit(Generic[Item, Outcome]):
    """Many concurrent callers' items stored by one writer task, many per transaction.

    `submit` queues an item and returns its outcome once the transaction holding it has
    committed: never earlier, so a caller that answers after `submit` answers for a durable row.
    The writer takes whatever is queued (up to `max_batch`) and calls `store(session, items)` in
    one transaction; while it commits, the next callers queue up, so the batch grows with the
    load and one commit (one thread hop, one fsync) serves many. A caller that stops waiting
    does not cancel the work: cancelling a transaction half way can leave SQLite locked.
    With `concurrency` above 1 (PostgreSQL) up to that many batches are stored at once, each in
    its own transaction, so that one batch's commit latency does not hold up the next.

    `store` must be idempotent (it may be run again for the same items) and return one outcome
    per item, in order. When a batch fails:
    - the database is unavailable (connection lost, locked, timed out): every caller in the
      batch gets that error, after one retry when the failure ended a pooled connection (a
      PostgreSQL restart; the pool is fresh for the retry) or a deadlock between batches;
    - anything else (one item's data, a bug in a rule): each item is stored again in a
      transaction of its own, so only the item at fault fails.
    """

    def __init__(self, db: Database, store: StoreBatch[Item, Outcome], *,
                 max_batch: int = 128, concurrency: int = 1) -> None:
        self.db = db
        self.store = store
        self.max_batch = max_batch
        self.concurrency = concurrency
        self._queue: asyncio.Queue[tuple[Item, asyncio.Future[Outcome]]] | None = None
        self._writer: asyncio.Task[None] | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    async def submit(self, item: Item) -> Outcome:
        """Store `item` with whatever else is queued; its outcome once committed."""
        loop = asyncio.get_running_loop()
        if self._loop is not loop or self._queue is None or self._writer is None \
                or self._writer.done():
            self._start(loop)
        assert self._queue is not None
        future: asyncio.Future[Outcome] = loop.create_future()
        self._queue.put_nowait((item, future))
        # A cancelled caller cancels only its future: the writer still stores the item.
        return await future

    async def close(self) -> None:
        """Store what is queued and stop the writer (a later `submit` starts a new one)."""
        writer, queue = self._writer, self._queue
        self._writer = self._queue = self._loop = None
        if writer is None or queue is None or writer.done():
            return
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if writer.get_loop() is not running:
            return  # a writer of another (finished) event loop: nothing can run it any more
        queue.put_nowait(_STOP)  # type: ignore[arg-type]
        with contextlib.suppress(asyncio.CancelledError):
            await writer

    def _start(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop
        self._queue = asyncio.Queue()
        # A fresh context: the writer outlives the request that started it, and must not stamp
        # that request's id or client address on every later caller's rows (bot.request_context).
        self._writer = loop.create_task(self._run(self._queue), name="group-commit",
                                        context=contextvars.Context())

    async def _run(self, queue: asyncio.Queue[tuple[Item, asyncio.Future[Outcome]]]) -> None:
        batch: list[tuple[Item, asyncio.Future[Outcome]]] = []
        slots = asyncio.Semaphore(self.concurrency)
        running: set[asyncio.Task[None]] = set()
        try:
            while True:
                # A free slot first: with one slot the next batch is whatever queued up while
                # the last one was being stored.
                await slots.acquire()
                entry = await queue.get()
                stopping = entry is _STOP
                batch = [] if stopping else [entry]
                while len(batch) < self.max_batch and not queue.empty():
                    more = queue.get_nowait()
                    if more is _STOP:
                        stopping = True
                        continue
                    batch.append(more)
                if batch:
                    task = asyncio.create_task(self._write_in_slot(batch, slots))
                    running.add(task)
                    task.add_done_callback(running.discard)
                else:
                    slots.release()
                batch = []
                if stopping and queue.empty():
                    if running:
                        await asyncio.wait(running)
                    return
        finally:
            # Only when the task itself is cancelled (the loop is going away): nobody waits
            # for ever, and the callers treat it as a database that did not answer.
            pending = batch + _drain(queue)
            for _, future in pending:
                if not future.done():
                    future.set_exception(ConnectionError("the database writer stopped"))

    async def _write_in_slot(self, batch: list[tuple[Item, asyncio.Future[Outcome]]],
                             slots: asyncio.Semaphore) -> None:
        try:
            await self._write(batch)
        except BaseException:
            for _, future in batch:  # cancelled with the loop: nobody is left waiting
                _fail(future, ConnectionError("the database writer stopped"))
            raise
        finally:
            slots.release()

    async def _write(self, batch: list[tuple[Item, asyncio.Future[Outcome]]]) -> None:
        items = [item for item, _ in batch]
        try:
            outcomes = await self._commit(items, retry_lost_connection=True)
        except Exception as exc:  # noqa: BLE001 - handed to the callers, never lost
            if len(batch) == 1 or _unavailable(exc):
                for _, future in batch:
                    _fail(future, exc)
                return
            log.warning("a group commit of %d items failed (%s); storing them one by one",
                        len(batch), type(exc).__name__)
            for item, future in batch:
                try:
                    [outcome] = await self._commit([item], retry_lost_connection=False)
                except Exception as one:  # noqa: BLE001
                    _fail(future, one)
                else:
                    if not future.done():
                        future.set_result(outcome)
            return
        for (_, future), outcome in zip(batch, outcomes, strict=True):
            if not future.done():
                future.set_result(outcome)

    async def _commit(self, items: list[Item], *, retry_lost_connection: bool) -> list[Outcome]:
        try:
            async with self.db.writing() as session:
                outcomes = await self.store(session, items)
        except DBAPIError as exc:
            # Once more after a lost connection (the pool is fresh now) or when PostgreSQL chose
            # this transaction as the victim of a deadlock or serialization failure.
            lost = exc.connection_invalidated
            if not (retry_lost_connection and (lost or _sqlstate(exc)[:2] == "40")):
                raise
            async with self.db.writing() as session:
                outcomes = await self.store(session, items)
        if len(outcomes) != len(items):
            raise RuntimeError(f"{self.store.__qualname__} returned {len(outcomes)} outcomes "
                               f"for {len(items)} items")
        return outcomes


_STOP = object()


def _drain(queue: asyncio.Queue[Any]) -> list[Any]:
    entries = []
    while not queue.empty():
        entry = queue.get_nowait()
        if entry is not _STOP:
            entries.append(entry)
    return entries


def _sqlstate(exc: DBAPIError) -> str:
    code = getattr(exc.orig, "sqlstate", None) or getattr(exc.orig, "pgcode", None)
    return code if isinstance(code, str) else ""


def _fail(future: asyncio.Future[Any], exc: BaseException) -> None:
    if not future.done():
        future.set_exception(exc)


def _unavailable(exc: BaseException) -> bool:
    """The database as a whole could not take the batch (not one item's fault)."""
    return isinstance(exc, OperationalError | InterfaceError | PoolTimeout | OSError
                      | TimeoutError)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # WAL lets readers run beside the one writer; NORMAL survives a process crash (kill -9).
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


WRITER_LOCK_TIMEOUT = 10.0
"""Seconds the group-commit writer waits for SQLite's write lock (as the others' busy_timeout)."""


def _sqlite_writer_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # As `_sqlite_pragmas`, but no busy_timeout: this connection must never wait inside SQLite.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _inline_do_connect(dialect: Any, _record: Any, cargs: Any, cparams: Any) -> Any:
    """Connect through `storage.sqlite_inline` with the arguments SQLAlchemy made of the URL."""
    return dialect.dbapi.connect(*cargs, async_creator_fn=connector(WRITER_LOCK_TIMEOUT),
                                 **cparams)


def _begin_immediate(connection: Any) -> None:
    # Take the write lock when the transaction begins (the inline connection waits for it
    # without blocking the event loop), not at the first write.
    connection.exec_driver_sql(BEGIN_IMMEDIATE)


def _aiosqlite_do_connect(dialect: Any, _record: Any, cargs: Any, cparams: Any) -> Any:
    """Connect through `_aiosqlite_connect`, with the arguments SQLAlchemy made of the URL."""
    return dialect.dbapi.connect(*cargs, async_creator_fn=_aiosqlite_connect, **cparams)


async def _aiosqlite_connect(*args: Any, **kwargs: Any) -> Any:
    """aiosqlite.connect, waiting for its thread to end when the connection fails.

    A failed connect leaves aiosqlite's worker thread to report its own stop to the event loop.
    Without the wait, a command that fails at once (`opgang db upgrade` on a missing directory)
    can close its loop first, and the thread then prints a traceback to stderr at exit.
    """
    import aiosqlite

    connection = aiosqlite.connect(*args, **kwargs)
    connection._thread.daemon = True  # as SQLAlchemy's own connect does: never block the exit
    try:
        return await connection
    except BaseException:
        await asyncio.to_thread(connection._thread.join, 5.0)
        raise


_INSERT_IGNORE: dict[tuple[Table, str, str | None], Insert] = {}


def insert_ignore_statement(table: Table, dialect: str, returning: str | None = None) -> Insert:
    """INSERT … ON CONFLICT DO NOTHING for `table`, built once per dialect and returned column.

    The values go in as parameters at execution, so the statement object and its compiled form
    (cached by SQLAlchemy against this very object) are reused by every call.
    """
    key = (table, dialect, returning)
    stmt = _INSERT_IGNORE.get(key)
    if stmt is None:
        insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
        stmt = insert(table).on_conflict_do_nothing()
        if returning is not None:
            stmt = stmt.returning(table.c[returning])
        _INSERT_IGNORE[key] = stmt
    return stmt


async def insert_ignore(
    session: AsyncSession, model: type[DeclarativeBase], values: dict[str, Any],
    *, returning: Any = None,
) -> Any:
    """INSERT … ON CONFLICT DO NOTHING; returns the `returning` column, or None on a conflict.

    Idempotency lives in the schema: a conflicting insert *is* the duplicate, whatever the timing.
    """
    dialect = session.bind.dialect.name if session.bind is not None else "sqlite"
    table = model.__table__
    assert isinstance(table, Table)
    stmt = insert_ignore_statement(table, dialect, returning.key if returning is not None else None)
    result = await session.execute(stmt, values)
    if returning is not None:
        return result.scalar_one_or_none()
    return True if result.rowcount else None  # type: ignore[attr-defined]
