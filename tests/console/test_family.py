"""The family page: one timeline over members and channels, replies, notes and the handover."""

from __future__ import annotations

import re

import httpx
from sqlalchemy import select

from bot.actions.inbound import receive
from bot.delivery import DeliveryWorker
from bot.runtime import Runtime
from bot.sms_segments import segments
from storage.models import AuditEvent, Message, Note
from tests.console.helpers import controls, csrf_of, signed_in
from tests.factories import PARENT_PHONE, YOUTH_CHAT, World, office_hours, world

ENTRY = re.compile(r'<li class="entry (message (?:in|out)[^"]*|note)" id="[a-z]+-\d+">(.*?)</li>',
                   re.S)


def timeline(html: str) -> list[tuple[str, str]]:
    """(kind, text without tags and extra spaces) of each timeline entry, oldest first."""
    return [(kind, " ".join(re.sub(r"<[^>]+>", " ", body).split()))
            for kind, body in ENTRY.findall(html)]


async def conversation(rt: Runtime, w: World) -> None:
    """The parent writes by SMS, the youth on Telegram: one family, two members, two channels."""
    await receive(rt, channel="sms", sender=PARENT_PHONE, body="Hvornår kommer I?",
                  provider_id="SM" + "1" * 32)
    await receive(rt, channel="telegram", sender=str(YOUTH_CHAT), body="مرحبا، أنا يوسف",
                  provider_id="tg-1")


