"""Subscriptions on SQLite and PostgreSQL: one row per chat, kept across restarts."""

import asyncio
from datetime import UTC, datetime, time

from sqlalchemy import inspect
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.schedule import Schedule
from bot.storage.database import connect, migrate, sessions
from bot.storage.subscriptions import Subscriptions

NOW = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)
KARACHI = Schedule(timezone="Asia/Karachi")


async def test_subscribing_twice_updates_the_one_row(engine: AsyncEngine) -> None:
    store = Subscriptions(sessions(engine))
    _, fresh = await store.subscribe(42, "private", KARACHI, NOW)
    assert fresh
    weekly = Schedule(timezone="Asia/Almaty", frequency="weekly", weekday=0,
                      send_time=time(9, 30), topics=("visits", "trade"))  # fmt: skip
    _, fresh = await store.subscribe(42, "private", weekly, NOW)
    assert not fresh
    [only] = await store.active()
    assert (only.chat_id, only.frequency, only.weekday) == (42, "weekly", 0)
    assert (only.send_time, only.timezone, only.topics) == (
        time(9, 30),
        "Asia/Almaty",
        "visits,trade",
    )


async def test_racing_subscriptions_still_make_one_row(engine: AsyncEngine) -> None:
    store = Subscriptions(sessions(engine))
    await asyncio.gather(*(store.subscribe(7, "private", KARACHI, NOW) for _ in range(5)))
    assert [row.chat_id for row in await store.active()] == [7]


async def test_unsubscribing_stops_everything_and_resubscribing_starts_fresh(
    engine: AsyncEngine,
) -> None:
    store = Subscriptions(sessions(engine))
    await store.subscribe(42, "private", KARACHI, NOW)
    assert await store.stop(42, "unsubscribed", NOW)
    assert not await store.stop(42, "unsubscribed", NOW)
    assert await store.active() == []
    stopped = await store.get(42)
    assert stopped is not None
    assert stopped.inactive_reason == "unsubscribed"
    _, fresh = await store.subscribe(42, "private", KARACHI, NOW)
    assert fresh


async def test_subscriptions_survive_a_restart(database_url: str) -> None:
    first = connect(database_url)
    await migrate(first)
    await Subscriptions(sessions(first)).subscribe(-100_5, "supergroup", KARACHI, NOW)
    await first.dispose()
    second = connect(database_url)
    await migrate(second)  # migrating again changes nothing and loses nothing
    [row] = await Subscriptions(sessions(second)).active()
    assert (row.chat_id, row.chat_type, row.send_time) == (-100_5, "supergroup", time(8, 0))
    await second.dispose()


async def test_the_schema_comes_from_migrations(engine: AsyncEngine) -> None:
    async with engine.connect() as connection:
        tables = await connection.run_sync(lambda c: set(inspect(c).get_table_names()))
    assert {"subscriptions", "alembic_version"} <= tables
