"""Structured records read out of article text: people with their roles, events, figures.

The curated layer covers the articles someone reviewed; this reads every article the same
way, so one added later becomes people, events and figures the engine can answer from. The
rules (how copy writes a title, which words report a visit, which units a figure takes) live
in ``extraction.yaml``; each record keeps its source id and a verbatim quote, so ``kb check``
proves extracted records exactly as it proves curated ones.
"""

from __future__ import annotations

import calendar
import itertools
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path

from dateparser.date import DateDataParser

from knowledge.dates import MONTH_NAMES, PartialDate
from knowledge.extract import COUNT, MONEY
from knowledge.model import Figure, FigureKind, Quote, Sentence, Status
from knowledge.records import DataError, read_yaml

RULES_FILE = Path(__file__).parent / "extraction.yaml"


@dataclass(frozen=True)
class Rules:
    countries: Mapping[str, str]
    offices: tuple[str, ...]
    ranks: tuple[str, ...]
    portfolios: frozenset[str]
    honorifics: tuple[str, ...]
    not_names: frozenset[str]
    bodies: frozenset[str]
    office_country: Mapping[str, str]
    events: Mapping[str, tuple[str, ...]]
    told_back: Mapping[str, tuple[str, ...]]
    not_events: tuple[str, ...]
    lower_offices: tuple[str, ...]
    planned: tuple[str, ...]
    targets: tuple[str, ...]
    units: Mapping[str, str]
    not_counted: frozenset[str]
    ongoing: tuple[str, ...]
    comparisons: tuple[str, ...]
    not_title: tuple[str, ...] = ()


def load_rules(path: Path = RULES_FILE) -> Rules:
    """The rules file as typed data; a malformed entry fails naming the file and key."""
    data = read_yaml(path)
    if not isinstance(data, dict):
        raise DataError(path, "top level", "expected a mapping")

    def strings(key: str, value: object | None = None) -> tuple[str, ...]:
        value = data.get(key) if value is None else value
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise DataError(path, key, "must be a list of non-empty strings")
        return tuple(value)

    def mapping(key: str) -> dict[str, str]:
        value = data.get(key)
        if not isinstance(value, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in value.items()
        ):
            raise DataError(path, key, "must map words to words")
        return value

    def titled(key: str, words: Iterable[str]) -> None:
        """Titles are matched as copy capitalises them, and only from a capital letter on."""
        if lower := [w for w in words if not w[:1].isupper()]:
            raise DataError(path, key, f"must be capitalised as in copy: {', '.join(lower)}")

    for key in ("offices", "ranks", "portfolios", "honorifics"):
        titled(key, strings(key))
    titled("countries", mapping("countries"))
    events = data.get("events")
    if not isinstance(events, dict) or not events:
        raise DataError(path, "events", "must map each kind of event to its words")
    told_back = data.get("told_back") or {}
    if not isinstance(told_back, dict) or not set(told_back) <= set(events):
        raise DataError(path, "told_back", "must map kinds of event listed under events to words")
    return Rules(
        countries=mapping("countries"),
        offices=strings("offices"),
        ranks=strings("ranks"),
        portfolios=frozenset(strings("portfolios")),
        honorifics=strings("honorifics"),
        not_names=frozenset(strings("not_names")),
        bodies=frozenset(strings("bodies")),
        office_country=mapping("office_country"),
        events={str(k): strings(f"events.{k}", v) for k, v in events.items()},
        told_back={str(k): strings(f"told_back.{k}", v) for k, v in told_back.items()},
        not_events=strings("not_events"),
        lower_offices=strings("lower_offices"),
        planned=strings("planned"),
        targets=strings("targets"),
        units=mapping("units"),
        not_counted=frozenset(strings("not_counted")),
        ongoing=strings("ongoing"),
        comparisons=strings("comparisons"),
        not_title=strings("not_title"),
    )


@dataclass(frozen=True)
class RoleMention:
    """ "Federal Minister for Railways Hanif Abbasi": one name with the title copy gives it."""

    name: str
    title: str
    country: str | None
    quote: Quote


@dataclass(frozen=True)
class EventMention:
    """A sentence reporting a visit, meeting, forum...: what kind, in what state, when."""

    kind: str
    name: str | None  # the event's own name where copy gives one ("Business Forum")
    status: Status
    date: PartialDate | None
    sentence: Sentence
    ordinal: str | None = None  # "31st" of "the 31st session": not the 32nd
    back: bool = False  # "During the meeting": the one the article has told of already


def _alternation(phrases: Iterable[str]) -> str:
    ordered = sorted(set(phrases), key=len, reverse=True)  # longest first: "Prime Minister"
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)


# an event's word that says it was done ("signed", "held talks", "visited")
# the words an appointment is told in, looked for before the costlier pattern
_MD = re.compile(r"\bMD\b")
_APPOINTED_WORDS = (
    "appointed",
    "named",
    "nominated",
    "took over",
    "taken over",
    "took charge",
    "taken charge",
    "became",
    "become",
    "served as",
    "assumed charge",
    "assumed office",
)
_DONE = re.compile(r"\w+ed|held|met|began|inked|led|made", re.IGNORECASE)
# a deed (and where it was done) right before its date: "signed in Astana in June", "the
# contract signed in June"; not "to be signed in June"
_DONE_AT = re.compile(
    r"(?<!\bbe )(?<!\bbeen )\b(\w+)\s+(?:(?:in|at)\s+(?:[A-Z][\w-]+\s+){1,2})?(?:in|on)\s+$"
)
# where a clause that reports an event ends and one about something else begins
_CLAUSE_TAIL = re.compile(r",\s+(?:and\s+)?(?:\w+ing|while|which|where|with)\b|;")


def _normal(text: str) -> str:
    """Typographic apostrophes and dashes as plain ones, character for character, so offsets
    found in the result are offsets in the original."""
    return text.replace("\u2019", "'").replace("\u2013", "-").replace("\u2011", "-")


_CAP = r"[A-Z][a-z]+(?:[-'][A-Za-z][a-z]+)*"  # Kassym-Jomart, Zia-ul-Haq
_PARTICLES = "ul|ud|ur|un|bin"  # lower-case words inside names: "Mahmood ul Hassan"
_SMALL = {"for", "of", "to", "on", "in", "the", "and", "at"}
ORDINAL = re.compile(
    r"\b(\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+){0,4}?(?:session|meeting|round|forum|congress)\b",
    re.IGNORECASE,
)
_NTH_WORDS = {
    "first": 1, "inaugural": 1, "maiden": 1, "second": 2, "third": 3, "fourth": 4,
    "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
}  # fmt: skip
_NTH = re.compile(
    rf"\b(\d+(?:st|nd|rd|th)|{'|'.join(_NTH_WORDS)})\s+(?:[\w-]+\s+){{0,4}}?"
    r"(?:session|meeting|round|forum|congress)s?\b",
    re.IGNORECASE,
)


def ordinals(text: str) -> frozenset[int]:
    """Which of its kind an occasion is, as the text numbers it: "the inaugural meeting",
    "the 31st session" (1, 31); a question for the first is not answered by the second."""
    found = (m.group(1).lower() for m in _NTH.finditer(text))
    return frozenset(_NTH_WORDS.get(n) or int(re.sub(r"\D", "", n)) for n in found)


# "was the congress the 7th?", "the second one": a number of the series asked, its noun
# left to the question before it; not a day ("on the 8th", "8th September", "May 8th")
_NTH_ASKED = re.compile(  # "did they meet for the 20th time?"
    rf"\b(\d+(?:st|nd|rd|th)|(?:{'|'.join(list(_NTH_WORDS)[3:])})(?=\s+one\b|\W*$))\b",
    re.IGNORECASE,
)
_DAY_BEFORE = re.compile(rf"\b(?:on|{'|'.join(MONTH_NAMES[1:])})(?:\s+the)?\s+$", re.IGNORECASE)
_MONTH_BEFORE = re.compile(rf"\b(?:{'|'.join(MONTH_NAMES[1:])})\s+$", re.IGNORECASE)
_DAY_AFTER = re.compile(rf"\s+(?:of\s+)?(?:{'|'.join(MONTH_NAMES[1:])})\b", re.IGNORECASE)


def ordinal_word(word: str) -> bool:
    """ "20th", "third": a place in a series, which a question may put to be checked."""
    return word.casefold() in _NTH_WORDS or bool(re.fullmatch(r"\d+(?:st|nd|rd|th)", word))


def asked_ordinals(question: str) -> frozenset[int]:
    """Which of a series a question asks of, named with its noun or not."""
    found = (
        m.group(1).lower()
        for m in _NTH_ASKED.finditer(question)
        if not _DAY_BEFORE.search(question, 0, m.start())
        and not _DAY_AFTER.match(question, m.end())
    )
    loose = frozenset(_NTH_WORDS.get(n) or int(re.sub(r"\D", "", n)) for n in found)
    return ordinals(question) | loose


