"""Questions that event records answer: whether someone went somewhere ("has Karabayev
been to Pakistan?"), whether an event happened ("did the Lahore business forum take
place?"), and who sat across the table from someone ("who is Jam Kamal Khan's Kazakh
counterpart?"). Their records answer them, never a sentence that merely names the person and
the place, or the event (a "Yes" over a wish voiced at a forum that never met)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from knowledge.model import Event

# a trip asked about, then the place: "been to", "visited", "travelled to", "come to"
_TRAVEL = (
    r"been|gone|go|goes|going|went|travel(?:l?ed|l?ing|s)?|come|comes|came|coming"
    r"|visit(?:ed|ing|s)?|arrived?|arriving|fl(?:y|ew|own)|trip|journey"
)
_ASKED = re.compile(
    rf"\b(?:{_TRAVEL})\b(?:\s+(?:to|in|into|at|the|see|visit))*\s+(?P<place>\w+)", re.I
)  # "gone to Pakistan", "go to see Gwadar"
_TRAVELLED = re.compile(rf"\b(?:{_TRAVEL})\b", re.I)
# being somewhere is having gone there: "Karabayev was in Pakistan", "was he in Lahore"
_BEEN_IN = re.compile(r"\b(?:was|were|is|been)\b(?:\s+\w+){0,2}?\s+in\s+(?P<place>\w+)", re.I)
_WORD = re.compile(r"\w+")
_TRAVEL_WORD = re.compile(rf"^(?:{_TRAVEL}|ever|already|yet|before|once)$", re.I)
_PLACE_NOUN = re.compile(r"^(?:port|city|town|airport|province|region)$", re.I)
# an event having happened: "take place", "was held", "has it met", "did it go ahead"
_OCCURRED = re.compile(
    r"\b(?:happen(?:ed|s|ing)?|(?:take[ns]?|taking)\s+place|took\s+place|held|hold|met|meet"
    r"|convened?"
    r"|occur(?:red|s)?|go(?:ne)?\s+ahead|went\s+ahead)\b",
    re.I,
)
_OCCURRED_WORD = re.compile(
    r"^(?:happen(?:ed|s|ing)?|take[ns]?|taking|took|place|held|hold|met|meet|convened?"
    r"|occur(?:red|s)?"
    r"|go|gone|went|ahead|yet|already|still|ever|actually|really)$",
    re.I,
)
_COUNTERPART = re.compile(r"\bcounterparts?\b", re.I)
# where an event's name says it took its people: "visit to Pakistan", "conference in Kazakhstan"
_NAMED_PLACE = re.compile(r"\b(?:to|in|at)\s+(?:the\s+)?(\w+)", re.I)


@dataclass(frozen=True, slots=True)
class Place:
    """A place as the lexicon knows it: a city stands for its country."""

    word: str  # "islamabad", "pakistan"
    country: str  # "Pakistan"

    @property
    def city(self) -> bool:
        return self.word.casefold() != self.country.casefold()

    def holds(self, other: Place) -> bool:
        """Pakistan holds Islamabad and itself; Islamabad holds only Islamabad."""
        return other.word == self.word if self.city else other.country == self.country

    @property
    def name(self) -> str:
        return self.word.title() if self.city else self.country


def asked_place(text: str, countries: Mapping[str, str]) -> Place | None:
    """The place a question asks whether someone went to, if it asks that: the place after
    the verb ("has he been to Pakistan"), else the nearest before it, as a question read
    from Kazakh or Urdu orders it ("is Zardari Kazakhstan visited")."""
    for match in (*_ASKED.finditer(text), *_BEEN_IN.finditer(text)):
        word = match["place"].casefold()
        if word in countries:
            return Place(word, countries[word])
    if verb := _TRAVELLED.search(text):
        before = [w.casefold() for w in _WORD.findall(text[: verb.start()])]
        for word in reversed(before):
            if word in countries:
                return Place(word, countries[word])
    return None


def destination(event: Event, countries: Mapping[str, str]) -> Place | None:
    """Where an event was held: its place, else the place its name gives ("Kazakh Transport
    Minister Marat Karabayev's official visit to Pakistan"), else unknown."""
    if event.place and event.place in countries:
        return Place(event.place, countries[event.place])
    for named in _NAMED_PLACE.findall(event.name):
        if (word := named.casefold()) in countries:
            return Place(word, countries[word])
    return None


# "was Kistafin at the Karachi forum", "did he attend the IPRI launch": whether someone was there
_PRESENCE = re.compile(
    r"^(?:was|were|is|did|has|had)\b.*\b(?:at|attend\w*|participat\w*|present|join\w*|"
    r"t(?:ake|ook) part)\b",
    re.IGNORECASE,
)
_PRESENCE_WORD = re.compile(r"^(?:attend\w*|participat\w*|present|join\w*|take|took|part)$")


# "... along with high-level officials including ... also participated in the meeting"
_TOOK_PART = re.compile(
    r"\b(?:attend\w*|participat\w*|present|joined|t(?:ake|ook) part|along with|accompan\w*)\b",
    re.IGNORECASE,
)


def says_took_part(text: str) -> bool:
    """Whether a sentence says who took part: "officers of NLC were present"."""
    return bool(_TOOK_PART.search(text))


def asks_presence(text: str) -> bool:
    return bool(_PRESENCE.search(text))


def naming_presence(asked: list[str]) -> list[str]:
    """The words of "did Kistafin attend the Karachi forum" that name the event."""
    return [w for w in naming(asked) if not _PRESENCE_WORD.match(w)]


def asks_occurred(text: str) -> bool:
    return bool(_OCCURRED.search(text))


def naming(asked: list[str]) -> list[str]:
    """The words of "did the Lahore business forum take place" that name the event."""
    return [w for w in asked if not _OCCURRED_WORD.match(w)]


def only_travel(asked: list[str]) -> bool:
    """Whether the words a question asks about, beyond the person and the place, are all of
    travelling (or of the place: "Gwadar port"): "has he ever been to" is; "was his visit
    productive" is not."""
    return all(_TRAVEL_WORD.match(w) or _PLACE_NOUN.match(w) for w in asked)


def asks_counterpart(text: str) -> bool:
    return bool(_COUNTERPART.search(text))


def counterparts(
    person: str,
    side: str | None,
    events: Iterable[Event],
    country: Mapping[str, str],
    title: Mapping[str, str],
) -> list[tuple[str, Event]]:
    """The people of ``side`` (None: of any other country) who took part in events with
    ``person``, each with the
    event: those holding his office first (a president's counterpart is a president, not the
    prime minister beside him), then by the smallest event: talks between two ministers say
    whose counterpart one is better than a state visit with a dozen on each side."""
    found: dict[str, Event] = {}
    theirs = sorted((e for e in events if person in e.participants), key=_size)
    for event in theirs:
        for other in event.participants:
            theirs_too = country.get(other) == side if side else _abroad(person, other, country)
            if other != person and theirs_too:
                found.setdefault(other, event)
    office = _office(title.get(person, ""))
    return sorted(found.items(), key=lambda pair: not office & _office(title.get(pair[0], "")))


def _abroad(person: str, other: str, country: Mapping[str, str]) -> bool:
    return other in country and country[other] != country.get(person)


def _office(title: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(title) if w[:1].isupper()} - _NOT_OFFICE


_NOT_OFFICE = {"of", "the", "for", "and", "pakistan", "kazakhstan", "pakistan's", "kazakhstan's"}


def _size(event: Event) -> int:
    return len(event.participants)
