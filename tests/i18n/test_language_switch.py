"""A member switches language by texting its name, and is answered in the new language."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import httpx
import pytest

from bot.delivery import DeliveryWorker
from bot.language_words import language_named
from bot.runtime import Runtime
from tests.factories import PARENT_PHONE, world

TUESDAY_MORNING = datetime(2026, 11, 24, 10, 0, tzinfo=ZoneInfo("Europe/Copenhagen"))


@pytest.mark.parametrize(("word", "language"), [
    ("English", "en"), ("العربية", "ar"), ("Soomaali", "so"), ("Türkçe", "tr"),
    ("Українська", "uk"), ("فارسی", "fa"), ("Dansk", "da"),
    ("english!", "en"), ("TURKCE", "tr"), ("af soomaali", "so"), ("فارسي", "fa"),
])
def test_each_language_is_known_by_its_own_name(word: str, language: str) -> None:
    assert language_named(word) == language


@pytest.mark.parametrize("body", ["I speak English", "dansk eller engelsk?", "", "1"])
def test_a_sentence_that_mentions_a_language_is_not_a_switch(body: str) -> None:
    assert language_named(body) is None


async def phone(client: httpx.AsyncClient) -> list[tuple[str, str]]:
    answer = await client.get("/simulator/api/messages", params={"phone": PARENT_PHONE})
    return [(m["direction"], m["body"]) for m in answer.json()["messages"]]


async def test_an_arabic_speaker_texts_english_and_is_answered_in_english_from_then_on(
    rt: Runtime, client: httpx.AsyncClient, delivery: DeliveryWorker,
) -> None:
    w = await world(rt)
    rt.clock = lambda: TUESDAY_MORNING
    await client.post("/simulator/api/messages", json={"phone": PARENT_PHONE, "body": "English"})
    await delivery.run_once()
    assert (await phone(client))[-1] == ("out", "From now on we will write to you in English.")
    family = (await client.get(f"/api/v1/families/{w.family_id}",
                               headers=w.token(rt, w.primary_id))).json()
    parent = next(m for m in family["members"] if m["id"] == w.parent_id)
    assert parent["language"] == "en"

    # Back to Arabic: the confirmation comes in Arabic.
    await client.post("/simulator/api/messages", json={"phone": PARENT_PHONE, "body": "العربية"})
    await delivery.run_once()
    assert (await phone(client))[-1] == ("out", "من الآن فصاعدا سنكتب لك باللغة العربية.")
