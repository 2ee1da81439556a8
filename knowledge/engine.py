"""The answer engine: ``Engine(kb).answer(question, today) -> Answer``.

Each intent has one small function that picks facts from the KB as it stood on ``today``
and states them with their sources. When nothing fits, the engine falls back to the best
supporting sentences; when none support the question, it says so.
"""

from __future__ import annotations

import re
import zlib
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import date, timedelta
from functools import cached_property
from itertools import groupby, islice, pairwise
from pathlib import Path
from typing import TypeVar

from knowledge.acronyms import acronyms, defined
from knowledge.answer import FALLBACK, NOT_ON_RECORD, Answer
from knowledge.bylines import Bylines
from knowledge.compose import ASKS_DAY, DIRECT, EARLIER_ONE, NO_EXACT_DAY, SPECIFIC, Composer
from knowledge.dates import MONTH_NAMES, PartialDate
from knowledge.event_questions import (
    Place,
    asked_place,
    asks_counterpart,
    asks_occurred,
    asks_presence,
    counterparts,
    destination,
    naming,
    naming_presence,
    only_travel,
    says_took_part,
)
from knowledge.extraction import asked_ordinals, ordinals, said_ahead
from knowledge.format import (
    DONT_KNOW_HINT,
    MAX_BULLETS,
    Reply,
    clip,
    closed,
    figure_line,
    quoted,
)
from knowledge.intents import INTENTS_FILE, TOPIC_PREFIX, load_intents
from knowledge.languages import ENGLISH, consonants, detect, load_languages
from knowledge.lexicon import LEXICON_FILE, load_lexicon, stem
from knowledge.matching import Match, Matcher
from knowledge.model import (
    Claim,
    Entity,
    EntityKind,
    Event,
    Figure,
    FigureKind,
    KnowledgeBase,
    Person,
    Quote,
    Role,
    Sentence,
    Status,
    Topic,
)
from knowledge.offices import office_keys, replaced, same_office
from knowledge.query import (
    CONDITION,
    FIRST_ASK_CHARS,
    IN_TIME,
    ROLE_WORDS,
    SECOND_ASK,
    SIDE_PLACE,
    SIDE_PLACE_IN,
    WHEN_CLAUSE,
    Analyser,
    Query,
    Term,
    clean,
    sides,
)
from knowledge.records import DataError
from knowledge.retrieve import MIN_COVERAGE, Evidence, Retriever, leans_back
from knowledge.text import STOPWORDS, first_named, terms, words
from knowledge.timeline import STALE_AFTER, EventState, Timeline

_T = TypeVar("_T")
_COUNTERPARTS = 4  # people listed as someone's counterparts
_OFFERED_DAYS = 4  # days of offered cards' lines kept
_FRESH_ANNOUNCEMENT = timedelta(days=365)
_NEW_ARTICLE_LINES = 2
PAGE_LINES = 10  # lines of a long list (timeline, people, sources) shown at a time
_PAGED = frozenset({"timeline", "who", "sources"})
_TOPIC_READ = 30  # figures read by extraction, and event details, a topic card weighs
_FOLLOW_UPS = {
    "upcoming": ("recent visits", "timeline"),
    "recent": ("upcoming visits", "timeline"),
    "visits": ("upcoming visits", "timeline"),
    "timeline": ("upcoming visits", "history of relations"),
    "trade": ("business forums", "agreements"),
    "sources": ("about",),
}
_STARTERS = ("upcoming visits", "trade target", "who is Kistafin")
# every question an answer may offer as a button, for the bot to label in the reader's tongue
OFFERED = tuple(dict.fromkeys([*_STARTERS, *(q for qs in _FOLLOW_UPS.values() for q in qs)]))
SMALL_TALK = "small_talk"
_CITES = re.compile(r"(?:\s*\[\d+\])+\.?$")
SOURCES = "sources"
_MARK = re.compile(r"\[(\d+)\]")
_CLOSEST = re.compile(r"\.?\s*Closest on record:$")
_AND_ABOUT = re.compile(r"^(?:and|but|also|what about|how about|and what about|same for)\s+", re.I)
# "which Kazakh envoy was with him": who else took part, of one office and side
# "who was at the meeting from Pakistan's side", "on the Kazakh side": those of one country
# "from Pakistan's side", "on the Kazakh side", "from the Kazakh delegation"
_FROM_SIDE = re.compile(
    r"\b(?:from|on)\s+(?:the\s+)?(?P<side>[\w-]+?)(?:'s|’s)?\s+(?:side|delegation)\b"
    r"|\brepresent(?:ed|s|ing)?\s+(?P<side2>\w+)\b",  # "who represented Pakistan"
    re.I,
)
_WHICH_WITH = re.compile(
    r"^(?:which|what)\s+(?P<office>[\w'’ -]+?)\s+(?:was|were|went|came)\s+(?:also\s+)?"
    r"(?:with\s+(?:him|her|them)|there|present|along)\b",
    re.IGNORECASE,
)
_PRONOUN = re.compile(r"\s(?:he|she|him|his|her|they|them|their|it|its|that|there|this)[\s?.!,]")
# "there" that points nowhere: "is there a direct flight", "there are plans"
# "they", "it": the thing asked about before ("what do they study"); not "that", which is
# the statement just made ("who said that")
_CLAUSE_BREAK = re.compile(r"\s(?:and|but)\s|[,;?]")  # where a question's next part starts
_THING = re.compile(r"\s(?:they|them|their|it|its)[\s?.!,]")
# "after it", "before that": a time told by the last answer's occasion, not its subject
_HE = re.compile(r"\s(?:he|she|him|her|his)\s")  # one person, the last answer's
# "..., right?": a statement put as a question, to be confirmed or corrected
_TAGGED = re.compile(
    r"(?P<said>.{12,}?)[,\s]+"
    r"(?P<tag>right|correct|true|yes|isn'?t it|is it|is that right|is that so)\s*\??$",
    re.IGNORECASE,
)
# "..., too?", "... as well?": of the occasion the last answer told
_TOO = re.compile(r"\s*,?\s*\b(?:too|as\s+well|also)\W*$", re.IGNORECASE)
_LOAN_CONSONANTS = 4  # fewer find too many words: "ttl" is total and title
_WHICH_IS = re.compile(r"\b(?:which|who|what)(?:\s+one)?\s+(?:is|was|are|were)\s*$", re.I)
# a question word makes "... is it" a question of its own ("how big is it", "which is it")
_ASKING = re.compile(r"\b(?:who|what|when|where|why|how|which)\b", re.IGNORECASE)


def _checked(text: str) -> str | None:
    """The statement a question puts to be checked with a tag ("..., right?"; "... is it"
    typed without its question mark), unless a question word makes it one of its own."""
    tag = _TAGGED.match(text)
    if tag is None:
        return None
    bare = tag["tag"].casefold() == "is it"
    if (bare and _ASKING.search(tag["said"])) or not (bare or text.endswith("?")):
        return None
    if _WHICH_IS.search(tag["said"]):
        return None  # "X, but Y - which is right?": which of two, no claim to check
    return tag["said"]


# "which ministry does he head", "what department does she run": the office held (or did:
# "which ministry headed Khan", as a Kazakh "қай министрлікті басқарады" is read)
_HEADS_BODY = re.compile(
    r"\b(?:ministry|department|portfolio)\b.*\b(?:head|heads|headed|lead|leads|led|run|runs"
    r"|ran|oversee|oversees|oversaw|in charge)\b",
    re.IGNORECASE,
)
# "which minister is Abdul Aleem Khan", "what ambassador was he": the office he holds (not
# "which minister did he meet", someone else)
_WHICH_ROLE = re.compile(
    r"\b(?:which|what)\s+(?:kind\s+of\s+)?(?:minister|ambassador|envoy|secretary|official)"
    r"\s+(?:is|was)\b",
    re.IGNORECASE,
)
# "the title of the book", "the role of the media", "the media's role": a thing's; "what did
# he say about ...": his words, whatever they are about
_NOT_HIS_TITLE = re.compile(
    r"\b(?:title|role|position|job)s?\s+of\s+(?:the|a|an|that|this|its)\b"
    r"|\bthe\s+\w+['\u2019]s?\s+(?:title|role|position|job)s?\b"
    r"|\b(?:say|said|says|tell|told|speak|spoke|talk|talked)\b",
    re.IGNORECASE,
)
_BODY_NAME_WORDS = 4  # "state bank pakistan": a name; longer, a description
_HOW_LONG_AGO = re.compile(r"\bhow\s+long\s+ago\b", re.IGNORECASE)
_YEAR_MONTHS = 12
_NAMES_NO_ONE = "The sources name no one"
_COMPOUND = re.compile(r"\w+(?:-\w+)+")  # "Nishan-i-Imtiaz"
_CLEFT = re.compile(r"\W*(?:was|is)\s+it\s+(?P<name>.+?)\s+who\s+(?P<rest>.+)", re.IGNORECASE)
# "what was signed", "and what got agreed?": a deed with no doer, place or time of its own
_DONE_THERE = re.compile(
    r"\W*(?:and\s+|so\s+)?what\s+(?:else\s+)?(?:was|were|got|has\s+been|have\s+been)"
    r"\s+\w+ed\W*$"
)
# "what route?", "which city", "how many MoUs?": of what the last answer told of
_TERSE = re.compile(  # "from which cities?": where they fly from
    r"(?:and\s+)?(?:(?:from|to|in|at|for|with)\s+)?(?:what|which|how\s+many|how\s+much)\s+[a-z]+\W*"
)
# "is Gwadar in Kazakhstan?": where a place is, asked of a country
_PLACE_IN = re.compile(r"\W*(?:is|are)\s+(?P<what>[\w' -]+?)\s+in\s+(?P<where>\w+)\W*$", re.I)
_IN_TIME_OF = re.compile(r"\s(?:after|before|since|following)\s+(?:it|that|this|then)(?=\W)")
_NAME_LINKS = frozenset({"of", "the", "and", "for", "in", "on", "to", "at", "&"})
_TRAILING_LINK = re.compile(r"\s+(?:at|in|of|for|to|on|with|from|by)$", re.IGNORECASE)
_THERE_IS = re.compile(
    r"\b(?:(?:is|are|was|were|will be|has been)\s+there"
    r"|there\s+(?:is|are|was|were|will|has|have))\b"
)
# the part asked for, before where or when: "the chief guest" of "the chief guest at the forum"
_ROLE_PHRASE = re.compile(
    r"(?:the\s+)?([a-z][\w-]*(?:\s+[a-z][\w-]*)?)(?=\s+(?:at|of|in|on|for)\b|$)", re.I
)
_ROLE_ASKED = re.compile(
    r"^\s*(?:who|whom)(?:'s|\u2019s|\s+(?:is|was|are|were|s|will|would))?"
    r"(?:\s+(?:going|expected|set|due))?(?:\s+to)?(?:\s+be)?\s+",
    re.I,
)
# Each one a question as a reader would send it: help's examples work when sent back.
HELP_EXAMPLES = (
    "upcoming visits",
    "recent visits",
    "trade target",
    "who is Kistafin",
    "who is Pakistan's communications minister",
    "visas",
    "flights from Lahore",
    "corridors",
    "what agreements were signed",
    "business forums",
    "history of relations",
    "timeline",
    "sources",
)


Handler = Callable[[str, Match, Timeline], Answer | None]
_BYLINE_SHARE = 0.5  # an article reports what was asked if it scores half the best one


