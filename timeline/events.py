"""Event mentions: the dated happenings a dispatch states, one per (clause, date).

A sentence that carries a time expression yields an event for each distinct date it gives,
summarised by the clause around that expression. A reported statement with no date of its own
is dated by the publication date. Topics come from what the clause names; the dispatch's main
topics are inherited only when the clause names nothing.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from timeline.dates import TimeMention
from timeline.dispatch import Dispatch
from timeline.sentences import Sentence
from timeline.topics import TopicMention

SUMMARY_CHARS = 220
MIN_CLAUSE_WORDS = 10
# Clause boundaries: commas, semicolons, colons and dashes that separate parts of a sentence.
_CLAUSE_BREAK = re.compile(r"\s*(?:[,;:]|\s[—–-])\s+")
_LEADING_FILLER = re.compile(
    r"^(?:(?:pourtant|cependant|toutefois|ainsi|en effet|par ailleurs|however|meanwhile|"
    r"moreover|sin embargo|además|ademas|asimismo|jedoch|allerdings|außerdem|no entanto|"
    r"além disso|alem disso|et|and|y|und|e|mais|but|pero|aber|mas)\b[,\s]*)+",
    re.IGNORECASE,
)
_WORD = re.compile(r"\w+(?:['’-]\w+)*")


@dataclass(frozen=True, slots=True)
class EventMention:
    date: str | None
    precision: str
    summary: str
    topics: tuple[str, ...]
    actors: tuple[str, ...]
    types: tuple[str, ...]
    start: int  # the clause's offsets into the dispatch text
    end: int
    lang: str


def fold(text: str) -> str:
    """Lower-case, accents removed, typographic apostrophes made plain: for keyword matching."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, re.Pattern], dict[str, dict[str, re.Pattern]]]:
    data = json.loads((Path(__file__).parent / "data" / "events.json").read_text("utf-8"))

    def words_pattern(words: Sequence[str], whole: bool) -> re.Pattern:
        tail = r"\b" if whole else ""
        alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        return re.compile(rf"(?<!\w)(?:{alternatives}){tail}")

    reporting = {lang: words_pattern(words, True) for lang, words in data["reporting"].items()}
    types = {
        kind: {lang: words_pattern(words, False) for lang, words in by_lang.items()}
        for kind, by_lang in data["types"].items()
    }
    return reporting, types


def event_types(text: str, lang: str) -> tuple[str, ...]:
    """The CAMEO-like types whose keywords the text contains ('other' when none)."""
    folded = fold(text)
    _, types = _tables()
    found = tuple(
        kind
        for kind, by_lang in types.items()
        if (by_lang.get(lang) or by_lang["en"]).search(folded)
    )
    return found or ("other",)


def reporting_verb(text: str, lang: str) -> re.Match | None:
    reporting, _ = _tables()
    return (reporting.get(lang) or reporting["en"]).search(fold(text))


def main_topics(
    dispatch: Dispatch, topic_mentions: Sequence[TopicMention], limit: int = 4
) -> list[str]:
    """What the dispatch is about: topics of the headline first, then the most named in the body."""
    in_headline = [m.topic for m in topic_mentions if m.start < dispatch.body_start]
    counts = Counter(m.topic for m in topic_mentions)
    ranked = sorted(counts, key=lambda t: (t not in in_headline, -counts[t], t))
    chosen = [t for t in ranked if t in in_headline or counts[t] >= 2]
    return chosen[:limit] or ranked[:1]


