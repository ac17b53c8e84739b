"""The spool on its own: durable files, oldest first, a crashed write never blocks the replay."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from bot import spool
from bot.runtime import Runtime
from storage.models import Message
from tests.factories import PARENT_PHONE, world

SATURDAY_MORNING = datetime(2026, 11, 28, 9, 30, tzinfo=ZoneInfo("Europe/Copenhagen"))
ROOT = Path(__file__).resolve().parents[2]


def entry(body: str, provider_id: str, received_at: datetime = SATURDAY_MORNING) -> spool.Entry:
    return spool.Entry(channel="sms", sender=PARENT_PHONE, body=body, provider_id=provider_id,
                       to=None, received_at=received_at)


async def stored(rt: Runtime) -> list[Message]:
    async with rt.db.reading() as session:
        return list(await session.scalars(select(Message).order_by(Message.id)))


def crash_while_writing(directory: Path) -> subprocess.CompletedProcess[str]:
    """A process killed by the kernel half-way through writing a spool file (file size limit)."""
    script = textwrap.dedent(f"""
        import resource
        import signal
        from datetime import UTC, datetime
        from pathlib import Path
        from bot import spool
        signal.signal(signal.SIGXFSZ, signal.SIG_DFL)  # Python ignores it; the kernel's default
        resource.setrlimit(resource.RLIMIT_FSIZE, (512, 512))
        spool.write(Path({str(directory)!r}), spool.Entry(
            channel="sms", sender="+4520123456", body="x" * 5000, provider_id="SMcrash",
            to=None, received_at=datetime.now(UTC)))
    """)
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, text=True,
                          capture_output=True, timeout=60, check=False)


async def test_files_are_replayed_oldest_first_and_keep_their_time(rt: Runtime) -> None:
    await world(rt)
    directory = rt.settings.spool_dir
    sent = [SATURDAY_MORNING + timedelta(seconds=i) for i in range(3)]
    for i, body in enumerate(["først", "så", "til sidst"]):
        path = spool.write(directory, entry(body, f"SMorder{i}", sent[i]))
        assert path.stat().st_mode & 0o777 == 0o600  # bodies and numbers: the owner's eyes only
    assert directory.stat().st_mode & 0o777 == 0o700
    rt.clock = lambda: SATURDAY_MORNING + timedelta(minutes=1)
    assert await spool.replay(rt) == 3
    assert [(m.body, m.created_at) for m in await stored(rt) if m.direction == "in"] == [
        ("først", sent[0]), ("så", sent[1]), ("til sidst", sent[2])]
    assert spool.pending(directory) == []


async def test_a_write_killed_half_way_is_ignored_by_the_replay(rt: Runtime) -> None:
    await world(rt)
    directory = rt.settings.spool_dir
    spool.write(directory, entry("før", "SMbefore"))
    crashed = crash_while_writing(directory)
    assert crashed.returncode == -signal.SIGXFSZ, crashed.stderr
    [half] = [p for p in directory.iterdir() if p.name.endswith(spool.TEMP_SUFFIX)]
    assert 0 < half.stat().st_size <= 512
    spool.write(directory, entry("efter", "SMafter"))

    assert await spool.replay(rt) == 2
    assert [m.body for m in await stored(rt) if m.direction == "in"] == ["før", "efter"]
    assert "SMcrash" not in {m.provider_id for m in await stored(rt)}
    assert list(directory.iterdir()) == [half]  # too fresh to be called abandoned


async def test_a_file_that_is_not_an_entry_is_set_aside_and_blocks_nothing(rt: Runtime) -> None:
    await world(rt)
    directory = rt.settings.spool_dir
    spool.write(directory, entry("første", "SMfirst"))
    broken = spool.write(directory, entry("ødelagt", "SMbroken"))
    broken.write_text("{ not json")
    spool.write(directory, entry("sidste", "SMlast"))
    assert await spool.replay(rt) == 2
    assert [m.body for m in await stored(rt) if m.direction == "in"] == ["første", "sidste"]
    assert [p.name for p in directory.iterdir()] == [broken.name + ".unreadable"]


async def test_a_message_the_database_refuses_is_set_aside_and_blocks_nothing(
    rt: Runtime,
) -> None:
    if rt.db.dialect != "postgresql":
        pytest.skip("SQLite stores a provider id of any length")
    await world(rt)
    directory = rt.settings.spool_dir
    refused = spool.write(directory, entry("for langt id", "SM" + "x" * 64))
    spool.write(directory, entry("næste", "SMnext"))
    assert await spool.replay(rt) == 1
    assert [m.body for m in await stored(rt) if m.direction == "in"] == ["næste"]
    assert [p.name for p in directory.iterdir()] == [refused.name + ".rejected"]


async def test_only_a_timely_replay_gets_the_out_of_hours_answer(rt: Runtime) -> None:
    await world(rt)
    directory = rt.settings.spool_dir
    rt.clock = lambda: SATURDAY_MORNING + timedelta(minutes=30)
    spool.write(directory, entry("skrevet for længe siden", "SMold"))
    assert await spool.replay(rt) == 1
    assert [m.direction for m in await stored(rt)] == ["in"]  # closed, but half an hour late

    spool.write(directory, entry("skrevet lige nu", "SMfresh",
                                 SATURDAY_MORNING + timedelta(minutes=28)))
    assert await spool.replay(rt) == 1
    assert [(m.direction, m.kind) for m in await stored(rt)] == [
        ("in", "chat"), ("in", "chat"), ("out", "auto")]