_NAMED_EVENT = re.compile(
    r"(?:[A-Z][\w'-]*\s+){1,6}(?:Forum|Summit|Conference|Commission|Session|Expo|Exhibition"
    r"|Festival)\b"
    # not a body before its office: "Higher Education Commission (HEC) Chairperson"
    r"(?!\s*(?:\([A-Z]{2,}\)\s*)?(?:Chair\w*|Secretary|Director|President|Chief|Governor"
    r"|Rector|Head|Member)\b)"
    # "The Days of Kazakh Culture in Pakistan": a festival named by its days
    r"|\bDays\s+of\s+(?:[A-Z][\w'-]*\s+){0,2}Culture(?:\s+in\s+[A-Z][\w'-]*)?"
    r"|\b\d+(?:st|nd|rd|th)\s+(?i:session|meeting|round)\s+of\s+(?:the|their)\s+"
    r"(?:[A-Z][\w'-]*\s*){1,6}"
    # "the first meeting of their Joint Working Group on Agriculture": an ordinal in words,
    # a name whose capitalised words "on", "of", "for" or "and" join
    r"|\b(?i:first|second|third|fourth|fifth|inaugural|maiden)\s+(?i:session|meeting|round)"
    r"\s+of\s+(?:the|their)\s+[A-Z][\w'-]*(?:\s+(?:(?:on|of|for|and)\s+)?[A-Z][\w'-]*){0,7}"
    # "the 13th session of the intergovernmental commission", as copy often writes it
    r"|\b\d+(?:st|nd|rd|th)\s+(?i:session|meeting|round)\s+of\s+(?:the|their)\s+"
    r"(?:[a-z][\w'-]*\s+){0,3}"
    r"(?:commission|committee|working group|council|dialogue)\b"
)
# "to implement the 15 agreements signed during the state visit": documents of an occasion
# told before, named by it
_SIGNED_THEN = re.compile(
    r"\b(?:agreements?|memoranda(?:\s+of\s+understanding)?|MoUs?|documents?|deals?|accords?"
    r"|contracts?)\s+(?:that\s+were\s+|which\s+were\s+)?(?:signed|inked)\s+"
    r"(?:during|at|in)\s+(?:the|his|her|its|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:visits?|forums?|sessions?|summits?|meetings?|talks|conferences?)\b",
    re.IGNORECASE,
)
_ON_A_VISIT = re.compile(
    r"\b(?:arrived|arrives|is|was|currently)\b[^.;]{0,40}?\bon\s+(?:an?|his|her|their)\s+"
    r"(?:[\w-]+\s+){0,2}(?:state|official|working)\s+visit\b"
)
_PUT_OFF = re.compile(
    r"\b(?:postponed|put off|pushed back|rescheduled|moved|deferred)\s+(?:to|until|till|for)\b"
    # "postponed the round that was to take place on March 3-4, moving it to April 13-14"
    r"|\bpostponed\b.*?\b(?:moving|moved|pushing|pushed)\s+(?:it|them)\s+(?:back\s+)?to\b"
)
# a sentence that places its dates ahead ("will be held on 10 November"), unless the plan
# is told as past ("earlier scheduled to be held on 10th November, had been cancelled")
_AHEAD = re.compile(
    r"\b(?:will|to be held|due to|postponed to|rescheduled for|scheduled for|"
    # "moved to March", not "who moved to the Ministry of Transport"
    rf"moved to (?:\d|(?:{'|'.join(MONTH_NAMES[1:])})\b|next)|"
    # "is to leave Karachi in August": a thing arranged
    r"(?:is|are) (?:scheduled|planned|expected|due|to \w+)|forthcoming|upcoming|"
    # reported: "said the next edition would take place in Faisalabad in October"
    r"would (?:be held|take place|meet|open|start|begin|launch|visit|operate|resume|arrive|"
    r"reach|complete|finish|close|be \w+ing)|"  # "hoped the office would be operating by"
    # "planned to open a consulate", "was preparing a forum for March"
    r"plans? to|planned to|preparing|prepares|intends? to|agreed to \w+|"
    rf"for (?:{'|'.join(MONTH_NAMES[1:])}))\b",
    re.IGNORECASE,
)
_PAST_PLAN = re.compile(
    r"\b(?:had been|earlier scheduled|was scheduled|were scheduled|had planned|had intended)\b"
)
_SINCE = re.compile(r"\bsince\b[^,.;]*$", re.IGNORECASE)  # "since" earlier in the clause
# a date something runs from or until: "cuts charges by half from March 1", "flights from
# the end of March" (the day nearest the copy, as a plan's)
_FROM_THEN = re.compile(
    r"\b(?:from|starting|until|till)\s+(?:the\s+)?(?:(?:end|start|beginning|middle)\s+of\s+)?$"
    # the end of a span run from a day: "from Sept. 30 to Oct. 2"
    r"|\bfrom\s+[^,;]{1,30}?\s+(?:to|through|till|until)\s+$",
    re.IGNORECASE,
)
_PLAN_TOLD = re.compile(
    r"\b(?:was|were)\s+to\s+(?:be|take|begin|start|open|meet|hold)\b|\b(?:earlier|originally)"
    r"\s+(?:scheduled|planned)|\b(?:postponed|rescheduled|deferred|put\s+off|pushed\s+back)\b",
    re.IGNORECASE,
)
_MONTH_NAMES = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
_MONTHS_TO = r"(?:\s*[-\u2013]\s*|\s+(?:to|through)\s+)"  # "January-August", "January to August"
_MONTHS_SPAN = re.compile(
    rf"\b(?:{_MONTH_NAMES}){_MONTHS_TO}(?:{_MONTH_NAMES}),?\s+((?:19|20)\d\d)\b"
)
_MONTH_PAIR = re.compile(rf"\b(?:{_MONTH_NAMES}){_MONTHS_TO}(?:{_MONTH_NAMES})\b")
_MONTH_ALONE = re.compile(r"\b(?:earlier|later)\s+this\s+(?:month|year)\b", re.IGNORECASE)
_RELATIVE = re.compile(
    r"\b(?:on\s+)?(?:last|this|next)?\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday)\b|\b(?:yesterday|today|tomorrow)\b|\b(?:last|next|this)\s+(?:week|month|year)\b"
    r"(?!\s+of\b)",  # "the last week of January" is January's, not the week before the article
    re.IGNORECASE,
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# a weekday among others, or naming a service: "Monday, Wednesday and Saturday services",
# "the Friday flight" (whichever the text is on, it runs every week)
_WEEKDAYS_RUN = re.compile(rf",\s*{_WEEKDAY}\b|\s+(?:flights?|services?|trains?|departures?)\b")
_WEEKDAYS_RUN_END = re.compile(rf"\b{_WEEKDAY},\s*$")
_DAYS = r"\d{1,2}(?:st|nd|rd|th)?(?:\s*(?:-|\u2013|and|to)\s*\d{1,2}(?:st|nd|rd|th)?)?"  # "15-16"
_MONTH_NAMED = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.I)
_OPENING_CHARS = 30  # "During the meeting on Wednesday, ..."
_ABSOLUTE = re.compile(
    rf"\b(?:{_DAYS}\s+(?:of\s+)?)?(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|"
    rf"Dec)\b\.?)(?:\s+{_DAYS}(?!\d))?(?:,?\s+(?:19|20)\d{{2}}|\s+(?:this|last|next)\s+year)?"
    r"\b|\b(?:in|by|during)\s+(?:19|20)\d{2}\b"
)
_TOKEN = re.compile(r"\w+")
_DANGLING = frozenset(
    (
        "to",
        "of",
        "in",
        "for",
        "and",
        "or",
        "the",
        "a",
        "an",
        "with",
        "by",
        "from",
        "at",
        "on",
        "its",
        "their",
        "his",
        "her",
        "than",
    )
)
LEDE = 2  # the sentences that open a news story: they say what it is about, and it is news
_BASE = re.compile(r"\b(?:than|from|compared|against)\b", re.IGNORECASE)
_ASIDE = re.compile(
    r",\s+(?:first\s+)?(?:announced|agreed|proposed|mooted|unveiled|launched|signed)\b[^,;.]*,"
)
_CLAUSE_END = re.compile(r"[;:]|\.\s|\s(?:while|whereas|but)\s")  # a list's commas are not one
_REPORTED = re.compile(r"\b(?:said|says|told|noted|added|stated|stressed|announced)\b")
# where a number's clause ends: "$250 million when he announced the target" is no target
_CLAUSE = re.compile(r"[,;]|\s(?:when|while|whereas|after|before|which|as)\s")
_DIGIT = re.compile(r"\d")
_YEAR_WORDS = re.compile(r"\s+(this|last|next)\s+year$", re.IGNORECASE)
_SCALES = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "mln": 1e6, "m": 1e6,
    "billion": 1e9, "bn": 1e9, "bln": 1e9, "b": 1e9, "trillion": 1e12,
}  # fmt: skip
_SCALED = re.compile(r"\d(?:[\d,]*\d)?(?:\.\d+)?\s*([a-z]+)?")  # the number and the word after it
# a currency as copy marks it, as whole words: the "rs" of "dollars" is no rupee
_CURRENCIES = (
    (re.compile(r"\busd\b|\$|\bdollars?\b"), "USD"),
    (re.compile(r"\bpkr\b|\brs\b|\brs(?=\d)|\brupees?\b"), "PKR"),
    (re.compile(r"\bkzt\b|\btenge\b"), "KZT"),
    (re.compile(r"\beur\b|€|\beuros?\b"), "EUR"),
    (re.compile(r"\bcny\b|\byuan\b"), "CNY"),
)
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "twelve": 12, "fifteen": 15, "twenty": 20, "hundred": 100,
}  # fmt: skip
# the words without which _RELATIVE and _MONTH_ALONE cannot match
_RELATIVE_WORDS = frozenset(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
     "yesterday", "today", "tomorrow", "week", "month", "year")
)  # fmt: skip


