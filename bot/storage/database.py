"""Connecting: one async engine for SQLite (WAL) or PostgreSQL, migrated to head at start."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker, create_async_engine

MIGRATIONS = Path(__file__).parent / "migrations"
DRIVERS = {"sqlite": "sqlite+aiosqlite", "postgresql": "postgresql+asyncpg"}


class DatabaseUrlError(ValueError):
    pass


def database_url(url: str | None, data_dir: Path) -> str:
    """``DATABASE_URL`` with the async driver filled in, or a SQLite file in the data dir."""
    if not url:
        return f"sqlite+aiosqlite:///{data_dir / 'briefbot.db'}"
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise DatabaseUrlError("is not a database URL") from None
    backend = parsed.get_backend_name()
    if backend not in DRIVERS:
        raise DatabaseUrlError(f"must be a PostgreSQL or SQLite URL, not {backend!r}")
    return parsed.set(drivername=DRIVERS[backend]).render_as_string(hide_password=False)


def connect(url: str) -> AsyncEngine:
    if make_url(url).get_backend_name() == "sqlite":
        # One connection: SQLite takes one writer at a time, and two connections of ours
        # racing for the write lock wait in SQLite's sleeping busy handler (it halved the
        # fan-out's rate); queueing for the one connection in asyncio costs nothing.
        engine = create_async_engine(url, pool_size=1, max_overflow=0, pool_timeout=60)
    else:
        engine = create_async_engine(url, pool_pre_ping=True)
    if engine.dialect.name == "sqlite":
        Path(make_url(url).database or "").parent.mkdir(parents=True, exist_ok=True)

        @event.listens_for(engine.sync_engine, "connect")
        def _pragmas(connection: object, record: object) -> None:
            cursor = connection.cursor()  # type: ignore[attr-defined]
            cursor.execute("PRAGMA journal_mode=WAL")  # readers never block the writer
            cursor.execute("PRAGMA busy_timeout=5000")
            cursor.execute("PRAGMA synchronous=NORMAL")  # WAL: durable across a crash of ours
            cursor.close()

    return engine


def sessions(engine: AsyncEngine) -> async_sessionmaker:  # type: ignore[type-arg]
    return async_sessionmaker(engine, expire_on_commit=False)


def _upgrade(connection: Connection) -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    command.upgrade(config, "head")


async def migrate(engine: AsyncEngine) -> None:
    """Bring the schema to the newest migration (a no-op when it is there already)."""
    async with engine.begin() as connection:
        await connection.run_sync(_upgrade)
