"""From a question to what it asks about: an intent, the people and things it names.

All fuzzy matching is rapidfuzz with its own cleaning (``utils.default_process``) and a
score cutoff, so a word that matches nothing well enough stays unmatched and the engine can
say "I don't have that" instead of guessing.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process, utils

from knowledge.intents import IntentConfig
from knowledge.model import Curated, EntityKind, Person
from knowledge.text import STOPWORDS, words

MAX_QUESTION_CHARS = 400
_MAX_WORDS = 40
_CORRECT_CUTOFF = 80  # "tagret" -> "target" scores 83
_EXAMPLE_CUTOFF = 85
_ROLE_WORD_CUTOFF = 85
_MIN_KEYWORD_COVERAGE = 0.33  # one word in three
_MIN_NAME_SHARE = 0.5
# words and spans of words looked up, remembered: the same come up question after question,
# and each look-up is a fuzzy pass over every keyword or name
_MEMO = 20_000
# The two countries every article is about: naming them narrows nothing down.
_HOME = {"pakistan", "pakistani", "kazakhstan", "kazakh", "kazak"}
# Words that say nothing about what is asked, beyond the stopwords.
GENERIC = (
    STOPWORDS
    | _HOME
    | {
        "many",
        "much",
        "between",
        "two",
        "countries",
        "bilateral",
        "relations",
        "ties",
        "cooperation",
        "collaboration",
        "both",
        "current",
        "currently",
        "latest",
        "any",
        "info",
        "information",
        "details",
        "briefing",
        "role",
        "position",
        "title",
        "job",
        "background",
        "bio",
        "biography",
        "profile",
        "does",
        "new",
        "status",
        "update",
        "updates",
        "news",
        "situation",
        "today",
    }
)
# Words before a city that leave it a place ("in Astana", "to Karachi"); after any other
# word it is a word of a body's name ("Air Astana")
_BEFORE_PLACE = STOPWORDS | {
    "to",
    "in",
    "for",
    "at",
    "of",
    "from",
    "s",
    "new",
    "former",
    "current",
}
# Words that ask "who" without saying which role: dropped before matching role titles.
_ROLE_NOISE = STOPWORDS | {
    "whos",
    "heads",
    "head",
    "leads",
    "runs",
    "current",
    "currently",
    "new",  # "the new transport minister": the newest holder, which leads anyway
    "latest",
    "incumbent",
    "now",
    "days",  # "these days"
    "nowadays",
    "today",
    "present",
    "presently",
    "still",  # "is he still the minister": the newest holder, as "current" asks
    "moment",  # "at the moment"
    "name",
    "named",
    "called",
    "person",
    "country",
    # where an office is held, not what it is: "the ambassador posted in Islamabad"
    "posted",
    "stationed",
    "based",
    "accredited",
    "serving",
    # the sources themselves: "who is the commerce minister in these reports"
    "report",
    "reports",
    "source",
    "sources",
    "article",
    "articles",
    "news",
}


_HEADING = frozenset({"head", "heads", "lead", "leads", "run", "runs", "helm"})


def _name_cutoff(text: str) -> float:
    """Short names must match exactly; longer ones may carry a typo ("kistafeen")."""
    if len(text) < 5:
        return 100
    return 90 if len(text) < 7 else 80


@dataclass(frozen=True)
class Match:
    intent: str | None
    confidence: float
    people: tuple[str, ...] = ()
    entities: tuple[str, ...] = ()
    by_role: tuple[str, ...] = ()
    asked_role: bool = False
    named: frozenset[int] = frozenset()  # positions of the words that named someone
    keywords: frozenset[int] = frozenset()  # positions covered by the intent's keywords
    name_spans: tuple[tuple[tuple[str, ...], str], ...] = ()  # (words, person id)
    mentioned: frozenset[str] = frozenset()  # every intent whose keywords the question holds


class Matcher:
    def __init__(
        self,
        config: IntentConfig,
        curated: Curated,
        rank_words: frozenset[str] = frozenset(),
        countries: Mapping[str, str] | None = None,
        cities: frozenset[str] = frozenset(),
        spelt_out: Mapping[str, str] | None = None,
    ) -> None:
        self.rank_words = rank_words
        # "nbk" -> "National Bank of Kazakhstan", as the articles define their initials: an
        # "NBK Chairman" is the chairman of the national bank asked
        self.spelt_out = {
            short: [w for w in words(name) if w not in STOPWORDS]
            for short, name in (spelt_out or {}).items()
        }
        self.countries = countries or {}  # "kazakh" -> "Kazakhstan", from the lexicon
        self.cities = cities  # those of its words that are cities
        self.config = config
        self.synonyms = config.synonyms
        # keyword phrases as word tuples, indexed by their first word
        self.phrases: dict[str, list[tuple[str, tuple[str, ...]]]] = defaultdict(list)
        self.capitals: list[tuple[str, re.Pattern[str]]] = []
        vocabulary: set[str] = set(self.synonyms)
        for intent in config.intents:
            for keyword in intent.keywords:
                if keyword.isupper():  # "IT" is the sector only in capitals
                    self.capitals.append((intent.id, re.compile(rf"\b{re.escape(keyword)}\b")))
                    continue
                phrase = tuple(self.synonyms.get(w, w) for w in words(keyword))
                if phrase:
                    self.phrases[phrase[0]].append((intent.id, phrase))
                    vocabulary.update(phrase)
        self.vocabulary = sorted(w for w in vocabulary if len(w) >= 4)
        self.examples = [(e, i.id) for i in config.intents for e in i.examples]
        self.example_texts = [utils.default_process(e) for e, _ in self.examples]
        self.order = {intent.id: n for n, intent in enumerate(config.intents)}
        self.weight = {intent.id: intent.weight for intent in config.intents}
        self.narrows = {i.id: i.narrows for i in config.intents if i.narrows}
        self._correct = lru_cache(maxsize=_MEMO)(self._correction)
        self._name = lru_cache(maxsize=_MEMO)(self._naming)

        self.names: list[str] = []
        self.name_owner: list[tuple[str, str]] = []  # (kind, id) for each name
        for person in curated.people:
            self._add_names("person", person.id, person.names)
        for entity in curated.entities:
            self._add_names("entity", entity.id, entity.names)
        self.people = curated.people
        self.organisations = {e.id for e in curated.entities if e.kind is EntityKind.ORGANISATION}

    def _add_names(self, kind: str, ident: str, names: tuple[str, ...]) -> None:
        for name in names:
            name_words = words(name)
            while name_words and name_words[0] in STOPWORDS:  # "the envoy" is asked as "envoy"
                name_words.pop(0)
            self.names.append(" ".join(name_words))
            self.name_owner.append((kind, ident))

    def _correction(self, word: str) -> str:
        """Map a misspelt word onto the keywords' vocabulary, then through the synonyms."""
        if word not in self.synonyms and len(word) >= 4 and word not in self.vocabulary:
            found = process.extractOne(
                word, self.vocabulary, scorer=fuzz.ratio, score_cutoff=_CORRECT_CUTOFF
            )
            # A typo rarely hits the first letter; "weather" is not a misspelt "leather".
            if found and found[0][0] == word[0]:
                word = found[0]
        return self.synonyms.get(word, word)

    def _naming(self, text: str, cutoff: float) -> tuple[str, str] | None:
        """The person or entity a span of words names, as (kind, id), or None."""
        found = process.extractOne(text, self.names, scorer=fuzz.ratio, score_cutoff=cutoff)
        if not found or (" " in text and not _each_word_close(text, found[0])):
            return None
        return self.name_owner[found[2]]

    def match(self, question: str, raw: str | None = None) -> Match:
        """``raw``: the question as typed, where capitals tell "IT" from "it"."""
        raw = (raw or question)[:MAX_QUESTION_CHARS]
        question = question[:MAX_QUESTION_CHARS]
        tokens = [w for w in words(question) if w != "s"][:_MAX_WORDS]
        corrected = [self._correct(w) for w in tokens]
        people, entities, used, spans = self._names(tokens)
        named = len(used)
        scores, positions = self._keyword_scores(corrected, raw)
        content = sum(1 for w in corrected if w not in GENERIC and len(w) > 1)
        intent, confidence = None, 0.0
        if scores:
            intent = min(scores, key=lambda i: (-scores[i], self.order[i]))
            narrowing = [i for i in scores if self.narrows.get(i) == intent]
            if narrowing:  # "what visits are planned": the upcoming ones, every word its
                narrow = min(narrowing, key=lambda i: (-scores[i], self.order[i]))
                positions[narrow] |= positions[intent]
                scores[narrow] = len(positions[narrow]) * self.weight[narrow]
                intent = narrow
            # words the question spends on names are accounted for, not left unexplained
            covered = scores[intent] / self.weight[intent] + named
            confidence = min(1.0, covered / max(content, 1))
            if confidence < _MIN_KEYWORD_COVERAGE:
                intent = None  # one keyword lost among words the KB knows nothing of
        elif tokens:
            found = process.extractOne(
                " ".join(tokens),
                self.example_texts,
                scorer=fuzz.ratio,
                score_cutoff=_EXAMPLE_CUTOFF,
            )
            if found:
                intent, confidence = self.examples[found[2]][1], found[1] / 100
        if intent is None and (people or entities) and named / max(content, 1) > _MIN_NAME_SHARE:
            # mostly a name: "Kistafin", "what is IPRI"; not "weather in Karachi"
            intent, confidence = "who", named / max(content, 1)
        by_role: tuple[str, ...] = ()
        asked_role = False
        if intent == "who" and not people:
            role_words = [w for w in corrected if w not in _ROLE_NOISE]
            asked_role = any(w not in self.countries for w in role_words)
            by_role = self.by_role(corrected) if asked_role else ()
        return Match(
            intent,
            round(confidence, 2),
            people,
            entities,
            by_role,
            asked_role,
            frozenset(used),
            frozenset(positions.get(intent or "", ())),
            spans,
            frozenset(positions),
        )

    def mentions(self, intent: str, question: str) -> bool:
        """Whether any keyword of ``intent`` is in the question ("coming up" for upcoming)."""
        tokens = [self._correct(w) for w in words(question) if w != "s"][:_MAX_WORDS]
        return intent in self._keyword_scores(tokens, question)[1]

    def _keyword_scores(
        self, tokens: list[str], raw: str
    ) -> tuple[dict[str, float], dict[str, set[int]]]:
        """For each intent, how many words of the question its keywords cover."""
        covered: dict[str, set[int]] = defaultdict(set)
        for start, word in enumerate(tokens):
            for intent, phrase in self.phrases.get(word, ()):
                if tuple(tokens[start : start + len(phrase)]) == phrase:
                    covered[intent].update(range(start, start + len(phrase)))
        scores = {
            intent: len(positions) * self.weight[intent] for intent, positions in covered.items()
        }
        for intent, pattern in self.capitals:
            if pattern.search(raw):
                scores[intent] = scores.get(intent, 0.0) + 1
        return scores, covered

    def _names(
        self, tokens: list[str]
    ) -> tuple[
        tuple[str, ...], tuple[str, ...], set[int], tuple[tuple[tuple[str, ...], str], ...]
    ]:
        """People and entities named (longest spans first, each word used once), the
        positions of the words the names took up, and each person's span of words."""
        people: dict[str, None] = {}
        entities: dict[str, None] = {}
        used: set[int] = set()
        spans: list[tuple[tuple[str, ...], str]] = []
        for size in (3, 2, 1):
            for start in range(len(tokens) - size + 1):
                span = range(start, start + size)
                if used.intersection(span):
                    continue
                if tokens[start] in STOPWORDS or tokens[start + size - 1] in STOPWORDS:
                    continue
                text = " ".join(tokens[start : start + size])
                # "Pakistan's ambassador" must not pass for "Kazakhstan's ambassador"
                exact = any(t in self.countries for t in tokens[start : start + size])
                cutoff = 100 if exact else _name_cutoff(text)
                if (found := self._name(text, cutoff)) is None:
                    continue
                kind, ident = found
                (people if kind == "person" else entities)[ident] = None
                used.update(span)
                if kind == "person":
                    spans.append((tuple(tokens[start : start + size]), ident))
        return tuple(people), tuple(entities), used, tuple(spans)

    def by_role(self, tokens: list[str], every: bool = False) -> tuple[str, ...]:
        """People whose role title holds every word asked ("transport minister"), from the
        country asked: "Pakistan's ambassador to Kazakhstan" is no Kazakh's title. Those
        whose title holds the fewest words more, unless ``every``: "a Pakistani minister"
        is any of them."""
        holder, destination = None, None
        body = self._in_names(tokens)
        for i, word in enumerate(tokens):
            if word in self.countries and i not in body:
                if i and tokens[i - 1] in ("to", "in", "for", "at"):
                    destination = self.countries[word]
                else:
                    holder = self.countries[word]
        wanted = [
            self.synonyms.get(w, w)  # "envoy": as titles are read, "ambassador"
            for i, w in enumerate(tokens)
            if w not in _ROLE_NOISE and (w not in self.countries or i in body)
        ]
        if _HEADING.intersection(tokens):  # "who heads the communications ministry": its
            wanted = ["minister" if w == "ministry" else w for w in wanted]  # minister
        found = self._holding(wanted, holder, destination, every)
        offices = self.config.offices
        if not found and any(w in offices for w in wanted):
            # "Kazakhstan's commerce minister": its office is named for trade
            found = self._holding([offices.get(w, w) for w in wanted], holder, destination, every)
        return found

    def _holding(
        self, wanted: list[str], holder: str | None, destination: str | None, every: bool
    ) -> tuple[str, ...]:
        ranked: list[tuple[int, str]] = []
        for person in self.people:
            if holder and person.country != holder:
                continue
            if destination and not holder and person.country == destination:
                continue
            named = {c for role in person.roles for c in self._countries(role.title)}
            posted = destination is None or destination in named
            if not posted and (named - {person.country, holder} or not holder):
                continue  # "ambassador to Kazakhstan": a title that names Kazakhstan
            extra = self._role_fit(person, wanted)
            # "Kazakhstan's ambassador in Islamabad" may be "Kazakhstan's Ambassador" bare,
            # not an "Ambassador of Goodwill"
            if extra is not None and (posted or extra == 0):
                ranked.append((extra, person.id))
        if not ranked:
            return ()
        best = min(extra for extra, _ in ranked)
        return tuple(ident for extra, ident in ranked if every or extra == best)

    def _in_names(self, tokens: Sequence[str]) -> set[int]:
        """Where a city is a word of a body's name, not a place: "the chief executive of Air
        Astana", after a word of the name."""
        return {
            i
            for i, word in enumerate(tokens)
            if word in self.cities and i and tokens[i - 1] not in _BEFORE_PLACE
        }

    def _countries(self, title: str) -> set[str]:
        return {self.countries[w] for w in words(title) if w in self.countries}

    def _role_fit(self, person: Person, wanted: list[str]) -> int | None:
        """How many words of the closest title go unasked, or None if one asked is missing or
        the title holds a rank the question lacks (a deputy prime minister is not the prime
        minister; "Deputy Prime Minister and Foreign Minister" is a foreign minister, and
        the deputy prime minister and foreign minister)."""
        best: int | None = None
        for role in person.roles:
            # a title in quotes is an honour given ("named "Ambassador of Goodwill""), not
            # an office held ...
            held = _HONOUR.sub(" ", role.title)
            offices = re.split(r"\s+and\s+", held)
            # ... unless the honour itself is asked, in more words than the office's name
            honours = _HONOUR.findall(role.title) if len(wanted) > 1 else []
            # both offices at once only if both are asked: a "deputy foreign minister" is not
            # the "Deputy Prime Minister and Foreign Minister", whose words he shares
            both = [held] if len(offices) < 2 or self._asks_each(offices, wanted) else []
            for office in dict.fromkeys((*offices, *both, *honours)):  # one office, or both
                said = [w for w in words(office) if w not in STOPWORDS]
                said += [w for short in said for w in self.spelt_out.get(short, ())]
                body = self._in_names(said)  # "Air Astana": no place
                title = [
                    self.synonyms.get(w, w)
                    for i, w in enumerate(said)
                    if w not in self.countries or i in body
                ]
                if any(w in self.rank_words and w not in wanted for w in title):
                    continue
                if all(
                    process.extractOne(w, title, scorer=fuzz.ratio, score_cutoff=_ROLE_WORD_CUTOFF)
                    for w in wanted
                ):
                    extra = len(title) - len(wanted)
                    best = extra if best is None else min(best, extra)
        return best

    def _asks_each(self, offices: list[str], wanted: list[str]) -> bool:
        """Whether the words asked hold a word of each office's own, not a rank or a word
        they all share ("minister")."""
        own = [
            {w for w in words(o) if w not in STOPWORDS and w not in self.rank_words}
            for o in offices
        ]
        shared = set.intersection(*own)
        return all((o - shared) & set(wanted) for o in own)


_HONOUR = re.compile(r"[\"\u201c][^\"\u201d]*[\"\u201d]")


def _each_word_close(asked: str, name: str) -> bool:
    """ "arman shakirov" is not "arman shaqqaliev", though the two strings are alike."""
    return all(
        process.extractOne(w, name.split(), scorer=fuzz.ratio, score_cutoff=75)
        for w in asked.split()
    )
