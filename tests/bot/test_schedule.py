"""Schedules: /subscribe arguments, and when digests are due across zones and DST."""

from datetime import UTC, datetime, time

import pytest

from bot.schedule import Schedule, ScheduleError, next_run, parse, runs_between

TOPICS = ["visits", "trade", "visas", "corridors"]
DEFAULT = Schedule(timezone="Asia/Karachi")
VISITS_TRADE = Schedule(timezone="Asia/Karachi", topics=("visits", "trade"))


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ([], DEFAULT),
        (["daily", "07:15"], Schedule(timezone="Asia/Karachi", send_time=time(7, 15))),
        (["weekly", "Monday", "09:30"],
         Schedule(timezone="Asia/Karachi", frequency="weekly", weekday=0, send_time=time(9, 30))),
        (["weekly", "fri"], Schedule(timezone="Asia/Karachi", frequency="weekly", weekday=4)),
        (["topics", "visits,trade"], VISITS_TRADE),
        (["topics", "visits", "trade"], VISITS_TRADE),
        (["timezone", "Europe/London", "18:00"],
         Schedule(timezone="Europe/London", send_time=time(18, 0))),
    ],
)  # fmt: skip
def test_subscribe_arguments(args: list[str], expected: Schedule) -> None:
    assert parse(args, DEFAULT, TOPICS) == expected


def test_topics_all_clears_the_choice() -> None:
    chosen = Schedule(timezone="Asia/Karachi", topics=("visas",))
    assert parse(["topics", "all"], chosen, TOPICS).topics == ()


@pytest.mark.parametrize(
    ("args", "problem"),
    [
        (["daily", "25:00"], "is not a time like 08:00"),
        (["weekly", "someday"], "is not a day of the week"),
        (["topics", "gold"], "unknown topic gold; choose from"),
        (["timezone", "Mars/Olympus"], "is not a time zone"),
        (["hourly"], "I don't understand “hourly”"),
    ],
)
def test_nonsense_is_named(args: list[str], problem: str) -> None:
    with pytest.raises(ScheduleError, match=problem):
        parse(args, DEFAULT, TOPICS)


def test_daily_at_eight_in_two_zones() -> None:
    now = datetime(2026, 11, 22, 0, 0, tzinfo=UTC)
    karachi = Schedule(timezone="Asia/Karachi")  # UTC+5
    almaty = Schedule(timezone="Asia/Almaty")  # UTC+5 since 2024
    london = Schedule(timezone="Europe/London")  # UTC+0 in November
    assert next_run(karachi, now) == datetime(2026, 11, 22, 3, 0, tzinfo=UTC)
    assert next_run(almaty, now) == datetime(2026, 11, 22, 3, 0, tzinfo=UTC)
    assert next_run(london, now) == datetime(2026, 11, 22, 8, 0, tzinfo=UTC)


def test_weekly_runs_on_its_day_only() -> None:
    monday = Schedule(timezone="Asia/Karachi", frequency="weekly", weekday=0)
    runs = runs_between(
        monday, datetime(2026, 11, 22, tzinfo=UTC), datetime(2026, 12, 8, tzinfo=UTC)
    )
    assert [r.date().isoformat() for r in runs] == ["2026-11-23", "2026-11-30", "2026-12-07"]


def test_eight_oclock_stays_eight_oclock_across_daylight_saving() -> None:
    london = Schedule(timezone="Europe/London")
    before = next_run(london, datetime(2026, 3, 28, 12, 0, tzinfo=UTC))  # Saturday, GMT
    after = next_run(london, datetime(2026, 3, 29, 12, 0, tzinfo=UTC))  # Sunday, BST
    assert before == datetime(2026, 3, 29, 7, 0, tzinfo=UTC)  # 08:00 BST (changed at 01:00)
    assert after == datetime(2026, 3, 30, 7, 0, tzinfo=UTC)


def test_a_repeated_hour_runs_once() -> None:
    night = Schedule(timezone="Europe/London", send_time=time(1, 30))  # 01:30 twice on 25 Oct
    runs = runs_between(
        night, datetime(2026, 10, 24, 12, tzinfo=UTC), datetime(2026, 10, 26, tzinfo=UTC)
    )
    assert runs == [datetime(2026, 10, 25, 0, 30, tzinfo=UTC)]
