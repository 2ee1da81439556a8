"""Settings' values in error messages: a bot token pasted into the wrong variable must not
reach a terminal or a log through the message that says the variable is wrong."""

from __future__ import annotations

import re

# Digits, a colon (or its URL encoding), and the secret: how a Bot API token looks.
_TOKEN_LIKE = re.compile(r"\d{3,}(?::|%3[Aa])[A-Za-z0-9_-]{20,}")


def shown(value: str) -> str:
    """``value`` quoted for an error message, clipped, or a note when it looks like a token."""
    if _TOKEN_LIKE.search(value):
        return "a value that looks like a bot token (not shown)"
    return repr(value[:80])
