"""The automatic layer: every article split into citable sentences and annotated.

Nothing here is hand-written per article, so a new article becomes searchable and citable as
soon as its file is in the seeds folder. Names come from the curated layer (people,
organisations, places), topics from their keywords; money, counts and dates are found by
pattern.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from knowledge.model import Curated, Entity, Person, Sentence

_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "prof", "st", "no", "gen", "lt", "col", "sr", "jr"}
_SPLIT = re.compile(r"(?<=[.!?])[”\"’)]?\s+(?=[“\"(A-Z0-9])")
_URL_ONLY = re.compile(r"^(?:https?://\S+\s*)+$")

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
_DATE = re.compile(
    rf"\b\d{{4}}-\d{{2}}-\d{{2}}\b"
    rf"|\b(?:\d{{1,2}}\s+)?(?:{_MONTHS})\.?(?:\s+\d{{1,2}}(?!\d))?(?:,?\s+(?:19|20)\d{{2}})?\b"
    rf"|\b(?:19|20)\d{{2}}\b(?![-,]\d)"
)
_SCALE = r"(?:\s+(?:thousand|million|billion|trillion|bn|mn))"
_AMOUNT = rf"\d[\d,]*(?:\.\d+)?{_SCALE}?"
_MONEY = re.compile(
    rf"(?:(?:over|nearly|about|around|more than|some)\s+)?"
    rf"(?:(?:USD|US\$|\$|PKR|Rs\.?|KZT)\s?{_AMOUNT}|{_AMOUNT}\s+(?:dollars|USD|rupees|tenge))",
    re.IGNORECASE,
)
_NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|hundred"
_QUALIFIER = r"(?:over|nearly|about|around|almost|more than|some)"
_COUNT = re.compile(
    rf"\b(?:{_QUALIFIER}\s+)?"
    rf"(?!(?:19|20)\d{{2}}\b)(?:\d[\d,]*(?:\.\d+)?|{_NUMBER_WORDS}){_SCALE}?"  # not a year
    rf"\s+(?:[A-Z][a-z]+\s+)?"
    rf"(?!(?:and|or|of|the|to|in|on|at|by|for|from|with|{_QUALIFIER})\b)[a-z]{{3,}}\b"
)


def split_sentences(text: str) -> list[str]:
    """Sentences of an article, whitespace tidied, link-only lines dropped."""
    sentences: list[str] = []
    for line in text.splitlines():
        line = " ".join(line.split())
        if not line or _URL_ONLY.match(line):
            continue
        start = 0
        for match in _SPLIT.finditer(line):
            before = line[start : match.start()].rsplit(None, 1)[-1].rstrip(".").lower()
            if before in _ABBREVIATIONS:
                continue
            sentences.append(line[start : match.start() + len(match.group(0).rstrip())].strip())
            start = match.end()
        sentences.append(line[start:].strip())
    return [s for s in sentences if s]


_VARIANTS = {"'": "['’]", "’": "['’]", "-": "[-–]", "–": "[-–]"}


def _pattern(phrase: str) -> str:
    """A phrase as a regex that accepts either apostrophe and either dash."""
    return "".join(_VARIANTS.get(char) or re.escape(char) for char in phrase)


def _key(phrase: str) -> str:
    return " ".join(phrase.replace("’", "'").replace("–", "-").casefold().split())


class _Vocabulary:
    """One alternation regex for many phrases: a single pass per sentence, however many.

    All-capital phrases (IT, NLC) match only in capitals, so "it" is not the IT sector.
    """

    def __init__(self, phrases: dict[str, tuple[str, ...]]) -> None:
        self.targets: dict[str, tuple[str, ...]] = {}
        exact: list[str] = []
        folded: list[str] = []
        for phrase, targets in phrases.items():
            self.targets[_key(phrase)] = tuple(
                dict.fromkeys(self.targets.get(_key(phrase), ()) + targets)
            )
            (exact if phrase.isupper() else folded).append(phrase)
        self.regexes = []
        for words, flags in ((exact, 0), (folded, re.IGNORECASE)):
            if words:
                longest_first = sorted(words, key=len, reverse=True)
                alternation = "|".join(_pattern(word) for word in longest_first)
                self.regexes.append(re.compile(rf"\b(?:{alternation})\b", flags))

    def find(self, text: str) -> tuple[str, ...]:
        found: dict[str, None] = {}
        for regex in self.regexes:
            for match in regex.finditer(text):
                found.update(dict.fromkeys(self.targets[_key(match.group(0))]))
        return tuple(sorted(found))


class Annotator:
    """Tags sentences with the curated names and topic keywords."""

    def __init__(self, curated: Curated) -> None:
        names: dict[str, tuple[str, ...]] = {}
        named: list[Person | Entity] = [*curated.people, *curated.entities]
        for record in named:
            for name in record.names:
                names[name] = (*names.get(name, ()), record.id)
        keywords: dict[str, tuple[str, ...]] = {}
        for topic in curated.topics:
            for keyword in (topic.name, *topic.keywords):
                keywords[keyword] = (*keywords.get(keyword, ()), topic.id)
        self.names = _Vocabulary(names)
        self.keywords = _Vocabulary(keywords)

    def sentence(self, source: str, number: int, text: str) -> Sentence:
        money = tuple(m.group(0) for m in _MONEY.finditer(text))
        counts = tuple(
            c.group(0) for c in _COUNT.finditer(text) if not any(c.group(0) in m for m in money)
        )
        return Sentence(
            source=source,
            number=number,
            text=text,
            mentions=self.names.find(text),
            topics=self.keywords.find(text),
            money=money,
            counts=counts,
            dates=tuple(dict.fromkeys(d.group(0) for d in _DATE.finditer(text))),
        )

    def article(self, source: str, text: str) -> Iterator[Sentence]:
        for number, sentence in enumerate(split_sentences(text), start=1):
            yield self.sentence(source, number, sentence)

    def articles(self, texts: Iterable[tuple[str, str]]) -> Iterator[Sentence]:
        for source, text in texts:
            yield from self.article(source, text)
