"""Live updates for open console pages: Server-Sent Events, filtered through `bot.access`.

An event says only that something changed for a family (its id and kind, never a message): the
page then fetches what it shows through the same access-checked reads as on load. Each stream
ends after `STREAM_SECONDS` and the browser reconnects by itself (catching up on every
connection, so nothing published in between is missed). Why so short: uvicorn waits for open
responses before it stops, and an application cannot tell that a shutdown has begun, so a
stream must end on its own soon after Ctrl-C.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator

from fastapi import APIRouter
from fastapi.responses import StreamingResponse

from bot import access, console_queries
from bot.events import Event
from bot.runtime import Runtime
from handlers.console.routing import ConsoleRoute
from handlers.console.session import FetchVisitor
from storage.models import Worker

router = APIRouter(route_class=ConsoleRoute)

STREAM_SECONDS = 10.0
RETRY_MS = 1000


async def relevant(
    rt: Runtime, worker: Worker, event: Event,
) -> tuple[str, dict[str, object]] | None:
    """The SSE event `worker` may receive for `event`, or None (asked afresh for each event)."""
    if event.family_id is not None:
        if await console_queries.may_see_family(rt, worker, event.family_id):
            return "change", {"family_id": event.family_id, "kind": event.kind}
        # A handover may just have taken this family from the worker: tell their pages to re-read
        # (without saying which family), so it leaves their inbox at once.
        if event.kind == "family" and event.team_id == worker.team_id:
            return "refresh", {}
        return None
    if event.kind == "intake" and access.sees_intake(worker, event.team_id):
        return "intake", {}
    return None


def _frame(name: str, data: dict[str, object]) -> str:
    return f"event: {name}\ndata: {json.dumps(data)}\n\n"


async def stream(rt: Runtime, token: str, *, seconds: float = STREAM_SECONDS) -> AsyncIterator[str]:
    """The events of one console session for `seconds`; ends early when the session ends."""
    async with rt.events.subscribe() as queue:
        yield f"retry: {RETRY_MS}\n\n"
        loop = asyncio.get_running_loop()
        deadline = loop.time() + seconds
        while (remaining := deadline - loop.time()) > 0:
            try:
                event = await asyncio.wait_for(queue.get(), remaining)
            except TimeoutError:
                break
            signed = await console_queries.signed_in(rt, token)
            if signed is None:
                yield _frame("signed-out", {})
                return
            found = await relevant(rt, signed.worker, event)
            if found is not None:
                yield _frame(*found)


@router.get("/events")
async def events(v: FetchVisitor) -> StreamingResponse:
    """`text/event-stream` of changes the signed-in worker may see."""
    assert v.token is not None
    return StreamingResponse(stream(v.rt, v.token), media_type="text/event-stream",
                             headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"})
