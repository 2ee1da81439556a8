"""The fan-out against Telegram's answers: 429, 403, 400 chat-not-found, 5xx; pacing."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import itertools
import sqlite3
from collections.abc import AsyncIterator
from datetime import UTC, datetime

import asyncpg
import pytest
from sqlalchemy import func, make_url, select
from telegram.ext import Application

from bot.app import build_application, polling
from bot.context import BotData
from bot.delivery import MAX_ATTEMPTS
from bot.emulator import Emulator
from bot.schedule import Schedule
from bot.settings import Settings
from bot.storage.models import Subscription
from tests.bot.clock import FakeClock
from tests.bot.conftest import Chat

START = datetime(2026, 12, 1, 2, 0, tzinfo=UTC)
DUE = datetime(2026, 12, 1, 3, 0, 30, tzinfo=UTC)  # just after 08:00 in Karachi
ADMIN = 900


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def settings(settings: Settings, database_url: str, emulator: Emulator) -> Settings:
    return dataclasses.replace(
        settings,
        database_url=database_url,
        api_base_url=emulator.base_url,
        admin_ids=frozenset({ADMIN}),
        retry_backoff=0.01,
        send_rate=50,
    )


@pytest.fixture
async def application(settings: Settings, clock: FakeClock) -> AsyncIterator[Application]:
    async with polling(build_application(settings, clock=clock), poll_timeout=0.25) as app:
        yield app


async def subscribe_many(
    emulator: Emulator, application: Application, chats: range, clock: FakeClock
) -> None:
    """Subscribers straight into the database: the fan-out is what is under test."""
    data: BotData = application.bot_data
    for chat_id in chats:
        emulator.private_chat(chat_id, f"Reader {chat_id}")
        schedule = Schedule(timezone="Asia/Karachi")
        await data.subscriptions.subscribe(chat_id, "private", schedule, clock())


async def fan_out(application: Application, clock: FakeClock) -> None:
    """The digests due, queued and sent. The bot's own digest job (every 50 ms here) may
    hold some subscriptions at this very moment, and each run skips rows another holds: run
    until none is left due, then wait for the sender."""
    data: BotData = application.bot_data
    clock.set(DUE)
    while True:
        await data.briefings.run_due(data.digests)
        async with data.briefings.engine.connect() as connection:
            left = await connection.scalar(
                select(func.count())
                .select_from(Subscription)
                .where(Subscription.active, Subscription.next_run_at <= clock())
            )
        if not left:
            break
        await asyncio.sleep(0.02)
    data.sender.wake()
    await data.sender.idle()


def briefings(emulator: Emulator, chat_id: int) -> int:
    return sum(m.text.startswith("Your briefing") for m in emulator.messages_to(chat_id))


async def test_429_403_and_a_5xx_on_the_way_still_deliver_each_digest_once(
    emulator: Emulator, application: Application, clock: FakeClock
) -> None:
    chats = range(1000, 1030)
    await subscribe_many(emulator, application, chats, clock)
    emulator.blocked.add(1007)
    emulator.fail("sendMessage", 429, retry_after=1)
    emulator.fail("sendMessage", 502, times=2)
    await fan_out(application, clock)
    assert {c: briefings(emulator, c) for c in chats if c != 1007} == {
        c: 1 for c in chats if c != 1007
    }
    data: BotData = application.bot_data
    blocked = await data.subscriptions.get(1007)
    assert blocked is not None
    assert not blocked.active
    assert "blocked" in (blocked.inactive_reason or "")
    assert await data.subscriptions.count_active() == 29


async def test_chat_not_found_stops_that_subscription(
    emulator: Emulator, application: Application, clock: FakeClock
) -> None:
    await subscribe_many(emulator, application, range(1100, 1102), clock)
    data: BotData = application.bot_data
    karachi = Schedule(timezone="Asia/Karachi")
    await data.subscriptions.subscribe(1199, "private", karachi, clock())
    await fan_out(application, clock)
    assert emulator.rejected == [("sendmessage", "Bad Request: chat not found")]
    emulator.rejected.clear()
    gone = await data.subscriptions.get(1199)
    assert gone is not None
    assert not gone.active
    assert [briefings(emulator, c) for c in (1100, 1101)] == [1, 1]


async def test_server_errors_retry_with_backoff_then_count_as_failed(
    emulator: Emulator, application: Application, clock: FakeClock
) -> None:
    await subscribe_many(emulator, application, range(1200, 1201), clock)
    data: BotData = application.bot_data
    emulator.fail("sendMessage", 502, times=4 * MAX_ATTEMPTS)
    await fan_out(application, clock)
    for _ in range(MAX_ATTEMPTS - 1):  # each retry waits for its time on the clock
        assert await data.outbox.counts() == {("digest", "pending"): 1}
        clock.advance(seconds=301)
        data.sender.wake()
        await data.sender.idle()
    assert await data.outbox.counts() == {("digest", "failed"): 1}
    assert briefings(emulator, 1200) == 0
    [stats] = await Chat(emulator, application, user_id=ADMIN).say("/stats")
    assert "Digests: 0 sent, 1 failed" in stats.text
    clock.advance(days=31)  # the digest job forgets finished rows after 30 days
    async with asyncio.timeout(5):
        while True:
            if not await data.outbox.counts():
                break
            await asyncio.sleep(0.05)


async def test_a_5xx_retried_later_is_sent_once_when_its_time_comes(
    emulator: Emulator, application: Application, clock: FakeClock
) -> None:
    await subscribe_many(emulator, application, range(1300, 1301), clock)
    emulator.fail("sendMessage", 500, times=4)  # more than the request layer retries
    await fan_out(application, clock)
    assert briefings(emulator, 1300) == 0
    clock.advance(seconds=3)
    data: BotData = application.bot_data
    data.sender.wake()
    await emulator.wait_for(lambda: briefings(emulator, 1300) == 1)
    await data.sender.idle()
    assert briefings(emulator, 1300) == 1


async def test_a_digest_whose_answer_is_late_is_not_sent_again(
    emulator: Emulator, settings: Settings, clock: FakeClock
) -> None:
    """Telegram delivered it but answered after the read timeout: repeating it would send
    the digest twice, so it is counted as sent, and as ambiguous for the operator."""
    settings = dataclasses.replace(settings, api_read_timeout=0.3)
    async with polling(build_application(settings, clock=clock), poll_timeout=0.25) as app:
        chats = range(1400, 1404)
        await subscribe_many(emulator, app, chats, clock)
        emulator.late("sendMessage", 1.0, times=2)
        await fan_out(app, clock)
        await asyncio.sleep(1.0)  # the late answers arrive; nothing more may follow them
        data: BotData = app.bot_data
        await data.sender.idle()
        assert [briefings(emulator, c) for c in chats] == [1, 1, 1, 1]
        assert emulator.calls["sendmessage"] == 4
        assert await data.outbox.counts() == {("digest", "sent"): 4}
        ambiguous = data.metrics.registry.get_sample_value(
            "briefbot_outbox_messages_total", {"kind": "digest", "outcome": "ambiguous"}
        )
        assert ambiguous == 2


@contextlib.asynccontextmanager
async def outage(database_url: str) -> AsyncIterator[None]:
    """The database unavailable to the bot: PostgreSQL refusing connections to its database
    (the ones open are cut), or another writer holding the SQLite file's write lock."""
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite":
        holder = sqlite3.connect(url.database or "", timeout=0, isolation_level=None)
        while True:  # wait for the bot's own write to finish, without blocking the loop
            try:
                holder.execute("BEGIN EXCLUSIVE")
                break
            except sqlite3.OperationalError:
                await asyncio.sleep(0.01)
        try:
            yield
        finally:
            holder.execute("COMMIT")
            holder.close()
        return
    admin = await asyncpg.connect(f"postgresql://{url.username}@{url.host}:{url.port}/postgres")
    name = url.database
    try:
        await admin.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false')
        await admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1", name
        )
        yield
    finally:
        await admin.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')
        await admin.close()


