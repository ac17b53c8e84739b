"""The inbound spool: messages the database could not take, kept on local disk until it can.

Twilio does not retry an inbound SMS, so a webhook that answers 5xx while the database is down
loses a family's message. Instead `receive_or_spool` writes such a message to
`OPGANG_SPOOL_DIR`, one JSON file per message, durably (temporary name, fsync, atomic rename,
fsync of the directory) before the webhook answers 200. `replay` feeds the files, oldest first,
to `bot.actions.inbound.receive` once the database is back and deletes each one after it is
stored; `receive` is idempotent on the provider's id, so a file replayed twice (a crash between
storing and deleting, two processes sharing the directory) is stored once.

A replayed message keeps the time it was received; one replayed more than
`bot.actions.inbound.STALE_FOR_HOURS_ANSWER` late gets no out-of-hours answer. Messages that
reach the database directly while older ones still wait in the spool are stored first; their
`created_at` keeps the conversation in the order the family wrote it.

The files hold message bodies and phone numbers: the directory is created owner-only (0700) and
each file is 0600. Logs name the file and a masked number, never the body.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import threading
import time
import uuid
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy.exc import DataError, DBAPIError, IntegrityError
from sqlalchemy.exc import TimeoutError as PoolTimeout

from bot.actions.inbound import Received, receive
from bot.actions.outbound import ADDRESS_KIND
from bot.phones import mask
from bot.runtime import Runtime

log = logging.getLogger(__name__)

SUFFIX = ".json"
TEMP_SUFFIX = ".tmp"
RECEIVE_TIMEOUT = 8.0
"""Seconds a webhook waits for the database before spooling: Twilio gives up after 15."""
REPLAY_EVERY = 3.0
"""Seconds between looks at the spool while the service runs."""
STALE_TEMP = 3600.0
"""Seconds after which a temporary file is an abandoned write (a crash before the rename)."""

DATABASE_UNAVAILABLE: tuple[type[BaseException], ...] = (
    DBAPIError, PoolTimeout, OSError, ConnectionError, asyncio.TimeoutError,
)
"""What a database that cannot take a message raises (drivers raise OSError when unreachable)."""


@dataclass(frozen=True)
class Entry:
    """One inbound message as `receive` takes it, with the time it was received."""

    channel: str
    sender: str
    body: str
    provider_id: str
    to: str | None
    received_at: datetime

    def to_json(self) -> bytes:
        """The file's content."""
        data: dict[str, Any] = asdict(self)
        data["received_at"] = self.received_at.isoformat()
        return json.dumps(data, ensure_ascii=False).encode("utf-8")

    @classmethod
    def from_json(cls, raw: bytes) -> Entry:
        """An entry read back; ValueError (or KeyError, TypeError) when the file is not one."""
        data = json.loads(raw.decode("utf-8"))
        received_at = datetime.fromisoformat(data["received_at"])
        if received_at.tzinfo is None:
            raise ValueError("received_at: naive datetime")
        if data["channel"] not in ADDRESS_KIND:
            raise ValueError(f"channel: unknown {data['channel']!r}")
        return cls(channel=str(data["channel"]), sender=str(data["sender"]),
                   body=str(data["body"]), provider_id=str(data["provider_id"]),
                   to=None if data["to"] is None else str(data["to"]), received_at=received_at)


_names = threading.Lock()
_last_ns = 0


def _next_name() -> str:
    """A file name that sorts after every earlier one written by this process."""
    global _last_ns
    with _names:
        _last_ns = max(time.time_ns(), _last_ns + 1)
        return f"{_last_ns:020d}-{uuid.uuid4().hex[:12]}{SUFFIX}"


def write(directory: Path, entry: Entry) -> Path:
    """Keep `entry` durably in `directory`; the path of its file once it is safely on disk."""
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    name = _next_name()
    final = directory / name
    temp = directory / f".{name}{TEMP_SUFFIX}"
    with open(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb") as file:
        file.write(entry.to_json())  # a buffered file: writes all of it, or raises
        file.flush()
        os.fsync(file.fileno())
    os.rename(temp, final)
    # The rename is durable only once the directory itself is on disk.
    dir_fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)
    return final


def pending(directory: Path) -> list[Path]:
    """The spooled files, oldest first; temporary files of unfinished writes are not among them."""
    try:
        names = os.listdir(directory)
    except FileNotFoundError:
        return []
    return [directory / n for n in sorted(names) if n.endswith(SUFFIX) and not n.startswith(".")]


