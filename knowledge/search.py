"""Find the sentences that best support a question, without scanning every sentence.

An inverted index maps each term to the sorted ids of the sentences holding it. A question
is scored by how much of its weight (rarer words weigh more) a sentence covers; a sentence
must cover most of the question, so "price of gold in Karachi" does not return a sentence
about Karachi just because one word matched.
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
_MAX_CANDIDATES = 5000
_MAX_QUERY_TERMS = 12


@dataclass(frozen=True)
class Hit:
    sentence: Sentence
    coverage: float


def _contains(postings: array[int], index: int) -> bool:
    at = bisect_left(postings, index)
    return at < len(postings) and postings[at] == index


class SearchIndex:
    def __init__(self, sentences: Sequence[Sentence]) -> None:
        self.sentences = sentences
        building: dict[str, array[int]] = defaultdict(lambda: array("I"))
        for index, sentence in enumerate(sentences):
            for term in dict.fromkeys(terms(sentence.text)):
                building[term].append(index)
        self.postings = dict(building)
        self.size = max(len(sentences), 1)

    def idf(self, term: str) -> float:
        """Rarer words weigh more; a word the corpus never uses weighs most."""
        found = len(self.postings.get(term, ()))
        return math.log((self.size + 1) / (found + 0.5))

    def search(self, question: str, visible: Set[str] | None = None, limit: int = 3) -> list[Hit]:
        """Best sentences covering at least MIN_COVERAGE of the question's weight."""
        query = list(dict.fromkeys(terms(question)))[:_MAX_QUERY_TERMS]
        if not query:
            return []
        weights = {term: self.idf(term) for term in query}
        total = sum(weights.values())
        # Candidates come from the rarest terms first: a sentence lacking all of them cannot
        # reach the coverage bar, and common terms would make the candidate set huge.
        candidates: set[int] = set()
        for term in sorted(query, key=weights.__getitem__, reverse=True):
            candidates.update(self.postings.get(term, ()))
            if len(candidates) >= _MAX_CANDIDATES:
                break
        scored = []
        for index in candidates:
            sentence = self.sentences[index]
            if visible is not None and sentence.source not in visible:
                continue
            covered = sum(
                w for t, w in weights.items() if _contains(self.postings.get(t, array("I")), index)
            )
            coverage = covered / total
            if coverage >= MIN_COVERAGE:
                scored.append((-coverage, len(sentence.text), index))
        hits, seen = [], set()
        for negative_coverage, _, index in sorted(scored):
            sentence = self.sentences[index]
            if sentence.text in seen:
                continue
            seen.add(sentence.text)
            hits.append(Hit(sentence, -negative_coverage))
            if len(hits) == limit:
                break
        return hits
