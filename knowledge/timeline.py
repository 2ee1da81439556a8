"""Events as they stood on a given day: only what had been published by then counts.

This is what keeps "upcoming" honest. On 15 October 2025 the November state visit is
upcoming (only the announcement exists); once an article reports it as having happened it
is past, and an announced date that has gone by with no report is never called upcoming.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property

from knowledge.dates import PartialDate, Precision
from knowledge.model import Event, KnowledgeBase, Status

_PRECISION_RANK = {Precision.YEAR: 0, Precision.MONTH: 1, Precision.DAY: 2}


@dataclass(frozen=True)
class EventState:
    event: Event
    status: Status
    date: PartialDate | None  # when it happened, or the date it is planned for
    announced: PartialDate | None  # the planned date of an event that took place undated
    reported: PartialDate | None  # publication date of the newest report, for ordering
    sources: tuple[str, ...]

    @property
    def sort_day(self) -> datetime.date:
        return self.known.first_day if self.known else datetime.date.min

    @property
    def set_for(self) -> PartialDate | None:
        """When it happened or was set for: its date, else the one announced."""
        return self.date or self.announced

    @property
    def to_the_day(self) -> bool:
        """Whether the record dates it to a day, not only a month or year."""
        return self.set_for is not None and self.set_for.day is not None

    @property
    def known(self) -> PartialDate | None:
        """The best date on record: when it happened, was announced for, or was reported."""
        return self.set_for or self.reported

    def is_upcoming(self, today: datetime.date) -> bool:
        return (
            self.status is Status.PLANNED
            and self.date is not None
            and (self.date.last_day >= today)
        )

    def short_when(self, today: datetime.date) -> str:
        """A few words for a list: "April 2025", "planned for November 2025", "reported 2025"."""
        if self.status is Status.TOOK_PLACE:
            if self.date:
                return self.date.human()
            if self.announced:
                return f"{self.announced.human()}, as announced; took place"
            return f"reported {self.reported.human()}" if self.reported else "date not stated"
        return self.when(today)

    def when(self, today: datetime.date) -> str:
        """The event's date as the sources give it, never more precise; a report filed
        within that month adds its own day ("April 2025, reported 29 April 2025")."""
        if self.status is Status.TOOK_PLACE:
            if self.date:
                filed = self.reported
                if (
                    filed
                    and filed.precision is Precision.DAY
                    and self.date.precision is not Precision.DAY
                    and self.date.first_day <= filed.first_day <= self.date.last_day
                ):
                    return f"{self.date.human()}, reported {filed.human()}"
                return self.date.human()
            if self.announced:
                return (
                    "took place; date not stated in the sources "
                    f"(announced for {self.announced.human()})"
                )
            return "took place; date not stated in the sources"
        if self.date is None:
            return "announced, no date given"
        if self.date.last_day < today:
            return f"was planned for {self.date.human()}; no report yet that it took place"
        return f"planned for {self.date.human()}"


# News older than this is no guide to what is upcoming or recent: answers about those say
# how old the newest article is ("nothing upcoming" from year-old news is not news).
STALE_AFTER = datetime.timedelta(days=30)


class Timeline:
    """The KB's events seen from one day."""

    def __init__(self, kb: KnowledgeBase, today: datetime.date) -> None:
        self.kb = kb
        self.today = today
        self.visible = frozenset(
            a.id for a in kb.articles if a.published is None or a.published.first_day <= today
        )
        self.states = [s for e in kb.curated.events if (s := self.state(e)) is not None]
        dates = [a.published for a in kb.articles if a.id in self.visible and a.published]
        self.newest = max(dates, key=lambda d: d.first_day, default=None)  # as KnowledgeBase.as_of
        # The last day the news could be from: "2025" may be as late as today in 2025.
        self.news_until = max((min(d.last_day, today) for d in dates), default=None)

    def published(self, source: str) -> PartialDate | None:
        return self.kb.article_by_id[source].published

    def state(self, event: Event) -> EventState | None:
        reports = [r for r in event.reports if r.quote.source in self.visible]
        if not reports:
            return None
        happened = [r for r in reports if r.status is Status.TOOK_PLACE]
        planned = [r for r in reports if r.status is Status.PLANNED and r.date]
        latest_plan = planned[-1].date if planned else None
        dates = [p for r in reports if (p := self.published(r.quote.source))]
        reported = max(dates, key=lambda d: d.first_day) if dates else None
        sources = tuple(dict.fromkeys(r.quote.source for r in reports))
        if happened:
            dated = [r.date for r in happened if r.date]
            if dated:  # the most precise date any source gives for it
                when = max(dated, key=lambda d: _PRECISION_RANK[d.precision])
                return EventState(event, Status.TOOK_PLACE, when, None, reported, sources)
            return EventState(event, Status.TOOK_PLACE, None, latest_plan, reported, sources)
        return EventState(event, Status.PLANNED, latest_plan, None, reported, sources)

    # A timeline is kept per day and asked many questions: what they all need is worked out
    # once, on first use.

    @cached_property
    def newest_first(self) -> tuple[EventState, ...]:
        return tuple(sorted(self.states, key=lambda s: s.sort_day, reverse=True))

    @cached_property
    def position(self) -> dict[str, int]:
        """Each visible event's place in ``states``: a few events looked up in their order,
        not all of them scanned."""
        return {s.event.id: n for n, s in enumerate(self.states)}

    @cached_property
    def dates(self) -> dict[str, PartialDate | None]:
        """Each event's date as known that day: when it happened or is planned for."""
        return {s.event.id: s.set_for for s in self.states}

    @cached_property
    def _by_party(self) -> dict[str, tuple[EventState, ...]]:
        found: defaultdict[str, list[EventState]] = defaultdict(list)
        for state in self.newest_first:
            for ident in dict.fromkeys((*state.event.participants, state.event.place)):
                if ident:
                    found[ident].append(state)
        return {ident: tuple(states) for ident, states in found.items()}

    def involving(self, ident: str) -> tuple[EventState, ...]:
        """The events a person, organisation or place took part in or hosted, newest first."""
        return self._by_party.get(ident, ())
