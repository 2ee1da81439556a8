"""The reviewed layer: canonical people, places, events, figures and claims in YAML."""

from __future__ import annotations

from pathlib import Path

from knowledge import records
from knowledge.model import Curated

CURATED_DIR = Path(__file__).parent / "curated"

# Where each kind of record lives, so errors can name the file.
FILES = {
    "people": "people.yaml",
    "entities": "entities.yaml",
    "events": "events.yaml",
    "figures": "figures.yaml",
    "claims": "claims.yaml",
    "topics": "topics.yaml",
}


def load_curated(folder: Path = CURATED_DIR) -> Curated:
    def path(kind: str) -> Path:
        return folder / FILES[kind]

    return Curated(
        people=records.parse_file(path("people"), "people", "person", records.person),
        entities=records.parse_file(path("entities"), "entities", "entity", records.entity),
        events=records.parse_file(path("events"), "events", "event", records.event),
        figures=records.parse_file(path("figures"), "figures", "figure", records.figure),
        claims=records.parse_file(path("claims"), "claims", "claim", records.claim),
        topics=records.parse_file(path("topics"), "topics", "topic", records.topic),
    )
