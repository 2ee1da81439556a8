"""Digests and alerts end to end: the real bot, the emulator, a database, a hand-moved clock.

Each test drives time with FakeClock: the schedule job runs every few hundredths of a second
of real time and sees whatever time the test has set.
"""

from __future__ import annotations

import dataclasses
import shutil
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import update
from telegram.ext import Application

from bot.app import build_application, polling
from bot.context import BotData
from bot.emulator import Emulator, Sent
from bot.settings import Settings
from bot.storage.database import connect
from bot.storage.models import Subscription
from knowledge.build import DEFAULT_SEEDS_DIR
from knowledge.ingest import ingest
from tests.bot.clock import FakeClock
from tests.bot.conftest import Chat

START = datetime(2026, 12, 1, 2, 0, tzinfo=UTC)  # 07:00 in Karachi, 02:00 in London
FLIGHTS_ARTICLE = (
    "Pakistan International Airlines will open direct flights between Islamabad and Almaty "
    "in March 2027, the airline said on Monday. The new air link is expected to help "
    "business travel and trade between the two countries."
)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    shutil.copytree(DEFAULT_SEEDS_DIR, folder)
    return folder


@pytest.fixture
def settings(settings: Settings, database_url: str, seeds: Path, emulator: Emulator) -> Settings:
    return dataclasses.replace(
        settings, database_url=database_url, seeds_dir=seeds, api_base_url=emulator.base_url
    )


@asynccontextmanager
async def running(settings: Settings, clock: FakeClock) -> AsyncIterator[Application]:
    async with polling(build_application(settings, clock=clock), poll_timeout=0.25) as app:
        yield app


@pytest.fixture
async def application(settings: Settings, clock: FakeClock) -> AsyncIterator[Application]:
    async with running(settings, clock) as app:
        yield app


async def settle(application: Application) -> None:
    """Until every due digest is queued and the outbox is empty."""
    data: BotData = application.bot_data
    await data.briefings.run_due(data.digests)
    await data.sender.idle()


def digests(emulator: Emulator, chat_id: int) -> list[Sent]:
    return [
        m
        for m in emulator.messages_to(chat_id)
        if m.text.startswith(("Your briefing", "New since", "Nothing new"))
    ]


async def test_digests_come_at_each_subscribers_time_in_their_zone(
    emulator: Emulator, application: Application, clock: FakeClock
) -> None:
    karachi = Chat(emulator, application, user_id=101)
    london = Chat(emulator, application, user_id=102)
    await karachi.say("/subscribe daily 08:00")
    await london.say("/subscribe daily 08:00 timezone Europe/London")
    clock.set(datetime(2026, 12, 1, 2, 59, tzinfo=UTC))
    await settle(application)
    assert digests(emulator, 101) == digests(emulator, 102) == []
    clock.set(datetime(2026, 12, 1, 3, 0, tzinfo=UTC))  # 08:00 in Karachi
    await emulator.wait_for(lambda: bool(digests(emulator, 101)))
    await settle(application)
    [first] = digests(emulator, 101)
    assert first.text.startswith("Your briefing, 1 December 2026")
    assert "Sources: [1]" in first.text
    assert digests(emulator, 102) == []
    clock.set(datetime(2026, 12, 1, 8, 0, tzinfo=UTC))  # 08:00 in London
    await emulator.wait_for(lambda: bool(digests(emulator, 102)))
    await settle(application)
    assert len(digests(emulator, 101)) == len(digests(emulator, 102)) == 1


async def test_nothing_new_stays_quiet_unless_asked_for_a_note(
    emulator: Emulator, application: Application, clock: FakeClock
) -> None:
    quiet = Chat(emulator, application, user_id=111)
    noted = Chat(emulator, application, user_id=112)
    await quiet.say("/subscribe")
    [card] = await noted.say("/subscribe")
    await noted.press(card, "Note when nothing is new")
    for day in (1, 2):
        clock.set(datetime(2026, 12, day, 3, 0, 30, tzinfo=UTC))
        await settle(application)
    assert [d.text.split(",")[0] for d in digests(emulator, 111)] == ["Your briefing"]
    [_, note] = digests(emulator, 112)
    assert note.text.startswith("Nothing new since your last briefing (2 December 2026)")


async def test_missed_digests_come_once_after_downtime(
    emulator: Emulator, settings: Settings, clock: FakeClock
) -> None:
    async with running(settings, clock) as app:
        await Chat(emulator, app, user_id=121).say("/subscribe")
        await Chat(emulator, app, user_id=122).say("/subscribe weekly tuesday 07:30")
        noted = Chat(emulator, app, user_id=123)
        [card] = await noted.say("/subscribe")
        await noted.press(card, "Note when nothing is new")
    clock.set(datetime(2026, 12, 4, 12, 0, tzinfo=UTC))  # down for three days
    async with running(settings, clock) as app:
        await emulator.wait_for(lambda: all(digests(emulator, c) for c in (121, 122, 123)))
        await settle(app)
        assert [len(digests(emulator, c)) for c in (121, 122, 123)] == [1, 1, 1]
        row = await app.bot_data.subscriptions.get(121)
        assert row.next_run_at == datetime(2026, 12, 5, 3, 0, tzinfo=UTC)
    async with running(settings, clock) as app:  # and a restart sends nothing again
        await settle(app)
        assert len(digests(emulator, 121)) == 1


