"""Subscriptions exported as JSON and imported again: a restore, and SQLite → PostgreSQL."""

from __future__ import annotations

import json
import subprocess
from datetime import UTC, datetime, time
from pathlib import Path

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.schedule import Schedule
from bot.storage.backup import BackupError, export_subscriptions, import_subscriptions
from bot.storage.database import connect, migrate, sessions
from bot.storage.languages import ChatLanguages
from bot.storage.subscriptions import Subscriptions
from tests.bot.test_run import BRIEFBOT, clean_env

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


async def fill(engine: AsyncEngine) -> None:
    store = Subscriptions(sessions(engine))
    await store.subscribe(1, "private", Schedule(timezone="Asia/Karachi"), NOW)
    weekly = Schedule(
        timezone="Europe/London",
        frequency="weekly",
        weekday=4,
        send_time=time(9, 30),
        topics=("visas", "trade"),
        send_when_empty=True,
    )
    await store.subscribe(-100200, "supergroup", weekly, NOW)
    await store.subscribe(3, "private", Schedule(timezone="UTC"), NOW)
    await store.stop(3, "unsubscribed", NOW)
    await ChatLanguages(sessions(engine)).set(-100200, "kk", NOW)  # the group chose Kazakh


def saved(tmp_path: Path, data: object, name: str = "backup.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


async def test_export_then_import_restores_every_subscription(
    engine: AsyncEngine, tmp_path: Path
) -> None:
    await fill(engine)
    exported = await export_subscriptions(engine)
    backup = saved(tmp_path, exported)
    assert [s["chat_id"] for s in exported["subscriptions"]] == [-100200, 1, 3]
    group = exported["subscriptions"][0]
    assert (group["frequency"], group["weekday"], group["send_time"]) == ("weekly", 4, "09:30")
    assert group["topics"] == ["visas", "trade"]
    assert [s["language"] for s in exported["subscriptions"]] == ["kk", None, None]
    fresh = connect(f"sqlite+aiosqlite:///{tmp_path / 'restored.db'}")
    await migrate(fresh)
    try:
        first = await import_subscriptions(fresh, backup)
        assert (first.added, first.updated, first.unchanged) == (3, 0, 0)
        again = await import_subscriptions(fresh, backup)
        assert (again.added, again.updated, again.unchanged) == (0, 0, 3)
        assert await export_subscriptions(fresh) == exported
    finally:
        await fresh.dispose()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"send_time": "25:00"}, "subscription 2: send_time is not a time like 08:00"),
        ({"timezone": "Mars/Olympus"}, "subscription 2: timezone is not a time zone"),
        ({"frequency": "hourly"}, "subscription 2: frequency must be daily or weekly"),
        ({"created_at": "2026-12-01T09:00"}, "subscription 2: created_at has no UTC offset"),
        ({"chat_id": "one"}, "subscription 2: chat_id must be a whole number"),
        ({"chat_id": 2**63}, "subscription 2: not valid JSON \\(parse error: integer overflow"),
        ({"chat_id": -(2**60)}, "subscription 2: chat_id is out of range"),
        ({"chat_id": "HUGE"}, "subscription 2: not valid JSON"),
        ({"topics": "NESTED"}, "subscription 2: not valid JSON \\(nested deeper than 8 levels"),
        ({"chat_type": 7}, "subscription 2: chat_type must be one of private"),
        ({"timezone": ["Asia/Karachi"]}, "subscription 2: timezone must be text"),
        ({"created_at": "0001-01-01T00:00:00+05:00"}, "subscription 2: created_at is out of"),
        ({"inactive_reason": "x" * 201}, "subscription 2: inactive_reason is longer than 200"),
        ({"next_run_at": None}, "subscription 2: next_run_at is required for an active"),
        ({"chat_id": -100200}, "subscription 2: chat -100200 twice"),
        ({"language": "de"}, "subscription 2: language must be one of en, ru, kk, ur, or null"),
    ],
)
async def test_one_bad_record_is_named_and_nothing_changes(
    engine: AsyncEngine, tmp_path: Path, change: dict[str, object], message: str
) -> None:
    await fill(engine)
    before = await export_subscriptions(engine)
    broken = json.loads(json.dumps(before))
    broken["subscriptions"][0]["active"] = False  # would change, were the file accepted
    broken["subscriptions"][1].update(change)
    text = json.dumps(broken)
    text = text.replace('"HUGE"', "9" * 5000)  # a number Python will not turn into an int
    text = text.replace('"NESTED"', "[" * 100_000 + "]" * 100_000)
    backup = tmp_path / "backup.json"
    backup.write_text(text, encoding="utf-8")
    with pytest.raises(BackupError, match=message):
        await import_subscriptions(engine, backup)
    assert await export_subscriptions(engine) == before


async def test_a_backup_without_languages_still_imports_and_changes_none(
    engine: AsyncEngine, tmp_path: Path
) -> None:
    """A backup made before languages were kept: every chat keeps the one it has."""
    await fill(engine)
    exported = await export_subscriptions(engine)
    for record in exported["subscriptions"]:
        del record["language"]
    imported = await import_subscriptions(engine, saved(tmp_path, exported))
    assert (imported.added, imported.updated, imported.unchanged) == (0, 0, 3)
    assert await ChatLanguages(sessions(engine)).get(-100200) == "kk"


async def test_not_a_backup_is_refused(engine: AsyncEngine, tmp_path: Path) -> None:
    with pytest.raises(BackupError, match="not a briefbot subscriptions backup"):
        await import_subscriptions(engine, saved(tmp_path, {"subscriptions": []}, "other.json"))


async def test_briefbot_db_moves_subscriptions_from_sqlite_to_postgresql(
    postgres: str, tmp_path: Path
) -> None:
    sqlite = connect(f"sqlite+aiosqlite:///{tmp_path / 'data' / 'briefbot.db'}")
    await migrate(sqlite)
    await fill(sqlite)
    await sqlite.dispose()
    backup = tmp_path / "subscriptions.json"

    def briefbot(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [BRIEFBOT, "db", *args], env=clean_env(**env), cwd=tmp_path,
            capture_output=True, text=True, timeout=60, check=False,
        )  # fmt: skip

    exported = briefbot("export", str(backup), BRIEFBOT_DATA_DIR=str(tmp_path / "data"))
    assert exported.stdout == f"Exported 3 subscription(s) to {backup}\n"
    target = {"DATABASE_URL": f"postgresql://briefbot@{postgres}/postgres"}
    assert briefbot("import", str(backup), **target).stdout.endswith(
        "3 added, 0 updated, 0 unchanged\n"
    )
    assert briefbot("import", str(backup), **target).stdout.endswith(
        "0 added, 0 updated, 3 unchanged\n"
    )
    again = tmp_path / "again.json"
    briefbot("export", str(again), **target)
    assert json.loads(again.read_text()) == json.loads(backup.read_text())
    missing = briefbot("import", str(tmp_path / "nope.json"), **target)
    assert missing.returncode == 2
    assert len(missing.stderr.splitlines()) == 1
