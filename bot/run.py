"""``briefbot run``: the bot against Telegram (or any Bot API server), until told to stop.

Polling: python-telegram-bot's run_polling owns the event loop and stops cleanly on SIGINT
and SIGTERM; post_init adds the /healthz and /metrics server. Webhook: the bot's own aiohttp
server (``bot.web``) takes the updates, the probes and the scrapes on one port, so this runs
the application's lifecycle itself, in the same order run_webhook would.
"""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

from filelock import FileLock, Timeout
from sqlalchemy import make_url
from telegram import Update
from telegram.error import InvalidToken, NetworkError

from bot.app import build_application, post_init, post_shutdown, post_stop
from bot.context import BotApplication
from bot.settings import Settings
from bot.startup import StartError, cannot_listen, preflight
from bot.web import Server, web_app

_LOGGER = logging.getLogger(__name__)


async def _webhook(application: BotApplication, settings: Settings) -> None:
    assert settings.webhook_url is not None
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for number in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(number, stop.set)
    path = urlsplit(settings.webhook_url).path or "/"
    server = Server(web_app(application, path), settings.listen_host, settings.listen_port)
    try:
        async with application:  # initialize (getMe) ... shutdown
            await post_init(application)
            try:
                await server.start()
            except OSError as error:
                raise cannot_listen(
                    "BRIEFBOT_LISTEN", settings.listen_host, settings.listen_port, error
                ) from None
            await application.bot.set_webhook(
                settings.webhook_url,
                secret_token=settings.webhook_secret,
                allowed_updates=Update.ALL_TYPES,
            )
            await application.start()
            _LOGGER.info("webhook mode: listening on %s:%d", server.host, server.port)
            await stop.wait()
            await server.stop()  # no new updates, then finish the ones taken
            await application.stop()
            await post_stop(application)
    finally:
        await server.stop()
        await post_shutdown(application)


@contextmanager
def _sole_sender(settings: Settings) -> Iterator[None]:
    """Two processes on one SQLite file would each send every digest: the second refuses
    to start. The lock is the operating system's, so a killed process leaves none behind.
    PostgreSQL is made for several replicas and needs none."""
    url = make_url(settings.database)
    if url.get_backend_name() != "sqlite" or not url.database:
        yield
        return
    database = Path(url.database)
    lock = FileLock(f"{database}.lock", timeout=0)
    try:
        database.parent.mkdir(parents=True, exist_ok=True)
        lock.acquire()
    except Timeout:
        raise StartError(
            f"another briefbot run is using {database}: stop it first "
            "(several replicas need PostgreSQL, DATABASE_URL)"
        ) from None
    except OSError as error:
        variable = "DATABASE_URL" if settings.database_url else "BRIEFBOT_DATA_DIR"
        problem = (
            "is a file, not a folder"
            if isinstance(error, FileExistsError)
            else f"cannot be written to ({error.strerror or error})"
        )
        raise StartError(f"{variable}: {database.parent} {problem}") from None
    try:
        yield
    finally:
        lock.release()


def run(settings: Settings) -> None:
    with _sole_sender(settings):
        asyncio.run(preflight(settings))
        _run(settings)


def _run(settings: Settings) -> None:
    application = build_application(settings)
    try:
        if settings.mode == "webhook":
            asyncio.run(_webhook(application, settings))
        else:
            application.run_polling(allowed_updates=Update.ALL_TYPES)
    except InvalidToken:  # checked at start; revoked since
        raise StartError("TELEGRAM_BOT_TOKEN: the Bot API rejected this token") from None
    except NetworkError as error:
        raise StartError(f"TELEGRAM_API_BASE_URL: cannot reach the Bot API ({error})") from None
    _LOGGER.info("stopped")
