"""Evidence from every layer of the KB, ranked for a Query.

Every curated record (event details and reports, figures, roles, claims, organisations and
places) and every sentence of every article, reviewed or not, is one candidate with its
sources and date. Candidates are ranked by BM25 over the Query's content words (postings with
precomputed weights, so a query costs the postings of its words), then
boosted when they involve the people or things asked about and when they hold what the
answer type needs: a number for "how many", a date for "when", a place for "where", a person
for "who". A period asked for keeps only what is dated inside it.
"""

from __future__ import annotations

import re
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import takewhile

import numpy as np
import numpy.typing as npt

from knowledge.bm25 import BM25Index, Scores
from knowledge.dates import PartialDate
from knowledge.extract import COUNT, DURATION, MONEY, PROPORTION
from knowledge.extraction import LEDE, implicit_dates, ordinals
from knowledge.format import figure_line
from knowledge.lexicon import Lexicon, stem
from knowledge.model import (
    Detail,
    Entity,
    EntityKind,
    Event,
    FigureKind,
    KnowledgeBase,
    Person,
    Quote,
    Sentence,
)
from knowledge.query import Query, Term
from knowledge.text import STOPWORDS

MIN_COVERAGE = 0.5
OCCASION = 2  # an article reporting at most this many events is about them throughout
_RELATED_WEIGHT = 0.5
_SOFT_WEIGHT = 0.3
_FOCUS_BONUS = 2.0
_UNFOCUSED = 0.3  # a candidate that involves none of the people asked about
_TYPE_FIT = 1.6
_CANDIDATES = 40
_OTHER_OCCASION = 0.5  # what is left of a candidate's coverage when it tells another ordinal
_SHORTLIST = 4_000
_ABOUT_CACHE = 50_000
_ITEM = re.compile(r"\s*(?:[-\u2013\u2014\u2022*]\s|\(?(?:[ivx]{1,4}|[a-h]|\d{1,2})[.)]\s)")
_LISTED = 12  # items of a list shown after the sentence announcing it
_OCCASION_HIT = 0.5  # involved by the article's occasion counts half as much as by name
_COMMON = 0.05  # a related word in more than this share of a large corpus tells nothing
_PRONOUN_START = re.compile(  # "He said", "To overcome these, he called for", "“...,” he said"
    r"^(?:[\w’']+(?:\s+[\w’']+){0,9},\s+|[“\"][^”\"]+[”\"]\s*,?\s*)?"
    r"(?:he|she|his|her|they|their|the (?:envoy|ambassador|minister))\b",
    re.IGNORECASE,
)
# "in Astana", "at the prime minister's official residence": a named place or a venue
VENUE = (
    r"(?:the\s+)?((?:[\w’']+\s+){0,3}(?:residence|palace|headquarters|airport|secretariat|"
    r"house|hall|hotel|embassy|consulate|dry port|seaport|ministry))\b"
)
_PLACE = re.compile(rf"\b(?:in|at)\s+(?:(?:the\s+)?[A-Z][a-z]+|{VENUE})")
# a sentence a reader cannot follow alone: "According to these reports, ...", and, when the
# sentence before names whom it means, "He said ..." and "Tokayev appointed him on June 30"
_THE_OCCASION = re.compile(  # an occasion just named: "during the state visit"
    r"\bthe\s+(?:[\w’']+\s+)?(?:visit|meeting|session|forum|talks|summit|conference)\b",
    re.IGNORECASE,
)
_POINTS_BACK = re.compile(  # "It will be held", "The Pakistani side was led by"
    r"^(?:[\w’']+(?:\s+[\w’']+){0,4}\s+)?(?:these|those|such)\b"
    r"|^It\s(?!(?:was|is|has been|had been)\s+\w+\s+that\b)"  # not "It was informed that"
    r"|^(?:The|Both)\s+(?:[\w’']+\s+)?sides?\b"
    # a definite occasion or deal opening a sentence is the one just reported
    r"|^The\s+(?:[\w’']+\s+)?(?:agreement|deal|accord|memorandum|visit|meeting|talks|"
    r"session|forum|consignment|cargo|project|plant|venture|delegation|opening|launch|"
    r"ceremony|signing|inauguration|conference|summit|exhibition)s?\b"
    # "KTZ will invest $45 million in that terminal": the terminal just named
    r"|\b(?:that|this)\s+(?:terminal|port|project|plant|line|route|corridor|facility|"
    r"agreement|deal|venture|forum|visit|meeting|session)\b"
    # "X signed the document (for Pakistan)": the one just reported, not one introduced
    # ("the deal on wheat")
    r"|\bthe\s+(?:document|deal|pact|accord)\b(?!\s+(?:on|of|with|between)\b)"
    # "As it was noted, during the state visit ...": what was just reported
    r"|^As\s+(?:it\s+)?(?:was\s+)?(?:noted|mentioned|reported|said|stated)\b",
    re.IGNORECASE,
)
_SOMEONE_BEFORE = re.compile(rf"{_PRONOUN_START.pattern}|\b(?:him|them)\b", re.IGNORECASE)


