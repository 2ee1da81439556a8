"""Intent definitions from ``intents.yaml``, typed and checked at load."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from knowledge import records
from knowledge.model import Topic
from knowledge.records import DataError, Fields

INTENTS_FILE = Path(__file__).parent / "intents.yaml"
TOPIC_PREFIX = "topic:"


@dataclass(frozen=True)
class Intent:
    id: str
    keywords: tuple[str, ...]
    examples: tuple[str, ...]
    topic: str | None = None
    weight: float = 1.0
    # another intent this one narrows ("upcoming" visits): asked with words of both, this
    # one answers, and the other's words are its own ("what visits are planned")
    narrows: str | None = None


@dataclass(frozen=True)
class IntentConfig:
    intents: tuple[Intent, ...]
    synonyms: dict[str, str]
    # a word of an office -> the word another country's title uses for it, tried when no
    # title holds the word as asked ("commerce minister" -> "trade minister")
    offices: dict[str, str] = field(default_factory=dict)


def _intent(f: Fields) -> Intent:
    return Intent(
        id=f.text("id"),
        keywords=f.texts("keywords"),
        examples=f.texts("examples"),
        topic=f.optional_text("topic"),
        weight=f.number("weight") if "weight" in f.data else 1.0,
        narrows=f.optional_text("narrows"),
    )


def load_intents(topics: tuple[Topic, ...], path: Path = INTENTS_FILE) -> IntentConfig:
    """The listed intents, then one per topic not already answered by one of them."""
    data = records.read_yaml(path)
    intents = records.parse_list(data, path, "intents", "intent", _intent)
    synonyms = Fields(data, path, "synonyms")._get("synonyms", dict, required=False) or {}
    offices = Fields(data, path, "offices")._get("offices", dict, required=False) or {}
    for word, meaning in (*synonyms.items(), *offices.items()):
        if not isinstance(word, str) or not isinstance(meaning, str):
            raise DataError(path, f"synonym {word!r}", "must map a word to a word")
    known = {t.id for t in topics}
    ids = {intent.id for intent in intents}
    for intent in intents:
        if intent.narrows and intent.narrows not in ids:
            problem = f"narrows {intent.narrows!r}, which is no intent"
            raise DataError(path, f"intent {intent.id}", problem)
        if intent.topic and intent.topic not in known:
            problem = f"topic {intent.topic!r} points at nothing"
            raise DataError(path, f"intent {intent.id}", problem)
    claimed = {intent.topic for intent in intents}
    topic_intents = tuple(
        Intent(
            id=TOPIC_PREFIX + t.id,
            keywords=(t.name, *t.keywords),
            examples=(t.name, f"what about {t.name}"),
            topic=t.id,
        )
        for t in topics
        if t.id not in claimed
    )
    return IntentConfig(
        intents=intents + topic_intents, synonyms=dict(synonyms), offices=dict(offices)
    )
