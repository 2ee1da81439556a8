"""Extracted records merged with what is known: the structured layer the engine answers from.

Reviewed records win. An article someone curated is known through its curated records, so
extraction adds only what articles nobody reviewed say: a person named with a title becomes a
role of the person of that name (or a new person); an event that matches a known one (same
kind, shared participants or name, compatible dates) becomes another report of it, so a later
article that dates an undated event dates it; a figure that repeats a known one (same value
and unit) becomes another quote of it.
"""

from __future__ import annotations

import heapq
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from itertools import islice

from knowledge.acronyms import defined
from knowledge.dates import PartialDate
from knowledge.extract import Annotator
from knowledge.extraction import LEDE, ORDINAL, EventMention, Extractor, RoleMention
from knowledge.model import (
    Article,
    Curated,
    Detail,
    EntityKind,
    Event,
    Figure,
    Person,
    Quote,
    Report,
    Role,
    Sentence,
    Status,
)

# a report is matched against the events of its kind most recently reported with the same
# participant, place or name, not every one in years of news: merging stays linear
_NEAREST = 50
# what one event keeps of what extraction reads, however many articles report it: the
# reports of each status and date from its first few articles (a figure: the quotes of
# its first few), the newest details
_REPORTS_A_DATE = 3
_DETAILS = 12
_FILED = re.compile(r"[A-Z]{3,}(?:\s+[A-Z]{3,})?")  # the place a dateline opens with
_SPAN = timedelta(days=6)  # the days one visit or forum may take, arrival to departure
# "Communications Minister Abdul Aleem Khan's visit": whose occasion it is, by name
_POSSESSED = re.compile(
    r"(?P<owner>(?:[A-Z][\w-]+\s+){0,6}[A-Z][\w-]+)['\u2019]s\s+(?:[\w-]+\s+){0,2}"
    r"(?:visit|trip|tour|stay)\b"
)
# a sentence of no event's words naming who led a side of the occasion told of
_LED_BY = re.compile(
    r"\b(?:delegation|side|team)\s+(?:\w+\s+){0,2}?(?:was|were|is|are)\s+"
    r"(?:led|headed|co-chaired|chaired)\s+by\b",
    re.IGNORECASE,
)
# how an event with no name of its own is called, before its participants' names
_KIND_NAMES = {
    "visit": "Visit by",
    "meeting": "Meeting of",
    "talks": "Talks of",
    "signing": "Signing by",
    "forum": "Forum with",
    "conference": "Conference with",
    "commission": "Commission session with",
    "launch": "Launch by",
    "festival": "Festival with",
    "exhibition": "Exhibition with",
}
# kinds of event that may be one occasion: a visit holds meetings, talks and signings
OCCASION = {"visit": "visit", "meeting": "visit", "talks": "visit", "signing": "visit"}
_NAME_WORD = re.compile(r"\b[a-z]+\b")  # not the session's number, which ``ordinal`` weighs
_NAME_FILLER = frozenset({"the", "of", "on", "and", "for", "in", "session", "meeting", "round"})


def _key(name: str) -> str:
    return " ".join(name.replace("\u2019", "'").replace("-", " ").casefold().split())


def _sound(key: str) -> str:
    """A name key as its Latin transliterations from Kazakh agree: q as k, no y between a
    vowel and e (Tokayev, Tokaev), doubled letters once (Shaqqaliev, Shakkaliyev)."""
    key = re.sub(r"(?<=[aeiou])y(?=e)", "", key.replace("q", "k"))
    return re.sub(r"(\w)\1", r"\1", key)


def _within_month(day: PartialDate, month: PartialDate | None) -> bool:
    """Whether a date of a month's precision is the month of that day."""
    same = month is not None and (month.year, month.month) == (day.year, day.month)
    return same and month is not None and month.day is None


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", _key(name)).strip("-")


