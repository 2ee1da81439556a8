"""What operators see: /healthz, /metrics, JSON log lines with no token and no user text."""

from __future__ import annotations

import asyncio
import dataclasses
import json
import signal
import socket
from pathlib import Path

import pytest
from aiohttp import ClientSession
from telegram.ext import Application

from bot.app import build_application, polling
from bot.context import BotData
from bot.emulator import Emulator
from bot.settings import Settings
from bot.storage.database import connect
from bot.web import SECRET_HEADER, Server, web_app
from tests.bot.conftest import TOKEN, Chat
from tests.bot.test_run import SECRET_PART, clean_env, free_port, start_bot

PRIVATE_QUESTION = "is the zebra-crossing-7731 treaty signed"


async def get(url: str) -> tuple[int, str]:
    async with ClientSession() as session, session.get(url) as response:
        return response.status, await response.text()


async def test_polling_bot_serves_health_and_metrics_and_logs_json(
    emulator: Emulator, tmp_path: Path
) -> None:
    port = free_port()
    env = clean_env(
        TELEGRAM_BOT_TOKEN=TOKEN,
        TELEGRAM_API_BASE_URL=emulator.base_url,
        BRIEFBOT_DATA_DIR=str(tmp_path),
        BRIEFBOT_METRICS_LISTEN=f"127.0.0.1:{port}",
        BRIEFBOT_LOG_FORMAT="json",
    )
    bot = await start_bot(env, tmp_path)
    try:
        async with asyncio.timeout(30):
            await emulator.wait_for(lambda: bool(emulator.commands))
        status, body = await get(f"http://127.0.0.1:{port}/healthz")
        assert (status, body) == (200, "ok: 5 articles\n")
        user = emulator.private_chat(9, "Sana")
        emulator.send_text(user, PRIVATE_QUESTION)
        emulator.send_text(user, "/subscribe")
        await emulator.wait_for(lambda: len(emulator.messages_to(9)) == 2)
        status, metrics = await get(f"http://127.0.0.1:{port}/metrics")
        assert status == 200
        for line in (
            'briefbot_updates_total{kind="message"} 1.0',
            'briefbot_updates_total{kind="command"} 1.0',
            "briefbot_answer_seconds_count 1.0",
            "briefbot_kb_articles 5.0",
            "briefbot_kb_as_of_timestamp_seconds 1.7619552e+09",  # 1 November 2025
        ):
            assert line in metrics.splitlines()
    finally:
        bot.send_signal(signal.SIGTERM)
        _, stderr = await bot.communicate()
    assert bot.returncode == 0
    lines = stderr.decode().splitlines()
    entries = [json.loads(line) for line in lines]  # every line is one JSON object
    assert {"time", "level", "logger", "message"} <= set(entries[0])
    assert any(e["message"] == "Application started" for e in entries)
    log = stderr.decode()
    assert SECRET_PART not in log
    assert "zebra-crossing" not in log


async def test_healthz_says_503_when_the_database_does_not_answer(
    emulator: Emulator, settings: Settings
) -> None:
    port = free_port()
    settings = dataclasses.replace(
        settings, api_base_url=emulator.base_url, metrics_listen=("127.0.0.1", port)
    )
    async with polling(build_application(settings), poll_timeout=0.25) as application:
        data: BotData = application.bot_data
        assert (await get(f"http://127.0.0.1:{port}/healthz"))[0] == 200
        working = data.database
        data.database = connect("postgresql+asyncpg://nobody@127.0.0.1:9/nothing")
        try:
            status, body = await get(f"http://127.0.0.1:{port}/healthz")
        finally:
            await data.database.dispose()
            data.database = working
    assert status == 503
    assert body.startswith("database does not answer")


async def test_answer_latency_is_measured_per_question(
    chat: Chat, application: Application
) -> None:
    await chat.say("trade target")
    await chat.say("who is Kistafin")
    data: BotData = application.bot_data
    count = data.metrics.registry.get_sample_value("briefbot_answer_seconds_count")
    assert count == 2


