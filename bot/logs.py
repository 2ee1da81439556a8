"""Logging set-up: readable lines, and the bot token never written anywhere.

Bot API URLs contain the token, and a library may log one (python-telegram-bot's own httpx
client logs every request URL at INFO; the bot sends through aiohttp, but httpx stays held at
WARNING should anything use it). So every line, tracebacks included, passes through a
formatter that replaces the token, URL-encoded or not, whatever logger wrote it; and a line
repeated in a flood is written a few times a minute, then counted.
"""

from __future__ import annotations

import json
import logging
import sys
import time
from collections.abc import Callable, Iterable
from typing import TextIO

REDACTED = "[token redacted]"


class Repeats(logging.Filter):
    """A line repeated in a burst (connections refused by the hundred, a database that is
    down) is written at most ``burst`` times a ``window``; the first one written after that
    says how many were left out. Lines differ by logger and message template."""

    def __init__(
        self,
        burst: int = 5,
        window: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__()
        self.burst = burst
        self.window = window
        self.clock = clock
        self.seen: dict[tuple[str, str], tuple[float, int, int]] = {}  # start, written, left

    def filter(self, record: logging.LogRecord) -> bool:
        key = (record.name, str(record.msg))
        now = self.clock()
        start, written, left = self.seen.get(key, (now, 0, 0))
        if now - start >= self.window:
            if left:
                record.msg = f"{record.msg} [{left} more like this left out]"
            start, written, left = now, 0, 0
        if written >= self.burst:
            self.seen[key] = (start, written, left + 1)
            return False
        if len(self.seen) > 10_000:  # templates are few; this only bounds a pathological case
            self.seen.clear()
        self.seen[key] = (start, written + 1, left)
        return True


class RedactingFormatter(logging.Formatter):
    def __init__(self, secrets: Iterable[str], fmt: str) -> None:
        super().__init__(fmt)
        # A token's secret part alone, too: however the colon before it was encoded
        # ("123456%3A..." in a URL), what follows it is the secret, unchanged.
        whole = [s for s in secrets if s]
        self.secrets = whole + [s.split(":", 1)[1] for s in whole if ":" in s]

    def redact(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, REDACTED)
        return text

    def format(self, record: logging.LogRecord) -> str:
        return self.redact(super().format(record))


class JsonFormatter(RedactingFormatter):
    """One JSON object a line, for log collectors: time, level, logger, message (and the
    traceback, when there is one), redacted like the text lines."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S%z"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return self.redact(json.dumps(entry, ensure_ascii=False))


def setup_logging(
    token: str,
    *,
    stream: TextIO | None = None,
    level: int = logging.INFO,
    json_lines: bool = False,
) -> None:
    handler = logging.StreamHandler(stream or sys.stderr)
    kind = JsonFormatter if json_lines else RedactingFormatter
    handler.setFormatter(kind([token], "%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(Repeats())
    root = logging.getLogger()
    for old in root.handlers[:]:
        if isinstance(old.formatter, RedactingFormatter):
            root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
    logging.getLogger("aiohttp.access").setLevel(logging.WARNING)
