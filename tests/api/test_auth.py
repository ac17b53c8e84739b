"""Logging in for a token: one answer for every failure; no token, no data."""

from __future__ import annotations

import httpx

from bot.runtime import Runtime
from tests.factories import PASSWORD, world


async def test_token_for_the_right_password_opens_the_api(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    await world(rt)
    answer = await client.post("/api/v1/auth/token",
                               data={"username": "Amira@Example.dk", "password": PASSWORD})
    assert answer.status_code == 200
    token = answer.json()
    assert token["token_type"] == "bearer"
    inbox = await client.get("/api/v1/inbox",
                             headers={"Authorization": f"Bearer {token['access_token']}"})
    assert inbox.status_code == 200


async def test_unknown_email_and_wrong_password_get_the_same_answer(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    await world(rt)
    wrong = await client.post("/api/v1/auth/token",
                              data={"username": "amira@example.dk", "password": "nope nope"})
    unknown = await client.post("/api/v1/auth/token",
                                data={"username": "nobody@example.dk", "password": "nope nope"})
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json() == unknown.json()


async def test_calls_without_a_valid_token_answer_401(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    await world(rt)
    assert (await client.get("/api/v1/inbox")).status_code == 401
    forged = await client.get("/api/v1/inbox", headers={"Authorization": "Bearer 1.9999999999.x"})
    assert forged.status_code == 401
