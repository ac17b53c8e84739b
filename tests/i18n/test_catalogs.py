"""The gettext catalogs in locales/: complete, faithful, compiled and in step with the code.

English is the source language: every msgid is the English text, and bot.i18n answers "en" with
NullTranslations. There is deliberately no locales/en catalog: it would only repeat each msgid,
and a second copy of the English wording would drift from the one in the code that reviewers read.
Every other language in bot.config.LANGUAGES must have a catalog, because a missing one does not
fail loudly: Translations.load falls back to English and the family silently gets a language
they may not read.
"""

from __future__ import annotations

import io
import string
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.mofile import read_mo, write_mo
from babel.messages.pofile import read_po

from bot.config import LANGUAGES
from bot.sms_segments import is_gsm7

ROOT = Path(__file__).resolve().parents[2]
LOCALES = ROOT / "locales"
TRANSLATED = [language for language in LANGUAGES if language != "en"]
GSM7_LANGUAGES = ("da",)
"""Catalogs whose every text must fit GSM-7 (English, the source, is checked through the msgids)."""

Key = tuple[str, str | None]


def po_path(language: str) -> Path:
    return LOCALES / language / "LC_MESSAGES" / "messages.po"


def load_po(path: Path) -> Catalog:
    with path.open("rb") as f:
        return read_po(f)


def messages(catalog: Catalog) -> Iterator[Message]:
    """The catalog's messages without the header entry."""
    return (m for m in catalog if m.id)


def key(message: Message) -> Key:
    msgid = message.id if isinstance(message.id, str) else message.id[0]
    return msgid, message.context


def strings(value: str | tuple[str, ...] | list[str] | None) -> list[str]:
    """A message's singular and plural forms as a list; a missing string is one empty form."""
    if value is None or isinstance(value, str):
        return [value or ""]
    return list(value)


def fields(text: str) -> list[str]:
    """The `{placeholder}` names in a brace-format string, in order, repeats kept."""
    return sorted(name for _, name, _, _ in string.Formatter().parse(text) if name is not None)


def test_every_language_but_english_has_a_catalog() -> None:
    present = {p.parent.parent.name for p in LOCALES.glob("*/LC_MESSAGES/messages.po")}
    assert present == set(TRANSLATED)
    for language in TRANSLATED:
        assert po_path(language).with_suffix(".mo").is_file(), f"{language}: messages.mo missing"


@pytest.mark.parametrize("language", TRANSLATED)
def test_catalog_is_complete_and_nothing_is_fuzzy(language: str) -> None:
    catalog = load_po(po_path(language))
    # pybabel compile skips a catalog whose header is fuzzy: every text would fall back to English.
    assert not catalog.fuzzy, f"{language}: the catalog header is marked fuzzy"
    assert str(catalog.locale) == language
    untranslated = [m.id for m in messages(catalog) if not all(strings(m.string))]
    fuzzy = [m.id for m in messages(catalog) if m.fuzzy]
    assert untranslated == [], f"{language}: untranslated"
    assert fuzzy == [], f"{language}: fuzzy, review these"


@pytest.mark.parametrize("language", TRANSLATED)
def test_translations_keep_every_placeholder(language: str) -> None:
    for message in messages(load_po(po_path(language))):
        wanted = fields(strings(message.id)[-1])
        for translated in strings(message.string):
            assert fields(translated) == wanted, f"{language}: {message.id!r} -> {translated!r}"


@pytest.mark.parametrize("language", TRANSLATED)
def test_stop_stays_the_literal_keyword(language: str) -> None:
    # Twilio only recognises the English keywords, whatever language the family reads.
    for message in messages(load_po(po_path(language))):
        if "STOP" in strings(message.id)[0]:
            for translated in strings(message.string):
                assert "STOP" in translated, f"{language}: {translated!r}"


@pytest.mark.parametrize("language", TRANSLATED)
def test_catalog_compiles_cleanly(language: str) -> None:
    catalog = load_po(po_path(language))
    problems = [(m.id, [str(e) for e in errors]) for m, errors in catalog.check()]
    assert problems == []
    write_mo(io.BytesIO(), catalog)


def mo_entries(mo: bytes) -> dict[Key, list[str]]:
    catalog = read_mo(io.BytesIO(mo))
    return {key(m) if m.id else ("", None): strings(m.string) for m in catalog}


@pytest.mark.parametrize("language", TRANSLATED)
def test_committed_mo_is_what_the_po_compiles_to(language: str) -> None:
    compiled = io.BytesIO()
    write_mo(compiled, load_po(po_path(language)))
    committed = po_path(language).with_suffix(".mo").read_bytes()
    assert mo_entries(committed) == mo_entries(compiled.getvalue()), (
        f"{language}: messages.mo is stale; run `pybabel compile -d locales -D messages`")


@cache
def extracted() -> frozenset[Key]:
    """Every translatable string in the source, found as `pybabel extract -F babel.cfg` would."""
    with (ROOT / "babel.cfg").open() as f:
        method_map, options_map = parse_mapping_cfg(f)  # type: ignore[no-untyped-call]
    return frozenset(
        (msgid if isinstance(msgid, str) else msgid[0], context)
        for _, _, msgid, _, context in extract_from_dir(str(ROOT), method_map, options_map)
    )


def test_the_template_holds_exactly_the_strings_in_the_code() -> None:
    template = {key(m) for m in messages(load_po(LOCALES / "messages.pot"))}
    assert template == extracted(), "run `pybabel extract` (README, Adding a language)"


@pytest.mark.parametrize("language", TRANSLATED)
def test_catalog_holds_exactly_the_strings_in_the_code(language: str) -> None:
    found = extracted()
    catalog = {key(m) for m in messages(load_po(po_path(language)))}
    assert sorted(found - catalog) == [], f"{language}: missing; run `pybabel update`"
    assert sorted(catalog - found) == [], f"{language}: no longer in the code; run `pybabel update`"


def test_english_source_texts_fit_gsm7() -> None:
    for message in messages(load_po(LOCALES / "messages.pot")):
        for text in strings(message.id):
            assert is_gsm7(text), f"not GSM-7: {text!r}"


@pytest.mark.parametrize("language", GSM7_LANGUAGES)
def test_danish_texts_fit_gsm7(language: str) -> None:
    # One curly quote or dash would make every Danish SMS UCS-2: less than half the room per part.
    for message in messages(load_po(po_path(language))):
        for text in strings(message.string):
            assert is_gsm7(text), f"not GSM-7: {text!r}"


def test_persian_uses_persian_letters_not_their_arabic_look_alikes() -> None:
    # ي and ك render like ی and ک in many fonts but break search and some Persian keyboards' text.
    for message in messages(load_po(po_path("fa"))):
        for text in strings(message.string):
            assert "\u064a" not in text and "\u0643" not in text, text
