"""Subscribing, settings, unsubscribing, groups and admin commands, through the emulator,
on SQLite and on PostgreSQL."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest
from telegram.ext import Application

from bot.app import build_application, polling
from bot.context import BotData
from bot.emulator import Emulator
from bot.schedule import EXAMPLES
from bot.settings import Settings
from bot.subscribing import ADMINS_ONLY, NOT_SUBSCRIBED, STOPPED
from tests.bot.clock import FakeClock
from tests.bot.conftest import Chat

ADMIN = 900
SECOND_ADMIN = 901


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 12, 1, 2, 0, tzinfo=UTC))  # 07:00 in Karachi


@pytest.fixture
def settings(settings: Settings, database_url: str) -> Settings:
    return dataclasses.replace(
        settings, database_url=database_url, admin_ids=frozenset({ADMIN, SECOND_ADMIN})
    )


@pytest.fixture
async def application(
    emulator: Emulator, settings: Settings, clock: FakeClock
) -> AsyncIterator[Application]:
    settings = dataclasses.replace(settings, api_base_url=emulator.base_url)
    app = build_application(settings, clock=clock)
    async with polling(app, poll_timeout=0.25) as running:
        yield running


def data(application: Application) -> BotData:
    return application.bot_data


async def test_subscribe_with_defaults_then_again_updates_the_one_subscription(
    chat: Chat, application: Application
) -> None:
    [reply] = await chat.say("/subscribe")
    assert reply.text.startswith("Subscribed. The first digest is a full briefing")
    assert "When: daily at 08:00 (Asia/Karachi)" in reply.text
    assert "Topics: all" in reply.text
    assert "Next: Tuesday 1 December, 08:00" in reply.text
    assert {"Daily", "Weekly", "Note when nothing is new", "Unsubscribe"} <= {
        label.removeprefix("✓ ") for label in reply.button_texts()
    }
    [again] = await chat.say("/subscribe weekly monday 09:30")
    assert again.text.startswith("Updated.")
    assert "When: every Monday at 09:30 (Asia/Karachi)" in again.text
    assert "Next: Monday 7 December, 09:30" in again.text
    assert await data(application).subscriptions.count_active() == 1


@pytest.mark.parametrize(
    ("arguments", "shown"),
    [
        ("daily 06:45", "When: daily at 06:45 (Asia/Karachi)"),
        ("topics visas,flights", "Topics: Visas, Flights"),
        ("timezone Asia/Almaty", "When: daily at 08:00 (Asia/Almaty)"),
    ],
)
async def test_subscribe_arguments_set_the_schedule(
    chat: Chat, arguments: str, shown: str
) -> None:
    [reply] = await chat.say(f"/subscribe {arguments}")
    assert shown in reply.text


@pytest.mark.parametrize(
    ("arguments", "error"),
    [
        ("daily 25:00", "“25:00” is not a time like 07:30 or 7am"),
        ("topics visas,weather", "unknown topic weather; choose from"),
        ("x" * 4000, "I don't understand “xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…”."),
        ("timezone " + "Asia/" * 800, "“Asia/Asia/Asia/Asia/Asia/Asia/Asia/Asia/…” is not a time"),
        ("timezone Mars/Olympus", "“Mars/Olympus” is not a time zone"),
        ("hourly", "I don't understand “hourly”"),
        ("daily <b>7 & more", "I don't understand “<b>7”"),  # echoed, escaped for HTML
    ],
)
async def test_bad_arguments_get_one_line_and_change_nothing(
    chat: Chat, application: Application, arguments: str, error: str
) -> None:
    [reply] = await chat.say(f"/subscribe {arguments}")
    assert error in reply.text
    assert "\n" not in reply.text
    assert await data(application).subscriptions.count_active() == 0


async def test_every_example_the_bot_gives_works_when_sent_back(chat: Chat) -> None:
    [hint] = await chat.say("/subscribe hourly")
    examples = hint.text.split("For example: ")[1].split(" · ")
    [card] = await chat.say("/subscribe")
    examples += re.findall(r"e\.g\. (/subscribe[^\n]*)", card.text)
    assert len(examples) == len(EXAMPLES) + 1
    for example in examples:
        [reply] = await chat.say(example)
        assert reply.text.startswith(("Subscribed.", "Updated.")), (example, reply.text)


async def test_settings_buttons_change_the_card_in_place(chat: Chat) -> None:
    [card] = await chat.say("/subscribe")
    await chat.press(card, "Weekly")
    assert "When: every Monday at 08:00 (Asia/Karachi)" in card.text
    await chat.press(card, "18:00")
    await chat.press(card, "London")
    assert "When: every Monday at 18:00 (Europe/London)" in card.text
    await chat.press(card, "Visas")
    await chat.press(card, "Trade")
    assert "Topics: Visas, Trade" in card.text
    await chat.press(card, "Note when nothing is new")
    assert "When nothing is new: send a short note" in card.text
    [shown] = await chat.say("/settings")
    assert shown.text == card.text
    await chat.press(card, "✓ Visas")
    assert "Topics: Trade" in card.text
    await chat.press(card, "Unsubscribe")
    assert card.text == STOPPED
    [after] = await chat.say("/settings")
    assert after.text == NOT_SUBSCRIBED


async def test_unsubscribe_stops_and_says_so_once(chat: Chat, application: Application) -> None:
    await chat.say("/subscribe")
    [stopped] = await chat.say("/unsubscribe")
    assert stopped.text == STOPPED
    [again] = await chat.say("/unsubscribe")
    assert again.text == NOT_SUBSCRIBED
    assert await data(application).subscriptions.count_active() == 0


async def test_in_groups_only_an_administrator_subscribes(
    chat: Chat, emulator: Emulator, application: Application
) -> None:
    group = emulator.group_chat(-100500, owner=77)
    [refused] = await chat.say("/subscribe@briefbot", chat=group)
    assert refused.text == ADMINS_ONLY
    owner = Chat(emulator, application, user_id=77)
    [done] = await owner.say("/subscribe@briefbot", chat=group)
    assert done.text.startswith("Subscribed.")
    row = await data(application).subscriptions.get(-100500)
    assert row is not None
    assert row.chat_type == "supergroup"


async def test_subscriptions_survive_a_restart(
    emulator: Emulator, settings: Settings, clock: FakeClock
) -> None:
    settings = dataclasses.replace(settings, api_base_url=emulator.base_url)
    async with polling(build_application(settings, clock=clock), poll_timeout=0.25) as app:
        await Chat(emulator, app).say("/subscribe weekly friday 10:00")
    async with polling(build_application(settings, clock=clock), poll_timeout=0.25) as app:
        [card] = await Chat(emulator, app).say("/settings")
    assert "When: every Friday at 10:00 (Asia/Karachi)" in card.text


async def test_admins_see_stats_and_broadcast_others_get_nothing(
    chat: Chat, emulator: Emulator, application: Application
) -> None:
    await chat.say("/subscribe")
    admin = Chat(emulator, application, user_id=ADMIN)
    assert await chat.say("/stats") == []
    assert await chat.say("/broadcast hello") == []
    [usage] = await admin.say("/broadcast")
    assert usage.text.startswith("Usage: /broadcast TEXT")
    [queued] = await admin.say("/broadcast Forum moved to <Friday> & Saturday")
    assert queued.text == "Queued for 1 subscriber(s)."
    await emulator.wait_for(lambda: len(emulator.messages_to(chat.chat_id)) == 2)
    assert emulator.messages_to(chat.chat_id)[-1].text == "Forum moved to <Friday> & Saturday"
    await data(application).sender.idle()
    [stats] = await admin.say("/stats")
    assert "Subscribers: 1" in stats.text
    assert "Broadcasts: 1 sent, 0 failed" in stats.text


async def test_two_admins_broadcasts_both_go_out(
    chat: Chat, emulator: Emulator, application: Application
) -> None:
    """Each admin's first message in their own chat has the same message id."""
    await chat.say("/subscribe")
    [first] = await Chat(emulator, application, user_id=ADMIN).say("/broadcast Forum on Friday")
    second_admin = Chat(emulator, application, user_id=SECOND_ADMIN)
    [second] = await second_admin.say("/broadcast Visa desk closed")
    assert first.text == second.text == "Queued for 1 subscriber(s)."
    await emulator.wait_for(lambda: len(emulator.messages_to(chat.chat_id)) == 3)
    await data(application).sender.idle()
    texts = [m.text for m in emulator.messages_to(chat.chat_id)[1:]]
    assert sorted(texts) == ["Forum on Friday", "Visa desk closed"]


async def test_a_broadcast_delivered_twice_by_telegram_is_queued_once(
    chat: Chat, emulator: Emulator, application: Application
) -> None:
    await chat.say("/subscribe")
    admin = Chat(emulator, application, user_id=ADMIN)
    [queued] = await admin.say("/broadcast Forum on Friday")
    assert queued.text == "Queued for 1 subscriber(s)."
    emulator.redeliver(emulator.pushed[-1]["update_id"])
    await admin.settle()
    assert emulator.messages_to(ADMIN)[-1].text.startswith("Already queued")
    await data(application).sender.idle()
    assert [m.text for m in emulator.messages_to(chat.chat_id)].count("Forum on Friday") == 1


async def test_a_forged_settings_button_changes_nothing(
    chat: Chat, application: Application
) -> None:
    """Callback data comes from the client: a topic no button offers is refused."""
    [card] = await chat.say("/subscribe")
    card.buttons[-1][0]["callback_data"] = "set:topic:<junk>" + "x" * 40
    query, replies = await chat.press(card, card.buttons[-1][0]["text"])
    assert replies == []
    assert "no longer works" in chat.emulator.callback_answers[query]["text"]
    row = await data(application).subscriptions.get(chat.chat_id)
    assert row is not None
    assert row.topics == ""
