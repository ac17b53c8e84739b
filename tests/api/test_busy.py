"""Busy time from other departments: .ics import by UID, a calendar feed over loopback HTTP."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from aiohttp import web

from bot.calendar_feeds import FEED_INTERVAL, refresh_due_feeds
from bot.runtime import Runtime
from tests.factories import World, world

FIXTURES = Path(__file__).parent.parent / "fixtures" / "ics"
MONDAY_MORNING = datetime(2026, 11, 2, 7, 0, tzinfo=UTC)
ICS = {"Content-Type": "text/calendar"}


async def setup(rt: Runtime) -> World:
    rt.clock = lambda: MONDAY_MORNING
    return await world(rt)


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


async def busy_titles(client: httpx.AsyncClient, w: World, rt: Runtime) -> list[str]:
    rows = await client.get(f"/api/v1/families/{w.family_id}/busy",
                            headers=w.token(rt, w.primary_id))
    return [r["title"] for r in rows.json()]


async def test_reimporting_an_outlook_calendar_updates_and_never_duplicates(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w = await setup(rt)
    url = f"/api/v1/families/{w.family_id}/busy.ics"
    me = {**w.token(rt, w.primary_id), **ICS}
    first = await client.post(url, headers=me, content=fixture("outlook_jobcenter.ics"),
                              params={"department": "Jobcenter", "member_id": w.parent_id})
    assert first.status_code == 200, first.text
    assert first.json() == {"imported": 17, "updated": 0, "removed": 0}
    again = await client.post(url, headers=me, content=fixture("outlook_jobcenter.ics"),
                              params={"department": "Jobcenter", "member_id": w.parent_id})
    assert again.json() == {"imported": 0, "updated": 17, "removed": 0}
    titles = await busy_titles(client, w, rt)
    assert len(titles) == 17 and "Aflyst: Opfølgning" not in titles
    # Outlook sends the meeting again, now cancelled, and moves the single one.
    changed = fixture("outlook_jobcenter.ics").replace(
        b"SUMMARY;LANGUAGE=da:Samtale i Jobcenter", b"STATUS:CANCELLED\r\nSUMMARY:Samtale")
    third = await client.post(url, headers=me, content=changed)
    assert third.json() == {"imported": 0, "updated": 16, "removed": 1}
    assert "Samtale i Jobcenter" not in await busy_titles(client, w, rt)


async def test_the_imported_time_blocks_slots_for_the_member(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w = await setup(rt)
    me = w.token(rt, w.primary_id)
    base = f"/api/v1/families/{w.family_id}"
    await client.post(f"{base}/busy.ics", headers={**me, **ICS},
                      content=fixture("outlook_jobcenter.ics"),
                      params={"member_id": w.parent_id})
    slots = await client.get(f"{base}/slots", headers=me, params={
        "duration_minutes": 60, "from": "2026-11-09T00:00", "to": "2026-11-10T00:00",
        "limit": 1})
    # Mondays 08:30–12:00 at the job centre, plus the buffer.
    assert slots.json()[0]["start"] == "2026-11-09T12:30:00+01:00"


@pytest.mark.parametrize(("body", "problem"), [
    (b"this is not a calendar", "not an iCalendar file"),
    (b"", "body is empty"),
])
async def test_a_bad_calendar_answers_422_naming_the_problem(
    rt: Runtime, client: httpx.AsyncClient, body: bytes, problem: str,
) -> None:
    w = await setup(rt)
    answer = await client.post(f"/api/v1/families/{w.family_id}/busy.ics",
                               headers={**w.token(rt, w.primary_id), **ICS}, content=body)
    assert answer.status_code == 422
    assert problem in answer.json()["detail"]


async def test_a_calendar_larger_than_the_body_limit_is_refused(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    w = await setup(rt)
    huge = b"BEGIN:VCALENDAR\r\n" + b"X-PAD:" + b"x" * (rt.settings.max_body_bytes + 10)
    answer = await client.post(f"/api/v1/families/{w.family_id}/busy.ics",
                               headers={**w.token(rt, w.primary_id), **ICS}, content=huge)
    assert answer.status_code == 413


class FeedServer:
    """A loopback HTTP server standing in for another department's calendar feed."""

    def __init__(self) -> None:
        self.body = fixture("google_school.ics")
        self.status = 200
        self.hits = 0
        self.url = ""

    async def handle(self, request: web.Request) -> web.Response:
        self.hits += 1
        if request.path == "/moved":
            raise web.HTTPFound("/school.ics")
        return web.Response(body=self.body, status=self.status, content_type="text/calendar")


