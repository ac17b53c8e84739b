"""Issue 5's "Done when", tried on the demo as a new user would, through the simulator."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from sqlalchemy import select

from bot import demo, tokens
from bot.delivery import DeliveryWorker
from bot.runtime import Runtime
from storage.models import Family, Worker
from tests.routing_requests.world import SATURDAY_22, TUESDAY_10

HODAN = "+4520100101"  # Somali-speaking parent, Familien Abdi (contacts Amira and Jonas)
OMAR = "+4520100204"  # Arabic-speaking youth, Familien Al-Sayed (contacts Sofie and Mikkel)
JOB_LETTER_SO = "Waxaan warqad ka helay jobcenter-ka, ma i caawin kartaan?"
AFRAID_AR = "أنا خائف أن أذهب إلى البيت"


@pytest.fixture
def settings_overrides() -> dict[str, Any]:
    return {"OPGANG_EMERGENCY_SOCIAL_NUMBER": "89 40 20 00"}


async def demo_people(rt: Runtime) -> tuple[dict[str, dict[str, str]], dict[str, int]]:
    await demo.load(rt)
    async with rt.db.reading() as session:
        workers = (await session.execute(select(Worker.email, Worker.id))).all()
        families = (await session.execute(select(Family.name, Family.id))).all()
    headers = {email.split("@")[0]: {"Authorization": f"Bearer {tokens.issue(rt.secret, id_)}"}
               for email, id_ in workers}
    return headers, {name: id_ for name, id_ in families}


async def write(client: httpx.AsyncClient, phone: str, body: str) -> None:
    answer = await client.post("/simulator/api/messages", json={"phone": phone, "body": body})
    assert answer.status_code == 201, answer.text
    assert answer.json()["known"] is True


async def test_a_somali_letter_from_the_job_centre_reaches_the_employment_specialist(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    headers, families = await demo_people(rt)
    rt.clock = lambda: TUESDAY_10
    await write(client, HODAN, JOB_LETTER_SO)
    mine = (await client.get("/api/v1/requests", headers=headers["yasmin"])).json()
    assert [(r["family_id"], r["domain"], r["body"]) for r in mine] == [
        (families["Familien Abdi"], "employment", JOB_LETTER_SO)]
    for contact in ("amira", "jonas"):
        seen = (await client.get("/api/v1/requests", headers=headers[contact],
                                 params={"family_id": families["Familien Abdi"]})).json()
        assert [r["id"] for r in seen] == [mine[0]["id"]]
        messages = (await client.get(f"/api/v1/families/{families['Familien Abdi']}/messages",
                                     headers=headers[contact])).json()
        assert JOB_LETTER_SO in [m["body"] for m in messages]


async def test_an_arabic_youth_afraid_to_go_home_alerts_contacts_and_lead_and_gets_112(
    rt: Runtime, client: httpx.AsyncClient, delivery: DeliveryWorker,
) -> None:
    headers, families = await demo_people(rt)
    rt.clock = lambda: SATURDAY_22
    await write(client, OMAR, AFRAID_AR)
    family_id = families["Familien Al-Sayed"]
    for person in ("sofie", "mikkel", "lene"):
        found = (await client.get("/api/v1/alerts", headers=headers[person])).json()
        assert [(a["kind"], a["family_id"]) for a in found] == [("urgent", family_id)], person
    assert (await client.get("/api/v1/alerts", headers=headers["amira"])).json() == []
    inbox = (await client.get("/api/v1/inbox", headers=headers["lene"])).json()
    assert inbox[0]["family_id"] == family_id
    await delivery.run_once()
    phone = (await client.get("/simulator/api/messages", params={"phone": OMAR})).json()
    [answer] = [m for m in phone["messages"] if m["direction"] == "out"]
    assert "112" in answer["body"] and "89 40 20 00" in answer["body"]
    assert "اتصلوا" in answer["body"]  # "call", in Arabic
    assert answer["status"] == "delivered"
