"""The automatic layer: every article split into citable sentences and annotated.

Nothing here is hand-written per article, so a new article becomes searchable and citable as
soon as its file is in the seeds folder. Names come from the curated layer (people,
organisations, places), topics from their keywords; money, counts and dates are found by
pattern.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator

from knowledge.model import Curated, Entity, Person, Sentence

_ABBREVIATIONS = {
    *("mr", "mrs", "ms", "dr", "prof", "st", "no", "gen", "lt", "col", "sr", "jr", "sen", "engr"),
    *("h.e", "e.g", "i.e", "u.s", "u.k", "u.n"),  # "H.E. Kassym-Jomart Tokayev"
}
# a month shortened before its day: "Since Sept. 1, Pakistani citizens ..." is one sentence
_MONTHS_SHORT = {
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
}
_LIST_MARK = re.compile(r"\(?(?:[ivx]{1,4}|[a-h]|\d{1,2})[.)]", re.IGNORECASE)  # "ii.", "(b)"
_SPLIT = re.compile(r"(?<=[.!?])[”\"’)]?\s+(?=[“\"(A-Z0-9])")
_URL_ONLY = re.compile(r"^(?:https?://\S+\s*)+$")
# where and when a story was filed, ahead of its first sentence: "KARACHI – ", "Islamabad : ",
# "ISLAMABAD, May 27 (Alliance News): ", a scraper's "date 2025-04-29 "; not what is reported
_DATELINE = re.compile(
    r"^(?:date\s+\d{4}-\d{2}-\d{2}\s+"
    r"|[A-Z]{3,}(?:\s+[A-Z]{3,})?(?:,\s*[A-Z][a-z]{2,}\.?\s+\d{1,2})?(?:\s*\([A-Z][\w .]*\))?"
    r"\s*[–—:-]\s+"
    r"|[A-Z][a-z]{3,}\s+[–—:]\s+)"
)
_BYLINE = re.compile(r"^By\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}$")
# The page's calls to its reader ("Subscribe to get the latest posts sent to your email."):
# a line of its own, asking for a click, a sign-up or a share, never a statement of news
_FURNITURE = re.compile(
    r"^(?:subscribe|sign up|follow us|share this|click here|read more|join our|download our"
    r"|like us|tap here|continue reading)\b[^.!?]{0,80}[.!?]?$",
    re.IGNORECASE,
)
_HEADLINE_WORDS = 25
_CROSSHEAD_WORDS = 12
_ITEM_START = re.compile(r"(?:[-\u2013\u2014\u2022*]|\(?(?:[ivx]{1,4}|[a-h]|\d{1,2})[.)])\s")
_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")  # "I.I.", "M.A.": a name's initials
_SENTENCE_END = (".", "!", "?", '"', "\u201d", "\u2019", "\u2026", ":")

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
_DATE = re.compile(
    rf"\b\d{{4}}-\d{{2}}-\d{{2}}\b"
    rf"|\b(?:\d{{1,2}}\s+)?(?:{_MONTHS})\.?(?:\s+\d{{1,2}}(?!\d))?(?:,?\s+(?:19|20)\d{{2}})?\b"
    rf"|\b(?:19|20)\d{{2}}\b(?![-,]\d)"
)
# words without which a sentence holds no count, no date: most sentences skip those scans
_DIGIT = re.compile(r"\d")
_MONTH_START = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")
# "$1.5 billion", "$1.5bn", "$250m", "Rs5bn": copy writes the scale spaced or attached
_SCALE = r"(?:\s*(?:hundred|thousand|million|billion|trillion|bn|mn|mln|bln)\b|(?:m|b|k)\b)"
_AMOUNT = rf"\d(?:[\d,]*\d)?(?:\.\d+)?{_SCALE}?"
MONEY = re.compile(
    rf"(?:(?:over|nearly|about|around|more than|some)\s+)?"
    # (a code starts a word: "covers 250,000 tons" holds no rupees)
    rf"(?:(?:\bUSD|\bUS\$|\$|\bPKR|\bRs\.?|\bKZT|\bEUR|€|\bCNY)\s?{_AMOUNT}"
    rf"|{_AMOUNT}\s+(?:(?:US\s+)?dollars|USD|rupees|tenge|euros|EUR|yuan))",
    re.IGNORECASE,
)
# a currency's sign or name, without which MONEY cannot match: a cheap look first
_CURRENCY = re.compile(r"[$\u20ac]|usd|pkr|\brs|kzt|eur|cny|dollar|rupee|tenge|yuan", re.I)
_NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|hundred"
_QUALIFIER = r"(?:over|nearly|about|around|almost|more than|some)"
# "the two countries", "both sides": how every article speaks, not a number it reports
_COUNTING = frozenset(_NUMBER_WORDS.split("|"))
_FRAME = "countries|sides|nations|leaders|governments|dignitaries|presidents|ministers"
# a share in words: "almost half of our government", "two-thirds of the cargo"
PROPORTION = re.compile(
    rf"\b(?:{_QUALIFIER}\s+)?(?:half|(?:a|one|two)[ -]thirds?|(?:a|one|three)[ -]quarters?"
    r"|the\s+(?:majority|bulk)|most)\s+of\b",
    re.IGNORECASE,
)
COUNT = re.compile(
    r"\b(?=[0-9ostfnheamOSTFNHEAM])"  # a cheap first look before the full pattern
    rf"(?:{_QUALIFIER}\s+)?"
    # not a year; a number word opening a sentence too ("Ten Pakistani agronomists")
    rf"(?!(?:19|20)\d{{2}}\b)(?:\d(?:[\d,]*\d)?(?:\.\d+)?|(?i:{_NUMBER_WORDS})){_SCALE}?"
    rf"\s+(?:[A-Z][a-z]+\s+)?"
    rf"(?!(?:and|or|of|the|to|in|on|at|by|for|from|with|{_QUALIFIER})\b)"
    rf"(?!(?:{_FRAME})\b)[a-z]{{3,}}\b"
)

# a span of time: "30-day visa", "within 24 hours", "13 days after", "the next five years";
# not "twice a week", which is how often
DURATION = re.compile(
    rf"\b(?:\d(?:[\d,]*\d)?|{_NUMBER_WORDS}|thirty|forty|sixty|ninety)[\s-](?:working[\s-])?"
    r"(?:day|week|month|year|hour|minute)s?\b",
    re.IGNORECASE,
)

# how often: "twice a week", "three flights a week", "a third weekly frequency", "every two years"
_ORDINALS = "first|second|third|fourth|fifth|sixth|seventh"
FREQUENCY = re.compile(
    rf"\b(?:once|twice|thrice|(?:\d(?:[\d,]*\d)?|{_NUMBER_WORDS})(?:\s+[a-z]+){{1,2}})"
    r"\s+(?:a|per|each|every)\s+"
    rf"(?:day|week|month|year)\b|\b(?:\d+|{_NUMBER_WORDS}|{_ORDINALS}|once|twice|thrice)\s+(?:\w+\s+)?"
    r"(?:daily|weekly|monthly)\b|\b(?:daily|weekly|monthly)\s+(?:flights?|services?|trains?)\b"
    rf"|\bevery\s+(?:(?:\d+|{_NUMBER_WORDS}|other)\s+)?(?:day|week|month|year)s?\b"
    r"|\b(?:annually|yearly|biennially)\b",
    re.IGNORECASE,
)
# the words that ask how often: "how many flights a week", "weekly"
RATE_WORDS = frozenset({"week", "weekly", "daily", "monthly", "frequency", "often"})


def _is_headline(line: str) -> bool:
    """A first line with no full stop: short, or Capitalised Like A Title however long."""
    if line.endswith(_SENTENCE_END):
        return False
    words = [w for w in line.split() if len(w) > 3]
    titled = sum(w[:1].isupper() for w in words) >= 0.7 * len(words)
    return len(line.split()) <= _HEADLINE_WORDS or titled


def _lines(text: str) -> Iterator[str]:
    """The article's lines that hold what it reports, whitespace tidied: not its headline,
    byline, link-only lines or the page's calls to subscribe and share."""
    opening = True
    for line in text.splitlines():
        line = " ".join(line.split())
        if not line or _URL_ONLY.match(line) or _BYLINE.match(line) or _FURNITURE.match(line):
            continue
        if opening and _is_headline(line):  # the title, shown as such, never as a statement
            opening = False
            continue
        opening = False
        if _is_crosshead(line):  # "Trade corridors, rail links ... in focus": a heading
            continue
        yield line


