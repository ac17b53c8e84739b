"""A family with a booked appointment, a clock the test moves, and reads of what was sent."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from bot.actions.appointments import book_appointment
from bot.runtime import Runtime
from storage.models import Appointment, Message, ScheduledNotice

CPH = ZoneInfo("Europe/Copenhagen")
MONDAY = datetime(2026, 11, 23, 10, 0, tzinfo=CPH)  # an ordinary working Monday, 10:00


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=CPH)  # type: ignore[misc]


class Clock:
    """A clock a test sets and moves; `rt.clock = clock`."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def move(self, to: datetime) -> None:
        self.now = to

    def advance(self, by: timedelta) -> None:
        self.now += by


def fixed_clock(rt: Runtime, now: datetime = MONDAY) -> Clock:
    clock = Clock(now)
    rt.clock = clock
    return clock


async def book(rt: Runtime, family_id: int, actor_id: int, start: datetime,
               minutes: int = 60, **kwargs: object) -> Appointment:
    return await book_appointment(
        rt, family_id=family_id, actor_id=actor_id, kind="checkin", title="Opfølgning",
        start=start, end=start + timedelta(minutes=minutes), **kwargs)  # type: ignore[arg-type]


async def outbound(rt: Runtime, member_id: int) -> list[Message]:
    """Every message to the member, oldest first."""
    async with rt.db.reading() as session:
        return list(await session.scalars(
            select(Message).where(Message.member_id == member_id, Message.direction == "out")
            .order_by(Message.id)))


async def notices(rt: Runtime, appointment_id: int) -> dict[tuple[int, str], ScheduledNotice]:
    """The appointment's notices by (member, kind)."""
    async with rt.db.reading() as session:
        rows = await session.scalars(select(ScheduledNotice).where(
            ScheduledNotice.appointment_id == appointment_id))
        return {(n.member_id, n.kind): n for n in rows}


async def appointment(rt: Runtime, appointment_id: int) -> Appointment:
    async with rt.db.reading() as session:
        found = await session.get(Appointment, appointment_id)
        assert found is not None
        return found
