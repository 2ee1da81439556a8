"""``briefbot run`` as a real process: killed in the middle of a fan-out and started again,
every subscriber gets the digest exactly once (SQLite and PostgreSQL); an article added with
``briefbot ingest`` reaches the matching subscribers of the running bot."""

from __future__ import annotations

import asyncio
import shutil
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select

from bot.emulator import Emulator
from bot.schedule import Schedule
from bot.storage.database import connect, migrate, sessions
from bot.storage.models import Outbox
from bot.storage.subscriptions import Subscriptions
from knowledge.build import DEFAULT_SEEDS_DIR
from tests.bot.conftest import TOKEN
from tests.bot.test_digests import FLIGHTS_ARTICLE
from tests.bot.test_run import BRIEFBOT, clean_env, start_bot

CHATS = range(5000, 5030)


async def subscribe_yesterday(url: str) -> None:
    """Thirty subscribers whose 08:00 digest fell due while the bot was not running."""
    engine = connect(url)
    await migrate(engine)
    store = Subscriptions(sessions(engine))
    yesterday = datetime.now(UTC) - timedelta(days=1, hours=1)
    for chat_id in CHATS:
        await store.subscribe(chat_id, "private", Schedule(timezone="Asia/Karachi"), yesterday)
    await engine.dispose()


async def recorded(url: str, condition: Callable[[int, int], bool]) -> None:
    """Until the running bot's outbox holds ``condition(parts recorded sent, rows pending)``:
    tests wait for the state they assert on, not for a length of time."""
    engine = connect(url)
    try:
        async with asyncio.timeout(60):
            while True:
                async with engine.connect() as connection:
                    sent, pending = (
                        await connection.execute(
                            select(
                                func.coalesce(func.sum(Outbox.parts_sent), 0),
                                func.count().filter(Outbox.status == "pending"),
                            )
                        )
                    ).one()
                if condition(int(sent), int(pending)):
                    return
                await asyncio.sleep(0.05)
    finally:
        await engine.dispose()


def briefings(emulator: Emulator) -> dict[int, int]:
    return {
        c: sum(m.text.startswith("Your briefing") for m in emulator.messages_to(c)) for c in CHATS
    }


async def test_a_killed_fan_out_resumes_and_repeats_nothing(
    emulator: Emulator, database_url: str, tmp_path: Path
) -> None:
    on_postgres = database_url.startswith("postgresql")
    if not on_postgres:  # the bot's own default: briefbot.db in its data directory
        database_url = f"sqlite+aiosqlite:///{tmp_path / 'briefbot.db'}"
    await subscribe_yesterday(database_url)
    for chat_id in CHATS:
        emulator.private_chat(chat_id, f"Reader {chat_id}")
    env = clean_env(
        TELEGRAM_BOT_TOKEN=TOKEN,
        TELEGRAM_API_BASE_URL=emulator.base_url,
        BRIEFBOT_DATA_DIR=str(tmp_path),
        BRIEFBOT_SEND_RATE="5",  # slow enough to be caught in the middle
        **({"DATABASE_URL": database_url} if on_postgres else {}),
    )
    bot = await start_bot(env, tmp_path)
    async with asyncio.timeout(60):
        await emulator.wait_for(lambda: sum(briefings(emulator).values()) >= 5)
    emulator.fail("sendMessage", 502, times=10_000)  # nothing more gets through...
    delivered = sum(m.chat_id in CHATS for m in emulator.sent)  # every part
    await recorded(database_url, lambda sent, _: sent == delivered)  # ...and is recorded
    bot.kill()
    await bot.wait()
    delivered_before = {c for c, n in briefings(emulator).items() if n}
    assert 5 <= len(delivered_before) < len(CHATS)
    emulator.faults.clear()
    emulator.wait_limit = 60  # on PostgreSQL the dead process's claims last 15 s
    bot = await start_bot(env, tmp_path)
    async with asyncio.timeout(60):
        await emulator.wait_for(lambda: all(briefings(emulator).values()))
    await recorded(database_url, lambda _, pending: pending == 0)  # nothing left to send
    bot.terminate()
    await bot.communicate()
    assert briefings(emulator) == {c: 1 for c in CHATS}


async def test_ingest_reaches_a_running_bots_matching_subscribers(
    emulator: Emulator, tmp_path: Path
) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(DEFAULT_SEEDS_DIR, seeds)
    env = clean_env(
        TELEGRAM_BOT_TOKEN=TOKEN,
        TELEGRAM_API_BASE_URL=emulator.base_url,
        BRIEFBOT_DATA_DIR=str(tmp_path / "data"),
        BRIEFBOT_SEEDS_DIR=str(seeds),
        BRIEFBOT_RELOAD_SECONDS="2",
    )
    bot = await start_bot(env, tmp_path)
    flights = emulator.private_chat(7001, "Flights desk")
    faith = emulator.private_chat(7002, "Interfaith desk")
    emulator.send_text(flights, "/subscribe topics flights")
    emulator.send_text(faith, "/subscribe topics interfaith")
    async with asyncio.timeout(30):
        await emulator.wait_for(lambda: all(emulator.messages_to(c) for c in (7001, 7002)))
    article = tmp_path / "005_pia_almaty.txt"
    article.write_text(FLIGHTS_ARTICLE, encoding="utf-8")
    ingest = await asyncio.create_subprocess_exec(
        BRIEFBOT, "ingest", str(article), "--title", "PIA to fly Islamabad–Almaty direct",
        "--publisher", "Dawn", "--date", "2026-11-30", env=env, cwd=tmp_path,
    )  # fmt: skip
    assert await ingest.wait() == 0
    added = time.monotonic()
    async with asyncio.timeout(30):
        await emulator.wait_for(lambda: len(emulator.messages_to(7001)) == 2)
    alert = emulator.messages_to(7001)[-1]
    assert alert.at - added < 2 + 2  # the reload period, plus build and delivery
    assert alert.text.startswith("New briefing: PIA to fly Islamabad–Almaty direct")
    # every alert queued is sent: one to 7002 would have gone out by now
    await recorded(f"sqlite+aiosqlite:///{tmp_path / 'data' / 'briefbot.db'}", lambda _, p: p == 0)
    bot.terminate()
    await bot.communicate()
    assert len(emulator.messages_to(7002)) == 1  # only the /subscribe confirmation
