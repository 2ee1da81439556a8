"""Seeds plus the curated layer in, a checked KnowledgeBase out."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from knowledge.check import CheckFailed, check
from knowledge.curated import CURATED_DIR, FILES, load_curated
from knowledge.extract import Annotator, dateline
from knowledge.model import KnowledgeBase
from knowledge.seeds import load_seeds

DEFAULT_SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"


def build(seeds_dir: Path, curated_dir: Path = CURATED_DIR) -> KnowledgeBase:
    """Load and check both layers, then annotate every article; raise on any problem."""
    seeds = load_seeds(seeds_dir)
    curated = load_curated(curated_dir)
    problems = check(
        curated,
        {seed.meta.id: seed.text for seed in seeds},
        lambda kind: str(curated_dir / FILES[kind]),
    )
    if problems:
        raise CheckFailed(problems)
    annotator = Annotator(curated)
    sentences = annotator.articles((seed.meta.id, seed.text) for seed in seeds)
    articles = tuple(replace(seed.meta, dateline=dateline(seed.text)) for seed in seeds)
    return KnowledgeBase(articles=articles, sentences=tuple(sentences), curated=curated)