async def test_a_database_outage_mid_fan_out_sends_nothing_twice(
    emulator: Emulator, application: Application, clock: FakeClock, database_url: str
) -> None:
    """What Telegram accepted while the database was away is recorded once it is back,
    and not sent again; sending pauses meanwhile and then finishes the fan-out."""
    chats = range(2000, 2400)
    await subscribe_many(emulator, application, chats, clock)
    data: BotData = application.bot_data
    clock.set(DUE)
    await data.briefings.run_due(data.digests)
    data.sender.wake()
    await emulator.wait_for(lambda: len(emulator.sent) >= 100)
    async with outage(database_url):
        await asyncio.sleep(10)
    emulator.wait_limit = 60
    await emulator.wait_for(lambda: len(emulator.sent) >= 400)
    await data.sender.idle()
    assert {c: briefings(emulator, c) for c in chats} == {c: 1 for c in chats}
    assert await data.outbox.counts() == {("digest", "sent"): 400}


async def test_a_group_upgraded_to_a_supergroup_gets_its_digest_there(
    emulator: Emulator, application: Application, clock: FakeClock
) -> None:
    """Telegram answers the old id with ``migrate_to_chat_id``: the subscription follows."""
    data: BotData = application.bot_data
    emulator.group_chat(-3100, kind="group")
    await data.subscriptions.subscribe(-3100, "group", Schedule(timezone="Asia/Karachi"), clock())
    emulator.upgrade(-3100, -1003100, announce=False)
    await fan_out(application, clock)
    await emulator.wait_for(lambda: briefings(emulator, -1003100) == 1)
    await data.sender.idle()
    assert briefings(emulator, -1003100) == 1
    assert await data.subscriptions.get(-3100) is None
    moved = await data.subscriptions.get(-1003100)
    assert moved is not None
    assert moved.active
    assert moved.chat_type == "supergroup"
    assert await data.outbox.counts() == {("digest", "sent"): 1}
    assert emulator.rejected == [
        ("sendmessage", "Bad Request: group chat was upgraded to a supergroup chat")
    ]
    emulator.rejected.clear()


