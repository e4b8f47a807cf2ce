"""Time expressions: find candidates per language, normalise each against the publication date.

Contract (used by events, storage and the CLI):
    extract_dates(text, published, lang, start=0, eras=()) -> list[TimeMention]
finds the time expressions of text[start:] (offsets are into `text`), in order of appearance.

How: the grammar of the dispatch's language (`timeline.datelang`, built from the tables in
`timeline/data/dates_<lang>.json`) proposes candidates, each rule tried only near the words
that can anchor it; overlapping candidates are settled longest first; then each kept
candidate is given its value left to right (`timeline.datenorm`, calendar arithmetic in
`timeline.datevalues`), so anaphoric expressions ("la veille", "two days earlier") count from
the date mentioned before them. `dateparser` is only a fallback, for the relative words of
the languages we have no table for, behind a cache.
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache, partial
from typing import Any

from timeline.datelang import (
    DATA,
    PREFIX_LEN,
    SPACE,
    Grammar,
    alternation,
    era_key_words,
    fold,
    fold_text,
    grammar,
    key_text,
    key_word,
    number_key,
    words_pattern,
)
from timeline.datenorm import (
    DATELINE_AFTER,
    DIGIT,
    NORMALISERS,
    SPACES,
    WORD,
    Candidate,
    Context,
    Slots,
    ends_between,
    holiday_date,
    sentence_ends,
    tense_marker_in,
    verb_at,
)
from timeline.datevalues import Reject, When, day, month_of, safe_date
from timeline.values import bounds

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


# ---------------------------------------------------------------------------------------------
# Eras
# ---------------------------------------------------------------------------------------------


def load_eras() -> tuple[Era, ...]:
    """The curated eras of `timeline/data/eras.json` (admins add more at run time)."""
    return _builtin_eras()


@lru_cache(maxsize=1)
def _builtin_eras() -> tuple[Era, ...]:
    data = json.loads((DATA / "eras.json").read_text(encoding="utf-8"))
    return tuple(
        Era(
            e["key"],
            tuple(e["names"]),
            dt.date.fromisoformat(e["start"]),
            dt.date.fromisoformat(e["end"]),
        )
        for e in data["eras"]
    )


@lru_cache(maxsize=1)
def _era_settings() -> dict[str, Any]:
    return json.loads((DATA / "eras.json").read_text(encoding="utf-8"))


@dataclass(frozen=True, slots=True)
class EraMatcher:
    pattern: re.Pattern[str]
    by_name: dict[str, Era]
    needs_context: frozenset[str]  # era keys named after events: only after a time preposition
    key: frozenset[str]  # one word of each name, to anchor the search
    key_pattern: re.Pattern[str]  # finds those words in a folded text
    by_key: dict[str, re.Pattern[str]]  # key word -> the pattern of the names holding it
    # key word -> the folded words of each of those names (a name can only be matched where
    # all its words are: checked first, since most windows hold none)
    words_by_key: dict[str, tuple[tuple[str, ...], ...]]
    # "en pleine", "en plena": time prepositions only where no lower-case word follows the
    # name ("en pleine guerre froide technologique" is a figure of speech)
    midst: frozenset[str]
    # "da", "del": articles contracted with a preposition, before "era de X" where "era" is
    # also a verb
    contracted: frozenset[str]


@lru_cache(maxsize=32)
def _era_matcher(extra: tuple[Era, ...]) -> EraMatcher | None:
    """The matcher of the built-in eras plus `extra` ones (cached by the extra eras, which
    are few: hashing the whole table on every call would cost more than the search)."""
    eras = _merged_eras(extra)
    if not eras:
        return None
    settings = _era_settings()
    by_name = {fold(name): era for era in eras for name in era.names}
    midst = settings.get("midst_prepositions", [])
    preps = alternation(settings["time_prepositions"] + midst)
    dets = alternation(settings["determiners"])

    def compile_names(names: list[str]) -> re.Pattern[str]:
        return re.compile(
            rf"(?<![\w])(?:(?P<prep>{preps}){SPACE})?(?P<span>(?:(?:{dets})(?:{SPACE}|(?<=['’])))?"
            rf"(?P<name>{alternation(names)}))(?![\w])",
            re.IGNORECASE,
        )

    all_names = [name for era in eras for name in era.names]
    key = frozenset(w for name in all_names if (w := key_word(name)))
    by_key = {k: compile_names([n for n in all_names if key_word(n) == k]) for k in key}
    words_by_key = {
        k: tuple(tuple(WORD.findall(fold(n))) for n in all_names if key_word(n) == k) for k in key
    }
    return EraMatcher(
        compile_names(all_names),
        by_name,
        frozenset(settings["needs_context"]),
        key,
        words_pattern(key),
        by_key,
        words_by_key,
        frozenset(fold(p) for p in midst),
        frozenset(fold(a) for a in settings.get("contracted_articles", [])),
    )


def _merged_eras(extra: Sequence[Era]) -> tuple[Era, ...]:
    builtin = _builtin_eras()
    if not extra:
        return builtin
    keys = {era.key for era in extra}
    return tuple(extra) + tuple(era for era in builtin if era.key not in keys)


# ---------------------------------------------------------------------------------------------
# Candidates
# ---------------------------------------------------------------------------------------------


MORE_DIGITS = re.compile(r"[\s.,]?\d")
TWO_YEARS = re.compile(r"(\d{4})-01-01/(\d{4})-12-31")  # a span of whole calendar years
DATE_SEPARATOR = re.compile(r"[/.-](?=\d)")  # as the grammar's scan reads one after a number
NOT_WORD = re.compile(r"\W")
WHITE = re.compile(r"\s")
ERA_AFTER = re.compile(r"\sera\Z", re.IGNORECASE)  # "Franco era": an English name
ERA_BEFORE = re.compile(r"era\s", re.IGNORECASE)  # "era de Vargas"
WORD_BEFORE = re.compile(r"(\w+)\s+\Z")
FIGURE_AFTER = re.compile(r"\s+(?-i:[a-zà-ÿ])")  # a lower-case word after an era's name
# How far around an anchor word a rule's match may reach, in characters.
REACH_BEFORE, REACH_AFTER = 40, 56


def _candidates(text: str, start: int, g: Grammar, extra_eras: tuple[Era, ...]) -> list[Candidate]:
    """Every match of every rule, found around the words that can anchor it.

    One pass over the folded text finds the anchor words, the numbers and the words rules
    require; then, for each anchor, the word starts within reach before it that a rule of the
    anchor may start from are tried: first against the gate of those rules (one test for all
    of them), then, where the gate opens, against each rule."""
    low = fold_text(text)
    present: set[str] = set()
    occurrences: list[tuple[str, int]] = []  # (key, where the anchor starts)
    era_spans: list[tuple[int, int]] = []
    groups = g.groups
    title_keys = g.title_keys
    era_keys = era_key_words() if not extra_eras else frozenset()
    for m in g.scan.finditer(low, start):
        word = m[1]
        if word is not None:
            present.add(word)
            if word in groups and not (word in title_keys and not text[m.start()].isupper()):
                occurrences.append((word, m.start()))  # ("may" the modal anchors no month)
            if word in era_keys:
                era_spans.append(m.span())
            if not word[0].isdigit():
                continue
            # a quarter's ordinal ("2." of "2. Quartal") is also a number ("2.1.2026")
            key = number_key(word, DATE_SEPARATOR.match(low, m.end()) is not None)
        else:
            key = number_key(m[2], m[3] is not None)
        if key is not None and key in groups:
            occurrences.append((key, m.start()))
    found: list[Candidate] = []
    # Rules whose required words are not all in the text are left out.
    blocked = {i for i, reqs in g.requirements if any(req.isdisjoint(present) for req in reqs)}
    for key, key_start in occurrences:
        group = groups[key]
        first = group.first
        by_prefix = group.by_prefix
        lo = key_start - group.reach
        for sm in group.starts().finditer(low, lo if lo > start else start, key_start + 1):
            pos = sm.start()
            if first is not None and text[pos] not in first:
                continue
            prefix = low[pos : pos + PREFIX_LEN]
            if not prefix.isprintable():  # a new line, a tab: rule beginnings have spaces
                prefix = key_text(prefix)
            entry = by_prefix.get(prefix) or group.at(prefix)
            gate = entry[1]
            if gate is not None and gate.match(text, pos) is None:
                continue
            distance = key_start - pos
            for i, rule in entry[0]:
                if distance > rule.reach or i in blocked:
                    continue
                rm = rule.pattern.match(text, pos)
                if rm is not None:
                    span = rm.span("span") if rule.has_span and rm["span"] else rm.span()
                    found.append(Candidate(span[0], span[1], rule.kind, rm, rule, i))
    if extra_eras:
        matcher = _era_matcher(extra_eras)
        era_spans = [m.span() for m in matcher.key_pattern.finditer(low, start)]
    else:
        matcher = _era_matcher(()) if era_spans else None
    if matcher is not None and era_spans:
        era_is_a_verb = g.settings.get("era_is_a_verb")
        for lo, hi, key in _windows(text, start, era_spans, low):
            if not _may_name_era(text, low, lo, hi, matcher.words_by_key[key]):
                continue
            for m in matcher.by_key[key].finditer(text, lo, hi):
                era = matcher.by_name.get(fold(m["name"]))
                if era is None or (era.key in matcher.needs_context and not m["prep"]):
                    continue
                if (
                    era.key in matcher.needs_context
                    and m["prep"]
                    and fold(m["prep"]) in matcher.midst
                    and FIGURE_AFTER.match(text, m.end())
                ):
                    continue  # "en pleine guerre froide technologique"
                if m["name"][-1].isdigit() and MORE_DIGITS.match(text, m.end("name")):
                    continue  # "en mai 68 000 emplois": a number, not "Mai 68"
                if era_is_a_verb and _era_is_the_verb(text, m, matcher.contracted):
                    continue  # "Franco era un dictador", "El gol era de Vargas": was
                found.append(Candidate(m.start("span"), m.end("span"), "era", m, None, -1, era))
    return _settle(_unique(found))


def _era_is_the_verb(text: str, m: re.Match[str], contracted: frozenset[str]) -> bool:
    """Where "era" is also "was": whether an era name matched by `m` is rather the verb. An
    English-order name ("Franco era") always is ("Franco era un dictador"); "era de Vargas"
    is unless an article, a preposition or a contracted article (`contracted`: "da", "del")
    comes before it ("la era de Vargas", "da Era Vargas"; not "El gol era de Vargas")."""
    if ERA_AFTER.search(m["name"]):
        return True
    if not ERA_BEFORE.match(m["name"]) or m.start("span") < m.start("name") or m["prep"]:
        return False
    before = WORD_BEFORE.search(text, max(0, m.start() - 8), m.start())
    return before is None or fold(before[1]) not in contracted


def _may_name_era(
    text: str, low: str, lo: int, hi: int, names: tuple[tuple[str, ...], ...]
) -> bool:
    """Whether text[lo:hi] (`low`: folded) may hold one of the era names, given by their
    folded words: in ASCII text, only if it holds all the words of one of them. (Beyond
    ASCII, case-insensitive matching pairs letters that lower-casing does not: the search
    decides.)"""
    if not text.isascii() and not text[lo:hi].isascii():
        return True
    window = low[lo:hi]
    return any(all(word in window for word in words) for words in names)


def _windows(
    text: str, start: int, spans: list[tuple[int, int]], low: str
) -> list[tuple[int, int, str]]:
    """Search windows around anchor words (with the word: `low` is the folded text), cut at
    word boundaries, merged when they touch and hold the same word."""
    out: list[tuple[int, int, str]] = []
    end = len(text)
    for s, e in spans:
        word = low[s:e]
        lo = s - REACH_BEFORE
        if lo <= start:
            lo = start
        else:
            cut = NOT_WORD.search(text, lo)  # skip the partial word at the edge
            lo = cut.end() if cut and cut.end() <= s else s
        hi = e + REACH_AFTER
        if hi >= end:
            hi = end
        else:
            cut = WHITE.search(text, hi)
            hi = cut.start() if cut else end
        if out and lo <= out[-1][1] and out[-1][2] == word:
            out[-1] = (out[-1][0], hi, word)
        else:
            out.append((lo, hi, word))
    return out


def _unique(found: list[Candidate]) -> list[Candidate]:
    seen: set[tuple[int, int, int]] = set()
    out = []
    for c in found:
        k = (c.start, c.end, c.order)
        if k not in seen:
            seen.add(k)
            out.append(c)
    return out


def _settle(found: list[Candidate]) -> list[Candidate]:
    """Keep the longest of overlapping candidates (then the earliest rule), in text order."""
    found.sort(key=lambda c: (-(c.end - c.start), c.order, c.start))
    starts: list[int] = []  # kept spans, sorted (they never overlap)
    ends: list[int] = []
    kept: list[Candidate] = []
    for c in found:
        i = bisect.bisect_right(starts, c.start)
        if i and ends[i - 1] > c.start:  # the kept span starting before overlaps
            continue
        if i < len(starts) and starts[i] < c.end:  # the kept span starting after overlaps
            continue
        starts.insert(i, c.start)
        ends.insert(i, c.end)
        kept.append(c)
    kept.sort(key=lambda c: c.start)
    return kept


# ---------------------------------------------------------------------------------------------
# Entry point
# ---------------------------------------------------------------------------------------------


def extract_dates(
    text: str, published: dt.date, lang: str, start: int = 0, eras: Sequence[Era] = ()
) -> list[TimeMention]:
    """The time expressions of text[start:], with values resolved against `published`."""
    if isinstance(published, dt.datetime):
        published = published.date()  # a datetime would not compare with the dates we compute
    g = grammar(lang)
    candidates = [
        c
        for c in _candidates(text, start, g, tuple(eras))
        if not (g.lowercase_names and _capitalised_name(text, c, g))
        and not (g.settings.get("reject_title_phrases") and _title_phrase(text, c))
        and not _place_name(text, c, g)
        and not (c.kind == "holiday" and _other_calendar(text, c, g))
    ]
    if g.count_nouns is not None:
        candidates = [_counted_after_weekday(text, c, g.count_nouns) for c in candidates]
    if any(c.kind in ("anaphor_of", "shift") for c in candidates):
        candidates = _counted_from_next(
            text, candidates, g.vocab.get("ANAPHOR", {}), g.vocab.get("CLAUSE_START", {})
        )
    if any(c.kind == "anaphor" for c in candidates):
        candidates = _appositions(text, candidates)
    if any(c.kind == "relday" for c in candidates):
        candidates = _relday_weekdays(text, candidates, g, published)
    ctx = Context(text, published, g, start)
    ctx.quarter_story = any(c.kind in QUARTER_KINDS for c in candidates)
    mentions = _resolve(ctx, candidates)
    # Relative words inside a quotation count from the day the words were spoken: once the
    # dates outside the quotations are known, resolve again with those speech days.
    deictic = [c.start for c in candidates if c.kind in DEICTIC]
    quotes = _quotations(ctx, mentions, deictic) if deictic else []
    if quotes:
        ctx = Context(text, published, g, start)
        ctx.quarter_story = any(c.kind in QUARTER_KINDS for c in candidates)
        ctx.quotes = quotes
        mentions = _resolve(ctx, candidates)
    holiday_candidates = {c.start: c for c in candidates if c.kind == "holiday"}
    if holiday_candidates and len(mentions) > 1:
        mentions = _holidays_dated_beside(ctx, mentions, holiday_candidates)
    if g.between is not None and g.between_and is not None and len(mentions) > 1:
        mentions = _between_days(ctx, mentions, set(holiday_candidates))
    if g.fiscal_year is not None and g.period_end is not None:
        valued = [_fiscal_year(ctx, m, mentions) for m in mentions]
        mentions = _same_fiscal_years(ctx, mentions, valued)
    return mentions


def _holidays_dated_beside(
    ctx: Context, mentions: list[TimeMention], holidays: dict[int, Candidate]
) -> list[TimeMention]:
    """A holiday whose day its sentence tells ("before Chinese New Year, which falls on
    February 17", "Pâques, le 5 avril") is that day: its year is the day's, whatever the
    tense chose."""
    out = list(mentions)
    for i, m in enumerate(mentions):
        c = holidays.get(m.start)
        if c is None or m.precision != "day" or m.value is None:
            continue
        spec = Slots(ctx, c).get("holiday")
        if "/" in spec:
            continue  # a holiday of several days
        following = mentions[i + 1] if i + 1 < len(mentions) else None
        apposed = _apposed_to_holiday(ctx, spec, m, following)
        if apposed is not None:
            out[i] = replace(m, value=apposed.value)
            out[i + 1] = apposed
            continue
        if (
            following is not None
            and following.start not in holidays  # (not "Noël et le jour de l'An")
            and _weekday_of_holiday(ctx.text, m, following)
        ):
            out[i + 1] = replace(following, value=m.value)  # "Mariä Himmelfahrt am Freitag"
            continue
        lo, hi = ctx.sentence(m.start, m.end)
        for j, other in enumerate(mentions):
            if other is m or other.precision != "day" or other.value is None:
                continue
            if not lo <= other.start < hi or other.value == m.value:
                continue
            told = dt.date.fromisoformat(other.value)
            # a date with its day but no year written, told as the day the holiday falls on,
            # is in the year the holiday falls on it ("depois do Carnaval, que cai em 4 de
            # março", told in January: next year's; not "After Easter, classes resume on
            # April 20", nor "on Monday", "hace diez días")
            # ("Año Nuevo chino, que en 2025 cae el 29 de enero": in the year written)
            falls_on = FALLS_ON.fullmatch(ctx.text, m.end, other.start)
            if WRITTEN_YEAR.search(other.text) or not DIGIT.search(other.text) or not falls_on:
                years: tuple[int, ...] = (told.year,)
            elif falls_on["year"]:
                years = (int(falls_on["year"]),)
            else:
                years = _years_around(told.year)
            falls = next((y for y in years if _holiday_falls_on(spec, y, told)), None)
            if falls is not None:
                value = told.replace(year=falls).isoformat()
                out[i] = replace(m, value=value)
                out[j] = replace(other, value=value)
                break
    return out


def _years_around(year: int) -> tuple[int, int, int]:
    """A year, then the one after and the one before: where a year-less date may lie."""
    return (year, year + 1, year - 1)


def _holiday_falls_on(spec: str, year: int, told: dt.date) -> bool:
    """Whether the holiday `spec` falls on the month and day of `told` in `year`."""
    try:
        falls = holiday_date(spec, year)
    except (Reject, ValueError):
        return False
    return (falls.month, falls.day) == (told.month, told.day)


WRITTEN_YEAR = re.compile(r"\d{4}")
# Between a holiday and the day it falls on: "Carnaval, que cai em", "Easter falls on",
# "Pâques tombe le", "Ostern fällt auf den", "la Pascua cae el", maybe in a year written ("which
# in 2025 falls on").
FALLS_ON = re.compile(
    r",?\s*(?:(?:que|qui|which|das|der|die)\s+)?(?:(?:in|en|em|im)\s+(?P<year>(?:1[89]|20)\d\d)\s+)?"
    r"(?:cai|cae|tombe|falls?|fällt|fiel|fell|caiu|cayó"
    r"|tomba)\s+(?:(?:em|no|a|el|en|le|on|auf|am)\s+)?(?:(?:den|dem)\s+)?",
    re.IGNORECASE,
)
WEEK_DAYS = 7
WORD_BETWEEN = re.compile(r"\s+(?:\w+\s+)?")  # at most a preposition: "am", "on"


def _weekday_of_holiday(text: str, holiday: TimeMention, told: TimeMention) -> bool:
    """Whether `told`, right after a one-day holiday with at most a preposition between,
    is a weekday that the holiday falls on ("Mariä Himmelfahrt am Freitag", "Christmas Day
    on Thursday"): the holiday's day, not another Friday."""
    if holiday.precision != "day" or told.precision != "day" or None in (holiday.value, told.value):
        return False
    if not WORD_BETWEEN.fullmatch(text, holiday.end, told.start) or DIGIT.search(told.text):
        return False
    assert holiday.value is not None and told.value is not None
    # (the same weekday within a week of it: not the holiday of another country, "Father's
    # Day on Sunday" in Australia is September's, not June's)
    gap = abs((dt.date.fromisoformat(told.value) - dt.date.fromisoformat(holiday.value)).days)
    return gap % WEEK_DAYS == 0 and gap <= WEEK_DAYS


def _apposed_to_holiday(
    ctx: Context, spec: str, holiday: TimeMention, told: TimeMention | None
) -> TimeMention | None:
    """The day set off right after a holiday ("Black Friday, Nov. 28", "Easter Monday, April
    17, 2023"), which the holiday is: with no year written, dated in the year nearest its
    own where the holiday falls on it."""
    if (
        told is None
        or told.precision != "day"
        or told.value is None
        or not _set_off(ctx, holiday.end, told.start, told.end)
    ):
        return None
    if WRITTEN_YEAR.search(told.text):
        return told
    d = dt.date.fromisoformat(told.value)
    falls = next((y for y in _years_around(d.year) if _holiday_falls_on(spec, y, d)), None)
    if falls is None:
        return told  # (a calendar of its own: the Orthodox Easter Monday of "April 17, 2023")
    return replace(told, value=d.replace(year=falls).isoformat())


def _between_days(
    ctx: Context, mentions: list[TimeMention], holidays: set[int]
) -> list[TimeMention]:
    """`entre Noël et la Saint-Sylvestre`, `zwischen Weihnachten und dem 6. Jänner`: two days
    joined by "and" after "between" are one span (the rules' own ranges cover the dates
    written alike, `entre le 3 et le 5 mars`; this joins holidays and dates). So are two
    joined by "to" after "from" where one is a holiday (`holidays`: where they start), `del
    Jueves Santo al Lunes de Pascua` (TimeML annotates other such days one by one). Months
    and years joined alike are one span too (`_joined_periods`)."""
    g, text = ctx.g, ctx.text
    assert g.between is not None and g.between_and is not None
    out: list[TimeMention] = []
    for m in mentions:
        first = out[-1] if out else None
        if (
            first is not None
            and {first.precision, m.precision} <= SPAN_END_PRECISIONS
            and not first.precision == m.precision == "day"  # (two days: below)
        ):
            out[-1:] = _joined_periods(ctx, first, m)
            continue
        if first is None or first.precision != "day" or m.precision != "day":
            out.append(m)
            continue
        joined = _joined_days(ctx, first, m, holidays)
        if joined is None:
            out.append(m)
            continue
        lead, longest = joined
        start, end = dt.date.fromisoformat(first.value), dt.date.fromisoformat(m.value)
        if not start < end or (end - start).days > longest:
            out.append(m)  # (a span read backwards: the years or weekdays were misread)
            continue
        span = f"{start.isoformat()}/{end.isoformat()}"
        out[-1] = TimeMention(text[lead.start() : m.end], lead.start(), m.end, span, "period")
    return out


# The ends of a span the rules leave apart when one of them is a part of a month or a year:
# "entre marzo de 2020 y finales de 2021", "von Anfang 2023 bis Ende 2024"
SPAN_END_PRECISIONS = frozenset({"day", "month", "year"})
LONGEST_SPAN_YEARS = 50  # (longer: not one span, but two dates far apart compared)
OPENING_REACH = 16  # characters before a span's first date its opening word may start


def _joined_periods(ctx: Context, first: TimeMention, second: TimeMention) -> list[TimeMention]:
    """`first` and `second` as one span, from the first day of one to the last of the other,
    if "between ... and" or "from ... to" joins them (not two days: `_joined_days`, nor a
    date moved: "postponed from March to late 2026"), else both."""
    g, text = ctx.g, ctx.text
    ends = bounds(first.value), bounds(second.value)
    if ends[0] is None or ends[1] is None:
        return [first, second]
    start, end = ends[0][0], ends[1][1]
    for opening, joining in ((g.between, g.between_and), (g.span_from, g.span_to)):
        if opening is None or joining is None:
            continue
        lead = _span_lead(text, first, second, opening, joining, to_inside=True)
        if lead is None:
            continue
        if (
            text[lead.end() : first.start].strip()
            or _moved_before(ctx, lead.start())
            or _moved_after(ctx, second.end)
            or not start < end
            or end.year - start.year > LONGEST_SPAN_YEARS
        ):
            return [first, second]
        span = f"{start.isoformat()}/{end.isoformat()}"
        return [
            TimeMention(text[lead.start() : second.end], lead.start(), second.end, span, "period")
        ]
    return [first, second]


def _span_lead(
    text: str,
    first: TimeMention,
    second: TimeMention,
    opening: re.Pattern[str],
    joining: re.Pattern[str],
    *,
    to_inside: bool = False,
) -> re.Match[str] | None:
    """The word opening a span ("entre", "from") before `first`, if the word joining spans
    ("and", "to") stands right after `first`, or (`to_inside`) opens `second` ("bis Ende
    2024")."""
    joined = _right_after(joining, text, first.end, second.start)
    if joined is None and to_inside:
        inside = text.find(" ", second.start, second.end)  # the end of the second's first word
        near = _right_after(joining, text, first.end, inside + 1) if inside >= 0 else None
        if near is not None and joining.search(text, first.end, second.start) is None:
            joined = near  # (only where the words between have no joining word of their own)
    if joined is None:
        return None
    return opening.search(text, max(0, first.start - OPENING_REACH), first.start)


def _right_after(joining: re.Pattern[str], text: str, at: int, stop: int) -> re.Match[str] | None:
    """A match of `joining` in text[:stop] starting at `at` or one character later (a space):
    the first a search from `at` finds, when it is that near (the words between two mentions
    are never read further)."""
    return joining.match(text, at, stop) or joining.match(text, at + 1, stop)


def _joined_days(
    ctx: Context, first: TimeMention, second: TimeMention, holidays: set[int]
) -> tuple[re.Match[str], int] | None:
    """The word opening a span of two days ("entre", "del") and the most days it may hold,
    if "and" ("to") joins them right after the first."""
    g, text = ctx.g, ctx.text
    pairs = [(g.between, g.between_and, False), (g.span_from, g.span_to, True)]
    for opening, joining, needs_holiday in pairs:
        if opening is None or joining is None:
            continue
        if (
            needs_holiday
            and first.start not in holidays
            and second.start not in holidays
            and not (FIGURE_DAY.fullmatch(first.text) and FIGURE_DAY.fullmatch(second.text))
        ):
            continue
        lead = _span_lead(text, first, second, opening, joining)
        if lead is None:
            continue
        if not needs_holiday:
            return lead, LONGEST_SPAN_DAYS
        if _moved_before(ctx, lead.start()):
            return None  # "moved from Boxing Day to December 27": two days
        if first.start not in holidays and second.start not in holidays:
            return lead, LONGEST_SPAN_DAYS  # "du 01/06/2026 au 31/05/2027": a policy year
        return lead, HOLIDAY_SPAN_DAYS
    return None


# A day in figures ("16/06/2025", "24.01."): two joined by "from ... to" are one span ("du
# 16/06/2025 au 14/07/2025", "vom 24.01. bis 26.01.2024"), as the rules' own ranges in words.
FIGURE_DAY = re.compile(r"\d{1,2}[./-]\d{1,2}(?:[./-](?:\d{4}|\d{2})?)?")
# The longest span of two days joined ("entre Noël et ...") in days (longer: a year misread),
# and the longest "from <holiday> to <day>".
LONGEST_SPAN_DAYS = 366
HOLIDAY_SPAN_DAYS = 300
# How far before "from" a verb of moving a date may stand ("was moved from Boxing Day").
MOVED_REACH = 30


def _moved_after(ctx: Context, at: int) -> bool:
    """Whether a verb of moving a date closes the clause right after position `at` (German
    "Die Frist wurde von Ende März bis Ende Juni verlängert")."""
    moved = ctx.g.span_moved
    return moved is not None and moved.search(ctx.text, at, at + MOVED_AFTER_REACH) is not None


MOVED_AFTER_REACH = 20  # characters: the words closing the clause


def _moved_before(ctx: Context, at: int) -> bool:
    """Whether a verb of moving a date ("moved", "reportée") comes shortly before position
    `at`, in its clause (not "The rink, which was moved to the park, is open from")."""
    moved = ctx.g.span_moved
    lo, _ = ctx.sentence(at, at)
    lo = max(lo, at - MOVED_REACH, ctx.text.rfind(",", 0, at) + 1)
    return moved is not None and moved.search(ctx.text, lo, at) is not None


# How far apart a fiscal year's label and the day it ends may be told, in characters.
FISCAL_END_REACH = 60
CONJUNCTION = re.compile(r"\b(?:and|et|y|e|und|but|mais|pero|mas|aber)\b", re.IGNORECASE)


def _tells_bound(
    bound: re.Pattern[str],
    text: str,
    m: TimeMention,
    other: TimeMention,
    *,
    relative: re.Pattern[str] | None,
    must_relate: bool = False,
) -> bool:
    """Whether `other` is the day the period `m` ends (or starts), as its clause says: a verb
    of ending (`bound`) right before that day, a few words after the period (`l'exercice
    2024-2025 s'est clos le 30 juin`, `the 2026-27 financial year, which began on April 1`),
    or right after that day (`Geschäftsjahr 2024/25, das am Dienstag endete`; before the
    period: `das Ende September endende Geschäftsjahr 2024/25`). After the period, a verb
    after the day (and with `must_relate`, any verb) must be in a relative clause of the
    period (`relative`: "which", "das")."""
    if other.start > m.end:
        verb = None
        for found in bound.finditer(text, m.end, other.start):
            verb = found
        if verb is not None and other.start - verb.end() <= 16:
            gap = text[m.end : verb.start()]
        elif bound.match(text, SPACES.match(text, other.end).end()):
            gap = text[m.end : other.start]
            must_relate = True  # (not "in fiscal 2024-25, a strike in May ended ...")
        else:
            return False
        if must_relate and (relative is None or not relative.search(gap)):
            return False  # (not "In fiscal 2025-26, shipments started on March 3")
    else:
        verb = bound.match(text, other.end + 1)
        if verb is None:
            return False
        gap = text[verb.end() : m.start]
    return len(WORD.findall(gap)) <= 4 and not CONJUNCTION.search(gap)


def _fiscal_year(ctx: Context, m: TimeMention, mentions: list[TimeMention]) -> TimeMention:
    """`l'exercice 2024-2025, clos le 30 juin`, `das Ende September endende Geschäftsjahr
    2024/25`, `its 2026/27 fiscal year, which began on March 1`: a two-year span labelled as
    a fiscal year, whose last (or first) day its sentence tells, is the twelve months up to
    (or from) that day, not the two calendar years."""
    years = TWO_YEARS.fullmatch(m.value or "")
    if m.precision == "year" and m.value is not None:
        return _one_fiscal_year(ctx, m, mentions)
    if m.precision != "period" or years is None or int(years[2]) != int(years[1]) + 1:
        return m
    g, text = ctx.g, ctx.text
    assert g.fiscal_year is not None and g.period_end is not None
    label = _fiscal_label(g.fiscal_year, text, m)
    if label is None:
        return m
    lo, hi = ctx.sentence(m.start, m.end)
    for other in _days_and_months_near(m, mentions, lo, hi):
        month = int(other.value[5:7])
        try:
            if _tells_bound(g.period_end, text, m, other, relative=g.relative_words):
                end_year = int(years[2])
                last = (
                    int(other.value[8:10])
                    if other.precision == "day"
                    else month_of(end_year, month).last.day
                )
                closing = dt.date(end_year, month, last)
                opening = dt.date(end_year - 1, month, last) + dt.timedelta(days=1)
            elif g.period_start is not None and _tells_bound(
                g.period_start, text, m, other, relative=g.relative_words, must_relate=True
            ):
                first = int(other.value[8:10]) if other.precision == "day" else 1
                opening = dt.date(int(years[1]), month, first)
                closing = dt.date(int(years[2]), month, first) - dt.timedelta(days=1)
            else:
                continue
        except ValueError:
            return m
        value = f"{opening.isoformat()}/{closing.isoformat()}"
        return replace(m, value=value)
    cycle = _twelve_month_cycle(m, mentions, lo, hi)
    if cycle is not None:  # "the 2024-25 financial year, which runs from July to June"
        first, last = cycle
        closing = month_of(int(years[2]), last).last
        value = f"{years[1]}-{first:02d}-01/{closing.isoformat()}"
        return replace(m, value=value)
    april = g.april_fiscal_year
    if april is not None and april.fullmatch(label[0]):
        value = f"{years[1]}-04-01/{years[2]}-03-31"  # no day told: the commonest such year
        return replace(m, value=value)
    return m


# What follows a one-year fiscal year whose bound its sentence tells: a relative clause or a
# participle of its start or end ("fiscal 2025, which ended June 30", "ended Jan. 31").
BOUND_TOLD_NEXT = re.compile(
    r"\s*,?\s*(?:which|that|das|die|der|qui|que|el cual|o qual|ended|ending|closed|began|"
    r"beginning|begins|ends|starting|clos|clôturé|terminé|cerrado|encerrado|endete|endende|"
    r"begann|beginnende)\b",
    re.IGNORECASE,
)


def _days_and_months_near(
    m: TimeMention, mentions: list[TimeMention], lo: int, hi: int
) -> Iterator[TimeMention]:
    """The days and months told near a fiscal year `m` in its sentence text[lo:hi]: where
    its first or last day may be told."""
    for other in mentions:
        if other is m or other.value is None or other.precision not in ("day", "month"):
            continue
        if lo <= other.start < hi and abs(other.start - m.start) <= FISCAL_END_REACH:
            yield other


def _fiscal_label(fiscal: re.Pattern[str], text: str, m: TimeMention) -> re.Match[str] | None:
    """The label naming a fiscal year, part of the mention or right beside it ("the 2025-26
    financial year", "fiscal 2025"), if any."""
    label = fiscal.search(text, max(0, m.start - 24), min(len(text), m.end + 20))
    if label is None or label.end() < m.start - 2 or label.start() > m.end + 2:
        return None
    return label


def _one_fiscal_year(ctx: Context, m: TimeMention, mentions: list[TimeMention]) -> TimeMention:
    """`the 2026 fiscal year, which began Oct. 1`, `fiscal 2025, which ended June 30`: a year
    labelled as a fiscal year, whose first or last day its sentence tells, is the twelve
    months from or up to that day (named, as is usual, for the year it ends in)."""
    g, text = ctx.g, ctx.text
    assert g.fiscal_year is not None and g.period_end is not None
    label = _fiscal_label(g.fiscal_year, text, m)
    if label is None:
        return m
    if not BOUND_TOLD_NEXT.match(text, max(m.end, label.end())):
        return m  # the bound of something else: "the fiscal 2025 first half, which ended"
    year = int(m.value or "0")
    lo, hi = ctx.sentence(m.start, m.end)
    for other in _days_and_months_near(m, mentions, lo, hi):
        told = dt.date.fromisoformat(
            other.value if other.precision == "day" else other.value + "-01"
        )
        try:
            if _tells_bound(g.period_end, text, m, other, relative=g.relative_words):
                if other.precision == "month":  # "das Ende September endete"
                    told = month_of(told.year, told.month).last
                # (a year in words takes the year of the day told: "the fiscal year ending
                # March 31, 2026"; a year in figures its own: "fiscal 2025, which ended June 30")
                closing = told if DIGIT.search(m.text) is None else told.replace(year=year)
                opening = closing.replace(year=closing.year - 1) + dt.timedelta(days=1)
            elif g.period_start is not None and _tells_bound(
                g.period_start, text, m, other, relative=g.relative_words, must_relate=True
            ):
                if told.year not in (year - 1, year):
                    return m
                opening = told
                closing = dt.date(told.year + 1, told.month, told.day) - dt.timedelta(days=1)
            else:
                continue
        except ValueError:
            return m  # (a 29 February)
        if opening.month == 1 and opening.day == 1:
            return m  # the calendar year
        return replace(m, value=f"{opening.isoformat()}/{closing.isoformat()}", precision="period")
    return m


def _same_fiscal_years(
    ctx: Context, mentions: list[TimeMention], valued: list[TimeMention]
) -> list[TimeMention]:
    """`valued`: the `mentions` after `_fiscal_year`. Once a text tells the bounds of one
    fiscal year ("fiscal 2025, which ended Sept. 30"), its other fiscal years counted in
    single years run alike ("down 11% from fiscal 2024"), unless another owner's ("The
    company's fiscal 2025 ended June 30. The government's fiscal 2026 budget")."""
    told = next(
        (
            v
            for m, v in zip(mentions, valued, strict=True)
            if m.precision == "year" and v.precision == "period"
        ),
        None,
    )
    fiscal = ctx.g.fiscal_year
    assert fiscal is not None
    span = bounds(told.value) if told is not None else None
    if told is not None and span is not None:
        opening, closing = span
        year = closing.year  # (a fiscal year is named for the year it ends in)
        owner = _fiscal_owner(ctx, told)
    else:
        closing = _unnamed_fiscal_end(ctx, mentions)
        if closing is None:
            return valued
        year, owner = closing.year, None  # (the fiscal year of the company reporting)
        opening = closing.replace(year=year - 1) + dt.timedelta(days=1)
    out = []
    for m in valued:
        label = _fiscal_label(fiscal, ctx.text, m) if m.precision == "year" else None
        if (
            label is not None
            and (m.value or "").isdigit()
            # (not one whose own bounds are told: "fiscal 2024, which ended Dec. 31, 2024")
            and not BOUND_TOLD_NEXT.match(ctx.text, max(m.end, label.end()))
            and _fiscal_owner(ctx, m) in (None, owner)
        ):
            shift = int(m.value or "0") - year
            try:
                first = opening.replace(year=opening.year + shift)
                last = closing.replace(year=closing.year + shift)
            except ValueError:  # (a 29 February)
                out.append(m)
                continue
            out.append(replace(m, value=f"{first}/{last}", precision="period"))
            continue
        out.append(m)
    return out


def _unnamed_fiscal_end(ctx: Context, mentions: list[TimeMention]) -> dt.date | None:
    """`for its fiscal year ended Sept. 30`, `son exercice clos le 30 juin`: the last day of
    the fiscal year of the company reporting (a possessive of the table's FISCAL_OWN before
    it, or "the company's"), told without its year (not Dec. 31: the calendar year), if
    any. (Not "Oracle, whose fiscal year ended May 31", nor "The state's fiscal year".)"""
    g, text = ctx.g, ctx.text
    assert g.fiscal_year is not None and g.period_end is not None
    for m in mentions:
        if m.precision != "day" or m.value is None:
            continue
        lo = max(0, m.start - FISCAL_LABEL_REACH)
        for label in g.fiscal_year.finditer(text, lo, m.start):
            if not _own_fiscal_year(ctx, label.start()):
                continue
            verb = g.period_end.match(text, SPACES.match(text, label.end()).end())
            if verb is not None and DAY_AFTER_END.fullmatch(text, verb.end(), m.start):
                closing = dt.date.fromisoformat(m.value)
                return None if (closing.month, closing.day) == (12, 31) else closing
    return None


def _own_fiscal_year(ctx: Context, label_at: int) -> bool:
    """Whether the fiscal year labelled at `label_at` is the reporting company's: "its
    fiscal year", "son exercice", "the company's fiscal year"."""
    before = WORD_BEFORE_LABEL.search(ctx.text, max(0, label_at - 24), label_at)
    if before is None:
        return False
    word = fold(before[1])
    vocab = ctx.g.vocab
    return word in vocab.get("FISCAL_OWN", {}) or (
        before[2] is not None and word in vocab.get("FISCAL_SAME_OWNER", {})
    )


WORD_BEFORE_LABEL = re.compile(r"(\w+)(['’]s)?\s+\Z")
FISCAL_LABEL_REACH = 40  # characters before a day its fiscal year's label may start
DAY_AFTER_END = re.compile(r"\s+(?:\w{1,3}\s+)?")  # "ended Sept. 30", "ended on Sept. 30"


OWNER = re.compile(r"(\w+)['’]s\s+(?:\w+\s+){0,2}\Z")  # "Apple's fiscal ", "Nvidia's "


def _fiscal_owner(ctx: Context, m: TimeMention) -> str | None:
    """Whose fiscal year a mention is, when a possessive names an owner ("Microsoft's fiscal
    2026"; not the table's `FISCAL_SAME_OWNER`, "the company's": the one under discussion)."""
    owner = OWNER.search(ctx.text, max(0, m.start - 40), m.start)
    if owner is None or owner[1].lower() in ctx.g.vocab.get("FISCAL_SAME_OWNER", {}):
        return None
    return owner[1].lower()


def _twelve_month_cycle(
    m: TimeMention, mentions: list[TimeMention], lo: int, hi: int
) -> tuple[int, int] | None:
    """The first and last months of a twelve-month span told right after a fiscal year's
    label in its sentence (`which runs from July to June`, `que va de julio a junio`), if
    any."""
    for other in mentions:
        if other.start <= m.end or not lo <= other.start < hi or other.precision != "period":
            continue
        if other.start - m.end > FISCAL_END_REACH:
            break
        first, last = (dt.date.fromisoformat(v) for v in (other.value or "").split("/"))
        whole_months = first.day == 1 and last == month_of(last.year, last.month).last
        if whole_months and first.month == last.month % 12 + 1 and first.month != 1:
            return first.month, last.month
    return None


def _counted_after_weekday(text: str, c: Candidate, count_nouns: re.Pattern[str]) -> Candidate:
    """`el jueves 15 personas`: a number counting what follows is no day of the month; the
    date is the weekday alone."""
    if c.kind != "day_only" or c.match is None or "weekday" not in c.match.re.groupindex:
        return c
    after = SPACES.match(text, c.end)
    if c.match["weekday"] is None or not count_nouns.match(text, after.end()):
        return c
    return Candidate(c.start, c.match.end("weekday"), "weekday", c.match, c.rule, c.order)


WEEKDAY_AFTER_RELDAY = re.compile(r",?\s+")
# An anaphor's complement naming an event: "la veille du scrutin", "the day before the vote".
EVENT_COMPLEMENT = re.compile(
    r"\s+(?:de|du|d['’]|des|of|before|after|del|da|do|vor|nach)\b", re.IGNORECASE
)


def _relday_weekdays(
    text: str, candidates: list[Candidate], g: Grammar, published: dt.date
) -> list[Candidate]:
    """`ayer domingo`, `hier dimanche`, `gestern Sonntag`: a relative day followed by its
    own weekday is one mention (not `hier, samedi il reprendra`: two days)."""
    out: list[Candidate] = []
    for c in candidates:
        before = out[-1] if out else None
        if (
            c.kind == "weekday"
            and before is not None
            and before.kind == "relday"
            and WEEKDAY_AFTER_RELDAY.fullmatch(text, before.end, c.start)
            and _same_weekday(g, published, before, c)
        ):
            out[-1] = Candidate(
                before.start, c.end, before.kind, before.match, before.rule, before.order
            )
            continue
        out.append(c)
    return out


def _same_weekday(g: Grammar, published: dt.date, relday: Candidate, weekday: Candidate) -> bool:
    """Whether a relative day (from publication) falls on the weekday named after it."""
    try:
        fixed = relday.rule.args.get("relday") if relday.rule is not None else None
        if fixed is not None:  # a rule of its own ("mañana", not "la mañana")
            offset = int(fixed)
        else:
            vocab = relday.rule.slots.get("relday", "RELDAY") if relday.rule else "RELDAY"
            offset = int(g.value(vocab, relday.match["relday"] or ""))  # (German "morgen")
        wd = int(g.value("WEEKDAY", weekday.match["weekday"] or ""))
    except (KeyError, IndexError, TypeError, ValueError):
        return False
    return (published + dt.timedelta(days=offset)).weekday() == wd


def _appositions(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """`samedi, la veille du scrutin`, `mercredi, à la veille du vote`: an anaphor of an
    event set off by a comma after a day names that day again (not the day before it)."""
    out = list(candidates)
    for i in range(1, len(out)):
        c, before = out[i], out[i - 1]
        if (
            c.kind == "anaphor"
            and before.kind in DAY_KINDS
            and COMMA_PREP.fullmatch(text, before.end, c.start)
            and EVENT_COMPLEMENT.match(text, c.end)
        ):
            out[i] = Candidate(c.start, c.end, "same_day", c.match, c.rule, c.order, base=before)
    return out


# A comma, and a preposition of the anaphor's own if any ("mercredi, à la veille du vote")
COMMA_PREP = re.compile(r"\s*,\s*(?:(?:à|a|on|en|am|no|na|al)\s+)?", re.IGNORECASE)
# Kinds naming one day by themselves, that "la veille de ..." can count from.
DAY_KINDS = frozenset({"date", "holiday", "numeric", "iso", "weekday", "era"})


def _counted_from_next(
    text: str,
    candidates: list[Candidate],
    anaphors: dict[str, Any],
    clause_start: dict[str, Any],
) -> list[Candidate]:
    """`la veille de Noël`, `the eve of the Jan. 4 vote`: an anaphor_of candidate (the
    anaphor and its connecting words) right before a dated day becomes one candidate holding
    that day as its base. Followed by no such day, it is the plain anaphor it starts with if
    that is one (`la veille de l'élection`: the day before the date told before), else
    nothing. A count before or after a dated day ("two days before Christmas") becomes one
    shift_of candidate alike; else it stays as it is."""
    out: list[Candidate] = []
    skip = False
    for i, c in enumerate(candidates):
        if skip:
            skip = False
            continue
        if c.kind not in ("anaphor_of", "shift"):
            out.append(c)
            continue
        after = candidates[i + 1] if i + 1 < len(candidates) else None
        if c.kind == "shift":
            if _counts_from(text, c, after, clause_start):
                assert after is not None
                out.append(
                    Candidate(c.start, after.end, "shift_of", c.match, c.rule, c.order, base=after)
                )
                skip = True
            else:
                out.append(c)
            continue
        if after is not None and after.kind in DAY_KINDS and not text[c.end : after.start].strip():
            out.append(Candidate(c.start, after.end, c.kind, c.match, c.rule, c.order, base=after))
            skip = True
        elif c.match is not None and fold(c.match["anaphor"]) in anaphors:
            plain = c.match.span("anaphor")
            out.append(Candidate(plain[0], plain[1], "anaphor", c.match, c.rule, c.order))
    return out


def _counts_from(
    text: str, shift: Candidate, after: Candidate | None, clause_start: dict[str, Any]
) -> bool:
    """Whether a count of units before or after something ("two days before", "dois dias
    antes do") is followed by the day it counts from, within the words its rule reads after
    it ("Christmas", "do Natal", "the Jan. 3 vote"); not a clause (`clause_start`: the
    table's words opening one, "dos semanas después de que el viernes ...")."""
    if after is None or after.kind not in DAY_KINDS or shift.match is None:
        return False
    groups = shift.match.re.groupindex
    if "complement" in groups and fold(shift.match["complement"] or "") in clause_start:
        return False
    read_to = shift.match.end()
    return shift.end < after.start <= read_to + 1 and not NOT_WORD_BETWEEN.search(
        text, shift.end, after.start
    )


NOT_WORD_BETWEEN = re.compile(r"[^\w\s'’]")


# What a normaliser raises for a candidate that has no value (no such day, a name...).
NO_VALUE = (Reject, KeyError, ValueError, OverflowError)
# Kinds that make a text an earnings story ("a year earlier" then counts quarters).
QUARTER_KINDS = frozenset({"quarter", "current_quarter"})
# Kinds that count a date from another ("two days after the debate", "three weeks ago").
COUNTED_KINDS = frozenset({"shift", "ago"})
# Kinds whose value counts from "now" (the publication date, or the day words were spoken).
DEICTIC = frozenset({"relday", "weekday", "rel_unit", "ago"})


def _resolve(ctx: Context, candidates: list[Candidate]) -> list[TimeMention]:
    """Value each candidate, left to right (anaphora count from the dates before them)."""
    text = ctx.text
    mentions: list[TimeMention] = []
    previous_end, previous_day = -10, False
    previous: When | None = None  # the value of the mention just before
    day_anaphor = -1  # the index of the mention just before when it is a day's anaphor
    # a deictic mention inside a quotation, not yet an anchor: (the quotation, its note)
    quoted_anchor: tuple[tuple[int, int], Callable[[], None]] | None = None
    for k, c in enumerate(candidates):
        following = candidates[k + 1] if k + 1 < len(candidates) else None
        if (
            c.kind == "anaphor"
            and (
                (
                    previous_day
                    and c.start - previous_end <= 2
                    and not ends_between(text, previous_end, c.start, ctx.ordinals)
                )
                or (
                    following is not None
                    and following.kind in DAY_KINDS
                    and following.start - c.end <= 2
                    and not text[c.end : following.start].strip()  # (not across a stop)
                )
            )
            and _is_time_of_day(ctx, c)
        ):
            # "le 3 janvier à l'aube", "avant l'aube samedi": the time of day adds nothing
            continue
        if c.kind == "not_date":
            continue  # it only kept shorter readings out ("du lundi au vendredi")
        if quoted_anchor is not None:
            (quote_start, quote_end), note_quoted = quoted_anchor
            if quote_start <= c.start < quote_end and c.kind in DAY_ANAPHORA:
                note_quoted()  # "Tomorrow we will be here again, and the day after that."
            quoted_anchor = None  # (the narration again, or a later date of the quotation)
        try:
            if c.kind in ("day_pair", "month_pair"):
                pieces = _pair(ctx, c)
            elif c.kind in ("anaphor_of", "shift_of"):
                pieces = _anaphor_of(ctx, c)
            elif c.kind == "weekday" and _weekday_apposed(ctx, c, previous, previous_end):
                assert previous is not None
                pieces = [(c.start, c.end, previous)]  # "Jan. 14, a Wednesday": that day
            elif c.kind == "same_day":
                # "samedi, la veille du scrutin": the day just told (as it was read)
                if c.base is None or previous is None or previous_end != c.base.end:
                    continue
                pieces = [(c.start, c.end, previous)]
            else:
                pieces = [(c.start, c.end, _value(ctx, c))]
        except NO_VALUE:
            continue
        for s, e, found in pieces:
            w = found
            if day_anaphor >= 0 and c.kind in APPOSED_KINDS and found and previous is not None:
                w = _apposed(
                    ctx,
                    mentions,
                    anaphor_at=day_anaphor,
                    anaphor_end=previous_end,
                    span=(s, e),
                    date=found,
                    anaphor=previous,
                    holiday=c.kind == "holiday",
                )
            value, precision = (None, "vague") if w is None else (w.value, w.precision)
            mentions.append(TimeMention(text[s:e], s, e, value, precision))
            if w is not None and c.kind == "decade":
                # (only a decade counts from it: "la décennie suivante")
                ctx.last_decade, ctx.last_decade_at = w, s
            if w is not None and c.kind not in ("era", "decade", "century", "since_then"):
                note = partial(
                    ctx.note,
                    w,
                    s,
                    e,
                    named_quarter=c.kind == "quarter",
                    year_written=str(w.first.year) in text[s:e],
                    counted=c.kind in COUNTED_KINDS,
                )
                quote = ctx.quotation_around(s) if c.kind == "relday" else None
                if quote is None:
                    note()
                else:
                    # "today", "tomorrow", "yesterday" inside a quotation count from the day
                    # they were said: what the narration tells next counts from that day, not
                    # from them ('"Hoje damos o passo", afirmou nesse dia'; '"Amanhã a gente
                    # descobre." A resposta chegou no dia seguinte'), what the quotation tells
                    # does. (A weekday or a date quoted is an event the narration may go on
                    # with: '"We meet again on Friday." That day, the talks collapsed'.)
                    quoted_anchor = quote, note
            previous_end, previous_day, previous = e, w is not None and w.unit == "day", w
            day_anaphor = len(mentions) - 1 if c.kind in DAY_ANAPHORA and previous_day else -1
    return mentions


def _apposed(
    ctx: Context,
    mentions: list[TimeMention],
    *,
    anaphor_at: int,
    anaphor_end: int,
    span: tuple[int, int],
    date: When,
    anaphor: When,
    holiday: bool = False,
) -> When:
    """The value of a date in apposition to the day anaphor just before it (the mention
    `mentions[anaphor_at]`, read as `anaphor`). "La veille, mardi 30 décembre, ..." names the
    day meant when it gives its year, lies days from the anaphor's reading, or the anaphor was
    read days from publication (it had no date before it to count from): the anaphor is then
    given the date's value (this changes `mentions`). Else, when day and month agree, the
    date is the anaphor's reading, year included ("Le 13 novembre 2015, ... Le lendemain, le
    14 novembre,"). A `holiday` names the day only when it is one within days of the
    anaphor's reading ("Al día siguiente, en Nochevieja"; not "en San Juan", a place)."""
    text, (s, e) = ctx.text, span
    if not _set_off(ctx, anaphor_end, s, e):
        return date
    if holiday and (date.unit != "day" or abs((date.first - anaphor.first).days) > APPOSED_DAYS):
        return date  # ("Al día siguiente, en San Juan": a place; "en Semana Santa": a week)
    if (
        str(date.first.year) in text[s:e]
        or abs((date.first - anaphor.first).days) <= APPOSED_DAYS
        or abs((anaphor.first - ctx.published).days) <= APPOSED_DAYS  # (read from publication)
    ):
        told = mentions[anaphor_at]
        mentions[anaphor_at] = replace(told, value=date.value, precision=date.precision)
    elif (date.first.month, date.first.day) == (anaphor.first.month, anaphor.first.day):
        return anaphor
    return date


APPOSED_DAYS = 7  # how far apart an anaphor's reading and its apposed date may lie
# between an anaphor and the date naming its day: "The day before, on Dec. 29, ..."
APPOSITION = re.compile(r",\s*(?:(?P<word>\w+)\s+)?")  # the word: the table's APPOSITION_PREP
APPOSITION_END = re.compile(r"\s*(?:[,;:.)]|[–—]\s)")  # it closes: not "June 10 was set as"
DAY_ANAPHORA = frozenset({"anaphor", "shift"})  # "la veille", "two days later"
# what may name the day of an anaphor in apposition ("Al día siguiente, en Nochevieja,")
APPOSED_KINDS = frozenset({"date", "holiday"})


def _set_off(ctx: Context, after: int, start: int, end: int) -> bool:
    """Whether text[start:end] is set off by commas right after position `after` (a
    preposition of the table's APPOSITION_PREP may open it: "Pâques, le 5 avril,")."""
    gap = APPOSITION.fullmatch(ctx.text, after, start)
    if gap is None or not APPOSITION_END.match(ctx.text, end):
        return False
    return not gap["word"] or fold(gap["word"]) in ctx.g.vocab.get("APPOSITION_PREP", {})


def _weekday_apposed(ctx: Context, c: Candidate, previous: When | None, previous_end: int) -> bool:
    """`Jan. 14, a Wednesday`, `le 14 janvier, un mercredi`: a weekday with an indefinite
    article (the table's WEEKDAY_APPOSED_ARTICLE) in apposition to the day just told, which
    falls on that weekday."""
    if previous is None or previous.unit != "day":
        return False
    gap = APPOSITION.fullmatch(ctx.text, previous_end, c.start)
    articles = ctx.g.vocab.get("WEEKDAY_APPOSED_ARTICLE", {})
    if gap is None or not gap["word"] or fold(gap["word"]) not in articles:
        return False
    weekday = Slots(ctx, c).get("weekday")
    return weekday is not None and int(weekday) == previous.first.weekday()


def _is_time_of_day(ctx: Context, c: Candidate) -> bool:
    """An anaphor naming a part of the day of the date beside it (`le 3 janvier à l'aube`,
    `that night`, `avant l'aube samedi`)."""
    spec = Slots(ctx, c).get("anaphor")
    if spec is None or tuple(spec) != ("day", 0):
        return False
    # (not "the same day" naming the day again: "On Jan. 3, the same day the law took effect")
    return SAME_DAY.search(ctx.text, c.start, c.end) is None


SAME_DAY = re.compile(
    r"(?<!\w)(?:same|même|mism[oa]|mesm[oa]|selben|gleichen)\s+(?:day|jour|d[ií]a|tag)(?!\w)", re.I
)


# A stop ends a sentence where a capital (or the end) follows, or a figure after anything but
# a short word: not in `said on Dec. 30` or `le 30 déc. à l'AFP`, but in `Jan. 2. 20,000`.
QUOTE_SENTENCE_END = re.compile(
    r"[.!?](?=[\"'”’»«)\]]*(?:\s+[^\sa-zß-ÿ\d]|\s*\Z))"
    r"|(?<![A-Za-zé]{3})(?<![A-Za-zé]{4})\.(?=\s+\d)"
    r"|\n"
)


def _quotations(
    ctx: Context, found: list[TimeMention], deictic: list[int]
) -> list[tuple[int, int, dt.date]]:
    """Quotations holding a deictic expression (at one of the positions `deictic`) whose
    sentence dates the speech (`a déclaré dimanche : « ... »`, `"...," he said Sunday`), with
    that day: the day-precise date nearest the quotation, outside it."""
    out = []
    # (words are said by the publication day: a day to come dates no speech)
    published = ctx.published.isoformat()
    days = [m for m in found if m.precision == "day" and m.value <= published]
    if not days:
        return out
    text, start = ctx.text, ctx.body_start
    spans = ctx.quotations()
    # a day said inside a quotation dates nothing outside it
    days = [m for m in days if not ctx.in_quotation(m.start)]
    day_starts = [m.start for m in days]
    deictic = sorted(deictic)
    for qs, qe in spans:
        k = bisect.bisect_left(deictic, qs)
        if k == len(deictic) or deictic[k] >= qe:
            continue  # no deictic word inside
        head = text[max(start, qs - 200) : qs]
        cut = max((m.end() for m in QUOTE_SENTENCE_END.finditer(head)), default=0)
        sentence_start = qs - len(head) + cut
        if text[qs:qe].rstrip("»«”\"' \u00a0\u202f")[-1:] in (".", "!", "?"):
            sentence_end = qe  # `said: "We will be back."`: the quotation ends the sentence
        else:
            tail = QUOTE_SENTENCE_END.search(text, qe)
            sentence_end = tail.start() if tail else len(text)
        lo = bisect.bisect_left(day_starts, sentence_start)
        hi = bisect.bisect_left(day_starts, qs)
        before = [m for m in days[lo:hi] if m.end <= qs]
        lo = bisect.bisect_left(day_starts, qe)
        hi = bisect.bisect_left(day_starts, sentence_end)
        # (not "a regretté le capitaine, dont l'équipe n'a plus gagné depuis le 18 octobre":
        # a day things date from is no day of speaking)
        after = [
            m
            for m in days[lo:hi]
            if m.end <= sentence_end and not ctx.since(m.start) and _dates_saying(ctx, qe, m)
        ]
        said = before[-1] if before else (after[0] if after else None)
        if said is None:
            said = _dated_sentence_before(ctx, days, day_starts, sentence_start)
        if said is not None:
            out.append((qs, qe, dt.date.fromisoformat(said.value)))
    return out


def _dates_saying(ctx: Context, quote_end: int, day: TimeMention) -> bool:
    """Whether a day told after a quotation dates the verb of saying after it ('", afirmó
    el lunes'; '", said the minister, who was speaking on Monday'), not what is reported
    after that ('", afirmó Quispe, quien recordó que la solicitud la presentó el 14 de marzo
    de 2019')."""
    speech = ctx.g.speech
    verb = speech.search(ctx.text, quote_end, day.start) if speech is not None else None
    return verb is None or not _reported_between(ctx, verb.end(), day.start)


def _reported_between(ctx: Context, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] holds words reported: "that/que/dass" right after a verb
    ("recordó que", "said that"; not the relative "la rueda de prensa que el sábado
    convocó")."""
    g, text = ctx.g, ctx.text
    if g.complementizer is None:
        return False
    for that in g.complementizer.finditer(text, lo, hi):
        word = WORD_BEFORE.search(text, max(lo, that.start() - 30), that.start())
        if word is not None and verb_at(g, text, word.start(1)):
            return True
    return False


def _dated_sentence_before(
    ctx: Context, days: list[TimeMention], day_starts: list[int], sentence_start: int
) -> TimeMention | None:
    """The last day told in the sentence right before a quotation's own undated sentence,
    in the same paragraph, if that sentence tells of speaking: the scene the words were said
    in (`Contactado el miércoles, el abogado dijo esperar la decisión. "Ayer estuve con mi
    cliente", afirmó.`; not `The strike began on Jan. 2. Marchers said: "... tomorrow"`)."""
    text, start, speech = ctx.text, ctx.body_start, ctx.g.speech
    if speech is None:
        return None
    head_start = max(start, sentence_start - 300)
    head = text[head_start:sentence_start].rstrip(" \t\u00a0")
    if head.endswith("\n"):
        return None  # the quotation opens a paragraph: the one before tells another scene
    lo = head_start + head.rfind("\n") + 1  # the paragraph's start
    # the sentence before ends with `head`; it starts after the sentence end before that one
    ends = sentence_ends(text, lo, head_start + len(head) - 1, ctx.ordinals)
    if ends:
        lo = ends[-1] + 1
    g = ctx.g
    verbs = list(speech.finditer(text, lo, sentence_start))
    k = bisect.bisect_left(day_starts, sentence_start) - 1
    while k >= 0 and days[k].start >= lo:
        said = days[k]
        k -= 1
        if ctx.since(said.start):
            continue  # ("habló el sábado y dijo que desde el lunes no hay agua")
        for verb in verbs:
            # a day before the verb of saying frames it ("Dimanche soir, ..., le maire a
            # promis"); after it, the day dates the saying unless another verb or a "that"
            # comes between ("Police said the attack took place on Saturday")
            if said.start < verb.start() or not (
                tense_marker_in(g, text, verb.end(), said.start)
                or (g.complementizer and g.complementizer.search(text, verb.end(), said.start))
            ):
                return said
    return None


def _value(ctx: Context, c: Candidate) -> When | None:
    return NORMALISERS[c.kind](ctx, c)


DAY_NUMBER = re.compile(r"(\d+)(?:er|ᵉʳ|st|nd|rd|th|º|°|\.)?")


def _pair(ctx: Context, c: Candidate) -> list[tuple[int, int, When | None]]:
    """`les 3, 4 et 5 janvier`, `April 24 and 25`, `mai et juin 2011`: dates sharing a month
    (or a year) written once, after the last of them."""
    assert c.match is not None
    last = _value(ctx, c)  # the date with its month, read as a whole
    assert last is not None
    pieces: list[tuple[int, int, When | None]] = []
    if last.unit == "month":
        month = ctx.g.value("MONTH", c.match["first"])
        pieces.append((*c.match.span("first"), month_of(last.first.year, int(month))))
    else:
        offset = c.match.start("first")
        for n, number in enumerate(DAY_NUMBER.finditer(c.match["first"])):
            found = day(safe_date(last.first.year, last.first.month, int(number[1])))
            # The first one keeps a month written before it ("April 24, 25 and 26").
            begin = offset if n == 0 else offset + number.start()
            pieces.append((begin, offset + number.end(), found))
    pieces.append((*c.match.span("second"), last))
    return pieces


def _anaphor_of(ctx: Context, c: Candidate) -> list[tuple[int, int, When | None]]:
    """`la veille de Noël`, `two days before Christmas` as one date; where the date after the
    anaphor or count has no day to count from (`la veille du 29 février` in a common year,
    `two weeks after March`), the two apart."""
    try:
        return [(c.start, c.end, _value(ctx, c))]
    except NO_VALUE:
        pass
    assert c.match is not None and c.base is not None
    pieces: list[tuple[int, int, When | None]] = []
    if c.kind == "shift_of":  # "two days before" and the day apart
        read = c.match.span("span") if "span" in c.match.re.groupindex else c.match.span()
        plain = Candidate(*read, "shift", c.match, c.rule, c.order)
    else:
        plain = Candidate(*c.match.span("anaphor"), "anaphor", c.match, c.rule, c.order)
    for part in (plain, c.base):
        try:
            pieces.append((part.start, part.end, _value(ctx, part)))
        except NO_VALUE:
            continue
    return pieces


def _place_name(text: str, c: Candidate, g: Grammar) -> bool:
    """`25th March Street`, `July 4th Square`: a day and month naming a place; `at 1415
    Portage Avenue`, `asteroid 2024 YR4`: a bare year that is the number of a place or a name."""
    told = text[c.start : c.end]
    if told.isdigit():
        return (
            g.number_name_after is not None and g.number_name_after.match(text, c.end) is not None
        )
    after = g.place_after_date
    if after is None or after.match(text, c.end) is None:
        return False
    return any(ch.isdigit() for ch in told) and any(ch.isalpha() for ch in told)


def _other_calendar(text: str, c: Candidate, g: Grammar) -> bool:
    """`Chinese New Year`, `le Nouvel An chinois`: a holiday of another calendar, whose date
    is not the one the table gives."""
    before, after = g.other_calendar_before, g.other_calendar_after
    return (
        before is not None and before.search(text, max(0, c.start - 30), c.start) is not None
    ) or (after is not None and after.match(text, c.end) is not None)


def _title_phrase(text: str, c: Candidate) -> bool:
    """`This Week` (a TV show), `The Day After` (a film): a phrase of relative words all
    capitalised in mid-sentence is a title, not a time."""
    if c.kind not in ("rel_unit", "vague", "relday", "anaphor", "current_quarter"):
        return False
    words = WORD.findall(text[c.start : c.end])
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    if TITLE_AFTER.match(text, c.end):
        return True  # `"This Week,"`, `"This Week With David Brinkley"`: a quoted title
    return not CAPITAL_OK_BEFORE.search(text[max(0, c.start - 3) : c.start])


# After a capitalised phrase: a closing quotation mark, or more capitalised words.
TITLE_AFTER = re.compile(r",?[\"”'’]|\s+(?:With|And|Of|In|On|At|From|To|[A-Z]\w+\s+[A-Z])\b")


CAPITAL_OK_BEFORE = re.compile(r"(^|[.!?:;«\"“(\n—–-]\s*|\n\s*)$")
# A quotation closed at the end of its sentence: what follows opens one ("fait. » Lundi")
SENTENCE_QUOTED_BEFORE = re.compile(r"[.!?…]\s*[»”]\s*$")


def _holiday_date(text: str, day_start: int, g: Grammar) -> bool:
    """Whether the capitalised date whose day starts at `day_start` names the day's holiday:
    after the table's words for it (`feriado de 7 de Setembro`, `celebrações do 10 de Junho`).
    A capitalised date alone is as often a name or an event (`Avenida 24 de Julho`, `depois
    do 25 de Abril`, `os atentados do 11 de Setembro`)."""
    before = g.holiday_date_before
    return before is not None and before.search(text, max(0, day_start - 30), day_start) is not None


def _capitalised_name(text: str, c: Candidate, g: Grammar) -> bool:
    """In languages that write month and weekday names in lower case, a capitalised one in
    mid-sentence is a name (`Mars` the planet, `Plaza de Mayo`), not a date, unless a day
    and a year surround it (older spelling capitalised months: `25 de Abril de 1974`)."""
    if c.match is None or c.rule is None:
        return False
    groups = c.match.re.groupindex
    if all(g in groups and c.match[g] is not None for g in ("day", "year")):
        return False  # `25 de Abril de 1974`: a name (`Mars 2020`) carries no day and year
    for group in ("month", "weekday"):
        if group in groups and c.match[group] is not None:
            word_start = c.match.start(group)
            word = c.match[group]
            capitalised = word[:1].isupper() and not word.isupper()
            if (
                capitalised
                and not CAPITAL_OK_BEFORE.search(text[max(0, word_start - 3) : word_start])
                and not SENTENCE_QUOTED_BEFORE.search(text[max(0, word_start - 5) : word_start])
            ):
                return not _dated_anyway(text, c, g)
    return False


def _dated_anyway(text: str, c: Candidate, g: Grammar) -> bool:
    """Whether a capitalised date with a day is a date all the same: in a dateline (`SÃO
    PAULO, 16 Mar (Reuters)`) or naming the day's holiday (`celebrações do 10 de Junho`,
    `défilé du 14 Juillet`, `el 25 de Agosto, feriado de la Independencia`, or the table's
    own name of it: `dès le 14 Juillet`)."""
    assert c.match is not None
    if "day" not in c.match.re.groupindex or c.match["day"] is None:
        return False
    if fold(text[c.start : c.end]) in g.vocab.get("HOLIDAY_NAMED", {}):
        return True
    if DATELINE_AFTER.match(text, c.end) or _holiday_date(text, c.match.start("day"), g):
        return True
    return g.holiday_date_after is not None and g.holiday_date_after.match(text, c.end) is not None
