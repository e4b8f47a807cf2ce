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
    """Placeholder until the extractor lands: finds nothing."""
    return []
