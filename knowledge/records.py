"""YAML mappings to typed records and back, validated once at load.

Both the curated files and a built KB file use these shapes, so a record reads the same
wherever it is stored, and every error names the file and the record.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from enum import Enum
from pathlib import Path
from typing import Any, TypeVar

import yaml

from knowledge.dates import PartialDate
from knowledge.model import (
    Article,
    Claim,
    Detail,
    Entity,
    EntityKind,
    Event,
    Figure,
    FigureKind,
    Person,
    Quote,
    Report,
    Role,
    Sentence,
    Status,
    Topic,
)
from knowledge.text import plain

E = TypeVar("E", bound=Enum)
T = TypeVar("T")

_Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


class DataError(Exception):
    """Bad data in a KB file, naming where: ``file: record: problem``."""

    def __init__(self, file: str | Path, record: str, problem: str) -> None:
        # one line, whatever the file is called: a name may hold a newline or an escape
        shown = _CONTROL.sub(lambda c: repr(c.group())[1:-1], str(file))
        super().__init__(f"{shown}: {record}: {problem}")
        self.file = str(file)
        self.record = record
        self.problem = problem


def read_yaml(path: Path) -> Any:
    """Parse one YAML file, turning OS and syntax errors into a DataError naming it."""
    try:
        with path.open(encoding="utf-8") as handle:
            return yaml.load(handle, Loader=_Loader)  # a safe loader, C-accelerated if possible
    except OSError as exc:
        raise DataError(path, "file", f"cannot read: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise DataError(path, "file", "not UTF-8 text") from exc
    except yaml.MarkedYAMLError as exc:
        where = f"line {exc.problem_mark.line + 1}: " if exc.problem_mark else ""
        raise DataError(path, "file", f"not valid YAML: {where}{exc.problem}") from exc
    except yaml.YAMLError as exc:
        raise DataError(path, "file", f"not valid YAML: {exc}") from exc


class Fields:
    """Typed, checked access to one mapping of a YAML file."""

    def __init__(self, data: object, file: str | Path, record: str) -> None:
        self.file = file
        self.record = record
        if type(data) is not dict and not isinstance(data, Mapping):  # dict: the fast test
            raise DataError(file, record, f"expected a mapping, got {type(data).__name__}")
        self.data: Mapping[str, Any] = data

    def fail(self, problem: str) -> None:
        raise DataError(self.file, self.record, problem)

    def _get(self, key: str, kind: type | tuple[type, ...], required: bool) -> Any:
        value = self.data.get(key)
        if value is None:
            if required:
                self.fail(f"required field '{key}' is missing")
            return None
        if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
            self.fail(f"field '{key}' has the wrong type ({type(value).__name__})")
        return value

    def text(self, key: str) -> str:
        value: str = self._get(key, str, required=True)
        if not value.strip():
            self.fail(f"field '{key}' is empty")
        return value.strip()

    def optional_text(self, key: str) -> str | None:
        value = self._get(key, str, required=False)
        return value.strip() if value and value.strip() else None

    def texts(self, key: str) -> tuple[str, ...]:
        values = self.data.get(key)
        if values is None or values == []:  # most sentences: read fast, a built KB has 300,000
            return ()
        if not isinstance(values, list):
            self.fail(f"field '{key}' has the wrong type ({type(values).__name__})")
        try:
            stripped = tuple(map(str.strip, values))  # in C: a built KB has 1,000,000 of these
        except TypeError:  # not a string
            stripped = ()
        if len(stripped) != len(values) or not all(stripped):
            self.fail(f"field '{key}' must be a list of non-empty strings")
        return stripped

    def flag(self, key: str) -> bool:
        return bool(self._get(key, bool, required=True))

    def number(self, key: str) -> float:
        return float(self._get(key, (int, float), required=True))

    def integer(self, key: str) -> int:
        return int(self._get(key, int, required=True))

    def date(self, key: str) -> PartialDate | None:
        value = self._get(key, (str, int), required=False)
        if value is None:
            return None
        try:
            return PartialDate.parse(str(value))
        except ValueError as exc:
            self.fail(f"field '{key}': {exc}")
            raise  # unreachable: fail raises

    def choice(self, key: str, enum: type[E]) -> E:
        value = self.text(key)
        try:
            return enum(value)
        except ValueError:
            allowed = ", ".join(str(member.value) for member in enum)
            self.fail(f"field '{key}' is {value!r}; expected one of: {allowed}")
            raise

    def quote(self) -> Quote:
        return Quote(source=self.text("source"), text=plain(self.text("quote")))

    def records(self, key: str, label: str, parse: Callable[[Fields], T]) -> tuple[T, ...]:
        values = self._get(key, list, required=False) or []
        return tuple(
            parse(Fields(value, self.file, f"{self.record} {label}[{i}]"))
            for i, value in enumerate(values)
        )


def parse_file(path: Path, key: str, label: str, parse: Callable[[Fields], T]) -> tuple[T, ...]:
    """Parse the list under ``key`` of one YAML file."""
    return parse_list(read_yaml(path), path, key, label, parse)


def parse_list(
    data: object, file: str | Path, key: str, label: str, parse: Callable[[Fields], T]
) -> tuple[T, ...]:
    """Parse ``key`` of a file's top mapping as a list of records named by their ``id``."""
    top = Fields(data, file, "top level")
    values = top._get(key, list, required=True)
    parsed = []
    for i, value in enumerate(values):
        name = value.get("id") if isinstance(value, Mapping) else None
        parsed.append(parse(Fields(value, file, f"{label} {name or f'#{i}'}")))
    return tuple(parsed)


