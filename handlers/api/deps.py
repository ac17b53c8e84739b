"""Dependencies of the API routes, defined once: the runtime and the calling worker."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, HTTPException, Request
from fastapi.security import OAuth2PasswordBearer

from bot import tokens
from bot.runtime import Runtime
from storage.models import Worker

oauth2 = OAuth2PasswordBearer(tokenUrl="/api/v1/auth/token", auto_error=False)


def runtime(request: Request) -> Runtime:
    rt: Runtime = request.app.state.rt
    return rt


RuntimeDep = Annotated[Runtime, Depends(runtime)]


async def current_worker(rt: RuntimeDep, token: Annotated[str | None, Depends(oauth2)]) -> Worker:
    """The active worker a valid bearer token names; 401 otherwise."""
    worker_id = tokens.verify(rt.secret, token) if token else None
    if worker_id is not None:
        async with rt.db.reading() as session:
            worker = await session.get(Worker, worker_id)
        if worker is not None and worker.active:
            return worker
    raise HTTPException(401, "not authenticated: send a valid bearer token",
                        headers={"WWW-Authenticate": "Bearer"})


CurrentWorker = Annotated[Worker, Depends(current_worker)]
