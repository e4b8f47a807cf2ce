"""Date values as Newsline stores them: `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, `START/END`, or None.

Helpers to order, compare and display them, so every part of the product reads values the same way.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_MONTH = re.compile(r"(\d{4})-(\d{2})")
_YEAR = re.compile(r"(\d{4})")


def bounds(value: str | None) -> tuple[dt.date, dt.date] | None:
    """First and last day a value covers; None for vague or malformed values."""
    if not value:
        return None
    if "/" in value:
        first, _, last = value.partition("/")
        a, b = bounds(first), bounds(last)
        if a is None or b is None:
            return None
        return a[0], b[1]
    try:
        if m := _DAY.fullmatch(value):
            day = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return day, day
        if m := _MONTH.fullmatch(value):
            year, month = int(m[1]), int(m[2])
            return dt.date(year, month, 1), dt.date(
                year, month, calendar.monthrange(year, month)[1]
            )
        if m := _YEAR.fullmatch(value):
            year = int(m[1])
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
    except ValueError:
        return None
    return None


def precision_of(value: str | None) -> str:
    """The precision a value carries by its shape."""
    if not value:
        return "vague"
    if "/" in value:
        return "period"
    return {10: "day", 7: "month", 4: "year"}.get(len(value), "vague")


def display(value: str | None, precision: str | None = None) -> str:
    """A value as a reader wants it: `2026-01-03`, `2026-01`, `2026`, `1999–2013`."""
    if not value:
        return "undated"
    if "/" not in value:
        return value
    span = bounds(value)
    if span is None:
        return value
    first, last = span
    whole_years = first.month == 1 and first.day == 1 and last.month == 12 and last.day == 31
    if whole_years or (last - first).days > 400:
        # Spans of years read best as years: the Chávez era is "1999–2013".
        return str(first.year) if first.year == last.year else f"{first.year}–{last.year}"
    if first.day == 1 and last == bounds(f"{last.year}-{last.month:02d}")[1]:
        start, end = f"{first.year}-{first.month:02d}", f"{last.year}-{last.month:02d}"
        return start if start == end else f"{start} – {end}"
    return f"{first.isoformat()} – {last.isoformat()}"


def sort_key(value: str | None) -> tuple[str, str]:
    """Chronological order: by first day, then the narrower span first; undated last."""
    span = bounds(value)
    if span is None:
        return ("9999-99-99", "")
    return (span[0].isoformat(), span[1].isoformat())


def parse_bound(text: str, *, end: bool = False) -> dt.date:
    """A user's `from`/`to` (`2026`, `2026-01`, `2026-01-03`) -> the first (or last) day."""
    span = bounds(text.strip())
    if span is None:
        raise ValueError(f"not a date: {text!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
    return span[1] if end else span[0]
