"""Consolidation: decide whether an event mention reports a happening already on the timeline.

Pure decisions over plain data; storage fetches the candidates (entries with a compatible date
and a shared topic) and applies the decision, so consolidation stays incremental.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from timeline.events import EventMention
from timeline.summary import similarity
from timeline.values import bounds

MATCH_THRESHOLD = 0.35


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


def dates_compatible(a: str | None, b: str | None) -> bool:
    """Same date, or a period that overlaps most of the other; undated never consolidates."""
    if not a or not b:
        return False
    if a == b:
        return True
    span_a, span_b = bounds(a), bounds(b)
    if span_a is None or span_b is None:
        return False
    if "/" in a and "/" in b:
        overlap = (min(span_a[1], span_b[1]) - max(span_a[0], span_b[0])).days + 1
        longest = max((span_a[1] - span_a[0]).days, (span_b[1] - span_b[0]).days) + 1
        return overlap / longest >= 0.8
    return False


def match_score(event: EventMention, candidate: EntryCandidate) -> float:
    """How surely the event and the entry tell the same happening (0 = not at all)."""
    if not dates_compatible(event.date, candidate.date):
        return 0.0
    if not set(event.topics) & set(candidate.topics):
        return 0.0
    actors = set(event.actors) & set(candidate.actors)
    types = (set(event.types) & set(candidate.types)) - {"other"}
    score = 0.6 * similarity(event.summary, candidate.summary)
    score += 0.25 if actors else 0.0
    score += 0.2 if types else 0.0
    if candidate.from_same_dispatch:
        # Two clauses of one dispatch on the same date are one development of its story.
        score += 0.2
    return score


def best_match(event: EventMention, candidates: Sequence[EntryCandidate]) -> EntryCandidate | None:
    scored = [(match_score(event, c), c.id, c) for c in candidates]
    scored = [s for s in scored if s[0] >= MATCH_THRESHOLD]
    if not scored:
        return None
    return max(scored, key=lambda s: (s[0], -s[1]))[2]
