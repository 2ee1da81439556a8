"""What Telegram shows of the bot before anyone asks: the command menu and the profile's
description.

``/help`` lists the same commands, so the menu and the help never disagree. Each is set
once in English for everyone and once per language the bot speaks, for users whose
Telegram is in that language (``language_code``).
"""

from __future__ import annotations

from telegram import BotCommand

from bot.i18n import N_, Texts

COMMANDS = (
    BotCommand("start", N_("Welcome and what to ask")),
    BotCommand("help", N_("Every command, and examples of questions")),
    BotCommand("visits", N_("Upcoming and recent visits")),
    BotCommand("trade", N_("Trade target and figures")),
    BotCommand("who", N_("A person, or everyone in the briefings")),
    BotCommand("timeline", N_("Events in date order")),
    BotCommand("topics", N_("Visas, flights, corridors and more")),
    BotCommand("sources", N_("The articles behind the answers")),
    BotCommand("about", N_("How current the briefings are")),
    BotCommand("subscribe", N_("Daily or weekly digests, and alerts")),
    BotCommand("settings", N_("Your digest: time, zone, topics")),
    BotCommand("digest", N_("Your digest now")),
    BotCommand("language", N_("The bot's language")),
    BotCommand("unsubscribe", N_("Stop digests and alerts")),
    BotCommand("privacy", N_("What the bot keeps about this chat")),
    BotCommand("deletedata", N_("Delete everything kept about this chat")),
)
# The profile page and the empty chat before /start (setMyDescription, at most 512
# characters), and the share card and search results (setMyShortDescription, 120).
DESCRIPTION = N_(
    "Briefings on Pakistan–Kazakhstan relations: state visits, the trade target, corridors "
    "and railways, visas and flights, forums and agreements.\n\n"
    "Ask in plain words and get a short answer that names its sources. Subscribe for a "
    "daily or weekly digest, and an alert when a new article arrives."
)
SHORT_DESCRIPTION = N_("Pakistan–Kazakhstan relations: sourced answers, daily digests.")


def commands(texts: Texts) -> list[BotCommand]:
    """The menu in one language."""
    return [BotCommand(c.command, texts(c.description)) for c in COMMANDS]
