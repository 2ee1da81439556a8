"""The composition root: ``build_application(settings)`` wires everything and runs nothing."""

from __future__ import annotations

import logging
import os
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import datetime, timedelta

from limits import parse
from limits.storage import MemoryStorage
from limits.strategies import MovingWindowRateLimiter
from telegram import Bot, Update
from telegram.constants import ParseMode
from telegram.ext import (
    AIORateLimiter,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    Defaults,
    InlineQueryHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot import admin, handlers, jobs, language, menu, privacy, render, subscribing
from bot.briefings import Briefings
from bot.context import BotApplication, BotData, Context, utc_now
from bot.conversations import Conversations
from bot.delivery import Sender
from bot.i18n import ENGLISH, LANGUAGES, Catalogues, Texts
from bot.leader import Leadership
from bot.metrics import Metrics
from bot.request import AiohttpRequest
from bot.settings import Settings
from bot.startup import cannot_listen
from bot.storage.database import connect, migrate, sessions
from bot.storage.languages import ChatLanguages
from bot.storage.outbox import OutboxStore
from bot.storage.subscriptions import Subscriptions
from bot.web import Server, web_app

_LOGGER = logging.getLogger(__name__)
# python-telegram-bot 22 warns on every 429 unless durations are opted into timedelta, the
# behaviour of its next major version; nothing here reads retry_after as a number.
os.environ.setdefault("PTB_TIMEDELTA", "true")

# New messages only: an edited question is not answered a second time.
NEW = filters.UpdateType.MESSAGE


async def post_init(application: BotApplication) -> None:
    """Before the first update: the KB, the database (migrated), articles that arrived while
    the bot was down, the outbox sender, the jobs and the command menu."""
    data: BotData = application.bot_data
    settings = data.settings
    await jobs.load_kb(data)
    data.database = connect(settings.database)
    data.closing.push_async_callback(data.database.dispose)
    await migrate(data.database)
    data.subscriptions = Subscriptions(sessions(data.database))
    data.languages = ChatLanguages(sessions(data.database))
    data.outbox = OutboxStore(data.database)
    data.briefings = Briefings(data.database, data.clock, data.metrics, data.catalogues)
    data.leadership = Leadership(data.database)
    data.stopping.push_async_callback(data.leadership.release)
    # Before anything that runs on its own: a port in use fails the start with nothing to undo.
    if settings.mode == "polling" and settings.metrics_listen:
        web = Server(web_app(application), *settings.metrics_listen)
        try:
            await web.start()
        except OSError as error:
            raise cannot_listen(
                "BRIEFBOT_METRICS_LISTEN", *settings.metrics_listen, error
            ) from None
        data.web = web
        data.closing.push_async_callback(web.stop)
    if await data.leadership.check():
        await data.briefings.record_articles(data.digests)
        await data.briefings.run_due(data.digests)  # digests missed while the bot was down
    data.sender = Sender(
        application.bot,
        data.outbox,
        send_rate=settings.send_rate,
        clock=data.clock,
        metrics=data.metrics,
    )
    data.sender.start()
    data.stopping.push_async_callback(data.sender.stop)
    # Also at shutdown: a start that fails after this point has no post_stop (a no-op else).
    data.closing.push_async_callback(data.sender.stop)
    assert application.job_queue is not None
    application.job_queue.run_repeating(
        jobs.run_digests, settings.schedule_seconds, job_kwargs=jobs.JOB_KWARGS
    )
    application.job_queue.run_repeating(
        jobs.reload_kb, settings.reload_seconds, job_kwargs=jobs.JOB_KWARGS
    )
    data.metrics.subscribers.set(await data.subscriptions.count_active())
    # English, everyone else's menu, last: once it is there, the bot is up
    for code in sorted(LANGUAGES, key=lambda code: code == ENGLISH):
        await _describe(application.bot, data.catalogues.get(code))
    data.started = True


async def _describe(bot: Bot, texts: Texts) -> None:
    """The menu and the profile's texts in one language (English for everyone else), each
    set only when it changed: a restart or another replica changes nothing on the bot's
    public profile."""
    code = None if texts.language == ENGLISH else texts.language
    description, short = texts(menu.DESCRIPTION), texts(menu.SHORT_DESCRIPTION)
    if (await bot.get_my_description(code)).description != description:
        await bot.set_my_description(description, language_code=code)
    if (await bot.get_my_short_description(code)).short_description != short:
        await bot.set_my_short_description(short, language_code=code)
    commands = menu.commands(texts)
    if list(await bot.get_my_commands(language_code=code)) != commands:
        await bot.set_my_commands(commands, language_code=code)


async def post_stop(application: BotApplication) -> None:
    """Stop sending; a digest half-way through its parts is resumed at the next start."""
    data: BotData = application.bot_data
    await data.stopping.aclose()


async def post_shutdown(application: BotApplication) -> None:
    data: BotData = application.bot_data
    await data.closing.aclose()
    # When start-up fails at getMe, python-telegram-bot skips the bot's own shutdown and
    # the HTTP sessions stay open; after a normal run this is a no-op.
    await application.bot.shutdown()


def build_application(
    settings: Settings, *, clock: Callable[[], datetime] = utc_now
) -> BotApplication:
    """Everything wired, nothing running; ``clock`` is replaceable so tests control time."""
    base_file_url = settings.api_base_url.removesuffix("/bot") + "/file/bot"
    application = (
        ApplicationBuilder()
        .token(settings.token)
        .base_url(settings.api_base_url)
        .base_file_url(base_file_url)
        .request(
            AiohttpRequest(
                backoff=settings.retry_backoff,
                read_timeout=settings.api_read_timeout,
                connection_pool_size=16,
            )
        )
        .get_updates_request(AiohttpRequest(read_timeout=40, retries=0))
        .rate_limiter(AIORateLimiter(overall_max_rate=settings.send_rate, max_retries=3))
        .context_types(ContextTypes(context=Context, bot_data=BotData))
        # Every message is HTML (answers, cards, digests); plain replies hold no markup,
        # and anything a user typed is escaped before it is echoed.
        .defaults(Defaults(parse_mode=ParseMode.HTML))
        .concurrent_updates(settings.concurrent_updates)
        .post_init(post_init)
        .post_stop(post_stop)
        .post_shutdown(post_shutdown)
        .build()
    )
    data: BotData = application.bot_data
    data.settings = settings
    data.clock = clock
    data.metrics = Metrics()
    data.limiter = MovingWindowRateLimiter(MemoryStorage())
    data.conversations = Conversations()
    data.catalogues = Catalogues()
    data.per_user = parse(f"{settings.user_messages_per_minute}/minute")
    data.notice = parse("1/minute")

    # Group -2 counts every update; group -1 may stop one: the per-user flood limit.
    application.add_handler(TypeHandler(Update, handlers.count_update), group=-2)
    application.add_handler(TypeHandler(Update, handlers.limit_users), group=-1)

    application.add_handler(MessageHandler(filters.StatusUpdate.MIGRATE, handlers.chat_migrated))
    for name, callback in (
        ("start", handlers.start),
        ("help", handlers.help_command),
        ("visits", handlers.visits),
        ("trade", handlers.trade),
        ("who", handlers.who),
        ("timeline", handlers.timeline),
        ("topics", handlers.topics),
        ("sources", handlers.sources),
        ("about", handlers.about),
        ("subscribe", subscribing.subscribe),
        ("settings", subscribing.settings),
        ("unsubscribe", subscribing.unsubscribe),
        ("digest", subscribing.digest),
        ("language", language.language),
        ("privacy", privacy.privacy),
        ("deletedata", privacy.delete_data),
        ("stats", admin.stats),
        ("broadcast", admin.broadcast),
    ):
        application.add_handler(CommandHandler(name, callback, filters=NEW))
    # After every command above: a command none of them took.
    application.add_handler(MessageHandler(NEW & filters.COMMAND, handlers.unknown_command))
    questions = NEW & filters.TEXT & ~filters.COMMAND & handlers.ADDRESSED
    application.add_handler(MessageHandler(questions, handlers.question))
    application.add_handler(
        MessageHandler(NEW & filters.ChatType.PRIVATE & ~filters.TEXT, handlers.not_text)
    )
    # Settings buttons before the catch-all button handler, which answers "expired".
    application.add_handler(
        CallbackQueryHandler(subscribing.settings_button, pattern=f"^{subscribing.SETTINGS}")
    )
    application.add_handler(
        CallbackQueryHandler(privacy.delete_button, pattern=f"^{privacy.DELETE}")
    )
    application.add_handler(
        CallbackQueryHandler(language.language_button, pattern=f"^{language.LANGUAGE}")
    )
    application.add_handler(CallbackQueryHandler(handlers.page_button, pattern=f"^{render.PAGE}"))
    application.add_handler(CallbackQueryHandler(handlers.button))
    application.add_handler(InlineQueryHandler(handlers.inline))
    application.add_error_handler(handlers.on_error)
    return application


@asynccontextmanager
async def polling(
    application: BotApplication,
    poll_timeout: float = 1.0,
) -> AsyncIterator[BotApplication]:
    """What ``run_polling`` does, inside an event loop someone else owns (chat, tests,
    benchmarks): initialise, post_init, poll, and undo it all on the way out."""
    async with application:
        if application.post_init:
            await application.post_init(application)
        assert application.updater is not None
        await application.updater.start_polling(
            poll_interval=0, timeout=timedelta(seconds=poll_timeout)
        )
        await application.start()
        try:
            yield application
        finally:
            await application.updater.stop()
            await application.stop()
            if application.post_stop:
                await application.post_stop(application)
            if application.post_shutdown:
                await application.post_shutdown(application)
