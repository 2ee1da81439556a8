"""The outbox: every digest, alert and broadcast as rows, one per chat, sent at most once.

Rows are written in the same transaction as whatever decided to send them (a digest run
moving a subscription's next run on, a new article being recorded), so a crash either keeps
both or neither. A row's parts are marked sent one by one, right after Telegram accepts
them (what many senders acknowledge meanwhile goes into one commit, see ``bot.delivery``):
a restart resumes from the first part not yet marked.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import bindparam, delete, func, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession
from sqlalchemy.orm import aliased

from bot.storage.models import ChatLanguage, Outbox, Subscription

Buttons = tuple[tuple[tuple[str, str], ...], ...]  # rows of (label, callback data)


@dataclass(frozen=True)
class Part:
    """One Telegram message: HTML text and, optionally, inline buttons."""

    text: str
    buttons: Buttons = ()


@dataclass(frozen=True)
class Pending:
    id: int
    kind: str
    chat_id: int
    parts: tuple[Part, ...]
    parts_sent: int
    attempts: int


_PENDING_COLUMNS = (
    Outbox.id,
    Outbox.kind,
    Outbox.chat_id,
    Outbox.payload,
    Outbox.parts_sent,
    Outbox.attempts,
)


def _pending_row(
    row_id: int, kind: str, chat_id: int, payload: str, parts_sent: int, attempts: int
) -> Pending:
    return Pending(row_id, kind, chat_id, _load(payload), parts_sent, attempts)


def _dump(parts: Sequence[Part]) -> str:
    return json.dumps(
        [{"text": p.text, "buttons": [list(map(list, row)) for row in p.buttons]} for p in parts],
        ensure_ascii=False,
    )


def _load(payload: str) -> tuple[Part, ...]:
    return tuple(
        Part(item["text"], tuple(tuple((b[0], b[1]) for b in row) for row in item["buttons"]))
        for item in json.loads(payload)
    )


async def enqueue(
    session: AsyncSession,
    kind: str,
    run_key: str,
    messages: Iterable[tuple[int, Sequence[Part]]],
    now: datetime,
) -> None:
    """Add one row per (chat, parts) inside the caller's transaction; a row already there
    for the same kind, run and chat is left alone, so a run enqueued twice sends once."""
    rows = [
        {
            "kind": kind,
            "run_key": run_key,
            "chat_id": chat_id,
            "payload": _dump(parts),
            "parts_sent": 0,
            "status": "pending",
            "attempts": 0,
            "due_at": now,
            "created_at": now,
        }
        for chat_id, parts in messages
    ]
    if not rows:
        return
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement = insert(Outbox).on_conflict_do_nothing(
        index_elements=["kind", "run_key", "chat_id"]
    )
    for start in range(0, len(rows), 1000):  # stay under the drivers' parameter limits
        await session.execute(statement, rows[start : start + 1000])


class OutboxStore:
    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine

    async def due(self, now: datetime, limit: int, skip: Iterable[int] = ()) -> list[Pending]:
        """Pending rows whose time has come, claimed or not, minus ``skip``: what the one
        process on a SQLite file sends, without writing claims (which cost a rewrite of
        each row)."""
        query = (
            select(*_PENDING_COLUMNS)
            .where(Outbox.status == "pending", Outbox.due_at <= now)
            .order_by(Outbox.id)
            .limit(limit)
        )
        if in_hand := list(skip):
            query = query.where(Outbox.id.not_in(in_hand))
        async with self.engine.connect() as connection:
            return [_pending_row(*row) for row in await connection.execute(query)]

    async def claim(
        self, owner: str, now: datetime, limit: int, lease: timedelta, skip: Iterable[int] = ()
    ) -> list[Pending]:
        """Take up to ``limit`` due rows nobody holds. On PostgreSQL, rows another replica is
        claiming at this moment are skipped (FOR UPDATE SKIP LOCKED), so replicas never
        take the same row; SQLite has one writer at a time anyway."""
        free = (
            select(Outbox.id)
            .where(
                Outbox.status == "pending",
                Outbox.due_at <= now,
                or_(Outbox.claimed_until.is_(None), Outbox.claimed_until < now),
            )
            .order_by(Outbox.id)
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
        if in_hand := list(skip):  # ours already, whatever the clock says of the claim
            free = free.where(Outbox.id.not_in(in_hand))
        claim = (
            update(Outbox)
            .where(Outbox.id.in_(free.scalar_subquery()))
            .values(claimed_by=owner, claimed_until=now + lease)
            .returning(*_PENDING_COLUMNS)
        )
        async with self.engine.begin() as connection:
            rows = (await connection.execute(claim)).all()
        return sorted((_pending_row(*row) for row in rows), key=lambda p: p.id)

    async def renew(self, owner: str, until: datetime) -> None:
        """Keep holding the rows this replica is still working on."""
        async with self.engine.begin() as connection:
            await connection.execute(
                update(Outbox)
                .where(Outbox.claimed_by == owner, Outbox.status == "pending")
                .values(claimed_until=until)
            )

    async def release(self, owner: str) -> None:
        """Let go of the rows this replica holds but has not sent (a clean stop)."""
        async with self.engine.begin() as connection:
            await connection.execute(
                update(Outbox)
                .where(Outbox.claimed_by == owner, Outbox.status == "pending")
                .values(claimed_by=None, claimed_until=None)
            )

    async def parts_sent(self, progress: Sequence[tuple[int, int, bool]], now: datetime) -> None:
        """Record (row id, parts now sent, whether that was the last) for many rows in one
        transaction: under a fan-out, one commit covers everything acknowledged meanwhile."""
        statement = (
            update(Outbox)
            .where(Outbox.id == bindparam("row_id"))
            .values(
                parts_sent=bindparam("sent"), status=bindparam("state"), sent_at=bindparam("at")
            )
        )
        rows = [
            {"row_id": row_id, "sent": sent, "state": "sent" if done else "pending",
             "at": now if done else None}
            for row_id, sent, done in progress
        ]  # fmt: skip
        async with self.engine.begin() as connection:
            await connection.execute(statement, rows)

    async def retry_later(self, row_id: int, attempts: int, due_at: datetime, error: str) -> None:
        async with self.engine.begin() as connection:
            await connection.execute(
                update(Outbox)
                .where(Outbox.id == row_id)
                .values(
                    attempts=attempts,
                    due_at=due_at,
                    error=error[:200],
                    claimed_by=None,
                    claimed_until=None,
                )
            )

    async def give_up(self, row_id: int, status: str, error: str, now: datetime) -> None:
        """``failed`` (counted in /stats) or ``dropped`` (the chat is gone)."""
        async with self.engine.begin() as connection:
            await connection.execute(
                update(Outbox)
                .where(Outbox.id == row_id)
                .values(status=status, error=error[:200], sent_at=now)
            )

    async def drop_chat(self, chat_id: int, reason: str, now: datetime) -> None:
        """The chat blocked the bot or is gone: stop its subscription and its pending rows."""
        async with self.engine.begin() as connection:
            await connection.execute(
                update(Subscription)
                .where(Subscription.chat_id == chat_id, Subscription.active)
                .values(
                    active=False, inactive_reason=reason[:200], next_run_at=None, updated_at=now
                )
            )
            await connection.execute(
                update(Outbox)
                .where(Outbox.chat_id == chat_id, Outbox.status == "pending")
                .values(status="dropped", error=reason[:200], sent_at=now)
            )

    async def move_chat(self, old: int, new: int, now: datetime) -> None:
        """A group became a supergroup with a new id: its subscription, language and pending
        rows follow it. What the new chat already has wins over the old one's."""
        other = aliased(Outbox)
        async with self.engine.begin() as connection:
            taken = select(Subscription.chat_id).where(Subscription.chat_id == new)
            if await connection.scalar(taken) is None:
                await connection.execute(
                    update(Subscription)
                    .where(Subscription.chat_id == old)
                    .values(chat_id=new, chat_type="supergroup", updated_at=now)
                )
            else:
                await connection.execute(delete(Subscription).where(Subscription.chat_id == old))
            chosen = select(ChatLanguage.chat_id).where(ChatLanguage.chat_id == new)
            if await connection.scalar(chosen) is None:
                await connection.execute(
                    update(ChatLanguage).where(ChatLanguage.chat_id == old).values(chat_id=new)
                )
            else:
                await connection.execute(delete(ChatLanguage).where(ChatLanguage.chat_id == old))
            clash = (
                select(other.id)
                .where(
                    other.chat_id == new,
                    other.kind == Outbox.kind,
                    other.run_key == Outbox.run_key,
                )
                .exists()
            )
            await connection.execute(
                update(Outbox)
                .where(Outbox.chat_id == old, Outbox.status == "pending", ~clash)
                .values(chat_id=new, claimed_by=None, claimed_until=None)
            )
            await connection.execute(
                update(Outbox)
                .where(Outbox.chat_id == old, Outbox.status == "pending")
                .values(status="dropped", error=f"chat moved to {new}", sent_at=now)
            )

    async def forget_chat(self, chat_id: int) -> int:
        """Delete every row about a chat (its subscription, its deliveries, pending or done,
        and its language), in one transaction: what ``/deletedata`` promises. Returns rows
        deleted."""
        async with self.engine.begin() as connection:
            deleted = 0
            for table in (Subscription, Outbox, ChatLanguage):
                result = await connection.execute(delete(table).where(table.chat_id == chat_id))
                deleted += int(result.rowcount or 0)
            return deleted

    async def prune(self, before: datetime) -> int:
        """Forget rows finished before ``before``: the outbox is a queue, not an archive."""
        async with self.engine.begin() as connection:
            result = await connection.execute(
                delete(Outbox).where(Outbox.status != "pending", Outbox.sent_at < before)
            )
            return int(result.rowcount or 0)

    async def counts(self) -> dict[tuple[str, str], int]:
        """Rows by (kind, status)."""
        async with AsyncSession(self.engine) as session:
            result = await session.execute(
                select(Outbox.kind, Outbox.status, func.count()).group_by(
                    Outbox.kind, Outbox.status
                )
            )
            return {(kind, status): count for kind, status, count in result.all()}

    async def last_sent(self, kind: str) -> datetime | None:
        async with AsyncSession(self.engine) as session:
            last: datetime | None = await session.scalar(
                select(func.max(Outbox.created_at)).where(Outbox.kind == kind)
            )
            return last
