"""Ukrainian, Persian and Arabic typed in Latin letters are read with their own lexicons too."""

from __future__ import annotations

import pytest

from bot.routing.classifier import Classification, default_classifier
from bot.routing.normalize import words
from bot.routing.romanized import ar_skeleton, fa_skeleton, language_of, uk_skeleton


def classify(text: str) -> Classification:
    return default_classifier.classify(text)


def test_every_latin_spelling_of_a_ukrainian_word_has_the_cyrillic_words_skeleton() -> None:
    thanks = uk_skeleton(words("дякую")[0])
    assert {uk_skeleton(w) for w in ("dyakuyu", "diakuiu", "djakuju")} == {thanks}
    assert uk_skeleton(words("жити")[0]) == uk_skeleton("zhyty") == uk_skeleton("zhiti")
    assert uk_skeleton(words("поверну")[0]) == uk_skeleton("povernu")


def test_finglish_meets_persian_by_its_consonants() -> None:
    assert fa_skeleton(words("نمیخوام")[0]) == fa_skeleton("nemikham")
    assert fa_skeleton(words("خسته")[0]) == fa_skeleton("khaste")
    assert fa_skeleton(words("شوهرم")[0]) == fa_skeleton("shoharam")


def test_arabizi_meets_arabic_script_by_its_consonants_with_or_without_the_article() -> None:
    assert ar_skeleton(words("رطوبة")[0]) == ar_skeleton(words("ra6ube")[0])
    assert ar_skeleton(words("قلبي")[0]) == ar_skeleton(words("2albi")[0]) == ar_skeleton("qalbi")
    assert ar_skeleton(words("بيت")[0]) == ar_skeleton("beit")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("syn ne povernuvsia dodomu z uchora", "uk"),
        ("nemikham dige zende basham, kheili khastam", "fa"),
        ("min søn er syg i dag", None),  # "syn" is Danish too; one word proves nothing
        ("my son is sick today", None),
        ("ibni mareed w bdi maw3id", "ar"),
        ("kocam beni dovdu, cok korkuyorum", None),
    ],
)
def test_a_message_reads_as_romanized_only_with_several_typical_words(
    text: str, language: str | None
) -> None:
    assert language_of(words(text)) == language


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("syn 14 rokiv ne povernuvsia dodomu z uchora, telefon vymknenyi", "child_at_risk"),
        ("cholovik mene znovu vdaryv, ya boiusia yty dodomu", "violence"),
        ("ia ne khochu bilshe zhyty", "self_harm"),
        ("shoharam dishab mano kotak zad, mitarsam beram khoone", "violence"),
        ("pesaram az dirooz khune nayomade, telefonesh khamooshe", "child_at_risk"),
    ],
)
def test_danger_written_in_latin_letters_is_urgent(text: str, reason: str) -> None:
    got = classify(text)
    assert got.urgent and reason in got.urgent_reasons, got


def test_arabizi_finds_domain_words_only_the_arabic_lexicon_has() -> None:
    # "3afan" (mould) and "ijar" (rent) come from the Arabic-script lexicon's عفن and ايجار
    assert classify("bdi mosa3de, fi 3afan bel beit w el ijar ghali").domain == "housing"


def test_requests_written_in_latin_letters_find_their_domain() -> None:
    assert classify("dobryi den, chy mozhna perenesty zustrich na piatnytsiu?").domain == "general"
    assert classify("salam, ejare khune ro nemitoonim bedim, mishe komak konid").domain in {
        "housing",
        "economy",
    }
    assert not classify("mamnoon, farda mibinamet").is_request
