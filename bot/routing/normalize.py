"""Fold a message to one spelling per word, whatever keyboard typed it, and cut it into words.

The same folding is applied to the lexicons, so a word matches however the family typed it:

- case, width and compatibility forms (NFKC, casefold);
- diacritics dropped (Turkish ş ğ ç ö ü, é, Ukrainian й ї), Turkish ı → i, ß → ss;
- Danish æ ø å and their keyboard-less spellings ae/oe/aa all meet (æ → e, ø → o, å → a,
  "ae" → "e", "oe" → "o", doubled letters collapsed);
- Arabic and Persian: tashkeel and tatweel dropped, hamza forms of alef/waw/yaa folded, ة → ه,
  ى/ی → ي, ک → ك, Arabic-Indic digits → 0-9; ZWNJ joins ("می‌خواهم" and "میخواهم" meet, so
  does "می خواهم");
- Ukrainian: і/ї/и, є/е, ґ/г meet, so do words typed on a Russian layout (ы, э, ъ, ё);
- letters repeated for emphasis collapse to one: any double in Latin script ("pleeease",
  Somali long vowels), three or more in other scripts ("شكراااا"; "بچه‌ها" keeps its two ه);
- Arabic written in Latin letters (arabizi): the digits that stand for letters (3 ع, 7 ح, 5 خ,
  2 ء, 6 ط, 9 ق, 8 غ, 4 ش) become letters inside a word, never in a number ("112", "10am").
"""

from __future__ import annotations

import re
import unicodedata

# fmt: off
_CHARS = str.maketrans({
    "æ": "ae", "ø": "o", "ß": "ss", "ı": "i", "đ": "d", "ł": "l", "œ": "oe",
    # Arabic and Persian letter variants
    "ة": "ه", "ى": "ي", "ی": "ي", "ې": "ي", "ک": "ك", "ە": "ه", "ۀ": "ه", "ء": None,
    "ـ": None, "\u200d": None, "\u200c": None, "\u200f": None, "\u200e": None,
    # Ukrainian letters and a Russian layout meet
    "і": "и", "ї": "и", "ы": "и", "є": "е", "э": "е", "ё": "е", "ґ": "г", "ъ": None,
    # apostrophes inside words ("don't", Ukrainian "м'ясо") join the word
    "§": " paragraf ",  # "§41" and "paragraf 41" meet
    "'": None, "’": None, "ʼ": None, "`": None, "´": None,
    **{chr(0x0660 + d): str(d) for d in range(10)},  # Arabic-Indic digits
    **{chr(0x06F0 + d): str(d) for d in range(10)},  # Persian digits
})

_FA_VERB_PREFIXES = ("مي", "نمي")
_REPEATS = re.compile(r"([a-z])\1+|([^\W\da-z_])\2\2+")
_WORD = re.compile(r"[^\W_]+")
_ARABIZI_DIGITS = str.maketrans({"2": "a", "3": "a", "4": "sh", "5": "kh", "6": "t", "7": "h",
                                 "8": "gh", "9": "q"})
# Units after a number ("3pm", "2x", "5min", "4kr") are not arabizi.
_UNITS = frozenset({"am", "pm", "st", "nd", "rd", "th", "kr", "dkk", "min", "mins", "h", "t",
                    "x", "g", "kg", "km", "md", "mdr", "ar", "dage", "uger", "timer", "tl",
                    "gb", "mb", "sal", "tv", "kl", "e", "a", "b", "c"})
# fmt: on


def _one(match: re.Match[str]) -> str:
    return match.group(1) or match.group(2)


def _is_arabizi(token: str) -> bool:
    """Whether a letters-and-digits word is arabizi rather than a number with a unit ("10am")."""
    if token.isdigit() or token.isalpha() or not token.isascii():
        return False
    head = re.match(r"\d+", token)
    if head is None:
        return True  # a letter comes first: "ta3ban", "mosta4fa", "ma3"
    rest = token[head.end() :]
    return len(head.group()) == 1 and rest.isalpha() and rest not in _UNITS


def fold(text: str) -> str:
    """The folded form of `text`: one spelling per word (see the module docstring)."""
    text = unicodedata.normalize("NFKC", text).casefold().translate(_CHARS)
    if not text.isascii():
        decomposed = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in decomposed if not unicodedata.combining(c))
    while True:  # until nothing changes, so that folding a folded text changes nothing
        folded = _REPEATS.sub(_one, text.replace("ae", "e").replace("oe", "o"))
        if folded == text:
            return text
        text = folded


def words(text: str) -> list[str]:
    """The folded words of `text`, in order; punctuation and emoji dropped."""
    result: list[str] = []
    for token in _WORD.findall(fold(text)):
        if _is_arabizi(token):
            token = fold(token.translate(_ARABIZI_DIGITS))
        if result and result[-1] in _FA_VERB_PREFIXES and script(token) == "arabic":
            token = result.pop() + token  # Persian "می خواهم" written apart
        result.append(token)
    return result


def script(token: str) -> str:
    """The script of a folded word: "arabic", "cyrillic" or "latin" (digits count as latin)."""
    first = token[0]
    if "\u0600" <= first <= "\u06ff":
        return "arabic"
    if "\u0400" <= first <= "\u04ff":
        return "cyrillic"
    return "latin"
