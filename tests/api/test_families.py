"""Families through the API: validation names the field; a handover moves reach."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from bot.runtime import Runtime
from tests.factories import PARENT_PHONE, World, world


def family_body(w: World, **changes: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "team_id": w.team_id, "name": "Familien Ali", "case_ref": "2026-0042",
        "contacts": [w.colleague_id, w.primary_id], "follow_up": "3m",
        "members": [{"name": "Hodan", "role": "parent", "language": "so", "phone": "22 33 44 55"},
                    {"name": "Abdi", "role": "youth", "language": "da",
                     "telegram_chat_id": 5550001}],
    }
    body.update(changes)
    return body


async def test_a_lead_creates_a_family_with_phones_in_e164(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w = await world(rt)
    answer = await client.post("/api/v1/families", json=family_body(w),
                               headers=w.token(rt, w.lead_id))
    assert answer.status_code == 201, answer.text
    created = answer.json()
    assert [m["phone"] for m in created["members"]] == ["+4522334455", None]
    assert created["members"][1]["telegram_chat_id"] == 5550001
    assert created["contacts"] == [w.colleague_id, w.primary_id]
    seen = await client.get(f"/api/v1/families/{created['id']}",
                            headers=w.token(rt, w.colleague_id))
    assert seen.status_code == 200


@pytest.mark.parametrize(("change", "status", "names"), [
    ({"members": [{"name": "A", "role": "parent", "language": "da", "phone": "12"}]},
     422, "members[0].phone"),
    ({"members": [{"name": "A", "role": "parent", "language": "xx"}]}, 422, "members[0].language"),
    ({"members": [{"name": "A", "role": "parent", "language": "da", "phone": PARENT_PHONE}]},
     409, "members[0].phone"),
    ({"contacts": [1]}, 422, "contacts"),
    ({"follow_up": "weekly"}, 422, "follow_up"),
])
async def test_bad_family_input_is_refused_naming_the_field(
    rt: Runtime, client: httpx.AsyncClient, change: dict[str, Any], status: int, names: str,
) -> None:
    w = await world(rt)
    answer = await client.post("/api/v1/families", json=family_body(w, **change),
                               headers=w.token(rt, w.lead_id))
    assert answer.status_code == status, answer.text
    assert names.split("[")[0] in str(answer.json()["detail"])


async def test_contacts_must_belong_to_the_familys_team(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w = await world(rt)
    answer = await client.post("/api/v1/families",
                               json=family_body(w, contacts=[w.primary_id, w.outsider_id]),
                               headers=w.token(rt, w.lead_id))
    assert answer.status_code == 422
    assert "contacts" in answer.json()["detail"]


async def test_a_worker_cannot_create_families(rt: Runtime, client: httpx.AsyncClient) -> None:
    w = await world(rt)
    answer = await client.post("/api/v1/families", json=family_body(w),
                               headers=w.token(rt, w.primary_id))
    assert answer.status_code == 403


async def test_a_handover_moves_the_family_to_the_new_contact(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w = await world(rt)
    path = f"/api/v1/families/{w.family_id}"
    answer = await client.patch(path, json={"contacts": [w.colleague_id, w.partner_id],
                                            "note": "Amira går på barsel"},
                                headers=w.token(rt, w.lead_id))
    assert answer.status_code == 200, answer.text
    assert answer.json()["contacts"] == [w.colleague_id, w.partner_id]
    assert (await client.get(path, headers=w.token(rt, w.primary_id))).status_code == 404
    assert (await client.get(path, headers=w.token(rt, w.colleague_id))).status_code == 200


async def test_no_answer_contains_a_password_hash(rt: Runtime, client: httpx.AsyncClient) -> None:
    w = await world(rt)
    answer = await client.post("/api/v1/workers", json={
        "team_id": w.team_id, "name": "Ny", "email": "ny@example.dk",
        "password": "long enough password", "role": "worker",
        "domains": ["housing", {"domain": "economy", "level": 2}]},
        headers=w.token(rt, w.lead_id))
    assert answer.status_code == 201, answer.text
    assert "password" not in answer.text and "argon2" not in answer.text
    assert answer.json()["domains"] == [{"domain": "economy", "level": 2},
                                        {"domain": "housing", "level": 3}]
