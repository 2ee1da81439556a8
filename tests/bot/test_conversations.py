"""Each chat's last answer: kept a while, forgotten after silence, bounded in number."""

from datetime import UTC, datetime, timedelta

from bot.conversations import Conversations
from knowledge import Answer

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def answer(text: str) -> Answer:
    return Answer(question=text, intent="direct", lead=text)


def test_the_last_answer_of_each_chat_is_kept() -> None:
    chats = Conversations()
    chats.remember(1, answer("first"), NOW)
    chats.remember(1, answer("second"), NOW)
    chats.remember(2, answer("other"), NOW)
    first, other = chats.previous(1, NOW + timedelta(minutes=9)), chats.previous(2, NOW)
    assert first is not None
    assert first.lead == "second"
    assert other is not None
    assert other.lead == "other"
    assert chats.previous(3, NOW) is None


def test_silence_forgets() -> None:
    chats = Conversations(silence=timedelta(minutes=10))
    chats.remember(1, answer("first"), NOW)
    assert chats.previous(1, NOW + timedelta(minutes=11)) is None
    assert chats.previous(1, NOW) is None  # forgotten, not just hidden


def test_the_oldest_conversations_go_first_past_the_limit() -> None:
    chats = Conversations(max_chats=2)
    for chat in (1, 2, 3):
        chats.remember(chat, answer(str(chat)), NOW)
    assert chats.previous(1, NOW) is None
    assert chats.previous(3, NOW) is not None
