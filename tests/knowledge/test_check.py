"""``kb check``: provenance, references and names, with the file and record named."""

import re
from pathlib import Path

import pytest

from knowledge.build import build
from knowledge.check import CheckFailed, check
from knowledge.curated import load_curated
from knowledge.model import KnowledgeBase
from knowledge.records import DataError
from knowledge.seeds import load_seeds


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_every_curated_fact_is_quoted_verbatim_from_its_source(kb: KnowledgeBase) -> None:
    seeds = {seed.meta.id: seed.text for seed in load_seeds(Path("seeds"))}
    assert check(kb.curated, seeds, str) == []
    quotes = [
        *(r.quote for p in kb.curated.people for r in p.roles),
        *(e.quote for e in kb.curated.entities),
        *(r.quote for e in kb.curated.events for r in e.reports),
        *(d.quote for e in kb.curated.events for d in e.details),
        *(q for f in kb.curated.figures for q in f.quotes),
        *(c.quote for c in kb.curated.claims),
    ]
    assert len(quotes) > 100
    for quote in quotes:
        assert " ".join(quote.text.split()) in " ".join(seeds[quote.source].split())


def test_an_edited_sentence_in_a_seed_fails_the_check(seeds_dir: Path) -> None:
    _edit(seeds_dir / "002_9dc1b02c6a8ded7f.txt", "to USD 1 billion", "to USD 2 billion")
    with pytest.raises(CheckFailed) as failed:
        build(seeds_dir)
    messages = [str(p) for p in failed.value.problems]
    assert any(
        "figures.yaml: figure trade-target: quote not found in 002_9dc1b02c6a8ded7f" in m
        for m in messages
    )


def test_an_alias_naming_two_people_fails(seeds_dir: Path, curated_dir: Path) -> None:
    _edit(curated_dir / "people.yaml", "aliases: [Jam Kamal]", "aliases: [Jam Kamal, Aleem Khan]")
    with pytest.raises(
        CheckFailed,
        match=re.escape(
            "people.yaml: alias 'aleem khan': names two different people: "
            "abdul-aleem-khan, jam-kamal-khan"
        ),
    ):
        build(seeds_dir, curated_dir)


@pytest.mark.parametrize(
    ("file", "old", "new", "message"),
    [
        (
            "events.yaml",
            "part_of: tokayev-state-visit-2025-11",
            "part_of: tokayev-state-visit-2031",
            "events.yaml: event commerce-ministers-talks-2025-11: part_of "
            "'tokayev-state-visit-2031' points at nothing",
        ),
        (
            "figures.yaml",
            "event: karachi-business-forum-2025-04",
            "event: lahore-forum",
            "figures.yaml: figure karachi-forum-contracts: event 'lahore-forum' points at nothing",
        ),
        (
            "claims.yaml",
            "source: 000_28a4f01e0b9fa714\n    quote: Kazakhstan and Pakistan have enjoyed",
            "source: 009_missing\n    quote: Kazakhstan and Pakistan have enjoyed",
            "claims.yaml: claim relations-since-1992: unknown source '009_missing'",
        ),
    ],
)
def test_a_reference_to_nothing_fails(
    seeds_dir: Path, curated_dir: Path, file: str, old: str, new: str, message: str
) -> None:
    _edit(curated_dir / file, old, new)
    with pytest.raises(CheckFailed, match=re.escape(message)):
        build(seeds_dir, curated_dir)


@pytest.mark.parametrize(
    ("file", "old", "new", "message"),
    [
        (
            "events.yaml",
            'date: "2025-09-08"',
            'date: "2025-09-31"',
            "events.yaml: event tokayev-state-of-the-nation-2025 report[0]: field 'date': "
            "date '2025-09-31' is not a day of the calendar",
        ),
        (
            "people.yaml",
            "    name: Marat Karabayev\n",
            "",
            "people.yaml: person marat-karabayev: required field 'name' is missing",
        ),
        (
            "figures.yaml",
            "    kind: target\n",
            "    kind: hope\n",
            "figures.yaml: figure trade-target: field 'kind' is 'hope'; expected one of",
        ),
    ],
)
def test_malformed_records_fail_at_load_naming_file_and_record(
    curated_dir: Path, file: str, old: str, new: str, message: str
) -> None:
    _edit(curated_dir / file, old, new)
    with pytest.raises(DataError, match=re.escape(message)):
        load_curated(curated_dir)


def test_a_malformed_index_date_names_the_article(seeds_dir: Path) -> None:
    _edit(seeds_dir / "index.yaml", 'published: "2025-05-27"', 'published: "27 May"')
    with pytest.raises(DataError, match=r"index\.yaml: article 003_aee69fe055a80300: .*'27 May'"):
        load_seeds(seeds_dir)


def test_broken_yaml_names_file_and_line(curated_dir: Path) -> None:
    _edit(curated_dir / "topics.yaml", "  - id: visas", "  - id: [visas")
    with pytest.raises(DataError, match=r"topics\.yaml: file: not valid YAML: line \d+"):
        load_curated(curated_dir)
