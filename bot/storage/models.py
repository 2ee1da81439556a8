"""Tables. Schema changes go through migrations (``migrations/versions``), never create_all,
so an upgrade keeps every subscriber."""

from __future__ import annotations

from datetime import datetime, time

from sqlalchemy import BigInteger, DateTime, String, Time
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


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
    last_digest_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
