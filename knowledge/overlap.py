"""Which article in the folder a new one repeats: the same text, or most of its sentences.

A copy under a new name would make every answer repeat its bullets with two citations, and
a syndicated story re-published with a new first line is the same report; ingest refuses
both and names the article already there. Sentences are compared as their words, so
whitespace, curly quotes and letter case do not hide a copy.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from knowledge.extract import split_sentences
from knowledge.text import words

REPEATED_SHARE = 0.6  # of the new article's sentences found in one older article
_MIN_WORDS = 6  # "He added:" or a byline is shared by many articles and proves nothing


@dataclass(frozen=True)
class Repeat:
    source: str
    shared: int  # sentences of the new article that the older one has
    total: int  # sentences of the new article, short ones aside

    def describe(self) -> str:
        if self.shared == self.total:
            return f"repeats article {self.source} (the same text)"
        return f"repeats article {self.source} ({self.shared} of {self.total} sentences)"


def fingerprints(text: str) -> set[str]:
    """Each sentence of at least a few words, as its lower-case words."""
    found = set()
    for sentence in split_sentences(text):
        said = words(sentence)
        if len(said) >= _MIN_WORDS:
            found.add(" ".join(said))
    return found


def repeated(text: str, others: Iterable[tuple[str, str]]) -> Repeat | None:
    """The (source id, text) among ``others`` that ``text`` repeats most, if it does. A
    sentence is found in an older article when its words run there in the same order: one
    pass over each older text, stopped once too many sentences are missing, keeps a check
    against 10,000 articles to a second or two."""
    new = fingerprints(text)
    if not new:
        return None
    needed = math.ceil(REPEATED_SHARE * len(new))
    best: Repeat | None = None
    for source, other in others:
        said = f" {' '.join(words(other))} "
        shared = missing = 0
        for sentence in new:
            if f" {sentence} " in said:
                shared += 1
            else:
                missing += 1
                if len(new) - missing < max(needed, best.shared if best else 0):
                    break
        else:
            if best is None or shared > best.shared:
                best = Repeat(source, shared, len(new))
    return best


def folder_texts(folder: Path) -> Iterable[tuple[str, str]]:
    """(source id, text) of every article in a seeds folder; unreadable ones are skipped
    here, since the build that follows names them properly."""
    for path in sorted(folder.glob("*.txt")):
        try:
            yield path.stem, path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
