"""Building: deterministic bytes, a round trip through the file, new articles with no hand work."""

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from knowledge import kbfile
from knowledge.build import build
from knowledge.check import CheckFailed
from knowledge.engine import Engine
from knowledge.model import KnowledgeBase
from knowledge.records import DataError


def test_the_same_seeds_give_a_byte_identical_kb(seeds_dir: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    kbfile.write(build(seeds_dir), first)
    kbfile.write(build(seeds_dir), second)
    assert first.read_bytes() == second.read_bytes()


def test_a_written_kb_reads_back_equal_and_passes_its_check(kb: KnowledgeBase, tmp_path: Path):
    path = tmp_path / "kb.jsonl"
    kbfile.write(kb, path)
    assert kbfile.load(path) == kb
    assert kbfile.check_file(path) == kb
    assert [p.name for p in tmp_path.iterdir()] == ["kb.jsonl"]  # no temporary file left


def test_a_hand_edited_quote_in_a_kb_file_fails_its_check(kb: KnowledgeBase, tmp_path: Path):
    path = tmp_path / "kb.jsonl"
    kbfile.write(kb, path)
    *lines, last = path.read_text(encoding="utf-8").splitlines()
    data = json.loads(last)
    tokayev = next(p for p in data["curated"]["people"] if p["id"] == "kassym-jomart-tokayev")
    tokayev["roles"][0]["quote"] += " the Great"
    path.write_text("\n".join([*lines, json.dumps(data)]) + "\n", encoding="utf-8")
    with pytest.raises(CheckFailed, match="person kassym-jomart-tokayev: quote not found"):
        kbfile.check_file(path)


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda lines: lines[:-1], "file: cut short: the curated layer is missing"),
        (lambda lines: [lines[0], "{not json", *lines[1:]], "line 2: record is not JSON"),
        (lambda lines: [lines[0], "[1, 2]", *lines[1:]], "line 2: record is not a JSON object"),
        (lambda lines: [lines[0], '{"other": 1}', *lines[1:]], "line 2: neither an article"),
        (lambda lines: [*lines, lines[1]], "text after the curated layer"),
        (lambda lines: ["format: 1", *lines[1:]], "not a KB file of format 5 (found None)"),
        (lambda lines: ['{"format": 1}', *lines[1:]], "not a KB file of format 5 (found 1)"),
    ],
    ids=["cut-short", "not-json", "not-object", "unknown-line", "trailing", "yaml", "old-format"],
)
def test_a_damaged_kb_file_is_one_line_naming_the_problem(
    kb: KnowledgeBase,
    tmp_path: Path,
    damage: Callable[[list[str]], list[str]],
    message: str,
) -> None:
    path = tmp_path / "kb.jsonl"
    kbfile.write(kb, path)
    path.write_text("\n".join(damage(path.read_text(encoding="utf-8").splitlines())) + "\n")
    with pytest.raises(DataError) as error:
        kbfile.load(path)
    assert message in str(error.value)
    assert str(path) in str(error.value)


def test_the_kb_holds_every_kind_the_briefings_need(kb: KnowledgeBase) -> None:
    c = kb.curated
    assert {"yerzhan-kistafin", "kassym-jomart-tokayev", "abdul-aleem-khan"} <= {
        p.id for p in c.people
    }
    names = {e.name for e in c.entities}
    assert {
        "Samruk-Kazyna",
        "Fauji Foundation",
        "NLC",
        "Gwadar",
        "Karachi",
        "Port Qasim",
        "Astana",
    } <= names
    assert {"Islamabad Policy Research Institute"} <= names
    assert {e.kind for e in c.events} >= {"visit", "meeting", "forum", "conference", "commission"}
    assert {t.id for t in c.topics} >= {
        "visas",
        "flights",
        "corridors",
        "trade",
        "investment",
        "education",
        "digital",
        "interfaith",
        "energy",
        "sectors",
        "history",
    }
    tokayev = kb.person_by_id["kassym-jomart-tokayev"]
    assert {"Tokayev", "Kassym Jomart Tokayev"} <= set(tokayev.aliases)
    assert tokayev.name == "Kassym-Jomart Tokayev"


def test_sentences_are_annotated_automatically(kb: KnowledgeBase) -> None:
    sentences = {s.text: s for s in kb.sentences}
    forum = next(s for t, s in sentences.items() if "Commercial contracts worth USD 200" in t)
    assert forum.money == ("USD 200 million",)
    assert "trade" in forum.topics
    students = next(s for t, s in sentences.items() if "nearly 1,000 Pakistani students" in t)
    assert "nearly 1,000 Pakistani students" in students.counts
    assert "education" in students.topics
    address = next(s for t, s in sentences.items() if "State of the Nation address" in t)
    assert "September 8" in address.dates
    assert "kassym-jomart-tokayev" in address.mentions


def test_a_new_article_is_searchable_and_citable_with_no_hand_work(seeds_dir: Path) -> None:
    (seeds_dir / "005_new_cargo_terminal.txt").write_text(
        "ISLAMABAD – Kazakhstan and Pakistan opened a bonded cargo terminal at Port Qasim for "
        "transit freight. Officials said the terminal would handle Kazakh wheat exports.\n",
        encoding="utf-8",
    )
    kb = build(seeds_dir)
    new = [s for s in kb.sentences if s.source == "005_new_cargo_terminal"]
    assert new
    assert "port-qasim" in new[0].mentions
    engine = Engine(kb)
    answer = engine.answer("bonded cargo terminal", date(2026, 11, 22))
    assert answer.intent == "direct"
    assert answer.sources == ("005_new_cargo_terminal",)
    assert "bonded cargo terminal at Port Qasim" in answer.text
    corridors = engine.answer("corridors", date(2026, 11, 22))
    assert "005_new_cargo_terminal" in corridors.sources  # topic answers surface it too
