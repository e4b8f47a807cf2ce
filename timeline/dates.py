"""Time expressions: find candidates per language, normalise each against the publication date.

Contract (used by events, storage and the CLI):
    extract_dates(text, published, lang, start=0, eras=()) -> list[TimeMention]
finds the time expressions of text[start:] (offsets are into `text`), in order of appearance.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

PRECISIONS = ("day", "month", "year", "period", "vague")


@dataclass(frozen=True, slots=True)
class Era:
    """A named period (`l'ère Chávez`): its key, the phrases that name it, and its bounds."""

    key: str
    names: tuple[str, ...]
    start: dt.date
    end: dt.date


@dataclass(frozen=True, slots=True)
class TimeMention:
    text: str
    start: int
    end: int
    value: str | None  # YYYY-MM-DD | YYYY-MM | YYYY | start/end | None (vague)
    precision: str  # one of PRECISIONS


def extract_dates(
    text: str, published: dt.date, lang: str, start: int = 0, eras: Sequence[Era] = ()
) -> list[TimeMention]:
    """Placeholder until the extractor lands: French day dates and eras only."""
    import re

    months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
              "septembre", "octobre", "novembre", "décembre"]
    found = []
    for m in re.finditer(r"\b(\d{1,2}) (%s) (\d{4})" % "|".join(months), text[start:]):
        value = f"{m[3]}-{months.index(m[2]) + 1:02d}-{int(m[1]):02d}"
        found.append(TimeMention(m[0], start + m.start(), start + m.end(), value, "day"))
    for era in eras or load_eras():
        for name in era.names:
            i = text.lower().find(name, start)
            if i >= 0:
                value = f"{era.start.isoformat()}/{era.end.isoformat()}"
                found.append(TimeMention(text[i : i + len(name)], i, i + len(name), value, "period"))
    return sorted(found, key=lambda m: m.start)


def load_eras() -> tuple[Era, ...]:
    """Placeholder until the extractor lands: the Chávez era only."""
    return (Era("chavez", ("ère chavez", "ère chávez", "chávez era"), dt.date(1999, 2, 2),
                dt.date(2013, 3, 5)),)
