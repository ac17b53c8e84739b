"""Operations: liveness, readiness and Prometheus metrics."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, PlainTextResponse
from sqlalchemy import func, select

from bot.runtime import Runtime
from storage.models import Delivery, Message

router = APIRouter(tags=["operations"])


@router.get("/healthz")
async def healthz() -> dict[str, str]:
    return {"status": "ok"}


@router.get("/readyz")
async def readyz(request: Request) -> JSONResponse:
    rt: Runtime = request.app.state.rt
    if await rt.db.ping():
        return JSONResponse({"status": "ready"})
    return JSONResponse({"status": "database unavailable"}, status_code=503)


@router.get("/metrics", response_class=PlainTextResponse)
async def metrics(request: Request) -> str:
    rt: Runtime = request.app.state.rt
    lines = []
    async with rt.db.reading() as session:
        inbound = (await session.execute(
            select(Message.channel, func.count()).where(Message.direction == "in")
            .group_by(Message.channel))).all()
        outbox = await session.scalar(
            select(func.count()).select_from(Delivery).where(Delivery.state == "pending"))
        states = (await session.execute(
            select(Message.status, func.count()).where(Message.direction == "out")
            .group_by(Message.status))).all()
    lines.append("# TYPE opgang_inbound_messages_total counter")
    lines += [f'opgang_inbound_messages_total{{channel="{c}"}} {n}' for c, n in inbound]
    lines.append("# TYPE opgang_outbound_messages gauge")
    lines += [f'opgang_outbound_messages{{status="{s}"}} {n}' for s, n in states]
    lines.append("# TYPE opgang_outbox_depth gauge")
    lines.append(f"opgang_outbox_depth {outbox or 0}")
    return "\n".join(lines) + "\n"
