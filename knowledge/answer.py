"""What the engine returns: a short lead, a few bullets, and the sources they cite."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from knowledge.query import Query

FALLBACK = "fallback"  # nothing in the KB bears on the question
NOT_ON_RECORD = "not_on_record"  # the specific thing asked is not in the KB


@dataclass(frozen=True)
class Citation:
    number: int
    source: str
    label: str


@dataclass(frozen=True)
class Answer:
    """One answer. ``bullets`` end with citation marks like "[1]" that refer to ``citations``."""

    question: str
    intent: str
    lead: str
    bullets: tuple[str, ...] = ()
    citations: tuple[Citation, ...] = ()
    confidence: float = 0.0
    hint: str = ""
    follow_ups: tuple[str, ...] = ()  # questions worth offering next, e.g. as buttons
    events: tuple[str, ...] = ()  # the events it is about, for "who else was there?"
    query: Query | None = None  # how the question was read, for the next one to lean on
    page: int = 1  # a long list is answered a page at a time
    pages: int = 1
    language: str = "en"  # the question's; the facts stay in the sources' English

    @property
    def not_on_record(self) -> bool:
        return self.intent in (FALLBACK, NOT_ON_RECORD)

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(c.source for c in self.citations)

    @property
    def text(self) -> str:
        """Plain text for a terminal or a log: lead, bullets, then the sources."""
        lines = [self.lead, *(f"• {bullet}" for bullet in self.bullets)]
        if self.citations:
            listed = "; ".join(f"[{c.number}] {c.label}" for c in self.citations)
            lines.append(f"Sources: {listed}")
        if self.hint:
            lines.append(self.hint)
        return "\n".join(lines)


class Citations:
    """Numbers sources in the order an answer first uses them."""

    def __init__(self, labels: Mapping[str, tuple[str, str]]) -> None:
        self.labels = labels  # each article's (citation, short title), worked out once
        self.numbers: dict[str, int] = {}

    def mark(self, *sources: str) -> str:
        """ " [1][2]" for these sources, numbering new ones as they come."""
        marks = []
        for source in dict.fromkeys(sources):
            number = self.numbers.setdefault(source, len(self.numbers) + 1)
            marks.append(f"[{number}]")
        return " " + "".join(marks) if marks else ""

    def all(self) -> tuple[Citation, ...]:
        """Each cited article's short reference; where two would read the same (one
        publisher, one day), their titles tell them apart."""
        labels = {source: self.labels[source][0] for source in self.numbers}
        twice = {label for label, n in Counter(labels.values()).items() if n > 1}
        return tuple(
            Citation(
                number,
                source,
                f"{labels[source]}: {self.labels[source][1]}"
                if labels[source] in twice
                else labels[source],
            )
            for source, number in self.numbers.items()
        )