@dataclass
class _Draft:
    """One event as merging grows it. Reports, details and participants are collected here
    and frozen once in ``Merger.result``: copying a widely reported event's tuples on every
    report would make merging quadratic in the number of articles."""

    event: Event
    participants: dict[str, None]
    reports: list[Report]
    details: list[Detail]
    quoted: set[Quote]  # the details' quotes
    reported: dict[str, int]  # source -> index of its first report in ``reports``
    dates: Counter[tuple[Status, PartialDate]]  # the reports' dates, each checked once
    said: Counter[tuple[Status, PartialDate | None]] = field(default_factory=Counter)
    ordinal: str | None = None  # "31st": a session of that number, never the 32nd
    added: list[tuple[date, int, Detail]] = field(default_factory=list)  # heap, oldest first

    @classmethod
    def of(cls, event: Event) -> _Draft:
        ordinal = ORDINAL.search(event.name)
        return cls(
            event,
            dict.fromkeys(event.participants),
            list(event.reports),
            list(event.details),
            {d.quote for d in event.details},
            {r.quote.source: n for n, r in reversed(list(enumerate(event.reports)))},
            Counter((r.status, r.date) for r in event.reports if r.date),
            ordinal=ordinal.group(1).casefold() if ordinal else None,
        )

    def report(self, report: Report) -> None:
        """A report, unless enough articles already said the same (status and date): a
        story followed by hundreds of articles would otherwise cite them all."""
        if self.said[report.status, report.date] >= _REPORTS_A_DATE:
            return
        self.said[report.status, report.date] += 1
        self.reported.setdefault(report.quote.source, len(self.reports))
        self.reports.append(report)
        if report.date:
            self.dates[report.status, report.date] += 1

    def detail(self, detail: Detail, day: date) -> None:
        """A detail read by extraction; of those, the newest articles' are kept."""
        self.quoted.add(detail.quote)
        heapq.heappush(self.added, (day, len(self.quoted), detail))
        if len(self.added) > _DETAILS:
            heapq.heappop(self.added)

    def redate(self, at: int, when: PartialDate) -> None:
        report = self.reports[at]
        if report.date:
            self.dates[report.status, report.date] -= 1
            self.dates += Counter()  # drops dates no report has any more
        self.reports[at] = replace(report, date=when)
        self.dates[report.status, when] += 1

    def freeze(self) -> Event:
        return replace(
            self.event,
            participants=tuple(self.participants),
            reports=tuple(self.reports),
            details=(*self.details, *(d for _, _, d in sorted(self.added, key=lambda a: a[1]))),
        )


@dataclass
class _Layer:
    """The records as they grow, with the lookups merging needs."""

    people: dict[str, Person]
    events: dict[str, _Draft]
    figures: dict[str, Figure]
    extracted: set[str] = field(default_factory=set)
    names: dict[str, str] = field(default_factory=dict)  # name key -> person id
    # a known name's key by its last word: "Muhammad Shehbaz Sharif" looked up by "sharif"
    by_last: dict[str, set[str]] = field(default_factory=dict)
    # a full name as its transliterations agree: Shaqqaliev is Shakkaliyev -> person ids
    by_sound: dict[str, set[str]] = field(default_factory=dict)
    roles: dict[str, list[Role]] = field(default_factory=dict)  # person id -> roles added
    # (person, title) -> where in ``roles`` the newest article's role of that title is, and
    # that article's day: one role a title, however many articles repeat it
    titled: dict[tuple[str, str], tuple[int, date]] = field(default_factory=dict)
    quoted: set[tuple[str, Quote]] = field(default_factory=set)  # (person, role quote)
    quotes: dict[str, list[Quote]] = field(default_factory=dict)  # figure id -> quotes added
    cited: set[tuple[str, str]] = field(default_factory=set)  # (figure id, source)

    def index(self, person: Person) -> None:
        for name in person.names:
            key = _key(name)
            self.names.setdefault(key, person.id)
            if " " in key:
                self.by_last.setdefault(key.rsplit(" ", 1)[1], set()).add(key)
                self.by_sound.setdefault(_sound(key), set()).add(person.id)
        for role in person.roles:
            self.quoted.add((person.id, role.quote))