# "... agreed to set up a working group. They also agreed that a pilot convoy ...": the same
# subject doing again what the sentence before says it did is about what that one is about
# ("He also mentioned", after what he said of something else, is not)
_GOES_ON = re.compile(
    r"^(?:they|he|she|it|both(?: sides)?|the (?:two )?(?:sides|ministers|leaders|parties))"
    r"(?:\s+(?:was|were|have|had))?\s+also\s+(?P<verb>\w+)",
    re.IGNORECASE,
)
# "Pakistan, in turn, will allow imports of ...", "In return, ...": the other side of what
# the sentence before tells ("Under the protocol, Kazakhstan will accept ...")
_IN_TURN = re.compile(r"^(?:[^,]{1,60},\s+)?in\s+(?:turn|return)\b", re.IGNORECASE)
_NONE = array("I")  # no candidates
_HE_CHAIN = 4  # sentences back a run of "He ..." sentences is followed to its name
_PROFILE = 0.5  # who someone is, or what an organisation is, says little of what they did
_REPORT = 0.6  # an event's name says less than its details, except to "when" and "where"


def leans_back(text: str) -> bool:
    """Whether a sentence may need the one before it to be followed."""
    return bool(_POINTS_BACK.search(text) or _SOMEONE_BEFORE.search(text))


Mask = npt.NDArray[np.bool_]


@dataclass(slots=True)
class Evidence:
    """One candidate statement, and what the ranker saw in it.

    Not frozen: a search builds thirty of these an answer, and a frozen dataclass's
    ``__init__`` costs five times as much; nothing changes one once built (``replace``).
    """

    kind: str  # detail, report, figure, role, claim, entity, sentence
    text: str  # as shown: a line of ours for curated records, the sentence itself otherwise
    sources: tuple[str, ...]
    date: PartialDate | None = None
    about: frozenset[str] = frozenset()  # people and organisation/place ids involved
    event: str | None = None
    figure: str | None = None
    quoted: tuple[tuple[str, str], ...] = ()  # (source, quote) a curated record rests on
    number: bool = False  # states an amount or count
    named: frozenset[str] = frozenset()  # people and organisations its own words name
    # and those it speaks of as "He" or "The envoy" after a sentence naming them
    subject: frozenset[str] = frozenset()
    covered: frozenset[str] = frozenset()  # the question's words it holds
    own: frozenset[str] = frozenset()  # those it holds as asked, not by a related word
    target: bool = False  # a figure that is an aim, not a count of what happened
    before: str = ""  # the sentence before a sentence that leans on it ("appointed him")
    after: tuple[str, ...] = ()  # the items of a list a sentence announces ("... MoUs:")
    score: float = 0.0
    coverage: float = 0.0

    @property
    def verbatim(self) -> bool:
        return self.kind == "sentence"


