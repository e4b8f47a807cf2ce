"""Extractive summaries: a dispatch's lead and central sentences; a topic briefing.

Everything is offline and deterministic: the same input always gives the same sentences.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain

from timeline.events import FoldedText, fold
from timeline.sentences import Sentence
from timeline.values import sort_key

_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")
NEAR_DUPLICATE = 0.5


@lru_cache(maxsize=4096)
def content_words(text: str) -> frozenset[str]:
    """Words that carry meaning (four letters or more), folded; numbers kept as they are."""
    folded = fold(text)
    return frozenset(_CONTENT_WORD.findall(folded)) | frozenset(re.findall(r"\d{2,}", folded))


def similarity(a: str, b: str) -> float:
    """Overlap of content words (Jaccard); names and numbers make it work across languages too."""
    wa, wb = content_words(a), content_words(b)
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / len(wa | wb)


LEAD_MIN_WORDS = 12
_NAME = re.compile(r"(?<![\w.])[A-ZÀ-Þ][\w'’-]{2,}")


def pick_lead(sentences: Sequence[Sentence], says_something: Callable[[Sentence], bool]) -> int:
    """The sentence that best opens a summary: the first of the first three that is long enough
    and names what the dispatch is about (a one-line scene-setter is skipped)."""
    for index, sentence in enumerate(sentences[:3]):
        if len(sentence.text.split()) >= LEAD_MIN_WORDS and says_something(sentence):
            return index
    return 0


def summarize_dispatch(
    sentences: Sequence[Sentence],
    size: int = 3,
    lead: int = 0,
    folding: FoldedText | None = None,
) -> list[Sentence]:
    """The lead sentence plus the most central others; the lead first, the rest in text order.

    `folding`, when given, is the folded text the sentences were cut from."""
    if not sentences:
        return []
    if folding is None:
        folded = [fold(s.text) for s in sentences]
    else:
        folded = [folding.span(s.start, s.end) for s in sentences]
    words = [_CONTENT_WORD.findall(f) for f in folded]
    distinct = [set(w) for w in words]
    document = Counter(chain.from_iterable(distinct))  # in how many sentences each word is

    def centrality(i: int) -> float:
        if not words[i]:
            return 0.0
        shared = sum(map(document.__getitem__, distinct[i])) - len(distinct[i])
        return shared / math.sqrt(len(words[i]))

    others = sorted(
        (i for i in range(len(sentences)) if i != lead), key=lambda i: (-centrality(i), i)
    )
    return [sentences[lead], *(sentences[i] for i in sorted(others[: size - 1]))]


@dataclass(frozen=True, slots=True)
class BriefItem:
    """Something a briefing may say: a sentence with its date, sources and weight."""

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


def names(text: str) -> set[str]:
    """Proper names and numbers of a sentence, folded: what survives translation."""
    found = {fold(n) for n in _NAME.findall(text[1:])}
    return found | set(re.findall(r"\d{2,}", text))


def same_fact(a: BriefItem, b: BriefItem) -> bool:
    """Two sentences saying the same thing, in one language or across languages."""
    if similarity(a.text, b.text) >= NEAR_DUPLICATE:
        return True
    na, nb = names(a.text), names(b.text)
    shared = na & nb
    return len(shared) >= 2 and len(shared) / len(na | nb) >= NEAR_DUPLICATE


def _choose(
    items: Sequence[BriefItem], limit: int, chosen: list[BriefItem], lang: str | None
) -> list[BriefItem]:
    """Up to `limit` items in the given order, skipping facts already told; when the same fact
    comes in several languages, the one in `lang` is told (citing all of them)."""
    picked: list[BriefItem] = []
    for item in items:
        twin = next((c for c in [*chosen, *picked] if same_fact(item, c)), None)
        if twin is not None:
            if twin in picked and lang and item.lang == lang and twin.lang != lang:
                merged = BriefItem(
                    item.text,
                    item.date,
                    item.precision,
                    tuple(dict.fromkeys([*item.sources, *twin.sources])),
                    max(item.salience, twin.salience),
                    item.lang,
                )
                picked[picked.index(twin)] = merged
            continue
        if len(picked) < limit:
            picked.append(item)
    return picked


KEY_DATES = 8


def brief(
    recent: Sequence[BriefItem],
    background: Sequence[BriefItem],
    dates: Sequence[BriefItem] = (),
    size: int = 5,
    lang: str | None = None,
) -> Briefing:
    """Latest developments first (the leads of the newest dispatches), then the key background
    (the most reported older happenings); no two sentences saying the same thing.

    `recent` are dispatch leads, `background` timeline happenings and `dates` the timeline's
    dates (one item each, for the key dates); all carry their sources."""
    size = max(3, min(size, 6))
    newest_first = sorted(recent, key=lambda i: (sort_key(i.date)[0], i.sources), reverse=True)
    latest = _choose(newest_first, (size + 1) // 2, [], lang)
    oldest_news = min((sort_key(i.date)[0] for i in latest), default="9999")
    older = [i for i in background if i.date and sort_key(i.date)[1] < oldest_news]
    ranked = sorted(older, key=lambda i: (-i.salience, -len(i.text.split()), sort_key(i.date)))
    summary = latest + _choose(ranked, size - len(latest), latest, lang)
    if len(summary) < size:
        rest = sorted(background, key=lambda i: (-i.salience, sort_key(i.date)))
        summary += _choose(rest, size - len(summary), summary, lang)
    most_reported = sorted(dates, key=lambda i: (-i.salience, sort_key(i.date)))[:KEY_DATES]
    key_dates = sorted(most_reported, key=lambda i: sort_key(i.date))
    sources = list(dict.fromkeys(s for item in summary for s in item.sources))
    return Briefing(summary=summary, key_dates=key_dates, sources=sources)
