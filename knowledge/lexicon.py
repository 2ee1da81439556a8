"""The question vocabulary of ``lexicon.yaml``, typed and checked at load.

Words are compared in one normal form on both sides, the question's and the articles':
lower case, the articles' spelling (``variants``), the base form of irregular words
(``lemmas``), then the Snowball stem, so "organization", "organisations" and "organised"
meet, and "travelled" finds "travel".
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import Stemmer

from knowledge import records
from knowledge.dates import MONTH_NAMES
from knowledge.records import DataError
from knowledge.text import words

LEXICON_FILE = Path(__file__).parent / "lexicon.yaml"
ANSWER_TYPES = (
    "compare",
    "how_many",
    "how_much",
    "when",
    "how_long",
    "where",
    "who",
    "why",
    "yesno",
    "list",
)
FOLLOW_UPS = (
    "more", "who_else", "said_by", "when", "where", "sources", "why", "how_long", "how_many",
    "how_much",
    "after", "before",
)  # fmt: skip

_STEMMER = Stemmer.Stemmer("english")
_STEMMED_TEXTS = 20_000


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    return str(_STEMMER.stemWord(word))


@dataclass(frozen=True)
class SmallTalk:
    kind: str
    phrases: frozenset[str]
    reply: str


@dataclass(frozen=True)
class Lexicon:
    variants: Mapping[tuple[str, ...], tuple[str, ...]]  # word sequences, as ``words`` cuts them
    lemmas: Mapping[str, str]
    synonyms: Mapping[str, frozenset[str]]  # a stem -> the stems that mean the same
    related: Mapping[str, frozenset[str]]  # a stem -> the other stems of its groups
    opposites: Mapping[str, frozenset[str]]  # a stem -> the stems that say its opposite
    soft: frozenset[str]  # stems
    answer_types: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]
    broad: tuple[tuple[str, ...], ...]
    follow_ups: Mapping[str, frozenset[str]]  # kind -> whole messages, as word strings
    small_talk: tuple[SmallTalk, ...]

    rank_words: frozenset[str]
    # answer-type phrases by their first word: (order, kind, phrase)
    type_phrases: Mapping[str, list[tuple[int, str, tuple[str, ...]]]]
    countries: Mapping[str, str]
    capitals: Mapping[str, str]  # a capital -> its country's word, for its government
    cities: frozenset[str]  # the words of ``countries`` that are cities
    tentative: frozenset[str]  # stems
    undecided: frozenset[str]  # stems of the tentative words that say nothing is decided
    # stems of deeds two do together: "Khan met Karabayev" is Karabayev meeting Khan too
    reciprocal: frozenset[str]
    reporting: frozenset[str]  # stems
    # stems of deeds that close a stage: "did X sign a deal with Y" is not yet, as of its
    # report, when all there is of them is talks
    concluding: frozenset[str]
    asks_title: frozenset[str]  # words, as asked
    any_cause: re.Pattern[str] | None = None  # words giving a reason: "why" prefers them
    asks_aim: frozenset[str] = frozenset()  # stems: "how much do they want" asks for a target
    asks_programme: frozenset[str] = frozenset()  # stems: "what's on his programme"
    measures: frozenset[str] = frozenset()  # words, as asked: "what was the trade volume"
    currencies: frozenset[str] = frozenset()  # words, as read: "in dollars" is no subject
    costs: frozenset[str] = frozenset()  # stems: "how much did it cost" asks an amount of money
    sizes: frozenset[str] = frozenset()  # stems: "how big is it" asks a measure, not its price
    asks_person: frozenset[str] = frozenset()  # stems: "which leaders" asks for people by name
    asks_body: frozenset[str] = frozenset()  # stems: "which companies" asks for bodies named
    asks_place: frozenset[str] = frozenset()  # stems: "which cities" asks for places named
    current: frozenset[str] = frozenset()  # words, as asked: how things stand now
    leads: frozenset[str] = frozenset()  # stems: "who runs Kazakhstan" asks for an office
    heads: frozenset[str] = frozenset()  # words of titles that head a body ("governor")
    leader_office: str = "president"  # that office
    # words, as asked, that ask about the articles themselves: who wrote one, which outlet
    asks_author: frozenset[str] = frozenset()
    asks_outlet: frozenset[str] = frozenset()
    article_words: frozenset[str] = frozenset()  # "article", "story": the thing written
    asks_published: frozenset[str] = frozenset()  # "published", "posted": when it came out
    reached: frozenset[str] = frozenset()  # words, as asked: "is the target met"
    # an opening that asks "yes or no" of what follows: "is it true that ...", "confirm ..."
    checking: re.Pattern[str] | None = None
    notations: tuple[tuple[re.Pattern[str], str], ...] = ()  # pattern -> the word it reads as
    # any of them, looked for once: most texts hold none, and 300,000 sentences are read
    any_notation: re.Pattern[str] | None = None
    # first words of the variants: any other word is taken as it is, at one look-up a word,
    # which is what indexing 300,000 sentences of a large KB needs
    variant_starts: frozenset[str] = frozenset()
    # a text's stems, remembered: an answer weighs the same statements' words many times
    _stemmed: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False, repr=False)

    def indexed(self, tokens: list[str], lemmas: bool = True) -> list[tuple[int, str]]:
        """Words in the articles' spelling (and base form), each with the position of the
        token it came from: "nishan e pakistan" -> nishan, i, pakistan, all from 0."""
        out: list[tuple[int, str]] = []
        i = 0
        while i < len(tokens):
            if tokens[i] not in self.variant_starts:
                word = tokens[i]
                out.append((i, self.lemmas.get(word, word) if lemmas else word))
                i += 1
                continue
            for size in (3, 2, 1):
                replaced = self.variants.get(tuple(tokens[i : i + size]))
                if replaced is not None:  # in base form too: "cheaper" -> "lower" -> "low"
                    out.extend((i, self.lemmas.get(w, w) if lemmas else w) for w in replaced)
                    i += size
                    break
            else:
                word = tokens[i]
                out.append((i, self.lemmas.get(word, word) if lemmas else word))
                i += 1
        return out

    def words(self, text: str) -> list[str]:
        """A text's words with its notations read as one word: "fiscal year 2024-25" and
        "FY25" are both "fy25", in articles and in questions alike."""
        return words(self.noted(text))

    def noted(self, text: str) -> str:
        """The text with its notations written as the words they read as ("IT" is
        information technology, not the pronoun a lower-cased look would find)."""
        if self.any_notation and self.any_notation.search(text):
            for pattern, word in self.notations:
                text = pattern.sub(word, text)
        return text

    def normal(self, tokens: list[str]) -> list[str]:
        """Words in the articles' spelling and base form (not yet stemmed)."""
        return [w for _, w in self.indexed(tokens)]

    def spelled(self, tokens: list[str]) -> list[str]:
        """Words in the articles' spelling only, as the name and keyword matcher reads them."""
        return [w for _, w in self.indexed(tokens, lemmas=False)]

    def stems(self, text: str) -> list[str]:
        """The normal form of every word of a text, stopwords included."""
        if (known := self._stemmed.get(text)) is None:
            if len(self._stemmed) >= _STEMMED_TEXTS:
                self._stemmed.clear()  # bounded: a large KB's index reads 300,000 texts
            known = self._stemmed[text] = tuple(stem(w) for w in self.normal(self.words(text)))
        return list(known)

    def countries_in(self, text: str) -> set[str]:
        """The countries a text names, by any form read here ("Pakistanis")."""
        found = (x for w in words(text.casefold()) for x in (w, stem(w)))
        return {self.countries[w] for w in found if w in self.countries}


