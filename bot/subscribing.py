"""/subscribe, /settings, /unsubscribe and /digest: a chat's digest subscription.

In groups only an administrator of the group may change the subscription (Telegram says
who is one); anyone may read the settings or ask for /digest.
"""

from __future__ import annotations

import html
from collections.abc import Collection
from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

from telegram import Chat, InlineKeyboardButton, InlineKeyboardMarkup, Message, Update, User
from telegram.constants import ChatAction, ChatMemberStatus, ChatType
from telegram.error import BadRequest

from bot.context import Context
from bot.i18n import N_, Texts
from bot.schedule import Schedule, ScheduleError, parse
from bot.storage.subscriptions import schedule_of

SETTINGS = "set:"
TIMES = ("07:00", "08:00", "12:00", "18:00")
ZONES = ("Asia/Karachi", "Asia/Almaty", "Europe/London", "UTC")
ADMINS_ONLY = N_("In groups, only an administrator can change the digest subscription.")
NOT_SUBSCRIBED = N_("This chat has no digest subscription. Send /subscribe to start one.")
STOPPED = N_("Unsubscribed: no more digests or alerts here. /subscribe brings them back.")
SUBSCRIBED = N_("Subscribed. The first digest is a full briefing; after that, what is new.")
UPDATED = N_("Updated.")
BUTTON_EXPIRED = N_("That button no longer works; send /settings.")
_ADMIN_STATUSES = (ChatMemberStatus.OWNER, ChatMemberStatus.ADMINISTRATOR)


async def may_change(chat: Chat, user: User | None) -> bool:
    if chat.type == ChatType.PRIVATE:
        return True
    if user is None:
        return False
    member = await chat.get_member(user.id)
    return member.status in _ADMIN_STATUSES


def _topic_names(context: Context) -> dict[str, str]:
    return {t.id: t.name for t in context.engine.kb.curated.topics}


def describe(schedule: Schedule, context: Context, upcoming: datetime | None, texts: Texts) -> str:
    """The settings as a short HTML card, in the reader's language (topic names stay as the
    buttons and /subscribe spell them)."""
    at = f"{schedule.send_time:%H:%M}"
    if schedule.frequency == "weekly" and schedule.weekday is not None:
        day = texts.weekday(schedule.weekday)
        when = texts("every {day} at {time} ({zone})", day=day, time=at, zone=schedule.timezone)
    else:
        when = texts("daily at {time} ({zone})", time=at, zone=schedule.timezone)
    names = _topic_names(context)
    topics = ", ".join(names.get(t, t) for t in schedule.topics) if schedule.topics else None
    empty = texts("send a short note") if schedule.send_when_empty else texts("stay quiet")
    title = texts("Your digest")
    hint = texts("Tap to change, or e.g. /subscribe weekly monday 09:30")
    lines = [
        f"<b>{html.escape(title)}</b>",
        html.escape(texts("When: {when}", when=when)),
        html.escape(texts("Topics: {topics}", topics=topics or texts("all"))),
        html.escape(texts("When nothing is new: {empty}", empty=empty)),
    ]
    if upcoming:
        local = upcoming.astimezone(ZoneInfo(schedule.timezone))
        lines.append(html.escape(texts("Next: {when}", when=texts.day_and_time(local))))
    lines.append(f"<i>{html.escape(hint)}</i>")
    return "\n".join(lines)


def keyboard(schedule: Schedule, context: Context, texts: Texts) -> InlineKeyboardMarkup:
    def button(label: str, action: str, chosen: bool = False) -> InlineKeyboardButton:
        return InlineKeyboardButton(
            ("✓ " if chosen else "") + label, callback_data=SETTINGS + action
        )

    weekly = schedule.frequency == "weekly"
    rows = [
        [
            button(texts("Daily"), "daily", not weekly),
            button(texts("Weekly"), "weekly", weekly),
        ],
        [button(t, f"time:{t}", f"{schedule.send_time:%H:%M}" == t) for t in TIMES],
        [button(z.split("/")[-1], f"tz:{z}", schedule.timezone == z) for z in ZONES],
        [button(texts("All topics"), "topics:all", not schedule.topics)],
    ]
    topic_buttons = [
        button(name, f"topic:{tid}", tid in schedule.topics)
        for tid, name in _topic_names(context).items()
    ]
    rows += [topic_buttons[i : i + 3] for i in range(0, len(topic_buttons), 3)]
    rows.append(
        [
            button(texts("Note when nothing is new"), "empty", schedule.send_when_empty),
            button(texts("Unsubscribe"), "stop"),
        ]
    )
    return InlineKeyboardMarkup(rows)


async def _save(context: Context, chat: Chat, schedule: Schedule) -> tuple[datetime | None, bool]:
    row, fresh = await context.bot_data.subscriptions.subscribe(
        chat.id, chat.type, schedule, context.now
    )
    return row.next_run_at, fresh


async def _current(context: Context, chat_id: int) -> Schedule | None:
    row = await context.bot_data.subscriptions.get(chat_id)
    return schedule_of(row) if row and row.active else None


def _default(context: Context) -> Schedule:
    return Schedule(timezone=context.bot_data.settings.timezone.key)


