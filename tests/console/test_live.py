"""Live updates: a page hears about a change only for families its worker may see."""

from __future__ import annotations

import asyncio

from bot.actions.families import update_family
from bot.actions.inbound import receive
from bot.actions.sessions import log_in, log_out
from bot.events import Event
from bot.runtime import Runtime
from handlers.console.live import relevant, stream
from storage.models import Worker
from tests.factories import PARENT_PHONE, PASSWORD, World, world


async def collect(rt: Runtime, token: str, seconds: float, after: asyncio.Event) -> list[str]:
    """Every frame of a stream of `seconds`, skipping the opening `retry:` line."""
    got = []
    async for frame in stream(rt, token, seconds=seconds):
        if frame.startswith("retry:"):
            after.set()
            continue
        got.append(frame)
    return got


async def worker(rt: Runtime, worker_id: int) -> Worker:
    async with rt.db.reading() as session:
        found = await session.get(Worker, worker_id)
    assert found is not None
    return found


async def test_a_new_message_reaches_both_contacts_streams_and_no_one_else(rt: Runtime) -> None:
    w = await world(rt)
    tokens = {email: (await log_in(rt, email=email, password=PASSWORD)).token
              for email in ("amira@example.dk", "jonas@example.dk", "sofie@example.dk")}
    ready = [asyncio.Event() for _ in tokens]
    tasks = [asyncio.create_task(collect(rt, token, 2.0, flag))
             for token, flag in zip(tokens.values(), ready, strict=True)]
    await asyncio.gather(*(flag.wait() for flag in ready))
    received = await receive(rt, channel="simulator", sender=PARENT_PHONE, body="Hej",
                             provider_id="live-1")
    amira, jonas, sofie = await asyncio.gather(*tasks)
    expected = f'event: change\ndata: {{"family_id": {w.family_id}, "kind": "message"}}\n\n'
    assert amira == jonas == [expected]
    assert sofie == []
    assert received.message_id is not None


async def test_a_handover_tells_the_old_contact_to_re_read_without_naming_the_family(
    rt: Runtime,
) -> None:
    w: World = await world(rt)
    amira = await worker(rt, w.primary_id)
    await update_family(rt, family_id=w.family_id, actor_id=w.primary_id,
                        contacts=[w.partner_id, w.colleague_id], note="Amira går på orlov")
    handed = Event("family", w.team_id, w.family_id)
    assert await relevant(rt, amira, handed) == ("refresh", {})
    message = Event("message", w.team_id, w.family_id, {"id": 1})
    assert await relevant(rt, amira, message) is None
    sofie = await worker(rt, w.colleague_id)
    assert await relevant(rt, sofie, message) == ("change", {"family_id": w.family_id,
                                                             "kind": "message"})
    outsider = await worker(rt, w.outsider_id)
    assert await relevant(rt, outsider, handed) is None
    intake = Event("intake", w.team_id, None, {"id": 2})
    assert await relevant(rt, sofie, intake) is None
    assert await relevant(rt, await worker(rt, w.lead_id), intake) == ("intake", {})


async def test_a_stream_ends_when_its_session_is_logged_out(rt: Runtime) -> None:
    await world(rt)
    token = (await log_in(rt, email="amira@example.dk", password=PASSWORD)).token
    ready = asyncio.Event()
    task = asyncio.create_task(collect(rt, token, 5.0, ready))
    await ready.wait()
    await log_out(rt, token=token)
    rt.events.publish(Event("message", None, None))
    assert await asyncio.wait_for(task, 2) == ["event: signed-out\ndata: {}\n\n"]
