"""A reply the provider refuses: the family page says it was not delivered, and why."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from bot.actions.inbound import receive
from bot.delivery import DeliveryWorker
from bot.runtime import Runtime
from tests.console.helpers import signed_in
from tests.factories import PARENT_PHONE, world
from tests.fakes.twilio import ACCOUNT_SID, AUTH_TOKEN, FROM_NUMBER, FakeTwilio, invalid_number


@pytest.fixture
async def twilio() -> AsyncIterator[FakeTwilio]:
    async with FakeTwilio() as fake:
        yield fake


@pytest.fixture
def settings_overrides(twilio: FakeTwilio) -> dict[str, Any]:
    """SMS on, with the real twilio client pointed at the fake Twilio on loopback."""
    return {"TWILIO_ACCOUNT_SID": ACCOUNT_SID, "TWILIO_AUTH_TOKEN": AUTH_TOKEN,
            "TWILIO_FROM_NUMBER": FROM_NUMBER, "OPGANG_TWILIO_API_URL": twilio.url}


async def test_a_refused_sms_shows_as_not_delivered_with_twilios_reason(
    rt: Runtime, client: httpx.AsyncClient, delivery: DeliveryWorker, twilio: FakeTwilio,
) -> None:
    w = await world(rt)
    await receive(rt, channel="sms", sender=PARENT_PHONE, body="Hej", provider_id="SM" + "2" * 32)
    csrf = await signed_in(client, "amira@example.dk")
    page = (await client.get(f"/console/families/{w.family_id}")).text
    assert '<option value="sms">SMS</option>' in page
    answer = await client.post(f"/console/families/{w.family_id}/messages", data={
        "body": "Vi ringer i morgen.", "channel": "sms", "csrf": csrf})
    assert answer.status_code == 303
    twilio.fail_next(invalid_number())
    await delivery.run_once()
    page = (await client.get(f"/console/families/{w.family_id}")).text
    status = re.search(r'<p class="status status-failed">Ikke leveret: '
                       r'<span class="reason">([^<]+)</span></p>', page)
    assert status, page
    assert "21211" in status.group(1)
