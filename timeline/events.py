"""Event mentions: the dated happenings a dispatch states, one per (clause, date).

- A sentence that carries time expressions yields an event for each distinct date, summarised
  by the sentence (one date) or by the clause around each expression (several dates).
- A reported statement the text does not date is dated by the narrative: the latest recent day
  the dispatch has told of before it, else the publication date ("a déclaré" on 2026-01-08).
- Topics are what the sentence names (countries, demonyms, capitals, people and organisations
  of a country); the dispatch's main topics are inherited only when it names nothing.
- Bounds ("until 2031", "jusqu'en 2031") delimit a state; they are not happenings.
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

from timeline.dates import TimeMention
from timeline.dispatch import Dispatch
from timeline.sentences import Sentence
from timeline.topics import TopicMention

SUMMARY_CHARS = 220
WHOLE_SENTENCE_CHARS = 240  # a one-date sentence this short is its own summary
MIN_CLAUSE_WORDS = 10
MIN_SEGMENT_WORDS = 5
NARRATIVE_DAYS = 7  # how recent a told day must be to date the statements that follow it
# Clause boundaries: commas, semicolons, colons and dashes that separate parts of a sentence.
_CLAUSE_BREAK = re.compile(r"\s*(?:[,;:]|\s[—–-])\s+")
_QUOTES_OPEN, _QUOTES_CLOSE = "«“„", "»”"
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


class _FoldTable(dict):
    """Character -> folded form, filled on first sight; `str.translate` reads it at C speed."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        if char == "’":
            folded = "'"
        else:
            decomposed = unicodedata.normalize("NFKD", char)
            folded = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
        if len(folded) != 1:
            _UNEVEN.add(char)
        self[code] = folded
        return folded


_FOLD = _FoldTable()
_UNEVEN: set[str] = set()  # characters seen whose folded form is not one character ('…', 'ß')


def fold(text: str) -> str:
    """Lower-case, accents removed, typographic apostrophes made plain: for keyword matching.

    Keeps one character per character where it can, so offsets found in the folded text
    point at the same place in the original."""
    return text.translate(_FOLD)


_NON_ASCII_RUN = re.compile(r"([^\x00-\x7f]+)")


class FoldedText:
    """A text folded once, so that the folded form of a span is a slice rather than a new fold.

    fold() works character by character: when every character of the text folds to exactly
    one (as in nearly every dispatch), fold(text[a:b]) == folded[a:b]."""

    __slots__ = ("folded", "sliceable", "text")

    def __init__(self, text: str) -> None:
        # ASCII only needs lower() (in C); the table is read for the other runs alone.
        parts = _NON_ASCII_RUN.split(text)  # ASCII, other, ASCII, other, ..., ASCII
        others = parts[1::2]
        parts[0::2] = [part.lower() for part in parts[0::2]]
        parts[1::2] = [part.translate(_FOLD) for part in others]
        self.text = text
        self.folded = "".join(parts)
        self.sliceable = _UNEVEN.isdisjoint("".join(others))

    def span(self, start: int, end: int) -> str:
        """fold(text[start:end])"""
        if self.sliceable:
            return self.folded[start:end]
        return fold(self.text[start:end])


@dataclass(frozen=True)
class _Tables:
    reporting: dict[str, re.Pattern]
    types: dict[str, tuple[re.Pattern, dict[str, set[str]]]]
    type_order: tuple[str, ...]  # the event types in the order of the data table
    bounds: dict[str, re.Pattern]
    relatives: dict[str, re.Pattern]
    determiners: dict[str, frozenset[str]]
    attribution_lead: dict[str, re.Pattern]

    def for_lang(self, table: dict, lang: str):
        return table.get(lang) or table["en"]


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    data = json.loads((Path(__file__).parent / "data" / "events.json").read_text("utf-8"))

    def words(items: Sequence[str], whole: bool = True, tail: str = "") -> re.Pattern:
        end = r"(?!\w)" if whole else ""
        return re.compile(rf"(?<!\w)(?:{_longest_first(items)}){end}{tail}")

    def per_lang(key: str, **options) -> dict[str, re.Pattern]:
        return {lang: words(items, **options) for lang, items in data[key].items()}

    return _Tables(
        reporting=per_lang("reporting"),
        types=_type_keywords(data["types"], words),
        type_order=tuple(data["types"]),
        bounds={lang: words(items, tail=r"\s*$") for lang, items in data["bounds"].items()},
        relatives=per_lang("relatives"),
        determiners={lang: frozenset(items) for lang, items in data["determiners"].items()},
        attribution_lead={
            lang: words(items, tail=r"[^,;:]{0,80},\s*")
            for lang, items in data["attribution_lead"].items()
        },
    )


