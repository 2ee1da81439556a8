"""The lexicon and the intent registry are data, checked when loaded: a mistake names its
file and record before any question is asked."""

from pathlib import Path

import pytest
import yaml

from knowledge.engine import Engine
from knowledge.intents import INTENTS_FILE
from knowledge.lexicon import LEXICON_FILE, load_lexicon
from knowledge.model import KnowledgeBase
from knowledge.records import DataError


def _edited(tmp_path: Path, source: Path, edit: object) -> Path:
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    edit(data)  # type: ignore[operator]
    path = tmp_path / source.name
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_the_shipped_lexicon_loads() -> None:
    lexicon = load_lexicon()
    assert lexicon.countries["kazakh"] == "Kazakhstan"
    assert {t.kind for t in lexicon.small_talk} >= {"greeting", "thanks", "ack", "bye"}


@pytest.mark.parametrize(
    ("edit", "record", "problem"),
    [
        (lambda d: d["answer_types"].pop("when"), "answer_types", "must name exactly"),
        (lambda d: d["small_talk"]["thanks"].pop("reply"), "small_talk.thanks", "needs a reply"),
        (lambda d: d["related"].insert(0, "envoy"), "related[0]", "list of non-empty strings"),
        (lambda d: d["follow_ups"].pop("more"), "follow_ups", "must name exactly"),
        (lambda d: d.__setitem__("variants", ["a", "b"]), "variants", "must be a mapping"),
        (lambda d: d.__setitem__("asks_outlet", "outlet"), "asks_outlet", "list of non-empty"),
        (
            lambda d: d["notations"].__setitem__("fy(", "fy"),
            "notation 'fy('",
            "is no regular expression",
        ),
    ],
)
def test_a_broken_lexicon_fails_at_load_naming_the_record(
    tmp_path: Path, edit: object, record: str, problem: str
) -> None:
    path = _edited(tmp_path, LEXICON_FILE, edit)
    with pytest.raises(DataError) as failed:
        load_lexicon(path)
    assert failed.value.file == str(path)
    assert failed.value.record == record
    assert problem in failed.value.problem


def test_an_intent_without_a_card_fails_when_the_engine_is_built(
    kb: KnowledgeBase, tmp_path: Path
) -> None:
    new = {"id": "weather", "keywords": ["weather"], "examples": ["weather"]}
    path = _edited(tmp_path, INTENTS_FILE, lambda d: d["intents"].append(new))
    with pytest.raises(DataError, match="intents and cards differ: weather"):
        Engine(kb, intents_file=path)


def test_a_card_without_an_intent_fails_too(kb: KnowledgeBase, tmp_path: Path) -> None:
    drop = lambda d: d.__setitem__("intents", [i for i in d["intents"] if i["id"] != "timeline"])  # noqa: E731
    path = _edited(tmp_path, INTENTS_FILE, drop)
    with pytest.raises(DataError, match="intents and cards differ: timeline"):
        Engine(kb, intents_file=path)


def test_an_intent_narrowing_no_intent_fails_naming_it(kb: KnowledgeBase, tmp_path: Path) -> None:
    def edit(data: dict) -> None:  # type: ignore[type-arg]
        next(i for i in data["intents"] if i["id"] == "upcoming")["narrows"] = "voyages"

    path = _edited(tmp_path, INTENTS_FILE, edit)
    with pytest.raises(DataError, match=r"intent upcoming.*narrows 'voyages', which is no intent"):
        Engine(kb, intents_file=path)
