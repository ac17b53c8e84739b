"""The REST API, /api/v1."""

from __future__ import annotations

from fastapi import APIRouter

from handlers.api import auth, families, intake, messages, people

router = APIRouter(prefix="/api/v1")
for module in (auth, people, families, messages, intake):
    router.include_router(module.router)
