"""The bot's own HTTP server: ``/healthz`` and ``/metrics`` always, and in webhook mode the
webhook itself, so probes, scrapes and Telegram share one port as a load balancer expects.

python-telegram-bot's run_webhook owns its (tornado) server and cannot serve other paths;
this follows its customwebhookbot example instead: a web server of ours puts each update
into the application's queue.
"""

from __future__ import annotations

import hmac
import json
import logging

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from sqlalchemy import text
from telegram import Update
from telegram.ext import Application

from bot.context import BotData

_LOGGER = logging.getLogger(__name__)
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
_APPLICATION = web.AppKey("application", Application)


async def ready(data: BotData) -> tuple[bool, str]:
    """Ready when the KB is loaded and the database answers."""
    if not hasattr(data, "engine"):
        return False, "knowledge base not loaded"
    if not hasattr(data, "database"):
        return False, "database not connected"
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
    given = request.headers.get(SECRET_HEADER, "")
    if not hmac.compare_digest(given, data.settings.webhook_secret or ""):
        return web.Response(status=403, text="wrong or missing secret token\n")
    try:
        update = Update.de_json(await request.json(), application.bot)
    except (json.JSONDecodeError, ValueError, TypeError, KeyError):
        return web.Response(status=400, text="not a Telegram update\n")
    await application.update_queue.put(update)
    return web.Response(text="ok\n")


def web_app(application: Application, webhook_path: str | None = None) -> web.Application:
    app = web.Application()
    app[_APPLICATION] = application
    app.router.add_get("/healthz", _healthz)
    app.router.add_get("/metrics", _metrics)
    if webhook_path is not None:
        app.router.add_post(webhook_path, _webhook)
    return app


class Server:
    """An aiohttp site on ``host:port`` (port 0: any free one, see ``port``)."""

    def __init__(self, app: web.Application, host: str, port: int) -> None:
        self.runner = web.AppRunner(app, access_log=None)
        self.host = host
        self.port = port

    async def start(self) -> None:
        await self.runner.setup()
        await web.TCPSite(self.runner, self.host, self.port).start()
        self.port = int(self.runner.addresses[0][1])
        _LOGGER.info("serving /healthz and /metrics on %s:%d", self.host, self.port)

    async def stop(self) -> None:
        """Idempotent: the webhook runner stops it before the application, and again on
        the way out of a failed start."""
        if self.runner.server is not None:
            await self.runner.cleanup()
