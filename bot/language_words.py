"""A member switches language by texting the language's own name as a single word ("English")."""

from __future__ import annotations

import unicodedata

# Each language by its own name first (what the README promises), then the names families
# also use for it: in Danish and English, without diacritics, and in the other common spelling.
_NAMES = {
    "da": ("dansk", "danish"),
    "en": ("english", "engelsk", "انجليزي", "انگلیسی"),
    "ar": ("العربية", "عربي", "عربى", "arabic", "arabisk", "arabi", "3arabi"),
    "so": ("soomaali", "af soomaali", "af-soomaali", "somali", "somalisk"),
    "tr": ("türkçe", "turkce", "turkish", "tyrkisk"),
    "uk": ("українська", "украинська", "ukrainian", "ukrainsk"),
    "fa": ("فارسی", "فارسي", "farsi", "persian", "persisk"),
}

_TRIM = " \t\r\n.!?,;:\u060c\u061f"  # including the Arabic comma and question mark


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).strip(_TRIM).casefold()


_LANGUAGE_OF = {_fold(name): code for code, names in _NAMES.items() for name in names}


def language_named(body: str) -> str | None:
    """The language code `body` names, if the whole message is just that name."""
    if len(body) > 32:  # a sentence that mentions a language is a message, not a switch
        return None
    return _LANGUAGE_OF.get(_fold(body))