async def receive_or_spool(
    rt: Runtime, *, channel: str, sender: str, body: str, provider_id: str,
    to: str | None = None,
) -> Received | None:
    """`receive`, or, when the database cannot take the message, spool it: None then."""
    received_at = rt.clock()
    try:
        # The timeout stops only this wait: `receive` hands the message to the group-commit
        # writer (storage.db.GroupCommit), which is never cancelled and still stores it. The
        # spooled copy then replays as a duplicate, stored once.
        async with asyncio.timeout(RECEIVE_TIMEOUT):
            return await receive(rt, channel=channel, sender=sender, body=body,
                                 provider_id=provider_id, to=to)
    except DATABASE_UNAVAILABLE as exc:
        entry = Entry(channel=channel, sender=sender, body=body, provider_id=provider_id, to=to,
                      received_at=received_at)
        try:
            path = await asyncio.to_thread(write, rt.settings.spool_dir, entry)
        except OSError as failed:
            # No traceback: the database error's text would quote the body and the number.
            log.error("could not spool a %s message from %s either (%s); it is lost",
                      channel, mask(sender), failed.strerror or type(failed).__name__)
            raise exc from None
        # The exception's text can quote the statement's parameters (the body): name its type.
        log.warning("database unavailable (%s): %s message from %s spooled to %s",
                    type(exc).__name__, channel, mask(sender), path.name)
        return None


async def replay(rt: Runtime) -> int:
    """Store the spooled messages oldest first, deleting each once stored; how many were.

    Stops at the first failure and leaves that file and the rest for the next round.
    """
    directory = rt.settings.spool_dir
    _remove_abandoned(directory)
    done = 0
    for path in pending(directory):
        try:
            entry = Entry.from_json(path.read_bytes())
        except FileNotFoundError:
            continue  # another process sharing the directory replayed it
        except (ValueError, KeyError, TypeError):
            _set_aside(path, "unreadable", "is not a spooled message")
            continue
        try:
            await receive(rt, channel=entry.channel, sender=entry.sender, body=entry.body,
                          provider_id=entry.provider_id, to=entry.to,
                          received_at=entry.received_at)
        except Exception as exc:  # noqa: BLE001 - keep the file whatever failed; retried later
            if _refused(exc):
                _set_aside(path, "rejected", f"was refused by the database ({_sqlstate(exc)})")
                continue
            level = logging.DEBUG if isinstance(exc, DATABASE_UNAVAILABLE) else logging.ERROR
            log.log(level, "spool replay stopped at %s (%s); %d stored this round",
                    path.name, type(exc).__name__, done)
            break
        path.unlink(missing_ok=True)
        done += 1
    if done:
        log.info("replayed %d spooled message(s)", done)
    return done


async def keep_replaying(rt: Runtime, stop: asyncio.Event) -> None:
    """Replay at start and then every `REPLAY_EVERY` seconds while files wait, until `stop`."""
    while not stop.is_set():
        if pending(rt.settings.spool_dir):
            try:
                await replay(rt)
            except Exception:
                log.exception("spool replay failed")
        try:
            await asyncio.wait_for(stop.wait(), REPLAY_EVERY)
        except TimeoutError:
            pass


def _sqlstate(exc: BaseException) -> str:
    code = getattr(getattr(exc, "orig", None), "sqlstate", None)
    return code if isinstance(code, str) else type(exc).__name__


def _refused(exc: BaseException) -> bool:
    """The database answered and refused this one message: it would refuse it at every replay.

    SQLSTATE class 22 (data exception) or 23 (integrity); asyncpg reports the former as a plain
    `DBAPIError`, hence the code and not only the class.
    """
    if isinstance(exc, IntegrityError | DataError):
        return True
    return _sqlstate(exc)[:2] in ("22", "23")


def _set_aside(path: Path, suffix: str, why: str) -> None:
    """A file replay cannot use: renamed so it blocks nothing, kept for a human to look at."""
    aside = path.with_name(f"{path.name}.{suffix}")
    path.rename(aside)
    log.error("spool file %s %s; kept as %s", path.name, why, aside.name)


def _remove_abandoned(directory: Path) -> None:
    """Delete temporary files of writes that never finished: those were never acknowledged."""
    try:
        names = os.listdir(directory)
    except FileNotFoundError:
        return
    cutoff = time.time() - STALE_TEMP
    for name in names:
        if name.startswith(".") and name.endswith(TEMP_SUFFIX):
            path = directory / name
            try:
                if path.stat().st_mtime < cutoff:
                    path.unlink()
            except FileNotFoundError:
                pass
