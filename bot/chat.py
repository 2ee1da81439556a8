"""``briefbot chat``: the bot in a terminal, with no Telegram account and no network.

The emulator and the bot run on loopback in this process; what you type becomes a Telegram
message from "You", and the bot's replies are shown as a person would see them: formatting
rendered for the terminal, buttons as numbered choices (type the number to press one).
"""

from __future__ import annotations

import asyncio
import html
import re
from pathlib import Path
from typing import TextIO

from bot.app import build_application, polling
from bot.context import BotApplication
from bot.emulator import Emulator, Sent
from bot.settings import Settings

CHAT_TOKEN = "100000:local-chat-only-not-a-telegram-token"
YOU = 1
QUIT = {"/quit", "/exit", "quit", "exit"}
_TAG = re.compile(r"<(/?)(b|strong|i|em|u|code|pre|a|s|blockquote)(?:\s[^>]*)?>")


class Screen:
    """Writes the bot's messages the way a chat client would show them."""

    def __init__(self, output: TextIO, *, color: bool) -> None:
        self.output = output
        self.color = color

    def text(self, sent: Sent) -> str:
        if sent.parse_mode != "HTML":
            return sent.text
        if not self.color:
            return html.unescape(_TAG.sub("", sent.raw))
        styles = {"b": "1", "strong": "1", "i": "3", "em": "3", "u": "4", "code": "36"}

        def style(match: re.Match[str]) -> str:
            closing, tag = match.groups()
            code = styles.get(tag)
            return "" if code is None else ("\033[0m" if closing else f"\033[{code}m")

        return html.unescape(_TAG.sub(style, sent.raw))

    def show(self, messages: list[Sent]) -> list[tuple[Sent, str]]:
        """Print messages; return the buttons of the last one that has any, numbered."""
        buttons: list[tuple[Sent, str]] = []
        for sent in messages:
            self.output.write("\n" + self.text(sent) + "\n")
            if sent.buttons:
                buttons = [(sent, label) for label in sent.button_texts()]
        if buttons:
            choices = "  ".join(f"[{n}] {label}" for n, (_, label) in enumerate(buttons, 1))
            self.output.write(f"  {choices}\n")
        self.output.flush()
        return buttons

    def note(self, text: str) -> None:
        self.output.write(f"({text})\n")
        self.output.flush()


async def _settle(emulator: Emulator, application: BotApplication) -> None:
    """Wait until the bot has taken every update and finished answering it."""
    await emulator.delivered()
    await application.update_queue.join()


class _Conversation:
    """What the user has seen so far; new messages are shown as they come, including those
    the bot sends on its own (a digest at its time, an alert), and a message the bot edits
    (a settings card, a page of a list) is shown again as it now reads."""

    def __init__(self, screen: Screen, emulator: Emulator, *, prompt: bool) -> None:
        self.screen = screen
        self.emulator = emulator
        self.prompt = prompt
        self.edits: dict[int, int] = {}  # message id -> edits already shown
        self.buttons: list[tuple[Sent, str]] = []

    def show_new(self) -> bool:
        """Show what is new or changed; True if anything was."""
        changed = [
            sent
            for sent in self.emulator.messages_to(YOU)
            if self.edits.get(sent.message_id, -1) != sent.edits
        ]
        for sent in changed:
            self.edits[sent.message_id] = sent.edits
        self.buttons = self.screen.show(changed) or self.buttons
        return bool(changed)

    def ask(self) -> None:
        if self.prompt:
            self.screen.output.write("> ")
            self.screen.output.flush()

    async def watch(self) -> None:
        """Messages that arrive while the user is typing, then the prompt again."""
        while True:
            await asyncio.sleep(0.5)
            if self.show_new():
                self.ask()


async def chat(
    stdin: TextIO, stdout: TextIO, *, seeds_dir: Path, data_dir: Path, language: str = "en"
) -> int:
    """Its own database (``chat.db``), never the bot's: the emulator knows only "You", and a
    real subscriber's digest sent here would look like a chat that no longer exists. Logs
    go to ``chat.log`` beside it (set up by the caller), never into the conversation.
    ``language``: "You"'s Telegram language, which the bot answers in."""
    screen = Screen(stdout, color=stdout.isatty())
    async with Emulator(CHAT_TOKEN) as emulator:
        settings = Settings(
            token=CHAT_TOKEN,
            api_base_url=emulator.base_url,
            seeds_dir=seeds_dir,
            data_dir=data_dir,
            database_url=f"sqlite:///{data_dir / 'chat.db'}",
        )
        application = build_application(settings)
        async with polling(application):
            you = emulator.private_chat(YOU, "You", language_code=language)
            screen.note(
                "local chat with the briefing bot; type a question, a number to press "
                "a button, or /quit"
            )
            emulator.send_text(you, "/start")
            conversation = _Conversation(screen, emulator, prompt=stdin.isatty())
            watcher = asyncio.create_task(conversation.watch())
            try:
                while True:
                    await _settle(emulator, application)
                    conversation.show_new()
                    conversation.ask()
                    line = await asyncio.to_thread(stdin.readline)
                    if not line or line.strip() in QUIT:
                        return 0
                    line = line.strip()
                    buttons = conversation.buttons
                    if line.isdigit() and 1 <= int(line) <= len(buttons):
                        sent, label = buttons[int(line) - 1]
                        query = emulator.press(you, sent, label)
                        await _settle(emulator, application)
                        if alert := (emulator.callback_answers.get(query) or {}).get("text"):
                            screen.note(alert)
                    elif line:
                        emulator.send_text(you, line)
            finally:
                watcher.cancel()
