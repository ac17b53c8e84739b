"""The shape of one language's routing lexicon, and the rules all languages compile to.

A language module in `bot/routing/lexicons/` defines `LEXICON = Lexicon(...)` whose fields are
blocks of text, one phrase per line (syntax in `bot/routing/matcher.py`); a line may end in
"=N" to give the phrase weight N instead of 1, and "#" starts a comment.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from bot.routing.matcher import Rule

LANGUAGES = ("da", "en", "ar", "ar_latn", "so", "tr", "uk", "fa")


@dataclass(frozen=True)
class Lexicon:
    """What the router knows of one language (or one way of writing it, like arabizi)."""

    language: str
    domains: Mapping[str, str]  # domain -> phrases that say the message is about it
    urgent: Mapping[str, str] = field(default_factory=dict)  # reason -> danger phrases
    # reason -> danger phrases people also use as hyperbole ("the forms are killing me haha"):
    # they count unless the message laughs (see `bot/routing/urgent.py`)
    idioms: Mapping[str, str] = field(default_factory=dict)
    # concept -> phrases naming it, separated by commas or lines ("hit", "child", "alone"...):
    # `bot/routing/urgent.py` marks a message urgent when the concepts of one of its
    # combinations occur close together
    concepts: Mapping[str, str] = field(default_factory=dict)
    guards: str = ""  # phrases that look dangerous and are not ("dying to hear", "fever is gone")
    courtesy: str = ""  # thanks, acknowledgements, goodbyes: with no request, not a request
    # words that, first in a message, acknowledge what follows ("ok I'll bring the papers")
    acknowledgements: str = ""
    requests: str = ""  # asking for something: "can you", "I need", "help"
    function_words: str = ""  # words that say nothing of the topic (for the team's corrections)


def phrases(block: str) -> Iterator[tuple[str, float]]:
    """The (phrase, weight) lines of a lexicon block."""
    for raw in block.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        weight = 1.0
        if "=" in line:
            line, _, number = line.rpartition("=")
            line, weight = line.strip(), float(number)
        yield line, weight


def rules(lexicon: Lexicon) -> Iterator[tuple[Rule, str]]:
    """Every rule of one lexicon, with the phrase it is found by."""
    blocks: list[tuple[str, str, str]] = [("domain", d, b) for d, b in lexicon.domains.items()]
    blocks += [("urgent", reason, b) for reason, b in lexicon.urgent.items()]
    blocks += [("idiom", reason, b) for reason, b in lexicon.idioms.items()]
    blocks += [("concept", concept, b) for concept, b in lexicon.concepts.items()]
    blocks += [
        ("guard", "guard", lexicon.guards),
        ("courtesy", "courtesy", lexicon.courtesy),
        ("request", "request", lexicon.requests),
    ]
    for kind, label, block in blocks:
        for line, weight in phrases(block):
            # a concept lists its phrases on a line separated by commas ("alone, by himself")
            for phrase in line.split(",") if kind == "concept" else (line,):
                if phrase.strip():
                    yield (
                        Rule(kind, label, phrase.strip(), weight, lexicon.language),
                        phrase.strip(),
                    )


def load(language: str) -> Lexicon:
    """The lexicon of one language, from its module."""
    module = importlib.import_module(f"bot.routing.lexicons.{language}")
    lexicon = module.LEXICON
    assert isinstance(lexicon, Lexicon)
    return lexicon


def all_lexicons() -> list[Lexicon]:
    """Every language's lexicon, in `LANGUAGES` order."""
    return [load(language) for language in LANGUAGES]
