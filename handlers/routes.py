"""Mount every router and the error handlers on the app."""

from __future__ import annotations

import logging

from fastapi import APIRouter, FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DBAPIError

from bot.errors import ActionError
from bot.runtime import Runtime
from handlers import docs
from handlers.edge import Edge

log = logging.getLogger(__name__)


def include_all(app: FastAPI, rt: Runtime) -> None:
    from handlers import console, ops, simulator, sms
    from handlers.api import router as api_router

    # One pure ASGI layer (request id, body limit, security headers: even a 413 carries the
    # headers and the id); the providers' inbound webhooks, the busiest routes, go straight to
    # their handlers from there (handlers/edge.py, bench/README.md).
    direct = {sms.INBOUND_PATH: sms.inbound_asgi}
    if rt.settings.telegram_enabled:
        # Imported only when Telegram is on: aiogram costs about 30 MB and a slower start.
        from handlers import telegram

        direct[telegram.WEBHOOK_PATH] = telegram.webhook_asgi
    app.add_middleware(Edge, limit=rt.settings.max_body_bytes, direct=direct)
    # First: routes are matched in order, and the providers' webhooks are the busiest
    # (bench/README.md; matching past the API's routes cost 13 % of a Telegram update's CPU).
    app.include_router(sms.router)
    if rt.settings.telegram_enabled:
        app.include_router(telegram.router)
    else:
        app.include_router(_telegram_off)
    if rt.settings.environment == "development":
        app.include_router(docs.router(app))
    app.include_router(ops.router)
    app.include_router(api_router)
    from handlers.api.calendar import public as calendar_subscriptions

    app.include_router(calendar_subscriptions)  # /calendar/<token>.ics, the token is the login
    app.include_router(console.router)
    if rt.settings.simulator_enabled:
        app.include_router(simulator.router)

    @app.exception_handler(ActionError)
    async def _action_error(request: Request, exc: ActionError) -> JSONResponse:
        return JSONResponse({"detail": exc.detail}, status_code=exc.status)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse({"detail": _describe(exc)}, status_code=422)

    @app.exception_handler(OverflowError)
    @app.exception_handler(DBAPIError)
    async def _out_of_range(request: Request, exc: Exception) -> JSONResponse:
        # An id or number beyond what the database stores (found by fuzzing): the caller's
        # mistake, not ours; it matches no row and fits no column.
        if _out_of_range_error(exc):
            return JSONResponse({"detail": "a number in the request is out of range"},
                                status_code=422)
        log.error("database error on %s %s: %s", request.method, request.url.path,
                  type(exc).__name__)
        return JSONResponse({"detail": "internal error; it has been logged"}, status_code=500)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return JSONResponse({"detail": "internal error; it has been logged"}, status_code=500)


_telegram_off = APIRouter(tags=["webhooks"])


@_telegram_off.post("/webhooks/telegram")
async def telegram_webhook_off() -> None:
    """Telegram is not configured here: refused as the real webhook refuses a wrong secret."""
    raise HTTPException(403, "missing or wrong X-Telegram-Bot-Api-Secret-Token")


def _describe(exc: RequestValidationError) -> list[dict[str, object]]:
    """Validation errors without the echoed input (it may hold a password)."""
    return [{"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")}
            for e in exc.errors()]


def _out_of_range_error(exc: BaseException) -> bool:
    """A value the database cannot hold (SQLite's OverflowError, PostgreSQL's DataError)."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, OverflowError) or type(current).__name__ == "DataError":
            return True
        current = getattr(current, "orig", None) or current.__cause__ or current.__context__
    return False
