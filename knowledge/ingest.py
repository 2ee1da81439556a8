"""``briefbot ingest``: add one article to the seeds folder, all or nothing.

The bot loads whatever the folder holds, so an article goes in only once the index with its
entry reads back as written and the article builds with the curated layer and passes its
check. All of that is tried first in a staging folder; a failure changes nothing and says why.
"""

from __future__ import annotations

import datetime
import os
import re
import secrets
import shutil
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import yaml
from filelock import lock_descriptor, unlock_descriptor

from knowledge.build import build_from
from knowledge.curated import CURATED_DIR, load_curated
from knowledge.dates import PartialDate
from knowledge.model import Article, KnowledgeBase
from knowledge.overlap import folder_texts, repeated
from knowledge.records import DataError, dump_article
from knowledge.seeds import (
    INDEX_NAME,
    MAX_ARTICLE_BYTES,
    SOURCE_ID,
    SeedArticle,
    load_index,
    read_text,
    untitled,
)

DATED_BASIS = "dated by the ingesting operator (--date)"
UNDATED_BASIS = "date unknown: none given when the article was ingested"
_WEB_ADDRESS = re.compile(r"^https?://[^\s/?#]+\S*$")
WRITER_WAIT = 300.0  # seconds an ingest waits for another one to finish writing the folder
MAX_LINE_CHARS = 200  # a title or a publisher's name, as shown in a citation
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_DIRECTION = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")  # reorder a citation


def ingest(
    file: Path,
    seeds_dir: Path,
    *,
    title: str | None = None,
    publisher: str | None = None,
    date: str | None = None,
    url: str | None = None,
    today: datetime.date | None = None,
    max_bytes: int = MAX_ARTICLE_BYTES,
) -> tuple[Article, KnowledgeBase]:
    """Add ``file`` to ``seeds_dir`` as ``<stem>.txt`` with its metadata in the index.

    Returns the new article's metadata and the KB of it with the articles curated records
    quote: what the article adds. Raises DataError for a bad article, option or folder (a
    publication date after ``today``, a copy of an article already there) and CheckFailed
    when the KB with the article would fail its check; in every case the folder is left as
    it was.
    """
    source_id = file.stem
    if not SOURCE_ID.fullmatch(source_id):
        raise DataError(
            file, "file name", f"{source_id!r} is not a valid source id (letters, digits, _ . -)"
        )
    text = _article_text(file, max_bytes)
    article = _article(file, source_id, text, title, publisher, date, url)
    if today is not None and article.published and article.published.first_day > today:
        # it would stay invisible until then, and /about would claim a KB of that date
        problem = f"{article.published.iso()} is after today ({today.isoformat()})"
        raise DataError(file, "--date", problem)
    if not seeds_dir.is_dir():
        raise DataError(seeds_dir, "folder", "seeds folder not found")
    with _sole_writer(seeds_dir):
        index = load_index(seeds_dir)
        if source_id in index or (seeds_dir / f"{source_id}.txt").exists():
            raise DataError(file, f"article {source_id}", f"already in {seeds_dir}")
        if copy := repeated(text, folder_texts(seeds_dir)):
            raise DataError(file, "file", copy.describe())
        index_text = _appended(seeds_dir / INDEX_NAME, article)
        kb = _staged_build(seeds_dir, article, text, index_text, index)
        _place(seeds_dir, article, text, index_text)
    return article, kb


@contextmanager
def _sole_writer(seeds_dir: Path) -> Iterator[None]:
    """Two ingests at once would each append to the index as they read it, and one entry
    would be lost. The folder itself is locked (an OS lock, gone with its process, no file
    left behind), so the second waits its turn; past ``WRITER_WAIT`` it says so."""
    try:
        folder = os.open(seeds_dir, os.O_RDONLY)
    except OSError as exc:
        raise DataError(seeds_dir, "folder", f"cannot open: {exc.strerror or exc}") from exc
    try:
        deadline = time.monotonic() + WRITER_WAIT
        while not lock_descriptor(folder, blocking=False):
            if time.monotonic() > deadline:
                raise DataError(seeds_dir, "folder", "another ingest is still writing to it")
            time.sleep(0.05)
        try:
            yield
        finally:
            unlock_descriptor(folder)
    finally:
        os.close(folder)


def _article_text(file: Path, max_bytes: int) -> str:
    """The article as text, refused when it is too large to be one or is not text at all."""
    text = read_text(file, max_bytes)
    if _CONTROL.search(text):
        raise DataError(file, "file", "binary data, not text (control characters)")
    return text


