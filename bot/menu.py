"""What Telegram shows of the bot before anyone asks: the command menu and the profile's
description.

``/help`` lists the same commands, so the menu and the help never disagree.
"""

from __future__ import annotations

from telegram import BotCommand

COMMANDS = (
    BotCommand("start", "Welcome and what to ask"),
    BotCommand("help", "Every command, and examples of questions"),
    BotCommand("visits", "Upcoming and recent visits"),
    BotCommand("trade", "Trade target and figures"),
    BotCommand("who", "A person, or everyone in the briefings"),
    BotCommand("timeline", "Events in date order"),
    BotCommand("topics", "Visas, flights, corridors and more"),
    BotCommand("sources", "The articles behind the answers"),
    BotCommand("about", "How current the briefings are"),
    BotCommand("subscribe", "Daily or weekly digests, and alerts"),
    BotCommand("settings", "Your digest: time, zone, topics"),
    BotCommand("digest", "Your digest now"),
    BotCommand("unsubscribe", "Stop digests and alerts"),
    BotCommand("privacy", "What the bot keeps about this chat"),
    BotCommand("deletedata", "Delete everything kept about this chat"),
)
# The profile page and the empty chat before /start (setMyDescription, at most 512
# characters), and the share card and search results (setMyShortDescription, 120).
DESCRIPTION = (
    "Briefings on Pakistan–Kazakhstan relations: state visits, the trade target, corridors "
    "and railways, visas and flights, forums and agreements.\n\n"
    "Ask in plain words and get a short answer that names its sources. Subscribe for a "
    "daily or weekly digest, and an alert when a new article arrives."
)
SHORT_DESCRIPTION = "Pakistan–Kazakhstan relations: sourced answers, daily digests."
