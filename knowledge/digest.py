"""Digests: what a subscriber gets on schedule, and the short alert for one new article.

A digest is an Answer like any other (lead, cited bullets, follow-ups), so the bot renders it
with the same code and every line keeps its source. What counts as new is decided by the
caller (which articles arrived since this subscriber's last digest); ``None`` means "no
previous digest", and the subscriber gets the full briefing.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import cached_property

from knowledge.answer import Answer, Citation
from knowledge.format import Reply, clip, figure_text
from knowledge.model import Article, FigureKind, KnowledgeBase, Sentence
from knowledge.timeline import EventState, Timeline

HORIZON = datetime.timedelta(days=14)
GIST_CHARS = 220
_FULL_ARTICLES = 5
_FULL_RECENT_EVENTS = 3
_FULL_FIGURES = 3
_FOLLOW_UPS = ("upcoming visits", "trade target", "timeline", "sources")
OFFERED = _FOLLOW_UPS  # the questions a digest offers as buttons


def _day(day: datetime.date) -> str:
    return f"{day.day} {day:%B %Y}"


@dataclass(frozen=True)
class Frame:
    """The words around a digest's facts. The facts stay as published (English quotes and
    lines); the caller may give these in the reader's language, with ``day`` writing a date
    as that reader writes it."""

    briefing: str = "Your briefing, {day}"
    since: str = "New since your last briefing ({day})"
    nothing_new: str = "Nothing new since your last briefing ({day})"
    meanwhile: str = "Ask me anything meanwhile, or tap a question."
    new: str = "New: "
    event_update: str = "Event update: "
    coming_up: str = "Coming up: "
    nothing_coming: str = "Coming up: nothing on record for the next {days} days"
    recent: str = "Recent: "
    figure: str = "Figure: "
    alert: str = "New briefing: {title}"
    day: Callable[[datetime.date], str] = _day


ENGLISH = Frame()


@dataclass(frozen=True)
class Alert:
    """The push for one new article: its title, where it is from, and one line of gist."""

    source: str
    title: str
    citation: str
    gist: str
    topics: frozenset[str]

    @property
    def answer(self) -> Answer:
        return self.answer_in(ENGLISH)

    def answer_in(self, frame: Frame) -> Answer:
        return Answer(
            question=f"alert {self.source}",
            intent="alert",
            lead=frame.alert.format(title=self.title),
            bullets=(f"{self.gist} [1]",),
            citations=(Citation(1, self.source, self.citation),),
            follow_ups=("sources",),
        )


_OnTopic = Callable[[Iterable[str]], bool]


class Digests:
    """Composes digests from one KB; built once per KB, used for every subscriber."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb

    @cached_property
    def sentences(self) -> dict[str, list[Sentence]]:
        by_article: dict[str, list[Sentence]] = defaultdict(list)
        for sentence in self.kb.sentences:
            by_article[sentence.source].append(sentence)
        return by_article

    @cached_property
    def article_topics(self) -> dict[str, frozenset[str]]:
        return {
            article.id: frozenset(t for s in self.sentences[article.id] for t in s.topics)
            for article in self.kb.articles
        }

    def gist(self, source: str) -> str:
        """The article's first sentence that says something on a topic, not the headline
        again (else its first sentence that is not the headline)."""
        title = self.kb.article_by_id[source].title
        body = [s for s in self.sentences[source] if title not in s.text]
        chosen = next((s for s in body if s.topics), body[0] if body else None)
        return clip(chosen.text, GIST_CHARS) if chosen else title

    def alert(self, source: str) -> Alert:
        article = self.kb.article_by_id[source]
        return Alert(
            source=source,
            title=article.title,
            citation=f"{article.citation()}, {article.when}",
            gist=self.gist(source),
            topics=self.article_topics.get(source, frozenset()),
        )

    def compose(
        self,
        today: datetime.date,
        *,
        new: AbstractSet[str] | None,
        topics: Collection[str] = (),
        frame: Frame = ENGLISH,
    ) -> Answer | None:
        """The digest for one subscriber, or None when there is nothing new for them.

        ``new``: ids of the articles added since their last digest (None: the full briefing).
        ``topics``: the subscriber's topics; empty means every topic."""
        wanted = frozenset(topics)
        timeline = Timeline(self.kb, today)
        reply = Reply(self.kb, limit=1_000)

        def on_topic(item_topics: Iterable[str]) -> bool:
            return not wanted or not wanted.isdisjoint(item_topics)

        news = self._articles(reply, timeline, on_topic, new, frame)
        news += self._events(reply, timeline, on_topic, new, frame)
        news += self._figures(reply, timeline, on_topic, new, frame)
        if new is not None and not news:  # what is coming up alone is not news
            return None
        lead = (frame.briefing if new is None else frame.since).format(day=frame.day(today))
        return Answer(
            question="digest",
            intent="digest",
            lead=lead,
            bullets=tuple(reply.bullets),
            citations=reply.citations.all(),
            follow_ups=_FOLLOW_UPS,
        )

    def _articles(
        self,
        reply: Reply,
        timeline: Timeline,
        on_topic: _OnTopic,
        new: AbstractSet[str] | None,
        frame: Frame,
    ) -> int:
        """The new articles (the newest few for a full briefing); how many."""
        articles = [
            a
            for a in self.kb.articles
            if a.id in timeline.visible and on_topic(self.article_topics.get(a.id, ()))
        ]
        if new is None:
            articles.sort(key=_newest_first)
            articles = articles[:_FULL_ARTICLES]
        else:
            articles = [a for a in articles if a.id in new]
        for article in articles:
            reply.add(frame.new + _article_line(article, self.gist(article.id)), article.id)
        return len(articles)

    def _events(
        self,
        reply: Reply,
        timeline: Timeline,
        on_topic: _OnTopic,
        new: AbstractSet[str] | None,
        frame: Frame,
    ) -> int:
        """Events a new article changed, what is coming up, and (in a full briefing) the
        latest past ones; how many changed."""
        today = timeline.today
        states = [s for s in timeline.states if on_topic(s.event.topics)]
        changed = [s for s in states if new is not None and not new.isdisjoint(s.sources)]
        for state in changed:
            reply.add(frame.event_update + _event_line(state, today), *state.sources)
        upcoming = [
            s
            for s in states
            if s.is_upcoming(today) and s.date and s.date.first_day <= today + HORIZON
        ]
        for state in sorted(upcoming, key=lambda s: s.sort_day):
            if state not in changed:
                reply.add(frame.coming_up + _event_line(state, today), *state.sources)
        if new is None and not upcoming:
            reply.bullets.append(frame.nothing_coming.format(days=HORIZON.days))
        if new is None:
            past = [s for s in states if not s.is_upcoming(today)]
            for state in sorted(past, key=lambda s: s.sort_day)[-_FULL_RECENT_EVENTS:]:
                reply.add(frame.recent + _event_line(state, today), *state.sources)
        return len(changed)

    def _figures(
        self,
        reply: Reply,
        timeline: Timeline,
        on_topic: _OnTopic,
        new: AbstractSet[str] | None,
        frame: Frame,
    ) -> int:
        """Figures of the new articles (targets first; a few in a full briefing); how many."""
        figures = sorted(self.kb.curated.figures, key=lambda f: f.kind is not FigureKind.TARGET)
        shown = 0
        for figure in figures:
            sources = [s for s in figure.sources if s in timeline.visible]
            if not sources or not on_topic(figure.topics):
                continue
            if new is None and shown == _FULL_FIGURES:
                break
            if new is None or not new.isdisjoint(sources):
                shown += 1
                text = f"{figure.measures}: {figure_text(figure)} ({figure.kind.value})"
                reply.add(frame.figure + text, *sources)
        return shown

    def nothing_new(self, today: datetime.date, frame: Frame = ENGLISH) -> Answer:
        """The note for subscribers who asked to hear even when nothing is new."""
        return Answer(
            question="digest",
            intent="digest",
            lead=frame.nothing_new.format(day=frame.day(today)),
            hint=frame.meanwhile,
            follow_ups=_FOLLOW_UPS,
        )


def _newest_first(article: Article) -> int:
    day = article.published.last_day if article.published else datetime.date.min
    return -day.toordinal()


def _article_line(article: Article, gist: str) -> str:
    when = article.published.human() if article.published else "undated"
    where = f"{article.publisher}, {when}" if article.publisher else when
    return f"{article.title} ({where}). {gist}"


def _event_line(state: EventState, today: datetime.date) -> str:
    return f"{state.event.name} — {state.when(today)}"
