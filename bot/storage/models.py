"""Tables. Schema changes go through migrations (``migrations/versions``), never create_all,
so an upgrade keeps every subscriber."""

from __future__ import annotations

from datetime import UTC, datetime, time
from typing import Any

from sqlalchemy import BigInteger, DateTime, Index, Integer, String, Text, Time, UniqueConstraint
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes on both databases: SQLite keeps no zone and hands back naive ones."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        moment: datetime = value
        return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


class Base(DeclarativeBase):
    pass


class Subscription(Base):
    """One chat's digest subscription: when, in which time zone, on which topics."""

    __tablename__ = "subscriptions"

    chat_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    chat_type: Mapped[str] = mapped_column(String(16))
    frequency: Mapped[str] = mapped_column(String(8))  # "daily" or "weekly"
    weekday: Mapped[int | None]  # 0 = Monday ... 6 = Sunday, for weekly digests
    send_time: Mapped[time] = mapped_column(Time())
    timezone: Mapped[str] = mapped_column(String(64))
    topics: Mapped[str] = mapped_column(String(512), default="")  # comma-separated; "" = all
    send_when_empty: Mapped[bool] = mapped_column(default=False)
    active: Mapped[bool] = mapped_column(default=True)
    inactive_reason: Mapped[str | None] = mapped_column(String(200))
    # Where the next digest's content starts; None: the next one is a full briefing.
    last_digest_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # The next scheduled moment. A run is due when this is in the past, however far:
    # after downtime, the missed runs are one digest (coalesced), and the time moves on.
    next_run_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Outbox(Base):
    """One message (a digest, an alert or a broadcast, maybe in several parts) for one chat.

    The unique key makes enqueueing the same run twice a no-op; ``parts_sent`` is committed
    after each part Telegram accepts, so a restart resumes without repeating any."""

    __tablename__ = "outbox"
    __table_args__ = (
        UniqueConstraint("kind", "run_key", "chat_id", name="uq_outbox_run_chat"),
        Index("ix_outbox_pending", "status", "due_at"),
    )

    id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer(), "sqlite"), primary_key=True, autoincrement=True
    )
    kind: Mapped[str] = mapped_column(String(16))  # digest, alert, broadcast
    run_key: Mapped[str] = mapped_column(String(128))
    chat_id: Mapped[int] = mapped_column(BigInteger)
    payload: Mapped[str] = mapped_column(Text)  # JSON: [{"text": html, "buttons": [...]}]
    parts_sent: Mapped[int] = mapped_column(default=0)
    status: Mapped[str] = mapped_column(String(8), default="pending")  # sent, failed, dropped
    attempts: Mapped[int] = mapped_column(default=0)
    error: Mapped[str | None] = mapped_column(String(200))
    due_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # A replica sending the row holds it until ``claimed_until`` (renewed while it works);
    # a replica that dies lets its rows go when that passes.
    claimed_by: Mapped[str | None] = mapped_column(String(64))
    claimed_until: Mapped[datetime | None] = mapped_column(UTCDateTime())


class KnownArticle(Base):
    """Each article the bot has seen in its folder, and since when: what a digest calls new
    and what an alert announces."""

    __tablename__ = "articles"

    source_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)


class ChatLanguage(Base):
    """The language a chat chose with /language. A chat without a row is answered in each
    user's Telegram language; its digests go out in the language of whoever subscribed."""

    __tablename__ = "chat_languages"

    chat_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    language: Mapped[str] = mapped_column(String(8))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