@lru_cache(maxsize=512)  # a sentence is read for its roles, its event and its figures
def _tokens(text: str) -> tuple[str, ...]:
    """A sentence's words, case-folded, for the word lookups that spare a regex scan."""
    return tuple(_TOKEN.findall(text.casefold()))


class _Phrases:
    """Which of many listed phrases a sentence holds, in one pass over its words. Regular
    expressions alternating hundreds of phrases without regard to case cost more than the
    rest of extraction put together; a lookup by each phrase's first word does not."""

    def __init__(self, phrases: dict[str, tuple[str, ...]]) -> None:
        # a sentence is asked for its roles, then for its event: read once
        self.labels = lru_cache(maxsize=512)(self._labels)
        self.starts: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for label, words in phrases.items():
            for phrase in words:
                if key := tuple(_TOKEN.findall(phrase.casefold())):
                    self.starts.setdefault(key[0], []).append((key, label))

    def _labels(self, text: str) -> frozenset[str]:
        words = _tokens(text)
        found = set()
        for i, word in enumerate(words):
            for key, label in self.starts.get(word, ()):
                if len(key) == 1 or tuple(words[i : i + len(key)]) == key:
                    found.add(label)
        return frozenset(found)


class Extractor:
    """Reads people, events and figures out of sentences by the rules of ``extraction.yaml``."""

    def __init__(self, rules: Rules) -> None:
        self.rules = rules
        # "During the meeting", "at the signing ceremony", "during his stay": an occasion told
        # of before; not
        # "the state visit of President Tokayev", which names whose it is
        self.back = {
            kind: re.compile(
                rf"\b(?:the|this|that|his|her|their)\s+(?:[\w-]+\s+)?(?:{_alternation(words)})\b"
                r"(?!\s+(?:of|with|by|between|to)\s+[A-Z])",
                re.IGNORECASE,
            )
            for kind, words in rules.events.items()
        }
        self.named = {
            kind: re.compile(rf"\b(?:{_alternation(words)})\b", re.IGNORECASE)
            for kind, words in rules.events.items()
        }
        # "The two-day session, held ... on 15 and 16 September, ...": the article's own
        self.told_back = {
            kind: re.compile(
                rf"^\s*(?:the|this|that)\s+(?:[\w-]+\s+)?(?:{_alternation(words)})\b",
                re.IGNORECASE,
            )
            for kind, words in rules.told_back.items()
        }
        countries = _alternation(rules.countries)
        ranks = _alternation(rules.ranks)
        portfolio = _alternation(rules.portfolios)
        self.offices = _alternation(rules.offices)
        self.office_words = frozenset(w for o in rules.offices for w in o.split() if len(w) > 3)
        office = (  # "Deputy Prime Minister", "Transport Minister", "Minister for Trade and
            # Integration", "Ambassador to Pakistan"
            # ("trade and investment counsellor": two portfolios joined)
            rf"(?:(?:{ranks})\s+)*(?:(?:{portfolio}|{_ACRONYM})(?:\s+(?:and|&)\s+(?:{portfolio}))?\s+){{0,2}}"
            rf"(?:{self.offices})"
            # ("Chairman of Pakistan's Higher Education Commission": the body's country)
            rf"(?:\s+(?:for|of|to|on|in)\s+(?:the\s+)?(?:(?:{countries})['\u2019]s\s+)?(?:{portfolio})\b"
            # "Minister of Trade and Integration of the Republic of Kazakhstan"
            rf"(?:(?:\s+|\s*,\s*|\s+(?:and|&|of|to|for)\s+)(?:the\s+)?(?:{portfolio})\b)*)?"
            # "Additional Secretary (Commerce)", "Minister for Energy (Power Division)"
            # ("... Commission (HEC)": its initials)
            rf"(?:\s*\((?:{portfolio}|{_CAP}|{_ACRONYM})(?:\s+(?:{portfolio}|{_CAP})){{0,2}}\))?"
        )
        when = _alternation(rules.not_title)  # "Kazakhstan's new Minister of Agriculture"
        role = (
            rf"(?:(?P<country>{countries})\s+(?:(?i:{when})\s+)?)?{office}"
            rf"(?:\s+(?:of|from)\s+(?:{countries}))?(?:\s+and\s+{office})*"
        )
        # "On the Pakistani side, Minister for Railways Hanif Abbasi ... took part": the
        # people listed after it are that country's, where their titles do not say
        self.side = re.compile(
            rf"\b(?:(?:On|From)\s+(?:the\s+)?(?P<country>{countries})\s+side\b"
            rf"|(?:[Tt]he\s+)?(?P<led>{countries})(?:\s+side)?\s+was\s+(?:led|headed|represented)\s+by\b)"
        )
        # "Kazakhstan's Deputy Prime Minister ... was accompanied by Minister of Transport
        # Nurlan Sauranbayev": those in someone's company are of that person's country
        self.company = re.compile(r"\b(?:accompanied by|along with|joined by)\b")
        honorific = _alternation(rules.honorifics)
        self.not_title = re.compile(rf"(?i)\b(?:{_alternation(rules.not_title)})\s+")
        self.of_country = re.compile(
            rf"\bof\s+(?:the\s+)?(?:(?:Islamic\s+)?Republic\s+of\s+)?({countries})\b"
        )
        # "Fauji Foundation managing director Saqib Rafiq": an office copy writes in lower
        # case, after the body it belongs to, before a name of two words or more
        # found by the office (a plain alternation, quick), then the body before it
        lower = _alternation(rules.lower_offices)
        self.lower_office = re.compile(
            rf"\b(?:{lower})(?=\s+{_CAP}\s+{_CAP}|\s+of\s+(?:the\s+)?(?:[a-z]+\s+){{0,2}}"
            rf"(?:of\s+(?:the\s+)?)?[A-Z]|,\s+{_CAP}\s+{_CAP})"
        )
        # "the committee's chairman, Yerbol Kassymov": the office of a body named before
        self.possessor = re.compile(r"\b(?P<body>[a-z]+)['\u2019]s\s+$")
        # a body as copy writes it, in words or run together ("OntustikGasTrade")
        body = r"[A-Z][A-Za-z]+(?:[-'][A-Za-z]+)*"
        self.lower_body = re.compile(rf"\b(?:{body}\s+){{0,3}}{body}\s+$")
        self.lower_body_and = re.compile(rf"\b(?:{body}\s+){{0,3}}{body}\s+[a-z]+\s+and\s+$")
        # "Zhetisu Airways President Timur Abdrakhmanov": a title after the body it is of
        self.body_run = re.compile(
            # ("Higher Education Commission (HEC) Chairperson": the body and its initials)
            rf"\b(?P<body>(?:{body}\s+){{0,3}}(?:{_alternation(rules.bodies)})(?:\s+\([A-Z]{{2,}}\))?"
            rf"|[A-Z]{{2,}})\s+$"
        )
        # "State Bank of Pakistan Governor Dr Nadia Rehman": the body's name ends in the
        # country a title was read with ("Pakistan Governor")
        self.body_of = re.compile(
            rf"\b(?P<body>(?:{body}\s+){{0,3}}(?:{_alternation(rules.bodies)}))\s+of\s+(?:the\s+)?$"
        )
        self.lower_name = re.compile(rf"\s+(?P<name>{_CAP}(?:\s+{_CAP}){{1,3}})\b")
        # "the new chief executive officer of Pakistan Railways, Mr. Khurram Niazi", "the
        # chairman of Kazakhstan's national railway company, Talgat Aldybergenov"
        self.lower_of = re.compile(
            # "of the management board of Kazakhstan Temir Zholy (KTZ), Daniyar Kuanyshev"
            rf"\s+of\s+(?:the\s+)?(?:[a-z]+\s+(?:[a-z]+\s+)?of\s+(?:the\s+)?)?"
            rf"(?:{_CAP}(?:\s+{_CAP}){{0,3}}(?:\s*\([A-Z]{{2,}}\))?"
            rf"|(?:{countries})\s+(?:[a-z]+\s+){{0,3}}[a-z]+)"
            # "The chairman of Kazakh Tourism, the national company that promotes Kazakhstan
            # abroad, Yerlan Mukashev": what the body is, set off by commas
            rf"(?P<aside>,\s+(?:the|a|an)\s+[a-z][^,;]{{0,80}}?)?"
            # the comma: "managing director of Indus Gas Marketing" holds no name
            rf",\s+(?:(?:{honorific})\s+)?(?P<name>{_CAP}(?:\s+{_CAP}){{1,3}})\b"
        )
        # "Ruslan Ismailov, chief executive officer of KTZ Express": the name before it
        self.name_before = re.compile(
            rf"\b(?:(?:{honorific})\s+)?(?P<name>{_CAP}(?:\s+{_CAP}){{1,3}}),\s+(?:the\s+)?$"
        )

        body_word = rf"(?:{_CAP}|[A-Z]{{2,}})"  # "KTZ Express", "the NLC"
        # "of KTZ Express", "of the national company Kazakh Tourism", "of the management
        # board of KTZ"
        self.of_body = re.compile(
            rf"\s+of\s+(?:the\s+)?(?:[a-z]+\s+){{0,2}}(?:of\s+(?:the\s+)?)?"
            rf"(?:{body_word}\s+){{0,3}}{body_word}\b"
            # "of the Committee for Technical Regulation and Metrology": a body for a field
            rf"(?:\s+for\s+(?:{body_word}\s+(?:and\s+)?){{0,3}}{body_word}\b)?"
        )
        self.honorific_end = re.compile(rf",?\s+(?:{honorific})$")
        self.lower_comma = re.compile(
            rf",\s+(?:(?:{honorific})\s+)?(?P<name>{_CAP}(?:\s+{_CAP}){{1,3}})\b"
        )
        # ("Prof Dr Asad Iqbal Ranjha", "Engr Dr Imran Haider": honorifics run together)
        # ("Mahmood ul Hassan Gilani": a particle joins two names)
        name = (
            rf"(?:(?:{honorific})\s+){{0,2}}"
            rf"(?P<name>{_CAP}(?:\s+(?:(?:{_PARTICLES})\s+)?{_CAP}){{0,3}})"
        )
        # "Kazakhstan's Ambassador to Pakistan, Yerzhan Kistafin" / "Prime Minister Shehbaz Sharif"
        self.title_first = re.compile(rf"\b(?=[A-Z])(?P<role>{role})\s*,?\s+{name}\b")
        # after a country copy may write the office in lower case ("Kazakhstan's new
        # ambassador to Pakistan, Serik Temirbolat"); looked for where such a word is
        self.lower_title = re.compile(
            rf"\b(?P<role>(?P<country>{countries})\s+(?i:{office}))\s*,?\s+{name}\b"
        )
        lowered = _alternation({o.lower() for o in rules.offices})
        self.lower_word = re.compile(rf"\b(?:{lowered})\b")
        # "Hanif Abbasi, the federal minister for railways," (copy's second way)
        after_name = rf",\s+(?:the\s+|a\s+)?(?P<role>(?i:{role}))(?=\s*[,.;]|\s+(?:said|says)\b)"
        self.name_first = re.compile(rf"\b(?=[A-Z]){name}{after_name}")
        # the comma and title alone: found from each comma, far cheaper than trying a name
        # at every capital; most sentences have none, and skip the full look
        self.title_after_comma = re.compile(after_name)
        # "Daniyar Amanbayev was appointed Minister of Trade and Integration"
        # "of Steppe-Indus Solar", "of the management board of Zhasyl Qazaq Energy"
        of_body = (
            rf"\s+of\s+(?:the\s+)?(?:[a-z]+\s+){{0,2}}(?:of\s+(?:the\s+)?)?"
            rf"(?:{body_word}[\s-]+){{0,3}}{body_word}\b"
            # "Chairperson of the Management Board of Kazakh Tourism": the board's body
            rf"(?:\s+of\s+(?:the\s+)?(?:{body_word}[\s-]+){{0,3}}{body_word}\b)?"
        )
        self.appointed = re.compile(
            # ("His predecessor, Yerzhan Kistafin, was appointed ...": set off by commas; "X,
            # currently head of ... at Zhasyl Qazaq, has been named ...": an aside, whose
            # last words are a body, not the one named; "X, who has been named ...")
            rf"(?<!\bat\s)(?<!\bof\s)\b(?=[A-Z]){name}(?:,\s+(?!and\s|or\s|but\s)[a-z][^,;]{{0,80}}?(?:,|(?=\s+who\s)))?,?\s+"
            rf"(?:who\s+)?(?:(?:was|has\s+been|had\s+been|is)\s+(?:appointed|named|nominated)"
            rf"|(?:took|has\s+taken|had\s+taken)\s+(?:over|charge)|became|has\s+become"
            rf"|(?:has\s+|had\s+)?assumed\s+(?:charge|office)"  # "assumed charge as MD PMDC"
            rf"|(?:has\s+|had\s+)?served)\s+"  # "Kistafin, a career diplomat, served as ..."
            rf"(?:as\s+)?(?:the\s+)?(?P<role>(?i:{role})(?:{of_body}|\s+[A-Z]{{2,}}\b)?)\b"
        )
        # "Her predecessor, Farhan Ali Junejo, has been posted to Tashkent as trade and
        # investment counsellor": the office, where it is held
        self.posted = re.compile(
            rf"\b(?=[A-Z]){name},?\s+(?:was|has\s+been|had\s+been|is)\s+"
            rf"(?:posted|transferred|moved)\s+to\s+(?P<place>{_CAP})\s+as\s+(?:the\s+)?"
            rf"(?P<office>(?i:{role}))\b"
        )
        # "Steppe-Indus Solar, the joint venture of ..., has appointed Dana Utepova as its
        # chief executive officer": the body's office
        self.appoints = re.compile(
            rf"(?P<body>{_CAP}(?:\s+{_CAP}){{0,3}})(?:,\s+[^,;]{{1,120}},)?\s+"
            rf"(?:has\s+|have\s+)?(?:appointed|named)\s+{name}\s+as\s+(?:its|their)\s+"
            rf"(?:new\s+)?(?P<office>(?i:{office}))\b"
        )
        # "His successor, Askar Tazhibayev, presented ...": the office of the one before
        self.successor_named = re.compile(
            # ("His successor in Islamabad, Nurlan Sadykbekov, ...": where he holds it)
            rf"\b(?:[Hh]is|[Hh]er)\s+(?:successor|replacement)(?:\s+(?:in|at)\s+{_CAP})?\s*,?\s+"
            rf"(?:(?:{honorific})\s+)?"
            rf"(?P<name>{_CAP}(?:\s+{_CAP}){{1,3}})\b"
        )
        # "took charge as PARC chairman last month after Dr Imtiaz Hussain Gondal completed
        # his tenure": the one before in the office just named
        self.tenure_ended = re.compile(
            rf"\b(?:after|when)\s+(?:(?:{honorific})\s+)?(?P<name>{_CAP}(?:\s+{_CAP}){{1,3}})\s+"
            rf"(?:completed|finished|ended|concluded)\s+(?:his|her)\s+(?:tenure|term)\b"
        )
        # "He succeeded Ambassador Sajid Bilal": the one before in the same office
        self.predecessor_named = re.compile(
            rf"\b(?:succeeded|succeeds|replaced|replaces|replacing|succeeding)\s+"
            rf"(?:(?:{honorific})\s+)?(?:{office}\s+)?(?P<name>{_CAP}(?:\s+{_CAP}){{1,3}})\b"
        )
        self.phrases = _Phrases(
            {
                **{f"event:{kind}": words for kind, words in rules.events.items()},
                "planned": rules.planned,
                "ongoing": rules.ongoing,
                "office": rules.offices,
                "lower_office": rules.lower_offices,
                "not_event": rules.not_events,
            }
        )
        self.not_event = re.compile(rf"\b(?:{_alternation(rules.not_events)})\b", re.IGNORECASE)
        self.target = re.compile(rf"\b(?:{_alternation(rules.targets)})\b", re.IGNORECASE)
        # ", 46 percent more than in the same period last year": a clause that tells how the
        # figure before it compares is part of what that figure says
        self.compared = re.compile(
            rf",\s*(?:(?:by\s+)?\d(?:[\d,]*\d)?(?:\.\d+)?\s*(?:%|percent|per cent)?\s+)?"
            rf"(?:{_alternation(rules.comparisons)})\b(?:[^,;()]|,(?=\d))*?(?=,(?!\d)|[;()]|\.(?!\d)|$)",
            re.IGNORECASE,
        )
        unit_words = _alternation(rules.units)
        self.unit_words = frozenset(_TOKEN.findall(" ".join(rules.units).casefold()))
        self.measured = re.compile(
            rf"(?<![\w.])(?P<number>\d(?:[\d,]*\d)?(?:\.\d+)?)(?:\s*|-)(?:(?P<scale>million|billion|thousand)"
            rf"\s+)?(?P<unit>{unit_words})(?!\w)",
            re.IGNORECASE,
        )

    # -- people ------------------------------------------------------------------------

    def roles(self, sentence: Sentence) -> list[RoleMention]:
        """Every name the sentence gives a title, as written (one-word names included:
        "President Tokayev" names someone another sentence names in full)."""
        text = _normal(sentence.text)
        found: list[RoleMention] = []
        labels = self.phrases.labels(text)  # no title, no role: one cheap look
        spans: list[tuple[str, str, int, int]] = []  # (name, role, start, end) as written
        if "office" in labels:
            patterns = [self.title_first]
            if self.title_after_comma.search(text):  # "Hanif Abbasi, the federal minister"
                patterns.append(self.name_first)
            if self.lower_word.search(text):  # "Kazakhstan's new ambassador to Pakistan, X"
                patterns.append(self.lower_title)
            if " posted " in text or " transferred " in text or " moved " in text:
                spans += [
                    (m["name"], f"{m['office']} in {m['place']}", *m.span())
                    for m in self.posted.finditer(text)
                ]
            if any(f" {w} " in text for w in _APPOINTED_WORDS):
                patterns.append(self.appointed)  # rare: looked for only where it may be
                spans += [
                    (m["name"], f"{m['office']} of {m['body']}", *m.span())
                    for m in self.appoints.finditer(text)
                ]
            for pattern in patterns:
                spans += [
                    self._body_before(text, m.group("name"), m.group("role"), *m.span())
                    if pattern is self.title_first
                    else (m.group("name"), m.group("role"), *m.span())
                    for m in pattern.finditer(text)
                ]
        if "lower_office" in labels:  # "Fauji Foundation managing director Saqib Rafiq"
            for office in self.lower_office.finditer(text):
                body = self.lower_body.search(text, 0, office.start())
                # "Zhetisu Airways president and chief executive Timur Abdrakhmanov"
                body = body or self.lower_body_and.search(text, 0, office.start())
                if after := self.lower_name.match(text, office.end()):
                    start = body.start() if body else office.start()
                    spans.append(
                        (after.group("name"), text[start : office.end()], start, after.end())
                    )
                elif (of := self.lower_of.match(text, office.end())) and self._name(of["name"]):
                    cut = of.start("aside") if of["aside"] else of.start("name")
                    role = text[office.start() : cut].rstrip(", ")
                    role = self.honorific_end.sub("", role)
                    spans.append((of.group("name"), role, office.start(), of.end()))
                elif (
                    before := self.name_before.search(
                        text, max(0, office.start() - 60), office.start()
                    )
                ) and (body_after := self.of_body.match(text, office.end())):
                    role = text[office.start() : body_after.end()]
                    spans.append((before["name"], role, before.start(), body_after.end()))
                elif (owner := self.possessor.search(text, 0, office.start())) and (
                    named := self.lower_comma.match(text, office.end())
                ):
                    role = f"{office.group(0)} of the {owner['body']}"
                    spans.append((named["name"], role, owner.start(), named.end()))
        if not spans:
            return found
        if " tenure" in text or " term" in text:
            spans += self._before_them(text, spans)
        spans = list(dict.fromkeys(spans))  # a capitalised title the lower-case look found too
        cued = " side" in text or " by " in text  # "on the Pakistani side", "led by"
        sides = list(self.side.finditer(text)) if cued else []
        for raw_name, role, start, end in spans:
            name = self._name(raw_name)
            if not name:
                continue
            country = self._country(role)
            cues = [c for c in sides if c.end() <= start]
            if country is None and cues:  # the nearest "on the Pakistani side" before it
                cue = cues[-1]
                country = self.rules.countries[cue.group("country") or cue.group("led")]
            company = self.company.search(text, 0, start)
            if country is None and company and not _CLAUSE_END.search(text, company.end(), start):
                earlier = [m for m in found if m.country and text.find(m.name) < company.start()]
                country = earlier[-1].country if earlier else None
            found.append(
                RoleMention(
                    name=name,
                    title=self._title(role),
                    country=country,
                    quote=Quote(sentence.source, sentence.text[start:end]),
                )
            )
        return found

    def _body_before(
        self, text: str, name: str, role: str, start: int, end: int
    ) -> tuple[str, str, int, int]:
        """A title with the body named right before it ("Pakistan Railways Chief Executive",
        "Zhetisu Airways President"), where the title names none of its own."""
        if " of " in role or " for " in role:
            return name, role, start, end
        if (body := self.body_of.search(text, 0, start)) is not None:
            return name, f"{body['body']} of {role}", body.start(), end
        if (body := self.body_run.search(text, 0, start)) is None:
            return name, role, start, end
        return name, f"{body['body']} {role}", body.start(), end

    def _before_them(
        self, text: str, spans: list[tuple[str, str, int, int]]
    ) -> list[tuple[str, str, int, int]]:
        """The one whose tenure ended as another took the office just named: that office,
        quoted from the office to his name."""
        found = []
        for ended in self.tenure_ended.finditer(text):
            taking = [s for s in spans if s[3] <= ended.start()]
            if taking:
                _, role, start, _ = max(taking, key=lambda s: s[3])
                found.append((ended["name"], role, start, ended.end("name")))
        return found

    def successor(self, sentence: Sentence) -> tuple[str, Quote] | None:
        """The name a sentence gives someone's successor, with its quote, where it gives him
        no title of his own ("His successor, Askar Tazhibayev")."""
        text = _normal(sentence.text)
        if "successor" not in text and "replacement" not in text:
            return None
        found = self.successor_named.search(text)
        name = self._name(found.group("name")) if found else None
        if not (found and name):
            return None
        return name, Quote(sentence.source, sentence.text[found.start() : found.end()])

    def predecessor(self, sentence: Sentence) -> str | None:
        """The name of the one a sentence says someone succeeded or replaced."""
        found = self.predecessor_named.search(_normal(sentence.text))
        return self._name(found.group("name")) if found else None

    def _name(self, raw: str) -> str | None:
        """The name without words that cannot be one ("Minister", "Karachi", "The")."""
        tokens = raw.split()
        if tokens:
            tokens[-1] = tokens[-1].removesuffix("'s")
        if tokens and tokens[-1] in self.rules.bodies:
            return None  # "Logistics Cell": a body, not a man
        while tokens and (tokens[-1] in self.rules.not_names or tokens[-1] in _SMALL):
            tokens.pop()
        if not tokens or any(t in self.rules.not_names for t in tokens):
            return None
        if any(t in self.rules.portfolios or t in self.rules.countries for t in tokens):
            return None
        if any(t.removesuffix("s") in self.office_words for t in tokens):
            return None  # "Deputy Ministers": an office, however many hold it
        return " ".join(tokens)

    def _title(self, role: str) -> str:
        """The office as a title: "federal minister for railways" reads "Federal Minister for
        Railways"; country words kept as copy wrote them; "new" and "current" say when, not
        what, so they go."""
        role = self.not_title.sub("", role)
        role = _MD.sub("Managing Director", role)  # "MD PMDC": one office however written
        words = role.split()
        return " ".join(w if w.lower() in _SMALL else w[:1].upper() + w[1:] for w in words)

    def _country(self, role: str) -> str | None:
        first = role.split()[0] if role.split() else ""
        for word in (first, first.capitalize()):
            if word in self.rules.countries:
                return self.rules.countries[word]
        if of := self.of_country.search(role):  # "Minister ... of the Republic of Kazakhstan"
            return self.rules.countries[of.group(1)]
        for office, country in self.rules.office_country.items():
            if office.casefold() in role.casefold():
                return country
        return None

    # -- events --------------------------------------------------------------------------

    def events(self, sentence: Sentence, published: PartialDate | None) -> EventMention | None:
        """The event a sentence reports, if it reports one, dated against the article."""
        # "the Expo, announced when the protocol was signed in January, will be held from
        # April 16 to 18": an aside on its past is neither its kind nor its date
        text = _ASIDE.sub(",", sentence.text)
        labels = self.phrases.labels(text)
        if "not_event" in labels:  # "received the title": the event words outside it
            labels = self.phrases.labels(self.not_event.sub(" ", text))
        # undated, it reports nothing of that occasion either; dated ("... signed during the
        # state visit on November 11-12"), it dates the occasion (below)
        then = "event:signing" in labels and not _ABSOLUTE.search(text)
        if then and _SIGNED_THEN.search(text):
            labels = self.phrases.labels(_SIGNED_THEN.sub(" ", text))
        kinds = [kind for kind in self.rules.events if f"event:{kind}" in labels]
        if not kinds:
            kinds = [k for k, opening in self.told_back.items() if opening.match(text)]
            if not kinds:
                return None
            return EventMention(
                kind=kinds[0],
                name=None,
                status=Status.PLANNED if "planned" in labels else Status.TOOK_PLACE,
                date=self.date(text, published),
                sentence=sentence,
                back=True,
            )
        if "visit" in kinds and _ON_A_VISIT.search(text):
            # "Khan, who arrived on a three-day official visit, held talks with ...": the
            # talks are the visit's; the visit is the occasion the sentence reports
            kinds.remove("visit")
            kinds.insert(0, "visit")
        # "During the meeting, ...": a sentence opening on an occasion is of it
        opening = self.back[kinds[0]].search(text, 0, _OPENING_CHARS)
        scene = text
        dated = _ABSOLUTE.search(text)
        if dated and not _MONTH_NAMED.search(dated.group(0)):
            dated = None  # "since they opened talks in 2025": a year is no occasion's day
        if len(kinds) > 1 and not opening and dated:
            kinds.sort(key=lambda kind: self._before_date(kind, text, dated.start()))
            if (gap := self._before_date(kinds[0], scene, dated.start())) < len(scene):
                # dated by the date its words stand before: "on Wednesday constituted a task
                # force ... signed during the state visit ... on November 11-12"
                scene = scene[dated.start() - gap :]
        named = _NAMED_EVENT.search(_normal(text))
        # the event's own clause: "on Wednesday signed 11 agreements ..., agreeing to open
        # talks early next year" reports a signing done, whatever comes next year; "... the
        # 31st session ..., where both sides agreed to raise trade ... by 2029" is no 2029
        # session
        told = self.named[kinds[0]].search(scene)
        tail = _CLAUSE_TAIL.search(scene, told.end()) if told else None
        scene = scene[: tail.start()] if tail else scene
        planned = "planned" in (self.phrases.labels(scene) if tail else labels)
        if planned and told and _DONE.fullmatch(told.group(0)):
            # "on Tuesday signed an arrangement that will let traders ...": signed, done;
            # only a word of plan before the deed makes it one ("is expected to sign")
            planned = "planned" in self.phrases.labels(scene[: told.start()])
        if named and told and self.date(scene[told.start() :], published):
            # "agreed in July ... and was endorsed at the 31st session ... in September": a
            # named occasion's date is the one its own words stand before
            scene = scene[told.start() :]
        # "Speaking at the forum, he said trade doubled in 2025": what was said is dated,
        # not the occasion it was said at
        if (said := _REPORTED.search(scene)) and f"event:{kinds[0]}" in self.phrases.labels(
            scene[: said.start()]
        ):
            scene = scene[: said.start()]
        # (in the whole sentence: "postponed the round ..., moving it to April 13-14")
        put_off = _PUT_OFF.search(scene) or _PUT_OFF.search(text)
        later = put_off.string[put_off.end() :] if put_off else ""
        if put_off and self.date(later, published):
            # "was to be held from November 16 to 22, have been postponed to April": the
            # date it was put off to is its date now
            scene, planned = later, True
        when = self.date(scene, published, future=planned)
        ongoing = not planned and "ongoing" in labels
        if when is None and ongoing and published and published.month:  # "currently on a visit"
            when = PartialDate(published.year, published.month)
        # a story's lede reports what has just happened: "Speaking at a book launch, the
        # ambassador said ..." in an article of 27 May 2025 is of May 2025
        lede = sentence.number <= LEDE and not planned
        if when is None and lede and published and published.month:
            when = PartialDate(published.year, published.month)
        if when is not None and published is not None and when.first_day > published.last_day:
            planned = True
        ordinal = (named and ORDINAL.search(named.group(0))) or ORDINAL.search(text)
        return EventMention(
            kind=kinds[0],
            # "the 31st session of their Intergovernmental Joint Commission": of the
            name=_titled(named.group(0).strip().replace(" of their ", " of the "))
            if named
            else None,
            status=Status.PLANNED if planned else Status.TOOK_PLACE,
            date=when,
            sentence=sentence,
            ordinal=ordinal.group(1).casefold() if ordinal else None,
            # "During his stay, he will hold talks ...": of the stay, whichever kind leads
            back=bool(self.back[kinds[0]].search(text))
            or any(self.back[kind].search(text, 0, _OPENING_CHARS) for kind in kinds),
        )

    def _before_date(self, kind: str, text: str, at: int) -> int:
        """How far before the date a sentence gives its nearest word for this kind of event
        stands: "the exchange of agreements during the state visit ... on November 3-4" dates
        the visit, which its own words then report. Kinds named only after it sort last, in
        the rules' order (the sort is stable)."""
        ends = [m.end() for m in self.named[kind].finditer(text, 0, at)]
        return at - ends[-1] if ends else len(text)

    def date(
        self, text: str, published: PartialDate | None, future: bool = False
    ) -> PartialDate | None:
        """The date a sentence gives, resolved against the article's publication date and
        as precise as the words: "next month" is a month, "on Tuesday" a day. An undated
        article dates nothing its words leave relative."""
        # a cheap look first: most sentences name no span of months
        spanned = "-" in text or "\u2013" in text or " to " in text or " through " in text
        if spanned and (span := _MONTHS_SPAN.search(text)):  # "January-August 2026": the year
            return PartialDate(int(span.group(1)))
        if spanned and (pair := _MONTH_PAIR.search(text)):
            # "July-April of FY2025-26": months of no one year, so no date of the sentence's
            text = f"{text[: pair.start()]}{text[pair.end() :]}"
        relative = not _RELATIVE_WORDS.isdisjoint(_tokens(text))
        patterns = (_ABSOLUTE, _RELATIVE) if relative else (_ABSOLUTE,)
        since = "since" in text
        at = 0
        # the first the sentence gives, not "since 2025" ("signed on Monday, the first
        # since talks opened in 2025")
        while said := [m for p in patterns if (m := p.search(text, at))]:
            match = min(said, key=lambda m: m.start())
            at = match.end()
            if since and _SINCE.search(text, 0, match.start()):
                continue
            plan = _planned_then(text) or bool(_FROM_THEN.search(text, 0, match.start()))
            found = _resolve(match.group(0), published, future, plan)
            if found is not None:
                return found
        if relative and published is not None and _MONTH_ALONE.search(text):
            return PartialDate(published.year, published.month) if "month" in text else None
        return None

    # -- figures -------------------------------------------------------------------------

    def _kind(self, text: str, quote: str) -> FigureKind:
        """An aim when a target word leads up to the number in its clause ("a target of $1
        billion", "to reach 100 million tonnes by 2029") or names it right after ("a $1
        billion target"); not anywhere in its sentence ("$250 million did not reflect the
        real potential" is what trade is, not what it should be)."""
        at = text.find(quote)
        before = _CLAUSE.split(text[:at])[-1][-60:]
        after = " ".join(_CLAUSE.split(text[at + len(quote) :])[0].split()[:2])
        near = f"{before}{quote} {after}"
        return FigureKind.TARGET if self.target.search(near) else FigureKind.ACTUAL

    def figures(self, sentence: Sentence, published: PartialDate | None) -> list[Figure]:
        """Amounts, counts and measured quantities with the words they qualify."""
        text, words = sentence.text, _tokens(sentence.text)
        digits = _DIGIT.search(text) is not None
        if not digits and NUMBER_WORDS.keys().isdisjoint(words):
            return []  # no figure at all: most sentences
        units = digits and ("%" in text or not self.unit_words.isdisjoint(words))
        found: list[tuple[str, float, str, str]] = []  # (quote, value, unit, measures)
        spans: list[tuple[int, int]] = []

        def add(match: re.Match[str], value: float, unit: str, measures: str) -> None:
            # "fell 31.63 percent." measures what comes before it
            measures = measures or _around(text, match.start(), match.end())
            if not measures:
                return  # a bare number: nothing to tell a reader what it counts
            measures += self._comparison(text, match.end())
            if not any(match.start() < end and start < match.end() for start, end in spans):
                spans.append(match.span())
                found.append((match.group(0), value, unit, measures))

        last = -1
        for match in MONEY.finditer(text) if digits else ():
            if last >= 0 and _RANGE_TO.fullmatch(text, last, match.start()):
                continue  # "$4,000 to $6,000": the top of the range is read with its bottom
            last = match.end()
            amount, currency = _money(match.group(0))
            if amount is not None:
                add(match, amount, currency, _around(text, match.start(), match.end()))
        for match in self.measured.finditer(text) if units else ():
            number = float(match.group("number").replace(",", ""))
            scale = _SCALES.get((match.group("scale") or "").lower(), 1)
            unit = self.rules.units.get(match.group("unit").lower(), match.group("unit"))
            # a share is of what comes before it: "trade rose by 18 percent year on year"
            around = unit == "percent"
            measures = _around(text, *match.span()) if around else _after(text, match.end())
            add(match, number * scale, unit, measures)
        for match in COUNT.finditer(text):
            if _MONTH_BEFORE.search(text, 0, match.start()):
                continue  # "from June 1 citizens of Pakistan will ...": a day, no count
            counted = _count(match.group(0))
            if counted is not None and counted[1] not in self.rules.not_counted:
                add(match, *counted, _after(text, match.end()) or counted[1])  # "37 agreements"
        if not found:
            return []
        return [
            Figure(
                id=f"x-{sentence.source}-{sentence.number}-{i}",
                measures=measures,
                value=value,
                unit=unit,
                kind=self._kind(text, quote),
                topics=sentence.topics,
                quotes=(Quote(sentence.source, quote),),
                date=self._figure_date(text, start, spans, published),
            )
            for i, ((quote, value, unit, measures), (start, _)) in enumerate(
                zip(found, spans, strict=True), start=1
            )
        ]

    def _comparison(self, text: str, end: int) -> str:
        """The clause right after a figure's own that compares it (", 46 percent more than
        in the same period last year"), when the figure's words run on to that clause."""
        comma = text.find(",", end)
        if comma < 0 or _CLAUSE_END.search(text, end, comma):
            return ""
        clause = self.compared.match(text, comma)
        return clause.group(0) if clause else ""

    def _figure_date(
        self, text: str, at: int, figures: list[tuple[int, int]], published: PartialDate | None
    ) -> PartialDate | None:
        """A figure's date: its own clause's ("$182 million during July-April", not the "last
        year" of the "$153.7 million" compared with it); else one a clause without a figure
        gives ("In 2025, trade rose to ..."); else the article's. Months of two years
        ("July-April of FY2025-26") date it to no one month or year."""
        bounds = [0, *(m.end() for m in _CLAUSE.finditer(text)), len(text) + 1]
        clauses = list(itertools.pairwise(bounds))
        own = next(c for c in clauses if c[0] <= at < c[1])
        if base := _BASE.search(text, at, own[1]):  # "46 percent more than last year": the
            own = (own[0], base.start())  # year compared with is not the figure's
        if date := self.date(text[own[0] : own[1]], published):
            return date
        if _MONTH_PAIR.search(text, own[0], own[1]):
            return None
        shared = [c for c in clauses if not any(c[0] <= f < c[1] for f, _ in figures)]
        dates = (self.date(text[a:b], published) for a, b in shared)
        return next((d for d in dates if d), published)


