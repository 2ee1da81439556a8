"""The article folder: one ``<source id>.txt`` per article plus ``index.yaml`` of metadata.

An article missing from the index is still read, searched and cited (title from its first
words, no date): a new article must be usable with no hand work.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from knowledge import records
from knowledge.model import Article
from knowledge.records import DataError, Fields
from knowledge.text import plain

INDEX_NAME = "index.yaml"
MAX_ARTICLE_BYTES = 1_000_000  # a long feature is 100 kB; more is a dump, not an article
MIN_ARTICLE_LIMIT = 1000  # the smallest limit an operator may set: a short wire item
SOURCE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,99}")  # used with fullmatch: "$" lets "\n" by
_UNTITLED_WORDS = 10


@dataclass(frozen=True)
class SeedArticle:
    meta: Article
    text: str


def _size(count: int) -> str:
    return f"{count / 1e6:.1f} MB" if count >= 1_000_000 else f"{count / 1e3:.1f} kB"


def read_text(path: Path, max_bytes: int = MAX_ARTICLE_BYTES) -> str:
    """An article's text; a file past ``max_bytes`` is refused before it is read, so one
    dumped into the folder cannot take the memory of the bot that reloads it."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise DataError(path, "file", f"cannot read: {exc.strerror or exc}") from exc
    if size > max_bytes:
        problem = (
            f"too large for an article ({_size(size)}; the limit is {_size(max_bytes)}, "
            "BRIEFBOT_MAX_ARTICLE_BYTES)"
        )
        raise DataError(path, "file", problem)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise DataError(path, "file", "not UTF-8 text") from exc
    except OSError as exc:
        raise DataError(path, "file", f"cannot read: {exc.strerror or exc}") from exc
    if not text.strip():
        raise DataError(path, "file", "the article is empty")
    return plain(text)


def load_index(folder: Path) -> dict[str, Article]:
    path = folder / INDEX_NAME
    if not path.exists():
        return {}
    data = records.read_yaml(path)
    entries = Fields(data, path, "top level")._get("articles", dict, required=True)
    index = {}
    for source_id, entry in entries.items():
        if not SOURCE_ID.fullmatch(str(source_id)):
            raise DataError(path, f"article {source_id}", "not a valid source id")
        index[str(source_id)] = records.article(
            Fields(entry, path, f"article {source_id}"), str(source_id)
        )
    return index


def untitled(source_id: str, text: str) -> Article:
    """Metadata for an article nobody has indexed yet: honest about what is not known."""
    words = text.split()
    title = " ".join(words[:_UNTITLED_WORDS]) + (" …" if len(words) > _UNTITLED_WORDS else "")
    return Article(
        id=source_id,
        title=title,
        headline=False,
        publisher=None,
        author=None,
        published=None,
        basis=f"not in {INDEX_NAME}: date unknown",
        url=None,
    )


def load_seeds(folder: Path, max_bytes: int = MAX_ARTICLE_BYTES) -> tuple[SeedArticle, ...]:
    """Every article of ``folder`` with its metadata, in source-id order."""
    return tuple(iter_seeds(folder, max_bytes))


def iter_seeds(folder: Path, max_bytes: int = MAX_ARTICLE_BYTES) -> Iterator[SeedArticle]:
    """The articles of ``folder`` one at a time, so a build of thousands need not hold
    every raw text at once."""
    if not folder.is_dir():
        raise DataError(folder, "folder", "seeds folder not found")
    index = load_index(folder)
    files = {path.stem: path for path in sorted(folder.glob("*.txt"))}
    for source_id in index:
        if source_id not in files:
            raise DataError(
                folder / INDEX_NAME, f"article {source_id}", f"no file {source_id}.txt in folder"
            )
    if not files:
        raise DataError(folder, "folder", "no articles (*.txt) in the seeds folder")
    for source_id, path in files.items():
        if not SOURCE_ID.fullmatch(source_id):
            raise DataError(path, "file", "file name is not a valid source id")
        text = read_text(path, max_bytes)
        yield SeedArticle(index.get(source_id) or untitled(source_id, text), text)