def _longest_first(items: Sequence[str]) -> str:
    """An alternation of the items that tries, where several match, the longest first.

    Written as a tree of common prefixes ('accord|accus' -> 'acc(?:ord|us)'): the regex engine
    tries the alternatives of a flat list one by one at every word, and the keyword lists are
    long. A prefix that is itself an item is optional, greedy: longer first, as in a list
    sorted by length."""
    tree: dict = {}
    for item in items:
        node = tree
        for ch in item:
            node = node.setdefault(ch, {})
        node[""] = {}  # an item ends here

    def pattern(node: dict) -> str:
        branches = [re.escape(ch) + pattern(child) for ch, child in node.items() if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{body})?" if "" in node else body

    return pattern(tree)


def _type_keywords(types: dict, words) -> dict[str, tuple[re.Pattern, dict[str, set[str]]]]:
    """Per language: one pattern over every type's keywords, and keyword -> its types."""
    by_lang: dict[str, dict[str, set[str]]] = {}
    for kind, per_lang in types.items():
        for lang, keywords in per_lang.items():
            for keyword in keywords:
                by_lang.setdefault(lang, {}).setdefault(keyword, set()).add(kind)
    return {lang: (words(list(kinds), whole=False), kinds) for lang, kinds in by_lang.items()}


def event_types(text: str, lang: str) -> tuple[str, ...]:
    """The CAMEO-like types whose keywords the text contains ('other' when none), in the
    order of the type table; one pass over the text."""
    return _types_of_folded(fold(text), lang)


def _types_of_folded(folded: str, lang: str) -> tuple[str, ...]:
    tables = _tables()
    pattern, kinds = tables.for_lang(tables.types, lang)
    named = {kind for match in pattern.finditer(folded) for kind in kinds[match.group()]}
    found = tuple(kind for kind in tables.type_order if kind in named)
    return found or ("other",)


def reporting_verb(text: str, lang: str) -> re.Match | None:
    tables = _tables()
    return tables.for_lang(tables.reporting, lang).search(fold(text))


def main_topics(
    dispatch: Dispatch, topic_mentions: Sequence[TopicMention], limit: int = 4
) -> list[str]:
    """What the dispatch is about: topics of the headline first, then the most named in the body."""
    in_headline = [m.topic for m in topic_mentions if m.start < dispatch.body_start]
    counts = Counter(m.topic for m in topic_mentions)
    ranked = sorted(counts, key=lambda t: (t not in in_headline, -counts[t], t))
    chosen = [t for t in ranked if t in in_headline or counts[t] >= 2]
    return chosen[:limit] or ranked[:1]


_QUOTE_MARK = re.compile(f"[{_QUOTES_OPEN}{_QUOTES_CLOSE}]")


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """Where quotations run in a sentence (« … », “ … ”), outermost only."""
    spans, depth, opened = [], 0, 0
    for mark in _QUOTE_MARK.finditer(text):
        if mark.group() in _QUOTES_OPEN:
            if depth == 0:
                opened = mark.start()
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                spans.append((opened, mark.end()))
    if depth:
        spans.append((opened, len(text)))
    return spans


def has_quotation(text: str) -> bool:
    return bool(_QUOTE_MARK.search(text)) or text.count('"') >= 2


def _clauses(sentence: Sentence) -> list[tuple[int, int]]:
    """Clause spans of a sentence (offsets into the text), splitting outside quotations only."""
    spans, begin = [], 0
    text = sentence.text
    quoted = _quoted_spans(text)
    for brk in _CLAUSE_BREAK.finditer(text):
        if any(a <= brk.start() < b for a, b in quoted):
            continue
        if brk.start() > begin:
            spans.append((begin, brk.start()))
        begin = brk.end()
    if begin < len(text):
        spans.append((begin, len(text)))
    return [(sentence.start + a, sentence.start + b) for a, b in spans] or [
        (sentence.start, sentence.end)
    ]


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def _window(text: str, clauses: list[tuple[int, int]], at: int) -> tuple[int, int]:
    """The smallest run of clauses around offset `at` that says something (>= MIN_CLAUSE_WORDS),
    growing to the left first, where subjects are."""
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


