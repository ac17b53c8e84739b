"""The Danish console catalog translates every console text, and the compiled file is current."""

from __future__ import annotations

from pathlib import Path

from babel.messages.extract import extract_from_dir
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[2]
PO = ROOT / "locales" / "da" / "LC_MESSAGES" / "console.po"
METHODS = [("handlers/console/**.py", "python"), ("handlers/console/templates/**.html", "jinja2")]


def texts_in_code() -> set[str]:
    found = set()
    for _file, _line, message, _comments, _context in extract_from_dir(
            str(ROOT), METHODS, options_map={}):
        found.add(message[0] if isinstance(message, tuple) else message)
    return found


def test_every_console_text_has_a_danish_translation_with_the_same_placeholders() -> None:
    with PO.open("rb") as po:
        catalog = read_po(po)
    translated = {(m.id[0] if isinstance(m.id, tuple) else m.id): m for m in catalog if m.id}
    code = texts_in_code()
    assert code, "no texts extracted: is the extraction method map right?"
    assert sorted(code - translated.keys()) == [], "untranslated: update console.po"
    assert sorted(translated.keys() - code) == [], "obsolete: remove from console.po"
    assert [m.id for m in translated.values() if not m.string or m.fuzzy] == []
    problems = [(m.id, [str(e) for e in errors]) for m, errors in catalog.check() if errors]
    assert problems == []


def _plain(value: object) -> object:
    return tuple(value) if isinstance(value, list | tuple) else value


def test_the_compiled_catalog_matches_the_source() -> None:
    with PO.open("rb") as po, PO.with_suffix(".mo").open("rb") as mo:
        source, compiled = read_po(po), read_mo(mo)
    assert ({_plain(m.id): _plain(m.string) for m in source if m.id}
            == {_plain(m.id): _plain(m.string) for m in compiled if m.id})
