"""Bot tests: the real python-telegram-bot code path against the local Bot API emulator."""

from __future__ import annotations

import asyncio
import dataclasses
import itertools
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import asyncpg
import pytest
from telegram.ext import Application

from bot.app import build_application, polling
from bot.emulator import Emulator, Sent
from bot.settings import Settings
from tests.postgres import postgres_server

TOKEN = "123456:TEST-token-for-the-emulator-only"


class Chat:
    """A user talking to the bot, and what they see come back."""

    def __init__(
        self,
        emulator: Emulator,
        application: Application,
        user_id: int = 42,
        language_code: str = "en",
    ) -> None:
        self.emulator = emulator
        self.application = application
        self.user = emulator.private_chat(user_id, "Aisha", "aisha", language_code)
        self.chat_id = user_id

    async def settle(self) -> None:
        """Until the bot has fetched every update and finished handling it."""
        await self.emulator.delivered()
        await self.application.update_queue.join()

    async def say(self, text: str, **where: object) -> list[Sent]:
        """Send ``text``; return the bot's new messages in the chat it was sent to."""
        chat = where.get("chat")
        chat_id = chat["id"] if isinstance(chat, dict) else self.chat_id
        before = len(self.emulator.messages_to(chat_id))
        self.emulator.send_text(self.user, text, **where)
        await self.settle()
        return self.emulator.messages_to(chat_id)[before:]

    async def press(self, sent: Sent, label: str) -> tuple[str, list[Sent]]:
        before = len(self.emulator.messages_to(sent.chat_id))
        query = self.emulator.press(self.user, sent, label)
        await self.settle()
        return query, self.emulator.messages_to(sent.chat_id)[before:]


_databases = itertools.count(1)
STARTED: list[asyncio.subprocess.Process] = []  # bot processes the tests started


@pytest.fixture(autouse=True)
async def _no_bot_left_running() -> AsyncIterator[None]:
    """A test that fails half-way leaves no ``briefbot run`` behind to disturb the next."""
    yield
    while STARTED:
        process = STARTED.pop()
        if process.returncode is None:
            process.kill()
            await process.communicate()


@pytest.fixture(scope="session")
def postgres() -> Iterator[str]:
    with postgres_server() as address:
        yield address


@pytest.fixture(params=["sqlite", "postgresql"])
async def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[str]:
    """The same tests on a SQLite file and on a fresh PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path / 'briefbot.db'}"
        return
    address = request.getfixturevalue("postgres")
    name = f"test_{next(_databases)}"
    admin = await asyncpg.connect(f"postgresql://briefbot@{address}/postgres")
    try:
        await admin.execute(f'CREATE DATABASE "{name}"')
        yield f"postgresql+asyncpg://briefbot@{address}/{name}"
    finally:
        await admin.close()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(
        token=TOKEN,
        api_base_url="http://unused.invalid/bot",
        data_dir=tmp_path / "data",
        schedule_seconds=0.05,
        reload_seconds=0.1,
    )


@pytest.fixture
async def emulator() -> AsyncIterator[Emulator]:
    async with Emulator(TOKEN) as emulator:
        yield emulator
        # Every test: nothing the bot sent broke Telegram's rules.
        assert emulator.rejected == []


@pytest.fixture
async def application(emulator: Emulator, settings: Settings) -> AsyncIterator[Application]:
    settings = dataclasses.replace(settings, api_base_url=emulator.base_url)
    async with polling(build_application(settings), poll_timeout=0.25) as application:
        yield application


@pytest.fixture
def chat(emulator: Emulator, application: Application) -> Chat:
    return Chat(emulator, application)
