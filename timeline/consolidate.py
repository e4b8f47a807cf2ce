"""Consolidation: decide whether an event mention reports a happening already on the timeline.

Pure decisions over plain data; storage fetches the candidates (entries with a compatible date
and a shared topic) and applies the decision, so consolidation stays incremental.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from timeline.events import EventMention
from timeline.summary import similarity
from timeline.values import bounds as _uncached_bounds

MATCH_THRESHOLD = 0.35
# The same date values recur across thousands of candidates.
bounds = lru_cache(maxsize=8192)(_uncached_bounds)
SAME_DEED = 0.5  # same people, same kind of happening, same date
SAME_DISPATCH_BONUS = 0.15


@dataclass(frozen=True, slots=True)
class EntryCandidate:
    id: int
    date: str | None
    precision: str
    summary: str
    topics: tuple[str, ...]
    actors: tuple[str, ...]
    types: tuple[str, ...]
    from_same_dispatch: bool  # the dispatch being ingested already reports this entry


def date_relation(event_date: str | None, entry_date: str | None) -> str:
    """How an event's date stands to an entry's: 'same', 'coarser' (the event's year or month
    holds the entry's more precise date), or 'apart'. Undated never consolidates."""
    if not event_date or not entry_date:
        return "apart"
    if event_date == entry_date:
        return "same"
    event_span, entry_span = bounds(event_date), bounds(entry_date)
    if event_span is None or entry_span is None:
        return "apart"
    if "/" in event_date and "/" in entry_date:
        overlap = (min(event_span[1], entry_span[1]) - max(event_span[0], entry_span[0])).days + 1
        longest = (
            max((event_span[1] - event_span[0]).days, (entry_span[1] - entry_span[0]).days) + 1
        )
        return "same" if overlap / longest >= 0.8 else "apart"
    if "/" not in event_date and event_span[0] <= entry_span[0] and entry_span[1] <= event_span[1]:
        return "coarser"
    return "apart"


@dataclass(frozen=True, slots=True)
class _Told:
    """What an event brings to every comparison, computed once for all its candidates."""

    date: str | None
    topics: frozenset[str]
    actors: frozenset[str]
    types: frozenset[str]  # what a happening is: "other" and "statement" left out
    summary: str

    @classmethod
    def of(cls, event: EventMention) -> _Told:
        return cls(
            event.date,
            frozenset(event.topics),
            frozenset(event.actors),
            frozenset(event.types) - {"other", "statement"},
            event.summary,
        )


def _score(told: _Told, candidate: EntryCandidate) -> float:
    """How surely the event and the entry tell the same happening (0 = not at all).

    Wording tells it within a language; across languages the wording differs, so the same
    people doing the same kind of thing on the same day tell it too."""
    relation = date_relation(told.date, candidate.date)
    if relation == "apart":
        return 0.0
    if told.topics.isdisjoint(candidate.topics):
        return 0.0
    actors = not told.actors.isdisjoint(candidate.actors)
    # What a happening is, not how it is told: two statements are not the same happening
    # because both are statements.
    types = not told.types.isdisjoint(candidate.types)
    score = similarity(told.summary, candidate.summary)
    if actors and types:
        score = max(score, SAME_DEED)
    if candidate.from_same_dispatch:
        # Two clauses of one dispatch on one date are, at most, one development of its story.
        score += SAME_DISPATCH_BONUS if actors else 0.0
    if relation == "coarser":
        # "mort il y a onze ans" after "mars 2013" in one dispatch: the same happening told
        # again less precisely. Across dispatches a month is a story of its own.
        score = score if actors and candidate.from_same_dispatch else 0.0
    return score


def best_match(event: EventMention, candidates: Sequence[EntryCandidate]) -> EntryCandidate | None:
    told = _Told.of(event)
    scored = [(_score(told, c), c.id, c) for c in candidates]
    scored = [s for s in scored if s[0] >= MATCH_THRESHOLD]
    if not scored:
        return None
    return max(scored, key=lambda s: (s[0], -s[1]))[2]
