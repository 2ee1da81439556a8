from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.settings import Settings, SettingsError

TOKEN = "123456:TEST-token-for-the-emulator-only"


def test_defaults() -> None:
    settings = Settings.from_env({"TELEGRAM_BOT_TOKEN": TOKEN})
    assert settings.api_base_url == "https://api.telegram.org/bot"
    assert settings.timezone == ZoneInfo("Asia/Karachi")
    assert settings.mode == "polling"
    assert settings.data_dir == Path("data")
    assert settings.user_messages_per_minute == 20
    assert settings.stale_days == 30
    assert TOKEN not in repr(settings)


def test_every_variable_is_read() -> None:
    settings = Settings.from_env(
        {
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_BASE_URL": "http://127.0.0.1:8081/bot",
            "BRIEFBOT_DATA_DIR": "/var/lib/briefbot",
            "BRIEFBOT_SEEDS_DIR": "/srv/articles",
            "BRIEFBOT_TZ": "Asia/Almaty",
            "BRIEFBOT_ADMIN_IDS": "11, 22;33",
            "BRIEFBOT_MODE": "webhook",
            "BRIEFBOT_WEBHOOK_URL": "https://bot.example.org/telegram",
            "BRIEFBOT_WEBHOOK_SECRET": "abc_DEF-123",
            "BRIEFBOT_LISTEN": "0.0.0.0:8443",
            "BRIEFBOT_USER_RATE": "5",
            "BRIEFBOT_SEND_RATE": "100",
            "BRIEFBOT_STALE_DAYS": "90",
        }
    )
    assert settings.api_base_url == "http://127.0.0.1:8081/bot"
    assert settings.data_dir == Path("/var/lib/briefbot")
    assert settings.seeds_dir == Path("/srv/articles")
    assert settings.timezone == ZoneInfo("Asia/Almaty")
    assert settings.admin_ids == {11, 22, 33}
    assert (settings.mode, settings.webhook_secret) == ("webhook", "abc_DEF-123")
    assert (settings.listen_host, settings.listen_port) == ("0.0.0.0", 8443)
    assert (settings.user_messages_per_minute, settings.send_rate) == (5, 100)
    assert settings.stale_days == 90


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("BRIEFBOT_USER_RATE", "0"),
        ("BRIEFBOT_SEND_RATE", "fast"),
        ("BRIEFBOT_LISTEN", "127.0.0.1:70000"),
        ("BRIEFBOT_WEBHOOK_SECRET", "has spaces"),
        ("BRIEFBOT_STALE_DAYS", "0"),
    ],
)
def test_a_bad_value_names_its_variable(variable: str, value: str) -> None:
    with pytest.raises(SettingsError) as error:
        Settings.from_env({"TELEGRAM_BOT_TOKEN": TOKEN, variable: value})
    assert error.value.variable == variable


@pytest.mark.parametrize(
    "variable",
    [
        "BRIEFBOT_TZ",
        "BRIEFBOT_ADMIN_IDS",
        "BRIEFBOT_MODE",
        "BRIEFBOT_LISTEN",
        "BRIEFBOT_METRICS_LISTEN",
        "BRIEFBOT_LOG_FORMAT",
        "BRIEFBOT_USER_RATE",
        "BRIEFBOT_SEND_RATE",
        "BRIEFBOT_RELOAD_SECONDS",
        "BRIEFBOT_MAX_ARTICLE_BYTES",
        "BRIEFBOT_STALE_DAYS",
    ],
)
@pytest.mark.parametrize("pasted", [TOKEN, TOKEN.replace(":", "%3A")])
def test_a_token_pasted_into_the_wrong_variable_is_never_printed(
    variable: str, pasted: str
) -> None:
    with pytest.raises(SettingsError) as error:
        Settings.from_env({"TELEGRAM_BOT_TOKEN": TOKEN, variable: pasted})
    assert error.value.variable == variable
    assert TOKEN.split(":")[1] not in str(error.value)
    assert "looks like a bot token (not shown)" in str(error.value)
