"""The ``briefbot`` command: one entry point for every subcommand.

With no subcommand it starts what a new user wants: the real bot when a token is configured,
otherwise a terminal chat with the bot.
"""

from __future__ import annotations

import argparse
import asyncio
import json
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
    chat.add_argument(
        "--lang",
        choices=knowledge_cli.READERS,
        default="en",
        help="your Telegram's language: the bot speaks it (default: en)",
    )
    chat.set_defaults(run=run_chat)
    db = commands.add_parser("db", help="back up and restore subscriptions (JSON)")
    db_commands = db.add_subparsers(dest="db_command", required=True, metavar="COMMAND")
    export = db_commands.add_parser("export", help="write every subscription to FILE")
    export.add_argument("file", type=Path, metavar="FILE")
    export.set_defaults(run=run_db)
    restore = db_commands.add_parser(
        "import", help="restore subscriptions from FILE (again: no change)"
    )
    restore.add_argument("file", type=Path, metavar="FILE")
    restore.set_defaults(run=run_db)
    return main_parser


def run_db(args: argparse.Namespace) -> int:
    """``db export`` / ``db import`` on the database the bot would use (DATABASE_URL or the
    SQLite file in BRIEFBOT_DATA_DIR), migrated first so an empty PostgreSQL works."""
    from bot.storage import backup
    from bot.storage.database import DatabaseUrlError, connect, database_url, migrate

    env = environment()
    try:
        url = database_url(env.get("DATABASE_URL"), Path(env.get("BRIEFBOT_DATA_DIR") or "data"))
    except DatabaseUrlError as error:
        print(f"briefbot: DATABASE_URL: {error}", file=sys.stderr)
        return 2

    async def work() -> str:
        engine = connect(url)
        try:
            await migrate(engine)
            if args.db_command == "export":
                data = await backup.export_subscriptions(engine)
                text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
                temporary = args.file.with_name(args.file.name + ".tmp")
                temporary.write_text(text, encoding="utf-8")
                temporary.replace(args.file)
                return f"Exported {len(data['subscriptions'])} subscription(s) to {args.file}"
            done = await backup.import_subscriptions(engine, args.file)
            return (
                f"Imported {args.file}: {done.added} added, {done.updated} updated, "
                f"{done.unchanged} unchanged"
            )
        finally:
            await engine.dispose()

    try:
        print(asyncio.run(work()))
    except (backup.BackupError, OSError) as error:
        print(f"briefbot: {error}", file=sys.stderr)
        return 2
    return 0


def run_bot(args: argparse.Namespace, env: Mapping[str, str] | None = None) -> int:
    from bot.run import run  # telegram is imported only when the bot runs
    from bot.settings import Settings, SettingsError
    from bot.startup import StartError

    try:
        settings = Settings.from_env(env if env is not None else environment())
    except SettingsError as error:
        print(f"briefbot: {error}", file=sys.stderr)
        return 2
    setup_logging(settings.token, json_lines=settings.log_format == "json")
    try:
        run(settings)
    except StartError as error:  # one line, and no restart: it needs the operator
        logging.getLogger("briefbot").error("%s", error)
        return 2
    return 0


def run_chat(args: argparse.Namespace) -> int:
    from bot.chat import chat

    seeds = getattr(args, "seeds", None) or knowledge_cli.default_seeds_dir()
    data_dir = Path(os.environ.get("BRIEFBOT_DATA_DIR") or "data")
    data_dir.mkdir(parents=True, exist_ok=True)
    # The emulator's and the bot's warnings would land in the middle of the conversation.
    logging.basicConfig(
        filename=data_dir / "chat.log",
        level=logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    logging.getLogger("httpx").setLevel(logging.WARNING)
    language = getattr(args, "lang", "en")
    return asyncio.run(
        chat(sys.stdin, sys.stdout, seeds_dir=seeds, data_dir=data_dir, language=language)
    )


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
