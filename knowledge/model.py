"""The knowledge base as typed, frozen records: what the builder writes and the engine reads.

Every fact carries a Quote: the source id and words found verbatim in that article, so the
bot can always say where a statement comes from and ``kb check`` can prove it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from functools import cached_property

from knowledge.dates import PartialDate


# Records are slotted: at 10,000 articles extraction makes hundreds of thousands of them.
@dataclass(frozen=True, slots=True)
class Quote:
    source: str
    text: str


SHORT_TITLE_CHARS = 28


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    title: str
    headline: bool
    publisher: str | None
    author: str | None
    published: PartialDate | None
    basis: str
    url: str | None
    dateline: str | None = None  # "ISLAMABAD, May 27 (Alliance News)": kept for the KB check
    headings: tuple[str, ...] = ()  # lines between paragraphs, no statements: for the check

    def citation(self) -> str:
        """Short reference for a phone screen, where all of an answer's sources share one
        line under it: the publisher, or the start of the title. The full reference, with
        the date, is one tap away (``reference``)."""
        return self.publisher or self.short_title

    @property
    def short_title(self) -> str:
        return _start(self.title, SHORT_TITLE_CHARS)

    def reference(self) -> str:
        """The full reference: title, publisher, author, date."""
        title = self.title if self.headline else f"{self.title} (title ours: no headline)"
        by = f", by {self.author}" if self.author else ""
        return f"{title} — {self.publisher or 'publisher not named'}{by}, {self.when}"

    @property
    def when(self) -> str:
        return self.published.human() if self.published else "undated"


def _start(text: str, limit: int) -> str:
    """The words of ``text`` that fit in ``limit`` characters, with "…" if cut."""
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"


@dataclass(frozen=True, slots=True)  # the most numerous record: no per-instance dict
class Sentence:
    """One sentence of an article with what the automatic layer found in it."""

    source: str
    number: int
    text: str
    mentions: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    money: tuple[str, ...] = ()
    counts: tuple[str, ...] = ()
    dates: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Role:
    title: str
    quote: Quote


@dataclass(frozen=True, slots=True)
class Person:
    id: str
    name: str
    country: str
    aliases: tuple[str, ...]
    roles: tuple[Role, ...]

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


class EntityKind(Enum):
    ORGANISATION = "organisation"
    PLACE = "place"


@dataclass(frozen=True, slots=True)
class Entity:
    """An organisation or a place named in the sources."""

    id: str
    kind: EntityKind
    name: str
    aliases: tuple[str, ...]
    description: str | None
    quote: Quote

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


class Status(Enum):
    PLANNED = "planned"
    TOOK_PLACE = "took_place"


@dataclass(frozen=True, slots=True)
class Report:
    """One source's word on an event: announced for a date, or reported as having happened.

    ``date`` is None when the source does not date it; an announced date is never copied
    into a report of the event having taken place.
    """

    status: Status
    date: PartialDate | None
    quote: Quote


@dataclass(frozen=True, slots=True)
class Detail:
    """What was discussed, agreed or signed, in a line of ours, backed by a quote."""

    text: str
    topics: tuple[str, ...]
    quote: Quote


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    name: str
    kind: str
    place: str | None
    participants: tuple[str, ...]
    topics: tuple[str, ...]
    reports: tuple[Report, ...]
    details: tuple[Detail, ...] = ()
    part_of: str | None = None

    @property
    def sources(self) -> tuple[str, ...]:
        found = [r.quote.source for r in self.reports] + [d.quote.source for d in self.details]
        return tuple(dict.fromkeys(found))

    @property
    def involved(self) -> frozenset[str]:
        """Whom and where it involves: its participants and its place."""
        return frozenset({*self.participants, *([self.place] if self.place else [])})


class FigureKind(Enum):
    TARGET = "target"
    ACTUAL = "actual"


@dataclass(frozen=True, slots=True)
class Figure:
    id: str
    measures: str
    value: float
    unit: str
    kind: FigureKind
    topics: tuple[str, ...]
    quotes: tuple[Quote, ...]
    qualifier: str | None = None
    date: PartialDate | None = None
    event: str | None = None

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(q.source for q in self.quotes))


@dataclass(frozen=True, slots=True)
class Claim:
    """A statement of one source. Claims sharing ``about`` answer the same question and may
    disagree; the engine shows them side by side rather than picking one."""

    id: str
    text: str
    topics: tuple[str, ...]
    quote: Quote
    about: str | None = None


@dataclass(frozen=True, slots=True)
class Topic:
    id: str
    name: str
    keywords: tuple[str, ...]


@dataclass(frozen=True)
class Curated:
    """The reviewed layer kept in ``knowledge/curated/``."""

    people: tuple[Person, ...]
    entities: tuple[Entity, ...]
    events: tuple[Event, ...]
    figures: tuple[Figure, ...]
    claims: tuple[Claim, ...]
    topics: tuple[Topic, ...]

    @cached_property
    def sources(self) -> frozenset[str]:
        """Every article some curated record quotes."""
        quotes = [
            *(r.quote for p in self.people for r in p.roles),
            *(e.quote for e in self.entities),
            *(r.quote for e in self.events for r in e.reports),
            *(d.quote for e in self.events for d in e.details),
            *(q for f in self.figures for q in f.quotes),
            *(c.quote for c in self.claims),
        ]
        return frozenset(q.source for q in quotes)


@dataclass(frozen=True)
class KnowledgeBase:
    articles: tuple[Article, ...]
    sentences: tuple[Sentence, ...]
    curated: Curated  # the reviewed layer with what extraction added merged in
    extracted: frozenset[str] = frozenset()  # ids of the records extraction added
    # the articles reviewed records quote; extraction read the others ("new articles")
    reviewed: frozenset[str] = frozenset()

    @property
    def as_of(self) -> PartialDate | None:
        """The newest publication date among the articles."""
        dated = [a.published for a in self.articles if a.published]
        return max(dated, key=lambda d: d.first_day) if dated else None

    @cached_property
    def article_by_id(self) -> dict[str, Article]:
        return {a.id: a for a in self.articles}

    @cached_property
    def citation_labels(self) -> dict[str, tuple[str, str]]:
        """Each article's citation and short title: a long list cites thousands."""
        return {a.id: (a.citation(), a.short_title) for a in self.articles}

    @cached_property
    def person_by_id(self) -> dict[str, Person]:
        return {p.id: p for p in self.curated.people}

    @cached_property
    def entity_by_id(self) -> dict[str, Entity]:
        return {e.id: e for e in self.curated.entities}

    @cached_property
    def figure_by_id(self) -> dict[str, Figure]:
        return {f.id: f for f in self.curated.figures}

    @cached_property
    def event_by_id(self) -> dict[str, Event]:
        return {e.id: e for e in self.curated.events}

    @cached_property
    def events_reported_in(self) -> dict[str, tuple[str, ...]]:
        """Each article's events (by id), as its reports and details quote it."""
        found: dict[str, list[str]] = {}
        for event in self.curated.events:
            for source in event.sources:
                found.setdefault(source, []).append(event.id)
        return {source: tuple(events) for source, events in found.items()}

    @cached_property
    def topic_by_id(self) -> dict[str, Topic]:
        return {t.id: t for t in self.curated.topics}
