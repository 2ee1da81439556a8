"""Buttons and inline mode: every press answered and acted on, data within Telegram's limits."""

from bot.emulator import Emulator
from tests.bot.conftest import Chat


async def test_the_sources_button_lists_each_article_in_full(chat: Chat, emulator: Emulator):
    [answer] = await chat.say("history of relations")
    query, [details] = await chat.press(answer, "📚 Sources")
    assert emulator.callback_answers[query]  # the press was acknowledged
    assert details.text.startswith("Sources")
    assert "Alliance News, by Shabbir Hussain, 27 May 2025" in details.text
    assert "000_28a4f01e0b9fa714" in details.text


async def test_a_follow_up_button_asks_the_question(chat: Chat, emulator: Emulator) -> None:
    [answer] = await chat.say("upcoming visits")
    query, [follow] = await chat.press(answer, "timeline")
    assert emulator.callback_answers[query]
    assert follow.text.startswith("Timeline")


async def test_every_button_fits_telegrams_64_bytes(chat: Chat) -> None:
    replies = []
    for question in ["/who", "/topics", "who is Kistafin", "trade target", "help"]:
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


async def test_an_empty_inline_query_suggests_questions(chat: Chat, emulator: Emulator) -> None:
    query = emulator.inline_query(chat.user, "")
    await chat.settle()
    titles = [r["title"] for r in emulator.inline_answers[query]]
    assert any(t.startswith("Trade target") for t in titles)
