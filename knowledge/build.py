"""Seeds plus the curated layer in, a checked KnowledgeBase out."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from knowledge.check import CheckFailed, check
from knowledge.curated import CURATED_DIR, FILES, load_curated
from knowledge.extract import Annotator, dateline, split_sentences
from knowledge.extraction import Extractor, load_rules
from knowledge.merge import Merger
from knowledge.model import KnowledgeBase, Sentence
from knowledge.seeds import load_seeds

DEFAULT_SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"


def build(seeds_dir: Path, curated_dir: Path = CURATED_DIR) -> KnowledgeBase:
    """Load and check both layers, extract what unreviewed articles say, then annotate
    every article; raise on any problem."""
    seeds = load_seeds(seeds_dir)
    curated = load_curated(curated_dir)
    problems = check(
        curated,
        {seed.meta.id: seed.text for seed in seeds},
        lambda kind: str(curated_dir / FILES[kind]),
    )
    if problems:
        raise CheckFailed(problems)
    articles = tuple(replace(seed.meta, dateline=dateline(seed.text)) for seed in seeds)
    lines = [split_sentences(seed.text) for seed in seeds]
    merger = Merger(curated, Extractor(load_rules()))
    new = [(a, text) for a, text in zip(articles, lines, strict=True) if not merger.reviewed(a)]
    for article, text in new:  # people first: the annotator tags sentences with their names
        merger.people(article, [Sentence(article.id, n, t) for n, t in enumerate(text, 1)])
    merger.surnames()
    annotator = Annotator(merger.result()[0])
    sentences = [
        annotator.sentence(article.id, number, sentence)
        for article, text in zip(articles, lines, strict=True)
        for number, sentence in enumerate(text, start=1)
    ]
    by_article: dict[str, list[Sentence]] = {}
    for sentence in sentences:
        by_article.setdefault(sentence.source, []).append(sentence)
    for article, _ in new:
        merger.events(article, by_article.get(article.id, []))
        merger.figures(article, by_article.get(article.id, []))
    known, extracted = merger.result()
    return KnowledgeBase(
        articles=articles, sentences=tuple(sentences), curated=known, extracted=extracted
    )