async def test_a_port_in_use_is_one_line_naming_the_setting(
    emulator: Emulator, tmp_path: Path
) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        env = clean_env(
            TELEGRAM_BOT_TOKEN=TOKEN,
            TELEGRAM_API_BASE_URL=emulator.base_url,
            BRIEFBOT_DATA_DIR=str(tmp_path),
            BRIEFBOT_METRICS_LISTEN=f"127.0.0.1:{port}",
        )
        bot = await start_bot(env, tmp_path)
        _, stderr = await bot.communicate()
    assert bot.returncode == 2
    last = stderr.decode().splitlines()[-1]
    assert f"ERROR briefbot: BRIEFBOT_METRICS_LISTEN: cannot listen on 127.0.0.1:{port}" in last
    assert "Traceback" not in stderr.decode()


async def closed_by_server(reader: asyncio.StreamReader) -> bool:
    """Whether the server closes the connection (within a few seconds) without a reply."""
    async with asyncio.timeout(5):
        return await reader.read() == b""


async def test_idle_and_half_sent_connections_are_closed(settings: Settings) -> None:
    """Left open, a thousand of them took every file descriptor the process had."""
    server = Server(web_app(build_application(settings)), "127.0.0.1", 0, idle_seconds=0.5)
    await server.start()
    try:
        idle_reader, idle = await asyncio.open_connection("127.0.0.1", server.port)
        reader, half = await asyncio.open_connection("127.0.0.1", server.port)
        half.write(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")  # and never the blank line
        assert await closed_by_server(reader)
        assert await closed_by_server(idle_reader)
        for writer in (idle, half):
            writer.close()
            await writer.wait_closed()
        status, _ = await get(f"http://127.0.0.1:{server.port}/healthz")
        assert status == 503  # answering: the KB of this unstarted bot is not loaded
    finally:
        await server.stop()


async def test_past_the_connection_cap_a_new_connection_is_closed_at_once(
    settings: Settings,
) -> None:
    server = Server(web_app(build_application(settings)), "127.0.0.1", 0, max_connections=3)
    await server.start()
    try:
        held = [await asyncio.open_connection("127.0.0.1", server.port) for _ in range(3)]
        await asyncio.sleep(0)
        reader, refused = await asyncio.open_connection("127.0.0.1", server.port)
        assert await closed_by_server(reader)
        assert server.refused == 1
        for _, writer in [*held, (reader, refused)]:
            writer.close()
            await writer.wait_closed()
        async with asyncio.timeout(5):
            while True:  # the server lets go of them, and answers again
                try:
                    status, _ = await get(f"http://127.0.0.1:{server.port}/healthz")
                    break
                except OSError:
                    await asyncio.sleep(0.05)
        assert status == 503
    finally:
        await server.stop()


async def test_the_webhook_answers_4xx_to_anything_that_is_not_an_update(
    settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    settings = dataclasses.replace(settings, webhook_secret="s3cret")
    application = build_application(settings)
    server = Server(web_app(application, "/hook"), "127.0.0.1", 0)
    await server.start()
    url = f"http://127.0.0.1:{server.port}/hook"
    try:
        async with ClientSession() as session:
            wrong = {SECRET_HEADER: "sécret"}
            async with session.post(url, data=b"{}", headers=wrong) as response:
                assert response.status == 403
            for body in (b"null", b"[]", b"123", b'{"message":"x"}', b"{", b"\xff"):
                headers = {SECRET_HEADER: "s3cret", "Content-Type": "application/json"}
                async with session.post(url, data=body, headers=headers) as response:
                    assert response.status == 400, body
                    assert await response.text() == "not a Telegram update\n"
    finally:
        await server.stop()
    assert application.update_queue.empty()
    assert "Traceback" not in caplog.text
    assert caplog.text.count("webhook: not a Telegram update") == 6
