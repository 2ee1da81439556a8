"""The language each chat chose with /language, read through a short-lived cache: every
update needs it, and another replica may have changed it a moment ago."""

from __future__ import annotations

import time
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.storage.models import ChatLanguage

FRESH_SECONDS = 60.0  # how long another replica's change may go unseen


class ChatLanguages:
    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self.sessions = sessions
        self._cache: dict[int, tuple[str | None, float]] = {}

    async def get(self, chat_id: int) -> str | None:
        """The chat's chosen language, or None when it chose none."""
        cached = self._cache.get(chat_id)
        if cached is not None and time.monotonic() - cached[1] < FRESH_SECONDS:
            return cached[0]
        async with self.sessions() as session:
            row = await session.get(ChatLanguage, chat_id)
        language = row.language if row else None
        self._cache[chat_id] = (language, time.monotonic())
        return language

    async def set(self, chat_id: int, language: str, now: datetime) -> None:
        async with self.sessions() as session, session.begin():
            await session.merge(ChatLanguage(chat_id=chat_id, language=language, updated_at=now))
        self._cache[chat_id] = (language, time.monotonic())

    def forget(self, chat_id: int) -> None:
        """After /deletedata, or a group's move to a new id: read it afresh."""
        self._cache.pop(chat_id, None)
