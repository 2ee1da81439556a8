"""/privacy and /deletedata: what the bot keeps about a chat, and deleting all of it.

In a group only an administrator may delete (the subscription is the group's), and the
confirmation button checks again who pressed it: anyone in the group can tap it.
"""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update

from bot.context import Context
from bot.i18n import N_
from bot.jobs import OUTBOX_KEEP
from bot.subscribing import may_change

DELETE = "del:"
PRIVACY = N_(
    "<b>What this bot keeps about this chat</b>\n"
    "• Your questions are answered and not stored. The last answer stays in memory for ten "
    "minutes, so that “when was that?” can follow it.\n"
    "• With a digest subscription: this chat's id and type, your settings (how often, time, "
    "time zone, topics, language) and when the last digest went out.\n"
    "• For each digest, alert or broadcast sent here: the message and whether Telegram "
    "accepted it, deleted {days} days after it went out.\n"
    "• No names, usernames or phone numbers. The operator's logs name a chat's id only when "
    "sending to it fails.\n"
    "/unsubscribe stops digests; /deletedata deletes everything above, now."
)
CONFIRM = N_(
    "Delete everything stored about this chat: its digest subscription, its language and the "
    "record of every message sent here? This cannot be undone."
)
DELETED = N_("Deleted: nothing about this chat is stored any more. /subscribe starts afresh.")
KEPT = N_("Nothing was deleted.")
ADMINS_ONLY = N_("In groups, only an administrator can delete the group's data.")


async def privacy(update: Update, context: Context) -> None:
    """What is stored about a chat, and for how long."""
    if message := update.effective_message:
        texts = await context.texts(update)
        await message.reply_text(texts(PRIVACY, days=OUTBOX_KEEP.days))


async def delete_data(update: Update, context: Context) -> None:
    """/deletedata: ask for confirmation, with buttons."""
    if not (message := update.effective_message):
        return
    texts = await context.texts(update)
    if not await may_change(message.chat, update.effective_user):
        await message.reply_text(texts(ADMINS_ONLY))
        return
    buttons = [
        InlineKeyboardButton(texts("Delete everything"), callback_data=f"{DELETE}yes"),
        InlineKeyboardButton(texts("Keep"), callback_data=f"{DELETE}no"),
    ]
    await message.reply_text(texts(CONFIRM), reply_markup=InlineKeyboardMarkup([buttons]))


async def delete_button(update: Update, context: Context) -> None:
    """The confirmation: delete every row about the chat, or nothing."""
    if not (query := update.callback_query) or not isinstance(query.message, Message):
        return
    chat = query.message.chat
    texts = await context.texts(update)  # before the chat's language is deleted with the rest
    if not await may_change(chat, query.from_user):  # either button: the admin's choice
        await query.answer(texts(ADMINS_ONLY), show_alert=True)
        return
    if query.data != f"{DELETE}yes":
        await query.answer(texts(KEPT))
        await query.edit_message_text(texts(KEPT))
        return
    data = context.bot_data
    await data.outbox.forget_chat(chat.id)
    data.conversations.forget(chat.id)
    data.languages.forget(chat.id)
    await query.answer(texts("Deleted"))
    await query.edit_message_text(texts(DELETED))