class Merger:
    """Adds what ``extractor`` reads in unreviewed articles to the curated layer."""

    def __init__(
        self, curated: Curated, extractor: Extractor, articles: Iterable[Article] = ()
    ) -> None:
        self.curated = curated
        self.extractor = extractor
        self.published = {a.id: _day(a) for a in articles}  # an undated one: date.min
        self.layer = _Layer(
            people={p.id: p for p in curated.people},
            events={e.id: _Draft.of(e) for e in curated.events},
            figures={f.id: f for f in curated.figures},
        )
        for person in curated.people:
            self.layer.index(person)
        # lookups that keep merging linear in the number of articles
        self.by_value: dict[tuple[float, str], list[str]] = {}
        for figure in curated.figures:
            self.by_value.setdefault((figure.value, figure.unit), []).append(figure.id)
            self.layer.cited.update((figure.id, source) for source in figure.sources)
        # (occasion, participant, place or name) -> events, the most recently reported last
        self.by_key: dict[tuple[str, str], dict[str, None]] = {}
        self.order: dict[str, int] = {}  # event id -> when it was added: newest matched first
        for event in curated.events:
            keys = (*event.participants, event.place, *_name_keys(event.name))
            self._index_event(event.id, event.kind, keys)
        self.taken = {_key(n) for e in curated.entities for n in e.names}
        kinds = {e.id: e.kind for e in curated.entities}
        self.organisations = {i for i, k in kinds.items() if k is EntityKind.ORGANISATION}
        self.places = {i for i, k in kinds.items() if k is EntityKind.PLACE}
        self.place_named = {
            n.casefold(): e.id for e in curated.entities if e.id in self.places for n in e.names
        }

    def _index_event(self, ident: str, kind: str, keys: Iterable[str | None]) -> None:
        self.order.setdefault(ident, len(self.order))
        occasion = OCCASION.get(kind, kind)
        for key in keys:
            if key:
                reported = self.by_key.setdefault((occasion, key), {})
                reported.pop(ident, None)
                reported[ident] = None

    def reviewed(self, article: Article) -> bool:
        return article.id in self.curated.sources

    # -- people ------------------------------------------------------------------------

    def people(self, article: Article, sentences: Sequence[Sentence]) -> None:
        """Roles named in one unreviewed article, full names before the surnames that
        refer back to them ("Hanif Abbasi ... Abbasi")."""
        mentions: list[RoleMention] = []
        subject: RoleMention | None = None  # the first named in the last sentence naming any
        previous = ""  # the sentence before, which a "He" at the start refers to
        spelt = defined(s.text for s in sentences)
        for sentence in sentences:
            found = [self._body_country(m, spelt) for m in self.extractor.roles(sentence)]
            named = self.extractor.successor(sentence) if subject else None
            if subject and named and all(m.name != named[0] for m in found):
                # "Ambassador Yerzhan Kistafin ... completed his tenure. His successor, Askar
                # Tazhibayev, ...": the ambassador's office, and his country
                before = subject
                country = before.country
                if country is None and " " in before.name:
                    country = self.layer.people[self._person(before)].country
                found = [RoleMention(named[0], before.title, country or None, named[1]), *found]
            if (earlier := self.extractor.predecessor(sentence)) and (
                country := _his_country(sentence.text, previous, mentions)
            ):
                # "Qureshi arrived in Astana. He succeeded Ambassador Sajid Bilal": an
                # ambassador of Qureshi's country
                found = [replace(m, country=country) if m.name == earlier else m for m in found]
            if earlier and subject and subject.country is None and not found:
                # "Zhunusov, who was appointed to the post in January, replacing Marat
                # Karabayev": the office of the one he replaced, of that one's country
                known = self.layer.names.get(_key(earlier))
                if country := (self.layer.people[known].country if known else None):
                    surname = subject.name.split()[-1]
                    mentions = [
                        replace(m, country=country) if m.name.split()[-1] == surname else m
                        for m in mentions
                    ]
                    subject = replace(subject, country=country)
            previous = sentence.text
            mentions += found
            subject = found[0] if found else subject
        full = [m for m in mentions if " " in m.name]
        day = _day(article)
        for mention in full:
            self._role(mention, self._person(mention), day)
        for mention in mentions:
            if " " not in mention.name and (ident := self._surname(mention.name, full)):
                self._role(mention, ident, day)

    def _body_country(self, mention: RoleMention, spelt: Mapping[str, str]) -> RoleMention:
        """ "NBK Chairman", where the article spells NBK out as the National Bank of
        Kazakhstan: Kazakhstan's, as the title written out would say."""
        if mention.country is not None:
            return mention
        countries = self.extractor.rules.countries
        for word in mention.title.split():
            for named in spelt.get(word.casefold(), "").split():
                if named in countries:
                    return replace(mention, country=countries[named])
        return mention

    def _person(self, mention: RoleMention) -> str:
        layer = self.layer
        if ident := layer.names.get(_key(mention.name)):
            return ident
        if ident := self._within(mention.name):
            return ident
        if len(known := layer.by_sound.get(_sound(_key(mention.name)), set())) == 1:
            # "Arman Shakkaliyev" is Arman Shaqqaliev, found by either spelling from now on
            ident = next(iter(known))
            person = layer.people[ident]
            surname = mention.name.split()[-1]
            layer.people[ident] = replace(person, aliases=(*person.aliases, mention.name, surname))
            layer.index(layer.people[ident])
            return ident
        ident = _slug(mention.name)
        while ident in layer.people:  # a slug taken by someone of another name
            ident += "-x"
        person = Person(ident, mention.name, mention.country or "", (), ())
        layer.people[ident] = person
        layer.extracted.add(ident)
        layer.index(person)
        return ident

    def _within(self, name: str) -> str | None:
        """The one known person whose full name the name ends with: "Muhammad Shehbaz
        Sharif" is Shehbaz Sharif."""
        key = f" {_key(name)}"
        found = {
            self.layer.names[known]
            for known in self.layer.by_last.get(key.rsplit(" ", 1)[1], ())
            if key.endswith(f" {known}")
        }
        return found.pop() if len(found) == 1 else None

    def _surname(self, word: str, full: Iterable[RoleMention]) -> str | None:
        """The one person of this article (else of the whole layer) of that surname."""
        here = {self.layer.names[_key(m.name)] for m in full if m.name.split()[-1] == word}
        if len(here) == 1:
            return here.pop()
        return self.layer.names.get(_key(word)) if not here else None

    def _role(self, mention: RoleMention, ident: str, day: date) -> None:
        layer = self.layer
        if (ident, mention.quote) in layer.quoted:
            return
        layer.quoted.add((ident, mention.quote))
        role = Role(mention.title, mention.quote)
        roles = layer.roles.setdefault(ident, [])
        key = (ident, _key(mention.title))
        if key not in layer.titled:
            layer.titled[key] = (len(roles), day)
            roles.append(role)
        elif day > (known := layer.titled[key])[1]:  # the title as of the newer article
            roles[known[0]] = role
            layer.titled[key] = (known[0], day)
        person = layer.people[ident]
        if not person.country and mention.country:
            layer.people[ident] = replace(person, country=mention.country)

    def surnames(self) -> None:
        """A surname that names one person only becomes an alias of theirs ("Abbasi")."""
        owners: dict[str, set[str]] = {}
        for person in self.layer.people.values():
            for name in person.names:
                owners.setdefault(_key(name.split()[-1]), set()).add(person.id)
        for ident in self.layer.extracted & set(self.layer.people):
            person = self.layer.people[ident]
            last = person.name.split()[-1]
            key = _key(last)
            if owners.get(key) == {ident} and key not in self.taken and key != _key(person.name):
                self.layer.people[ident] = replace(person, aliases=(last,))
                self.layer.names.setdefault(key, ident)

    # -- events and figures --------------------------------------------------------------

    def events(self, article: Article, sentences: Sequence[Sentence]) -> None:
        """The events one unreviewed article reports, merged with known ones."""
        people, organisations = self.layer.people, self.organisations
        day = _day(article)
        own: list[str] = []  # this article's events, newest last
        days: dict[str, PartialDate] = {}  # kind -> the day the article's last such is on
        filed = self._filed_at(article)
        for sentence in sentences:
            mention = self.extractor.events(sentence, article.published)
            if mention is None:
                if own and _LED_BY.search(sentence.text):
                    # "The Kazakh delegation was led by ...": who took part in the occasion
                    # the article has been telling of
                    self._took_part(own[-1], [m for m in sentence.mentions if m in people])
                continue
            if (on := days.get(mention.kind)) and _within_month(on, mention.date):
                # "on Tuesday signed ..." then "Khan signed the document at ...": that day
                mention = replace(mention, date=on)
            elif mention.date is not None and mention.date.day is not None:
                days[mention.kind] = mention.date
            participants = tuple(m for m in sentence.mentions if m in people or m in organisations)
            # "Tokayev's visit": his, not the speaker's; and not the talks' the sentence
            # reports ("agreed to hold consultations ... on the agreements of Tokayev's visit")
            theirs = self._possessors(sentence.text, participants)
            if mention.kind == "visit":
                participants = theirs
            elif theirs != participants:
                participants = tuple(p for p in participants if p not in theirs) or participants
            place = next((m for m in sentence.mentions if m in self.places), None)
            if place is None and not own and sentence.number <= LEDE:
                # "ASTANA - ... who arrived in the Kazakh capital on Monday, held talks ...":
                # what the lede reports as done happened where the story was filed
                place = filed if mention.status is Status.TOOK_PLACE else None
            if not participants and mention.name is None:
                # "the visit was fruitful": nothing to tell it from another visit; "a forum
                # will be held in Lahore in January" dates only a forum announced there
                self._announced(mention, place, day)
                continue
            if mention.back and mention.name is None and (told := self._told(mention, own)):
                # "During the meeting on Wednesday, the parties discussed the agreements of
                # President Tokayev's visit": the article's meeting, not one of Tokayev's
                self._detail(told, mention, day)
                continue
            same = self._match(mention, participants, place, own)
            if same is not None and same in own:
                self._detail(same, mention, day)
                continue
            if same is None:
                same = self._match(mention, participants, place, day=day)
            if same is not None:
                self._report(same, mention, participants, day, place)
            else:
                same = self._new(mention, participants, place)
            own.append(same)

    def _filed_at(self, article: Article) -> str | None:
        """The known place an article's dateline names ("ASTANA -", "ISLAMABAD, May 27")."""
        found = _FILED.match(article.dateline or "")
        return self.place_named.get(found.group(0).casefold()) if found else None

    def _possessors(self, text: str, participants: tuple[str, ...]) -> tuple[str, ...]:
        """ "Temirbekov said it followed up on ... Abdul Aleem Khan's visit to Astana": the
        visit is Khan's; the one speaking of it took no part in it."""
        owner = _POSSESSED.search(text)
        if owner is None:
            return participants
        people = self.layer.people
        theirs = tuple(
            p
            for p in participants
            if p in people and any(name in owner["owner"] for name in people[p].names)
        )
        return theirs or participants

    def _told(self, mention: EventMention, own: Sequence[str]) -> str | None:
        """The article's latest event of the kind a sentence refers back to."""
        kind = OCCASION.get(mention.kind, mention.kind)
        exact = [i for i in own if self.layer.events[i].event.kind == mention.kind]
        near = [i for i in own if OCCASION.get(k := self.layer.events[i].event.kind, k) == kind]
        # "at the signing ceremony" of a session: the article's own occasion
        return (exact or near or own[:1])[-1] if own else None

    def _announced(self, mention: EventMention, place: str | None, day: date) -> None:
        """A planned event's date, for an event announced at that place and not yet held."""
        if place is None or mention.date is None or mention.status is not Status.PLANNED:
            return
        same = self._match(mention, (), place)
        reports = self.layer.events[same].reports if same is not None else []
        if same is not None and all(r.status is Status.PLANNED for r in reports):
            self._report(same, mention, (), day)

    def _match(
        self,
        mention: EventMention,
        participants: tuple[str, ...],
        place: str | None,
        candidates: Sequence[str] | None = None,
        day: date = date.max,
    ) -> str | None:
        """The event ``mention`` reports: among ``candidates``, else among the events that
        share a participant, the place or the name with it; the newest first."""
        kind = OCCASION.get(mention.kind, mention.kind)
        # within one article, organisations tell events apart where no one is named
        # ("Samruk-Kazyna and Fauji Foundation signed ..."); across articles they do not
        # (the same two may sign again a year after their talks)
        parties = participants if candidates is not None else ()
        if candidates is None:
            keys = [*participants, *([place] if place else []), *_name_keys(mention.name or "")]
            near = {
                i for k in keys for i in islice(reversed(self.by_key.get((kind, k), {})), _NEAREST)
            }
            candidates = sorted(near, key=self.order.__getitem__)
        for ident in reversed(candidates):
            draft = self.layer.events[ident]
            event = draft.event
            if OCCASION.get(event.kind, event.kind) != kind:
                continue
            if mention.ordinal and draft.ordinal and mention.ordinal != draft.ordinal:
                continue  # the 32nd session is not the 31st
            if mention.status is Status.PLANNED and self._held(draft, day):
                continue  # "the next session" is not one held before the article
            if (
                event.kind not in (mention.kind, "visit")
                and mention.date
                and self._told_before(draft, mention.date.first_day - _SPAN)
            ):
                # a signing on 9 December is not the talks a November article reported held;
                # a visit holds what was signed on it, and a later date of the same kind is
                # a source disagreeing, shown as such
                continue
            named = mention.name is not None and _same_name(mention.name, event.name)
            people = [p for p in participants if p in self.layer.people]
            shared = any(p in draft.participants for p in (*people, *parties))
            # a forum, a festival is where it is held, whoever opened it; a visit or talks
            # at one place are of those named in them
            placed = place and place == event.place and (not people or kind != "visit")
            if not (named or shared or placed):
                continue
            if _compatible(draft.dates, mention):
                return ident
        return None

    def _held(self, draft: _Draft, day: date) -> bool:
        """Reported as held before ``day``: on a date before it, or by an article before."""
        return any(
            r.status is Status.TOOK_PLACE
            and (r.date.last_day if r.date else self.published.get(r.quote.source, day)) < day
            for r in draft.reports
        )

    def _told_before(self, draft: _Draft, day: date) -> bool:
        """Reported as held, undated, by an article published before ``day``."""
        return any(
            r.status is Status.TOOK_PLACE
            and r.date is None
            and self.published.get(r.quote.source, day) < day
            for r in draft.reports
        )

    def _report(
        self,
        ident: str,
        mention: EventMention,
        participants: tuple[str, ...],
        day: date,
        place: str | None = None,
    ) -> None:
        draft = self.layer.events[ident]
        quote = _quote(mention)
        if quote.source in draft.reported:
            self._detail(ident, mention, day)
            return
        draft.ordinal = draft.ordinal or mention.ordinal
        draft.report(Report(mention.status, mention.date, quote))
        if place and draft.event.place is None:  # a later report says where it was held
            draft.event = replace(draft.event, place=place)
        self._took_part(ident, participants, place)

    def _took_part(
        self, ident: str, participants: Sequence[str], place: str | None = None
    ) -> None:
        """Who took part in an event, and where it was, as its record and index hold them."""
        draft = self.layer.events[ident]
        draft.participants.update(dict.fromkeys(participants))
        self._index_event(ident, draft.event.kind, (*participants, place))

    def _detail(self, ident: str, mention: EventMention, day: date) -> None:
        draft = self.layer.events[ident]
        quote = _quote(mention)
        if quote in draft.quoted:
            return
        # a line of ours, as a curated detail is: no full stop before its citation
        text = mention.sentence.text.removesuffix(".")
        draft.detail(Detail(text, mention.sentence.topics, quote), day)
        if mention.date is None or (at := draft.reported.get(quote.source)) is None:
            return
        # a later sentence of the same article dates what its first one left undated
        report = draft.reports[at]
        if report.status is mention.status and (
            # the arrival day, before the day first given; never a vaguer date holding it,
            # nor one further back than a visit lasts ("the invitation extended during his
            # own trip in April last year" is of that trip)
            not report.date
            or timedelta(0) < report.date.first_day - mention.date.last_day <= _SPAN
            or _spans(mention.date, report.date)
        ):
            draft.redate(at, mention.date)

    def _new(self, mention: EventMention, participants: tuple[str, ...], place: str | None) -> str:
        sentence = mention.sentence
        ident = f"x-{sentence.source}-{sentence.number}"
        names = [self._name(p) for p in participants][:2]
        name = mention.name or f"{_KIND_NAMES.get(mention.kind, mention.kind)} " + " and ".join(
            names
        )
        event = Event(
            id=ident,
            name=name,
            kind=mention.kind,
            place=place,
            participants=participants,
            topics=sentence.topics,
            reports=(Report(mention.status, mention.date, _quote(mention)),),
        )
        self.layer.events[ident] = _Draft.of(event)
        self.layer.events[ident].ordinal = mention.ordinal
        self.layer.extracted.add(ident)
        self._index_event(ident, mention.kind, (*participants, place, *_name_keys(name)))
        return ident

    def _name(self, ident: str) -> str:
        if ident in self.layer.people:
            return self.layer.people[ident].name
        entity = next((e for e in self.curated.entities if e.id == ident), None)
        return entity.name if entity else ident

    def figures(self, article: Article, sentences: Sequence[Sentence]) -> None:
        """Figures of one unreviewed article: another quote of a known figure of the same
        value and unit, else a figure of its own."""
        for sentence in sentences:
            for figure in self.extractor.figures(sentence, article.published):
                same = self.by_value.setdefault((figure.value, figure.unit), [])
                known = next(
                    (
                        f
                        for f in (self.layer.figures[i] for i in same)
                        if f.kind is figure.kind and set(f.topics) & set(figure.topics)
                    ),
                    None,
                )
                if known is not None:
                    quotes = self.layer.quotes.setdefault(known.id, [])
                    cited = (known.id, article.id)
                    if cited not in self.layer.cited and len(quotes) < _REPORTS_A_DATE:
                        self.layer.cited.add(cited)  # a few articles' word on it is enough
                        quotes.extend(figure.quotes)
                    continue
                self.layer.figures[figure.id] = figure
                self.layer.extracted.add(figure.id)
                same.append(figure.id)

    def result(self) -> tuple[Curated, frozenset[str]]:
        """The merged layer and the ids of the records extraction added."""
        layer = self.layer
        merged = replace(
            self.curated,
            people=tuple(
                replace(p, roles=(*p.roles, *layer.roles[i])) if i in layer.roles else p
                for i, p in layer.people.items()
            ),
            events=tuple(draft.freeze() for draft in layer.events.values()),
            figures=tuple(
                replace(f, quotes=(*f.quotes, *layer.quotes[i])) if layer.quotes.get(i) else f
                for i, f in layer.figures.items()
            ),
        )
        return merged, frozenset(layer.extracted)


