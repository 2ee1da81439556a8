"""Draining the outbox into Telegram within its limits.

The fan-out paces itself: at most ``send_rate`` messages a second overall, one a second per
private chat and one every three seconds per group (Telegram's 20 a minute). Replies to
users go through python-telegram-bot's AIORateLimiter instead; the fan-out bypasses it and
python-telegram-bot's object model (``JsonData``): at a thousand messages a second, building
a ``Message`` for each answer cost more CPU than sending the message. What Telegram answers
decides each row's fate:

- 429: every sender waits ``retry_after``, then the part is tried again (a few times, then
  the row is put back for later);
- 403 (blocked, kicked) or 400 "chat not found": the subscription is stopped, the row dropped;
- 400 "group chat was upgraded" (``migrate_to_chat_id``): the subscription and its rows move
  to the supergroup's id and are sent there;
- 5xx and connections that could not be made: retried with backoff (the request layer
  retries first), then ``failed``;
- no answer to a request that went out (``DeliveryUnknown``): Telegram may have delivered
  it, so the part counts as sent and is never repeated; the row is counted ``ambiguous``.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import os
import secrets
import socket
import time
from collections.abc import Callable
from datetime import datetime, timedelta

from aiolimiter import AsyncLimiter
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.constants import ParseMode
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    NetworkError,
    RetryAfter,
    TelegramError,
)

from bot.metrics import Metrics
from bot.request import DeliveryUnknown, JsonData
from bot.storage.outbox import Buttons, OutboxStore, Part, Pending

_LOGGER = logging.getLogger(__name__)
PER_CHAT_INTERVAL = 1.0  # seconds between two messages to one private chat
PER_GROUP_INTERVAL = 3.0  # to one group: Telegram allows 20 a minute there
MAX_ATTEMPTS = 5
STOP_GRACE_SECONDS = 10.0  # for the parts in flight to be answered and recorded at shutdown
CLAIM = timedelta(seconds=15)  # how long a claimed row is this process's; renewed meanwhile
# Rows claimed at a time: enough that the senders never wait for the next claim, few enough
# that other replicas find work too.
CLAIM_BATCH = 256
RECORD_RETRY_FIRST = 0.2  # seconds before trying a failed record again, then doubled
RECORD_RETRY_MAX = 5.0
_GONE = ("chat not found", "user is deactivated", "bot was kicked", "group chat was deleted")


@functools.lru_cache(maxsize=256)
def _markup(buttons: Buttons) -> dict[str, object]:
    """A part's buttons as Telegram's markup, made once for all the subscribers sharing a
    digest."""
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(label, callback_data=data) for label, data in row]
            for row in buttons
        ]
    ).to_dict()


def _message(chat_id: int, part: Part) -> JsonData:
    payload: dict[str, object] = {
        "chat_id": chat_id,
        "text": part.text,
        "parse_mode": ParseMode.HTML.value,
        "link_preview_options": {"is_disabled": True},
    }
    if part.buttons:
        payload["reply_markup"] = _markup(part.buttons)
    return JsonData(payload)


class _Acknowledgements:
    """Group commit: each sender waits for its part to be recorded before going on, and all
    parts acknowledged while one commit runs go into the next. A crash can repeat only what
    Telegram accepted in the last few milliseconds before it.

    When the database cannot record them (down, or another writer holding a SQLite file),
    the parts stay here, the commit is tried again until the database answers, and nothing
    more is sent meanwhile (``recording`` is clear): putting them back as unsent would send
    them twice."""

    def __init__(self, store: OutboxStore, clock: Callable[[], datetime]) -> None:
        self.store = store
        self.clock = clock
        self.waiting: list[tuple[tuple[int, int, bool], asyncio.Future[None]]] = []
        self.flushing: asyncio.Task[None] | None = None
        self.recording = asyncio.Event()
        self.recording.set()

    async def record(self, row_id: int, parts_sent: int, done: bool) -> None:
        future = asyncio.get_running_loop().create_future()
        self.waiting.append(((row_id, parts_sent, done), future))
        if self.flushing is None:
            self.flushing = asyncio.create_task(self._flush())
        await future

    async def _flush(self) -> None:
        pause = RECORD_RETRY_FIRST
        try:
            while self.waiting:
                batch, self.waiting = self.waiting, []
                try:
                    await self.store.parts_sent([item for item, _ in batch], self.clock())
                except Exception as error:
                    self.waiting = batch + self.waiting
                    if self.recording.is_set():
                        self.recording.clear()
                        _LOGGER.error(
                            "cannot record sent parts (%s); sending paused until the database "
                            "answers", str(error).splitlines()[0][:200],
                        )  # fmt: skip
                    await asyncio.sleep(pause)
                    pause = min(pause * 2, RECORD_RETRY_MAX)
                    continue
                if not self.recording.is_set():
                    _LOGGER.warning("the database answers again: sending resumes")
                    self.recording.set()
                pause = RECORD_RETRY_FIRST
                for _, future in batch:
                    future.set_result(None)
        finally:
            self.flushing = None


class Sender:
    """One background task feeding a pool of workers; ``wake()`` after enqueueing."""

    def __init__(
        self,
        bot: Bot,
        store: OutboxStore,
        *,
        send_rate: float,
        clock: Callable[[], datetime],
        metrics: Metrics | None = None,
        idle_poll: float = 1.0,
    ) -> None:
        self.bot = bot
        self.metrics = metrics
        # Who holds the rows this process claims; a new name each start, so a restarted
        # process takes its predecessor's rows only once their claim has run out.
        self.owner = f"{socket.gethostname()[:40]}:{os.getpid()}:{secrets.token_hex(3)}"
        # Claims are for replicas sharing PostgreSQL; a SQLite file has one process.
        self.shared = store.engine.dialect.name == "postgresql"
        self.store = store
        self.clock = clock
        self.idle_poll = idle_poll
        self.limiter = AsyncLimiter(send_rate, 1)
        self.workers = max(4, min(16, int(send_rate)))
        self.queue: asyncio.Queue[Pending] = asyncio.Queue(maxsize=self.workers * 4)
        self.in_hand: set[int] = set()
        self.chat_free_at: dict[int, float] = {}
        self.paused_until = 0.0
        self.acknowledgements = _Acknowledgements(store, clock)
        self._wake = asyncio.Event()
        self._tasks: list[asyncio.Task[None]] = []
        self._sending: set[asyncio.Task[None]] = set()
        self._stopping = False

    def wake(self) -> None:
        self._wake.set()

    def start(self) -> None:
        self._tasks = [asyncio.create_task(self._feed(), name="outbox-feed")]
        if self.shared:
            self._tasks.append(asyncio.create_task(self._keep_claims(), name="outbox-claims"))
        self._tasks += [
            asyncio.create_task(self._work(), name=f"outbox-worker-{n}")
            for n in range(self.workers)
        ]

    async def stop(self) -> None:
        """Stop taking rows, let the parts in flight finish and be recorded (so a restart
        repeats none of them), then end. Unsent parts stay pending for the next start."""
        if not self._tasks:
            return
        self._stopping = True
        sending = [task for task in self._tasks if task in self._sending]
        if sending:
            await asyncio.wait(sending, timeout=STOP_GRACE_SECONDS)
        if unrecorded := len(self.acknowledgements.waiting):
            _LOGGER.error("%d sent parts could not be recorded; a restart sends them again",
                          unrecorded)  # fmt: skip
        if self.acknowledgements.flushing is not None:
            self._tasks.append(self.acknowledgements.flushing)
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._tasks = []
        try:
            if self.shared:
                await self.store.release(self.owner)
        except Exception:
            _LOGGER.exception("could not release claimed outbox rows; they free themselves")

    async def idle(self) -> None:
        """Until nothing is due or in hand: for tests and benchmarks, which must know when
        a fan-out is over."""
        while True:
            if not self.in_hand and not await self.store.due(self.clock(), 1):
                return
            await asyncio.sleep(0.02)

    async def _keep_claims(self) -> None:
        while True:
            await asyncio.sleep(CLAIM.total_seconds() / 3)
            try:
                await self.store.renew(self.owner, self.clock() + CLAIM)
            except Exception:
                _LOGGER.exception("could not renew outbox claims; trying again")

    async def _feed(self) -> None:
        while True:
            rows = []
            try:
                if self.shared:
                    rows = await self.store.claim(
                        self.owner, self.clock(), CLAIM_BATCH, CLAIM, skip=self.in_hand
                    )
                else:
                    rows = await self.store.due(self.clock(), CLAIM_BATCH, skip=self.in_hand)
            except Exception:
                _LOGGER.exception("could not read the outbox; trying again")
            for row in rows:
                self.in_hand.add(row.id)
                await self.queue.put(row)
            if len(rows) < CLAIM_BATCH:
                self._wake.clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), self.idle_poll)

    async def _work(self) -> None:
        task = asyncio.current_task()
        assert task is not None
        while not self._stopping:
            row = await self.queue.get()
            self._sending.add(task)
            try:
                await self._deliver(row)
            except Exception:
                _LOGGER.exception("outbox row %d: unexpected failure; will retry", row.id)
            finally:
                self._sending.discard(task)
                self.in_hand.discard(row.id)
                self.queue.task_done()

    async def _slot(self, chat_id: int) -> None:
        """Wait for this chat's next free second and for a share of the overall rate."""
        now = time.monotonic()
        start = max(now, self.chat_free_at.get(chat_id, 0.0), self.paused_until)
        interval = PER_CHAT_INTERVAL if chat_id > 0 else PER_GROUP_INTERVAL
        self.chat_free_at[chat_id] = start + interval
        if len(self.chat_free_at) > 50_000:
            self.chat_free_at = {c: t for c, t in self.chat_free_at.items() if t > now}
        if start > now:
            await asyncio.sleep(start - now)
        await self.limiter.acquire()

    async def _deliver(self, row: Pending) -> None:
        outcome = "sent"
        number = row.parts_sent
        throttled = 0
        while number < len(row.parts):
            if self._stopping:
                return
            part = row.parts[number]
            await self.acknowledgements.recording.wait()
            await self._slot(row.chat_id)
            try:
                await self.bot.request.post(
                    f"{self.bot.base_url}/sendMessage", _message(row.chat_id, part)
                )
            except DeliveryUnknown as error:
                _LOGGER.warning(
                    "outbox row %d part %d: %s; taken as sent, not repeated",
                    row.id, number + 1, error.message,
                )  # fmt: skip
                outcome = "ambiguous"
            except RetryAfter as error:
                wait = error.retry_after
                seconds = wait.total_seconds() if isinstance(wait, timedelta) else float(wait)
                self.paused_until = max(self.paused_until, time.monotonic() + seconds)
                _LOGGER.warning("429 from Telegram: pausing the fan-out for %.0f s", seconds)
                throttled += 1
                if throttled < MAX_ATTEMPTS:
                    continue  # the same part again, once every sender has waited
                due = self.clock() + timedelta(seconds=seconds)
                await self.store.retry_later(row.id, row.attempts, due, "429")
                return
            except Forbidden as error:
                await self._gone(row, error)
                return
            except ChatMigrated as error:
                # Nothing was sent: the row, now the supergroup's, goes out on the next pass.
                new = error.new_chat_id
                _LOGGER.info(
                    "chat %d is now supergroup %d: its subscription moves", row.chat_id, new
                )
                await self.store.move_chat(row.chat_id, new, self.clock())
                self.wake()
                return
            except BadRequest as error:
                if any(reason in error.message.lower() for reason in _GONE):
                    await self._gone(row, error)
                else:
                    _LOGGER.error("outbox row %d refused: %s", row.id, error.message)
                    await self.store.give_up(row.id, "failed", error.message, self.clock())
                    self._count(row, "failed")
                return
            except (NetworkError, TelegramError) as error:
                await self._failed_attempt(row, error)
                return
            number += 1
            await self.acknowledgements.record(row.id, number, number == len(row.parts))
        self._count(row, outcome)

    def _count(self, row: Pending, outcome: str) -> None:
        if self.metrics:
            self.metrics.messages.labels(row.kind, outcome).inc()

    async def _gone(self, row: Pending, error: TelegramError) -> None:
        _LOGGER.info("chat %d is gone (%s): subscription stopped", row.chat_id, error.message)
        await self.store.drop_chat(row.chat_id, error.message, self.clock())
        self._count(row, "dropped")

    async def _failed_attempt(self, row: Pending, error: TelegramError) -> None:
        attempts = row.attempts + 1
        if attempts >= MAX_ATTEMPTS:
            _LOGGER.error("outbox row %d failed %d times: %s", row.id, attempts, error.message)
            await self.store.give_up(row.id, "failed", error.message, self.clock())
            self._count(row, "failed")
            return
        backoff = timedelta(seconds=min(300, 2**attempts))
        _LOGGER.warning("outbox row %d: %s; retry in %s", row.id, error.message, backoff)
        await self.store.retry_later(row.id, attempts, self.clock() + backoff, error.message)
