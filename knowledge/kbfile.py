"""The built KB as one JSON Lines file: written atomically and deterministically, read back
typed, one article at a time.

People read and edit the curated layer and the seed index, which stay YAML; this file is
generated, so it takes the format that reads fast in little memory: a header line, one line
per article with its annotated sentences, then one line with the curated layer. At 10,000
articles YAML took 25 s and 1.6 GB to read back; see the README's benchmarks for this.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections import defaultdict
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from typing import Any

from knowledge import records
from knowledge.check import CheckFailed, check
from knowledge.model import Article, Curated, KnowledgeBase, Sentence
from knowledge.records import DataError, Fields

FORMAT = 5  # 5: an article's headings; 4: a date may span days of one month; 3: extracted records
_GENERATED = (
    "built by `briefbot kb build` from the seed articles and the curated layer in "
    "knowledge/curated/; edit those and rebuild, not this file"
)


def _line(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"


def chunks(kb: KnowledgeBase) -> Iterator[str]:
    """The KB as lines of JSON, one article at a time, so writing a large KB never holds the
    whole document in memory. The same KB always gives the same bytes."""
    by_source: dict[str, list[Sentence]] = defaultdict(list)
    for sentence in kb.sentences:
        by_source[sentence.source].append(sentence)
    as_of = kb.as_of.iso() if kb.as_of else None
    yield _line({"format": FORMAT, "as_of": as_of, "generated": _GENERATED})
    for article in kb.articles:
        yield _line({"article": records.dump_article(article, by_source[article.id])})
    c = kb.curated
    curated = {
        "people": [records.dump_person(p) for p in c.people],
        "entities": [records.dump_entity(e) for e in c.entities],
        "events": [records.dump_event(e) for e in c.events],
        "figures": [records.dump_figure(f) for f in c.figures],
        "claims": [records.dump_claim(cl) for cl in c.claims],
        "topics": [records.dump_topic(t) for t in c.topics],
        "extracted": sorted(kb.extracted),
        "reviewed": sorted(kb.reviewed),
    }
    yield _line({"curated": curated})


def dumps(kb: KnowledgeBase) -> str:
    return "".join(chunks(kb))


def write(kb: KnowledgeBase, path: Path) -> None:
    """Write via a temporary file and rename, so a reader never sees half a KB."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.writelines(chunks(kb))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def load(path: Path) -> KnowledgeBase:
    """Read a built KB; structural problems raise DataError naming the file and record."""
    try:
        with path.open(encoding="utf-8") as handle:
            return _read(path, handle)
    except OSError as exc:
        raise DataError(path, "file", f"cannot read: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise DataError(path, "file", "not UTF-8 text") from exc


def _read(path: Path, lines: Iterator[str]) -> KnowledgeBase:
    try:
        header = json.loads(next(lines, ""))
        found = header.get("format") if isinstance(header, dict) else None
    except json.JSONDecodeError:
        header, found = {}, None
    if found != FORMAT:  # an older KB (format 1 was YAML) or not a KB at all
        problem = f"not a KB file of format {FORMAT} (found {found!r}); rebuild it"
        raise DataError(path, "header", f"{problem} with `briefbot kb build`")
    articles: list[Article] = []
    sentences: list[Sentence] = []
    # one copy of each annotation tuple (("trade",), ("visas",)...) across all sentences, as
    # the builder keeps them, not one per sentence as JSON gives them
    shared: dict[tuple[str, ...], tuple[str, ...]] = {}
    curated: Curated | None = None
    extracted: frozenset[str] = frozenset()
    reviewed: frozenset[str] = frozenset()
    for number, line in enumerate(lines, start=2):
        if curated is not None:
            raise DataError(path, f"line {number}", "text after the curated layer")
        data = _record(path, number, line, "record")
        if "article" in data:
            entry = data["article"]
            name = entry.get("id") if isinstance(entry, dict) else None
            fields = Fields(entry, path, f"article {name or f'on line {number}'}")
            source = fields.text("id")
            articles.append(records.article(fields, source))
            read = partial(records.sentence, source_id=source, share=partial(_shared, shared))
            sentences.extend(fields.records("sentences", "sentence", read))
        elif "curated" in data:
            curated = _curated(path, data["curated"])
            fields = Fields(data["curated"], path, "curated")
            extracted = frozenset(fields.texts("extracted"))
            reviewed = frozenset(fields.texts("reviewed"))
        else:
            raise DataError(path, f"line {number}", "neither an article nor the curated layer")
    if curated is None:
        raise DataError(path, "file", "cut short: the curated layer is missing")
    as_of = header.get("as_of")
    kb = KnowledgeBase(tuple(articles), tuple(sentences), curated, extracted, reviewed)
    if (kb.as_of.iso() if kb.as_of else None) != as_of:
        raise DataError(path, "header", f"as_of {as_of!r} does not match the articles")
    return kb


def _record(path: Path, number: int, line: str, what: str) -> dict[str, Any]:
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        raise DataError(path, f"line {number}", f"{what} is not JSON: {exc.msg}") from None
    if not isinstance(data, dict):
        raise DataError(path, f"line {number}", f"{what} is not a JSON object")
    return data


def _curated(path: Path, data: object) -> Curated:
    return Curated(
        people=records.parse_list(data, path, "people", "person", records.person),
        entities=records.parse_list(data, path, "entities", "entity", records.entity),
        events=records.parse_list(data, path, "events", "event", records.event),
        figures=records.parse_list(data, path, "figures", "figure", records.figure),
        claims=records.parse_list(data, path, "claims", "claim", records.claim),
        topics=records.parse_list(data, path, "topics", "topic", records.topic),
    )


def check_file(path: Path) -> KnowledgeBase:
    """Load a built KB and check its quotes against the article text it carries."""
    kb = load(path)
    texts: dict[str, list[str]] = defaultdict(list)
    for sentence in kb.sentences:
        texts[sentence.source].append(sentence.text)
    joined = {a.id: " ".join([a.dateline or "", *a.headings, *texts[a.id]]) for a in kb.articles}
    problems = check(kb.curated, joined, lambda _: str(path))
    if problems:
        raise CheckFailed(problems)
    return kb


def _shared(
    seen: dict[tuple[str, ...], tuple[str, ...]], values: tuple[str, ...]
) -> tuple[str, ...]:
    return seen.setdefault(values, values)
