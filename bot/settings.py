"""The bot's settings: read from the environment (and an optional ``.env``) once, at start.

Every problem is reported as one line naming the variable, never its value: a token pasted
into the wrong variable must not end up in a terminal log.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.storage.database import DatabaseUrlError, database_url
from knowledge.build import DEFAULT_SEEDS_DIR
from knowledge.dates import DEFAULT_TZ
from knowledge.environment import shown
from knowledge.seeds import MAX_ARTICLE_BYTES, MIN_ARTICLE_LIMIT
from knowledge.timeline import STALE_AFTER

TELEGRAM_BASE_URL = "https://api.telegram.org/bot"
_TOKEN = re.compile(r"^\d{3,}:[A-Za-z0-9_-]{20,}$")
_SECRET = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
KARACHI = ZoneInfo("Asia/Karachi")


# Every environment variable the bot reads; deploy/ files may name no other (a test checks).
VARIABLES = (
    "TELEGRAM_BOT_TOKEN",
    "TELEGRAM_API_BASE_URL",
    "BRIEFBOT_DATA_DIR",
    "BRIEFBOT_SEEDS_DIR",
    "BRIEFBOT_TZ",
    "BRIEFBOT_ADMIN_IDS",
    "BRIEFBOT_MODE",
    "BRIEFBOT_WEBHOOK_URL",
    "BRIEFBOT_WEBHOOK_SECRET",
    "BRIEFBOT_LISTEN",
    "BRIEFBOT_METRICS_LISTEN",
    "BRIEFBOT_LOG_FORMAT",
    "BRIEFBOT_USER_RATE",
    "BRIEFBOT_SEND_RATE",
    "BRIEFBOT_RELOAD_SECONDS",
    "BRIEFBOT_MAX_ARTICLE_BYTES",
    "BRIEFBOT_STALE_DAYS",
    "DATABASE_URL",
)


class SettingsError(ValueError):
    """One bad setting: ``VARIABLE: what is wrong``."""

    def __init__(self, variable: str, problem: str) -> None:
        super().__init__(f"{variable}: {problem}")
        self.variable = variable


@dataclass(frozen=True, kw_only=True)
class Settings:
    token: str
    api_base_url: str = TELEGRAM_BASE_URL
    data_dir: Path = Path("data")
    seeds_dir: Path = DEFAULT_SEEDS_DIR
    timezone: ZoneInfo = KARACHI
    admin_ids: frozenset[int] = frozenset()
    mode: Literal["polling", "webhook"] = "polling"
    webhook_url: str | None = None
    webhook_secret: str | None = None
    listen_host: str = "127.0.0.1"
    listen_port: int = 8080
    metrics_listen: tuple[str, int] | None = None  # polling mode's /healthz, /metrics server
    log_format: Literal["text", "json"] = "text"
    user_messages_per_minute: int = 20
    send_rate: float = 25.0  # messages a second, all chats together
    concurrent_updates: int = 8
    database_url: str | None = None  # None: a SQLite file in data_dir
    reload_seconds: float = 60.0  # how often the seeds folder is checked for new articles
    schedule_seconds: float = 20.0  # how often due digests are looked for
    retry_backoff: float = 0.5  # first wait before retrying a 5xx or a timeout, then doubled
    api_read_timeout: float = 10.0  # seconds to wait for the Bot API's answer to a call
    max_article_bytes: int = MAX_ARTICLE_BYTES  # a larger file in the seeds folder is refused
    # Past this age of the newest article, answers about what is upcoming or recent say so.
    stale_days: int = STALE_AFTER.days

    @property
    def database(self) -> str:
        """The SQLAlchemy URL, with its async driver."""
        return database_url(self.database_url, self.data_dir)

    def __repr__(self) -> str:  # the token stays out of reprs, logs and tracebacks
        return f"Settings(mode={self.mode!r}, api_base_url={self.api_base_url!r}, ...)"

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> Settings:
        """Validate every variable; raise SettingsError for the first one that is wrong."""

        def get(name: str) -> str | None:
            value = env.get(name, "").strip()
            return value or None

        token = _token(get("TELEGRAM_BOT_TOKEN"))
        base_url = get("TELEGRAM_API_BASE_URL") or TELEGRAM_BASE_URL
        if not base_url.startswith(("http://", "https://")):
            raise SettingsError("TELEGRAM_API_BASE_URL", "must start with http:// or https://")
        zone_name = get("BRIEFBOT_TZ") or DEFAULT_TZ
        try:
            zone = ZoneInfo(zone_name)
        except (ZoneInfoNotFoundError, ValueError):
            raise SettingsError("BRIEFBOT_TZ", f"unknown time zone {shown(zone_name)}") from None
        admins = frozenset(
            _integer("BRIEFBOT_ADMIN_IDS", part)
            for part in (get("BRIEFBOT_ADMIN_IDS") or "").replace(";", ",").split(",")
            if part.strip()
        )
        mode = _choice("BRIEFBOT_MODE", get("BRIEFBOT_MODE") or "polling", ("polling", "webhook"))
        webhook_url = get("BRIEFBOT_WEBHOOK_URL")
        secret = get("BRIEFBOT_WEBHOOK_SECRET")
        _webhook(mode, webhook_url, secret)
        host, port = _listen("BRIEFBOT_LISTEN", get("BRIEFBOT_LISTEN") or "127.0.0.1:8080")
        metrics = _listen(
            "BRIEFBOT_METRICS_LISTEN", get("BRIEFBOT_METRICS_LISTEN") or "127.0.0.1:9090"
        )
        log_format = _choice(
            "BRIEFBOT_LOG_FORMAT", get("BRIEFBOT_LOG_FORMAT") or "text", ("text", "json")
        )
        data_dir = Path(get("BRIEFBOT_DATA_DIR") or "data")
        url = get("DATABASE_URL")
        try:
            database_url(url, data_dir)
        except DatabaseUrlError as error:
            raise SettingsError("DATABASE_URL", str(error)) from None

        def at_least(variable: str, default: int, minimum: int, what: str) -> int:
            number = _integer(variable, get(variable) or str(default))
            if number < minimum:
                raise SettingsError(variable, f"must be at least {what}")
            return number

        per_minute = at_least("BRIEFBOT_USER_RATE", 20, 1, "1 message a minute")
        send_rate = at_least("BRIEFBOT_SEND_RATE", 25, 1, "1 message a second")
        reload_seconds = at_least("BRIEFBOT_RELOAD_SECONDS", 60, 1, "1 second")
        max_article = at_least(
            "BRIEFBOT_MAX_ARTICLE_BYTES",
            MAX_ARTICLE_BYTES,
            MIN_ARTICLE_LIMIT,
            f"{MIN_ARTICLE_LIMIT} bytes",
        )
        stale_days = at_least("BRIEFBOT_STALE_DAYS", STALE_AFTER.days, 1, "1 day")
        return cls(
            token=token,
            api_base_url=base_url,
            data_dir=data_dir,
            seeds_dir=Path(get("BRIEFBOT_SEEDS_DIR") or DEFAULT_SEEDS_DIR),
            timezone=zone,
            admin_ids=admins,
            mode="webhook" if mode == "webhook" else "polling",
            webhook_url=webhook_url,
            webhook_secret=secret,
            listen_host=host,
            listen_port=port,
            metrics_listen=metrics,
            log_format="json" if log_format == "json" else "text",
            user_messages_per_minute=per_minute,
            send_rate=send_rate,
            database_url=url,
            reload_seconds=reload_seconds,
            max_article_bytes=max_article,
            stale_days=stale_days,
        )


def _token(token: str | None) -> str:
    if token is None:
        raise SettingsError("TELEGRAM_BOT_TOKEN", "is not set (ask @BotFather for a token)")
    if not _TOKEN.match(token):
        raise SettingsError(
            "TELEGRAM_BOT_TOKEN", "does not look like a bot token (digits, ':', secret)"
        )
    return token


def _choice(variable: str, value: str, options: tuple[str, str]) -> str:
    if value not in options:
        raise SettingsError(variable, f"must be {' or '.join(options)}, not {shown(value)}")
    return value


def _webhook(mode: str, url: str | None, secret: str | None) -> None:
    """A webhook needs the bot's public URL and a secret Telegram will send back."""
    if mode == "webhook":
        if not url or not url.startswith(("https://", "http://")):
            raise SettingsError("BRIEFBOT_WEBHOOK_URL", "must be set to the bot's public URL")
        if not secret:
            raise SettingsError("BRIEFBOT_WEBHOOK_SECRET", "must be set in webhook mode")
    if secret and not _SECRET.match(secret):
        raise SettingsError(
            "BRIEFBOT_WEBHOOK_SECRET", "1-256 characters of A-Z, a-z, 0-9, _ and - only"
        )


def _integer(variable: str, text: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        raise SettingsError(variable, f"{shown(text.strip())} is not a whole number") from None


def _listen(variable: str, text: str) -> tuple[str, int]:
    host, _, port = text.rpartition(":")
    if not host or not port.isdigit() or not 0 <= int(port) < 65536:
        raise SettingsError(variable, f"expected host:port, got {shown(text)}")
    return host.strip("[]"), int(port)
