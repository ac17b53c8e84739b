"""Find lexicon phrases in a message's words: exact words, word stems, one typo, short gaps.

A phrase is written as words separated by spaces; each word is a set of alternatives separated by
"|"; an alternative ending in "*" is a stem that matches any word it begins ("arbejd*" matches
"arbejdsløs"); "..." between two words lets up to `LONG_GAP` words come between them instead of
`GAP`. Phrases are folded with `normalize.fold` exactly like messages.

Every word of a message is looked up once (and remembered, so the words a team's families use
every day cost a dictionary lookup): exact alternatives, stems that begin it, and — for words of
six letters or more that matched nothing — alternatives one edit away (a letter missing, extra or
two swapped; a wrong letter only in words of `SUBSTITUTION_MIN` letters or more).
Arabic-script words are also looked up without their clitics
(و, ال, بال, لل…; Persian می/نمی), whose suffixes the stems already cover.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from bot.routing import romanized
from bot.routing.normalize import script, words

GAP = 2  # words allowed between two words of a phrase
CONCEPT_GAP = 1  # ... of a concept phrase ("not come home"), which is combined by distance anyway
LONG_GAP = 6  # ... after "..."
FUZZY_MIN = 6  # shortest word a typo is forgiven in (shorter ones collide across languages)
FUZZY_STEM_MIN = 7  # shortest stem a typo is forgiven in (short stems match too much)
# A wrong letter is forgiven only in words this long: "tænker"/"tæsker", "brevet"/"brækket" are
# different words, while a missing, extra or swapped letter rarely makes another word.
SUBSTITUTION_MIN = 8
_MEMO_LIMIT = 200_000

_AR_PREFIXES = ("وبال", "وال", "بال", "فال", "كال", "عال", "لل", "ال")  # عال: colloquial على ال
_FA_VERB_PREFIXES = ("نمي", "مي")


@dataclass(frozen=True)
class Rule:
    """One phrase of a lexicon and what finding it means."""

    kind: str  # "domain", "urgent", "idiom", "guard", "courtesy", "request"
    label: str  # the domain, the urgent reason, or the name of the guard
    phrase: str  # as written in the lexicon, for explanations and tests
    weight: float
    language: str = ""  # the lexicon's language (its words are also found romanized: uk, fa)


class Hit(NamedTuple):
    """A rule found in a message, over words `start` to `end` (exclusive)."""

    rule: Rule
    start: int
    end: int


@dataclass(frozen=True)
class _Compiled:
    rule: Rule
    slots: tuple[frozenset[int], ...]
    gaps: tuple[int, ...]  # gaps[i]: words allowed between slot i and slot i + 1
    once: bool  # found at its first place only (every rule but a concept)


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def within_one_edit(a: str, b: str, substitution: bool = True) -> bool:
    """Whether `a` and `b` differ by at most one insertion, deletion, swap of neighbours, or
    (when `substitution`) one letter for another."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    i = 0
    while i < min(la, lb) and a[i] == b[i]:
        i += 1
    if la == lb:
        if substitution and a[i + 1 :] == b[i + 1 :]:
            return True
        swapped = i + 1 < la and a[i] == b[i + 1] and a[i + 1] == b[i]
        return swapped and a[i + 2 :] == b[i + 2 :]
    if la > lb:
        return a[i + 1 :] == b[i:]
    return a[i:] == b[i + 1 :]


def _variants(token: str) -> list[str]:
    """The forms of a word to look up: itself and, in Arabic script, without its clitics."""
    if script(token) != "arabic" or len(token) < 3:
        return [token]
    if len(token) == 3:  # "وما", "ولا": a short word behind the conjunction
        return [token, token[1:]] if token[0] == "و" else [token]
    result = [token]
    for prefix in _AR_PREFIXES + _FA_VERB_PREFIXES:
        if token.startswith(prefix) and len(token) - len(prefix) >= 2:
            result.append(token[len(prefix) :])
            break
    if token[0] in "وفب" and len(token) >= 5:
        result.append(token[1:])
        for prefix in _AR_PREFIXES:
            if token.startswith(prefix, 1) and len(token) - len(prefix) >= 3:
                result.append(token[1 + len(prefix) :])
                break
    return result


