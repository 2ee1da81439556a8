"""Commands for the bot's operators (``BRIEFBOT_ADMIN_IDS``): /stats and /broadcast.

Anyone else gets no answer at all: the commands are not advertised, and a stranger
probing for them learns nothing.
"""

from __future__ import annotations

import hashlib

from telegram import Update

from bot import render
from bot.briefings import UNUSABLE_ZONE
from bot.context import Context
from bot.storage.outbox import Part

USAGE = "Usage: /broadcast TEXT — sent to every active subscriber."


def _is_admin(update: Update, context: Context) -> bool:
    user = update.effective_user
    return user is not None and user.id in context.bot_data.settings.admin_ids


async def stats(update: Update, context: Context) -> None:
    """/stats: subscribers, digests and alerts sent or failed, the last digest run."""
    if not (message := update.effective_message) or not _is_admin(update, context):
        return
    data = context.bot_data
    subscribers = await data.subscriptions.count_active()
    counts = await data.outbox.counts()
    last = await data.outbox.last_sent("digest")
    lines = [f"<b>Subscribers</b>: {subscribers}"]
    if unusable := await data.subscriptions.count_stopped(UNUSABLE_ZONE):
        lines.append(f"<b>Stopped, time zone unusable</b>: {unusable}")
    lines.append("<i>Messages of the last 30 days:</i>")
    for kind in ("digest", "alert", "broadcast"):
        sent = counts.get((kind, "sent"), 0)
        failed = counts.get((kind, "failed"), 0)
        pending = counts.get((kind, "pending"), 0)
        dropped = counts.get((kind, "dropped"), 0)
        lines.append(
            f"<b>{kind.title()}s</b>: {sent} sent, {failed} failed, {pending} pending, "
            f"{dropped} to chats that left"
        )
    when = f"{last:%Y-%m-%d %H:%M} UTC" if last else "never"
    lines.append(f"<b>Last digest queued</b>: {when}")
    lines.append(f"<b>KB</b>: {len(data.engine.kb.articles)} articles")
    await message.reply_text("\n".join(lines))


async def broadcast(update: Update, context: Context) -> None:
    """/broadcast TEXT: one message to every active subscriber, through the outbox."""
    if not (message := update.effective_message) or not _is_admin(update, context):
        return
    text = (message.text or "").partition(" ")[2].strip()
    if not text:
        await message.reply_text(USAGE)
        return
    parts = [Part(chunk) for chunk in render.pack([("", text)])]
    data = context.bot_data
    # A message id is unique only within its chat; the pair names this command for good,
    # so Telegram delivering the same update twice queues it once. Hashed: the recipients'
    # rows should not carry the admin's chat id (/deletedata removes only the admin's rows).
    pair = f"{message.chat_id}:{message.message_id}".encode()
    key = f"broadcast:{hashlib.sha256(pair).hexdigest()[:32]}"
    queued = await data.briefings.broadcast(key, parts)
    if queued is None:
        await message.reply_text("Already queued: this /broadcast was received before.")
        return
    data.sender.wake()
    await message.reply_text(f"Queued for {queued} subscriber(s).")
