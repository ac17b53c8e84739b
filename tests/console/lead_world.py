"""What the lead view of the demo shows in the browser tests, made through the actions before the
server starts: an overdue follow-up, a reply Twilio could not deliver, a stranger's message."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from bot import demo
from bot.actions.appointments import book_appointment, mark_held
from bot.actions.inbound import receive
from bot.actions.outbound import send
from bot.actions.statuses import apply_provider_status
from bot.channels.sms import SmsChannel
from bot.config import Settings
from bot.delivery import DeliveryWorker
from bot.errors import Conflict
from bot.runtime import Runtime
from storage.db import Database
from storage.models import Family, Message, Worker
from storage.types import utcnow
from tests.fakes.twilio import ACCOUNT_SID, AUTH_TOKEN, FROM_NUMBER, FakeTwilio

OVERDUE = demo.FAMILIES[2]  # Familien Yılmaz, every 6 weeks: its last check-in was 8 weeks ago
FAILED = demo.FAMILIES[1]  # Familien Al-Sayed: Sofie's SMS to Karim did not arrive
STRANGER = "+4520999888"
FAILED_TEXT = "Hej Karim, vi ses torsdag kl. 10 på kontoret."
STRANGER_TEXT = "Hej, det er Emre. Jeg har fået en ny telefon."


@dataclass(frozen=True)
class LeadWorld:
    overdue: str
    failed: str
    stranger: str


async def prepare(database_url: str) -> LeadWorld:
    """Add the lead view's cases to a database holding the demo."""
    async with FakeTwilio() as twilio:
        settings = Settings(_env_file=None, OPGANG_DATABASE_URL=database_url,  # type: ignore[call-arg]
                            OPGANG_SIMULATOR=True, TWILIO_ACCOUNT_SID=ACCOUNT_SID,
                            TWILIO_AUTH_TOKEN=AUTH_TOKEN, TWILIO_FROM_NUMBER=FROM_NUMBER,
                            OPGANG_TWILIO_API_URL=twilio.url)
        rt = Runtime(settings=settings, db=Database(database_url))
        sms = SmsChannel(settings)
        try:
            async with rt.db.reading() as session:
                ids = dict((await session.execute(select(Family.name, Family.id))).all())
                sofie = await session.scalar(select(Worker.id).where(
                    Worker.email == "sofie@gellerup.example"))
            await _held_check_in(rt, ids[OVERDUE.name])
            karim = FAILED.members[0]
            assert karim.phone is not None
            await receive(rt, channel="sms", sender=karim.phone, body="Hvornår ses vi?",
                          provider_id="SM" + "7" * 32)
            queued = await send(rt, family_id=ids[FAILED.name], body=FAILED_TEXT,
                                author_id=sofie, channel="sms")
            await DeliveryWorker(rt, {"sms": sms}).run_once()
            async with rt.db.reading() as session:
                sid = await session.scalar(select(Message.provider_id).where(
                    Message.id == queued.message_id))
            assert sid is not None
            await apply_provider_status(rt, channel="sms", provider_id=sid,
                                        status="undelivered", error_code=30003)
            await receive(rt, channel="simulator", sender=STRANGER, body=STRANGER_TEXT,
                          provider_id="sim-stranger-1")
        finally:
            await sms.close()
            await rt.db.dispose()
    return LeadWorld(OVERDUE.name, FAILED.name, STRANGER)


async def _held_check_in(rt: Runtime, family_id: int) -> None:
    """A check-in eight weeks ago, held: the 6-week follow-up is two weeks overdue."""
    zone = ZoneInfo(demo.TIMEZONE)
    day = (utcnow() - timedelta(weeks=8)).astimezone(zone).date()
    for _ in range(14):  # the first working day the team was open and free
        day += timedelta(days=1)
        start = datetime.combine(day, time(10), zone)
        rt.clock = lambda start=start: start - timedelta(days=1)
        try:
            checkin = await book_appointment(
                rt, family_id=family_id, actor_id=None, kind="checkin", title="Opfølgning",
                start=start, end=start + timedelta(hours=1))
        except Conflict:
            continue
        rt.clock = lambda start=start: start + timedelta(hours=2)
        await mark_held(rt, family_id=family_id, appointment_id=checkin.id, actor_id=None)
        rt.clock = utcnow
        return
    raise AssertionError("no free day for the check-in")