class Matcher:
    """A compiled set of lexicon rules; `find` lists the rules a text contains."""

    def __init__(self, rules: Iterable[tuple[Rule, str]]) -> None:
        self._ids: dict[tuple[str, bool], int] = {}
        self._exact: dict[str, list[int]] = defaultdict(list)
        self._stems: dict[str, list[int]] = defaultdict(list)
        self._fuzzy_exact: dict[str, set[int]] = defaultdict(set)
        self._fuzzy_stems: dict[str, set[int]] = defaultdict(set)
        self._text: dict[int, str] = {}
        self._compiled: list[_Compiled] = []
        # the one-word rules a word is, and the longer rules it begins by their second word
        self._singles: dict[int, list[int]] = defaultdict(list)
        self._by_second: dict[int, dict[int, list[int]]] = defaultdict(lambda: defaultdict(list))
        self._seconds: dict[int, frozenset[int]] = {}
        self._memo: dict[str, frozenset[int]] = {}
        # romanized language -> skeleton -> pattern ids, exact words and stems (`romanized`)
        self._roman_exact: dict[str, dict[str, list[int]]] = {
            language: defaultdict(list) for language in romanized.SKELETONS
        }
        self._roman_stems: dict[str, dict[str, list[int]]] = {
            language: defaultdict(list) for language in romanized.SKELETONS
        }
        self._roman_memo: dict[tuple[str, str], frozenset[int]] = {}
        for rule, phrase in rules:
            self._add(rule, phrase)
        self._stem_lengths = sorted({len(s) for s in self._stems})
        self._fuzzy_stem_lengths = sorted(
            {len(self._text[i]) for ids in self._fuzzy_stems.values() for i in ids}
        )
        self._seconds = {pid: frozenset(seconds) for pid, seconds in self._by_second.items()}
        self._roman_stem_lengths = {
            language: sorted({len(s) for s in stems})
            for language, stems in self._roman_stems.items()
        }

    def _pattern(self, alternative: str) -> int | None:
        is_stem = alternative.endswith("*")
        folded = words(alternative.rstrip("*"))
        if len(folded) != 1:
            return None  # punctuation only, or several words where one was meant
        text = folded[0]
        key = (text, is_stem)
        if key not in self._ids:
            pid = len(self._ids)
            self._ids[key] = pid
            self._text[pid] = text
            if is_stem:
                self._stems[text].append(pid)
                if len(text) >= FUZZY_STEM_MIN:
                    for k in _deletes(text) | {text}:
                        self._fuzzy_stems[k].add(pid)
            else:
                self._exact[text].append(pid)
                if len(text) >= FUZZY_MIN:
                    for k in _deletes(text) | {text}:
                        self._fuzzy_exact[k].add(pid)
        return self._ids[key]

    def _romanized(self, alternative: str, language: str) -> set[int]:
        """The romanized words a lexicon word of `language` is also found as (`romanized`): ids
        of their own, so that only the rules written with them find them."""
        is_stem = alternative.endswith("*")
        folded = words(alternative.rstrip("*"))
        if len(folded) != 1 or script(folded[0]) != romanized.SCRIPTS[language]:
            return set()
        forms = [folded[0]]
        if language == "ar" and (bare := romanized.without_article(folded[0])) is not None:
            forms.append(bare)  # "el beit" as well as "elbeit"
        found: set[int] = set()
        for form in forms:
            key = romanized.skeleton(language, form, is_stem)
            if key is None:
                continue
            # a key no message word can fold to, so the id is only ever found romanized
            id_key = (f"{language}\x00{key}", is_stem)
            pid = self._ids.get(id_key)
            if pid is None:
                pid = self._ids[id_key] = len(self._ids)
                self._text[pid] = key
                (self._roman_stems if is_stem else self._roman_exact)[language][key].append(pid)
            found.add(pid)
        return found

    def _add(self, rule: Rule, phrase: str) -> None:
        slots: list[frozenset[int]] = []
        gaps: list[int] = []
        default = CONCEPT_GAP if rule.kind == "concept" else GAP
        gap = default
        scheme = romanized.scheme(rule.language, rule.kind)
        for part in phrase.split():
            if part in ("...", "…"):
                gap = LONG_GAP
                continue
            ids = {self._pattern(alt) for alt in part.split("|")}
            ids.discard(None)
            if not ids:
                raise ValueError(f"no word in {part!r} of lexicon phrase {phrase!r}")
            if scheme:
                for alt in part.split("|"):
                    ids |= self._romanized(alt, scheme)
            if slots:
                gaps.append(gap)
            gap = default
            slots.append(frozenset(i for i in ids if i is not None))
        if not slots:
            raise ValueError(f"empty lexicon phrase {phrase!r}")
        index = len(self._compiled)
        self._compiled.append(_Compiled(rule, tuple(slots), tuple(gaps), rule.kind != "concept"))
        for pid in slots[0]:
            if len(slots) == 1:
                self._singles[pid].append(index)
            else:
                for second in slots[1]:
                    self._by_second[pid][second].append(index)

    def patterns(self, token: str) -> frozenset[int]:
        """The lexicon words `token` matches (remembered per word)."""
        found = self._memo.get(token)
        if found is None:
            found = frozenset(self._lookup(token))
            if len(self._memo) >= _MEMO_LIMIT:
                self._memo.clear()
            self._memo[token] = found
        return found

    def roman_patterns(self, language: str, token: str) -> frozenset[int]:
        """The lexicon words of romanized `language` that the Latin word `token` matches."""
        found = self._roman_memo.get((language, token))
        if found is None:
            ids: set[int] = set()
            key = (
                romanized.skeleton(language, token)
                if token.isalpha() and not romanized.common(language, token)
                else None
            )
            if key is not None:
                ids.update(self._roman_exact[language].get(key, ()))
                stems = self._roman_stems[language]
                for length in self._roman_stem_lengths[language]:
                    if length > len(key):
                        break
                    ids.update(stems.get(key[:length], ()))
            found = frozenset(ids)
            if len(self._roman_memo) >= _MEMO_LIMIT:
                self._roman_memo.clear()
            self._roman_memo[(language, token)] = found
        return found

    def _lookup(self, token: str) -> set[int]:
        found: set[int] = set()
        for form in _variants(token):
            found.update(self._exact.get(form, ()))
            for length in self._stem_lengths:
                if length > len(form):
                    break
                found.update(self._stems.get(form[:length], ()))
        if found or len(token) < FUZZY_MIN or token.isdigit():
            return found
        for form in _variants(token):
            found.update(self._fuzzy(form))
        return found

    def _fuzzy(self, form: str) -> set[int]:
        found: set[int] = set()
        keys = _deletes(form) | {form}
        for key in keys:
            for pid in self._fuzzy_exact.get(key, ()):
                text = self._text[pid]
                if within_one_edit(form, text, len(text) >= SUBSTITUTION_MIN):
                    found.add(pid)
        tried: set[int] = set()
        for stem_length in self._fuzzy_stem_lengths:
            for length in (stem_length - 1, stem_length, stem_length + 1):
                if length in tried or length > len(form) or length < FUZZY_STEM_MIN - 1:
                    continue
                tried.add(length)
                prefix = form[:length]
                for key in _deletes(prefix) | {prefix}:
                    for pid in self._fuzzy_stems.get(key, ()):
                        text = self._text[pid]
                        if within_one_edit(prefix, text, len(text) >= SUBSTITUTION_MIN):
                            found.add(pid)
        return found

    def find(self, tokens: Sequence[str]) -> list[Hit]:
        """Every rule found in `tokens` (the folded words of a message), each at its first place;
        concept rules (kind "concept") at every place, since `urgent` combines them by distance."""
        matched = [self.patterns(t) for t in tokens]
        language = romanized.language_of(tokens)
        if language is not None:
            matched = [
                m | self.roman_patterns(language, t) for m, t in zip(matched, tokens, strict=True)
            ]
        present = frozenset().union(*matched)
        hits: list[Hit] = []
        seen: set[int] = set()
        compiled_rules = self._compiled
        for start, pids in enumerate(matched):
            for pid in pids:
                for index in self._singles.get(pid, ()):
                    if index not in seen:
                        compiled = compiled_rules[index]
                        if compiled.once:
                            seen.add(index)
                        hits.append(Hit(compiled.rule, start, start + 1))
                seconds = self._seconds.get(pid)
                if seconds is None or seconds.isdisjoint(present):
                    continue  # no longer rule it begins has its second word in the message
                by_second = self._by_second[pid]
                candidates = sorted({i for second in seconds & present for i in by_second[second]})
                for index in candidates:
                    if index in seen:
                        continue
                    compiled = compiled_rules[index]
                    # most longer phrases fail on a word the message does not have at all
                    if any(present.isdisjoint(slot) for slot in compiled.slots[2:]):
                        seen.add(index)
                        continue
                    end = self._match_rest(compiled, matched, start)
                    if end is not None:
                        if compiled.once:
                            seen.add(index)
                        hits.append(Hit(compiled.rule, start, end))
        return hits

    @staticmethod
    def _match_rest(
        compiled: _Compiled, matched: Sequence[frozenset[int]], start: int
    ) -> int | None:
        position = start
        for slot, gap in zip(compiled.slots[1:], compiled.gaps, strict=True):
            for candidate in range(position + 1, min(position + gap + 2, len(matched))):
                if slot & matched[candidate]:
                    position = candidate
                    break
            else:
                return None
        return position + 1