def _planned_then(text: str) -> bool:
    """Whether a sentence tells of a plan as of some time before ("was to take place",
    "earlier scheduled", "postponed"), so its days may be ahead of the copy or behind it."""
    return bool(_PLAN_TOLD.search(text))


def _nearest(day: date, base: date, words: str) -> date:
    """A day and month with no year, of a plan told as past, is the one nearest the copy's
    date: "the round that was to take place on March 3-4", in February's copy, is the March
    ahead, not the one eleven months back; "earlier scheduled for 10th November", in the
    copy of 18 November, the one just passed."""
    if _RELATIVE.fullmatch(words) or re.search(r"\b(?:19|20)\d{2}\b", words):
        return day
    try:
        ahead = day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day
    return ahead if abs((ahead - base).days) < abs((base - day).days) else day


def _titled(name: str) -> str:
    """ "first meeting of the Joint Working Group" as a name opens: "First meeting ..."."""
    return name[:1].upper() + name[1:]


@lru_cache(maxsize=4096)  # answers show the same sentences again and again
def said_ahead(text: str) -> bool:
    """Whether a sentence speaks of something still to come when it was written ("will be
    held", "would take place"), not of a plan that has passed."""
    return bool(_AHEAD.search(text)) and not _PAST_PLAN.search(text)


