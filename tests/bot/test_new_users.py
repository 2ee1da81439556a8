"""New users, scripted end to end through the emulator: in a private chat, a group, inline
and through a deep link. They find every command from /start and /help, every button
they press is answered (also past the flood limit), sources are numbered in the answer's
order with no internal id anywhere, and the bot never sends the same answer twice in a
row."""

from __future__ import annotations

import dataclasses
import itertools
import re

import pytest

from bot.emulator import Emulator, Sent
from bot.menu import COMMANDS
from bot.settings import Settings
from tests.bot.conftest import Chat

INTERNAL_ID = re.compile(r"\b\d{3}_[0-9a-f]{16}\b|\bsources? \d{3}\b")
COMMAND = re.compile(r"/([a-z]+)\b")
GROUP = -100_777
LIMIT = 120  # updates a minute per user: the scripted sessions stay under it


@pytest.fixture
def settings(settings: Settings) -> Settings:
    return dataclasses.replace(settings, user_messages_per_minute=LIMIT)


def footer_labels(sent: Sent) -> list[str]:
    """The sources line's labels, checked to be numbered 1, 2, 3... in order."""
    line = sent.text.rsplit("\n", 1)[-1]
    if not line.startswith("Sources: "):
        return []
    numbered = re.findall(r"\[(\d+)\] ([^;]+)", line.removeprefix("Sources: "))
    assert [int(n) for n, _ in numbered] == list(range(1, len(numbered) + 1)), line
    return [label.removesuffix("…") for _, label in numbered]


async def check_sources(chat: Chat, answer: Sent) -> None:
    """Marks in the answer resolve in its sources line, and the 📚 card lists the same
    articles in the same order, in full."""
    labels = footer_labels(answer)
    if not labels:  # a list of sources: each line is the full reference its mark stands for
        cited = [line for line in answer.text.split("\n") if re.search(r"\[\d+\]$", line)]
        assert all(" — " in line for line in cited), answer.text
        return
    marks = {int(n) for n in re.findall(r"\[(\d+)\]", answer.text.rsplit("\n", 1)[0])}
    assert marks <= set(range(1, len(labels) + 1)), answer.text
    _, [card] = await chat.press(answer, "📚 Sources")
    entries = [line for line in card.text.split("\n") if line.startswith("[")]
    assert len(entries) == len(labels)
    for number, (entry, label) in enumerate(zip(entries, labels, strict=True), start=1):
        assert entry.startswith(f"[{number}] ")
        assert label.split(": ")[-1] in entry  # the publisher, or the start of the title


async def test_a_new_user_finds_everything_and_is_never_repeated_to(
    chat: Chat, emulator: Emulator
) -> None:
    [welcome] = await chat.say("/start")
    assert {"/help", "/subscribe"} <= {f"/{c}" for c in COMMAND.findall(welcome.text)}
    [help_text] = await chat.say("/help")
    listed = set(COMMAND.findall(help_text.text))
    assert {c.command for c in COMMANDS} <= listed
    for command in COMMANDS:  # each one, as a newcomer tries it, answers
        before = len(emulator.messages_to(chat.chat_id))
        await chat.say(f"/{command.command}")  # /digest's comes through the outbox, soon
        await emulator.wait_for(
            lambda before=before: len(emulator.messages_to(chat.chat_id)) > before
        )
    for question in ["who is Kistafin", "upcoming visits", "visas", "timeline", "sources"]:
        [answer] = await chat.say(question)
        await check_sources(chat, answer)  # presses 📚, once
        others = [b for b in answer.button_texts() if b != "📚 Sources"]
        for label in others:  # every other button press gets an answer too
            query, _ = await chat.press(answer, label)
            assert emulator.callback_answers[query], (question, label)
    seen = emulator.messages_to(chat.chat_id)
    assert not any(INTERNAL_ID.search(sent.text) for sent in seen)
    for one, two in itertools.pairwise(seen):
        assert one.text != two.text, one.text[:80]


async def test_in_a_group_inline_and_by_deep_link(chat: Chat, emulator: Emulator) -> None:
    group = emulator.group_chat(GROUP)
    [help_text] = await chat.say("/help@briefbot", chat=group)
    assert "/subscribe" in help_text.text
    [answer] = await chat.say("@briefbot who is Kistafin", chat=group)
    assert footer_labels(answer)[:2] == ["Diplomacy Lens", "Alliance News"]
    query = emulator.inline_query(chat.user, "visas")
    await chat.settle()
    results = emulator.inline_answers[query]
    assert results
    assert not any(re.search(r"\[\d+\]", r["title"]) for r in results)
    [linked] = await chat.say("/start who_is_Kistafin")
    assert linked.text.startswith("Yerzhan Kistafin")
    for sent in [*emulator.messages_to(GROUP), *emulator.messages_to(chat.chat_id)]:
        assert not INTERNAL_ID.search(sent.text)


async def test_past_the_flood_limit_every_press_is_still_answered(
    chat: Chat, emulator: Emulator
) -> None:
    [timeline] = await chat.say("/timeline")
    presses = LIMIT + 20
    queries = [emulator.press(chat.user, timeline, "upcoming visits") for _ in range(presses)]
    await chat.settle()
    assert all(emulator.callback_answers[q] for q in queries)
    assert all("try again in" in emulator.callback_answers[q]["text"] for q in queries[LIMIT:])


async def test_every_example_in_help_works_when_sent_back(chat: Chat) -> None:
    [help_text] = await chat.say("/help")
    examples = help_text.text.split("for example:\n")[1].split("\n")
    examples = [line.removeprefix("• ") for line in examples if line.startswith("• ")]
    assert len(examples) >= 10
    for example in examples:
        [answer] = await chat.say(example)
        assert not answer.text.startswith(("I don't have that", "Not on record")), example
