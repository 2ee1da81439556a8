"""Work the bot does on its own: loading the KB, running due digests, reloading new articles.

These run from python-telegram-bot's JobQueue (APScheduler). Jobs are never stored: the
schedule lives in the database (each subscription's next run), so the bot rebuilds nothing
at start and a run missed while it was down is simply due when it comes back. The jobs are
added with ``misfire_grace_time=None``: APScheduler's default of one second would silently
drop a run that starts late on a busy event loop.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.context import BotData, Context
from bot.settings import Settings
from knowledge import Engine, build
from knowledge.digest import Digests
from knowledge.seeds import INDEX_NAME

_LOGGER = logging.getLogger(__name__)
SETTLE_SECONDS = 0.3
OUTBOX_KEEP = timedelta(days=30)  # finished rows kept this long, for /stats
JOB_KWARGS = {"misfire_grace_time": None, "coalesce": True, "max_instances": 1}


def fingerprint(folder: Path) -> tuple[tuple[str, int, int], ...]:
    """Names, sizes and modification times of the articles and the index: cheap to take
    every minute, and it changes with any edit the KB would see."""
    paths = sorted([*folder.glob("*.txt"), folder / INDEX_NAME])
    found = []
    for path in paths:
        try:
            status = path.stat()
        except FileNotFoundError:
            continue
        found.append((path.name, status.st_size, status.st_mtime_ns))
    return tuple(found)


def _load(settings: Settings) -> tuple[Engine, Digests]:
    kb = build(settings.seeds_dir, max_article_bytes=settings.max_article_bytes)
    return Engine(kb, stale_after=timedelta(days=settings.stale_days)), Digests(kb)


async def load_kb(data: BotData) -> None:
    """Build the KB at start (in a thread: the event loop keeps answering) and make it live."""
    folder = data.settings.seeds_dir
    data.kb_fingerprint = fingerprint(folder)
    data.engine, data.digests = await asyncio.to_thread(_load, data.settings)
    _LOGGER.info("knowledge base loaded: %d articles", len(data.engine.kb.articles))
    _measure(data)


def _measure(data: BotData) -> None:
    kb = data.engine.kb
    data.metrics.kb_articles.set(len(kb.articles))
    if kb.as_of:
        day = kb.as_of.first_day
        data.metrics.kb_as_of.set(datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp())


async def reload_kb(context: Context) -> None:
    """A changed seeds folder: the new KB is live at once, and its new articles alerted.
    A KB that fails to build leaves the old one answering; the log says why."""
    data = context.bot_data
    folder = data.settings.seeds_dir
    current = fingerprint(folder)
    if current == data.kb_fingerprint:
        return
    # A folder is read once it holds still: `briefbot ingest` writes the article, then the
    # index, and a KB built between the two would announce an article without its title.
    await asyncio.sleep(SETTLE_SECONDS)
    if fingerprint(folder) != current:
        return  # still being written; the next check takes it
    data.kb_fingerprint = current
    try:
        engine, digests = await asyncio.to_thread(_load, data.settings)
    except Exception as error:
        _LOGGER.error("new articles in %s not loaded, the old KB stays live: %s", folder, error)
        return
    data.engine, data.digests = engine, digests
    _LOGGER.info("knowledge base reloaded: %d articles", len(engine.kb.articles))
    _measure(data)
    if data.leadership.held and await data.briefings.record_articles(digests):
        data.sender.wake()


async def run_digests(context: Context) -> None:
    """On the replica that leads: alerts for articles not yet announced, every digest whose
    time has come, then wake the sender and forget old rows."""
    data = context.bot_data
    data.metrics.subscribers.set(await data.subscriptions.count_active())
    if not await data.leadership.check():
        return
    queued = await data.briefings.record_articles(data.digests)
    if await data.briefings.run_due(data.digests) or queued:
        data.sender.wake()
    await data.outbox.prune(data.clock() - OUTBOX_KEEP)
