"""Follow-up cadence in the console: the due date, times to book, and overdue families for leads."""

from __future__ import annotations

import re
from datetime import date, timedelta

import httpx
from sqlalchemy import select

from bot.actions.appointments import mark_held
from bot.followups import overdue_follow_ups
from bot.runtime import Runtime
from storage.models import Worker
from tests.console.helpers import signed_in
from tests.factories import PARENT_PHONE, world
from tests.reminders.helpers import book, fixed_clock, local, outbound

SLOT_FORM = re.compile(r'action="/console/families/(\d+)/calendar/book".*?name="start" '
                       r'value="([^"]+)".*?name="end" value="([^"]+)"', re.S)


async def worker(rt: Runtime, worker_id: int) -> Worker:
    async with rt.db.reading() as session:
        found = await session.scalar(select(Worker).where(Worker.id == worker_id))
        assert found is not None
        return found


async def test_a_family_never_met_is_due_today_and_one_click_invites_it(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    fixed_clock(rt, local(2026, 11, 23, 9, 0))
    w = await world(rt)
    csrf = await signed_in(client, "amira@example.dk")
    page = (await client.get(f"/console/families/{w.family_id}")).text
    section = page[page.index('id="followup"'):]
    assert "Opfølgning senest 23. nov. 2026: vælg en tid." in section
    # The times come after the page (its script fetches them), or in it with `slots=1`.
    times = (await client.get(f"/console/families/{w.family_id}/followup/slots")).text
    page = (await client.get(f"/console/families/{w.family_id}?slots=1")).text
    section = page[page.index('id="followup"'):]
    assert SLOT_FORM.findall(section) == SLOT_FORM.findall(times)
    [(_, start, end), *others] = SLOT_FORM.findall(times)
    assert len(others) >= 2  # a choice of days
    assert start.startswith("2026-11-24T08:00")  # from tomorrow: the family needs notice
    answer = await client.post(f"/console/families/{w.family_id}/calendar/book",
                               data={"csrf": csrf, "start": start, "end": end,
                                     "title": "Opfølgning"})
    assert answer.status_code == 303, answer.text
    assert "حجز" in (await outbound(rt, w.parent_id))[-1].body  # invited, in Arabic
    page = (await client.get(f"/console/families/{w.family_id}")).text
    section = page[page.index('id="followup"'):]
    assert "der er booket et opfølgningsmøde" in section
    assert "bekræftelse · sendt" in " ".join(section.split())
    assert "påmindelse 2 timer før · planlagt til" in " ".join(section.split())
    # The day-before reminder of a check-in booked for tomorrow morning cannot be: it says why.
    assert ("påmindelse 1 dag før · ikke sendt: tidspunktet var passeret, da den blev planlagt"
            in " ".join(section.split()))


async def test_overdue_follow_ups_reach_the_lead_and_nobody_outside_the_family(
    rt: Runtime,
) -> None:
    clock = fixed_clock(rt, local(2026, 9, 1, 8, 0))
    w = await world(rt)
    met = await book(rt, w.family_id, w.primary_id, local(2026, 9, 1, 10, 0))
    clock.move(local(2026, 9, 1, 11, 30))
    await mark_held(rt, family_id=w.family_id, appointment_id=met.id, actor_id=w.primary_id)
    clock.move(local(2026, 11, 23, 9, 0))
    [row] = await overdue_follow_ups(rt, await worker(rt, w.lead_id))
    assert (row.family_id, row.due, row.primary_name) == (w.family_id, date(2026, 10, 13),
                                                          "Amira")
    assert row.days_overdue == 41
    assert await overdue_follow_ups(rt, await worker(rt, w.outsider_id)) == []
    assert await overdue_follow_ups(rt, await worker(rt, w.colleague_id)) == []
    # Booking the next check-in takes the family off the list.
    await book(rt, w.family_id, w.primary_id, local(2026, 11, 24, 10, 0))
    assert await overdue_follow_ups(rt, await worker(rt, w.lead_id)) == []
    assert clock.now - local(2026, 9, 1, 11, 30) > timedelta(weeks=6)


REMIND_FORM = re.compile(r'action="(/console/families/\d+/appointments/\d+/remind)"')


async def test_a_contact_sends_the_reminder_by_hand_and_the_family_answers_two(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    fixed_clock(rt, local(2026, 11, 23, 9, 0))
    w = await world(rt)
    await book(rt, w.family_id, w.primary_id, local(2026, 11, 26, 10, 0),
               member_ids=[w.parent_id])
    csrf = await signed_in(client, "jonas@example.dk")
    page = (await client.get(f"/console/families/{w.family_id}")).text
    [action] = REMIND_FORM.findall(page)
    assert (await client.post(action, data={"csrf": csrf})).status_code == 303
    assert (await outbound(rt, w.parent_id))[-1].body.startswith("تذكير:")
    answer = await client.post("/simulator/api/messages",
                               json={"phone": PARENT_PHONE, "body": "2"})
    assert answer.status_code == 201
    offer = (await outbound(rt, w.parent_id))[-1].body
    assert offer.startswith("هذه مواعيد أخرى: 1) ") and " 3) " in offer


async def test_the_contact_sets_the_familys_friendly_message_on_the_page(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    fixed_clock(rt, local(2026, 11, 23, 9, 0))
    w = await world(rt)
    csrf = await signed_in(client, "amira@example.dk")
    answer = await client.post(f"/console/families/{w.family_id}/hello",
                               data={"csrf": csrf, "weekday": "1", "at": "16:30"})
    assert answer.status_code == 303
    page = (await client.get(f"/console/families/{w.family_id}")).text
    assert '<option value="1" selected>tirsdag</option>' in page
    assert 'name="at" type="time" value="16:30"' in page
    answer = await client.post(f"/console/families/{w.family_id}/hello",
                               data={"csrf": csrf, "weekday": "1", "at": "22:00"})
    assert answer.status_code == 422 and "quiet hours" in answer.text
