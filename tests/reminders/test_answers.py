"""Answers to a reminder: "1" confirms, "2" offers three new times, a number takes one."""

from __future__ import annotations

from datetime import timedelta

import httpx

from bot.actions.busy import add_busy_time
from bot.events import Event
from bot.runtime import Runtime
from bot.scheduler import Scheduler
from storage.models import Appointment, Family
from tests.factories import PARENT_PHONE, YOUTH_PHONE, World, world
from tests.reminders.helpers import appointment, book, fixed_clock, local, outbound

WEDNESDAY_10 = local(2026, 11, 25, 10, 0)


async def text(client: httpx.AsyncClient, phone: str, body: str) -> None:
    answer = await client.post("/simulator/api/messages", json={"phone": phone, "body": body})
    assert answer.status_code == 201, answer.text


async def reminded(rt: Runtime) -> tuple[World, Appointment]:
    """A family with an appointment on Wednesday at 10:00 and the day-before reminders sent."""
    clock = fixed_clock(rt)
    w = await world(rt)
    booked = await book(rt, w.family_id, w.primary_id, WEDNESDAY_10)
    clock.move(local(2026, 11, 24, 10, 0))
    assert (await Scheduler(rt).run_once()).sent == 2  # to both members
    clock.move(local(2026, 11, 24, 10, 5))
    return w, booked


async def test_one_confirms_and_both_contacts_hear_of_it(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w, booked = await reminded(rt)
    async with rt.events.subscribe() as events:
        await text(client, YOUTH_PHONE, " 1 ")
        seen: list[Event] = []
        while not events.empty():
            seen.append(events.get_nowait())
    assert (await appointment(rt, booked.id)).family_answer == "confirmed"
    assert (await outbound(rt, w.youth_id))[-1].body == "Tak. Vi ses i morgen kl. 10.00."
    assert any(e.kind == "appointment" and e.data.get("answer") == "confirmed" for e in seen)
    # An answer is not a question for the contacts: the family is not waiting for them.
    async with rt.db.reading() as session:
        family = await session.get(Family, w.family_id)
        assert family is not None and family.unanswered_since is None


async def test_two_offers_three_new_times_in_arabic_and_a_number_takes_one(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w, booked = await reminded(rt)
    await text(client, PARENT_PHONE, "2")
    assert (await appointment(rt, booked.id)).family_answer == "another_time"
    offer = (await outbound(rt, w.parent_id))[-1].body
    assert offer == ("هذه مواعيد أخرى: 1) يوم الثلاثاء 24/11 الساعة 12:15 "
                     "2) يوم الأربعاء 25/11 الساعة 08:00 3) يوم الخميس 26/11 الساعة 08:00. "
                     "أرسلوا رقم الموعد الذي يناسبكم.")
    await text(client, PARENT_PHONE, "٣")  # Arabic-Indic three
    moved = await appointment(rt, booked.id)
    assert moved.starts_at == local(2026, 11, 26, 8, 0)
    assert moved.ends_at - moved.starts_at == timedelta(hours=1)
    assert moved.family_answer == "confirmed"
    assert (await outbound(rt, w.parent_id))[-1].body == (
        "تم تغيير موعدكم مع Gellerup Opgang إلى يوم الخميس، 26 نوفمبر الساعة 08:00.")
    # The question is answered: a later "1" is an ordinary message for the contacts.
    await text(client, PARENT_PHONE, "1")
    assert (await appointment(rt, booked.id)).starts_at == local(2026, 11, 26, 8, 0)


async def test_a_number_without_an_open_question_is_an_ordinary_message(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    fixed_clock(rt)
    w = await world(rt)
    booked = await book(rt, w.family_id, w.primary_id, WEDNESDAY_10)
    await text(client, PARENT_PHONE, "1")  # no reminder yet: nothing to answer
    assert (await appointment(rt, booked.id)).family_answer is None
    inbox = (await client.get("/api/v1/inbox", headers=w.token(rt, w.primary_id))).json()
    assert [row["family_id"] for row in inbox] == [w.family_id]


async def test_an_open_offer_is_not_overwritten_by_the_next_reminder(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w, booked = await reminded(rt)
    # The job centre takes all of Wednesday but the meeting: the first time offered is Thursday.
    await add_busy_time(rt, family_id=w.family_id, actor_id=w.primary_id, department="Jobcenter",
                        start=local(2026, 11, 25, 7, 0), end=local(2026, 11, 25, 9, 30))
    await add_busy_time(rt, family_id=w.family_id, actor_id=w.primary_id, department="Jobcenter",
                        start=local(2026, 11, 25, 11, 30), end=local(2026, 11, 25, 16, 0))
    rt.clock = lambda: local(2026, 11, 24, 15, 0)
    await text(client, PARENT_PHONE, "2")
    assert " 1) يوم الخميس 26/11 الساعة 08:00 " in (await outbound(rt, w.parent_id))[-1].body
    rt.clock = lambda: local(2026, 11, 25, 8, 0)
    await Scheduler(rt).run_once()  # the 2-hour reminders: not to the member choosing a time
    await text(client, PARENT_PHONE, "1")  # still the first offered time, not "confirm"
    assert (await appointment(rt, booked.id)).starts_at == local(2026, 11, 26, 8, 0)
