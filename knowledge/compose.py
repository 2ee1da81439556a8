"""Query + ranked evidence -> an answer that leads with the fact asked for.

The lead answers the question in one line with its citation; a few supporting bullets
follow. When what was asked for is not in the evidence (no figure for "how much", no date
for "when", nothing that covers the question's words), the lead says so first and
specifically, and anything close follows under that label, never passed off as the answer.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache

from knowledge.answer import NOT_ON_RECORD, Answer
from knowledge.dates import MONTH_NAMES, PartialDate
from knowledge.extract import COUNT, DURATION, FREQUENCY, MONEY, PROPORTION, RATE_WORDS
from knowledge.extraction import (
    NUMBER_WORDS,
    asked_ordinals,
    counts,
    implicit_dates,
    load_rules,
    ordinals,
    said_ahead,
)
from knowledge.extraction import amount as money_value
from knowledge.format import (
    DONT_KNOW_HINT,
    MAX_BULLETS,
    SENTENCE_CHARS,
    Reply,
    clip,
    closed,
    quoted,
)
from knowledge.intents import TOPIC_PREFIX
from knowledge.lexicon import Lexicon, stem
from knowledge.matching import GENERIC
from knowledge.model import Claim, EntityKind, Event, KnowledgeBase, Person, Sentence, Status
from knowledge.offices import replaced
from knowledge.query import DOING_NEXT, IN_TIME, ROLE_WORDS, YEAR_SPAN, Query, sides
from knowledge.retrieve import MIN_COVERAGE, VENUE, Evidence, detail_evidence, leans_back
from knowledge.text import STOPWORDS, first_named, words
from knowledge.timeline import EventState, Timeline

_YES_COVERAGE = 0.6
_CLAUSE_KEPT = 80  # characters of an asked word's clause a cut keeps after it
_CLOSE_COVERAGE = 0.3
_DOING_AUX = {"will", "would", "does", "did", "do", "has", "have", "had", "can", "could", "should"}
_WHOSE_DEED = ("how_many", "how_much", "yesno", "what", "list")
_DOER_REACH = 8  # words before a deed its doer is looked for in: "Pakistan's HEC will in turn"
# "did Sharif ...", "will Sharif ...": the person the question names as doing it
_SUBJECT_ASKED = re.compile(
    r"^\W*(?:did|does|do|will|would|has|have|had|is|was|can|could)\s+", re.IGNORECASE
)
_IN_COMPANY = re.compile(r"\b(?:with|else|along|accompan\w*|together)\b", re.IGNORECASE)
_WHOSE = re.compile(r"^\W*whose\s+([a-z]+)", re.IGNORECASE)  # "whose book was launched"
_IN_WORDS = re.compile(r"\bin\s+(?:the\s+)?([a-z][\w-]*)")  # "in Astana", cased or not
_RUN = re.compile(r"(?:\s+[a-z]+)?\s+and(?:\s+[a-z]+){1,2}")  # "grain and container wagons"
# what a price is per: "per tonne", "per forty-foot container", "Rs3,450 per 20 kg", "$271.50
# a tonne", "$/kg"
_PER = re.compile(
    r"\bper[\s-]+(?:\d+\s*)?(?:[a-z]+-[a-z]+\s+|metric\s+|cubic\s+)?(?P<unit>[A-Za-z]+)\b"
    r"|\bfor\s+(?:each|every)\s+(?P<each>[A-Za-z]+)\b"  # "$455 for each container"
    r"|\d\s*(?:million|billion)?\s+(?:a|an|each)\s+(?:metric\s+)?(?P<after_amount>[A-Za-z]+)\b"
    r"|/(?P<slashed>[A-Za-z]+)\b"
)
_ASKED_PER = re.compile(  # "the price per tonne", "per metric ton"
    r"\b(?:per|each)\s+(?:[a-z]+-[a-z]+\s+|metric\s+|cubic\s+)?(?P<unit>[A-Za-z]+)\b"
)
_NOT_UNITS = frozenset(
    {"cent", "day", "week", "month", "year", "annum", "hour", "time", "piece", "head", "unit"}
)
# where a thing is said to lie: "located some 95km west of Nokkundi", "situated near Quetta"
_LOCATED = re.compile(
    r"\b(?:located|situated|lies|lying|sits)\b[^.;]{0,40}?\b(?:of|near|in|at|outside)\s+"
    r"(?:the\s+)?[A-Z]"
)
_WORDED_AMOUNT = re.compile(  # "two billion dollars"; "two hundred million" MONEY reads
    rf"\b({'|'.join(w for w, n in NUMBER_WORDS.items() if n < 100)})\s+"
    r"(million|billion|thousand)\b",
    re.IGNORECASE,
)
_HALF_AMOUNT = re.compile(r"\bhalf\s+an?\s+(million|billion)\b", re.IGNORECASE)
# a thing asked why it came later: "why was it pushed back", "why the delay"
_DELAY_ASKED = re.compile(
    r"\b(?:pushed\s+back|put\s+off|postponed|delayed|delay|late|later|slipped|moved)\b",
    re.IGNORECASE,
)
# a time replaced by another told before it: "now expected in March 2028 instead of December"
_INSTEAD = re.compile(r"\binstead\s+of\b", re.IGNORECASE)
# a date told as changed: "originally promised by December 2030, is now expected in 2031"
_DATE_CHANGED = re.compile(
    r"\b(?:originally|initially|earlier|previously)\b[^.;]*\bnow\b|"
    + _INSTEAD.pattern
    + r"|\b(?:postponed|pushed\s+back|put\s+off|delayed)\b",
    re.IGNORECASE,
)
# a thing told as still awaited: "has applied for permission", "is awaiting approval"
_PENDING = re.compile(
    r"\b(?:has|have|had)\s+(?:also\s+)?applied\b|\bawait(?:s|ing)?\b|\bpending\b|\byet\s+to\b",
    re.IGNORECASE,
)
# a thing told as under consideration: "Pakistan is considering five-year visas", a decision
# not yet taken when the report was written
_CONSIDERED = re.compile(
    r"\b(?:is|are|was|were)\s+(?:now\s+|also\s+)?(?:considering|weighing|mulling|reviewing)\b"
    r"|\bunder\s+(?:consideration|review)\b",
    re.IGNORECASE,
)
# "was it Pakistan's ambassador who ...", "was the uzbek president the one who ...": one
# asked of as the only one who did it
# words of how "which came first, X or Y" is asked, no word of what X or Y was
_STEM_NOISE = frozenset({"the", "s", "which", "came", "first", "or", "what"})
_JUDGE = re.compile(r"\b(?:which|who)(?:\s+one)?\s+is\s+(?:right|correct|true|accurate)\b", re.I)
_CLEFT = re.compile(
    r"^\W*(?:was|is|wasn'?t|isn'?t)\s+(?:it\s+.+?\s+(?:who|that)|.+?\s+the\s+one\s+who)\b",
    re.IGNORECASE,
)
_JOINT_DEEDS = frozenset(
    {"write", "wrote", "written", "produce", "produced", "publish", "published", "together"}
)
_WITH_WHOM = re.compile(r"\b(?:with|together|jointly|co-\w+|partners?|partnership)\b", re.I)
_OFFICE_NEAR = 4  # words after "of" an office's country may be in ("presidents of X and Y")
# a deed whose parties a statement names in full: "a joint effort by IPRI, RAND and IMPRI"
_JOINT = re.compile(
    r"\b(?:joint(?:ly)?\s+(?:effort|project|venture|publication|study)?\s*(?:by|of|between)"
    r"|co-?(?:authored|published|produced|written)\s+by|in\s+(?:partnership|collaboration)\s+with)\b",
    re.IGNORECASE,
)
# a part of an occasion held in one place: "the Islamabad leg", "the Karachi edition"
_PART_IN = re.compile(
    r"\b[Tt]he\s+(?P<place>[A-Z][a-z]+)\s+(?:leg|edition|stage|round|session|show|segment)\b"
)
# a count in a unit of a thing: "how many tonnes of wheat", "250,000 tons of milling wheat"
_UNIT_OF = re.compile(r"\b(?P<unit>[a-z]+)\s+of\s+(?P<thing>[a-z]+)\b", re.IGNORECASE)
_COUNT_OF = re.compile(
    r"\d[\d,.]*\s*(?:million|billion|thousand|m|bn)?\s+(?P<unit>[a-z]+)\s+of\s+"
    r"(?:[a-z]+\s+)?(?P<thing>[a-z]+)\b",
    re.IGNORECASE,
)
# whose a count is, after it: "from Kazakhstan", "from both countries", "from the two sides"
_FROM_WHOM = re.compile(
    r"\s+(?:from|of)\s+(?:(?P<place>[A-Z][a-z]+)\b|(?:both|the\s+two)\s+(?:countries|sides)\b)"
)
# "2,640 citizens of Pakistan were enrolled at Kazakh universities": people counted by their
# country, which the rest of the statement says are those asked for (students)
_CITIZENS = frozenset({"citizens", "nationals", "people", "persons"})
# a plural noun, after a word of its own: "direct *jobs*", "new wheat *varieties*"
_NEXT_WORD = re.compile(r"(?:\s+[a-z]{2,})?\s+[a-z]{2,}[^s]s\b")
_YEAR = re.compile(r"\b(20\d\d)\b")
# a month of a year named: "is scheduled to start in June 2030"
_MONTH_YEAR = re.compile(
    r"\b(?P<month>" + "|".join(MONTH_NAMES[1:]) + r")\s+(?P<year>20\d\d)\b", re.IGNORECASE
)
# where one sentence of a statement ends and the next begins ("... land… He also discussed")
_SENTENCES = re.compile(r"(?<=[.!?\u2026])\s+(?=[A-Z\u201c\"])")
# asked for, not done: "called for direct flights", "pressed for better visa conditions"
_ADVOCATED = re.compile(
    r"\b(?:(?:call(?:s|ed)?|press(?:es|ed)?|push(?:es|ed)?|urg(?:e|es|ed))\s+for"
    r"|need(?:s|ed)?\s+to"
    # "urged Pakistan to join the railway": asked to, not done
    r"|(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+on|encourag(?:e|es|ed|ing)|invit(?:e|es|ed|ing))"
    r"\s+(?:[\w'-]+\s+){1,3}?to"
    # "extended invitation to Federal Minister ... Khan to visit Kazakhstan": invited to
    r"|invitation\s+to\s+(?:[\w'-]+\s+){1,8}?to)\b",
    re.IGNORECASE,
)
# to come, as copy and headlines put it: "Zardari is to confer ...", "Tokayev to meet ..."
_IS_TO = re.compile(r"\b(?:is|are|was|were)\s+to\s+[a-z]|^(?:[A-Z][\w'’-]*\s+){1,4}to\s+[a-z]")
# the deeds of asking another to act, which a question may ask of ("did he invite Khan")
_ASKS_URGING = frozenset(
    stem(w) for w in ("urge", "call", "encourage", "invite", "invitation", "press", "push", "need")
)
# asked of the past: "did they sign", "have they signed", "was it signed"
_PAST = re.compile(r"^\W*(?:did|have|has|had|was|were)\b", re.IGNORECASE)
_PAST_WHEN = re.compile(
    r"^\W*(?:when|(?:on\s+)?(?:what|which)\s+(?:exact\s+)?(?:date|day))\s+"
    r"(?:did|has|have|had|was|were)\b",
    re.IGNORECASE,
)
# what was done asked for: "which MoUs were actually signed", "what did they sign"
_DONE_ASKED = re.compile(
    r"\b(?:were|was|got|been|did\s+\w+)\s+(?:actually\s+|really\s+|finally\s+)?"
    r"(?:sign(?:ed)?|ink(?:ed)?|conclud(?:ed|e)|finali[sz]ed?|finali[sz]e|agreed)\b",
    re.IGNORECASE,
)
_STATUS = frozenset({"yet", "already", "started", "begun", "still"})  # asks how things stand
_MANY_WORDS = 5  # a question this long may hold a word no article uses for the thing
_STATUS_ADVERBS = frozenset({"yet", "already", "still"})
# a thing's start, as a plan dates it: "expected to become operational on January 15"
_ONSET = re.compile(
    r"\b(?:become|becomes|be)\s+(?:fully\s+)?(?:operational|functional|available)"
    r"|\b(?:start|begin|launch|open|commence|go\s+live|take\s+effect)\b",
    re.IGNORECASE,
)
# a share asked for: "how much of the government", "what proportion of the cargo"
_SHARE = re.compile(
    r"\b(?:how\s+(?:much|many)|what\s+(?:share|proportion|part|fraction|percentage))\s+of\b"
    r"|\bhow\s+much\s+(?:part|share)\b",  # "government how much part", as Urdu orders it
    re.IGNORECASE,
)
# "were most participants Kazakh?": asks whether a part is more than half of a whole
_MAJORITY = re.compile(
    r"\b(?:most|mostly|(?:the\s+)?majority|more\s+than\s+half|over\s+half)\b", re.IGNORECASE
)
# a part of a whole, as copy counts it: "500 participants, including 150 Kazakh businessmen",
# "150 of the 500 participants"
_NUMBER = r"\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d+"
_PART_OF = re.compile(
    rf"(?P<whole>{_NUMBER})\s+(?P<all>[a-z][\w-]*(?:\s+[a-z][\w-]*)?),?\s+including\s+"
    rf"(?:some\s+|about\s+|nearly\s+|over\s+)?(?P<part>{_NUMBER})\s+(?P<what>(?:[\w-]+\s+){{0,2}}[\w-]+)"
    rf"|(?P<part_>{_NUMBER})\s+(?P<what_>(?:[\w-]+\s+){{0,2}}?)(?:out\s+)?of\s+(?:the\s+)?"
    rf"(?P<whole_>{_NUMBER})\s+(?P<all_>[a-z][\w-]*)",
    re.IGNORECASE,
)
# a share stated in words, and its size as a fraction of the whole
_STATED_SHARE = re.compile(
    r"\b(?:(?P<under>almost|nearly|about|around|roughly|less\s+than|under)\s+)?"
    r"(?:(?P<over>more\s+than|over)\s+)?"
    r"(?P<share>half|(?:a|one)[ -]third|two[ -]thirds|(?:a|one)[ -]quarter|three[ -]quarters"
    r"|(?:the\s+)?majority|(?:the\s+)?bulk|most(?=\s+of\b)|mostly)\b",
    re.IGNORECASE,
)
_SHARES = {
    "half": 0.5, "third": 1 / 3, "thirds": 2 / 3, "quarter": 0.25, "quarters": 0.75,
    "majority": 0.75, "bulk": 0.75, "most": 0.75, "mostly": 0.75,
}  # fmt: skip
_HALF = 0.5
_SHARE_BEFORE, _SHARE_AFTER = 6, 4  # words around a share that say what it is of
# a time set in words, not as a date: "at the earliest opportunity", "in the near future"
_DIGIT = re.compile(r"\d")
_NEXT = re.compile(r"\bnext\b", re.IGNORECASE)  # the next of a series of occasions
# "all the pieces came from the Taxila museum": the one source asked of
_ALL_FROM = re.compile(
    r"\ball\b.*\bfrom\s+(?:the\s+)?([\w-]+(?:\s+(?!correct|right|true)[\w-]+)?)",
    re.IGNORECASE,
)
_ONLY = re.compile(r"\bonly\s+(?:for\s+|to\s+|in\s+|about\s+)?([\w-]+)", re.IGNORECASE)


_TIMES = {
    "once": 1.0,
    "twice": 2.0,
    "thrice": 3.0,
    "one": 1.0,
    "two": 2.0,
    "three": 3.0,
    "four": 4.0,
    "five": 5.0,
    "six": 6.0,
    "seven": 7.0,
    "ten": 10.0,
    "fourteen": 14.0,
}
# "a fourth weekly flight", "a new weekly service": one more flight, not how often
_NTH = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|new|additional|extra)\s+$",
    re.IGNORECASE,
)
_PER_WEEK = re.compile(
    r"\b(?P<daily>daily|every\s+day|each\s+day)\b"
    r"|\b(?P<n>\d+|once|twice|thrice|one|two|three|four|five|six|seven|ten|fourteen)"
    r"(?:\s+(?:times|flights|services|trains|departures|round\s+trips))?\s+(?:a|per|each|every)\s+week\b"
    r"|\b(?P<weekly>weekly)\b(?!\s+(?:frequenc|flights|services))",
    re.IGNORECASE,
)


_CAP = re.compile(r"\b(?:up\s+to|as\s+many\s+as|maximum\s+of|at\s+most)\s+$", re.IGNORECASE)


def per_week(text: str) -> float | None:
    """How many times a week a text says something runs: "daily" 7, "twice a week" 2; not a
    cap ("up to 14 flights per week" are allowed, not flown)."""
    found = next(
        (
            m
            for m in _PER_WEEK.finditer(text)
            if not _CAP.search(text, 0, m.start()) and not _NTH.search(text, 0, m.start())
        ),
        None,
    )
    if found is None:
        return None
    if found["daily"]:
        return 7.0
    if found["weekly"]:
        return 1.0
    said = found["n"].casefold()
    return float(said) if said.isdigit() else _TIMES[said]


def _qualifiers(unknown: Sequence[str], text: str, asked: set[str]) -> set[str]:
    """The words no article uses that stand right before another word asked, narrowing it:
    "free" in "a free trade agreement"; not the subject of a verb after it."""
    said = words(text.casefold())
    return {
        w
        for w, after in itertools.pairwise(said)
        if w in unknown and after in asked and not after.endswith(("ed", "ing"))
    }  # not a verb's subject: "has PIA started flights" (an acronym no article spells)


def _not_only(word: str) -> re.Pattern[str]:
    """A statement that it is not only that ("not only medicine", "not just Karachi"), or
    that and more ("one-on-one and delegation-level talks")."""
    said = re.escape(word)
    return re.compile(
        rf"\bnot\s+(?:only|just|solely)\s+(?:for\s+|to\s+|in\s+)?{said}"
        rf"|\b{said}\s+(?:and|as well as)\s+\w",
        re.I,
    )


def _from_several(source: str) -> re.Pattern[str]:
    """A statement that things came from that source and others: "from the Taxila Museum,
    the Lahore Museum, ...", "lent by the Taxila Museum, the Lahore Museum and ..."."""
    said = re.escape(source)
    return re.compile(
        rf"\b(?:from|by)\s+(?:the\s+)?{said},\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)*[A-Z][\w-]*"
        rf"(?:,|\s+and\b)",
        re.I,
    )


_NUMBER_OF = re.compile(
    r"\bnumber\s+of\s+(?P<counted>(?:[A-Z][a-z]+\s+)?[a-z]+)\b[^.;]{0,100}?"
    r"\b(?:to|at|reached|stood at|is|was|of)\s+(?:(?:exceed|reach|top|surpass|pass|cross)\s+)?"
    r"(?:about\s+|around\s+|nearly\s+|some\s+)?\d"  # "... from Pakistan to exceed 15,000"
)
# "do they differ", "did it change": yes where the figures are several
_DIFFER = re.compile(r"\b(?:differ|differs|different|change|changed)\b", re.IGNORECASE)
# "do the figures match", "are the numbers the same", and the same asked the other way
_AGREE = re.compile(
    rf"\b(?:match|matches|same|agree|tally|consistent)\b|{_DIFFER.pattern}", re.IGNORECASE
)
# what such a question compares: figures, "do their numbers agree"
_FIGURE_WORDS = re.compile(
    r"\b(?:figures?|numbers?|amounts?|data|statistics?|stats|estimates?|values?|totals?|"
    r"counts?|sums?|tallies|accounts)\b",
    re.IGNORECASE,
)
# whose a deed was, as copy says it: "on the invitation of Prime Minister Shehbaz Sharif",
# "was hosted by", "co-chaired by"
# a deed asked in the passive: "was Khan invited", "is he being invited by ..."
_PASSIVE_ASKED = re.compile(
    r"^\W*(?:(?:is|it)\s+(?:it\s+)?true\s+that\s+)?(?:was|were|is|are|has|have|had)\b[^?]*?"
    r"\b\w+(?:ed|en)\b\s+by\b|\bby\s+(?:whom|who)\b",
    re.IGNORECASE,
)
_PRONOUN = re.compile(r"\b(?:he|she|they)\b")  # "he invited", "is he Khan invited"
_BY_OF = re.compile(r"\b(?P<deed>[a-z][\w-]+)\s+(?:of|by)\s+(?=(?:the\s+)?[A-Z])")
_AGENT_CHARS = 60  # after it, where the doer is named (with his title)
_CLAUSE_BREAK = re.compile(r"[,;:()\"“”—–]|\s-\s|\b(?:while|which|who)\b")
_PASSIVE_END = re.compile(r"\b(?:was|were|been|being|be|is|are)\s+(?:\w+ly\s+)?$")
_SPEAKER_BACK = 4  # sentences back the one speaking may have been named
# right after a deed: its "by" and a name ("by Lahore-based scholar Dr. Farzana Iqbal", "by
# the Lahore Chamber of Commerce")
_BY_NAME = re.compile(
    r"[\s,]*(?:\w+ly\s+)?by\s+(?:[\w-]+\s+){0,3}?(?:(?:Dr|Prof|Mr|Mrs|Ms|Engr)\.?\s+)*"
    r"(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+)"
)
_INFINITIVE = re.compile(r"\bto\s+$")  # "the proposal to organize": not done
_ASIDE = 8  # words of an aside between a subject and its verb ("X, currently on a visit, held")
_ASIDE_VERB = re.compile(  # the verb right after such an aside: "held an important meeting"
    r"^\s*(?:\w+ed|held|met|led|made|paid|gave|took)\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,2}$"
)
_BY_CHARS = 200  # after a deed in the passive, where its "by" names the doer
_BY = re.compile(r"\bby\s")
_PHRASE_END = re.compile(r"[;:\"“”]")
_AGENT_AFTER = re.compile(r"^(?:\s+\w+){0,2}?\s+(?:by|of)\s")
_HE_IN = re.compile(r"\b(?:he|she|they)\b")
# "who signed the deal", "who else attended": the deed asked of whoever did it
_WHO_DID = re.compile(
    r"^\s*who\s+(?:else\s+|actually\s+|first\s+)?"
    r"(?!(?:is|was|were|are|will|would|did|does|do|has|have|had|can|could|should|else)\b)"
    r"(?P<deed>[\w-]+)",
    re.IGNORECASE,
)
_AROUND = 80  # characters either side of an amount, for what it measures
_SAME_AMOUNT = 0.05  # "$200 million" is "over $200 million" and "$205 million"
_BY_WHEN = re.compile(r"\b(?:by|until|till)\s+when\b|\bdeadline\b", re.IGNORECASE)
_DEADLINE = re.compile(
    r"\b(?:by|until|before)\s+(?:the\s+(?:end|middle|start)\s+of\s+)?"
    rf"(?:(?:19|20)\d\d|(?:{'|'.join(MONTH_NAMES[1:])})\b)",
    re.IGNORECASE,
)
_NO_DATE = re.compile(
    r"\b(?:at\s+the\s+earliest(?:\s+(?:opportunity|possible))?|as\s+soon\s+as\s+possible"
    r"|in\s+the\s+near\s+future|in\s+due\s+course|in\s+the\s+(?:coming|next)\s+(?:few\s+)?"
    r"(?:days|weeks|months|years)|(?:very\s+)?soon)\b",
    re.IGNORECASE,
)
# "though dates have not been fixed", "no date was announced": a date said to be missing
_DATE_MISSING = re.compile(
    r"\b(?:(?:dates?|timing)\s+(?:(?:has|have|had)\s+)?"
    r"(?:not\s+(?:yet\s+)?(?:been\s+)?|yet\s+to\s+be\s+)"
    r"(?:fixed|set|announced|finali[sz]ed|decided|confirmed|agreed)"
    r"|no\s+(?:date|dates|timeline|timing)\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:fixed|set|announced|given|finali[sz]ed|decided|confirmed|agreed))\b",
    re.IGNORECASE,
)
_CLAUSES = re.compile(r"[,;:]\s+|(?<=[.!?\u2026])\s+")
# whose money a question asks of: "with Pakistan's money", "funded by China", "... itself"
_MEANS_ASKED = re.compile(
    r"\b(\w+)(?:'s|\u2019s)?\s+(?:own\s+)?(?:money|funds?|funding|resources|budget|financing)\b"
    r"|\b(?:paid|funded|financed|bankrolled)\s+(?:for\s+)?by\s+(\w+)"
    r"|\b(?:pay(?:ing)?|fund(?:ing)?|financ(?:e|ing))\b.*\b(itself|themselves)\b",
    re.IGNORECASE,
)
# and a statement's answer: "with its own resources" is its subject's
_OWN_MEANS = re.compile(
    r"\b(?:its|their)\s+own\s+(?:resources|funds|money|budget|financing|expense)\b"
    r"|\bat\s+(?:its|their)\s+own\s+(?:cost|expense)\b",
    re.IGNORECASE,
)
_FREE_OF = re.compile(r"\b(\w+)[- ]free\b")  # "visa-free", "duty free": without it
_NEGATION = re.compile(r"\b(?:not|never|no longer|\w+n[\u2019']t)\b", re.IGNORECASE)


