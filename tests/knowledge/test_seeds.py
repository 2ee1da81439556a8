"""The seed articles and their index: metadata only where the text supports it."""

from pathlib import Path

import pytest

from knowledge.build import DEFAULT_SEEDS_DIR
from knowledge.records import DataError
from knowledge.seeds import load_seeds
from knowledge.text import plain

SHARED_SEEDS = DEFAULT_SEEDS_DIR.parent.parent / "shared" / "seeds"
SEEDS = {seed.meta.id: seed for seed in load_seeds(DEFAULT_SEEDS_DIR)}


def test_the_five_shared_articles_are_the_seeds_with_their_file_names() -> None:
    assert set(SEEDS) == {
        "000_28a4f01e0b9fa714",
        "001_b51f9af0961c45b9",
        "002_9dc1b02c6a8ded7f",
        "003_aee69fe055a80300",
        "004_2915397796caa3a2",
    }
    if SHARED_SEEDS.is_dir():  # beside a checkout in this workplace; not in every clone
        for source, seed in SEEDS.items():
            # read with its curly quotes straight (see knowledge.text.plain)
            shared = (SHARED_SEEDS / f"{source}.txt").read_text(encoding="utf-8")
            assert plain(shared) == seed.text


@pytest.mark.parametrize("source", sorted(SEEDS))
def test_every_article_is_indexed_with_a_dated_basis(source: str) -> None:
    meta = SEEDS[source].meta
    assert meta.published is not None
    assert meta.basis
    assert meta.url is None  # no article names its own address


@pytest.mark.parametrize("source", sorted(SEEDS))
def test_names_and_headlines_come_from_the_text(source: str) -> None:
    seed = SEEDS[source]
    for named in (seed.meta.publisher, seed.meta.author):
        if named:
            assert named in seed.text
    if seed.meta.headline:
        assert seed.meta.title in seed.text


@pytest.mark.parametrize(
    ("source", "published", "publisher"),
    [
        ("001_b51f9af0961c45b9", "2025-04-29", None),  # dated in the text
        ("002_9dc1b02c6a8ded7f", "2025", "Diplomacy Lens"),  # between Sept 8 and November
        ("003_aee69fe055a80300", "2025-05-27", "Alliance News"),  # dateline "May 27"
        ("004_2915397796caa3a2", "2025-11", None),  # reports the November state visit
    ],
)
def test_publication_dates_are_as_precise_as_the_evidence(
    source: str, published: str, publisher: str | None
) -> None:
    meta = SEEDS[source].meta
    assert meta.published is not None
    assert meta.published.iso() == published
    assert meta.publisher == publisher


def test_an_article_nobody_indexed_is_still_read_undated(seeds_dir: Path) -> None:
    (seeds_dir / "new_article.txt").write_text(
        "Kazakhstan and Pakistan agreed on a new cargo timetable for the Gwadar route.\n",
        encoding="utf-8",
    )
    new = {s.meta.id: s for s in load_seeds(seeds_dir)}["new_article"]
    assert new.meta.published is None
    assert not new.meta.headline
    assert new.meta.title.startswith("Kazakhstan and Pakistan agreed")


def test_an_index_entry_without_its_file_is_named(seeds_dir: Path) -> None:
    (seeds_dir / "003_aee69fe055a80300.txt").unlink()
    with pytest.raises(DataError, match=r"index\.yaml: article 003_aee69fe055a80300: no file"):
        load_seeds(seeds_dir)


def test_a_missing_seeds_folder_is_named(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="seeds folder not found"):
        load_seeds(tmp_path / "nowhere")