class Engine:
    """Cards for broad questions, direct answers from ranked evidence for the rest."""

    def __init__(
        self,
        kb: KnowledgeBase,
        intents_file: Path = INTENTS_FILE,
        lexicon_file: Path = LEXICON_FILE,
        *,
        stale_after: timedelta = STALE_AFTER,
    ) -> None:
        self.kb = kb
        self.stale_after = stale_after
        self.languages = load_languages()
        self.offered_lines: dict[tuple[str, date], frozenset[str]] = {}
        config = load_intents(kb.curated.topics, intents_file)
        self.lexicon = load_lexicon(lexicon_file)
        # each event's naming words (name, kind, place), stemmed once, not per question
        self.event_words = {  # tuples: at 10,000 articles a set each costs megabytes
            e.id: tuple({*self.lexicon.stems(f"{e.name} {e.kind}"), e.place or ""})
            for e in self.kb.curated.events
        }
        self.events_naming: dict[str, list[str]] = defaultdict(list)
        for event, own in self.event_words.items():
            for word in own:
                self.events_naming[word].append(event)
        self.events_of: dict[str, list[str]] = defaultdict(list)  # by participant or place
        for e in self.kb.curated.events:
            for ident in dict.fromkeys((*e.participants, e.place or "")):
                self.events_of[ident].append(e.id)
        self.matcher = Matcher(
            config,
            kb.curated,
            self.lexicon.rank_words,
            self.lexicon.countries,
            self.lexicon.cities,
            defined(s.text for s in kb.sentences),
        )
        self.retriever = Retriever(kb, self.lexicon)
        self.bylines = Bylines(kb.articles, self.lexicon)
        c = kb.curated
        names = [
            *(x.text for x in c.claims),
            *(e.name for e in c.events),
            *(d.text for e in c.events for d in e.details),
            *(e.name for e in c.entities),
        ]
        self.analyser = Analyser(
            self.lexicon,
            self.matcher,
            self.retriever.known,
            self.retriever.surface,
            acronyms(names),
        )
        self._timelines: dict[date, Timeline] = {}
        # newest articles first, so topic answers surface what was added last
        order = sorted(
            kb.articles,
            key=lambda a: (a.published.first_day if a.published else date.min, a.id),
            reverse=True,
        )
        self.newest_first = order
        rank = {a.id: n for n, a in enumerate(order)}
        # Sentences of articles the curated layer does not cite yet, by topic: how a new
        # article reaches topic answers before anyone has reviewed it.
        reviewed = kb.reviewed
        # each topic's figures: the reviewed ones, then those extraction read, newest first
        self.topic_figures: dict[str, list[Figure]] = defaultdict(list)
        read = [f for f in kb.curated.figures if f.id in kb.extracted]
        read.sort(key=lambda f: min(rank[s] for s in f.sources))
        for figure in (*(f for f in kb.curated.figures if f.id not in kb.extracted), *read):
            for topic in figure.topics:
                self.topic_figures[topic].append(figure)
        self.event_figures: dict[str, list[Figure]] = defaultdict(list)
        for figure in kb.curated.figures:
            if figure.event:
                self.event_figures[figure.event].append(figure)
        self.by_topic: dict[str, list[Sentence]] = defaultdict(list)
        self.topic_words: dict[str, re.Pattern[str]] = {}
        for sentence in sorted(kb.sentences, key=lambda s: (rank[s.source], s.number)):
            if sentence.source not in reviewed:
                for topic in sentence.topics:
                    self.by_topic[topic].append(sentence)
        # One card per intent of intents.yaml, declared together: a card without an intent
        # or an intent without a card is a mistake caught here, not when a user asks.
        self.cards: dict[str, Handler] = {
            "upcoming": self._upcoming,
            "recent": self._recent,
            "visits": self._visits,
            "timeline": self._timeline,
            "trade": self._trade,
            "who": self._who,
            "sources": self._sources,
            "about": self._about,
            "help": self._help,
        }
        declared = {i.id for i in config.intents if not i.id.startswith(TOPIC_PREFIX)}
        if declared != set(self.cards):
            missing = sorted(declared ^ set(self.cards))
            problem = f"intents and cards differ: {', '.join(missing)}"
            raise DataError(intents_file, "intents", problem)

    @cached_property
    def loan_words(self) -> dict[str, str]:
        """The sources' words by their consonants, for an English word written in Urdu
        letters; a word of too few consonants, or one sharing them with another word the
        sources use ("port", "part"), is not found this way; "Integration" in a title is
        "integration" still."""
        found: dict[str, set[str]] = defaultdict(set)
        for word in self.retriever.surface:
            if word.isalpha() and len(key := consonants(word)) >= _LOAN_CONSONANTS:
                found[key].add(word.casefold())
        return {key: next(iter(said)) for key, said in found.items() if len(said) == 1}

    @cached_property
    def name_words(self) -> frozenset[str]:
        """Every word of every name the KB holds, in lower case: what a name written in
        another script may spell once transliterated."""
        names = [n for p in self.kb.curated.people for n in p.names]
        names += [n for e in self.kb.curated.entities for n in e.names]
        return frozenset(w.lower() for name in names for w in words(name))

    def examples(self, language: str) -> tuple[str, ...]:
        """Questions in a language the engine reads, for /help; none for English, whose
        examples are the help card's."""
        reader = self.languages.get(language)
        return reader.examples if reader else ()

    def timeline(self, today: date) -> Timeline:
        if today not in self._timelines:
            if len(self._timelines) > 64:
                self._timelines.clear()
            self._timelines[today] = Timeline(self.kb, today)
        return self._timelines[today]

    def card(self, intent: str, today: date, question: str | None = None, page: int = 1) -> Answer:
        """A broad answer by name, as the bot's commands ask for them (/trade, /visits);
        ``question`` is the words it stands for, where they narrow it ("recent visits");
        ``page``, for a long list, which ``PAGE_LINES`` of it (the last, if past the end)."""
        asked = question or intent
        timeline = self.timeline(today)
        card = self._card(asked, intent, self.matcher.match(asked), timeline, page)
        if card is None:
            return self._dont_know(asked)
        query = Query(text=asked, answer_type="what", intent=intent, broad=True)
        return replace(card, query=query)

    def answer(
        self,
        question: str,
        today: date,
        context: Answer | None = None,
        reader: str | None = None,
    ) -> Answer:
        """Answer one question as the KB stood on ``today``; never raises on user text.

        ``context`` is the previous answer in the same conversation, which "tell me more",
        "who else was there?" or "and the railway?" lean on; ``reader`` the reader's
        language, which tells Kazakh from Russian where the script cannot."""
        language = detect(question, reader, self.languages)
        if language != ENGLISH and (tables := self.languages.get(language)):
            # understood in English words (read once: the reading is never read again, so a
            # word it keeps as typed cannot send it round); answered with the English
            # facts, said so once
            english = tables.english(question, self.name_words, self.loan_words)
            # no word the tables hold: not understood, which is not an empty question
            answer = self._english(english, today, context) if english else None
            answer = answer or self._dont_know(question)
            hint = f"{tables.sources_note}\n{answer.hint}".strip()
            return replace(answer, question=question, language=language, hint=hint)
        return self._english(question, today, context)

    def _english(self, question: str, today: date, context: Answer | None) -> Answer:
        """A question in English words, as typed or as read from another language."""
        text = clean(question)
        if not text:
            return Answer(
                question,
                FALLBACK,
                "Please type a question.",
                hint=DONT_KNOW_HINT,
                follow_ups=_STARTERS,
            )
        if tag := _checked(text):  # "Tokayev's trip is the first ever, right?"
            text = f"is it true that {tag}?"
        text = self.analyser.claim_asked(text)  # before a follow-up's "it", "that" are read
        if (cleft := _CLEFT.match(text)) and (checked := self._cleft(cleft, today)):
            return replace(checked, question=question)  # "was it Karabayev who led ...?"
        if (placed := _PLACE_IN.match(text)) and (checked := self._place_in(placed, today)):
            return replace(checked, question=question)  # "is Gwadar in Kazakhstan?"
        if (talk := self.analyser.small_talk(text, today)) is not None:
            starters = _STARTERS if talk == self.lexicon.small_talk[0].reply else ()
            return Answer(question, SMALL_TALK, talk, confidence=1.0, follow_ups=starters)
        timeline = self.timeline(today)
        result = None
        if context is not None and context.query is not None:
            result = self._follow_ups(text, context, context.query, timeline)
        if result is None and (beside := _BESIDE.match(text)):
            # "what came right after the Karachi forum": that forum, then what came next
            asked = self.analyser.analyse(f"when was {beside['what']}", today)
            named = self._answer(asked, timeline)
            if named.events:
                result = self._beside(text, named, beside["side"].lower() == "after", timeline)
        if result is None:
            asked = self.analyser.analyse(text, today)
            query = self._held_now(asked, timeline)
            result = self._two_part(text, timeline) or self._answer(query, timeline)
            if query is not asked and result.not_on_record:
                result = self._held_before(asked, query, timeline) or result
            if self.analyser.asks_who_took_part(text):
                # the occasion the question names, then who took part in it (an answer led
                # by a sentence of no occasion leaves it to the question's words)
                naming_words = [
                    t for t in query.terms if any(s in self.events_naming for s in t.stems)
                ]  # not "took part"
                asked = replace(query, terms=tuple(naming_words))
                events = result.events or [s.event.id for s in self._named_events(asked, timeline)]
                if events:
                    named = replace(result, events=self._named_first(events, text))
                    office = self._side_asked(text)
                    result = self._others_at(named, query, timeline, office) or result
        if _HOW_LONG_AGO.search(text) and (ago := self._ago(result, timeline)):
            result = replace(result, lead=f"{ago} {result.lead}")
        return replace(result, question=question)

    def _ago(self, answer: Answer, timeline: Timeline) -> str:
        """ "How long ago was the state visit": how far back the date of the occasion the
        answer leads with lies from today, in months or years ("About a year ago:")."""
        at = timeline.position.get(answer.events[0]) if answer.events else None
        if at is None or answer.not_on_record:
            return ""
        state = timeline.states[at]
        day = state.set_for
        if day is None or day.month is None or state.status is not Status.TOOK_PLACE:
            return ""
        today = timeline.today
        months = (today.year - day.year) * 12 + today.month - day.month
        if months < 1:
            return "This month:"
        if _YEAR_MONTHS - 1 <= months <= _YEAR_MONTHS + 2:
            return "About a year ago:"
        if months < 2 * _YEAR_MONTHS:
            return f"About {months} month{'s' if months > 1 else ''} ago:"
        return f"About {round(months / _YEAR_MONTHS)} years ago:"

    def _side_asked(self, text: str) -> str:
        """The country of "from Pakistan's side", "on the Kazakh side"; none of "on the
        other side"."""
        side = _FROM_SIDE.search(text)
        said = (side["side"] or side["side2"]) if side else ""
        return said if said.casefold() in self.lexicon.countries else ""

    def _held_now(self, query: Query, timeline: Timeline) -> Query:
        """ "When did the new Kazakh ambassador present his credentials": a name that is only
        an office ("Kazakh ambassador", an alias written for Kistafin) is of its holder by the
        newest source that day, once a later article names another one."""
        people = list(query.people)
        titles = self.analyser.titles
        # "is Kistafin still the Kazakh ambassador": named by his own name too, he is asked of
        by_name = {i for s, i in query.match.name_spans if not set(s) <= titles}
        for span, ident in query.match.name_spans:
            if ident not in people or not set(span) <= titles or ident in by_name:
                continue
            holders = self.matcher.by_role(list(span))
            if len(holders) < 2 or ident not in holders:
                continue
            days = {p: d.first_day for p in holders if (d := self._role_day(p, timeline))}
            if days:
                people[people.index(ident)] = max(days, key=days.__getitem__)
        if people == list(query.people):
            return query
        return replace(query, people=tuple(dict.fromkeys(people)))

    def _held_before(self, asked: Query, now: Query, timeline: Timeline) -> Answer | None:
        """What the sources have of the office's earlier holder, when they have nothing of
        its holder now ("what did the Kazakh envoy say about Afghanistan"), said to be his."""
        earlier = [p for p in asked.people if p not in now.people]
        later = [p for p in now.people if p not in asked.people]
        if len(earlier) != 1 or len(later) != 1:
            return None
        answer = self._answer(asked, timeline)
        if answer.not_on_record:
            return None
        before, holder = self.kb.person_by_id[earlier[0]], self.kb.person_by_id[later[0]]
        note = f"Of {before.name}, who held the office before {holder.name}: "
        return replace(answer, lead=note + answer.lead)

    def _place_in(self, placed: re.Match[str], today: date) -> Answer | None:
        """ "Is Gwadar in Kazakhstan?": by the country the KB gives the place (its capital's
        country, or the one its description names), yes or no; None where it gives none."""
        country = self.lexicon.countries.get(placed["where"].casefold())
        asked = self.analyser.analyse(placed["what"], today)
        if country is None or len(asked.entities) != 1 or asked.people:
            return None
        place = self.kb.entity_by_id[asked.entities[0]]
        if place.kind is not EntityKind.PLACE or not place.description:
            return None
        if place.quote.source not in self.timeline(today).visible:
            return None
        named = [self.lexicon.countries.get(w.casefold()) for w in words(place.description)]
        known = self.lexicon.capitals.get(place.name.casefold())
        owner = known or next((c for c in named if c), None)
        if owner is None:
            return None
        reply = Reply(self.kb)
        prefix = "Yes. " if owner.casefold() == country.casefold() else "No. "
        lead = f"{prefix}{place.name}: {place.description}{reply.cite(place.quote.source)}."
        return reply.answer(placed.string, DIRECT, lead, 0.9)

    def _cleft(self, cleft: re.Match[str], today: date) -> Answer | None:
        """ "Was it Karabayev who led the delegation?": who did it, by the sources, and
        whether that is the one named: yes, or no and who it was."""
        asked = self.analyser.analyse(cleft["name"], today)
        named = asked.people
        office = list(asked.office) or self.lexicon.spelled(words(cleft["name"]))
        if not named and asked.role:
            # "was it Kazakhstan's ambassador who ...": the office's holder
            named = self.matcher.by_role(office)
        if len(named) != 1:
            return None
        who = self._english(f"who {cleft['rest']}", today, None)
        if who.not_on_record or who.intent == SMALL_TALK or who.lead.startswith(_NAMES_NO_ONE):
            return None  # "The sources name no one; they say: ...": no doer to weigh
        person = self.kb.person_by_id[named[0]]
        # who the lead names, where: the one named first is the one who did it
        at = {
            p.id: i
            for p in self.kb.curated.people
            if (i := first_named(who.lead, p.names)) < len(who.lead)
        }
        if not at:
            return None
        if person.id in at and min(at, key=at.__getitem__) != person.id:
            return None  # named, not first: "Karabayev invited Khan" asked as Khan's doing
        prefix = "Yes. " if person.id in at else "No. "
        return replace(who, lead=prefix + who.lead)

    def _two_part(self, text: str, timeline: Timeline) -> Answer | None:
        """ "How much trade is there now and what is the goal": the first question's answer
        (or what is missing for it), then the second's, asked of the same subject."""
        joins = list(SECOND_ASK.finditer(text))
        if not joins or joins[-1].start() < FIRST_ASK_CHARS:
            return None
        first = self.analyser.analyse(text[: joins[-1].start()], timeline.today)
        if (
            (not first.core and first.answer_type == "what")
            or CONDITION.match(text.lstrip())
            or WHEN_CLAUSE.match(text)  # "When he went to see Khan, what did ...": a scene
        ):
            # "according to the envoy, which regions ...", "if they build it, which sectors
            # ...": a frame or a condition, not a question of its own
            return None
        then = self.analyser.analyse(text[joins[-1].end("join") :], timeline.today)
        new = [t for t in then.core if t.word not in {u.word for u in first.terms}]
        said = any(self.lexicon.reporting.intersection(t.stems) for t in then.terms)
        # a kind of fact may be asked of the first one's subject in no new words
        again = not new and then.answer_type not in SPECIFIC
        # "how many attended, and how many of them were Kazakh": a part of the first's answer
        part = _PART_OF.search(text, joins[-1].end("join"))
        same = first.answer_type == then.answer_type and not part
        if same or then.focus or then.unknown or again or said:
            # one kind of fact asked twice, a question of its own, or the first again in
            # other words ("why is he visiting, what do officials say"); "how long is it
            # valid" asks a new kind of fact of the same subject
            return None
        subject = tuple(t for t in first.core if t not in then.terms)
        then = replace(then, terms=(*then.terms, *subject), people=first.people)
        if part:  # "of them": what the first names sets the scene; the second says which
            # ("were Kazakh": the country is what sets the part apart)
            own = then.terms[: len(then.terms) - len(subject)]
            own = tuple(
                replace(t, soft=False) if t.word in self.lexicon.countries else t for t in own
            )
            subject = tuple(replace(t, soft=True) for t in subject)
            then = replace(then, terms=(*own, *subject), entities=first.entities)
        one, two = self._answer(first, timeline), self._answer(then, timeline)
        if two.not_on_record:
            return None
        if two.lead.startswith(_NAMES_NO_ONE):
            # "how much goes into the centre and who puts in what": the first's answer says
            # who, as countries; the second, of people, would say no one is named
            return one
        if any(two.lead.removesuffix(".") in line for line in (one.lead, *one.bullets)):
            return one  # the first's answer holds the second's: "Yes. ... a 30-day visa"
        return _joined(one, two, first.text)

    def _answer(self, query: Query, timeline: Timeline, shown: Sequence[str] = ()) -> Answer:
        """``shown``: what the reader has seen already, for "tell me more"."""
        match = query.match
        if asks_counterpart(query.text) and (across := self._counterpart(query, timeline)):
            return across
        if asked := self.bylines.asks(query.text):  # "who wrote the article on ..."
            return self._bylines(query, asked, timeline)
        unknown_only = bool(query.unknown) and len(query.unknown) == len(query.core)
        names = [*query.unknown_names, *([" ".join(query.unknown)] if unknown_only else [])]
        if author := next(filter(None, map(self.bylines.author, names)), None):
            return self._author(query, author, timeline)  # "who is Shabbir Hussain"
        if query.answer_type == "yesno" and (other := self._another_compound(query, timeline)):
            return other  # "is he getting the Nishan-i-Imtiaz?" "... the Nishan-i-Pakistan"
        if (
            query.head
            and query.head in query.unknown
            and not (query.unknown_names or unknown_only)
        ):
            # the very thing asked for ("what's the fare on the Almaty flight"): not on
            # record, with what is, of the rest asked (the Almaty flight)
            evidence = self.retriever.search(query, timeline.visible, timeline.dates)
            return self._composer(timeline).unheard(query, evidence)
        if query.unknown_names or unknown_only:
            # a name nobody wrote about, or only words no article uses ("price of gold")
            said = ", ".join(f"\u201c{w}\u201d" for w in dict.fromkeys(query.unknown))
            opening = "Not on record" if query.answer_type == "yesno" else "I don't have that"
            lead = f"{opening}: the sources say nothing about {said}."
            return Answer(
                query.text,
                NOT_ON_RECORD,
                lead,
                hint=DONT_KNOW_HINT,
                query=query,
                follow_ups=_STARTERS,
            )
        if (
            query.answer_type == "who"
            and not query.people
            and not shown
            and (card := self._head_of(query, timeline, match))
        ):
            return card  # "who is running National Bank of Pakistan these days"
        if query.role and not query.events and not shown:
            # (a year asked is when, not a word of the office: "... ambassador in 2025")
            typed = [w for w in words(query.text) if not w.isdigit()]
            office = list(query.office) or self.lexicon.spelled(typed)
            by_role = self.matcher.by_role(office)
            if by_role:
                # those who held the office in other words ("Air Astana President and Chief
                # Executive", of "President and Chief Executive of Air Astana") held it too
                by_role = (*by_role, *self._same_office_holders(by_role, office, timeline))
                match = replace(match, by_role=by_role)
                # the office, not his diary; the newest source's holder, then those before
                holders = sorted(by_role, key=lambda p: self._role_rank(p, timeline))
                holders.reverse()
                holder, *earlier = (self.kb.person_by_id[p] for p in holders)
                card = self._person(
                    query.text, holder, timeline, match, False, earlier, office=office
                )
                # "and his Kazakh counterpart?" leans on the holder named
                held = replace(query, people=(holder.id,))
                if card is None:
                    return self._dont_know(query.text)
                days = self._role_days(holder.id, timeline)
                if (
                    (when := query.period)
                    and days
                    and not any(
                        d.first_day <= when.last_day and when.first_day <= d.last_day for d in days
                    )
                ):
                    # "who was the ambassador in 2019": who held it then is not on record;
                    # who held it as of the sources' dates is
                    newest = max(days, key=lambda d: d.first_day)
                    lead = f"Not on record for {when.human()}. As of {newest.human()}: "
                    return replace(card, lead=lead + card.lead, intent=NOT_ON_RECORD, query=held)
                return replace(card, query=held)
            asked = _ROLE_ASKED.sub("", query.text).rstrip("?. ")
            lead = f"Not on record: the sources don't name {asked}."
            # what they do say of the body, where they say something ("the joint venture's
            # board will have five members"), labelled as only the closest
            reply = Reply(self.kb)
            composer = Composer(self.kb, timeline, self.lexicon)
            titles = ROLE_WORDS | self.analyser.titles
            body = {t.word for t in query.core if t.word not in titles}
            found = self.retriever.search(query, timeline.visible, timeline.dates)
            if beside := self._named_as(asked, found):
                # "..., Chaudhry Shafay Hussain, the chief guest, said ...": a part someone
                # played there, which no title records
                return composer.compose(replace(query, role=False), [beside])
            for item in found[:2]:
                if body and body <= item.own:
                    reply.add(*composer.line(item, query))
            if not reply.bullets:
                return Answer(query.text, NOT_ON_RECORD, lead, hint=DONT_KNOW_HINT, query=query)
            lead += " Closest on record:"
            return reply.answer(query.text, NOT_ON_RECORD, lead, 0.0, query=query)
        if query.described and (described := self._described(query, timeline)):
            return described
        if query.period and not query.core and not query.focus:
            return self._period(query, timeline)
        months = {t.month for t in query.core if t.month}
        if len(months) == 1 and all(t.month for t in query.core) and not query.focus:
            # "what happened in May": the last May before today with anything on record
            when = self._last_month(months.pop(), timeline)
            return self._period(replace(query, period=when, terms=()), timeline)
        if len(query.people) == 1 and _MOVED_ON.search(query.text) and _JOB.search(query.text):
            # "what job did Abbasi move to after he left PMDC?": a post after the one left
            return self._moved_on(query, self.kb.person_by_id[query.people[0]], timeline)
        # "which minister is he" asks his office, though "which minister" asks who
        titled = query.answer_type in ("what", "list") or bool(_WHICH_ROLE.search(query.text))
        asks_one = titled and len(query.people) == 1
        if asks_one and self._asks_title(query):
            person = self.kb.person_by_id[query.people[0]]  # "what was X's title": X's roles
            answer = self._person(query.text, person, timeline, match, events=False)
            if answer is not None:  # "what did he say?" next is of him
                return replace(answer, query=query)
        if query.text.lower().startswith("how old") and len(query.people) == 1 and not query.core:
            # "how old is Tokayev" asks his age, which no record holds: not his events' dates
            name = self.kb.person_by_id[query.people[0]].name
            lead = f"Not on record: the sources give no age for {name}."
            return Answer(query.text, NOT_ON_RECORD, lead, hint=DONT_KNOW_HINT, query=query)
        if (
            query.answer_type == "when"
            and not EARLIER_ONE.search(query.text)  # "the last one before Tokayev's": another
            and (dated := self._when_named(query, timeline) or self._been_to(query, timeline))
        ):
            return dated
        if query.answer_type == "yesno" and (
            on_record := self._holds_office(query, timeline, match)
            or self._been_to(query, timeline)
            or self._happened(query, timeline)
            or self._present(query, timeline)
            or self._met_with(query, timeline)
        ):
            return on_record
        if query.answer_type == "yesno" and self.matcher.mentions("upcoming", query.text):
            upcoming = self._is_upcoming(query, timeline)
            if upcoming.events or not query.core:  # else: what the sources say of it
                return upcoming
        named = [self.kb.entity_by_id[e] for e in query.entities]
        # "what is the Turghundi-Herat railway": the railway, not every railway; its name's
        # "railway" is no topic asked
        alone = query.broad and len(named) == 1 and not query.terms and not query.people
        if (
            alone
            and named[0].description
            and (card := self._entity(query.text, named[0], timeline))
        ):
            return replace(card, query=query)
        if query.broad and not shown and (one := self._one_event(query, timeline)):
            return one
        if query.broad and match.intent and not shown:
            card = self._card(query.text, match.intent, match, timeline)
            if card is not None and query.period and card.intent == "trade":
                card = self._trade_in(query.period, card, timeline)
            if card is not None:
                return replace(card, query=query)
        evidence = self.retriever.search(query, timeline.visible, timeline.dates)
        if not evidence and not query.terms and not query.focus:
            return self._dont_know(query.text)
        composer = self._composer(timeline)
        return composer.compose(query, evidence, shown, lambda: self._sides(query, timeline))

    def _another_compound(self, query: Query, timeline: Timeline) -> Answer | None:
        """ "Is Zardari giving Tokayev the Nishan-i-Imtiaz?" when the sources have him
        conferring the Nishan-i-Pakistan: "No", with that statement. A yes/no question whose
        unknown word ends a hyphenated name is asked again with the name's known part; a
        "Yes" to that, of the same name ending in another word, is a "No" to what was asked.
        """
        unknown = set(query.unknown)
        for compound in _COMPOUND.finditer(query.text):
            parts = compound.group(0).split("-")
            ends = [i for i, part in enumerate(parts) if part.casefold() in unknown]
            if not ends or ends[0] == 0 or any(p.casefold() in unknown for p in parts[: ends[0]]):
                continue
            known = "-".join(parts[: ends[0]])
            text = f"{query.text[: compound.start()]}{parts[0]}{query.text[compound.end() :]}"
            again = self._answer(self.analyser.analyse(text, timeline.today), timeline)
            said = " ".join([again.lead, *again.bullets])
            other = re.search(
                rf"\b{re.escape(known)}-(?!{re.escape(parts[ends[0]])})\w", said, re.I
            )
            if again.lead.startswith("Yes. ") and other:
                return replace(again, lead=f"No. {again.lead.removeprefix('Yes. ')}")
        return None

    def _named_as(self, asked: str, found: Sequence[Evidence]) -> Evidence | None:
        """A sentence naming someone as what was asked for ("the chief guest" of "who was
        the chief guest at the Lahore forum"), beside his name."""
        office = _ROLE_PHRASE.match(asked)
        if office is None:
            return None
        said = re.escape(office[1])
        beside = re.compile(rf",\s+the\s+{said}\s*,", re.I)  # "Name, the chief guest, said"
        return next((e for e in found if e.verbatim and e.named and beside.search(e.text)), None)

    def _holds_office(self, query: Query, timeline: Timeline, match: Match) -> Answer | None:
        """ "Is Karabayev Kazakhstan's ambassador to Pakistan?": whether the one person named
        holds the office named, by its holders on record, the newest first; never a statement
        that only names them both."""
        said = words(query.text)
        titles = self.analyser.titles
        # "is Karabayev the Kazakh ambassador?": an alias that is only an office is the office
        by_office = {
            i
            for i in query.people
            if all(set(s) <= titles for s, named in query.match.name_spans if named == i)
        }
        people = [p for p in query.people if p not in by_office] or list(query.people)
        if not (said[:1] in (["is"], ["was"]) and len(people) == 1):
            return None
        person = self.kb.person_by_id[people[0]]
        # his name's words, not those of an alias that is an office ("Kazakh ambassador")
        own = {w.lower() for name in person.names for w in words(name)}
        own -= ROLE_WORDS | set(self.lexicon.countries)
        office = [w for w in self.lexicon.spelled(said[1:]) if w not in own]
        # "is he still the minister": how things stand now is part of asking the office
        plain = self.analyser.titles | set(self.lexicon.countries) | STOPWORDS
        plain |= self.lexicon.current
        # "finance minister": a portfolio no title names, right before the office's word
        plain |= {w for w, then in pairwise(office) if then in ROLE_WORDS}
        if not ROLE_WORDS.intersection(office) or not set(office) <= plain:
            return None  # "is he the first Kazakh president to visit": more than an office
        if not (found := self.matcher.by_role(office)):
            # "is Kistafin Pakistan's ambassador to Kazakhstan?": no one is, on record; what
            # he is instead: a "No" where that is a post of the same kind (an ambassador's,
            # a minister's), held by one at a time
            card = self._person(query.text, person, timeline, match, events=False)
            if card is None:
                return None
            titles = {w.casefold() for r in person.roles for w in words(r.title)}
            if ROLE_WORDS.intersection(office) & titles:
                return replace(card, lead=f"No. {card.lead}", intent=DIRECT, query=query)
            lead = f"Not on record in that office; on record: {card.lead}"
            return replace(card, lead=lead, intent=NOT_ON_RECORD, query=query)
        holders = sorted(found, key=lambda p: self._role_rank(p, timeline), reverse=True)
        if said[0] == "was" and person.id in holders:
            holders = [person.id]  # "was he ...": he was; his card, no one before him
        holder, *earlier = (self.kb.person_by_id[p] for p in holders)
        card = self._person(query.text, holder, timeline, match, events=False, earlier=earlier)
        if card is None:
            return None
        prefix = "Yes. " if holder is person else "No. "
        return replace(card, lead=prefix + card.lead, intent=DIRECT, query=query)

    def _asks_title(self, query: Query) -> bool:
        """ "What is Kistafin's position": his title; not "Pakistan's position on the map",
        a country's, whoever is asked how he sees it."""
        said = [w for w in words(query.text) if w != "s"]
        if _EARLIER_JOB.intersection(w.casefold() for w in said):
            return False  # "his job before this posting": what a source says he did before
        if _HEADS_BODY.search(query.text) or _WHICH_ROLE.search(query.text):
            return True  # "which ministry does Shaqqaliev head", "which minister is he"
        if _NOT_HIS_TITLE.search(query.text):
            return False  # "the title of the book IPRI launched": the book's
        return any(
            word in self.lexicon.asks_title and not (n and said[n - 1] in self.lexicon.countries)
            for n, word in enumerate(said)
        )

    def _author(self, query: Query, author: str, timeline: Timeline) -> Answer:
        """A journalist: the articles he wrote, which is all the sources say of him."""
        written = [a for a in self.bylines.by_author[author] if a.id in timeline.visible]
        reply = Reply(self.kb)
        for article in written:
            reply.add(article.reference(), article.id)
        articles = "an article" if len(written) == 1 else f"{len(written)} articles"
        lead = f"{author} is on record only as the author of {articles}:"
        return reply.answer(query.text, DIRECT, lead, 1.0, query=query)

    def _bylines(self, query: Query, asked: str, timeline: Timeline) -> Answer:
        """Who wrote or published the articles that report what the question names."""
        outlets = {a.publisher for a in self.kb.articles if a.publisher}
        named = [self.kb.entity_by_id[e].name for e in query.entities]
        by = {n for n in named if n in outlets}  # "the Alliance News article"
        skip = self.bylines.words()
        about = replace(
            query,
            terms=tuple(t for t in query.terms if t.word not in skip),
            entities=tuple(e for e in query.entities if self.kb.entity_by_id[e].name not in by),
            unknown=(),
        )
        if about.core or about.focus:
            evidence = self.retriever.search(about, timeline.visible, timeline.dates)
            covering = [e for e in evidence if e.coverage >= MIN_COVERAGE] or evidence[:1]
            # the articles of the statements that answer it best, not of every word's echo
            # ("Khan pressed for visas" for a press briefing)
            best = covering[0].score if covering else 0.0
            strong = [e for e in covering if e.score >= best * _BYLINE_SHARE]
            sources = dict.fromkeys(s for e in strong for s in e.sources)
            found = [self.kb.article_by_id[s] for s in sources if s in timeline.visible]
        else:
            found = [a for a in self.newest_first if a.id in timeline.visible]
        found = [a for a in found if not by or a.publisher in by][:MAX_BULLETS]
        if not found:
            lead = "Not on record: none of the articles I answer from reports that."
            return Answer(query.text, NOT_ON_RECORD, lead, hint=DONT_KNOW_HINT, query=query)
        reply = Reply(self.kb)
        if len(found) == 1:
            article = found[0]
            missing = {
                "author": "" if article.author else "no author is named",
                "outlet": "" if article.publisher else "no outlet is named",
                "published": "" if article.published else "no date is known",
            }[asked]
            if missing:
                lead = (
                    f"Not on record: {missing} in {article.reference()}{reply.cite(article.id)}."
                )
                return reply.answer(query.text, NOT_ON_RECORD, lead, 1.0, query=query)
            lead = f"{article.reference()}{reply.cite(article.id)}."
        else:
            lead = "Reported in:"
            for article in found:
                reply.add(article.reference(), article.id)
        return reply.answer(query.text, DIRECT, lead, 1.0, query=query)

    def _sides(self, query: Query, timeline: Timeline) -> Answer | None:
        """ "Corridor routes at the Khan meeting vs the countries Kistafin listed": each side
        asked on its own, the second's answer under the first's, for the reader to compare.
        Words before a comma or colon are asked of both ("how do the visa offers differ,
        business community vs chamber members"); a second side that is only a place or time
        takes the first's subject ("ports he named in May vs in the briefing")."""
        if (split := sides(query.text)) is None:
            return None
        one, two = split
        shared, _, one = _SIDE_FRAME.sub(",", one).rpartition(",")
        if IN_TIME.intersection(words(shared)):  # "which is older, X or Y": when each was
            shared = "when was"
        elif asked := _MEASURED_SIDE.keys() & set(words(shared)):  # "which is longer - X or Y"
            shared = f"how {_MEASURED_SIDE[asked.pop()]} is"
        if SIDE_PLACE.match(two) and (places := list(SIDE_PLACE_IN.finditer(one))):
            two = f"{one[: places[-1].start()]} {two}"
        answers = [
            self._answer(self.analyser.analyse(f"{shared} {side}", timeline.today), timeline)
            for side in (one, two)
        ]
        first, second = (_unheaded(a) for a in answers)
        if second.not_on_record or first.lead == second.lead:
            return None  # nothing to set beside the first: the comparison as asked
        return replace(_joined(first, second), query=query)

    def _card(
        self, question: str, intent: str, match: Match, timeline: Timeline, page: int = 1
    ) -> Answer | None:
        card = self._bare_card(question, intent, match, timeline, page)
        if card is None:
            return None
        if intent in _PAGED and card.pages == 1:  # a list not built a page at a time
            card = _paged(card, page)
        if not card.follow_ups:
            offers = _FOLLOW_UPS.get(intent, ())
            card = replace(card, follow_ups=self._new_to(card, offers, timeline))
        return card

    @cached_property
    def tag(self) -> str:
        """Eight hex digits that change when the KB does: a "More" button made before a
        reload can tell that its list may have changed since."""
        kb = self.kb
        ids = [a.id for a in kb.articles] + [e.id for e in kb.curated.events]
        ids += [p.id for p in kb.curated.people]
        return f"{zlib.crc32(' '.join(ids).encode()):08x}"

    def _new_to(self, card: Answer, offers: Sequence[str], timeline: Timeline) -> tuple[str, ...]:
        """The follow-ups that would show the reader something this card did not: with
        nothing upcoming, the "upcoming" card lists the latest visits, all that "recent
        visits" would send."""
        shown = {_MARK.sub("", bullet) for bullet in card.bullets}
        kept = []
        for offer in offers:
            lines = self._offered_lines(offer, timeline)
            if not lines or not lines <= shown:
                kept.append(offer)
        return tuple(kept)

    def _offered_lines(self, offer: str, timeline: Timeline) -> frozenset[str]:
        """The lines an offered card shows, worked out once a day: an offer is a fixed
        question, and at 10,000 articles its card (the timeline) is a long list."""
        key = (offer, timeline.today)
        if key not in self.offered_lines:
            match = self.matcher.match(offer)
            other = self._bare_card(offer, match.intent, match, timeline) if match.intent else None
            lines = frozenset(_MARK.sub("", b) for b in other.bullets) if other else frozenset()
            if len(self.offered_lines) >= _OFFERED_DAYS * len(OFFERED):
                self.offered_lines.clear()
            self.offered_lines[key] = lines
        return self.offered_lines[key]

    def _bare_card(
        self, question: str, intent: str, match: Match, timeline: Timeline, page: int = 1
    ) -> Answer | None:
        handler = self.cards.get(intent)
        # the lists that grow with the archive are built a page at a time: 10,000 articles'
        # sources, every event on the timeline
        if intent == "timeline":
            card = self._timeline(question, match, timeline, page)
        elif intent == "sources":
            card = self._sources(question, match, timeline, page)
        elif handler is not None:
            card = handler(question, match, timeline)
        elif intent.startswith(TOPIC_PREFIX):
            topic = self.kb.topic_by_id[intent.removeprefix(TOPIC_PREFIX)]
            card = self._topic(question, match, timeline, topic)
        else:
            return None
        return card

    def _dont_know(self, question: str) -> Answer:
        return Answer(
            question, FALLBACK, "I don't have that.", hint=DONT_KNOW_HINT, follow_ups=_STARTERS
        )

    # -- conversation ------------------------------------------------------------------

    def _follow_ups(
        self, text: str, context: Answer, previous: Query, timeline: Timeline
    ) -> Answer | None:
        """ "How many of them were Kazakh, and how much was signed?": leaning on the last
        answer as one question, else, where that finds nothing, as two, each answered on
        its own (the second leans on it even without a word pointing back)."""
        whole = self._follow_up(text, context, previous, timeline)
        joins = list(SECOND_ASK.finditer(text))
        if (whole and not whole.not_on_record) or not joins:
            return whole
        if joins[-1].start() < FIRST_ASK_CHARS:
            return whole
        first, then = text[: joins[-1].start()], text[joins[-1].end("join") :]
        one = self._follow_up(first, context, previous, timeline)
        if one is None or one.not_on_record:
            return whole
        two = self._follow_up(then, context, previous, timeline)
        if two is None:
            two = self._answer(self.analyser.analyse(then, timeline.today), timeline)
        return one if two.not_on_record else _joined(one, two)

    def _follow_up(
        self, text: str, context: Answer, previous: Query, timeline: Timeline
    ) -> Answer | None:
        """A message that leans on the previous answer, or None for a question of its own."""
        # "who else was there from the Kazakh side": who else was there, of that side
        side = self._side_asked(text)
        kind = self.analyser.follow_up(_FROM_SIDE.sub("", text) if side else text)
        if kind is None and self.analyser.asks_who_took_part(text):
            # "who else was at this meeting from the Kazakh side": of the occasion told of,
            # where the question points back to it
            said = f" {self.lexicon.noted(text).casefold()} "
            kind = "who_else" if _PRONOUN.search(said) else None
        if kind == "sources":
            return self._cited_by(text, context)
        if kind == "more":
            seen = [_CITES.sub("", line) for line in (context.lead, *context.bullets)]
            more = self._answer(replace(previous, broad=False), timeline, shown=seen)
            return replace(more, question=text)
        if kind is None and (which := _WHICH_WITH.match(text)):
            office = which["office"]
            taking = self._others_at(context, previous, timeline, office=office)
            if taking is not None:
                return replace(taking, question=text)
        if kind == "who_else" and (taking := self._others_at(context, previous, timeline, side)):
            return replace(taking, question=text)
        if kind == "said_by":
            return self._said_by(text, context, timeline) or self._dont_know(text)
        if _HAD_IT_BEFORE.search(text) and (
            before := self._predecessor(text, context, previous, timeline)
        ):
            return before  # "and the one who had the job before her, where did he go?"
        if kind in ("after", "before"):
            return self._beside(text, context, kind == "after", timeline)
        if kind == "when" and (dated := self._when_told(text, context, previous, timeline)):
            return dated
        if kind is not None:
            asked = {"who_else": "who", "why": "why"}.get(kind, kind)
            terms = previous.terms
            if kind == "who_else":
                terms = self.analyser.analyse("who attended", timeline.today).terms
            query = replace(
                previous,
                text=text,
                answer_type=asked,
                events=context.events[:1],
                terms=terms,
                broad=False,
            )
            return self._answer(query, timeline)
        return (
            self._and_about(text, previous, timeline)
            or self._too(text, context, timeline)
            or self._leaning(text, context, previous, timeline)
        )

    def _too(self, text: str, context: Answer, timeline: Timeline) -> Answer | None:
        """ "Any plans for business forums too?" after Khan's visa announcement: what the
        article just told says of it (the forum proposed at that meeting), if anything."""
        if not context.citations or not (too := _TOO.search(text)):
            return None
        query = self.analyser.analyse(text[: too.start()], timeline.today)
        if query.unknown or query.people:
            return None
        query = replace(query, text=text, broad=False)
        told = context.citations[0].source  # the article the last answer led with
        found = self.retriever.search(query, timeline.visible, timeline.dates)
        there = [e for e in found if told in e.sources and e.coverage >= MIN_COVERAGE]
        return self._composer(timeline).compose(query, there) if there else None

    def _composer(self, timeline: Timeline) -> Composer:
        return Composer(
            self.kb,
            timeline,
            self.lexicon,
            self.retriever.occasions,
            self.retriever.ledes,
            sentences_of=self.retriever.sentences_of,
        )

    def _when_told(
        self, text: str, context: Answer, previous: Query, timeline: Timeline
    ) -> Answer | None:
        """ "When was that?" of an occasion the last answer told of, with its date on record:
        that date, whatever the question before asked (what is still to come, a word)."""
        event = context.events[0] if context.events else None
        state = next((s for s in timeline.states if s.event.id == event), None)
        if state is None or not state.set_for:
            return None
        reply = Reply(self.kb)
        said = f"{_dated(state, reply, timeline.today)}."
        query = replace(previous, text=text, answer_type="when", events=(state.event.id,))
        return reply.answer(text, "events", said, 0.9, query=query, events=(state.event.id,))

    def _beside(self, text: str, context: Answer, after: bool, timeline: Timeline) -> Answer:
        """ "And what came right after it?": what a source says followed the occasion (or
        came before it), else the next (or last) one the sources date, said to be only that."""
        event = self.kb.event_by_id.get(context.events[0]) if context.events else None
        if event is None:
            return self._dont_know(text)
        asked = context.query  # what the next message may lean on in turn
        reply = Reply(self.kb)
        said = _FOLLOWED_BY if after else _PRECEDED_BY
        quotes = [*(r.quote for r in event.reports), *(d.quote for d in event.details)]
        quotes += [q for f in self.kb.curated.figures if f.event == event.id for q in f.quotes]
        for quote in quotes:
            if quote.source not in timeline.visible:
                continue
            article = self.retriever.sentences_of(quote.source)
            at = next((n for n, s in enumerate(article) if quote.text in s.text), None)
            # the sentence it is told in, and the one after ("... followed by the session")
            for sentence in article[at : at + 2] if at is not None else ():
                if said.search(sentence.text):
                    lead = closed(f"{quoted(clip(sentence.text))}{reply.cite(quote.source)}")
                    return reply.answer(text, DIRECT, lead, 0.8, events=(event.id,), query=asked)
        this = next((s.known for s in timeline.states if s.event is event), None)
        if this is None:
            return self._dont_know(text)
        # wholly after it (or before it): "April 2025" is not after "29 April 2025"
        beyond = sorted(
            (
                s
                for s in timeline.states
                if (known := s.known)
                and (known.first_day > this.last_day if after else known.last_day < this.first_day)
            ),
            key=lambda s: s.sort_day,
            reverse=not after,
        )
        side = "after" if after else "before"
        if not beyond:
            lead = f"Not on record: nothing the sources date {side} it."
            return Answer(text, NOT_ON_RECORD, lead, hint=DONT_KNOW_HINT, query=asked)
        nearest = "next" if after else "last"
        lead = (
            f"The sources do not say what came right {side} it; the {nearest} on record {side} it:"
        )
        self._event_line(beyond[0], reply, timeline.today)
        return reply.answer(text, DIRECT, lead, 0.6, events=(beyond[0].event.id,), query=asked)

    def _and_about(self, text: str, previous: Query, timeline: Timeline) -> Answer | None:
        """ "And Tokayev?": the previous question of another; "and the railway?": the same
        people, another subject. None when the message is not of that shape."""
        rest = _AND_ABOUT.sub("", text)
        query = self.analyser.analyse(rest, timeline.today)
        # "what did Kistafin say about the Herat railway?" "and the UAP railway?": what he
        # said of that, not the topic's card
        said = {t.stems[0] for t in previous.terms} & self.lexicon.reporting
        whole = query.answer_type != "what" or (query.broad and query.core and not said)
        if rest == text or query.unknown or whole:  # "and who is X" stands alone
            return None
        if said and not query.people:
            query = replace(
                query,
                terms=(*query.terms, *(t for t in previous.terms if t.stems[0] in said)),
                broad=False,
            )
        if query.focus and not query.core:
            merged = replace(
                previous,
                text=text,
                people=query.people,
                entities=query.entities,
                events=(),
                match=query.match if previous.broad else previous.match,
            )
            if previous.broad and query.match.intent:
                merged = replace(merged, match=replace(query.match, intent=previous.intent))
        else:
            merged = replace(
                query,
                people=query.people or previous.people,
                entities=query.entities or previous.entities,
                answer_type=previous.answer_type
                if query.answer_type == "what"
                else query.answer_type,
            )
        return self._answer(merged, timeline)

    def _leaning(
        self, text: str, context: Answer, previous: Query, timeline: Timeline
    ) -> Answer | None:
        """ "What did he say about Lahore?": he, and Lahore; "what did the ambassador call
        that visit?": the ambassador, and that visit; "what was signed?", "what route?": of the
        last answer's occasion or subject. None for a question of its own."""
        said = _THERE_IS.sub(
            " ", f" {self.lexicon.noted(text).casefold()} "
        )  # "is there a flight": no pronoun
        said = _IN_TIME_OF.sub(" ", said)  # "the commission after it": when, not what
        # "what was signed?" after an occasion: done there, though no word points back
        done_there = bool(context.events) and bool(_DONE_THERE.match(said))
        # "what route?" after the convoy's answer: the convoy's route
        terse = bool(_TERSE.fullmatch(said.strip()))
        if not (_PRONOUN.search(said) or done_there or terse):
            return None
        full = self.analyser.analyse(text, timeline.today)
        thing = _THING.search(said)
        clauses = _CLAUSE_BREAK.split(said[: thing.start()]) if thing else []
        if len(clauses) > 1 and not _PRONOUN.search(said[: thing.start() + 1] if thing else ""):
            # "what was agreed about visas and how fast are they issued": they are the
            # visas the question's first part names, not what the last answer was about
            # ("how many attended it" leans on the last answer: no part names a thing)
            named = set(words(" ".join(clauses[:-1])))
            if any(t.word in named and t.used for t in full.core):
                return None
        things: tuple[Term, ...] = ()
        if terse or (
            not (full.people or previous.people or context.events) and _THING.search(said)
        ):
            # "how many Pakistani students ..." then "what do they study": they are what
            # was asked about, its words kept beside the new ones
            asked = {t.word for t in full.terms}
            things = tuple(t for t in previous.core if t.word not in asked)
        people = full.people or previous.people
        if full.people and _HE.search(said) and previous.people[:1]:
            # "what did he say about Tokayev": he, of the last answer, and Tokayev
            he = previous.people[0]
            people = (he, *(p for p in full.people if p != he))
        leaning = replace(
            full,
            people=people,
            entities=(*previous.entities, *full.entities) if not full.people else full.entities,
            events=context.events[:1],
            terms=(*full.terms, *things),
            broad=False,
        )
        return self._answer(leaning, timeline)

    def _said_by(self, text: str, context: Answer, timeline: Timeline) -> Answer | None:
        """ "Who said that?": the person the last answer's lead names saying it, else the one
        the sentence behind the lead names, or a sentence before it ("... he remarked"), with
        that sentence and the one he is named in, which sets the scene (a press briefing)."""
        if not context.citations:
            return None
        source = context.citations[0].source
        lead = _CITES.sub("", context.lead)
        asked = set(terms(lead))
        article = list(self.retriever.sentences_of(source))
        if not article or not asked:
            return None
        at = max(range(len(article)), key=lambda n: len(asked & set(terms(article[n].text))))
        people = self.kb.person_by_id
        said = self.lexicon.reporting
        speaker, scene = None, article[at]
        if said & set(self.lexicon.stems(lead)):  # "Kistafin said Afghanistan ...": his
            named = [p for p in people.values() if first_named(lead, p.names) < len(lead)]
            speaker = min(named, key=lambda p: first_named(lead, p.names)) if named else None
        elif not said & set(self.lexicon.stems(scene.text)):
            return None  # "both sides discussed ...": no one's words
        for sentence in reversed(article[max(0, at - _LEANS_BACK) : at + 1]):
            if speaker is not None:
                break
            # the one a sentence names first ("Ambassador Kistafin said President Tokayev's
            # visit ..."), else the one named before "... he remarked"
            if named_ids := [p for p in sentence.mentions if p in people]:
                speaker = people[
                    min(named_ids, key=lambda p: first_named(sentence.text, people[p].names))
                ]
                scene = sentence
        if speaker is None:
            return None
        reply = Reply(self.kb)
        roles = self._visible_roles(speaker, timeline)
        title = f" — {roles[0].title}" if roles else ""
        lead = f"{speaker.name}{title}{reply.cite(source)}, in:"
        reply.add(quoted(clip(article[at].text)), source)
        if scene is not article[at]:  # where he was named saying it: the setting
            reply.add(quoted(clip(scene.text)), source)
        held = replace(context.query, people=(speaker.id,)) if context.query else None
        return reply.answer(text, DIRECT, lead, 0.7, query=held, events=context.events)

    def _others_at(
        self, context: Answer, previous: Query, timeline: Timeline, office: str = ""
    ) -> Answer | None:
        """ "Who else was there?": the other people the event just shown had taking part,
        each with his title, from the event's record and its sources; ``office`` ("Kazakh
        envoy") keeps those of that office and side."""
        event = self.kb.event_by_id.get(context.events[0]) if context.events else None
        sources = [s for s in event.sources if s in timeline.visible] if event else []
        if event is None or not sources:
            return None
        others = [
            self.kb.person_by_id[p]
            for p in event.participants
            if p in self.kb.person_by_id and p not in previous.people
        ]
        if not event.participants:
            return None if office else self._took_part_unnamed(event, previous, timeline)
        reply = Reply(self.kb)
        holding = [p for p in others if self._holds(p, office, timeline)] if office else others
        if not others:
            return None
        also = "Also taking part" if previous.people else "Taking part"  # "who else" or "who"
        lead = f"{also} in {event.name}{reply.cite(*sources)}:"
        countries = self.lexicon.countries
        sides = {c for w in words(office) if (c := countries.get(w.lower()))}
        side_only = bool(sides) and all(w.lower() in countries for w in words(office))
        if not holding:  # "which Pakistani envoy was with him": none; who was, then
            asked = f"one from {', '.join(sorted(sides))}" if side_only else office
            lead = f"Not on record: the sources name no {asked} taking part. {lead}"
        state = next((s for s in timeline.states if s.event is event), None)
        if state is not None and state.status is not Status.TOOK_PLACE:
            # a forum only proposed has had nobody taking part: who is named with it
            lead = (
                f"{event.name}{reply.cite(*sources)} is on record only as planned. Named with it:"
            )
        for person in holding or others:
            roles = self._visible_roles(person, timeline)
            title = f" — {roles[0].title}" if roles else ""
            reply.add(f"{person.name}{title}", *(r.quote.source for r in roles[:1]))
        for sentence in () if office and not side_only else self._taking_part(event, timeline):
            # "From Pakistan's side, the Federal Secretary ... were present": of the side asked,
            # the first a sentence names ("Kazakhstan's Ambassador to Pakistan ...": Kazakh)
            said = (c for w in words(sentence.text) if (c := countries.get(w.casefold())))
            if not side_only or next(said, None) in sides:
                reply.add(quoted(clip(sentence.text)), sentence.source)
        kind = "who" if holding else NOT_ON_RECORD
        return reply.answer(previous.text, kind, lead, 0.8, query=previous, events=(event.id,))

    def _holds(self, person: Person, office: str, timeline: Timeline) -> bool:
        """Whether a title the sources give the person is the office asked ("envoy" for
        "Ambassador"), of the side asked ("Kazakh")."""
        sides = {c for w in words(office) if (c := self.lexicon.countries.get(w.lower()))}
        if sides and person.country not in sides:
            return False
        country_words = {stem(w) for w in self.lexicon.countries}
        wanted = {s for s in self.lexicon.stems(office) if s not in country_words}
        if not wanted:
            return bool(sides)  # "from Pakistan's side": anyone of that side
        wanted |= {o for s in wanted for o in self.lexicon.synonyms.get(s, ())}
        titles = (self.lexicon.stems(r.title) for r in self._visible_roles(person, timeline))
        return any(wanted.intersection(t) for t in titles)

    def _taking_part(self, event: Event, timeline: Timeline) -> list[Sentence]:
        """The sentences that say who took part, by title where no name is given ("officials
        including the Chairman of the Trade Ministry ... also participated"), of the articles
        reporting no other event as held (one only planned had nobody there)."""
        reported = {
            r.quote.source
            for e in self.kb.curated.events
            if e is not event
            for r in e.reports
            if r.status is Status.TOOK_PLACE
        }
        own = [r.quote.source for r in event.reports if r.quote.source not in reported]
        return [
            sentence
            for source in dict.fromkeys(own)
            if source in timeline.visible
            for sentence in self.retriever.sentences_of(source)
            # "Ten agronomists will take part in an internship": not of what was held
            if says_took_part(sentence.text) and not said_ahead(sentence.text)
        ][:_SUPPORT_EVENTS]

    def _named_first(self, events: Sequence[str], text: str) -> tuple[str, ...]:
        """The events an answer touched, the one whose name and place the question uses most
        first: "who took part in the Karachi business forum" is about Karachi's, though a
        sentence on Lahore's forum ranked first."""
        said = {stem(w.lower()) for w in words(text)}

        def named(event_id: str) -> int:
            event = self.kb.event_by_id[event_id]
            own = words(f"{event.name} {event.place or ''}")
            return len(said.intersection(stem(w.lower()) for w in own))

        return tuple(sorted(events, key=named, reverse=True))  # stable: ties keep their order

    def _took_part_unnamed(self, event: Event, asked: Query, timeline: Timeline) -> Answer:
        """Who took part in an event whose sources name no one ("500 participants, including
        150 Kazakh businessmen", "a Kazakh trade delegation"): what they say of it, in their
        words, rather than the nearest sentence naming somebody."""
        reply = Reply(self.kb)
        for report in event.reports:
            if report.quote.source in timeline.visible:
                reply.add(quoted(clip(report.quote.text)), report.quote.source)
        lead = f"{event.name}: the sources name no one who took part; they report:"
        return reply.answer(asked.text, "who", lead, 0.7, query=asked, events=(event.id,))

    def _cited_by(self, text: str, context: Answer) -> Answer:
        if not context.citations:
            return Answer(
                text, SOURCES, "The previous answer cited no article.", query=context.query
            )
        reply = Reply(self.kb, limit=len(context.citations))
        for citation in context.citations:
            reply.add(self.kb.article_by_id[citation.source].reference(), citation.source)
        lead = "The previous answer comes from:"
        return reply.answer(text, SOURCES, lead, 1.0, query=context.query, events=context.events)

    # -- questions about a period ------------------------------------------------------

    def _period(self, query: Query, timeline: Timeline) -> Answer:
        period = query.period
        assert period is not None
        reply = Reply(self.kb, limit=PAGE_LINES)  # a year holds more than a card's handful
        within = [
            s for s in timeline.states if (when := s.set_for) is not None and _within(when, period)
        ]
        # "visits in 2025": those of the kind named, not every event of the year
        asked_kinds = {x for t in query.terms for x in t.stems}
        kinds = {s.event.kind for s in within if stem(s.event.kind) in asked_kinds}
        kind = next(iter(kinds), "")
        within = [s for s in within if s.event.kind in kinds] if kinds else within
        for state in sorted(within, key=lambda s: s.sort_day):
            self._event_line(state, reply, timeline.today)
        said = [str(period.year)] + ([MONTH_NAMES[period.month]] if period.month else [])
        asked = Query(
            text=" ".join(said),
            answer_type="what",
            intent=None,
            terms=tuple(Term(w, (stem(w.lower()),)) for w in said),
        )
        for item in (
            () if kinds else self.retriever.search(asked, timeline.visible, timeline.dates)
        ):
            # what happened then, not a body described by it ("... at the April talks")
            if item.kind != "entity" and period.said_in(item.text) and not reply.full():
                reply.add(*Composer(self.kb, timeline, self.lexicon).line(item, asked))
        if not reply.bullets:
            future = period.first_day > timeline.today
            lead = (
                f"Not on record: nothing {'planned for' if future else 'dated'} {period.human()}"
            )
            newest = self.kb.as_of
            if newest and period.first_day > newest.last_day:  # "nothing" from news that old
                lead += f"; the newest article is from {newest.human()}"
            lead += "."
            return reply.answer(query.text, NOT_ON_RECORD, lead, 0.0, query=query)
        events = [s.event.id for s in within]
        # "Visits on record for 2025": of the one kind asked, said so
        said_kind = f"{kind}{'' if kind.endswith('s') else 's'}" if len(kinds) == 1 else "events"
        lead = f"On record for {period.human()}:"
        if len(kinds) == 1:
            lead = f"{said_kind.capitalize()} on record for {period.human()}:"
        if len(within) > PAGE_LINES:
            lead = f"On record for {period.human()}, {len(within)} {said_kind}; the first by date:"
        return reply.answer(query.text, "period", lead, 0.9, query=query, events=events)

    def _last_month(self, month: int, timeline: Timeline) -> PartialDate:
        """The latest such month begun by today that has an event on record, else the latest
        begun by today: a reader asking of "May" means one the news covers."""
        today = timeline.today
        year = today.year if month <= today.month else today.year - 1
        dated = {(when.year, when.month) for s in timeline.states if (when := s.set_for)}
        earliest = min((y for y, _ in dated), default=year)
        held = (y for y in range(year, earliest - 1, -1) if (y, month) in dated)
        return PartialDate(next(held, year), month)

    def _is_upcoming(self, query: Query, timeline: Timeline) -> Answer:
        """ "Is a state visit coming up?": yes with what is planned, or no, as of today."""
        today = timeline.today
        wanted = [t for t in query.core if t.word not in ("upcoming", "coming", "planned")]
        ahead = [
            s
            for s in timeline.states
            if s.is_upcoming(today)
            and (not query.focus or set(query.focus) & s.event.involved)
            and all(set(t.every) & set(self.lexicon.stems(s.event.name)) for t in wanted)
        ]
        reply = Reply(self.kb)
        for state in sorted(ahead, key=lambda s: s.sort_day):
            self._event_line(state, reply, today)
        if ahead:
            lead = f"Yes. Coming up, as of {today:%-d %B %Y}:"
        else:
            lead = f"No. Nothing like that is on record as coming up, as of {today:%-d %B %Y}."
        events = [s.event.id for s in ahead]
        return reply.answer(query.text, "upcoming", lead, 0.9, query=query, events=events)

    # -- visits and events -------------------------------------------------------------

    def _named_events(
        self, query: Query, timeline: Timeline, limit: int | None = None
    ) -> list[EventState]:
        """The events a question names: every word it asks with, beyond "happened", "held"
        and the like, in the event's name, kind or place, and the people and places it
        names among the event's own. None when the question has words no event name holds."""
        names = set(naming([t.word for t in query.terms]))
        asked = [t for t in query.terms if t.word in names]
        # "which specific day": how it is asked names nothing, unless nothing else does
        asked = [t for t in asked if not t.soft] or asked
        if not asked and not query.entities:
            return []
        found = []
        # only events whose naming words hold the first word asked, else that have the first
        # place or body asked: looked up, not scanned (at 10,000 articles, thousands)
        if asked:
            named = {e for s in asked[0].stems for e in self.events_naming.get(s, ())}
        else:
            first = query.entities[0]  # among those taking part, or in the name
            named = {*self.events_of.get(first, ()), *self.events_naming.get(first, ())}
        places = (timeline.position[e] for e in named if e in timeline.position)
        numbered = asked_ordinals(query.text)  # "the 20th session" is not the 30th
        for state in (timeline.states[n] for n in sorted(places)):
            event = state.event
            own = set(self.event_words[event.id])
            if numbered and (told := ordinals(event.name)) and not numbered & told:
                continue
            if (
                all(set(t.stems) & own for t in asked)
                and set(query.entities) <= own | set(event.participants)
                and set(query.people) <= set(event.participants)
            ):
                found.append(state)
                if len(found) == limit:  # enough to tell one from several
                    break
        return found

    def _when_named(self, query: Query, timeline: Timeline) -> Answer | None:
        """ "When is the Lahore business forum?": the date of the one event the question
        names, or that it has none on record; never the date of a better-dated event the
        question only resembles (Karachi's forum)."""
        found = self._named_events(query, timeline)
        if len(found) != 1:
            return None
        state, reply, today = found[0], Reply(self.kb), timeline.today
        said = f"{_dated(state, reply, today)}."
        events = (state.event.id,)
        if state.date is None and state.announced is None:
            lead = f"Not on record: no date for it. {said}"
            return reply.answer(query.text, NOT_ON_RECORD, lead, 0.6, query=query, events=events)
        if ASKS_DAY.search(query.text) and not state.to_the_day:
            lead = f"{NO_EXACT_DAY}{said}"  # "which exact day": a month is all on record
            return reply.answer(query.text, NOT_ON_RECORD, lead, 0.6, query=query, events=events)
        return reply.answer(query.text, "events", said, 0.9, query=query, events=events)

    def _happened(self, query: Query, timeline: Timeline) -> Answer | None:
        """ "Did the Lahore business forum take place?": the status on record of the event
        every naming word of the question names (in its name, kind or place), not a sentence
        said there; several such events are each given with theirs."""
        if not asks_occurred(query.text) or not (found := self._named_events(query, timeline)):
            return None
        reply, today = Reply(self.kb), timeline.today
        events = [s.event.id for s in found]
        if len(found) > 1:
            lead = f"{len(found)} events on record match:"
            for state in found:
                self._event_line(state, reply, today)
            return reply.answer(query.text, "events", lead, 0.7, query=query, events=events)
        state = found[0]
        said = self._told(state, reply, timeline)
        if state.status is Status.TOOK_PLACE:
            return reply.answer(
                query.text, "events", f"Yes. {said}", 0.9, query=query, events=events
            )
        opening = "Not yet." if state.is_upcoming(today) else "Not on record as done."
        lead = f"{opening} {said}"
        return reply.answer(query.text, NOT_ON_RECORD, lead, 0.6, query=query, events=events)

    def _told(self, state: EventState, reply: Reply, timeline: Timeline) -> str:
        """An event's name and date, cited, as a lead; its details the reader may see, as
        the reply's bullets."""
        said = f"{_dated(state, reply, timeline.today)}."
        for detail in state.event.details:
            if detail.quote.source in timeline.visible:
                reply.add(detail.text, detail.quote.source)
        for figure in self.event_figures.get(state.event.id, ()):  # "500 participants"
            if sources := [s for s in figure.sources if s in timeline.visible]:
                reply.add(figure_line(figure), *sources)
        return said

    def _one_event(self, query: Query, timeline: Timeline) -> Answer | None:
        """ "Tell me about the state visit", "Nurtleu's visit": the one event the question
        names, by its kind or who or where, told with its details, not a list one line long.
        Not so "visits to Islamabad", which asks for them all, however few."""
        plural = any(t.word in (f"{t.stems[0]}s", f"{t.stems[0]}es") for t in query.terms)
        if plural or len(found := self._named_events(query, timeline, limit=2)) != 1:
            return None
        reply, state = Reply(self.kb), found[0]
        kind = stem(state.event.kind)
        if not (query.focus or any(kind in t.stems for t in query.terms)):
            return None  # "IT": a topic, whatever one meeting's name holds of it
        lead = self._told(state, reply, timeline)
        if not reply.bullets:
            return None  # a name and a date alone: the card or the sentences say more
        events = (state.event.id,)
        return reply.answer(query.text, "events", lead, 0.8, query=query, events=events)

    def _present(self, query: Query, timeline: Timeline) -> Answer | None:
        """ "Was Kistafin at the Karachi forum?": whether the one event the question names has
        him among those taking part, not whether a sentence names him and a forum."""
        if not query.people or not asks_presence(query.text):
            return None
        names = set(naming_presence([t.word for t in query.terms]))  # "talks" is soft
        asked = [t for t in query.terms if t.word in names]
        if not asked:
            return None
        # whose presence is asked: the person named first ("did Khan attend the Karabayev
        # meeting"); the others name the event, so it must have them
        said_at = query.text.casefold()
        spans = [(said_at.find(" ".join(w)), p) for w, p in query.match.name_spans]
        named = sorted((at, p) for at, p in spans if at >= 0 and p in query.people)
        subject = named[0][1] if named else query.people[0]
        others = set(query.people) - {subject}
        found = [
            s
            for s in timeline.states
            if all(set(t.stems) & set(self.event_words[s.event.id]) for t in asked)
            and set(query.entities) <= {*self.event_words[s.event.id], *s.event.participants}
            and others <= set(s.event.participants)
        ]
        if len(found) > 1:  # "the talks": the talks he took part in, if one
            found = [s for s in found if subject in s.event.participants]
        if len(found) != 1:
            return None
        state, reply = found[0], Reply(self.kb)
        said = _dated(state, reply, timeline.today)
        events = (state.event.id,)
        if subject in state.event.participants:
            if state.status is Status.TOOK_PLACE:
                return reply.answer(
                    query.text, DIRECT, f"Yes. {said}.", 0.9, query=query, events=events
                )
            lead = f"Not on record as done: {said}."  # the Lahore forum, only proposed
            return reply.answer(query.text, NOT_ON_RECORD, lead, 0.6, query=query, events=events)
        for other in state.event.participants:
            if other in self.kb.person_by_id:
                reply.add(self.kb.person_by_id[other].name, *state.sources)
        name = self.kb.person_by_id[subject].name
        lead = f"Not on record: the sources do not name {name} at {said}."
        if reply.bullets:
            lead += " They name:"
        return reply.answer(query.text, NOT_ON_RECORD, lead, 0.6, query=query, events=events)

    def _met_with(self, query: Query, timeline: Timeline) -> Answer | None:
        """ "Did Jam Kamal Khan hold his trade talks with Karabayev?" when the talks on
        record had him across the table from Shaqqaliev: "No", with those talks; so too of
        bodies ("Samruk-Kazyna opened talks with NLC"). Only where the question's words name
        one occasion of its kind (talks or a meeting) and none on record has them both; never
        asked of a whole diary."""
        said = _WITH_WHOM.search(query.text)
        named = [*query.people, *(e for e in query.entities if not self._is_place(e))]
        if said is None or len(named) < 2:
            return None
        text = query.text.casefold()
        at = {i: min(self._named_at(i, text, query.match), default=-1) for i in named}
        subject = next((i for i in named if 0 <= at[i] < said.start()), None)
        later = sorted((at[i], i) for i in named if at[i] >= said.end() - 1)
        other = later[0][1] if later else None
        if other is None or subject is None:
            return None
        theirs = [s for s in timeline.states if subject in s.event.participants]
        if any(other in s.event.participants for s in theirs):
            return None  # together on record: the statements say how
        # the occasion asked by its kind ("talks", "meeting", "call on": of sitting down)
        kinds = {stem(t.word) for t in query.terms} | ({"meet"} if said["call"] else set())
        if kinds & _MEETINGS:
            kinds |= _MEETINGS
        sat = [s for s in theirs if stem(s.event.kind) in kinds]
        if len(sat) != 1:
            return None
        state, reply = sat[0], Reply(self.kb)
        # of the subject's kind: a minister met ministers, not the ministry that hosted them
        person = subject in self.kb.person_by_id
        across = [
            name
            for p in state.event.participants
            if p != subject
            and (p in self.kb.person_by_id) == person
            and (name := self._name_of(p))
        ]
        if not across:
            return None
        said_when = _dated(state, reply, timeline.today)
        lead = f"No. On record, {self._name_of(subject)} met {', '.join(across)}: {said_when}."
        events = (state.event.id,)
        return reply.answer(query.text, DIRECT, lead, 0.8, query=query, events=events)

    def _named_at(self, ident: str, text: str, match: Match) -> list[int]:
        """Where a person or body is named in a lower-cased question, by any of its names or
        as the matcher read it ("samruk kazyna")."""
        record = self.kb.person_by_id.get(ident) or self.kb.entity_by_id.get(ident)
        spans = [tuple(words(n.casefold())) for n in record.names] if record else []
        spans += [span for span, who in match.name_spans if who == ident]
        return [
            read.start()
            for span in spans
            if span and (read := re.search(r"\b" + r"\W+".join(map(re.escape, span)), text))
        ]

    def _name_of(self, ident: str) -> str | None:
        record = self.kb.person_by_id.get(ident) or self.kb.entity_by_id.get(ident)
        return record.name if record else None

    def _is_place(self, ident: str) -> bool:
        entity = self.kb.entity_by_id.get(ident)
        return entity is not None and entity.kind is EntityKind.PLACE

    def _predecessor(
        self, text: str, context: Answer, previous: Query, timeline: Timeline
    ) -> Answer | None:
        """After an office's holder was named (the one the answer led with): the one who
        held it before, as the sources have him now (his newest title first: where he
        went)."""
        if previous.answer_type != "who":
            return None
        people = self.kb.person_by_id
        office = list(previous.office) or self.lexicon.spelled(words(previous.text))
        holders = self.matcher.by_role(office)
        current = next((p for p in holders if context.lead.startswith(people[p].name)), None)
        if current is None:
            # "who is heading PARC?" answered by "Dr Sial ... took charge as PARC chairman
            # ... after Dr Imtiaz Hussain Gondal completed his tenure": the office of those
            # the answer names, its holder the newest of them
            told = context.text
            named = [p for p in people.values() if p.name in told and p.roles]
            for person in named:
                holders = self.matcher.by_role(words(person.roles[0].title))
                shown = [p for p in holders if people[p].name in told]
                if len(holders) > 1 and shown:
                    current = max(shown, key=lambda p: self._role_rank(p, timeline))
                    break
        others = sorted(
            (p for p in holders if p != current), key=lambda p: self._role_rank(p, timeline)
        )
        if current is None or not others:
            return None
        person = people[others[-1]]
        newest = self._newest_role(person.id, timeline)
        now = [r.title for r in person.roles if newest and r.quote.source == newest[1]]
        card = self._person(
            text, person, timeline, previous.match, events=False, office=words(" ".join(now[:1]))
        )
        return replace(card, query=replace(previous, people=(person.id,))) if card else None

    def _been_to(self, query: Query, timeline: Timeline) -> Answer | None:
        """ "Has Karabayev been to Pakistan?": the events on record that took him there, done
        before planned; none on record is "Not on record", never "No" (the sources are news
        reports, not his diary). "When did he go to Pakistan": the same events, dated, or
        none on record, not another's visit that took the question's words."""
        place = asked_place(query.text, self.lexicon.countries)
        if place is None or len(query.people) != 1:
            return None
        if not only_travel([t.word for t in query.core if t.word != place.word and not t.month]):
            return None  # "was his visit to Pakistan productive" asks about the visit
        person = self.kb.person_by_id[query.people[0]]
        names = "|".join(re.escape(w) for w in words(person.name) if len(w) > 2)
        other = rf"\b(?:before|after|since|until)\s+(?:\w+\s+)?(?:{names})\b"
        if names and re.search(other, query.text, re.IGNORECASE):
            return None  # "did a Kazakh president visit before Tokayev": another's visit
        theirs = [s for s in timeline.states if person.id in s.event.participants]
        there = [
            s
            for s in theirs
            if (held := destination(s.event, self.lexicon.countries)) and place.holds(held)
        ]
        there.sort(key=lambda s: (s.status is not Status.TOOK_PLACE, -s.sort_day.toordinal()))
        reply, today = Reply(self.kb), timeline.today
        months = {t.month for t in query.terms if t.month}  # "in May", no year
        if (period := query.period) is not None or months:  # "did he go to Pakistan in 2010"
            # "was he in Pakistan in March 2025" of his April 2025 visit: the month
            # misremembered, "No" with the month on record; another year is no such slip
            # (news reports are not his diary), so not on record
            if period is not None:
                slip = [s for s in there if _month_slip(s, period)]
                there = [s for s in there if s.set_for and _within(s.set_for, period)]
            else:
                slip = [
                    s
                    for s in there
                    if s.status is Status.TOOK_PLACE
                    and s.date
                    and s.date.month not in months
                    and s.date.month is not None
                ]
                there = [s for s in there if s.set_for and s.set_for.month in months]
            if not there and slip and query.answer_type == "yesno":
                first = slip[0]
                lead = f"No. {first.event.name} — {first.when(today)}{reply.cite(*first.sources)}."
                return reply.answer(
                    query.text, DIRECT, lead, 0.8, query=query, events=[first.event.id]
                )
        events = [s.event.id for s in there]
        when = query.answer_type == "when"
        if there and (when or there[0].status is Status.TOOK_PLACE):
            first, *rest = there
            lead = f"{first.event.name} — {first.when(today)}{reply.cite(*first.sources)}."
            lead = lead if when else f"Yes. {lead}"
            if when and ASKS_DAY.search(query.text) and not first.to_the_day:
                lead = f"{NO_EXACT_DAY}{lead}"  # "which exact day did he get there"
                return reply.answer(
                    query.text, NOT_ON_RECORD, lead, 0.5, query=query, events=events
                )
            for state in rest:
                self._event_line(state, reply, today)
            return reply.answer(query.text, "visits", lead, 0.9, query=query, events=events)
        if there:
            lead = "Not on record as done; on record only as planned:"
            for state in there:
                self._event_line(state, reply, today)
        elif query.answer_type == "yesno" and (
            back := self._other_way(person, place, theirs, period, months)
        ):
            # "did Shehbaz fly to Astana for a state visit in November?" "President Tokayev's
            # state visit to Pakistan", that month: the visit was the other way round
            lead = "No. On record that month, the other way round:"
            for state in back:
                self._event_line(state, reply, today)
            events = [s.event.id for s in back]
            return reply.answer(query.text, DIRECT, lead, 0.7, query=query, events=events)
        else:
            lead = f"Not on record: the sources report no visit by {person.name} to {place.name}"
            lead += f" in {period.human()}." if period else "."
            # "did Khan go to Astana": his visit to Kazakhstan, whose city no source names,
            # first and said to be that
            inside = [
                s
                for s in theirs
                if place.city
                and (held := destination(s.event, self.lexicon.countries))
                and not held.city
                and held.country == place.country
            ]
            for state in (inside or theirs)[:3]:
                self._event_line(state, reply, today)
            if inside:
                lead += f" On record, to {place.country}, no city named:"
            elif theirs:
                lead += " What the sources do report:"
        return reply.answer(query.text, NOT_ON_RECORD, lead, 0.5, query=query, events=events)

    def _head_of(self, query: Query, timeline: Timeline, match: Match) -> Answer | None:
        """ "Who runs National Bank of Pakistan", "who heads the NBK": the people whose title
        heads that body (by its name or its initials), the newest source's holder first,
        those before him after."""
        # what the body is, in brackets ("Kazakh Tourism (the national company)"), is no
        # part of its name
        said = words(_ASIDE.sub(" ", query.text.casefold()))
        at = next((i for i, w in enumerate(said[:4]) if stem(w) in self.lexicon.leads and i), None)
        if said[:1] not in (["who"], ["whos"]) or at is None:
            return None
        body = [w for w in said[at + 1 :] if w not in _NOW_WORDS and w not in ("of", "the", "at")]
        if not body:
            return None
        initials = "".join(w[0] for w in body) if len(body) > 1 else body[0]
        # "Kazakhstan's committee for ...": whose it is, which the title itself may not say;
        # its holder's country, where known, must be that one
        whose = {self.lexicon.countries[w] for w in body if w in self.lexicon.countries}
        field = {w for w in body if w not in self.lexicon.countries and w != "s"}
        holders = []
        for person in self.kb.person_by_id.values():
            for role in self._visible_roles(person, timeline):
                title = words(role.title.casefold())
                heads = self.lexicon.heads.intersection(title)
                of_theirs = set(body) <= set(title) or (
                    (not person.country or whose == {person.country}) and field <= set(title)
                )
                if heads and (initials in title or of_theirs):
                    # the office as asked: its head's title, of the body named
                    holders.append((person, [*sorted(heads), *body]))
                    break
        if not holders and len(body) <= _BODY_NAME_WORDS and set(query.unknown) & set(body):
            # "who runs the State Bank of Pakistan", a body no article names: no one, not a
            # sentence about some other chairman (a body described at length, "the company
            # that is building the plant", is looked for in the statements)
            named = [w for w in said[at + 1 :] if w not in _NOW_WORDS]
            # a body's name as it is written, whatever the reader typed: "State Bank of Pakistan"
            written = " ".join(
                w if w in _NAME_LINKS else w[:1].upper() + w[1:]
                for w in (named[1:] if named[:1] == ["the"] else named)
            )
            lead = f"Not on record: the sources name no one heading the {written}."
            return Answer(query.text, NOT_ON_RECORD, lead, hint=DONT_KNOW_HINT, query=query)
        if not holders:
            return None
        holders.sort(key=lambda h: self._role_rank(h[0].id, timeline), reverse=True)
        (holder, office), *rest = holders
        earlier = [p for p, _ in rest]
        card = self._person(query.text, holder, timeline, match, False, earlier, office=office)
        # "and who held that post before him?" leans on the office and its holder
        held = replace(query, people=(holder.id,), role=True, office=tuple(office))
        return replace(card, query=held) if card else None

    def _other_way(
        self,
        person: Person,
        place: Place,
        theirs: list[EventState],
        period: PartialDate | None,
        months: set[int],
    ) -> list[EventState]:
        """Visits in the time asked, held in the person's own country, by someone of the
        country he was asked to have gone to: a trip the question has the wrong way round."""
        if not (period or months) or place.country == person.country:
            return []
        found = []
        for state in theirs:
            when = state.date or state.set_for
            if when is None or not (_within(when, period) if period else when.month in months):
                continue
            held = destination(state.event, self.lexicon.countries)
            guests = {
                self.kb.person_by_id[p].country
                for p in state.event.participants
                if p in self.kb.person_by_id
            }
            if held and held.country == person.country and place.country in guests:
                found.append(state)
        return found

    def _counterpart(self, query: Query, timeline: Timeline) -> Answer | None:
        """ "Who is Jam Kamal Khan's Kazakh counterpart?": the people of the other side (or
        the side named) he met, from the events both took part in, the closest meeting
        first, each with his title and the event, as the sources record them."""
        if len(query.people) != 1:
            return None
        person = self.kb.person_by_id[query.people[0]]
        countries = (self.lexicon.countries.get(w) for w in words(query.text.casefold()))
        # "his Kazakh counterpart": that side; else anyone from another country
        side = next((c for c in countries if c and c != person.country), None)
        visible = [s.event for s in timeline.states if set(s.sources) & timeline.visible]
        people = self.kb.person_by_id.values()
        country = {p.id: p.country for p in people}
        title = {p.id: r[0].title for p in people if (r := self._visible_roles(p, timeline))}
        found = counterparts(person.id, side, visible, country, title)
        reply = Reply(self.kb)
        if not found:
            whom = f" with {side}" if side else ""
            lead = f"Not on record: the sources report no meeting of {person.name}{whom}."
            return reply.answer(query.text, NOT_ON_RECORD, lead, 0.5, query=query)
        states = {s.event.id: s for s in timeline.states}
        lines = []
        for other_id, event in found[:_COUNTERPARTS]:  # cited only if shown
            other = self.kb.person_by_id[other_id]
            roles = self._visible_roles(other, timeline)
            held = f" — {roles[0].title}" if roles else ""
            cited = reply.cite(*(r.quote.source for r in roles[:1]))
            state = states[event.id]
            at = f"{event.name} ({state.short_when(timeline.today)})"
            lines.append(f"{other.name}{held}{cited}; in {at}{reply.cite(*state.sources)}")
        lead = f"{person.name}'s counterpart on record: {lines[0]}."
        for line in lines[1:]:
            reply.add(line)
        events = tuple(dict.fromkeys(e.id for _, e in found))
        return reply.answer(query.text, "who", lead, 0.8, query=query, events=events)

    def _visible_roles(self, person: Person, timeline: Timeline) -> list[Role]:
        return [r for r in person.roles if r.quote.source in timeline.visible]

    @cached_property
    def _holders_by_word(self) -> dict[str, set[str]]:
        """The people whose titles hold each word: a look-up, not a pass over everyone."""
        index: dict[str, set[str]] = defaultdict(set)
        for person in self.kb.person_by_id.values():
            for role in person.roles:
                for word in office_keys(role.title):
                    index[word].add(person.id)
        return index

    def _same_office_holders(
        self, found: Sequence[str], office: Sequence[str], timeline: Timeline
    ) -> list[str]:
        """Others whose title is the office asked, as ``found`` hold it, however worded."""
        asked = {w.casefold() for w in office} - STOPWORDS
        held = [
            r.title for p in found for r in self._visible_roles(self.kb.person_by_id[p], timeline)
        ]
        fit = {t: len(asked & set(words(t.casefold()))) for t in held}
        titles = [t for t in held if fit[t] and fit[t] == max(fit.values())]
        keys = {k for t in titles for k in office_keys(t)}
        rare = sorted(keys, key=lambda w: len(self._holders_by_word.get(w, ())))[:3]
        others = {p for w in rare for p in self._holders_by_word.get(w, ())} - set(found)
        return sorted(
            p
            for p in others
            if any(
                same_office(mine, r.title)
                for r in self._visible_roles(self.kb.person_by_id[p], timeline)
                for mine in titles
            )
        )

    def _successors(self, person: Person, timeline: Timeline) -> list[tuple[Person, Role]]:
        """Those a newer source gives the office someone held ("Sadykova, president and
        chief executive of Air Astana", after "Air Astana president ... Daniyar Kassymov"),
        newest first: he is not to be told as holding it now."""
        found: dict[str, tuple[date, Person, Role]] = {}
        for role in self._visible_roles(person, timeline):
            held = self.kb.article_by_id[role.quote.source].published
            said = office_keys(role.title)
            if held is None or not said:
                continue
            rare = sorted(said, key=lambda w: len(self._holders_by_word.get(w, ())))[:3]
            for other in {p for w in rare for p in self._holders_by_word.get(w, ())}:
                if other == person.id:
                    continue
                for theirs in self._visible_roles(self.kb.person_by_id[other], timeline):
                    day = self.kb.article_by_id[theirs.quote.source].published
                    if (
                        day is not None
                        and day.first_day > held.last_day
                        and same_office(role.title, theirs.title)
                        and (other not in found or found[other][0] < day.first_day)
                    ):
                        found[other] = (day.first_day, self.kb.person_by_id[other], theirs)
        return [(p, r) for _, p, r in sorted(found.values(), key=lambda f: f[0], reverse=True)]

    def _described(self, query: Query, timeline: Timeline) -> Answer | None:
        """ "Who's the Pakistani minister the Kazakh envoy went to see", "who is the Kazakh
        minister who visited in April": the one holder of the office named who took part in
        an event with everyone else named (in the month named), with those events."""
        holders = set(self.matcher.by_role(list(query.described), every=True))
        if not holders:  # "the Kazakh AI minister who came with Nurtleu": no title has it
            words_ = r"[\w'\u2019]*\W+".join(map(re.escape, query.described)) + r"\w*"
            written = re.search(words_, query.text, re.IGNORECASE)  # as the reader wrote it
            office = written.group(0) if written else " ".join(query.described)
            office = _TRAILING_LINK.sub("", office)  # "... for communications at": no "at"
            lead = f"Not on record: the sources name no {office} of that description."
            return Answer(query.text, NOT_ON_RECORD, lead, hint=DONT_KNOW_HINT, query=query)
        others = set(query.people) - holders
        months = {t.month for t in query.terms if t.month}
        shared = [
            s
            for s in timeline.states
            if others <= set(s.event.participants)
            and holders & set(s.event.participants)
            and (not months or (s.date is not None and s.date.month in months))
        ]
        if others or months:
            holders &= {p for s in shared for p in s.event.participants}
        if len(holders) != 1:
            return None
        person = self.kb.person_by_id[holders.pop()]
        card = self._person(query.text, person, timeline, query.match, events=False)
        if card is None:
            return None
        theirs = [s for s in shared if person.id in s.event.participants]
        for state in reversed(theirs[:_SUPPORT_EVENTS]):  # each joins as the first bullet
            reply = Reply(self.kb)
            line = _dated(state, reply, timeline.today)
            card = _joined(card, reply.answer(query.text, DIRECT, line, 0.9))
        events = tuple(s.event.id for s in theirs)
        held = replace(query, people=(person.id,), events=events)
        return replace(card, query=held, events=events)

    def _event_line(self, state: EventState, reply: Reply, today: date) -> None:
        if reply.full():  # a person's card offers thousands of events at 10k articles
            return
        reply.listed.append(state.event.id)
        reply.add(f"{state.event.name} — {state.when(today)}", *state.sources)

    def _filtered(self, states: Iterable[EventState], match: Match) -> list[EventState]:
        """The events of the people named, then of the places and bodies named among them
        ("when did Nurtleu visit Islamabad": his visit, not every visit to Islamabad)."""

        def of(wanted: set[str], among: Iterable[EventState]) -> list[EventState]:
            return [s for s in among if wanted & {*s.event.participants, s.event.place or ""}]

        people, others = set(match.people), set(match.entities)
        if not people:
            return of(others, states) if others else list(states)
        theirs = of(people, states)
        return (of(others, theirs) or theirs) if others else theirs

    def _upcoming(self, question: str, match: Match, timeline: Timeline) -> Answer | None:
        today = timeline.today
        states = self._filtered(timeline.states, match)
        ahead = sorted(
            (s for s in states if s.is_upcoming(today)),
            key=lambda s: (s.event.kind != "visit", s.sort_day),
        )
        # an old undated plan is news only when asked about by name or place ("what is
        # planned for Lahore": the proposed forum, however long ago proposed)
        narrowed = len(states) < len(timeline.states)
        undated = [
            s
            for s in states
            if s.status is Status.PLANNED
            and s.date is None
            and s.reported
            and (narrowed or s.reported.first_day >= today - _FRESH_ANNOUNCEMENT)
        ]
        reply = Reply(self.kb)
        old = self._stale(timeline)
        if ahead:
            for state in [*ahead, *undated]:
                self._event_line(state, reply, today)
            lead = f"Coming up, as of {today:%-d %B %Y}" + (
                f" (my newest article is from {old}: plans may have changed):" if old else ":"
            )
            return reply.answer(question, "upcoming", lead, match.confidence, events=reply.listed)
        if undated:  # what is planned, however undated, answers "what is planned"
            for state in undated:
                self._event_line(state, reply, today)
            lead = (
                f"My newest article is from {old}; nothing dated ahead is on record in it. "
                "Announced:"
                if old
                else f"Nothing dated ahead is on record as of {today:%-d %B %Y}; announced:"
            )
            return reply.answer(question, "upcoming", lead, match.confidence, events=reply.listed)
        recent = self._past(states, today, visits_only=True)[:3]
        for state in recent:
            self._event_line(state, reply, today)
        lead = (
            f"My newest article is from {old}; nothing upcoming is on record in it."
            if old
            else f"Nothing upcoming is on record as of {today:%-d %B %Y}."
        )
        if recent:
            lead += " The latest visits on record:"
        return reply.answer(question, "upcoming", lead, match.confidence, events=reply.listed)

    def _stale(self, timeline: Timeline) -> str | None:
        """The newest article's date, when it is too old to say what is upcoming or recent
        without saying so."""
        until, newest = timeline.news_until, timeline.newest
        if until is None or newest is None or until >= timeline.today - self.stale_after:
            return None
        return newest.human()

    def _past(
        self, states: Iterable[EventState], today: date, *, visits_only: bool
    ) -> list[EventState]:
        past = [
            s
            for s in states
            if (s.status is Status.TOOK_PLACE or (s.date and s.date.last_day < today))
            and (s.event.kind == "visit" or not visits_only)
        ]
        return sorted(past, key=lambda s: s.sort_day, reverse=True)

    def _recent(self, question: str, match: Match, timeline: Timeline) -> Answer | None:
        states = self._filtered(timeline.states, match)
        wants_visits = "visit" in question.casefold() or "trip" in question.casefold()
        past = self._past(states, timeline.today, visits_only=wants_visits)
        if not past:
            return None
        reply = Reply(self.kb)
        for state in past[:5]:
            self._event_line(state, reply, timeline.today)
        kind = "visits" if wants_visits else "events"
        lead = f"Most recent {kind} on record, as of {timeline.today:%-d %B %Y}" + (
            f" (my newest article is from {old}):" if (old := self._stale(timeline)) else ":"
        )
        return reply.answer(question, "recent", lead, match.confidence, events=reply.listed)

    def _visits(self, question: str, match: Match, timeline: Timeline) -> Answer | None:
        today = timeline.today
        visits = [s for s in self._filtered(timeline.states, match) if s.event.kind == "visit"]
        if not visits:
            return None
        ahead = sorted((s for s in visits if s.is_upcoming(today)), key=lambda s: s.sort_day)
        rest = sorted(
            (s for s in visits if not s.is_upcoming(today)),
            key=lambda s: s.sort_day,
            reverse=True,
        )
        reply = Reply(self.kb)
        for state in [*ahead, *rest]:
            self._event_line(state, reply, today)
        lead = f"Visits on record, as of {today:%-d %B %Y}"
        lead += " (upcoming first" if ahead else " (newest first"
        old = self._stale(timeline)
        lead += f"; my newest article is from {old}):" if old else "):"
        return reply.answer(question, "visits", lead, match.confidence, events=reply.listed)

    def _timeline(
        self, question: str, match: Match, timeline: Timeline, page: int = 1
    ) -> Answer | None:
        """Every event, newest first, then those the sources give no date: a page at a time,
        "More" going back in time."""
        states = self._filtered(timeline.states, match)
        dated = sorted((s for s in states if s.set_for), key=lambda s: s.sort_day, reverse=True)
        if not dated:
            return None
        undated = [s for s in states if not s.set_for]
        shown, page, pages = _window([*dated, *undated], page)
        reply = Reply(self.kb, limit=PAGE_LINES)
        for state in shown:
            when = state.short_when(timeline.today) if state in dated else "date not stated"
            reply.add(f"{when} — {state.event.name}", *state.sources)
        lead = f"Timeline, newest first: {len(dated)} dated events"
        if undated:
            lead += f", then {len(undated)} the sources give no date"
        lead = _page_lead(lead + ":", page, pages)
        card = reply.answer(question, "timeline", lead, match.confidence)
        return replace(card, page=page, pages=pages)

    # -- trade and topics --------------------------------------------------------------

    def _visible_figures(self, timeline: Timeline, topic: str) -> list[Figure]:
        """The topic's figures the reader may see: every reviewed one and the newest read by
        extraction (years of news hold thousands; a card shows a handful)."""
        found: list[Figure] = []
        read = 0
        for figure in self.topic_figures.get(topic, ()):
            if not any(s in timeline.visible for s in figure.sources):
                continue
            if figure.id in self.kb.extracted:
                if read == _TOPIC_READ:
                    break
                read += 1
            found.append(figure)
        return found

    def _trade(self, question: str, match: Match, timeline: Timeline) -> Answer | None:
        figures = self._visible_figures(timeline, "trade")
        # a target first set later replaces the one before it ("raise trade to $2 billion
        # by 2030, doubling the earlier goal of $1 billion"), which is still cited with it
        targets = sorted(
            (f for f in figures if f.kind is FigureKind.TARGET),
            key=lambda f: self._first_reported(f, timeline),
            reverse=True,
        )
        target = targets[0] if targets else None
        reply = Reply(self.kb)
        if target:
            sources = [s for s in target.sources if s in timeline.visible]
            lead = f"Trade target: {figure_line(target)}{reply.cite(*sources)}."
            for earlier in targets[1:]:
                sources = [s for s in earlier.sources if s in timeline.visible]
                reply.add(f"Earlier target: {figure_line(earlier)}", *sources)
        else:
            lead = "Trade figures on record:"
        self._topic_items(self.kb.topic_by_id["trade"], timeline, reply, question, targets)
        if not target and not reply.bullets:
            return None
        return reply.answer(question, "trade", lead, match.confidence)

    def _trade_in(self, period: PartialDate, card: Answer, timeline: Timeline) -> Answer:
        """ "Bilateral trade last year": the card as it stands when a figure of that period is
        on it; else that none is said first, the card (a target) shown as what is closest."""
        for figure in self._visible_figures(timeline, "trade"):
            when = figure.date
            flow = _TRADE_FLOWS.intersection(self.lexicon.stems(figure.measures))
            if flow and figure.kind is not FigureKind.TARGET and when and _within(when, period):
                return card  # not contracts signed at a forum: trade, exports, imports
        lead = f"No trade figure for {period.human()} is on record. Closest on record: "
        return replace(card, intent=NOT_ON_RECORD, lead=lead + card.lead)

    def _first_reported(self, figure: Figure, timeline: Timeline) -> date:
        """The day the first report of a figure the reader may see came out."""
        days = (
            published.first_day
            for s in figure.sources
            if s in timeline.visible and (published := self.kb.article_by_id[s].published)
        )
        return min(days, default=date.min)

    def _topic(
        self, question: str, match: Match, timeline: Timeline, topic: Topic
    ) -> Answer | None:
        reply = Reply(self.kb)
        self._topic_items(topic, timeline, reply, question)
        if not reply.bullets:
            return None
        lead = f"{topic.name}: what the sources report."
        return reply.answer(question, TOPIC_PREFIX + topic.id, lead, match.confidence)

    def _topic_items(
        self,
        topic: Topic,
        timeline: Timeline,
        reply: Reply,
        question: str,
        shown: Sequence[Figure] = (),
    ) -> None:
        """New articles nobody has reviewed yet, then disagreements, then reviewed facts:
        those sharing words with the question first, otherwise newest first."""
        self._new_articles(topic, timeline, reply, shown)
        visible = timeline.visible
        claims = [c for c in self.kb.curated.claims if topic.id in c.topics]
        claims = [c for c in claims if c.quote.source in visible]
        groups: dict[str, list[Claim]] = defaultdict(list)
        for claim in claims:
            if claim.about:
                groups[claim.about].append(claim)
        for group in groups.values():
            if len({c.quote.source for c in group}) > 1:
                parts = [f"{quoted(c.quote.text)}{reply.cite(c.quote.source)}" for c in group]
                reply.add("The sources differ: " + " — but — ".join(parts))
                claims = [c for c in claims if c not in group]
        facts: list[tuple[str, tuple[str, ...]]] = []
        for figure in self._visible_figures(timeline, topic.id):
            if figure not in shown:
                when = f" ({figure.date.human()})" if figure.date else ""
                sources = tuple(s for s in figure.sources if s in visible)
                facts.append((f"{figure_line(figure)}{when}", sources))
        details = (
            (state, detail)
            for state in timeline.newest_first
            for detail in state.event.details
            if topic.id in detail.topics and detail.quote.source in visible
        )
        for state, detail in islice(details, _TOPIC_READ):  # the newest events' details
            when = state.short_when(timeline.today)
            facts.append((f"{detail.text} ({when})", (detail.quote.source,)))
        facts.extend((claim.text, (claim.quote.source,)) for claim in claims)
        # Words beyond the topic's own keywords say what the user is after ("trade" in
        # "trade corridor"); facts holding them come first, the order is otherwise kept.
        implied = {t for k in topic.keywords if " " not in k for t in terms(k)}
        asked = set(terms(question)) - implied
        facts.sort(key=lambda fact: -len(asked.intersection(terms(fact[0]))))  # stable
        for text, sources in facts:
            reply.add(text, *sources)

    def _new_articles(
        self, topic: Topic, timeline: Timeline, reply: Reply, shown: Sequence[Figure] = ()
    ) -> None:
        """Each new article's line on the topic: of its sentences, the one saying most of
        the topic in its own words ("bilateral trade reached ..."), not one where a keyword
        is only part of a name ("Minister of Trade and Integration") or a broken quote, nor
        the one the card's lead (``shown``) quotes."""
        quoted = {(q.source, q.text) for figure in shown for q in figure.quotes}
        cited = 0
        said = self._topic_words(topic)
        for source, group in groupby(self.by_topic.get(topic.id, ()), key=lambda s: s.source):
            if reply.full() or cited == _NEW_ARTICLE_LINES:
                break
            if source not in timeline.visible:
                continue
            fit = [
                s
                for s in group
                # "It is expected to ...": not on its own
                if not leans_back(s.text) and s.text.count('"') % 2 == 0
                if not any(source == at and text in s.text for at, text in quoted)
            ]
            if fit:
                # a figure says more than a name: "trade reached $512.6 million" before "X
                # took over the trade ministry" (the first of ties)
                best = max(
                    fit, key=lambda s: (len(said.findall(s.text)) + _figured(s), _figured(s))
                )
                reply.add(clip(best.text), source)
                cited += 1

    def _topic_words(self, topic: Topic) -> re.Pattern[str]:
        """A topic's keywords as written in running text, in lower case: capitalised, a
        keyword is part of a name."""
        if (found := self.topic_words.get(topic.id)) is None:
            alternation = "|".join(re.escape(k) for k in sorted(topic.keywords, key=len)[::-1])
            found = self.topic_words[topic.id] = re.compile(rf"\b(?:{alternation})\b")
        return found

    # -- people and organisations ------------------------------------------------------

    def _who(self, question: str, match: Match, timeline: Timeline) -> Answer | None:
        people = match.people or match.by_role
        if people:
            return self._person(question, self.kb.person_by_id[people[0]], timeline, match)
        if match.entities:
            return self._entity(question, self.kb.entity_by_id[match.entities[0]], timeline)
        if match.asked_role:
            return None
        reply = Reply(self.kb)
        for person in self.kb.curated.people:
            roles = self._visible_roles(person, timeline)
            if roles:
                mark = reply.cite(roles[0].quote.source)
                reply.bullets.append(f"{person.name} — {roles[0].title}{mark}")
        if not reply.bullets:
            return None
        follow_ups = tuple(f"who is {p.name}" for p in self.kb.curated.people)
        return reply.answer(
            question, "who", "People in the briefings:", match.confidence, follow_ups
        )

    def _role_rank(self, person: str, timeline: Timeline) -> tuple[date, int]:
        """How new the person's newest role is: its source's date, then its place there."""
        roles = [r.quote for r in self.kb.person_by_id[person].roles]
        newest = self._newest_role(person, timeline)
        if newest is None:
            return date.min, 0
        name = self.kb.person_by_id[person].name
        told = max(
            -1 if replaced(name, self.retriever.sentence_holding(q) or "") else self._told_at(q)
            for q in roles
            if q.source == newest[1]
        )
        return newest[0].first_day, told

    def _role_day(self, person: str, timeline: Timeline) -> PartialDate | None:
        newest = self._newest_role(person, timeline)
        return newest[0] if newest else None

    def _dated_roles(self, person: str, timeline: Timeline) -> list[tuple[PartialDate, Quote]]:
        """Each visible, dated source's quote of the person's role, with its publication date."""
        return [
            (published, role.quote)
            for role in self.kb.person_by_id[person].roles
            if role.quote.source in timeline.visible
            and (published := self.kb.article_by_id[role.quote.source].published)
        ]

    def _role_days(self, person: str, timeline: Timeline) -> list[PartialDate]:
        """The publication dates of the visible sources naming the person's role."""
        return [published for published, _ in self._dated_roles(person, timeline)]

    def _newest_role(self, person: str, timeline: Timeline) -> tuple[PartialDate, str] | None:
        """The publication date and id of the newest visible source naming the person's role
        (a source dated to the year only is not taken as newer than one dated within it)."""
        dated = self._dated_roles(person, timeline)
        # of one day, the later in its story: "His successor, X" comes after the one before
        newest = max(dated, key=lambda d: (d[0].first_day, self._told_at(d[1])), default=None)
        return (newest[0], newest[1].source) if newest else None

    def _told_at(self, quote: Quote) -> int:
        """Which sentence of its article a quote comes from (0 where not found)."""
        start, end = self.retriever.article_span.get(quote.source, (0, 0))
        offset = len(self.retriever.facts)
        for n in range(start - offset, end - offset):
            if quote.text in self.retriever.sentences[n].text:
                return n
        return 0

    def _person(
        self,
        question: str,
        person: Person,
        timeline: Timeline,
        match: Match,
        events: bool = True,
        earlier: Sequence[Person] = (),
        office: Sequence[str] = (),
    ) -> Answer | None:
        """Who someone is, by the title most sources give, or the one of the ``office`` asked
        ("who is the deputy foreign minister": not his post before); ``earlier``: people who
        held the office asked about before him, each as of their newest source."""
        roles = [r for r in person.roles if r.quote.source in timeline.visible]
        if not roles:
            return None
        reply = Reply(self.kb)
        titles: dict[str, list[str]] = {}
        for role in roles:
            titles.setdefault(role.title, []).append(role.quote.source)
        # the title most sources give; of equals, the fullest ("Kazakhstan's Minister of ...")
        asked = {  # the office's own words ("deputy foreign minister"), as titles are read
            self.matcher.synonyms.get(w, w)
            for w in (w.casefold() for w in office)
            if w in self.analyser.titles
            and w not in self.lexicon.countries
            and w not in STOPWORDS  # "of the": in titles, asking nothing
            and len(w) > 1
        }
        ranked = sorted(
            titles.items(),
            key=lambda t: (not asked <= self._office_words(t[0]), -len(t[1]), -len(t[0])),
        )
        (main, main_sources), *others = ranked
        newest, as_of, cited = None, "", list(main_sources)
        if found := self._newest_role(person.id, timeline):
            newest = found[0]
            if earlier:  # as of the newest source, which is cited with the title
                as_of = f", as of {newest.human()}"
                cited.append(found[1])
        successors = [] if earlier else self._successors(person, timeline)
        if successors and newest:  # "who is Kassymov": as of when, and who holds it since
            as_of = f", as of {newest.human()}"
        lead = f"{person.name} — {main}{as_of}{reply.cite(*dict.fromkeys(cited))}."
        for other, role in successors:
            day = self.kb.article_by_id[role.quote.source].published
            since = f", as of {day.human()}" if day else ""
            reply.add(f"Since then: {other.name} — {role.title}{since}", role.quote.source)
            handover = self.retriever.sentences_of(role.quote.source)
            if handed := next((t for t in handover if replaced(person.name, t.text)), None):
                reply.add(quoted(clip(handed.text)), handed.source)  # "..., succeeding him"
        for title, sources in others:
            if not set(words(title)) <= set(words(main)):
                reply.add(f"Also described as {title}", *sources)
        if earlier and (appointed := self._appointed(person, timeline)):
            reply.add(quoted(clip(appointed.text)), appointed.source)
        for before in earlier:
            then = self._role_day(before.id, timeline)
            seen = [r for r in before.roles if r.quote.source in timeline.visible]
            if seen and then and newest and then.first_day <= newest.first_day:
                # the office asked, as he held it ("Chairman of Kazakh Tourism"), then what
                # he went on to ("now Vice Minister ..."), each as of its source
                fitting = [r for r in seen if asked and asked <= self._office_words(r.title)]
                held = fitting[-1] if fitting else seen[-1]
                # of one source, its fullest title ("SBP Governor", not "Governor")
                held = max(
                    (r for r in fitting if r.quote.source == held.quote.source),
                    key=lambda r: len(r.title),
                    default=held,
                )
                day = self.kb.article_by_id[held.quote.source].published or then
                line = f"Earlier: {before.name} — {held.title}, as of {day.human()}"
                if held is not seen[-1] and then.first_day > day.first_day:
                    latest = [r.title for r in seen if r.quote.source == seen[-1].quote.source]
                    line += f"; since then {max(latest, key=len)}, as of {then.human()}"
                said = self.retriever.sentence_holding(held.quote) or ""
                if replaced(before.name, said):  # named as the one replaced: not "as of"
                    line = f"Earlier: {quoted(clip(said))}"
                reply.add(line, *dict.fromkeys((held.quote.source, seen[-1].quote.source)))
        states = timeline.involving(person.id)
        for state in states if events else ():
            self._event_line(state, reply, timeline.today)
        met = dict.fromkeys(
            self.kb.person_by_id[p].name
            for s in states
            for p in s.event.participants
            if p != person.id and p in self.kb.person_by_id
        )
        confidence = max(match.confidence, 0.9 if match.people else 0.8)
        follow_ups = tuple(f"who is {name}" for name in list(met)[:2])
        # the one occasion shown is what "who else was there?" then asks of
        told = (states[0].event.id,) if events and len(states) == 1 else ()
        return reply.answer(question, "who", lead, confidence, follow_ups, events=told)

    def _moved_on(self, query: Query, person: Person, timeline: Timeline) -> Answer:
        """The post someone took after the one he left: his newest title, where a newer
        source gives one than the office he is said to have left (named in the question, or
        the one he was replaced in); else that none is on record, with the post he left."""
        reply = Reply(self.kb)
        roles = [r for r in person.roles if r.quote.source in timeline.visible]
        asked = set(words(query.text.casefold()))

        def dated(source: str) -> date:
            published = self.kb.article_by_id[source].published
            return published.first_day if published else date.min

        ended = next(  # "..., succeeding Engr Farrukh Saleem Abbasi, whose tenure ended"
            (
                s
                for s in self.retriever.search(query, timeline.visible, timeline.dates)
                if s.verbatim and replaced(person.name, s.text)
            ),
            None,
        )
        gone = max(map(dated, ended.sources)) if ended else date.min
        # the office the question names: the title sharing most of its words
        fit = {r.quote: len(_title_words(r.title) & asked - STOPWORDS) for r in roles}
        best = max(fit.values(), default=0)
        left = [
            r for r in roles if (best and fit[r.quote] == best) or dated(r.quote.source) <= gone
        ]
        since = max((dated(r.quote.source) for r in left), default=date.min)
        later = [r for r in roles if r not in left and dated(r.quote.source) > since]
        if later:
            newest = max(later, key=lambda r: (dated(r.quote.source), len(r.title)))
            day = self.kb.article_by_id[newest.quote.source].published
            as_of = f", as of {day.human()}" if day else ""
            lead = f"{person.name} — {newest.title}{as_of}{reply.cite(newest.quote.source)}."
            intent = DIRECT
        else:
            what = f" than {left[-1].title}" if left else ""
            lead = f"Not on record: the sources give no later post for {person.name}{what}."
            intent = NOT_ON_RECORD
        for role in left[-1:]:
            day = self.kb.article_by_id[role.quote.source].published
            as_of = f", as of {day.human()}" if day else ""
            earlier = "Earlier: " if intent == DIRECT else ""
            reply.add(f"{earlier}{person.name} — {role.title}{as_of}", role.quote.source)
        if ended is not None:
            reply.add(quoted(clip(ended.text)), *ended.sources)
        return reply.answer(query.text, intent, lead, 0.8, query=query)

    def _office_words(self, title: str) -> set[str]:
        """A title's words as an office is asked: "Chairperson" is the chairman's office."""
        return {self.matcher.synonyms.get(w, w) for w in _title_words(title)}

    def _appointed(self, person: Person, timeline: Timeline) -> Sentence | None:
        """The statement that he took the office, where an article he holds it in says so
        ("... was appointed Minister of Transport by Decree of the Head of State on ...")."""
        for source in dict.fromkeys(r.quote.source for r in person.roles):
            if source in timeline.visible:
                for sentence in self.retriever.sentences_of(source):
                    if person.name in sentence.text and _APPOINTED.search(sentence.text):
                        return sentence
        return None

    def _entity(self, question: str, entity: Entity, timeline: Timeline) -> Answer | None:
        if entity.quote.source not in timeline.visible:
            return None
        reply = Reply(self.kb)
        about = f": {entity.description}" if entity.description else ""
        lead = f"{entity.name}{about}{reply.cite(entity.quote.source)}."
        states = timeline.involving(entity.id)
        for state in states:
            self._event_line(state, reply, timeline.today)
        if not states:  # the sentence it was described from says more than the description
            told = self.retriever.sentences[self._told_at(entity.quote)].text
            said = told if entity.quote.text in told else entity.quote.text
            reply.add(quoted(clip(said)), entity.quote.source)
        return reply.answer(question, "who", lead, 0.8)

    # -- the KB itself -----------------------------------------------------------------

    def _sources(
        self, question: str, match: Match, timeline: Timeline, page: int = 1
    ) -> Answer | None:
        visible = [a for a in self.newest_first if a.id in timeline.visible]
        shown, page, pages = _window(visible, page)
        reply = Reply(self.kb, limit=PAGE_LINES)
        for article in shown:
            reply.add(article.reference(), article.id)
        lead = f"I answer from {len(timeline.visible)} articles, newest first:"
        card = reply.answer(question, "sources", _page_lead(lead, page, pages), match.confidence)
        return replace(card, page=page, pages=pages)

    def _about(self, question: str, match: Match, timeline: Timeline) -> Answer:
        c = self.kb.curated
        as_of = self.kb.as_of.human() if self.kb.as_of else "undated"
        lead = (
            f"A briefing bot on Pakistan–Kazakhstan relations. Knowledge base as of {as_of}: "
            f"{len(self.kb.articles)} articles, {len(c.people)} people, {len(c.events)} events, "
            f"{len(c.figures)} figures. Every fact comes with its source."
        )
        return Answer(question, "about", lead, confidence=match.confidence)

    def _help(self, question: str, match: Match, timeline: Timeline) -> Answer:
        return Answer(
            question,
            "help",
            "Ask me about Pakistan–Kazakhstan relations, for example:",
            bullets=HELP_EXAMPLES,
            confidence=match.confidence,
            hint=(
                "Also investment, education, digital, interfaith, energy: /topics lists them. "
                "You may ask in English, Russian, Kazakh or Urdu; /language changes the bot's "
                "language."
            ),
            follow_ups=_STARTERS,
        )