def _split_at_relatives(
    folding: FoldedText, span: tuple[int, int], at: int, others: Sequence[int], lang: str
) -> tuple[int, int]:
    """When other dates share the clause, narrow it to the relative clause holding `at`
    ("the operation that removed Maduro two days earlier"), keeping its antecedent."""
    start, end = span
    if not any(start <= o < end for o in others):
        return span
    text = folding.text
    tables = _tables()
    folded = folding.span(start, end)
    cuts = [start + m.start() for m in tables.for_lang(tables.relatives, lang).finditer(folded)]
    cuts = [c for c in cuts if c > start]
    bounds_list = [start, *cuts, end]
    segments = list(pairwise(bounds_list))
    index = next((i for i, (a, b) in enumerate(segments) if a <= at < b), 0)
    seg_start, seg_end = segments[index]
    if any(seg_start <= o < seg_end for o in others) or _words(text[seg_start:seg_end]) < (
        MIN_SEGMENT_WORDS
    ):
        return span
    if index > 0:
        # Keep the antecedent: "the US operation" before "that removed ...".
        determiners = tables.for_lang(tables.determiners, lang)
        before = list(_WORD.finditer(text, segments[index - 1][0], seg_start))[-5:]
        for word in reversed(before):
            if folding.span(*word.span()) in determiners:
                seg_start = word.start()
                break
    return seg_start, seg_end


def is_bound(folding: FoldedText, mention: TimeMention, lang: str) -> bool:
    """ "until 2031", "jusqu'en 2031": the end of a state, not a happening."""
    tables = _tables()
    pattern = tables.for_lang(tables.bounds, lang)
    head = folding.span(max(0, mention.start - 14), mention.start)
    first_word = fold(mention.text.split(" ", 1)[0]) + " "
    return bool(pattern.search(head) or pattern.search(first_word))


def trim_attribution(text: str, lang: str, folded: str | None = None) -> str:
    """Drop "Selon X," in front and ", a confirmé X" / ", said X" behind the reported fact.

    `folded`, when given, is fold(text) with one character per character."""
    tables = _tables()
    lead = tables.for_lang(tables.attribution_lead, lang).match(
        fold(text) if folded is None else folded
    )
    if lead and _words(text[lead.end() :]) >= 6:
        text = text[lead.end() :]
        folded = None if folded is None else folded[lead.end() :]
    if folded is None:
        folded = fold(text)
    reporting = tables.for_lang(tables.reporting, lang)
    for comma in (m.start() for m in re.finditer(",", folded)):
        tail = folded[comma + 1 :]
        verb = reporting.search(tail)
        # ", a confirmé le ministre", ", officials said": a short tail that names who said it.
        short_tail = verb and _words(tail[: verb.start()]) <= 3 and _words(tail) <= 14
        if short_tail and _words(text[:comma]) >= 6:
            return text[:comma]
    return text


def tidy_summary(text: str, lang: str = "en", folded: str | None = None) -> str:
    """A clause made into a one-line summary: attribution and filler removed, capitalised,
    length bounded. `folded`, when given, is fold(text) with one character per character."""
    spaced = " ".join(text.split())
    text = trim_attribution(spaced, lang, folded if spaced == text else None)
    text = _LEADING_FILLER.sub("", text).strip(" ,;:")
    if len(text) > SUMMARY_CHARS:
        cut = text.rfind(" ", 0, SUMMARY_CHARS - 1)
        text = text[: cut if cut > 0 else SUMMARY_CHARS - 1].rstrip(" ,;:") + "…"
    elif text and text[-1] not in '.!?…»"”':
        text += "."
    return text[:1].upper() + text[1:]


def _after_leading_time(text: str, start: int, end: int, mentions: Sequence[TimeMention]) -> int:
    """Where a summary starts once an opening time phrase is dropped ("Le 26 janvier, le
    département d'État …" -> "Le département d'État …"): the timeline shows the date already."""
    for mention in mentions:
        if mention.start == start:
            rest = text[mention.end : end]
            stripped = rest.lstrip(" ,")
            if rest[:1] == "," and _words(stripped) >= 6:
                return end - len(stripped)
    return start


