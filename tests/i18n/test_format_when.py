"""format_when: the moment the contacts will answer, as a family reads it in their own language."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from babel import Locale

from bot.i18n import format_when

ZONE = ZoneInfo("Europe/Copenhagen")
THURSDAY = datetime(2026, 2, 26, 15, 0, tzinfo=ZONE)
TUESDAY_10 = datetime(2026, 3, 3, 10, 0, tzinfo=ZONE)


@pytest.mark.parametrize(("language", "expected"), [
    ("da", "tirsdag den 3. marts kl. 10.00"),
    ("en", "Tuesday 3 March at 10:00"),
])
def test_a_day_ahead_names_weekday_date_and_time(language: str, expected: str) -> None:
    assert format_when(TUESDAY_10, language, ZONE, now=THURSDAY) == expected


@pytest.mark.parametrize(("language", "at_word"), [
    ("ar", "الساعة"), ("so", "saacadda"), ("tr", "saat"), ("uk", " о "), ("fa", "ساعت"),
])
def test_other_languages_use_their_own_words(language: str, at_word: str) -> None:
    when = format_when(TUESDAY_10, language, ZONE, now=THURSDAY)
    tuesday = Locale.parse(language).days["format"]["wide"][1]
    assert tuesday in when and at_word in when and "10:00" in when, when
    assert " at " not in when


def test_today_and_tomorrow_are_said_in_words() -> None:
    morning = datetime(2026, 3, 3, 6, 30, tzinfo=ZONE)
    eight = datetime(2026, 3, 3, 8, 0, tzinfo=ZONE)
    assert format_when(eight, "da", ZONE, now=morning) == "i dag kl. 08.00"
    assert format_when(eight, "da", ZONE, now=datetime(2026, 3, 2, 18, 0, tzinfo=ZONE)) == (
        "i morgen kl. 08.00")
    assert format_when(eight, "en", ZONE, now=morning) == "today at 08:00"


def test_days_are_counted_on_the_local_calendar() -> None:
    # 00:30 in Copenhagen is still yesterday in UTC: 08:00 the same morning is "today".
    after_midnight = datetime(2026, 3, 2, 23, 30, tzinfo=UTC)
    assert format_when(datetime(2026, 3, 3, 7, 0, tzinfo=UTC), "da", ZONE,
                       now=after_midnight) == "i dag kl. 08.00"


def test_the_clock_is_local_across_the_summer_time_change() -> None:
    # Summer time starts Sunday 29 March 2026: Monday 08:00 local is 06:00 UTC.
    saturday = datetime(2026, 3, 28, 12, 0, tzinfo=ZONE)
    monday = datetime(2026, 3, 30, 6, 0, tzinfo=UTC)
    assert format_when(monday, "da", ZONE, now=saturday) == "mandag den 30. marts kl. 08.00"
