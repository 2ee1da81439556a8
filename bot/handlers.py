"""Telegram handlers: parse the update, ask the engine, render, reply. Nothing else."""

from __future__ import annotations

import html
import logging
import math
import time
from dataclasses import replace
from uuid import uuid4

from telegram import (
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InlineQueryResultsButton,
    InputTextMessageContent,
    Message,
    Update,
)
from telegram.constants import ChatType
from telegram.error import BadRequest, TelegramError
from telegram.ext import ApplicationHandlerStop, filters

from bot import render
from bot.context import Context
from bot.i18n import N_, Texts
from bot.request import DeliveryUnknown
from knowledge import Answer

_LOGGER = logging.getLogger(__name__)
MAX_INLINE_RESULTS = 10
WELCOME = N_(
    "Hello! <b>Briefings on Pakistan–Kazakhstan relations</b>\n"
    "Ask in plain words about visits, trade, people, visas, flights, corridors, forums or "
    "agreements: every answer names its sources.\n"
    "/subscribe for a daily digest and an alert when a new article arrives.\n"
    "Tap a question to start, or see /help for every command."
)
TEXT_ONLY = N_("I can only read text questions. Try “upcoming visits” or /help.")
APOLOGY = N_("Sorry, something went wrong while answering that. Please try again.")
SLOW_DOWN = N_("Too many requests at once: please try again in {seconds} s.")
EXPIRED = N_("That button no longer works; ask the question again.")
LIST_CHANGED = N_("The list has changed since: here it is as it stands now.")
NO_COMMAND = N_("I have no {command} command. /help lists what I can do.")
TOPICS = N_("<b>Topics</b> — tap one, or ask in your own words.")
HELP_LEAD = N_("Ask me about Pakistan–Kazakhstan relations, for example:")
HELP_HINT = N_(
    "Also investment, education, digital, interfaith, energy: /topics lists them. You may ask "
    "in English, Russian, Kazakh or Urdu; /language changes the bot's language."
)
# questions to tap, asked in English (the engine's words), labelled in the reader's
STARTERS = (N_("upcoming visits"), N_("trade target"), N_("who is Kistafin"))
ECHO_LIMIT = 40  # characters of a user's text repeated back to them


class _Addressed(filters.MessageFilter):
    """Private chats always; groups only when the bot is mentioned or replied to."""

    def filter(self, message: Message) -> bool:
        if message.chat.type == ChatType.PRIVATE:
            return True
        bot = message.get_bot()
        replied = message.reply_to_message
        if replied and replied.from_user and replied.from_user.id == bot.id:
            return True
        mentions = message.parse_entities(["mention"]).values()
        return any(m.lower() == f"@{bot.username}".lower() for m in mentions)


ADDRESSED = _Addressed(name="addressed")


async def reply(message: Message, answer: Answer, context: Context, texts: Texts) -> None:
    """Send an answer as one or more HTML messages, buttons under the last one (with the
    KB's tag, for the paging buttons of a long list). The help card, /help or typed, is
    framed in the reader's language with example questions in it."""
    if answer.intent == render.HELP:
        examples = context.engine.examples(texts.language) or answer.bullets
        answer = replace(answer, lead=texts(HELP_LEAD), bullets=examples, hint=texts(HELP_HINT))
    chunks = render.messages(answer, texts)
    quote = message.chat.type != ChatType.PRIVATE
    tag = context.engine.tag
    for number, chunk in enumerate(chunks, start=1):
        markup = render.keyboard(answer, tag, texts) if number == len(chunks) else None
        await message.reply_text(chunk, reply_markup=markup, do_quote=quote)


async def _ask(update: Update, context: Context, question: str) -> None:
    if not (message := update.effective_message):
        return
    texts = await context.texts(update)
    answer = context.answer(question, message.chat_id, texts.language)
    await reply(message, answer, context, texts)


async def _card(update: Update, context: Context, intent: str, question: str = "") -> None:
    """A command's answer straight from its intent, not sent through the matcher as words."""
    if not (message := update.effective_message):
        return
    answer = context.card(intent, message.chat_id, question or None)
    await reply(message, answer, context, await context.texts(update))


async def start(update: Update, context: Context) -> None:
    """Welcome with questions to tap; a deep link's payload opens that card or answers it."""
    if not (message := update.effective_message):
        return
    if payload := " ".join(context.args or ()):
        if command := DEEP_LINKS.get(payload.lower()):
            context.args = []  # "/start who" is "/who", not "/who who"
            await command(update, context)
        else:
            await _ask(update, context, payload.replace("_", " ").replace("-", " "))
        return
    texts = await context.texts(update)
    buttons = render.question_buttons([*STARTERS, N_("help")], texts)
    await message.reply_text(
        texts(WELCOME),
        reply_markup=InlineKeyboardMarkup([buttons[:2], buttons[2:]]),
    )


