"""Benchmark: one digest fanned out to 10,000 subscribers, and composing 10,000 digests.

Fan-out: ``briefbot run`` (a process of its own, as in production) starts with 10,000
subscribers whose digest is due, against the emulator capped at 1,000 messages a second
(Telegram's paid-broadcast tier) with ``BRIEFBOT_SEND_RATE=1000``. Printed: the sustained
rate as a share of the cap (target >= 90%), lost and duplicated digests (target 0 and 0),
the bot's peak memory (VmHWM, target <= 250 MB). Half-way through, the bot is killed
(``--kill KILL``, the default: a crash; ``--kill TERM``: a clean stop; ``--kill none``) and
started again: the rate then includes the restart. After SIGKILL the parts Telegram had
accepted but the bot had not yet recorded (at most one a sender, 16) come again; after
SIGTERM, none.

Composing: 10,000 due subscriptions with mixed topics, time zones and last-digest times,
queued by one digest run on a SQLite file (target <= 5 s). A script, not a test:

    .venv/bin/python tests/bench/bench_fanout.py [--subscribers 10000] [--kill KILL|TERM|none]
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import platform
import random
import signal
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path

from sqlalchemy.ext.asyncio import AsyncSession

from bot.briefings import Briefings
from bot.emulator import Emulator
from bot.schedule import Schedule, next_run
from bot.storage.database import connect, migrate
from bot.storage.models import KnownArticle, Subscription
from knowledge import build
from knowledge.build import DEFAULT_SEEDS_DIR
from knowledge.digest import Digests

TOKEN = "123456:BENCH-token-for-the-emulator-only"
BRIEFBOT = str(Path(sys.executable).with_name("briefbot"))
CAP = 1000
FIRST_CHAT = 100_000
ZONES = ("Asia/Karachi", "Asia/Almaty", "Europe/London", "UTC", "America/New_York")
TOPICS = ("", "trade", "visas,flights", "corridors", "forums,agreements", "investment")


async def add_subscribers(url: str, count: int, now: datetime, *, varied: bool) -> None:
    """``count`` subscriptions, all due now; ``varied`` mixes zones, topics and histories."""
    engine = connect(url)
    await migrate(engine)
    rng = random.Random(7)
    async with AsyncSession(engine) as session, session.begin():
        for n in range(count):
            zone = rng.choice(ZONES) if varied else "Asia/Karachi"
            schedule = Schedule(timezone=zone, send_time=clock_time(8, 0))
            session.add(
                Subscription(
                    chat_id=FIRST_CHAT + n,
                    chat_type="private",
                    frequency="daily",
                    weekday=None,
                    send_time=schedule.send_time,
                    timezone=zone,
                    topics=rng.choice(TOPICS) if varied else "",
                    send_when_empty=varied and n % 3 == 0,
                    active=True,
                    last_digest_at=(now - timedelta(days=rng.choice((1, 2, 7))))
                    if varied and n % 2
                    else None,
                    next_run_at=next_run(schedule, now - timedelta(days=1)),
                    created_at=now - timedelta(days=30),
                    updated_at=now - timedelta(days=30),
                )
            )
    await engine.dispose()


def peak_memory_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


async def fan_out(count: int, kill: signal.Signals | None) -> dict[str, float]:
    data_dir = Path(tempfile.mkdtemp(prefix="briefbot-fanout-"))
    await add_subscribers(
        f"sqlite+aiosqlite:///{data_dir / 'briefbot.db'}", count, datetime.now(UTC), varied=False
    )
    async with Emulator(TOKEN, send_rate=CAP, wait_limit=600) as emulator:
        for n in range(count):
            emulator.private_chat(FIRST_CHAT + n, f"Reader {n}")
        env = {
            **os.environ,
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_BASE_URL": emulator.base_url,
            "BRIEFBOT_DATA_DIR": str(data_dir),
            "BRIEFBOT_SEND_RATE": str(CAP),
        }

        async def start() -> asyncio.subprocess.Process:
            return await asyncio.create_subprocess_exec(
                BRIEFBOT, "run", env=env, cwd=data_dir, stderr=asyncio.subprocess.DEVNULL
            )

        def delivered() -> int:  # cheap: checked after every request the emulator serves
            return len(emulator.sent)

        bot = await start()
        peak = 0.0
        if kill:
            await emulator.wait_for(lambda: delivered() >= count // 2)
            peak = peak_memory_mb(bot.pid)
            bot.send_signal(kill)
            await bot.wait()
            bot = await start()
        await emulator.wait_for(lambda: delivered() >= count)
        await asyncio.sleep(2)  # room for a late duplicate to arrive
        peak = max(peak, peak_memory_mb(bot.pid))
        bot.terminate()
        await bot.wait()
        briefings = [s for s in emulator.sent if s.text.startswith("Your briefing")]
        times = sorted(s.at for s in briefings)
        per_chat = Counter(s.chat_id for s in briefings)
        rejected_429 = sum(1 for m, d in emulator.rejected if "Too Many" in d)
    span = times[-1] - times[0]
    return {
        "rate": (len(times) - 1) / span if span else float("inf"),
        "lost": sum(1 for n in range(count) if per_chat[FIRST_CHAT + n] == 0),
        "duplicates": sum(c - 1 for c in per_chat.values() if c > 1),
        "peak_mb": peak,
        "rejected_429": rejected_429,
    }


async def compose(count: int) -> tuple[float, int]:
    data_dir = Path(tempfile.mkdtemp(prefix="briefbot-compose-"))
    url = f"sqlite+aiosqlite:///{data_dir / 'briefbot.db'}"
    now = datetime.now(UTC)
    await add_subscribers(url, count, now, varied=True)
    kb = build(DEFAULT_SEEDS_DIR)
    engine = connect(url)
    async with AsyncSession(engine) as session, session.begin():
        for n, article in enumerate(kb.articles):  # arrivals spread over the last week
            added = now - timedelta(days=n * 1.5)
            session.add(KnownArticle(source_id=article.id, added_at=added))
    briefings = Briefings(engine, lambda: now)
    digests = Digests(kb)
    start = time.perf_counter()
    due = await briefings.run_due(digests)
    elapsed = time.perf_counter() - start
    await engine.dispose()
    return elapsed, due


async def main(count: int, kill: signal.Signals | None) -> None:
    logging.basicConfig(level=logging.WARNING)
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}"
    )
    seconds, due = await compose(count)
    verdict = "PASS" if seconds <= 5 else "MISS"
    print(
        f"composing and queueing {due} personalised digests: {seconds:.2f} s "
        f"(target <= 5 s) {verdict}"
    )
    result = await fan_out(count, kill)
    share = result["rate"] / CAP
    print(
        f"fan-out to {count} subscribers"
        f"{f' ({kill.name} half-way, then restarted)' if kill else ''}: "
        f"{result['rate']:.0f} messages/s = {share:.0%} of the {CAP}/s cap (target >= 90%) "
        f"{'PASS' if share >= 0.9 else 'MISS'}"
    )
    print(
        f"lost {result['lost']:.0f}, duplicates {result['duplicates']:.0f} (target 0, 0); "
        f"429s from the emulator {result['rejected_429']:.0f}; "
        f"bot peak memory {result['peak_mb']:.0f} MB (target <= 250 MB) "
        f"{'PASS' if result['peak_mb'] <= 250 else 'MISS'}"
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subscribers", type=int, default=10_000)
    parser.add_argument(
        "--kill", choices=["KILL", "TERM", "none"], default="KILL",
        help="signal sent half-way (default KILL: a crash; TERM: a clean stop)",
    )  # fmt: skip
    args = parser.parse_args()
    kill = None if args.kill == "none" else signal.Signals[f"SIG{args.kill}"]
    asyncio.run(main(args.subscribers, kill))
