"""The interface in the reader's language, end to end through the emulator: a user whose
Telegram is in Russian, Kazakh or Urdu gets /start, /help, an answer, the settings card and
a digest framed in it (the facts stay the English quotes); /language changes it for the chat
and is remembered with the subscription; every message passes Telegram's rules (the
emulator refuses any that does not)."""

from __future__ import annotations

import dataclasses
import shutil
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from telegram.ext import Application

from bot.app import build_application, polling
from bot.context import BotData
from bot.emulator import Emulator, Sent
from bot.handlers import HELP_LEAD, STARTERS, WELCOME
from bot.i18n import Catalogues, Texts
from bot.language import CHOSEN
from bot.menu import COMMANDS
from bot.settings import Settings
from knowledge import DEFAULT_SEEDS_DIR
from knowledge.languages import load_languages
from tests.bot.clock import FakeClock
from tests.bot.conftest import Chat

START = datetime(2026, 12, 1, 2, 0, tzinfo=UTC)  # 07:00 in Karachi
CATALOGUES = Catalogues()
QUESTIONS = {"ru": "Кто такой Кистафин?", "kk": "Кистафин кім?", "ur": "کستافن کون ہیں؟"}


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def settings(
    settings: Settings, database_url: str, tmp_path: Path, emulator: Emulator
) -> Settings:
    seeds = tmp_path / "seeds"
    shutil.copytree(DEFAULT_SEEDS_DIR, seeds)
    return dataclasses.replace(
        settings, database_url=database_url, seeds_dir=seeds, api_base_url=emulator.base_url
    )


@pytest.fixture
async def application(settings: Settings, clock: FakeClock) -> AsyncIterator[Application]:
    async with polling(build_application(settings, clock=clock), poll_timeout=0.25) as app:
        yield app


def plain(texts: Texts, message: str, **values: object) -> str:
    """A catalogue message as a user reads it: without its tags."""
    return texts(message, **values).replace("<b>", "").replace("</b>", "")


async def digest_of(emulator: Emulator, application: Application, chat: Chat) -> Sent:
    data: BotData = application.bot_data
    before = len(emulator.messages_to(chat.chat_id))
    await chat.say("/digest")
    await emulator.wait_for(lambda: len(emulator.messages_to(chat.chat_id)) > before)
    await data.sender.idle()
    return emulator.messages_to(chat.chat_id)[before]


@pytest.mark.parametrize("code", sorted(QUESTIONS))
async def test_a_user_is_answered_in_the_language_of_their_telegram(
    emulator: Emulator, application: Application, code: str
) -> None:
    texts = CATALOGUES.get(code)
    chat = Chat(emulator, application, user_id=300, language_code=code)

    [welcome] = await chat.say("/start")
    assert welcome.text == plain(texts, WELCOME)
    assert welcome.button_texts() == [texts(q) for q in [*STARTERS, "help"]]
    _, [card] = await chat.press(welcome, texts("trade target"))  # asks the English question
    assert "USD 1 billion" in card.text
    [visits] = await chat.say(texts("upcoming visits"))  # the card's next questions, labelled
    assert texts("timeline") in visits.button_texts()
    assert texts("timeline") != "timeline"

    [help_text] = await chat.say("/help")
    assert help_text.text.startswith(texts("Commands"))
    for command in COMMANDS:
        assert f"/{command.command} — {texts(command.description)}" in help_text.text
    assert texts(HELP_LEAD) in help_text.text
    assert all(q in help_text.text for q in load_languages()[code].examples)

    [answer] = await chat.say(QUESTIONS[code])
    assert answer.text.startswith("Yerzhan Kistafin — Kazakhstan's Ambassador to Pakistan")
    assert plain(texts, "Sources: {listed}", listed="[1]") in answer.text
    assert load_languages()[code].sources_note in answer.text  # said once, in their language
    assert texts("📚 Sources") in answer.button_texts()

    [subscribed] = await chat.say("/subscribe daily 08:00")
    when = texts("daily at {time} ({zone})", time="08:00", zone="Asia/Karachi")
    assert texts("When: {when}", when=when) in subscribed.text
    eight = texts.day_and_time(datetime(2026, 12, 1, 8, 0))  # in Karachi
    assert texts("Next: {when}", when=eight) in subscribed.text
    assert texts("Weekly") in subscribed.button_texts()
    _, [] = await chat.press(subscribed, texts("Weekly"))  # redrawn in place, in the language
    assert texts("every {day} at {time} ({zone})", day=texts.weekday(0), time="08:00",
                 zone="Asia/Karachi") in emulator.messages_to(chat.chat_id)[-1].text  # fmt: skip

    digest = await digest_of(emulator, application, chat)
    assert digest.text.startswith(texts("Your briefing, {day}", day=texts.date(START.date())))
    assert texts("New: ") in digest.text
    assert plain(texts, "Sources: {listed}", listed="[1]") in digest.text


async def test_language_changes_the_chat_and_is_remembered_with_the_subscription(
    emulator: Emulator, settings: Settings, clock: FakeClock
) -> None:
    russian, kazakh = CATALOGUES.get("ru"), CATALOGUES.get("kk")
    async with polling(build_application(settings, clock=clock), poll_timeout=0.25) as app:
        chat = Chat(emulator, app, user_id=301, language_code="ru")
        [offer] = await chat.say("/language")
        assert offer.button_texts() == ["English", "✓ Русский", "Қазақша", "اردو"]
        await chat.press(offer, "Қазақша")
        assert emulator.messages_to(chat.chat_id)[-1].text == kazakh(CHOSEN)
        [card] = await chat.say("/settings")  # no subscription yet: said in Kazakh
        assert card.text == kazakh("This chat has no digest subscription. Send /subscribe to "
                                   "start one.")  # fmt: skip
        await chat.say("/subscribe")
    # after a restart, the chat's choice still wins over the user's Telegram language
    async with polling(build_application(settings, clock=clock), poll_timeout=0.25) as app:
        chat = Chat(emulator, app, user_id=301, language_code="ru")
        [welcome] = await chat.say("/start")
        assert welcome.text == plain(kazakh, WELCOME)
        digest = await digest_of(emulator, app, chat)
        assert digest.text.startswith(
            kazakh("Your briefing, {day}", day=kazakh.date(START.date()))
        )
        [back] = await chat.say("/language ru")
        assert back.text == russian(CHOSEN)
        [refused] = await chat.say("/language klingon")
        assert refused.button_texts()[1] == "✓ Русский"  # the choices again


async def test_in_a_group_only_an_administrator_changes_the_language(
    emulator: Emulator, application: Application
) -> None:
    group = emulator.group_chat(-100_900, owner=77)
    member = Chat(emulator, application, user_id=302, language_code="ur")
    owner = Chat(emulator, application, user_id=77)
    [refused] = await member.say("/language@briefbot kk", chat=group)
    assert refused.text == CATALOGUES.get("ur")(
        "In groups, only an administrator can change the bot's language."
    )
    [chosen] = await owner.say("/language@briefbot kk", chat=group)
    assert chosen.text == CATALOGUES.get("kk")(CHOSEN)
    [welcome] = await member.say("/start@briefbot", chat=group)  # the group's language now
    assert welcome.text == plain(CATALOGUES.get("kk"), WELCOME)
