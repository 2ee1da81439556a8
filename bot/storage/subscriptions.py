"""Reading and changing subscriptions; every change is one transaction."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.schedule import Schedule, next_run
from bot.storage.models import Subscription


class Subscriptions:
    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self.sessions = sessions

    async def get(self, chat_id: int) -> Subscription | None:
        async with self.sessions() as session:
            return await session.get(Subscription, chat_id)

    async def subscribe(
        self, chat_id: int, chat_type: str, schedule: Schedule, now: datetime
    ) -> tuple[Subscription, bool]:
        """Create or update this chat's subscription; True when it is new or was stopped.

        Subscribing twice updates the one row (the chat id is the key), even when two
        requests race: the loser of the insert retries as an update."""
        for _ in range(2):
            try:
                async with self.sessions() as session, session.begin():
                    row = await session.get(Subscription, chat_id, with_for_update=True)
                    fresh = row is None or not row.active
                    if row is None:
                        row = Subscription(chat_id=chat_id, created_at=now)
                        session.add(row)
                    row.chat_type = chat_type
                    row.frequency = schedule.frequency
                    row.weekday = schedule.weekday if schedule.frequency == "weekly" else None
                    row.send_time = schedule.send_time
                    row.timezone = schedule.timezone
                    row.topics = ",".join(schedule.topics)
                    row.send_when_empty = schedule.send_when_empty
                    row.active = True
                    row.inactive_reason = None
                    row.updated_at = now
                    row.next_run_at = next_run(schedule, now)
                    if fresh:
                        row.last_digest_at = None  # the next digest is a full briefing
                return row, fresh
            except IntegrityError:
                continue
        raise RuntimeError(f"could not subscribe chat {chat_id}")

    async def stop(self, chat_id: int, reason: str, now: datetime) -> bool:
        """Deactivate (kept for its history); False when there was nothing active."""
        async with self.sessions() as session, session.begin():
            row = await session.get(Subscription, chat_id, with_for_update=True)
            if row is None or not row.active:
                return False
            row.active = False
            row.inactive_reason = reason
            row.next_run_at = None
            row.updated_at = now
            return True

    async def count_active(self) -> int:
        async with self.sessions() as session:
            count = await session.scalar(
                select(func.count()).select_from(Subscription).where(Subscription.active)
            )
            return int(count or 0)

    async def count_stopped(self, reason_start: str) -> int:
        """Inactive subscriptions whose reason begins with ``reason_start``."""
        async with self.sessions() as session:
            count = await session.scalar(
                select(func.count())
                .select_from(Subscription)
                .where(~Subscription.active, Subscription.inactive_reason.startswith(reason_start))
            )
            return int(count or 0)

    async def active(self) -> list[Subscription]:
        async with self.sessions() as session:
            rows = await session.scalars(
                select(Subscription).where(Subscription.active).order_by(Subscription.chat_id)
            )
            return list(rows)


def schedule_of(row: Subscription) -> Schedule:
    """The schedule a stored subscription stands for."""
    return Schedule(
        timezone=row.timezone,
        frequency="weekly" if row.frequency == "weekly" else "daily",
        weekday=row.weekday,
        send_time=row.send_time,
        topics=tuple(t for t in row.topics.split(",") if t),
        send_when_empty=row.send_when_empty,
    )