async def test_a_subscription_whose_time_zone_is_gone_is_stopped_and_others_served(
    emulator: Emulator, settings: Settings, clock: FakeClock
) -> None:
    """A zone removed by an OS update (here: a row edited by hand) neither stops the start
    nor holds back the digests of the rest of its batch."""
    settings = dataclasses.replace(settings, admin_ids=frozenset({900}))
    async with running(settings, clock) as app:
        for user_id in (131, 132, 133):
            await Chat(emulator, app, user_id=user_id).say("/subscribe")
    engine = connect(settings.database)
    async with engine.begin() as connection:
        await connection.execute(
            update(Subscription).where(Subscription.chat_id == 132).values(timezone="Mars/Olympus")
        )
    await engine.dispose()
    clock.set(datetime(2026, 12, 1, 3, 30, tzinfo=UTC))  # past 08:00 in Karachi
    async with running(settings, clock) as app:
        await emulator.wait_for(lambda: all(digests(emulator, c) for c in (131, 133)))
        await settle(app)
        assert [len(digests(emulator, c)) for c in (131, 132, 133)] == [1, 0, 1]
        data: BotData = app.bot_data
        stopped = await data.subscriptions.get(132)
        assert stopped is not None
        assert not stopped.active
        assert stopped.inactive_reason == "time zone cannot be loaded: 'Mars/Olympus'"
        [stats] = await Chat(emulator, app, user_id=900).say("/stats")
        assert "Stopped, time zone unusable: 1" in stats.text
        assert "Subscribers: 2" in stats.text
        stopped_count = data.metrics.registry.get_sample_value(
            "briefbot_subscriptions_stopped_total", {"reason": "time zone"}
        )
        assert stopped_count == 1


async def test_digest_command_sends_now(emulator: Emulator, application: Application) -> None:
    chat = Chat(emulator, application, user_id=131)
    await chat.say("/digest")
    assert (131, "typing") in emulator.chat_actions  # "typing…" while it is composed
    await emulator.wait_for(lambda: bool(digests(emulator, 131)))
    [full] = digests(emulator, 131)
    assert full.text.startswith("Your briefing")
    assert "📚 Sources" in full.button_texts()
    await chat.say("/subscribe")
    await chat.say("/digest")
    await emulator.wait_for(lambda: len(digests(emulator, 131)) == 2)
    await chat.say("/digest")
    await emulator.wait_for(lambda: len(digests(emulator, 131)) == 3)
    assert digests(emulator, 131)[-1].text.startswith("Nothing new since your last briefing")


async def test_ingested_article_reaches_matching_subscribers_only(
    emulator: Emulator, application: Application, clock: FakeClock, seeds: Path, tmp_path: Path
) -> None:
    flights = Chat(emulator, application, user_id=141)
    visas = Chat(emulator, application, user_id=142)
    everything = Chat(emulator, application, user_id=143)
    await flights.say("/subscribe topics flights")
    await visas.say("/subscribe topics interfaith")
    await everything.say("/subscribe")
    article = tmp_path / "005_pia_almaty.txt"
    article.write_text(FLIGHTS_ARTICLE, encoding="utf-8")
    ingest(article, seeds, title="PIA to fly Islamabad–Almaty direct", publisher="Dawn",
           date="2026-11-30")  # fmt: skip
    await emulator.wait_for(
        lambda: bool(emulator.messages_to(141)) and len(emulator.messages_to(143)) > 1
    )
    alert = emulator.messages_to(141)[-1]
    assert alert.text.startswith("New briefing: PIA to fly Islamabad–Almaty direct")
    assert "Dawn, 30 November 2026" in alert.text
    await settle(application)
    assert [m.text for m in emulator.messages_to(142) if m.text.startswith("New briefing")] == []
    # The bot answers from the new article at once, and the next digest lists it.
    [answer] = await flights.say("direct flights")
    assert "Dawn" in answer.text
    clock.set(datetime(2026, 12, 1, 3, 0, 30, tzinfo=UTC))
    await settle(application)
    [digest] = digests(emulator, 141)
    assert "PIA to fly Islamabad–Almaty direct (Dawn, 30 November 2026)" in digest.text


async def test_an_article_too_large_dropped_in_the_folder_is_refused_and_the_old_kb_stays(
    emulator: Emulator, application: Application, seeds: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Read whole, 50 MB took the reloading bot past its memory limit: refused unread."""
    (seeds / "dump.txt").write_bytes(b"Pakistan and Kazakhstan. " * 80_000)  # 2 MB
    data: BotData = application.bot_data
    before = data.engine
    await emulator.wait_for(lambda: "the old KB stays live" in caplog.text)
    assert "dump.txt: file: too large for an article (2.0 MB; the limit is 1.0 MB" in caplog.text
    assert data.engine is before
    [answer] = await Chat(emulator, application).say("trade target")
    assert answer.text.startswith("Trade target")


async def test_a_broken_article_folder_keeps_the_old_kb(
    emulator: Emulator, application: Application, seeds: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (seeds / "index.yaml").write_text("articles: [not, a, mapping]\n", encoding="utf-8")
    data: BotData = application.bot_data
    before = data.engine
    await emulator.wait_for(lambda: "the old KB stays live" in caplog.text)
    assert data.engine is before
    [answer] = await Chat(emulator, application).say("trade target")
    assert answer.text.startswith("Trade target")
