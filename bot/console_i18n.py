"""The console's own texts: gettext domain "console" in `locales/`, Danish or English (the source).

Family-facing texts live in the "messages" domain (`bot/i18n.py`); the console's are kept apart so
that translators of the families' languages never see the caseworkers' screens, and the other way
round. Nothing in `bot/` marks console strings: they are marked where they are shown, in
`handlers/console/`, so the families' extraction (babel.cfg, `bot/**.py`) never picks them up.
"""

from __future__ import annotations

from functools import cache

from babel.support import NullTranslations, Translations

from bot.i18n import LOCALES_DIR

DOMAIN = "console"
LANGUAGES = ("da", "en")
"""Languages the console is written in; English is the source."""
DEFAULT = "da"


@cache
def translations(language: str) -> NullTranslations:
    """The compiled console catalog of `language` (English: the source strings themselves)."""
    if language not in LANGUAGES or language == "en":
        return NullTranslations()
    return Translations.load(str(LOCALES_DIR), [language], DOMAIN)


def supported(language: str | None) -> bool:
    return language in LANGUAGES


def from_accept_language(header: str | None) -> str | None:
    """The first console language an `Accept-Language` header names, by its q-values."""
    if not header:
        return None
    ranked: list[tuple[float, int, str]] = []
    for index, part in enumerate(header.split(",")):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                continue
        language = tag.strip().lower().split("-")[0]
        if language in LANGUAGES and quality > 0:
            ranked.append((-quality, index, language))
    return min(ranked)[2] if ranked else None


def choose(*candidates: str | None) -> str:
    """The first supported language among `candidates`; Danish otherwise."""
    return next((c for c in candidates if c in LANGUAGES), DEFAULT)
