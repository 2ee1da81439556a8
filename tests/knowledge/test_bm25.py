"""BM25 over posting arrays: the textbook score, for every document or for a few."""

import math

import numpy as np
import pytest

from knowledge.bm25 import K1, B, BM25Index

DOCUMENTS = [
    ["visa", "hour", "business"],
    ["flight", "direct", "flight"],
    ["visa", "multiple", "entry", "visa", "chamber"],
    ["corridor"],
]


@pytest.fixture
def index() -> BM25Index:
    return BM25Index(iter(DOCUMENTS))


def test_the_score_is_okapi_bm25(index: BM25Index) -> None:
    total = np.zeros(index.size, dtype=np.float32)
    index.add_scores(total, "visa")
    average = sum(map(len, DOCUMENTS)) / len(DOCUMENTS)
    idf = math.log1p((4 - 2 + 0.5) / (2 + 0.5))
    for n, document in enumerate(DOCUMENTS):
        tf = document.count("visa")
        expected = idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * len(document) / average))
        assert total[n] == pytest.approx(expected, rel=1e-5)
    assert total[2] > total[0] > 0  # twice in a longer text beats once in a shorter one


def test_scores_for_a_few_documents_match_the_full_scores(index: BM25Index) -> None:
    total = np.zeros(index.size, dtype=np.float32)
    index.add_scores(total, "flight", weight=0.5)
    few = np.array([0, 1, 3])
    assert list(0.5 * index.scores_at("flight", few)) == pytest.approx(list(total[few]))


def test_unknown_words_score_nothing(index: BM25Index) -> None:
    total = np.zeros(index.size, dtype=np.float32)
    index.add_scores(total, "gold")
    assert not total.any()
    assert not index.scores_at("gold", np.array([0, 2])).any()
    assert "gold" not in index
    assert index.frequency("visa") == 2
    assert index.idf_of("corridor") > index.idf_of("visa")  # rarer weighs more