async def subscribe(update: Update, context: Context) -> None:
    """/subscribe [daily HH:MM | weekly DAY HH:MM | topics a,b | timezone ZONE]."""
    if not (message := update.effective_message):
        return
    chat = message.chat
    texts = await context.texts(update)
    if not await may_change(chat, update.effective_user):
        await message.reply_text(texts(ADMINS_ONLY))
        return
    current = await _current(context, chat.id) or _default(context)
    try:
        schedule = parse(context.args or (), current, _topic_names(context))
    except ScheduleError as error:  # it quotes what the user typed
        await message.reply_text(html.escape(texts(error.template, **error.values)))
        return
    upcoming, fresh = await _save(context, chat, schedule)
    if await context.bot_data.languages.get(chat.id) is None:
        # the digests go out in the language of whoever subscribed, until /language
        await context.bot_data.languages.set(chat.id, texts.language, context.now)
    intro = html.escape(texts(SUBSCRIBED if fresh else UPDATED))
    await message.reply_text(
        f"{intro}\n\n{describe(schedule, context, upcoming, texts)}",
        reply_markup=keyboard(schedule, context, texts),
    )


async def settings(update: Update, context: Context) -> None:
    """/settings: this chat's digest settings, with buttons to change them."""
    if not (message := update.effective_message):
        return
    texts = await context.texts(update)
    row = await context.bot_data.subscriptions.get(message.chat.id)
    if row is None or not row.active:
        await message.reply_text(texts(NOT_SUBSCRIBED))
        return
    schedule = schedule_of(row)
    await message.reply_text(
        describe(schedule, context, row.next_run_at, texts),
        reply_markup=keyboard(schedule, context, texts),
    )


async def unsubscribe(update: Update, context: Context) -> None:
    """/unsubscribe: stop digests and alerts for this chat."""
    if not (message := update.effective_message):
        return
    texts = await context.texts(update)
    if not await may_change(message.chat, update.effective_user):
        await message.reply_text(texts(ADMINS_ONLY))
        return
    stopped = await context.bot_data.subscriptions.stop(
        message.chat.id, "unsubscribed", context.now
    )
    await message.reply_text(texts(STOPPED if stopped else NOT_SUBSCRIBED))


def _changed(schedule: Schedule, action: str, known: Collection[str]) -> Schedule | None:
    """The schedule after one settings button, or None for "unsubscribe". Callback data
    comes from the client and can be forged: each value is checked as /subscribe checks it."""
    name, _, value = action.partition(":")
    if name == "daily":
        return replace(schedule, frequency="daily", weekday=None)
    if name == "weekly":
        return replace(schedule, frequency="weekly", weekday=schedule.weekday or 0)
    if name == "time":
        return parse([value], schedule, {})
    if name == "tz":
        return parse(["timezone", value], schedule, {})
    if name == "topics":
        return replace(schedule, topics=())
    if name == "topic":
        if value not in known:
            raise ScheduleError("unknown topic {value}", value=repr(value[:40]))
        chosen = [t for t in schedule.topics if t != value]
        if value not in schedule.topics:
            chosen.append(value)
        return replace(schedule, topics=tuple(chosen))
    if name == "empty":
        return replace(schedule, send_when_empty=not schedule.send_when_empty)
    if name == "stop":
        return None
    raise ScheduleError("unknown setting {name}", name=repr(name))


async def settings_button(update: Update, context: Context) -> None:
    """A settings button: change one thing, then show the card again in place."""
    if not (query := update.callback_query) or not isinstance(query.message, Message):
        return
    chat = query.message.chat
    texts = await context.texts(update)
    if not await may_change(chat, query.from_user):
        await query.answer(texts(ADMINS_ONLY), show_alert=True)
        return
    current = await _current(context, chat.id)
    if current is None:
        await query.answer(texts(NOT_SUBSCRIBED), show_alert=True)
        return
    try:
        action = (query.data or "").removeprefix(SETTINGS)
        schedule = _changed(current, action, _topic_names(context))
    except ScheduleError:
        await query.answer(texts(BUTTON_EXPIRED), show_alert=True)
        return
    if schedule is None:
        await context.bot_data.subscriptions.stop(chat.id, "unsubscribed", context.now)
        await query.answer(texts("Unsubscribed"))
        await query.edit_message_text(texts(STOPPED))
        return
    upcoming, _ = await _save(context, chat, schedule)
    await query.answer(texts("Saved"))
    try:
        await query.edit_message_text(
            describe(schedule, context, upcoming, texts),
            reply_markup=keyboard(schedule, context, texts),
        )
    except BadRequest as error:  # the same button twice: nothing to redraw
        if "not modified" not in error.message:
            raise


async def digest(update: Update, context: Context) -> None:
    """/digest: this chat's digest now (a full briefing when it has no subscription)."""
    if not (message := update.effective_message):
        return
    data = context.bot_data
    texts = await context.texts(update)
    await message.reply_chat_action(ChatAction.TYPING)  # composing and queueing take a moment
    await data.briefings.digest_now(
        data.digests, message.chat.id, f"now:{message.message_id}", data.settings.timezone, texts
    )
    data.sender.wake()
