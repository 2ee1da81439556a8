"""From a message to a ``Query``: what kind of answer is wanted, about whom, when, and which
words the answer has to hold.

Building a Query looks only at names and words (the lexicon, the curated names, the
articles' vocabulary), never at facts, so it is cheap and can be tested on its own:
"what did Kistafin say about the railway in May 2025" -> type what, focus Kistafin,
period May 2025, terms {railway} (and "say", a soft term).
"""

from __future__ import annotations

import calendar
import itertools
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from itertools import pairwise

from rapidfuzz import fuzz, process

from knowledge.dates import MONTH_NAMES, PartialDate
from knowledge.extraction import counts, ordinal_word
from knowledge.lexicon import Lexicon, stem
from knowledge.matching import GENERIC, Match, Matcher
from knowledge.text import STOPWORDS, words

MAX_QUESTION_CHARS = 400
_TAGS = re.compile(r"<[^>]{0,200}>|[*_`~]{1,3}|\\[*_`~]")
_INVISIBLE = re.compile(r"[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
# a quoted passage's last sentence closed, and the reader's own question after it
_AFTER_QUOTE = re.compile(r"[.!?][\"\u201d\u2019']\s+(?=[A-Z])")
_MONTHS = (
    {m.lower(): n for n, m in enumerate(MONTH_NAMES) if m}
    | {m.lower(): n for n, m in enumerate(calendar.month_abbr) if m}
    | {"sept": 9}
)  # as copy and readers abbreviate it
_RELATIVE_PERIODS = {
    ("last", "year"): (-1, None),
    ("this", "year"): (0, None),
    ("next", "year"): (1, None),
    ("last", "month"): (None, -1),
    ("this", "month"): (None, 0),
    ("next", "month"): (None, 1),
}
_SPELL_CUTOFF = 84
_SPELT_MEMO = 20_000  # misspelt words remembered
_WORD = re.compile(r"\b[A-Za-z]{3,}\b")
_BEGINNING = frozenset({"start", "begin", "began", "begun", "launch", "establish", "commenc"})
# a year put as a bound to be checked: "did relations begin after 2000?"
YEAR_SPAN = re.compile(r"\b(?P<side>after|before|prior\s+to)\s+(?P<year>(?:19|20)\d\d)\b", re.I)
_SPANS = {
    "since",
    "after",
    "before",
    "prior",
    "post",
    "onwards",
    "onward",
    "to",
}  # "dates ties to 1992"


@dataclass(frozen=True)
class Term:
    """A word the answer should hold, with the words that count for it."""

    word: str  # as asked, for messages
    stems: tuple[str, ...]  # its stem first, then its synonyms': they count as the word
    soft: bool = False
    related: tuple[str, ...] = ()  # stems of related words: they count for less
    month: int | None = None  # "in april", no year: what is dated that month holds it too
    used: bool = True  # some article uses the word itself (or a synonym), not only related ones
    # stems of its opposite, and the opposite's related words ("unstable": "stabilised"):
    # among the related ones, but a statement holding them says the opposite of the word
    opposite: tuple[str, ...] = ()

    @property
    def every(self) -> tuple[str, ...]:
        return (*self.stems, *self.related)


@dataclass(frozen=True)
class Query:
    text: str  # the question, cleaned
    answer_type: str  # one of lexicon.ANSWER_TYPES, or "what"
    intent: str | None  # the card whose keywords cover the question, if any
    people: tuple[str, ...] = ()
    entities: tuple[str, ...] = ()
    events: tuple[str, ...] = ()  # from the previous answer, for "who else was there"
    period: PartialDate | None = None
    relative: bool = False  # "last year": the reader's, not the article's, so no filter
    terms: tuple[Term, ...] = ()
    unknown: tuple[str, ...] = ()  # words or names asked about that the KB never uses
    unknown_names: tuple[str, ...] = ()  # "Nurlan Kistafin": a name the KB does not know
    broad: bool = False  # asks for the general picture: a card answers it
    role: bool = False  # asks who holds an office ("who is Pakistan's commerce minister")
    office: tuple[str, ...] = ()  # that office's words, where the question words it otherwise
    # "how many Kazakh students": what the number must count, and whose
    measured: Term | None = None
    measured_country: str | None = None
    ahead: bool = False  # asks what is still to come: "when is the next session"
    current: bool = False  # asks how things stand now: "when did it actually start"
    head: str | None = None  # the word right after the question's opening: "the *fare*"
    # "who's the Pakistani minister the envoy went to see": that office, its holder asked for
    # by what he did or had done to him
    described: tuple[str, ...] = ()
    # "was it Pakistan's ambassador to Kazakhstan who briefed the press": an office named
    # that no one on record holds
    unheld: tuple[str, ...] = ()
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
    pasted = list(_AFTER_QUOTE.finditer(text))
    if pasted and text.endswith("?"):  # 'Saw this: "Leader arrives ... him." Were the ...?'
        text = text[pasted[-1].end() :]
    if len(text) > MAX_QUESTION_CHARS:
        sentences = _SENTENCE_END.split(text)
        asked = [s for s in sentences if s.endswith("?") and len(s) <= MAX_QUESTION_CHARS]
        text = asked[-1] if asked else text[-MAX_QUESTION_CHARS:]
    return text


def tokens_of(text: str, lexicon: Lexicon) -> list[str]:
    return [w for w in lexicon.words(text) if w != "s"][:40]


_INDEFINITE = frozenset({"a", "an", "any", "another", "some"})
# after "who is": a deed to come ("who is going to", "who is expected to"), not an identity
DOING_NEXT = ("to", "expected", "set", "due", "slated", "scheduled", "likely", "about")


def _find(tokens: list[str], phrase: tuple[str, ...]) -> int:
    """Where a phrase starts in the tokens, or -1."""
    size = len(phrase)
    for start in range(len(tokens) - size + 1):
        if tuple(tokens[start : start + size]) == phrase:
            return start
    return -1


def _phrases(
    tokens: list[str], starting: Mapping[str, list[tuple[int, str, tuple[str, ...]]]]
) -> list[tuple[int, int, str, int]]:
    """(start, order, kind, length) of every listed phrase in the tokens: one dictionary
    look-up a word, however many phrases there are."""
    found = []
    for start, word in enumerate(tokens):
        for order, kind, phrase in starting.get(word, ()):
            if tuple(tokens[start : start + len(phrase)]) == phrase:
                found.append((start, order, kind, len(phrase)))
    return found


_MONEY = frozenset({"money", "cash", "funding", "funds"})  # "how much money": an amount


def answer_type(tokens: list[str], lexicon: Lexicon) -> tuple[str, set[int]]:
    """The kind of answer asked for, and the positions of the words that said so.

    A comparison wins wherever it is asked; otherwise the earliest question phrase ("who
    attended when they met" asks who); who, when, where and why count only near the start,
    where a question word stands, and a yes/no auxiliary only first."""
    found = every = _phrases(tokens, lexicon.type_phrases)
    hurried = tokens[:1] not in (["what"], ["which"], ["how"], ["whats"])
    compare = [f for f in found if f[2] == "compare"]
    if tokens[:1] == ["why"]:
        compare = []  # "why did the flight start a week later than planned": the reason
    elif compare or ({"or", "than"} & set(tokens) and _ORDERING.intersection(tokens)):
        # "was the target bigger than ...", "who came first, A or B": the frame, not terms
        frame = {i for i, w in enumerate(tokens) if w in _ORDERING or w in ("or", "than")}
        for start, _, _, size in compare:
            frame.update(range(start, start + size))
        return "compare", frame
    found = [
        f
        for f in found
        # "so does the gas come by train?": a word linking it to what came before, then
        # the auxiliary
        if not (f[2] == "yesno" and f[0] != (tokens[0] in _LINKING))
        # "who", "when" open a question, or end one typed in a hurry ("deal signed when?"),
        # not one that opened with another ("what award is he giving and to whom"); a phrase
        # of several words asks it anywhere ("what is the name of the envoy")
        and not (
            f[2] in _OPENING
            and f[3] == 1
            # "what happened when he visited": a clause after a question opened otherwise,
            # on a verb of its own
            and (f[0] > 2 or (f[0] == 2 and not hurried and bool(_PAST.fullmatch(tokens[1]))))
            and not (f[0] + f[3] == len(tokens) and hurried)
        )
    ]
    if not found:
        return "what", set()
    worth = [f for f in found if f[2] == "how_much" and tokens[f[0]] == "worth"]
    if worth and tokens[:1] in (["what"], ["whats"]):
        # "what were the deals worth (in total)?": an amount, however "what were" opens it
        return "how_much", {worth[0][0]}
    # at one start, the longest phrase: "how many years" asks a span, not a count
    start, _, kind, size = min(found, key=lambda f: (f[0], -f[3], f[1]))
    if kind == "list" and (
        named := [f for f in every if f[0] == start + size and f[2] not in ("list", "yesno")]
    ):
        # "what are the dates of the conference": the thing listed says what is asked
        start, _, kind, size = min(named, key=lambda f: (-f[3], f[1]))
        found = [*found, (start, 0, kind, size)]  # its words ask, however late they come
    # "where was it held, which venue": every phrase of that kind asks it, none is content
    return kind, {i for s, _, k, n in found if k == kind for i in range(s, s + n)}


# the people a count of a country's people may be given as ("150 Kazakh businessmen")
_PERSONS = (
    "businessmen",
    "traders",
    "students",
    "delegates",
    "officials",
    "tourists",
    "workers",
    "citizens",
    "nationals",
    "travellers",
    "pilgrims",
    "visitors",
    "experts",
)
_LINKING = frozenset({"so", "and", "but", "ok", "okay", "well", "then", "also"})
_OPENING = {"who", "when", "where", "why", "list"}
IN_TIME = {"first", "earlier", "later", "older", "newer", "before", "after"}
_ORDERING = IN_TIME | {"bigger", "larger", "more", "less", "longer", "shorter", "smaller"}


def period(tokens: list[str], today: date) -> tuple[PartialDate | None, set[int]]:
    """A month and year, a year, or last/this/next month or year; and where it was said.
    A relative period is positions 2 and up of the set (see ``relative``)."""
    for i, word in enumerate(tokens):
        pair = tuple(tokens[i : i + 2])
        if pair in _RELATIVE_PERIODS:
            years, months = _RELATIVE_PERIODS[pair]
            if months is None:
                return PartialDate(today.year + (years or 0)), {i, i + 1}
            month = today.month - 1 + months
            return PartialDate(today.year + month // 12, month % 12 + 1), {i, i + 1}
        if word in _MONTHS and len(word) > 2:  # a month alone is a word, not a period
            # "9 sept 2025", "sept 9, 2025": the day is taken with it; the period stays the
            # month, as the sources date most of what happened in it
            day_after = _day_at(tokens, i + 1)
            year = _year_at(tokens, i + 2 if day_after else i + 1)
            if year:
                said = {i, i + 1} | ({i + 2} if day_after else set())
                said |= {i - 1} if i and _day_at(tokens, i - 1) else set()
                return PartialDate(year, _MONTHS[word]), said
        # "since 2003", "after 2021", "2021 onwards" (and "2021 after", as a question read
        # from Kazakh or Urdu orders it) are spans, not that year
        after = i + 2 if tokens[i + 1 : i + 2] == ["year"] else i + 1  # "2021 year after"
        spans = set(tokens[i - 1 : i]) | set(tokens[after : after + 1])
        if re.fullmatch(r"(19|20)\d\d", word) and not spans & _SPANS:
            named = tokens[i + 1] if i + 1 < len(tokens) else ""
            if named in _MONTHS and len(named) > 2:  # "2025 May", as Kazakh orders it
                return PartialDate(int(word), _MONTHS[named]), {i, i + 1}
            return PartialDate(int(word)), {i}
    return None, set()


_DAY = re.compile(
    r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?|one|two|three|four|five|six|seven|eight|nine|ten"
)


def _day_at(tokens: list[str], i: int) -> bool:
    """A day of the month at ``i``, as typed or as the lexicon spells a small number."""
    return 0 <= i < len(tokens) and _DAY.fullmatch(tokens[i]) is not None


def _dated_days(tokens: list[str]) -> dict[int, int]:
    """Each month named with a day beside it ("may 27", "27th may"), to its day's position:
    the day says which date, not a word a statement must hold."""
    dated = {}
    for i, token in enumerate(tokens):
        if token in _MONTHS and len(token) > 2:
            for at in (i + 1, i - 1):
                if _day_at(tokens, at) and tokens[at].isalnum() and not tokens[at].isalpha():
                    dated[i] = at
                    break
    return dated


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
        acronyms: Mapping[str, str] | None = None,
    ) -> None:
        self.lexicon = lexicon
        self.acronyms = acronyms or {}  # "uap" -> "Uzbekistan–Afghanistan–Pakistan"
        self.matcher = matcher
        self.known = vocabulary  # is this stem in any text of the KB?
        self.surface = sorted({w for w in surface if len(w) >= 4})
        self._spell = lru_cache(maxsize=_SPELT_MEMO)(self._spelling)  # a pass over every word
        # words of role titles: "who is the transport minister" asks for an office holder
        self.titles = {w for p in matcher.people for r in p.roles for w in words(r.title)}
        self.titles |= ROLE_WORDS | {"head", "heads", "current", "new", "country"}
        self.titles |= set(lexicon.countries)
        # each person's name words: "Nurlan" is Sauranbayev's, so "Nurlan Tokayev" is nobody
        self.name_words = {p.id: {w for n in p.names for w in words(n)} for p in matcher.people}
        self.first_names = {words(p.name)[0] for p in matcher.people if words(p.name)}
        # (a name's small words, "the", "ul", are no sign that a name follows)
        self.any_name_word = {
            w for ws in self.name_words.values() for w in ws if w not in STOPWORDS and len(w) > 2
        }
        self.surnames = {p.id: words(p.name)[-1] for p in matcher.people if words(p.name)}
        self.compounds = {n for n in matcher.names if " " in n}  # names of several words

    def small_talk(self, text: str, today: date) -> str | None:
        """The reply to a greeting, thanks, ok, bye or an emoji ("thx, very helpful!" too);
        None for a question, even one that opens with a greeting."""
        tokens = self.lexicon.spelled(words(text))  # "what can u do"
        if not tokens:  # emoji, punctuation: a nod
            return self._talk("ack") if text.strip() else None
        if kinds := self._talks(tokens):
            # "hey, who are you, what can you do": all of it small talk; the reply to what
            # is said last and says most, not to the greeting
            said = [k for k in kinds if k not in ("greeting", "ack")] or kinds
            return self._talk(said[-1])
        for size in range(len(tokens), 0, -1):
            head = " ".join(tokens[:size])
            talk = next((t for t in self.lexicon.small_talk if head in t.phrases), None)
            if talk is None:
                continue
            if size == len(tokens):
                return talk.reply
            rest = self.analyse(" ".join(tokens[size:]), today)
            asked = rest.answer_type != "what" or rest.focus or rest.match.intent
            if not asked and not [t for t in rest.core if t.word not in rest.unknown]:
                return talk.reply  # the rest says nothing the KB could answer
            return None
        return None

    def _talks(self, tokens: list[str]) -> list[str]:
        """The kinds of small talk a message is made of from end to end ("hi thanks": a
        greeting, thanks), longest phrase first; none if any word is no such phrase's."""
        kinds: list[str] = []
        at = 0
        longest = max(len(p.split()) for t in self.lexicon.small_talk for p in t.phrases)
        while at < len(tokens):
            for size in range(min(len(tokens) - at, longest), 0, -1):
                head = " ".join(tokens[at : at + size])
                talk = next((t for t in self.lexicon.small_talk if head in t.phrases), None)
                if talk is not None:
                    kinds.append(talk.kind)
                    at += size
                    break
            else:
                return []
        return kinds

    def _talk(self, kind: str) -> str:
        return next(t.reply for t in self.lexicon.small_talk if t.kind == kind)

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
        # as typed, or in the articles' words ("who else was in the room": there)
        spelled = " ".join(self.lexicon.spelled(words(text)))
        for kind, phrases in self.lexicon.follow_ups.items():
            if said in phrases or spelled in phrases:
                return kind
        # in any order, "was" or not: "there else who", as read from "ол жерде тағы кім
        # болды", is "who else was there"
        loose = frozenset(words(text)) - _BE
        for kind, phrases in self.lexicon.follow_ups.items():
            if len(loose) > 1 and any(loose == frozenset(p.split()) - _BE for p in phrases):
                return kind
        # "who said that, and in what setting?": the answer gives the setting with the name
        for phrase in self.lexicon.follow_ups.get("said_by", ()):
            if said.startswith(f"{phrase} ") and _SETTING.fullmatch(said[len(phrase) + 1 :]):
                return "said_by"
        return None

    def asks_who_took_part(self, text: str) -> bool:
        """ "Who else was at the meeting with Karabayev", "who took part in the state visit":
        a follow-up's words about an occasion the question itself names."""
        said = " ".join(words(text))
        for phrase in self.lexicon.follow_ups.get("who_else", ()):
            rest = said.removeprefix(f"{phrase} ")
            # "... was at the meeting", "took part in the visit", "attended the forum"; not
            # "who else is getting the award", nor "took part from the Pakistani side"
            if rest != said and (_AT_OCCASION.match(rest) or phrase.endswith(_ATTENDING)):
                return True
            if rest != said and _SIDE_AT.search(rest):  # "... from Pakistan's side at the talks"
                return True
        if _SIDE_TOOK_PART.match(text):  # "who from the Pakistani side attended the JWG"
            return True
        # "who was at the joint commission", "who were in the delegation"
        return bool(_WHO_WAS_AT.match(said))

    def _before(self, text: str, match: Match) -> bool:
        """Whether every person the question names is named as someone's predecessor
        ("after Kistafin", "who replaced Shaqqaliev")."""
        said = text.casefold()
        cue = _PREDECESSOR.search(said)
        named = [s for s, _ in match.name_spans if not set(s) <= self.titles]  # not "kazakh
        # ambassador", an alias that is the office itself
        return cue is not None and all(said.find(" ".join(s), cue.end()) >= 0 for s in named)

    def _office_words(self, tokens: list[str], after: int = 0) -> list[str]:
        """The words of the office named: the run of title words around the first office
        word from ``after`` on ("the Kazakh trade minister"), not a country named elsewhere
        ("the ambassador's line on Pakistan joining")."""
        at = next(i for i, w in enumerate(tokens) if w in ROLE_WORDS and i >= after)
        start, end = at, at + 1
        while start and tokens[start - 1] in self.titles:
            start -= 1
        while end < len(tokens) and tokens[end] in self.titles:
            end += 1
        return tokens[start:end]

    def _unlabelled(self, text: str) -> str:
        """ "Quick check: what title did ...": the question without a label before it that
        no article's words are in; "Karachi forum: when was it" keeps its subject."""
        label = _LABEL.match(text)
        if label is None:
            return text
        said = tokens_of(label[1], self.lexicon)
        if answer_type(said, self.lexicon)[1] or _QUESTION_WORDS.intersection(said):
            return text  # "Which is larger: A or B?" asks
        content = [self.lexicon.lemmas.get(w, w) for w in said if w not in STOPWORDS]
        # "And the other way round: who is ...": words of how it is asked are no subject
        content = [w for w in content if stem(w) not in self.lexicon.soft]
        return text if any(self.known(stem(w)) for w in content) else text[label.end() :]

    def claim_asked(self, text: str) -> str:
        """ "Is it true that Kistafin met Khan?", "Kistafin met Khan, didn't he?" as "did
        Kistafin met Khan?": the frame is no part of what is asked, and its "it" and "that"
        point back to nothing."""
        if (tag := _TAG.search(text)) and tag.start():  # "it had 500 participants, didn't it?"
            return self.as_asked(text[: tag.start()])
        checking = self.lexicon.checking and self.lexicon.checking.match(text)
        if not checking or checking.end() == len(text):
            return text
        return self.as_asked(text[checking.end() :])

    def as_asked(self, claim: str) -> str:
        """A claim put to the bot ("Kistafin met Khan") as the question it is ("did Kistafin
        met Khan"): a yes/no opening of its tense, so the answer weighs what was done."""
        said = words(claim)
        if not said or said[0] in _AUXILIARIES:
            return claim
        if "will" in said:
            return f"will {claim}"
        past = any(_PAST.fullmatch(w) or w in self.lexicon.lemmas for w in said)
        return f"{'did' if past else 'is'} {claim}"

    def _described(self, tokens: list[str], match: Match, which: bool = False) -> tuple[str, ...]:
        """The office a question names, where a clause follows it saying what its holder did
        or what someone did to him ("... that brought the delegation", "... Karabayev met");
        nothing where more of the office follows ("... posted in Astana"). ``which``: asked
        "which <office> did it" ("which foreign minister led the delegation"), only so."""
        at = next((i for i, w in enumerate(tokens) if w in ROLE_WORDS), None)
        if at is None:
            return ()
        start, end = at, at + 1
        # the whole noun phrase before the office word: "the Kazakh AI minister"
        while start and tokens[start - 1] not in STOPWORDS | _PHRASE_START | {"who", "whos"}:
            start -= 1
        while end < len(tokens) and tokens[end] in self.titles - _PHRASE_START:
            end += 1
        people = {w for span, _ in match.name_spans for w in span}  # not a place: "in Astana"

        def clause(span: range) -> bool:
            subject = any(
                tokens[i] in _RELATIVE or (i in match.named and tokens[i] in people) for i in span
            )
            acted = any(
                i not in match.named
                and (tokens[i] in self.lexicon.lemmas or _PAST.fullmatch(tokens[i]))
                for i in span
            )
            return subject and acted

        # after the office in English; before it where Kazakh or Urdu put it ("who is
        # Karabayev meeting attended Pakistan communications secretary")
        said = not which and (clause(range(end, len(tokens))) or clause(range(2, start)))
        # "which foreign minister led the delegation": the office the subject of the deed
        deed = tokens[end] if end < len(tokens) else ""
        one = not any(w.endswith("s") for w in tokens[start:end])  # not "which ministries"
        did = which and one and start == 1 and end not in match.named
        did = did and (deed in self.lexicon.lemmas or bool(_PAST.fullmatch(deed)))
        return tuple(tokens[start:end]) if said or did else ()

    def _leader(self, kind: str, tokens: list[str], terms: list[Term]) -> tuple[str, ...]:
        """The office a "who leads / runs / is in charge of Kazakhstan" asks for; nothing
        when the question says more ("who led the Kazakh delegation")."""
        countries = {self.lexicon.countries[w]: w for w in tokens if w in self.lexicon.countries}
        if kind != "who" or len(countries) != 1:
            return ()
        leads = [t for t in terms if t.stems[0] in self.lexicon.leads]
        rest = [
            t
            for t in terms
            if t not in leads and t.word not in self.lexicon.countries and t.stems[0] not in _NOW
        ]
        return () if rest or not leads else (self.lexicon.leader_office, *countries.values())

    def _plain(self, token: str) -> str:
        """ "longer", "bigger", "easiest": the plain adjective the articles use, where they
        use no such form of it ("does Pakistan plan longer visas": long ones)."""
        if len(token) < 5 or not token.isalpha() or self.known(stem(token)):
            return token
        for ending in ("est", "er"):
            if not token.endswith(ending):
                continue
            base = token[: -len(ending)]
            doubled = base[:-1] if len(base) > 2 and base[-1] == base[-2] else base
            tried = (base[:-1] + "y",) if base.endswith("i") else (base, base + "e", doubled)
            for plain in tried:
                if len(plain) > 2 and self.known(stem(plain)):
                    return plain
        return token

    def _g_dropped(self, token: str) -> str:
        """ "doin", "comin", "goin": the "-ing" word typed without its g, where the KB knows
        that word or treats it as soft and knows nothing of the token ("kistafin" stays)."""
        if len(token) < 4 or not token.endswith("in") or self.known(stem(token)):
            return token
        full = stem(token + "g")
        return token + "g" if full in self.lexicon.soft or self.known(full) else token

    def _compound(self, token: str) -> tuple[str, ...]:
        """ "businesspeople", "tradetarget": two words the articles use, typed as one the KB
        knows nothing of; any other token as it is."""
        if len(token) < 8 or not token.isalpha() or self.known(stem(token)):
            return (token,)
        for at in range(3, len(token) - 2):
            head, tail = token[:at], token[at:]
            if (
                {head, tail}.isdisjoint(STOPWORDS)
                and self.known(stem(head))
                and self.known(stem(tail))
            ):
                return head, tail
        return (token,)

    def _spelling(self, word: str) -> str:
        """A misspelt word onto a word of the articles ("agrement" -> "agreement")."""
        if len(word) < 4 or not self.surface:
            return word
        found = process.extractOne(
            word, self.surface, scorer=fuzz.ratio, score_cutoff=_SPELL_CUTOFF
        )
        return found[0] if found and found[0][0] == word[0] else word

    def _a_person(self, text: str) -> bool:
        """An office or a person's name, not "the book launched at IPRI"."""
        said = words(text.casefold())
        return bool(ROLE_WORDS.intersection(said)) or bool(
            self.matcher.match(text, raw=text).people
        )

    def _scene_set(
        self, terms: list[Term], scene: re.Match[str], text: str, tokens: list[str], match: Match
    ) -> list[Term]:
        """ "What did Kistafin say about Afghanistan at the book launch": the occasion says
        where to look, the place or body before it what to find there; the occasion's words
        still rank, but an answer need not hold them. Not so when no such subject is named
        ("what was signed at the joint commission", "who spoke at the book launch"): there
        the occasion is what sets the statement asked for apart."""
        placed = set(tokens_of(scene["scene"], self.lexicon))
        before = set(tokens_of(text[: scene.start()], self.lexicon)) - placed
        persons = {w for span, ident in match.name_spans if ident in match.people for w in span}
        if not ({tokens[i] for i in match.named} & before) - persons:
            return terms
        return [replace(t, soft=True) if t.word in placed else t for t in terms]

    def analyse(self, text: str, today: date) -> Query:
        text = self._unlabelled(self._spelled_out(clean(text)))
        text = self.claim_asked(text)  # "is it true that ...": yes or no
        if scene := _SCENE_FIRST.match(text):
            # "During Tokayev's visit, which minister did Khan meet?": the occasion set first
            # is read where a question ends on it ("... during Tokayev's visit?")
            text = f"{scene['rest'].rstrip(' ?')} {scene['scene']}?"
        named = _NAME_ASKED.match(text)  # "what is the Kazakh ambassador's name": who is he
        whose = named and next(
            filter(None, named.group("of", "whose", "named", "ended", "bare", "bid")), None
        )
        if named and whose and self._a_person(whose):
            text = f"who is {whose}?"
        first, *rest = _ASKED.split(text, maxsplit=1)
        if not rest and (join := _WHO_NEXT.search(text, FIRST_ASK_CHARS)):
            first, *rest = text[: join.start()], text[join.end() :]  # "..., and whom did he"
        if rest and (alone := self.analyse(first, today)).role:
            # "who is Kazakhstan's trade minister? still Shaqqaliev?": the office; its
            # holder before shows whether it is still him
            asked = alone.office or tuple(self.lexicon.spelled(words(first)))
            return replace(alone, text=text, office=asked)
        # "lookin at": its g back before the phrases are read ("looking at": reviewing)
        typed = [self._g_dropped(t) for t in self.without_greeting(tokens_of(text, self.lexicon))]
        tokens = [w for t in self.lexicon.spelled(typed) for w in self._compound(t)]
        if len({self.lexicon.capitals[t] for t in tokens if t in self.lexicon.capitals}) > 1:
            tokens = [self.lexicon.capitals.get(t, t) for t in tokens]
        present = set(tokens)
        for phrase in self.lexicon.broad:  # "tell me about visas" asks about visas
            if phrase[0] in present and (start := _find(tokens, phrase)) >= 0:
                tokens = tokens[:start] + tokens[start + len(phrase) :]
                break
        match = self.matcher.match(" ".join(tokens), raw=text)
        kind, type_words = answer_type(tokens, self.lexicon)
        if kind in ("what", "list") and tokens[1:2] and tokens[1] in self.lexicon.countries:
            # "which Pakistani cities": which cities, of Pakistan
            kind_, said = answer_type([tokens[0], *tokens[2:]], self.lexicon)
            if kind_ not in ("what", "list"):
                kind, type_words = kind_, {i + 1 if i else i for i in said}
        # "air astana almaty-lahore - when did it start": the subject, then the question;
        # "He gave a figure at both events. Did it change?": what sets the scene, then it
        # "with the new Friday flight, does it fly daily?": a phrase setting the scene
        said_first = (
            _TOPIC_FIRST.search(text) or _SCENE_SET.search(text) or _PHRASE_FIRST.match(text)
        )
        if kind == "what" and (topic := said_first):
            tail = self.lexicon.spelled(tokens_of(text[topic.end() :], self.lexicon))
            tail_kind, tail_words = answer_type(tail, self.lexicon)
            if tail_kind != "what" and len(tail) <= len(tokens):
                kind, type_words = tail_kind, {i + len(tokens) - len(tail) for i in tail_words}
        if kind == "when" and (scene := WHEN_CLAUSE.match(text)):
            # "When Kistafin went to see Aleem Khan, what did the minister promise": the
            # clause sets the scene; the question after it says what is asked
            tail = self.lexicon.spelled(tokens_of(text[scene.end() :], self.lexicon))
            tail_kind, tail_words = answer_type(tail, self.lexicon)
            if len(tail) < len(tokens):
                kind = tail_kind
                type_words = {0} | {i + len(tokens) - len(tail) for i in tail_words}
        if kind == "what" and tokens[:1] in (["what"], ["whats"]):
            # "what was the trade volume in 2025": a measure of a thing is a figure
            opening_words = list(
                itertools.takewhile(lambda w: w not in (*_PLACE_PREPOSITIONS, "of"), tokens[1:])
            )
            if self.lexicon.measures.intersection(opening_words):
                kind = "how_much"
        when, period_words = period(tokens, today)
        relative = bool(when) and any(tokens[i] in ("last", "this", "next") for i in period_words)
        dated = _dated_days(tokens)  # "his may 27 talk": the month, its day taken with it
        taken = type_words | period_words | set(match.named) | set(dated.values())
        # a condition's words set the scene ("which regions would gain if Pakistan gets woven
        # into regional integration"); one no article uses does not make the question unknown
        condition = CONDITION.search(text)
        given = set(tokens_of(condition[1], self.lexicon)) if condition else set()
        # "the first since 1998?", "over the next ten years?": a number put to be checked,
        # which the statement with another one answers, not a subject no article names
        counted = counts(text)
        given |= {f"{value:g}" for value, _ in counted}
        given |= {m["year"] for m in YEAR_SPAN.finditer(text)}  # "did ties start after 2000?"
        given |= {t for t in tokens if ordinal_word(t)}  # "the 20th time?": to be checked
        given |= {"hundred", "thousand"} if counted else set()  # "around a thousand people"
        # a word written with a capital inside the question is a name: never "corrected"
        capitalised = {w.casefold() for w in re.findall(r"(?<=\w )[A-Z][a-z]+", text)}
        terms: list[Term] = []
        at: dict[int, Term] = {}
        unknown: list[str] = []
        leftover = False
        for i, token in enumerate(tokens):
            if i in taken or token in STOPWORDS:
                continue
            if len(token) < 3 and not token.isdigit() and i not in match.keywords:
                continue  # "co", "e", "ok": noise, unless a keyword ("AI")
            word = self._plain(self.lexicon.lemmas.get(token, token))
            base = stem(word)
            soft = base in self.lexicon.soft or word in GENERIC
            own = (base, *(x for x in self.lexicon.synonyms.get(base, ()) if self.known(x)))
            near = [x for x in self.lexicon.related.get(base, ()) if x not in own]
            # "imran khan" is a name the KB does not know, not "iran khan": a word before a
            # person's name word is taken as typed
            named_next = tokens[i + 1 : i + 2] and tokens[i + 1] in self.any_name_word
            if (
                not soft
                and not any(map(self.known, (*own, *near)))
                and token not in capitalised
                and not named_next
            ):
                fixed = self._spell(word)  # "agrement"; not "paying", which has related words
                if fixed != word:
                    word, base = fixed, stem(self.lexicon.lemmas.get(fixed, fixed))
                    own = (base,)
            related = tuple(x for x in self.lexicon.related.get(base, ()) if self.known(x))
            related = tuple(x for x in related if x not in own)
            opposite = tuple(
                x
                for o in self.lexicon.opposites.get(base, ())
                for x in (o, *self.lexicon.related.get(o, ()))
                if self.known(x) and x not in own
            )
            related = (*related, *(x for x in opposite if x not in related))
            known = any(map(self.known, own)) or related
            if not soft and not known and token in self.lexicon.asks_title:
                soft = True  # "what is he responsible for": his office, in no article's word
            if not soft and not known and (token in given or token in _FEW):
                # "... if Pakistan gets woven into it": the condition's wording; "the 3
                # routes": how many the reader counts, which no article need say
                soft = True
            # not the verb "may", unless it follows a word that takes a month ("in may")
            month_word = len(token) > 3 or (i and tokens[i - 1] in _BEFORE_MONTH) or i in dated
            month = _MONTHS.get(token) if month_word else None
            if not soft and not known and not month and i not in match.keywords:
                unknown.append(token)  # a month no article names is a time, not a subject
            used = any(map(self.known, own))
            terms.append(Term(token, own, soft, related, month, used, opposite))
            at[i] = terms[-1]
            if word not in GENERIC and i not in match.keywords:
                leftover = True
        if YEAR_SPAN.search(text):
            # "did relations start after 2000?": "since 1992" tells when they began, in no
            # word of beginning
            terms = [replace(t, soft=True) if set(t.stems) & _BEGINNING else t for t in terms]
        unknown_names = self._unknown_names(text, tokens, match, set(unknown))
        in_names = {w.casefold() for name in unknown_names for w in name.split()}
        unknown = [w for w in unknown if w not in in_names]
        mistaken = {p for people_ in unknown_names.values() for p in people_}
        people = tuple(p for p in match.people if p not in mistaken)
        organisations = self.matcher.organisations.intersection(match.entities)
        # "who is Pakistan's commerce minister", "pakistan commerce minister?": an office
        bare = kind == "what" and not set(tokens[:1]) & {"what", "which", "how", "tell"}
        role = (kind == "who" or bare) and not people and not organisations
        # as typed, or as its spelling was mended ("ambasador")
        mended = [s for t in terms for s in t.stems]
        role = role and bool(ROLE_WORDS.intersection([*tokens, *mended]))
        # "who is Pakistan's minister for religious affairs": an office, named or not
        who_is = tokens[:2] in (["who", "is"], ["who", "was"]) or tokens[:1] == ["whos"]
        who_is = who_is or (kind == "who" and text.lower().startswith(("who's", "who\u2019s")))
        # "who heads the communications ministry": its minister, as "who is" asks
        heads = tokens[1:2] and stem(tokens[1]) in self.lexicon.leads
        who_is = who_is or (tokens[:1] == ["who"] and bool(heads) and "ministry" in tokens)
        # "who's the Pakistani minister the Kazakh envoy went to see": whom he saw, not who
        # holds the office
        # "which foreign minister led the delegation": who did it, of that office
        described = self._described(tokens, match, which=not who_is and tokens[:1] == ["which"])
        described = described if who_is or tokens[:1] == ["which"] else ()
        # "who is going to confer the award", "who is to sign": who does it, not who one is
        # (as "who is going to be CEO" asks)
        doing = bool(tokens[2:3]) and (tokens[2] in DOING_NEXT or tokens[2].endswith("ing"))
        then = tokens[3:5] if tokens[3:4] != ["to"] else tokens[4:5]
        doing = doing and then[:1] != ["be"] and tokens[2:4] != ["to", "be"]
        who_is = who_is and not described and not doing
        role = role and (who_is or all(t.word in self.titles for t in terms))
        office = () if role or people or organisations else self._leader(kind, tokens, terms)
        offices = [s for s, _ in match.name_spans if set(s) <= self.titles]
        # no name but the office's, and nothing more asked ("... and what has he said")
        only_offices = all(s in offices for s, _ in match.name_spans) and not SECOND_ASK.search(
            text
        )
        if (
            who_is
            and offices
            and only_offices
            and all(self.matcher.by_role(list(s)) for s in offices)
        ):
            # "who is the Kazakh ambassador": an alias that is an office asks for the office,
            # whose holder may have changed since the alias was written
            role, people, office = True, (), tuple(self._office_words(tokens))
        elif who_is and people and ROLE_WORDS.intersection(tokens) and self._before(text, match):
            # "who's the new Kazakh ambassador after Kistafin": the office, his successor
            office, people = tuple(self._office_words(tokens)), ()
        role = role or bool(office)
        if office:  # "runs", "in charge": words of the office asked, not of any article
            unknown = [
                w for w in unknown if stem(self.lexicon.lemmas.get(w, w)) not in self.lexicon.leads
            ]
        unheld: tuple[str, ...] = ()
        if not role and not unknown_names and ROLE_WORDS.intersection(tokens):
            titled = self._office_words(tokens)  # "the Kazakh trade minister"
            start = tokens.index(titled[0])
            later = [i for i in range(start + len(titled), len(tokens)) if tokens[i] in ROLE_WORDS]
            if start and tokens[start - 1] in ("which", "what") and later:
                # "which Pakistani minister met the Kazakh transport minister": the office
                # asked for is no one given; the one after it is
                titled = self._office_words(tokens, later[0])
                start = tokens.index(titled[0], later[0] - len(titled) + 1)
            # "did Kazakhstan invite any Pakistani minister": whoever holds such an office,
            # not the one whose title is nearest ("Prime Minister")
            any_holder = bool(start) and tokens[start - 1] in _INDEFINITE
            holders = self.matcher.by_role(titled, every=any_holder)
            unheld = () if holders else tuple(titled)
            # "the minister": which one? "the envoy": him; "did Aleem Khan host the Kazakh
            # transport minister": him too, beside the one named
            # ("is Karabayev the ambassador?" asks whether he holds it)
            office_asked = kind in ("who", "list") or "ministry" in titled or bool(_IS.match(text))
            if len(holders) == 1 and (
                not people or (holders[0] not in people and not office_asked)
            ):
                people = (*people, *holders)
                terms = [t for t in terms if t.word not in titled]  # the office is the person
        if kind == "how_much" and type_words and (after := max(type_words) + 1) in at:
            # "how much money goes into the centre": an amount of money is the kind of answer,
            # as "how much" says, not a word the statement must hold
            money = at[after]
            if money.word in _MONEY or money.word in self.lexicon.currencies:
                at[after] = replace(money, soft=True)
                terms = [at[after] if t is money else t for t in terms]
        measured, whose = self._measured(kind, tokens, type_words, at)
        opening = max(type_words) + 1 if type_words else int(tokens[:1] in (["what"], ["whats"]))
        # "what's the latest on the IMF programme": the first word that is not a frame's
        head = next(
            (at[i].word for i in range(opening, len(tokens)) if i in at and not at[i].soft), None
        )
        understood = [t for t in terms if not t.soft and t.word not in unknown]
        asks_thing = bool(opening) and kind in _ASKS_THING
        by_name = any(not set(s) <= self.titles for s, _ in match.name_spans)
        # a span is asked of a thing too ("over how many yrs"), though a verb may follow
        # "how long" ("how long can they stay"): no head, but the same leeway
        spans = kind == "how_long"
        if (
            (asks_thing or spans)
            and (by_name or match.entities)
            and understood
            and head not in unknown
        ):
            # "what problems did Kistafin say hold the relationship back": who or what is
            # asked about is named, and the thing asked for is known; a word no article uses
            # only qualifies it. Not so a place ("trade with Brazil") or a word after a title
            # (the name in "ambassador Zhumangarin"), nor in a yes/no, who or when question,
            # whose unknown word is what is asked ("did he play golf")
            after_title = {b for a, b in itertools.pairwise(tokens) if a in self.titles}
            loose = {
                w
                for w in unknown
                if w not in self.lexicon.countries and w not in capitalised | after_title
            }
            terms = [replace(t, soft=True) if t.word in loose else t for t in terms]
            unknown = [w for w in unknown if w not in loose]
        if asks_thing and head and head not in unknown:
            # "the trade target the two governments are chasing": a word no article uses,
            # after the thing asked for and a verb's subject or auxiliary, says what is done
            # with it, not what it is ("the visa fee" asks for a fee)
            first = tokens.index(head)
            acted = {
                tokens[i]
                for i in range(first + 2, len(tokens))
                if tokens[i - 1] in _DOING and tokens[i] in unknown
            }
            terms = [replace(t, soft=True) if t.word in acted else t for t in terms]
            unknown = [w for w in unknown if w not in acted]
        if tokens[:1] in (["which"], ["what"]):
            # "which group has Samruk-Kazyna started talks with": a body is what is asked
            # for, by name, as "who" asks for a person; no statement need hold the word
            # ("which Pakistani leaders": the leaders, whose country is part of the asking)
            body = next(
                (w for w in tokens[1:] if w not in GENERIC and w not in self.lexicon.countries), ""
            )
            # not "which airline", which is also what the flights are
            also = self.lexicon.synonyms.get(stem(body), frozenset()) - self.lexicon.asks_body
            by_kind = self.lexicon.asks_body | self.lexicon.asks_person
            if stem(body) in by_kind and not also:
                terms = [replace(t, soft=True) if t.word == body else t for t in terms]
            if stem(body) in self.lexicon.asks_person and kind in ("list", "what"):
                kind = "who"  # "which leaders will he meet": who, by name
        if kind == "who":  # "who are the Pakistani leaders he will meet": people, by name
            terms = [
                replace(t, soft=True) if t.stems[0] in self.lexicon.asks_person else t
                for t in terms
            ]
        if scene := _AT_SCENE.search(text, 1):
            terms = self._scene_set(terms, scene, text, tokens, match)
        # "what did Tokayev get from Zardari": what passed between two people, not a profile
        between = len(people) > 1 and bool(_DONE.intersection(tokens))
        # "what did Karabayev do in Pakistan": what he did there, not who he is (his card
        # lists what he did anywhere)
        somewhere = match.entities or present.intersection(self.lexicon.countries)
        between = between or bool(people and somewhere and _WHAT_DONE.match(text))
        # "what did Karabayev tell the Pakistani delegation": what he said, not the visits
        # card the delegation is a word of
        told = bool(people) and bool(self.lexicon.reporting & {stem(w) for w in tokens})
        broad = (
            not leftover
            and not unknown
            and not unknown_names
            and not between
            and not (told and match.intent != "who")
            and not (when and not relative)  # "trade volume in 2024": not the trade card
            # "what is the UAP railway", "the Turghundi-Herat railway": one named thing, not a
            # topic (a body so named, "Samruk-Kazyna", has its card)
            and not (_NAMED_COMPOUND.search(text) and not organisations)
            and (
                kind in ("what", "list")
                or (kind == "who" and match.intent == "who")
                or (kind == "when" and match.intent in _TEMPORAL)
            )
        )
        return Query(
            text=text,
            answer_type=kind,
            intent=match.intent,
            people=people,
            entities=match.entities,
            period=when,
            relative=relative,
            terms=tuple(terms),
            unknown=(*unknown_names, *unknown),
            unknown_names=tuple(unknown_names),
            broad=broad,
            role=role,
            office=office,
            match=match,
            measured=measured,
            measured_country=whose,
            ahead="upcoming" in match.mentioned,
            current=bool(self.lexicon.current.intersection(tokens)),
            # the thing asked for; after "who", "when" the next word is mostly a verb
            head=head if asks_thing else None,
            described=described,
            unheld=unheld,
        )

    def _measured(
        self, kind: str, tokens: list[str], type_words: set[int], at: Mapping[int, Term]
    ) -> tuple[Term | None, str | None]:
        """The thing a "how many" asks to be counted: the first word after the question
        phrase ("how many MoUs were signed"), with the country before it ("how many Kazakh
        students"); nothing when the question names it elsewhere ("students: how many?")."""
        if kind != "how_many" or not type_words:
            return None, None
        start = max(type_words) + 1
        if tokens[start : start + 1] == ["of"]:
            # "how many of the participants were Kazakh businessmen": the part counted,
            # named after the whole; not "how many of the agreements were signed"
            be = next((i + 1 for i in range(start, len(tokens) - 1) if tokens[i] in _BE), None)
            if be is not None and not tokens[be].endswith("ed"):
                start = be
        demonym = tokens[start] if start < len(tokens) else ""
        if demonym.endswith("s") and (whose := self.lexicon.countries.get(demonym[:-1])):
            # "how many Kazakhs came": people of that country, as copy counts them ("150
            # Kazakh businessmen")
            related = {
                *self.lexicon.related.get(stem("people"), ()),
                *(stem(self.lexicon.lemmas.get(w, w)) for w in _PERSONS),
            }
            known = tuple(sorted(x for x in related if self.known(x)))
            return Term("people", (stem("people"),), related=known), whose
        for i in range(start, len(tokens)):
            term = at.get(i)
            if term is not None and not term.soft and tokens[i] not in self.lexicon.countries:
                before = tokens[i - 1] if i else ""
                # "how many Kazakh students", "how many students from Kazakhstan"
                after = tokens[i + 2] if tokens[i + 1 : i + 2] == ["from"] else ""
                whose = self.lexicon.countries.get(before) or self.lexicon.countries.get(after)
                return term, whose
        return None, None

    def _unknown_names(
        self, text: str, tokens: list[str], match: Match, unknown: set[str]
    ) -> dict[str, frozenset[str]]:
        """Names the KB does not know, each with the people it must not be taken for.

        "Nurlan Kistafin" is not Yerzhan Kistafin: an unknown word before a matched name
        makes the whole an unknown name; so do two people's names run together ("Asif
        Aleem Khan") and a capitalised word no article uses ("Jam Sadiq Khan")."""
        found: dict[str, frozenset[str]] = {}
        spans = sorted((_find(tokens, span), span, person) for span, person in match.name_spans)
        for start, span, person in spans:
            before = tokens[start - 1] if start > 0 else ""
            strange = before in self.first_names and before not in self.name_words.get(person, ())
            if before in unknown or strange:  # a first name the person does not have
                found[" ".join([before, *span]).title()] = frozenset({person})
            own = self.name_words.get(person, set())
            if any(w not in own and self._someone_elses(w, person) for w in span):
                # "Nurlan Karabayev" is no typo of Nurlan Sauranbayev: Karabayev is a name
                found[" ".join(span).title()] = frozenset({person})
        for (start, span, person), (after, later, other) in pairwise(spans):
            joined = r"\W+".join([*span, *later])
            together = re.search(rf"\b{joined}\b", text, re.IGNORECASE)
            # "Kazakh ambassador Aleem Khan": an office, then a name: two people asked of
            office = set(span) <= self.titles | set(self.lexicon.countries)
            if person != other and after == start + len(span) and together and not office:
                # "A / B", "A - B talks": two people, not one unknown name; nor after a
                # surname, where a name ends ("Shaqqaliev Jam Kamal talks")
                if re.search(r"[/,&\u2013\u2014]|\s-\s", together.group(0)):
                    continue
                if self._spelled_as(span[-1], self.surnames.get(person, "")):
                    continue
                found[" ".join([*span, *later]).title()] = frozenset({person, other})
        capitals = re.findall(r"(?<=\w )[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*", text)
        for name in capitals:
            if any(w.casefold() in unknown for w in re.split(r"[ -]", name)) or self._other(name):
                people = {p for s, p in match.name_spans if " ".join(s) in name.casefold()}
                found.setdefault(name, frozenset(people))
        return found

    def _spelled_as(self, word: str, name: str) -> bool:
        """ "shaqaliev" is Shaqqaliev, as the matcher took it."""
        return fuzz.ratio(word, name) >= _SPELL_CUTOFF

    def _spelled_out(self, text: str) -> str:
        """ "what is the UAP railway": an abbreviation no article uses, as the name it
        stands for in the KB."""

        def name(found: re.Match[str]) -> str:
            word = found.group(0).lower()
            if word in self.acronyms and not self.known(stem(word)):
                return self.acronyms[word]
            return found.group(0)

        return _WORD.sub(name, text) if self.acronyms else text

    def _someone_elses(self, word: str, person: str) -> bool:
        return any(word in names for p, names in self.name_words.items() if p != person)

    def _other(self, name: str) -> bool:
        """ "Samruk-Energy" is not Samruk-Kazyna: a compound name the KB does not hold whose
        first part starts one it does."""
        if "-" not in name:
            return False
        joined = words(next(w for w in name.split() if "-" in w))
        # the hyphened word is the compound: "Samruk-Kazyna Pakistanis" is Samruk-Kazyna
        first, *rest = joined
        said = " ".join(joined)
        if all(w in self.lexicon.countries for w in joined):
            # "Kazakhstan-Pakistan trade", "the Kazakhstan-Pakistan Joint Working Group": two
            # countries, no one's name
            return False
        if not rest or any(f"{known} ".startswith(f"{said} ") for known in self.compounds):
            return False  # "Turghundi-Herat" of the Turghundi-Herat railway
        return any(known.startswith(f"{first} ") for known in self.compounds)


_TEMPORAL = {"upcoming", "recent", "visits", "timeline"}
_BE = {"were", "are", "was", "is"}
_AUXILIARIES = _BE | {"did", "does", "do", "has", "have", "had", "will", "would", "can", "could"}
_BEFORE_MONTH = {"in", "since", "during", "until", "by", "early", "mid", "late", "of", "last"}
_SIDE_AT = re.compile(r"^(?:from|on)\s.*\b(?:at|in|during)\s+the\b")
_AT_OCCASION = re.compile(r"(?:(?:was|were)\s+)?(?:at|in|during|on)\b")
_WHO_WAS_AT = re.compile(r"who\s+(?:was|were)\s+(?:at|in|during|on)\s+the\b")
_ATTENDING = ("attended", "joined")
# "When Kistafin went to see Aleem Khan, what did ...": a clause setting the scene
WHEN_CLAUSE = re.compile(
    r"\W*when\s+[^,?]{3,80},\s+(?=(?:what|who|whom|which|how|where|why|did|does|do|is|are|"
    r"was|were|has|have)\b)",
    re.IGNORECASE,
)
_NAMED_COMPOUND = re.compile(r"\b[A-Z][a-z]+[-\u2013][A-Z][a-z]+")
# who of one side took part in an occasion ("who from the Pakistani side attended")
_SIDE_TOOK_PART = re.compile(
    r"\W*who\s+(?:from\s+(?:the\s+)?[\w'\u2019-]+\s+side\s+(?:attended|was|were|took\s+part|"
    r"joined)|represented\s+\w+\s+(?:at|in|during|on|when)\b)",
    re.IGNORECASE,
)
# what comes before a verb: a subject or an auxiliary ("they are chasing", "both want")
_DOING = {"are", "is", "was", "were", "be", "been", "have", "has", "had", "they", "we", "both"}
# "if they build it with their own money, ...": what is given, not asked
CONDITION = re.compile(r"\b(?:if|once|provided|assuming|suppose)\s+([^,;?]+)", re.IGNORECASE)
_FEW = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "2", "3", "4", "5"}
_SETTING = re.compile(r"and\s+(?:in\s+|at\s+)?(?:what|which|where|when)(?:\s+\w+){0,2}")
_QUESTION_WORDS = {"what", "which", "who", "whom", "when", "where", "why", "how"}
# "..., didn't it?", "..., wasn't he?", "..., right?": a claim put to the bot for a yes or no
_TAG = re.compile(
    r",\s*(?:(?:is|was|are|were|did|does|do|has|have|had|will|would|can|could)n[\u2019']?t"
    r"\s+(?:it|he|she|they|there|we|you|i|that|this)|right|correct|true|no)\s*\?*\s*$",
    re.IGNORECASE,
)
_LABEL = re.compile(r"([^:?.!]{1,40}):\s+(?=\w)")  # "Quick check: ..."
_RELATIVE = {"that", "who", "whom", "which"}
_PHRASE_START = {"the", "and"}  # "the minister [the envoy went to see]": another phrase
_PAST = re.compile(r"[a-z]{2,}[^e]ed")  # "visited", "hosted"; not "need", "speed"
_DONE = {"did", "do", "does", "has", "have", "had", "will"}  # something done, not who one is
_WHAT_DONE = re.compile(
    r"\W*what\s+(?:did|does|has|have|had|will|is|was|are|were)\b.*\b(?:do|doing|done)\b",
    re.IGNORECASE,
)
# question kinds that name the thing asked for right after the question word ("what *fare*")
_ASKS_THING = ("what", "how_much", "how_many")
_TOPIC_FIRST = re.compile(r"(?:\s[-\u2013\u2014]|:)\s+(?=\w)")  # "the Lahore flight - when ..."
# "... about Afghanistan at the book launch": the occasion a question ends on
_AT_SCENE = re.compile(
    r"\s(?:at|during)\s+(?:the|his|her|their|that|this)\s+(?P<scene>[^?.!,;]+?)[\s?.!]*$",
    re.IGNORECASE,
)
_SCENE_FIRST = re.compile(
    r"\W*(?P<scene>(?:during|at)\s+[^,?]{3,80}),\s+(?P<rest>(?:what|who|whom|which|how|where"
    r"|why|when|did|does|do|is|are|was|were|has|have)\b.*)",
    re.IGNORECASE | re.DOTALL,
)
_PHRASE_FIRST = re.compile(
    r"\W*(?:with|after|now\s+that|given|besides|apart\s+from|as\s+for|regarding|on|in|for)\s"
    r"[^,?]{2,80},\s+(?=(?:does|do|did|is|are|was|were|will|would|can|could|has|have|had|"
    r"should|what|who|which|how|where|why)\b)",
    re.IGNORECASE,
)
_SCENE_SET = re.compile(r"(?<=[.!])\s+(?=[A-Z][^.!?]*\?$)")  # a statement, then the question
_ASKED = re.compile(r"(?<=\?)\s+(?=\S)")  # between two questions of one message
FIRST_ASK_CHARS = 12  # a first question longer than "who, and what"
# "how much trade is there now and what is the goal", "can I get an e-visa? how long is it
# valid": a second question joined to the first
SECOND_ASK = re.compile(
    r"(?P<join>(?:\s*[,;+&]\s*|\s+)(?:and|n|plus)\s+|\s*[,;]\s+|\?\s+)"
    r"(?=(?:what(?:'s|s|\u2019s)?|how\s+(?:much|many|long)|when|where|who|whom|which|why)\b"
    r"|(?<=\?\s)(?:did|does|do|is|are|was|were|has|have|will|can)\b)",  # "...? did they add"
    re.IGNORECASE,
)
# "who is the ambassador, and whom did he replace": the office's holders, asked of twice
_WHO_NEXT = re.compile(r"(?:\s*[,;]\s*|\s+)and\s+(?=who(?:m)?\b)", re.IGNORECASE)
_BETWEEN = re.compile(
    r"\bdifferen(?:ce|ces|t)\s+between\s+(?P<one>.+?)\s+and\s+(?P<other>.+)$", re.IGNORECASE
)
_SIDES = re.compile(r"\s+(?:vs\.?|versus|compared (?:to|with)|or)\s+", re.IGNORECASE)
# a side that starts here is a place or time of the other's subject ("in May vs in the briefing")
_PLACE_PREPOSITIONS = ("in", "at", "on", "during", "from", "to", "for", "before", "after")
_PLACE_WORDS = rf"(?:{'|'.join(_PLACE_PREPOSITIONS)})\b"
SIDE_PLACE = re.compile(rf"^{_PLACE_WORDS}", re.IGNORECASE)
SIDE_PLACE_IN = re.compile(rf"\s{_PLACE_WORDS}", re.IGNORECASE)