def _clauses(sentence: Sentence) -> list[tuple[int, int]]:
    """Clause spans of a sentence (offsets into the text), splitting outside quotations only."""
    spans, begin, depth = [], 0, 0
    text = sentence.text
    quote_depth = [0] * (len(text) + 1)
    for i, ch in enumerate(text):
        if ch in "«“":
            depth += 1
        elif ch in "»”" and depth:
            depth -= 1
        quote_depth[i] = depth
    for brk in _CLAUSE_BREAK.finditer(text):
        if quote_depth[brk.start()]:
            continue
        if brk.start() > begin:
            spans.append((begin, brk.start()))
        begin = brk.end()
    if begin < len(text):
        spans.append((begin, len(text)))
    return [(sentence.start + a, sentence.start + b) for a, b in spans]


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def _window(text: str, clauses: list[tuple[int, int]], at: int) -> tuple[int, int]:
    """The smallest run of clauses around offset `at` that says something (>= MIN_CLAUSE_WORDS)."""
    index = next((i for i, (a, b) in enumerate(clauses) if a <= at < b), 0)
    first = last = index
    while _words(text[clauses[first][0] : clauses[last][1]]) < MIN_CLAUSE_WORDS:
        if first > 0:
            first -= 1
        elif last < len(clauses) - 1:
            last += 1
        else:
            break
    return clauses[first][0], clauses[last][1]


def tidy_summary(text: str) -> str:
    """A clause made into a one-line summary: filler removed, capitalised, length bounded."""
    text = " ".join(text.split())
    text = _LEADING_FILLER.sub("", text).strip(" ,;:")
    if len(text) > SUMMARY_CHARS:
        cut = text.rfind(" ", 0, SUMMARY_CHARS - 1)
        text = text[: cut if cut > 0 else SUMMARY_CHARS - 1].rstrip(" ,;:") + "…"
    elif text and text[-1] not in '.!?…»"”':
        text += "."
    return text[:1].upper() + text[1:]


def _in_span(
    start: int,
    end: int,
    items: Sequence,
) -> list:
    return [m for m in items if m.start >= start and m.end <= end]


def extract_events(
    dispatch: Dispatch,
    sentences: Sequence[Sentence],
    mentions: Sequence[TimeMention],
    topic_mentions: Sequence[TopicMention],
    dispatch_topics: Sequence[str],
) -> list[EventMention]:
    """Events of one dispatch, in text order."""
    text, lang = dispatch.text, dispatch.lang
    events: list[EventMention] = []
    statement_dated = False

    def make(date, precision, start, end) -> EventMention:
        clause_topics = _in_span(start, end, topic_mentions)
        topics = list(dict.fromkeys(m.topic for m in clause_topics)) or list(dispatch_topics)
        actors = tuple(dict.fromkeys(m.actor for m in clause_topics if m.actor))
        return EventMention(
            date=date,
            precision=precision,
            summary=tidy_summary(text[start:end]),
            topics=tuple(topics),
            actors=actors,
            types=event_types(text[start:end], lang),
            start=start,
            end=end,
            lang=lang,
        )

    for sentence in sentences:
        dated = [m for m in _in_span(sentence.start, sentence.end, mentions) if m.value]
        clauses = _clauses(sentence)
        covered: list[tuple[int, int]] = []
        seen_values: set[str] = set()
        for mention in dated:
            if mention.value in seen_values:
                continue
            seen_values.add(mention.value)
            start, end = _window(text, clauses, mention.start)
            covered.append((start, end))
            events.append(make(mention.value, mention.precision, start, end))
        verb = reporting_verb(sentence.text, lang)
        if verb and not statement_dated:
            at = sentence.start + verb.start()
            if not any(a <= at < b for a, b in covered):
                # A reported statement the text does not date: it was made when published.
                statement_dated = True
                start, end = sentence.start, sentence.end
                first_window = _window(text, clauses, at)
                if covered:
                    start, end = clauses[0][0], first_window[1]
                event = make(dispatch.published.isoformat(), "day", start, end)
                if "statement" not in event.types:
                    types = tuple(t for t in event.types if t != "other")
                    event = _with_types(event, ("statement", *types))
                events.append(event)
    return events


def _with_types(event: EventMention, types: tuple[str, ...]) -> EventMention:
    return replace(event, types=types)
