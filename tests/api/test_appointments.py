"""Slots and appointments through the API: offered times book; clashes answer 409 listing them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import httpx

from bot.actions.families import NewMember, create_family
from bot.runtime import Runtime
from tests.factories import World, world

CPH = ZoneInfo("Europe/Copenhagen")
MONDAY_MORNING = datetime(2026, 11, 2, 7, 0, tzinfo=UTC)  # 08:00 in Copenhagen


async def setup(rt: Runtime) -> World:
    rt.clock = lambda: MONDAY_MORNING
    return await world(rt)


def slot_params(**extra: Any) -> dict[str, Any]:
    return {"duration_minutes": 60, "from": "2026-11-03T00:00", "to": "2026-11-04T00:00",
            **extra}


def booking(start: str, end: str, **extra: Any) -> dict[str, Any]:
    return {"title": "Opfølgning", "kind": "checkin", "start": start, "end": end, **extra}


async def test_slots_avoid_the_family_s_busy_time_and_the_contacts_absence(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w = await setup(rt)
    me = w.token(rt, w.primary_id)
    url = f"/api/v1/families/{w.family_id}"
    busy = await client.post(f"{url}/busy", headers=me, json={
        "department": "Jobcenter", "title": "Samtale", "start": "2026-11-03T09:00",
        "end": "2026-11-03T10:00", "member_id": w.parent_id})
    assert busy.status_code == 201, busy.text
    assert busy.json()["start"] == "2026-11-03T09:00:00+01:00"  # read in the team's zone
    away = await client.post(f"/api/v1/workers/{w.partner_id}/absences",
                             headers=w.token(rt, w.partner_id),
                             json={"start": "2026-11-03T12:00", "end": "2026-11-03T13:00"})
    assert away.status_code == 201, away.text
    slots = await client.get(f"{url}/slots", headers=me, params=slot_params(limit=50))
    assert slots.status_code == 200, slots.text
    starts = [s["start"] for s in slots.json()]
    # 09:00–10:00 plus the 30-minute buffer blocks 08:30–10:30; the absence blocks 12–13.
    assert starts[0] == "2026-11-03T10:30:00+01:00"
    assert "2026-11-03T11:15:00+01:00" not in starts  # would run into the absence
    assert "2026-11-03T13:00:00+01:00" in starts
    assert starts[-1] == "2026-11-03T14:30:00+01:00"  # ends at closing time, 15:30
    again = await client.get(f"{url}/slots", headers=me, params=slot_params(limit=50))
    assert again.json() == slots.json()  # deterministic


async def test_an_offered_slot_books_and_the_same_time_then_clashes(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w = await setup(rt)
    me = w.token(rt, w.primary_id)
    url = f"/api/v1/families/{w.family_id}"
    [slot] = (await client.get(f"{url}/slots", headers=me, params=slot_params(limit=1))).json()
    booked = await client.post(f"{url}/appointments", headers=me,
                               json=booking(slot["start"], slot["end"], location="Gellerup"))
    assert booked.status_code == 201, booked.text
    body = booked.json()
    assert body["status"] == "booked" and body["start"] == slot["start"]
    assert sorted(body["worker_ids"]) == sorted([w.primary_id, w.partner_id])
    assert sorted(body["member_ids"]) == sorted([w.parent_id, w.youth_id])
    clash = await client.post(f"{url}/appointments", headers=w.token(rt, w.partner_id),
                              json=booking(slot["start"], slot["end"]))
    assert clash.status_code == 409
    assert [c["kind"] for c in clash.json()["clashes"]] == ["appointment"]
    assert clash.json()["clashes"][0]["id"] == body["id"]
    listed = await client.get(f"{url}/appointments", headers=me)
    assert [a["id"] for a in listed.json()] == [body["id"]]
    later = await client.get(f"{url}/slots", headers=me, params=slot_params(limit=1))
    assert later.json()[0]["start"] > slot["start"]


async def test_a_booking_over_busy_time_a_holiday_or_the_evening_lists_every_reason(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w = await setup(rt)
    me = w.token(rt, w.primary_id)
    url = f"/api/v1/families/{w.family_id}"
    await client.post(f"{url}/busy", headers=me, json={
        "department": "Skole", "start": "2026-11-04T09:00", "end": "2026-11-04T10:00",
        "member_id": w.youth_id})
    over = await client.post(f"{url}/appointments", headers=me,
                             json=booking("2026-11-04T10:00", "2026-11-04T11:00"))
    assert over.status_code == 409
    [busy] = over.json()["clashes"]
    assert (busy["kind"], busy["label"]) == ("busy", "Skole (Yusuf)")
    assert "Skole" in over.json()["detail"]
    # The youth is not coming: the school time no longer matters.
    alone = await client.post(f"{url}/appointments", headers=me, json=booking(
        "2026-11-04T10:00", "2026-11-04T11:00", member_ids=[w.parent_id]))
    assert alone.status_code == 201, alone.text
    christmas = await client.post(f"{url}/appointments", headers=me,
                                  json=booking("2026-12-25T10:00", "2026-12-25T11:00"))
    assert [c["kind"] for c in christmas.json()["clashes"]] == ["closed_day"]
    evening = await client.post(f"{url}/appointments", headers=me,
                                json=booking("2026-11-05T15:00", "2026-11-05T16:00"))
    assert [c["kind"] for c in evening.json()["clashes"]] == ["outside_hours"]
    past = await client.post(f"{url}/appointments", headers=me,
                             json=booking("2026-10-05T10:00", "2026-10-05T11:00"))
    assert past.status_code == 422 and "past" in past.json()["detail"]


async def test_another_family_s_appointment_blocks_the_contact_without_naming_it(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w = await setup(rt)
    other = await create_family(rt, team_id=w.team_id, name="Familien Jensen",
                                contacts=[w.primary_id, w.colleague_id],
                                members=[NewMember(name="Mette", role="parent", language="da")])
    me = w.token(rt, w.primary_id)
    first = await client.post(f"/api/v1/families/{other.id}/appointments", headers=me,
                              json=booking("2026-11-05T10:00", "2026-11-05T11:00",
                                           title="Hjemmebesøg Jensen"))
    assert first.status_code == 201, first.text
    clash = await client.post(f"/api/v1/families/{w.family_id}/appointments", headers=me,
                              json=booking("2026-11-05T11:15", "2026-11-05T12:00"))
    assert clash.status_code == 409
    assert clash.json()["clashes"][0]["label"] == "another appointment of Amira"
    assert "Jensen" not in clash.text


async def test_reschedule_and_cancel_free_the_old_time(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w = await setup(rt)
    me = w.token(rt, w.primary_id)
    url = f"/api/v1/families/{w.family_id}"
    made = (await client.post(f"{url}/appointments", headers=me,
                              json=booking("2026-11-05T10:00", "2026-11-05T11:00"))).json()
    moved = await client.patch(f"{url}/appointments/{made['id']}", headers=me,
                               json={"start": "2026-11-05T13:00"})
    assert moved.status_code == 200, moved.text
    assert (moved.json()["start"], moved.json()["end"]) == (
        "2026-11-05T13:00:00+01:00", "2026-11-05T14:00:00+01:00")
    other = await client.post(f"{url}/appointments", headers=me,
                              json=booking("2026-11-05T10:00", "2026-11-05T11:00"))
    assert other.status_code == 201  # the old time is free again
    blocked = await client.patch(f"{url}/appointments/{made['id']}", headers=me,
                                 json={"start": "2026-11-05T10:30"})
    assert blocked.status_code == 409
    assert blocked.json()["clashes"][0]["id"] == other.json()["id"]
    cancelled = await client.patch(f"{url}/appointments/{made['id']}", headers=me,
                                   json={"status": "cancelled", "reason": "sick"})
    assert cancelled.json()["status"] == "cancelled"
    assert cancelled.json()["cancelled_at"] is not None
    rebook = await client.post(f"{url}/appointments", headers=me,
                               json=booking("2026-11-05T13:00", "2026-11-05T14:00"))
    assert rebook.status_code == 201
    moving_cancelled = await client.patch(f"{url}/appointments/{made['id']}", headers=me,
                                          json={"start": "2026-11-06T09:00"})
    assert moving_cancelled.status_code == 409


async def test_held_only_after_it_began(rt: Runtime, client: httpx.AsyncClient) -> None:
    w = await setup(rt)
    me = w.token(rt, w.primary_id)
    url = f"/api/v1/families/{w.family_id}"
    made = (await client.post(f"{url}/appointments", headers=me,
                              json=booking("2026-11-05T10:00", "2026-11-05T11:00"))).json()
    early = await client.patch(f"{url}/appointments/{made['id']}", headers=me,
                               json={"status": "held"})
    assert early.status_code == 409
    rt.clock = lambda: MONDAY_MORNING + timedelta(days=4)
    held = await client.patch(f"{url}/appointments/{made['id']}", headers=me,
                              json={"status": "held"})
    assert held.status_code == 200 and held.json()["status"] == "held"


async def test_a_network_meeting_has_external_participants(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w = await setup(rt)
    made = await client.post(
        f"/api/v1/families/{w.family_id}/appointments", headers=w.token(rt, w.primary_id),
        json=booking("2026-11-05T10:00", "2026-11-05T11:30", kind="network_meeting",
                     externals=[{"name": "Karen Holm", "department": "PPR"}]))
    assert made.status_code == 201, made.text
    assert made.json()["externals"] == [{"name": "Karen Holm", "department": "PPR"}]


async def test_someone_without_reach_gets_404_everywhere(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w = await setup(rt)
    them = w.token(rt, w.outsider_id)
    url = f"/api/v1/families/{w.family_id}"
    assert (await client.get(f"{url}/slots", headers=them)).status_code == 404
    assert (await client.get(f"{url}/appointments", headers=them)).status_code == 404
    assert (await client.post(f"{url}/appointments", headers=them, json=booking(
        "2026-11-05T10:00", "2026-11-05T11:00"))).status_code == 404
    assert (await client.post(f"{url}/busy.ics", headers=them,
                              content=b"BEGIN:VCALENDAR")).status_code == 404
    assert (await client.get(f"{url}/calendar.ics", headers=them)).status_code == 404


async def test_a_team_s_own_hours_change_the_offer(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w = await setup(rt)
    refused = await client.put(f"/api/v1/teams/{w.team_id}/schedule",
                               headers=w.token(rt, w.primary_id), json={"buffer_minutes": 0})
    assert refused.status_code == 403
    changed = await client.put(
        f"/api/v1/teams/{w.team_id}/schedule", headers=w.token(rt, w.lead_id),
        json={"week": {"1": ["12:00", "14:00"]}, "closed_dates": ["2026-11-10"]})
    assert changed.status_code == 200, changed.text
    assert changed.json()["week"] == {"1": ["12:00", "14:00"]}
    slots = await client.get(f"/api/v1/families/{w.family_id}/slots",
                             headers=w.token(rt, w.primary_id),
                             params={"duration_minutes": 120, "from": "2026-11-02T00:00",
                                     "to": "2026-11-20T00:00"})
    assert [s["start"] for s in slots.json()] == ["2026-11-03T12:00:00+01:00",
                                                  "2026-11-17T12:00:00+01:00"]


async def test_only_the_people_involved_must_be_free(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w = await setup(rt)
    me = w.token(rt, w.primary_id)
    url = f"/api/v1/families/{w.family_id}/appointments"
    youth = await client.post(url, headers=me, json=booking(
        "2026-11-05T10:00", "2026-11-05T11:00", kind="meeting", member_ids=[w.youth_id],
        worker_ids=[w.colleague_id]))
    assert youth.status_code == 201, youth.text
    parent = await client.post(url, headers=me, json=booking(
        "2026-11-05T10:00", "2026-11-05T11:00", member_ids=[w.parent_id]))
    assert parent.status_code == 201, parent.text
    everyone = await client.post(url, headers=me, json=booking(
        "2026-11-05T10:30", "2026-11-05T11:30"))
    assert sorted(c["id"] for c in everyone.json()["clashes"]) == sorted(
        [youth.json()["id"], parent.json()["id"]])


async def test_a_long_search_finds_what_one_search_over_everything_finds(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    """The API loads a week, then two, then four…: the answer must not depend on that."""
    from bot.calendar_queries import blocks_for, team_rules
    from bot.scheduling.blocks import find_slots
    from storage.models import Family

    w = await setup(rt)
    me = w.token(rt, w.primary_id)
    url = f"/api/v1/families/{w.family_id}"
    for day in range(1, 60):  # every working hour busy, but every fourth day has a free afternoon
        start = datetime(2026, 11, 1, 7, tzinfo=UTC) + timedelta(days=day)
        length = timedelta(hours=4) if day % 4 == 0 else timedelta(hours=8)
        await client.post(f"{url}/busy", headers=me, json={
            "department": "Skole", "start": start.isoformat(),
            "end": (start + length).isoformat()})
    answer = await client.get(f"{url}/slots", headers=me, params={
        "duration_minutes": 45, "from": "2026-11-02T00:00", "to": "2026-12-31T00:00",
        "limit": 50})
    got = [(s["start"], s["end"]) for s in answer.json()]
    async with rt.db.reading() as session:
        family = await session.get(Family, w.family_id)
        assert family is not None
        rules = await team_rules(session, w.team_id)
        begin, end = MONDAY_MORNING, datetime(2026, 12, 30, 23, tzinfo=UTC)
        blocks = await blocks_for(session, family=family, member_ids=[w.parent_id, w.youth_id],
                                  worker_ids=[w.primary_id, w.partner_id],
                                  start=begin - timedelta(days=1), end=end + timedelta(days=1),
                                  zone=rules.zone)
    expected = find_slots(rules, blocks, start=begin, end=end, duration=timedelta(minutes=45),
                          limit=50)
    assert len(got) == 50
    assert got == [(s.astimezone(CPH).isoformat(), e.astimezone(CPH).isoformat())
                   for s, e in expected]


async def test_a_work_shift_blocks_every_week_and_absences_are_the_worker_s_own(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w = await setup(rt)
    me = w.token(rt, w.primary_id)
    url = f"/api/v1/families/{w.family_id}"
    shift = await client.post(f"{url}/members/{w.parent_id}/busy-windows", headers=me, json={
        "weekday": 1, "start_time": "06:00", "end_time": "12:00", "label": "Netto"})
    assert shift.status_code == 201, shift.text
    for tuesday in ("2026-11-03", "2026-11-10", "2027-03-30"):  # also after the DST change
        slots = await client.get(f"{url}/slots", headers=me, params={
            "duration_minutes": 60, "from": f"{tuesday}T00:00", "to": f"{tuesday}T23:59",
            "limit": 1})
        assert slots.json()[0]["start"].startswith(f"{tuesday}T12:30:00+0"), slots.text
    other = await client.post(f"/api/v1/workers/{w.partner_id}/absences", headers=me,
                              json={"start": "2026-11-03T08:00", "end": "2026-11-03T16:00"})
    assert other.status_code == 404  # a colleague's absences are theirs and the lead's
    lead = await client.post(f"/api/v1/workers/{w.partner_id}/absences",
                             headers=w.token(rt, w.lead_id),
                             json={"start": "2026-11-03T08:00", "end": "2026-11-03T16:00"})
    assert lead.status_code == 201


async def test_the_family_s_preferred_times_are_offered_first(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w = await setup(rt)
    me = w.token(rt, w.primary_id)
    url = f"/api/v1/families/{w.family_id}"
    saved = await client.put(f"{url}/preferred-times", headers=me, json=[
        {"weekday": 3, "start_time": "13:00", "end_time": "15:00"}])
    assert saved.status_code == 200, saved.text
    assert saved.json() == [{"weekday": 3, "start_time": "13:00:00", "end_time": "15:00:00"}]
    slots = await client.get(f"{url}/slots", headers=me, params={"duration_minutes": 60,
                                                                 "limit": 3})
    assert [s["start"] for s in slots.json()] == [
        "2026-11-05T13:00:00+01:00", "2026-11-05T13:15:00+01:00", "2026-11-05T13:30:00+01:00"]
    bad = await client.put(f"{url}/preferred-times", headers=me, json=[
        {"weekday": 3, "start_time": "15:00", "end_time": "13:00"}])
    assert bad.status_code == 422
