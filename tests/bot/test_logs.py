import io
import logging

from bot.logs import REDACTED, Repeats, setup_logging

TOKEN = "123456:TEST-token-for-the-emulator-only"


def test_the_token_is_redacted_from_every_line_and_traceback() -> None:
    stream = io.StringIO()
    setup_logging(TOKEN, stream=stream)
    log = logging.getLogger("some.library")
    log.info("POST https://api.telegram.org/bot%s/getMe", TOKEN)
    log.info("GET /proxy?to=https%%3A%%2F%%2Fapi.telegram.org%%2Fbot%s", TOKEN.replace(":", "%3A"))
    try:
        raise ConnectionError(f"cannot reach https://api.telegram.org/bot{TOKEN}/sendMessage")
    except ConnectionError:
        log.exception("request failed")
    output = stream.getvalue()
    assert TOKEN not in output
    assert TOKEN.split(":")[1] not in output  # URL-encoded, too
    assert output.count(REDACTED) == 3  # in the messages and in the exception
    assert logging.getLogger("httpx").getEffectiveLevel() == logging.WARNING


def test_a_line_repeated_in_a_flood_is_written_a_few_times_then_counted() -> None:
    stream = io.StringIO()
    setup_logging(TOKEN, stream=stream)
    log = logging.getLogger("bot.web")
    for _ in range(1000):
        log.warning("%d connections open: a new one is refused", 256)
    log.warning("something else")
    lines = stream.getvalue().splitlines()
    assert sum("a new one is refused" in line for line in lines) == 5
    assert "something else" in lines[-1]


def test_after_the_window_the_next_line_says_how_many_were_left_out() -> None:
    now = [0.0]
    repeats = Repeats(burst=2, window=60, clock=lambda: now[0])
    records = [
        logging.LogRecord("db", logging.ERROR, __file__, 1, "database down: %s", ("x",), None)
        for _ in range(6)
    ]
    assert [repeats.filter(r) for r in records[:5]] == [True, True, False, False, False]
    now[0] = 61.0
    assert repeats.filter(records[5])
    assert records[5].getMessage() == "database down: x [3 more like this left out]"