async def test_one_timeline_of_every_member_and_channel_in_the_workers_language(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w = await world(rt)
    await conversation(rt, w)
    await signed_in(client, "amira@example.dk")
    page = await client.get(f"/console/families/{w.family_id}")
    assert page.status_code == 200
    entries = timeline(page.text)
    assert [kind for kind, _ in entries] == ["message in", "message in"]
    assert entries[0][1].startswith("Fra Fatima · SMS · ")
    assert entries[0][1].endswith("Hvornår kommer I?")
    assert entries[1][1].startswith("Fra Yusuf · Telegram · ")
    assert entries[1][1].endswith("مرحبا، أنا يوسف")
    assert '<p class="body" dir="auto">مرحبا، أنا يوسف</p>' in page.text
    # The reply goes to Yusuf, who wrote last; languages are shown as the worker reads them.
    assert f'<option value="{w.youth_id}" selected>Yusuf (ung, dansk)' in page.text
    assert "Fatima (forælder, arabisk)" in page.text
    checked = controls(page.text)
    assert checked.unlabelled() == []
    assert all(c.get("dir") == "auto" for c in checked.controls if c.get("name") == "body")
    # Reading the page is in the family's audit trail.
    async with rt.db.reading() as session:
        reads = list(await session.scalars(select(AuditEvent.action).where(
            AuditEvent.family_id == w.family_id, AuditEvent.actor_id == w.primary_id)))
    assert "messages.read" in reads and "notes.read" in reads
    # The same page for Amira in English.
    await client.post("/console/language", data={"language": "en", "csrf": csrf_of(page.text)})
    english = (await client.get(f"/console/families/{w.family_id}")).text
    assert '<html lang="en">' in english
    assert timeline(english)[0][1].startswith("From Fatima · SMS")
    assert "Fatima (parent, Arabic)" in english and "Conversation" in english


async def test_a_reply_reaches_the_member_and_shows_its_delivery(
    rt: Runtime, client: httpx.AsyncClient, delivery: DeliveryWorker,
) -> None:
    w = await world(rt)
    office_hours(rt)
    await receive(rt, channel="simulator", sender=PARENT_PHONE, body="Er der nogen?",
                  provider_id="sim-r1")
    csrf = await signed_in(client, "amira@example.dk")
    without_token = await client.post(f"/console/families/{w.family_id}/messages",
                                      data={"body": "Hej"})
    assert without_token.status_code == 403
    assert "Formularen er udløbet" in without_token.text
    answer = await client.post(f"/console/families/{w.family_id}/messages", data={
        "body": "Ja, vi ringer kl. 14.", "member_id": "", "channel": "", "csrf": csrf})
    assert answer.status_code == 303
    assert answer.headers["location"] == f"/console/families/{w.family_id}?notice=sent#reply"
    async with rt.db.reading() as session:
        sent = list(await session.scalars(select(Message).where(Message.direction == "out")))
    assert [(m.body, m.member_id, m.channel, m.author_id) for m in sent] == [
        ("Ja, vi ringer kl. 14.", w.parent_id, "simulator", w.primary_id)]
    page = (await client.get(answer.headers["location"])).text
    assert "Din besked er på vej." in page
    assert timeline(page)[-1][1].endswith("Ja, vi ringer kl. 14. Venter på at blive sendt")
    await delivery.run_once()
    page = (await client.get(f"/console/families/{w.family_id}")).text
    assert timeline(page)[-1][1].endswith("Ja, vi ringer kl. 14. Leveret")
    assert "af Amira" in timeline(page)[-1][1]
    # The family has its answer: it no longer waits in the inbox.
    assert "0 familier venter på svar." in (await client.get("/console")).text


async def test_a_reply_to_an_opted_out_member_is_refused_with_the_reason_and_the_text_kept(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w = await world(rt)
    await receive(rt, channel="simulator", sender=PARENT_PHONE, body="STOP", provider_id="s1")
    csrf = await signed_in(client, "amira@example.dk")
    page = (await client.get(f"/console/families/{w.family_id}")).text
    assert "Fatima (forælder, arabisk) – har frameldt SMS" in page
    assert "har frameldt SMS (sendte STOP)" in page
    refused = await client.post(f"/console/families/{w.family_id}/messages", data={
        "body": "Er alt vel?", "member_id": str(w.parent_id), "channel": "simulator",
        "csrf": csrf})
    assert refused.status_code == 409
    assert "Beskeden blev ikke sendt" in refused.text and "STOP" in refused.text
    assert ">Er alt vel?</textarea>" in refused.text
    bad = await client.post(f"/console/families/{w.family_id}/messages", data={
        "body": "Hej", "member_id": "x1", "csrf": csrf})
    assert bad.status_code == 422 and "member_id" in bad.text
    async with rt.db.reading() as session:
        assert list(await session.scalars(select(Message).where(Message.direction == "out"))) == []


async def test_a_note_stays_in_the_console(
    rt: Runtime, client: httpx.AsyncClient, delivery: DeliveryWorker,
) -> None:
    w = await world(rt)
    office_hours(rt)
    await receive(rt, channel="simulator", sender=PARENT_PHONE, body="Hej", provider_id="n1")
    csrf = await signed_in(client, "amira@example.dk")
    answer = await client.post(f"/console/families/{w.family_id}/notes",
                               data={"body": "Far virker presset; tal med Jonas.", "csrf": csrf})
    assert answer.status_code == 303
    page = (await client.get(f"/console/families/{w.family_id}")).text
    kind, text = timeline(page)[-1]
    assert kind == "note"
    assert text.startswith("Intern note · sendes ikke til familien Far virker presset")
    empty = await client.post(f"/console/families/{w.family_id}/notes",
                              data={"body": "  ", "csrf": csrf})
    assert empty.status_code == 422
    await delivery.run_once()
    async with rt.db.reading() as session:
        assert [n.body for n in await session.scalars(select(Note))] == [
            "Far virker presset; tal med Jonas."]
        bodies = list(await session.scalars(select(Message.body)))
    assert not any("presset" in body for body in bodies)
    phone = (await client.get("/simulator/api/messages", params={"phone": PARENT_PHONE})).json()
    assert [m["body"] for m in phone["messages"]] == ["Hej"]


async def test_a_handover_takes_the_family_from_the_old_contact(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w = await world(rt)
    await receive(rt, channel="simulator", sender=PARENT_PHONE, body="Hej", provider_id="h1")
    csrf = await signed_in(client, "amira@example.dk")
    same = await client.post(f"/console/families/{w.family_id}/handover", data={
        "primary_id": str(w.partner_id), "partner_id": str(w.partner_id), "csrf": csrf})
    assert same.status_code == 422 and "two distinct" in same.text
    answer = await client.post(f"/console/families/{w.family_id}/handover", data={
        "primary_id": str(w.partner_id), "partner_id": str(w.colleague_id),
        "note": "Amira går på barsel", "csrf": csrf})
    assert answer.status_code == 303
    assert answer.headers["location"] == "/console?notice=handed-away"
    inbox = (await client.get(answer.headers["location"])).text
    assert "Familien er overdraget" in inbox and "Familien Hassan" not in inbox
    gone = await client.get(f"/console/families/{w.family_id}")
    assert gone.status_code == 404
    missing = await client.get("/console/families/999999")
    assert missing.status_code == 404
    assert missing.text.replace("/999999", f"/{w.family_id}") == gone.text
    assert (await client.get(f"/console/families/{w.family_id}/timeline")).status_code == 404
    async with httpx.AsyncClient(transport=client._transport, base_url=client.base_url) as sofie:
        await signed_in(sofie, "sofie@example.dk")
        page = (await sofie.get(f"/console/families/{w.family_id}")).text
        assert "Hej" in page  # the history stays
    async with rt.db.reading() as session:
        handover = await session.scalar(select(AuditEvent).where(
            AuditEvent.action == "family.handover"))
    assert handover is not None and handover.detail["note"] == "Amira går på barsel"


async def test_the_timeline_is_re_read_only_when_it_changed(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w = await world(rt)
    office_hours(rt)
    await receive(rt, channel="simulator", sender=PARENT_PHONE, body="Et", provider_id="v1")
    await signed_in(client, "amira@example.dk")
    page = (await client.get(f"/console/families/{w.family_id}")).text
    version = re.search(r'data-version="([^"]+)"', page)
    assert version
    url = f"/console/families/{w.family_id}/timeline"
    unchanged = await client.get(url, params={"known": version.group(1)})
    assert unchanged.status_code == 204
    await receive(rt, channel="simulator", sender=PARENT_PHONE, body="To", provider_id="v2")
    changed = await client.get(url, params={"known": version.group(1)})
    assert changed.status_code == 200
    assert [text.split()[-1] for _, text in timeline(changed.text)] == ["Et", "To"]
    assert changed.headers["x-timeline-version"] != version.group(1)


async def test_the_sms_counter_counts_as_the_sms_channel_bills(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    await world(rt)
    assert (await client.post("/console/segments", json={"text": "x"})).status_code == 401
    await signed_in(client, "amira@example.dk")
    samples = ["", "Hej Fatima", "æøå ÆØÅ " * 20, "a" * 160, "a" * 161, "€" * 80, "€" * 81,
               "مرحبا، متى يمكننا أن نلتقي؟" * 3, "Vi ses – i morgen", "😀" * 35, "a" * 459,
               "a" * 460]
    for text in samples:
        answer = (await client.post("/console/segments", json={"text": text})).json()
        counted = segments(text)
        assert (answer["encoding"], answer["count"], answer["units"]) == (
            counted.encoding, counted.count, counted.units), text
        assert answer["warn"] == (counted.count > 2), text
        assert answer["label"].startswith(f"{counted.count} SMS-de"), answer["label"]
    bad = await client.post("/console/segments", json={"text": 5})
    assert bad.status_code == 422