class Retriever:
    def __init__(self, kb: KnowledgeBase, lexicon: Lexicon) -> None:
        self.kb = kb
        self.lexicon = lexicon
        names = _Names(kb)
        self.facts = _facts(kb, names)
        self.sentences = kb.sentences
        self.size = len(self.facts) + len(self.sentences)
        self.surface: set[str] = set()  # the words as written, for spelling correction
        texts = [_search_text(kb, f) for f in self.facts]
        # a sentence announcing a list ("the documents signed were:") is found by its items
        said = [
            " ".join((s.text, *self._listed(at))) if s.text.endswith(":") else s.text
            for at, s in enumerate(self.sentences)
        ]
        self.index = BM25Index(self._terms([*texts, *said]))
        self.common = max(1_000, int(_COMMON * self.size))
        # per candidate, as arrays over all candidates (facts first, then sentences):
        # what it involves and what it holds
        self.sources = [f.sources for f in self.facts]
        article_number = {a.id: n for n, a in enumerate(kb.articles)}
        self.article = np.array(
            [article_number.get(s.source, 0) for s in self.sentences], dtype=np.int32
        )
        places = {e.id for e in kb.curated.entities if e.kind is EntityKind.PLACE}
        self.places = frozenset(places)
        # a flag a sentence, not a set of numbers: a set of 50,000 ints costs megabytes
        self.leaning = np.zeros(len(self.sentences), dtype=bool)
        self.leaning[[at for at in range(1, len(self.sentences)) if self._leans(at)]] = True
        self.goes_on = np.zeros(self.size, dtype=bool)  # by candidate: sentences at the end
        self.goes_on[
            [
                len(self.facts) + at
                for at in range(1, len(self.sentences))
                if self.sentences[at - 1].source == self.sentences[at].source
                and self._goes_on(self.sentences[at - 1].text, self.sentences[at].text)
            ]
        ] = True
        self.goes_on_at = np.flatnonzero(self.goes_on)
        # the places a story's lede names set its scene: "the trial cargo that came through
        # Afghanistan" is the cargo of every later sentence of that story
        self.scene: dict[str, frozenset[str]] = {}
        for sentence in self.sentences:
            if sentence.number <= LEDE and (here := places.intersection(sentence.mentions)):
                self.scene[sentence.source] = self.scene.get(sentence.source, frozenset()) | here
        people = set(kb.person_by_id)
        involving: dict[str, array[int]] = defaultdict(lambda: array("I"))
        self.has_place = np.zeros(self.size, dtype=bool)
        self.has_person = np.zeros(self.size, dtype=bool)
        for n, ids in enumerate(self._about()):
            for ident in ids:
                involving[ident].append(n)
            self.has_place[n] = bool(places.intersection(ids))
            self.has_person[n] = bool(people.intersection(ids))
        self.involving = {k: np.frombuffer(v, dtype=np.uint32) for k, v in involving.items()}
        for n, text in enumerate(texts):
            self.has_place[n] |= bool(_PLACE.search(text))
        for n, sentence in enumerate(self.sentences, start=len(self.facts)):
            self.has_place[n] |= bool(_PLACE.search(sentence.text))
        self.has_number = np.array(  # an amount or a count; not an ordinal or a year
            [f.kind == "figure" or _amount(f.text) for f in self.facts]
            + [bool(s.money or s.counts or PROPORTION.search(s.text)) for s in self.sentences],
            dtype=bool,
        )
        # a sentence stating a target is a target too, not a count of what happened
        aims: dict[str, list[str]] = defaultdict(list)  # source -> quotes of its targets
        for figure in kb.curated.figures:
            if figure.kind is FigureKind.TARGET:
                for quote in figure.quotes:
                    aims[quote.source].append(quote.text)
        self.states_target = {
            (s.source, s.number)
            for s in self.sentences
            if s.source in aims and any(q in s.text for q in aims[s.source])
        }
        self.has_date = np.array(
            [f.date is not None for f in self.facts] + [bool(s.dates) for s in self.sentences],
            dtype=bool,
        )
        self.named_ids = frozenset(
            {*people, *(e.id for e in kb.curated.entities if e.kind is not EntityKind.PLACE)}
        )
        self.named = [names.found(f.text) for f in self.facts]  # sentences: their mentions
        self.is_profile = np.zeros(self.size, dtype=bool)
        self.is_profile[[n for n, f in enumerate(self.facts) if f.kind in ("role", "entity")]] = (
            True
        )
        self.is_report = np.zeros(self.size, dtype=bool)
        self.is_report[[n for n, f in enumerate(self.facts) if f.kind == "report"]] = True
        self.sentence_event = _sentence_events(kb)
        # "It is expected to be co-chaired by ...": dated by the event the sentence before
        # reports, though not one of that event's own records
        self.dated_by: dict[tuple[str, int], str] = {}
        for at in np.flatnonzero(self.leaning).tolist():
            sentence, before = self.sentences[at], self.sentences[at - 1]
            key = (sentence.source, sentence.number)
            event = self.sentence_event.get((before.source, before.number))
            if event and key not in self.sentence_event:
                self.dated_by[key] = event
        # an article about one or two events involves their people throughout, if less than
        # naming them ("who was there from Pakistan's side": the article says of what)
        # (an article reporting more is about the event its lede reports, if it reports one)
        lede: dict[str, tuple[int, str]] = {}
        for (source, number), ident in self.sentence_event.items():
            if number <= LEDE and number < lede.get(source, (LEDE + 1, ""))[0]:
                lede[source] = (number, ident)
        self.ledes = {source: ident for source, (_, ident) in lede.items()}
        self.occasions: dict[str, tuple[str, ...]] = {
            source: reported if len(reported) <= OCCASION else lede[source][1:]
            for source, reported in kb.events_reported_in.items()
            if len(reported) <= OCCASION or source in lede
        }
        self.occasion: dict[str, frozenset[str]] = {
            source: frozenset(p for e in events for p in kb.event_by_id[e].participants)
            for source, events in self.occasions.items()
        }
        self.occasions_of: dict[str, list[str]] = defaultdict(list)  # person -> those articles
        for source, involved in self.occasion.items():
            for person in involved:
                self.occasions_of[person].append(source)
        # each article's sentences, as a range of candidate numbers (they come in order)
        self.article_span: dict[str, tuple[int, int]] = {}
        for n, sentence in enumerate(self.sentences, start=len(self.facts)):
            start, _ = self.article_span.get(sentence.source, (n, n))
            self.article_span[sentence.source] = (start, n + 1)
        in_event: dict[str, array[int]] = defaultdict(lambda: array("I"))
        for n, fact in enumerate(self.facts):
            if fact.event:
                in_event[fact.event].append(n)
        for n, sentence in enumerate(self.sentences, start=len(self.facts)):
            if event := self.sentence_event.get((sentence.source, sentence.number)):
                in_event[event].append(n)
        self.in_event = dict(in_event)  # plain arrays: a numpy array an event costs more
        # each article's subject: its title and the events it reports, for the words of a
        # question that set the scene ("what did he say about Afghanistan at the book launch")
        # (tuples: a set an article would cost megabytes at 10,000 articles)
        self.context: dict[str, tuple[str, ...]] = {}
        for article in kb.articles:
            titles = [kb.event_by_id[e].name for e in self.occasions.get(article.id, ())]
            subject = (s for t in (article.title, *titles) for s in lexicon.stems(t))
            self.context[article.id] = tuple(dict.fromkeys(subject))
        self._masks: dict[frozenset[str], Mask | None] = {}
        # kept per sentence, as the same sentences come up question after question
        self._about_sentence = lru_cache(maxsize=_ABOUT_CACHE)(self._about_of)
        self._subject = lru_cache(maxsize=_ABOUT_CACHE)(self._subject_of)

    def _terms(self, texts: Iterable[str]) -> Iterator[list[str]]:
        """Each text's stems, noting the words as written on the way."""
        for text in texts:
            normal = [
                w for w in self.lexicon.normal(self.lexicon.words(text)) if w not in STOPWORDS
            ]
            self.surface.update(normal)
            yield [stem(w) for w in normal]

    def _about(self) -> Iterator[frozenset[str]]:
        yield from (f.about for f in self.facts)
        for n in range(len(self.sentences)):
            yield self._mentions(n)

    def _mentions(self, n: int) -> frozenset[str]:
        """A sentence's names; one that opens with "He" or "The envoy" also involves the
        person the sentence before it (same article) names first: its subject, not someone
        it quotes."""
        sentence = self.sentences[n]
        names = frozenset(sentence.mentions)
        if self.leaning[n]:  # "The Pakistani side was led by ...": at the meeting in Astana
            names |= self.places.intersection(self.sentences[n - 1].mentions)
        if (he := self._he(n)) is not None:
            names |= {he}
        return names

    def _he(self, n: int) -> str | None:
        """Whom a sentence opening with "He" or "The envoy" speaks of: the person the
        sentence before names first, or, where that one opens so too, the one it speaks of
        ("Kistafin said ... He recalled ... “...,” the envoy said.")."""
        at = n
        for _ in range(_HE_CHAIN):
            if not at or not _PRONOUN_START.match(self.sentences[at].text):
                return None
            before = self.sentences[at - 1]
            if before.source != self.sentences[n].source:
                return None
            people = [p for p in before.mentions if p in self.kb.person_by_id]
            if people:
                return min(people, key=lambda p: self._position(before.text, p))
            at -= 1
        return None

    def _subject_of(self, n: int) -> frozenset[str]:
        """The people and bodies sentence ``n`` names or speaks of as "He"."""
        return self.named_ids.intersection(self._mentions(n))

    def _about_of(self, n: int) -> frozenset[str]:
        """Whom sentence ``n`` involves, by name or by its article's occasion and scene."""
        source = self.sentences[n].source
        around = self.occasion.get(source, frozenset()) | self.scene.get(source, frozenset())
        return self._mentions(n) | around

    def _position(self, text: str, person: str) -> int:
        found = [text.find(n) for n in self.kb.person_by_id[person].names]
        return min((f for f in found if f >= 0), default=len(text))

    def _of_events(self, events: Sequence[str], at: npt.NDArray[np.intp]) -> Mask:
        """Which of the candidates ``at`` are the event's own records, or sentences of an
        article about that occasion alone."""
        mask = np.zeros(self.size, dtype=bool)
        for event in events:
            mask[np.frombuffer(self.in_event.get(event, _NONE), dtype=np.uint32)] = True
        for source, occasion in self.occasions.items():
            if set(occasion) & set(events):
                start, end = self.article_span.get(source, (0, 0))
                mask[start:end] = True
        found: Mask = mask[at]
        return found

    def sentences_of(self, source: str) -> Sequence[Sentence]:
        start, end = self.article_span.get(source, (0, 0))
        return self.sentences[start - len(self.facts) : end - len(self.facts)]

    def sentence_holding(self, quote: Quote) -> str | None:
        """The whole sentence a quote was taken from ("Ambassador Sajid Bilal" of "He
        succeeded Ambassador Sajid Bilal, who ...")."""
        return next(
            (s.text for s in self.sentences_of(quote.source) if quote.text in s.text), None
        )

    def known(self, term: str) -> bool:
        return term in self.index

    def visible(self, visible: frozenset[str]) -> Mask | None:
        """Which candidates were published by then; None when all of them were."""
        if visible not in self._masks:
            if len(self._masks) > 16:
                self._masks.clear()
            shown = np.array([a.id in visible for a in self.kb.articles] or [False])
            facts = np.array([any(s in visible for s in src) for src in self.sources], dtype=bool)
            mask = np.concatenate([facts, shown[self.article]])
            self._masks[visible] = None if mask.all() else mask
        return self._masks[visible]

    def _stems(self, term: Term) -> tuple[tuple[str, float], ...]:
        """The term's stems with what each counts for: the word and its synonyms in full, its
        related words at a lower weight (in full when no text uses the word itself:
        "greeted", the articles say "welcomed"), leaving out related words too common to
        tell anything."""
        related = [s for s in term.related if self.index.frequency(s) <= self.common]
        weight = _RELATED_WEIGHT if self._known(term) else 1.0
        return (
            *((s, 1.0) for s in term.stems),
            *((s, _RELATED_WEIGHT if s in term.opposite else weight) for s in related),
        )

    def _at(
        self, stems: Sequence[tuple[str, float]], at: npt.NDArray[np.intp], each: dict[str, Scores]
    ) -> Scores:
        """The BM25 score of these stems for the candidates ``at`` alone; ``each``: every
        stem's scores there so far, as the words asked share stems ("contracts", "signed")."""
        found = np.zeros(len(at), dtype=np.float32)
        for stem_, weight in stems:
            if stem_ not in each:
                each[stem_] = self.index.scores_at(stem_, at)
            found += weight * each[stem_]
        return found

    def _known(self, term: Term) -> bool:
        return any(s in self.index for s in term.stems)

    def _weight(self, term: Term) -> float:
        """Rarer words weigh more; a word no text uses weighs as much as the rarest, since
        an answer without it cannot be about what was asked ("price of gold")."""
        own = [self.index.idf_of(s) for s in term.stems if s in self.index]
        if own:
            return max(max(own), 0.1)
        known = [self.index.idf_of(s) for s in term.related if s in self.index]
        return max(known) if known else self.index.rarest

    def search(
        self,
        query: Query,
        visible: frozenset[str],
        dates: dict[str, PartialDate | None],
        limit: int = 30,
    ) -> list[Evidence]:
        """The best candidates for the query among what was published by then, best first.

        ``dates`` gives each event's date as known that day, so a detail is dated by its event.
        """
        terms = list(query.terms)
        core = [t for t in terms if not t.soft] or ([] if query.focus else terms)
        if len(core) == 1 and not core[0].used and query.answer_type == "when":
            # "when were relations established": no article says "established", so only
            # words standing in for it are found ("launch", of a book launch in May 2025);
            # the soft words asked ("relations") count too
            core = terms
        stems = [self._stems(t) for t in terms]
        focus = [*query.focus, *query.events]
        if query.answer_type == "yesno" and core:
            # "did the first payments meeting take place in Islamabad?": the place is what is
            # checked, and the statement that puts it elsewhere may be the answer
            focus = [f for f in focus if not self._put_in(f, query.text)]
        hits_all = np.zeros(self.size, dtype=np.float32)
        for ident in focus:
            if ident in self.involving:
                hits_all[self.involving[ident]] += 1
        for ident in query.events:
            hits_all[np.frombuffer(self.in_event.get(ident, _NONE), dtype=np.uint32)] += 1
        named = Counter(s for ident in set(focus) for s in self.occasions_of.get(ident, ()))
        for source, count in named.items():
            start, end = self.article_span.get(source, (0, 0))
            hits_all[start:end] = np.maximum(hits_all[start:end], _OCCASION_HIT * count)
        prelim = _FOCUS_BONUS * hits_all if focus else np.zeros(self.size, dtype=np.float32)
        totals = []  # per word asked: its score in every candidate, kept for the coverage
        for term, weighted in zip(terms, stems, strict=True):
            factor = _SOFT_WEIGHT if term.soft and core is not terms else 1.0
            total = np.zeros(self.size, dtype=np.float32)
            for stem_, weight in weighted:  # each stem's postings only, not every document
                self.index.add_scores(total, stem_, weight)
            prelim += factor * total
            totals.append(total)
        # "They also agreed that ...": of whom and of what the sentence before it is, for the
        # words asked it does not hold itself; below that one, which says who "they" are
        again = self.goes_on_at
        hits_all[again] = np.maximum(hits_all[again], hits_all[again - 1])
        for term, total in zip(terms, totals, strict=True):
            if not term.soft:
                borrowed = np.where(total[again] > 0, 0.0, total[again - 1])
                prelim[again] += _RELATED_WEIGHT * borrowed
        # from here on only the candidates: what holds a word asked or involves a name asked,
        # the best few thousand of them by score (a bound on the work at any corpus size)
        shown = self.visible(visible)
        if shown is not None:
            prelim[~shown] = 0.0
        at = np.flatnonzero(prelim > 0)
        if len(at) > _SHORTLIST:
            at = np.sort(at[np.argpartition(-prelim[at], _SHORTLIST)[:_SHORTLIST]])
        if query.events:  # "what did he call that visit": that event's evidence only
            at = at[self._of_events(query.events, at)]
        if not len(at):
            return []
        focus_hits = hits_all[at]
        score = prelim[at]
        if focus:  # all the people asked about beat some of them, some beat none
            score *= np.where(focus_hits > 0, (1 + focus_hits) / (1 + len(focus)), _UNFOCUSED)
        fit = {
            "how_many": self.has_number,
            "how_much": self.has_number,
            "compare": self.has_number,
            "when": self.has_date,
            "where": self.has_place,
            "who": self.has_person,
        }.get(query.answer_type)
        if fit is not None:
            score[fit[at]] *= _TYPE_FIT
        elif fits := {"why": self.lexicon.any_cause, "how_long": DURATION}.get(query.answer_type):
            # "attributed the gap to", "because"; "a 30-day visa": in the shortlist only
            score[[bool(fits.search(self._text(int(n)))) for n in at]] *= _TYPE_FIT
        if query.answer_type not in ("when", "where"):
            score[self.is_report[at]] *= _REPORT
        if query.answer_type != "who":  # a profile line answers "who is", not "what did"
            score[self.is_profile[at]] *= _PROFILE
        weights = [self._weight(t) for t in core]
        per_core, own_core = [], []
        each: dict[str, Scores] = {}
        for term, weighted, total in zip(terms, stems, totals, strict=True):
            if term in core:
                per_core.append(total[at])
                # a related word stands for one no article uses; an opposite never does
                exact_stems = (
                    weighted[: len(term.stems)]
                    if self._known(term)
                    else [w for w in weighted if w[0] not in term.opposite]
                )
                plain = len(exact_stems) == len(weighted)  # no related words: the same
                own_core.append(per_core[-1] > 0 if plain else self._at(exact_stems, at, each) > 0)
        for k, term in enumerate(core):  # "who met him in april": a meeting dated April
            if term.month:
                months = [(d := self._said_on(int(n), dates)) and d.month for n in at]
                dated = np.array([m == term.month for m in months], dtype=bool)
                own_core[k] |= dated
                per_core[k] = np.where(dated, np.maximum(per_core[k], 1.0), per_core[k])
        goes_on = self.goes_on[at]
        if goes_on.any():  # "They also agreed ...": holds what the sentence before holds
            for k, term in enumerate(core):
                total = totals[terms.index(term)]
                inherits = goes_on & (total[at - 1] > 0)
                own_core[k] = own_core[k] | inherits
                per_core[k] = np.where(inherits, np.maximum(per_core[k], 1.0), per_core[k])
        # candidates covering most of the question first, however low their score
        share = np.zeros(len(at))  # float64: the same sums as the coverage below
        for w, scores, own in zip(weights, per_core, own_core, strict=True):
            share += w * np.where(own, 1.0, np.where(scores > 0, _RELATED_WEIGHT, 0.0))
        enough = share >= MIN_COVERAGE * sum(weights)
        if focus:  # and about whom it was asked
            enough &= focus_hits > 0
        rank = score + np.where(enough, score.max() + 1, 0)
        if len(rank) > _CANDIDATES:
            best = np.argpartition(-rank, _CANDIDATES)[:_CANDIDATES]
            top = best[np.argsort(-rank[best])]
        else:
            top = np.argsort(-rank)
        # per word asked, over the top candidates at once: whether each holds it, holds it
        # as asked, or follows a sentence that holds it (numpy here, not per candidate)
        chosen = at[top]
        held = [(scores[top] > 0).tolist() for scores in per_core]
        exactly = [own[top].tolist() for own in own_core]
        before_each = np.maximum(chosen - 1, 0)
        each_before: dict[str, Scores] = {}
        earlier = [
            (self._at([(s, 1.0) for s in t.stems], before_each, each_before) > 0).tolist()
            for t in core
        ]
        found: list[Evidence] = []
        unfocused: set[int] = set()
        asked_nth = ordinals(query.text)
        for j, i in enumerate(top):
            n = int(chosen[j])
            if score[i] <= 0:
                break
            covered = float(share[i])  # a related word covers half as well as the word asked
            missing = [k for k in range(len(core)) if not held[k][j]]
            if missing and n >= len(self.facts):  # "... at the book launch": its article says
                sentence = self.sentences[n - len(self.facts)]
                around = self.context.get(sentence.source, ())
                # the sentence before sets the scene ("The September session ... was the
                # largest. The ministry counts 11 documents signed"), as its index holds it
                before = n > len(self.facts) and self.sentences[n - len(self.facts) - 1].source
                follows = before == sentence.source
                covered += sum(
                    weights[k] * _RELATED_WEIGHT
                    for k in missing  # the word itself, not a related one
                    if any(s in around for s in core[k].stems) or (follows and earlier[k][j])
                )
            holds = frozenset(t.word for t, has in zip(core, held, strict=True) if has[j])
            exact = frozenset(t.word for t, has in zip(core, exactly, strict=True) if has[j])
            if core:
                coverage = covered / sum(weights)
            else:  # only names asked ("did Tokayev come?"): how many of them it involves
                coverage = min(1.0, float(focus_hits[i]) / max(len(focus), 1))
            evidence = self._evidence(n, dates, float(score[i]), coverage, (holds, exact))
            if asked_nth and (told := ordinals(evidence.text)) and not asked_nth & told:
                # "the first meeting" asked; "the second meeting" told: another occasion
                evidence = replace(evidence, coverage=coverage * _OTHER_OCCASION)
            if focus and not focus_hits[i]:
                unfocused.add(id(evidence))
            period = None if query.relative else query.period
            if period and not self._in_period(evidence, period, n):
                continue  # "issued 4,870 visas in 2025", in an article of 2026, is of 2025
            found.append(evidence)
            if len(found) == limit:
                break
        # covering first; of those, what involves someone asked about first
        found.sort(
            key=lambda e: (
                e.coverage < MIN_COVERAGE,
                id(e) in unfocused,
                -e.score * (1 + e.coverage),
            )
        )
        return found

    def _in_period(self, item: Evidence, period: PartialDate, at: int) -> bool:
        """Dated in the period asked, or saying so: "in 2025", or "last month" in an
        article of December (the agreements signed "last month" are November's), or of
        the occasion the sentence before dates ("... the state visit in November 2025. As it
        was noted, during the state visit 35 documents were signed")."""
        if _within(item.date, period) or period.said_in(item.text):
            return True
        at -= len(self.facts)  # a sentence's place among the sentences
        if at > 0 and _THE_OCCASION.search(item.text):
            before = self.sentences[at - 1]
            if before.source == self.sentences[at].source and period.said_in(before.text):
                return True
        published = self.kb.article_by_id[item.sources[0]].published if item.verbatim else None
        return any(_within(day, period) for _, day in implicit_dates(item.text, published))

    def _put_in(self, ident: str, text: str) -> bool:
        """Whether a question puts something "in" this place ("... in Islamabad?")."""
        entity = self.kb.entity_by_id.get(ident)
        if entity is None or entity.kind is not EntityKind.PLACE:
            return False
        folded = text.casefold()
        return any(f"in {n.casefold()}" in folded for n in entity.names)

    def _goes_on(self, before: str, text: str) -> bool:
        if _IN_TURN.match(text):  # "Pakistan, in turn, will allow ...": the same deal's
            return True
        again = _GOES_ON.match(text)
        return again is not None and set(self.lexicon.stems(again["verb"])) <= set(
            self.lexicon.stems(before)
        )

    def _leans(self, at: int) -> bool:
        """Whether the reader needs the sentence before sentence ``at`` to follow that one."""
        sentence, before = self.sentences[at], self.sentences[at - 1]
        if before.source != sentence.source:
            return False
        if _POINTS_BACK.search(sentence.text):
            return True
        names = any(p in self.kb.person_by_id for p in before.mentions)
        return names and _SOMEONE_BEFORE.search(sentence.text) is not None

    def _listed(self, at: int) -> tuple[str, ...]:
        """The sentences after one that ends in a colon: the list it announces."""
        sentence = self.sentences[at]
        if not sentence.text.rstrip().endswith(":"):
            return ()
        items = [
            s for s in self.sentences[at + 1 : at + 1 + _LISTED] if s.source == sentence.source
        ]
        if items and _ITEM.match(items[0].text):  # "- an MoU ...", "ii. Protocol ...": the
            # marked items only, not the story after them
            items = list(takewhile(lambda s: _ITEM.match(s.text) is not None, items))
        return tuple(s.text for s in items)

    def _text(self, n: int) -> str:
        return (
            self.facts[n].text if n < len(self.facts) else self.sentences[n - len(self.facts)].text
        )

    def _leans_on(self, at: int) -> str:
        """The sentence before sentence ``at``, if that one leans on it (worked out once)."""
        return self.sentences[at - 1].text if self.leaning[at] else ""

    def _said_on(self, n: int, dates: dict[str, PartialDate | None]) -> PartialDate | None:
        """Candidate ``n``'s date, else, for a record of ours, when its article was
        published: "the ports he named in May" are those of his May talk."""
        if (when := self._date(n, dates)) is not None or n >= len(self.facts):
            return when
        published = [p for s in self.facts[n].sources if (p := self.kb.article_by_id[s].published)]
        return min(published, key=lambda p: p.first_day) if published else None

    def _date(self, n: int, dates: dict[str, PartialDate | None]) -> PartialDate | None:
        """Candidate ``n``'s date: its own, else its event's, else a sentence's article's."""
        if n < len(self.facts):
            fact = self.facts[n]
            return dates.get(fact.event) if fact.event and fact.date is None else fact.date
        sentence = self.sentences[n - len(self.facts)]
        key = (sentence.source, sentence.number)
        event = self.sentence_event.get(key) or self.dated_by.get(key)
        return dates.get(event) if event else self.kb.article_by_id[sentence.source].published

    def _evidence(
        self,
        n: int,
        dates: dict[str, PartialDate | None],
        score: float,
        coverage: float,
        words: tuple[frozenset[str], frozenset[str]],
    ) -> Evidence:
        """Candidate ``n`` as evidence; ``words``: the question's words it holds, and those
        it holds as asked."""
        covered, own = words
        if n < len(self.facts):
            return replace(
                self.facts[n],
                date=self._date(n, dates),
                score=score,
                coverage=coverage,
                number=bool(self.has_number[n]),
                named=self.named[n],
                covered=covered,
                own=own,
            )
        at = n - len(self.facts)
        sentence = self.sentences[at]
        event = self.sentence_event.get((sentence.source, sentence.number))
        return Evidence(
            kind="sentence",
            text=sentence.text,
            before=self._leans_on(at),
            after=self._listed(at),
            sources=(sentence.source,),
            date=self._date(n, dates),
            about=self._about_sentence(n - len(self.facts)),
            event=event,
            number=bool(self.has_number[n]),
            target=(sentence.source, sentence.number) in self.states_target,
            named=frozenset(self.named_ids.intersection(sentence.mentions)),
            subject=self._subject(at),
            score=score,
            coverage=coverage,
            covered=covered,
            own=own,
        )


