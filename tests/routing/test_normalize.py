"""Folding: a word typed on any keyboard, with or without its diacritics, comes out the same."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bot.routing.normalize import fold, words


def test_danish_letters_and_their_keyboardless_spellings_meet() -> None:
    assert words("Læge økonomi Århus") == words("laege oekonomi aarhus")
    assert words("laege oekonomi aarhus") == ["lege", "okonomi", "arhus"]
    assert words("boligstøtte") == words("boligstoette") == words("boligstotte")


def test_turkish_without_its_letters_is_the_same_turkish() -> None:
    assert words("İşsizim, çocuğum öğretmeni görmedi") == words("issizim cocugum ogretmeni gormedi")


def test_arabic_hamza_alef_yaa_taa_marbuta_and_tashkeel_are_folded() -> None:
    assert words("أنا خائفة مِنَ المدرسةِ إلى") == words("انا خايفه من المدرسه الي")
    assert words("مستشفى") == words("مستشفي")
    assert words("آسف") == words("اسف")


def test_persian_yeh_keheh_and_zwnj_meet_their_arabic_and_spaced_forms() -> None:
    assert words("کمک میکنی") == words("كمك ميكني")
    assert words("می\u200cخواهم") == words("میخواهم") == words("می خواهم")
    assert words("۱۲۳") == words("١٢٣") == ["123"]


def test_ukrainian_letters_and_a_russian_layout_meet() -> None:
    assert words("сім'я їсть, є ґанок") == words("симя исть е ганок")


def test_arabizi_digits_become_letters_inside_words_but_numbers_stay_numbers() -> None:
    assert words("3ndi moshkla ma3 el 7ajez") == words("andi moshkla ma el hajez")
    assert words("ring 112 kl 10am, 3pm, 2 x") == ["ring", "112", "kl", "10am", "3pm", "2", "x"]


def test_letters_repeated_for_emphasis_collapse_and_real_doubles_in_arabic_script_stay() -> None:
    assert words("pleeeease helllp") == words("please help")
    assert words("شكراااااا") == words("شكرا")
    assert words("بچه‌ها")[0].startswith("بچه")


def test_punctuation_and_emoji_are_not_words() -> None:
    assert words("ok 👍 !!") == ["ok"]
    assert words("🙏👍") == []


@given(
    st.text(
        alphabet=st.sampled_from(
            list("aeoæøåAEØÅşğıçöüİéß37 -'")
            + list("أإآاىيةهککیيءؤئـًٌمن")
            + ["\u200c"]
            + list("іїєґыэъ")
        )
    )
)
def test_folding_twice_changes_nothing(text: str) -> None:
    assert fold(fold(text)) == fold(text)
    assert words(" ".join(words(text))) == words(text)