def _negated(question: str) -> bool:
    """Whether a question asks of something not being so ("did he say India is not part of
    it?"); a negative opening ("Isn't he the envoy?") asks the same as a positive one."""
    return bool(_NEGATION.search(question.split(maxsplit=1)[1] if " " in question else ""))


# the aim of a thing done: "initiated talks ... to explore partnerships" is talks begun
_DONE_FOR = re.compile(
    r"(\b(?:initiated|launched|began|started|opened|held|signed|set up|established)\b"
    r"[^.;]*?\s)to\s+\w+",
    re.IGNORECASE,
)
# "the first scheduled non-stop passenger service": a kind of flight, run to a timetable,
# not a plan
_SCHEDULED_KIND = re.compile(
    r"\bscheduled\s+(?=(?:(?:non-?stop|direct|passenger|international|commercial)\s+)*"
    r"(?:service|services|flights?|routes?|operations?)\b)",
    re.IGNORECASE,
)
# the ways a thing is carried, for "did it go by rail all the way?"
_WAYS = {
    "rail": re.compile(r"\b(?:rail|railways?|trains?|wagons?)\b", re.IGNORECASE),
    "road": re.compile(r"\b(?:road|trucks?|lorr(?:y|ies)|bowsers?|convoys?)\b", re.IGNORECASE),
    "sea": re.compile(r"\b(?:sea|seaborne|ships?|vessels?)\b", re.IGNORECASE),
    "air": re.compile(r"\b(?:air|airlifted|planes?|aircraft)\b", re.IGNORECASE),
}
_BY_WAY = re.compile(
    r"\bby\s+(rail|train|road|truck|trucks|lorry|sea|ship|air|plane)\b", re.IGNORECASE
)
_WHOLE_WAY = re.compile(r"\b(?:all\s+the|the\s+whole|the\s+entire)\s+way\b", re.IGNORECASE)
# a thing said to be left out of what was agreed or counted
_LEFT_OUT = re.compile(
    r"\b(?:(?:is|are|was|were)\s+(?:not\s+(?:included|covered)|excluded)"
    r"|(?:does|do|did)\s+not\s+(?:cover|include))\b",
    re.IGNORECASE,
)
_NOW = re.compile(r"\bnow\b", re.IGNORECASE)  # a state reported as it stands
_NOT_YET = re.compile(
    r"\b(?:not\s+yet|yet\s+to|(?:has|have|had)\s+not\s+been"
    # "will be formally signed once both governments approve": not signed yet
    r"|will\s+(?:only\s+)?(?:be\s+)?(?:\w+ly\s+)?\w+\s+(?:once|after|when|as\s+soon\s+as)\b)",
    re.IGNORECASE,
)
_WHOLE_OVER = 0.8  # a best statement holding less than this of the question yields to a whole one
_HEAD_OF_STATE = re.compile(r"\bheads?\s+of\s+(?:state|government)\b", re.IGNORECASE)
_HEADS = frozenset({"chair", "chairman", "chairperson", "chief", "director"})  # stems
_CALLED_OFF_WORDS = frozenset({"meet", "held", "take", "place", "happen"})
_POSTPONED = re.compile(
    r"\b(?:postponed|put off|pushed back|rescheduled|delayed|deferred)\b"
    # "agreed to move the start ... from May 2 to May 16"
    rf"|\b(?:move[ds]?|moving|shift(?:ed|s)?)\b(?=[^.;]{{0,60}}\bfrom\s+(?:the\s+)?"
    rf"(?:\d|(?:{'|'.join(MONTH_NAMES[1:])})\b))",
    re.IGNORECASE,
)
NO_EXACT_DAY = "No exact day on record; the sources say only: "
# "on which exact day", "what date exactly": a day asked in so many words, not a month ("what
# date did they meet" is answered by the month, and the day of the report that told it)
ASKS_DAY = re.compile(
    r"\bexact(?:ly)?\s+(?:\w+\s+)?(?:day|date)\b|\b(?:day|date)\s+exactly\b"
    # "what day in November": the month is given, the day is asked
    r"|\b(?:what|which)\s+(?:day|date)\s+(?:in|of)\s+(?:the\s+month|(?:"
    + "|".join(MONTH_NAMES[1:])
    + r")\b)",
    re.IGNORECASE,
)
# a day of a month, either way round: "8 September", "on 2 May", "Sept. 30", "may 2"
_DAY_IN_TEXT = re.compile(
    rf"\b(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month2>{'|'.join(MONTH_NAMES[1:])})\b"
    rf"|\b(?P<month>{'|'.join(MONTH_NAMES[1:])})\.?\s+(?P<day>\d{{1,2}})\b",
    re.IGNORECASE,
)


def _days_in(text: str) -> set[tuple[str, int]]:
    """The days of months a text names, as (month, day)."""
    return {
        ((m["month"] or m["month2"]).casefold(), int(m["day"] or m["day2"]))
        for m in _DAY_IN_TEXT.finditer(text)
    }


# "is PSO putting up its own storage", "are they adding flights": a thing under way, which
# a statement that it will be done answers
_UNDER_WAY = re.compile(
    r"^\W*(?:(?:is|are)\s+(?!there\b|it\b)(?:\S+\s+){1,4}?\w+ing|does|do)\b", re.I
)
_WILL_DO = re.compile(
    r"\b(?:will|would|(?:is|are)\s+to|(?:set|due|plans?|planning)\s+to)\b", re.IGNORECASE
)
# a decision told: what it says is to come is decided, not only planned or discussed
_AGREED = re.compile(
    r"^(?:under|as\s+per)\s+(?:the|this|that|a)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:agreement|accord|protocol|deal|memorandum|mou|contract)\b",
    re.IGNORECASE,
)
_DECIDED = re.compile(r"\b(?:announced|confirmed|decided|approved)\s+that\b", re.IGNORECASE)
_DECIDING = frozenset(
    stem(w)
    for w in ("agree", "announce", "decide", "pledge", "promise", "commit", "confirm", "urge")
)
# "the title of the book", "the name of the exercise": a thing's name, not a person's
_TITLE_OF = re.compile(
    r"\b(?i:title|name)\s+of\s+(?i:the|a|an|that|this|its|their)\s+"
    r"(?P<thing>[a-z]+(?:\s+[a-z]+){0,2}?)(?=\s+(?:[A-Z]|that|which|where|who|was|is|were)|\W*$)"
)
_QUOTED_TITLE = re.compile(r"[\u201c\"][A-Z][^\u201d\"]{8,}[\u201d\"]")  # “Examining the ...”
_TITLE_WORDS = 2  # words of title a subject's name may follow ("Ambassador Kistafin")
# a phrase opening a sentence on a verb's -ing form, up to its comma: "Addressing a press
# briefing in Islamabad,", "Speaking at the forum,"
_OPENING_PHRASE = re.compile(r"\W*[A-Za-z]+ing\b[^,]{0,120},")
_MOVED_TO = re.compile(
    rf"\b(?:to|until|till)\s+(?:the\s+)?(?=\d|(?:{'|'.join(MONTH_NAMES[1:])})\b)", re.IGNORECASE
)
# "who did he discuss it with?", "with whom": the one across the table asked for
_WITH_WHOM_ASKED = re.compile(r"\bwith\s*\W*$|\bwith\s+(?:whom|which|what)\b", re.IGNORECASE)
# "Lahore remains the only Pakistani city with a direct flight": the one place that has it
_SOLE = re.compile(r"\b(?P<one>[A-Z][a-z]+)\s+(?:remains|is|was|will\s+remain)\s+the\s+only\b")
# "where in Lahore ...": a place inside the one named; a venue named by its name
_WHERE_IN = re.compile(r"\bwhere\s+(?:exactly\s+)?in\s+(?P<place>\w+)", re.IGNORECASE)
_VENUE = re.compile(r"\bat\s+(?:the\s+)?[A-Z][\w'-]+(?:\s+(?:of\s+the\s+|of\s+)?[A-Z][\w'-]+)+")
_STILL = frozenset({"still", "schedule", "scheduled", "planned"})  # "still on", "on schedule"
_PUT_OFF_ASKED = _CALLED_OFF_WORDS | _STILL | {"go", "ahead"}  # "is it still going ahead"
_HE = re.compile(r"(?:He|She)\s")
# "who is Kistafin", "who is going to be CEO"; not "who is going to confer it" (a deed)
_WHO_IS = re.compile(
    rf"\s*who(?:\s+is|'s|\u2019s|s)\b(?!\s+(?:\w+ing|{'|'.join(DOING_NEXT)})(?:\s+to)?"
    r"\s+(?!to\b|be\b)\w)",
    re.IGNORECASE,
)
_BEFORE_CHARS = 120  # of the sentence a dependent one leans on
_ITEM = re.compile(r"^\s*[-\u2013\u2014\u2022*]\s*")  # an item's dash, not its "ii."
_ITEM_CHARS = 110  # of each item of a list a sentence announces
_SUPPORT = 5
_AGREED_MORE = 3  # what else a story says was agreed, shown before the support
# units that measure rather than count: figures in them compare only with their own kind
_MEASURE_UNITS = frozenset(
    {"tonnes", "tons", "tonne", "ton", "km", "kilometres", "kg", "mw", "%", "percent", "litres"}
)
# asked what someone did before his office, and said so
_BEFORE_NOW = re.compile(
    r"\b(?:before|previously|earlier|prior to)\b.*\b(?:becom|appoint|took|tak|join)", re.I
)
_EARLIER_POST = re.compile(
    r"\b(?:before (?:his|her|taking|joining|being)|previously|formerly|prior to (?:his|her)|"
    r"(?:had )?served as)\b",
    re.I,
)
_WHAT_TIME = re.compile(r"\b(?:what|which)\s+time\b|\bat\s+what\s+hour\b", re.I)
_CLOCK = re.compile(  # a time of day: "at 07:40", "10 am"; not "1.45 million"
    r"\b\d{1,2}[:.]\d{2}\b(?!\s*(?:million|billion|percent|%))|\b\d{1,2}\s*[ap]\.?m\b", re.I
)
_TOLD_NEXT = 3  # sentences after a statement a "why" looks in for what was said of it
_AND_WHEN = re.compile(r"(?:,|\band)\s+when\b", re.IGNORECASE)  # "..., and when did she"
# "what did she say when the agreement was signed", "... say after the talks": words
# asked of an occasion, not of a subject
_SAY_THERE = re.compile(r"\b(?:say|said|tell|told)\s+(?:when|after)\b", re.IGNORECASE)
_SAYS = re.compile(r"\b(?:said|says|told|added|stressed|noted|remarked)\b")
_PRONOUN_SAYS = re.compile(
    r"\b(?:he|she)\s+(?:said|says|added|told)\b|\bsaid\s+(?:he|she)\b", re.IGNORECASE
)
_OPENS_QUOTE = re.compile(r"\s*[\"“]")  # a sentence opening a quotation
_SPOKEN = re.compile(r"[\"“”]|\b(?:said|says|told|explained)\b")  # a quotation, or one reported
# words of his own, or how he described a thing ("describing his visit as productive")
_VOICED = re.compile(
    r"[\"“”]|\b(?:said|says|told|explained|describ\w*|called|termed|stressed|noted)\b"
)
_SUPPORT_GAP = 0.25
_FUTURE = {"will"}  # asked whether it will happen, not whether it is planned
_EARLIER = {"ever", "before", "previously", "earlier"}  # asks whether one came before
# "when did a Kazakh president last visit before Tokayev": an earlier one than that named
# ("until" as Kazakh's "дейін" reads)
EARLIER_ONE = re.compile(
    r"\b(?:last|previous|previously|prior)\b.*\b(?:before|until)\b"
    r"|\b(?:before|until)\b.*\blast\b",
    re.IGNORECASE,
)
_SINCE_YEAR = re.compile(r"\bsince\s+((?:19|20)\d\d)\b", re.IGNORECASE)
_SINCE = re.compile(r"\b(?:first|only|largest|biggest|highest)\b[^.;]*?\bsince\s+(?:19|20)\d\d\b")
_NEAR = 5  # words either side of an amount that say what it measures
_WHOLE = 3  # words after "half of" that name the whole: "half of our government"
# kinds of answer that are one fact of a kind: a date, a span, a place, a count, a name
SPECIFIC = {"when", "how_long", "where", "how_many", "how_much", "who"}
_MISSING = {
    "how_many": "Not on record: no figure for that",
    "how_much": "Not on record: no figure for that",
    "compare": "Not on record: no figures to compare",
    "when": "Not on record: no date for that",
    "how_long": "Not on record: no length or duration for that",
    "where": "Not on record: no place for that",
    "who": "Not on record: the sources name no one for that",
    "yesno": "Not on record: the sources don't say so",
}
DIRECT = "direct"
# what a clipped sentence must still show, by the kind of answer
# what was to happen and did not: a yes/no question about it is answered "No"
_CALLED_OFF = re.compile(
    r"\b(?:cancell?ed|called off|scrapped|did not take place|was not held|were not held)\b",
    re.IGNORECASE,
)
# words that make a comparison one of sizes: "bigger", "more than", "do the numbers match",
# "compare the target with the contracts"
_SIZES = {
    "big",
    "larg",
    "more",
    "less",
    "high",
    "low",
    "small",
    "fewer",
    "great",
    "number",
    "figur",
    "compar",
    "far",  # "how far is the $200m from the target": the gap between two amounts
    "gap",
}
_TOLD_AFTER = re.compile(r"\s+(?:to|that|upon)\b")  # "agreed to ...": what follows
_WORD = re.compile(r"\w[\w'-]*")  # a word, with its apostrophe or hyphen ("Nishan-i-Pakistan")
# what a quote cut short must keep: the figure asked for; the word that makes a "No"
_KEEP = {
    "how_many": COUNT,
    "how_much": COUNT,
    "compare": COUNT,
    "how_long": DURATION,
    "yesno": _CALLED_OFF,
}


@lru_cache(maxsize=2)
def _measure(sizes: bool = False) -> re.Pattern[str]:
    """A number with a unit of measure as the extraction rules list them ("520 tonnes"); with
    ``sizes``, of how big a thing is: not a share, nor a count of flights."""
    rules = load_rules().units
    kept = [u for u, unit in rules.items() if not sizes or unit not in _NOT_SIZES]
    units = "|".join(sorted(map(re.escape, kept), key=len, reverse=True))
    return re.compile(
        rf"\d[\d,.]*(?:\s*|-)(?:(?:million|billion|thousand)\s+)?(?:{units})(?!\w)", re.I
    )


_NOT_SIZES = frozenset({"percent", "flights"})
_PERCENT = re.compile(r"\d\s*(?:%|per\s*cent|percent)", re.IGNORECASE)
_ANYONE = frozenset({"people", "persons", "individuals"})  # counted by what they did
# "a team of four", "a staff of 12": people counted by the group they make
_GROUP_OF = re.compile(
    r"\b(?:team|staff|crew|workforce)\s+of\s+(?:about\s+|some\s+|around\s+)?(\w+)\b",
    re.IGNORECASE,
)


# "Pakistan's largest export destination", "exports of Kazakhstan": whose trade it is
_FLOW = re.compile(
    r"\b(?P<whose>[A-Za-z]+)(?:'s|\u2019s)\s+(?:[a-z-]+\s+){0,3}?(?P<flow>export|import)"
    r"|\b(?P<flow_of>export|import)s?\s+(?:of|from)\s+(?P<of>[A-Za-z]+)",
    re.IGNORECASE,
)
_PLACE_PHRASE = re.compile(
    rf"\b(?:in|at)\s+(?:(?:the\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+)*)|{VENUE})"
)
_IN_PLACE = re.compile(r"\b(?:in|at)\s+([A-Z][a-z]+)\b")  # "held in Almaty"
_NEAR_PLACE = re.compile(r"\bnear\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b")
_DATE_IN_TEXT = re.compile(
    r"\b(?:19|20)\d\d\b|\b(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\b"
)


def _restates(fuller: Evidence, other: Evidence) -> bool:
    """Whether ``fuller`` says all ``other`` says of the same people, and more."""
    return fuller.about == other.about and set(words(other.text)) < set(words(fuller.text))


def _one_title_each(roles: list[Evidence]) -> list[Evidence]:
    """A title said again more fully ("Ambassador", "Ambassador to Pakistan") once: the
    fuller line, citing the sources of both."""
    kept = []
    for role in roles:
        if any(_restates(other, role) for other in roles):
            continue
        restated = [s for other in roles if _restates(role, other) for s in other.sources]
        kept.append(replace(role, sources=tuple(dict.fromkeys((*role.sources, *restated)))))
    return kept


def _ways(text: str) -> set[str]:
    """The ways of carrying a thing a text names."""
    return {way for way, pattern in _WAYS.items() if pattern.search(text)}


