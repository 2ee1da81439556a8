"""Subscriptions as JSON: a backup an operator can read, and the way from SQLite to
PostgreSQL (export from one ``DATABASE_URL``, import into the other).

Import is a restore: each chat's subscription becomes what the file says, in one
transaction, so importing the same file twice changes nothing the second time, and a file
with one bad record changes nothing at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from bot.storage.models import Subscription

FORMAT = "briefbot-subscriptions/1"
_FIELDS = (
    "chat_id", "chat_type", "frequency", "weekday", "send_time", "timezone", "topics",
    "send_when_empty", "active", "inactive_reason", "last_digest_at", "next_run_at",
    "created_at", "updated_at",
)  # fmt: skip


class BackupError(ValueError):
    """A file that is not a subscriptions backup, or one bad record, named."""


@dataclass(frozen=True)
class Imported:
    added: int
    updated: int
    unchanged: int


def _record(row: Subscription) -> dict[str, Any]:
    def stamp(value: datetime | None) -> str | None:
        return value.isoformat() if value else None

    return {
        "chat_id": row.chat_id,
        "chat_type": row.chat_type,
        "frequency": row.frequency,
        "weekday": row.weekday,
        "send_time": row.send_time.strftime("%H:%M"),
        "timezone": row.timezone,
        "topics": [t for t in row.topics.split(",") if t],
        "send_when_empty": row.send_when_empty,
        "active": row.active,
        "inactive_reason": row.inactive_reason,
        "last_digest_at": stamp(row.last_digest_at),
        "next_run_at": stamp(row.next_run_at),
        "created_at": stamp(row.created_at),
        "updated_at": stamp(row.updated_at),
    }


async def export_subscriptions(engine: AsyncEngine) -> dict[str, Any]:
    async with AsyncSession(engine) as session:
        rows = await session.scalars(select(Subscription).order_by(Subscription.chat_id))
        return {"format": FORMAT, "subscriptions": [_record(row) for row in rows]}


def _values(record: object, where: str) -> dict[str, Any]:
    """One record checked and converted to column values; BackupError names what is wrong."""
    if not isinstance(record, dict):
        raise BackupError(f"{where}: not an object")
    missing = [f for f in _FIELDS if f not in record]
    if missing:
        raise BackupError(f"{where}: missing {', '.join(missing)}")

    def fail(field: str, problem: str) -> BackupError:
        return BackupError(f"{where}: {field} {problem}")

    def stamp(field: str, required: bool = False) -> datetime | None:
        value = record[field]
        if value is None and not required:
            return None
        try:
            parsed = datetime.fromisoformat(str(value))
        except ValueError:
            raise fail(field, f"is not an ISO date-time: {value!r}") from None
        if parsed.tzinfo is None:
            raise fail(field, "has no UTC offset")
        return parsed

    if not isinstance(record["chat_id"], int) or isinstance(record["chat_id"], bool):
        raise fail("chat_id", "must be a whole number")
    if record["frequency"] not in ("daily", "weekly"):
        raise fail("frequency", "must be daily or weekly")
    weekday = record["weekday"]
    if record["frequency"] == "weekly" and (not isinstance(weekday, int) or not 0 <= weekday <= 6):
        raise fail("weekday", "must be 0 (Monday) to 6 (Sunday) for a weekly digest")
    try:
        send_time = time.fromisoformat(str(record["send_time"]))
    except ValueError:
        raise fail("send_time", f"is not a time like 08:00: {record['send_time']!r}") from None
    try:
        ZoneInfo(str(record["timezone"]))
    except (ZoneInfoNotFoundError, ValueError):
        raise fail("timezone", f"is not a time zone: {record['timezone']!r}") from None
    topics = record["topics"]
    if not isinstance(topics, list) or not all(isinstance(t, str) and t for t in topics):
        raise fail("topics", "must be a list of topic ids")
    for flag in ("send_when_empty", "active"):
        if not isinstance(record[flag], bool):
            raise fail(flag, "must be true or false")
    return {
        "chat_id": record["chat_id"],
        "chat_type": str(record["chat_type"])[:16],
        "frequency": record["frequency"],
        "weekday": weekday if record["frequency"] == "weekly" else None,
        "send_time": send_time,
        "timezone": str(record["timezone"]),
        "topics": ",".join(topics),
        "send_when_empty": record["send_when_empty"],
        "active": record["active"],
        "inactive_reason": record["inactive_reason"],
        "last_digest_at": stamp("last_digest_at"),
        "next_run_at": stamp("next_run_at"),
        "created_at": stamp("created_at", required=True),
        "updated_at": stamp("updated_at", required=True),
    }


async def import_subscriptions(engine: AsyncEngine, data: object, source: str) -> Imported:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise BackupError(f"{source}: not a briefbot subscriptions backup ({FORMAT})")
    records = data.get("subscriptions")
    if not isinstance(records, list):
        raise BackupError(f"{source}: 'subscriptions' must be a list")
    values = [_values(r, f"{source}: subscription {n}") for n, r in enumerate(records, 1)]
    chats = [v["chat_id"] for v in values]
    if len(set(chats)) != len(chats):
        raise BackupError(f"{source}: a chat appears twice")
    added = updated = unchanged = 0
    async with AsyncSession(engine) as session, session.begin():
        for value in values:
            row = await session.get(Subscription, value["chat_id"], with_for_update=True)
            if row is None:
                session.add(Subscription(**value))
                added += 1
            elif all(getattr(row, k) == v for k, v in value.items()):
                unchanged += 1
            else:
                for key, item in value.items():
                    setattr(row, key, item)
                updated += 1
    return Imported(added, updated, unchanged)
