"""What ``briefbot run`` makes sure of before it starts: every fault an operator can cause
(a database that does not answer, a data folder that is not one, a token the Bot API
rejects, an address it cannot reach, a port taken) is one line naming the setting at fault
and what to do, and exit code 2, which the systemd unit does not restart on. A traceback
there only starts a restart loop."""

from __future__ import annotations

import asyncio

from sqlalchemy import make_url
from telegram import Bot
from telegram.error import InvalidToken, NetworkError

from bot.request import AiohttpRequest
from bot.settings import Settings
from bot.storage.database import connect, migrate

CHECK_SECONDS = 30.0


class StartError(Exception):
    """The bot could not start; the message says why in one line."""


def _reason(error: BaseException) -> str:
    """An error in one short line, without the SQL or links some libraries add below it."""
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    lines = str(error).strip().splitlines() or [type(error).__name__]
    return lines[0][:200]


async def check_database(settings: Settings) -> None:
    """Connect and bring the schema up to date, as the bot will."""
    engine = connect(settings.database)
    try:
        async with asyncio.timeout(CHECK_SECONDS):
            await migrate(engine)
    except Exception as error:  # asyncpg's, SQLite's and the OS's errors alike
        if settings.database_url:
            raise StartError(
                f"DATABASE_URL: the database does not answer ({_reason(error)}); "
                "start it, or correct the address"
            ) from None
        file = make_url(settings.database).database
        raise StartError(
            f"BRIEFBOT_DATA_DIR: cannot use the database file {file} ({_reason(error)}); "
            "the folder must exist and be writable"
        ) from None
    finally:
        await engine.dispose()


async def check_bot_api(settings: Settings) -> None:
    """The token, with the Bot API at the configured address (getMe)."""
    bot = Bot(settings.token, base_url=settings.api_base_url, request=AiohttpRequest(retries=1))
    try:
        async with asyncio.timeout(CHECK_SECONDS), bot:
            pass
    except InvalidToken:
        raise StartError(
            "TELEGRAM_BOT_TOKEN: the Bot API rejected this token; copy it again from @BotFather"
        ) from None
    except (NetworkError, TimeoutError) as error:
        reason = error.message if isinstance(error, NetworkError) else "no answer"
        raise StartError(
            f"TELEGRAM_API_BASE_URL: cannot reach the Bot API ({reason}); "
            "check the address and this machine's network"
        ) from None


async def preflight(settings: Settings) -> None:
    await check_database(settings)
    await check_bot_api(settings)


def cannot_listen(variable: str, host: str, port: int, error: OSError) -> StartError:
    return StartError(
        f"{variable}: cannot listen on {host}:{port} ({error.strerror or error}); "
        "choose a free port this user may take"
    )
