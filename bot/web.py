"""The bot's own HTTP server: ``/healthz`` and ``/metrics`` always, and in webhook mode the
webhook itself, so probes, scrapes and Telegram share one port as a load balancer expects.

python-telegram-bot's run_webhook owns its (tornado) server and cannot serve other paths;
this follows its customwebhookbot example instead: a web server of ours puts each update
into the application's queue.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from sqlalchemy import text
from telegram import Update
from telegram.ext import Application

from bot.context import BotApplication, BotData

_LOGGER = logging.getLogger(__name__)
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
# Idle connections, and requests sent too slowly, are closed after this long; and past
# MAX_CONNECTIONS open at once a new one is closed at once. Either way the process keeps its
# file descriptors for Telegram, the database and the seeds folder (Telegram opens at most
# 40 connections to a webhook by default; Prometheus and probes one each).
IDLE_SECONDS = 15.0
MAX_CONNECTIONS = 256
_APPLICATION = web.AppKey("application", Application)


async def ready(data: BotData) -> tuple[bool, str]:
    """Ready when the bot has started (KB loaded, database migrated) and the database
    answers."""
    if not data.started:
        return False, "starting: knowledge base or database not ready"
    try:
        async with data.database.connect() as connection:
            await connection.execute(text("SELECT 1"))
    except Exception as error:
        return False, f"database does not answer: {type(error).__name__}"
    return True, f"ok: {len(data.engine.kb.articles)} articles"


async def _healthz(request: web.Request) -> web.Response:
    is_ready, reason = await ready(request.app[_APPLICATION].bot_data)
    return web.Response(status=200 if is_ready else 503, text=reason + "\n")


async def _metrics(request: web.Request) -> web.Response:
    data: BotData = request.app[_APPLICATION].bot_data
    body = generate_latest(data.metrics.registry)
    return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST})


async def _webhook(request: web.Request) -> web.Response:
    application = request.app[_APPLICATION]
    data: BotData = application.bot_data
    # As bytes: a header of non-ASCII text is a wrong secret, not a TypeError.
    given = request.headers.get(SECRET_HEADER, "").encode("utf-8", "surrogateescape")
    if not hmac.compare_digest(given, (data.settings.webhook_secret or "").encode()):
        return web.Response(status=403, text="wrong or missing secret token\n")
    try:
        async with asyncio.timeout(IDLE_SECONDS):
            body = await request.read()
        update = _update(json.loads(body), application)
    except TimeoutError:
        return web.Response(status=408, text="request body too slow\n")
    except Exception as error:  # whatever the JSON holds, an answer and one log line
        _LOGGER.warning("webhook: not a Telegram update (%s)", type(error).__name__)
        return web.Response(status=400, text="not a Telegram update\n")
    await application.update_queue.put(update)
    return web.Response(text="ok\n")


def _update(payload: object, application: BotApplication) -> Update:
    """An update, or ValueError: ``null``, ``[]``, ``123`` and ``{"message": "x"}`` are JSON
    but not updates."""
    if not isinstance(payload, dict) or not isinstance(payload.get("update_id"), int):
        raise ValueError("no update_id")
    update = Update.de_json(payload, application.bot)
    if update is None:
        raise ValueError("empty update")
    return update


def web_app(application: BotApplication, webhook_path: str | None = None) -> web.Application:
    app = web.Application()
    app[_APPLICATION] = application
    app.router.add_get("/healthz", _healthz)
    app.router.add_get("/metrics", _metrics)
    if webhook_path is not None:
        app.router.add_post(webhook_path, _webhook)
    return app


class _Refused(asyncio.Protocol):
    """A connection past the cap: closed as soon as it is made."""

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        transport.close()


class Server:
    """The app on ``host:port`` (port 0: any free one, see ``port``), with idle and slow
    connections timed out and the number open at once capped."""

    def __init__(
        self,
        app: web.Application,
        host: str,
        port: int,
        *,
        idle_seconds: float = IDLE_SECONDS,
        max_connections: int = MAX_CONNECTIONS,
    ) -> None:
        # aiohttp's keep-alive timeout runs from the moment a connection opens, so it also
        # closes one that never completes a request (its default is an hour).
        self.runner = web.AppRunner(app, access_log=None, keepalive_timeout=idle_seconds)
        self.host = host
        self.port = port
        self.max_connections = max_connections
        self.refused = 0
        self._listener: asyncio.Server | None = None

    async def start(self) -> None:
        await self.runner.setup()
        handlers = self.runner.server
        assert handlers is not None

        def protocol() -> asyncio.BaseProtocol:
            if len(handlers.connections) < self.max_connections:
                return handlers()
            self.refused += 1
            _LOGGER.warning("%d connections open: a new one is refused", self.max_connections)
            return _Refused()

        loop = asyncio.get_running_loop()
        self._listener = await loop.create_server(
            protocol, self.host, self.port, reuse_address=True
        )
        self.port = int(self._listener.sockets[0].getsockname()[1])
        _LOGGER.info("serving /healthz and /metrics on %s:%d", self.host, self.port)

    async def stop(self) -> None:
        """Idempotent: the webhook runner stops it before the application, and again on
        the way out of a failed start."""
        if self._listener is not None:
            self._listener.close()
            self._listener = None
        if self.runner.server is not None:
            await self.runner.cleanup()
