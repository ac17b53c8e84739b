"""Translations from the gettext catalogs in `locales/`, and localized dates."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import format_date, format_time
from babel.support import NullTranslations, Translations

from bot.config import LANGUAGES

LOCALES_DIR = Path(__file__).resolve().parent.parent / "locales"
DOMAIN = "messages"


@lru_cache(maxsize=None)
def translations(language: str) -> NullTranslations:
    """The compiled catalog of `language`; English source strings when there is none."""
    if language == "en":
        return NullTranslations()
    return Translations.load(str(LOCALES_DIR), [language], DOMAIN)


def gettext_for(language: str) -> Callable[[str], str]:
    """`_` for one language: translate first, then `.format()`."""
    return translations(language).gettext


def ngettext_for(language: str) -> Callable[[str, str, int], str]:
    return translations(language).ngettext


def supported(language: str | None) -> bool:
    return language in LANGUAGES


def format_when(at: datetime, language: str, zone: ZoneInfo, *, now: datetime) -> str:
    """A time as a family reads it: "today at 08:00", "tomorrow at…", "Monday 3 March at…"."""
    _ = gettext_for(language)
    locale = Locale.parse(language)
    local, today = at.astimezone(zone), now.astimezone(zone).date()
    clock = format_time(local, "HH:mm" if language != "da" else "HH.mm", locale=locale)
    days = (local.date() - today).days
    if days == 0:
        return _("today at {time}").format(time=clock)
    if days == 1:
        return _("tomorrow at {time}").format(time=clock)
    day = format_date(local.date(), "EEEE d MMMM", locale=locale)
    return _("{day} at {time}").format(day=day, time=clock)
