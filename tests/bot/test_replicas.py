"""Two ``briefbot run`` replicas in webhook mode on one PostgreSQL: the one holding the
schedule lock is killed in the middle of a fan-out, and every subscriber still gets each
digest exactly once — the other replica finishes the fan-out and takes the schedule over."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path

import asyncpg
from sqlalchemy import update

from bot.emulator import Emulator
from bot.schedule import Schedule
from bot.storage.database import connect, migrate, sessions
from bot.storage.models import Subscription
from bot.storage.subscriptions import Subscriptions
from tests.bot.conftest import TOKEN
from tests.bot.test_processes import recorded
from tests.bot.test_run import clean_env, free_port, start_bot

DUE_NOW = range(6000, 6030)
DUE_SOON = range(6100, 6110)  # due while only the second replica is left


def briefings(emulator: Emulator, chats: range) -> dict[int, int]:
    return {
        c: sum(m.text.startswith("Your briefing") for m in emulator.messages_to(c)) for c in chats
    }


async def test_the_other_replica_finishes_the_fan_out_and_takes_the_schedule_over(
    emulator: Emulator, postgres: str, tmp_path: Path
) -> None:
    admin = await asyncpg.connect(f"postgresql://briefbot@{postgres}/postgres")
    await admin.execute('CREATE DATABASE "replicas"')
    await admin.close()
    url = f"postgresql+asyncpg://briefbot@{postgres}/replicas"
    engine = connect(url)
    await migrate(engine)
    store = Subscriptions(sessions(engine))
    karachi = Schedule(timezone="Asia/Karachi")
    yesterday = datetime.now(UTC) - timedelta(days=1, hours=1)
    for chat_id in [*DUE_NOW, *DUE_SOON]:
        emulator.private_chat(chat_id, f"Reader {chat_id}")
        await store.subscribe(chat_id, "private", karachi, yesterday)
    soon = datetime.now(UTC) + timedelta(seconds=30)
    async with engine.begin() as connection:
        await connection.execute(
            update(Subscription)
            .where(Subscription.chat_id.in_(list(DUE_SOON)))
            .values(next_run_at=soon)
        )
    await engine.dispose()

    def replica(name: str) -> dict[str, str]:
        port = free_port()
        return clean_env(
            TELEGRAM_BOT_TOKEN=TOKEN,
            TELEGRAM_API_BASE_URL=emulator.base_url,
            DATABASE_URL=url,
            BRIEFBOT_DATA_DIR=str(tmp_path / name),
            BRIEFBOT_MODE="webhook",
            BRIEFBOT_WEBHOOK_URL=f"http://127.0.0.1:{port}/telegram",
            BRIEFBOT_WEBHOOK_SECRET="replica-secret",
            BRIEFBOT_LISTEN=f"127.0.0.1:{port}",
            BRIEFBOT_SEND_RATE="4",  # slow enough to be caught in the middle
        )

    emulator.wait_limit = 90
    first = await start_bot(replica("first"), tmp_path)
    await emulator.wait_for(lambda: sum(briefings(emulator, DUE_NOW).values()) >= 3)
    second = await start_bot(replica("second"), tmp_path)  # the lock is taken: it follows
    await emulator.wait_for(lambda: sum(briefings(emulator, DUE_NOW).values()) >= 12)
    emulator.fail("sendMessage", 502, times=100_000)  # nothing gets through...
    delivered = sum(m.chat_id in {*DUE_NOW, *DUE_SOON} for m in emulator.sent)  # every part
    await recorded(url, lambda sent, _: sent == delivered)  # ...and what got through is recorded
    first.kill()
    await first.wait()
    emulator.faults.clear()
    async with asyncio.timeout(90):
        await emulator.wait_for(lambda: all(briefings(emulator, DUE_NOW).values()))
        await emulator.wait_for(lambda: all(briefings(emulator, DUE_SOON).values()))
    await recorded(url, lambda _, pending: pending == 0)  # nothing left to send
    second.terminate()
    _, stderr = await second.communicate()
    assert briefings(emulator, DUE_NOW) == {c: 1 for c in DUE_NOW}
    assert briefings(emulator, DUE_SOON) == {c: 1 for c in DUE_SOON}
    assert "this replica now runs the digest schedule" in stderr.decode()