@dataclass
class Composer:
    kb: KnowledgeBase
    timeline: Timeline
    lexicon: Lexicon
    # each article's occasion, as the retriever reads it: the events it reports, or its
    # lede's where it reports many
    occasions: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    ledes: Mapping[str, str] = field(default_factory=dict)  # each article's lede's event
    # an article's sentences in order: "The address highlighted ..." is of the speaker the
    # sentence before it names
    sentences_of: Callable[[str], Sequence[Sentence]] | None = None
    candidates: list[Evidence] = field(default_factory=list)
    _lines: dict[tuple[int, int], tuple[Evidence, Query, tuple[str, ...]]] = field(
        default_factory=dict
    )

    def compose(
        self,
        query: Query,
        evidence: Sequence[Evidence],
        shown: Sequence[str] = (),
        sides: Callable[[], Answer | None] | None = None,
    ) -> Answer:
        """``sides``: a comparison of two things asked each on its own ("A vs B"), tried when
        the evidence holds no figures or dates to weigh."""
        if asked_flow := self._flow(query.text):  # "Kazakhstan's exports": not Pakistan's
            evidence = [e for e in evidence if self._of_flow(e.text, asked_flow)]
        self.candidates = list(evidence)  # what "Closest on record" may draw on
        # "how many will Kazakhstan offer": not what Pakistan offers (of amounts, yes or no
        # and what was done; a date or place asked is of the occasion, whoever acted)
        if query.answer_type in _WHOSE_DEED and (done := self._doer(query)):
            by = {id(e): self._done_by(e, *done) for e in evidence}
            # and what Kazakhstan is said to do first ("Kazakhstan intends to build ...")
            evidence = sorted(
                (e for e in evidence if by[id(e)] is not False), key=lambda e: not by[id(e)]
            )
        covering = [e for e in evidence if e.coverage >= MIN_COVERAGE]
        if query.events:  # "when was that?": that event, or nothing
            evidence = [e for e in evidence if self._about_event(e, query.events)]
            self.candidates = evidence
            covering = [e for e in covering if e in evidence] or evidence
        kind = query.answer_type
        decided = False  # a statement in the deciding word asked leads, as it should
        if unit := self._per_unit(query):
            # "the price per tonne": a price per tonne, never "Rs200 per cylinder", which is
            # the closest on record where no price per tonne is
            stems = self._term_stems(query, unit)
            # what is priced, where the question names it first ("the rail freight charge"):
            # not the landed cost
            what = [self._term_stems(query, w) for w in self._priced_thing(query)]
            priced = [  # of the thing asked, in a story that names it: not the wheat's
                e
                for e in covering
                if stems & self._units(e.text)
                and self._story_holds(e, query)
                and all(w & set(self.lexicon.stems(e.text)) for w in what)
            ]
            if covering and not priced:  # none per the unit asked: said so, the rest closest
                lead = f"Not on record: no price per {unit}"
                return self._missing(query, covering, Reply(self.kb), lead)
            covering = priced
            # an amount per the unit, not "the price per container was lower"
            covering = [e for e in covering if MONEY.search(e.text)] or covering
        if kind == "what" and (verbs := self._deciding(query)) and covering:
            # "what did Kazakhstan announce for students", "what did they agree": of the
            # statements nearly as much on the question, one in the deed's own word first
            bar = covering[0].coverage - _SUPPORT_GAP
            holding = [
                e
                for e in covering
                if e.coverage >= bar and verbs & set(self.lexicon.stems(e.text))
            ]
            covering = holding + [e for e in covering if e not in holding]
            decided = bool(holding)
        titled = _TITLE_OF.search(query.text)
        if kind in ("what", "who") and titled and titled["thing"].casefold() not in ROLE_WORDS:
            # "what was the title of the book IPRI launched": a statement of a book giving
            # its title in quotation marks, whoever else the question names
            # its head noun: "the joint military exercise", "the book IPRI launched"
            head = [w for w in titled["thing"].split() if w not in STOPWORDS][-1:]
            thing = set(self.lexicon.stems(" ".join(head)))
            named = [
                e
                for e in self.candidates
                if e.verbatim
                and _QUOTED_TITLE.search(e.text)
                and thing & set(self.lexicon.stems(e.text))
            ]
            if named:
                return self._lead(query, named, covering, shown)
        # "how many did Nurtleu bring": Nurtleu's; a place sets the scene, and a sentence of
        # that scene need not name it ("counts 11 documents signed" at the Astana session)
        focus = {f for f in query.focus if not self._is_place(f)}
        if focus and kind in SPECIFIC:
            covering = [
                e
                for e in covering
                if e.about & focus or e.event in query.events or self._named_before(e, focus)
            ]
        if query.people and not query.unknown and kind not in ("yesno", "compare"):
            # "what sectors did Karabayev's delegation include": what holds most of the words
            # is of another's visit, so not on record; what is of him is the closest
            theirs = [
                e
                for e in evidence
                if e.coverage >= _CLOSE_COVERAGE and e.about & set(query.people)
            ]
            if theirs and not any(e.about & set(query.people) for e in covering):
                covering = []
        if query.people and kind != "yesno":  # yes/no weighs whom a statement is of itself
            # "what award will Tokayev receive": a statement of him before one of someone
            # else that only shares his article ("the scholar received the title of ...")
            asked_people = set(query.people)
            covering.sort(key=lambda e: self._of_another(e, asked_people))
        if kind == "what" and (there := self._said_there(query, covering)):
            return there
        if kind == "compare":
            # "ports named at IPRI vs in the briefing": both sides' statements, side by side
            return (
                self._measured(query, evidence)
                or self._judged(query, covering, shown)
                or (sides() if sides and not shown else None)
                or self._lead(query, self._in_context(covering, query), covering, shown)
            )
        if kind in ("how_many", "how_much"):
            # a target answers "how much is the target", never "how much trade is there"
            asked_aim = any(self._aims.intersection(t.every) for t in query.terms)
            # "how much trade do they want": what they aim at
            # "what is the target for bilateral trade": the word itself, though the trade card's
            # keyword is no search term
            asked_stems = set(self.lexicon.stems(query.text))
            asked_aim |= bool((self.lexicon.asks_aim | self._aims) & asked_stems)
            # "how big is the terminal": a measure in a statement of it, however far from
            # the word ("The terminal will have an initial handling capacity of 40,000 TEUs")
            size = bool(self.lexicon.sizes & asked_stems)
            numbers = [
                e
                for e in covering
                if (e.number or _NUMBER_OF.search(e.text) or _GROUP_OF.search(e.text))
                and (asked_aim or not e.target)
                and (
                    self.measures(e.text, query) or (size and _measure(sizes=True).search(e.text))
                )
            ]
            if unit_of := _UNIT_OF.search(query.text):
                # "how many tonnes of wheat": another outlet's "250,000 tons of wheat", though
                # worded too far from the question to cover it, is shown beside the lead
                counted, thing = (self._term_stems(query, unit_of[n]) for n in ("unit", "thing"))
                numbers += [
                    e
                    for e in self.candidates
                    if e.coverage >= _CLOSE_COVERAGE
                    and e not in numbers
                    and e.verbatim
                    and self._counts_of(e.text, counted, thing)
                ]
                # a count of the thing asked before one of another in that unit ("of grain")
                numbers.sort(key=lambda e: not self._counts_of(e.text, counted, thing))
            if held_by := self._their_occasions(query, covering):
                # "how much were the deals of Tokayev's visit worth": not the USD 200 million
                # of the Karachi forum, an occasion he had no part in
                numbers = [e for e in numbers if not self._held(e) or e.event in held_by]
            if asked_aim:  # "how much are they aiming for": an aim where one is stated
                numbers = [e for e in numbers if e.target] or numbers
            if months := {t.month for t in query.terms if t.month}:
                # "contracts signed at the forum he addressed in November": not a figure of
                # April's forum (one no source dates may be of then)
                numbers = [e for e in numbers if not self._dated_otherwise(e, months)]
            # "scholarships for Pakistani students": not those "to Kazakh students"
            numbers = [e for e in numbers if not self._owned_otherwise(e.text, query.text)]
            if places := {f for f in query.focus if self._is_place(f)}:
                # "the MoUs signed at the Lahore forum": a figure of Lahore's before one of
                # Karachi's forum, though no sentence need name the place it is set in
                # (of those, one holding every word asked, in a word of like meaning or not,
                # before one without the thing's name: "148 Gandhara artefacts" for "how many
                # objects in the Gandhara exhibition", not "an exhibition of 90 objects")
                asked_words = {t.word for t in query.core if not t.soft}
                numbers.sort(
                    key=lambda e: (not places & e.about, not asked_words <= e.covered, -e.coverage)
                )
                # "how many came in Lahore": not "the Islamabad leg drew about 2,300 people"
                numbers = [e for e in numbers if not self._of_another_place(e.text, places)]
            if RATE_WORDS.intersection(words(query.text)):  # "how many flights a week":
                # a rate, which may lean on the sentence before for what it is of
                near = [e for e in evidence if e.coverage >= _CLOSE_COVERAGE]
                rates = [e for e in near if FREQUENCY.search(e.text)]
                # "how often will Fly Jinnah fly": "The flights will operate twice a week",
                # after the sentence naming it, before a cap in an agreement naming neither
                rates.sort(key=lambda e: (-e.coverage, not self._after_the_rest(e, query)))
                numbers = rates + [e for e in numbers if e not in rates]
            if kind == "how_much":  # "how much cargo": tonnes before a count of containers
                numbers.sort(key=lambda e: not (MONEY.search(e.text) or _measure().search(e.text)))
            if size:  # "how big is the terminal": "40,000 TEUs a year" before "$65 million"
                numbers.sort(key=lambda e: not _measure(sizes=True).search(e.text))
            if costs := self.lexicon.costs & asked_stems:
                # "how much did TDAP spend": an amount of money, or none on record; or a share
                # of a sum, said of that cost ("a typical transfer cost 4 to 6 percent of its
                # value")
                numbers = [
                    e
                    for e in numbers
                    if MONEY.search(e.text)
                    or (_PERCENT.search(e.text) and costs & set(self.lexicon.stems(e.text)))
                ]
            return self._lead(query, numbers, covering, shown)
        if kind == "how_long":  # "how long is the e-visa valid": "a 30-day electronic visa"
            spans = [e for e in covering if DURATION.search(e.text)]
            return self._lead(query, spans, covering, shown)
        if (
            kind == "when"
            and _WHAT_TIME.search(query.text)
            and (clocked := [e for e in covering if _CLOCK.search(e.text)])
        ):
            # "what time does the flight leave": "will depart Almaty at 07:40", a time of day
            return self._lead(query, clocked, covering, shown)
        if kind == "when":  # a statement's own date, or the event's; not when it was said,
            # unless that is what is asked ("when did he say ..."): the day it was reported
            if EARLIER_ONE.search(query.text) and (
                since := [e for e in covering if _SINCE.search(e.text)]
            ):
                # "... the last one before Tokayev's": "the first by a Kazakh head of state
                # since 2003" says when the one before was
                return self._lead(query, since, covering, shown)
            said = self._asks_said(query)
            timed = [
                e
                for e in covering
                if self._date(e, said) or (said and not e.event and self._filed(e))
            ]
            if unplaced := self._undated_there(query, covering, timed):
                # "when will Air Astana fly to Islamabad?": the dates on record are of its
                # Lahore flights; of Islamabad, "studying flights ..., no decision taken"
                prefix = "No date on record for that; the sources say: "
                return self._lead(query, unplaced, covering, shown, prefix, NOT_ON_RECORD)
            closest = self._occasion(query, covering, timed)
            if closest is not None:
                # "when did Kistafin meet Khan": their own meeting, undated, not the visit
                # of another minister that both attended, dated
                rest = [e for e in covering if e is not closest]
                return self._lead(query, [], [closest, *rest], shown)
            if _BY_WHEN.search(query.text) and (
                due := [e for e in covering if _DEADLINE.search(e.text)]
            ):
                # "by when": the deadline a source sets, before the date it was set on and
                # before another's "at the earliest opportunity"
                return self._lead(query, due, covering, shown)
            vague = [
                e
                for e in covering
                if e.coverage >= MIN_COVERAGE
                and (_NO_DATE.search(e.text) or _DATE_MISSING.search(e.text))
            ]
            if vague and (not timed or timed[0].coverage <= vague[0].coverage):
                # "by when?" of a target "to be reached at the earliest opportunity": that is
                # the answer on record; "when exactly?" of "in 2027, though dates have not
                # been fixed": the source says there is none
                prefix = "No date on record, only this: "
                missing = bool(_DATE_MISSING.search(vague[0].text))
                if ASKS_DAY.search(query.text):  # "what day in November": not its day either
                    prefix, missing = NO_EXACT_DAY, True
                intent = NOT_ON_RECORD if missing else DIRECT
                return self._lead(query, vague, covering, shown, prefix, intent)
            if (
                covering
                and covering[0].kind == "report"  # an occasion named, with no date
                and timed
                and timed[0].coverage < covering[0].coverage - _SUPPORT_GAP
            ):
                # "when is the forum scheduled": what holds the question (the Lahore forum,
                # announced) has no date; a dated statement of something else is no answer
                return self._lead(query, [], covering, shown)
            if timed:
                # of statements holding all the first does of the question, one dated to the
                # day before one of its month ("on Wednesday" of the signing, not "in
                # February")
                tied = [
                    e
                    for e in timed
                    if e.coverage >= timed[0].coverage
                    and e.own >= timed[0].own
                    and e.about >= timed[0].about & set(query.focus)
                ]
                # (an event's record, by its own date)
                tied.sort(
                    key=lambda e: (
                        not (self._to_the_day(e) if e.kind == "report" else self._own_day(e))
                    )
                )
                timed = tied + [e for e in timed if e not in tied]
            if _PAST_WHEN.match(query.text) and not said:  # "when did flights start": done first
                # ("when did the working group meet": not its next meeting, in May)
                timed.sort(key=lambda e: self.tentative(e, query) or self._coming(e))
            ordered = self._ahead(query, timed)
            if ASKS_DAY.search(query.text) and ordered and not self._to_the_day(ordered[0]):
                # "on which exact day did the delegation reach Islamabad": "earlier this
                # month" is all the sources say, and that is said first
                prefix = NO_EXACT_DAY
                return self._lead(query, ordered, covering, shown, prefix, NOT_ON_RECORD)
            if query.ahead and ordered and not self._coming(ordered[0]):
                # "when is the next forum", and none is dated ahead: the last, said as such
                prefix = "The latest on record: "
                return self._lead(query, ordered, covering, shown, prefix=prefix)
            return self._lead(query, ordered, covering, shown)
        if kind in ("who", "list") and (across := self._across(query, covering, shown)):
            return across
        if kind == "who":
            # "who greeted him": a statement about him that names someone else; that
            # constraint is strong, so it may hold fewer of the question's other words
            focus = set(query.focus)
            named = [
                e
                for e in evidence
                # "He was appointed": the sentence before names him
                if (e.named - focus or (e.before and _HE.match(e.text)))
                and e.coverage >= _CLOSE_COVERAGE
                and (not focus or (e.about | e.named) & focus)
            ]
            if any(set(t.stems) & self.lexicon.leads for t in query.core):
                # "who will head the new consulate": one said to head, lead or chair it, not
                # whoever told a President of it (a "head" of state)
                heads = self.lexicon.leads | _HEADS
                named = [
                    e
                    for e in named
                    if heads & set(self.lexicon.stems(_HEAD_OF_STATE.sub(" ", e.text)))
                ]
            # "who signed the agreements": not "He noted ..., and new agreements signed
            # between 20 institutions": a name in the clause of the deed, or after its "by"
            named = [e for e in named if self._acts(e, query, focus)]
            # "The translation, by Lahore-based scholar Dr. Farzana Iqbal ...": one the KB
            # knows no role of, named doing it
            by_name = [
                e for e in evidence if e.coverage >= _CLOSE_COVERAGE and self._by_someone(e, query)
            ]
            named += [e for e in by_name if e not in named]
            # "Askar Nurgaliyev, who led the Kazakh delegation": one named doing it in the
            # deed's own word, before those that may say it in others
            doing = {id(e) for e in named if e in by_name or self._doer_named(e, query, focus)}
            if len(query.people) > 1:
                # "who did Jam Kamal Khan hold talks with during the Tokayev visit": of the
                # one named first, the doer; the other names the occasion
                doer = self._named_first(query)
                of_doer = [e for e in named if doer in e.about | e.named | e.subject]
                named = of_doer + [e for e in named if e not in of_doer]
            # "who signed it": a statement naming a person before one naming only bodies
            people = self.kb.person_by_id
            # asked of no one named, of those holding nearly as much of the question as the
            # best: "who was present from Pakistan's side" is answered by officers "from
            # Pakistan's side", not by the names of another delegation
            top = 0.0 if focus else max((e.coverage for e in named), default=0.0) - _SUPPORT_GAP
            # and of the one asked about before one only of the place ("who went with
            # Karabayev to Islamabad": not who came with another minister to Islamabad)
            asked = set(query.people)
            named.sort(
                key=lambda e: (
                    bool(asked) and not asked & (e.about | e.named | e.subject),
                    id(e) not in doing,
                    e.coverage < top,
                    not any(p in people for p in e.named - focus),
                    self._left_office(e),  # "after Gondal completed his tenure": not him
                )
            )
            if (
                len(asked) == 1
                and named
                and not asked & (named[0].named | named[0].subject)
                and not _IN_COMPANY.search(query.text)  # "who came with Karabayev": others
            ):
                # "who met Jam Kamal Khan": a statement naming him leads, not one only of an
                # occasion he was at ("Tokayev will also meet Zardari ...")
                first_naming = next((e for e in named if asked & (e.named | e.subject)), None)
                if first_naming is not None and first_naming.coverage >= named[0].coverage:
                    named = [first_naming, *(e for e in named if e is not first_naming)]
            country = self._people_of(query)
            of_country = [  # "which Pakistani leaders will he meet": those of Pakistan
                e
                for e in named
                if any(people[p].country == country for p in e.named - focus if p in people)
            ]
            named = of_country + [e for e in named if e not in of_country]
            # "Jam Kamal Khan signed the document", after "... signed a Trade Roadmap": all
            # that was asked, with the sentence it points back to
            held = [e for e in named if self._held_with_before(e, query)]
            named = held + [e for e in named if e not in held]
            if _WHO_IS.match(query.text) and query.people:
                # "who is Kistafin and what did he say about corridors": who he is, then
                # what he said; not someone else his statements name
                his = [e for e in covering if e.about & focus]
                roles = _one_title_each(
                    [e for e in evidence if e.kind == "role" and e.about & focus]
                )
                if roles or his:
                    return self._lead(replace(query, answer_type="what"), roles or his, his, shown)
            if (owned := _WHOSE.match(query.text)) and (
                makers := [
                    e
                    for e in evidence
                    if e.coverage >= _CLOSE_COVERAGE
                    and e.named - focus
                    and stem(owned[1]) in self.lexicon.stems(e.text)
                ]
            ):
                # "whose book was launched at the IPRI event": a statement of the book that
                # names others (its makers), before one of the occasion
                return self._lead(query, makers, covering, shown)
            # of what was named, place or not ("who signed the Port Qasim deal": not another
            # article's "They also agreed ...")
            named_focus = set(query.focus)
            whole = next(
                (
                    e
                    for e in covering
                    if e.coverage >= 1.0
                    and (not named_focus or named_focus & e.about)
                    # not one naming someone who did something else ("welcomed the proposal
                    # to organize")
                    and not (e.named - focus and self._doer_named(e, query, focus) is False)
                ),
                None,
            )
            alone = len(query.people) < 2  # two named: the question is of someone else
            follows = [e for e in named if whole and self._follows(e, whole)]
            if after := [e for e in follows if self._by_someone(e, query)]:
                # "... launched an Urdu translation of 'The Book of Words' ..." then "The
                # translation, by Lahore-based scholar Dr. Farzana Iqbal ...": the one it names
                held = after + held
                named = after + [e for e in named if e not in after]
            if (
                alone
                and whole
                and whole not in named
                and not held
                and not of_country
                and all(e.coverage < 1.0 for e in named)
            ):
                # "who accompanied Tokayev": "a powerful delegation of senior cabinet
                # ministers", the only statement of it, before another visit's names; said
                # to name no one, where it names no one ("who signed it": "contracts were
                # signed")
                named.insert(0, whole)
                # nor a body ("KTZ Express will hold 60%"), nor the one "who is" asks of
                if not whole.named - focus and not _WHO_IS.match(query.text):
                    prefix = "The sources name no one; they say: "
                    return self._lead(query, named, covering, shown, prefix=prefix)
            if self._asks_body(query):
                # "who put the book out, which institutions": bodies named, before people
                named.sort(key=lambda e: not any(map(self._is_body, e.named - focus)))
            return self._lead(query, self._ahead(query, named), covering, shown)
        if kind == "where":
            placed = [e for e in covering if self._place(e)]
            if inside := _WHERE_IN.search(query.text):
                # "where in Lahore did the culture days take place": a statement naming a
                # venue there ("moves to Lahore, where the troupe performs at the Alhamra
                # Arts Council"), before one naming only the city
                city = re.compile(rf"\b{re.escape(inside['place'])}\b", re.IGNORECASE)
                near = [e for e in self.candidates if e.coverage >= _CLOSE_COVERAGE]
                venues = [e for e in near if city.search(e.text) and _VENUE.search(e.text)]
                placed = venues + [e for e in placed if e not in venues]
            elif located := [
                e
                for e in self.candidates
                if e.coverage >= _CLOSE_COVERAGE
                and e.covered & {t.word for t in query.core}
                and _LOCATED.search(e.text)
            ]:
                # "where exactly is the Tanak Kaur block": "the 412-square-kilometre block,
                # located some 95km west of Nokkundi", though it names the block no more
                placed = located + [e for e in placed if e not in located]
            if query.ahead and _NEXT.search(query.text):
                # "where will the next session be held": a place still to come, never the
                # one a past session was held in
                placed = [
                    e
                    for e in placed
                    if self._coming(e) or self.tentative(e, query) or said_ahead(e.text)
                ]
            return self._lead(query, placed, covering, shown)
        if kind in ("list", "what") and (body := self._asks_body(query)) and covering:
            # "which companies signed contracts": the bodies named, or that none is
            bar = covering[0].coverage - _SUPPORT_GAP  # of what was asked, not any body
            focus = set(query.focus)
            naming = [
                e for e in covering if any(map(self._is_body, e.named)) and e.coverage >= bar
            ]
            # "which group is Samruk-Kazyna talking to": the bodies named with it, though
            # "company" is not the word its statement uses ("Fauji Foundation")
            theirs = [
                e
                for e in self.candidates
                if e.about & focus and any(map(self._is_body, e.named - focus))
            ]
            naming = [e for e in naming if e.about & focus] or theirs or naming
            # "which institutions": the statement naming the most of them besides the one
            # asked of, whatever order the question's words came in
            naming.sort(key=lambda e: -sum(map(self._is_body, e.named - focus)))
            if naming:
                return self._lead(query, naming, covering, shown)
            prefix = f"The sources name no {body}; they say: "  # so the bodies are not on record
            return self._lead(query, covering, covering, shown, prefix, NOT_ON_RECORD)
        if kind in ("list", "what") and self._asks_place(query) and covering:
            # "which Pakistani cities did he want flights from": the statement naming the
            # most places, of those holding nearly as much of the question
            bar = covering[0].coverage - _SUPPORT_GAP
            placing = sorted(
                (e for e in covering if e.coverage >= bar),
                key=lambda e: -self._places_named(e.text),
            )
            if placing and self._places_named(placing[0].text) > 1:
                return self._lead(query, placing, covering, shown)
        if (
            kind in ("list", "what")
            and covering
            and _DONE_ASKED.search(query.text)
            and self.tentative(covering[0], query)
        ):
            # "which MoUs were actually signed during the visit": the sources have them only
            # expected, which is no list of what was signed
            prefix = "Not on record as done; the sources report only: "
            return self._lead(query, covering, covering, shown, prefix, NOT_ON_RECORD)
        if kind == "list":  # "list the MoUs signed": a sentence announcing the list, its items
            listed = [e for e in covering if e.after]
            ranked = listed + [e for e in covering if not e.after]
            return self._lead(query, self._in_context(ranked, query), covering, shown)
        if kind == "yesno":
            return self._yes_no(query, covering, shown)
        if kind == "why" and (cause := self.lexicon.any_cause):  # a statement giving a reason
            # of what the question names, places too ("why does Astana put weight on Gwadar
            # and Karachi": the statement naming those ports, not another's "aimed at")
            asked_of = set(query.focus)
            covering = [e for e in covering if e.about & asked_of] or covering
            reasons = [e for e in covering if cause.search(e.text)]
            # "since" tells a time more often than a reason ("since the first flight on
            # September 23"): a statement with another cause word first
            reasons.sort(
                key=lambda e: {m[0].casefold() for m in cause.finditer(e.text)} == {"since"}
            )
            if not reasons and (reason := self._reason_after(query, covering, shown)):
                return reason
            if not reasons and (told := self._told_next(query, covering, shown)):
                return told
            return self._lead(
                query, reasons + [e for e in covering if e not in reasons], covering, shown
            )
        if kind == "what" and query.people and _BEFORE_NOW.search(query.text):
            # "what did Zhanuzakov do before becoming minister": "Before his appointment,
            # Zhanuzakov served as chairman of ...", a statement of him of a job before
            whose = set(query.people)
            earlier = [e for e in evidence if self._of(e, whose) and _EARLIER_POST.search(e.text)]
            if earlier:
                return self._lead(query, earlier, earlier, shown)
        if kind == "what" and (unsaid := self._unsaid(query, covering)) is not None:
            return unsaid
        # the words as asked or as their spelling was mended ("trade targt")
        asked_stems = {s for t in query.terms for s in t.stems}
        if kind == "what" and query.head and self._aims & asked_stems:
            # "what's the trade target they are chasing": the target itself, before a
            # statement that one is being worked out, as equally many words asked
            best = covering[0].coverage if covering else 0.0
            aims = [e for e in covering if e.target and e.coverage >= best]
            return self._lead(
                query, [*aims, *(e for e in covering if e not in aims)], covering, shown
            )
        if (
            kind == "what"
            and query.head
            and words(query.text.casefold())[1:2] == [query.head]
            and not self._deciding(query)  # "what rate did they agree on": the one agreed
        ):
            # "what aircraft does Fly Jinnah use": a statement holding the thing asked for
            # ("with Airbus A320 aircraft") before one holding only whose it is
            bar = (covering[0].coverage if covering else 0.0) - _SUPPORT_GAP
            naming = [e for e in covering if query.head in e.covered and e.coverage >= bar]
            covering = naming + [e for e in covering if e not in naming]
        # what holds every word asked before what holds fewer, however often those appear
        # ("e-visa processing time": "will process electronic visas within three days", not
        # a sentence naming e-visas twice); asked of people, statements of them come first
        holding_all = [e for e in covering if e.coverage >= 1.0]
        if holding_all and covering[0].coverage < _WHOLE_OVER and not query.people and not decided:
            # (not before what was agreed, asked "what rate did they settle on": "had
            # sought $520" holds every other word)
            covering = holding_all + [e for e in covering if e not in holding_all]
        if kind == "what" and not query.people:
            # "what was agreed on road transport in Astana": what was agreed, before the
            # name of the visit it was agreed at, which says only that it took place (asked
            # of someone, his occasion may be the answer: "what happens to Tokayev on
            # arrival": his state visit)
            stated = max((e.coverage for e in covering if e.kind != "report"), default=0.0)
            covering = sorted(covering, key=lambda e: e.kind == "report" and e.coverage <= stated)
        return self._lead(query, self._in_context(covering, query), covering, shown)

    def _dated_otherwise(self, item: Evidence, months: set[int]) -> bool:
        """Whether a statement is of an occasion dated in none of these months: by its own
        event, or by the event of a figure record quoting it ("Commercial contracts worth USD
        200 million were signed in one day": the Karachi forum's, in April). A date taken
        from when an article came out says nothing of the occasion."""
        if any(re.search(rf"\b{MONTH_NAMES[m]}\b", item.text, re.I) for m in months):
            return False
        dated = [item.date] if item.event and item.date else []
        if item.verbatim:
            dated += [
                f.date
                for f in self.candidates
                if f.kind == "figure" and f.event and f.date
                for source, quote in f.quoted
                if source == item.sources[0] and quote in item.text
            ]
        return bool(dated) and all(d.month not in months for d in dated)

    def _reason_after(
        self, query: Query, covering: list[Evidence], shown: Sequence[str]
    ) -> Answer | None:
        """ "Why were the consultations postponed?" "... have postponed the round ..." then,
        a sentence or two on, "the change was made because ...": the reason its article gives
        right after the statement of what was asked, though in words of its own ("the
        change"), leading, with that statement beside it."""
        cause = self.lexicon.any_cause
        if cause is None or shown or self.sentences_of is None:
            return None
        best = max((e.coverage for e in covering if e.verbatim), default=0.0)
        telling = [e for e in covering if e.verbatim and e.coverage >= best]
        if _DELAY_ASKED.search(query.text):
            # "why was the study pushed back": the statement of the change of date ("...,
            # originally promised by December 2030, is now expected in 2031"), whose reason
            # follows it, though another holds more of the question's words
            telling += [
                e
                for e in covering
                if e.verbatim and _DATE_CHANGED.search(e.text) and e not in telling
            ]
        for item in telling:
            if (placed := self._in_article(item)) is None:
                continue
            article, at = placed
            reason = next(
                (s for s in article[at + 1 : at + 1 + _TOLD_NEXT] if cause.search(s.text)), None
            )
            if reason is None:
                continue
            reply = Reply(self.kb)
            # a reason may have several parts ("two setbacks: ..., and flash floods ..."): a
            # longer cut, as a "why" statement gets
            lead = reply.leading(closed(self._cited_sentence(reason, reply, 2 * SENTENCE_CHARS)))
            reply.add(*self.line(item, query))
            return reply.answer(query.text, DIRECT, lead, 0.7, query=query)
        return None

    def _cited_sentence(
        self, sentence: Sentence, reply: Reply, limit: int = SENTENCE_CHARS
    ) -> str:
        """A sentence of an article as a lead: quoted, cut, dated where its words need the
        article's date, cited."""
        shown = quoted(clip(sentence.text, limit))
        return f"{shown}{self._calendar(shown, sentence.source)}{reply.cite(sentence.source)}"

    def _told_next(
        self, query: Query, covering: list[Evidence], shown: Sequence[str]
    ) -> Answer | None:
        """ "Why were the culture days postponed", where no statement gives a reason in so
        many words: the statement of it and what was said right after it in its article
        ("Some of the main venues are not available in November ...", the organiser said),
        where the reason is usually told, said to be that rather than a reason. Only for a
        thing one statement tells."""
        whole = [e for e in covering if e.coverage >= 1.0 and e.verbatim]
        if len(whole) != 1 or shown or self.sentences_of is None:
            return None  # several statements of all asked ("important"): they answer it
        best = whole[0]
        if (placed := self._in_article(best)) is None:
            return None
        article, at = placed
        said = [s for s in article[at + 1 : at + 1 + _TOLD_NEXT] if _SPOKEN.search(s.text)]
        if not said:
            return None
        reply = Reply(self.kb)
        reply.add(*self.line(best, query))
        for sentence in said:
            reply.add(quoted(clip(sentence.text)), sentence.source)
        lead = (
            "The sources give no reason in so many words. What they report, and what was said"
            " next:"
        )
        return reply.answer(query.text, DIRECT, lead, 0.6, query=query)

    def _said_there(self, query: Query, covering: list[Evidence]) -> Answer | None:
        """ "What did Bhatti say when the halal accord was signed": his words in the article
        of the occasion the question's words find, where the statements they find only name
        him ("... in the presence of Minister Bhatti")."""
        if len(query.people) != 1 or not _SAY_THERE.search(query.text):
            return None
        if self.sentences_of is None:
            return None
        person = query.people[0]
        scene = [e for e in covering[:_SUPPORT] if e.verbatim and e.coverage >= _CLOSE_COVERAGE]
        if not scene or (
            _SPOKEN.search(scene[0].text) and self._says(scene[0], self.kb.person_by_id[person])
        ):
            return None
        # the first article of the occasion in which he speaks ("had attended the signing
        # in April", a later story, may not hold his words)
        spoken: list[Sentence] = []
        for source in dict.fromkeys(e.sources[0] for e in scene):
            article = self.sentences_of(source)
            if spoken := [s for n, s in enumerate(article) if self._speaks(article, n, person)]:
                break
        if not spoken:
            return None
        reply = Reply(self.kb)
        first, *more = spoken
        lead = reply.leading(closed(quoted(clip(first.text)))) + reply.cite(first.source)
        for sentence in more:
            reply.add(quoted(clip(sentence.text)), sentence.source)
        reply.add(*self.line(scene[0], query))
        return reply.answer(query.text, DIRECT, lead, 0.7, query=query)

    def _speaks(self, article: Sequence[Sentence], at: int, person: str) -> bool:
        """Whether the sentence at ``at`` gives the person's words: it names him saying
        them, or "she said" after a sentence naming only him."""
        sentence = article[at]
        if not _SPOKEN.search(sentence.text):
            return False
        if _OPENS_QUOTE.match(sentence.text) and at + 1 < len(article):
            # a quotation running on into the next sentence, which says whose it is
            closing = article[at + 1].text
            if not _OPENS_QUOTE.match(closing) and _SPOKEN.search(closing):
                return self._speaks(article, at + 1, person)
        if person in sentence.mentions:
            return bool(_SAYS.search(sentence.text))
        if not _PRONOUN_SAYS.search(sentence.text):
            return False
        for before in reversed(article[max(0, at - _SPEAKER_BACK) : at]):
            if speakers := self.kb.person_by_id.keys() & set(before.mentions):
                return speakers == {person}
        return False

    def _unsaid(self, query: Query, covering: list[Evidence]) -> Answer | None:
        """ "What did Karabayev say about Afghanistan", when only others spoke of it in his
        presence: not on record, with what was said of it labelled as only the closest."""
        if len(query.people) != 1 or not self._asks_said(query):
            return None
        speaker = query.people[0]
        # of a place or body named ("about Afghanistan"): what he said in other words is
        # too often his, in words a question's need not share
        topic = {f for f in query.focus if f != speaker}
        if not topic:
            return None
        person = self.kb.person_by_id[speaker]
        of_topic = [e for e in covering if topic & (e.about | e.named)]
        if not of_topic or any(self._says(e, person) for e in of_topic):
            return None
        reply = Reply(self.kb)
        about = " and ".join(self._name_of(f) for f in sorted(topic))
        for item in of_topic[:3]:
            if remark := self._remark_on(item, person):
                # "... the proposed Turghundi-Herat railway ..." "“This will be a
                # game-changer,” the envoy said": his words on it, with what "this" is
                lead = f"{person.name}, of the {about}: {quoted(clip(remark.text))}"
                lead += reply.cite(remark.source)
                reply.add(quoted(clip(item.text)), *item.sources)
                return reply.answer(query.text, DIRECT, lead, 0.7, query=query)
        for item in of_topic[:3]:
            reply.add(*self.line(item, query))
        lead = f"Not on record: the sources report nothing {person.name} said about {about}"
        lead += ". Closest on record:" if reply.bullets else "."
        return reply.answer(query.text, NOT_ON_RECORD, lead, 0.0, query=query)

    def _judged(
        self, query: Query, covering: list[Evidence], shown: Sequence[str]
    ) -> Answer | None:
        """ "He spoke of a 35-year relationship, but ties go back to 1992 - which is right?":
        the sources give each account, and none says which is right; both are shown."""
        if not _JUDGE.search(query.text):
            return None
        accounts = [e for e in covering if e.coverage >= MIN_COVERAGE]
        if len({s for e in accounts for s in e.sources}) < 2:
            return None
        prefix = "The sources give these accounts; none says which is right: "
        return self._lead(query, accounts, covering, shown, prefix)

    def _their_occasions(self, query: Query, covering: list[Evidence]) -> set[str]:
        """The occasions the question's people took part in that what holds the question is
        of: where there are some, a figure of another occasion is not of theirs."""
        people = set(query.people)
        return {
            e.event
            for e in covering
            if people
            and e.event
            and (event := self.kb.event_by_id.get(e.event))
            and people <= set(event.participants)
        }

    def _held(self, item: Evidence) -> bool:
        """Whether a statement's occasion is one on record (not a line of its own)."""
        return bool(item.event) and item.event in self.kb.event_by_id

    def _remark_on(self, item: Evidence, person: Person) -> Sentence | None:
        """The sentence right after a statement in which the person speaks of what it told
        ("This will be a game-changer," the envoy said): his words on it."""
        if not (found := self._in_article(item)):
            return None
        article, at = found
        after = article[at + 1] if at + 1 < len(article) else None
        if after and person.id in after.mentions and leans_back(after.text):
            return after
        return None

    def _voiced(self, items: list[Evidence], person: Person) -> Evidence | None:
        """The first sentence of the sources, about as much on the question as the best, in
        which the person speaks or describes."""
        near = items[0].coverage - _SUPPORT_GAP
        return next(
            (
                e
                for e in items
                if e.verbatim
                and e.coverage >= near
                and _VOICED.search(e.text)
                and self._says(e, person)
            ),
            None,
        )

    def _says(self, item: Evidence, person: Person) -> bool:
        """Whether a statement is the person's own: our line opening with his name ("Kistafin
        said ..."), or a sentence of the sources (or one our line quotes) naming him or
        speaking of him as "He", or naming no one after one naming him speaking."""
        if not item.verbatim and item.text.startswith((*person.names, person.name.split()[-1])):
            return True
        if item.verbatim and person.id in item.named | item.subject:
            return True
        if self.sentences_of is None:
            return False
        said = [(item.sources[0], item.text)] if item.verbatim else list(item.quoted)
        for source, quote in said:
            article = self.sentences_of(source)
            at = next((n for n, s in enumerate(article) if quote in s.text), None)
            if at is None:
                continue
            for sentence in reversed(article[max(0, at - _SPEAKER_BACK) : at + 1]):
                # "The ambassador said the past year had been historic ... Samruk-Kazyna
                # also initiated talks": the last one named speaking goes on
                if speakers := self.kb.person_by_id.keys() & set(sentence.mentions):
                    if person.id in speakers:
                        return True
                    break
        return False

    def _name_of(self, ident: str) -> str:
        record = self.kb.person_by_id.get(ident) or self.kb.entity_by_id.get(ident)
        return record.name if record else ident

    def _owners(self, text: str) -> dict[str, set[str]]:
        """Each noun a country word stands before, with those countries: "Pakistani
        students" -> {student: {Pakistan}}; "Pakistani and Kazakh companies" -> both."""
        said = words(text.casefold())
        owners: dict[str, set[str]] = {}
        run: set[str] = set()  # "Pakistani and Kazakh companies", "Pakistan-Kazakhstan Forum"
        for word in said:
            if country := self.lexicon.countries.get(word):
                run.add(country)
            elif word != "and" or not run:
                if run:
                    owners.setdefault(stem(self.lexicon.lemmas.get(word, word)), set()).update(run)
                run = set()
        return owners

    def _owned_otherwise(self, text: str, asked: str) -> bool:
        """Whether a statement gives a noun the question qualifies by one country only
        another's ("Kazakh students" where "Pakistani students" were asked of)."""
        said = self._owners(text)
        return any(
            noun in said and not countries & said[noun]
            for noun, countries in self._owners(asked).items()
        )

    def _by_another(self, query: Query, item: Evidence, asked: set[str]) -> bool:
        """Whether the question's subject is a person ("did Sharif give ...") whom the
        statement does not name, while it names another doing what was asked: the first
        person named in the clause before the words asked ("Zardari is to confer the
        Nishan-i-Pakistan")."""
        opening = _SUBJECT_ASKED.match(query.text)
        if not (opening and query.people):
            return False
        doer = self._named_first(query)
        names = self.kb.person_by_id[doer].names
        if not any(query.text[opening.end() :].casefold().startswith(n.casefold()) for n in names):
            return False  # "did the award go to Sharif": no doer asked
        if doer in item.named | item.subject:
            return False
        stems = {s for t in query.core if t.word in asked for s in t.stems}
        others = {p for p in item.named if p in self.kb.person_by_id} - set(query.people)
        folded = item.text.casefold()
        first = next((w for w in re.finditer(r"[a-z]+", folded) if stem(w[0]) in stems), None)
        if not others or first is None or _PASSIVE_END.search(folded[: first.start()]):
            return False
        breaks = [m.end() for m in _CLAUSE_BREAK.finditer(folded, 0, first.start())]
        clause = folded[breaks[-1] if breaks else 0 : first.start()]
        people = self.kb.person_by_id
        return any(n.casefold() in clause for p in others for n in people[p].names)

    def _named_first(self, query: Query) -> str:
        """Of the people a question names, the one it names first."""
        people = self.kb.person_by_id
        return min(query.people, key=lambda p: first_named(query.text, people[p].names))

    def _named_before(self, item: Evidence, focus: set[str]) -> bool:
        """Whether the sentence a statement leans on names someone asked about: "... the state
        visit of President Tokayev. As it was noted, 35 documents were signed" is his."""
        people = (self.kb.person_by_id[f] for f in focus if f in self.kb.person_by_id)
        return bool(item.before) and any(n in item.before for p in people for n in p.names)

    def _asks_body(self, query: Query) -> str | None:
        """ "Which companies ...", "what firms ...": the word asking for bodies by name."""
        said = self.lexicon.spelled(words(query.text.casefold()))  # "which pak company"
        # where the question word stands: first in English, later where Urdu or Kazakh
        # put it ("IPRI book which institutions made")
        at = next((i for i, w in enumerate(said) if w in ("which", "what")), None)
        if at is None:
            return None
        # "which pak company": the body word after the country's
        asked = next(
            (w for w in said[at + 1 :] if w not in GENERIC and not self.lexicon.countries.get(w)),
            "",
        )
        return asked if stem(asked) in self.lexicon.asks_body else None

    def _asks_place(self, query: Query) -> bool:
        """ "Which cities ...", "which Pakistani ports ...": places asked for by name."""
        said = self.lexicon.spelled(words(query.text.casefold()))  # "which pak cities"
        at = next((i for i, w in enumerate(said) if w in ("which", "what")), None)
        if at is None:
            return False
        asked = [w for w in said[at + 1 :] if w not in GENERIC and w not in self.lexicon.countries]
        return bool(asked) and stem(asked[0]) in self.lexicon.asks_place

    def _places_named(self, text: str) -> int:
        """How many places the KB knows a text names ("Lahore, Islamabad and Karachi": 3)."""
        said = text.casefold()
        return sum(
            any(n.casefold() in said for n in e.names)
            for e in self.kb.curated.entities
            if e.kind is EntityKind.PLACE
        )

    def _is_body(self, ident: str) -> bool:
        entity = self.kb.entity_by_id.get(ident)
        return entity is not None and entity.kind is EntityKind.ORGANISATION

    def _placed_elsewhere(self, item: Evidence, query: Query) -> bool:
        """Whether the question asks if something was "in" a place the statement does not
        name, where the statement says it was in another place the KB knows."""
        asked, said = self._places_in(query.text), self._places_in(item.text)
        if not asked or not said or asked & said:
            return False
        return not any(n in item.text.casefold() for n in self._place_names(asked))

    def _carried_otherwise(
        self, query: Query, named: list[Evidence], covering: list[Evidence]
    ) -> list[Evidence]:
        """The statements of the thing asked (from the articles of those naming it) saying
        it went another way than the one asked: any leg of another way, when asked if it
        went one way "all the way"; else only when none of them names the way asked."""
        by = _BY_WAY.search(query.text)
        whole = _WHOLE_WAY.search(query.text)
        if not (by or whole) or not named:
            return []
        asked = _ways(by.group(1) if by else query.text)
        if not asked:
            return []
        stories = {e.sources[0] for e in named[:_SUPPORT] if e.verbatim}
        if not whole and any(_ways(e.text) & asked for e in named[:_SUPPORT]):
            return []
        return [
            e
            for e in covering
            if e.verbatim
            and e.sources[0] in stories
            and _ways(e.text) - asked
            and (whole or not _ways(e.text) & asked)
        ]

    def _put_elsewhere(self, query: Query, covering: list[Evidence]) -> list[Evidence]:
        """The statements holding every word asked (or one related: "built" is
        "established"), of everyone asked, that put the thing in another place than the one
        the question puts it in, when none of them puts it there; whoever else the statement
        is about."""
        if not query.core or not (put := self._places_in(query.text, cities=True)):
            return []
        asked = {t.word for t in query.core}
        people = set(query.people)
        full = [
            e
            for e in covering
            if e.coverage >= _YES_COVERAGE and asked <= e.covered and self._of(e, people)
        ]
        names = put | self._place_names(put)
        if any(n in e.text.casefold() for e in full for n in names):
            return []  # "Islamabad hosted it": there, in other words
        there = [e for e in full if self._places_in(e.text, cities=True)]
        return sorted(there, key=lambda e: self.tentative(e, query))  # where it was, first

    def _place_names(self, places: set[str]) -> set[str]:
        """Every name the curated records give these places, in lower case."""
        return {n.casefold() for p in self.kb.curated.entities if p.id in places for n in p.names}

    def _place_unsaid(self, item: Evidence, query: Query) -> bool:
        """Whether the question puts something "in" a place that neither the statement nor
        its occasion names."""
        asked = self._places_in(query.text)
        if not asked:
            return False
        names = self._place_names(asked)
        event = self.kb.event_by_id.get(item.event or "")
        return not any(n in item.text.casefold() for n in names) and not (
            event is not None and event.place in asked
        )

    def _undated_there(
        self, query: Query, covering: list[Evidence], timed: list[Evidence]
    ) -> list[Evidence]:
        """Statements of a city the question names that no dated statement (nor its
        occasion) names: what is on record of the thing there, undated."""
        cities = [w for w in words(query.text.casefold()) if w in self.lexicon.cities]
        for city in cities:
            named = re.compile(rf"\b{re.escape(city)}\b", re.IGNORECASE)
            if any(named.search(e.text) or self._held_in(e, city) for e in timed):
                continue
            there = [e for e in covering if e.coverage >= MIN_COVERAGE and named.search(e.text)]
            if there and timed:
                return there
        return []

    def _held_in(self, item: Evidence, city: str) -> bool:
        event = self.kb.event_by_id.get(item.event or "")
        return event is not None and event.place == city

    def _places_in(self, text: str, cities: bool = False) -> set[str]:
        """The places the KB knows that a text puts something "in" ("in Astana"), and with
        ``cities`` a city the lexicon knows ("in Almaty", which no curated record names)."""
        written = {m.group(1) for m in _IN_WORDS.finditer(text.casefold())}
        return {
            p.id
            for p in self.kb.curated.entities
            if p.kind is EntityKind.PLACE
            for n in p.names
            for w in written
            if w.startswith(n.casefold())
        } | (written & self.lexicon.cities if cities else set())

    def _term_stems(self, query: Query, word: str) -> set[str]:
        """A word of the question as it was read, with its synonyms ("tonne", "ton")."""
        own = (set(t.stems) for t in query.terms if t.word == word.casefold())
        stems = self.lexicon.stems(word)  # a word not kept as a term ("kg"): its synonyms too
        fallback = {s for x in stems for s in (x, *self.lexicon.synonyms.get(x, ()))}
        return next(own, fallback)

    def _counts_of(self, text: str, unit: set[str], thing: set[str]) -> bool:
        """Whether a text counts that thing in that unit: "250,000 tons of wheat" does
        "tonnes of wheat", "11.8 million tons of grain" does not."""
        return any(
            unit & set(self.lexicon.stems(said["unit"]))
            and thing & set(self.lexicon.stems(said["thing"]))
            for said in _COUNT_OF.finditer(text)
        )

    def _of_another_place(self, text: str, places: set[str]) -> bool:
        """Whether a statement is of a part held in a place other than those asked: "the
        Islamabad leg", "the Karachi edition"."""
        return any(  # one word, so its id: "Islamabad" is "islamabad"
            (named := part["place"].casefold()) not in places and self._is_place(named)
            for part in _PART_IN.finditer(text)
        )

    def _is_place(self, ident: str) -> bool:
        entity = self.kb.entity_by_id.get(ident)
        return entity is not None and entity.kind is EntityKind.PLACE

    def _newest(self, query: Query, items: list[Evidence]) -> list[Evidence]:
        """ "When did it actually start", "how many students now": of what answers about as
        well as the best, the newest source first; a later report may have changed it."""
        if not query.current:
            return items
        # what holds the kind of fact asked for (a count, a date) answers it, however worded
        specific = query.answer_type in SPECIFIC
        bar = MIN_COVERAGE if specific else items[0].coverage - _SUPPORT_GAP
        near = [e for e in items if e.coverage >= bar]
        near.sort(key=self._published, reverse=True)
        return near + [e for e in items if e not in near]

    def _settled(self, query: Query, items: list[Evidence]) -> list[Evidence]:
        """ "How long is the business visa": of what answers as well as the best, what is in
        force before what is only considered or proposed, unless plans or words are asked of."""
        asked = set(self.lexicon.stems(query.text))
        aims = self.lexicon.tentative | self.lexicon.asks_aim
        # a date, a count or an amount may be a plan's or a target's; what someone said is
        # what he said; asked of now, the newest word comes first, whatever it says
        if query.answer_type != "how_long" or aims & asked or self._asks_said(query):
            return items
        # as well: as much of the question held, never less ("two-year visas" and "five-year
        # visas under consideration" both hold all of "how long is the business visa"); asked
        # of now, the newest of those in force leads, as the order given has them
        near = [e for e in items if e.coverage >= items[0].coverage]
        near.sort(key=lambda e: self.tentative(e, query))
        return near + [e for e in items if e not in near]

    def _published(self, item: Evidence) -> date:
        days = [
            published.first_day
            for source in item.sources
            if (published := self.kb.article_by_id[source].published)
        ]
        return max(days, default=date.min)

    def _ahead(self, query: Query, items: list[Evidence]) -> list[Evidence]:
        """ "When is the next session", "who will chair the next one": what is still to come
        first, then the rest as ranked."""
        if not query.ahead:
            return items
        coming = [e for e in items if self._coming(e)]
        return coming + [e for e in items if e not in coming]

    def _due_later(self, query: Query) -> list[Evidence]:
        """Statements that the thing a "has it started yet?" asks of is due after today, in
        an article holding every word asked: "Construction is due to begin in April 2027"
        in the story of the plant."""
        if self.sentences_of is None:
            return []
        found = []
        for item in self.candidates:
            if not (item.verbatim and item.coverage >= _CLOSE_COVERAGE and said_ahead(item.text)):
                continue
            # "has it started yet": the start asked, in the statement; "can they already
            # pay through it": when it starts working ("expected to become operational on")
            started = [t.word for t in query.core if t.word in _STATUS - _STATUS_ADVERBS]
            onset = (
                any(w in item.covered for w in started) if started else _ONSET.search(item.text)
            )
            if not self._coming(item) or not onset:
                continue
            told = " ".join(s.text for s in self.sentences_of(item.sources[0]))
            held = set(self.lexicon.stems(told))
            # (a long question's one verb may be the reader's own: "send payments")
            missing = [t for t in query.core if not held.intersection(t.every)]
            if not missing or (len(missing) == 1 and len(query.core) >= _MANY_WORDS):
                found.append(item)
        return found

    def _coming(self, item: Evidence) -> bool:
        """Dated ahead of today, or naming a later year ("will be held in Islamabad in 2027")
        or a month ahead ("is scheduled to start in June 2030")."""
        if item.date is not None and item.date.last_day >= self.timeline.today:
            return True
        months = [m.casefold() for m in MONTH_NAMES]
        return any(int(y) > self.timeline.today.year for y in _YEAR.findall(item.text)) or any(
            PartialDate(int(m["year"]), months.index(m["month"].casefold())).last_day
            >= self.timeline.today
            for m in _MONTH_YEAR.finditer(item.text)
        )

    def _yes_no(self, query: Query, covering: list[Evidence], shown: Sequence[str]) -> Answer:
        """ "Yes" only on a statement of fact holding every word asked, or one of like meaning
        ("launch" flights for "open" them); "No" when such a statement names another place or
        person for it; otherwise what the sources do say, under "Not on record": planned,
        proposed or discussed is not done, and a statement in other words may not say what
        was asked."""
        if _MAJORITY.search(query.text) and (judged := self._majority(query, covering)):
            return judged
        if reached := self._reached(query, covering):
            return reached
        if paid := self._whose_means(query, covering, shown):
            return paid
        if checked := self._amount_checked(query, covering, shown):
            return checked
        if counted := self._count_checked(query, covering, shown):
            return counted
        if bounded := self._year_checked(query, covering, shown):
            return bounded
        if nth := self._ordinal_checked(query, covering, shown):
            return nth
        if by := self._done_by_whom(query, covering, shown):
            return by
        if by_other := self._by_another_office(query, covering):
            # "was it Pakistan's ambassador to Kazakhstan who briefed the press?" "...
            # Ambassador Kistafin said": no one on record holds the office asked; another did
            return self._lead(query, [by_other, *covering], covering, shown, prefix="No. ")
        if rated := self._rate_checked(query, covering, shown):
            return rated
        if compared := self._figures_agree(query, covering, shown):
            return compared
        if (only := _ONLY.search(query.text)) and (
            wider := [
                e
                for e in self.candidates
                if e.coverage >= _CLOSE_COVERAGE and _not_only(only[1]).search(e.text)
            ]
        ):
            # "are the scholarships only for medicine?" "... not only medicine": no
            return self._lead(query, wider, covering, shown, prefix="No. ")
        if (every := _ALL_FROM.search(query.text)) and (
            several := [
                e
                for e in self.candidates
                if e.coverage >= _CLOSE_COVERAGE and _from_several(every[1]).search(e.text)
            ]
        ):
            # "did all the pieces come from the Taxila museum?" "... from the Taxila Museum,
            # the Lahore Museum, ...": no
            return self._lead(query, several, covering, shown, prefix="No. ")
        if left_out := self._left_out(query, covering):
            # "does the halal accord cover meat exports?" "Meat and meat products are not
            # included": no
            return self._lead(query, left_out, covering, shown, prefix="No. ")
        if sole := self._sole_other(query):
            # "can I fly direct from Islamabad yet?" "... Lahore remains the only Pakistani
            # city with a direct flight": no
            return self._lead(query, sole, covering, shown, prefix="No. ")
        if there := self._put_elsewhere(query, covering):
            # "did the first payments working group meeting take place in Islamabad?" "...
            # held its first meeting in Almaty": no
            return self._lead(query, there, covering, shown, prefix="No. ")
        sure = sorted(  # the statement that holds most of what was asked
            (e for e in covering if e.coverage >= _YES_COVERAGE), key=lambda e: -e.coverage
        )
        focus = set(query.focus)
        asked = {t.word for t in query.core}
        # "did Khan visit Kazakhstan", Khan being no one surely: a name alone is no "Yes"
        only_names = bool(asked) and asked <= self._name_words()
        known = {t.word for t in query.core if t.used}  # "regime": related words are no yes
        if len(known) >= 2:  # "businesspeople": a word no article uses does not block a yes,
            # unless it qualifies the word after it ("a free trade agreement" is no agreement)
            asked = known | _qualifiers(query.unknown, query.text, asked)
        # about whom it was asked: every person named ("did Tokayev see Gwadar?" is not
        # answered by what Kazakhstan sees in Gwadar), and some place or body named
        people = set(query.people)
        bodies = frozenset(focus - people)
        named = [e for e in sure if (not focus or e.about & focus) and self._of(e, people, bodies)]
        # "is Uzbekistan Pakistan's largest export destination": "Kazakhstan standing out as
        # Pakistan's largest export destination" is of another country, so a "No"
        swapped = [e for e in named if self._other_country(e, query) and asked <= e.own]
        named = [e for e in named if e not in swapped]
        placed = {w for w in asked if w in self.lexicon.countries}
        if len(placed) == 1 and people and (rest := asked - placed):
            # "did Khan say Pakistan could be linked through Iran?" "... via Afghanistan":
            # his statement of all else asked, of another country, is a "No"
            instead = [
                e
                for e in self.candidates
                if e.coverage >= _CLOSE_COVERAGE
                and rest <= e.covered
                and not placed <= e.covered
                and self._of(e, people, bodies)
                and self._other_country(e, query)
            ]
            if instead and not any(placed <= e.covered for e in named):
                return self._lead(query, instead, covering, shown, prefix="No. ")
        if (
            len(placed) == 1
            and (rest := asked - placed)
            and _WITH_WHOM.search(query.text)  # "... the book with China?": a partner asked
            and (
                joint := [
                    e
                    for e in self.candidates
                    if e.verbatim
                    and _JOINT.search(e.text)
                    and rest <= e.covered | self._partners(e.text)
                    and self.lexicon.countries[next(iter(placed))]
                    not in self.lexicon.countries_in(e.text)
                ]
            )
        ):
            # "did IPRI write the book with China?" "... a joint effort by IPRI, the RAND
            # Corporation (USA), and India's IMPRI": the parties are named, China not among them
            return self._lead(query, joint, covering, shown, prefix="No. ")
        if swapped and len(asked) > 1 and not any(asked <= e.own for e in named):
            return self._lead(query, swapped, covering, shown, prefix="No. ")
        # a statement naming them, or of an event they took part in, before one only from
        # the same article ("will Tokayev get an award": not the scholar honoured elsewhere)
        # "was RAND involved in the book launched at IPRI": a statement naming RAND, the
        # question's subject, before one only of the place or the article
        if not people and (subject := set(query.entities[:1])):
            named.sort(key=lambda e: not subject <= e.named | e.subject)
        # of those as sure, one that names them all itself ("did Kistafin meet Khan": "Kistafin
        # called on ... Khan", not what Khan announced at their meeting)
        named.sort(
            key=lambda e: (
                not people <= e.named | self._taking_part(e),
                # (asked of no one, the order of the subject named, above, stands)
                -e.coverage if people else 0.0,
                not people <= e.named,
            )
        )
        reporting = self._asks_said(query)
        # "did they say ..." is asked of words; "are MoUs expected" of a plan
        planned = self.lexicon.tentative & set(self.lexicon.stems(query.text))
        status = bool(_STATUS.intersection(words(query.text.casefold())))
        if status and not planned and (due := self._due_later(query)):
            # "has construction of the Shymkent plant started yet?" "Construction is due to
            # begin in April 2027", in the story of the plant: not yet
            return self._lead(query, due, covering, shown, prefix="No. ")
        if (_PAST.match(query.text) or status) and not planned:
            # "did they sign agreements", "are there flights yet": what was done, before
            # what was only planned
            done = [e for e in named if asked <= e.own and not self.tentative(e, query)]
            named = done + [e for e in named if e not in done]
        opposed = [e for e in covering if e.coverage >= MIN_COVERAGE and self._opposed(e, query)]
        # "did imports rise?" "... fell by 9 percent", before "... explained the decline"
        opposed.sort(key=lambda e: not _DIGIT.search(e.text))
        # of whom or what was asked: by name, else by country ("is Pakistan unstable" is not
        # answered by Afghanistan having stabilised)
        if opposed and (
            opposed[0].about & focus if focus else not self._other_country(opposed[0], query)
        ):
            # "is Afghanistan unstable?" "... has stabilised since 2021"
            return self._lead(query, opposed, covering, shown, prefix="No. ")
        elsewhere = [
            e
            for e in named[:_SUPPORT]
            if self._placed_elsewhere(e, query)
            and (e is named[0] or (people and people <= e.named))
        ]
        if elsewhere and not any(
            self._places_in(query.text) & self._places_in(e.text) for e in named[:_SUPPORT]
        ):
            # "was the congress in Islamabad?" "... the 8th Congress ... in Astana": no;
            # so too where the statement holding most of it names no place, and one after it
            # names another ("... held intensive talks ... in Islamabad")
            return self._lead(query, elsewhere[:1], covering, shown, prefix="No. ")
        if carried := self._carried_otherwise(query, named, covering):
            # "did the first train go by rail the whole way?" "... transferred ... to trucks
            # for the road leg": no
            return self._lead(query, carried, covering, shown, prefix="No. ")
        if named:
            best = named[0]
            if _CALLED_OFF.search(best.text) and asked <= best.own | _CALLED_OFF_WORDS:
                # "did the working group meet in Almaty?" "... had been cancelled"
                return self._lead(query, named, covering, shown, prefix="No. ")
            # or moved in other words: "now expected in March 2028 instead of December"
            put_off = _POSTPONED.search(best.text) or _INSTEAD.search(best.text)
            # a move told in words of its own ("the regular fortnightly service"), of a thing
            # its story names as asked ("every two weeks", "train")
            held = asked <= best.own | _PUT_OFF_ASKED or self._in_story(best, query)
            if put_off and held:
                # "is the festival still on for this month?" "... have been postponed to
                # April": no, unless the time asked is the one it was put off to
                # the day it was moved to, not the one it "was to take place on"
                moved = _MOVED_TO.search(best.text, put_off.end())
                later = best.text[moved.end() if moved else put_off.end() :]
                if put_off.re is _INSTEAD:  # the new time comes before "instead of"
                    later = best.text[: put_off.start()]
                months = [MONTH_NAMES[t.month] for t in query.terms if t.month]
                # "on may 2": May (not the verb), and its day
                days = _days_in(query.text)
                timed = query.period or months or days
                to_then = (
                    bool(days & _days_in(later))
                    if days
                    else (query.period and query.period.said_in(later))
                    or any(re.search(rf"\b{m}\b", later, re.IGNORECASE) for m in months)
                )
                if (timed and not to_then) or (not timed and _STILL & set(words(query.text))):
                    return self._lead(query, named, covering, shown, prefix="No. ")
            if _NOT_YET.search(best.text) and asked <= best.own:
                # "has PIA started the flights?" "... has not yet started flights"
                return self._lead(query, named, covering, shown, prefix="No. ")
            decided = _DECIDED.search(best.text)
            if decided and not status and not _PAST.match(query.text) and not planned:
                # "do Kazakh business people get two-year visas?" "He announced that ... will
                # receive two-year visas": decided, though still to come
                return self._lead(query, [best, *named], covering, shown, "Yes, announced: ")
            if _AGREED.search(best.text) and not status and not _PAST.match(query.text):
                # "is Kazakhstan paying for transport?" "Under the agreement, the Kazakh side
                # will bear the cost of ... transport": a term agreed, though still to come
                return self._lead(query, named, covering, shown, "Yes, agreed: ")
            if self.tentative(best, query) and not reporting and not planned:
                if asked <= best.covered and self._by_another(query, best, asked):
                    # "did Sharif give Tokayev the award?" "Zardari is to confer it": not he
                    return self._lead(query, named, covering, shown, prefix="No. ")
                if since := self._in_effect_since(best, named, query):
                    # "can tourists now apply for a visa online?" "... will be able to apply
                    # online", then a later report: "... can now obtain a ... visa online"
                    return self._lead(query, [since, best], covering, shown, prefix="Yes. ")
                lead = "Not on record as done; the sources report only:"
                considered = bool(_CONSIDERED.search(best.text))
                if (
                    _UNDER_WAY.match(query.text)
                    and not status
                    and _WILL_DO.search(best.text)
                    and not considered
                    and not self.undecided(best, query)
                    # the rest of the words asked may be its story's: "the chairmanship will
                    # rotate", in the story of the halal board
                    and (asked <= best.covered or self._story_holds(best, query))
                    and not self._places_in(query.text)  # "... built in Astana?": where
                ):
                    # "is PSO putting up its own storage?" "PSO will build a ... storage
                    # facility": under way is asked of what is set to happen; so is a standing
                    # arrangement ("does the chair pass between them?" "... will rotate")
                    return self._lead(query, named, covering, shown, "Yes, planned: ")
                if status or (considered and known <= best.own):
                    # "has it started yet" is asked of today: the reader is told how old
                    # the newest word on it is
                    return self._as_of(query, best, named, not_yet=considered)
            elif planned == _FUTURE and not reporting and self.undecided(best, query):
                # "will there be direct flights?" "both sides discussed launching them"; not
                # so "is there a plan for flights", which a proposal answers
                lead = "Not on record as decided; the sources report only:"
            elif asked <= best.own and (denied := self._denied_of(query, best, named)):
                # "will Kazakhstan let Pakistanis in visa-free?" "Kazakhstan grants visa-free
                # entry to 80 countries" [and] "Pakistan is not on that list": the statement
                # of the country asked says what one of others does not
                prefix = "Yes. " if self._without_it(query, best) else "No. "
                return self._lead(query, [denied, best], covering, shown, prefix=prefix)
            elif not only_names and (
                asked <= best.covered or self._told_in_story(best, query, asked)
            ):
                # "the first since 2003" says there was an earlier one: not the first ever
                asked_words = set(words(query.text))
                qualified = _SINCE.search(best.text) and "since" not in asked_words
                # "has one ever been held before?" "the first such ... since 2019": yes, then
                earlier = bool(_EARLIER & asked_words) and "first" not in asked_words
                yes = not (qualified and not earlier)
                if _negated(query.text) and not _NEGATION.search(best.text):
                    # "did he say India is not part of it?" "India is also included": no (a
                    # negation in the statement alone is no "No": "not only ... but also")
                    yes = not yes
                if self._without_it(query, best):
                    yes = not yes
                if self._another_month(query, best):
                    yes = False  # "was it in his October speech?" of one on 8 September
                if self._by_another(query, best, asked):
                    yes = False  # "did Sharif give Tokayev the award?" "Zardari is to confer"
                unplaced = yes and self._place_unsaid(best, query)
                if not unplaced:
                    prefix = "Yes. " if yes else "No. "
                    return self._lead(query, named, covering, shown, prefix=prefix)
                # "did Tokayev meet Sharif in Lahore?" "Tokayev to meet ... Sharif": no
                # place said, so no "Yes"
                lead = "Not on record in those words; the sources say:"
            else:
                lead = "Not on record in those words; the sources say:"
            reply = Reply(self.kb)
            for item in self._ordered(best, named, query)[:_SUPPORT]:
                reply.add(*self.line(item, query))
            return reply.answer(query.text, NOT_ON_RECORD, lead, 0.5, query=query)
        other = [e for e in sure if e.about and not e.about & focus and asked <= e.own]
        if self._places_in(query.text):
            # "was the 30th session in Karachi?": a statement of it naming no place says
            # nothing of where it was
            other = [e for e in other if self._placed_elsewhere(e, query)]
        # of another, in the words asked: not by a word no article uses, which a related one
        # stood in for ("is the UAP railway a done deal": ministers "agreed" on railways)
        if focus and other and len(asked) > 1 and asked <= known and not people:
            return self._lead(query, other, covering, shown, prefix="No. ")
        things = {f for f in focus if f not in self.lexicon.countries}  # not a country, city
        if status and not planned and things:
            # "is the Turghundi-Herat railway already built?" "... the proposed
            # Turghundi-Herat railway": not as of the newest report of it
            proposed = [
                e for e in self.candidates if things <= e.about and self.tentative(e, query)
            ]
            if proposed:
                return self._as_of(query, proposed[0], proposed, not_yet=True)
        if len(focus) > 1 and (talks := self._earlier_stage(query, focus)):
            # "did Samruk-Kazyna sign a deal with Fauji Foundation?" "... initiated talks with
            # ... Fauji Foundation to explore corporate partnerships": not as of that report
            return self._as_of(query, talks[0], talks, not_yet=True)
        return self._lead(query, [], covering, shown)

    def _name_words(self) -> set[str]:
        """Every word of every name people go by in the curated records, in lower case, but
        their titles and countries ("President Tokayev", "the Kazakh envoy")."""
        named = {
            w.casefold() for p in self.kb.curated.people for name in p.names for w in words(name)
        }
        return {w for w in named if len(w) > 1} - ROLE_WORDS - set(self.lexicon.countries)

    def _partners(self, text: str) -> frozenset[str]:
        """Words a joint deed's statement stands for beside its own: "a joint effort"
        is writing, producing, publishing it together."""
        return _JOINT_DEEDS if _JOINT.search(text) else frozenset()

    def _earlier_stage(self, query: Query, focus: set[str]) -> list[Evidence]:
        """Statements of the parties asked of, only discussing or proposing between them,
        when a deed that closes a stage was asked (signed, opened, launched)."""
        if not self.lexicon.concluding & set(self.lexicon.stems(query.text)):
            return []
        return [
            e
            for e in self.candidates
            if focus <= (e.named | e.subject if e.verbatim else e.about)
            and self.undecided(e, query)
        ]

    def _across(
        self, query: Query, covering: list[Evidence], shown: Sequence[str]
    ) -> Answer | None:
        """ "Which Pakistani minister did he discuss direct flights with?": the others who
        took part in the occasion of the statement that answers, of the side asked, before
        that statement."""
        if not query.people or not _WITH_WHOM_ASKED.search(query.text):
            return None
        if not self._asks_someone(query.text):
            return None  # "with which problems did he ...": a thing, not the one across
        country = self._people_of(query)
        people = self.kb.person_by_id
        for item in (e for e in covering if e.event and e.coverage >= _CLOSE_COVERAGE):
            event = self.kb.event_by_id.get(item.event or "")
            if event is None or not set(query.people) & set(event.participants):
                continue
            others = [
                people[p]
                for p in event.participants
                if p in people
                and p not in query.people
                and (country is None or people[p].country == country)
            ]
            if others:
                named = ", ".join(
                    f"{p.name} ({p.roles[0].title})" if p.roles else p.name for p in others
                )
                return self._lead(query, [item], covering, shown, prefix=f"{named}: ")
        return None

    def _asks_someone(self, text: str) -> bool:
        """Whether "who", "whom" or "which"/"what" with a word for a person asks for one
        ("which Pakistani minister", "with which officials"), not for a thing."""
        said = words(text.casefold())
        if {"who", "whom"} & set(said):
            return True
        asking = next((i for i, w in enumerate(said) if w in ("which", "what")), None)
        if asking is None:
            return False
        rest = [w for w in said[asking + 1 : asking + 3] if w not in self.lexicon.countries]
        noun = rest[0] if rest else ""
        return stem(noun) in self.lexicon.asks_person or noun.rstrip("s") in ROLE_WORDS

    def _people_of(self, query: Query) -> str | None:
        """The country whose people a question asks for: "which Pakistani leaders", "the
        Kazakh officials"."""
        said = words(query.text.casefold())
        for word, after in itertools.pairwise(said):
            asks = stem(after) in self.lexicon.asks_person or after.rstrip("s") in ROLE_WORDS
            if word in self.lexicon.countries and asks:
                return self.lexicon.countries[word]
        return None

    def _rate_checked(
        self, query: Query, covering: list[Evidence], shown: Sequence[str]
    ) -> Answer | None:
        """ "Will Fly Jinnah fly daily?" "... twice a week": no, with the rate on record;
        yes where it is the one asked."""
        asked = per_week(query.text)
        if asked is None:
            return None
        focus = set(query.focus)
        # the rate may be told in a sentence of its own ("The flights will operate twice a
        # week"), holding little of the question's words
        near = [e for e in self.candidates if e.coverage >= _CLOSE_COVERAGE]
        for item in [*covering, *(e for e in near if e not in covering)]:
            said = per_week(item.text)
            if said is None or (focus and not focus & (item.about | item.named | item.subject)):
                continue
            prefix = "Yes. " if said == asked else "No. "
            return self._lead(query, [item, *covering], covering, shown, prefix=prefix)
        return None

    def _done_by_whom(
        self, query: Query, covering: list[Evidence], shown: Sequence[str]
    ) -> Answer | None:
        """ "Did Zardari invite Tokayev?", "was it on Zardari's invitation?": a statement
        saying whose the deed was ("on the invitation of Prime Minister Shehbaz Sharif")
        answers yes if it is the one asked, no if another; an event both took part in says
        nothing of who did it."""
        people = self.kb.person_by_id
        if not query.people:
            return None
        said = query.text.casefold()
        deeds = {s for t in query.core for s in t.every}
        doer = self._asked_doer(query, said)
        for item in covering:
            if not (item.verbatim or item.kind == "detail"):
                continue  # an event's name says nothing of who did what
            if not set(query.people) & (item.named | item.subject):
                continue  # another's invitation says nothing of theirs
            for cue in _BY_OF.finditer(item.text):
                if stem(cue["deed"].casefold()) not in deeds:
                    continue
                window = item.text[cue.end() : cue.end() + _AGENT_CHARS].casefold()
                agents = [
                    p
                    for p in item.named | set(query.people)
                    if p in people and any(n.casefold() in window for n in people[p].names)
                ]
                if agents:
                    prefix = "Yes. " if doer in agents else "No. "
                    return self._lead(query, [item, *covering], covering, shown, prefix=prefix)
        if len(query.people) > 1 and (agent := self._agent(query, covering)):
            # "so Khan invited Karabayev?" "Karabayev invited Khan to visit Kazakhstan": the
            # deed the other way round
            item, asked_doer, who = agent
            if who != asked_doer and not self._said_right_before(query, asked_doer):
                return None
            prefix = "Yes. " if who == asked_doer else "No. "
            return self._lead(query, [item, *covering], covering, shown, prefix=prefix)
        return None

    def _by_another_office(self, query: Query, covering: list[Evidence]) -> Evidence | None:
        """ "Was it Pakistan's ambassador who briefed the press?": a statement of the deed,
        holding all but one of its words, naming one holder of such an office (Kazakhstan's
        ambassador), and not the office asked ("on the presidents of Kazakhstan and
        Uzbekistan"): no one on record holds the office asked, so another did it."""
        if not query.unheld or not _CLEFT.match(query.text):
            return None
        office = set(query.unheld)
        titles = office & ROLE_WORDS
        holder = {  # whose office: the country not after "to" ("ambassador to Kazakhstan")
            self.lexicon.countries[w]
            for i, w in enumerate(query.unheld)
            if w in self.lexicon.countries and query.unheld[i - 1 : i] != ("to",)
        }
        deed = {
            t.word
            for t in query.core
            if t.word not in office and t.word not in self.lexicon.countries
        }
        people = self.kb.person_by_id
        for item in covering:
            if not item.verbatim or len(deed & item.covered) < max(1, len(deed) - 1):
                continue
            doers = [  # of such an office: another country's ambassador
                p
                for p in item.named - set(query.people)
                if p in people
                and any(titles & {w.rstrip("s") for w in words(r.title)} for r in people[p].roles)
            ]
            if len(doers) == 1 and not self._office_of(item.text, titles, holder):
                return item
        return None

    def _office_of(self, text: str, titles: set[str], countries: set[str]) -> bool:
        """Whether a statement names an office of a country: "the presidents of Kazakhstan
        and Uzbekistan", "Uzbekistan's president"."""
        said = words(text)
        for i, word in enumerate(said):
            if word.rstrip("s") in titles or word in titles:
                # "Uzbekistan's president", "the Uzbek president"; "presidents of ..."
                near = said[max(0, i - 2) : i]
                if said[i + 1 : i + 2] == ["of"]:
                    near += said[i + 2 : i + 2 + _OFFICE_NEAR]
                named = {
                    self.lexicon.countries.get(w) for w in near if w not in self.lexicon.cities
                }
                if countries & named:
                    return True
        return False

    def _agent(self, query: Query, covering: list[Evidence]) -> tuple[Evidence, str, str] | None:
        """Who a question says did its deed to another person asked, and a statement holding
        every word asked that names them both with one doing that deed (its subject, see
        ``_agent_of``: "Karabayev invited Khan"), whoever the question has doing it. "He" in
        the question is the one it does not name (of a follow-up)."""
        asked = set(query.people)
        if _PASSIVE_ASKED.search(query.text):
            return None  # "was Khan invited by Karabayev?": the one named first is no doer
        said = self._agent_of(query.text, asked, {s for t in query.core for s in t.stems})
        if said is None:
            return None
        deed, doer = said
        if deed in self.lexicon.reciprocal:
            return None  # "did Khan meet Karabayev?": no direction to get wrong
        if doer is None:
            named = query.text.casefold()
            unnamed = [
                p
                for p in asked
                if not any(n.casefold() in named for n in self.kb.person_by_id[p].names)
            ]
            if len(unnamed) != 1:
                return None
            doer = unnamed[0]
        for item in covering:
            if not (item.verbatim or item.kind == "detail") or not asked <= item.named:
                continue
            if not all(t.word in item.own for t in query.core):
                continue  # "... - did he refuse?": a word asked it does not hold as asked
            found = self._agent_of(item.text, asked, {deed})
            if found is not None and found[1] is not None:
                return item, doer, found[1]
        return None

    def _said_right_before(self, query: Query, doer: str) -> bool:
        """Whether the question names its doer right before a word it asks of ("Khan
        invited Karabayev"), so the direction it puts is plain."""
        folded = query.text.casefold()
        stems = {s for t in query.core for s in t.stems}
        for name in self.kb.person_by_id[doer].names:
            at = folded.find(name.casefold())
            if at < 0:
                continue
            after = _WORD.findall(folded[at + len(name) :])[:1]
            if after and stem(after[0]) in stems:
                return True
        return False

    def _agent_of(
        self, text: str, people: set[str], deeds: set[str]
    ) -> tuple[str, str | None] | None:
        """The first of ``deeds`` a text says someone did (its stem), and who of ``people``
        did it: the one named first in its clause before it (the subject, whether the verb
        comes next, or last as a question read from Kazakh orders it), not in the passive;
        None for a pronoun there ("he invited ...", "he Khan invited")."""
        folded = text.casefold()
        for word in _WORD.finditer(folded):
            if (deed := stem(word.group())) not in deeds:
                continue
            before = folded[: word.start()]
            if _PASSIVE_END.search(before):
                return None
            breaks = [m.end() for m in _CLAUSE_BREAK.finditer(folded, 0, word.start())]
            clause = before[breaks[-1] if breaks else 0 :]
            named = [
                (clause.find(n.casefold()), p)
                for p in people
                for n in self.kb.person_by_id[p].names
                if n.casefold() in clause
            ]
            pronoun = _PRONOUN.search(clause)
            if pronoun and (not named or pronoun.start() < min(named)[0]):
                return deed, None
            if named:
                return deed, min(named)[1]
        return None

    def _acts(self, item: Evidence, query: Query, focus: set[str]) -> bool:
        """Whether a statement names someone as doing the deed a "who <deed> ..." question
        asks, or may say so in other words."""
        return self._doer_named(item, query, focus) is not False

    def _doer_named(self, item: Evidence, query: Query, focus: set[str]) -> bool | None:
        """Whether a statement names someone as doing the deed a "who <deed> ..." question
        asks: named (or spoken of as "He") in the clause of the deed's word, before it and
        not in the passive, or named right after its "by" or "of" ("on the invitation of
        Prime Minister ..."). None for our own lines and statements not holding the deed's
        word: they may say it in other words."""
        deed = _WHO_DID.match(query.text)
        if not item.verbatim or deed is None:
            return None
        # as the question was read: "signd" is "signed"
        term = next((t for t in query.terms if t.word == deed["deed"].casefold()), None)
        deeds = set(term.stems) if term else set(self.lexicon.stems(deed["deed"]))
        if deeds & self.lexicon.reporting:
            return None  # "who said ...": whose words, which the quote marks tell
        deeds |= {o for d in deeds for o in self.lexicon.synonyms.get(d, ())}
        if deeds & self.lexicon.leads:  # "headed" by one who "led" or "chaired" it
            deeds |= self.lexicon.leads | _HEADS
        records = [
            (i, r)
            for i in item.named | item.subject
            if (r := self.kb.person_by_id.get(i) or self.kb.entity_by_id.get(i))
        ]
        # the one asked about is no doer before the deed ("Tokayev will visit ... on the
        # invitation of"), but is after its "by" ("a launch hosted by IPRI", asked "at IPRI")
        agents = [n.casefold() for _, r in records for n in r.names]
        named = [n.casefold() for i, r in records if i not in focus for n in r.names]
        text = item.text.casefold()
        held = False
        for word in _WORD.finditer(text):
            if not deeds.intersection(self.lexicon.stems(word.group())):
                continue
            held = True
            breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, 0, word.start())]
            # "Karabayev, currently on an official visit to Pakistan, held a meeting": the
            # subject before a short aside set off by commas
            aside = len(breaks) > 1 and len(text[breaks[-2] : breaks[-1]].split()) <= _ASIDE
            subject = text[breaks[-3] if len(breaks) > 2 else 0 : breaks[-2]] if aside else ""
            start = breaks.pop() if breaks else 0
            while breaks and not _CLAUSE_BREAK.sub("", text[start : word.start()]).strip():
                # "..., Murat Nurtleu, led a delegation", "Askar Nurgaliyev, who led the
                # delegation": the name set off by commas
                start = breaks.pop()
            if not breaks and not _CLAUSE_BREAK.sub("", text[start : word.start()]).strip():
                start = 0
            before, after = text[start : word.start()], text[word.end() : word.end() + _BY_CHARS]
            if _INFINITIVE.search(before) and deed["deed"].casefold().endswith("ed"):
                continue  # "who organised it": not one who "welcomed the proposal to organize"
            if (by := _AGENT_AFTER.match(after)) and any(n in after[by.end() :] for n in agents):
                return True
            # "was signed at the headquarters of KTZ by Daniyar Seitkali, ..., and Amir
            # Baloch", "the session, co-chaired on the Kazakh side by Minister ..."
            phrase = _PHRASE_END.split(after, maxsplit=1)[0]
            if (by := _BY.search(phrase)) and any(n in phrase[by.end() :] for n in agents):
                return True
            if _PASSIVE_END.search(before):
                continue
            if any(n in before for n in named) or (item.subject - focus and _HE_IN.search(before)):
                return True
            if (opening := _OPENING_PHRASE.match(text)) and word.end() <= opening.end():
                # "Addressing a press briefing in Islamabad, Ambassador Kistafin said ...": the
                # deed in a phrase opening the sentence is of the subject right after it
                main = text[opening.end() : opening.end() + _BY_CHARS]
                if any(_leads_with(main, n) for n in named):
                    return True
            at_verb = not before.strip(" ,") or _ASIDE_VERB.match(before)
            if at_verb and any(n in subject for n in named):
                return True
        return False if held else None

    def _by_someone(self, item: Evidence, query: Query) -> bool:
        """Whether a sentence names someone, a person or a body, known here or not, right
        after the "by" of the deed a "who <deed> ..." question asks ("The translation, by
        ... Dr. Farzana Iqbal", "organised jointly by the Lahore Chamber of ...")."""
        deed = _WHO_DID.match(query.text)
        if not item.verbatim or deed is None:
            return False
        deeds = set(self.lexicon.stems(deed["deed"]))
        deeds |= {o for d in deeds for o in self.lexicon.related.get(d, ())}
        return any(
            deeds.intersection(self.lexicon.stems(word.group()))
            and _BY_NAME.match(item.text, word.end(), word.end() + _BY_CHARS)
            for word in _WORD.finditer(item.text)
        )

    def _asked_doer(self, query: Query, said: str) -> str:
        """Whom a question asks did the deed: the one "by" names, the one whose deed it is
        ("Zardari's invitation"), else the one named first."""
        people = self.kb.person_by_id
        for p in query.people:
            names = [n.casefold() for n in people[p].names]
            if any(f"by {n}" in said or f"{n}'s" in said or f"{n}\u2019s" in said for n in names):
                return p
        return self._named_first(query)

    def _held_with_before(self, item: Evidence, query: Query) -> bool:
        """Whether a statement naming a person holds every word asked once read with the
        sentence it points back to ("signed the document": the roadmap named before)."""
        if not item.before or not any(p in self.kb.person_by_id for p in item.named):
            return False
        said = set(self.lexicon.stems(f"{item.before} {item.text}"))
        return all(said.intersection(t.stems) for t in query.core)

    @property
    def _aims(self) -> frozenset[str]:
        """The stems that name an aim: "target" and its synonyms."""
        return self.lexicon.synonyms.get("target", frozenset()) | {"target"}

    def _reached(self, query: Query, covering: list[Evidence]) -> Answer | None:
        """ "Is the trade target met?": only a statement that it was reached says yes; one
        that there is a target says what the aim is, not that it was met."""
        said = set(words(query.text.casefold()))
        if not (said & self.lexicon.reached and self._aims & set(self.lexicon.stems(query.text))):
            return None
        if any(self._says_reached(e.text) for e in covering):
            return None  # a statement of it reached or not: the usual weighing
        targets = [e for e in covering if e.target] or covering
        if not targets:
            return None
        reply = Reply(self.kb)
        for item in self._ordered(targets[0], targets, query)[:_SUPPORT]:
            reply.add(*self.line(item, query))
        lead = "Not on record as reached; the sources give the aim:"
        return reply.answer(query.text, NOT_ON_RECORD, lead, 0.5, query=query)

    def _amount_checked(
        self, query: Query, covering: list[Evidence], shown: Sequence[str]
    ) -> Answer | None:
        """ "Were agreements worth $500 million signed at the Karachi forum?" "... $200
        million": no, with the amount on record; yes where it is the one asked (within a
        twentieth, as copy rounds)."""
        # "two billion dollars" as "2 billion dollars": an amount in words is an amount
        text = _WORDED_AMOUNT.sub(lambda m: f"{NUMBER_WORDS[m[1].casefold()]} {m[2]}", query.text)
        text = _HALF_AMOUNT.sub(r"0.5 \1", text)  # "half a billion dollars"
        said_first = next(MONEY.finditer(text), None)
        value, currency = money_value(said_first.group(0)) if said_first else (None, "")
        if value is None:
            return None
        for item in (e for e in covering if e.coverage >= _YES_COVERAGE):
            for said in MONEY.finditer(item.text):
                found, unit = money_value(said.group(0))
                if found is None or unit != currency:
                    continue
                same = abs(found - value) <= _SAME_AMOUNT * value
                return self._lead(query, [item], covering, shown, "Yes. " if same else "No. ")
        return None

    def _count_checked(
        self, query: Query, covering: list[Evidence], shown: Sequence[str]
    ) -> Answer | None:
        """ "Over the next ten years?" "... the next five years": no, with the number on
        record; "the first since 2010?" "... since 2003": no. A statement that gives the
        number asked, or none of the thing counted, leaves the answer to the words."""
        asked = [(value, self._counted_as(unit)) for value, unit in self._counts(query.text)]
        if not asked:
            return None
        differing: list[tuple[int, Evidence]] = []
        # what is counted, and of what, held whole: "150 Kazakh businessmen at the Karachi
        # business forum" answers "did 200 Kazakh businessmen come to the forum", though
        # "USD 200 million" holds more of its words
        counted = {t.word for t in query.core if not _DIGIT.search(t.word)}
        of_it = [
            e
            for e in covering
            if e.coverage >= _YES_COVERAGE
            or (e.coverage >= _CLOSE_COVERAGE and counted <= e.covered)
        ]
        for item in of_it:
            said = [(value, self._counted_as(unit)) for value, unit in self._counts(item.text)]
            # "a thousand people" of "500 participants": a count of one thing in other words
            told = [(v, {s for s, k in said if k & kind}) for v, kind in asked]
            told = [(v, values) for v, values in told if values]
            if not told:
                continue
            if all(v in values for v, values in told):
                if len(told) == len(asked):
                    # one statement gives every number asked: yes if it holds the rest in
                    # its own words ("were 500 people at the forum?" "500 participants at
                    # the Karachi business forum"), else the words decide
                    return self._count_held(query, item, said, covering, shown)
                continue  # "five-year visas", asked "5-year visas within 24 hours"
            differing.append((len(told), item))
        if not differing:
            return None
        # the statement giving the most of the numbers asked: "two-year visas, issued within
        # 24 hours", asked of "5-year visas within 24 hours"
        told_most = max(differing, key=lambda pair: pair[0])[1]
        return self._lead(query, [told_most], covering, shown, "No. ")

    def _count_held(
        self,
        query: Query,
        item: Evidence,
        said: list[tuple[float, frozenset[str]]],
        covering: list[Evidence],
        shown: Sequence[str],
    ) -> Answer | None:
        """Yes when a statement giving the count asked holds every other word asked as its
        own: the words of what it counts ("people attended": "participants") are its count."""
        focus = set(query.focus)
        if query.unknown or (focus and not item.about & focus):
            return None
        if self.tentative(item, query) or _DECIDED.search(item.text):
            return None  # planned or announced: how the words put it decides
        counting = frozenset().union(*(kind for _, kind in said))
        rest = {
            t.word
            for t in query.core
            if not _DIGIT.search(t.word) and not counting & {*t.stems, *t.related}
        }
        if not rest <= item.own:
            return None
        return self._lead(query, [item], covering, shown, "Yes. ")

    def _ordinal_checked(
        self, query: Query, covering: list[Evidence], shown: Sequence[str]
    ) -> Answer | None:
        """ "Did the commission meet for the 20th time?" "... the 30th Intergovernmental
        Joint Commission session": no, another of the series; the statement that numbers
        the one asked leaves the answer to the words."""
        if not (asked := asked_ordinals(query.text)):
            return None
        rest = {t.word for t in query.core if t.used and not ordinals(f"{t.word} session")}
        numbered = [
            e
            for e in (*covering, *self.candidates)
            if ordinals(e.text) and rest <= e.covered and e.coverage >= _CLOSE_COVERAGE
        ]
        if not numbered or any(asked & ordinals(e.text) for e in numbered):
            return None
        return self._lead(query, numbered[:1], covering, shown, "No. ")

    def _year_checked(
        self, query: Query, covering: list[Evidence], shown: Sequence[str]
    ) -> Answer | None:
        """ "Did relations begin after 2000?" "... relations since 1992": no; a statement of
        what has been so since a year says when it began."""
        bound = YEAR_SPAN.search(query.text)
        if bound is None:
            return None
        asked = int(bound["year"])
        for item in (e for e in covering if e.coverage >= _YES_COVERAGE):
            began = [int(y) for y in _SINCE_YEAR.findall(item.text)]
            if len(began) != 1:
                continue
            after = bound["side"].casefold() == "after"
            yes = began[0] > asked if after else began[0] < asked
            return self._lead(query, [item], covering, shown, "Yes. " if yes else "No. ")
        return None

    def _quantities(self, text: str) -> set[tuple[float, frozenset[str]]]:
        """The amounts of money and the counts a text gives, each with what it counts."""
        found = {(v, self._counted_as(u)) for v, u in self._counts(text) if u != "since"}
        for said in MONEY.finditer(text):
            value, currency = money_value(said.group(0))
            if value is not None:
                found.add((value, frozenset({currency})))
        return found

    def _counts(self, text: str) -> list[tuple[float, str]]:
        """What a text counts, a nationality before it read as whose ("150 Kazakh
        businessmen" are businessmen, not "Kazakh")."""
        return counts(text, self.lexicon.countries)

    def _counted_as(self, unit: str) -> frozenset[str]:
        """ "years" and "year" count one thing; so do "people" and "participants"."""
        stems = self.lexicon.stems(unit)
        return frozenset(
            s for stem_ in stems for s in (stem_, *self.lexicon.related.get(stem_, ()))
        )

    def _figures_agree(
        self, query: Query, covering: list[Evidence], shown: Sequence[str]
    ) -> Answer | None:
        """ "Do Pakistan's and Kazakhstan's trade figures match?": the amounts the statements
        give (or the sentence they lean on: "The figure is considerably higher than ..."),
        yes if all are one, no with them side by side if not."""
        if not (_AGREE.search(query.text) and _FIGURE_WORDS.search(query.text)):
            return None  # "did they agree on a free trade agreement": no figures asked
        given: dict[float, Evidence] = {}
        # what holds much of the question: its long framing ("at the book launch and at his
        # later briefing") leaves each statement only a part of it
        near = [e for e in self.candidates if e.coverage >= _CLOSE_COVERAGE]
        for item in covering or near:
            if item.target:
                continue  # an aim is no count of what was
            for said in (
                m
                for m in MONEY.finditer(f"{item.before} {item.text}")
                if self._counted(m.string[max(0, m.start() - _AROUND) : m.end() + _AROUND], query)
            ):
                value, _ = money_value(said.group(0))
                if value and not any(abs(value - v) <= _SAME_AMOUNT * v for v in given):
                    given[value] = item
        if not given:
            return None
        items: list[Evidence] = []
        for item in given.values():
            if all(item is not seen for seen in items):
                items.append(item)
        # "do they match": yes if one; "did it change", "do they differ": yes if several
        yes = (len(given) == 1) != bool(_DIFFER.search(query.text))
        return self._lead(query, items, covering, shown, "Yes. " if yes else "No. ")

    def _counted(self, around: str, query: Query) -> bool:
        """Whether an amount, by the words around it, is a count of what was asked, not an
        aim ("agreed to raise bilateral trade to $2 billion by 2030")."""
        aim = self._aims & set(self.lexicon.stems(around)) or _DEADLINE.search(around)
        return not aim and self.measures(around, query)

    def _whose_means(
        self, query: Query, covering: list[Evidence], shown: Sequence[str]
    ) -> Answer | None:
        """ "Will Kazakhstan build it with Pakistan's money?" "... with its own resources":
        whose money a statement says is its subject's, yes if that is the country asked of,
        no if another."""
        countries = self.lexicon.countries
        asked = _MEANS_ASKED.search(query.text)
        if asked is None:
            return None
        word = next((w.casefold() for w in asked.groups() if w), "")
        if word in ("itself", "themselves", "its", "their"):  # "paying for it itself"
            word = next((w for w in words(query.text.casefold()) if w in countries), "")
        whose = countries.get(word)
        for item in covering:
            own = _OWN_MEANS.search(item.text)
            subject = [w for w in words(item.text[: own.start()]) if w in countries] if own else []
            if whose and subject and item.coverage >= _CLOSE_COVERAGE:
                prefix = "Yes. " if countries[subject[0]] == whose else "No. "
                return self._lead(query, [item], covering, shown, prefix=prefix)
        return None

    def _says_reached(self, text: str) -> bool:
        """Whether a statement says an aim was reached: not "to be reached by 2027"."""
        said = words(text.casefold())
        return any(
            w in self.lexicon.reached and "to" not in said[max(0, n - 2) : n]
            for n, w in enumerate(said)
        )

    def _denied_of(self, query: Query, best: Evidence, named: list[Evidence]) -> Evidence | None:
        """A statement as full of the words asked as ``best`` that denies them of an asked
        country ``best`` does not name, where ``best`` denies nothing."""
        if _NEGATION.search(best.text):
            return None
        countries, of_best = (
            self.lexicon.countries_in(query.text),
            self.lexicon.countries_in(best.text),
        )
        for other in named[1:]:
            if not (denial := _NEGATION.search(other.text)):
                continue
            # the country denied it: named before the denial ("Pakistan is not on that list"),
            # not after ("Students are not covered ... apply at the embassy in Islamabad")
            own = (countries & self.lexicon.countries_in(other.text[: denial.start()])) - of_best
            # as full, or the sentence right after it
            if own and (self._follows(other, best) or other.coverage >= best.coverage):
                return other
        return None

    def _without_it(self, query: Query, item: Evidence) -> bool:
        """Whether a statement speaks of going without a thing the question asks of having:
        "do Pakistanis need a visa?" is answered the other way round by "visa-free entry"."""
        if "free" in words(self.lexicon.noted(query.text).casefold()):  # "without a visa" too
            return False
        freed = {stem(m[1].casefold()) for m in _FREE_OF.finditer(item.text)}
        return any(freed.intersection(t.stems) for t in query.core)

    def _after_the_rest(self, item: Evidence, query: Query) -> bool:
        """Whether the sentence before a statement in its article holds every word asked that
        the statement lacks: "Fly Jinnah will launch direct flights ..." then "The flights
        will operate twice a week"."""
        if (placed := self._in_article(item)) is None or not placed[1]:
            return False
        article, at = placed
        held = set(self.lexicon.stems(article[at - 1].text))
        return all(held.intersection(t.every) for t in query.core if t.word not in item.covered)

    def _follows(self, item: Evidence, first: Evidence) -> bool:
        """Whether a sentence of the sources comes right after another in its article."""
        if not first.verbatim or item.sources[:1] != first.sources[:1]:
            return False
        placed = self._in_article(item)
        return placed is not None and placed[1] > 0 and placed[0][placed[1] - 1].text == first.text

    def _also_decided(self, first: Evidence, query: Query) -> list[Sentence]:
        """The other sentences of the lead's article in the deciding word asked ("what did
        they agree": "The meeting also agreed to set up a sub-group ..."), where the lead is
        in that word itself: the story of the occasion asked of."""
        verbs = self._deciding(query)
        if not verbs or not verbs & set(self.lexicon.stems(first.text)):
            return []
        if (placed := self._in_article(first)) is None:
            return []
        return [
            s
            for s in placed[0]
            if s.text != first.text and verbs & set(self.lexicon.stems(s.text))
        ]

    def _in_article(self, item: Evidence) -> tuple[Sequence[Sentence], int] | None:
        """A sentence of the sources' article and where in it the sentence stands."""
        if not (item.verbatim and self.sentences_of):
            return None
        article = self.sentences_of(item.sources[0])
        at = next((n for n, s in enumerate(article) if s.text == item.text), None)
        return None if at is None else (article, at)

    def _other_country(self, item: Evidence, query: Query) -> bool:
        """Whether a statement names a country the question does not, where the question
        names one the statement does not: the same words said of another country."""
        asked, said = self.lexicon.countries_in(query.text), self.lexicon.countries_in(item.text)
        return bool(said - asked) and bool(asked - said)

    def _of(self, item: Evidence, people: set[str], bodies: frozenset[str] = frozenset()) -> bool:
        """Whether a statement is of these people: it names them (or opens with "He" after a
        sentence naming him), or is of an event they took part in, or names a body asked of
        in an article about them. The participation of a minister at a congress is not the
        president's, though one article reports both."""
        if people <= item.named | item.subject | self._taking_part(item):
            return True
        if item.named & bodies and people <= item.about:
            return True  # "officers of NLC were present", at the Karabayev meeting reported
        # a sentence is not of everyone its article is about ("Ministers further pledged ...
        # participation" is not the president's); a record of ours, of no event, is of whom
        # it is about
        return not item.verbatim and item.event is None and people <= item.about

    def _of_another(self, item: Evidence, people: set[str]) -> bool:
        """Whether a statement names other people and is not of these."""
        others = {p for p in item.named - people if p in self.kb.person_by_id}
        return bool(others) and not self._of(item, people)

    def _taking_part(self, item: Evidence) -> set[str]:
        event = self.kb.event_by_id.get(item.event or "")
        return set(event.participants) if event else set()

    def _opposed(self, item: Evidence, query: Query) -> bool:
        """Whether the statement holds the opposite of a word asked, and not the word, and
        every other word asked ("did imports decline?" is not answered by "increasing trade
        volume", which says nothing of imports)."""
        held = set(self.lexicon.stems(item.text))
        turned = [t for t in query.core if held & set(t.opposite) and not held & set(t.stems)]
        rest = {t.word for t in query.core if t not in turned}
        # a statement of what was named ("Afghanistan") may hold the rest in related words
        # ("a partner" for "work with"); without a name, the words asked are all it has
        holds = item.covered if set(query.focus) & item.about else item.own
        return bool(turned) and rest <= holds and not self.tentative(item, query)

    def _majority(self, query: Query, covering: list[Evidence]) -> Answer | None:
        """ "Were most participants Kazakh?": the part the question names weighed against
        the whole it belongs to ("500 participants, including 150 Kazakh businessmen": no),
        or the share a statement gives in words ("almost half of our government": no);
        never a "yes" from a statement that some were. None where another rule answers."""
        asked = set(self.lexicon.stems(query.text))
        counting = []  # statements counting the whole asked about, and a part of it
        for item in covering:
            for found in _PART_OF.finditer(item.text):
                part = float((found["part"] or found["part_"]).replace(",", ""))
                whole = float((found["whole"] or found["whole_"]).replace(",", ""))
                what = set(self.lexicon.stems(found["what"] or found["what_"] or ""))
                counted = set(self.lexicon.stems(found["all"] or found["all_"]))
                if not whole or part > whole or not counted & asked:
                    continue
                if (what - counted) & asked:  # the part is the one the question names
                    prefix = "Yes. " if part / whole > _HALF else "No. "
                    return self._lead(query, [item, *covering], covering, (), prefix=prefix)
                counting.append(item)
        asked_of = _MAJORITY.search(query.text)
        subject = words(query.text[asked_of.end() :] if asked_of else "")
        whose = set(self.lexicon.stems(next((w for w in subject if w not in GENERIC), "")))
        # or the word before it, as Kazakh puts it ("students most medicine studying")
        ahead = words(query.text[: asked_of.start()] if asked_of else "")
        whose |= set(
            self.lexicon.stems(
                next((w for w in reversed(ahead) if w not in GENERIC | STOPWORDS), "")
            )
        )
        for item in covering:
            share = next(
                (
                    m
                    for m in _STATED_SHARE.finditer(item.text)
                    if self._share_of(item.text, m, whose)
                ),
                None,
            )
            if item.coverage < _YES_COVERAGE or share is None:
                continue
            size = _SHARES[re.split(r"[\s-]+", share["share"].casefold())[-1]]  # "two-thirds"
            more = size > _HALF or (size == _HALF and bool(share["over"]))
            more = more and self._mostly_as_asked(item.text, share, query)
            prefix = "Yes. " if more and not share["under"] else "No. "
            return self._lead(query, [item, *covering], covering, (), prefix=prefix)
        if counting:
            # "were most of them Pakistani?" of "500, including 150 Kazakh": the rest are
            # not said to be anyone's
            lead = "Not on record: the sources count only:"
        else:
            # "did most agreements concern trade?" of "agreements in trade, culture ...": a
            # statement of some is no statement of most
            lead, counting = "Not on record in those words; the sources say:", covering
        reply = Reply(self.kb)
        for item in counting[:_SUPPORT]:
            reply.add(*self.line(item, query))
        return reply.answer(query.text, NOT_ON_RECORD, lead, 0.5, query=query)

    def _mostly_as_asked(self, text: str, share: re.Match[str], query: Query) -> bool:
        """Whether "mostly ..." says what the question asks most of them do: "students ...
        mostly in medicine" is no "yes" to "do most study IT?", though IT is named too."""
        if share["share"].casefold() != "mostly":
            return True
        before = set(self.lexicon.stems(" ".join(words(text[: share.start()])[-_SHARE_BEFORE:])))
        after = set(self.lexicon.stems(" ".join(words(text[share.end() :])[:_SHARE_AFTER])))
        asked = {t.stems[0] for t in query.core if not before.intersection(t.every)}
        return not asked or bool(asked & after)

    def _share_of(self, text: str, share: re.Match[str], whose: set[str]) -> bool:
        """Whether a share stated is of what the question asks the most of: "half of our
        government" names it after the share, "students ... mostly in medicine" before."""
        if share["share"].casefold() == "mostly":
            near = words(text[: share.start()])[-_SHARE_BEFORE:]
        else:
            near = words(text[share.end() :])[:_SHARE_AFTER]
        return bool(whose & set(self.lexicon.stems(" ".join(near))))

    def _of_flow(self, text: str, asked: tuple[str, str]) -> bool:
        """Whether a text may speak of the flow asked: it names no one's exports or imports,
        or names that one, or speaks of the flow asked of no one else ("Pakistan's exports
        grew, while imports from the Central Asian country fell": imports, whose its first
        clause says)."""
        flows = {
            (country, (match["flow"] or match["flow_of"]).casefold())
            for match in _FLOW.finditer(text)
            if (country := self.lexicon.countries.get((match["whose"] or match["of"]).casefold()))
        }
        if not flows or asked in flows:
            return True
        flow = asked[1]
        return (
            flow not in {f for _, f in flows} and re.search(rf"\b{flow}", text, re.I) is not None
        )

    def _deciding(self, query: Query) -> set[str]:
        """The stems of a verb of deciding or announcing the question asks with ("what did
        they agree", "announce", "pledge"), which a statement need not use but best does."""
        return {s for t in query.terms if t.soft for s in t.stems} & _DECIDING

    def _doer(self, query: Query) -> tuple[str, tuple[str, ...]] | None:
        """The country a question says does something, and that deed's stems: "how many
        scholarships will Kazakhstan offer" asks what Kazakhstan offers."""
        tokens = words(query.text.casefold())
        for i, token in enumerate(tokens[:-1]):
            # the subject of a verb: "will Kazakhstan offer", not "the Afghan railway"
            if not i or tokens[i - 1] not in _DOING_AUX:
                continue
            country = self.lexicon.countries.get(token)
            if country is None or token != country.casefold():
                continue  # "do Pakistani students take": the students, not the country
            deed = next((t for t in query.core if stem(tokens[i + 1]) in t.stems), None)
            if deed is not None:
                return country, deed.every
        return None

    def _done_by(self, item: Evidence, country: str, deed: tuple[str, ...]) -> bool | None:
        """Whether a statement says the country asked does the deed: by the countries named
        just before the deed's word ("Pakistan's HEC will in turn offer 30 scholarships
        to Kazakh students": Pakistan's offer); None where it names no deed or no doer."""
        tokens = words(" ".join([item.text, *(q for _, q in item.quoted)]).casefold())
        # the deed in any of its forms: "accorded a guard of honour" is one granted
        said = set(deed)
        at = next(
            (i for i, t in enumerate(tokens) if said.intersection(self.lexicon.stems(t))), None
        )
        if at is None:
            return None
        after = tokens[at + 1 : at + 1 + _DOER_REACH]
        for word, then in itertools.pairwise(after):
            if word == "by" and (by := self.lexicon.countries.get(then)):
                return by == country  # "accorded ... by Pakistan's armed forces": Pakistan's
        before = tokens[max(0, at - _DOER_REACH) : at]
        doers = self._nearest_doers(before)
        if doers:  # "Pakistan and Kazakhstan signed": both did
            return country in doers
        # "Khan announced two-year visas, issued ... for Kazakhstan's business community":
        # Kazakhstan is who they are for, not who issues them
        for word, then in itertools.pairwise(after):
            if word in ("for", "to") and self.lexicon.countries.get(then) == country:
                return False
        return None

    def _nearest_doers(self, before: list[str]) -> list[str]:
        """The countries named nearest before a deed, with those joined to them by "and":
        "Kazakhstan is Pakistan's largest export destination" exports Pakistan's goods;
        "Pakistan and Kazakhstan signed" is both."""
        doers: list[str] = []
        for n in range(len(before) - 1, -1, -1):
            if country := self.lexicon.countries.get(before[n]):
                doers.append(country)
            elif doers and before[n] not in ("and", "s"):
                break
        return doers

    def _flow(self, text: str) -> tuple[str, str] | None:
        """Whose exports or imports a text speaks of: "Kazakhstan's main exports", "exports
        of Pakistan" are Kazakhstan's and Pakistan's; "Pakistan's largest export
        destination" is Pakistan's exports, never Kazakhstan's."""
        for match in _FLOW.finditer(text):
            country = self.lexicon.countries.get((match["whose"] or match["of"]).casefold())
            if country:
                return country, (match["flow"] or match["flow_of"]).casefold()
        return None

    def _per_unit(self, query: Query) -> str:
        """The unit a price is asked per ("the price per tonne", "fare per person"); empty
        unless the question asks a price or an amount of money."""
        asked = set(self.lexicon.stems(query.text))
        if query.answer_type != "how_much" and not self.lexicon.costs & asked:
            return ""
        units = (m["unit"] for m in _ASKED_PER.finditer(query.text))
        return next((u for u in units if u.casefold() not in _NOT_UNITS), "")

    def _priced_thing(self, query: Query) -> list[str]:
        """The words naming what is priced, where the question names it before the word of
        cost ("the rail freight charge per tonne"); none where it opens with that word."""
        said = words(query.text.casefold())
        if not query.head or query.head.casefold() not in said:
            return []
        thing: list[str] = []
        for word in said[said.index(query.head.casefold()) :]:
            if stem(word) in self.lexicon.costs:
                return thing
            thing.append(word)
        return []  # no word of cost after it: the head is no name of what is priced

    def _units(self, text: str) -> set[str]:
        """The stems of what the text prices things per: "per tonne", "$271.50 a tonne",
        "/kg"; not a time ("a week" is how often), nor "per cent"."""
        units = (
            m["unit"] or m["each"] or m["after_amount"] or m["slashed"]
            for m in _PER.finditer(text)
        )
        return set(
            self.lexicon.stems(" ".join(u for u in units if u.casefold() not in _NOT_UNITS))
        )

    def _share_of_asked(self, text: str, query: Query) -> bool:
        """Whether a share asked for ("how many of their government came") is stated of a
        whole the question names: "almost half of our government was in Pakistan"."""
        if not _SHARE.search(query.text):
            return False
        asked = {s for t in query.core for s in t.every}
        return any(
            asked.intersection(self.lexicon.stems(" ".join(words(text[share.end() :])[:_WHOLE])))
            for share in PROPORTION.finditer(text)
        )

    def measures(self, text: str, query: Query) -> bool:
        """Whether a number in the statement is of what was asked: "how many Kazakh students"
        is not answered by "1,000 Pakistani students", nor "how much trade" by "agreements
        worth $200 million". A count must count the thing asked for, of the country asked
        for; an amount must stand within a few words of something the question asks about."""
        if (asked := query.measured) is not None:
            counted = set(asked.every)
            if asked.word in _ANYONE:  # "how many people watched": "1,800 viewers" too
                counted.update(s for t in query.core for s in t.every)
            spans = (
                [span.span() for span in DURATION.finditer(text)] if asked.word in _ANYONE else []
            )
            for count in COUNT.finditer(text):
                if any(start <= count.start() < end for start, end in spans):
                    continue  # "how many people came to the culture days": not "30 days"
                *adjectives, noun = words(count.group(0))
                # "two hundred grain and container wagons": the noun may close a short run
                more = _RUN.match(text, count.end()) or _NEXT_WORD.match(text, count.end())
                # "900 direct jobs": the noun after an adjective the count took for it
                run = [noun, *(more.group(0).split() if more else ())]
                if not set(self.lexicon.stems(" ".join(run))) & counted and not (
                    noun.casefold() in _CITIZENS and self._holds_the_rest(text, query)
                ):
                    continue
                whose = {self.lexicon.countries.get(w) for w in adjectives} - {None}
                origin = _FROM_WHOM.match(text, (more or count).end())
                place = (origin["place"] or "").casefold() if origin else ""
                if origin and origin[0].split()[0] == "of" and place not in self.lexicon.countries:
                    origin = None  # "citizens of Pakistan" says whose; "members of Parliament" not
                if origin is not None:
                    # "30 scientists from both countries" are not "how many Kazakh scientists"
                    whose |= {self.lexicon.countries.get(place) or "both"}
                if not query.measured_country or query.measured_country in whose:
                    return True
                if not whose and self._holds_the_rest(text, query):
                    # "how many Kazakh students study at Pakistani universities": not the
                    # "hostels for 600 students" of a campus, whoever they will be
                    return True
            group = _GROUP_OF.search(text) if asked.word in _ANYONE else None
            if group and (group[1].casefold() in NUMBER_WORDS or group[1][0].isdigit()):
                return True  # "opened ... with a team of four": four people
            for told in _NUMBER_OF.finditer(text):  # "the number of Pakistani students ...
                # has risen to about 1,450": the count follows what it counts
                *adjectives, noun = words(told["counted"])
                if set(self.lexicon.stems(noun)) & set(asked.every):
                    whose = {self.lexicon.countries.get(w.casefold()) for w in adjectives} - {None}
                    if not query.measured_country or not whose or query.measured_country in whose:
                        return True
            return self._share_of_asked(text, query)
        asked_stems = {
            s
            for t in query.core
            if t.word not in self.lexicon.countries and t.word not in self.lexicon.currencies
            for s in t.every
        }
        shares = PROPORTION.finditer(text) if _SHARE.search(query.text) else ()
        money = list(MONEY.finditer(text))
        counts = [  # not the "200 million" of "USD 200 million" again, its currency before it
            c
            for c in COUNT.finditer(text)
            if not any(m.start() <= c.start() < m.end() for m in money)
        ]
        for amount in (*money, *counts, *shares):
            # a few words either side; before it, not counting the countries and small words
            # that part a subject from its verb: "trade turnover between Kazakhstan and
            # Pakistan amounted to USD 318.4 million"
            before = [w for w in words(text[: amount.start()]) if self._content(w)][-_NEAR:]
            after = words(text[amount.end() :])[:_NEAR]
            # a count names what it counts ("1,000 Pakistani students"); an amount's own words
            # are its currency, which "the dollar value of trade" does not ask for
            own = [] if amount.re is MONEY else words(amount.group(0))
            near = self.lexicon.stems(" ".join([*before, *own, *after]))
            if asked_stems.intersection(near):
                return True
        return not asked_stems

    def _holds_the_rest(self, text: str, query: Query) -> bool:
        """Every word asked beside the thing counted and whose it is: "enrolled" and
        "universities" of "how many Pakistani students are enrolled at universities"."""
        rest = [
            t
            for t in query.core
            if t is not query.measured and t.word not in self.lexicon.countries
        ]
        held = set(self.lexicon.stems(text))
        return bool(rest) and all(held.intersection(t.stems) for t in rest)

    def _content(self, word: str) -> bool:
        return word not in GENERIC and word not in self.lexicon.countries

    def _as_of(
        self, query: Query, best: Evidence, named: list[Evidence], not_yet: bool = False
    ) -> Answer:
        """ "Has Pakistan already started the five-year visas?": planned or under discussion,
        as of the newest report of it, dated, for the reader to judge how stale that is;
        ``not_yet``: the report says it was still to come then."""
        reply = Reply(self.kb)
        shown = self._ordered(best, named, query)[:_SUPPORT]
        for item in shown:
            reply.add(*self.line(item, query))
        dates = [
            published
            for item in shown
            for source in item.sources
            if (published := self.kb.article_by_id[source].published)
        ]
        newest = f" ({max(dates, key=lambda d: d.first_day).human()})" if dates else ""
        if not_yet or said_ahead(best.text) or _PENDING.search(best.text):
            # "NBP has applied for permission to open an office", "payments will start on
            # January 15", "Pakistan is considering five-year visas": the newest report says
            # it was still to come, so not yet then
            lead = f"No, not as of the newest report{newest}; it reports only:"
            return reply.answer(query.text, DIRECT, lead, 0.5, query=query)
        lead = f"Not on record as done as of the newest report{newest}; it reports only:"
        return reply.answer(query.text, NOT_ON_RECORD, lead, 0.5, query=query)

    def _left_out(self, query: Query, covering: list[Evidence]) -> list[Evidence]:
        """Statements, in a story holding every word asked, that a thing asked of is left
        out ("Meat and meat products are not included")."""
        asked = {s for t in query.core if not t.soft for s in t.stems}
        found = []
        for item in covering:
            out = _LEFT_OUT.search(item.text)
            if not out or not item.verbatim:
                continue
            what = item.text[: out.start()].rsplit(";", 1)[-1].rsplit(".", 1)[-1]
            if asked & set(self.lexicon.stems(what)) and self._story_holds(item, query):
                found.append(item)
        return found

    def _sole_other(self, query: Query) -> list[Evidence]:
        """Statements that a place other than the one asked of is the only one of its kind
        with what was asked, holding the rest of the question's words."""
        said = query.text.casefold()
        places = [  # named in the question itself, not leant on from the last answer
            self.kb.entity_by_id[e].name
            for e in query.entities
            if self.kb.entity_by_id[e].kind.value == "place"
            and self.kb.entity_by_id[e].name.casefold() in said
        ]
        if not places:
            return []
        asked = {t.word for t in query.core if t.word.casefold() not in self.lexicon.countries}
        known = {  # "Lahore remains the only ...", not "He remains the only ..."
            n.casefold()
            for e in self.kb.curated.entities
            if e.kind is EntityKind.PLACE
            for n in e.names
        }
        found = []
        for item in self.candidates:
            sole = _SOLE.search(item.text)
            if not sole or item.coverage < _CLOSE_COVERAGE:
                continue
            other = sole["one"].casefold()
            held = {t.word for t in query.core if t.word in item.own}
            if other in known and other not in said and len(held) * 2 >= len(asked):
                found.append(item)
        return found

    def _in_story(self, item: Evidence, query: Query) -> bool:
        """Whether a sentence's article holds every word asked, and the sentence the words
        of the time asked."""
        if not item.verbatim or self.sentences_of is None:
            return False
        months = [m for m in MONTH_NAMES[1:] if re.search(rf"\b{m}\b", query.text, re.I)]
        if not months or not all(re.search(rf"\b{m}\b", item.text, re.I) for m in months):
            return False
        told = self._story_stems(item.sources[0])
        # ("on track": a word no article uses is how it was asked, not what)
        return all(told.intersection(t.every) for t in query.core if t.used)

    def _told_in_story(self, item: Evidence, query: Query, asked: set[str]) -> bool:
        """Whether a statement holds most of the words asked and its article the rest: "will
        graduates of the joint institute get degrees from both universities?" "Graduates will
        receive dual degrees from NUST and ENU", in the story of the joint institute."""
        held = asked & item.covered
        return len(held) * 2 > len(asked) and self._story_holds(item, query)

    def _story_holds(self, item: Evidence, query: Query) -> bool:
        """Whether the article a sentence is from holds every word asked ("the price of the
        LPG": a story of LPG, though the sentence says "the Kazakh gas")."""
        if not item.verbatim or self.sentences_of is None:
            return True
        told = self._story_stems(item.sources[0])
        return all(told.intersection(t.every) for t in query.core)

    def _story_stems(self, source: str) -> set[str]:
        """The stems of every sentence of one article."""
        assert self.sentences_of is not None
        return set(self.lexicon.stems(" ".join(s.text for s in self.sentences_of(source))))

    def _left_office(self, item: Evidence) -> bool:
        """A title whose own sentence names its holder as the one who left the office."""
        if item.kind != "role" or self.sentences_of is None:
            return False
        holder = next(
            (p for p in self.kb.person_by_id.values() if item.text.startswith(p.name)), None
        )
        if holder is None:
            return False
        return any(
            replaced(holder.name, s.text)
            for source, quote in item.quoted
            for s in self.sentences_of(source)
            if quote in s.text
        )

    def _another_month(self, query: Query, item: Evidence) -> bool:
        """Whether a statement is dated to a month (by its event or its own date words), and
        the question names only other months."""
        asked = {t.month for t in query.terms if t.month}
        period = query.period
        if period is not None and period.month is not None:
            asked.add(period.month)
        dates = [*([item.date] if item.date else []), *(d for _, d in self._placed(item))]
        if period is not None and any(d.year != period.year for d in dates):
            return False  # another year: no slip of the month, and news is no diary
        told = {d.month for d in dates if d.month}
        return bool(asked and told and not asked & told)

    def tentative(self, item: Evidence, query: Query | None = None) -> bool:
        """Planned, proposed or discussed, or a target: not a thing done. Asked of ``query``,
        only the clauses (else sentences) holding its words count: "He also discussed ...,
        describing his visit as productive" is a visit described, whatever was discussed."""
        if item.target:
            return True
        if (
            item.kind == "report"
            and (at := self.timeline.position.get(item.event or "")) is not None
        ):
            # an event's name stands for what its record says: planned, until held
            return self.timeline.states[at].status is not Status.TOOK_PLACE
        # "urged Pakistan to join": joining is not done, the urging is ("did he urge ...")
        urged = query is None or not _ASKS_URGING & set(self.lexicon.stems(query.text))
        # "Zardari is to confer ...": to come then, so no answer to "did he confer it?"
        past = query is not None and bool(_PAST.match(query.text))
        return all(
            self.lexicon.tentative
            & set(self.lexicon.stems(_DONE_FOR.sub(r"\1", _SCHEDULED_KIND.sub("", p))))
            or (urged and _ADVOCATED.search(p))
            or (past and _IS_TO.search(p))
            for p in self._asked_parts(item, query)
        )

    def _in_effect_since(
        self, plan: Evidence, named: list[Evidence], query: Query
    ) -> Evidence | None:
        """A later report of the planned thing as now in effect: it says "now", is no plan
        itself, and holds all but one of the question's words the plan holds."""
        if not plan.date:
            return None
        held = plan.own & {t.word for t in query.terms if not t.soft}
        for item in named[:_SUPPORT]:
            if (
                item.date
                and item.date.first_day > plan.date.last_day
                and _NOW.search(item.text)
                and not self.tentative(item, query)
                and len(held - item.own) <= 1 < len(held & item.own)
            ):
                return self._with_onset(item, query)
        return None

    def _in_context(self, items: list[Evidence], query: Query) -> list[Evidence]:
        """The best statement with the sentence before it, where that names what the
        question asks of and the statement does not, so the lead says what it is of: "which
        came first, the Karachi forum or the 30th session?" "... the Business Forum held in
        Karachi in April ... Commercial contracts worth USD 200 million were signed in one
        day, followed by the 30th ... session"."""
        if not items or (before := self._sentence_before(items[0])) is None:
            return items
        if query.head and query.head in items[0].own:
            return items  # "what aircraft does Fly Jinnah use": "... with Airbus A320 aircraft"
        asked = {s for t in query.core for s in t.every}
        lacking = asked - set(self.lexicon.stems(items[0].text))
        if not lacking & set(self.lexicon.stems(before)):
            return items
        return [replace(items[0], before=before), *items[1:]]

    def _with_onset(self, item: Evidence, query: Query) -> Evidence:
        """A statement that something is now so, with the sentence before it where that
        dates its start in words asked: "The launch follows the inclusion of Pakistan in
        Kazakhstan's electronic visa system on April 1. Pakistani citizens can now obtain a
        ... visa online"."""
        before = self._sentence_before(item)
        asked = {s for t in query.core for s in t.every}
        if before and _DATE_IN_TEXT.search(before) and asked & set(self.lexicon.stems(before)):
            return replace(item, before=before)
        return item

    def _sentence_before(self, item: Evidence) -> str | None:
        """The sentence before a sentence of the sources in its article, unless it is shown
        with one already or opens the article."""
        if item.before or (placed := self._in_article(item)) is None or not placed[1]:
            return None
        return placed[0][placed[1] - 1].text

    def undecided(self, item: Evidence, query: Query) -> bool:
        """Only discussed, proposed or called for, where the question's words are: no plan
        that it will happen ("both sides discussed launching direct flights")."""
        return all(
            (self.lexicon.undecided & set(self.lexicon.stems(p)) or _ADVOCATED.search(p))
            and not (self.lexicon.tentative - self.lexicon.undecided) & set(self.lexicon.stems(p))
            for p in self._asked_parts(item, query)
        )

    def _asked_parts(self, item: Evidence, query: Query | None) -> list[str]:
        """The clauses (else sentences) of a statement that hold every word asked."""
        if query is not None:
            wanted = [set(t.every) for t in query.terms]  # all of them: "visit" counts here
            for split in (_CLAUSES.split(item.text), _SENTENCES.split(item.text)):
                held = [p for p in split if all(w & set(self.lexicon.stems(p)) for w in wanted)]
                if held:
                    return held
        return [item.text]

    # -- the parts of an answer --------------------------------------------------------

    def _lead(
        self,
        query: Query,
        answering: list[Evidence],
        covering: list[Evidence],
        shown: Sequence[str],
        prefix: str = "",
        intent: str = DIRECT,
    ) -> Answer:
        """``answering``: what holds the kind of fact asked for, best first; ``shown``: lines
        the reader has already seen ("tell me more" leaves them out); ``intent``: not on
        record where the prefix says the very thing asked for is missing."""
        reply = Reply(self.kb)
        if not answering:
            return self._missing(query, covering, reply)
        answering = self._settled(query, self._newest(query, answering))
        best = answering[0]
        ordered = [
            e
            for e in self._ordered(best, [*answering, *covering], query)
            if not any(self.line(e, query)[0] in line for line in shown)
        ]
        if not ordered:
            lead = "That's all I have on that."
            return reply.answer(query.text, DIRECT, lead, 0.5, query=query)
        # "what did he say about his visit": his own words of it, not what others said there
        said = len(query.people) == 1 and self._asks_said(query)  # of one speaker
        speakers = [self.kb.person_by_id[query.people[0]]] if said else []
        first, rest = ordered[0], ordered[1:]
        told: list[Sentence] = []  # another source's count, in the sentence after its words
        agreed: list[Sentence] = []  # what else the lead's story says was agreed
        event = self.kb.event_by_id.get(first.event or "")
        # what an event involved: several of its details about as much on the question
        near = first.coverage - _SUPPORT_GAP
        asked = set(query.people)  # "what did Tokayev get from Zardari": of them both
        # "what's on his programme": all the occasion holds, however little of the question
        whole = bool(self.lexicon.asks_programme.intersection(self.lexicon.stems(query.text)))
        if whole and event is None:  # the occasion of the best that has one
            event = self.kb.event_by_id.get(next((e.event for e in ordered if e.event), ""))
        same = [
            e
            for e in ordered
            if event
            and e.event == event.id
            and e.kind != "report"
            and e.coverage >= near
            and asked <= ((e.named | e.subject) if e.verbatim else e.about)
            and all(self._says(e, p) for p in speakers)
        ]
        if whole and event:
            held = {e.text for e in same}
            same += [e for e in self._details(event) if e.text not in held]
        carded = event and len(same) > 1 and not first.verbatim and not whole
        if carded and said and (voiced := self._voiced(ordered, speakers[0])):
            # "what did Karabayev say about his trip": his words of it ("describing his visit
            # as pleasant and productive"), then what else is his, not the card of the trip
            first = voiced
            rest = [e for e in ordered if e is not voiced and self._says(e, speakers[0])]
        if (
            event
            and len(same) > 1
            and (whole or not first.verbatim)
            and not prefix
            and query.answer_type == "what"
        ):
            # what an event involved: its details under its name, nothing from other events
            state = next((s for s in self.timeline.states if s.event is event), None)
            when = f" ({state.short_when(self.timeline.today)})" if state else ""
            lead = f"{event.name}{when}:"
            bullets = same[:MAX_BULLETS]
        elif first.after and not prefix and query.answer_type in ("list", "what"):
            # "the documents signed were:" leads; its items follow, one a line
            lead = self._cited(replace(first, after=()), query, reply)
            reply.limit = max(reply.limit, len(first.after))
            for listed in first.after:  # cited once, with the sentence that announces them
                reply.add(clip(_ITEM.sub("", listed).rstrip(";,. "), SENTENCE_CHARS))
            bullets = []
        else:
            lead = reply.leading(closed(prefix + self._cited(first, query, reply)))
            # support is nearly as much on the question as the lead, or it is noise; for a
            # date, a place, a number or a name, only more of what was asked for
            bar = max(MIN_COVERAGE, best.coverage - _SUPPORT_GAP)
            # what holds the words asked before what only shares the lead's event
            bullets = [e for e in rest if e.coverage >= bar]
            counting = query.answer_type in ("how_many", "how_much")
            if counting:
                # another outlet's count of the thing asked, however worded: shown beside the
                # first, never dropped for it ("eight agreements" [1], "11 documents" [2]),
                # before what only shares the lead's occasion
                others = [
                    e for e in rest if e in answering and set(e.sources) - set(first.sources)
                ]
                bullets += [e for e in others if e not in bullets]
            bullets += [e for e in rest if e.event == first.event and e not in bullets]
            if query.answer_type in SPECIFIC:
                bullets = [e for e in bullets if e in answering]
            if counting:
                if unit_of := _UNIT_OF.search(query.text):  # "of wheat" before "of grain"
                    counted, thing = (
                        self._term_stems(query, unit_of[n]) for n in ("unit", "thing")
                    )
                    bullets.sort(key=lambda e: not self._counts_of(e.text, counted, thing))
                told = self._counted_next(first, rest)
            elif query.answer_type == "what" and (also := self._also_decided(first, query)):
                # "what did they agree at the first meeting": what else its story says was
                # agreed there, before what only shares words with the question
                held = {e.text for e in bullets}
                agreed = [s for s in also if s.text not in held][:_AGREED_MORE]
            bullets = bullets[:_SUPPORT]
            if other := self._disagreeing(first):
                # "since 1992" leads; "its 35-year relationship" says otherwise: both shown
                reply.add(
                    f"Another source differs: {quoted(other.quote.text)}", other.quote.source
                )
                bullets = [e for e in bullets if other.quote.text not in e.text]
        for sentence in agreed:
            reply.add(quoted(clip(sentence.text)), sentence.source)
        for item in bullets:
            reply.add(*self.line(item, query))
        for sentence in told:
            reply.add(quoted(clip(sentence.text)), sentence.source)
        # what "when was that?" leans on: the lead's occasion; a lead of none (a target, a
        # figure, a flight's start) is no bullet's occasion either
        events = tuple(dict.fromkeys(e.event for e in ordered if e.event))
        if not first.event:
            events = self._sole_occasion(first)
        confidence = round(min(1.0, best.coverage), 2)
        return reply.answer(query.text, intent, lead, confidence, events=events, query=query)

    def _counted_next(self, first: Evidence, rest: list[Evidence]) -> list[Sentence]:
        """Another source's count of what a figure leads with, told in the sentence after
        its statement of the thing ("Kazakhstan offered to supply wheat ..." then "Kazakh
        state media put the figure at 300,000 tonnes, but an official ... said ... closer
        to 250,000 tonnes"): shown beside the first, never picked over it silently."""
        led = self._quantities(first.text)
        units = {unit for _, unit in led}
        found: list[Sentence] = []
        for item in rest:
            if item.number or not set(item.sources) - set(first.sources):
                continue
            if (placed := self._in_article(item)) is None or placed[1] + 1 >= len(placed[0]):
                continue
            after = placed[0][placed[1] + 1]
            said = self._quantities(after.text)
            if said - led and any(unit in units for _, unit in said) and after not in found:
                found.append(after)
        return found[:1]

    def _sole_occasion(self, item: Evidence) -> tuple[str, ...]:
        """The one event the article of a sentence shown reports as held, in its lede: the
        story's occasion, which "when was that?" then asks of ("who else was there?" "...
        participated in the meeting"); none for an amount or an aim, where the article
        reports several held, or one only in passing (the flights agreed "during" a visit)."""
        said = item.verbatim or item.kind == "claim"  # a claim rests on one such sentence
        if not said or item.number or item.target or len(item.sources) != 1:
            return ()
        source = item.sources[0]
        held = [
            ident
            for ident in self.kb.events_reported_in.get(source, ())
            if any(
                r.quote.source == source and r.status is Status.TOOK_PLACE
                for r in self.kb.event_by_id[ident].reports
            )
        ]
        lede = self.ledes.get(source)
        if item.kind == "claim" and lede in held:
            # what someone said in a story of an occasion he took part in was said there
            # ("he observed", at the book launch), whatever else the story tells in passing
            event = self.kb.event_by_id[lede]
            return (lede,) if item.about & set(event.participants) else ()
        return tuple(held) if held == [lede] else ()

    def _disagreeing(self, item: Evidence) -> Claim | None:
        """A reviewed claim of another source on what a statement claims, where the two
        answer the same question ("how old are the relations") differently."""
        visible = self.timeline.visible
        claims = [c for c in self.kb.curated.claims if c.about and c.quote.source in visible]
        told = [
            c
            for c in claims
            if c.quote.source in item.sources
            and (c.quote.text in item.text or c.text == item.text)
        ]
        return next(
            (
                c
                for c in claims
                for mine in told
                if c.about == mine.about and c.quote.source not in item.sources
            ),
            None,
        )

    def _details(self, event: Event) -> list[Evidence]:
        """An event's details as evidence, in the order its records give them."""
        about, visible = event.involved, self.timeline.visible
        return [
            detail_evidence(event, d, about) for d in event.details if d.quote.source in visible
        ]

    def unheard(self, query: Query, evidence: Sequence[Evidence]) -> Answer:
        """Not on record, of a question whose very thing asked no article names ("the fare
        on the Lahore flight"), with what is closest on the rest asked."""
        self.candidates = list(evidence)
        # the rest asked, but for the measure ("per tonne"): what the thing asked is of
        unit = self._per_unit(query).casefold()
        rest = {
            t.word
            for t in query.core
            if not t.soft and t.word not in query.unknown and t.word not in ("per", unit)
        }
        places = set(query.entities)  # "the Lahore flight"

        def held(item: Evidence) -> int:
            return len(item.own & rest) + len(item.about & places)

        asked = len(rest) + len(places)
        near = sorted(
            (e for e in evidence if asked > 1 and held(e) * 2 > asked), key=lambda e: -held(e)
        )
        # and, as for any question it cannot answer, what the bot can answer
        return replace(self._missing(query, near, Reply(self.kb), near=near), hint=DONT_KNOW_HINT)

    def _missing(
        self,
        query: Query,
        close: list[Evidence],
        reply: Reply,
        lead: str = "",
        near: list[Evidence] | None = None,
    ) -> Answer:
        """Not on record, said of what was asked (``lead``, else by the kind of answer),
        with what is closest."""
        if query.answer_type == "yesno" and (query.period or any(t.month for t in query.terms)):
            # "did he mention Pakistan in his October address?" of the one on 8 September:
            # the statement holding all else asked, dated to another month
            asked = {t.word for t in query.core if not t.month}
            focus = set(query.focus)
            slip = [
                e
                for e in self.candidates
                if asked
                and asked <= e.own
                and (not focus or e.about & focus)
                and self._another_month(query, e)
            ]
            if slip:
                return self._lead(query, slip, close, (), prefix="No. ")
        lead = lead or _MISSING.get(query.answer_type, "I don't have that")
        if query.period:
            lead += f" in {query.period.human()}"
        elif months := [MONTH_NAMES[t.month] for t in query.terms if t.month]:
            lead += f" in {' or '.join(dict.fromkeys(months))}"  # "the forum in November"
        focus = set(query.focus)
        if near is None:
            near = [
                e
                for e in close
                if e.coverage >= _CLOSE_COVERAGE and (not focus or e.about & focus)
            ]
        if not near and focus and not query.unknown:  # what is on record of them instead
            near = [e for e in self.candidates if e.about & focus][:2]
        if query.unknown:  # "flights to Almaty": Almaty is missing; what is on flights is not
            said = ", ".join(f"\u201c{w}\u201d" for w in dict.fromkeys(query.unknown))
            lead = f"{lead.split(':')[0]}: the sources say nothing about {said}"
            # the rest names a subject ("flights"; "write me a poem" does not) and what is
            # missing is a place ("Almaty"): a word no article uses may be someone's name,
            # and another person's words are never shown for his
            places = all(w in self.lexicon.countries for w in query.unknown)
            if places and (query.intent or "").startswith(TOPIC_PREFIX) and not query.people:
                near = near or [e for e in self.candidates if e.coverage >= _CLOSE_COVERAGE]
        closest: list[Evidence] = []
        for item in self._ordered(near[0], near, query) if near else []:
            # a sentence once: not again with the sentence after it, which it needs
            own = set(words(f"{item.before} {item.text}"))
            if len(closest) < 3 and not any(
                own <= (theirs := set(words(f"{other.before} {other.text}"))) or theirs <= own
                for other in closest
            ):
                closest.append(item)
                reply.add(*self.line(item, query))
        lead += ". Closest on record:" if reply.bullets else "."
        hint = "" if reply.bullets else DONT_KNOW_HINT
        events = query.events or tuple(dict.fromkeys(e.event for e in near if e.event))
        return reply.answer(
            query.text, NOT_ON_RECORD, lead, 0.0, query=query, hint=hint, events=events
        )

    def _occasion(
        self, query: Query, covering: list[Evidence], timed: list[Evidence]
    ) -> Evidence | None:
        """An undated event more nearly of the people asked about alone than the dated one
        that would answer, and on the question as fully: of two events both attended, the
        one whose participants are more nearly just them; None where there is none."""
        people = set(query.people)
        if not people or not timed or timed[0].kind != "report":
            return None  # a statement's date, not an occasion's

        def share(item: Evidence) -> float:
            event = self.kb.event_by_id.get(item.event or "")
            involved = set(event.participants) if event else set()
            return len(involved & people) / len(involved) if involved >= people else 0.0

        first = timed[0]
        undated = [
            e
            for e in covering
            if e.kind == "report" and e not in timed and e.coverage >= first.coverage
        ]
        best = max(undated, key=share, default=None)
        return best if best is not None and share(best) > share(first) else None

    def _measured(self, query: Query, evidence: Sequence[Evidence]) -> Answer | None:
        """A comparison the evidence settles: two figures, or two dated events to put in order
        ("which came first"); None where it holds neither."""
        near = [e for e in evidence if e.coverage >= _CLOSE_COVERAGE]
        split = sides(query.text)
        # "which is older, X or Y" asks an order; "in May vs in the briefing before his
        # visit" names a side by a time
        asked = split[0] if split else query.text
        if IN_TIME.intersection(words(asked)):  # "which is older": dates, not sizes
            dated = self._dated_events(query, near)
            return self._order(query, dated) if len(dated) >= 2 else None
        if not _SIZES.intersection(self.lexicon.stems(query.text)):
            return None  # "visas in May vs in the briefing": not a question of sizes
        figures = [e for e in near if e.figure]
        # of one kind of unit as the first: 1,450 tonnes are no more than 78 bowsers, though
        # 1,000 students may be more than 500 participants
        kinds = {
            f: self._unit_kind(self.kb.figure_by_id[f].unit)
            for f in {e.figure for e in figures}
            if f
        }
        figures = [e for e in figures if kinds[e.figure or ""] == kinds[figures[0].figure or ""]]
        return self._compare(query, figures) if len({e.figure for e in figures}) >= 2 else None

    def _unit_kind(self, unit: str) -> str:
        """Money, a measure in its own unit ("tonnes", "km", "%"), or a count of things."""
        said = unit.casefold()
        if said in self.lexicon.currencies:
            return "money"
        return said if said in _MEASURE_UNITS else "count"

    def _compare(self, query: Query, numbers: list[Evidence]) -> Answer:
        reply = Reply(self.kb)
        first = numbers[0]
        others = [e for e in numbers if (e.figure or e.text) != (first.figure or first.text)]
        # the other side of the comparison holds words the first does not ("target")
        second = next((e for e in others if e.covered - first.covered), others[0])
        values = [self._value(e) for e in (first, second)]
        a = self._cited(first, query, reply)
        b = self._cited(second, query, reply)
        if values[0] is not None and values[1] is not None and values[0] != values[1]:
            big, small = (a, b) if values[0] > values[1] else (b, a)
            lead = f"{_capital(big)} — more than {small}."
        else:
            lead = f"{_capital(a)}; {b}."
        return reply.answer(query.text, DIRECT, lead, 0.8, query=query)

    def _dated_events(self, query: Query, items: list[Evidence]) -> list[tuple[str, EventState]]:
        """Two dated events to put in order: the best one for each person or thing named
        ("Karabayev or Tokayev"), in the evidence or else on record; then, where fewer than
        two are named, the best of the evidence in rank. Two sides named ("diplomatic ties or
        the forum") take none in rank: it may be of neither."""
        states = {s.event.id: s for s in self.timeline.states if s.set_for}
        ranked = [states[e.event] for e in items if e.event in states]
        chosen: dict[str, EventState] = {}
        split = sides(query.text)
        for ident in query.focus:
            involved = [s for s in (*ranked, *states.values()) if ident in s.event.involved]
            if split and involved:
                # "the Karachi forum or Tokayev's address": of his occasions, the one whose
                # name holds most of the words of its side (his State of the Nation address,
                # not his state visit); of equals, the first the ranking found
                said = self._what_side(split, self._name_of(ident))
                involved.sort(key=lambda s: -len(said & set(self.lexicon.stems(s.event.name))))
            if involved:
                chosen.setdefault(involved[0].event.id, involved[0])
        for state in [] if len(query.focus) > 1 or sides(query.text) else ranked:
            chosen.setdefault(state.event.id, state)
        return list(chosen.items())[:2]

    def _what_side(self, split: tuple[str, str], name: str) -> set[str]:
        """The words of what the side naming someone says it was, not whose or where."""
        named = set(self.lexicon.stems(name))
        side = next((s for s in split if named & set(self.lexicon.stems(s))), "")
        said = set(self.lexicon.stems(side.rpartition(",")[2])) - _STEM_NOISE - named
        return {w for w in said if w not in self.lexicon.countries}

    def _order(self, query: Query, dated: list[tuple[str, EventState]]) -> Answer:
        reply = Reply(self.kb)
        (_, a), (_, b) = sorted(dated, key=lambda pair: pair[1].sort_day)
        today = self.timeline.today

        def told(state: EventState) -> str:  # "May 2025, reported 27 May 2025": its day too
            held = state.status is Status.TOOK_PLACE and state.date
            return state.when(today) if held else state.short_when(today)

        first = f"{a.event.name} ({told(a)}){reply.cite(*a.sources)}"
        then = f"{b.event.name} ({told(b)}){reply.cite(*b.sources)}"
        lead = f"{first} came before {then}."
        if a.known and b.known and a.known.last_day >= b.known.first_day:
            # "April 2025" and "April 2025": the dates, as precise as the sources give them
            lead = f"{_capital(first)} and {then}: the sources do not say which came first."
        events = (a.event.id, b.event.id)
        return reply.answer(query.text, DIRECT, lead, 0.8, query=query, events=events)

    def _about_event(self, item: Evidence, events: Sequence[str]) -> bool:
        """Part of the event, or a sentence of an article about that occasion alone (an
        article reporting one or two events; a round-up of many is about none in particular)."""
        if item.event:
            return item.event in events
        occasion = self.occasions.get(item.sources[0], ())
        return item.verbatim and bool(set(occasion) & set(events))

    def _value(self, item: Evidence) -> float | None:
        figure = next((f for f in self.kb.curated.figures if f.id == item.figure), None)
        return figure.value if figure else None

    def _ordered(self, best: Evidence, items: list[Evidence], query: Query) -> list[Evidence]:
        """Best first, then the rest in rank; no statement twice."""
        out: list[Evidence] = []
        quotes: list[tuple[str, str]] = []
        sentences: dict[str, str] = {}  # source -> the text of its sentences shown
        shown: set[str] = set()
        for item in [best, *items]:
            line = self.line(item, query)[0]
            if line in shown:
                continue
            if item.verbatim and any(
                source in item.sources and quote in item.text for source, quote in quotes
            ):
                continue  # the sentence a curated line already states
            if any(s in sentences and q in sentences[s] for s, q in item.quoted):
                continue  # a curated line for a sentence already shown
            if item.verbatim and item.text in sentences.get(item.sources[0], ""):
                continue  # shown as the sentence another one leans on
            if item.verbatim and item.before and item.before in sentences.get(item.sources[0], ""):
                item = replace(item, before="")  # it leans on a sentence shown above
            if query.answer_type in ("when", "where") and any(
                item.event and e.event == item.event for e in out
            ):
                continue  # one line an event for its date or its place
            shown.add(line)
            if item.kind != "report":  # an event's line names it, not what its quotes say
                quotes.extend(item.quoted)
            if item.verbatim:
                said = sentences.get(item.sources[0], "")
                sentences[item.sources[0]] = f"{said} {item.before} {item.text}"
            out.append(item)
        return out

    def _cited(self, item: Evidence, query: Query, reply: Reply) -> str:
        text, *sources = self.line(item, query)
        return text + reply.cite(*sources)

    def line(self, item: Evidence, query: Query) -> tuple[str, ...]:
        """One statement as shown, then the sources it cites; worked out once an answer, as
        ranking, dropping repeats and showing each ask for it."""
        kept = self._lines.get((id(item), id(query)))
        if kept is not None and kept[0] is item and kept[1] is query:
            return kept[2]
        shown = self._line(item, query)
        self._lines[id(item), id(query)] = (item, query, shown)  # held: no id reused
        return shown

    def _line(self, item: Evidence, query: Query) -> tuple[str, ...]:
        sources = self._visible(item)
        event = self.kb.event_by_id.get(item.event or "")
        if query.answer_type == "where" and event and not item.verbatim:
            said = [*item.quoted, *((r.quote.source, r.quote.text) for r in event.reports)]
            placing = [  # the place in the item's own words, else in a report of its event
                (s, q) for s, q in said if _PLACE_PHRASE.search(q) and s in self.timeline.visible
            ]
            place = self._place(item)
            if placing:  # "... at the Ministry of Commerce in Islamabad": the place in its words
                source, words = placing[0]
                shown = clip(words)
                text = f"{event.name}: {quoted(shown)}{self._calendar(shown, source)}"
                sources = [source]
            else:
                text = f"{event.name} — {place}" if place else item.text
        elif event and (
            item.kind == "report"
            or (query.answer_type == "when" and not _DATE_IN_TEXT.search(item.text))
        ):
            state = next((s for s in self.timeline.states if s.event is event), None)
            when = state.when(self.timeline.today) if state else "date not stated"
            text = f"{event.name} — {when}"
            if state:
                sources = [s for s in state.sources if s in self.timeline.visible] or sources
        elif item.verbatim:
            # the names asked for may come at the end of a long list, and a reason may have
            # several parts ("mainly to re-exports ..., and to the fiscal year"): a longer cut
            long = query.answer_type in ("who", "list", "why")
            limit = 2 * SENTENCE_CHARS if long else SENTENCE_CHARS
            keep = _KEEP.get(query.answer_type)
            if keep is None and len(item.text) > limit:  # cut: keep what was asked
                keep = self._asked_last(item.text, query)
            body = clip(item.text, limit, keep=keep)
            if item.before:  # the sentence it leans on, cut short, in the same quote
                body = f"{self._leaned_on(item, query)} {body}"
            if item.after:  # "... the following eight agreements:" and the eight
                body += " " + " ".join(clip(i, _ITEM_CHARS) for i in item.after)
            text = quoted(body)
            # (of the sentence leaned on too: "... appointed ... on April 12. She succeeded X")
            placed = self._placed(item) + (
                self._implicit(item.before, item.sources[0]) if item.before else ()
            )
            # "who did she replace, and when did she take over": a date asked as well
            asks_when = query.answer_type == "when" or bool(_AND_WHEN.search(query.text))
            if placed:
                calendar = self._calendar(text, item.sources[0])
                cut = [d.human() for w, d in placed if w not in text]
                if cut and asks_when:
                    # its date words cut away with the rest: the date they give still told
                    # ("…clearing the way for the first ... service" signed on Wednesday)
                    calendar = " (" + "; ".join([*filter(None, [calendar[2:-1]]), *cut]) + ")"
                text += calendar
            elif (
                query.answer_type == "when"
                and not _DATE_IN_TEXT.search(item.text)  # "on Tuesday" is placed
                and (filed := self._filed(item))
            ):
                text = f"Reported {filed.human()}: {text}"
            place = self._place(item) if query.answer_type == "where" else None
            if place and place not in item.text:
                text = f"{place}: {text}"
        else:
            text = item.text
            if item.date and item.kind == "figure":
                # dated only by the article that gave it: when it was reported, not when
                # it was so ("USD 164.4 million (reported 9 April 2026)")
                reported = "reported " if item.date == self._filed(item) else ""
                if reported or item.date.human() not in text:  # not "… in 2026 (2026)"
                    text += f" ({reported}{item.date.human()})"
        return (text, *sources)

    def _leaned_on(self, item: Evidence, query: Query) -> str:
        """The sentence a statement leans on, cut short; whole, as far as a sentence is
        shown, where it holds words asked that the statement lacks ("... to lift trade to
        US$1 billion by the end of 2028", before "... signed the document")."""
        asked = {s for t in query.core for s in t.every}
        own = set(self.lexicon.stems(item.text))
        more = asked.intersection(self.lexicon.stems(item.before)) - own
        if not more:
            return clip(item.before, _BEFORE_CHARS)
        return clip(item.before, SENTENCE_CHARS, keep=self._asked_last(item.before, query))

    def _asked_last(self, text: str, query: Query) -> re.Pattern[str] | None:
        """The last word of a statement that the question asks about, with the rest of its
        clause: what a cut must keep ("... a visit Kistafin described as a precursor", asked
        what he called it; "the registration of Pakistani medicines in Kazakhstan will be
        completed within 90 working days", not "... will be…")."""
        held: list[re.Match[str]] = []
        # the words asked for, before words related to them ("Education" for "students")
        # and before how it was asked ("announced", "said")
        for asked in (
            {s for t in query.core for s in t.stems},
            {s for t in query.core for s in t.every},
            {s for t in query.terms for s in t.every},
        ):
            held = held or [m for m in _WORD.finditer(text) if stem(m[0].casefold()) in asked]
        # what was decided, where that is asked and told after the rest ("what did they agree
        # at the meeting": "... held the meeting ..., agreeing to run a pilot convoy")
        held += [
            m
            for m in _WORD.finditer(text, held[-1].end() if held else 0)
            if stem(m[0].casefold()) in self._deciding(query) and _TOLD_AFTER.match(text, m.end())
        ]
        word = re.escape(held[-1][0]) if held else None
        return re.compile(rf"\b{word}\b[^,;:.]{{0,{_CLAUSE_KEPT}}}") if word else None

    def _asks_said(self, query: Query) -> bool:
        return bool(self.lexicon.reporting & {t.stems[0] for t in query.terms})

    def _filed(self, item: Evidence) -> PartialDate | None:
        """The publication date of the earliest visible article stating it."""
        dates = [
            article.published
            for source in self._visible(item)
            if (article := self.kb.article_by_id.get(source)) and article.published
        ]
        return min(dates, key=lambda d: d.first_day) if dates else None

    def _placed(self, item: Evidence) -> tuple[tuple[str, PartialDate], ...]:
        """The sentence's date words that need its article's date, each resolved."""
        if item.kind != "sentence" or len(item.sources) != 1:
            return ()
        return self._implicit(item.text, item.sources[0])

    def _implicit(self, words: str, source: str) -> tuple[tuple[str, PartialDate], ...]:
        article = self.kb.article_by_id.get(source)
        return implicit_dates(words, article.published if article else None)

    def _calendar(self, words: str, source: str) -> str:
        """Quoted date words as the reader's calendar has them: "(next month: November 2026)";
        a month alone gets its year: "(November 2025)"."""
        placed = [
            d.human() if d.human().casefold().startswith(w.casefold()) else f"{w}: {d.human()}"
            for w, d in self._implicit(words, source)
        ]
        return " (" + "; ".join(placed) + ")" if placed else ""

    def _visible(self, item: Evidence) -> list[str]:
        return [s for s in item.sources if s in self.timeline.visible]

    def _date(self, item: Evidence, said: bool = False) -> bool:
        """Dates what was asked: a statement that carries its own date, or the report of an
        event that is dated (a detail's event date is when it was said, not when it happens,
        so it dates only what was said)."""
        if _DATE_IN_TEXT.search(item.text) or self._placed(item):
            return True
        if (item.kind == "report" or said) and item.event:
            state = next((s for s in self.timeline.states if s.event.id == item.event), None)
            return bool(state and state.set_for)
        return False

    def _own_day(self, item: Evidence) -> bool:
        """Whether a statement's own words date it to a day ("on Wednesday", "19 February")."""
        return bool(_DAY_IN_TEXT.search(item.text)) or any(d.day for _, d in self._placed(item))

    def _to_the_day(self, item: Evidence) -> bool:
        """Whether a statement, or the record of its event, dates it to a day."""
        if self._own_day(item):
            return True
        if (at := self.timeline.position.get(item.event or "")) is not None:
            return self.timeline.states[at].to_the_day
        return item.date is not None and item.date.day is not None

    def _place(self, item: Evidence) -> str | None:
        """Where a statement puts what it tells: a place it names itself ("held in Almaty",
        "near Nokkundi"), else its event's; not one its article is only about ("the 30th
        session" of an article from Islamabad was not said to be held there)."""
        places = [
            self.kb.entity_by_id[i].name
            for i in item.about
            if i in self.kb.entity_by_id and self.kb.entity_by_id[i].kind.value == "place"
        ]
        if item.verbatim:
            named = [m.group(1) for m in _IN_PLACE.finditer(item.text)]
            here = [n for n in named if n.casefold() in self.lexicon.countries] or [
                p for p in places if p in item.text
            ]
            # "near Nokkundi": a place, whether or not the KB knows it
            here = here or _NEAR_PLACE.findall(item.text)
            if here:
                return here[0]
        event = self.kb.event_by_id.get(item.event or "")
        if event and event.place and event.place in self.kb.entity_by_id:
            return self.kb.entity_by_id[event.place].name
        phrase = _PLACE_PHRASE.search(item.text)  # "the Global Transport Conference in Kazakhstan"
        return (phrase.group(1) or phrase.group(2)) if phrase else None


def _leads_with(clause: str, name: str) -> bool:
    """Whether a clause opens on the name, after at most two words of title ("Ambassador
    Kistafin", "Kazakhstan's envoy Kistafin"): its subject."""
    at = clause.find(name)
    return at >= 0 and len(clause[:at].split()) <= _TITLE_WORDS


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
