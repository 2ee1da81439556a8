"""Which replica runs the schedule: the one holding a PostgreSQL advisory lock.

Several ``briefbot run`` replicas may share one PostgreSQL. Digest runs and new-article
alerts must be decided once in total, so only the holder of the lock decides them; every
replica answers updates and helps drain the outbox. The lock lives as long as the database
session that took it: when the holder dies, PostgreSQL ends the session and frees the lock,
and the next replica to check (every schedule tick) takes over. SQLite is one process's
database, so with SQLite the process always leads.
"""

from __future__ import annotations

import logging

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

_LOGGER = logging.getLogger(__name__)
LOCK_KEY = 0x62726266  # "brbf": any constant, the same for every replica


class Leadership:
    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine
        self.shared = engine.dialect.name == "postgresql"
        self.held = not self.shared
        self._connection: AsyncConnection | None = None

    async def check(self) -> bool:
        """Keep the lock, or try to take it; True while this replica leads."""
        if not self.shared:
            return True
        if self._connection is not None:
            try:
                await self._connection.execute(text("SELECT 1"))
                return True
            except Exception as error:
                _LOGGER.warning("lost the session holding the schedule lock: %s", error)
                await self._close()
        connection = await self.engine.connect()
        try:
            connection = await connection.execution_options(isolation_level="AUTOCOMMIT")
            taken = await connection.scalar(
                text("SELECT pg_try_advisory_lock(:key)"), {"key": LOCK_KEY}
            )
        except Exception:
            await connection.close()
            raise
        if not taken:
            await connection.close()
            return False
        self._connection = connection
        self.held = True
        _LOGGER.info("this replica now runs the digest schedule")
        return True

    async def release(self) -> None:
        if self._connection is not None:
            try:
                await self._connection.execute(
                    text("SELECT pg_advisory_unlock(:key)"), {"key": LOCK_KEY}
                )
            finally:
                await self._close()

    async def _close(self) -> None:
        self.held = False
        connection, self._connection = self._connection, None
        if connection is not None:
            try:
                await connection.close()
            except Exception:
                _LOGGER.debug("closing a broken lock session failed", exc_info=True)
