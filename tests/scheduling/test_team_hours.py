"""A team's own working hours and closed days decide when it is open, everywhere: the
out-of-hours answer, a request's due time and escalation (not a default of the runtime)."""

from __future__ import annotations

from datetime import datetime

import httpx
from sqlalchemy import select

from bot.escalation import Escalated, escalate_once
from bot.runtime import Runtime
from storage.models import Message
from tests.routing_requests.world import CPH, OTHER_PHONE, Team, requests_of, team, text

JOB_LETTER = "Jeg har fået et brev fra jobcenter om et møde på mandag. Hvad skal jeg gøre?"


def at(*args: int) -> datetime:
    return datetime(*args, tzinfo=CPH)  # type: ignore[misc]


async def automatic(rt: Runtime) -> list[str]:
    """The automatic answers Per (Danish) has been sent, oldest first."""
    async with rt.db.reading() as session:
        return list(
            await session.scalars(
                select(Message.body)
                .where(Message.address == OTHER_PHONE, Message.kind == "auto")
                .order_by(Message.id)
            )
        )


async def put_schedule(client: httpx.AsyncClient, rt: Runtime, t: Team, **body: object) -> None:
    answer = await client.put(
        f"/api/v1/teams/{t.team_id}/schedule", json=body, headers=t.token(rt, t.lead_id)
    )
    assert answer.status_code == 200, answer.text


async def test_a_team_open_ten_to_two_answers_out_of_hours_by_its_own_hours(
    rt: Runtime,
    client: httpx.AsyncClient,
) -> None:
    t = await team(rt)
    rt.clock = lambda: at(2026, 11, 24, 9, 0)  # Tuesday 09:00: open by the default hours
    await text(client, OTHER_PHONE, "Hej, er I der?")
    assert await automatic(rt) == []
    # The lead sets the team's hours: Monday to Thursday 10:00-14:00, closed on Fridays. The
    # change counts at once, although the default hours were just read (and are kept in memory).
    await put_schedule(client, rt, t, week={str(d): ["10:00", "14:00"] for d in range(4)})
    rt.clock = lambda: at(2026, 11, 25, 9, 0)  # Wednesday 09:00: not open yet
    await text(client, OTHER_PHONE, "Hej igen")
    [early] = await automatic(rt)
    assert "kl. 10.00" in early and "112" in early
    rt.clock = lambda: at(2026, 11, 26, 13, 0)  # Thursday 13:00: open
    await text(client, OTHER_PHONE, "Tak")
    assert len(await automatic(rt)) == 1
    rt.clock = lambda: at(2026, 11, 27, 11, 0)  # Friday 11:00: open by default, not for them
    await text(client, OTHER_PHONE, "Er I der i dag?")
    friday = (await automatic(rt))[-1]
    assert len(await automatic(rt)) == 2
    assert "mandag" in friday and "kl. 10.00" in friday


async def test_a_message_at_ten_on_a_public_holiday_gets_the_out_of_hours_answer(
    rt: Runtime,
    client: httpx.AsyncClient,
) -> None:
    await team(rt)
    rt.clock = lambda: at(2027, 3, 29, 10, 0)  # Easter Monday (2. påskedag), 10:00
    await text(client, OTHER_PHONE, "Hej, jeg har et spørgsmål")
    [answer] = await automatic(rt)
    assert "i morgen kl. 08.00" in answer and "112" in answer  # Tuesday, 08:00


async def test_a_requests_due_time_skips_holidays_and_the_teams_closed_dates(
    rt: Runtime,
    client: httpx.AsyncClient,
) -> None:
    t = await team(rt)
    # A training day after Easter: the team is closed on Tuesday 30 March 2027 as well.
    await put_schedule(client, rt, t, closed_dates=["2027-03-30"])
    rt.clock = lambda: at(2027, 3, 24, 14, 0)  # the Wednesday before Easter, 14:00
    await text(client, OTHER_PHONE, JOB_LETTER)
    [request] = await requests_of(client, t.token(rt, t.lead_id))
    # One working day (7.5 h): 1.5 h on Wednesday; Maundy Thursday, Good Friday, the weekend,
    # Easter Monday and the training day do not count; 6 h from 08:00 on Wednesday 31 March.
    assert datetime.fromisoformat(request["due_at"]) == at(2027, 3, 31, 14, 0)
    # Escalation counts the same hours: nothing is overdue over Easter or on the training day.
    rt.clock = lambda: at(2027, 3, 30, 15, 0)
    assert await escalate_once(rt) == Escalated(0, 0)
    rt.clock = lambda: at(2027, 3, 31, 14, 0)
    # The partner contact: for the unanswered message and for the untouched request.
    assert await escalate_once(rt) == Escalated(2, 0)
