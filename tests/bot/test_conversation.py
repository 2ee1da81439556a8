"""Commands and questions in a private chat, as a user sees them."""

import pytest

from bot.app import COMMANDS
from bot.emulator import Emulator
from tests.bot.conftest import Chat


async def test_the_command_menu_is_published_at_start(chat: Chat, emulator: Emulator) -> None:
    assert [c["command"] for c in emulator.commands] == [c.command for c in COMMANDS]


async def test_start_welcomes_with_questions_to_tap(chat: Chat) -> None:
    [welcome] = await chat.say("/start")
    assert "Briefings on Pakistan–Kazakhstan relations" in welcome.text
    assert welcome.button_texts() == ["upcoming visits", "trade target", "who is Kistafin", "help"]
    _, [answer] = await chat.press(welcome, "trade target")
    assert answer.text.startswith("Trade target: USD 1 billion")


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        ("/help", "Ask me about Pakistan–Kazakhstan relations"),
        ("/trade", "Trade target: USD 1 billion"),
        ("/who Kistafin", "Yerzhan Kistafin — Kazakhstan's Ambassador to Pakistan"),
        ("/who", "People in the briefings"),
        ("/timeline", "Timeline, oldest first"),
        ("/sources", "I answer from 5 articles"),
        ("/about", "Knowledge base as of November 2025"),
        ("/topics", "Topics"),
    ],
)
async def test_every_command_answers(chat: Chat, command: str, expected: str) -> None:
    replies = await chat.say(command)
    assert len(replies) == 1
    assert expected in replies[0].text


async def test_visits_gives_upcoming_then_recent(chat: Chat) -> None:
    upcoming, recent = await chat.say("/visits")
    assert upcoming.text.startswith(("Coming up", "Nothing upcoming is on record"))
    assert recent.text.startswith("Most recent visits on record")
    assert "President Tokayev's state visit to Pakistan" in recent.text


async def test_who_alone_offers_everyone_as_buttons(chat: Chat) -> None:
    [people] = await chat.say("/who")
    assert "who is Yerzhan Kistafin" in people.button_texts()


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("who is kistafeen", "Yerzhan Kistafin — Kazakhstan's Ambassador to Pakistan"),
        ("trade tagret", "USD 1 billion"),
        ("what is the goal for bilateral trade", "USD 1 billion"),
        ("tokayevs trip", "President Tokayev's state visit to Pakistan"),
        ("who heads Kazakhstan's transport ministry", "Marat Karabayev"),
        ("price of gold today", "I don't have that"),
    ],
)
async def test_free_text_typos_and_paraphrases(chat: Chat, question: str, expected: str) -> None:
    [answer] = await chat.say(question)
    assert expected in answer.text


async def test_answers_are_html_with_sources_and_follow_up_buttons(chat: Chat) -> None:
    [answer] = await chat.say("who is Kistafin")
    assert answer.parse_mode == "HTML"
    assert answer.raw.startswith("<b>Yerzhan Kistafin")
    assert "<i>Sources: [1] Diplomacy Lens, 2025" in answer.raw
    assert answer.button_texts()[0] == "📚 Sources"
    assert "who is Abdul Aleem Khan" in answer.button_texts()


async def test_markup_in_a_question_is_text_not_formatting(chat: Chat) -> None:
    [answer] = await chat.say("<b>who is</b> Kistafin & <i>co</i>")
    assert "<b>who is</b>" not in answer.raw
    assert answer.text.startswith("Yerzhan Kistafin")


async def test_a_20_kb_question_gets_a_normal_answer(chat: Chat) -> None:
    [answer] = await chat.say("trade target " + "x" * 20_000)
    assert answer.text


async def test_an_edited_question_is_not_answered_again(chat: Chat, emulator: Emulator) -> None:
    [first] = await chat.say("trade target")
    emulator.edit_text(chat.user, 1, "who is Kistafin")
    await chat.settle()
    assert emulator.messages_to(chat.chat_id)[-1] is first


async def test_stickers_get_a_text_only_note(chat: Chat, emulator: Emulator) -> None:
    emulator.send_sticker(chat.user)
    await chat.settle()
    assert emulator.messages_to(chat.chat_id)[-1].text.startswith("I can only read text")