# "what came right after the Karachi forum", "which meeting of the two governments came
# after the Karachi forum, and what was decided?"
_BESIDE = re.compile(
    r"^\W*(?:what|which)(?:\s+[\w'\u2019-]+){0,6}?\s+"
    r"(?:came|happened|followed|was\s+held|were\s+held|took\s+place)\s+"
    r"(?:right\s+|just\s+|soon\s+)?(?P<side>after|before)\s+"
    r"(?P<what>.{6,}?)(?:,?\s+and\s+(?:what|who|when|how)\b.*)?\W*$",
    re.IGNORECASE,
)
_FOLLOWED_BY = re.compile(r"\b(?:followed by|was followed|after which)\b", re.IGNORECASE)
_PRECEDED_BY = re.compile(r"\b(?:preceded by|was preceded|a precursor)\b", re.IGNORECASE)
_APPOINTED = re.compile(
    r"\b(?:(?:was|has been|had been)\s+(?:appointed|named|nominated|sworn in)|took office"
    r"|assumed (?:office|charge)|succeeded|replaced|replacing|succeeding)\b",
    re.IGNORECASE,
)

_TRADE_FLOWS = frozenset({"trade", "export", "import", "turnov"})  # stems


# "what job did he move to after he left PMDC", "what is he doing now": the post after
_MOVED_ON = re.compile(
    r"\bafter\s+(?:he|she)\s+left\b|\bafter\s+leaving\b|\bsince\s+leaving\b"
    r"|\b(?:move|moved)\s+(?:on\s+)?to\b|\b(?:went|gone|go)\s+on\s+to\b"  # not "go to Astana"
    r"|\bdoing\s+now\b|\bnow\s+doing\b",
    re.IGNORECASE,
)
_JOB = re.compile(r"\b(?:job|post|position|role|doing|work)\b", re.IGNORECASE)
# "the one who had the job before her", "his predecessor": who held the office before
_HAD_IT_BEFORE = re.compile(
    r"\b(?:had|held|was\s+in)\s+(?:the|that|this|her|his)\s+(?:job|post|office|position|role|seat)"
    r"\s+before\b|\bpredecessor\b|\b(?:previous|former|last)\s+(?:one|holder|incumbent)\b",
    re.IGNORECASE,
)
# "did he hold talks with X", "did he meet X": whom across the table
_WITH_WHOM = re.compile(
    r"\b(?:talks?|met|meet|meeting|sit|sat|negotiat\w*)\b.*?\bwith\s+"
    r"|\b(?P<call>call(?:ed|s)?\s+on)\s+",
    re.I,
)
_MEETINGS = frozenset({"talk", "meet", "meeting", "negoti"})


