"""Find the sentences that best support a question, without scanning every sentence.

An inverted index maps each term to the sorted ids of the distinct sentence texts holding it
(syndicated articles repeat sentences word for word; each text is indexed once). A question
is scored by how much of its weight (rarer words weigh more) a sentence covers, and a
sentence must cover most of it, so "weather in Karachi" does not return a sentence about
Karachi just because one word matched. That bar also bounds the work: a sentence lacking
all of the rarest terms cannot reach it, so only their postings are candidates.
"""

from __future__ import annotations

import math
from array import array
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Sequence, Set
from dataclasses import dataclass

from knowledge.model import Sentence
from knowledge.text import terms

MIN_COVERAGE = 0.6
_MAX_QUERY_TERMS = 12
_EMPTY = array("I")


@dataclass(frozen=True)
class Hit:
    sentence: Sentence
    coverage: float


def _contains(postings: array[int], index: int) -> bool:
    at = bisect_left(postings, index)
    return at < len(postings) and postings[at] == index


class SearchIndex:
    def __init__(self, sentences: Sequence[Sentence]) -> None:
        texts: dict[str, int] = {}
        self.copies: list[list[Sentence]] = []  # per distinct text, every sentence with it
        building: dict[str, array[int]] = defaultdict(lambda: array("I"))
        for sentence in sentences:
            known = texts.get(sentence.text)
            if known is not None:
                self.copies[known].append(sentence)
                continue
            index = texts[sentence.text] = len(self.copies)
            self.copies.append([sentence])
            for term in dict.fromkeys(terms(sentence.text)):
                building[term].append(index)
        self.postings = dict(building)
        self.size = max(len(self.copies), 1)

    def idf(self, term: str) -> float:
        """Rarer words weigh more; a word the corpus never uses weighs most."""
        found = len(self.postings.get(term, ()))
        return math.log((self.size + 1) / (found + 0.5))

    def search(self, question: str, visible: Set[str] | None = None, limit: int = 3) -> list[Hit]:
        """Best sentences covering at least MIN_COVERAGE of the question's weight."""
        query = list(dict.fromkeys(terms(question)))[:_MAX_QUERY_TERMS]
        weights = {term: self.idf(term) for term in query}
        total = sum(weights.values())
        # The rarest terms whose weight exceeds what a sentence may miss: each candidate
        # must hold one of them.
        required, weight = [], 0.0
        for term in sorted(query, key=weights.__getitem__, reverse=True):
            required.append(term)
            weight += weights[term]
            if weight > (1 - MIN_COVERAGE) * total:
                break
        candidates: set[int] = set()
        for term in required:
            candidates.update(self.postings.get(term, _EMPTY))
        scored = []
        for index in candidates:
            covered = sum(
                w for t, w in weights.items() if _contains(self.postings.get(t, _EMPTY), index)
            )
            if covered >= MIN_COVERAGE * total:
                scored.append((-covered, len(self.copies[index][0].text), index))
        hits = []
        for negative, _, index in sorted(scored):
            shown = next(
                (s for s in self.copies[index] if visible is None or s.source in visible), None
            )
            if shown is not None:
                hits.append(Hit(shown, -negative / total))
                if len(hits) == limit:
                    break
        return hits