@lru_cache(maxsize=4096)  # an answer's lines are read for dates again and again
def implicit_dates(
    text: str, published: PartialDate | None
) -> tuple[tuple[str, PartialDate], ...]:
    """Date words a reader cannot place without the article's date ("next month", "on 3 and
    4 March", "on Tuesday"), each with the date it stands for."""
    found = []
    # "Pakistan's July–June fiscal year": a span of months names no month of any year
    spans = [m.span() for m in _MONTH_PAIR.finditer(text)]
    for pattern in (_ABSOLUTE, _RELATIVE):
        for match in pattern.finditer(text):
            if any(start <= match.start() < end for start, end in spans):
                continue
            words = match.group(0).strip()
            if re.search(r"\b(?:19|20)\d{2}\b", words) or words.lower() == "today":
                continue  # a year is as placed as the text can make it
            if _WEEKDAYS_RUN.match(text, match.end()) or _WEEKDAYS_RUN_END.search(
                text, 0, match.start()
            ):
                continue  # "the Monday, Wednesday and Saturday services": days of every week
            # "next session" does not make "on Wednesday" next Wednesday; "will be held" does
            future = said_ahead(text) and not _done_then(text, match.start(), match.end())
            plan = _planned_then(text) or bool(_FROM_THEN.search(text, 0, match.start()))
            day = _resolve(words, published, future, plan)
            if day is not None and day.month is not None:  # a bare year tells the reader nothing
                found.append((words, day))
    return tuple(found)