def person(f: Fields) -> Person:
    return Person(
        id=f.text("id"),
        name=f.text("name"),
        country=f.optional_text("country") or "",  # unknown for some extracted people
        aliases=f.texts("aliases"),
        roles=f.records("roles", "role", lambda r: Role(title=r.text("title"), quote=r.quote())),
    )


def entity(f: Fields) -> Entity:
    return Entity(
        id=f.text("id"),
        kind=f.choice("kind", EntityKind),
        name=f.text("name"),
        aliases=f.texts("aliases"),
        description=f.optional_text("description"),
        quote=f.quote(),
    )


def event(f: Fields) -> Event:
    return Event(
        id=f.text("id"),
        name=f.text("name"),
        kind=f.text("kind"),
        place=f.optional_text("place"),
        participants=f.texts("participants"),
        topics=f.texts("topics"),
        reports=f.records(
            "reports",
            "report",
            lambda r: Report(r.choice("status", Status), r.date("date"), r.quote()),
        ),
        details=f.records(
            "details",
            "detail",
            lambda d: Detail(text=d.text("text"), topics=d.texts("topics"), quote=d.quote()),
        ),
        part_of=f.optional_text("part_of"),
    )


def figure(f: Fields) -> Figure:
    return Figure(
        id=f.text("id"),
        measures=f.text("measures"),
        value=f.number("value"),
        unit=f.text("unit"),
        kind=f.choice("kind", FigureKind),
        topics=f.texts("topics"),
        quotes=f.records("quotes", "quote", Fields.quote),
        qualifier=f.optional_text("qualifier"),
        date=f.date("date"),
        event=f.optional_text("event"),
    )


def claim(f: Fields) -> Claim:
    return Claim(
        id=f.text("id"),
        text=f.text("text"),
        topics=f.texts("topics"),
        quote=f.quote(),
        about=f.optional_text("about"),
    )


def topic(f: Fields) -> Topic:
    return Topic(id=f.text("id"), name=f.text("name"), keywords=f.texts("keywords"))


def article(f: Fields, source_id: str) -> Article:
    return Article(
        id=source_id,
        title=f.text("title"),
        headline=f.flag("headline"),
        publisher=f.optional_text("publisher"),
        author=f.optional_text("author"),
        published=f.date("published"),
        basis=f.text("basis"),
        url=f.optional_text("url"),
        dateline=f.optional_text("dateline"),
        headings=f.texts("headings"),
    )


