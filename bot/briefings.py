"""Deciding what to send: due digests and new-article alerts, written to the outbox.

Each decision and its outbox rows are one transaction: a digest run moves the subscription's
next run on in the same commit that queues the digest, so a crash can neither lose the run
nor queue it twice; the outbox's unique key guards the rest.
"""

from __future__ import annotations

import bisect
import logging
from collections import defaultdict
from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from bot import render
from bot.i18n import Catalogues, Texts
from bot.metrics import Metrics
from bot.schedule import Schedule, next_run
from bot.storage.models import ChatLanguage, KnownArticle, Outbox, Subscription
from bot.storage.outbox import Part, enqueue
from bot.storage.subscriptions import schedule_of
from knowledge.digest import Digests

_LOGGER = logging.getLogger(__name__)
_RUN_BATCH = 1000
UNUSABLE_ZONE = "time zone cannot be loaded"  # how a stopped subscription's reason begins


def _unusable_zone(name: str) -> str | None:
    """Why a stored time zone cannot be used (an OS update removed it, a row was edited by
    hand), or None when it can."""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return f"{UNUSABLE_ZONE}: {name[:64]!r}"
    return None


class Briefings:
    def __init__(
        self,
        engine: AsyncEngine,
        clock: Callable[[], datetime],
        metrics: Metrics | None = None,
        catalogues: Catalogues | None = None,
    ) -> None:
        self.engine = engine
        self.clock = clock
        self.metrics = metrics
        self.catalogues = catalogues or Catalogues()

    async def _languages(self, session: AsyncSession, chats: list[int]) -> dict[int, Texts]:
        """Each chat's language for what is sent to it; English where it chose none."""
        chosen: dict[int, str] = {}
        for start in range(0, len(chats), _RUN_BATCH):
            batch = chats[start : start + _RUN_BATCH]
            rows = await session.execute(
                select(ChatLanguage.chat_id, ChatLanguage.language).where(
                    ChatLanguage.chat_id.in_(batch)
                )
            )
            chosen.update((chat_id, language) for chat_id, language in rows.all())
        return {chat: self.catalogues.get(chosen.get(chat)) for chat in chats}

    async def _arrivals(self, session: AsyncSession) -> tuple[list[datetime], list[str]]:
        """Known articles in the order they arrived: (times, ids), for "new since"."""
        rows = (
            await session.execute(
                select(KnownArticle.added_at, KnownArticle.source_id).order_by(
                    KnownArticle.added_at, KnownArticle.source_id
                )
            )
        ).all()
        return [r[0] for r in rows], [r[1] for r in rows]

    async def record_articles(self, digests: Digests) -> int:
        """Note the KB's articles not seen before and queue alerts for them; return how many
        alerts were queued. The very first KB is the baseline: nothing is announced."""
        now = self.clock()
        async with AsyncSession(self.engine) as session, session.begin():
            known = set(await session.scalars(select(KnownArticle.source_id)))
            fresh = [a.id for a in digests.kb.articles if a.id not in known]
            if not fresh:
                return 0
            session.add_all(KnownArticle(source_id=i, added_at=now) for i in fresh)
            if not known:
                return 0
            subscribers = list(
                await session.scalars(select(Subscription).where(Subscription.active))
            )
            languages = await self._languages(session, [row.chat_id for row in subscribers])
            queued = 0
            for source in fresh:
                alert = digests.alert(source)
                parts: dict[str, list[Part]] = {}
                for texts in set(languages.values()):
                    frame = render.digest_frame(texts)
                    parts[texts.language] = render.parts(alert.answer_in(frame), texts)
                chats = [
                    (row.chat_id, parts[languages[row.chat_id].language])
                    for row in subscribers
                    if not row.topics or not alert.topics.isdisjoint(row.topics.split(","))
                ]
                await enqueue(session, "alert", f"alert:{source}", chats, now)
                queued += len(chats)
            _LOGGER.info("%d new article(s); %d alert(s) queued", len(fresh), queued)
            return queued

    async def run_due(self, digests: Digests) -> int:
        """Queue the digest of every subscription whose next run has come; return how many
        subscriptions were due. Runs missed while the bot was down come out as one digest."""
        due_total = 0
        while True:
            now = self.clock()
            async with AsyncSession(self.engine) as session, session.begin():
                rows = list(
                    await session.scalars(
                        select(Subscription)
                        .where(Subscription.active, Subscription.next_run_at <= now)
                        .order_by(Subscription.next_run_at)
                        .limit(_RUN_BATCH)
                        .with_for_update(skip_locked=True)
                    )
                )
                if not rows:
                    return due_total
                composer = _Composer(digests, *await self._arrivals(session))
                languages = await self._languages(session, [row.chat_id for row in rows])
                runs: dict[str, list[tuple[int, list[Part]]]] = defaultdict(list)
                upcoming: dict[Schedule, datetime] = {}
                for row in rows:
                    assert row.next_run_at is not None
                    if problem := _unusable_zone(row.timezone):
                        self._stop(row, problem, now)  # and everyone else is served
                        continue
                    key = f"{row.next_run_at:%Y-%m-%dT%H:%M}Z"
                    parts = composer.parts(
                        row, now, languages[row.chat_id], note_when_empty=row.send_when_empty
                    )
                    if parts:
                        runs[key].append((row.chat_id, parts))
                    schedule = schedule_of(row)
                    if schedule not in upcoming:
                        upcoming[schedule] = next_run(schedule, now)
                    row.last_digest_at = now
                    row.next_run_at = upcoming[schedule]
                for key, messages in runs.items():
                    await enqueue(session, "digest", key, messages, now)
                due_total += len(rows)

    def _stop(self, row: Subscription, reason: str, now: datetime) -> None:
        _LOGGER.error("subscription of chat %d stopped: %s", row.chat_id, reason)
        row.active = False
        row.inactive_reason = reason
        row.next_run_at = None
        row.updated_at = now
        if self.metrics:
            self.metrics.subscriptions_stopped.labels("time zone").inc()

    async def broadcast(self, key: str, parts: list[Part]) -> int | None:
        """Queue one message for every active subscriber; return how many, or None when
        ``key`` was queued before (nothing new is)."""
        async with AsyncSession(self.engine) as session, session.begin():
            seen = await session.scalar(
                select(Outbox.id).where(Outbox.kind == "broadcast", Outbox.run_key == key).limit(1)
            )
            if seen is not None:
                return None
            chats = list(
                await session.scalars(select(Subscription.chat_id).where(Subscription.active))
            )
            await enqueue(session, "broadcast", key, [(c, parts) for c in chats], self.clock())
            return len(chats)

    async def digest_now(
        self, digests: Digests, chat_id: int, key: str, zone: ZoneInfo, texts: Texts
    ) -> None:
        """/digest: this chat's digest at once (the full briefing for a non-subscriber), in
        the language of whoever asked."""
        now = self.clock()
        async with AsyncSession(self.engine) as session, session.begin():
            row = await session.get(Subscription, chat_id, with_for_update=True)
            composer = _Composer(digests, *await self._arrivals(session))
            if row is not None and row.active:
                parts = composer.parts(row, now, texts, note_when_empty=True)
                row.last_digest_at = now
            else:
                today = now.astimezone(zone).date()
                frame = render.digest_frame(texts)
                answer = digests.compose(today, new=None, frame=frame) or digests.nothing_new(
                    today, frame
                )
                parts = render.parts(answer, texts)
            await enqueue(session, "digest", key, [(chat_id, parts)], now)


class _Composer:
    """Digests for many subscribers at once: those who share topics, day, news and language
    share one composed (and rendered) digest."""

    def __init__(self, digests: Digests, times: list[datetime], ids: list[str]) -> None:
        self.digests = digests
        self.times = times
        self.ids = ids
        self.cache: dict[tuple[object, ...], list[Part]] = {}

    def parts(
        self, row: Subscription, now: datetime, texts: Texts, *, note_when_empty: bool
    ) -> list[Part]:
        today = now.astimezone(ZoneInfo(row.timezone)).date()
        since = None
        if row.last_digest_at is not None:
            since = bisect.bisect_right(self.times, row.last_digest_at)
        topics = tuple(t for t in row.topics.split(",") if t)
        key = (today, since, topics, note_when_empty, texts.language)
        if key not in self.cache:
            frame = render.digest_frame(texts)
            new = None if since is None else set(self.ids[since:])
            answer = self.digests.compose(today, new=new, topics=topics, frame=frame)
            if answer is None and note_when_empty:
                answer = self.digests.nothing_new(today, frame)
            self.cache[key] = render.parts(answer, texts) if answer else []
        return self.cache[key]
