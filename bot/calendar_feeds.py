"""Families' calendar feeds: fetched periodically, imported as busy time, never fatal.

A feed is fetched when it never was, or `FEED_INTERVAL` after its last fetch (success or not).
Limits: http/https only, `FEED_TIMEOUT` seconds in all, at most `FEED_MAX_BYTES`, at most
`MAX_REDIRECTS` redirects (each to http/https too). Every failure (network, status, size, a
calendar that cannot be read) is stored on the feed as `last_error` for the contacts to see; the
loop goes on. Several instances may fetch the same feed: the import is idempotent.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta

import httpx
from sqlalchemy import or_, select

from bot.actions.busy import check_feed_url, import_calendar, record_feed_result
from bot.errors import ActionError
from bot.runtime import Runtime
from storage.models import FamilyCalendarFeed

log = logging.getLogger(__name__)

FEED_INTERVAL = timedelta(hours=1)
FEED_TIMEOUT = 20.0
FEED_MAX_BYTES = 2 * 1024 * 1024
MAX_REDIRECTS = 3
LOOP_PAUSE = 300.0  # seconds between looks for due feeds


class FeedError(Exception):
    """A feed that could not be fetched, with a message for the contacts."""


async def fetch_feed(url: str, *, timeout: float = FEED_TIMEOUT,
                     max_bytes: int = FEED_MAX_BYTES) -> bytes:
    """The body of `url`; `FeedError` naming the problem otherwise."""
    check_feed_url(url)
    try:
        async with asyncio.timeout(timeout), httpx.AsyncClient(
            follow_redirects=False, timeout=timeout,
            headers={"User-Agent": "Opgang calendar feed", "Accept": "text/calendar"},
        ) as client:
            for _ in range(MAX_REDIRECTS + 1):
                async with client.stream("GET", url) as response:
                    if response.is_redirect and "location" in response.headers:
                        url = check_feed_url(str(response.url.join(response.headers["location"])))
                        continue
                    if response.status_code != 200:
                        raise FeedError(f"the feed answered HTTP {response.status_code}")
                    declared = response.headers.get("content-length", "")
                    if declared.isdigit() and int(declared) > max_bytes:
                        raise FeedError(f"the feed is larger than {max_bytes // 1024} KB")
                    body = bytearray()
                    async for chunk in response.aiter_bytes():
                        body.extend(chunk)
                        if len(body) > max_bytes:
                            raise FeedError(f"the feed is larger than {max_bytes // 1024} KB")
                    return bytes(body)
            raise FeedError("the feed redirects too often")
    except TimeoutError as exc:
        raise FeedError(f"the feed did not answer within {timeout:g} seconds") from exc
    except httpx.HTTPError as exc:
        raise FeedError(f"the feed could not be reached ({type(exc).__name__})") from exc
    except ActionError as exc:
        raise FeedError(exc.detail) from exc


async def refresh_feed(rt: Runtime, *, family_id: int, url: str) -> str | None:
    """Fetch and import one feed; the error shown to the contacts, or None when it worked."""
    error: str | None = None
    try:
        data = await fetch_feed(url)
        await import_calendar(rt, family_id=family_id, actor_id=None, data=data, source="feed")
    except FeedError as exc:
        error = str(exc)
    except ActionError as exc:
        error = exc.detail
    except Exception:  # a feed must never stop the loop; the cause goes to the log
        log.exception("calendar feed of family %s failed", family_id)
        error = "the feed could not be imported (an unexpected error; it has been logged)"
    await record_feed_result(rt, family_id=family_id, url=url, error=error)
    return error


async def refresh_due_feeds(rt: Runtime) -> int:
    """Refresh every feed that is due; the number refreshed."""
    due_before = rt.clock() - FEED_INTERVAL
    async with rt.db.reading() as session:
        feeds = [(f.family_id, f.url) for f in await session.scalars(
            select(FamilyCalendarFeed).where(or_(
                FamilyCalendarFeed.last_fetched_at.is_(None),
                FamilyCalendarFeed.last_fetched_at < due_before,
            )).order_by(FamilyCalendarFeed.family_id))]
    for family_id, url in feeds:
        await refresh_feed(rt, family_id=family_id, url=url)
    return len(feeds)


async def keep_refreshing(rt: Runtime, stop: asyncio.Event) -> None:
    """Refresh due feeds until `stop` is set (part of `opgang serve`)."""
    while not stop.is_set():
        try:
            await refresh_due_feeds(rt)
        except Exception:  # the database may be down; try again later
            log.exception("calendar feed refresh failed")
        try:
            await asyncio.wait_for(stop.wait(), LOOP_PAUSE)
        except TimeoutError:
            pass
