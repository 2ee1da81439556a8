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
from bot.schedule import WEEKDAYS, Schedule, ScheduleError, parse
from bot.storage.subscriptions import schedule_of

SETTINGS = "set:"
TIMES = ("07:00", "08:00", "12:00", "18:00")
ZONES = ("Asia/Karachi", "Asia/Almaty", "Europe/London", "UTC")
ADMINS_ONLY = "In groups, only an administrator can change the digest subscription."
NOT_SUBSCRIBED = "This chat has no digest subscription. Send /subscribe to start one."
STOPPED = "Unsubscribed: no more digests or alerts here. /subscribe brings them back."
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


def describe(schedule: Schedule, context: Context, upcoming: datetime | None) -> str:
    """The settings as a short HTML card."""
    when = f"at {schedule.send_time:%H:%M} ({schedule.timezone})"
    if schedule.frequency == "weekly" and schedule.weekday is not None:
        when = f"every {WEEKDAYS[schedule.weekday].title()} {when}"
    else:
        when = f"daily {when}"
    names = _topic_names(context)
    topics = ", ".join(names.get(t, t) for t in schedule.topics) if schedule.topics else "all"
    empty = "send a short note" if schedule.send_when_empty else "stay quiet"
    lines = [
        "<b>Your digest</b>",
        f"When: {when}",
        f"Topics: {html.escape(topics)}",
        f"When nothing is new: {empty}",
    ]
    if upcoming:
        local = upcoming.astimezone(ZoneInfo(schedule.timezone))
        lines.append(f"Next: {local:%A} {local.day} {local:%B, %H:%M}")
    lines.append("<i>Tap to change, or e.g. /subscribe weekly monday 09:30</i>")
    return "\n".join(lines)


def keyboard(schedule: Schedule, context: Context) -> InlineKeyboardMarkup:
    def button(label: str, action: str, chosen: bool = False) -> InlineKeyboardButton:
        return InlineKeyboardButton(
            ("✓ " if chosen else "") + label, callback_data=SETTINGS + action
        )

    weekly = schedule.frequency == "weekly"
    rows = [
        [button("Daily", "daily", not weekly), button("Weekly", "weekly", weekly)],
        [button(t, f"time:{t}", f"{schedule.send_time:%H:%M}" == t) for t in TIMES],
        [button(z.split("/")[-1], f"tz:{z}", schedule.timezone == z) for z in ZONES],
        [button("All topics", "topics:all", not schedule.topics)],
    ]
    topic_buttons = [
        button(name, f"topic:{tid}", tid in schedule.topics)
        for tid, name in _topic_names(context).items()
    ]
    rows += [topic_buttons[i : i + 3] for i in range(0, len(topic_buttons), 3)]
    rows.append(
        [
            button("Note when nothing is new", "empty", schedule.send_when_empty),
            button("Unsubscribe", "stop"),
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
    if not await may_change(chat, update.effective_user):
        await message.reply_text(ADMINS_ONLY)
        return
    current = await _current(context, chat.id) or _default(context)
    try:
        schedule = parse(context.args or (), current, _topic_names(context))
    except ScheduleError as error:
        await message.reply_text(html.escape(str(error)))  # it quotes what the user typed
        return
    upcoming, fresh = await _save(context, chat, schedule)
    intro = (
        "Subscribed. The first digest is a full briefing; after that, what is new."
        if fresh
        else "Updated."
    )
    await message.reply_text(
        f"{intro}\n\n{describe(schedule, context, upcoming)}",
        reply_markup=keyboard(schedule, context),
    )


async def settings(update: Update, context: Context) -> None:
    """/settings: this chat's digest settings, with buttons to change them."""
    if not (message := update.effective_message):
        return
    row = await context.bot_data.subscriptions.get(message.chat.id)
    if row is None or not row.active:
        await message.reply_text(NOT_SUBSCRIBED)
        return
    schedule = schedule_of(row)
    await message.reply_text(
        describe(schedule, context, row.next_run_at),
        reply_markup=keyboard(schedule, context),
    )


async def unsubscribe(update: Update, context: Context) -> None:
    """/unsubscribe: stop digests and alerts for this chat."""
    if not (message := update.effective_message):
        return
    if not await may_change(message.chat, update.effective_user):
        await message.reply_text(ADMINS_ONLY)
        return
    stopped = await context.bot_data.subscriptions.stop(
        message.chat.id, "unsubscribed", context.now
    )
    await message.reply_text(STOPPED if stopped else NOT_SUBSCRIBED)


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
            raise ScheduleError(f"unknown topic {value[:40]!r}")
        chosen = [t for t in schedule.topics if t != value]
        if value not in schedule.topics:
            chosen.append(value)
        return replace(schedule, topics=tuple(chosen))
    if name == "empty":
        return replace(schedule, send_when_empty=not schedule.send_when_empty)
    if name == "stop":
        return None
    raise ScheduleError(f"unknown setting {name!r}")


async def settings_button(update: Update, context: Context) -> None:
    """A settings button: change one thing, then show the card again in place."""
    if not (query := update.callback_query) or not isinstance(query.message, Message):
        return
    chat = query.message.chat
    if not await may_change(chat, query.from_user):
        await query.answer(ADMINS_ONLY, show_alert=True)
        return
    current = await _current(context, chat.id)
    if current is None:
        await query.answer(NOT_SUBSCRIBED, show_alert=True)
        return
    try:
        action = (query.data or "").removeprefix(SETTINGS)
        schedule = _changed(current, action, _topic_names(context))
    except ScheduleError:
        await query.answer("That button no longer works; send /settings.", show_alert=True)
        return
    if schedule is None:
        await context.bot_data.subscriptions.stop(chat.id, "unsubscribed", context.now)
        await query.answer("Unsubscribed")
        await query.edit_message_text(STOPPED)
        return
    upcoming, _ = await _save(context, chat, schedule)
    await query.answer("Saved")
    try:
        await query.edit_message_text(
            describe(schedule, context, upcoming),
            reply_markup=keyboard(schedule, context),
        )
    except BadRequest as error:  # the same button twice: nothing to redraw
        if "not modified" not in error.message:
            raise


async def digest(update: Update, context: Context) -> None:
    """/digest: this chat's digest now (a full briefing when it has no subscription)."""
    if not (message := update.effective_message):
        return
    data = context.bot_data
    await message.reply_chat_action(ChatAction.TYPING)  # composing and queueing take a moment
    await data.briefings.digest_now(
        data.digests, message.chat.id, f"now:{message.message_id}", data.settings.timezone
    )
    data.sender.wake()
