"""iCalendar out: appointments as a calendar a phone or Outlook can subscribe to (pure).

Cancelled appointments stay in the file with STATUS:CANCELLED, so a subscribed calendar removes
them; SEQUENCE grows with every change, so clients take the newest version.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

import icalendar


@dataclass(frozen=True)
class ExportItem:
    """One appointment as it appears in an exported calendar."""

    id: int
    start: datetime
    end: datetime
    title: str
    status: str  # booked | held | cancelled
    updated_at: datetime
    location: str | None = None
    description: str | None = None
    url: str | None = None


def calendar_bytes(items: Iterable[ExportItem], *, name: str, host: str,
                   now: datetime) -> bytes:
    """The items as one VCALENDAR (UTF-8, CRLF), times in UTC."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Opgang//Appointments//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    for item in items:
        event = icalendar.Event()
        event.add("uid", f"appointment-{item.id}@{host}")
        event.add("dtstamp", now.astimezone(UTC))
        event.add("dtstart", item.start.astimezone(UTC))
        event.add("dtend", item.end.astimezone(UTC))
        event.add("summary", item.title)
        event.add("status", "CANCELLED" if item.status == "cancelled" else "CONFIRMED")
        # Seconds since 2020 fit the 32-bit integers some clients use.
        event.add("sequence", max(0, int(item.updated_at.timestamp()) - 1_577_836_800))
        if item.location:
            event.add("location", item.location)
        if item.description:
            event.add("description", item.description)
        if item.url:
            event.add("url", item.url)
        calendar.add_component(event)
    data: bytes = calendar.to_ical()
    return data
