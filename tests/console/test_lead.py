"""The lead view: who waits, overdue follow-ups, workload, failed deliveries (sent again from
there or from the family page) and the intake of unknown senders."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from bot.actions.appointments import book_appointment, mark_held
from bot.actions.inbound import receive
from bot.actions.outbound import send
from bot.actions.statuses import apply_provider_status
from bot.delivery import DeliveryWorker
from bot.runtime import Runtime
from storage.models import AuditEvent, Message
from tests.console.helpers import csrf_of, signed_in
from tests.factories import PARENT_PHONE, YOUTH_PHONE, World, office_hours, world
from tests.fakes.twilio import ACCOUNT_SID, AUTH_TOKEN, FROM_NUMBER, FakeTwilio, opted_out

STRANGER = "+4531313131"


@pytest.fixture
async def twilio() -> AsyncIterator[FakeTwilio]:
    async with FakeTwilio() as fake:
        yield fake


@pytest.fixture
def settings_overrides(twilio: FakeTwilio) -> dict[str, Any]:
    """SMS on, with the real twilio client pointed at the fake Twilio on loopback."""
    return {"TWILIO_ACCOUNT_SID": ACCOUNT_SID, "TWILIO_AUTH_TOKEN": AUTH_TOKEN,
            "TWILIO_FROM_NUMBER": FROM_NUMBER, "OPGANG_TWILIO_API_URL": twilio.url}


def section(html: str, name: str) -> str:
    """The text of one section of the lead view, without tags."""
    found = re.search(rf'<section id="{name}"[^>]*>(.*?)</section>', html, re.S)
    assert found, f"no section {name}"
    return " ".join(re.sub(r"<[^>]+>", " ", found.group(1)).split())


async def failed_reply(rt: Runtime, w: World, delivery: DeliveryWorker) -> int:
    """Fatima writes, Amira answers by SMS, Twilio later reports the handset unreachable."""
    await receive(rt, channel="sms", sender=PARENT_PHONE, body="Hej", provider_id="SM" + "1" * 32)
    queued = await send(rt, family_id=w.family_id, body="Vi ringer i morgen kl. 10.",
                        member_id=w.parent_id, author_id=w.primary_id, channel="sms")
    await delivery.run_once()
    async with rt.db.reading() as session:
        message = await session.get(Message, queued.message_id)
    assert message is not None and message.provider_id is not None
    await apply_provider_status(rt, channel="sms", provider_id=message.provider_id,
                                status="undelivered", error_code=30003)
    return queued.message_id


async def test_the_lead_sees_the_team_and_sends_a_failed_reply_again(
    rt: Runtime, client: httpx.AsyncClient, delivery: DeliveryWorker, twilio: FakeTwilio,
) -> None:
    w = await world(rt)
    office_hours(rt)
    message_id = await failed_reply(rt, w, delivery)
    await receive(rt, channel="sms", sender=YOUTH_PHONE, body="Hallo?",
                  provider_id="SM" + "2" * 32)

    csrf = await signed_in(client, "lead@example.dk")
    page = await client.get("/console/lead")
    assert page.status_code == 200
    assert "Familien Hassan" in section(page.text, "waiting")
    assert "Amira, Jonas" in section(page.text, "waiting")
    failed = section(page.text, "failed")
    assert "Familien Hassan" in failed and "Til Fatima" in failed and "30003" in failed
    workload = section(page.text, "workload")
    # Families, as primary, as partner, waiting (then open requests, which routing decides).
    assert re.search(r"Amira 1 1 0 1 \d", workload), workload
    assert re.search(r"Jonas 1 0 1 1 \d", workload), workload
    assert re.search(r"Sofie 0 0 0 0 0", workload), workload

    answer = await client.post(f"/console/messages/{message_id}/retry",
                               data={"csrf": csrf, "next": "/console/lead"})
    assert answer.status_code == 303
    assert answer.headers["location"] == "/console/lead?notice=retried#failed"
    page = await client.get("/console/lead?notice=retried")
    assert "Beskeden sendes igen." in page.text
    assert "Alle beskeder er leveret." in section(page.text, "failed")
    await delivery.run_once()
    assert [m["body"] for m in twilio.messages] == ["Vi ringer i morgen kl. 10."] * 2
    async with rt.db.reading() as session:
        message = await session.get(Message, message_id)
        retries = list(await session.scalars(select(AuditEvent).where(
            AuditEvent.action == "message.retry")))
    assert message is not None and message.status == "sent" and message.reason is None
    assert [(r.actor_id, r.detail["message_id"]) for r in retries] == [(w.lead_id, message_id)]
    # A second click (an old tab) does not queue the message a third time.
    again = await client.post(f"/console/messages/{message_id}/retry",
                              data={"csrf": csrf, "next": "/console/lead"})
    assert again.status_code == 409
    assert len(twilio.messages) == 2


async def test_only_leads_open_the_lead_view_and_only_the_familys_workers_retry(
    rt: Runtime, client: httpx.AsyncClient, delivery: DeliveryWorker,
) -> None:
    w = await world(rt)
    message_id = await failed_reply(rt, w, delivery)
    csrf = await signed_in(client, "sofie@example.dk")  # a colleague, not a contact
    assert (await client.get("/console/lead")).status_code == 404
    refused = await client.post(f"/console/messages/{message_id}/retry", data={"csrf": csrf})
    assert refused.status_code == 404
    async with rt.db.reading() as session:
        message = await session.get(Message, message_id)
    assert message is not None and message.status == "failed"


async def test_the_family_page_offers_a_retry_but_not_to_a_member_who_sent_stop(
    rt: Runtime, client: httpx.AsyncClient, delivery: DeliveryWorker, twilio: FakeTwilio,
) -> None:
    w = await world(rt)
    office_hours(rt)
    await receive(rt, channel="sms", sender=PARENT_PHONE, body="Hej", provider_id="SM" + "3" * 32)
    csrf = await signed_in(client, "amira@example.dk")
    await client.post(f"/console/families/{w.family_id}/messages", data={
        "body": "Husk mødet.", "channel": "sms", "member_id": str(w.parent_id), "csrf": csrf})
    twilio.fail_next(opted_out())
    await delivery.run_once()
    page = (await client.get(f"/console/families/{w.family_id}")).text
    found = re.search(r'action="/console/messages/(\d+)/retry"', page)
    assert found, page
    refused = await client.post(f"/console/messages/{found.group(1)}/retry",
                                data={"csrf": csrf, "next": f"/console/families/{w.family_id}"})
    assert refused.status_code == 409
    assert "STOP" in refused.text
    assert twilio.attempts == 1


async def test_a_stray_message_is_attached_to_the_member_who_sent_it(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w = await world(rt)
    await receive(rt, channel="sms", sender=STRANGER, body="Det er Fatima, ny telefon",
                  provider_id="SM" + "4" * 32)
    await signed_in(client, "lead@example.dk")
    page = await client.get("/console/lead")
    intake = section(page.text, "intake")
    assert "+4531313131" in intake and "ny telefon" in intake
    form = re.search(r'action="(/console/lead/intake/\d+/attach)"', page.text)
    assert form
    answer = await client.post(form.group(1), data={
        "csrf": csrf_of(page.text), "member": f"{w.family_id}:{w.parent_id}",
        "keep_address": "yes"})
    assert answer.status_code == 303
    page = await client.get("/console/lead")
    assert "Ingen beskeder fra ukendte afsendere." in section(page.text, "intake")
    family = await client.get(f"/console/families/{w.family_id}")
    assert "Det er Fatima, ny telefon" in family.text
    assert "+45 31 31 31 31" in family.text  # the number is now Fatima's


async def test_an_overdue_follow_up_is_listed_with_its_due_date(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w = await world(rt)  # Familien Hassan: every 6 weeks
    start = datetime(2026, 9, 1, 8, 0, tzinfo=UTC)  # a Tuesday, 10:00 in Copenhagen
    rt.clock = lambda: start - timedelta(days=1)
    checkin = await book_appointment(rt, family_id=w.family_id, actor_id=w.primary_id,
                                     kind="checkin", title="Opfølgning", start=start,
                                     end=start + timedelta(hours=1))
    rt.clock = lambda: start + timedelta(hours=2)
    await mark_held(rt, family_id=w.family_id, appointment_id=checkin.id,
                    actor_id=w.primary_id)
    await signed_in(client, "lead@example.dk")
    rt.clock = lambda: start + timedelta(weeks=5)
    assert "Ingen opfølgning er overskredet." in section(
        (await client.get("/console/lead")).text, "overdue")
    rt.clock = lambda: start + timedelta(weeks=7)
    overdue = section((await client.get("/console/lead")).text, "overdue")
    assert "Familien Hassan hver 6. uge 13. okt. 2026 intet booket Amira" in overdue
