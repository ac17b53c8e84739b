"""iCalendar import: the shapes Outlook/Exchange and Google produce, read as busy intervals."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.scheduling.ics import IcsError, parse_calendar
from bot.scheduling.ics_export import ExportItem, calendar_bytes

CPH = ZoneInfo("Europe/Copenhagen")
FIXTURES = Path(__file__).parent.parent / "fixtures" / "ics"
START = datetime(2026, 11, 1, tzinfo=CPH)
END = START + timedelta(days=183)


def read(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def local(*args: int) -> datetime:
    return datetime(*args, tzinfo=CPH)  # type: ignore[misc]


def starts(data: bytes, title: str) -> list[datetime]:
    parsed = parse_calendar(data, zone=CPH, start=START, end=END)
    return [e.start.astimezone(CPH) for e in parsed.events if e.title == title]


def test_outlook_windows_zone_weekly_rule_exdates_and_a_moved_occurrence() -> None:
    data = read("outlook_jobcenter.ics")
    mondays = starts(data, "Virksomhedspraktik")
    assert mondays[:3] == [local(2026, 11, 2, 8, 30), local(2026, 11, 9, 8, 30),
                           local(2026, 11, 30, 8, 30)]
    # EXDATE removes 16 November and 14 December; 23 November was moved to 10:00.
    assert local(2026, 11, 16, 8, 30) not in mondays
    assert local(2026, 12, 14, 8, 30) not in mondays
    assert starts(data, "Virksomhedspraktik (senere start)") == [local(2026, 11, 23, 10, 0)]
    # UNTIL=20270301T073000Z is 08:30 local, inclusive.
    assert mondays[-1] == local(2027, 3, 1, 8, 30)


def test_a_cancelled_event_is_not_busy() -> None:
    parsed = parse_calendar(read("outlook_jobcenter.ics"), zone=CPH, start=START, end=END)
    assert not [e for e in parsed.events if "Aflyst" in e.title]
    assert any(uid.startswith("040000008200E00074C5B7101A82E00800000000AAAA")
               for uid in parsed.uids)  # still named, so a re-import removes it


def test_google_all_day_utc_and_a_cancelled_occurrence() -> None:
    parsed = parse_calendar(read("google_school.ics"), zone=CPH, start=START, end=END)
    assert parsed.name == "Skole – Yusuf"
    [camp] = [e for e in parsed.events if e.title == "Lejrskole"]
    assert camp.all_day
    assert (camp.start, camp.end) == (local(2026, 11, 10).astimezone(UTC),
                                      local(2026, 11, 12).astimezone(UTC))
    [doctor] = [e for e in parsed.events if e.title == "Lægetid"]
    assert doctor.start.astimezone(CPH) == local(2026, 11, 17, 8, 30)
    ppr = [e.start.astimezone(CPH) for e in parsed.events if e.title == "PPR-samtale"]
    assert local(2026, 11, 26, 14) not in ppr  # EXDATE
    assert local(2026, 12, 3, 14) not in ppr  # the occurrence was cancelled
    assert ppr[-1] == local(2026, 12, 31, 14)


def test_floating_times_are_read_in_the_team_zone_on_both_sides_of_dst() -> None:
    parsed = parse_calendar(read("floating.ics"), zone=CPH, start=START, end=END)
    hospital, dentist = parsed.events
    assert hospital.start == local(2026, 11, 24, 10).astimezone(UTC)
    assert hospital.end - hospital.start == timedelta(minutes=90)
    assert dentist.start == local(2027, 3, 29, 9).astimezone(UTC)  # summer time: 07:00 UTC
    assert dentist.start.hour == 7
    assert dentist.end - dentist.start == timedelta(minutes=45)


def test_a_weekly_event_keeps_its_local_time_across_the_dst_change() -> None:
    data = b"""BEGIN:VCALENDAR\r
VERSION:2.0\r
BEGIN:VEVENT\r
UID:weekly@example\r
DTSTART;TZID=Europe/Copenhagen:20261014T090000\r
DTEND;TZID=Europe/Copenhagen:20261014T100000\r
RRULE:FREQ=WEEKLY;COUNT=3\r
SUMMARY:Skole\r
END:VEVENT\r
END:VCALENDAR\r
"""
    parsed = parse_calendar(data, zone=CPH, start=local(2026, 10, 1), end=local(2026, 11, 1))
    assert [e.start.astimezone(CPH).hour for e in parsed.events] == [9, 9, 9]
    assert [e.start.hour for e in parsed.events] == [7, 7, 8]  # UTC moves, the wall does not
    assert len({e.recurrence_id for e in parsed.events}) == 3


def test_occurrences_outside_the_horizon_are_left_out() -> None:
    parsed = parse_calendar(read("outlook_jobcenter.ics"), zone=CPH,
                            start=local(2026, 12, 1), end=local(2026, 12, 8))
    assert [e.start.astimezone(CPH) for e in parsed.events] == [local(2026, 12, 7, 8, 30)]


@pytest.mark.parametrize(("data", "problem"), [
    (b"hello", "not an iCalendar file"),
    (b"BEGIN:VEVENT\r\nUID:x\r\nEND:VEVENT\r\n", "VCALENDAR"),
    (None, "DTSTART cannot be read"),
    (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:y\r\nSUMMARY:no start\r\nEND:VEVENT\r\n"
     b"END:VCALENDAR\r\n", "DTSTART is missing"),
])
def test_a_bad_calendar_is_refused_naming_the_problem(data: bytes | None, problem: str) -> None:
    with pytest.raises(IcsError, match=problem):
        parse_calendar(data or read("broken.ics"), zone=CPH, start=START, end=END)


def test_an_exported_calendar_reads_back_with_the_same_times() -> None:
    now = datetime(2026, 11, 2, 8, tzinfo=UTC)
    items = [ExportItem(1, local(2026, 11, 24, 10), local(2026, 11, 24, 11), "Check-in",
                        "booked", now, location="Gellerup"),
             ExportItem(2, local(2026, 11, 25, 10), local(2026, 11, 25, 11), "Aflyst",
                        "cancelled", now)]
    data = calendar_bytes(items, name="Opgang", host="opgang.example", now=now)
    assert b"STATUS:CANCELLED" in data and b"UID:appointment-1@opgang.example" in data
    parsed = parse_calendar(data, zone=CPH, start=START, end=END)
    assert [(e.uid, e.start) for e in parsed.events] == [
        ("appointment-1@opgang.example", local(2026, 11, 24, 10).astimezone(UTC))]


def test_the_demo_job_centre_calendar_has_busy_weeks_whenever_the_demo_runs() -> None:
    from bot.demo import JOBCENTER_ICS

    now = datetime.now(UTC)
    parsed = parse_calendar(JOBCENTER_ICS.read_bytes(), zone=CPH, start=now,
                            end=now + timedelta(days=14))
    assert {e.title for e in parsed.events} == {
        "Virksomhedspraktik (Netto Gellerup)", "Samtale med jobkonsulent",
        "Danskkursus (Sprogcenter)"}
