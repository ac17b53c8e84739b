"""A small world for tests, built through the same actions the product uses."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import holidays

from bot import tokens
from bot.actions.families import NewMember, create_family
from bot.actions.people import create_team, create_worker
from bot.runtime import Runtime

PASSWORD = "correct horse battery"
PARENT_PHONE = "+4520123456"
YOUTH_PHONE = "+4520654321"
YOUTH_CHAT = 777001


@dataclass
class World:
    """Team A with a lead, two contacts and a third worker; team B with its own worker."""

    team_id: int
    other_team_id: int
    admin_id: int
    lead_id: int
    primary_id: int
    partner_id: int
    colleague_id: int
    outsider_id: int
    family_id: int
    parent_id: int
    youth_id: int

    def token(self, rt: Runtime, worker_id: int) -> dict[str, str]:
        return {"Authorization": f"Bearer {tokens.issue(rt.secret, worker_id)}"}


async def world(rt: Runtime) -> World:
    team = await create_team(rt, name="Gellerup Opgang")
    other = await create_team(rt, name="Bispehaven")
    admin = await create_worker(rt, email="admin@example.dk", password=PASSWORD, role="admin")
    lead = await create_worker(rt, email="lead@example.dk", password=PASSWORD, role="lead",
                               team_id=team.id, name="Lene Leder")
    primary = await create_worker(rt, email="amira@example.dk", password=PASSWORD, role="worker",
                                  team_id=team.id, name="Amira", domains=["employment"])
    partner = await create_worker(rt, email="jonas@example.dk", password=PASSWORD, role="worker",
                                  team_id=team.id, name="Jonas", domains=["school"])
    colleague = await create_worker(rt, email="sofie@example.dk", password=PASSWORD,
                                    role="worker", team_id=team.id, name="Sofie")
    outsider = await create_worker(rt, email="outsider@example.dk", password=PASSWORD,
                                   role="worker", team_id=other.id, name="Ole")
    family = await create_family(
        rt, team_id=team.id, name="Familien Hassan", contacts=[primary.id, partner.id],
        follow_up="6w", members=[
            NewMember(name="Fatima", role="parent", language="ar", phone=PARENT_PHONE),
            NewMember(name="Yusuf", role="youth", language="da", phone=YOUTH_PHONE,
                      telegram_chat_id=YOUTH_CHAT),
        ])
    return World(team.id, other.id, admin.id, lead.id, primary.id, partner.id, colleague.id,
                 outsider.id, family.id, family.members[0].id, family.members[1].id)



def office_hours(rt: Runtime) -> None:
    """Run `rt`'s clock from the latest Tuesday 10:00 in Copenhagen on, in real time.

    For tests about something else that must not depend on when the suite runs (an answer after
    15:30 or at a weekend would otherwise become the family's latest message). The start is in
    the past, so rows stamped with the real time (a note, a login) still sort after messages.
    """
    zone = ZoneInfo("Europe/Copenhagen")
    now = datetime.now(zone)
    start = now.replace(hour=10, minute=0, second=0, microsecond=0)
    start -= timedelta(days=(start.weekday() - 1) % 7)  # Tuesday is weekday 1
    # Back a week while that Tuesday is in the future or a closed day (a holiday, 24/31 Dec).
    while start > now or start.date() in holidays.country_holidays("DK") \
            or (start.month, start.day) in ((12, 24), (12, 31)):
        start -= timedelta(days=7)
    began = time.monotonic()
    rt.clock = lambda: start + timedelta(seconds=time.monotonic() - began)
