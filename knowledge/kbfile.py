"""The built KB as one YAML file: written atomically and deterministically, read back typed."""

from __future__ import annotations

import os
import tempfile
from collections import defaultdict
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import yaml

from knowledge import records
from knowledge.check import CheckFailed, check
from knowledge.model import Article, Curated, KnowledgeBase, Sentence
from knowledge.records import Fields

FORMAT = 1
_HEADER = (
    "# Knowledge base built by `briefbot kb build` from the seed articles and the curated\n"
    "# layer in knowledge/curated/. Generated: edit those and rebuild, not this file.\n"
)
_Dumper: type[yaml.SafeDumper] = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def _yaml(data: object, flow: bool | None = None) -> str:
    """YAML text; by default lists of names and tags go on one line."""
    text: str = yaml.dump(
        data,
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        width=100,
        default_flow_style=flow,
    )
    return text


def chunks(kb: KnowledgeBase) -> Iterator[str]:
    """The KB as YAML text, piece by piece: one article at a time, so writing a large KB
    never holds the whole document in memory. The same KB always gives the same bytes."""
    by_source: dict[str, list[Sentence]] = defaultdict(list)
    for sentence in kb.sentences:
        by_source[sentence.source].append(sentence)
    yield _HEADER
    yield _yaml({"format": FORMAT, "as_of": kb.as_of.iso() if kb.as_of else None}, flow=False)
    yield "articles:\n"
    for article in kb.articles:
        yield _yaml([records.dump_article(article, by_source[article.id])])
    c = kb.curated
    yield _yaml(
        {
            "people": [records.dump_person(p) for p in c.people],
            "entities": [records.dump_entity(e) for e in c.entities],
            "events": [records.dump_event(e) for e in c.events],
            "figures": [records.dump_figure(f) for f in c.figures],
            "claims": [records.dump_claim(cl) for cl in c.claims],
            "topics": [records.dump_topic(t) for t in c.topics],
        }
    )


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
    data = records.read_yaml(path)
    top = Fields(data, path, "top level")
    if top.data.get("format") != FORMAT:
        top.fail(f"not a KB file of format {FORMAT} (found {top.data.get('format')!r})")
    articles: list[Article] = []
    sentences: list[Sentence] = []
    for i, entry in enumerate(top._get("articles", list, required=True)):
        name = entry.get("id") if isinstance(entry, dict) else None
        fields = Fields(entry, path, f"article {name or f'#{i}'}")
        source = fields.text("id")
        articles.append(records.article(fields, source))
        sentences.extend(
            fields.records("sentences", "sentence", partial(records.sentence, source_id=source))
        )
    curated = Curated(
        people=records.parse_list(data, path, "people", "person", records.person),
        entities=records.parse_list(data, path, "entities", "entity", records.entity),
        events=records.parse_list(data, path, "events", "event", records.event),
        figures=records.parse_list(data, path, "figures", "figure", records.figure),
        claims=records.parse_list(data, path, "claims", "claim", records.claim),
        topics=records.parse_list(data, path, "topics", "topic", records.topic),
    )
    return KnowledgeBase(articles=tuple(articles), sentences=tuple(sentences), curated=curated)


def check_file(path: Path) -> KnowledgeBase:
    """Load a built KB and check its quotes against the article text it carries."""
    kb = load(path)
    texts: dict[str, list[str]] = defaultdict(list)
    for sentence in kb.sentences:
        texts[sentence.source].append(sentence.text)
    joined = {a.id: " ".join(texts[a.id]) for a in kb.articles}
    problems = check(kb.curated, joined, lambda _: str(path))
    if problems:
        raise CheckFailed(problems)
    return kb
