"""Dates that keep their precision: a source saying "November" must never become 1 November."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from enum import Enum

_PATTERN = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:/(\d{2}))?)?)?$")


# English, as the sources write them, whatever the machine's locale; a tuple, as
# ``calendar.month_name`` formats a date each time it is read
MONTH_NAMES = (
    "", "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
)  # fmt: skip
DEFAULT_TZ = "Asia/Karachi"  # where "today" is, unless BRIEFBOT_TZ says otherwise


class Precision(Enum):
    YEAR = "year"
    MONTH = "month"
    DAY = "day"


@dataclass(frozen=True)
class PartialDate:
    """A calendar date known to the year, the month or the day; sort by ``first_day``."""

    year: int
    month: int | None = None
    day: int | None = None
    until: int | None = None  # the last of several days in the month: "on 3 and 4 March"

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Parse ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or ``YYYY-MM-DD/DD`` (days of one
        month); raise ValueError naming the problem."""
        match = _PATTERN.match(text.strip())
        if not match:
            raise ValueError(f"date {text!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
        year, month, day, until = (int(part) if part else None for part in match.groups())
        assert year is not None
        if month is not None and not 1 <= month <= 12:
            raise ValueError(f"date {text!r} has no month {month}")
        if month is not None and day is not None:
            try:
                date(year, month, day)
                date(year, month, until or day)
            except ValueError:
                raise ValueError(f"date {text!r} is not a day of the calendar") from None
            if until is not None and until <= day:
                raise ValueError(f"date {text!r} ends before it starts")
        return cls(year, month, day, until)

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return Precision.DAY
        return Precision.MONTH if self.month is not None else Precision.YEAR

    @property
    def first_day(self) -> date:
        return date(self.year, self.month or 1, self.day or 1)

    @property
    def last_day(self) -> date:
        if self.day is not None and self.month is not None:
            return date(self.year, self.month, self.until or self.day)
        month = self.month or 12
        return date(self.year, month, calendar.monthrange(self.year, month)[1])

    def iso(self) -> str:
        """The stored form, as precise as the source and no more."""
        parts = [f"{self.year:04d}"]
        if self.month is not None:
            parts.append(f"{self.month:02d}")
        if self.day is not None:
            parts.append(f"{self.day:02d}" + (f"/{self.until:02d}" if self.until else ""))
        return "-".join(parts)

    def human(self) -> str:
        """How a reader sees it: "2025", "November 2025", "29 April 2025", "3–4 March 2027"."""
        if self.month is None:
            return str(self.year)
        month = MONTH_NAMES[self.month]
        days = f"{self.day}\u2013{self.until}" if self.until else f"{self.day}"
        return f"{days} {month} {self.year}" if self.day else f"{month} {self.year}"

    def __str__(self) -> str:
        return self.iso()

    def said_in(self, text: str) -> bool:
        """Whether the text names this period as a date: "in 2025", "January 2026", "3
        January 2026"; not the first month of a span ("January-August 2026")."""
        if self.month is None:
            return re.search(rf"\b{self.year}\b", text) is not None
        month = MONTH_NAMES[self.month]
        return re.search(rf"\b{month}(?:\s+\d{{1,2}})?,?\s+{self.year}\b", text) is not None
