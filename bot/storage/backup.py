"""Subscriptions as JSON: a backup an operator can read, and the way from SQLite to
PostgreSQL (export from one ``DATABASE_URL``, import into the other).

Import is a restore: each chat's subscription becomes what the file says, in one
transaction, so importing the same file twice changes nothing the second time, and a file
with one bad record changes nothing at all (the transaction is rolled back). The file is
read once, as a stream, and written in batches, so its size does not matter to memory.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, time
from pathlib import Path
from typing import Any, BinaryIO
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import ijson
from sqlalchemy import insert, select, update
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from bot.i18n import LANGUAGES
from bot.storage.models import Base, ChatLanguage, Subscription

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


def _record(row: Subscription, language: str | None) -> dict[str, Any]:
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
        "language": language,
    }


async def export_subscriptions(engine: AsyncEngine) -> dict[str, Any]:
    """Every subscription with its chat's language (null: each reader's own)."""
    async with AsyncSession(engine) as session:
        rows = await session.execute(
            select(Subscription, ChatLanguage.language)
            .outerjoin(ChatLanguage, ChatLanguage.chat_id == Subscription.chat_id)
            .order_by(Subscription.chat_id)
        )
        return {"format": FORMAT, "subscriptions": [_record(*row) for row in rows]}


_CHAT_TYPES = ("private", "group", "supergroup", "channel")
_CHAT_ID_BITS = 52  # Telegram: "at most 52 significant bits"; the column holds 64
_MAX_DEPTH = 8  # a backup nests four levels: file, list, record, topics
BATCH = 5_000  # records read, compared and written at a time: the file is never held whole


class _Fields:
    """One record's fields, each read with its check against the schema's limits; a
    BackupError names the record and the field."""

    def __init__(self, record: dict[str, Any], where: str) -> None:
        self.record = record
        self.where = where

    def fail(self, field: str, problem: str) -> BackupError:
        return BackupError(f"{self.where}: {field} {problem}")

    def text(self, field: str, limit: int) -> str:
        value = self.record[field]
        if not isinstance(value, str):
            raise self.fail(field, "must be text")
        if len(value) > limit:
            raise self.fail(field, f"is longer than {limit} characters")
        return value

    def stamp(self, field: str, *, required: bool = False) -> datetime | None:
        value = self.record[field]
        if value is None and not required:
            return None
        if not isinstance(value, str):
            raise self.fail(field, "must be an ISO date-time")
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            raise self.fail(field, f"is not an ISO date-time: {value[:40]!r}") from None
        if parsed.tzinfo is None:
            raise self.fail(field, "has no UTC offset")
        try:
            return parsed.astimezone(UTC)
        except OverflowError:
            raise self.fail(field, "is out of range") from None

    def flag(self, field: str) -> bool:
        value = self.record[field]
        if not isinstance(value, bool):
            raise self.fail(field, "must be true or false")
        return value

    def chat_id(self) -> int:
        value = self.record["chat_id"]
        if not isinstance(value, int) or isinstance(value, bool):
            raise self.fail("chat_id", "must be a whole number")
        if abs(value) >= 2**_CHAT_ID_BITS:
            raise self.fail("chat_id", "is out of range for a Telegram chat id")
        return value

    def choice(self, field: str, options: tuple[str, ...]) -> str:
        value = self.record[field]
        if value not in options:
            listed = " or ".join(options) if len(options) == 2 else f"one of {', '.join(options)}"
            raise self.fail(field, f"must be {listed}")
        return str(value)


def _schedule(fields: _Fields) -> dict[str, Any]:
    """When and what: frequency, weekday, time, zone, topics."""
    frequency = fields.choice("frequency", ("daily", "weekly"))
    weekday = fields.record["weekday"]
    weekly = frequency == "weekly"
    if weekly and (
        not isinstance(weekday, int) or isinstance(weekday, bool) or not 0 <= weekday <= 6
    ):
        raise fields.fail("weekday", "must be 0 (Monday) to 6 (Sunday) for a weekly digest")
    send = fields.text("send_time", 8)
    try:
        send_time = time.fromisoformat(send)
    except ValueError:
        raise fields.fail("send_time", f"is not a time like 08:00: {send!r}") from None
    zone = fields.text("timezone", 64)
    try:
        ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise fields.fail("timezone", f"is not a time zone: {zone!r}") from None
    topics = fields.record["topics"]
    if not isinstance(topics, list) or not all(isinstance(t, str) and t for t in topics):
        raise fields.fail("topics", "must be a list of topic ids")
    joined = ",".join(topics)
    if len(joined) > 512:
        raise fields.fail("topics", "are longer than 512 characters together")
    return {
        "frequency": frequency,
        "weekday": weekday if weekly else None,
        "send_time": send_time,
        "timezone": zone,
        "topics": joined,
    }


def _values(record: object, where: str) -> dict[str, Any]:
    """One record checked and converted to column values."""
    if not isinstance(record, dict):
        raise BackupError(f"{where}: not an object")
    missing = [f for f in _FIELDS if f not in record]
    if missing:
        raise BackupError(f"{where}: missing {', '.join(missing)}")
    fields = _Fields(record, where)
    active = fields.flag("active")
    next_run_at = fields.stamp("next_run_at")
    if active and next_run_at is None:
        raise fields.fail("next_run_at", "is required for an active subscription")
    reason = None if record["inactive_reason"] is None else fields.text("inactive_reason", 200)
    language = record.get("language")  # absent from backups made before it was kept
    if language is not None and language not in LANGUAGES:
        raise fields.fail("language", f"must be one of {', '.join(LANGUAGES)}, or null")
    return {
        "chat_id": fields.chat_id(),
        "chat_type": fields.choice("chat_type", _CHAT_TYPES),
        **_schedule(fields),
        "send_when_empty": fields.flag("send_when_empty"),
        "active": active,
        "inactive_reason": reason,
        "last_digest_at": fields.stamp("last_digest_at"),
        "next_run_at": next_run_at,
        "created_at": fields.stamp("created_at", required=True),
        "updated_at": fields.stamp("updated_at", required=True),
        "language": language,
    }


def _subscriptions(handle: BinaryIO) -> Iterator[object]:
    """The records of the file's ``subscriptions`` list, built from the parser's events.
    Nesting deeper than a record ever has is refused as it is read: ijson's own builder
    takes a deeply nested document down with it (a segmentation fault)."""
    depth = 0
    known_format = False
    builder: ijson.ObjectBuilder | None = None
    for prefix, event, value in ijson.parse(handle, use_float=True):
        if event in ("start_map", "start_array"):
            depth += 1
            if depth > _MAX_DEPTH:
                raise ValueError(f"nested deeper than {_MAX_DEPTH} levels")
        elif event in ("end_map", "end_array"):
            depth -= 1
        if prefix == "format" and event == "string":
            known_format = value == FORMAT
        if builder is not None:
            builder.event(event, value)
            if depth == 2:  # back in the list: the record is whole
                yield builder.value
                builder = None
        elif prefix == "subscriptions.item":
            if not known_format:
                raise BackupError(f"not a briefbot subscriptions backup ({FORMAT})")
            if event in ("start_map", "start_array"):
                builder = ijson.ObjectBuilder()
                builder.event(event, value)
            else:
                yield value
    if not known_format:
        raise BackupError(f"not a briefbot subscriptions backup ({FORMAT})")


def _records(path: Path, source: str) -> Iterator[dict[str, Any]]:
    """The file's records, validated, read as a stream: a million of them take no more
    memory than a thousand. Anything wrong, the JSON itself included, is a BackupError
    naming the record it was found in."""
    number = 0
    try:
        with path.open("rb") as handle:
            for number, record in enumerate(_subscriptions(handle), 1):
                yield _values(record, f"{source}: subscription {number}")
    except BackupError as error:
        if str(error).startswith(source):
            raise
        raise BackupError(f"{source}: {error}") from None
    except (ijson.JSONError, ValueError, OverflowError, UnicodeError) as error:
        reason = str(error).splitlines()[0][:120] if str(error) else type(error).__name__
        raise BackupError(
            f"{source}: subscription {number + 1}: not valid JSON ({reason})"
        ) from None


def _each_chat_once(records: Iterator[dict[str, Any]], source: str) -> Iterator[dict[str, Any]]:
    seen: set[int] = set()
    for number, value in enumerate(records, 1):
        if value["chat_id"] in seen:
            raise BackupError(f"{source}: subscription {number}: chat {value['chat_id']} twice")
        seen.add(value["chat_id"])
        yield value


async def import_subscriptions(engine: AsyncEngine, path: Path) -> Imported:
    """Restore the file's subscriptions: read once, written in batches, all in one
    transaction, so a wrong record (named) rolls back everything before it."""
    source = str(path)
    records = _each_chat_once(_records(path, source), source)
    totals = [0, 0, 0]  # added, updated, unchanged
    async with AsyncSession(engine) as session, session.begin():
        while batch := list(itertools.islice(records, BATCH)):
            counts = await _restore(session, batch)
            totals = [t + c for t, c in zip(totals, counts, strict=True)]
    return Imported(*totals)


async def _restore(session: AsyncSession, batch: list[dict[str, Any]]) -> tuple[int, int, int]:
    """Insert the new chats and update the changed ones of one batch: (added, updated,
    unchanged). A record's language is its chat's, where it names one."""
    languages = {v["chat_id"]: v.pop("language") for v in batch}
    languages = {chat: code for chat, code in languages.items() if code is not None}
    await _restore_languages(session, languages, batch)
    ids = [value["chat_id"] for value in batch]
    rows = await session.execute(select(Subscription).where(Subscription.chat_id.in_(ids)))
    existing = {row.chat_id: row for row in rows.scalars()}
    new = [value for value in batch if value["chat_id"] not in existing]
    changed = [
        value
        for value in batch
        if (row := existing.get(value["chat_id"])) is not None
        and any(getattr(row, key) != item for key, item in value.items())
    ]
    if new:  # the table's insert: one executemany (the ORM's bulk insert went row by row)
        await session.execute(insert(Base.metadata.tables["subscriptions"]), new)
    if changed:
        await session.execute(update(Subscription), changed)
    session.expunge_all()  # a batch's rows are not kept: memory stays flat
    return len(new), len(changed), len(batch) - len(new) - len(changed)


async def _restore_languages(
    session: AsyncSession, languages: dict[int, str], batch: list[dict[str, Any]]
) -> None:
    """Each named language as the chat's, inserted or updated; unchanged ones untouched."""
    if not languages:
        return
    rows = await session.execute(
        select(ChatLanguage.chat_id, ChatLanguage.language).where(
            ChatLanguage.chat_id.in_(languages)
        )
    )
    existing = dict(rows.all())
    stamps = {value["chat_id"]: value["updated_at"] for value in batch}
    new = [
        {"chat_id": chat, "language": code, "updated_at": stamps[chat]}
        for chat, code in languages.items()
        if chat not in existing
    ]
    changed = [
        {"chat_id": chat, "language": code, "updated_at": stamps[chat]}
        for chat, code in languages.items()
        if chat in existing and existing[chat] != code
    ]
    if new:
        await session.execute(insert(Base.metadata.tables["chat_languages"]), new)
    if changed:
        await session.execute(update(ChatLanguage), changed)
