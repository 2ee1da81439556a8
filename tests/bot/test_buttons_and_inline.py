"""Buttons and inline mode: every press answered and acted on, data within Telegram's limits."""

import re
import shutil
from pathlib import Path

import pytest
from telegram.ext import Application

from bot.context import BotData
from bot.emulator import Emulator
from bot.handlers import LIST_CHANGED
from knowledge import Engine, build
from knowledge.build import DEFAULT_SEEDS_DIR
from tests.bot.conftest import Chat

INTERNAL_ID = re.compile(r"\b\d{3}_[0-9a-f]{16}\b|\bsources? \d{3}\b")


async def test_the_sources_button_lists_each_article_in_full_in_the_answers_order(
    chat: Chat, emulator: Emulator
) -> None:
    [answer] = await chat.say("who is Kistafin")
    footer = answer.text.rsplit("\n", 1)[-1]
    assert footer == (
        "Sources: [1] Diplomacy Lens; [2] Alliance News; [3] Kazakh transport minister…; "
        "[4] Kazakh ambassador Kistafin…"
    )
    query, [details] = await chat.press(answer, "📚 Sources")
    assert emulator.callback_answers[query]  # the press was acknowledged
    entries = [line for line in details.text.split("\n") if line.startswith("[")]
    assert entries == [
        "[1] Pakistan Must Be a Part of Regional Corridors for Shared Prosperity: Kazakhstan "
        "Ambassador — Diplomacy Lens, 2025",
        "[2] Kazakh Envoy Seeks Stronger Ties with Pakistan for Regional Connectivity — "
        "Alliance News, by Shabbir Hussain, 27 May 2025",
        "[3] Kazakh transport minister Marat Karabayev meets communications minister Abdul "
        "Aleem Khan (title ours: no headline) — publisher not named, 29 April 2025",
        "[4] Kazakh ambassador Kistafin calls on communications minister Abdul Aleem Khan "
        "(title ours: no headline) — publisher not named, 2025",
    ]
    # How each was dated: folded away beneath it, a tap to open.
    assert details.raw.count("<blockquote expandable>How dated: ") == 4
    assert not INTERNAL_ID.search(details.text)


@pytest.mark.parametrize(
    "question",
    ["upcoming visits", "recent visits", "trade target", "who is Kistafin", "visas", "flights",
     "railways", "business forums", "agreements", "investment", "who is Tokayev"],
)  # fmt: skip
async def test_on_a_phone_the_answer_comes_first(chat: Chat, question: str) -> None:
    """The sources line takes at most a quarter of a headline answer."""
    [answer] = await chat.say(question)
    footer = answer.text.rsplit("\n", 1)[-1]
    assert footer.startswith("Sources: [1]")
    assert len(footer) <= len(answer.text) / 4


async def test_a_sources_answer_does_not_repeat_itself(chat: Chat) -> None:
    await chat.say("who is Kistafin")
    [sources] = await chat.say("sources")
    assert "Sources:" not in sources.text
    assert sources.text.count("Alliance News") == 1
    assert sources.button_texts() == ["📚 How dated"]
    assert not INTERNAL_ID.search(sources.text)


async def test_a_follow_up_button_asks_the_question(chat: Chat, emulator: Emulator) -> None:
    [answer] = await chat.say("upcoming visits")
    query, [follow] = await chat.press(answer, "timeline")
    assert emulator.callback_answers[query]
    assert follow.text.startswith("Timeline")


async def test_every_button_fits_telegrams_64_bytes(chat: Chat) -> None:
    replies = []
    for question in ["/who", "/topics", "who is Kistafin", "trade target", "help", "/timeline"]:
        replies += await chat.say(question)
    data = [b["callback_data"] for r in replies for row in r.buttons for b in row]
    assert data
    assert all(len(d.encode()) <= 64 for d in data)


