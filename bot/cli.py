"""The ``briefbot`` command: one entry point for every subcommand."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import NoReturn

from knowledge import cli as knowledge_cli


class _Parser(argparse.ArgumentParser):
    """Usage mistakes print one line naming the problem, exit code 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message}\n")


def parser() -> argparse.ArgumentParser:
    main_parser = _Parser(
        prog="briefbot",
        description="Briefings on Pakistan–Kazakhstan relations, with sources.",
    )
    commands = main_parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    knowledge_cli.add_commands(commands)
    return main_parser


def main(argv: Sequence[str] | None = None) -> int:
    # Questions may hold any character; never fail on printing one back.
    for stream in (sys.stdin, sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")
    args = parser().parse_args(argv)
    try:
        return knowledge_cli.run(args)
    except BrokenPipeError:  # `briefbot ask ... | head`
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
