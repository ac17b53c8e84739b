"""Which domain(s) a family's message is about, whether it is a request, and whether it is urgent.

INTERFACE FIXED (other modules depend on it): `Classification`, `Example`, `Classifier`,
`Classifier.classify`, `default_classifier`.

Offline and deterministic: the message is folded (`normalize`), its words looked up in the
lexicons of every supported language at once (`matcher`, `lexicons/`), danger phrases checked
against their look-alikes (`urgent`), and the team's own corrections consulted (`corrections`).
The lexicon index is built once per process and shared; a `Classifier` only indexes its team's
examples (and the index of the last teams' examples is kept), so building one per message is cheap.

Decisions:
- A message is a request when it is urgent, asks for something ("can you", "help", "I don't
  understand", "?"), or names a domain or resembles a corrected example without thanking or
  acknowledging: "tak for hjælpen med papirerne", "doctor said the fever is gone, thanks",
  "ok jeg tager papirerne med til jobcentret" and "ok 👍" are acknowledged, not routed.
  Greetings count for nothing either way; so does a message with a thumbs-up, or one that laughs
  and names no clear topic, without asking ("feberen er væk, tilbage i skolen 👍"): it tells news.
- A request naming no domain is `general`.
- An urgent request's main domain is `family` for violence and a child at risk, `health` for
  self-harm and acute illness (the other domains it names follow).
- `domains` holds the best domain first, then any other scoring at least half as much.
- A team's correction close enough to the message (see `corrections`) puts its domain first.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from bot.domains import DOMAINS
from bot.routing.corrections import Corrections, content_keys
from bot.routing.lexicon import all_lexicons, rules
from bot.routing.matcher import Hit, Matcher
from bot.routing.normalize import words
from bot.routing.urgent import DOMAIN_OF_REASON, laughs, urgent_reasons

_NEWS_EMOJI = frozenset("👍🙏🌸❤🥰😊🥳🎉")  # a message with one of these and no question tells news
SECONDARY_SHARE = 0.5  # another domain is listed when it scores this share of the best one
TOPIC_WEIGHT = 2.0  # a laughing message naming a topic this clearly may still be a request


@dataclass(frozen=True)
class Example:
    """A labelled message: a contact's correction, kept to improve the team's routing."""

    text: str
    domain: str


@dataclass(frozen=True)
class Classification:
    """What the router made of one message."""

    domains: tuple[str, ...]  # best first; empty when the message is not a request
    is_request: bool
    urgent: bool
    urgent_reasons: tuple[str, ...] = ()  # e.g. ("violence",), ("self_harm",), ("child_at_risk",)

    @property
    def domain(self) -> str | None:
        return self.domains[0] if self.domains else None


@dataclass(frozen=True)
class _Lexicons:
    matcher: Matcher
    function_words: frozenset[str]
    acknowledgements: frozenset[str]


@cache
def _lexicons() -> _Lexicons:
    """The compiled lexicons of every language (built on first use, once per process)."""
    lexicons = all_lexicons()
    matcher = Matcher(rule for lexicon in lexicons for rule in rules(lexicon))
    function_words = frozenset(w for lexicon in lexicons for w in words(lexicon.function_words))
    acknowledgements = frozenset(w for lexicon in lexicons for w in words(lexicon.acknowledgements))
    return _Lexicons(matcher, function_words, acknowledgements)


@lru_cache(maxsize=256)
def _corrections(examples: tuple[Example, ...]) -> Corrections:
    """The index of a team's corrections, kept for the next message of the same team (a caller
    builds a `Classifier` per message)."""
    function_words = _lexicons().function_words
    return Corrections((content_keys(words(e.text), function_words), e.domain) for e in examples)


def _domain_scores(hits: Iterable[Hit]) -> dict[str, float]:
    """Each domain's weight: its phrases summed, the same words counted once (the heaviest phrase
    over them), so a word listed in two languages' lexicons does not count twice."""
    by_domain: dict[str, list[Hit]] = defaultdict(list)
    for hit in hits:
        if hit.rule.kind == "domain":
            by_domain[hit.rule.label].append(hit)
    scores: dict[str, float] = {}
    for domain, found in by_domain.items():
        taken: list[Hit] = []
        for hit in sorted(found, key=lambda h: (-h.rule.weight, h.start)):
            if all(hit.end <= t.start or t.end <= hit.start for t in taken):
                taken.append(hit)
        scores[domain] = sum(h.rule.weight for h in taken)
    return scores


def _ranked(scores: dict[str, float]) -> list[str]:
    if not scores:
        return []
    top = max(scores.values())
    kept = [d for d, s in scores.items() if s >= top * SECONDARY_SHARE]
    return sorted(kept, key=lambda d: (-scores[d], DOMAINS.index(d)))


class Classifier:
    """A classifier for one team: the built-in lexicons plus the team's own corrections."""

    def __init__(self, examples: Iterable[Example] = ()) -> None:
        self.examples = tuple(e for e in examples if e.domain in DOMAINS)
        self._lexicons = _lexicons()
        self._corrections = _corrections(self.examples)

    def classify(self, text: str) -> Classification:
        """Route one message (see the module docstring for the decisions)."""
        tokens = words(text)
        if not tokens:
            return Classification((), False, False)
        hits = self._lexicons.matcher.find(tokens)
        laughing = laughs(text)
        reasons = urgent_reasons(hits, laughing)
        scores = _domain_scores(hits)
        ranked = _ranked(scores)
        correction = None
        if self.examples:
            correction = self._corrections.nearest(
                content_keys(tokens, self._lexicons.function_words)
            )
        if correction is not None:
            ranked = [correction.domain] + [d for d in ranked if d != correction.domain]
        if reasons:
            main = DOMAIN_OF_REASON[reasons[0]]
            ranked = [main] + [d for d in ranked if d != main]
        kinds = {h.rule.kind for h in hits}
        courtesies = [h for h in hits if h.rule.kind == "courtesy"]
        # "thanks for the help": the request word inside a thanks asks for nothing
        asks = any(
            h.rule.kind == "request"
            and not any(c.start <= h.start and h.end <= c.end for c in courtesies)
            for h in hits
        )
        # "how are you?" asks nothing either: a question counts unless it is only a courtesy
        if ("?" in text or "؟" in text) and not (courtesies and not ranked):
            asks = True
        # a laugh or a thumbs-up without a question tells news, it asks for nothing ("we were
        # killing time at the library lol", "the fever is gone, back at school today 👍")
        telling = not _NEWS_EMOJI.isdisjoint(text) or (
            laughing and max(scores.values(), default=0.0) < TOPIC_WEIGHT
        )
        polite = "courtesy" in kinds or tokens[0] in self._lexicons.acknowledgements or telling
        is_request = bool(reasons or asks or ((ranked or correction) and not polite))
        if not is_request:
            return Classification((), False, False)
        return Classification(tuple(ranked) or ("general",), True, bool(reasons), reasons)


default_classifier = Classifier()


def explain(text: str) -> list[str]:
    """What the lexicons found in `text`, one line per phrase (for tuning the lexicons)."""
    tokens = words(text)
    return [
        f"{h.rule.kind}:{h.rule.label} {h.rule.phrase!r} ={h.rule.weight:g} "
        f"@ {' '.join(tokens[h.start : h.end])}"
        for h in _lexicons().matcher.find(tokens)
    ]