async def help_command(update: Update, context: Context) -> None:
    """Every command, then examples of questions."""
    await _card(update, context, "help")


async def unknown_command(update: Update, context: Context) -> None:
    """A command the bot does not have: say so and point to /help. In a group, only when it
    was addressed to this bot (/name@thisbot): the others may be another bot's."""
    if not (message := update.effective_message) or not message.text:
        return
    command, _, addressee = message.text.split(maxsplit=1)[0].partition("@")
    if (
        message.chat.type != ChatType.PRIVATE
        and addressee.lower() != (context.bot.username or "").lower()
    ):
        return
    texts = await context.texts(update)
    await message.reply_text(texts(NO_COMMAND, command=html.escape(command[:ECHO_LIMIT])))


async def visits(update: Update, context: Context) -> None:
    """Visits on record: upcoming first, then the most recent, in one message."""
    await _card(update, context, "visits")


async def trade(update: Update, context: Context) -> None:
    """The trade target and figures."""
    await _card(update, context, "trade")


async def who(update: Update, context: Context) -> None:
    """/who NAME: that person; /who alone: everyone, as buttons."""
    name = " ".join(context.args or ())
    if name:
        await _ask(update, context, f"who is {name}")
    else:
        await _card(update, context, "who")


async def timeline(update: Update, context: Context) -> None:
    """Events in date order."""
    await _card(update, context, "timeline")


async def topics(update: Update, context: Context) -> None:
    """The topics, as buttons."""
    if not (message := update.effective_message):
        return
    texts = await context.texts(update)
    names = [topic.name.lower() for topic in context.engine.kb.curated.topics]
    buttons = render.question_buttons(names, texts)
    await message.reply_text(
        texts(TOPICS),
        reply_markup=InlineKeyboardMarkup([buttons[i : i + 2] for i in range(0, len(buttons), 2)]),
    )


async def sources(update: Update, context: Context) -> None:
    """The articles the briefings come from."""
    await _card(update, context, "sources")


async def about(update: Update, context: Context) -> None:
    """The knowledge base's as-of date and counts."""
    await _card(update, context, "about")


async def question(update: Update, context: Context) -> None:
    """A question in words: the bot's @mention removed, answered."""
    if not (message := update.effective_message) or message.text is None:
        return
    text = message.text
    for mention in message.parse_entities(["mention"]).values():
        text = text.replace(mention, " ")
    texts = await context.texts(update)
    answer = context.answer(text.strip(), message.chat_id, texts.language)
    await reply(message, answer, context, texts)


async def not_text(update: Update, context: Context) -> None:
    """Stickers, photos, voice: say that only text is read."""
    if message := update.effective_message:
        await message.reply_text((await context.texts(update))(TEXT_ONLY))


async def button(update: Update, context: Context) -> None:
    """A tapped button: always acknowledged, then a follow-up answer or the sources."""
    if not (query := update.callback_query):
        return
    data = query.data or ""
    message = query.message if isinstance(query.message, Message) else None
    texts = await context.texts(update)
    if data.startswith(render.ASK) and message:
        await query.answer()
        answer = context.answer(data.removeprefix(render.ASK), message.chat_id, texts.language)
        await reply(message, answer, context, texts)
        return
    if data.startswith(render.SOURCES) and message:
        by_key = {render.source_key(a.id): a for a in context.engine.kb.articles}
        keys = data.removeprefix(render.SOURCES).split(",")
        # Numbered as the answer numbers them: the keys come in its order.
        articles = [(n, by_key[key]) for n, key in enumerate(keys, 1) if key in by_key]
        if articles:
            await query.answer()
            for chunk in render.source_messages(articles, texts):
                await message.reply_text(chunk)
            return
    await query.answer(texts(EXPIRED), show_alert=True)


