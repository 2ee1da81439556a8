"""Okapi BM25 over numpy arrays: every term's postings with their precomputed weights.

Why not a library: bm25s (the fastest well-kept one) was the first choice and answers as
fast, but indexing 258,000 sentences (10,000 articles) through its list-of-lists input
peaked 250 MB above the KB itself, past the 300 MB budget. Here each term's postings grow
in compact arrays as the documents stream past, so the index costs about 8 bytes a posting
and its build needs no large temporaries; scoring is the textbook formula (Robertson's
k1 = 1.5, b = 0.75, Lucene's non-negative idf).
"""

from __future__ import annotations

import math
from array import array
from collections import Counter
from collections.abc import Iterable

import numpy as np
import numpy.typing as npt

K1 = 1.5
B = 0.75

Scores = npt.NDArray[np.float32]


class BM25Index:
    def __init__(self, documents: Iterable[Iterable[str]]) -> None:
        """``documents``: each document's terms, in order; read once."""
        self.vocabulary: dict[str, int] = {}
        docs: list[array[int]] = []  # per term: the documents holding it, ascending
        counts: list[array[int]] = []  # per term: how often each of those holds it
        lengths = array("I")
        for n, document in enumerate(documents):
            held = Counter(document)
            lengths.append(sum(held.values()))
            for term, count in held.items():
                found = self.vocabulary.setdefault(term, len(self.vocabulary))
                if found == len(docs):
                    docs.append(array("I"))
                    counts.append(array("H"))
                docs[found].append(n)
                counts[found].append(min(count, 65_535))
        self.size = len(lengths)
        length = np.frombuffer(lengths, dtype=np.uint32).astype(np.float32)
        norm = K1 * (1 - B + B * length / max(float(length.mean()) if self.size else 1, 1e-9))
        self.idf = np.array(
            [math.log1p((self.size - len(d) + 0.5) / (len(d) + 0.5)) for d in docs],
            dtype=np.float32,
        )
        self.postings: list[tuple[npt.NDArray[np.uint32], Scores]] = []
        for ident, held_by in enumerate(docs):
            # each term's counts let go once weighed: all of them at once are megabytes
            times, counts[ident] = counts[ident], array("H")
            where = np.frombuffer(held_by, dtype=np.uint32)
            frequency = np.frombuffer(times, dtype=np.uint16).astype(np.float32)
            weight = self.idf[ident] * frequency * (K1 + 1) / (frequency + norm[where])
            self.postings.append((where, weight.astype(np.float32)))

    def __contains__(self, term: str) -> bool:
        return term in self.vocabulary

    def frequency(self, term: str) -> int:
        """How many documents hold the term."""
        found = self.vocabulary.get(term)
        return len(self.postings[found][0]) if found is not None else 0

    def idf_of(self, term: str) -> float:
        found = self.vocabulary.get(term)
        return float(self.idf[found]) if found is not None else 0.0

    @property
    def rarest(self) -> float:
        """The idf of a term found in one document: what an unseen word weighs."""
        return math.log1p((self.size - 0.5) / 1.5) if self.size else 1.0

    def add_scores(self, total: Scores, term: str, weight: float = 1.0) -> None:
        """Add the term's BM25 score, times ``weight``, to every document holding it."""
        found = self.vocabulary.get(term)
        if found is not None:
            where, scores = self.postings[found]
            total[where] += weight * scores  # one posting a document: no repeats to add up

    def scores_at(self, term: str, documents: npt.NDArray[np.intp]) -> Scores:
        """The term's BM25 score for these documents (ascending), 0 where it is absent."""
        found = self.vocabulary.get(term)
        if found is None or not len(documents):
            return np.zeros(len(documents), dtype=np.float32)
        where, scores = self.postings[found]
        position = where.searchsorted(documents)
        np.minimum(position, len(where) - 1, out=position)
        held: Scores = scores[position]  # a copy: fancy indexing
        held[where[position] != documents] = 0.0
        return held