# where the clause a date word stands in begins or ends: "signed an arrangement | that will"
_CLAUSE_EDGE = re.compile(r"[,;]|\b(?:that|which|who|where|while|but|and)\b")
_PLAN_WORDS = frozenset({"scheduled", "planned", "expected", "slated", "proposed", "invited"})


def _done_then(text: str, start: int, end: int) -> bool:
    """Whether the date's own clause tells a deed done right by it, though the sentence
    goes on to what is to come: "on Tuesday signed an arrangement that will let traders
    ..." is the Tuesday before, not the next one."""
    edges = [m.start() for m in _CLAUSE_EDGE.finditer(text)]
    opening = max((e for e in edges if e < start), default=0)
    closing = min((e for e in edges if e >= end), default=len(text))
    before, after = text[opening:start].split()[-1:], text[end:closing].split()[:1]

    def done(found: list[str]) -> bool:
        return any(_DONE.fullmatch(w) and w.lower() not in _PLAN_WORDS for w in found)

    # "on Tuesday agreed to hold talks in March": the day of the deed it stands before;
    # "will be held on Tuesday": a deed's word before it may be of what is to come;
    # "the contract signed in Astana in June, Indus Gas will import": done where it was
    placed = _DONE_AT.search(text, opening, start)
    before += [placed[1]] if placed else []
    return done(after) or (not said_ahead(text[opening:closing]) and done(before))