class _ByPosition:
    """Mentions sorted by start, found by span in logarithmic time (a 1 MB dispatch has
    thousands of sentences and of mentions)."""

    def __init__(self, items: Sequence):
        self.items = sorted(items, key=lambda m: m.start)
        self.starts = [m.start for m in self.items]

    def within(self, start: int, end: int) -> list:
        first = bisect.bisect_left(self.starts, start)
        last = bisect.bisect_left(self.starts, end, first)
        return [m for m in self.items[first:last] if m.end <= end]


def _is_recent_day(mention: TimeMention, published: dt.date) -> bool:
    if mention.precision != "day" or not mention.value:
        return False
    try:
        day = dt.date.fromisoformat(mention.value)
    except ValueError:
        return False
    return dt.timedelta(0) <= published - day <= dt.timedelta(days=NARRATIVE_DAYS)


def extract_events(
    dispatch: Dispatch,
    sentences: Sequence[Sentence],
    mentions: Sequence[TimeMention],
    topic_mentions: Sequence[TopicMention],
    dispatch_topics: Sequence[str],
    *,
    folding: FoldedText | None = None,
) -> list[EventMention]:
    """Events of one dispatch, in text order. `folding`: the dispatch text folded, if at hand."""
    text, lang = dispatch.text, dispatch.lang
    folding = folding or FoldedText(text)
    named_in, dated_in = _ByPosition(topic_mentions), _ByPosition(mentions)
    events: list[EventMention] = []
    statement_made = False
    narrative_day: str | None = None  # the latest recent day the dispatch has told of
    tables = _tables()
    reporting = tables.for_lang(tables.reporting, lang)

    def make(date: str, precision: str, start: int, end: int, sentence: Sentence) -> EventMention:
        named = sorted(
            named_in.within(sentence.start, sentence.end),
            key=lambda m: (not (start <= m.start < end), m.start),
        )
        topics = list(dict.fromkeys(m.topic for m in named)) or list(dispatch_topics)
        # Who acts is whom the clause names; the sentence's names only when the clause has none.
        in_clause = [m.actor for m in named if m.actor and start <= m.start < end]
        actors = tuple(dict.fromkeys(in_clause or [m.actor for m in named if m.actor]))
        opening = _after_leading_time(text, start, end, mentions)
        return EventMention(
            date=date,
            precision=precision,
            summary=tidy_summary(text[opening:end], lang, folding.span(opening, end)),
            topics=tuple(topics),
            actors=actors,
            types=_types_of_folded(folding.span(start, end), lang),
            start=start,
            end=end,
            lang=lang,
        )

    for sentence in sentences:
        in_sentence = dated_in.within(sentence.start, sentence.end)
        dated = [m for m in in_sentence if m.value and not is_bound(folding, m, lang)]
        distinct = list({m.value: m for m in reversed(dated)}.values())[::-1]
        whole_sentence = (
            len(distinct) == 1
            and len(sentence.text) <= WHOLE_SENTENCE_CHARS
            and not has_quotation(sentence.text)
        )
        clauses: list[tuple[int, int]] = []  # split only when a window is needed
        windows: list[tuple[int, int]] = []
        for mention in distinct:
            if whole_sentence:
                span = (sentence.start, sentence.end)
            else:
                clauses = clauses or _clauses(sentence)
                others = [m.start for m in distinct if m.value != mention.value]
                span = _window(text, clauses, mention.start)
                span = _split_at_relatives(folding, span, mention.start, others, lang)
            windows.append(span)
            events.append(make(mention.value, mention.precision, *span, sentence))
        # Only the first undated statement counts: after it, no need to look for verbs.
        verb = (
            None if statement_made else reporting.search(folding.span(sentence.start, sentence.end))
        )
        if verb:
            at = sentence.start + verb.start()
            if has_quotation(sentence.text) or not any(a <= at < b for a, b in windows):
                # A statement the text does not date: said on the day the story is at.
                statement_made = True
                clauses = clauses or _clauses(sentence)
                verb_window = _window(text, clauses, at)
                start = sentence.start if not windows else clauses[0][0]
                end = sentence.end if not windows else verb_window[1]
                date = narrative_day or dispatch.published.isoformat()
                event = make(date, "day", start, end, sentence)
                kinds = tuple(t for t in event.types if t not in ("other", "statement"))
                events.append(_with_types(event, ("statement", *kinds)))
        recent = [m for m in dated if _is_recent_day(m, dispatch.published)]
        if recent:
            narrative_day = recent[-1].value
    return events


def _with_types(event: EventMention, types: tuple[str, ...]) -> EventMention:
    from dataclasses import replace

    return replace(event, types=types)
