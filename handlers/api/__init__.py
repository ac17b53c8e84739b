"""The REST API, /api/v1."""

from __future__ import annotations

from fastapi import APIRouter

from handlers.api import (
    appointments,
    audit,
    auth,
    calendar,
    families,
    intake,
    messages,
    people,
    privacy,
)
from handlers.api import requests as requests_api

router = APIRouter(prefix="/api/v1")
for module in (auth, people, families, messages, intake, requests_api):
    router.include_router(module.router)
for module in (appointments, calendar):  # scheduling (issue 4)
    router.include_router(module.router)
for module in (audit, privacy):  # trust (issue 7)
    router.include_router(module.router)
