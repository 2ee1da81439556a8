"""Consistency of a KB: provenance, references and names, each problem naming file and record.

Structural problems (a missing field, a malformed date) already fail while loading; this finds
what only the whole KB shows: a quote that is not in its article, an id that points at nothing,
an alias shared by two people.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping

from knowledge.model import Curated, EntityKind, Quote
from knowledge.records import DataError

# kind of record -> the file it lives in (the same file for a built KB)
Where = Callable[[str], str]


def normalise(text: str) -> str:
    """Compare quotes ignoring only runs of whitespace: the words must be verbatim."""
    return " ".join(text.split())


def _name_key(name: str) -> str:
    return " ".join(name.replace("’", "'").replace("–", "-").casefold().split())


def check(curated: Curated, texts: Mapping[str, str], where: Where) -> list[DataError]:
    """All problems found, in file order; an empty list means the KB is sound."""
    checker = _Checker(curated, texts, where)
    checker.ids()
    checker.people()
    for entity in curated.entities:
        checker.quote("entities", f"entity {entity.id}", entity.quote)
    checker.events()
    checker.figures()
    for claim in curated.claims:
        record = f"claim {claim.id}"
        checker.quote("claims", record, claim.quote)
        checker.refs("claims", record, "topic", claim.topics, checker.topics)
    return checker.problems


class _Checker:
    """The checks of one KB, collecting every problem rather than stopping at the first."""

    def __init__(self, curated: Curated, texts: Mapping[str, str], where: Where) -> None:
        self.curated = curated
        self.texts = texts
        self.where = where
        self.problems: list[DataError] = []
        self.normalised: dict[str, str] = {}  # only the articles quoted: a build reads thousands
        self.people_ids = {p.id for p in curated.people}
        self.entities = {e.id for e in curated.entities}
        self.places = {e.id for e in curated.entities if e.kind is EntityKind.PLACE}
        self.event_ids = {e.id for e in curated.events}
        self.topics = {t.id for t in curated.topics}

    def problem(self, kind: str, record: str, text: str) -> None:
        self.problems.append(DataError(self.where(kind), record, text))

    def quote(self, kind: str, record: str, q: Quote) -> None:
        if q.source not in self.texts:
            self.problem(kind, record, f"unknown source {q.source!r}")
            return
        if q.source not in self.normalised:
            self.normalised[q.source] = normalise(self.texts[q.source])
        if normalise(q.text) not in self.normalised[q.source]:
            self.problem(kind, record, f"quote not found in {q.source}: {q.text!r}")

    def refs(
        self, kind: str, record: str, field: str, ids: Iterable[str | None], known: set[str]
    ) -> None:
        for ref in ids:
            if ref is not None and ref not in known:
                self.problem(kind, record, f"{field} {ref!r} points at nothing")

    def ids(self) -> None:
        """Every record's id once in its file."""
        c = self.curated
        for kind, label, records in (
            ("people", "person", c.people),
            ("entities", "entity", c.entities),
            ("events", "event", c.events),
            ("figures", "figure", c.figures),
            ("claims", "claim", c.claims),
            ("topics", "topic", c.topics),
        ):
            seen: set[str] = set()
            for ident in (r.id for r in records):
                if ident in seen:
                    self.problem(kind, f"{label} {ident}", "duplicate id")
                seen.add(ident)

    def people(self) -> None:
        """Each person has a sourced role, and no name belongs to two people."""
        owners: dict[str, set[str]] = defaultdict(set)
        for person in self.curated.people:
            record = f"person {person.id}"
            for name in person.names:
                owners[_name_key(name)].add(person.id)
            if not person.roles:
                self.problem("people", record, "has no role with a source")
            for role in person.roles:
                self.quote("people", record, role.quote)
        for name, ids in sorted(owners.items()):
            if len(ids) > 1:
                who = ", ".join(sorted(ids))
                self.problem("people", f"alias {name!r}", f"names two different people: {who}")

    def events(self) -> None:
        for event in self.curated.events:
            record = f"event {event.id}"
            if not event.reports:
                self.problem("events", record, "has no report with a source")
            self.refs("events", record, "place", [event.place], self.places)
            participants = self.people_ids | self.entities
            self.refs("events", record, "participant", event.participants, participants)
            self.refs("events", record, "part_of", [event.part_of], self.event_ids)
            self.refs("events", record, "topic", event.topics, self.topics)
            for report in event.reports:
                self.quote("events", record, report.quote)
            for detail in event.details:
                self.quote("events", record, detail.quote)
                self.refs("events", record, "topic", detail.topics, self.topics)

    def figures(self) -> None:
        for figure in self.curated.figures:
            record = f"figure {figure.id}"
            if not figure.quotes:
                self.problem("figures", record, "has no quote with a source")
            for q in figure.quotes:
                self.quote("figures", record, q)
            self.refs("figures", record, "event", [figure.event], self.event_ids)
            self.refs("figures", record, "topic", figure.topics, self.topics)


class CheckFailed(Exception):
    """The KB did not pass its check; ``problems`` says where and why."""

    def __init__(self, problems: list[DataError]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems
