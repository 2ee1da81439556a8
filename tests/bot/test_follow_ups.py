"""Follow-up questions in Telegram: each chat's last answer, kept in memory for a while."""

import dataclasses
from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest
from telegram.ext import Application

from bot.app import build_application, polling
from bot.emulator import Emulator
from bot.settings import Settings
from tests.bot.clock import FakeClock
from tests.bot.conftest import Chat


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 12, 1, 9, 0, tzinfo=UTC))


@pytest.fixture
async def application(
    emulator: Emulator, settings: Settings, clock: FakeClock
) -> AsyncIterator[Application]:
    settings = dataclasses.replace(settings, api_base_url=emulator.base_url)
    async with polling(build_application(settings, clock=clock), poll_timeout=0.25) as app:
        yield app


async def test_a_follow_up_leans_on_the_previous_answer(chat: Chat) -> None:
    await chat.say("what did karabayev and aleem khan talk about")
    [when] = await chat.say("when was that?")
    assert "April 2025" in when.text
    [who] = await chat.say("who else was there?")
    assert "Kistafin" in who.text


async def test_sources_lists_what_the_previous_answer_cited(chat: Chat) -> None:
    await chat.say("trade target")
    [sources] = await chat.say("sources")
    assert sources.text.startswith("The previous answer comes from:")
    assert "Pakistan Must Be a Part of Regional Corridors" in sources.text


async def test_a_button_answer_is_leant_on_too(chat: Chat) -> None:
    [welcome] = await chat.say("/start")
    await chat.press(welcome, "who is Kistafin")
    [lahore] = await chat.say("what did he say about Lahore?")
    assert "Business Forum in Lahore" in lahore.text


async def test_each_chat_has_its_own_context(
    chat: Chat, emulator: Emulator, application: Application
) -> None:
    other = Chat(emulator, application, user_id=77)
    await chat.say("what did karabayev and aleem khan talk about")
    [alone] = await other.say("when was that?")
    assert "April 2025" not in alone.text  # nothing in this chat to lean on
    [leaning] = await chat.say("when was that?")
    assert "April 2025" in leaning.text


async def test_context_is_forgotten_after_some_minutes_of_silence(
    chat: Chat, clock: FakeClock
) -> None:
    await chat.say("what did karabayev and aleem khan talk about")
    clock.advance(minutes=11)
    [when] = await chat.say("when was that?")
    assert "April 2025" not in when.text


async def test_a_command_answer_can_be_followed_up(chat: Chat) -> None:
    await chat.say("/trade")
    [more] = await chat.say("tell me more")
    assert more.text
    assert "Trade target: USD 1 billion" not in more.text  # what was shown is not repeated


async def test_a_greeting_gets_a_greeting_and_questions_to_tap(chat: Chat) -> None:
    [hello] = await chat.say("hi")
    assert hello.text.startswith("Hello!")
    assert hello.button_texts() == ["upcoming visits", "trade target", "who is Kistafin"]
    [thanks] = await chat.say("thanks!")
    assert thanks.text.startswith("You're welcome")
