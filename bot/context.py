"""What every handler can reach: typed, instead of string keys into ``bot_data``."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from limits import RateLimitItem
from limits.strategies import MovingWindowRateLimiter
from telegram.ext import CallbackContext, ExtBot

from bot.settings import Settings
from knowledge import Engine


class BotData:
    """Set once: ``settings`` and ``limiter`` by build_application, ``engine`` in post_init."""

    settings: Settings
    engine: Engine
    limiter: MovingWindowRateLimiter
    per_user: RateLimitItem
    notice: RateLimitItem


class Context(CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], BotData]):
    @property
    def engine(self) -> Engine:
        return self.bot_data.engine

    @property
    def today(self) -> date:
        """Today where the bot's readers are: "upcoming" is judged against this."""
        return datetime.now(self.bot_data.settings.timezone).date()
