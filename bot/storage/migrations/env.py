"""Alembic environment: run on the connection the bot passes in (``database.migrate``), or,
from the alembic command line, on ``DATABASE_URL``."""

from __future__ import annotations

import asyncio
import os

from alembic import context
from sqlalchemy import Connection

from bot.storage.models import Base

config = context.config


def run(connection: Connection) -> None:
    context.configure(connection=connection, target_metadata=Base.metadata)
    with context.begin_transaction():
        context.run_migrations()


async def run_from_url(url: str) -> None:
    from bot.storage.database import connect

    engine = connect(url)
    async with engine.begin() as connection:
        await connection.run_sync(run)
    await engine.dispose()


if (given := config.attributes.get("connection")) is not None:
    run(given)
else:
    asyncio.run(run_from_url(os.environ["DATABASE_URL"]))