def _is_crosshead(line: str) -> bool:
    """A heading between paragraphs: a short line that ends no sentence, clause or list
    item and is no item of a list."""
    if line.endswith((*_SENTENCE_END, ";", ",")) or _ITEM_START.match(line):
        return False
    return len(line.split()) <= _CROSSHEAD_WORDS and line[:1].isupper()


def headings(text: str) -> tuple[str, ...]:
    """The headings between an article's paragraphs ("Discover more from Diplomacy Lens"):
    no statements, but a curated record may quote one."""
    lines = (" ".join(line.split()) for line in text.splitlines()[1:])
    return tuple(line for line in lines if line and _is_crosshead(line))


def dateline(text: str) -> str | None:
    """Where and when the story was filed, as its paragraphs open ("ISLAMABAD, May 27
    (Alliance News)"); two for a page that runs two stories."""
    found = [m.group(0).strip(" \u2013\u2014:-") for m in map(_DATELINE.match, _lines(text)) if m]
    return " / ".join(found) or None


def split_sentences(text: str) -> list[str]:
    """Sentences of an article, whitespace tidied; its headline, byline, dateline and
    link-only lines dropped."""
    sentences: list[str] = []
    for line in _lines(text):
        line = _DATELINE.sub("", line, count=1)
        start = 0
        for match in _SPLIT.finditer(line):
            before = line[start : match.start()].rsplit(None, 1)[-1].rstrip(".").lower()
            dated = before in _MONTHS_SHORT and line[match.end() : match.end() + 1].isdigit()
            # "on I.I. Chundrigar Road": initials before a name end no sentence
            initials = _INITIALS.fullmatch(line[start : match.start()].rsplit(None, 1)[-1])
            if (
                dated
                or before in _ABBREVIATIONS
                or initials
                or _LIST_MARK.fullmatch(line[start : match.end()].strip())
            ):
                continue  # "H.E. Tokayev"; "ii. Protocol on ..." is one item, not two
            sentences.append(line[start : match.start() + len(match.group(0).rstrip())].strip())
            start = match.end()
        sentences.append(line[start:].strip())
    return [s for s in sentences if s]


