"""In groups the bot speaks only when addressed (Telegram's privacy-mode conventions)."""

import pytest

from bot.emulator import Emulator
from tests.bot.conftest import Chat

GROUP = -100_123


@pytest.fixture
def group(emulator: Emulator) -> dict[str, object]:
    return emulator.group_chat(GROUP)


async def test_chatter_is_ignored(chat: Chat, group: dict[str, object]) -> None:
    assert await chat.say("what is the trade target?", chat=group) == []


async def test_a_mention_is_answered_without_the_mention(chat: Chat, group) -> None:
    [answer] = await chat.say("@briefbot trade target", chat=group)
    assert answer.text.startswith("Trade target")


async def test_a_reply_to_the_bot_is_answered(chat: Chat, group) -> None:
    [first] = await chat.say("@briefbot trade target", chat=group)
    [second] = await chat.say("and who is Kistafin", chat=group, reply_to=first)
    assert "Yerzhan Kistafin" in second.text


async def test_commands_addressed_to_this_bot_are_answered(chat: Chat, group) -> None:
    [answer] = await chat.say("/trade@briefbot", chat=group)
    assert answer.text.startswith("Trade target")
    assert await chat.say("/trade@someotherbot", chat=group) == []


async def test_stickers_in_groups_are_ignored(chat: Chat, emulator: Emulator, group) -> None:
    emulator.send_sticker(chat.user, group)
    await chat.settle()
    assert emulator.messages_to(GROUP) == []
