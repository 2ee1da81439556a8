"""/language: the language the bot speaks in this chat, remembered with its subscription.

Without a choice each user is answered in their Telegram's language. In groups only an
administrator may choose, as for the subscription: it is the group's language, digests too.
"""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update

from bot.context import Context
from bot.i18n import LANGUAGES, N_, normal
from bot.subscribing import may_change

LANGUAGE = "lang:"
CHOOSE = N_("Choose the bot's language. The answers' facts stay in English, as published.")
CHOSEN = N_("Language: English. /help lists what I can do.")
ADMINS_ONLY = N_("In groups, only an administrator can change the bot's language.")


def keyboard(current: str) -> InlineKeyboardMarkup:
    buttons = [
        InlineKeyboardButton(
            ("✓ " if code == current else "") + name, callback_data=LANGUAGE + code
        )
        for code, name in LANGUAGES.items()
    ]
    return InlineKeyboardMarkup([buttons[:2], buttons[2:]])


async def language(update: Update, context: Context) -> None:
    """/language: the languages as buttons; /language ru (or Русский) chooses at once."""
    if not (message := update.effective_message):
        return
    texts = await context.texts(update)
    if not context.args:
        await message.reply_text(texts(CHOOSE), reply_markup=keyboard(texts.language))
        return
    if not await may_change(message.chat, update.effective_user):
        await message.reply_text(texts(ADMINS_ONLY))
        return
    asked = " ".join(context.args).casefold()
    by_name = {name.casefold(): code for code, name in LANGUAGES.items()}
    code = by_name.get(asked) or (asked if normal(asked) == asked else None)
    if code is None:
        await message.reply_text(texts(CHOOSE), reply_markup=keyboard(texts.language))
        return
    await context.bot_data.languages.set(message.chat.id, code, context.now)
    await message.reply_text(context.bot_data.catalogues.get(code)(CHOSEN))


async def language_button(update: Update, context: Context) -> None:
    """A language button: chosen, and said in that language."""
    if not (query := update.callback_query) or not isinstance(query.message, Message):
        return
    chat = query.message.chat
    if not await may_change(chat, query.from_user):
        await query.answer((await context.texts(update))(ADMINS_ONLY), show_alert=True)
        return
    code = normal((query.data or "").removeprefix(LANGUAGE))
    await context.bot_data.languages.set(chat.id, code, context.now)
    texts = context.bot_data.catalogues.get(code)
    await query.answer()
    await query.edit_message_text(texts(CHOSEN), reply_markup=keyboard(code))