def sentence(
    f: Fields, source_id: str, share: Callable[[tuple[str, ...]], tuple[str, ...]] = tuple
) -> Sentence:
    """``share`` may hand back one copy of equal annotation tuples, as the builder keeps them."""
    # most annotations are absent (a built KB leaves empty ones out): read only those present
    mentions, topics, money, counts, dates = (
        share(f.texts(key)) if key in f.data else () for key in _ANNOTATIONS
    )
    return Sentence(
        source=source_id,
        number=f.integer("n"),
        text=f.text("text"),
        mentions=mentions,
        topics=topics,
        money=money,
        counts=counts,
        dates=dates,
    )


_ANNOTATIONS = ("mentions", "topics", "money", "counts", "dates")


def _quote(q: Quote) -> dict[str, str]:
    return {"source": q.source, "quote": q.text}


def _compact(mapping: dict[str, Any]) -> dict[str, Any]:
    """Drop empty fields so the written KB stays short and diffs stay readable."""
    return {k: v for k, v in mapping.items() if v not in (None, (), [], "")}


def dump_person(p: Person) -> dict[str, Any]:
    roles = [{"title": r.title, **_quote(r.quote)} for r in p.roles]
    return _compact(
        {
            "id": p.id,
            "name": p.name,
            "country": p.country,
            "aliases": list(p.aliases),
            "roles": roles,
        }
    )


def dump_entity(e: Entity) -> dict[str, Any]:
    return _compact(
        {
            "id": e.id,
            "kind": e.kind.value,
            "name": e.name,
            "aliases": list(e.aliases),
            "description": e.description,
            **_quote(e.quote),
        }
    )


def dump_event(e: Event) -> dict[str, Any]:
    reports = [
        _compact({"status": r.status.value, "date": r.date and r.date.iso(), **_quote(r.quote)})
        for r in e.reports
    ]
    details = [
        _compact({"text": d.text, "topics": list(d.topics), **_quote(d.quote)}) for d in e.details
    ]
    return _compact(
        {
            "id": e.id,
            "name": e.name,
            "kind": e.kind,
            "place": e.place,
            "participants": list(e.participants),
            "topics": list(e.topics),
            "part_of": e.part_of,
            "reports": reports,
            "details": details,
        }
    )


def dump_figure(g: Figure) -> dict[str, Any]:
    value: float | int = int(g.value) if g.value.is_integer() else g.value
    return _compact(
        {
            "id": g.id,
            "measures": g.measures,
            "value": value,
            "unit": g.unit,
            "qualifier": g.qualifier,
            "kind": g.kind.value,
            "date": g.date and g.date.iso(),
            "event": g.event,
            "topics": list(g.topics),
            "quotes": [_quote(q) for q in g.quotes],
        }
    )


def dump_claim(c: Claim) -> dict[str, Any]:
    return _compact(
        {"id": c.id, "text": c.text, "about": c.about, "topics": list(c.topics), **_quote(c.quote)}
    )


def dump_topic(t: Topic) -> dict[str, Any]:
    return {"id": t.id, "name": t.name, "keywords": list(t.keywords)}


def dump_article(a: Article, sentences: Iterable[Sentence]) -> dict[str, Any]:
    return _compact(
        {
            "id": a.id,
            "title": a.title,
            "headline": a.headline,
            "publisher": a.publisher,
            "author": a.author,
            "published": a.published and a.published.iso(),
            "basis": a.basis,
            "url": a.url,
            "dateline": a.dateline,
            "headings": list(a.headings),
            "sentences": [dump_sentence(s) for s in sentences],
        }
    )


def dump_sentence(s: Sentence) -> dict[str, Any]:
    return _compact(
        {
            "n": s.number,
            "text": s.text,
            "mentions": list(s.mentions),
            "topics": list(s.topics),
            "money": list(s.money),
            "counts": list(s.counts),
            "dates": list(s.dates),
        }
    )