async def test_the_upgrade_notice_moves_the_subscription_before_any_digest(
    emulator: Emulator, application: Application, clock: FakeClock
) -> None:
    data: BotData = application.bot_data
    emulator.group_chat(-3200, kind="group")
    await data.subscriptions.subscribe(-3200, "group", Schedule(timezone="Asia/Karachi"), clock())
    emulator.upgrade(-3200, -1003200)
    await emulator.delivered()
    await application.update_queue.join()
    assert await data.subscriptions.get(-3200) is None
    assert await data.subscriptions.get(-1003200) is not None
    await fan_out(application, clock)
    assert briefings(emulator, -1003200) == 1
    assert emulator.rejected == []


@pytest.mark.parametrize(
    ("chat_id", "kind", "gap"),
    [(1400, "private", 1.0), (-1_001_400, "supergroup", 3.0)],
    ids=["private chat: a second", "group: three seconds (20 a minute)"],
)
async def test_parts_to_one_chat_keep_telegrams_pace(
    emulator: Emulator,
    application: Application,
    clock: FakeClock,
    chat_id: int,
    kind: str,
    gap: float,
) -> None:
    data: BotData = application.bot_data
    if kind == "private":
        emulator.private_chat(chat_id, "Reader")
    else:
        emulator.group_chat(chat_id, kind=kind)
    await data.subscriptions.subscribe(chat_id, kind, Schedule(timezone="Asia/Karachi"), clock())
    admin = Chat(emulator, application, user_id=ADMIN)
    long_text = " ".join(["Karachi forum update."] * 400)  # about 8,800 characters
    await admin.say(f"/broadcast {long_text}")
    await data.sender.idle()
    parts = emulator.messages_to(chat_id)
    assert len(parts) == 3
    assert all(b.at - a.at >= gap - 0.05 for a, b in itertools.pairwise(parts))