def _his_country(text: str, before: str, mentions: Sequence[RoleMention]) -> str | None:
    """The country of the one a sentence's "He" refers to: the first named in the sentence
    before, by what his titles so far say."""
    if not re.match(r"(?:He|She)\b", text):
        return None
    named = sorted((at, m.name) for m in mentions if (at := before.find(m.name)) >= 0)
    countries = {m.country for m in mentions if named and m.name == named[0][1] and m.country}
    return countries.pop() if len(countries) == 1 else None


def _spans(days: PartialDate, day: PartialDate) -> bool:
    """Whether ``days`` are several days, as precise, holding ``day``: "on Wednesday" (the
    16th, when it closed), then "the two-day session ... on 15 and 16 September"."""
    return (
        days.until is not None
        and day.day is not None
        and days.first_day <= day.first_day
        and day.last_day <= days.last_day
        and days != day
    )


def _day(article: Article) -> date:
    """When an article was published, for keeping the newest; undated ones count as oldest."""
    return article.published.first_day if article.published else date.min


def _quote(mention: EventMention) -> Quote:
    return Quote(mention.sentence.source, mention.sentence.text)


def _name_words(name: str) -> set[str]:
    return set(_NAME_WORD.findall(_key(name))) - _NAME_FILLER


def _name_keys(name: str) -> list[str]:
    """An event is found by each word of its name, as another report may name it in
    fewer words or more."""
    return [f"name:{word}" for word in sorted(_name_words(name))]