async def page_button(update: Update, context: Context) -> None:
    """ "More" or "Previous" under a long list: that page, in place of the one shown. After
    a KB reload that changed the list, its first page as it stands now, and a note."""
    if not (query := update.callback_query) or not isinstance(query.message, Message):
        return
    texts = await context.texts(update)
    if (parsed := render.parse_page(query.data or "")) is None:
        await query.answer(texts(EXPIRED), show_alert=True)
        return
    tag, page, intent, question = parsed
    changed = tag != context.engine.tag
    answer = context.card(intent, query.message.chat_id, question or None, 1 if changed else page)
    await query.answer(texts(LIST_CHANGED) if changed else None)
    chunks = render.messages(answer, texts)
    if len(chunks) > 1:  # too long to fit in place
        await reply(query.message, answer, context, texts)
        return
    try:
        await query.edit_message_text(
            chunks[0], reply_markup=render.keyboard(answer, context.engine.tag, texts)
        )
    except BadRequest as error:  # pressed twice: already showing that page
        if "not modified" not in error.message:
            raise


async def inline(update: Update, context: Context) -> None:
    """@bot QUERY in any chat: the answer first, then related questions, up to ten."""
    if not (query := update.inline_query):
        return
    text = query.query.strip()
    texts = await context.texts(update)
    answers = [context.answer(text, reader=texts.language)] if text else []
    follow = [q for a in answers for q in a.follow_ups] or list(STARTERS)
    for extra in follow:
        if len(answers) >= MAX_INLINE_RESULTS:
            break
        answers.append(context.answer(extra, reader=texts.language))
    results = [
        InlineQueryResultArticle(
            id=uuid4().hex,
            title=render.unmarked(answer.lead)[:100],
            description=render.unmarked(answer.bullets[0] if answer.bullets else answer.hint)[
                :200
            ],
            input_message_content=InputTextMessageContent(render.messages(answer, texts)[0]),
        )
        for answer in answers
    ]
    await query.answer(results, cache_time=60)


# t.me/<bot>?start=<payload>: these run that command; any other payload is asked as a
# question, its underscores read as spaces (?start=who_is_Kistafin).
DEEP_LINKS = {
    "visits": visits,
    "trade": trade,
    "who": who,
    "timeline": timeline,
    "topics": topics,
    "sources": sources,
    "about": about,
    "help": help_command,
}


def _kind(update: Update) -> str:
    if update.message:
        text = update.message.text or ""
        return "command" if text.startswith("/") else "message"
    for kind in ("edited_message", "callback_query", "inline_query", "my_chat_member"):
        if getattr(update, kind):
            return kind
    return "other"


async def count_update(update: Update, context: Context) -> None:
    """Every update, by kind, for /metrics."""
    context.bot_data.metrics.updates.labels(_kind(update)).inc()


async def limit_users(update: Update, context: Context) -> None:
    """Per-user flood control. Past the limit nothing is handled, but nobody is left
    hanging: a button press always gets a toast (Telegram spins the button until answered),
    an inline query an empty answer, and messages one notice a minute, each saying when."""
    if not (user := update.effective_user):
        return
    data = context.bot_data
    key = str(user.id)
    if data.limiter.hit(data.per_user, key):
        return
    reset, _ = data.limiter.get_window_stats(data.per_user, key)
    texts = await context.texts(update)
    note = texts(SLOW_DOWN, seconds=max(1, math.ceil(reset - time.time())))
    if query := update.callback_query:
        await query.answer(note)
    elif inline_query := update.inline_query:
        button = InlineQueryResultsButton(note[:64], start_parameter="help")
        await inline_query.answer([], cache_time=0, button=button)
    elif (message := update.effective_message) and data.limiter.hit(data.notice, key):
        await message.reply_text(note)
    raise ApplicationHandlerStop


async def chat_migrated(update: Update, context: Context) -> None:
    """A group became a supergroup: its subscription follows it to the new chat id."""
    if not (message := update.effective_message) or not message.migrate_to_chat_id:
        return
    data = context.bot_data
    await data.outbox.move_chat(message.chat_id, message.migrate_to_chat_id, context.now)
    _LOGGER.info("chat %d is now supergroup %d", message.chat_id, message.migrate_to_chat_id)


async def on_error(update: object, context: Context) -> None:
    """Log the failure with its update id; apologise to the user; keep running."""
    update_id = update.update_id if isinstance(update, Update) else None
    if isinstance(context.error, DeliveryUnknown):  # the reply may well have arrived
        _LOGGER.warning("update %s: %s; not repeated", update_id, context.error.message)
        return
    _LOGGER.error("update %s failed", update_id, exc_info=context.error)
    if not isinstance(update, Update):
        return
    try:
        apology = (await context.texts(update))(APOLOGY)
        if update.callback_query:
            await update.callback_query.answer(apology)
        elif update.effective_message and update.effective_chat:
            await context.bot.send_message(update.effective_chat.id, apology)
    except TelegramError:
        _LOGGER.warning("could not apologise for update %s", update_id)