def _phrase(text: str) -> tuple[str, ...]:
    return tuple(words(text))


def _strings(value: Any, path: Path, record: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise DataError(path, record, "must be a list of non-empty strings")
    return [str(v) for v in value]


def _mapping(value: Any, path: Path, record: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise DataError(path, record, "must be a mapping")
    return value


def _groups(data: Mapping[str, Any], path: Path, key: str) -> dict[str, frozenset[str]]:
    """Each stem of a list of word groups -> the other stems of its groups."""
    found: dict[str, set[str]] = {}
    for n, group in enumerate(data.get(key) or []):
        stems_ = {stem(w) for w in _strings(group, path, f"{key}[{n}]") for w in words(w)}
        for word in stems_:
            found.setdefault(word, set()).update(stems_ - {word})
    return {k: frozenset(v) for k, v in found.items()}


def load_lexicon(path: Path = LEXICON_FILE) -> Lexicon:
    data = _mapping(records.read_yaml(path), path, "top level")
    variants: dict[tuple[str, ...], tuple[str, ...]] = {}
    for spelling, meant in _mapping(data.get("variants", {}), path, "variants").items():
        key = _phrase(str(spelling)) or (str(spelling),)
        if not isinstance(meant, str) or not words(meant):
            raise DataError(path, f"variant {spelling!r}", "must map to a spelling")
        variants[key] = tuple(words(meant))
    lemmas = {str(k): str(v) for k, v in _mapping(data.get("lemmas", {}), path, "lemmas").items()}
    synonyms = _groups(data, path, "synonyms")
    related = _groups(data, path, "related")
    opposites = _groups(data, path, "opposites")
    soft = frozenset(stem(w) for w in _strings(data.get("soft") or [], path, "soft"))
    types = _mapping(data.get("answer_types"), path, "answer_types")
    unknown = set(types) - set(ANSWER_TYPES)
    if unknown or set(ANSWER_TYPES) - set(types):
        problem = f"must name exactly: {', '.join(ANSWER_TYPES)}"
        raise DataError(path, "answer_types", problem)
    answer_types = tuple(
        (kind, tuple(_phrase(p) for p in _strings(types[kind], path, f"answer_types.{kind}")))
        for kind in ANSWER_TYPES
    )
    follow = _mapping(data.get("follow_ups"), path, "follow_ups")
    if set(follow) != set(FOLLOW_UPS):
        raise DataError(path, "follow_ups", f"must name exactly: {', '.join(FOLLOW_UPS)}")
    follow_ups = {
        kind: frozenset(" ".join(words(p)) for p in _strings(v, path, f"follow_ups.{kind}"))
        for kind, v in follow.items()
    }
    talk = []
    for kind, entry in _mapping(data.get("small_talk"), path, "small_talk").items():
        fields = _mapping(entry, path, f"small_talk.{kind}")
        reply = fields.get("reply")
        if not isinstance(reply, str) or not reply.strip():
            raise DataError(path, f"small_talk.{kind}", "needs a reply")
        phrases = _strings(fields.get("phrases"), path, f"small_talk.{kind}.phrases")
        talk.append(SmallTalk(str(kind), frozenset(" ".join(words(p)) for p in phrases), reply))
    type_phrases: dict[str, list[tuple[int, str, tuple[str, ...]]]] = {}
    for order, (kind, kind_phrases) in enumerate(answer_types):
        for phrase_words in kind_phrases:
            if phrase_words:
                type_phrases.setdefault(phrase_words[0], []).append((order, kind, phrase_words))
    notations = []
    for pattern, word in _mapping(data.get("notations", {}), path, "notations").items():
        try:
            notations.append((re.compile(str(pattern), re.IGNORECASE), str(word)))
        except re.error as error:
            problem = f"is no regular expression: {error}"
            raise DataError(path, f"notation {pattern!r}", problem) from None
    any_notation = "|".join(f"(?:{pattern.pattern})" for pattern, _ in notations)
    return Lexicon(
        notations=tuple(notations),
        any_notation=re.compile(any_notation, re.IGNORECASE) if notations else None,
        type_phrases=type_phrases,
        variants=variants,
        variant_starts=frozenset(key[0] for key in variants),
        lemmas=lemmas,
        synonyms=synonyms,
        related=related,
        opposites=opposites,
        soft=soft,
        answer_types=answer_types,
        broad=tuple(_phrase(p) for p in _strings(data.get("broad"), path, "broad")),
        follow_ups=follow_ups,
        small_talk=tuple(talk),
        rank_words=frozenset(_strings(data.get("rank_words") or [], path, "rank_words")),
        countries={
            str(k): str(v)
            for part in ("countries", "cities")
            for k, v in _mapping(data.get(part, {}), path, part).items()
        },
        cities=frozenset(str(k) for k in _mapping(data.get("cities", {}), path, "cities")),
        capitals={
            str(k): str(v) for k, v in _mapping(data.get("capitals", {}), path, "capitals").items()
        },
        tentative=frozenset(
            stem(w) for w in _strings(data.get("tentative") or [], path, "tentative")
        ),
        reciprocal=frozenset(
            stem(w) for w in _strings(data.get("reciprocal") or [], path, "reciprocal")
        ),
        undecided=frozenset(
            stem(w) for w in _strings(data.get("undecided") or [], path, "undecided")
        ),
        reporting=frozenset(
            stem(w) for w in _strings(data.get("reporting") or [], path, "reporting")
        ),
        concluding=frozenset(
            stem(w) for w in _strings(data.get("concluding") or [], path, "concluding")
        ),
        asks_title=frozenset(_strings(data.get("asks_title") or [], path, "asks_title")),
        any_cause=re.compile(
            # "have since signed": a time, not a reason
            r"(?<!\bhave\s)(?<!\bhas\s)(?<!\bhad\s)(?<!\bever\s)\b(?:"
            + "|".join(map(re.escape, _strings(data.get("causes") or ["because"], path, "causes")))
            # "since 2021", "since March": a time, not a reason
            # "is due to be issued": a time too
            + r")\b(?!\s+(?:be\b|begin\b|start\b|open\b|\d|"
            + "|".join(MONTH_NAMES[1:])
            + r"))",
            re.IGNORECASE,
        ),
        asks_person=frozenset(
            stem(w) for w in _strings(data.get("asks_person") or [], path, "asks_person")
        ),
        measures=frozenset(_strings(data.get("measures") or [], path, "measures")),
        currencies=frozenset(_strings(data.get("currencies") or [], path, "currencies")),
        costs=frozenset(stem(w) for w in _strings(data.get("costs") or [], path, "costs")),
        sizes=frozenset(stem(w) for w in _strings(data.get("sizes") or [], path, "sizes")),
        asks_programme=frozenset(
            stem(w) for w in _strings(data.get("asks_programme") or [], path, "asks_programme")
        ),
        asks_aim=frozenset(
            stem(w) for w in _strings(data.get("asks_aim") or [], path, "asks_aim")
        ),
        asks_body=frozenset(
            stem(w) for w in _strings(data.get("asks_body") or [], path, "asks_body")
        ),
        asks_place=frozenset(
            stem(w) for w in _strings(data.get("asks_place") or [], path, "asks_place")
        ),
        current=frozenset(_strings(data.get("current") or [], path, "current")),
        leads=frozenset(stem(w) for w in _strings(data.get("leads") or [], path, "leads")),
        heads=frozenset(_strings(data.get("heads") or [], path, "heads")),
        leader_office=str(data.get("leader_office") or "president"),
        asks_author=frozenset(_strings(data.get("asks_author") or [], path, "asks_author")),
        asks_outlet=frozenset(_strings(data.get("asks_outlet") or [], path, "asks_outlet")),
        article_words=frozenset(_strings(data.get("article_words") or [], path, "article_words")),
        reached=frozenset(_strings(data.get("reached") or [], path, "reached")),
        asks_published=frozenset(
            _strings(data.get("asks_published") or [], path, "asks_published")
        ),
        checking=_opening(_strings(data.get("checking") or [], path, "checking")),
    )


def _opening(phrases: list[str]) -> re.Pattern[str] | None:
    """Any of the phrases at a text's start, its words apart by anything but a letter, with
    the "that" after it and the punctuation around it."""
    if not phrases:
        return None
    said = "|".join(r"\W+".join(map(re.escape, p.split())) for p in phrases)
    return re.compile(rf"^\W*(?:{said})(?:\W+that)?\b\W*", re.IGNORECASE)
