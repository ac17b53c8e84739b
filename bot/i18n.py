"""Translations from the gettext catalogs in `locales/`, and localized dates."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import format_date, format_time
from babel.support import NullTranslations, Translations

import locales
from bot.config import LANGUAGES

LOCALES_DIR = Path(locales.__file__).resolve().parent
DOMAIN = "messages"


@cache
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


DAY_PATTERNS = {
    "da": "EEEE 'den' d. MMMM",
    "en": "EEEE d MMMM",
    "ar": "EEEE\u060c d MMMM",  # the Arabic comma
    "so": "EEEE, d MMMM",
    "tr": "d MMMM EEEE",
    # Date first: after "відповість" a weekday would need its accusative ("у середу").
    "uk": "d MMMM (EEEE)",
    "fa": "EEEE d MMMM",
}
"""How each language writes a day without its year (CLDR patterns)."""

CLOCK_PATTERNS = {"da": "HH.mm"}
"""Danish writes "kl. 08.00"; the others read the 24-hour "08:00" that Danish letters use."""


def format_when(at: datetime, language: str, zone: ZoneInfo, *, now: datetime) -> str:
    """A time as a family reads it: "i dag kl. 08.00", "mandag den 3. marts kl. 10.00"."""
    _ = gettext_for(language)
    locale = Locale.parse(language)
    local, today = at.astimezone(zone), now.astimezone(zone).date()
    clock = format_time(local, CLOCK_PATTERNS.get(language, "HH:mm"), locale=locale)
    days = (local.date() - today).days
    if days == 0:
        # Translators: {time} is a clock time such as 08:00; the whole is read after "will answer".
        return _("today at {time}").format(time=clock)
    if days == 1:
        # Translators: {time} is a clock time such as 08:00; the whole is read after "will answer".
        return _("tomorrow at {time}").format(time=clock)
    day = format_date(local.date(), DAY_PATTERNS.get(language, "EEEE d MMMM"), locale=locale)
    # Translators: {day} is a weekday and date such as "Tuesday 3 March", {time} a clock time.
    return _("{day} at {time}").format(day=day, time=clock)
