"""The reply box's SMS counter: `bot.sms_segments` itself answers, so page and bill agree."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field

from bot import console_i18n
from bot.actions.outbound import MAX_BODY
from bot.sms_segments import segments
from handlers.console import labels
from handlers.console.routing import NO_STORE, ConsoleRoute
from handlers.console.session import FetchVisitor

router = APIRouter(route_class=ConsoleRoute)


class SegmentsQuery(BaseModel):
    """A draft reply to count."""

    model_config = ConfigDict(extra="forbid")
    text: str = Field(max_length=4 * MAX_BODY)


@router.post("/segments")
async def count(query: SegmentsQuery, v: FetchVisitor) -> JSONResponse:
    """How many SMS parts the draft takes, and the words the counter shows."""
    counted = segments(query.text)
    t = console_i18n.translations(v.language)
    return JSONResponse({
        "encoding": counted.encoding, "count": counted.count, "units": counted.units,
        "label": labels.segments(t, query.text, counted), "warn": counted.count > 2,
    }, headers=NO_STORE)