def detail_evidence(event: Event, detail: Detail, about: frozenset[str]) -> Evidence:
    """One detail of an event as a candidate, about whom the event involves."""
    return Evidence(
        "detail",
        detail.text,
        (detail.quote.source,),
        about=about,
        event=event.id,
        quoted=((detail.quote.source, detail.quote.text),),
    )


def _within(when: PartialDate | None, period: PartialDate) -> bool:
    """Known to fall inside the period: an undated or vaguer candidate does not count."""
    if when is None:
        return False
    return period.first_day <= when.first_day and when.last_day <= period.last_day


def _facts(kb: KnowledgeBase, names: _Names) -> list[Evidence]:
    facts: list[Evidence] = []
    curated = kb.curated
    for person in curated.people:
        for role in person.roles:
            facts.append(
                Evidence(
                    "role",
                    f"{person.name} — {role.title}",
                    (role.quote.source,),
                    about=frozenset({person.id}),
                    quoted=((role.quote.source, role.quote.text),),
                )
            )
    for entity in curated.entities:
        if entity.description:
            facts.append(
                Evidence(
                    "entity",
                    f"{entity.name}: {entity.description}",
                    (entity.quote.source,),
                    about=frozenset({entity.id}),
                    quoted=((entity.quote.source, entity.quote.text),),
                )
            )
    for event in curated.events:
        involved = names.once(event.involved)
        for report in event.reports:
            facts.append(
                Evidence(
                    "report",
                    event.name,
                    (report.quote.source,),
                    date=report.date,
                    about=involved,
                    event=event.id,
                    quoted=((report.quote.source, report.quote.text),),
                )
            )
        facts.extend(detail_evidence(event, detail, involved) for detail in event.details)
    for figure in curated.figures:
        of = kb.event_by_id.get(figure.event) if figure.event else None
        facts.append(
            Evidence(
                "figure",
                figure_line(figure),
                figure.sources,
                date=figure.date,
                about=names.once(of.involved) if of else frozenset(),
                event=figure.event,
                figure=figure.id,
                target=figure.kind is FigureKind.TARGET,
                quoted=tuple((q.source, q.text) for q in figure.quotes),
            )
        )
    where = _Names(kb, places=True)
    for claim in curated.claims:
        facts.append(
            Evidence(
                "claim",
                claim.text,
                (claim.quote.source,),
                # a claim is about whom and where it names ("Afghanistan has stabilised")
                about=where.found(claim.text),
                quoted=((claim.quote.source, claim.quote.text),),
            )
        )
    return facts