# "X - does that fit with Y?": a claim checked against another fact
_FITS = re.compile(
    r"[\s,;:\u2013\u2014-]*\b(?:does|do|did|would|is)\s+(?:that|this|it)\s+"
    r"(?:fit|square|tally|match|agree|line\s+up|add\s+up)\s+with\s+",
    re.IGNORECASE,
)


def sides(text: str) -> tuple[str, str] | None:
    """The two things a comparison sets side by side ("corridor routes at the Khan meeting vs
    the countries named at IPRI"; "which is older, X or Y"; "X - does that square with Y"),
    or None: "before or after" is the comparison's frame, not two things."""
    if (fits := _FITS.search(text)) and fits.start():
        return text[: fits.start()], text[fits.end() :].rstrip("?. ")
    marks = [
        m
        for m in _SIDES.finditer(text)
        if not (
            IN_TIME.intersection(words(text[: m.start()])[-1:])
            and IN_TIME.intersection(words(text[m.end() :])[:1])
        )
    ]
    if len(marks) != 1:
        # "the difference between the visa they get now and what Pakistan is mulling"
        between = _BETWEEN.search(text)
        return (between["one"], between["other"].rstrip("?. ")) if between else None
    return text[: marks[0].start()], text[marks[0].end() :].rstrip("?. ")