def _dated(state: EventState, reply: Reply, today: date) -> str:
    """ "President Tokayev's state visit to Pakistan — took place; ... [1][2]": an event by
    name, with its date as known on ``today``, cited."""
    return f"{state.event.name} — {state.when(today)}{reply.cite(*state.sources)}"


def _title_words(title: str) -> set[str]:
    return {w.casefold() for w in words(title)}


_ASIDE = re.compile(r"\([^)]*\)")
# "these days", "right now": when, not the body asked of
_NOW_WORDS = {"now", "these", "days", "currently", "today", "right", "at", "moment", "present"}
# what sets the frame of a comparison apart from its first side: "which is longer - X or Y"
_SIDE_FRAME = re.compile(r"\s*[:\u2013\u2014]\s*|\s+-\s+")
# "which is longer, X or Y": how long each is
_MEASURED_SIDE = {
    "longer": "long",
    "shorter": "long",
    "bigger": "big",
    "larger": "big",
    "smaller": "big",
    "higher": "high",
    "lower": "high",
}


def _within(when: PartialDate, period: PartialDate) -> bool:
    return period.first_day <= when.first_day and when.last_day <= period.last_day


def _month_slip(state: EventState, period: PartialDate) -> bool:
    """Whether an event that took place is dated to another month of the year asked (by a
    report of it held, not a month it was announced for)."""
    when = state.date
    return (
        state.status is Status.TOOK_PLACE
        and when is not None
        and when.month is not None
        and period.month is not None
        and period.day is None
        and when.year == period.year
        and when.month != period.month
    )


