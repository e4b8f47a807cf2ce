"""Extractive summaries: a dispatch's lead and central sentences; a topic briefing.

Everything is offline and deterministic: the same input always gives the same sentences.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from timeline.events import fold
from timeline.sentences import Sentence
from timeline.values import sort_key

_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")
NEAR_DUPLICATE = 0.5


def content_words(text: str) -> set[str]:
    """Words that carry meaning (four letters or more), folded; numbers kept as they are."""
    folded = fold(text)
    return set(_CONTENT_WORD.findall(folded)) | set(re.findall(r"\d{2,}", folded))


def similarity(a: str, b: str) -> float:
    """Overlap of content words (Jaccard); names and numbers make it work across languages too."""
    wa, wb = content_words(a), content_words(b)
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / len(wa | wb)


def summarize_dispatch(sentences: Sequence[Sentence], size: int = 3) -> list[Sentence]:
    """The lead sentence plus the most central others, in the order of the text."""
    if len(sentences) <= size:
        return list(sentences)
    bags = [Counter(_CONTENT_WORD.findall(fold(s.text))) for s in sentences]
    document = Counter()
    for bag in bags:
        document.update(set(bag))

    def centrality(i: int) -> float:
        bag = bags[i]
        if not bag:
            return 0.0
        shared = sum(document[w] - 1 for w in bag)
        return shared / math.sqrt(sum(bag.values()))

    ranked = sorted(range(1, len(sentences)), key=lambda i: (-centrality(i), i))
    chosen = sorted([0, *ranked[: size - 1]])
    return [sentences[i] for i in chosen]


@dataclass(frozen=True, slots=True)
class BriefItem:
    """Something a briefing may say: a summary with its date, sources and weight."""

    text: str
    date: str | None
    precision: str
    sources: tuple[str, ...]
    salience: int
    lang: str


@dataclass(frozen=True, slots=True)
class Briefing:
    summary: list[BriefItem]
    key_dates: list[BriefItem]
    sources: list[str]


def _distinct(
    items: Sequence[BriefItem], limit: int, already: Sequence[BriefItem] = ()
) -> list[BriefItem]:
    chosen: list[BriefItem] = []
    for item in items:
        if len(chosen) >= limit:
            break
        if any(
            similarity(item.text, other.text) >= NEAR_DUPLICATE for other in [*already, *chosen]
        ):
            continue
        chosen.append(item)
    return chosen


def brief(items: Sequence[BriefItem], size: int = 5, lang: str | None = None) -> Briefing:
    """Latest developments first, then key background dates; no two sentences saying the same."""
    dated = [i for i in items if i.date]

    def preference(item: BriefItem) -> tuple:
        return (lang is not None and item.lang != lang, -item.salience)

    latest = sorted(dated, key=lambda i: (sort_key(i.date)[1], -i.salience), reverse=True)
    recent_count = max(1, (size + 1) // 2)
    recent = _distinct(
        sorted(
            latest[: recent_count * 3], key=lambda i: (-_rank(sort_key(i.date)[1]), *preference(i))
        ),
        recent_count,
    )
    background = sorted(dated, key=lambda i: (-i.salience, sort_key(i.date)))
    summary = recent + _distinct(
        [i for i in background if i not in recent], size - len(recent), recent
    )
    key_dates = sorted(_distinct(background, 8), key=lambda i: sort_key(i.date))
    sources = list(dict.fromkeys(s for item in summary for s in item.sources))
    return Briefing(summary=summary, key_dates=key_dates, sources=sources)


def _rank(iso_day: str) -> int:
    """An ISO day as a number, so 'later' sorts first when negated."""
    return int(iso_day.replace("-", "")) if iso_day[:1].isdigit() else 0
