"""``briefbot run``: the bot against Telegram (or any Bot API server), until told to stop.

python-telegram-bot's run_polling / run_webhook own the event loop and stop cleanly on
SIGINT and SIGTERM; this only chooses between them from the settings.
"""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

from telegram import Update
from telegram.error import InvalidToken, NetworkError

from bot.app import build_application
from bot.settings import Settings

_LOGGER = logging.getLogger(__name__)


class StartError(Exception):
    """The bot could not start; the message says why in one line."""


def run(settings: Settings) -> None:
    application = build_application(settings)
    try:
        if settings.mode == "webhook":
            assert settings.webhook_url is not None
            application.run_webhook(
                listen=settings.listen_host,
                port=settings.listen_port,
                url_path=urlsplit(settings.webhook_url).path.lstrip("/"),
                secret_token=settings.webhook_secret,
                webhook_url=settings.webhook_url,
                allowed_updates=Update.ALL_TYPES,
            )
        else:
            application.run_polling(allowed_updates=Update.ALL_TYPES)
    except InvalidToken:
        raise StartError("TELEGRAM_BOT_TOKEN: the Bot API rejected this token") from None
    except NetworkError as error:
        raise StartError(f"cannot reach the Bot API at TELEGRAM_API_BASE_URL: {error}") from None
    _LOGGER.info("stopped")
