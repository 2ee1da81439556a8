"""The ``briefbot`` command: one entry point for every subcommand.

With no subcommand it starts what a new user wants: the real bot when a token is configured,
otherwise a terminal chat with the bot.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import NoReturn

from dotenv import dotenv_values

from bot.logs import setup_logging
from knowledge import cli as knowledge_cli


class _Parser(argparse.ArgumentParser):
    """Usage mistakes print one line naming the problem, exit code 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message}\n")


def environment(dotenv: Path = Path(".env")) -> dict[str, str]:
    """The process environment over an optional ``.env`` file (the environment wins)."""
    values = {k: v for k, v in dotenv_values(dotenv).items() if v is not None}
    return {**values, **os.environ}


def parser() -> argparse.ArgumentParser:
    main_parser = _Parser(
        prog="briefbot",
        description="Briefings on Pakistan–Kazakhstan relations, with sources. "
        "Without a command: the bot if TELEGRAM_BOT_TOKEN is set, else a terminal chat.",
    )
    commands = main_parser.add_subparsers(dest="command", metavar="COMMAND")
    knowledge_cli.add_commands(commands)
    run = commands.add_parser("run", help="run the Telegram bot (settings from the environment)")
    run.set_defaults(run=run_bot)
    chat = commands.add_parser("chat", help="chat with the bot in this terminal, offline")
    chat.add_argument("--seeds", type=Path, help="seeds folder (default: $BRIEFBOT_SEEDS_DIR)")
    chat.set_defaults(run=run_chat)
    return main_parser


def run_bot(args: argparse.Namespace, env: Mapping[str, str] | None = None) -> int:
    from bot.run import StartError, run  # telegram is imported only when the bot runs
    from bot.settings import Settings, SettingsError

    try:
        settings = Settings.from_env(env if env is not None else environment())
    except SettingsError as error:
        print(f"briefbot: {error}", file=sys.stderr)
        return 2
    setup_logging(settings.token, json_lines=settings.log_format == "json")
    try:
        run(settings)
    except StartError as error:
        logging.getLogger("briefbot").error("%s", error)
        return 1
    return 0


def run_chat(args: argparse.Namespace) -> int:
    from bot.chat import chat

    seeds = getattr(args, "seeds", None) or knowledge_cli.default_seeds_dir()
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)
    data_dir = Path(os.environ.get("BRIEFBOT_DATA_DIR") or "data")
    return asyncio.run(chat(sys.stdin, sys.stdout, seeds_dir=seeds, data_dir=data_dir))


def main(argv: Sequence[str] | None = None) -> int:
    # Questions may hold any character; never fail on printing one back.
    for stream in (sys.stdin, sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")
    args = parser().parse_args(argv)
    try:
        if args.command is None:
            env = environment()
            return run_bot(args, env) if env.get("TELEGRAM_BOT_TOKEN") else run_chat(args)
        return knowledge_cli.run(args)
    except BrokenPipeError:  # `briefbot ask ... | head`
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