_NUMBER_WORD = "|".join(w for w in NUMBER_WORDS if w not in ("one", "hundred"))
_COUNTED = re.compile(
    rf"(?<![$\d.,])\b(?:since\s+(?P<year>(?:19|20)\d\d)\b|"
    rf"(?P<number>\d[\d,]*(?:\.\d+)?|(?:(?:a|one|{_NUMBER_WORD})\s+)?(?:hundred|thousand)"
    rf"|{_NUMBER_WORD})"
    rf"(?:\s+|-)(?P<unit>[a-z]+)\b)",  # "ten years", "two-year visas"
    re.IGNORECASE,
)
_NOT_COUNTED = frozenset(
    {"million", "billion", "thousand", "bn", "mn", "m", "crore", "lakh", "trillion", "and"}
    | {m.casefold() for m in MONTH_NAMES[1:]}
)


_NEXT_NOUN = re.compile(r"\s+([a-z]+)\b", re.IGNORECASE)


def counts(text: str, describing: Collection[str] = ()) -> list[tuple[float, str]]:
    """The numbers a text gives of things, each with the word it counts ("ten years": 10,
    "years"), and the year of "since 2003" (2003, "since"); not amounts of money, days of
    a month or a year's number alone. A word of ``describing`` right after the number says
    whose, not what: "150 Kazakh businessmen" counts businessmen."""
    found = []
    for match in _COUNTED.finditer(text):
        if match.group("year"):
            found.append((float(match.group("year")), "since"))
            continue
        number, unit = match.group("number"), match.group("unit").casefold()
        if unit in describing and (noun := _NEXT_NOUN.match(text, match.end())):
            unit = noun[1].casefold()
        if unit in _NOT_COUNTED or re.fullmatch(r"(?:19|20)\d\d", number):
            continue
        said = number.casefold().split()
        # "ten", "a thousand", "a hundred", "two thousand"
        scale = (_SCALES.get(said[-1]) or NUMBER_WORDS.get(said[-1])) if len(said) > 1 else None
        # "thousand people", as Urdu's ہزار reads: a thousand
        value = scale * NUMBER_WORDS.get(said[0], 1) if scale else _SCALES.get(said[-1])
        value = value or NUMBER_WORDS.get(said[-1])
        found.append((float(value if value else number.replace(",", "")), unit))
    return found


