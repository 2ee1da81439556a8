"""``briefbot run``, ``briefbot chat`` and plain ``briefbot`` as real processes."""

import asyncio
import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from aiohttp import ClientSession

from bot.emulator import Emulator
from tests.bot.conftest import STARTED, TOKEN

BRIEFBOT = str(Path(sys.executable).with_name("briefbot"))
SECRET_PART = TOKEN.split(":", 1)[1]


def clean_env(**extra: str) -> dict[str, str]:
    keep = {k: v for k, v in os.environ.items()
            if not k.startswith(("BRIEFBOT_", "TELEGRAM_", "DATABASE_URL"))}  # fmt: skip
    return {**keep, "BRIEFBOT_METRICS_LISTEN": "127.0.0.1:0", **extra}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def start_bot(env: dict[str, str], cwd: Path) -> asyncio.subprocess.Process:
    """``briefbot run`` as a process; one a failing test leaves running is killed after it."""
    process = await asyncio.create_subprocess_exec(
        BRIEFBOT, "run", env=env, cwd=cwd,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    STARTED.append(process)
    return process


async def test_run_polls_answers_and_stops_cleanly_on_sigterm(emulator: Emulator, tmp_path):
    env = clean_env(TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_BASE_URL=emulator.base_url)
    bot = await start_bot(env, tmp_path)
    async with asyncio.timeout(30):
        await emulator.wait_for(lambda: bool(emulator.commands))
    user = emulator.private_chat(7, "Omar")
    emulator.send_text(user, "trade target")
    emulator.fail("sendMessage", 500)  # one server error on the way, retried
    await emulator.wait_for(lambda: bool(emulator.messages_to(7)))
    bot.send_signal(signal.SIGTERM)
    _, stderr = await bot.communicate()
    assert bot.returncode == 0
    assert emulator.messages_to(7)[0].text.startswith("Trade target")
    log = stderr.decode()
    assert "Application started" in log
    assert SECRET_PART not in log
    assert "sendMessage answered 500; retry 1" in log


async def test_a_second_run_on_the_same_sqlite_file_refuses_to_start(
    emulator: Emulator, tmp_path: Path
) -> None:
    """Two processes on one file would send every digest twice; the second says why."""
    env = clean_env(TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_BASE_URL=emulator.base_url)
    first = await start_bot(env, tmp_path)
    try:
        async with asyncio.timeout(30):
            await emulator.wait_for(lambda: bool(emulator.commands))
        second = await start_bot(env, tmp_path)
        async with asyncio.timeout(30):
            _, stderr = await second.communicate()
        assert second.returncode != 0
        [line] = stderr.decode().splitlines()
        assert "another briefbot run is using" in line
        assert "briefbot.db" in line
        assert first.returncode is None  # the first one goes on
    finally:
        first.send_signal(signal.SIGTERM)
        await first.communicate()
    assert first.returncode == 0


async def test_run_in_webhook_mode_checks_the_secret(emulator: Emulator, tmp_path) -> None:
    port = free_port()
    env = clean_env(
        TELEGRAM_BOT_TOKEN=TOKEN,
        TELEGRAM_API_BASE_URL=emulator.base_url,
        BRIEFBOT_MODE="webhook",
        BRIEFBOT_WEBHOOK_URL=f"http://127.0.0.1:{port}/telegram",
        BRIEFBOT_WEBHOOK_SECRET="s3cret-value",
        BRIEFBOT_LISTEN=f"127.0.0.1:{port}",
    )
    bot = await start_bot(env, tmp_path)
    try:
        async with asyncio.timeout(30):
            await emulator.wait_for(lambda: emulator.webhook is not None)
        assert emulator.webhook == {
            "url": f"http://127.0.0.1:{port}/telegram",
            "secret_token": "s3cret-value",
        }
        user = emulator.private_chat(8, "Dana")
        emulator.send_text(user, "who is Kistafin")
        await emulator.wait_for(lambda: bool(emulator.messages_to(8)))
        assert "Yerzhan Kistafin" in emulator.messages_to(8)[0].text
        forged = {"update_id": 999, "message": {"message_id": 1, "date": 0, "text": "hi",
                  "chat": {"id": 8, "type": "private"}}}  # fmt: skip
        async with ClientSession() as session:
            response = await session.post(f"http://127.0.0.1:{port}/telegram", json=forged)
            assert response.status == 403
            health = await session.get(f"http://127.0.0.1:{port}/healthz")
            assert (health.status, await health.text()) == (200, "ok: 5 articles\n")
            metrics = await session.get(f"http://127.0.0.1:{port}/metrics")
            assert 'briefbot_updates_total{kind="message"} 1.0' in await metrics.text()
    finally:
        bot.send_signal(signal.SIGTERM)
        _, stderr = await bot.communicate()
    assert bot.returncode == 0
    assert SECRET_PART not in stderr.decode()


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({}, "briefbot: TELEGRAM_BOT_TOKEN: is not set"),
        ({"TELEGRAM_BOT_TOKEN": "not-a-token"}, "TELEGRAM_BOT_TOKEN: does not look like"),
        ({"TELEGRAM_BOT_TOKEN": TOKEN, "BRIEFBOT_MODE": "push"}, "BRIEFBOT_MODE: must be"),
        ({"TELEGRAM_BOT_TOKEN": TOKEN, "BRIEFBOT_MODE": "webhook"}, "BRIEFBOT_WEBHOOK_URL:"),
        ({"TELEGRAM_BOT_TOKEN": TOKEN, "BRIEFBOT_TZ": "Mars/Olympus"}, "BRIEFBOT_TZ: unknown"),
        ({"TELEGRAM_BOT_TOKEN": TOKEN, "BRIEFBOT_LISTEN": "everywhere"}, "BRIEFBOT_LISTEN:"),
        ({"TELEGRAM_BOT_TOKEN": TOKEN, "BRIEFBOT_ADMIN_IDS": "12,abc"}, "BRIEFBOT_ADMIN_IDS:"),
        (
            {"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_BASE_URL": "ftp://x"},
            "TELEGRAM_API_BASE_URL: must start with",
        ),
    ],
)
def test_bad_configuration_is_one_line_and_exit_2(
    env: dict[str, str], message: str, tmp_path: Path
) -> None:
    result = subprocess.run(
        [BRIEFBOT, "run"], env=clean_env(**env), cwd=tmp_path,
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 2
    [line] = result.stderr.splitlines()
    assert message in line
    assert SECRET_PART not in line


def test_settings_come_from_a_dotenv_file_and_an_unreachable_api_is_one_error(tmp_path):
    (tmp_path / ".env").write_text(
        f"TELEGRAM_BOT_TOKEN={TOKEN}\nTELEGRAM_API_BASE_URL=http://127.0.0.1:9/bot\n"
    )
    result = subprocess.run(
        [BRIEFBOT, "run"], env=clean_env(), cwd=tmp_path,
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 2
    last = result.stderr.splitlines()[-1]
    assert "ERROR briefbot: TELEGRAM_API_BASE_URL: cannot reach the Bot API" in last
    assert "Traceback" not in result.stderr
    assert SECRET_PART not in result.stderr


@pytest.mark.parametrize(
    ("env", "message"),
    [
        (
            {"DATABASE_URL": "postgresql://briefbot:pw@127.0.0.1:9/briefbot"},
            "DATABASE_URL: the database does not answer",
        ),
        ({"BRIEFBOT_DATA_DIR": "not-a-folder"}, "BRIEFBOT_DATA_DIR: not-a-folder is a file"),
        ({"TELEGRAM_BOT_TOKEN": "654321:" + "x" * 30}, "TELEGRAM_BOT_TOKEN: the Bot API rejected"),
    ],
    ids=["database-down", "data-dir-is-a-file", "wrong-token"],
)
async def test_a_fault_at_start_is_one_line_naming_the_setting_and_exit_2(
    emulator: Emulator, tmp_path: Path, env: dict[str, str], message: str
) -> None:
    """No traceback: under systemd that is a restart loop, and exit 2 stops it."""
    (tmp_path / "not-a-folder").write_text("a file")
    settings = {"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_BASE_URL": emulator.base_url}
    bot = await start_bot(clean_env(**{**settings, **env}), tmp_path)
    async with asyncio.timeout(60):
        _, stderr = await bot.communicate()
    assert bot.returncode == 2
    errors = [line for line in stderr.decode().splitlines() if " ERROR " in line]
    assert len(errors) == 1
    assert message in errors[0]
    assert "Traceback" not in stderr.decode()
    assert emulator.sent == []


@pytest.mark.parametrize("command", [["chat"], []], ids=["chat", "no-command-no-token"])
def test_chat_in_the_terminal(command: list[str], tmp_path: Path) -> None:
    result = subprocess.run(
        [BRIEFBOT, *command], env=clean_env(), cwd=tmp_path,
        input="who is kistafeen\n1\nprice of gold today\n/quit\n",
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Briefings on Pakistan–Kazakhstan relations" in out  # the /start welcome
    assert "Yerzhan Kistafin — Kazakhstan's Ambassador to Pakistan" in out
    assert "[1] 📚 Sources  [2] who is Marat Karabayev" in out
    assert "Alliance News, by Shabbir Hussain, 27 May 2025" in out  # after pressing 1
    assert "I don't have that" in out
    assert "<b>" not in out  # formatting rendered, not shown as tags
    assert "emulator refused" not in result.stderr


def test_the_terminal_chat_redraws_a_changed_card_and_logs_to_a_file(tmp_path: Path) -> None:
    """Pressing "Weekly" edits the settings card in place: the chat shows it again, changed;
    pressing it twice (Telegram: "not modified") writes nothing into the conversation."""
    result = subprocess.run(
        [BRIEFBOT, "chat"], env=clean_env(), cwd=tmp_path,
        input="/subscribe\n2\n2\n/quit\n", capture_output=True, text=True, timeout=120,
        check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    before, _, after = result.stdout.partition("(Saved)")
    assert "When: daily at 08:00" in before
    assert "When: every Monday at 08:00 (Asia/Karachi)" in after
    assert after.count("Your digest") == 1  # the second press changed nothing to redraw
    assert (result.stdout + result.stderr).count("WARNING") == 0
    assert (tmp_path / "data" / "chat.log").exists()
