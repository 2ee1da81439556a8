"""Each chat's last answer, so "tell me more" or "who else was there?" has something to lean on.

Kept in memory only and forgotten after some minutes of silence: a follow-up means the
previous question is still on the reader's screen. Nothing here is written to disk, so a
restart starts every conversation afresh.
"""

from __future__ import annotations

from collections import OrderedDict
from datetime import datetime, timedelta

from knowledge import Answer

SILENCE = timedelta(minutes=10)
MAX_CHATS = 10_000  # the oldest conversations go first past this many


class Conversations:
    def __init__(self, silence: timedelta = SILENCE, max_chats: int = MAX_CHATS) -> None:
        self.silence = silence
        self.max_chats = max_chats
        self._last: OrderedDict[int, tuple[Answer, datetime]] = OrderedDict()

    def previous(self, chat_id: int, now: datetime) -> Answer | None:
        """The chat's last answer, unless the chat has been silent too long."""
        found = self._last.get(chat_id)
        if found is None:
            return None
        answer, when = found
        if now - when > self.silence:
            del self._last[chat_id]
            return None
        return answer

    def remember(self, chat_id: int, answer: Answer, now: datetime) -> None:
        self._last[chat_id] = (answer, now)
        self._last.move_to_end(chat_id)
        while len(self._last) > self.max_chats:
            self._last.popitem(last=False)

    def forget(self, chat_id: int) -> None:
        self._last.pop(chat_id, None)
