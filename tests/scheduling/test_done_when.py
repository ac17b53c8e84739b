"""Issue 4's "Done when", tried as a new user would, from the demo data through the HTTP API.

A demo contact logs in, imports Familien Abdi's job-centre calendar, asks for free times over
Easter, books a check-in on one of them; Hodan Abdi (Somali) sees the confirmation and both
reminders on the simulated phone, answers "2" and is offered three new times. Every time offered
or booked is checked against an oracle independent of `bot/scheduling`: the `holidays` package,
the team's default hours, and the job-centre times as the API lists them, widened by the buffer.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from typing import Any

import holidays
import httpx
from sqlalchemy import select

from bot import demo
from bot.delivery import DeliveryWorker
from bot.runtime import Runtime
from bot.scheduler import Scheduler
from storage.models import Family, Member, PendingQuestion
from tests.i18n.test_somali_walkthrough import DANISH_ONLY
from tests.reminders.helpers import CPH, appointment, fixed_clock, local

# The team's defaults (issue 4): Mon–Thu 08:00–15:30, Fri 08:00–13:00; 30 minutes of travel.
HOURS = {
    0: (time(8), time(15, 30)),
    1: (time(8), time(15, 30)),
    2: (time(8), time(15, 30)),
    3: (time(8), time(15, 30)),
    4: (time(8), time(13)),
}
BUFFER = timedelta(minutes=30)
DK_HOLIDAYS = holidays.country_holidays("DK", years=[2027])
EASTER = {date(2027, 3, 25), date(2027, 3, 26), date(2027, 3, 28), date(2027, 3, 29)}


def assert_allowed(
    start: datetime, end: datetime, jobcentre: list[tuple[datetime, datetime]], what: str
) -> None:
    """Not on a holiday or closed day, inside working hours, clear of the job centre + buffer."""
    lo, hi = start.astimezone(CPH), end.astimezone(CPH)
    day = lo.date()
    assert day not in DK_HOLIDAYS, f"{what} {lo} is on {DK_HOLIDAYS.get(day)}"
    assert (day.month, day.day) not in ((12, 24), (12, 31)), f"{what} {lo} is a closed day"
    assert hi.date() == day and day.weekday() in HOURS, f"{what} {lo} is not a working day"
    opens, closes = HOURS[day.weekday()]
    if (day.month, day.day) == (6, 5):
        closes = min(closes, time(12))
    assert opens <= lo.time() and hi.time() <= closes, f"{what} {lo}–{hi} is outside hours"
    for busy_start, busy_end in jobcentre:
        assert not (busy_start - BUFFER < end and start < busy_end + BUFFER), (
            f"{what} {lo}–{hi} is within {BUFFER} of the job centre at {busy_start}"
        )


def somali(body: str) -> None:
    """No word of a Danish text that no Somali text shares: nothing leaked in Danish."""
    leaked = {w for w in re.findall(r"[^\W\d_]{5,}", body.lower()) if w in DANISH_ONLY}
    assert not leaked, (body, leaked)


async def test_a_contact_books_around_the_job_centre_and_hodan_is_told_in_somali(
    rt: Runtime,
    client: httpx.AsyncClient,
    delivery: DeliveryWorker,
) -> None:
    # Wednesday before Easter 2027, 14:00: Thursday to Monday are closed (Maundy Thursday, Good
    # Friday, the weekend with the change to summer time, Easter Monday).
    clock = fixed_clock(rt, local(2027, 3, 24, 14, 0))
    await demo.load(rt)
    abdi = demo.FAMILIES[0]
    hodan_spec = next(m for m in abdi.members if m.language == "so" and m.phone)
    assert hodan_spec.phone is not None
    async with rt.db.reading() as session:
        family_id = await session.scalar(select(Family.id).where(Family.name == abdi.name))
        hodan = await session.scalar(select(Member).where(Member.name == hodan_spec.name))
    assert family_id is not None and hodan is not None

    # The contact logs in as a new user would, with the demo password.
    login = await client.post(
        "/api/v1/auth/token", data={"username": abdi.contacts[0], "password": demo.PASSWORD}
    )
    assert login.status_code == 200, login.text
    auth = {"Authorization": f"Bearer {login.json()['access_token']}"}
    api = f"/api/v1/families/{family_id}"

    # Import Hodan's job-centre calendar (Outlook: internship Mon+Wed 08:30–12:00, Danish
    # course Tue 13:00–15:00, a talk every other Thursday 10:00–11:00).
    imported = await client.post(
        f"{api}/busy.ics",
        params={"department": "Jobcenter", "member_id": hodan.id},
        content=demo.JOBCENTER_ICS.read_bytes(),
        headers={**auth, "Content-Type": "text/calendar"},
    )
    assert imported.status_code == 200, imported.text
    assert imported.json()["imported"] > 50  # six months of weekly events
    busy = (await client.get(f"{api}/busy", headers=auth)).json()
    jobcentre = [
        (datetime.fromisoformat(b["start"]), datetime.fromisoformat(b["end"])) for b in busy
    ]
    assert {b["department"] for b in busy} == {"Jobcenter"}

    # Free times for everyone (the three members and both contacts).
    slots = await client.get(
        f"{api}/slots", params={"duration_minutes": 60, "limit": 30}, headers=auth
    )
    assert slots.status_code == 200, slots.text
    offered = [
        (datetime.fromisoformat(s["start"]), datetime.fromisoformat(s["end"])) for s in slots.json()
    ]
    assert len(offered) == 30
    for start, end in offered:
        assert_allowed(start, end, jobcentre, "slot")
    days = sorted({s.astimezone(CPH).date() for s, _ in offered})
    assert days[0] == date(2027, 3, 24) and not EASTER & set(days)
    # After Easter (and the change to summer time) Tuesday starts at 08:00 local time.
    after_easter = next(s for s, _ in offered if s.astimezone(CPH).date() > date(2027, 3, 24))
    assert after_easter == local(2027, 3, 30, 8, 0)

    # Book a check-in on that offered time.
    booked = await client.post(
        f"{api}/appointments",
        headers=auth,
        json={
            "title": "Opfølgning",
            "kind": "checkin",
            "start": after_easter.isoformat(),
            "end": (after_easter + timedelta(hours=1)).isoformat(),
        },
    )
    assert booked.status_code == 201, booked.text
    appointment_id = booked.json()["id"]
    assert_allowed(after_easter, after_easter + timedelta(hours=1), jobcentre, "booking")

    async def phone() -> list[dict[str, Any]]:
        """What Hodan's simulated phone shows, once the delivery worker has delivered."""
        await delivery.run_once()
        shown = await client.get("/simulator/api/messages", params={"phone": hodan_spec.phone})
        assert shown.status_code == 200
        return [m for m in shown.json()["messages"] if m["direction"] == "out"]

    async def text(body: str) -> None:
        sent = await client.post(
            "/simulator/api/messages", json={"phone": hodan_spec.phone, "body": body}
        )
        assert sent.status_code == 201, sent.text

    # The confirmation arrives at once, in Somali.
    [confirmation] = await phone()
    assert confirmation["status"] == "delivered"
    assert "30 Maarso" in confirmation["body"] and "08:00" in confirmation["body"]
    somali(confirmation["body"])

    # The day before at 08:00 (Easter Monday: a reminder is a message, not a meeting).
    scheduler = Scheduler(rt)
    clock.move(local(2027, 3, 29, 7, 59))
    assert (await scheduler.run_once()).sent == 0
    clock.move(local(2027, 3, 29, 8, 0))
    assert (await scheduler.run_once()).sent == 2  # Hodan and Mohamed (Ayaan has no phone)
    day_before = (await phone())[-1]
    assert day_before["body"].startswith("Xusuusin:") and "08:00" in day_before["body"]
    somali(day_before["body"])
    # Two hours before is 06:00, in quiet hours: it goes the evening before, at 19:45.
    clock.move(local(2027, 3, 29, 19, 44))
    assert (await scheduler.run_once()).sent == 0
    clock.move(local(2027, 3, 29, 19, 45))
    assert (await scheduler.run_once()).sent == 2
    evening = await phone()
    assert len(evening) == 3 and evening[-1]["status"] == "delivered"
    assert evening[-1]["body"].startswith("Xusuusin:")
    somali(evening[-1]["body"])

    # "2": three other times, each on its own day, none at night, on a holiday or near the
    # job centre, and not the booked time again.
    clock.move(local(2027, 3, 29, 19, 50))
    await text("2")
    offer = (await phone())[-1]
    somali(offer["body"])
    assert [n for n in ("1)", "2)", "3)", "4)") if n in offer["body"]] == ["1)", "2)", "3)"]
    async with rt.db.reading() as session:
        question = await session.get(PendingQuestion, hodan.id)
    assert question is not None and question.kind == "offer"
    times = [(datetime.fromisoformat(s), datetime.fromisoformat(e)) for s, e in question.options]
    assert len(times) == 3 and len({s.astimezone(CPH).date() for s, _ in times}) == 3
    booked_row = await appointment(rt, appointment_id)
    for start, end in times:
        assert_allowed(start, end, jobcentre, "offered time")
        assert not (booked_row.starts_at - BUFFER < end and start < booked_row.ends_at + BUFFER)
    assert booked_row.family_answer == "another_time"
    # Tuesday after the check-in and its buffer; Wednesday after the internship (08:30–12:00)
    # and its buffer; Thursday before the job-centre talk (10:00) and its buffer.
    assert [s for s, _ in times] == [
        local(2027, 3, 30, 9, 30),
        local(2027, 3, 31, 12, 30),
        local(2027, 4, 1, 8, 0),
    ]
    assert "1) Tldo 30/3 saacadda 09:30" in offer["body"]
