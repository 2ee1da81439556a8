"""Floods, failures and Telegram's errors: the bot keeps answering and loses nothing."""

import asyncio
import dataclasses
import re
from collections.abc import AsyncIterator

import pytest
from telegram.ext import Application

from bot.app import build_application, polling
from bot.context import BotData
from bot.emulator import Emulator
from bot.handlers import APOLOGY, SLOW_DOWN
from bot.settings import Settings
from tests.bot.conftest import Chat


@pytest.fixture
def settings(settings: Settings) -> Settings:
    return dataclasses.replace(settings, user_messages_per_minute=3)


def wait_in(note: str) -> int:
    """The seconds a flood notice asks to wait."""
    found = re.fullmatch(SLOW_DOWN.replace("{seconds}", r"(\d+)"), note)
    assert found, note
    return int(found[1])


async def test_a_flood_gets_one_notice_saying_when_then_silence(
    chat: Chat, emulator: Emulator
) -> None:
    for _ in range(6):
        emulator.send_text(chat.user, "trade target")
    await chat.settle()
    texts = [sent.text for sent in emulator.messages_to(chat.chat_id)]
    assert sum(t.startswith("Trade target") for t in texts) == 3
    [notice] = [t for t in texts if not t.startswith("Trade target")]
    assert 1 <= wait_in(notice) <= 60
    other = Chat(emulator, chat.application, user_id=43)  # others are not affected
    [answer] = await other.say("trade target")
    assert answer.text.startswith("Trade target")


async def test_over_the_limit_every_button_press_and_inline_query_is_answered(
    chat: Chat, emulator: Emulator
) -> None:
    """Telegram keeps a button spinning, and an inline query loading, until answered."""
    [welcome] = await chat.say("/start")
    queries = [emulator.press(chat.user, welcome, "trade target") for _ in range(5)]
    inline = emulator.inline_query(chat.user, "trade target")
    await chat.settle()
    answers = [emulator.callback_answers[q] for q in queries]
    assert all(not a.get("text") for a in answers[:2])  # within the limit: acted on
    assert all(1 <= wait_in(a["text"]) <= 60 for a in answers[2:])
    assert emulator.inline_answers[inline] == []
    assert 1 <= wait_in(emulator.inline_buttons[inline]["text"]) <= 60


async def test_a_handler_that_raises_gets_an_apology_and_the_bot_goes_on(
    chat: Chat, application: Application
) -> None:
    data: BotData = application.bot_data
    engine = data.engine

    class Broken:
        kb = engine.kb

        def answer(self, question: str, today: object) -> object:
            raise RuntimeError("the engine broke")

    data.engine = Broken()
    [apology] = await chat.say("trade target")
    assert apology.text == APOLOGY
    data.engine = engine
    [answer] = await chat.say("trade target")
    assert answer.text.startswith("Trade target")


async def test_429_is_waited_out_and_retried(chat: Chat, emulator: Emulator) -> None:
    emulator.fail("sendMessage", 429, retry_after=1)
    [answer] = await chat.say("trade target")
    assert answer.text.startswith("Trade target")
    assert emulator.calls["sendmessage"] == 2


async def test_server_errors_are_retried_with_backoff(chat: Chat, emulator: Emulator) -> None:
    emulator.fail("sendMessage", 502, times=2)
    [answer] = await chat.say("trade target")
    assert answer.text.startswith("Trade target")
    assert emulator.calls["sendmessage"] == 3


async def test_a_slow_api_does_not_lose_the_answer(chat: Chat, emulator: Emulator) -> None:
    emulator.slow("sendMessage", 1.5)
    [answer] = await chat.say("who is Kistafin")
    assert "Yerzhan Kistafin" in answer.text


async def test_an_answer_telegram_acknowledges_late_is_sent_once(
    emulator: Emulator, settings: Settings
) -> None:
    """The reply went out but its acknowledgement missed the read timeout: not repeated."""
    settings = dataclasses.replace(settings, api_base_url=emulator.base_url, api_read_timeout=0.3)
    async with polling(build_application(settings), poll_timeout=0.25) as application:
        chat = Chat(emulator, application)
        emulator.late("sendMessage", 1.0)
        [answer] = await chat.say("trade target")
        assert answer.text.startswith("Trade target")
        await emulator.wait_for(lambda: not emulator.faults[-1].times)
        await asyncio.sleep(1.0)  # past the late answer: a repeat would have been sent by now
        assert len(emulator.messages_to(chat.chat_id)) == 1
        assert emulator.calls["sendmessage"] == 1
        [again] = await chat.say("trade target")  # and the bot goes on answering
        assert again.text.startswith("Trade target")


async def test_a_blocked_user_does_not_stop_the_bot(chat: Chat, emulator: Emulator) -> None:
    emulator.blocked.add(chat.chat_id)
    assert await chat.say("trade target") == []
    emulator.blocked.clear()
    [answer] = await chat.say("trade target")
    assert answer.text.startswith("Trade target")


@pytest.fixture
async def capped(emulator: Emulator, settings: Settings) -> AsyncIterator[Application]:
    """A bot whose overall send rate is capped lower than the emulator's, as it should be."""
    emulator.send_rate = 5
    settings = dataclasses.replace(settings, api_base_url=emulator.base_url, send_rate=4)
    async with polling(build_application(settings), poll_timeout=0.25) as application:
        yield application


async def test_the_bot_paces_itself_under_a_send_rate_cap(
    emulator: Emulator, capped: Application
) -> None:
    users = [Chat(emulator, capped, user_id=100 + n) for n in range(8)]
    for user in users:
        emulator.send_text(user.user, "trade target")
    await users[0].settle()
    assert {s.chat_id for s in emulator.sent} == {u.chat_id for u in users}
