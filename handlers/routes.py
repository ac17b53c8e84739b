"""Mount every router and the error handlers on the app."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from bot.errors import ActionError
from bot.runtime import Runtime
from handlers.limits import BodyLimit

log = logging.getLogger(__name__)


def include_all(app: FastAPI, rt: Runtime) -> None:
    from handlers import console, ops, simulator, sms, telegram
    from handlers.api import router as api_router

    app.add_middleware(BodyLimit, limit=rt.settings.max_body_bytes)
    app.include_router(ops.router)
    app.include_router(api_router)
    app.include_router(sms.router)
    app.include_router(telegram.router)
    app.include_router(console.router)
    if rt.settings.simulator_enabled:
        app.include_router(simulator.router)

    @app.exception_handler(ActionError)
    async def _action_error(request: Request, exc: ActionError) -> JSONResponse:
        return JSONResponse({"detail": exc.detail}, status_code=exc.status)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse({"detail": _describe(exc)}, status_code=422)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return JSONResponse({"detail": "internal error; it has been logged"}, status_code=500)


def _describe(exc: RequestValidationError) -> list[dict[str, object]]:
    """Validation errors without the echoed input (it may hold a password)."""
    return [{"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")}
            for e in exc.errors()]
