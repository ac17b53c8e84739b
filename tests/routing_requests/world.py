"""A team with specialists for routing tests, built through the product's own actions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import httpx

from bot import tokens
from bot.actions.families import NewMember, create_family
from bot.actions.people import create_team, create_worker
from bot.runtime import Runtime

PASSWORD = "correct horse battery"
PARENT_PHONE = "+4520111111"
YOUTH_PHONE = "+4520222222"
OTHER_PHONE = "+4520333333"
CPH = ZoneInfo("Europe/Copenhagen")
TUESDAY_10 = datetime(2026, 11, 24, 10, 0, tzinfo=CPH)
"""Inside opening hours."""
SATURDAY_22 = datetime(2026, 11, 28, 22, 0, tzinfo=CPH)
"""Outside opening hours."""


@dataclass
class Team:
    """Two contacts without employment knowledge, an employment specialist and an adviser."""

    team_id: int
    lead_id: int
    primary_id: int
    partner_id: int
    specialist_id: int
    adviser_id: int
    health_id: int
    family_id: int
    parent_id: int
    youth_id: int
    other_family_id: int

    def token(self, rt: Runtime, worker_id: int) -> dict[str, str]:
        return {"Authorization": f"Bearer {tokens.issue(rt.secret, worker_id)}"}


async def team(rt: Runtime) -> Team:
    t = await create_team(rt, name="Gellerup Opgang", timezone="Europe/Copenhagen")

    async def worker(email: str, name: str, role: str = "worker",
                     domains: list[Any] | None = None) -> int:
        return (await create_worker(rt, email=email, password=PASSWORD, role=role, name=name,
                                    team_id=t.id, domains=domains or [])).id

    lead = await worker("lene@example.dk", "Lene Leder", "lead")
    primary = await worker("amira@example.dk", "Amira", domains=[{"domain": "economy",
                                                                  "level": 2}])
    partner = await worker("jonas@example.dk", "Jonas", domains=["school"])
    specialist = await worker("sara@example.dk", "Sara", domains=["employment"])
    adviser = await worker("omar@example.dk", "Omar",
                           domains=[{"domain": "employment", "level": 2}])
    health = await worker("sofie@example.dk", "Sofie", domains=["health"])
    family = await create_family(
        rt, team_id=t.id, name="Familien Abdi", contacts=[primary, partner], follow_up="6w",
        members=[NewMember(name="Hodan", role="parent", language="so", phone=PARENT_PHONE),
                 NewMember(name="Layla", role="youth", language="ar", phone=YOUTH_PHONE)])
    other = await create_family(
        rt, team_id=t.id, name="Familien Berg", contacts=[health, adviser], follow_up="3m",
        members=[NewMember(name="Per", role="parent", language="da", phone=OTHER_PHONE)])
    return Team(t.id, lead, primary, partner, specialist, adviser, health, family.id,
                family.members[0].id, family.members[1].id, other.id)


async def text(client: httpx.AsyncClient, phone: str, body: str) -> int:
    """Write from a phone through the simulator; the stored message's id."""
    answer = await client.post("/simulator/api/messages", json={"phone": phone, "body": body})
    assert answer.status_code == 201, answer.text
    message_id: int = answer.json()["id"]
    return message_id


async def requests_of(client: httpx.AsyncClient, headers: dict[str, str],
                      **params: Any) -> list[dict[str, Any]]:
    answer = await client.get("/api/v1/requests", params=params, headers=headers)
    assert answer.status_code == 200, answer.text
    found: list[dict[str, Any]] = answer.json()
    return found
