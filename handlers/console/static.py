"""The console's script and style sheet, served from memory (the page loads nothing else)."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, Response

from bot.errors import NotFound
from handlers.console.routing import ConsoleRoute

router = APIRouter(route_class=ConsoleRoute)

_STATIC = Path(__file__).with_name("static")
_TYPES = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8"}
_FILES = {path.name: (path.read_bytes(), _TYPES[path.suffix])
          for path in sorted(_STATIC.iterdir()) if path.suffix in _TYPES}


@router.get("/static/{name}")
async def static(name: str) -> Response:
    if name not in _FILES:
        raise NotFound(f"no console file {name!r}")
    content, media_type = _FILES[name]
    # Short caching: a new version reaches every worker within minutes, without renamed files.
    return Response(content, media_type=media_type, headers={"Cache-Control": "max-age=300"})
