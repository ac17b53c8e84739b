"""The family page's calendar: import a job-centre calendar, book an offered slot, cancel it."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import httpx

from bot.runtime import Runtime
from tests.console.helpers import csrf_of, signed_in
from tests.factories import world

FIXTURES = Path(__file__).parent.parent / "fixtures" / "ics"
MONDAY_MORNING = datetime(2026, 11, 2, 7, 0, tzinfo=UTC)
SLOT = re.compile(r'name="start" value="([^"]+)">\s*<input type="hidden" name="end" '
                  r'value="([^"]+)">')


async def offered(client: httpx.AsyncClient, family_id: int) -> list[tuple[str, str]]:
    """The free times the family page's script fetches after the page."""
    answer = await client.get(f"/console/families/{family_id}/calendar/slots")
    assert answer.status_code == 200, answer.text
    return SLOT.findall(answer.text)


async def test_import_book_an_offered_slot_and_cancel_it(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    rt.clock = lambda: MONDAY_MORNING
    w = await world(rt)
    csrf = await signed_in(client, "amira@example.dk")
    page = f"/console/families/{w.family_id}"
    before = await client.get(page)
    assert 'id="calendar"' in before.text and "Kalender" in before.text
    first_offer = (await offered(client, w.family_id))[0]
    assert first_offer[0] == "2026-11-02T08:00:00+01:00"

    imported = await client.post(
        f"{page}/calendar/import", data={"csrf": csrf, "department": "Jobcenter"},
        files={"file": ("jobcenter.ics", (FIXTURES / "outlook_jobcenter.ics").read_bytes(),
                        "text/calendar")})
    assert imported.status_code == 303, imported.text
    after = await client.get(imported.headers["location"])
    assert "Kalenderen er importeret." in after.text
    assert "Jobcenter: Virksomhedspraktik" in after.text
    offers = await offered(client, w.family_id)
    # Monday at the job centre until 12:00 (+ 30 minutes to travel).
    assert offers[0][0] == "2026-11-02T12:30:00+01:00"

    start, end = offers[0]
    booked = await client.post(f"{page}/calendar/book",
                               data={"csrf": csrf, "start": start, "end": end})
    assert booked.status_code == 303
    shown = await client.get(booked.headers["location"])
    assert "Aftalen er booket." in shown.text
    [appointment_id] = re.findall(r'id="appointment-(\d+)"', shown.text)
    assert (await offered(client, w.family_id))[0][0] != start  # no longer offered

    again = await client.post(f"{page}/calendar/book",
                              data={"csrf": csrf, "start": start, "end": end})
    assert again.status_code == 409
    assert "the time clashes with: appointment" in again.text

    cancelled = await client.post(
        f"{page}/calendar/appointments/{appointment_id}/cancel", data={"csrf": csrf})
    assert cancelled.status_code == 303
    final = await client.get(cancelled.headers["location"])
    assert "aflyst" in final.text and (await offered(client, w.family_id))[0][0] == start


async def test_a_bad_file_is_explained_on_the_page(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    rt.clock = lambda: MONDAY_MORNING
    w = await world(rt)
    await signed_in(client, "amira@example.dk")
    page = await client.get(f"/console/families/{w.family_id}")
    answer = await client.post(
        f"/console/families/{w.family_id}/calendar/import", data={"csrf": csrf_of(page.text)},
        files={"file": ("notes.txt", b"hello", "text/plain")})
    assert answer.status_code == 422
    assert 'id="calendar-error"' in answer.text and "not an iCalendar file" in answer.text


async def test_another_team_s_worker_cannot_book(rt: Runtime, client: httpx.AsyncClient) -> None:
    rt.clock = lambda: MONDAY_MORNING
    w = await world(rt)
    csrf = await signed_in(client, "outsider@example.dk")
    answer = await client.post(f"/console/families/{w.family_id}/calendar/book", data={
        "csrf": csrf, "start": "2026-11-03T10:00:00+01:00", "end": "2026-11-03T11:00:00+01:00"})
    assert answer.status_code == 404


async def test_the_page_comes_first_and_its_free_times_after_or_with_a_link(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    rt.clock = lambda: MONDAY_MORNING
    w = await world(rt)
    await signed_in(client, "amira@example.dk")
    page = await client.get(f"/console/families/{w.family_id}")
    # The search for free times is not waited for: the page's script fetches them…
    assert SLOT.findall(page.text) == []
    assert f'data-load="/console/families/{w.family_id}/calendar/slots"' in page.text
    assert (await offered(client, w.family_id))[0][0] == "2026-11-02T08:00:00+01:00"
    # …and without the script, a link shows the page with them.
    link = f'href="/console/families/{w.family_id}?slots=1#calendar">Vis de ledige tider'
    assert link in page.text
    inline = await client.get(f"/console/families/{w.family_id}?slots=1")
    assert SLOT.findall(inline.text)[0][0] == "2026-11-02T08:00:00+01:00"
    assert "data-load" not in inline.text
