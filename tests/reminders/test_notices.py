"""Confirmation, reminders, change and cancellation notices: once, in the member's language, never
at night, and the scheduler that sends them (crash-safe, catching up without flooding)."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import httpx

from bot.actions.appointments import cancel_appointment, reschedule_appointment
from bot.actions.families import NewMember, create_family
from bot.delivery import DeliveryWorker
from bot.runtime import Runtime
from bot.scheduler import LEASE, Scheduler
from tests.factories import PARENT_PHONE, world
from tests.reminders.helpers import (
    book,
    fixed_clock,
    local,
    notices,
    outbound,
)

WEDNESDAY_10 = local(2026, 11, 25, 10, 0)


async def test_booking_confirms_to_each_member_in_their_language_and_plans_two_reminders(
    rt: Runtime,
) -> None:
    fixed_clock(rt)
    w = await world(rt)
    booked = await book(rt, w.family_id, w.primary_id, WEDNESDAY_10)
    [arabic] = await outbound(rt, w.parent_id)
    [danish] = await outbound(rt, w.youth_id)
    assert arabic.body == "حجز Gellerup Opgang موعداً معكم يوم الأربعاء، 25 نوفمبر الساعة 10:00."
    assert danish.body == ("Gellerup Opgang har booket en aftale med dig "
                           "onsdag den 25. november kl. 10.00.")
    planned = await notices(rt, booked.id)
    assert planned[(w.parent_id, "confirmation")].status == "sent"
    assert planned[(w.parent_id, "reminder_1d")].due_at == local(2026, 11, 24, 10, 0)
    assert planned[(w.parent_id, "reminder_2h")].due_at == local(2026, 11, 25, 8, 0)
    assert {n.status for k, n in planned.items() if k[1].startswith("reminder")} == {"pending"}


async def test_the_reminder_reaches_the_simulated_phone_in_arabic_the_day_before(
    rt: Runtime, client: httpx.AsyncClient, delivery: DeliveryWorker,
) -> None:
    clock = fixed_clock(rt)
    w = await world(rt)
    await book(rt, w.family_id, w.primary_id, WEDNESDAY_10, member_ids=[w.parent_id])
    scheduler = Scheduler(rt)
    clock.move(local(2026, 11, 24, 9, 59))
    assert (await scheduler.run_once()).sent == 0
    clock.move(local(2026, 11, 24, 10, 0))
    assert (await scheduler.run_once()).sent == 1
    await delivery.run_once()
    phone = (await client.get("/simulator/api/messages", params={"phone": PARENT_PHONE})).json()
    last = phone["messages"][-1]
    assert last["direction"] == "out" and last["status"] == "delivered"
    assert last["body"] == ("تذكير: لديكم موعد مع Gellerup Opgang غداً الساعة 10:00. "
                            "أرسلوا 1 للتأكيد أو 2 لطلب موعد آخر.")
    clock.advance(timedelta(hours=1))
    assert (await scheduler.run_once()).claimed == 0  # sent once, never again


async def test_an_early_meeting_is_reminded_the_evening_before_not_at_six(rt: Runtime) -> None:
    fixed_clock(rt)
    w = await world(rt)
    booked = await book(rt, w.family_id, w.primary_id, local(2026, 11, 26, 8, 0))
    planned = await notices(rt, booked.id)
    assert planned[(w.parent_id, "reminder_2h")].due_at == local(2026, 11, 25, 19, 45)


async def test_a_booking_made_at_night_is_confirmed_at_eight_not_at_once(rt: Runtime) -> None:
    clock = fixed_clock(rt, local(2026, 11, 23, 21, 30))
    w = await world(rt)
    booked = await book(rt, w.family_id, w.primary_id, WEDNESDAY_10)
    assert await outbound(rt, w.parent_id) == []
    scheduler = Scheduler(rt)
    clock.move(local(2026, 11, 24, 7, 59))
    assert (await scheduler.run_once()).sent == 0
    clock.move(local(2026, 11, 24, 8, 0))
    assert (await scheduler.run_once()).sent == 2  # both members' confirmations
    assert (await notices(rt, booked.id))[(w.parent_id, "confirmation")].status == "sent"


async def test_moving_and_cancelling_tell_the_family_and_rearm_or_drop_the_reminders(
    rt: Runtime,
) -> None:
    clock = fixed_clock(rt)
    w = await world(rt)
    booked = await book(rt, w.family_id, w.primary_id, WEDNESDAY_10)
    clock.move(local(2026, 11, 24, 10, 0))
    await Scheduler(rt).run_once()  # the day-before reminders go out
    await reschedule_appointment(rt, family_id=w.family_id, appointment_id=booked.id,
                                 actor_id=w.primary_id, start=local(2026, 11, 30, 9, 0),
                                 end=local(2026, 11, 30, 10, 0))
    danish = [m.body for m in await outbound(rt, w.youth_id)]
    assert danish[-1] == ("Din aftale med Gellerup Opgang er flyttet til "
                          "mandag den 30. november kl. 9.00.".replace("9.00", "09.00"))
    planned = await notices(rt, booked.id)
    assert planned[(w.youth_id, "reminder_1d")].status == "pending"  # re-armed for the new day
    assert planned[(w.youth_id, "reminder_1d")].due_at == local(2026, 11, 29, 9, 0)
    await cancel_appointment(rt, family_id=w.family_id, appointment_id=booked.id,
                             actor_id=w.primary_id)
    danish = [m.body for m in await outbound(rt, w.youth_id)]
    assert danish[-1] == ("Din aftale med Gellerup Opgang mandag den 30. november kl. 09.00 "
                          "er aflyst.")
    planned = await notices(rt, booked.id)
    assert {n.status for k, n in planned.items() if k[1].startswith("reminder")} == {"dropped"}
    clock.move(local(2026, 11, 30, 8, 0))
    assert (await Scheduler(rt).run_once()).sent == 0


async def test_a_crash_between_claim_and_send_gives_exactly_one_reminder(rt: Runtime) -> None:
    clock = fixed_clock(rt)
    w = await world(rt)
    await book(rt, w.family_id, w.primary_id, WEDNESDAY_10, member_ids=[w.parent_id])
    clock.move(local(2026, 11, 24, 10, 0))
    crashed, survivor = Scheduler(rt), Scheduler(rt)
    [claimed] = await crashed.claim()  # … and the process dies before sending
    assert (await survivor.run_once()).claimed == 0  # the lease holds meanwhile
    clock.advance(LEASE + timedelta(seconds=1))
    assert (await survivor.run_once()).sent == 1
    assert await crashed.send(claimed) == "lost"  # a late wake-up sends nothing
    reminders = [m for m in await outbound(rt, w.parent_id) if "تذكير" in m.body]
    assert len(reminders) == 1


async def test_after_downtime_passed_reminders_are_dropped_and_only_the_latest_goes_out(
    rt: Runtime,
) -> None:
    clock = fixed_clock(rt)
    w = await world(rt)
    first = await book(rt, w.family_id, w.primary_id, WEDNESDAY_10, member_ids=[w.parent_id])
    later = await book(rt, w.family_id, w.primary_id, local(2026, 11, 26, 13, 0),
                       member_ids=[w.parent_id])
    before = len(await outbound(rt, w.parent_id))
    clock.move(local(2026, 11, 26, 11, 30))  # down since Monday: both reminders of both are due
    result = await Scheduler(rt).run_once()
    assert (result.claimed, result.sent) == (4, 1)
    sent = (await outbound(rt, w.parent_id))[before:]
    assert len(sent) == 1 and "اليوم الساعة 13:00" in sent[0].body
    assert (await notices(rt, first.id))[(w.parent_id, "reminder_2h")].reason == (
        "the appointment has begun")
    assert (await notices(rt, later.id))[(w.parent_id, "reminder_1d")].reason == (
        "overtaken by a later reminder")


async def test_several_schedulers_at_once_send_each_reminder_once(rt: Runtime) -> None:
    clock = fixed_clock(rt)
    w = await world(rt)
    for hour, minute in ((9, 0), (11, 0), (13, 0), (14, 30)):
        await book(rt, w.family_id, w.primary_id, local(2026, 11, 25, hour, minute))
    clock.move(local(2026, 11, 24, 14, 30))  # the four day-before reminders are due, for two
    before = {m.id for m in await outbound(rt, w.parent_id) + await outbound(rt, w.youth_id)}
    schedulers = [Scheduler(rt, batch=2) for _ in range(3)]
    for _ in range(4):
        await asyncio.gather(*(s.run_once() for s in schedulers))
    sent = [(m.member_id, m.body) for m in await outbound(rt, w.parent_id)
            + await outbound(rt, w.youth_id) if m.id not in before]
    assert len(sent) == len(set(sent)) == 8


async def test_reminders_never_go_out_in_quiet_hours_even_when_late(rt: Runtime) -> None:
    clock = fixed_clock(rt)
    w = await world(rt)
    booked = await book(rt, w.family_id, w.primary_id, local(2026, 11, 26, 9, 0),
                        member_ids=[w.parent_id])
    clock.move(local(2026, 11, 25, 21, 0))  # down since 19:00: the 19:45 reminder is late
    scheduler = Scheduler(rt)
    assert (await scheduler.run_once()).sent == 0
    planned = await notices(rt, booked.id)
    assert planned[(w.parent_id, "reminder_1d")].reason == "overtaken by a later reminder"
    assert planned[(w.parent_id, "reminder_2h")].status == "pending"
    assert planned[(w.parent_id, "reminder_2h")].due_at == local(2026, 11, 26, 8, 0)
    clock.move(local(2026, 11, 26, 7, 59))
    assert (await scheduler.run_once()).sent == 0
    clock.move(local(2026, 11, 26, 8, 0))
    assert (await scheduler.run_once()).sent == 1


async def test_a_night_booking_moved_or_cancelled_before_eight_says_only_what_is_true(
    rt: Runtime,
) -> None:
    clock = fixed_clock(rt, local(2026, 11, 23, 21, 30))
    w = await world(rt)
    moved = await book(rt, w.family_id, w.primary_id, WEDNESDAY_10, member_ids=[w.youth_id])
    dropped = await book(rt, w.family_id, w.primary_id, local(2026, 11, 26, 10, 0),
                         member_ids=[w.youth_id])
    await reschedule_appointment(rt, family_id=w.family_id, appointment_id=moved.id,
                                 actor_id=w.primary_id, start=local(2026, 11, 25, 13, 0),
                                 end=local(2026, 11, 25, 14, 0))
    await cancel_appointment(rt, family_id=w.family_id, appointment_id=dropped.id,
                             actor_id=w.primary_id)
    clock.move(local(2026, 11, 24, 8, 0))
    await Scheduler(rt).run_once()
    # One message: the confirmation of the time that holds. Never "moved", never "cancelled".
    assert [m.body for m in await outbound(rt, w.youth_id)] == [
        "Gellerup Opgang har booket en aftale med dig i morgen kl. 13.00."]


async def test_children_are_told_through_their_parents_even_with_a_phone_of_their_own(
    rt: Runtime,
) -> None:
    fixed_clock(rt)
    w = await world(rt)
    made = await create_family(
        rt, team_id=w.team_id, name="Familien Omar", contacts=[w.primary_id, w.partner_id],
        members=[NewMember(name="Sahra", role="parent", language="so", phone="+4520990001"),
                 NewMember(name="Liban", role="child", language="so", phone="+4520990002")])
    parent, child = (m.id for m in made.members)
    # Booked as the API and the console book: every member named (their times block it).
    booked = await book(rt, made.id, w.primary_id, WEDNESDAY_10)
    assert {m.member_id for m in booked.members} == {parent, child}
    assert {member for member, _ in await notices(rt, booked.id)} == {parent}
    assert await outbound(rt, child) == []
    # An appointment about the child alone (a school meeting) is told to the parent.
    school = await book(rt, made.id, w.primary_id, WEDNESDAY_10 + timedelta(hours=3),
                        member_ids=[child])
    assert {member for member, _ in await notices(rt, school.id)} == {parent}
