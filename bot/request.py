"""The HTTP client to the Bot API: python-telegram-bot's, retrying what is worth retrying.

429 answers are the rate limiter's business (it waits ``retry_after`` and retries); this
retries server errors (5xx) and timeouts, with exponential backoff, a few times.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from telegram.error import NetworkError, TimedOut
from telegram.request import HTTPXRequest, RequestData

_LOGGER = logging.getLogger(__name__)


class RetryingRequest(HTTPXRequest):
    def __init__(self, *, retries: int = 3, backoff: float = 0.5, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.retries = retries
        self.backoff = backoff

    async def do_request(
        self, url: str, method: str, request_data: RequestData | None = None, **kwargs: Any
    ) -> tuple[int, bytes]:
        name = url.rsplit("/", 1)[-1]  # the API method, never the token before it
        for attempt in range(self.retries + 1):
            last = attempt == self.retries
            try:
                status, payload = await super().do_request(url, method, request_data, **kwargs)
            except (TimedOut, NetworkError) as error:
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
