"""Booking under concurrency: two contacts booking the same time at once get one appointment."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from bot.actions.appointments import Clashes, book_appointment
from bot.actions.families import NewMember, create_family
from bot.runtime import Runtime
from tests.factories import world

MONDAY_MORNING = datetime(2026, 11, 2, 7, 0, tzinfo=UTC)
START = datetime(2026, 11, 5, 9, 0, tzinfo=UTC)
END = datetime(2026, 11, 5, 10, 0, tzinfo=UTC)


async def test_two_bookings_at_once_for_the_same_contact_give_one_appointment(
    rt: Runtime,
) -> None:
    rt.clock = lambda: MONDAY_MORNING
    w = await world(rt)
    other = await create_family(rt, team_id=w.team_id, name="Familien Jensen",
                                contacts=[w.primary_id, w.colleague_id],
                                members=[NewMember(name="Mette", role="parent", language="da")])
    results = await asyncio.gather(*(
        book_appointment(rt, family_id=family_id, actor_id=w.primary_id, kind="checkin",
                         title="Opfølgning", start=START, end=END)
        for family_id in (w.family_id, other.id, w.family_id)
    ), return_exceptions=True)
    booked = [r for r in results if not isinstance(r, BaseException)]
    refused = [r for r in results if isinstance(r, Clashes)]
    assert len(booked) == 1 and len(refused) == 2, results