def _same_name(said: str, name: str) -> bool:
    """One occasion's names as copy varies them: "the 31st session of the Joint
    Commission" is the "Pakistan-Kazakhstan Intergovernmental Joint Commission"; the
    shorter's own words are all in the longer, whatever the session's number."""
    one, two = _name_words(said), _name_words(name)
    return bool(one and two) and (one <= two or two <= one)


def _compatible(dates: Iterable[tuple[Status, PartialDate]], mention: EventMention) -> bool:
    """Dates that may be one occasion. A report that it took place is weighed against the
    dates it was reported to take place on, not against an announcement (announced visits
    slip); a new announcement is weighed against every date, so a later plan is not taken
    for an occasion already past."""
    if mention.date is None:
        return True
    took_place = mention.status is Status.TOOK_PLACE
    dated = [date for status, date in dates if status is Status.TOOK_PLACE or not took_place]
    return not dated or any(
        d.first_day - _SPAN <= mention.date.last_day
        and mention.date.first_day <= d.last_day + _SPAN
        for d in dated
    )


def suggest(
    curated: Curated, extractor: Extractor, article: Article, sentences: Sequence[Sentence]
) -> Curated:
    """What extraction reads in one article, as records to review: new people, events and
    figures, and known ones with what this article adds (reviewed or not)."""
    merger = Merger(replace(curated, events=(), figures=()), extractor)
    merger.people(article, sentences)
    merger.surnames()
    annotator = Annotator(merger.result()[0], extractor.rules.countries)
    tagged = [annotator.sentence(s.source, s.number, s.text) for s in sentences]
    merger.events(article, tagged)
    merger.figures(article, tagged)
    merged, _ = merger.result()
    own = tuple(  # a known person with only this article's roles: what to add to him
        replace(p, roles=tuple(r for r in p.roles if r.quote.source == article.id))
        for p in merged.people
    )
    return replace(
        merged,
        people=tuple(p for p in own if p.roles),
        entities=(),
        claims=(),
        topics=(),
    )
