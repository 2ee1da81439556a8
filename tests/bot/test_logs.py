import io
import logging

from bot.logs import REDACTED, setup_logging

TOKEN = "123456:TEST-token-for-the-emulator-only"


def test_the_token_is_redacted_from_every_line_and_traceback() -> None:
    stream = io.StringIO()
    setup_logging(TOKEN, stream=stream)
    log = logging.getLogger("some.library")
    log.info("POST https://api.telegram.org/bot%s/getMe", TOKEN)
    try:
        raise ConnectionError(f"cannot reach https://api.telegram.org/bot{TOKEN}/sendMessage")
    except ConnectionError:
        log.exception("request failed")
    output = stream.getvalue()
    assert TOKEN not in output
    assert output.count(REDACTED) == 2  # in the message and in the exception
    assert logging.getLogger("httpx").getEffectiveLevel() == logging.WARNING