_WORD = re.compile(r"\w[\w'-]*\w|\w")


# not what an office is: "the Kazakh envoy" is an envoy, "Ambassador to Pakistan" one too
_NOT_OFFICE = frozenset({"the", "a", "an", "of", "to", "for", "and", "in", "mr", "ms", "dr"})
_SAME_OFFICE = {"envoy": "ambassador", "envoys": "ambassadors"}


def _words(text: str) -> list[str]:
    """Words with either dash made one and possessives dropped, so "Turghundi–Herat" is
    "Turghundi-Herat" and "Tokayev’s" is "Tokayev"."""
    text = text.replace("’", "'").replace("–", "-")
    words = _WORD.findall(text)
    if "'" not in text:  # most sentences: no possessive to drop
        return words
    return [w.removesuffix("'s").removesuffix("'S") for w in words]


class _Vocabulary:
    """Finds many phrases in one pass over a sentence's words, however many phrases there are.

    Phrases are indexed by their first word, so each word of a sentence costs one lookup.
    All-capital phrases (IT, NLC) match only in capitals, so "it" is not the IT sector.
    """

    def __init__(self, phrases: dict[str, tuple[str, ...]]) -> None:
        # first word -> (the phrase as " word word ", or "" for one word; its targets)
        Starts = dict[str, list[tuple[str, tuple[str, ...]]]]
        self.exact: Starts = {}
        self.folded: Starts = {}
        for phrase, targets in phrases.items():
            exact = phrase.isupper()
            key = _words(phrase if exact else phrase.casefold())
            if key:
                spaced = f" {' '.join(key)} " if len(key) > 1 else ""
                (self.exact if exact else self.folded).setdefault(key[0], []).append(
                    (spaced, targets)
                )

    def find(self, raw: list[str], folded: list[str]) -> tuple[str, ...]:
        """Targets of the phrases in a sentence, given its words as-is and case-folded."""
        found: set[str] = set()
        for starts, words in ((self.exact, raw), (self.folded, folded)):
            joined = ""  # the words as " word word ", built only if a phrase needs it
            for first in starts.keys() & words:  # most words start no phrase: skip them at once
                for spaced, targets in starts[first]:
                    if spaced:
                        joined = joined or f" {' '.join(words)} "
                        if spaced not in joined:
                            continue
                    found.update(targets)
        return tuple(sorted(found))


