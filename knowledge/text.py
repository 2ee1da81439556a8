"""How questions and sentences are cut into words, the same way for indexing and asking."""

from __future__ import annotations

from collections.abc import Iterable

from rapidfuzz import utils

_STOPWORDS_TEXT = """
    a about above after again all also am an and any are as at be been being both but by can
    could did do does doing for from had has have having he her here him his how i if in into is
    it its me more most my no not now of on or our out over own she should so some such than that
    the their them then there these they this those through to too under until up very was we
    were what when where which while who whom why will with would you your s tell give show
    please know let like get
"""
STOPWORDS = frozenset(_STOPWORDS_TEXT.split())


def words(text: str) -> list[str]:
    """Lower-cased alphanumeric words (rapidfuzz's own cleaning), so both sides agree."""
    return utils.default_process(text).split()


def stem(word: str) -> str:
    """Fold plain plurals ("visits" -> "visit") and nothing more."""
    if len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def terms(text: str) -> list[str]:
    """Content words of a text, stemmed: what the search index holds."""
    return [stem(w) for w in words(text) if w not in STOPWORDS]


def first_named(text: str, names: Iterable[str]) -> int:
    """Where a text first gives any of these names, case aside (its length if nowhere):
    of two people a question names, the one named first is the doer."""
    folded = text.casefold()
    found = [i for name in names if (i := folded.find(name.casefold())) >= 0]
    return min(found, default=len(text))


# Curly quotes read as straight ones. A Python string holding one such character stores every
# character in two bytes, so at 10,000 articles half the sentences (those with an apostrophe)
# took twice the memory; the words are the same. Dashes stay: they mark clauses and spans.
_PLAIN = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2009": " ",
        "\u202f": " ",
    }
)


def plain(text: str) -> str:
    """``text`` with its curly quotation marks and apostrophes as straight ones."""
    return text.translate(_PLAIN)
