"""Dates as people know them: a year, a month, a day, perhaps a time, and how sure they are.

Partial dates follow the HURIDOCS practice of recording what is known and how precisely:
"2024" (month and day unknown), "2024-03" (day unknown), "2024-03-05" and
"2024-03-05T14:30+03:00". A precision says whether the date is exact or an estimate.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

EXACT = "exact"
ESTIMATE = "estimate"
UNKNOWN_DAY = "unknown_day"
UNKNOWN_MONTH_AND_DAY = "unknown_month_and_day"

_PATTERN = re.compile(
    r"(?P<year>\d{4})"
    r"(?:-(?P<month>\d{2})"
    r"(?:-(?P<day>\d{2})"
    r"(?:T(?P<time>\d{2}:\d{2})(?P<zone>Z|[+-]\d{2}:\d{2})?)?)?)?",
    re.ASCII,
)


class DateProblem(ValueError):
    """Why a date was refused, in one plain phrase."""


@dataclass(frozen=True)
class PartialDate:
    year: int
    month: int | None = None
    day: int | None = None
    time: str | None = None  # "HH:MM"
    zone: str | None = None  # "Z" or "+HH:MM"
    precision: str = EXACT

    @property
    def allowed_precisions(self) -> tuple[str, ...]:
        if self.month is None:
            return (UNKNOWN_MONTH_AND_DAY, ESTIMATE)
        if self.day is None:
            return (UNKNOWN_DAY, ESTIMATE)
        return (EXACT, ESTIMATE)

    @classmethod
    def parse(cls, text: str, precision: str | None = None) -> PartialDate:
        """Read `text`; without `precision`, the one that fits how much is known."""
        found = _PATTERN.fullmatch(text)
        if not found:
            raise DateProblem(
                f"{text!r} is not a date; write YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM"
            )
        year = int(found["year"])
        month = int(found["month"]) if found["month"] else None
        day = int(found["day"]) if found["day"] else None
        if year < 1000:
            raise DateProblem(f"{text} is not a real date")
        if month is not None and not 1 <= month <= 12:
            raise DateProblem(f"{text} is not a real date")
        if day is not None:
            assert month is not None
            if not 1 <= day <= calendar.monthrange(year, month)[1]:
                raise DateProblem(f"{text} is not a real date")
        time = found["time"]
        if time is not None:
            hours, minutes = (int(part) for part in time.split(":"))
            if hours > 23 or minutes > 59:
                raise DateProblem(f"{text} has no such time of day")
        zone = found["zone"]
        if zone not in (None, "Z"):
            hours, minutes = int(zone[1:3]), int(zone[4:6])
            if hours > 14 or minutes > 59:
                raise DateProblem(f"{text} has no such time zone")
        partial = cls(year, month, day, time, zone)
        try:
            partial.earliest()
            partial.latest()
        except OverflowError:  # 9999-12-31T23:30-01:00 is in the year 10000
            raise DateProblem(f"{text} is too far in the future") from None
        if precision is None:
            return cls(year, month, day, time, zone, partial.allowed_precisions[0])
        if precision not in partial.allowed_precisions:
            raise DateProblem(
                f"precision {precision!r} does not fit {text}; use "
                + " or ".join(partial.allowed_precisions)
            )
        return cls(year, month, day, time, zone, precision)

    def __str__(self) -> str:
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        if self.time is not None:
            text += f"T{self.time}{self.zone or ''}"
        return text

    def _bound(self, latest: bool) -> dt.datetime:
        month = self.month or (12 if latest else 1)
        day = self.day or (calendar.monthrange(self.year, month)[1] if latest else 1)
        if self.time is not None:
            hours, minutes = (int(part) for part in self.time.split(":"))
        else:
            hours, minutes = (23, 59) if latest else (0, 0)
        moment = dt.datetime(self.year, month, day, hours, minutes)
        if self.zone not in (None, "Z"):
            sign = 1 if self.zone[0] == "+" else -1
            offset = dt.timedelta(hours=int(self.zone[1:3]), minutes=int(self.zone[4:6]))
            moment -= sign * offset  # to UTC, so zoned times compare fairly
        return moment

    def earliest(self) -> dt.datetime:
        return self._bound(latest=False)

    def latest(self) -> dt.datetime:
        return self._bound(latest=True)

    def sort_key(self) -> str:
        """Sorts partial dates by the earliest moment they can mean."""
        return self.earliest().strftime("%Y-%m-%dT%H:%M")


def check_order(start: PartialDate | None, end: PartialDate | None) -> None:
    """An end may be vague, but it cannot lie wholly before the start."""
    if start is not None and end is not None and end.latest() < start.earliest():
        raise DateProblem(f"the end {end} is before the start {start}")


_DAY = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)


def parse_day(text: str) -> dt.date:
    """A plain calendar day, YYYY-MM-DD."""
    if not _DAY.fullmatch(text):
        raise DateProblem(f"{text!r} is not a real date; write YYYY-MM-DD")
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise DateProblem(f"{text!r} is not a real date; write YYYY-MM-DD") from None
    return day
