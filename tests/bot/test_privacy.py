"""/privacy and /deletedata, on SQLite and PostgreSQL: after a deletion no table holds a
row about the chat, and a backup made afterwards does not mention it."""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select
from telegram.ext import Application

from bot.app import build_application, polling
from bot.context import BotData
from bot.emulator import Emulator, Sent
from bot.privacy import ADMINS_ONLY, CONFIRM, DELETED, KEPT
from bot.settings import Settings
from bot.storage.models import Base
from tests.bot.clock import FakeClock
from tests.bot.conftest import Chat
from tests.bot.test_run import BRIEFBOT, clean_env

ADMIN = 900


@pytest.fixture
def settings(settings: Settings, database_url: str) -> Settings:
    return dataclasses.replace(settings, database_url=database_url, admin_ids=frozenset({ADMIN}))


@pytest.fixture
async def application(emulator: Emulator, settings: Settings) -> AsyncIterator[Application]:
    settings = dataclasses.replace(settings, api_base_url=emulator.base_url)
    clock = FakeClock(datetime(2026, 12, 1, 2, 0, tzinfo=UTC))
    async with polling(build_application(settings, clock=clock), poll_timeout=0.25) as app:
        yield app


async def rows_about(application: Application, chat_id: int) -> dict[str, int]:
    """Rows naming the chat, in every table that has a chat id."""
    data: BotData = application.bot_data
    counts = {}
    async with data.outbox.engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            if "chat_id" in table.c:
                query = select(func.count()).where(table.c.chat_id == chat_id)
                counts[table.name] = await connection.scalar(query) or 0
    return counts


async def toast(chat: Chat, sent: Sent, label: str) -> str:
    """Press a button; what Telegram shows the presser (the callback query's answer)."""
    query, _ = await chat.press(sent, label)
    return str(chat.emulator.callback_answers[query].get("text", ""))


async def test_privacy_says_what_is_kept_and_how_to_delete_it(chat: Chat) -> None:
    [text] = await chat.say("/privacy")
    assert "What this bot keeps about this chat" in text.text
    assert "deleted 30 days after it went out" in text.text
    assert "/deletedata deletes everything above" in text.text


async def test_deletedata_leaves_no_row_and_no_trace_in_a_backup(
    chat: Chat, emulator: Emulator, application: Application, settings: Settings, tmp_path: Path
) -> None:
    data: BotData = application.bot_data
    await chat.say("/subscribe")
    await chat.say("/digest")
    await data.sender.idle()
    admin = Chat(emulator, application, user_id=ADMIN)
    await admin.say("/broadcast Visa desk closed on Friday")
    await data.sender.idle()
    before = {"subscriptions": 1, "outbox": 2, "chat_languages": 1}  # chosen when subscribing
    assert await rows_about(application, chat.chat_id) == before

    [confirm] = await chat.say("/deletedata")
    assert confirm.text == CONFIRM
    assert await toast(chat, confirm, "Delete everything") == "Deleted"
    assert emulator.messages_to(chat.chat_id)[-1].text == DELETED
    assert await rows_about(application, chat.chat_id) == dict.fromkeys(before, 0)
    [lean] = await chat.say("when was that?")  # the last answer is forgotten too
    assert "Yerzhan" not in lean.text

    backup = tmp_path / "backup.json"
    export = await asyncio.create_subprocess_exec(
        BRIEFBOT, "db", "export", str(backup), cwd=tmp_path,
        env=clean_env(DATABASE_URL=settings.database_url), stdout=asyncio.subprocess.DEVNULL,
    )  # fmt: skip
    assert await asyncio.wait_for(export.wait(), 60) == 0
    assert str(chat.chat_id) not in backup.read_text()
    assert str(ADMIN) not in backup.read_text()  # the admin never subscribed


async def test_keep_deletes_nothing(chat: Chat, application: Application) -> None:
    await chat.say("/subscribe")
    [confirm] = await chat.say("/deletedata")
    assert await toast(chat, confirm, "Keep") == KEPT
    kept = {"subscriptions": 1, "outbox": 0, "chat_languages": 1}
    assert await rows_about(application, chat.chat_id) == kept


async def test_in_a_group_only_an_administrator_deletes(
    chat: Chat, emulator: Emulator, application: Application
) -> None:
    group = emulator.group_chat(-100_600, owner=77)
    owner = Chat(emulator, application, user_id=77)
    await owner.say("/subscribe@briefbot", chat=group)
    [refused] = await chat.say("/deletedata@briefbot", chat=group)
    assert refused.text == ADMINS_ONLY
    [confirm] = await owner.say("/deletedata@briefbot", chat=group)
    assert await toast(chat, confirm, "Delete everything") == ADMINS_ONLY  # a member taps
    assert await toast(chat, confirm, "Keep") == ADMINS_ONLY  # nor can a member cancel it
    assert confirm.text == CONFIRM
    kept = {"subscriptions": 1, "outbox": 0, "chat_languages": 1}
    assert await rows_about(application, -100_600) == kept
    assert await toast(owner, confirm, "Delete everything") == "Deleted"
    assert await rows_about(application, -100_600) == dict.fromkeys(kept, 0)
