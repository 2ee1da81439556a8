"""Extracted records merged with what is known: the structured layer the engine answers from.

Reviewed records win. An article someone curated is known through its curated records, so
extraction adds only what articles nobody reviewed say: a person named with a title becomes a
role of the person of that name (or a new person); an event that matches a known one (same
kind, shared participants or name, compatible dates) becomes another report of it, so a later
article that dates an undated event dates it; a figure that repeats a known one (same value
and unit) becomes another quote of it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import timedelta

from knowledge.extract import Annotator
from knowledge.extraction import EventMention, Extractor, RoleMention
from knowledge.model import (
    Article,
    Curated,
    Detail,
    EntityKind,
    Event,
    Figure,
    Person,
    Quote,
    Report,
    Role,
    Sentence,
    Status,
)

_SPAN = timedelta(days=6)  # the days one visit or forum may take, arrival to departure
# how an event with no name of its own is called, before its participants' names
_KIND_NAMES = {
    "visit": "Visit by",
    "meeting": "Meeting of",
    "talks": "Talks of",
    "signing": "Signing by",
    "forum": "Forum with",
    "conference": "Conference with",
    "commission": "Commission of",
    "launch": "Launch by",
}
# kinds of event that may be one occasion: a visit holds meetings, talks and signings
OCCASION = {"visit": "visit", "meeting": "visit", "talks": "visit", "signing": "visit"}


def _key(name: str) -> str:
    return " ".join(name.replace("\u2019", "'").replace("-", " ").casefold().split())


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", _key(name)).strip("-")


@dataclass
class _Layer:
    """The records as they grow, with the lookups merging needs."""

    people: dict[str, Person]
    events: dict[str, Event]
    figures: dict[str, Figure]
    extracted: set[str] = field(default_factory=set)
    names: dict[str, str] = field(default_factory=dict)  # name key -> person id

    def index(self, person: Person) -> None:
        for name in person.names:
            self.names.setdefault(_key(name), person.id)


class Merger:
    """Adds what ``extractor`` reads in unreviewed articles to the curated layer."""

    def __init__(self, curated: Curated, extractor: Extractor) -> None:
        self.curated = curated
        self.extractor = extractor
        self.layer = _Layer(
            people={p.id: p for p in curated.people},
            events={e.id: e for e in curated.events},
            figures={f.id: f for f in curated.figures},
        )
        for person in curated.people:
            self.layer.index(person)
        # lookups that keep merging linear in the number of articles
        self.by_value: dict[tuple[float, str], list[str]] = {}
        for figure in curated.figures:
            self.by_value.setdefault((figure.value, figure.unit), []).append(figure.id)
        self.by_key: dict[str, set[str]] = {}
        for event in curated.events:
            self._index_event(event)
        self.taken = {_key(n) for e in curated.entities for n in e.names}

    def _index_event(self, event: Event) -> None:
        for key in (*event.participants, event.place, _key(event.name)):
            if key:
                self.by_key.setdefault(key, set()).add(event.id)

    def reviewed(self, article: Article) -> bool:
        return article.id in self.curated.sources

    # -- people ------------------------------------------------------------------------

    def people(self, article: Article, sentences: Sequence[Sentence]) -> None:
        """Roles named in one unreviewed article, full names before the surnames that
        refer back to them ("Hanif Abbasi ... Abbasi")."""
        mentions = [m for s in sentences for m in self.extractor.roles(s)]
        full = [m for m in mentions if " " in m.name]
        for mention in full:
            self._role(mention, self._person(mention))
        for mention in mentions:
            if " " not in mention.name and (ident := self._surname(mention.name, full)):
                self._role(mention, ident)

    def _person(self, mention: RoleMention) -> str:
        layer = self.layer
        if ident := layer.names.get(_key(mention.name)):
            return ident
        if ident := self._within(mention.name):
            return ident
        ident = _slug(mention.name)
        while ident in layer.people:  # a slug taken by someone of another name
            ident += "-x"
        person = Person(ident, mention.name, mention.country or "", (), ())
        layer.people[ident] = person
        layer.extracted.add(ident)
        layer.index(person)
        return ident

    def _within(self, name: str) -> str | None:
        """The one known person whose full name the name ends with: "Muhammad Shehbaz
        Sharif" is Shehbaz Sharif."""
        key = f" {_key(name)}"
        found = {
            ident
            for known, ident in self.layer.names.items()
            if " " in known and key.endswith(f" {known}")
        }
        return found.pop() if len(found) == 1 else None

    def _surname(self, word: str, full: Iterable[RoleMention]) -> str | None:
        """The one person of this article (else of the whole layer) of that surname."""
        here = {self.layer.names[_key(m.name)] for m in full if m.name.split()[-1] == word}
        if len(here) == 1:
            return here.pop()
        return self.layer.names.get(_key(word)) if not here else None

    def _role(self, mention: RoleMention, ident: str) -> None:
        person = self.layer.people[ident]
        if any(r.quote == mention.quote for r in person.roles):
            return
        if any(
            r.quote.source == mention.quote.source and r.title == mention.title
            for r in person.roles
        ):
            return
        country = person.country or mention.country or ""
        self.layer.people[ident] = replace(
            person, country=country, roles=(*person.roles, Role(mention.title, mention.quote))
        )

    def surnames(self) -> None:
        """A surname that names one person only becomes an alias of theirs ("Abbasi")."""
        owners: dict[str, set[str]] = {}
        for person in self.layer.people.values():
            for name in person.names:
                owners.setdefault(_key(name.split()[-1]), set()).add(person.id)
        for ident in self.layer.extracted & set(self.layer.people):
            person = self.layer.people[ident]
            last = person.name.split()[-1]
            key = _key(last)
            if owners.get(key) == {ident} and key not in self.taken and key != _key(person.name):
                self.layer.people[ident] = replace(person, aliases=(last,))
                self.layer.names.setdefault(key, ident)

    # -- events and figures --------------------------------------------------------------

    def events(self, article: Article, sentences: Sequence[Sentence]) -> None:
        """The events one unreviewed article reports, merged with known ones."""
        people = set(self.layer.people)
        organisations = {e.id for e in self.curated.entities if e.kind is EntityKind.ORGANISATION}
        places = {e.id for e in self.curated.entities if e.kind is EntityKind.PLACE}
        own: list[str] = []  # this article's events, newest last
        for sentence in sentences:
            mention = self.extractor.events(sentence, article.published)
            if mention is None:
                continue
            participants = tuple(m for m in sentence.mentions if m in people | organisations)
            place = next((m for m in sentence.mentions if m in places), None)
            if not participants and mention.name is None:
                continue  # "the visit was fruitful": nothing to tell it from another visit
            same = self._match(mention, participants, place, own)
            if same is not None and same in own:
                self._detail(same, mention)
                continue
            if same is None:
                same = self._match(mention, participants, place, self.layer.events)
            if same is not None:
                self._report(same, mention, participants)
            else:
                same = self._new(mention, participants, place)
            own.append(same)

    def _match(
        self,
        mention: EventMention,
        participants: tuple[str, ...],
        place: str | None,
        candidates: Sequence[str] | dict[str, Event],
    ) -> str | None:
        kind = OCCASION.get(mention.kind, mention.kind)
        if candidates is self.layer.events:  # only events sharing a participant, place or name
            keys = [*participants, *([place] if place else []), _key(mention.name or "")]
            near = {i for k in keys for i in self.by_key.get(k, ())}
            candidates = [i for i in self.layer.events if i in near]
        for ident in reversed(candidates):
            event = self.layer.events[ident]
            if OCCASION.get(event.kind, event.kind) != kind:
                continue
            named = mention.name is not None and _key(mention.name) in _key(event.name)
            people = [p for p in participants if p in self.layer.people]
            shared = set(people) & set(event.participants)
            if not (named or shared or (place and place == event.place and not people)):
                continue
            if _compatible(event, mention):
                return ident
        return None

    def _report(self, ident: str, mention: EventMention, participants: tuple[str, ...]) -> None:
        event = self.layer.events[ident]
        quote = _quote(mention)
        if any(r.quote.source == quote.source for r in event.reports):
            self._detail(ident, mention)
            return
        joined = tuple(dict.fromkeys((*event.participants, *participants)))
        self.layer.events[ident] = replace(
            event,
            participants=joined,
            reports=(*event.reports, Report(mention.status, mention.date, quote)),
        )
        self._index_event(self.layer.events[ident])

    def _detail(self, ident: str, mention: EventMention) -> None:
        event = self.layer.events[ident]
        quote = _quote(mention)
        if any(d.quote == quote for d in event.details):
            return
        detail = Detail(mention.sentence.text, mention.sentence.topics, quote)
        reports = event.reports
        if mention.date is not None:
            # a later sentence of the same article dates what its first one left undated
            reports = tuple(
                replace(r, date=mention.date)
                if r.quote.source == quote.source
                and r.status is mention.status
                and (not r.date or mention.date.first_day < r.date.first_day)  # arrival day
                else r
                for r in reports
            )
        self.layer.events[ident] = replace(
            event, details=(*event.details, detail), reports=reports
        )

    def _new(self, mention: EventMention, participants: tuple[str, ...], place: str | None) -> str:
        sentence = mention.sentence
        ident = f"x-{sentence.source}-{sentence.number}"
        names = [self._name(p) for p in participants][:2]
        name = mention.name or f"{_KIND_NAMES.get(mention.kind, mention.kind)} " + " and ".join(
            names
        )
        self.layer.events[ident] = Event(
            id=ident,
            name=name,
            kind=mention.kind,
            place=place,
            participants=participants,
            topics=sentence.topics,
            reports=(Report(mention.status, mention.date, _quote(mention)),),
        )
        self.layer.extracted.add(ident)
        self._index_event(self.layer.events[ident])
        return ident

    def _name(self, ident: str) -> str:
        if ident in self.layer.people:
            return self.layer.people[ident].name
        entity = next((e for e in self.curated.entities if e.id == ident), None)
        return entity.name if entity else ident

    def figures(self, article: Article, sentences: Sequence[Sentence]) -> None:
        """Figures of one unreviewed article: another quote of a known figure of the same
        value and unit, else a figure of its own."""
        for sentence in sentences:
            for figure in self.extractor.figures(sentence, article.published):
                same = self.by_value.setdefault((figure.value, figure.unit), [])
                known = next(
                    (
                        f
                        for f in (self.layer.figures[i] for i in same)
                        if f.kind is figure.kind and set(f.topics) & set(figure.topics)
                    ),
                    None,
                )
                if known is not None:
                    if article.id not in known.sources:
                        quotes = (*known.quotes, *figure.quotes)
                        self.layer.figures[known.id] = replace(known, quotes=quotes)
                    continue
                self.layer.figures[figure.id] = figure
                self.layer.extracted.add(figure.id)
                same.append(figure.id)

    def result(self) -> tuple[Curated, frozenset[str]]:
        """The merged layer and the ids of the records extraction added."""
        layer = self.layer
        merged = replace(
            self.curated,
            people=tuple(layer.people.values()),
            events=tuple(layer.events.values()),
            figures=tuple(layer.figures.values()),
        )
        return merged, frozenset(layer.extracted)