def amount(text: str) -> tuple[float | None, str]:
    """An amount of money as written ("$250 million", "USD 1.5bn"): its value and currency."""
    return _money(text)


def _money(text: str) -> tuple[float | None, str]:
    lowered = text.lower()
    unit = next((code for mark, code in _CURRENCIES if mark.search(lowered)), "USD")
    number = _SCALED.search(lowered)
    if number is None:
        return None, unit
    scale = _SCALES.get(number.group(1) or "", 1.0)  # "$1.5bn", "$250 million"
    value = number.group(0)[: len(number.group(0)) - len(number.group(1) or "")]
    return float(value.strip().replace(",", "")) * scale, unit


def _count(text: str) -> tuple[float, str] | None:
    words = text.split()
    for i, word in enumerate(words):
        number = word.replace(",", "")
        value: float | None = NUMBER_WORDS.get(word.lower())
        if value is None and re.fullmatch(r"\d+(?:\.\d+)?", number):
            value = float(number)
        if value is not None:
            scale = _SCALES.get(words[i + 1].lower(), 1) if i + 1 < len(words) else 1
            unit = words[-1].lower()
            plural = unit.endswith(("s", "men", "people", "children"))
            if len(words) > i + 2 and words[-2][:1].isupper():  # "1,400 Pakistani students"
                unit = f"{words[-2]} {unit}"  # whose they are, as the curated layer says it
            return (float(value) * scale, unit) if plural else None
    return None


def _after(text: str, end: int) -> str:
    """What a number qualifies, read on to the end of its clause: "of wheat a year"."""
    rest = _CLAUSE_AFTER.split(text[end:], maxsplit=1)[0]
    words = rest.split()
    kept = words[:12]
    if len(words) > len(kept):  # cut inside a phrase: back to where one ended, so not
        # "in the first ten months of the current" but "in the first ten months"
        ended = max((i for i, w in enumerate(kept) if w.lower() in _DANGLING), default=0)
        kept = kept[:ended] or kept
    while kept and kept[-1].lower() in _DANGLING:  # "state visit to" is cut, not a phrase
        kept.pop()
    return " ".join(kept)


_CLAUSE_END = re.compile(r"[;]|\.(?!\d)|\s(?:and|while|which|who|as)\s")  # "(TEUs) a year,"
# a body by its initials before an office: "PM&DC Registrar", "NHA Chairman"
_ACRONYM = r"(?-i:[A-Z]{2,}(?:&[A-Z]{1,4})?)"
_COMMA = r",(?!\d{3}\b)"  # a clause's comma, not one in "$6,000"
_CLAUSE_AFTER = re.compile(rf"{_COMMA}|[;()]|\.(?!\d)|\s(?:and|while|which|who|as)\s")
_CLAUSE_BEFORE = re.compile(rf"{_COMMA}|[;()]|\.(?!\d)|\bthat\b")
_JOINING = frozenset({"where", "which", "while", "whereas", "and", "but", "as"})
_RANGE_TO = re.compile(r"\s*(?:to|-|\u2013)\s*")  # "$4,000 to $6,000", "$4,000-$6,000"
_BEFORE_WORDS = 12  # "Pakistan's exports to Kazakhstan grew by 27 percent year-on-year to $163.7m"


def _around(text: str, start: int, end: int) -> str:
    """An amount's noun phrase on either side: "trade volume of ... in 2024"."""
    before = _CLAUSE_BEFORE.split(text[:start])[-1].split()[-_BEFORE_WORDS:]
    while before and before[0].lower() in _JOINING:  # ", where tuition fees of ...": a
        before.pop(0)  # clause's opening word, no part of what the figure measures
    after = _after(text, end)
    return f"{' '.join(before)} … {after}".rstrip() if before else after


_JUST_PASSED = timedelta(days=14)  # a day named this close before the copy is that day


@lru_cache(maxsize=4096)
def _resolve(
    words: str, published: PartialDate | None, future: bool, plan: bool = False
) -> PartialDate | None:
    """One date expression as a PartialDate, through dateparser, keeping its period.
    ``plan``: the sentence tells of a plan, held or put off, whose day may lie either side
    of the copy's."""
    if _RELATIVE.fullmatch(words):
        by_calendar = re.search(r"\b(?:month|year)\b", words, re.IGNORECASE)
        if published is None or (published.day is None and not by_calendar):
            return None  # "on Tuesday" of an article dated to the month: which Tuesday?
        if published.month is None and "month" in words.lower():
            return None
    elif published is None and not re.search(r"\b(?:19|20)\d{2}\b", words):
        return None  # "in March" of an undated article: which March?
    text = re.sub(r"^(?:on|in|by|since|during)\s+", "", words.strip(), flags=re.IGNORECASE)
    if published is not None and published.day is not None:
        today = published.last_day
        if text.casefold() == today.strftime("%A").casefold():
            return published  # "on Wednesday" in Wednesday's copy: that day, not a week ago
    if (year := _YEAR_WORDS.search(text)) and published is not None:  # "Nov this year"
        shift = {"this": 0, "last": -1, "next": 1}[year.group(1).lower()]
        text = f"{text[: year.start()]} {published.year + shift}"
    until = None
    text = re.sub(r"(?<=\d)(?:st|nd|rd|th)\b|\bof\s+", "", text)  # "15th of January"
    if span := re.match(r"(\d{1,2})\s*(?:and|-|\u2013|to)\s*(\d{1,2})\s+(.*)", text):
        text = f"{span.group(1)} {span.group(3)}"  # "3 and 4 March": from the first day
        until = int(span.group(2)) if int(span.group(2)) > int(span.group(1)) else None
    elif span := re.match(
        r"([A-Za-z]+\.?)\s+(\d{1,2})\s*(?:-|\u2013|to|and)\s*(\d{1,2})(.*)", text
    ):
        text = f"{span.group(2)} {span.group(1)}{span.group(4)}"  # "September 15-16"
        until = int(span.group(3)) if int(span.group(3)) > int(span.group(2)) else None
    settings: dict[str, object] = {"PREFER_DATES_FROM": "future" if future else "past"}
    if published is not None:
        base = published.last_day
        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day)
    data = _parser(tuple(sorted(settings.items()))).get_date_data(text)
    if data.date_obj is None:
        return None
    day: date = data.date_obj.date()
    if future and published is not None and not _RELATIVE.fullmatch(words):
        # "will launch it next year, officials said at a meeting on June 10", in June 11's
        # copy: the day just passed, not the same day a year on
        settings["PREFER_DATES_FROM"] = "past"
        past = _parser(tuple(sorted(settings.items()))).get_date_data(text)
        ago = past.date_obj and published.last_day - past.date_obj.date()
        if ago is not None and past.period == "day" and timedelta(0) <= ago <= _JUST_PASSED:
            data, day = past, past.date_obj.date()
    if (
        data.period == "month"
        and future
        and published is not None
        and (day.year, day.month) == (published.year + 1, published.month)
    ):
        day = day.replace(year=published.year)  # "seats for April", in April's copy: this one
    if data.period in ("day", "month") and plan and not future and published is not None:
        day = _nearest(day, published.last_day, words)
    if data.period == "day":
        last = until if until and until <= calendar.monthrange(day.year, day.month)[1] else None
        return PartialDate(day.year, day.month, day.day, last)
    if data.period == "week":  # a month if the whole week lies in one
        monday = day - timedelta(days=day.weekday())
        sunday = monday + timedelta(days=6)
        same = monday.month == sunday.month
        return PartialDate(day.year, day.month) if same else PartialDate(day.year)
    if data.period == "month":
        return PartialDate(day.year, day.month)
    return PartialDate(day.year)


@lru_cache(maxsize=16)
def _parser(settings: Sequence[tuple[str, object]]) -> DateDataParser:
    return DateDataParser(languages=["en"], settings=dict(settings))
