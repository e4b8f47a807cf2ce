"""What a time expression denotes: a span of days at a granularity (`When`), and the calendar
arithmetic the normalisers of `timeline.datenorm` use (weeks, quarters, seasons, shifts)."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

UNIT_PRECISION = {"day": "day", "month": "month", "year": "year"}


@dataclass(frozen=True, slots=True)
class When:
    """What an expression denotes: its first and last day, and the unit it was said in
    (day, week, weekend, month, quarter, half, season, year, decade, century, period)."""

    unit: str
    first: dt.date
    last: dt.date

    @property
    def precision(self) -> str:
        return UNIT_PRECISION.get(self.unit, "period")

    @property
    def value(self) -> str:
        if self.unit == "day":
            return self.first.isoformat()
        if self.unit == "month":
            return f"{self.first.year:04d}-{self.first.month:02d}"
        if self.unit == "year":
            return f"{self.first.year:04d}"
        return f"{self.first.isoformat()}/{self.last.isoformat()}"


VAGUE = None  # what a normaliser returns for a vague expression (kept, value None)


class Reject(Exception):
    """Raised by a normaliser: the candidate is not a date after all."""


def day(d: dt.date) -> When:
    return When("day", d, d)


def month_of(y: int, m: int) -> When:
    if not 1 <= y <= 9999 or not 1 <= m <= 12:
        raise Reject
    return When("month", dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1]))


def year_of(y: int) -> When:
    if not 1 <= y <= 9999:
        raise Reject
    return When("year", dt.date(y, 1, 1), dt.date(y, 12, 31))


def period(first: dt.date, last: dt.date, unit: str = "period") -> When:
    if last < first:
        raise Reject
    return When(unit, first, last)


def week_of(d: dt.date) -> When:
    monday = d - dt.timedelta(days=d.weekday())
    return When("week", monday, monday + dt.timedelta(days=6))


def weekend_of(d: dt.date) -> When:
    """The weekend of the ISO week holding d (Saturday and Sunday)."""
    saturday = d - dt.timedelta(days=d.weekday()) + dt.timedelta(days=5)
    return When("weekend", saturday, saturday + dt.timedelta(days=1))


def quarter_of(y: int, q: int) -> When:
    first = dt.date(y, 3 * q - 2, 1)
    return When("quarter", first, dt.date(y, 3 * q, calendar.monthrange(y, 3 * q)[1]))


def half_of(y: int, h: int) -> When:
    return When(
        "half",
        *(
            (dt.date(y, 1, 1), dt.date(y, 6, 30))
            if h == 1
            else (dt.date(y, 7, 1), dt.date(y, 12, 31))
        ),
    )


SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "winter": (12, 2)}


def season_of(y: int, season: str) -> When:
    """Meteorological seasons (whole months); winter Y runs from December Y to February Y+1."""
    a, b = SEASON_MONTHS[season]
    if a <= b:
        return When("season", dt.date(y, a, 1), dt.date(y, b, calendar.monthrange(y, b)[1]))
    return When("season", dt.date(y, 12, 1), dt.date(y + 1, 2, calendar.monthrange(y + 1, 2)[1]))


def decade_of(y: int) -> When:
    return When("decade", dt.date(y, 1, 1), dt.date(y + 9, 12, 31))


def century_of(n: int) -> When:
    """The n-th century as TIMEX3 writes it (`XIXe siècle` = 18XX = 1800-1899)."""
    if not 1 <= n <= 21:
        raise Reject
    return When("century", dt.date(100 * (n - 1), 1, 1), dt.date(100 * (n - 1) + 99, 12, 31))


def add_months(d: dt.date, months: int) -> dt.date:
    y, m = divmod(d.month - 1 + months, 12)
    y += d.year
    return dt.date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def safe_date(y: int, m: int, d: int) -> dt.date:
    try:
        return dt.date(y, m, d)
    except ValueError:
        raise Reject from None


def unit_containing(unit: str, d: dt.date) -> When:
    """The unit-sized period holding day d (`this week`, `this month`...)."""
    if unit == "day":
        return day(d)
    if unit == "week":
        return week_of(d)
    if unit == "weekend":
        return weekend_of(d)
    if unit == "month":
        return month_of(d.year, d.month)
    if unit == "quarter":
        return quarter_of(d.year, (d.month - 1) // 3 + 1)
    if unit == "half":
        return half_of(d.year, 1 if d.month <= 6 else 2)
    if unit == "year":
        return year_of(d.year)
    if unit == "decade":
        return decade_of(d.year - d.year % 10)
    if unit == "century":
        return century_of(d.year // 100 + 1)
    raise Reject


def shift(d: dt.date, unit: str, n: int) -> dt.date:
    """d moved by n units (negative: back in time)."""
    if unit in ("day", "hour", "minute"):
        return d + dt.timedelta(days=n if unit == "day" else 0)
    if unit in ("week", "weekend"):
        return d + dt.timedelta(weeks=n)
    if unit == "fortnight":
        return d + dt.timedelta(weeks=2 * n)
    if unit == "month":
        return add_months(d, n)
    if unit == "quarter":
        return add_months(d, 3 * n)
    if unit == "half":
        return add_months(d, 6 * n)
    if unit == "year":
        return add_months(d, 12 * n)
    if unit == "decade":
        return add_months(d, 120 * n)
    if unit == "century":
        return add_months(d, 1200 * n)
    raise Reject


# What an amount of a unit before/after a date is best given as.
SHIFT_PRECISION = {
    "hour": "day",
    "minute": "day",
    "day": "day",
    "week": "day",
    "fortnight": "day",
    "weekend": "weekend",
    "month": "month",
    "quarter": "quarter",
    "half": "half",
    "year": "year",
    "decade": "year",
    "century": "year",
}
