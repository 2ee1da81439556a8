"""The emulator refuses what Telegram refuses, over real HTTP, from python-telegram-bot."""

from collections.abc import AsyncIterator

import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest, Forbidden, RetryAfter

from bot.emulator import Emulator
from tests.bot.conftest import TOKEN


@pytest.fixture
async def bot(emulator: Emulator) -> AsyncIterator[Bot]:
    emulator.private_chat(5, "Sam")
    async with Bot(TOKEN, base_url=emulator.base_url) as bot:
        yield bot
    emulator.rejected.clear()  # these tests provoke refusals on purpose


async def test_a_message_over_4096_characters_is_refused(bot: Bot) -> None:
    await bot.send_message(5, "x" * 4096)
    with pytest.raises(BadRequest, match=r"(?i)message is too long"):
        await bot.send_message(5, "x" * 4097)


async def test_bad_html_is_refused(bot: Bot) -> None:
    with pytest.raises(BadRequest, match=r"(?i)can't parse entities"):
        await bot.send_message(5, "1 < 2", parse_mode="HTML")


async def test_callback_data_over_64_bytes_is_refused(bot: Bot) -> None:
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("b", callback_data="x" * 65)]])
    with pytest.raises(BadRequest, match=r"(?i)button_data_invalid"):
        await bot.send_message(5, "hi", reply_markup=markup)


async def test_unknown_chats_and_blocked_users(bot: Bot, emulator: Emulator) -> None:
    with pytest.raises(BadRequest, match=r"(?i)chat not found"):
        await bot.send_message(999, "hi")
    emulator.blocked.add(5)
    with pytest.raises(Forbidden, match="blocked by the user"):
        await bot.send_message(5, "hi")


async def test_injected_429_carries_retry_after(bot: Bot, emulator: Emulator) -> None:
    emulator.fail("sendMessage", 429, retry_after=3)
    with pytest.raises(RetryAfter) as error:
        await bot.send_message(5, "hi")
    assert error.value.retry_after.total_seconds() == 3
    await bot.send_message(5, "hi")  # only the next call was faulted


async def test_the_send_rate_cap(bot: Bot, emulator: Emulator) -> None:
    emulator.send_rate = 2
    emulator._tokens = 2
    await bot.send_message(5, "1")
    await bot.send_message(5, "2")
    with pytest.raises(RetryAfter):
        await bot.send_message(5, "3")


async def test_inline_answers_over_50_results_are_refused(bot: Bot, emulator: Emulator):
    from telegram import InlineQueryResultArticle, InputTextMessageContent

    user = emulator.private_chat(6, "Ira")
    query = emulator.inline_query(user, "x")
    results = [
        InlineQueryResultArticle(str(n), "t", InputTextMessageContent("m")) for n in range(51)
    ]
    with pytest.raises(BadRequest, match=r"(?i)results_too_much"):
        await bot.answer_inline_query(query, results)
