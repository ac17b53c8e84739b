"""How an SMS body is encoded and into how many segments it is split (PROTOCOLS.md, Segments)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Encoding = Literal["GSM-7", "UCS-2"]

GSM7_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
"""The GSM 03.38 default alphabet: one septet each (the escape code itself is left out)."""

GSM7_EXTENSION = frozenset("\f^{}\\[~]|€")
"""The extension table: an escape septet plus one, so two septets each."""

GSM7_SINGLE, GSM7_PART = 160, 153
UCS2_SINGLE, UCS2_PART = 70, 67
"""Units in a lone segment, and per part once the user-data header of a split message is added."""


@dataclass(frozen=True, slots=True)
class Segments:
    """The encoding of a body, its segment count and its length in septets or UTF-16 units."""

    encoding: Encoding
    count: int
    units: int


def is_gsm7(text: str) -> bool:
    """Whether every character of `text` exists in GSM-7 (basic set or extension table)."""
    return all(c in GSM7_BASIC or c in GSM7_EXTENSION for c in text)


def segments(text: str) -> Segments:
    """The encoding, segment count and units of `text` as a carrier bills it."""
    if is_gsm7(text):
        widths = [2 if c in GSM7_EXTENSION else 1 for c in text]
        return _split("GSM-7", widths, GSM7_SINGLE, GSM7_PART)
    # UTF-16: a character beyond the Basic Multilingual Plane (most emoji) is a surrogate pair.
    widths = [2 if ord(c) > 0xFFFF else 1 for c in text]
    return _split("UCS-2", widths, UCS2_SINGLE, UCS2_PART)


def _split(encoding: Encoding, widths: list[int], single: int, part: int) -> Segments:
    units = sum(widths)
    if units <= single:
        return Segments(encoding, 1 if units else 0, units)
    # Phones never cut an escape sequence or a surrogate pair in two: such a character that does
    # not fit whole moves to the next part, leaving one unit of the previous part unused.
    count, used = 1, 0
    for width in widths:
        if used + width > part:
            count, used = count + 1, 0
        used += width
    return Segments(encoding, count, units)
