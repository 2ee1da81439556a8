"""Schedules: /subscribe arguments, and when digests are due across zones and DST."""

from datetime import UTC, datetime, time

import pytest

from bot.schedule import Schedule, ScheduleError, next_run, parse, runs_between

TOPICS = {
    "visits": "Visits",
    "trade": "Trade",
    "visas": "Visas",
    "corridors": "Corridors and railways",
    "forums": "Business forums",
    "digital": "Digital and IT",
}
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
    "typed",
    ["7:30", "07:30", "0730", "730", "7.30", "7h30", "7:30am", "7:30 am", "7.30 A.M."],
)
def test_a_time_however_typed(typed: str) -> None:
    assert parse(["daily", *typed.split()], DEFAULT, TOPICS).send_time == time(7, 30)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("7am", time(7)),
        ("7 pm", time(19)),
        ("12am", time(0)),
        ("12pm", time(12)),
        ("18", time(18)),
    ],
)
def test_hours_with_or_without_am_pm(typed: str, expected: time) -> None:
    assert parse(typed.split(), DEFAULT, TOPICS).send_time == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("business forums", ("forums",)),
        ("Business Forums, visas", ("forums", "visas")),
        ("Digital and IT and trade", ("digital", "trade")),
        ("corridors and railways,VISAS", ("corridors", "visas")),
        ("visas, visas", ("visas",)),
    ],
)
def test_topics_as_the_buttons_name_them(typed: str, expected: tuple[str, ...]) -> None:
    assert parse(["topics", *typed.split()], DEFAULT, TOPICS).topics == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("timezone asia/almaty", "Asia/Almaty"),
        ("timezone Karachi", "Asia/Karachi"),
        ("tz ASTANA", "Asia/Almaty"),
        ("timezone Islamabad", "Asia/Karachi"),
        ("timezone new york", "America/New_York"),
        ("timezone utc", "UTC"),
        ("london", "Europe/London"),  # a city alone, without the keyword
    ],
)
def test_time_zones_by_name_in_any_case_or_by_city(typed: str, expected: str) -> None:
    assert parse(typed.split(), DEFAULT, TOPICS).timezone == expected


@pytest.mark.parametrize(
    ("args", "problem"),
    [
        (["daily", "25:00"], "is not a time like 07:30 or 7am"),
        (["daily", "13pm"], "is not a time like 07:30 or 7am"),
        (["daily", "7:75"], "is not a time like 07:30 or 7am"),
        (["weekly", "someday"], "is not a day of the week"),
        (["topics", "gold"], "unknown topic gold; choose from visits, trade, visas"),
        (["topics", "business", "gold"], "unknown topic business, gold"),
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