@pytest.fixture
async def feed_server() -> AsyncIterator[FeedServer]:
    server = FeedServer()
    app = web.Application()
    app.router.add_get("/{name}", server.handle)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    server.url = f"http://127.0.0.1:{port}"
    yield server
    await runner.cleanup()


async def test_a_feed_is_imported_refreshed_and_its_errors_shown(
    rt: Runtime, client: httpx.AsyncClient, feed_server: FeedServer,
) -> None:
    w = await setup(rt)
    me = w.token(rt, w.primary_id)
    url = f"/api/v1/families/{w.family_id}/calendar-feed"
    set_feed = await client.put(url, headers=me, json={"url": f"{feed_server.url}/moved"})
    assert set_feed.status_code == 200, set_feed.text
    assert set_feed.json()["last_error"] is None and set_feed.json()["last_ok_at"]
    assert "PPR-samtale" in await busy_titles(client, w, rt)
    # Not due yet: nothing fetched.
    hits = feed_server.hits
    assert await refresh_due_feeds(rt) == 0 and feed_server.hits == hits
    # An hour later the feed fails: the error is shown, the busy times stay.
    rt.clock = lambda: MONDAY_MORNING + FEED_INTERVAL + timedelta(minutes=1)
    feed_server.status = 500
    assert await refresh_due_feeds(rt) == 1
    shown = (await client.get(url, headers=me)).json()
    assert shown["last_error"] == "the feed answered HTTP 500"
    assert "PPR-samtale" in await busy_titles(client, w, rt)
    # The department removes the PPR series from the feed: it is gone here too.
    rt.clock = lambda: MONDAY_MORNING + 2 * FEED_INTERVAL + timedelta(minutes=2)
    feed_server.status = 200
    feed_server.body = fixture("google_school.ics").replace(
        b"UID:2b3c4d5e6f7g8h9i0j1k2l3m4n@google.com", b"UID:other@google.com").replace(
        b"SUMMARY:PPR-samtale", "SUMMARY:Forældremøde".encode())
    await refresh_due_feeds(rt)
    titles = await busy_titles(client, w, rt)
    assert "PPR-samtale" not in titles and "Forældremøde" in titles
    assert (await client.get(url, headers=me)).json()["last_error"] is None


async def test_a_broken_or_oversized_feed_is_an_error_not_a_crash(
    rt: Runtime, client: httpx.AsyncClient, feed_server: FeedServer,
) -> None:
    w = await setup(rt)
    me = w.token(rt, w.primary_id)
    url = f"/api/v1/families/{w.family_id}/calendar-feed"
    feed_server.body = b"<html>login required</html>"
    shown = await client.put(url, headers=me, json={"url": f"{feed_server.url}/cal.ics"})
    assert shown.status_code == 200
    assert "not an iCalendar file" in shown.json()["last_error"]
    feed_server.body = b"BEGIN:VCALENDAR\r\n" + b"X" * (3 * 1024 * 1024)
    shown = await client.put(url, headers=me, json={"url": f"{feed_server.url}/big.ics"})
    assert "larger than" in shown.json()["last_error"]
    closed = await client.put(url, headers=me, json={"url": "http://127.0.0.1:9/none.ics"})
    assert "could not be reached" in closed.json()["last_error"]


@pytest.mark.parametrize("bad", ["file:///etc/passwd", "ftp://example.dk/x.ics",
                                 "https://user:pw@example.dk/x.ics", "not a url"])
async def test_only_http_feeds_are_accepted(
    rt: Runtime, client: httpx.AsyncClient, bad: str,
) -> None:
    w = await setup(rt)
    answer = await client.put(f"/api/v1/families/{w.family_id}/calendar-feed",
                              headers=w.token(rt, w.primary_id), json={"url": bad})
    assert answer.status_code == 422
    assert "url" in answer.json()["detail"]