_FIRST_WORD = re.compile(r"\w+")


def _amount(text: str) -> bool:
    return bool(MONEY.search(text) or COUNT.search(text) or PROPORTION.search(text))


class _Names:
    """The people and organisations a line of ours names, by any of their names: names are
    looked up by their first word at each word of the line, not searched one by one (a KB
    of years of news names thousands)."""

    def __init__(self, kb: KnowledgeBase, places: bool = False) -> None:
        records: list[Person | Entity] = [*kb.curated.people]
        records += [e for e in kb.curated.entities if places or e.kind is not EntityKind.PLACE]
        self.starting: dict[str, list[tuple[str, str]]] = defaultdict(list)
        self.sets: dict[frozenset[str], frozenset[str]] = {}
        for record in records:
            for name in record.names:
                folded = name.casefold()
                if first := _FIRST_WORD.match(folded):
                    self.starting[first.group(0)].append((folded, record.id))

    def found(self, text: str) -> frozenset[str]:
        folded = text.casefold()
        ids = set()
        for word in _FIRST_WORD.finditer(folded):
            for name, ident in self.starting.get(word.group(0), ()):
                end = word.start() + len(name)
                if folded.startswith(name, word.start()) and not folded[end : end + 1].isalnum():
                    ids.add(ident)
        return self.once(frozenset(ids))

    def once(self, ids: frozenset[str]) -> frozenset[str]:
        """One copy of each set of ids: at 10,000 articles thousands of records name the
        same few people, and a set each costs megabytes."""
        return self.sets.setdefault(ids, ids)


def _search_text(kb: KnowledgeBase, fact: Evidence) -> str:
    """What a curated record is found by: its line, its quotes and its event's name."""
    parts = [fact.text, *(q for _, q in fact.quoted)]
    if fact.figure:  # "target", "participants": what kind of number it is
        figure = kb.figure_by_id[fact.figure]
        parts.extend([figure.kind.value, figure.unit])
    if fact.event:
        parts.append(kb.event_by_id[fact.event].name)
    return " ".join(parts)


def _sentence_events(kb: KnowledgeBase) -> dict[tuple[str, int], str]:
    """The curated event a sentence reports, found by the quotes the event rests on."""
    quotes: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for event in kb.curated.events:
        for quote in [*(r.quote for r in event.reports), *(d.quote for d in event.details)]:
            quotes[quote.source].append((quote.text, event.id))
    found: dict[tuple[str, int], str] = {}
    for sentence in kb.sentences:
        for text, ident in quotes.get(sentence.source, ()):
            if text in sentence.text or sentence.text in text:
                found[(sentence.source, sentence.number)] = ident
                break
    return found
