"""The HTTP client to the Bot API: python-telegram-bot's request interface on aiohttp,
retrying what is worth retrying.

python-telegram-bot ships an httpx client; on the fan-out benchmark httpx's connection pool
cost about 2 ms of CPU per message, capping the bot near 340 messages a second on two cores.
aiohttp (already here for the webhook server and the emulator) does the same job for a
fraction of that, and python-telegram-bot still builds the requests and maps every error.

429 answers are the rate limiter's business (it waits ``retry_after`` and retries); this
retries, with exponential backoff, a few times: a connection that could not be made, a 5xx
answer (the Bot API did not do what was asked), and a lost answer of a call that is safe to
repeat. A ``sendMessage`` whose answer was lost (read timeout, connection dropped after the
request went out) may have been delivered: repeating it could send the message twice, so it
raises ``DeliveryUnknown`` and the caller decides (the outbox never repeats it).
"""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any

import aiohttp
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

_LOGGER = logging.getLogger(__name__)
# Calls that change nothing when repeated: reads, settings, edits to the same content,
# answers to a query (a repeat is refused as too old). Anything else, sendMessage above all,
# is repeated only when the request surely never left this machine.
_REPEATABLE = ("get", "set", "delete", "edit", "answer")


class DeliveryUnknown(TimedOut):
    """The request went out and no answer came back: Telegram may have done it."""


class _NotSent(NetworkError):
    """The connection to the Bot API could not be made: nothing reached it."""


# RequestData is marked final, but python-telegram-bot hands it untouched to ``do_request``
# below, which reads only ``contains_files`` and ``parameters``.
class JsonData(RequestData):  # type: ignore[misc]
    """Parameters already in the form they go on the wire, sent as they are: for the
    fan-out, where building python-telegram-bot's objects around each message (and parsing
    the ``Message`` it answers with) costs more CPU than sending it."""

    __slots__ = ("_payload",)

    def __init__(self, payload: dict[str, Any]) -> None:
        super().__init__()
        self._payload = payload

    @property
    def parameters(self) -> dict[str, Any]:
        return self._payload

    @property
    def json_parameters(self) -> dict[str, str]:
        return {
            name: value if isinstance(value, str) else json.dumps(value)
            for name, value in self._payload.items()
        }


def _repeatable(method: str) -> bool:
    return method.lower().startswith(_REPEATABLE)


class AiohttpRequest(BaseRequest):
    def __init__(
        self,
        *,
        connection_pool_size: int = 16,
        read_timeout: float | None = 10.0,
        connect_timeout: float = 5.0,
        retries: int = 3,
        backoff: float = 0.5,
    ) -> None:
        self.pool_size = connection_pool_size
        self._read_timeout = read_timeout
        self.connect_timeout = connect_timeout
        self.retries = retries
        self.backoff = backoff
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float | None:
        return self._read_timeout

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self.pool_size),
                headers={"User-Agent": self.USER_AGENT},
            )

    async def shutdown(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        # python-telegram-bot passes a number, None, or its private "not given" marker:
        # anything but a number or None means the default set here.
        read_timeout: object = None,
        write_timeout: object = None,
        connect_timeout: object = None,
        pool_timeout: object = None,
    ) -> tuple[int, bytes]:
        name = url.rsplit("/", 1)[-1]  # the API method, never the token before it
        for attempt in range(self.retries + 1):
            last = attempt == self.retries
            try:
                status, payload = await self._once(
                    url, method, request_data, read_timeout, connect_timeout
                )
            except (TimedOut, NetworkError) as error:
                if not isinstance(error, _NotSent) and not _repeatable(name):
                    raise DeliveryUnknown(f"{name}: no answer ({error.message})") from error
                if last:
                    raise
                _LOGGER.warning(
                    "%s failed (%s); retry %d", name, type(error).__name__, attempt + 1
                )
            else:
                if status < 500 or last:
                    return status, payload
                _LOGGER.warning("%s answered %d; retry %d", name, status, attempt + 1)
            await asyncio.sleep(self.backoff * 2**attempt)
        raise AssertionError("unreachable")

    async def _once(
        self,
        url: str,
        method: str,
        request_data: RequestData | None,
        read_timeout: object,
        connect_timeout: object,
    ) -> tuple[int, bytes]:
        if self._session is None:
            raise RuntimeError("AiohttpRequest is not initialized")
        data: aiohttp.FormData | bytes | None = None
        headers = {}
        if request_data is not None and request_data.contains_files:
            data = aiohttp.FormData(request_data.json_parameters)
            for field, value in (request_data.multipart_data or {}).items():
                filename, content, mime = value if len(value) == 3 else (None, *value)
                data.add_field(field, content, filename=filename, content_type=mime)
        elif request_data is not None:  # JSON: much cheaper to encode than a form
            data = json.dumps(request_data.parameters).encode()
            headers["Content-Type"] = "application/json"
        timeout = aiohttp.ClientTimeout(
            sock_connect=(
                connect_timeout
                if isinstance(connect_timeout, float | int | None)
                else self.connect_timeout
            ),
            sock_read=(
                read_timeout
                if isinstance(read_timeout, float | int | None)
                else self._read_timeout
            ),
        )
        try:
            async with self._session.request(
                method, url, data=data, headers=headers, timeout=timeout
            ) as reply:
                return reply.status, await reply.read()
        except (aiohttp.ClientConnectorError, aiohttp.ConnectionTimeoutError) as error:
            raise _NotSent(f"aiohttp.{type(error).__name__}: {error}") from error
        except TimeoutError as error:
            raise TimedOut from error
        except aiohttp.ClientError as error:
            raise NetworkError(f"aiohttp.{type(error).__name__}: {error}") from error
