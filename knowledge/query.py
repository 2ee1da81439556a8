"""From a message to a ``Query``: what kind of answer is wanted, about whom, when, and which
words the answer has to hold.

Building a Query looks only at names and words (the lexicon, the curated names, the
articles' vocabulary), never at facts, so it is cheap and can be tested on its own:
"what did Kistafin say about the railway in May 2025" -> type what, focus Kistafin,
period May 2025, terms {railway} (and "say", a soft term).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date

from rapidfuzz import fuzz, process

from knowledge.dates import PartialDate
from knowledge.lexicon import Lexicon, stem
from knowledge.matching import GENERIC, Match, Matcher
from knowledge.text import STOPWORDS, words

MAX_QUESTION_CHARS = 400
_TAGS = re.compile(r"<[^>]{0,200}>|[*_`~]{1,3}|\\[*_`~]")
_INVISIBLE = re.compile(r"[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_MONTHS = {m.lower(): n for n, m in enumerate(calendar.month_name) if m} | {
    m.lower(): n for n, m in enumerate(calendar.month_abbr) if m
}
_RELATIVE_PERIODS = {
    ("last", "year"): (-1, None),
    ("this", "year"): (0, None),
    ("next", "year"): (1, None),
    ("last", "month"): (None, -1),
    ("this", "month"): (None, 0),
    ("next", "month"): (None, 1),
}
_SPELL_CUTOFF = 84


@dataclass(frozen=True)
class Term:
    """A word the answer should hold, with the related words that count for it."""

    word: str  # as asked, for messages
    stems: tuple[str, ...]  # its stem first, then related stems
    soft: bool = False


@dataclass(frozen=True)
class Query:
    text: str  # the question, cleaned
    answer_type: str  # one of lexicon.ANSWER_TYPES, or "what"
    intent: str | None  # the card whose keywords cover the question, if any
    people: tuple[str, ...] = ()
    entities: tuple[str, ...] = ()
    events: tuple[str, ...] = ()  # from the previous answer, for "who else was there"
    period: PartialDate | None = None
    terms: tuple[Term, ...] = ()
    unknown: tuple[str, ...] = ()  # words or names asked about that the KB never uses
    broad: bool = False  # asks for the general picture: a card answers it
    match: Match = field(default_factory=lambda: Match(None, 0.0))

    @property
    def focus(self) -> tuple[str, ...]:
        return (*self.people, *self.entities)

    @property
    def core(self) -> tuple[Term, ...]:
        return tuple(t for t in self.terms if not t.soft)


def clean(text: str) -> str:
    """Markup, control and direction marks out; a long paste cut to the question it ends in."""
    text = _INVISIBLE.sub(" ", _TAGS.sub(" ", text))
    text = " ".join(text.split())
    if len(text) > MAX_QUESTION_CHARS:
        sentences = _SENTENCE_END.split(text)
        asked = [s for s in sentences if s.endswith("?") and len(s) <= MAX_QUESTION_CHARS]
        text = asked[-1] if asked else text[-MAX_QUESTION_CHARS:]
    return text


def tokens_of(text: str) -> list[str]:
    return [w for w in words(text) if w != "s"][:40]


def _find(tokens: list[str], phrase: tuple[str, ...]) -> int:
    """Where a phrase starts in the tokens, or -1."""
    size = len(phrase)
    for start in range(len(tokens) - size + 1):
        if tuple(tokens[start : start + size]) == phrase:
            return start
    return -1


def answer_type(tokens: list[str], lexicon: Lexicon) -> tuple[str, set[int]]:
    """The kind of answer asked for, and the positions of the words that said so."""
    for kind, phrases in lexicon.answer_types:
        for phrase in phrases:
            start = _find(tokens, phrase)
            if start < 0 or (kind == "yesno" and start != 0):
                continue
            if kind == "yesno" and tokens[1:2] in (["there"], ["anything"]) and len(tokens) < 3:
                continue
            return kind, set(range(start, start + len(phrase)))
    return "what", set()


def period(tokens: list[str], today: date) -> tuple[PartialDate | None, set[int]]:
    """A month and year, a year, or last/this/next month or year; and where it was said."""
    for i, word in enumerate(tokens):
        pair = tuple(tokens[i : i + 2])
        if pair in _RELATIVE_PERIODS:
            years, months = _RELATIVE_PERIODS[pair]  # type: ignore[index]
            if months is None:
                return PartialDate(today.year + (years or 0)), {i, i + 1}
            month = today.month - 1 + months
            return PartialDate(today.year + month // 12, month % 12 + 1), {i, i + 1}
        if word in _MONTHS and len(word) > 2 and (word != "may" or _year_at(tokens, i + 1)):
            year = _year_at(tokens, i + 1)
            used = {i, i + 1} if year else {i}
            if year is None:
                year = today.year if _MONTHS[word] <= today.month else today.year - 1
            return PartialDate(year, _MONTHS[word]), used
        if re.fullmatch(r"(19|20)\d\d", word):
            return PartialDate(int(word)), {i}
    return None, set()


def _year_at(tokens: list[str], i: int) -> int | None:
    if i < len(tokens) and re.fullmatch(r"(19|20)\d\d", tokens[i]):
        return int(tokens[i])
    return None


class Analyser:
    """Holds what analysis needs from the KB: its names (through the Matcher) and the
    stems its texts use, so a word nobody wrote about is known to be unknown."""

    def __init__(
        self,
        lexicon: Lexicon,
        matcher: Matcher,
        vocabulary: Callable[[str], bool],
        surface: Iterable[str],
    ) -> None:
        self.lexicon = lexicon
        self.matcher = matcher
        self.known = vocabulary  # is this stem in any text of the KB?
        self.surface = sorted({w for w in surface if len(w) >= 5})
        self.broad = lexicon.broad

    def small_talk(self, text: str) -> str | None:
        """The reply to a greeting, thanks, ok, bye or an emoji; None for a question."""
        said = " ".join(words(text))
        if not said:
            return self.lexicon.small_talk[0].reply if text.strip() else None
        for talk in self.lexicon.small_talk:
            if said in talk.phrases:
                return talk.reply
        return None

    def without_greeting(self, tokens: list[str]) -> list[str]:
        """ "hi, who is Kistafin" is the question "who is Kistafin"."""
        for size in (3, 2, 1):
            head = " ".join(tokens[:size])
            if size < len(tokens) and any(
                head in t.phrases for t in self.lexicon.small_talk if t.kind != "ack"
            ):
                return tokens[size:]
        return tokens

    def follow_up(self, text: str) -> str | None:
        said = " ".join(words(text))
        for kind, phrases in self.lexicon.follow_ups.items():
            if said in phrases:
                return kind
        return None

    def _spell(self, word: str) -> str:
        """A misspelt word onto a word of the articles ("agrement" -> "agreement")."""
        if len(word) < 5 or not self.surface:
            return word
        found = process.extractOne(
            word, self.surface, scorer=fuzz.ratio, score_cutoff=_SPELL_CUTOFF
        )
        return found[0] if found and found[0][0] == word[0] else word

    def analyse(self, text: str, today: date) -> Query:
        text = clean(text)
        tokens = self.without_greeting(tokens_of(text))
        match = self.matcher.match(" ".join(tokens))
        kind, type_words = answer_type(tokens, self.lexicon)
        when, period_words = period(tokens, today)
        broad_words: set[int] = set()
        for phrase in self.broad:
            start = _find(tokens, phrase)
            if start >= 0:
                broad_words = set(range(start, start + len(phrase)))
                break
        taken = type_words | period_words | broad_words | set(match.named)
        terms: list[Term] = []
        unknown: list[str] = []
        leftover = False
        normal = self.lexicon.normal
        for i, token in enumerate(tokens):
            if i in taken or token in STOPWORDS:
                continue
            for word in normal([token]):
                if word in STOPWORDS:
                    continue
                base = stem(word)
                soft = base in self.lexicon.soft or word in GENERIC
                if not soft and not self.known(base):
                    fixed = self._spell(word)
                    if fixed != word:
                        word, base = fixed, stem(normal([fixed])[-1])
                related = tuple(r for r in self.lexicon.related.get(base, ()) if self.known(r))
                if not soft and not self.known(base) and not related:
                    unknown.append(token)
                    continue
                terms.append(Term(token, (base, *related), soft))
                if not soft and i not in match.keywords:
                    leftover = True
        unknown_names = self._unknown_names(text, match)
        people = tuple(p for p in match.people if p not in unknown_names.values())
        broad = (
            not leftover
            and not unknown
            and (kind in ("what", "list", "who") or (kind == "when" and match.intent in _TEMPORAL))
        )
        return Query(
            text=text,
            answer_type=kind,
            intent=match.intent,
            people=people,
            entities=match.entities,
            period=when,
            terms=tuple(terms),
            unknown=(*unknown_names, *unknown),
            broad=broad,
            match=match,
        )

    def _unknown_names(self, text: str, match: Match) -> dict[str, str]:
        """ "Nurlan Kistafin" is not Yerzhan Kistafin: a capitalised word the KB never uses,
        right before a matched name, makes the whole a name the KB does not know."""
        found: dict[str, str] = {}
        for span, person in match.name_spans:
            pattern = re.compile(r"\b([A-Z][a-z]+)\s+" + r"\s+".join(map(re.escape, span)), re.I)
            for hit in pattern.finditer(text):
                first = hit.group(1)
                known = self.known(stem(first.lower())) or first.lower() in STOPWORDS
                if first[0].isupper() and not known:
                    found[f"{first} {' '.join(w.capitalize() for w in span)}"] = person
        return found


_TEMPORAL = {"upcoming", "recent", "visits", "timeline"}


def leans_on(query: Query) -> bool:
    """Says nothing of its own subject: no names, no words beyond the question's frame."""
    return not query.focus and not query.core and not query.unknown


__all__ = ["Analyser", "Query", "Term", "clean", "leans_on", "stem"]