class Annotator:
    """Tags sentences with the curated names and topic keywords."""

    def __init__(self, curated: Curated, countries: Iterable[str] = ()) -> None:
        """``countries``: words naming a country ("Kazakh"), which no office is."""
        names: dict[str, tuple[str, ...]] = {}
        named: list[Person | Entity] = [*curated.people, *curated.entities]
        for record in named:
            for name in record.names:
                names[name] = (*names.get(name, ()), record.id)
        # "Kazakh envoy", an alias that is only an office: of whoever else holding that
        # office a sentence names ("Kazakhstan's Ambassador to Pakistan, Nurlan Temirbekov"),
        # once a successor is on record, not of the one the alias was written for
        not_office = _NOT_OFFICE | {w.casefold() for c in countries for w in _words(c)}

        def office(text: str) -> frozenset[str]:
            said = (w.casefold() for w in _words(text))
            return frozenset(_SAME_OFFICE.get(w, w) for w in said if w not in not_office)

        self.offices: dict[str, frozenset[str]] = {}  # person -> office words of his aliases
        self.held: dict[str, frozenset[str]] = {}  # person -> office words of his titles
        self.names_of: dict[str, frozenset[str]] = {}  # person -> words of his own name
        for person in curated.people:
            own = office(person.name)
            self.names_of[person.id] = own
            aliases = [office(a) for a in person.aliases]
            self.offices[person.id] = frozenset(w for a in aliases if own.isdisjoint(a) for w in a)
            self.held[person.id] = frozenset(w for r in person.roles for w in office(r.title))
        keywords: dict[str, tuple[str, ...]] = {}
        for topic in curated.topics:
            for keyword in (topic.name, *topic.keywords):
                keywords[keyword] = (*keywords.get(keyword, ()), topic.id)
        self.names = _Vocabulary(names)
        self.keywords = _Vocabulary(keywords)
        # Equal tuples and strings are kept once: at 10,000 articles most sentences share
        # their names, topics and dates with others, and each copy would cost memory.
        self._shared: dict[tuple[str, ...], tuple[str, ...]] = {}

    def _once(self, value: tuple[str, ...]) -> tuple[str, ...]:
        if not value:
            return ()
        shared = tuple(sys.intern(v) for v in value)
        return self._shared.setdefault(shared, shared)

    def sentence(self, source: str, number: int, text: str) -> Sentence:
        raw = _words(text)
        folded = [word.casefold() for word in raw]
        money: tuple[str, ...] = ()
        counts: tuple[str, ...] = ()
        digits = _DIGIT.search(text) is not None
        if digits or not _COUNTING.isdisjoint(folded):  # else no amount or count to look for
            money = (
                tuple(m.group(0) for m in MONEY.finditer(text)) if _CURRENCY.search(text) else ()
            )
            counts = tuple(
                c.group(0) for c in COUNT.finditer(text) if not any(c.group(0) in m for m in money)
            )
        dates: tuple[str, ...] = ()
        if digits or _MONTH_START.search(text):
            dates = tuple(dict.fromkeys(d.group(0) for d in _DATE.finditer(text)))
        # "the Uzbekistan-Afghanistan-Pakistan railway" names each country; "Nishan-e-Pakistan"
        # (a lower-case part) is one name
        parts = (
            [p for w in raw if "-" in w and w.istitle() for p in w.split("-")]
            if "-" in text
            else []
        )
        if parts:
            named = self.names.find([*raw, *parts], [*folded, *(p.casefold() for p in parts)])
        else:
            named = self.names.find(raw, folded)
        if len(named) > 1:
            named = self._not_another_holders(named, folded)
        return Sentence(
            source=source,
            number=number,
            text=text,
            mentions=self._once(named),
            topics=self._once(self.keywords.find(raw, folded)),
            money=self._once(money),
            counts=self._once(counts),
            dates=self._once(dates),
        )

    def _not_another_holders(self, named: tuple[str, ...], folded: list[str]) -> tuple[str, ...]:
        """Names found, less a person found only by an office alias when another person the
        sentence names holds that office."""
        said = set(folded)
        kept = []
        for ident in named:
            office = self.offices.get(ident)
            if office and (office & said) and not self._by_name(ident, said):
                others = (self.held.get(o, frozenset()) for o in named if o != ident)
                if any(office & held for held in others):
                    continue
            kept.append(ident)
        return tuple(kept)

    def _by_name(self, ident: str, said: set[str]) -> bool:
        return bool(self.names_of.get(ident, frozenset()) & said)

    def article(self, source: str, text: str) -> Iterator[Sentence]:
        for number, sentence in enumerate(split_sentences(text), start=1):
            yield self.sentence(source, number, sentence)

    def articles(self, texts: Iterable[tuple[str, str]]) -> Iterator[Sentence]:
        for source, text in texts:
            yield from self.article(source, text)
