"""What every handler can reach: typed, instead of string keys into ``bot_data``."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AsyncExitStack
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from limits import RateLimitItem
from limits.strategies import MovingWindowRateLimiter
from sqlalchemy.ext.asyncio import AsyncEngine
from telegram import Update
from telegram.ext import Application, CallbackContext, ExtBot, JobQueue

from bot.briefings import Briefings
from bot.conversations import Conversations
from bot.delivery import Sender
from bot.i18n import Catalogues, Texts
from bot.leader import Leadership
from bot.metrics import Metrics
from bot.settings import Settings
from bot.storage.languages import ChatLanguages
from bot.storage.outbox import OutboxStore
from bot.storage.subscriptions import Subscriptions
from knowledge import Answer, Engine
from knowledge.digest import Digests

if TYPE_CHECKING:  # bot.web serves this object: a type only, not an import cycle
    from bot.web import Server


def utc_now() -> datetime:
    return datetime.now(UTC)


class BotData:
    """Set once: ``settings``, ``clock``, ``limiter``, ``conversations`` and ``catalogues`` by
    build_application; the rest in post_init, and ``engine``/``digests`` again whenever a
    new KB is loaded. python-telegram-bot makes this object with no arguments, so what
    post_init starts is registered, as it starts, in ``stopping`` (undone when the bot
    stops) and ``closing`` (at shutdown): a start that fails part-way is undone exactly as
    far as it went, without probing for what exists."""

    def __init__(self) -> None:
        self.started = False  # post_init has finished: /healthz may say ready
        self.web: Server | None = None  # polling mode with a metrics address only
        self.stopping = AsyncExitStack()  # the sender, the schedule lock
        self.closing = AsyncExitStack()  # the web server, the sender, the database

    settings: Settings
    clock: Callable[[], datetime]
    engine: Engine
    digests: Digests
    kb_fingerprint: object
    database: AsyncEngine
    subscriptions: Subscriptions
    outbox: OutboxStore
    briefings: Briefings
    leadership: Leadership
    sender: Sender
    metrics: Metrics
    limiter: MovingWindowRateLimiter
    conversations: Conversations
    catalogues: Catalogues
    languages: ChatLanguages
    per_user: RateLimitItem
    notice: RateLimitItem


class Context(CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], BotData]):
    @property
    def engine(self) -> Engine:
        return self.bot_data.engine

    def answer(
        self, question: str, chat_id: int | None = None, reader: str | None = None
    ) -> Answer:
        """The engine's answer as of today, timed for /metrics; in a chat, leaning on that
        chat's previous answer ("tell me more"), and remembered for the next question.
        ``reader``: the reader's language, which tells Kazakh from Russian."""
        conversations = self.bot_data.conversations
        previous = conversations.previous(chat_id, self.now) if chat_id is not None else None
        with self.bot_data.metrics.answer_seconds.time():
            answer = self.engine.answer(question, self.today, context=previous, reader=reader)
        if chat_id is not None:
            conversations.remember(chat_id, answer, self.now)
        return answer

    def card(
        self, intent: str, chat_id: int | None = None, question: str | None = None, page: int = 1
    ) -> Answer:
        """A broad answer by name, as the commands ask for them; remembered like a question."""
        answer = self.engine.card(intent, self.today, question, page)
        if chat_id is not None:
            self.bot_data.conversations.remember(chat_id, answer, self.now)
        return answer

    async def texts(self, update: object) -> Texts:
        """The reader's language: the one the chat chose with /language, else the user's
        Telegram language, else English."""
        if not isinstance(update, Update):
            return self.bot_data.catalogues.get(None)
        chosen = None
        if chat := update.effective_chat:
            chosen = await self.bot_data.languages.get(chat.id)
        user = update.effective_user
        return self.bot_data.catalogues.get(chosen or (user.language_code if user else None))

    @property
    def now(self) -> datetime:
        return self.bot_data.clock()

    @property
    def today(self) -> date:
        """Today where the bot's readers are: "upcoming" is judged against this."""
        return self.now.astimezone(self.bot_data.settings.timezone).date()


# The application as built (context type, bot data, job queue): one name for annotations.
# (python-telegram-bot's builder types the bot and job queue loosely, hence the Any.)
BotApplication = Application[
    ExtBot[Any], Context, dict[Any, Any], dict[Any, Any], BotData, JobQueue[Any]
]
