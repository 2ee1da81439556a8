"""Digest schedules: what ``/subscribe ...`` means, and when a schedule is due.

Times are wall-clock times in the subscriber's zone, so 08:00 stays 08:00 across daylight
saving changes; a time that happens twice (clocks going back) runs once, and one that does
not exist that day (clocks jumping forward) runs as late as the jump (02:30 becomes 03:30).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Literal
from zoneinfo import ZoneInfo, available_timezones

from bot.i18n import N_

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Shown after a wrong argument; each works when sent back (a test sends them all).
EXAMPLES = (
    "/subscribe daily 7:30",
    "/subscribe weekly monday 9am",
    "/subscribe topics visas, business forums",
    "/subscribe timezone Almaty",
)
# Cities readers name that the time zone database files under another city.
_CITY_ZONES = {
    "astana": "Asia/Almaty",
    "nur-sultan": "Asia/Almaty",
    "shymkent": "Asia/Almaty",
    "islamabad": "Asia/Karachi",
    "lahore": "Asia/Karachi",
    "rawalpindi": "Asia/Karachi",
    "peshawar": "Asia/Karachi",
    "quetta": "Asia/Karachi",
}
_TIME = re.compile(r"(\d{1,2})(?:[:.h]?(\d{2}))?\s*([ap]\.?m\.?)?", re.IGNORECASE)
_CONNECTIVES = {"and", "&", "+"}

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
    """A /subscribe argument that makes no sense, said in one line for the user: a message
    to translate (``template``) and what fills it (``values``, the user's words quoted)."""

    def __init__(self, template: str, **values: str) -> None:
        super().__init__(template.format(**values))
        self.template = template
        self.values = values


def _clipped(text: str, limit: int = 40) -> str:
    """The user's own words in a reply, clipped: echoed whole, 4,000 characters made a
    reply Telegram refuses."""
    return f"{text[:limit]}…" if len(text) > limit else text


def _quoted(text: str) -> str:
    return f"“{_clipped(text)}”"


def _time(text: str) -> time:
    """7:30, 07:30, 0730, 7.30, 7h30, 7am, 7:30 pm: what people type for a time of day."""
    found = _TIME.fullmatch(text.strip())
    hours, minutes = (int(found[1]), int(found[2] or 0)) if found else (-1, 0)
    if found and found[3]:
        hours = hours % 12 + (12 if found[3][0].lower() == "p" else 0) if 1 <= hours <= 12 else -1
    try:
        return time(hours, minutes)
    except ValueError:
        raise ScheduleError(
            N_("{text} is not a time like 07:30 or 7am"), text=_quoted(text)
        ) from None


@functools.cache
def _zones() -> dict[str, str]:
    """Every zone by its name and by its city, in lower case (asia/almaty, almaty, new york)."""
    zones: dict[str, str] = {}
    for name in sorted(available_timezones()):
        city = name.rsplit("/", 1)[-1].lower().replace("_", " ")
        if name.count("/") == 1 and name.split("/")[0] != "Etc":
            zones.setdefault(city, name)
        zones[name.lower()] = name
    return zones | _CITY_ZONES


def zone(text: str) -> str | None:
    """The time zone a user means: its name in any case, or a city in it."""
    key = text.strip().lower()
    return _zones().get(key) or _zones().get(key.replace("_", " "))


def _topics(words: list[str], known: Mapping[str, str]) -> tuple[str, ...]:
    """Topics as the buttons show them or by id, in any case, with commas or spaces
    between them: "visas, business forums", "Digital and IT trade", "visas,trade"."""
    names = {}
    for topic_id, name in known.items():
        names[topic_id.lower()] = names[name.lower()] = topic_id
    tokens = [t for w in words for t in re.split(r"(,)", w.lower()) if t]
    chosen, unknown, start = [], [], 0
    while start < len(tokens):
        if tokens[start] in _CONNECTIVES or tokens[start] == ",":
            start += 1
            continue
        end = next(
            (end for end in range(len(tokens), start, -1)
             if "," not in tokens[start:end] and " ".join(tokens[start:end]) in names),
            None,
        )  # fmt: skip
        if end is None:
            unknown.append(tokens[start])
            start += 1
        else:
            chosen.append(names[" ".join(tokens[start:end])])
            start = end
    if chosen == [] and unknown == ["all"]:
        return ()
    if unknown:
        shown = ", ".join(_clipped(t) for t in unknown[:3])
        choices = ", ".join(name.lower() for name in known.values())
        raise ScheduleError(
            N_("unknown topic {shown}; choose from {choices}"), shown=shown, choices=choices
        )
    return tuple(dict.fromkeys(chosen))


def _weekday(text: str) -> int:
    matches = [n for n, day in enumerate(WEEKDAYS) if day.startswith(text.lower()[:3])]
    if len(text) < 3 or len(matches) != 1:
        raise ScheduleError(N_("{text} is not a day of the week"), text=_quoted(text))
    return matches[0]


def parse(args: Sequence[str], current: Schedule, topics: Mapping[str, str]) -> Schedule:
    """Apply ``/subscribe`` arguments to ``current``; anything not mentioned stays as it is.
    ``topics`` maps each topic's id to the name its button shows."""
    words = _joined_meridiem(args)
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
            schedule = replace(schedule, topics=_topics(words, topics))
            words = []
        elif word in ("timezone", "tz", "zone"):
            name = words.pop(0) if words else ""
            if zone(name) is None and words and zone(f"{name} {words[0]}"):
                name = f"{name} {words.pop(0)}"  # two-word cities: New York, Ho Chi Minh
            found = zone(name)
            if found is None:
                raise ScheduleError(
                    N_(
                        "{text} is not a time zone; try a city such as Karachi, Almaty or "
                        "London, or a name such as Asia/Karachi"
                    ),
                    text=_quoted(name),
                )
            schedule = replace(schedule, timezone=found)
        elif word[:1].isdigit():
            schedule = replace(schedule, send_time=_time(word))
        elif found := zone(word):
            schedule = replace(schedule, timezone=found)
        else:
            raise ScheduleError(
                N_("I don't understand {text}. For example: {examples}"),
                text=_quoted(word),
                examples=" · ".join(EXAMPLES),
            )
    return schedule


def _joined_meridiem(args: Sequence[str]) -> list[str]:
    """ "7 am" typed with a space is one time, as "7am" is."""
    words: list[str] = []
    for word in args:
        if (
            words
            and words[-1][:1].isdigit()
            and word.lower().strip(".") in ("am", "pm", "a.m", "p.m")
        ):
            words[-1] += word
        else:
            words.append(word)
    return words


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