def _figured(sentence: Sentence) -> bool:
    """Whether a sentence states a number ("$512.6 million", "31 percent")."""
    return any(c.isdigit() for c in sentence.text)


def _window(items: Sequence[_T], page: int) -> tuple[Sequence[_T], int, int]:
    """One page of a long list (the last, if past the end), its number, how many pages."""
    pages = max(1, -(-len(items) // PAGE_LINES))
    page = min(max(page, 1), pages)
    return items[(page - 1) * PAGE_LINES : page * PAGE_LINES], page, pages


def _page_lead(lead: str, page: int, pages: int) -> str:
    return f"{lead.removesuffix(':')} (page {page} of {pages}):" if page > 1 else lead


def _paged(card: Answer, page: int) -> Answer:
    """One page of a long card, its citations numbered afresh for the lines shown."""
    pages = max(1, -(-len(card.bullets) // PAGE_LINES))
    if pages == 1:
        return card
    page = min(max(page, 1), pages)
    numbers: dict[int, int] = {}

    def renumber(mark: re.Match[str]) -> str:
        return f"[{numbers.setdefault(int(mark[1]), len(numbers) + 1)}]"

    lead = _MARK.sub(renumber, card.lead)
    start = (page - 1) * PAGE_LINES
    lines = tuple(_MARK.sub(renumber, b) for b in card.bullets[start : start + PAGE_LINES])
    lead = _page_lead(lead, page, pages)
    by_number = {c.number: c for c in card.citations}
    citations = tuple(replace(by_number[old], number=new) for old, new in numbers.items())
    return replace(card, lead=lead, bullets=lines, citations=citations, page=page, pages=pages)


_PART_OF = re.compile(r"\b(?:of|among)\s+(?:them|those|these)\b", re.IGNORECASE)
_EARLIER_JOB = {"before", "previous", "previously", "earlier", "prior", "former", "formerly"}
_SUPPORT_EVENTS = 2  # events shown under a person found by what he did there
_LEANS_BACK = 3  # sentences before a statement that may name who made it ("He noted ...")


def _joined(one: Answer, two: Answer, asked: str = "") -> Answer:
    """The first answer, the second's lead as its first line (the only one, when the first
    says what is missing, of the first question ``asked``, not of "that"); the sources that
    line cites join the first's, renumbered."""
    kept = () if one.not_on_record else one.citations  # "no figure": nothing of it stays
    numbers = {c.source: c.number for c in kept}
    citations = list(kept)
    by_number = {str(c.number): c for c in two.citations}

    def renumber(mark: re.Match[str]) -> str:
        citation = by_number[mark.group(1)]
        if citation.source not in numbers:
            numbers[citation.source] = len(citations) + 1
            citations.append(replace(citation, number=len(citations) + 1))
        return f"[{numbers[citation.source]}]"

    line = _MARK.sub(renumber, two.lead).removesuffix(".")  # a line, not a lead
    if one.not_on_record:
        lead = _CLOSEST.sub(".", one.lead)
        if asked and lead.endswith(" for that."):
            # "how much trade now and what is the goal": no figure for the trade now
            lead = f"{lead.removesuffix(' that.')} \u201c{asked.strip(' ?,')}\u201d."
        return replace(one, lead=lead, bullets=(line,), citations=tuple(citations), hint="")
    said = _plain(line)  # a bullet stating it again, curated line or its sentence, goes
    again = [b for b in one.bullets if said in _plain(b) or _plain(b) in said]
    bullets = (line, *(b for b in one.bullets if b not in again))
    return replace(one, bullets=bullets, citations=tuple(citations))


def _plain(line: str) -> str:
    """A line's words without its citations and quotation marks."""
    return _CITES.sub("", line).strip(" .\u201c\u201d")


def _unheaded(answer: Answer) -> Answer:
    """An answer that opens with a heading ("Visits on record:") led by its first line
    instead, so that a line set beside it is not read as one of its items."""
    if not (answer.lead.endswith(":") and answer.bullets):
        return answer
    lead, *bullets = answer.bullets
    return replace(answer, lead=f"{lead}.", bullets=tuple(bullets))
