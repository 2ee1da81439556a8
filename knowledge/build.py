"""Seeds plus the curated layer in, a checked KnowledgeBase out."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from knowledge.check import CheckFailed, check
from knowledge.curated import CURATED_DIR, FILES, load_curated
from knowledge.extract import Annotator, dateline, headings, split_sentences
from knowledge.extraction import Extractor, load_rules
from knowledge.merge import Merger
from knowledge.model import Article, Curated, KnowledgeBase, Sentence
from knowledge.seeds import MAX_ARTICLE_BYTES, SeedArticle, iter_seeds

DEFAULT_SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"


def build(
    seeds_dir: Path, curated_dir: Path = CURATED_DIR, *, max_article_bytes: int = MAX_ARTICLE_BYTES
) -> KnowledgeBase:
    """The KB of a seeds folder; raise on any problem (an article past ``max_article_bytes``
    among them)."""
    return build_from(iter_seeds(seeds_dir, max_article_bytes), curated_dir)


def build_from(seeds: Iterable[SeedArticle], curated_dir: Path = CURATED_DIR) -> KnowledgeBase:
    """Load and check both layers, extract what unreviewed articles say, then annotate
    every article; raise on any problem."""
    curated = load_curated(curated_dir)
    articles, lines = _read(seeds, curated, curated_dir)
    rules = load_rules()
    merger = Merger(curated, Extractor(rules), articles)
    new = [(a, text) for a, text in zip(articles, lines, strict=True) if not merger.reviewed(a)]
    for article, text in new:  # people first: the annotator tags sentences with their names
        merger.people(article, [Sentence(article.id, n, t) for n, t in enumerate(text, 1)])
    merger.surnames()
    annotator = Annotator(merger.result()[0], rules.countries)
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
        articles=articles,
        sentences=tuple(sentences),
        curated=known,
        extracted=extracted,
        reviewed=curated.sources,
    )


def _read(
    seeds: Iterable[SeedArticle], curated: Curated, curated_dir: Path
) -> tuple[tuple[Article, ...], list[list[str]]]:
    """The articles and their sentences, once every curated quote is proved. Each raw text
    is dropped once split (but those curated records quote): at 10,000 articles the raw
    texts are a hundred megabytes the build no longer needs."""
    articles: list[Article] = []
    lines: list[list[str]] = []
    quoted: dict[str, str] = {}  # the raw text of the articles curated records quote
    for seed in seeds:
        meta = replace(seed.meta, dateline=dateline(seed.text), headings=headings(seed.text))
        articles.append(meta)
        lines.append(split_sentences(seed.text))
        if seed.meta.id in curated.sources:
            quoted[seed.meta.id] = seed.text
    problems = check(curated, quoted, lambda kind: str(curated_dir / FILES[kind]))
    if problems:
        raise CheckFailed(problems)
    return tuple(articles), lines
