"""Calendars out: a family's calendar.ics and a worker's private, revocable subscription URL."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx
from icalendar import Calendar

from bot.runtime import Runtime
from tests.factories import World, world

MONDAY_MORNING = datetime(2026, 11, 2, 7, 0, tzinfo=UTC)


async def booked(rt: Runtime, client: httpx.AsyncClient) -> tuple[World, int]:
    rt.clock = lambda: MONDAY_MORNING
    w = await world(rt)
    made = await client.post(
        f"/api/v1/families/{w.family_id}/appointments", headers=w.token(rt, w.primary_id),
        json={"title": "Opfølgning", "kind": "checkin", "start": "2026-11-05T10:00",
              "end": "2026-11-05T11:00", "location": "Gellerupvej 1"})
    assert made.status_code == 201, made.text
    return w, int(made.json()["id"])


async def test_the_family_calendar_lists_its_appointments(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w, appointment_id = await booked(rt, client)
    answer = await client.get(f"/api/v1/families/{w.family_id}/calendar.ics",
                              headers=w.token(rt, w.partner_id))
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("text/calendar")
    [event] = Calendar.from_ical(answer.content).walk("VEVENT")
    assert event["DTSTART"].dt == datetime(2026, 11, 5, 9, 0, tzinfo=UTC)
    assert str(event["SUMMARY"]) == "Opfølgning – Familien Hassan"
    assert str(event["UID"]) == f"appointment-{appointment_id}@testserver.local"


async def test_a_subscription_url_shows_the_worker_s_appointments_until_revoked(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w, appointment_id = await booked(rt, client)
    me = w.token(rt, w.primary_id)
    made = await client.post("/api/v1/me/calendar-token", headers=me)
    assert made.status_code == 201
    url = made.json()["url"]
    assert url.startswith("http://testserver.local/calendar/") and url.endswith(".ics")
    path = url.removeprefix("http://testserver.local")
    feed = await client.get(path)  # no login: calendar apps cannot log in
    assert feed.status_code == 200
    [event] = Calendar.from_ical(feed.content).walk("VEVENT")
    assert str(event["SUMMARY"]) == f"Opgang: checkin #{appointment_id}"
    assert b"Hassan" not in feed.content  # a leaked URL reveals no family
    # Cancelling shows as CANCELLED, so the phone's calendar removes it.
    await client.patch(f"/api/v1/families/{w.family_id}/appointments/{appointment_id}",
                       headers=me, json={"status": "cancelled"})
    [event] = Calendar.from_ical((await client.get(path)).content).walk("VEVENT")
    assert str(event["STATUS"]) == "CANCELLED"
    # A new URL replaces the old one; revoking ends it.
    newer = (await client.post("/api/v1/me/calendar-token", headers=me)).json()["url"]
    assert (await client.get(path)).status_code == 404
    newer_path = newer.removeprefix("http://testserver.local")
    assert (await client.get(newer_path)).status_code == 200
    assert (await client.delete("/api/v1/me/calendar-token", headers=me)).status_code == 204
    assert (await client.get(newer_path)).status_code == 404
    assert (await client.get("/calendar/guessed-token.ics")).status_code == 404


async def test_the_colleague_s_subscription_does_not_show_others_appointments(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w, _ = await booked(rt, client)
    url = (await client.post("/api/v1/me/calendar-token",
                             headers=w.token(rt, w.colleague_id))).json()["url"]
    feed = await client.get(url.removeprefix("http://testserver.local"))
    assert Calendar.from_ical(feed.content).walk("VEVENT") == []
