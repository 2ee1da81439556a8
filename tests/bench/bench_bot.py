"""Benchmark: updates answered per second end to end through the local Bot API emulator.

2,000 questions from 50 simulated users go to the briefing bot (``briefbot run``, as in
production) and, in the same run and against the same emulator, to a minimal echo bot. Each
bot runs in its own process, the emulator and the simulated users in this one, so the bot
pays for its own work only, as it would against Telegram. The echo bot measures what
python-telegram-bot costs by itself; the briefing bot should reach at least 80% of its
throughput, so that answering is not the bottleneck. Also prints p50/p95 time from update
to reply (all questions are sent at once, so this includes queueing). A script that prints
figures, not a test:

    .venv/bin/python tests/bench/bench_bot.py [--questions 2000] [--users 50]
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import logging
import os
import platform
import signal
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bot.emulator import Emulator

TOKEN = "123456:BENCH-token-for-the-emulator-only"
BRIEFBOT = str(Path(sys.executable).with_name("briefbot"))
QUESTIONS = [
    "upcoming visits", "recent visits", "trade target", "trade tagret", "who is Kistafin",
    "who is kistafeen", "tokayevs trip", "what is the goal for bilateral trade",
    "who heads Kazakhstan's transport ministry", "visas", "direct flights", "railways",
    "business forums", "history of relations", "timeline", "sources", "help",
    "price of gold today", "guard of honour", "pakistani students in kazakhstan",
]  # fmt: skip


def run_echo_bot(base_url: str) -> None:
    """The reference: python-telegram-bot answering each text with itself."""
    from telegram import Update
    from telegram.ext import ApplicationBuilder, ContextTypes, MessageHandler, filters

    async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        if update.effective_message and update.effective_message.text:
            await update.effective_message.reply_text(update.effective_message.text)

    application = (
        ApplicationBuilder()
        .token(TOKEN)
        .base_url(base_url)
        .concurrent_updates(8)  # as the briefing bot
        .connection_pool_size(64)
        .build()
    )
    application.add_handler(MessageHandler(filters.TEXT, echo))
    application.run_polling()


async def measure(
    emulator: Emulator, command: list[str], questions: int, users: int, first_user: int
) -> tuple[float, list[float]]:
    """Start a bot process, send it the questions; return answers/s and latencies (ms)."""
    env = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": emulator.base_url,
        "BRIEFBOT_USER_RATE": "1000000",  # the flood limit is not what is measured
        "BRIEFBOT_SEND_RATE": "1000000",
        "BRIEFBOT_DATA_DIR": tempfile.mkdtemp(prefix="briefbot-bench-"),
    }
    polls = emulator._polls
    bot = await asyncio.create_subprocess_exec(
        *command, env=env, stderr=asyncio.subprocess.DEVNULL
    )
    try:
        await emulator.wait_for(lambda: emulator._polls > polls)  # the bot is polling
        chats = [emulator.private_chat(first_user + n, f"user{n}") for n in range(users)]
        asked: dict[int, list[float]] = {chat["id"]: [] for chat in chats}
        texts = itertools.cycle(QUESTIONS)
        before = len(emulator.sent)
        start = time.monotonic()
        for n in range(questions):
            chat = chats[n % users]
            asked[chat["id"]].append(time.monotonic())
            emulator.send_text(chat, next(texts))
        await emulator.wait_for(lambda: len(emulator.sent) - before >= questions)
        elapsed = time.monotonic() - start
    finally:
        bot.send_signal(signal.SIGTERM)
        await bot.wait()
    replies: dict[int, list[float]] = {chat_id: [] for chat_id in asked}
    for sent in emulator.sent[before:]:
        replies[sent.chat_id].append(sent.at)
    latencies = [
        (answered - sent) * 1000
        for chat_id in asked
        for sent, answered in zip(asked[chat_id], replies[chat_id], strict=True)
    ]
    return questions / elapsed, latencies


def percentile(values: list[float], share: float) -> float:
    return statistics.quantiles(values, n=100)[int(share * 100) - 1]


async def main(questions: int, users: int) -> None:
    logging.basicConfig(level=logging.WARNING)
    echo = [sys.executable, __file__, "--echo-bot"]
    briefing = [BRIEFBOT, "run"]
    async with Emulator(TOKEN, wait_limit=600) as emulator:
        results = {}
        for name, command, first in (
            ("echo bot", echo, 10_000),
            ("briefing bot", briefing, 20_000),
        ):
            results[name] = await measure(emulator, command, questions, users, first)
        assert emulator.rejected == [], emulator.rejected
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}"
    )
    print(f"{questions} questions from {users} users; each bot in its own process")
    for name, (rate, latencies) in results.items():
        print(
            f"{name:<13} {rate:8.0f} updates/s   p50 {percentile(latencies, 0.50):7.1f} ms"
            f"   p95 {percentile(latencies, 0.95):7.1f} ms"
        )
    share = results["briefing bot"][0] / results["echo bot"][0]
    verdict = "PASS" if share >= 0.8 else "MISS"
    print(f"briefing bot / echo bot throughput: {share:.0%} (target >= 80%) {verdict}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=2000)
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--echo-bot", metavar="BASE_URL", nargs="?", const="env")
    args = parser.parse_args()
    if args.echo_bot:
        run_echo_bot(os.environ["TELEGRAM_API_BASE_URL"])
    else:
        asyncio.run(main(args.questions, args.users))