def _one_line(file: Path, option: str, value: str | None) -> str | None:
    """An option shown in citations: one line, printable, of a sensible length."""
    if value is None:
        return None
    value = " ".join(value.split())
    if _CONTROL.search(value) or _DIRECTION.search(value):
        raise DataError(file, option, "contains control or direction characters")
    if len(value) > MAX_LINE_CHARS:
        raise DataError(file, option, f"longer than {MAX_LINE_CHARS} characters")
    return value


def _article(
    file: Path,
    source_id: str,
    text: str,
    title: str | None,
    publisher: str | None,
    date: str | None,
    url: str | None,
) -> Article:
    """The index entry for the new article, each option checked as the loader would."""
    published = None
    if date is not None:
        try:
            published = PartialDate.parse(date)
        except ValueError as exc:
            raise DataError(file, "--date", str(exc)) from None
    if url is not None and not _WEB_ADDRESS.match(url):
        raise DataError(file, "--url", f"{url!r} is not an http:// or https:// address")
    title = _one_line(file, "--title", title)  # one line, as a reader sees it in a citation
    if title is not None and not title:
        raise DataError(file, "--title", "the title is empty")
    publisher = _one_line(file, "--publisher", publisher)
    return Article(
        id=source_id,
        title=title or untitled(source_id, text).title,
        headline=title is not None,  # given by the operator: taken as the article's headline
        publisher=publisher or None,
        author=None,
        published=published,
        basis=DATED_BASIS if published is not None else UNDATED_BASIS,
        url=url,
    )


def _appended(index_path: Path, article: Article) -> str:
    """The index with ``article`` appended as text, so its comments and entries stay as written."""
    fields = {k: v for k, v in dump_article(article, ()).items() if k != "id"}
    entry = yaml.safe_dump({article.id: fields}, sort_keys=False, allow_unicode=True, width=95)
    indented = "".join(f"  {line}" for line in entry.splitlines(keepends=True))
    if not index_path.exists():
        return f"articles:\n{indented}"
    old = index_path.read_text(encoding="utf-8")
    return old + ("\n" if old.endswith("\n") else "\n\n") + indented


def _staged_build(
    seeds_dir: Path,
    article: Article,
    text: str,
    index_text: str,
    index: dict[str, Article],
) -> KnowledgeBase:
    """Try the article in a staging folder beside the seeds that is always removed."""
    try:
        with tempfile.TemporaryDirectory(
            prefix=f".{seeds_dir.name}.ingest-", dir=seeds_dir.parent, ignore_cleanup_errors=True
        ) as stage:
            return _build_in(Path(stage), seeds_dir, article, text, index_text, index)
    except OSError as exc:
        problem = f"cannot stage the new folder: {exc.strerror or exc}"
        raise DataError(seeds_dir.parent, "folder", problem) from exc


def _build_in(
    stage: Path,
    seeds_dir: Path,
    article: Article,
    text: str,
    index_text: str,
    index: dict[str, Article],
) -> KnowledgeBase:
    """The KB of the new article with the articles curated records quote, once the index
    with its entry appended is proved to read back as written. That is all a new article
    can break (its text, the index, a curated quote of it), and a folder of 10,000
    articles is not rebuilt for each one added: the bot rebuilds it when it reloads."""
    (stage / INDEX_NAME).write_bytes(index_text.encode("utf-8"))
    try:
        appended = load_index(stage)
    except DataError:
        appended = {}
    if appended != {**index, article.id: article}:
        raise DataError(
            seeds_dir / INDEX_NAME,
            "file",
            f"cannot append article {article.id}: 'articles:' must be the last block, "
            "written as one entry per indented key",
        )
    seeds = [SeedArticle(article, text)]
    for source in load_curated(CURATED_DIR).sources - {article.id}:
        path = seeds_dir / f"{source}.txt"
        if path.exists():  # else the check names the source no article holds
            quoted = read_text(path)
            seeds.append(SeedArticle(appended.get(source) or untitled(source, quoted), quoted))
    return build_from(sorted(seeds, key=lambda seed: seed.meta.id))


def _place(seeds_dir: Path, article: Article, text: str, index_text: str) -> None:
    """Article first, then index: a reader never sees an entry whose file is not there yet."""
    article_path = seeds_dir / f"{article.id}.txt"
    try:
        _replace(article_path, text.encode("utf-8"))
        try:
            _replace(seeds_dir / INDEX_NAME, index_text.encode("utf-8"))
        except BaseException:
            article_path.unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise DataError(seeds_dir, "folder", f"cannot write: {exc.strerror or exc}") from exc


def _replace(target: Path, data: bytes) -> None:
    """Write a temporary file beside ``target`` and rename it: the file is whole or absent."""
    temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    try:
        with temporary.open("xb") as handle:  # mode from the umask, like any new file
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if target.exists():
            shutil.copymode(target, temporary)
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
