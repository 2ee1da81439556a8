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
    problems: list[DataError] = []
    normalised: dict[str, str] = {}  # only the articles quoted: a build reads thousands

    def quote(kind: str, record: str, q: Quote) -> None:
        if q.source not in texts:
            problems.append(DataError(where(kind), record, f"unknown source {q.source!r}"))
            return
        if q.source not in normalised:
            normalised[q.source] = normalise(texts[q.source])
        if normalise(q.text) not in normalised[q.source]:
            problems.append(
                DataError(where(kind), record, f"quote not found in {q.source}: {q.text!r}")
            )

    def refs(
        kind: str, record: str, field: str, ids: Iterable[str | None], known: set[str]
    ) -> None:
        for ref in ids:
            if ref is not None and ref not in known:
                problems.append(
                    DataError(where(kind), record, f"{field} {ref!r} points at nothing")
                )

    def unique(kind: str, label: str, ids: Iterable[str]) -> None:
        seen: set[str] = set()
        for ident in ids:
            if ident in seen:
                problems.append(DataError(where(kind), f"{label} {ident}", "duplicate id"))
            seen.add(ident)

    people = {p.id for p in curated.people}
    entities = {e.id for e in curated.entities}
    places = {e.id for e in curated.entities if e.kind is EntityKind.PLACE}
    events = {e.id for e in curated.events}
    topics = {t.id for t in curated.topics}

    unique("people", "person", (p.id for p in curated.people))
    unique("entities", "entity", (e.id for e in curated.entities))
    unique("events", "event", (e.id for e in curated.events))
    unique("figures", "figure", (f.id for f in curated.figures))
    unique("claims", "claim", (c.id for c in curated.claims))
    unique("topics", "topic", (t.id for t in curated.topics))

    owners: dict[str, set[str]] = defaultdict(set)
    for person in curated.people:
        record = f"person {person.id}"
        for name in person.names:
            owners[_name_key(name)].add(person.id)
        if not person.roles:
            problems.append(DataError(where("people"), record, "has no role with a source"))
        for role in person.roles:
            quote("people", record, role.quote)
    for name, ids in sorted(owners.items()):
        if len(ids) > 1:
            problems.append(
                DataError(
                    where("people"),
                    f"alias {name!r}",
                    f"names two different people: {', '.join(sorted(ids))}",
                )
            )

    for entity in curated.entities:
        quote("entities", f"entity {entity.id}", entity.quote)

    for event in curated.events:
        record = f"event {event.id}"
        if not event.reports:
            problems.append(DataError(where("events"), record, "has no report with a source"))
        refs("events", record, "place", [event.place], places)
        refs("events", record, "participant", event.participants, people | entities)
        refs("events", record, "part_of", [event.part_of], events)
        refs("events", record, "topic", event.topics, topics)
        for report in event.reports:
            quote("events", record, report.quote)
        for detail in event.details:
            quote("events", record, detail.quote)
            refs("events", record, "topic", detail.topics, topics)

    for figure in curated.figures:
        record = f"figure {figure.id}"
        if not figure.quotes:
            problems.append(DataError(where("figures"), record, "has no quote with a source"))
        for q in figure.quotes:
            quote("figures", record, q)
        refs("figures", record, "event", [figure.event], events)
        refs("figures", record, "topic", figure.topics, topics)

    for claim in curated.claims:
        record = f"claim {claim.id}"
        quote("claims", record, claim.quote)
        refs("claims", record, "topic", claim.topics, topics)

    return problems


class CheckFailed(Exception):
    """The KB did not pass its check; ``problems`` says where and why."""

    def __init__(self, problems: list[DataError]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems
