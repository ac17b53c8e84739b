"""Every automatic text, in every language, fits the SMS budget with realistic, long values."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from datetime import datetime, timedelta
from functools import cache
from zoneinfo import ZoneInfo

import pytest

from bot import texts
from bot.config import LANGUAGES
from bot.i18n import format_when
from bot.sms_segments import segments

ZONE = ZoneInfo("Europe/Copenhagen")
NOW = datetime(2026, 1, 5, 20, 0, tzinfo=ZONE)
GSM7_LANGUAGES = {"da", "en"}
"""Sent as GSM-7, at most 2 segments; every other language may take up to 3 (UCS-2) segments."""

TEXTS: list[Callable[..., str]] = [
    function for name, function in inspect.getmembers(texts, inspect.isfunction)
    if function.__module__ == texts.__name__ and not name.startswith("_")
]


@cache
def longest_when(language: str) -> str:
    """The longest "when" a year of 10:00 appointments gives: the worst weekday and month names."""
    days = (NOW.replace(hour=10) + timedelta(days=n) for n in range(2, 368))
    return max((format_when(day, language, ZONE, now=NOW) for day in days),
               key=lambda when: segments(when).units)


@cache
def longest_options(language: str) -> str:
    """Three offered times, as `appointment_offer` lists them, from the longest day names."""
    from bot.actions.appointment_notices import offer_list, short_when

    days = [NOW.replace(hour=10) + timedelta(days=n) for n in range(2, 368)]
    days.sort(key=lambda day: segments(short_when(day, language, ZONE)).units, reverse=True)
    return offer_list(days[:3], language, ZONE)


def realistic(language: str) -> dict[str, str]:
    return {"team": "Opgang til Opgang Gellerup", "emergency": "112",
            "social": "+45 89 40 20 00", "when": longest_when(language),
            "place": "Gellerupparken, Karen Blixens Boulevard 7, 8220 Brabrand",
            "options": longest_options(language)}


def render(function: Callable[..., str], language: str) -> str:
    values = realistic(language)
    names = [name for name in inspect.signature(function).parameters if name != "language"]
    unknown = [name for name in names if name not in values]
    assert unknown == [], f"{function.__name__}: give {unknown} a realistic value in realistic()"
    return function(language, **{name: values[name] for name in names})


def test_texts_are_found() -> None:
    assert {f.__name__ for f in TEXTS} >= {"out_of_hours", "help_text"}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("function", TEXTS, ids=lambda f: f.__name__)
def test_text_fits_the_sms_budget(function: Callable[..., str], language: str) -> None:
    text = render(function, language)
    result = segments(text)
    if language in GSM7_LANGUAGES:
        assert result.encoding == "GSM-7", text
        assert result.count <= 2, (result, text)
    else:
        assert result.count <= 3, (result, text)


@pytest.mark.parametrize("language", [lang for lang in LANGUAGES if lang != "en"])
@pytest.mark.parametrize("function", TEXTS, ids=lambda f: f.__name__)
def test_text_reaches_the_family_in_their_language(
    function: Callable[..., str], language: str,
) -> None:
    text = render(function, language)
    assert text != render(function, "en")
    assert "{" not in text and "}" not in text, text


def test_out_of_hours_in_danish_reads_as_a_caseworker_writes() -> None:
    when = format_when(datetime(2026, 3, 3, 10, 0, tzinfo=ZONE), "da", ZONE, now=NOW)
    assert texts.out_of_hours("da", team="Opgang Gellerup", when=when, emergency="112") == (
        "Tak for din besked. Opgang Gellerup svarer dig tirsdag den 3. marts kl. 10.00. "
        "Er det akut, så ring 112.")
