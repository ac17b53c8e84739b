"""The team's corrections: a later message close to a corrected one goes where the contact said.

Closeness is the Dice overlap of the two messages' content words (function words dropped, each
word cut to its first five letters so "huslejen"/"husleje" meet). The nearest example at or above
`THRESHOLD` with at least `MIN_SHARED` shared words wins; among equals the latest correction wins.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

THRESHOLD = 0.5
MIN_SHARED = 2
STEM = 5
COMMON_MIN = 20  # a word is too common to compare by when in more examples than this
COMMON_SHARE = 10  # ... and than a tenth of them


def content_keys(tokens: Sequence[str], function_words: frozenset[str]) -> frozenset[str]:
    """The words of a message that say something about its topic, as comparison keys."""
    return frozenset(
        t[:STEM] for t in tokens if t not in function_words and not t.isdigit() and len(t) >= 2
    )


@dataclass(frozen=True)
class Match:
    """The example nearest to a message, and how near."""

    domain: str
    similarity: float


class Corrections:
    """An index of a team's labelled examples (`(content keys, domain)`, oldest first)."""

    def __init__(self, examples: Iterable[tuple[frozenset[str], str]]) -> None:
        given = [(keys, domain) for keys, domain in examples if keys]
        postings: dict[str, list[int]] = defaultdict(list)
        for index, (keys, _) in enumerate(given):
            for key in keys:
                postings[key].append(index)
        # A word in a large share of the team's examples ("help", "letter") tells them apart no
        # better than a function word, and would make every look-up walk most of the examples.
        limit = max(COMMON_MIN, len(given) // COMMON_SHARE)
        self._common = frozenset(k for k, found in postings.items() if len(found) > limit)
        self._examples = [(keys - self._common, domain) for keys, domain in given]
        self._by_key = {k: found for k, found in postings.items() if k not in self._common}

    def nearest(self, keys: frozenset[str]) -> Match | None:
        """The corrected domain for a message with these content keys, if one is close enough."""
        keys = keys - self._common
        shared: dict[int, int] = defaultdict(int)
        for key in keys:
            for index in self._by_key.get(key, ()):
                shared[index] += 1
        best: tuple[float, int] | None = None
        for index, count in shared.items():
            example_keys = self._examples[index][0]
            if not example_keys:
                continue
            if count < min(MIN_SHARED, len(example_keys), len(keys)):
                continue
            similarity = 2 * count / (len(example_keys) + len(keys))
            if similarity >= THRESHOLD and (best is None or (similarity, index) > best):
                best = (similarity, index)
        if best is None:
            return None
        return Match(self._examples[best[1]][1], best[0])
