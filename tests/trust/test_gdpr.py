"""GDPR: a family's data exported for an access request, erased on request or after retention."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import Column, ForeignKey, Integer, MetaData, String, Table, select, text

from bot import gdpr
from bot.actions.busy import add_busy_time
from bot.actions.inbound import receive
from bot.actions.notes import add_note
from bot.actions.privacy import erase_expired
from bot.app import create_app
from bot.config import Settings
from bot.runtime import Runtime
from storage.models import AuditEvent, Base, Family
from tests.factories import PARENT_PHONE, YOUTH_CHAT, YOUTH_PHONE, World, world

TUESDAY = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
INBOUND = "Min søn Yusuf har ondt i maven og kan ikke komme i skole"
REPLY = "Tak Fatima, vi ringer til skolen i dag"
NOTE = "Mor virker presset; husk boligsagen"
PERSONAL = (INBOUND, REPLY, NOTE, PARENT_PHONE, YOUTH_PHONE, str(YOUTH_CHAT), "Fatima",
            "Familien Hassan", "Tandlæge Yusuf")


async def _family_with_history(rt: Runtime, client: httpx.AsyncClient) -> World:
    rt.clock = lambda: TUESDAY
    w = await world(rt)
    await receive(rt, channel="simulator", sender=PARENT_PHONE, body=INBOUND,
                  provider_id="sim-gdpr-1")
    answer = await client.post(f"/api/v1/families/{w.family_id}/messages",
                               json={"body": REPLY}, headers=w.token(rt, w.primary_id))
    assert answer.status_code == 202
    await add_note(rt, family_id=w.family_id, author_id=w.primary_id, body=NOTE)
    await add_busy_time(rt, family_id=w.family_id, actor_id=w.primary_id,
                        department="Tandlæge Yusuf", start=TUESDAY + timedelta(days=2),
                        end=TUESDAY + timedelta(days=2, hours=1), member_id=w.youth_id)
    # A message from the family's number before the family existed in Opgang would sit in the
    # intake; an intake message from an unknown number must survive the erasure.
    await receive(rt, channel="simulator", sender="+4531313131", body="Hvem er I?",
                  provider_id="sim-gdpr-2")
    return w


async def _every_text(rt: Runtime) -> str:
    """Every value of every column of every table, as one string."""
    found = []
    async with rt.db.reading() as session:
        for table in Base.metadata.sorted_tables:
            for row in (await session.execute(select(table))).all():
                found += [str(v) for v in row]
    return "\n".join(found)


async def test_the_lead_exports_everything_about_a_family_as_json_and_text(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w = await _family_with_history(rt, client)
    lead = w.token(rt, w.lead_id)
    answer = await client.get(f"/api/v1/families/{w.family_id}/export", headers=lead)
    assert answer.status_code == 200
    data = answer.json()
    assert data["family"]["name"] == "Familien Hassan"
    bodies = [m["body"] for m in data["tables"]["messages"]]
    assert INBOUND in bodies and REPLY in bodies
    assert [n["body"] for n in data["tables"]["notes"]] == [NOTE]
    assert {a["value"] for a in data["tables"]["addresses"]} == {
        PARENT_PHONE, YOUTH_PHONE, str(YOUTH_CHAT)}
    assert [b["department"] for b in data["tables"]["busy_times"]] == ["Tandlæge Yusuf"]
    assert "Hvem er I?" not in bodies  # another sender's intake message is not theirs
    # The access log (C-579/21): the reads and changes, without the workers' identities.
    actions = [e["action"] for e in data["audit"]]
    assert {"family.create", "message.receive", "message.send", "note.add"} <= set(actions)
    assert all(set(e) == {"at", "action", "by"} for e in data["audit"])

    readable = await client.get(f"/api/v1/families/{w.family_id}/export?format=text",
                                headers=lead)
    assert readable.status_code == 200
    assert readable.headers["content-type"].startswith("text/plain")
    assert INBOUND in readable.text and NOTE in readable.text
    assert "from Fatima" in readable.text and "== Access log" in readable.text


async def test_only_the_teams_lead_may_export_or_erase(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w = await world(rt)
    for path, method in ((f"/api/v1/families/{w.family_id}/export", "GET"),
                         (f"/api/v1/families/{w.family_id}/erase", "POST")):
        body = {"reason": "test"} if method == "POST" else None
        contact = await client.request(method, path, json=body,
                                       headers=w.token(rt, w.primary_id))
        assert contact.status_code == 403, contact.text  # sees the family, may not do this
        for outsider in (w.colleague_id, w.outsider_id, w.admin_id):
            answer = await client.request(method, path, json=body,
                                          headers=w.token(rt, outsider))
            assert answer.status_code == 404, (outsider, path)
    assert (await client.get(f"/api/v1/families/{w.family_id}",
                             headers=w.token(rt, w.lead_id))).json()["name"] == "Familien Hassan"


async def test_erasure_leaves_no_body_phone_or_name_anywhere_in_the_database(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w = await _family_with_history(rt, client)
    before = await _every_text(rt)
    assert all(value in before for value in PERSONAL)

    answer = await client.post(f"/api/v1/families/{w.family_id}/erase",
                               json={"reason": "request from the mother, art. 17"},
                               headers=w.token(rt, w.lead_id))
    assert answer.status_code == 200, answer.text
    tombstone = answer.json()
    assert (tombstone["status"], tombstone["members"], tombstone["name"]) == (
        "erased", [], "(erased)")

    after = await _every_text(rt)
    assert [value for value in PERSONAL if value in after] == []
    assert "Hvem er I?" in after  # someone else's intake message stays
    async with rt.db.reading() as session:
        family = await session.get(Family, w.family_id)
        assert family is not None and family.erased_at is not None
        trail = list(await session.scalars(
            select(AuditEvent).where(AuditEvent.family_id == w.family_id)
            .order_by(AuditEvent.id)))
    erase = trail[-1]
    assert (erase.action, erase.actor_id) == ("family.erase", w.lead_id)
    assert erase.detail["reason"] == "request from the mother, art. 17"
    assert all(e.detail == {"erased": True} for e in trail[:-1])
    # The family is gone for everyone; erasing again is refused.
    messages = await client.get(f"/api/v1/families/{w.family_id}/messages",
                                headers=w.token(rt, w.primary_id))
    assert messages.json() == []
    again = await client.post(f"/api/v1/families/{w.family_id}/erase",
                              json={"reason": "twice"}, headers=w.token(rt, w.lead_id))
    assert again.status_code == 409


async def test_closed_cases_are_erased_after_the_retention_period(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w = await _family_with_history(rt, client)
    lead = w.token(rt, w.lead_id)
    closed = await client.patch(f"/api/v1/families/{w.family_id}", json={"status": "closed"},
                                headers=lead)
    assert closed.status_code == 200
    assert closed.json()["status"] == "closed"
    assert closed.json()["closed_at"].startswith("2026-11-24T09:00")
    assert rt.settings.retention_days == 365

    assert await erase_expired(rt, now=TUESDAY + timedelta(days=364)) == []
    assert INBOUND in await _every_text(rt)
    assert await erase_expired(rt, now=TUESDAY + timedelta(days=365)) == [w.family_id]
    assert INBOUND not in await _every_text(rt)
    async with rt.db.reading() as session:
        reason = await session.scalar(select(AuditEvent.detail).where(
            AuditEvent.family_id == w.family_id, AuditEvent.action == "family.erase"))
    assert reason is not None and reason["reason"].startswith("retention")
    assert await erase_expired(rt, now=TUESDAY + timedelta(days=999)) == []


async def test_a_reopened_case_is_not_erased(rt: Runtime, client: httpx.AsyncClient) -> None:
    w = await world(rt)
    lead = w.token(rt, w.lead_id)
    for status in ("closed", "active"):
        answer = await client.patch(f"/api/v1/families/{w.family_id}", json={"status": status},
                                    headers=lead)
        assert answer.json()["status"] == status
    assert answer.json()["closed_at"] is None
    assert await erase_expired(rt, now=datetime(2030, 1, 1, tzinfo=UTC)) == []


def test_erasure_finds_new_tables_by_their_foreign_keys() -> None:
    # A table another team adds tomorrow is covered without touching the erasure code.
    metadata = MetaData()
    Table("families", metadata, Column("id", Integer, primary_key=True))
    Table("members", metadata, Column("id", Integer, primary_key=True),
          Column("family_id", ForeignKey("families.id")))
    Table("home_visits", metadata, Column("id", Integer, primary_key=True),
          Column("family_id", ForeignKey("families.id")), Column("report", String))
    Table("visit_photos", metadata, Column("id", Integer, primary_key=True),
          Column("visit_id", ForeignKey("home_visits.id")))
    Table("shoe_sizes", metadata, Column("member_id", ForeignKey("members.id")))
    Table("teams", metadata, Column("id", Integer, primary_key=True))
    plan = gdpr.family_tables(metadata)
    assert set(plan.names()) == {"members", "home_visits", "visit_photos", "shoe_sizes"}
    names = plan.names()
    assert names.index("home_visits") < names.index("visit_photos")  # parents first


@pytest.mark.parametrize("column", ["family_id", "member_id"])
def test_every_table_with_a_family_or_member_column_is_erased(column: str) -> None:
    covered = set(gdpr.family_tables().names()) | gdpr.KEPT
    holding = {t.name for t in Base.metadata.sorted_tables if column in t.c}
    assert holding - covered == set()


async def test_the_audit_trail_refuses_update_and_delete_in_the_database(rt: Runtime) -> None:
    await world(rt)
    for statement in ("UPDATE audit_events SET action = 'x'",
                      "UPDATE audit_events SET detail = '{}'",
                      "DELETE FROM audit_events"):
        with pytest.raises(Exception, match="append-only"):
            async with rt.db.transaction() as session:
                await session.execute(text(statement))
    async with rt.db.reading() as session:
        rows: Any = await session.scalar(select(AuditEvent.action).limit(1))
    assert rows == "team.create"


async def test_the_service_runs_the_retention_pass_when_it_starts(
    rt: Runtime, client: httpx.AsyncClient, settings: Settings,
) -> None:
    w = await world(rt)
    rt.clock = lambda: datetime(2020, 1, 1, tzinfo=UTC)  # closed long ago
    closed = await client.patch(f"/api/v1/families/{w.family_id}", json={"status": "closed"},
                                headers=w.token(rt, w.lead_id))
    assert closed.status_code == 200
    service = create_app(settings, background=True, migrate=False)
    async with service.router.lifespan_context(service):
        for _ in range(100):
            async with rt.db.reading() as session:
                family = await session.get(Family, w.family_id)
            if family is not None and family.status == "erased":
                break
            await asyncio.sleep(0.05)
    assert family is not None and family.status == "erased"
