"""Commands and questions in a private chat, as a user sees them."""

import dataclasses

import pytest

from bot.app import build_application, polling
from bot.emulator import Emulator
from bot.i18n import LANGUAGES, Catalogues
from bot.menu import COMMANDS, DESCRIPTION, SHORT_DESCRIPTION
from bot.settings import Settings
from tests.bot.conftest import Chat


async def test_the_menu_and_the_profile_are_published_at_start(
    chat: Chat, emulator: Emulator, settings: Settings
) -> None:
    assert [c["command"] for c in emulator.commands] == [c.command for c in COMMANDS]
    assert (emulator.description, emulator.short_description) == (DESCRIPTION, SHORT_DESCRIPTION)
    # and in each language the bot speaks, for users whose Telegram is in it
    catalogues = Catalogues()
    for code in set(LANGUAGES) - {"en"}:
        texts = catalogues.get(code)
        menu = [(c["command"], c["description"]) for c in emulator.menus[code]]
        assert menu == [(c.command, texts(c.description)) for c in COMMANDS]
        assert all(texts(c.description) != c.description for c in COMMANDS)  # translated
        assert emulator.descriptions[code] == texts(DESCRIPTION) != DESCRIPTION
        assert emulator.short_descriptions[code] == texts(SHORT_DESCRIPTION)
    assert emulator.description_changes == 2 * len(LANGUAGES)
    # A restart (or a second replica) leaves the profile alone: nothing changed.
    settings = dataclasses.replace(settings, api_base_url=emulator.base_url)
    async with polling(build_application(settings), poll_timeout=0.25):
        assert emulator.description_changes == 2 * len(LANGUAGES)


async def test_start_greets_says_what_the_bot_does_and_offers_questions(chat: Chat) -> None:
    [welcome] = await chat.say("/start")
    assert welcome.text.startswith("Hello! Briefings on Pakistan–Kazakhstan relations")
    assert "every answer names its sources" in welcome.text
    assert "/subscribe for a daily digest" in welcome.text
    assert welcome.button_texts() == ["upcoming visits", "trade target", "who is Kistafin", "help"]
    _, [answer] = await chat.press(welcome, "trade target")
    assert answer.text.startswith("Trade target: USD 1 billion")


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        ("visits", "Visits on record"),
        ("trade", "Trade target: USD 1 billion"),
        ("TIMELINE", "Timeline, newest first"),
        ("topics", "Topics — tap one"),
        ("sources", "I answer from 5 articles"),
        ("about", "Knowledge base as of November 2025"),
        ("who", "People in the briefings"),
        ("help", "Commands"),
        ("who_is_Kistafin", "Yerzhan Kistafin — Kazakhstan's Ambassador to Pakistan"),
        ("visa-rules", "visa"),
    ],
)
async def test_a_deep_link_opens_its_card_or_answers_its_question(
    chat: Chat, payload: str, expected: str
) -> None:
    """t.me/briefbot?start=PAYLOAD arrives as "/start PAYLOAD"."""
    [answer] = await chat.say(f"/start {payload}")
    assert expected.lower() in answer.text.lower()
    assert "Hello" not in answer.text


async def test_help_lists_every_command_then_examples(chat: Chat) -> None:
    [help_text] = await chat.say("/help")
    for command in COMMANDS:
        assert f"/{command.command} — {command.description}" in help_text.text
    assert help_text.text.index("/unsubscribe") < help_text.text.index("for example")
    assert "• who is Kistafin" in help_text.text
    [typed] = await chat.say("help")
    assert typed.text == help_text.text


async def test_an_unknown_command_points_to_help(chat: Chat, emulator: Emulator) -> None:
    [reply] = await chat.say("/weather tomorrow")
    assert reply.text == "I have no /weather command. /help lists what I can do."
    group = emulator.group_chat(-100_555)
    assert await chat.say("/weather", chat=group) == []  # perhaps another bot's
    [reply] = await chat.say("/weather@briefbot", chat=group)
    assert reply.text.startswith("I have no /weather command.")


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        ("/help", "Ask me about Pakistan–Kazakhstan relations"),
        ("/trade", "Trade target: USD 1 billion"),
        ("/who Kistafin", "Yerzhan Kistafin — Kazakhstan's Ambassador to Pakistan"),
        ("/who", "People in the briefings"),
        ("/timeline", "Timeline, newest first"),
        ("/sources", "I answer from 5 articles"),
        ("/about", "Knowledge base as of November 2025"),
        ("/topics", "Topics"),
    ],
)
async def test_every_command_answers(chat: Chat, command: str, expected: str) -> None:
    replies = await chat.say(command)
    assert len(replies) == 1
    assert expected in replies[0].text


async def test_visits_is_one_message_upcoming_first_then_the_latest(chat: Chat) -> None:
    [visits] = await chat.say("/visits")
    assert visits.text.startswith("Visits on record, as of")
    assert visits.text.count("President Tokayev's state visit to Pakistan") == 1
    assert "upcoming visits" not in visits.button_texts()  # nothing it would add


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
    assert "<i>Sources: [1] Diplomacy Lens; [2] Alliance News;" in answer.raw
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


@pytest.mark.parametrize(
    ("stale_days", "lead"),
    [
        (30, "My newest article is from November 2025; nothing upcoming is on record in it."),
        (3650, "Nothing upcoming is on record as of"),
    ],
)
async def test_upcoming_says_how_old_the_news_is(
    emulator: Emulator, settings: Settings, stale_days: int, lead: str
) -> None:
    """BRIEFBOT_STALE_DAYS: past it, "nothing upcoming" says how old the newest article is."""
    settings = dataclasses.replace(settings, api_base_url=emulator.base_url, stale_days=stale_days)
    async with polling(build_application(settings), poll_timeout=0.25) as application:
        chat = Chat(emulator, application)
        [answer] = await chat.say("upcoming visits")
        assert answer.text.startswith(lead)
        [about] = await chat.say("/about")
        assert "Knowledge base as of November 2025: 5 articles" in about.text


@pytest.mark.parametrize(
    ("question", "note"),
    [
        ("Кто такой Кистафин?", "Источники — на английском"),
        ("Қистафин кім?", "Дереккөздер ағылшын тілінде"),
        ("کستافن کون ہیں؟", "ماخذ انگریزی میں ہیں"),
    ],
)
async def test_a_question_in_russian_kazakh_or_urdu_gets_the_sourced_answer(
    chat: Chat, question: str, note: str
) -> None:
    [answer] = await chat.say(question)
    assert answer.text.startswith("Yerzhan Kistafin — Kazakhstan's Ambassador to Pakistan")
    assert note in answer.text  # once, in the reader's language: the facts are quoted