async def test_an_unknown_button_is_answered_with_a_note(chat: Chat, emulator: Emulator):
    [answer] = await chat.say("who is Kistafin")
    answer.buttons[0][0]["callback_data"] = "src:deadbeef"  # a source no longer in the KB
    query, replies = await chat.press(answer, "📚 Sources")
    assert replies == []
    assert "no longer works" in emulator.callback_answers[query]["text"]


async def test_inline_query_returns_up_to_ten_answers(chat: Chat, emulator: Emulator) -> None:
    query = emulator.inline_query(chat.user, "trade tagret")
    await chat.settle()
    results = emulator.inline_answers[query]
    assert 1 <= len(results) <= 10
    assert results[0]["title"].startswith("Trade target: USD 1 billion")
    assert results[0]["input_message_content"]["parse_mode"] == "HTML"
    # Titles have no citation marks to resolve; the message carries its sources.
    assert not any("[1]" in r["title"] or "[1]" in r["description"] for r in results)
    assert all(
        "Sources: [1]" in r["input_message_content"]["message_text"]
        for r in results
        if "[1]" in r["input_message_content"]["message_text"]
    )


async def test_an_empty_inline_query_suggests_questions(chat: Chat, emulator: Emulator) -> None:
    query = emulator.inline_query(chat.user, "")
    await chat.settle()
    titles = [r["title"] for r in emulator.inline_answers[query]]
    assert any(t.startswith("Trade target") for t in titles)


async def test_a_long_list_pages_in_place_with_more_and_previous(
    chat: Chat, emulator: Emulator
) -> None:
    [timeline] = await chat.say("/timeline")
    assert timeline.text.startswith("Timeline, newest first: 7 dated events, then 8")
    assert timeline.text.count("\n• ") == 10  # a page
    assert "More ▸ (2 of 2)" in timeline.button_texts()
    query, new = await chat.press(timeline, "More ▸ (2 of 2)")
    assert new == []  # the same message, now page 2
    assert timeline.edits == 1
    assert emulator.callback_answers[query]
    assert timeline.text.startswith("Timeline, newest first: 7 dated events, then 8 the sources")
    assert "(page 2 of 2):" in timeline.text
    assert "• date not stated — Business Forum in Lahore [1]" in timeline.text
    assert timeline.text.rsplit("\n", 1)[-1].startswith("Sources: [1] Kazakh ambassador")
    assert "◂ Previous" in timeline.button_texts()
    assert not any(label.startswith("More") for label in timeline.button_texts())
    await chat.press(timeline, "◂ Previous")
    assert "(page" not in timeline.text
    assert timeline.text.count("\n• ") == 10


async def test_a_page_button_from_before_a_reload_says_the_list_changed(
    chat: Chat, emulator: Emulator, application: Application, tmp_path: Path
) -> None:
    [timeline] = await chat.say("/timeline")
    folder = Path(shutil.copytree(DEFAULT_SEEDS_DIR, tmp_path / "seeds"))
    (folder / "900_new.txt").write_text("Pakistan and Kazakhstan opened a visa centre.\n")
    data: BotData = application.bot_data
    data.engine = Engine(build(folder))  # what the reload job makes of the changed folder
    query, _ = await chat.press(timeline, "More ▸ (2 of 2)")
    assert emulator.callback_answers[query]["text"] == LIST_CHANGED
    assert timeline.text.startswith("Timeline, newest first:")
    assert "(page" not in timeline.text


@pytest.mark.parametrize(
    "data", ["pg:", "pg:1234abcd:two:timeline", "pg:1234abcd:2:", "pg:1234abcd:99:nonsense"]
)
async def test_a_forged_page_button_gets_an_answer_not_an_error(
    chat: Chat, emulator: Emulator, data: str
) -> None:
    [timeline] = await chat.say("/timeline")
    timeline.buttons[0][0]["callback_data"] = data  # what a modified client could send
    query, _ = await chat.press(timeline, timeline.buttons[0][0]["text"])
    assert emulator.callback_answers[query]
