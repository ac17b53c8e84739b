"""The audit trail: every read of messages and every change, with who, when and from where;
readable (not editable) by leads for their team and by admins for all, as JSON, CSV and a page."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import httpx

from bot.actions.families import NewMember, create_family
from bot.actions.inbound import receive
from bot.actions.sessions import log_in
from bot.runtime import Runtime
from handlers.console.session import SESSION_COOKIE
from tests.factories import PARENT_PHONE, PASSWORD, World, world

ROOT = Path(__file__).resolve().parents[2]
SECRET_BODY = "Jeg har fået en rykker fra SKAT på 4.000 kr"
REPLY = "Send et billede af brevet, så ringer vi"


async def _activity(rt: Runtime, client: httpx.AsyncClient) -> tuple[World, int]:
    w = await world(rt)
    await receive(rt, channel="simulator", sender=PARENT_PHONE, body=SECRET_BODY,
                  provider_id="audit-1")
    headers = w.token(rt, w.primary_id)
    read = await client.get(f"/api/v1/families/{w.family_id}/messages", headers=headers)
    assert read.status_code == 200
    sent = await client.post(f"/api/v1/families/{w.family_id}/messages",
                             json={"body": REPLY}, headers=headers)
    assert sent.status_code == 202
    # Another team's activity, which team A's lead must not see.
    b_family = await create_family(
        rt, team_id=w.other_team_id, name="Familien Berg",
        contacts=[w.outsider_id, (await _second_worker(rt, w))],
        members=[NewMember(name="Bo", role="parent", language="da", phone="+4522334455")])
    b_read = await client.get(f"/api/v1/families/{b_family.id}/messages",
                              headers=w.token(rt, w.outsider_id))
    assert b_read.status_code == 200
    return w, b_family.id


async def _second_worker(rt: Runtime, w: World) -> int:
    from bot.actions.people import create_worker

    made = await create_worker(rt, email="berit@example.dk", password=PASSWORD, role="worker",
                               team_id=w.other_team_id, name="Berit")
    return made.id


async def test_reads_and_changes_are_recorded_with_who_and_from_where(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w, _ = await _activity(rt, client)
    trail = (await client.get(f"/api/v1/audit?family_id={w.family_id}",
                              headers=w.token(rt, w.lead_id))).json()
    by_action = {row["action"]: row for row in reversed(trail)}
    read = by_action["messages.read"]
    assert (read["actor_id"], read["actor_name"]) == (w.primary_id, "Amira")
    assert read["client_address"] == "127.0.0.1"
    assert by_action["message.send"]["actor_id"] == w.primary_id
    assert by_action["message.receive"]["actor_id"] is None  # the family wrote
    assert [row["id"] for row in trail] == sorted((row["id"] for row in trail), reverse=True)


async def test_leads_read_their_teams_trail_admins_all_workers_none(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w, b_family = await _activity(rt, client)
    lead = (await client.get("/api/v1/audit", headers=w.token(rt, w.lead_id))).json()
    admin = (await client.get("/api/v1/audit", headers=w.token(rt, w.admin_id))).json()
    assert w.family_id in {row["family_id"] for row in lead}
    assert b_family not in {row["family_id"] for row in lead}
    assert {w.family_id, b_family} <= {row["family_id"] for row in admin}
    for worker_id in (w.primary_id, w.colleague_id, w.outsider_id):
        refused = await client.get("/api/v1/audit", headers=w.token(rt, worker_id))
        assert refused.status_code == 403
    # Admins read the trail but never case data: no message body in any detail.
    everything = (await client.get("/api/v1/audit?format=csv",
                                   headers=w.token(rt, w.admin_id))).text
    assert SECRET_BODY not in everything and REPLY not in everything
    assert PARENT_PHONE not in everything


async def test_the_export_filters_by_family_worker_and_time_as_json_and_csv(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w, _ = await _activity(rt, client)
    lead = w.token(rt, w.lead_id)
    mine = (await client.get(f"/api/v1/audit?worker_id={w.primary_id}", headers=lead)).json()
    assert mine and {row["actor_id"] for row in mine} == {w.primary_id}
    future = (await client.get("/api/v1/audit?from=2999-01-01", headers=lead)).json()
    assert future == []
    past = (await client.get("/api/v1/audit?to=2000-01-01T00:00:00%2B00:00",
                             headers=lead)).json()
    assert past == []
    answer = await client.get(f"/api/v1/audit?family_id={w.family_id}&format=csv",
                              headers=lead)
    assert answer.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(answer.text)))
    assert rows and {r["family_id"] for r in rows} == {str(w.family_id)}
    assert {"at", "action", "actor_name", "client_address", "detail"} <= set(rows[0])
    first_page = (await client.get(f"/api/v1/audit?family_id={w.family_id}&limit=2",
                                   headers=lead)).json()
    next_page = (await client.get(
        f"/api/v1/audit?family_id={w.family_id}&limit=2&before={first_page[-1]['id']}",
        headers=lead)).json()
    assert len(first_page) == 2 and next_page and next_page[0]["id"] < first_page[-1]["id"]


async def test_the_console_page_shows_the_trail_to_leads_only(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w, _ = await _activity(rt, client)
    lead = await log_in(rt, email="lead@example.dk", password=PASSWORD)
    page = await client.get(f"/console/audit?family={w.family_id}",
                            headers={"Cookie": f"{SESSION_COOKIE}={lead.token}"})
    assert page.status_code == 200
    assert "messages.read" in page.text and "Amira" in page.text
    assert SECRET_BODY not in page.text
    assert f"/api/v1/audit?family_id={w.family_id}&amp;format=csv" in page.text
    worker = await log_in(rt, email="amira@example.dk", password=PASSWORD)
    refused = await client.get("/console/audit",
                               headers={"Cookie": f"{SESSION_COOKIE}={worker.token}"})
    assert refused.status_code == 404


def test_no_code_updates_or_deletes_audit_rows_except_the_erasure() -> None:
    # The database refuses it anyway (migration 0006, tested in test_gdpr); this keeps the code
    # honest too: one place scrubs an erased family's details, nothing else touches the trail.
    pattern = re.compile(r"(update|delete)\(\s*(AuditEvent|audit_events)|"
                         r"(UPDATE|DELETE FROM)\s+audit_events", re.I)
    offenders = [str(path.relative_to(ROOT)) for folder in ("bot", "handlers", "storage")
                 for path in (ROOT / folder).rglob("*.py")
                 if pattern.search(path.read_text(encoding="utf-8"))]
    assert offenders == ["bot/actions/privacy.py"]
