"""SMS encoding and segment counts as PROTOCOLS.md states them: what a family's phone receives."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.sms_segments import GSM7_PART, UCS2_PART, Segments, is_gsm7, segments


@pytest.mark.parametrize(("text", "expected"), [
    ("a" * 160, Segments("GSM-7", 1, 160)),
    ("a" * 161, Segments("GSM-7", 2, 161)),
    ("a" * 306, Segments("GSM-7", 2, 306)),
    ("a" * 307, Segments("GSM-7", 3, 307)),
    ("", Segments("GSM-7", 0, 0)),
])
def test_gsm7_holds_160_alone_and_153_per_part(text: str, expected: Segments) -> None:
    assert segments(text) == expected


@pytest.mark.parametrize("char", ["€", "[", "]", "{", "}", "\\", "^", "~", "|"])
def test_extension_characters_count_two_septets(char: str) -> None:
    assert segments(char * 80) == Segments("GSM-7", 1, 160)
    assert segments(char * 80 + "a") == Segments("GSM-7", 2, 161)


def test_an_extension_character_is_never_cut_between_two_parts() -> None:
    # 152 + 2 does not fit in 153: the € opens part two, and the last "a" spills into a third.
    assert segments("a" * 152 + "€" + "a" * 152) == Segments("GSM-7", 3, 306)
    assert segments("a" * 151 + "€" + "a" * 153) == Segments("GSM-7", 2, 306)


def test_danish_letters_are_gsm7() -> None:
    assert is_gsm7("æøåÆØÅ")
    assert segments("Vi ses på mandag kl. 10.00 i Århus, hvor Søren og Bjørk møder jer." * 2) \
        .encoding == "GSM-7"
    assert segments("æ" * 160) == Segments("GSM-7", 1, 160)


@pytest.mark.parametrize(("text", "expected"), [
    ("س" * 70, Segments("UCS-2", 1, 70)),
    ("س" * 71, Segments("UCS-2", 2, 71)),
    ("س" * 134, Segments("UCS-2", 2, 134)),
    ("س" * 135, Segments("UCS-2", 3, 135)),
])
def test_arabic_is_ucs2_70_alone_and_67_per_part(text: str, expected: Segments) -> None:
    assert segments(text) == expected


def test_an_emoji_is_two_utf16_units() -> None:
    assert segments("😀") == Segments("UCS-2", 1, 2)
    assert segments("😀" * 35) == Segments("UCS-2", 1, 70)
    assert segments("😀" * 35 + "a") == Segments("UCS-2", 2, 71)
    # 33 emoji fill 66 of a part's 67 units; the 34th cannot be halved and opens part two.
    assert segments("😀" * 34 + "a" * 3).count == 2
    assert segments("a" + "😀" * 34 + "a" * 67).count == 3


@pytest.mark.parametrize("text", [
    "Vi ses “i morgen”.", "Vi ses ‘i morgen’.", "kl. 10–12", "kl. 10 — vi ses", "Vi ses…",
])
def test_one_character_outside_gsm7_turns_the_whole_message_ucs2(text: str) -> None:
    result = segments(text)
    assert result.encoding == "UCS-2"
    assert result.units == len(text)


def test_one_curly_quote_pair_in_a_long_danish_text_costs_a_second_segment() -> None:
    plain = "Husk mødet i morgen kl. 10.00 på rådhuset. " * 3
    assert segments(plain).count == 1
    assert segments(plain.replace("mødet", "“mødet”", 1)).count == 2


@given(st.text(max_size=400))
def test_units_and_parts_agree_for_any_text(text: str) -> None:
    result = segments(text)
    if result.encoding == "UCS-2":
        assert result.units == len(text.encode("utf-16-le")) // 2
        part = UCS2_PART
    else:
        assert is_gsm7(text)
        part = GSM7_PART
    if result.count > 1:
        # Every part but the last is full, short of at most the one unit an unsplittable pair left.
        assert (result.count - 1) * (part - 1) < result.units <= result.count * part