def _quote(mention: EventMention) -> Quote:
    return Quote(mention.sentence.source, mention.sentence.text)


def _compatible(event: Event, mention: EventMention) -> bool:
    """Dates that may be one occasion. A report that it took place is weighed against the
    dates it was reported to take place on, not against an announcement (announced visits
    slip); a new announcement is weighed against every date, so a later plan is not taken
    for an occasion already past."""
    if mention.date is None:
        return True
    reports = event.reports
    if mention.status is Status.TOOK_PLACE:
        reports = tuple(r for r in reports if r.status is Status.TOOK_PLACE)
    dated = [r.date for r in reports if r.date is not None]
    return not dated or any(
        d.first_day - _SPAN <= mention.date.last_day
        and mention.date.first_day <= d.last_day + _SPAN
        for d in dated
    )


def suggest(
    curated: Curated, extractor: Extractor, article: Article, sentences: Sequence[Sentence]
) -> Curated:
    """What extraction reads in one article, as records to review: new people, events and
    figures, and known ones with what this article adds (reviewed or not)."""
    merger = Merger(replace(curated, events=(), figures=()), extractor)
    merger.people(article, sentences)
    merger.surnames()
    annotator = Annotator(merger.result()[0])
    tagged = [annotator.sentence(s.source, s.number, s.text) for s in sentences]
    merger.events(article, tagged)
    merger.figures(article, tagged)
    merged, _ = merger.result()
    own = tuple(  # a known person with only this article's roles: what to add to him
        replace(p, roles=tuple(r for r in p.roles if r.quote.source == article.id))
        for p in merged.people
    )
    return replace(
        merged,
        people=tuple(p for p in own if p.roles),
        entities=(),
        claims=(),
        topics=(),
    )