_PREDECESSOR = re.compile(r"\b(?:after|replac\w*|succe\w*|in place of)\s")
_NOW = {"current", "now", "today", "present", "right"}
# "what is the name of the Kazakh ambassador", "what's the ambassador's name": who is he
_NAME_ASKED = re.compile(
    r"^\s*(?:(?:what(?:'s|\u2019s|s|\s+is|\s+was)|tell\s+me|give\s+me)\s+(?:"
    r"(?:the\s+|his\s+|her\s+)?(?:full\s+)?name\s+of\s+(?P<of>[^?]+?)"
    r"|(?P<whose>[^?]+?)(?:'s|\u2019s)\s+(?:full\s+)?name)"
    # "does any report name the minister who went": who he is, if one does
    r"|(?:does|do|did)\s+(?:any|the|a)\s+(?:reports?|sources?|articles?|stor(?:y|ies))\s+"
    r"(?:name|identify)\s+(?P<named>[^?]+?)"
    # "... federal secretary name who", as Kazakh and Urdu put the question last
    r"|(?P<ended>[^?]+?)\s+(?:full\s+)?name\s+(?:who|what)"
    # "name of the federal secretary who ...?", "name the secretary who ...", as a note
    r"|(?:the\s+)?(?:full\s+)?name\s+of\s+(?P<bare>[^?]+?)|name\s+(?P<bid>the\s+[^?]+?))\s*\??\s*$",
    re.IGNORECASE,
)
_IS = re.compile(r"\W*(?:is|was|isn\W?t|wasn\W?t)\s", re.IGNORECASE)  # "is X the ...?"
ROLE_WORDS = {
    *("ambassador", "envoy", "minister", "ministry", "president", "prime", "secretary"),
    *("chairman", "chairperson", "chairwoman", "chief", "director", "governor"),  # "the CEO"
}
