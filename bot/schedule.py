"""Digest schedules: what ``/subscribe ...`` means, and when a schedule is due.

Times are wall-clock times in the subscriber's zone, so 08:00 stays 08:00 across daylight
saving changes; a time that happens twice (clocks going back) runs once, and one that does
not exist that day (clocks jumping forward) runs as late as the jump (02:30 becomes 03:30).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
USAGE = (
    "Try /subscribe, /subscribe daily 08:00, /subscribe weekly monday 09:30, "
    "/subscribe topics visits,trade or /subscribe timezone Asia/Almaty"
)


Frequency = Literal["daily", "weekly"]


@dataclass(frozen=True, kw_only=True)
class Schedule:
    """What a subscriber chose; the defaults are what a bare /subscribe gives."""

    timezone: str
    frequency: Frequency = "daily"
    weekday: int | None = None  # 0 = Monday ... 6 = Sunday
    send_time: time = time(8, 0)
    topics: tuple[str, ...] = field(default=())  # empty: every topic
    send_when_empty: bool = False


class ScheduleError(ValueError):
    """A /subscribe argument that makes no sense, said in one line for the user."""


def _clipped(text: str, limit: int = 40) -> str:
    """The user's own words in a reply, clipped: echoed whole, 4,000 characters made a
    reply Telegram refuses."""
    return f"{text[:limit]}…" if len(text) > limit else text


def _quoted(text: str) -> str:
    return f"“{_clipped(text)}”"


def _time(text: str) -> time:
    hours, _, minutes = text.partition(":")
    try:
        return time(int(hours), int(minutes or 0))
    except ValueError:
        raise ScheduleError(f"{_quoted(text)} is not a time like 08:00") from None


def _weekday(text: str) -> int:
    matches = [n for n, day in enumerate(WEEKDAYS) if day.startswith(text.lower()[:3])]
    if len(text) < 3 or len(matches) != 1:
        raise ScheduleError(f"{_quoted(text)} is not a day of the week")
    return matches[0]


def parse(args: Sequence[str], current: Schedule, topics: Iterable[str]) -> Schedule:
    """Apply ``/subscribe`` arguments to ``current``; anything not mentioned stays as it is."""
    known = set(topics)
    words = list(args)
    schedule = current
    while words:
        word = words.pop(0).lower()
        if word == "daily":
            schedule = replace(schedule, frequency="daily", weekday=None)
            if words and words[0][:1].isdigit():
                schedule = replace(schedule, send_time=_time(words.pop(0)))
        elif word == "weekly":
            day = _weekday(words.pop(0)) if words and not words[0][:1].isdigit() else 0
            schedule = replace(schedule, frequency="weekly", weekday=day)
            if words and words[0][:1].isdigit():
                schedule = replace(schedule, send_time=_time(words.pop(0)))
        elif word in ("topics", "topic"):
            chosen = [t for w in words for t in w.lower().split(",") if t]
            words = []
            if chosen == ["all"]:
                chosen = []
            unknown = sorted(set(chosen) - known)
            if unknown:
                shown = ", ".join(_clipped(t) for t in unknown[:3])
                raise ScheduleError(
                    f"unknown topic {shown}; choose from {', '.join(sorted(known))}"
                )
            schedule = replace(schedule, topics=tuple(dict.fromkeys(chosen)))
        elif word in ("timezone", "tz"):
            name = words.pop(0) if words else ""
            try:
                ZoneInfo(name)
            except (ZoneInfoNotFoundError, ValueError):
                raise ScheduleError(
                    f"{_quoted(name)} is not a time zone like Asia/Karachi"
                ) from None
            schedule = replace(schedule, timezone=name)
        elif word[:1].isdigit():
            schedule = replace(schedule, send_time=_time(word))
        else:
            raise ScheduleError(f"I don't understand {_quoted(word)}. {USAGE}")
    return schedule


def _runs_on(schedule: Schedule, day: date) -> bool:
    return schedule.frequency == "daily" or day.weekday() == schedule.weekday


def _at(schedule: Schedule, day: date) -> datetime:
    """The moment (UTC) ``send_time`` falls on ``day`` in the subscriber's zone: the first
    of the two when clocks go back, the clock's time plus the gap when they jump forward."""
    local = datetime.combine(day, schedule.send_time, tzinfo=ZoneInfo(schedule.timezone))
    return local.astimezone(UTC)


def runs_between(schedule: Schedule, start: datetime, end: datetime) -> list[datetime]:
    """Every scheduled moment in ``(start, end]``, in UTC."""
    zone = ZoneInfo(schedule.timezone)
    day = start.astimezone(zone).date() - timedelta(days=1)
    last = end.astimezone(zone).date() + timedelta(days=1)
    moments = []
    while day <= last:
        if _runs_on(schedule, day):
            moment = _at(schedule, day)
            if start < moment <= end:
                moments.append(moment)
        day += timedelta(days=1)
    return moments


def next_run(schedule: Schedule, after: datetime) -> datetime:
    """The first scheduled moment strictly after ``after``, in UTC."""
    horizon = after + timedelta(days=8)
    return runs_between(schedule, after, horizon)[0]
