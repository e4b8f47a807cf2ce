"""Normalisers: the value of each kind of candidate, against the publication date and the dates
mentioned before it (`Context`). One function per rule kind, registered in NORMALISERS;
`timeline.dates` finds the candidates and calls them left to right."""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from timeline.datelang import Grammar, Rule, common_table, fold
from timeline.datevalues import (
    SHIFT_PRECISION,
    VAGUE,
    Reject,
    When,
    add_months,
    century_of,
    day,
    decade_of,
    half_of,
    month_of,
    period,
    quarter_of,
    safe_date,
    season_of,
    shift,
    unit_containing,
    week_of,
    weekend_of,
    year_of,
)

if TYPE_CHECKING:
    from timeline.dates import Era


@dataclass(slots=True)
class Candidate:
    """A match of a rule (or an era name) in the text, before it gets its value."""

    start: int
    end: int
    kind: str
    match: re.Match[str] | None
    rule: Rule | None
    order: int  # rule index: the earlier rule wins a tie
    era: Era | None = None
    # anaphor_of, shift_of: the date it counts from ("la veille de Noël", "two days before
    # Christmas")
    base: Candidate | None = None


# ---------------------------------------------------------------------------------------------
# Context: tense, anchors
# ---------------------------------------------------------------------------------------------


# Quotations, in the quotation marks of the five languages.
QUOTE = re.compile(  # (»...« too: German quotes open with the guillemet pointing right)
    r"«[^»]{1,3000}»|»[^«]{1,3000}«|“[^”]{1,3000}”|„[^“”\"]{1,3000}[“”\"]|``[^']{1,3000}''"
    r"|\"[^\"\n]{1,3000}\""
)
# Inside a quotation: punctuation that makes it a statement of its own.
STATEMENT = re.compile(r"[.,;:!?]")
# Abbreviations whose full stop does not end a sentence ("Mr.", "vs.", "U.S.", "Gen.").
_ABBREVIATIONS = (
    "A B C D E F G H I J K L M N O P Q R S T U V W X Y Z "
    "vs Mr Ms Dr St Jr Sr Mt Ft Mme Mlle MM Me Mgr Dra Sra Srta Sres Nr "
    "Mrs Gen Sen Rep Gov Col Sgt Lt Maj Adm Cmdr Capt Prof Rev Hon Pres Supt Cdt "
    "etc cf approx ca av apr env"
)
ABBREVIATIONS = frozenset(_ABBREVIATIONS.split())
# Money in a sentence: figures of an earnings report.
# "past", "last", "última": a decade or century so named is the stretch up to now (not "la
# década pasada", "the previous decade": the one before this)
LAST_STRETCH = frozenset({"past", "last", "ultima", "ultimo", "derniere", "dernier", "letzten"})
# "MADRID, ", "Las Palmas de Gran Canaria, " opening a body: capitalised words of a place
DATELINE_PLACE = re.compile(  # "MADRID, ", "MACAEL (ALMERÍA), " (not "Carlos Alcaraz (ESP), ")
    r"(?-i:[A-ZÁÉÍÓÚÑ][\w'’.-]*(?: (?:de |del |de la )?[A-ZÁÉÍÓÚÑ][\w'’.-]*){0,3}"
    r"|[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’. -]* \([A-ZÀ-ÖØ-Þ][\w'’. -]*\)), "
)
DATELINE_AFTER = re.compile(r"\.?\s*\((?-i:[A-Z])[^()\n]{1,30}\)")  # "2 ene (EFE)"
WORD_NEXT = re.compile(r"\s+[^\W\d]")  # a word follows (not a number, not punctuation)
LEADING_ARTICLE = re.compile(r"(?:the|el|la|le|o|a|der|die)\s+", re.IGNORECASE)
MONEY = re.compile(
    r"[$€£¥%#]|\bcents?\b|\bpence\b|\d\s*(?:million|billion|millions|milliards?|millones|"
    r"Millionen|Milliarden|milhões|bilhões|mil millones)\b",
    re.IGNORECASE,
)
# A sentence ends at ! ? ; : or a new line, and at a full stop followed by a word that does
# not start in lower case or with a digit ("Oct. 23", "Ala., killed"), unless the stop ends
# an abbreviation. Closing quotes and brackets may come between the stop and the space
# ("in the spring.'' The figures").
END_CHAR = re.compile(r"[.!?;:\n]")
CLOSERS = r"\"'”’»«)\]"  # («: German quotes close with it)
AFTER_STOP = re.compile(rf"[{CLOSERS}]*(?:\s+[^\sa-zß-ÿ\d]|\s*\Z)")  # not before "à", "él"
AFTER_MARK = re.compile(rf"[{CLOSERS}]*\s")
WORD_BEFORE = re.compile(r"(?<!\w)\w+\Z")
ORDINAL_DOT = re.compile(r"\d{1,2}")
# A dateline's date before its agency and dash: "22 avr. (Belga) - " (its stop ends no
# sentence)
DAY_MONTH_BEFORE = re.compile(r"\d\s+[^\W\d]{2,5}\Z")
DASH = re.compile(r"\s*[-–—]")


def sentence_ends(
    text: str, lo: int = 0, hi: int | None = None, ordinals: bool = False
) -> list[int]:
    """Positions of the characters ending sentences in text[lo:hi], in order. With
    `ordinals` (German), a stop after a one- or two-digit number is an ordinal's ("am 8.
    März"), not a sentence's end."""
    return list(_sentence_ends(text, lo, hi, ordinals))


def _sentence_ends(
    text: str, lo: int = 0, hi: int | None = None, ordinals: bool = False
) -> Iterator[int]:
    """sentence_ends, one at a time (the first one found costs no more)."""
    size = len(text)
    for m in END_CHAR.finditer(text, lo, size if hi is None else hi):
        i = m.start()
        ch = text[i]
        if ch == ".":
            if not AFTER_STOP.match(text, i + 1):
                continue
            word = WORD_BEFORE.search(text, max(0, i - 6), i)
            if word is not None and (
                word[0] in ABBREVIATIONS
                or (
                    ordinals
                    and ORDINAL_DOT.fullmatch(word[0])
                    and (word.start() == 0 or text[word.start() - 1].isspace())
                )
            ):
                continue  # "Mr. Smith", "am 8. März" (but a score ends one: "3:1. Am ...")
            agency = DATELINE_AFTER.match(text, i)
            if (
                agency is not None
                and DASH.match(text, agency.end())
                and DAY_MONTH_BEFORE.search(text, max(0, i - 9), i)
            ):
                continue  # "BRUXELLES, 22 avr. (Belga) - Trois jours après": one sentence
        elif ch != "\n" and (i + 1 >= size or not AFTER_MARK.match(text, i + 1)):
            continue
        yield i


def ends_between(text: str, lo: int, hi: int, ordinals: bool = False) -> bool:
    """Whether a sentence ends in text[lo:hi]."""
    return next(_sentence_ends(text, lo, hi, ordinals), None) is not None


COMMA = re.compile(r"\s*,\s*")  # a comma and the spaces around it
COMMA_OR_STOP = re.compile(r"[,;:.!?]")  # a clause ends between two words
DIGIT = re.compile(r"\d")
SENTENCE_YEAR = re.compile(r"(?<![\d.,/-])((?:19|20)\d\d)(?![\d.,/-]?\d)")
FIGURE = re.compile(r"\d+[.,]\d|\d{3}|%")  # "1,4", "900", "%": figures (not "am 3.")
SPACES = re.compile(r"\s*")
MONTH_DAYS = 31
WEEKEND_DAYS = 1  # a weekend's first to last day ("the last weekend of August")
FRIDAY, SATURDAY = 4, 5  # date.weekday() of Friday and of the first day of a weekend
RECENT = dt.timedelta(days=7)  # "esta Navidad ha dejado...", told after it: still this one
# Units of a span within a year that "the same period" can repeat.
SPAN_UNITS = frozenset({"month", "quarter", "half", "period"})
SAID_AFTER_REACH = 12  # characters after a comma a verb of saying may start ("a annoncé")
FRONTED_WORDS = 4  # words before a mention that still opens its sentence ("In a statement")
FRONTED_SAID_REACH = 30  # ... and how far after it its verb of saying may come
# "diciembre de 2018, hace ahora siete años": set off after a date, it says when, not how long
APPOSITION_BEFORE = re.compile(r"\d\s*,\s*\Z")
NUMBER_BEFORE = re.compile(r"\d\s*\Z")  # "80 mehr als ein Jahr zuvor": a comparison
# A past participle's shape (German, English, French, Spanish and Portuguese): a word that may
# be an adjective, not the finite verb of its clause.
PARTICIPLE_SHAPE = re.compile(r"^ge\w+[tn]$|ed$|ée?s?$|[ai]d[oa]s?$", re.IGNORECASE)
# German verbs in -te that tell no past after a deadline opening the sentence ("Bis Sonntag
# gelte ein Verbot": reported words; "Bis Freitag sollte": what is due). The German table
# already reads "möchte", "könnte", "dürfte", "müsste" as no past.
NOT_PAST_AFTER_DEADLINE = re.compile(r"(?:sollte|gelte)n?", re.IGNORECASE)
# "como hace dos años", "peor que hace diez años", "como há um ano" closing a clause: a time
# compared with, a date (not "Como hace tres años que no llueve": how long)
LIKE_BEFORE = re.compile(r"(?<!\w)(?:como|que)\s+\Z", re.IGNORECASE)
CLAUSE_END = re.compile(r"\s*(?:[,.;:!?)\"»”]|\Z)")
LONGEST_YEAR_SPAN = 300  # years "between 1390 and 1540" may span, told in words
OF_BEFORE = re.compile(r"(?<!\w)de\s+\Z", re.IGNORECASE)  # "el 12 % de hace diez años"

FRAME_LEAD_WORDS = 1  # words before a year opening its sentence: "En 2019," (not "Fondée en 1987,")
WORD = re.compile(r"\w+")

# The units of a part of one year that frames the sentence as its year does (Context.year_framed).
YEAR_PART_UNITS = frozenset({"season", "quarter", "half", "period"})
# A date this far from the publication day is background: a year-less date told within
# TOLD_REACH characters after it, in the same sentence, shares its years (Context.year_told).
STALE_ANCHOR_DAYS = 400
TOLD_REACH = 60
TOLD_WINDOW_DAYS = 183  # and within half a year after it: "released on Oct. 14"
MOVED_DEADLINE_DAYS = 92  # a deadline moved in the past tense: within three months of it
NO_MARKER = 1 << 20  # the distance reported when a sentence has no tense marker
# What may come before a quotation that opens its sentence: two characters ("Y ", "("), or a
# dateline: the agency's name in brackets or the place in capitals, then a dash ("Madrid,
# 20 nov (EFE).- ", "BRASÍLIA - "; not "Her verdict — ").
QUOTE_LEAD = re.compile(
    r".{0,2}|[^()\n]{0,40}\([^()\n]{1,30}\)\s*(?:[-–—]|\.-)\s*|(?-i:[A-ZÀ-ÖØ-Þ ,.'’]{2,40})[-–—]\s*"
)
SAID_AFTER_QUOTE = 60  # how far after a quotation its verb of saying may come, in characters
FAR_MARKER = 70  # a marker this far from a mention, beyond "que", weighs less (Context.pick)
CLOSE_MARKER = 20  # a marker this close to a mention is its own verb ("was on", "war am")


CLAUSE_WORDS_BEFORE = 3  # words a clause needs before a mention to be one a join can close
SAID_REACH = 40  # characters between a verb of saying and the date told with it
ARTICLE_FIRST = re.compile(  # an article opening the words after a verb: its object
    r"\s+(?:the|a|an|la|le|les|l['’]|el|los|las|un|una|une|o|os|as|um|uma|der|die|das|den|ein|eine)\s",
    re.IGNORECASE,
)
ASIDE_REACH = 40  # characters after ", et" in which a comma makes it an aside
NEAR = 48  # characters before a mention read first for its nearest marker


def _nearest_marker(
    markers: re.Pattern[str] | None,
    cancelled: re.Pattern[str] | None,
    text: str,
    *,
    lo: int,
    start: int,
    end: int,
    hi: int,
    quoted: Sequence[tuple[int, int]] = (),
    look_past: int = 0,
) -> int | None:
    """Distance from a mention (text[start:end]) to the nearest marker outside it within the
    sentence text[lo:hi], or None; markers inside the `quoted` spans (quotations the mention
    is not in) do not count. A marker after the mention counts one more (ties go to the one
    before); one starting before it may run into it (distance 0: "startet | Mitte Oktober")
    or, where markers look ahead, past it by `look_past` characters ("hat am Montag ...
    vorgestellt"). The
    text before is read backwards in two steps, the text after up to the first marker: most
    sentences are left unread."""
    if markers is None:
        return None

    def counts(s: int) -> bool:
        if cancelled is not None and cancelled.search(text, max(0, s - 20), s):
            return False
        return not any(q_lo <= s < q_hi for q_lo, q_hi in quoted)

    best = None
    m = markers.search(text, end, hi)
    while m is not None:
        s = m.start()
        if counts(s):
            best = s - end + 1
            break
        m = markers.search(text, s + 1, hi)
    for window_lo in (max(lo, start - NEAR), lo):
        last = None
        for m in markers.finditer(text, window_lo, min(hi, end + look_past)):
            if m.start() >= start:
                break
            if counts(m.start()):
                last = min(m.end(), start)
        if last is not None:
            d = start - last
            return d if best is None or d < best else best
        if window_lo == lo or (best is not None and best <= start - window_lo):
            break  # read to the sentence start, or nothing farther can be nearer
    return best


def tense_marker_in(g: Grammar, text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] holds a past or future marker."""
    return any(m is not None and m.search(text, lo, hi) for m in (g.past, g.future))


def verb_at(g: Grammar, text: str, at: int) -> bool:
    """Whether a verb a clause of its own may open with (a past or future marker, or a verb
    of saying) starts after the spaces at `at`."""
    at = SPACES.match(text, at).end()
    return any(m is not None and m.match(text, at) for m in (g.past, g.future, g.speech))


# A short subject opening a clause: an article and a word, or a name ("the union", "a AILGP").
SUBJECT = re.compile(
    r"\s+(?:(?:the|la|le|les|el|los|las|o|os|a|as|der|die|das)\s+[\w-]+|(?-i:[A-Z][\w-]+))\s+",
    re.IGNORECASE,
)
# A number as the subject, maybe with a word before it and one after it ("e outros 3.000",
# "and 3,000 more"): with and without the word after, since that may be the verb
COUNTED_SUBJECTS = (
    re.compile(r"\s+(?:[^\W\d][\w-]*\s+)?\d[\d.,]*\s+"),
    re.compile(r"\s+(?:[^\W\d][\w-]*\s+)?\d[\d.,]*\s+[^\W\d][\w-]*\s+"),
)


def _subject_and_verb_at(g: Grammar, text: str, at: int) -> bool:
    """Whether a clause of its own, with a short subject, starts at `at` ("e a AILGP
    convocou", "and the union said")."""
    for pattern in (SUBJECT, *COUNTED_SUBJECTS):
        subject = pattern.match(text, at)
        if subject is not None and verb_at(g, text, subject.end()):
            return True
    return False


def _past_verb_before(g: Grammar, near: str, prep: re.Match[str]) -> bool:
    """Whether a deadline preposition ("until", "até", "bis") follows a past verb of lasting
    right away (the table's `past_until`): it lasted up to the date, then gone ("stayed
    until Friday", "ficou até sexta-feira")."""
    if g.past_until is None:
        return False
    if g.applies_to is not None and g.applies_to.search(near, prep.start()):
        return False  # "ficou para o segundo semestre": left for it, not lasting until it
    before = near[: prep.start()].rstrip()
    return any(m.end() == len(before) for m in g.past_until.finditer(before))


def _object_between(g: Grammar, text: str, verb_end: int, at: int) -> bool:
    """Whether only the verb's object lies between a past verb ending at `verb_end` and the
    deadline word at `at` ("aprovou o plano antes do verão", "entraram nas lavouras ainda
    antes do Natal"): no comma, no infinitive, no "que"/"that" or relative clause, which
    would govern the deadline instead ("prometeu concluir a obra antes do Natal"), and not a
    verb that sets deadlines (the table's `deadline_setters`: "exigió un plan antes de
    diciembre")."""
    between = text[verb_end:at]
    verb = WORD_BEFORE.search(text, max(0, verb_end - 20), verb_end)
    if verb is None or (g.deadline_setters is not None and g.deadline_setters.fullmatch(verb[0])):
        return False  # "demanded a written response by Monday": a deadline set, still to come
    return not (
        COMMA_OR_STOP.search(between)
        or (g.infinitive is not None and g.infinitive.search(between))
        or (g.complementizer is not None and g.complementizer.search(between))
        or (g.relative_words is not None and g.relative_words.search(between))
    )


def _deadline_verb(g: Grammar, text: str, verb_end: int) -> bool:
    """Whether the past verb ending at `verb_end`, right before a deadline word, makes the
    deadline one met: any past verb ("were sold out by July"), or where the table lists them
    (`deadline_verbs`), only those ("wurden bis Mitte Februar abgerissen"; not "forderte bis
    Freitag eine Antwort", a deadline set)."""
    if g.deadline_verbs is None:
        return True
    word = WORD_BEFORE.search(text, max(0, verb_end - 20), verb_end)
    return word is not None and g.deadline_verbs.fullmatch(word[0]) is not None


def _deadline_moved(g: Grammar, text: str, end: int, clause_end: int) -> bool:
    """Whether the clause after a deadline (text[end:clause_end]) says it was moved ("wurde
    bis Ende März verlängert"): still to come, whatever the past verb before it."""
    moved = g.deadline_moved
    return moved is not None and moved.search(text, end, clause_end) is not None


def _future_before(g: Grammar, near: str, at: int) -> bool:
    """Whether a future marker comes just before position `at` of `near` ("sera élu",
    "will be recalled", "doit être adopté"): the participle after it is no past."""
    if g.future is None:
        return False
    return any(at - m.end() <= FUTURE_AUX_GAP for m in g.future.finditer(near, 0, at))


OWN_VERB_GAP = 4  # characters between a past verb and the date it governs ("signed on ")
DEADLINE_VERB_GAP = 6  # characters between a past verb and the deadline word it governs
FUTURE_AUX_GAP = 8  # characters between a future auxiliary and its participle ("will be ")
CONDITIONAL = re.compile(r"ría[ns]?$|ria[ms]?$")  # Spanish and Portuguese conditionals
SINCE_VERB_GAP = 24  # ... between a future verb and "desde" ("estará disponible desde")


def _cheapest(readings: list[When], pub: dt.date, past_w: int, fut_w: int) -> When:
    """The reading nearest `pub`, a day before it costing past_w and one after it fut_w."""

    def cost(w: When) -> int:
        if w.last < pub:
            return (pub - w.last).days * past_w
        if w.first > pub:
            return (w.first - pub).days * fut_w
        return 0

    return min(readings, key=cost)


NUMERIC_DATE = re.compile(r"(?<![\d./-])(\d{1,2})/(\d{1,2})/(?:\d{4}|\d{2})(?![\d/])")


def _month_first_text(text: str, g: Grammar) -> bool:
    """Whether `text`, in a language writing dates month first, does so: no date in figures
    that only day first can read, and no more dates written day first than month first."""
    for m in NUMERIC_DATE.finditer(text):
        first, second = int(m[1]), int(m[2])
        if first > 12 >= second:
            return False
        if second > 12 >= first:
            return True
    orders = g.written_orders
    if orders is None:
        return True
    day_first = sum(1 for _ in orders[0].finditer(text))
    month_first = sum(1 for _ in orders[1].finditer(text))
    return day_first <= month_first


class Context:
    """What a normaliser may consult: the text, the publication date, the grammar, and the
    dates mentioned so far (anchors for anaphora)."""

    def __init__(self, text: str, published: dt.date, g: Grammar, body_start: int):
        self.text = text
        self.published = published
        self.g = g
        self.body_start = body_start
        self.ordinals = bool(g.settings.get("ordinal_dots"))  # German "am 8. März"
        self.anchor: When | None = None  # the last definite date mentioned
        self.anchor_day: When | None = None  # the last day-precise date mentioned
        self.anchor_day_at = -1  # where it was mentioned
        self.anchor_at = -1  # where the last definite date was mentioned
        self.anchor_end = -1  # and where its mention ends
        # whether the last date (day) was itself counted from another ("two days after")
        self.anchor_counted = self.anchor_day_counted = False
        self.last_year_told: When | None = None  # the last date with its year written out
        self.last_year_told_at = -1
        self.last_month: When | None = None  # the last month told ("el mismo mes de 2024")
        self.last_week: When | None = None  # the last week told ("the previous week")
        self.last_week_at = -1
        self.last_span: When | None = None  # the last span within a year ("the same period")
        self.last_span_at = -1
        self.anchor_year_written = False  # whether its mention writes its year out
        self.lead_day: When | None = None  # the first day-precise date (the story's day)
        self.last_quarter: When | None = None  # the last quarter named (not counted back to)
        self.reporting: When | None = None  # the first quarter named: what a story reports on
        self.quarter_story = False  # the text speaks of quarters (an earnings story)
        self.last_past_day: When | None = None  # the last day mentioned that is not to come
        self.last_decade: When | None = None  # the last decade named ("the 1990s")
        self.days_written: list[When] = []  # the days told with their day of the month
        self.told: list[tuple[int, When]] = []  # every date noted, with where it was told
        self.last_decade_at = -1
        self.quotes: list[tuple[int, int, dt.date]] = []  # quotations and the day they were said
        self._month_first: bool | None = None
        self._tenses: dict[tuple[int, int], tuple[str | None, int]] = {}
        self._quotations: list[tuple[int, int]] | None = None
        self._quotation_starts: list[int] = []

    # -- tense ------------------------------------------------------------------------------
    def numbers_month_first(self) -> bool:
        """Whether a date in figures reads month first ("2/12/2024"): where the language
        writes it so (US English), unless the text tells otherwise, by a date in figures
        that can only be day first ("15/12/2025") or by writing its dates day first more
        often than month first ("12 October" in a Kenyan or British dispatch)."""
        if self._month_first is None:
            self._month_first = self.g.date_order.startswith("M") and _month_first_text(
                self.text[self.body_start :], self.g
            )
        return self._month_first

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        """The bounds of the words of the sentence around text[start:end], at most 160
        characters on either side."""
        text = self.text
        lo = max(self.body_start, start - 160)
        before = sentence_ends(text, lo, start, self.ordinals)
        if before:
            lo = before[-1] + 1
        hi = min(end + 160, len(text))
        return lo, next(_sentence_ends(text, end, hi, self.ordinals), hi)

    def clause(self, start: int, end: int) -> tuple[str, str]:
        """The words of the sentence before and after a mention (bounded)."""
        lo, hi = self.sentence(start, end)
        return self.text[lo:start], self.text[end:hi]

    def tense(self, start: int, end: int) -> str | None:
        """Future, past or None, from the markers of the mention's sentence: a deadline
        word right before it ("by", "until", "payable"), else the nearest tense marker."""
        return self.tense_detail(start, end)[0]

    def tense_detail(self, start: int, end: int) -> tuple[str | None, int]:
        """The tense, and how far from the mention its marker is (0 for a deadline word or
        a verb right before it; a large number when there is no marker)."""
        key = (start, end)
        found = self._tenses.get(key)
        if found is None:
            found = self._tenses[key] = self._tense(start, end)
        return found

    def _tense(self, start: int, end: int) -> tuple[str | None, int]:
        g = self.g
        lo, hi = self.sentence(start, end)
        text = self.text
        near = text[max(lo, start - 30) : start]
        prep = g.future_prep.search(near) if g.future_prep is not None else None
        lead = prep is None and g.future_lead is not None and g.future_lead.match(text, start)
        if prep is not None or lead:
            return self._deadline_tense(
                start, end, lo=lo, hi=hi, near=near, prep=prep, lead=lead or None
            )
        said = g.past_prep.search(near) if g.past_prep is not None else None
        # "deve ser publicado daqui a três semanas": a participle after "ser" is no past
        cancelled = g.past_cancelled
        if said and cancelled and cancelled.search(near, max(0, said.start() - 12), said.start()):
            said = None
        from_on = g.from_on is not None and g.from_on.match(text, end) is not None
        if said is not None and not _future_before(g, near, said.start()) and not from_on:
            return "past", 0  # "the minister said Tuesday" (not "sera élu dimanche")
        quote = self.quotation_around(start)
        if quote is not None and (quote[0] > lo or quote[1] < hi):
            # '"We do not expect a recovery before October," the CEO told analysts': words
            # quoted have their own tense, the verb of saying is past
            own = self._quoted_tense(quote, lo, hi, start, end)
            if own[0] is not None:
                return own
        comma = COMMA.match(text, end)
        if comma:
            found = self._tense_before_comma(lo, hi, start, end, comma.end())
            if found is not None:
                return found
        return self._nearest_tense({"lo": lo, "start": start, "end": end, "hi": hi})

    def quoted_untensed(self, start: int, end: int) -> bool:
        """Whether a mention lies in a quotation that opens its sentence, is followed by a
        verb of saying and has no tense marker of its own: that verb tells when the words
        were said, not their tense ('"Queremos que en Navidad todo esté funcionando",
        afirmó'; not 'The "Christmas truce" collapsed', '"Christmas in a shelter," she
        recalled')."""
        quote = self.quotation_around(start)
        speech = self.g.speech
        if quote is None or speech is None:
            return False
        lo, hi = self.sentence(start, end)
        if quote[1] >= hi or not QUOTE_LEAD.fullmatch(self.text, lo, quote[0]):
            return False
        if speech.search(self.text, quote[1], min(hi, quote[1] + SAID_AFTER_QUOTE)) is None:
            return False
        return self._quoted_tense(quote, lo, hi, start, end)[0] is None

    def _quoted_tense(
        self, quote: tuple[int, int], lo: int, hi: int, start: int, end: int
    ) -> tuple[str | None, int]:
        """The tense of the words of a quotation (within the sentence text[lo:hi]) around a
        mention."""
        inner = {"lo": max(lo, quote[0]), "start": start, "end": end, "hi": min(hi, quote[1])}
        return self._nearest_tense(inner)

    def speaker_tense(self, start: int, end: int) -> str | None:
        """The tense of the words a mention is told in: inside a quotation, the quotation's;
        where its words have none, the sentence's, but not a past (the verb of saying after
        them tells when they were said: '"Réouverture dans trois semaines", a dit le maire')."""
        quote = self.quotation_around(start)
        if quote is not None:
            own = self._quoted_tense(quote, *self.sentence(start, end), start, end)[0]
            if own is not None:
                return own
        tense = self.tense(start, end)
        return None if quote is not None and tense == "past" else tense

    def _deadline_tense(
        self,
        start: int,
        end: int,
        *,
        lo: int,
        hi: int,
        near: str,
        prep: re.Match[str] | None,
        lead: re.Match[str] | None,
    ) -> tuple[str | None, int]:
        """The tense of a mention after a deadline word (`prep`, ending `near`, the text just
        before it) or opening with one (`lead`): future, unless the sentence says the
        deadline is gone."""
        g, text = self.g, self.text
        # "had chosen to sell ahead of the weekend": a deadline already past (in a quotation,
        # by its own words: not '"Bis Weihnachten muss Klarheit herrschen", hatte sie gesagt')
        quote = self.quotation_around(start)
        own_lo, own_hi = (lo, hi) if quote is None else (max(lo, quote[0]), min(hi, quote[1]))
        if g.pluperfect and g.pluperfect.search(
            text[max(own_lo, start - 60) : start] + " " + text[end:own_hi]
        ):
            return "past", 0
        if prep is not None and _past_verb_before(g, near, prep):
            return "past", 0  # "stayed until Friday", "recebeu até sexta-feira"
        verb = (
            g.past.match(text, SPACES.match(text, end).end())
            if g.past is not None
            and prep is not None
            and (
                self.fronted(lo, start)
                or self._deadline_in_subject(lo, hi, start, end, near=near, prep=prep)
            )
            else None
        )
        if (
            verb is not None
            and not PARTICIPLE_SHAPE.search(verb[0])
            and not NOT_PAST_AFTER_DEADLINE.fullmatch(verb[0])
        ):
            # "Bis Donnerstag wurden 1,2 Millionen Wahlkarten ausgestellt": the verb after a
            # deadline opening the sentence is past (not a participle: "bis zum Sommer
            # gefunden sein", "Bis Sonntag geöffnet hat", "Until March 31 registered voters")
            return "past", 0
        if prep is not None and fold(prep[0].split()[0]) in g.deadline_words:
            # "were sold out by early July": a past verb right before the deadline word
            # (not "was planned for early March": a plan for what is to come)
            at = start - len(near) + prep.start()
            verb = _nearest_marker(
                g.past, g.past_cancelled, text, lo=max(lo, at - 30), start=at, end=at, hi=at
            )
            perfect = g.perfect_aux is not None and g.perfect_aux.search(
                text, max(lo, at - 30), at
            )  # "if it hasn't rained by Anzac Day": done by a day to come
            # (not "tickets purchased by Friday will be refunded": a future in its clause)
            clause = self.comma_clause(lo, hi, start, end)
            future_told = g.future is not None and g.future.search(text, *clause)
            if (
                verb is not None
                and (verb <= DEADLINE_VERB_GAP or _object_between(g, text, at - verb, at))
                and not (perfect or future_told or _deadline_moved(g, text, end, clause[1]))
                and _deadline_verb(g, text, at - verb)
            ):
                return "past", 0
        if lead is None:
            return "future", 0
        extended = g.future_prep.search(text, max(lo, start - 30), lead.end())
        if extended and extended.start() < start:
            return "future", 0  # "foi prolongado | até ao final de setembro": extended
        # "war bis Ende Februar geöffnet": its own verb, just before it, is past (not
        # "kündigte an, das Thema bis Ende März zu beraten": another clause's)
        own_lo, _ = self.comma_clause(lo, hi, start, end)
        own = _nearest_marker(
            g.past, g.past_cancelled, text, lo=own_lo, start=start, end=start, hi=start
        )
        infinitive = g.infinitive
        governed = infinitive is not None and own and infinitive.search(text, start - own, start)
        moved = _deadline_moved(g, text, end, self.comma_clause(lo, hi, start, end)[1])
        # (nor a verb of saying before "que": "anunció que a partir de julio ... ofrecerán")
        reported = (
            g.complementizer is not None
            and own
            and g.complementizer.search(text, start - own, start)
        )
        if own and own <= CLOSE_MARKER and not (governed or moved or reported):
            return "past", 0  # (not "prometeu apresentar até ao final de março": the infinitive's)
        # "Bis Ende November war ...": the verb right after an opening phrase is its own
        # (a whole word: "wird bis Ende August erwartet" has no "erwarte"; not a participle in
        # -tet, nor an adjective after a determiner: "die bis Ende Juni befristete Regelung")
        verb_after = g.past and (g.past.match(text, end, hi) or g.past.match(text, end + 1, hi))
        attributive = g.determiner_before is not None and g.determiner_before.search(
            text, max(lo, start - 30), start
        )
        if (
            verb_after
            and not verb_after[0].lower().endswith("tet")
            and not attributive
            and not verb_after[0].lower().startswith("ge")  # "gestaltet": present
        ):
            return "past", 0
        return "future", 0

    def _tense_before_comma(
        self, lo: int, hi: int, start: int, end: int, after: int
    ) -> tuple[str | None, int] | None:
        """The tense of a mention a comma follows (`after`: where the text after the comma
        starts), where its clause decides it; None to read the whole sentence."""
        g, text = self.g, self.text
        # "que confessaram parte dos factos em outubro, poderão beneficiar": a mention
        # closing a clause with a verb of its own is dated by that verb, not the next one
        clause_lo, _ = self.comma_clause(lo, hi, start, end)
        opens = g.relative_words
        relative = (  # a relative clause the mention is in ("which opens on Friday,")
            opens.match(text, SPACES.match(text, clause_lo).end(), start)
            if opens is not None and clause_lo > lo
            else None
        )
        relative_after = (  # one closing the sentence after the comma (", where he ...")
            opens is not None and opens.match(text, after) and "," not in text[after:hi]
        )
        participle_after = g.past is not None and g.past.match(text, after)
        own = (  # the tense of the mention's own clause, where a branch below reads it
            self._nearest_tense({"lo": clause_lo, "start": start, "end": end, "hi": end})
            if relative is not None or relative_after or participle_after
            else (None, NO_MARKER)
        )
        if relative is not None:
            if own[0] is not None:
                return own
            # a relative clause whose verb is in the present tells of what is to come where
            # the sentence does ("the schedule, which takes effect on Aug. 12, will ..."), else
            # has no tense (not the main verb's past: "Nogueira, que deixa o cargo em 31/12,
            # evitou comentar"); any other verb (one the markers miss: "which hit the coast
            # on Friday, killed") takes the sentence's
            verb_at = SPACES.match(text, relative.end()).end()
            if g.present_verb is not None and g.present_verb.match(text, verb_at, start):
                whole = self._nearest_tense({"lo": lo, "start": start, "end": end, "hi": hi})
                return whole if whole[0] == "future" else (None, NO_MARKER)
        if relative_after and own[0] is None:
            # "including Chicago on 12 October, where he finished third in 2023": a relative
            # clause closing the sentence after the comma tells of something else; with no
            # marker in the mention's own clause, it has no tense (not "The final on Sunday,
            # which kicks off at 8pm, will be shown": the main verb comes after it)
            return None, NO_MARKER
        relative_verb = self._complement_after_aside(lo, hi, start, after)
        if relative_verb is not None:
            # "après l'annonce par Washington, mardi, d'une surtaxe qui s'appliquera": an aside
            # dating the noun before it, whose complement has a relative clause of its own: the
            # verb of that clause tells nothing of the mention ("La libération, samedi, des
            # otages qui étaient détenus a été obtenue": the main verb after it does)
            skipped = [relative_verb, *self.quoted_statements(lo, hi, start)]
            span = {"lo": lo, "start": start, "end": end, "hi": hi}
            future = _nearest_marker(g.future, g.future_cancelled, text, **span, quoted=skipped)
            past = _nearest_marker(g.past, g.past_cancelled, text, **span, quoted=skipped)
            if future is None and past is None:
                return None, NO_MARKER
            if past is None or (future is not None and future <= past):
                return "future", future
            return "past", past
        # "vão funcionar ... entre 1 de junho e 30 de setembro, anunciou hoje a direção":
        # the verb of saying after the comma dates the report, not what it tells
        said_after = g.speech is not None and g.speech.search(text, after, after + SAID_AFTER_REACH)
        fronted = self.fronted(lo, start)
        if said_after and not fronted:
            own = self._nearest_tense({"lo": lo, "start": start, "end": end, "hi": end})
            if own[0] is not None:
                return own
        if not fronted:
            # "will receive a rebate from September, credited to bills before Christmas": a
            # participle opening the phrase after the comma does not date a mention whose own
            # clause is to come
            return own if participle_after and own[0] == "future" else None
        # "On Nov. 3, one of its planes made an emergency landing", "In a statement late
        # Thursday, the authority said ...": a phrase opening the sentence dates the main
        # verb after it, however long its subject (a verb of saying there, unless it is to
        # come, is past)
        speech = g.speech.search(text, after, after + FRONTED_SAID_REACH) if g.speech else None
        to_come = g.future.search(text, after, hi) if g.future else None
        if speech and (to_come is None or speech.start() < to_come.start()):
            return "past", 0  # (not "Mardi, le gouvernement annoncera son plan")
        main = self._nearest_tense({"lo": start, "start": start, "end": end, "hi": hi})
        if main[0] is not None:
            return main[0], min(main[1], CLOSE_MARKER)
        return None

    def _complement_after_aside(
        self, lo: int, hi: int, start: int, after: int
    ) -> tuple[int, int] | None:
        """From the relative word to the end of the first tense marker after it, when a mention
        set off by commas stands between a noun and that noun's complement ("de", "of": `after`
        is where the words after the second comma start) and a relative clause with a marker
        follows the complement; else None."""
        g, text = self.g, self.text
        if g.complement_of is None or g.relative_words is None or start - 2 < lo:
            return None
        if text[start - 2 : start] != ", " or g.complement_of.match(text, after) is None:
            return None
        relative = g.relative_words.search(text, after, hi)
        if relative is None:
            return None
        verbs = [
            m.end()
            for markers in (g.future, g.past)
            if markers is not None and (m := markers.search(text, relative.end(), hi))
        ]
        return (relative.start(), min(verbs)) if verbs else None

    def fronted(self, lo: int, start: int) -> bool:
        """Whether a mention at `start` opens the sentence starting at `lo`: first, or after
        a few words that begin with a preposition ("On Nov. 3,", "In a statement late")."""
        words = WORD.findall(self.text, lo, start)
        if not words:
            return True
        at = SPACES.match(self.text, lo).end()
        opens = self.g.fronting
        return (
            len(words) <= FRONTED_WORDS
            and opens is not None
            and bool(opens.match(self.text, at))
            and not tense_marker_in(self.g, self.text, lo, start)
        )

    def _nearest_tense(self, span: dict[str, int]) -> tuple[str | None, int]:
        """The tense of the nearest marker around a mention, within the bounds `span`: where
        a clause is joined right after the mention, within its own clause."""
        g, text = self.g, self.text
        lo, start = span["lo"], span["start"]
        if self._told_before_that(span):
            # "said in a statement on Thursday night that staff would be paid": the words
            # reported after "that" have a tense of their own; the day is the saying's
            span = {**span, "hi": SPACES.match(text, span["end"]).end()}
        joined = g.clause_join.match(text, span["end"]) if g.clause_join else None
        with_subject = False
        if joined is not None and not joined["comma"] and not verb_at(g, text, joined.end()):
            # "on Monday and Tuesday" (but "on Thursday and said she hoped")
            with_subject = _subject_and_verb_at(g, text, joined.end())
            joined = joined if with_subject else None
        if (
            joined is not None
            and len(WORD.findall(text, lo, start)) >= CLAUSE_WORDS_BEFORE
            and "," not in text[joined.end() : joined.end() + ASIDE_REACH]
        ):
            # "had seized 40 scooters over the weekend, and that patrols would run": a clause
            # joined right after the mention has verbs of its own (not "Mardi, et pour la
            # première fois, le ministre a reconnu": an aside after a fronted date)
            if joined["comma"]:
                return self._nearest_tense_within({**span, "hi": joined.start()})
            # "and" with no comma: the mention's clause, if it has a verb of its own
            # ("overran the runway on Saturday and came to rest"): from the comma before it,
            # else from the sentence start ("visited Kyiv, the capital, on Tuesday and will
            # travel"), but not through a relative clause ("The company, which was founded
            # in 1990, opens on Monday and will hire")
            own_lo = max(lo, text.rfind(",", lo, start) + 1)
            found = self._nearest_tense_within({**span, "lo": own_lo, "hi": joined.start()})
            relative = g.relative_words is not None and g.relative_words.search(text, lo, start)
            if found[0] is None and own_lo > lo and not relative:
                found = self._nearest_tense_within({**span, "hi": joined.start()})
            if found[0] is not None and not (with_subject and found[1] > CLOSE_MARKER):
                # (after a subject of its own, only the mention's own verb: "está marcada
                # para as 15h00 de terça-feira e a AILGP convocou", not "confirmou que o jogo
                # se realiza no sábado e o treinador vai poupar")
                return found
        return self._nearest_tense_within(span)

    def _told_before_that(self, span: dict[str, int]) -> bool:
        """Whether a mention stands between a verb of saying of its clause and the "that"
        ("que", "dass") opening the words reported: "said on Thursday that ..."."""
        g, text = self.g, self.text
        verbs = g.said_past or g.speech
        if verbs is None or g.complementizer is None:
            return False
        after = SPACES.match(text, span["end"]).end()
        if after >= span["hi"] or g.complementizer.match(text, after) is None:
            return False
        lo = max(span["lo"], span["start"] - SAID_REACH)
        verbs_said = list(verbs.finditer(text, lo, span["start"]))
        if not verbs_said:
            return False
        said = verbs_said[-1]  # the verb of saying nearest the mention
        gap = text[said.end() : span["start"]]
        # the day tells when the words were said, right after the verb or after an adverbial
        # ("said in a statement on Thursday night that"), or its listener ("told a meeting
        # of officials on Monday that"), not a noun's ("announced the vote on Tuesday that
        # ...") nor within words already reported ("dijo que la cumbre del lunes")
        listener = g.said_to is not None and g.said_to.fullmatch(said[0].strip()) is not None
        return (
            "," not in gap
            and (listener or not ARTICLE_FIRST.match(gap))
            and g.complementizer.search(gap) is None
        )

    def _nearest_tense_within(self, span: dict[str, int]) -> tuple[str | None, int]:
        """The tense of the nearest marker around a mention, within the bounds `span`."""
        g, text = self.g, self.text
        lo, start, hi = span["lo"], span["start"], span["hi"]
        # "'This year will be no exception,' said X on Saturday": a quoted statement's tense
        # is not its sentence's (with none outside the quotation, only a verb of saying gives
        # the sentence a tense: _said_before)
        quoted = self.quoted_statements(lo, hi, start)
        look = g.marker_lookahead
        nearest_future = _nearest_marker(
            g.future, g.future_cancelled, text, **span, quoted=quoted, look_past=look
        )
        nearest_past = _nearest_marker(
            g.past, g.past_cancelled, text, **span, quoted=quoted, look_past=look
        )
        if quoted and nearest_future is None and nearest_past is None:
            said = self._said_before(lo, start, quoted)
            if said is not None:
                return "past", said
        if nearest_future is None and nearest_past is None:
            return None, NO_MARKER
        if nearest_past is None:
            return "future", nearest_future
        if nearest_future is None:
            return "past", nearest_past
        if nearest_future <= nearest_past and not self._own_past_before(span, quoted):
            return "future", nearest_future
        return "past", nearest_past

    def _own_past_before(self, span: dict[str, int], quoted: list[tuple[int, int]]) -> bool:
        """Whether a past verb right before a mention (a preposition or an article between)
        is its own, whatever comes after it: "The law, signed on March 3, takes effect on
        July 1", "publicada a 3 de março, entra em vigor"."""
        g, text = self.g, self.text
        before = {**span, "hi": span["end"]}  # (nothing after the mention is read)
        past = _nearest_marker(g.past, g.past_cancelled, text, **before, quoted=quoted)
        if past is None or past > OWN_VERB_GAP:
            return False
        verb = WORD_BEFORE.search(text, max(0, span["start"] - past - 30), span["start"] - past)
        if verb is None or not PARTICIPLE_SHAPE.search(verb[0]):
            return False  # (a participle: not "The third and last in May will be held")
        future = _nearest_marker(g.future, g.future_cancelled, text, **before, quoted=quoted)
        return future is None or future > past

    def _said_before(self, lo: int, start: int, quoted: list[tuple[int, int]]) -> int | None:
        """How far before a mention the past verb of saying (`said_past`) of its sentence's
        quoted statements is, when the mention belongs to it: '"This was coming," Ortega
        said at a rally on Friday' (the words were said on a day gone by); not after a comma
        or a word that tells another event ("who plays on Saturday", "said of the summit on
        Friday", "to air on Sunday", "calling for a walkout on Friday")."""
        g, text = self.g, self.text
        if g.said_past is None:
            return None
        verb_end = -1
        for m in g.said_past.finditer(text, lo, start):
            if not any(q_lo <= m.start() < q_hi for q_lo, q_hi in quoted):
                verb_end = m.end()
        if verb_end < 0 or "," in text[verb_end:start]:
            return None
        breaks = g.attribution_breaks
        if breaks is not None and breaks.search(text, verb_end, start):
            return None
        return start - verb_end

    def quotations(self) -> list[tuple[int, int]]:
        """The spans of the text's quotations, in order (found once)."""
        if self._quotations is None:
            self._quotations = [q.span() for q in QUOTE.finditer(self.text, self.body_start)]
            self._quotation_starts = [qs for qs, _ in self._quotations]
        return self._quotations

    def in_quotation(self, at: int) -> bool:
        """Whether position `at` lies inside a quotation."""
        return self.quotation_around(at) is not None

    def quotation_around(self, at: int) -> tuple[int, int] | None:
        """The quotation position `at` lies in, if any."""
        spans = self.quotations()
        i = bisect.bisect_right(self._quotation_starts, at) - 1
        return spans[i] if i >= 0 and at < spans[i][1] else None

    def quoted_statements(self, lo: int, hi: int, start: int) -> list[tuple[int, int]]:
        """The quotations within text[lo:hi] that hold a statement of their own (a stop or
        a comma inside: not `talks "will resume" Monday`) and not position `start`."""
        spans = self.quotations()
        first = max(0, bisect.bisect_right(self._quotation_starts, lo) - 1)
        last = bisect.bisect_left(self._quotation_starts, hi)
        return [
            (qs, qe)
            for qs, qe in spans[first:last]
            if qe > lo and not qs <= start < qe and STATEMENT.search(self.text, qs, qe)
        ]

    def pluperfect(self, start: int, end: int) -> bool:
        if self.g.pluperfect is None:
            return False
        before, after = self.clause(start, end)
        return bool(self.g.pluperfect.search(before + " " + after))

    # -- choosing among readings --------------------------------------------------------------
    def pick(
        self,
        readings: list[When],
        start: int,
        end: int,
        future_ok: int = 2,
        against_tense: int = 20,
    ) -> When:
        """The reading nearest the publication date, weighted by tense: in the past tense a
        later reading counts `against_tense` times its distance, in the future an earlier one
        does; with no tense marker a later reading counts `future_ok` times (news mostly
        reports the past). A quotation whose own words have no tense is not dated by the
        verb of saying ('"Queremos ... antes da Páscoa", afirmou')."""
        pub = self.published
        if self.since(start) and not self.since_means_from(start, end):
            # "depuis le 1er janvier", "since March": a date already reached (not "desde
            # febrero volverían a cobrar": from a date to come)
            begun = [w for w in readings if w.first <= pub]
            if begun:
                return max(begun, key=lambda w: w.first)
        for w in readings:
            if w.first <= pub <= w.last:
                # a reading holding the publication date costs nothing, whatever the tense;
                # but one mostly to come is no past ("entre enero y mayo" told on 2 January in
                # the past tense is last year's)
                mostly_ahead = (
                    (w.last - pub) > (pub - w.first)
                    and (w.last - w.first).days > MONTH_DAYS  # (not "prices rose in January")
                    and len(readings) > 1
                )
                if not mostly_ahead or self._applied_to(start) or not self.past_clause(start, end):
                    return w  # (not "output was cut for January through March": what it applies to)
                readings = [r for r in readings if r is not w]
                break
        ahead = [
            w for w in readings if w.first.year > pub.year and (w.last - w.first).days > MONTH_DAYS
        ]
        if (
            ahead
            and any(w.last < pub for w in readings)
            and self._figures_told(start, end)
            and self._told_gone(start, end)
        ):
            # "between January and October" told in the past on 31 December with its figures:
            # this year's, not a span of next year's (which a decision in the past may be
            # about: "approved the closure of the pool from January to March")
            readings = [w for w in readings if w not in ahead]
        close = max(against_tense, 20)  # "war am 23. Februar", "was on Feb. 23": its own verb
        # Every weighting the tense can choose; when all pick the same reading (a date days
        # from publication), the sentence need not be read.
        weights = {(1, future_ok), (1, against_tense), (against_tense, 1), (1, close), (close, 1)}
        picks = {id(_cheapest(readings, pub, *w)) for w in weights}
        if len(picks) == 1:
            return _cheapest(readings, pub, 1, future_ok)
        tense, distance = self.tense_detail(start, end)
        if tense == "past" and self.quoted_untensed(start, end):
            tense, distance = None, NO_MARKER
        if distance <= CLOSE_MARKER:
            against_tense = close
        elif (
            distance > FAR_MARKER
            and tense is not None
            and self._beyond_clause(start, end, distance)
        ):
            # "esperan una gran cosecha, después de que las lluvias caídas entre el 1 y el 20
            # de marzo ...": a verb far off, beyond "que", tells little of the mention's tense
            # (not "will, after months of talks with unions and employers, present it in July")
            against_tense = min(against_tense, 2)
        untensed = (1, future_ok)
        if tense is None and self._applied_to(start):
            untensed = (future_ok, 1)  # "bookings for Christmas": what is prepared is to come
        past_w, fut_w = {"past": (1, against_tense), "future": (against_tense, 1)}.get(
            tense or "", untensed
        )
        return _cheapest(readings, pub, past_w, fut_w)

    def _beyond_clause(self, start: int, end: int, distance: int) -> bool:
        """Whether the text between a mention and its tense marker `distance` characters away
        (before or after it) opens a clause: "que", "that", "dass"."""
        joins = self.g.complementizer
        if joins is None:
            return False
        text = self.text
        before = joins.search(text, max(0, start - distance), start)
        return before is not None or joins.search(text, end, end + distance) is not None

    def _applied_to(self, start: int) -> bool:
        """Whether "for" (`applies_to`) comes right before a mention: "bookings for Christmas",
        "output was cut for January through March"."""
        applies = self.g.applies_to
        return (
            applies is not None and applies.search(self.text, max(0, start - 8), start) is not None
        )

    def _figures_told(self, start: int, end: int) -> bool:
        """Whether the sentence of a mention gives figures ("1,4 Grad", "900 complaints",
        "4,5 %") and the mention is not what something is for ("bookings for January")."""
        lo, hi = self.sentence(start, end)
        purpose = self.g.purpose_prep
        if purpose is not None and purpose.search(self.text, max(lo, start - 12), start):
            return False
        return any(FIGURE.search(self.text, a, b) for a, b in ((lo, start), (end, hi)))

    def _told_gone(self, start: int, end: int) -> bool:
        """Whether a mention is told in the past, with no infinitive between it and its past
        marker (not "voted to close the pool from January to March": what is to be done)."""
        tense, distance = self.tense_detail(start, end)
        if tense != "past" or self.quoted_untensed(start, end):
            return False
        infinitive = self.g.infinitive
        return infinitive is None or (
            infinitive.search(self.text, max(0, start - distance), start) is None
            and infinitive.search(self.text, end, end + distance) is None
        )

    def since_means_from(self, start: int, end: int) -> bool:
        """Whether "desde" before the mention means "from", where the word for "since" can
        (table setting `since_means_from`): the phrase opens its clause or follows a future
        verb, and its own verb, beside it in the clause, is in the future (`Desde el viernes
        será obligatorio`, `..., desde febrero volverían`; not `no gana desde septiembre y
        buscará`, nor `abierto desde el 2 de enero, se cierra hoy`)."""
        if not self.g.settings.get("since_means_from"):
            return False
        tense, distance = self.tense_detail(start, end)
        if tense != "future" or distance > CLOSE_MARKER:
            return False
        g, text = self.g, self.text
        lo, hi = self.comma_clause(*self.sentence(start, end), start, end)
        lead = g.since_prep.search(text, max(lo, start - 30), start) if g.since_prep else None
        if lead is None:
            return False
        before = text[lo : lead.start()]
        opening = not before.strip(' \t\n"“«¿¡-–—')
        # (a conditional before it reports, it does not announce: "llevaría escondido desde")
        after_future = g.future is not None and any(
            lead.start() - m.end() <= SINCE_VERB_GAP and not CONDITIONAL.search(m[0])
            for m in g.future.finditer(text, lo, lead.start())
        )
        if not (opening or after_future):
            return False
        span = {"lo": lo, "start": start, "end": end, "hi": hi}
        return _nearest_marker(g.future, g.future_cancelled, text, **span) is not None

    # -- anchors ----------------------------------------------------------------------------
    def speech_day(self, c: Candidate) -> dt.date | None:
        """Inside a quotation whose sentence dates the speech, relative words count from the
        day the words were spoken (`a déclaré dimanche : « hier ... »`)."""
        i = bisect.bisect_right(self.quotes, (c.start, float("inf"))) - 1
        if i >= 0 and self.quotes[i][0] <= c.start < self.quotes[i][1]:
            return self.quotes[i][2]
        return None

    def now(self, c: Candidate) -> dt.date:
        """The day deictic words count from: the speech day inside a dated quotation, else
        the publication date."""
        return self.speech_day(c) or self.published

    def year_told(self, c: Candidate) -> When | None:
        """A date with its year written just before `c` in its sentence, more than a year
        from the publication date (`Arrested on Sept. 3, 2024, he was released on Oct. 14`):
        a year-less date told beside it is read in its years, not in the publication's.
        Not across a change to the future (`invited in July 1997, will join on March 12`);
        a date to come shares its years with dates to come (`la primera vuelta, fijada para
        el 31 de mayo de 2026, y la segunda, para el 21 de junio`)."""
        w = self.anchor
        if w is None or not self.anchor_year_written or self.anchor_at >= c.start:
            return None
        if w.unit not in ("day", "month"):
            return None  # a bare year is background as often as a frame: "fondée en 1987"
        if c.start - self.anchor_at > TOLD_REACH:
            return None
        if abs((self.published - w.first).days) <= STALE_ANCHOR_DAYS:
            return None
        lo, hi = self.sentence(c.start, c.end)
        if self.anchor_at < lo:
            return None
        if (
            w.last <= self.published
            and self.tense(c.start, c.end) == "future"
            and not self._deadline_in_past(c, lo, hi)
        ):
            return None
        return w

    def _deadline_in_subject(
        self, lo: int, hi: int, start: int, end: int, *, near: str, prep: re.Match[str]
    ) -> bool:
        """Whether a deadline of money owed (the table's `owed`: "due") qualifies
        the subject of its sentence (text[lo:hi]): words but no verb nor relative pronoun
        before it, and no future in its clause ("Interest due on 1 October was not paid";
        not "holidays starting on Feb. 7 were close to capacity": bookings for them)."""
        g, text = self.g, self.text
        at = start - len(near) + prep.start()
        clause = self.comma_clause(lo, hi, start, end)
        return (
            g.owed is not None
            and g.owed.match(prep[0]) is not None
            and bool(WORD.search(text, lo, at))
            and not tense_marker_in(g, text, lo, at)
            and not (g.relative_words is not None and g.relative_words.search(text, lo, at))
            and not (
                g.future is not None
                and (g.future.search(text, clause[0], at) or g.future.search(text, end, clause[1]))
            )
        )

    def _deadline_in_past(self, c: Candidate, lo: int, hi: int) -> bool:
        """Whether a deadline word ("by", "bis", "até") makes a mention future in its sentence
        text[lo:hi], otherwise told in the past, with no marker of the future: "reached
        Kerala on May 30, 2024, and covered the whole country by July 2"."""
        g, text = self.g, self.text
        near = text[max(lo, c.start - 30) : c.start]
        reported = g.complementizer is not None and g.complementizer.search(
            text, self.anchor_end, c.start
        )  # ("criada a 1 de junho de 2019, disse que tinha até 30 de setembro")
        return (
            g.future_prep is not None
            and g.future_prep.search(near) is not None
            and g.past is not None
            and g.past.search(text, lo, c.start) is not None
            and (g.future is None or g.future.search(text, lo, hi) is None)
            and not reported
        )

    def comma_clause(self, lo: int, hi: int, start: int, end: int) -> tuple[int, int]:
        """The bounds of the clause of text[start:end] within the sentence text[lo:hi]: from
        the comma before it to the comma after it."""
        text = self.text
        comma = text.find(",", end, hi)
        return max(lo, text.rfind(",", lo, start) + 1), hi if comma < 0 else comma

    def past_clause(self, start: int, end: int) -> bool:
        """Whether the clause of text[start:end] (within its commas) has a past verb and no
        future one."""
        g, text = self.g, self.text
        lo, hi = self.comma_clause(*self.sentence(start, end), start, end)
        span = {"lo": lo, "start": start, "end": end, "hi": hi}
        return (
            _nearest_marker(g.past, g.past_cancelled, text, **span) is not None
            and _nearest_marker(g.future, g.future_cancelled, text, **span) is None
        )

    def since(self, start: int) -> bool:
        """Whether "depuis", "since", "desde" comes right before position `start` or opens
        the mention there ("seit Anfang Oktober")."""
        g, text = self.g, self.text
        if g.since_lead is not None and g.since_lead.match(text, start):
            return True
        return (
            g.since_prep is not None
            and g.since_prep.search(text, max(self.body_start, start - 30), start) is not None
        )

    def year_framed(self, c: Candidate) -> int | None:
        """The year a sentence opens with, or tells in a clause about it (`En 2020, lorsque
        le premier tour s'était tenu le 15 mars`, `Il y a deux ans, il s'était cassé le
        poignet en avril`): a year-less date after it in the sentence lies in that year.
        Not `depuis 2019, ...` (a span up to now), nor the publication's year, nor a past
        year across a change to the future (a year to come frames the future: `L'an
        prochain, le festival aura lieu du 19 septembre au 4 octobre`)."""
        w = self.anchor
        if w is None or not 0 <= self.anchor_at < c.start:
            return None
        # (or a part of one year written out: "in the summer of 2024, when ... late June")
        part = (
            w.unit in YEAR_PART_UNITS and self.anchor_year_written and w.first.year == w.last.year
        )
        if w.unit != "year" and not part:
            return None
        year = w.first.year
        if year == self.published.year:
            return None
        text = self.text
        comma = COMMA.match(text, self.anchor_end)
        if comma is None or comma.end() > c.start or "," in text[comma.end() : c.start]:
            return None  # (not across another clause: "En 2023, ..., a-t-il annoncé le 7 mars")
        lo, hi = self.sentence(c.start, c.end)
        if self.anchor_at < lo:
            return None
        opening = len(WORD.findall(text, lo, self.anchor_at)) <= FRAME_LEAD_WORDS
        if opening and self.since(self.anchor_at):
            return None
        frame = self.g.year_frame
        if not opening and (frame is None or frame.match(text, comma.end()) is None):
            return None
        # (by the verbs' markers: a deadline word alone is no change to the future, "In
        # 2023, the parties did not sign their agreement until November 24")
        span = {"lo": lo, "start": c.start, "end": c.end, "hi": hi}
        if year < self.published.year and self._nearest_tense(span)[0] == "future":
            return None
        return year

    def _week_over_day(self) -> bool:
        """Whether the week told last counts before the day told last: it came after it, or
        that day is the day of the report."""
        day_told = self.anchor_day
        return (
            self.last_week_at > self.anchor_day_at
            or day_told is None
            or day_told.first == self.published
        )

    def anchor_for(self, c: Candidate, unit: str, forward: bool | None = None) -> When:
        """The date an anaphoric expression (`the same day`, `deux ans plus tard`) counts from
        (`forward`: it counts ahead, from the end of a span of days told; False: back, from
        its start; a day counts from such a span only when told which)."""
        if (
            unit == "decade"
            and self.last_decade is not None
            and self.last_decade_at >= self.anchor_at
            and self.tense(c.start, c.end) != "future"
        ):
            return self.last_decade  # "nos anos 1990 ... na década seguinte"
        if unit in ("day", "hour", "minute", "week", "fortnight", "weekend"):
            # "last week, 21% more than the previous week": the week told last, unless a day
            # was told since (but the day of the report: "in the week to Dec. 28, officials
            # said on Friday ... 21% higher than in the previous week")
            told = self.last_week
            if unit == "week" and told is not None and self._week_over_day():
                return told
            w = self.anchor
            if w is not None and w.unit == unit != "day" and self.anchor_at > self.anchor_day_at:
                return w  # "the weekend before": the weekend told last
            if w is not None and self._counts_from_span(c, unit, forward, w):
                # "du 18 avril au 3 mai, ... la semaine suivante", "du 5 au 8 décembre. Le
                # lendemain de sa clôture": after it ("the week before": before it)
                return day(w.first if forward is False else w.last)
            if self.anchor_day is None:
                return day(self.published)
            # In a later paragraph, after coarser dates (background), a plain-past sentence
            # returns to the story's day; a pluperfect one stays with the last day mentioned.
            new_paragraph = "\n" in self.text[self.anchor_day_at : c.start]
            if (
                new_paragraph
                and self.lead_day is not None
                and self.anchor is not None
                and self.anchor.unit != "day"
                and not self.pluperfect(c.start, c.end)
            ):
                return self.lead_day
            # A scheduled date cannot anchor something told in the past ("la votación será el
            # 8 de febrero. La víspera, los sondeos daban empate"), unless the past verbs of
            # the sentence all come before that date ("Applications opened on Friday and close
            # on Nov. 14, with interviews the following week").
            if (
                self.anchor_day.first > self.published
                and self.last_past_day is not None
                and self.tense(c.start, c.end) == "past"
                and not (c.kind == "anaphor" and self._past_only_before(self.anchor_day_at, c))
            ):
                return self.last_past_day
            return self.anchor_day
        if self.anchor is None:
            return unit_containing(unit if unit != "hour" else "day", self.published)
        return self.anchor

    def _counts_from_span(self, c: Candidate, unit: str, forward: bool | None, w: When) -> bool:
        """Whether an anaphor of `unit` counts from the span of days `w`, told last: a week
        or weekend always, a day only when told which way ("la veille" is more often that of
        a day told in the span's sentence), and not from a span to come in a past sentence
        ("On Monday, a curfew from March 14 to March 20 was announced. The same day, ...")."""
        if not (unit in ("week", "weekend") or (unit == "day" and forward is True)):
            return False
        if w.unit != "period" or (w.last - w.first).days > MONTH_DAYS:
            return False
        if self.anchor_at <= self.anchor_day_at:
            return False  # a day was told since
        to_come_in_past = (
            unit == "day"
            and w.last > self.published
            and self.anchor_day is not None
            and self.tense(c.start, c.end) == "past"
        )
        return not to_come_in_past

    def _past_only_before(self, at: int, c: Candidate) -> bool:
        """Whether position `at` lies in the sentence of `c`, and its past markers all come
        before `at`."""
        lo, hi = self.sentence(c.start, c.end)
        g = self.g
        return lo <= at and g.past is not None and g.past.search(self.text, at, hi) is None

    def reporting_quarter(self) -> When:
        """The quarter an earnings story reports on: the first one it names, else the last
        quarter completed before publication."""
        if self.reporting is not None:
            return self.reporting
        pub = self.published
        return unit_containing(
            "quarter", quarter_of(pub.year, (pub.month - 1) // 3 + 1).first - dt.timedelta(days=1)
        )

    def financial(self, c: Candidate) -> str | None:
        """How `a year earlier` counts in an earnings story (the text speaks of quarters and
        the sentence of money): "quarter" (the same quarter a year before), "year" (when the
        sentence compares longer periods: "nine months"), or None (not an earnings figure)."""
        if not self.quarter_story:
            return None
        before, after = self.clause(c.start, c.end)
        quarters = self.g.quarter_words
        lo = self.sentence(c.start, c.end)[0]
        if (
            self.anchor is not None
            and self.anchor.unit in ("week", "weekend")
            and self.anchor_at >= lo
            and not (quarters is not None and quarters.search(self.text, lo, c.start))
        ):
            # "$2.07 at this week's sale, down from $2.31 last week and $2.74 a year ago": a
            # price then (not "in the quarter ended Sept. 30, up from $100 million a year
            # earlier", nor a day of speaking: "said on Tuesday that ... a year earlier")
            return None
        if not (
            MONEY.search(before)
            or MONEY.search(after)
            or (quarters is not None and (quarters.search(before) or quarters.search(after)))
        ):
            return None
        longer = self.g.longer_periods
        if longer is not None and (longer.search(before) or longer.search(after)):
            return "year"
        return "quarter"

    def note(
        self,
        w: When | None,
        start: int,
        end: int,
        *,
        named_quarter: bool = False,
        year_written: bool = False,
        counted: bool = False,
    ) -> None:
        if w is None:
            return
        self.told.append((start, w))
        self.anchor = w
        self.anchor_at = start
        self.anchor_end = end
        self.anchor_counted = counted
        self.anchor_year_written = year_written
        if year_written:
            self.last_year_told, self.last_year_told_at = w, start
        if w.unit == "month":
            self.last_month = w
        if w.unit == "week":
            self.last_week, self.last_week_at = w, start
        if w.unit in SPAN_UNITS and w.first.year == w.last.year:
            self.last_span, self.last_span_at = w, start
        # A fiscal quarter ("the fiscal first quarter") does not tell the calendar one.
        fiscal = self.g.fiscal is not None and self.g.fiscal.search(
            self.text, max(0, start - 12), start + 24
        )
        if named_quarter and abs((w.first - self.published).days) < 400 and not fiscal:
            self.last_quarter = w
            if self.reporting is None:
                self.reporting = w
        if w.unit == "day":
            self.anchor_day = w
            self.anchor_day_at = start
            self.anchor_day_counted = counted
            # (not a dateline's: "Madrid, 2 ene (EFE)" tells when the story was filed)
            if self.lead_day is None and not DATELINE_AFTER.match(self.text, end):
                self.lead_day = w
            if w.first <= self.published:
                self.last_past_day = w
            if DIGIT.search(self.text, start, end):
                self.days_written.append(w)


# ---------------------------------------------------------------------------------------------
# Normalisers, one per rule kind
# ---------------------------------------------------------------------------------------------

Normaliser = Callable[[Context, Candidate], When | None]
NORMALISERS: dict[str, Normaliser] = {}


def kind(name: str) -> Callable[[Normaliser], Normaliser]:
    def register(fn: Normaliser) -> Normaliser:
        NORMALISERS[name] = fn
        return fn

    return register


class Slots:
    """Read a candidate's groups: raw text, integers, vocabulary values."""

    def __init__(self, ctx: Context, c: Candidate):
        self.m = c.match
        self.rule = c.rule
        self.g = ctx.g
        self.args = c.rule.args if c.rule else {}

    def text(self, name: str) -> str | None:
        if self.m is None or name not in self.m.re.groupindex:
            return None
        return self.m[name]

    def has(self, name: str) -> bool:
        return self.text(name) is not None or name in self.args

    def get(self, name: str, default: Any = None) -> Any:
        """A slot's value: a vocabulary value, a number, or the rule's fixed argument."""
        raw = self.text(name)
        if raw is None:
            return self.args.get(name, default)
        vocab = self.rule.slots.get(name) if self.rule else None
        if vocab is not None:
            return self.g.value(vocab, raw)
        return raw

    def number(self, name: str, default: int | None = None) -> int | None:
        value = self.get(name)
        if value is None:
            return default
        if isinstance(value, int):
            return value
        digits = re.search(r"\d+", value)
        if digits:
            return int(digits[0])
        return self.g.value("NUMBER", value)


def _year_or_relative(s: Slots, published: dt.date, name: str = "year") -> int | None:
    """The year written (group `name`), else the one a relative year word gives ("del año
    pasado", "of this year")."""
    y = _year(s, name)
    if y is None and s.has("year_rel"):
        y = published.year + int(s.get("year_rel"))
    return y


def _year(s: Slots, name: str = "year") -> int | None:
    raw = s.text(name)
    if raw is None and name == "year" and s.text("spoken") is not None:
        return spoken_year(s.text("spoken"), s.g)
    if raw is None:
        return s.args.get(name)
    digits = re.sub(r"\D", "", raw)
    if len(digits) == 2:
        # '98 / 03/01/26: the century nearest today (dispatches are current news).
        y = 2000 + int(digits)
        return y if y <= dt.date.today().year + 10 else y - 100
    return int(digits)


def spoken_year(text: str, g: Grammar) -> int:
    """`nineteen ninety-six` -> 1996, `two thousand and one` -> 2001 (broadcast transcripts)."""
    words = [w for w in re.split(r"[\s-]+", fold(text)) if w not in ("the", "year", "and", "oh")]
    numbers = g.vocab["NUMBER"]
    if words[:2] == ["two", "thousand"]:
        return 2000 + sum(numbers[w] for w in words[2:])
    century = numbers[words[0]] * 100
    if words[1:] == ["hundred"]:
        return century
    return century + sum(numbers[w] for w in words[1:])


def _day_number(s: Slots) -> int:
    raw = s.text("day")
    if raw is None:
        raise Reject
    digits = re.search(r"\d+", raw)
    if digits:
        return int(digits[0])
    return int(s.g.value("DAYWORD", raw))


@kind("day_pair")
@kind("date")
def _date(ctx: Context, c: Candidate) -> When:
    s = Slots(ctx, c)
    d = _num(s, "day2") if c.kind == "day_pair" else _day_number(s)
    m, y = int(s.get("month")), _year_or_relative(s, ctx.published)  # "del año pasado"
    weekday = s.get("weekday")
    if y is None:
        y = _that_year(ctx, s)  # "el 7 de noviembre de aquel año": the year told
    rel = s.get("rel", s.get("rel2"))
    rel = int(rel) if rel is not None else 0  # "el pasado 14": from publication, always
    if y is None and not rel:
        y = ctx.year_framed(c)
    if y is not None:
        return day(safe_date(y, m, d))
    told = ctx.year_told(c) if not rel else None
    if told is not None:
        after = _following(
            _day_readings(told.first.year, m, d, weekday),
            told,
            _told_window(ctx, c),
            within=not ctx.since(ctx.anchor_at),  # (not "since March 2024, ... on 5 March")
        )
        if after is not None:
            return after
    readings = _day_readings(ctx.published.year, m, d, weekday)
    if rel:
        readings = _on_side(readings, ctx.published, rel)  # "el pasado 7 de enero"
    # A precise day a few weeks ahead is often announced in a past-tense sentence.
    return ctx.pick(readings, c.start, c.end, future_ok=2, against_tense=6)


def _on_side(readings: list[When], pub: dt.date, rel: int) -> list[When]:
    """The readings before publication (`rel` < 0: "el pasado 7 de enero") or after it ("le 3
    mars prochain"); all of them if none is."""
    side = [w for w in readings if (w.first < pub if rel < 0 else w.first > pub)]
    return side or readings


def _that_year(ctx: Context, s: Slots) -> int | None:
    """The year last told, where the mention says "that year" ("de aquel año", "desselben
    Jahres"); else None."""
    told = ctx.last_year_told
    return told.first.year if s.text("that_year") and told is not None else None


def _day_readings(year: int, m: int, d: int, weekday: Any) -> list[When]:
    """Day d of month m in the year before, the year and the year after (those that exist);
    only those on the weekday written beside it, if any is ("Jeudi 1er janvier"), looking
    two years away if none of those is ("el domingo 31 de mayo" told in 2024: 2026's)."""

    def on(years: tuple[int, ...]) -> list[When]:
        found = []
        for y in years:
            try:
                found.append(day(dt.date(y, m, d)))
            except ValueError:
                continue
        return found

    readings = on((year - 1, year, year + 1))
    if not readings:
        raise Reject
    if weekday is not None:
        agreeing = [w for w in readings if w.first.weekday() == int(weekday)] or [
            w for w in on((year - 2, year + 2)) if w.first.weekday() == int(weekday)
        ]
        if agreeing:
            readings = agreeing
    return readings


def _following(
    readings: list[When], told: When, days: int = TOLD_WINDOW_DAYS, *, within: bool = True
) -> When | None:
    """The first reading within `days` after a date told just before it in the sentence
    (`Arrested on Sept. 3, 2024, he was released on Oct. 14`), if one is."""
    limit = told.last + dt.timedelta(days=days)
    # (or within a month told, unless `within` is false: "débuté en janvier 2024, ... reçue
    # le 12 janvier")
    lower = told.first - dt.timedelta(days=1) if within and told.unit == "month" else told.last
    after = [w for w in readings if lower < w.first <= limit]
    return min(after, key=lambda w: w.first) if after else None


WEEKDAY_DAY_REACH = 21  # days from publication a "weekday + day of month" may lie


@kind("day_only")
def _day_only(ctx: Context, c: Candidate) -> When:
    """`el día 5`, `no passado dia 5`: a day of the month under discussion (this month or a
    neighbouring one, by tense)."""
    s = Slots(ctx, c)
    d = _day_number(s)
    pub = ctx.published
    readings = []
    for months in (-1, 0, 1):
        first = add_months(pub.replace(day=1), months)
        try:
            readings.append(day(first.replace(day=d)))
        except ValueError:
            continue
    weekday = s.get("weekday")
    if weekday is not None:
        # "vendredi 14": the month where the 14th is a Friday, in the weeks around
        # publication; else the number was no day ("el viernes 12 policías"): the weekday.
        readings = [
            w
            for w in readings
            if w.first.weekday() == int(weekday) and abs((w.first - pub).days) <= WEEKDAY_DAY_REACH
        ]
        if not readings:
            return _weekday(ctx, c)
    rel = s.get("rel")
    if rel:
        readings = _on_side(readings, pub, int(rel))  # "no passado dia 5"
    if not readings:
        raise Reject
    return ctx.pick(readings, c.start, c.end, future_ok=2, against_tense=6)


RANGE_MONTHS_AROUND = 3  # months either side of publication a weekday-and-day range may lie in


@kind("day_only_range")
def _day_only_range(ctx: Context, c: Candidate) -> When:
    """`du jeudi 23 au samedi 25`, `del jueves 23 al sábado 25`: two days of a month, each
    with its weekday: the span from the first to the next day that is the second, in a month
    around publication where both weekdays fit (the nearest, by tense)."""
    s = Slots(ctx, c)
    first_day, first_weekday = _num(s, "day"), int(s.get("weekday"))
    last_day, last_weekday = _num(s, "day2"), int(s.get("weekday2"))
    readings = []
    month_start = ctx.published.replace(day=1)
    for months in range(-RANGE_MONTHS_AROUND, RANGE_MONTHS_AROUND + 1):
        month = add_months(month_start, months)
        try:
            first = safe_date(month.year, month.month, first_day)
        except Reject:
            continue  # a month without a 31st
        if first.weekday() != first_weekday:
            continue
        for days in range(1, MONTH_DAYS + 1):
            last = first + dt.timedelta(days=days)
            if last.day == last_day:
                if last.weekday() == last_weekday:
                    readings.append(period(first, last))
                break
    if not readings:
        raise Reject  # weekdays that fit no month near publication: not two days of a month
    return ctx.pick(readings, c.start, c.end, future_ok=2, against_tense=6)


@kind("night")
def _night(ctx: Context, c: Candidate) -> When:
    """`la nuit de samedi à dimanche`: the two days the night spans, the first placed as a
    weekday; the second must follow it."""
    s = Slots(ctx, c)
    if (int(s.get("weekday")) + 1) % 7 != int(s.get("weekday2")):
        raise Reject
    first = _weekday(ctx, c).first
    return period(first, first + dt.timedelta(days=1))


@kind("week_of")
def _week_of(ctx: Context, c: Candidate) -> When:
    """`the week of March 6`: the (ISO) week holding that day."""
    return week_of(_date(ctx, c).first)


@kind("dateline_day")
def _dateline_day(ctx: Context, c: Candidate) -> When:
    """`MADRID, 22 (EUROPA PRESS)`: a dateline giving the day of the month alone, the last
    such day on or before publication."""
    opening = ctx.text[ctx.body_start : c.start].lstrip()
    if not DATELINE_PLACE.fullmatch(opening):
        raise Reject  # "María López, 28 (PSOE)": an age and a party, not a dateline
    d = _num(Slots(ctx, c), "day")
    pub = ctx.published
    for back in range(0, 62):
        candidate = pub - dt.timedelta(days=back)
        if candidate.day == d:
            return day(candidate)
    raise Reject


@kind("week_to")
def _week_to(ctx: Context, c: Candidate) -> When:
    """`the week to Dec. 28`, `the week ending 28 December`: the seven days up to that day."""
    last = _date(ctx, c).first
    return period(last - dt.timedelta(days=6), last, unit="week")


@kind("month_pair")
@kind("month_year")
def _month_year(ctx: Context, c: Candidate) -> When:
    s = Slots(ctx, c)
    y = _year(s)
    if y is None:
        raise Reject
    return month_of(y, int(s.get("month2" if c.kind == "month_pair" else "month")))


@kind("month")
def _month(ctx: Context, c: Candidate) -> When:
    s = Slots(ctx, c)
    m = int(s.get("month"))
    rel = s.get("rel")
    pub = ctx.published
    if rel is not None:
        # "last March" = the latest March before this month; "next March" the first after.
        rel = int(rel)
        if rel < 0:
            y = pub.year if m < pub.month else pub.year - 1
        elif rel > 0:
            y = pub.year if m > pub.month else pub.year + 1
        else:
            y = pub.year
        return month_of(y, m)
    year_rel = s.get("year_rel")
    if year_rel is not None:
        return month_of(pub.year + int(year_rel), m)
    told_year = _that_year(ctx, s)
    if told_year is not None:
        return month_of(told_year, m)  # "im Juli desselben Jahres"
    framed = ctx.year_framed(c)
    if framed is not None:
        return month_of(framed, m)
    told = _month_after_year_told(ctx, c, m)
    if told is not None:
        return told
    readings = _month_readings(pub.year, m)
    if _figures_of(ctx, c):
        tense = ctx.tense(c.start, c.end)
        if tense == "future":
            # "will release July export figures tomorrow" (in August): figures come out soon
            # after their month; the nearest July, whatever the tense of the release
            return _cheapest(readings, pub, 1, 1)
        if tense is None:
            # "the May figures show a slowdown" (in November): the latest begun by soon after
            soon = pub + dt.timedelta(days=FIGURES_LAG_DAYS)
            return max((w for w in readings if w.first <= soon), key=lambda w: w.first)
    return ctx.pick(readings, c.start, c.end, future_ok=3)


FIGURES_LAG_DAYS = 62  # how far ahead of publication the figures told of may come out


def _figures_of(ctx: Context, c: Candidate) -> bool:
    """Whether a month is that of published statistics: "figures for July", "July export
    figures", "Statistik für Dezember", "cifras de remesas de enero"."""
    g, text = ctx.g, ctx.text
    before = g.figures_before
    if before is not None and before.search(text, max(0, c.start - 40), c.start):
        return True
    blocked = g.figures_not_after  # ("In May data protection rules will tighten")
    return (
        g.figures_after is not None
        and g.figures_after.match(text, c.end) is not None
        and not (blocked is not None and blocked.search(text, max(0, c.start - 12), c.start))
    )


def _month_after_year_told(ctx: Context, c: Candidate, m: int) -> When | None:
    """Month m in the years of a date told just before it (Context.year_told), from that
    date on: "Arrested on Sept. 3, 2022, he was released in (late) October"."""
    told = ctx.year_told(c)
    if told is None:
        return None
    return _following(_month_readings(told.first.year, m), told, _told_window(ctx, c))


def _told_window(ctx: Context, c: Candidate) -> int:
    """Days after a date told in which a year-less one takes its year: fewer for a deadline
    in a past sentence (Context.year_told), moved a little ("fixée au 31 janvier 2024, a
    été reportée au 10 février"), not extended for months ("the contract signed on Jan. 4,
    2024 was extended to June 30", told in 2026: this year's)."""
    return MOVED_DEADLINE_DAYS if ctx.tense(c.start, c.end) == "future" else TOLD_WINDOW_DAYS


def _month_readings(year: int, m: int) -> list[When]:
    """Month m in the year before, the year and the year after."""
    return [month_of(y, m) for y in (year - 1, year, year + 1)]


# The words before "2100" that make it the year (elsewhere a count or a time: "2100 casos").
YEAR_2100_BEFORE = re.compile(
    r"(?<!\w)(?:by|until|in|to|and|bis|zum Jahr|d['’]ici(?: à)?|en|horizon|jusqu['’]en|"
    r"hasta|para|de aquí a|a|até|em|e|y|et|und)\s+\Z",
    re.IGNORECASE,
)
PHONE_BEFORE = re.compile(r"\(\d{2,3}\)\s?\Z")  # an area code
PHONE_AFTER = re.compile(r"[-.](?!(?:1[5-9]|20)\d\d)\d{4}(?!\d)")  # (not "2019-2020")
# A time zone or "local time" after four digits makes them a time of day (wire style).
CLOCK_ZONE = re.compile(
    r"\s*(?:GMT|UTC|[ECMP][SD]T|CES?T|BST|local(?:es?)?\b|heure|hora local|Uhr|hrs?\b|h\b)"
)


QUOTE_OPENED = re.compile(r"[«\"“„]\s?\S+\s\Z")  # a word right after an opening quote
QUOTE_CLOSER = re.compile(r"\s?[»\"”“]")


def _plausible_year(ctx: Context, c: Candidate, y: int) -> None:
    """A bare four-digit number is a year unless its neighbours say it is a count, a name
    or part of a bigger number."""
    text, g = ctx.text, ctx.g
    before = text[max(0, c.start - 40) : c.start]
    after = text[c.end : c.end + 40]
    if re.search(r"\d[\s.,]?$|[$€£¥#№]\s?$", before) or re.match(r"^[\s.,]?\d|^\s?%|^,\d", after):
        raise Reject
    if PHONE_BEFORE.search(before) or PHONE_AFTER.match(after):
        raise Reject  # "(11) 2025-0618": a telephone number
    if g.count_nouns is not None and g.count_nouns.match(after.lstrip()):
        raise Reject
    if CLOCK_ZONE.match(after):
        raise Reject  # "(1500 GMT)", "à 1900 locales": a time of day written as four digits
    if g.name_before_year is not None and g.name_before_year.search(before):
        raise Reject
    if y < 1900 and g.count_before is not None and g.count_before.search(before):
        raise Reject  # "mehr als 1100 Benin-Bronzen" (not "weniger als 1990": a year compared)
    if y == 2100 and not YEAR_2100_BEFORE.search(before):
        raise Reject  # "by 2100", "d'ici 2100" (not "2100 bomberos", "after 2100" hours)
    # "Milano Cortina 2026", "Paris 2024", "Windows 2000": a capitalised name right before a
    # year (no preposition) makes it part of the name.
    prev = re.search(r"([^\s«\"“„]+)\s$", before)
    quoted = QUOTE_OPENED.search(before) is not None
    # ("Navigation Mixte's 1989 profit": a possessive is not part of a name)
    if (
        prev
        and prev[1][:1].isupper()
        and prev[1][-1:].isalpha()
        and prev[1][-2:-1] not in "'’"
        and (not quoted or QUOTE_CLOSER.match(after))
    ):
        # (a quotation opening with the name and closing after the number is the name:
        # «Regatta 1972», "Vision 2030"; one going on is said words: "2026 wird besser")
        sentence_start = None if quoted else re.search(r"(^|[.!?:;(\n]\s*)\S+\s$", before)
        word = fold(prev[1])
        endings = tuple(g.vocab.get("YEAR_PREFIX_ENDINGS", ()))
        # (German capitalises every noun: "Bundestagswahl 2025", "Tarifrunde 2023" are dates)
        named = word not in g.vocab.get("YEAR_PREFIX_OK", {}) and not word.endswith(endings)
        figure = g.figure_after_year is not None and g.figure_after_year.match(ctx.text, c.end)
        if (
            not sentence_start
            and named
            and not figure
            and not _year_before_participle(ctx, c, prev.start(1))
            and not _year_between_noun_phrases(ctx, c, prev.start(1))
        ):
            raise Reject
    if not 1000 <= y <= 2100:
        raise Reject


def _year_before_participle(ctx: Context, c: Candidate, noun_at: int) -> bool:
    """German "als der Verband 1969 gegründet wurde": the number after a noun with its
    determiner, before the participle closing the clause, is a year."""
    participle = ctx.g.participle_after_year
    if participle is None or not participle.match(ctx.text, c.end):
        return False
    return _noun_with_determiner(ctx, c, noun_at)


def _noun_with_determiner(ctx: Context, c: Candidate, noun_at: int) -> bool:
    """Whether the noun right before a number (at `noun_at` in the 40 characters before it)
    has a determiner before it ("der Verband 1969", "die Bahn 2017")."""
    determiner = ctx.g.determiner_before
    if determiner is None:
        return False
    noun_start = max(0, c.start - 40) + noun_at
    return determiner.search(ctx.text, max(0, noun_start - 40), noun_start) is not None


PARTITIVE = frozenset({"der", "des"})  # German determiners after a count: "1200 der Züge"


def _year_between_noun_phrases(ctx: Context, c: Candidate, noun_at: int) -> bool:
    """German "Zuletzt erneuerte die Bahn 2017 die Gleise": the number after a noun with its
    determiner, before another determiner, is a year (the subject's, then the object's)."""
    after = ctx.g.determiner_after
    found = after.match(ctx.text, c.end) if after is not None else None
    if found is None or fold(found[0].strip()) in PARTITIVE:
        return False  # ("strich die Bahn 1200 der Verbindungen": 1,200 of them)
    return _noun_with_determiner(ctx, c, noun_at)


@kind("year")
def _year_kind(ctx: Context, c: Candidate) -> When:
    s = Slots(ctx, c)
    y = _year(s)
    if y is None:
        raise Reject
    if s.args.get("bare"):
        _plausible_year(ctx, c, y)
    return year_of(y)


@kind("year_period")
def _year_period(ctx: Context, c: Candidate) -> When:
    """`the 1988 quarter`, `the 1988 period`: the reporting period under discussion, in that
    year."""
    y = _year(Slots(ctx, c))
    if y is None:
        raise Reject
    if ctx.quarter_story:
        return quarter_of(y, (ctx.reporting_quarter().first.month - 1) // 3 + 1)
    return year_of(y)


@kind("iso")
def _iso(ctx: Context, c: Candidate) -> When:
    s = Slots(ctx, c)
    return day(safe_date(int(s.text("year")), int(s.text("mon")), int(s.text("dom"))))


@kind("day_month_num")
def _day_month_num(ctx: Context, c: Candidate) -> When:
    """`le 16/06`: a day and month in figures, the year from the context."""
    s = Slots(ctx, c)
    d, m = _day_number(s), int(s.text("mon"))
    framed = ctx.year_framed(c)  # "Em 2024, uma tempestade a 27/05"
    if framed is not None:
        return day(safe_date(framed, m, d))
    pub = ctx.published
    readings = [day(safe_date(y, m, d)) for y in (pub.year - 1, pub.year, pub.year + 1)]
    return ctx.pick(readings, c.start, c.end, future_ok=2, against_tense=6)


# "nº", "n.º", "No.", "Nr.", "#" right before figures: a reference number (not "said no.")
NUMBER_SIGN = re.compile(r"(?:(?<!\w)(?:[nN][º°]\s*|[nN]\.º\s*|No\.\s*|Nr\.\s*)|#)\Z")


@kind("numeric")
def _numeric(ctx: Context, c: Candidate) -> When:
    """03/01/2026: day first in most languages, month first in (US) English with slashes
    (dots are the European way, day first: "dated 12.05.1902")."""
    s = Slots(ctx, c)
    a, b, y = int(s.text("a")), int(s.text("b")), _year(s)
    if y is None or NUMBER_SIGN.search(ctx.text, max(0, c.start - 6), c.start):
        raise Reject  # (not "notificação nº 4/5/2024-EXC", "notice No. 4/5/2024": a number)
    month_first = ctx.numbers_month_first() and s.text("sep") != "."
    d, m = (b, a) if month_first else (a, b)
    if m > 12 and d <= 12:
        d, m = m, d
    return day(safe_date(y, m, d))


def _that_weekday(ctx: Context, c: Candidate, wd: int, *, this: bool) -> When | None:
    """The last day told before with its day of the month that fell on that weekday, for
    "aquel viernes", "that Friday", "ce vendredi-là" ("el 14 de julio de 2023 ... en la
    madrugada de aquel viernes"), if any. (`this`: the weekday was matched with a word for
    this one, "ce vendredi", which only "-là" after it makes that one.)"""
    g, text = ctx.g, ctx.text
    before = g.distal_before
    if not (
        (not this and before is not None and before.search(text, max(0, c.start - 12), c.start))
        or (g.distal_after is not None and g.distal_after.match(text, c.end))
    ):
        return None
    days = [w for w in reversed(ctx.days_written) if w.first.weekday() == wd]
    # a year its sentence names picks among them ("aquel viernes, en pleno invierno de 2023");
    # else only the last day told may be meant (not "el próximo viernes. Ese viernes ...")
    years = {int(y) for y in SENTENCE_YEAR.findall(text, *ctx.sentence(c.start, c.end))}
    in_year = next((w for w in days if w.first.year in years), None)
    if in_year is not None:
        return in_year
    return days[0] if days and days[0] == ctx.anchor_day else None


@kind("weekday")
def _weekday(ctx: Context, c: Candidate) -> When:
    s = Slots(ctx, c)
    wd = int(s.get("weekday"))
    rel = s.get("rel", s.get("rel_after"))
    ref = ctx.speech_day(c) or ctx.published
    arel = s.get("arel")
    if arel is not None:
        # "the previous Friday", "le lundi suivant": counted from the day mentioned before.
        ref, rel = ctx.anchor_for(c, "day").first, arel
    week_rel = s.text("week_rel")
    if week_rel is not None:
        # "Friday next week": that weekday in the week before, this or after this one.
        offset = int(ctx.g.value("WEEK_REL", week_rel))
        monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=offset)
        return day(monday + dt.timedelta(days=wd))
    told = _that_weekday(ctx, c, wd, this=rel is not None) if arel is None else None
    if told is not None:
        return told
    week = _week_just_told(ctx, c)
    if week is not None and rel is None:
        # "a meeting is set for next week, probably on Wednesday": that week's Wednesday
        return day(week.first + dt.timedelta(days=wd))
    back = (ref.weekday() - wd) % 7  # days back to the last such weekday (0: today)
    fwd = (wd - ref.weekday()) % 7
    weeks = s.args.get("weeks")
    if weeks and ctx.tense(c.start, c.end) != "past":
        # "Sonntag in einer Woche", "dimanche en huit": the one after the coming one
        return day(ref + dt.timedelta(days=fwd + 7 * int(weeks)))
    if rel is not None:
        rel = int(rel)
        # ("am übernächsten Montag": a week more for each step beyond the next one)
        if rel < 0:
            return day(ref - dt.timedelta(days=(back or 7) + 7 * (-rel - 1)))
        if rel > 0:
            return day(ref + dt.timedelta(days=(fwd or 7) + 7 * (rel - 1)))
    if back == 0:
        return day(ref)  # the day itself: "said Tuesday" on a Tuesday, whatever the tense
    # "samedi", "ce samedi": the last one unless the tense says the next one. Where the past
    # tenses are reliably marked (French passé composé, Spanish and Portuguese preterites), a
    # sentence with no past marker announces (present for future: "le club organise samedi
    # un loto"): the nearer of the two days is taken.
    tense = ctx.tense(c.start, c.end)
    # "Thursday's closing price": a possessive weekday with no tense names a day gone by.
    possessive = ctx.text[c.end - 2 : c.end] in ("'s", "’s")
    # The verb of the sentence does not date a possessive ("would appeal Wednesday's
    # ruling"): in a future sentence it is only the nearer of the two days.
    if tense == "future" and possessive and fwd > back:
        return day(ref - dt.timedelta(days=back))
    # "from Monday" rather than "since Monday": where the word can mean both, as the clause
    # says; elsewhere, in the future (but German "seit" is only "since": "wird seit
    # Sonntagmorgen behandelt")
    if ctx.since(c.start) and not (
        ctx.since_means_from(c.start, c.end)
        if ctx.g.settings.get("since_means_from")
        else tense == "future" and not ctx.g.settings.get("since_is_past")
    ):
        return day(ref - dt.timedelta(days=back))  # "están a la venta desde el lunes"
    if _looks_ahead(ctx, tense, fwd, back) and not (tense is None and possessive):
        return day(ref + dt.timedelta(days=fwd))
    return day(ref - dt.timedelta(days=back))


CLAUSE_PART = re.compile(r"[^,.;:!?\n]{0,30}")  # the words after a position, to a comma


def _past_right_after(ctx: Context, at: int) -> bool:
    """Whether a past verb follows position `at` in its clause (before a comma)."""
    past = ctx.g.past
    clause = CLAUSE_PART.match(ctx.text, at)
    return past is not None and clause is not None and past.search(ctx.text, at, clause.end())


def _week_just_told(ctx: Context, c: Candidate) -> When | None:
    """The calendar week (Monday to Sunday) to come told right before a weekday in its
    sentence ("next week, probably on Wednesday", "la semaine prochaine, mercredi"), if
    any. (Past weeks are left alone: "Der Streik begann vergangene Woche, am Montag weitete
    er sich aus" tells this week's Monday.)"""
    week = ctx.last_week
    if week is None or ctx.anchor is not week or ctx.anchor_at != ctx.last_week_at:
        return None
    if week.first.weekday() != 0 or (week.last - week.first).days != 6:
        return None  # ("in the week to Oct. 17")
    if week.first <= ctx.published or ctx.sentence(c.start, c.end)[0] > ctx.anchor_at:
        return None
    if ctx.text[c.end - 2 : c.end] in ("'s", "’s") or _past_right_after(ctx, c.end):
        return None  # "next week, Tuesday's statement said"; "am Montag hatte der Ausschuss"
    gap = ctx.g.week_then_weekday
    return week if gap is not None and gap.fullmatch(ctx.text, ctx.anchor_end, c.start) else None


@kind("weekday_range")
def _weekday_range(ctx: Context, c: Candidate) -> When:
    """`entre el viernes y el domingo`: from the first weekday (read as a weekday alone) to
    the next day that is the second."""
    first = _weekday(ctx, c).first
    days = (int(Slots(ctx, c).get("weekday2")) - first.weekday()) % 7
    last = first + dt.timedelta(days=days or 7)
    lo, _ = ctx.sentence(c.start, c.end)
    opens = not WORD.search(ctx.text, lo, c.start)
    if last > ctx.published and opens and ctx.tense(c.start, c.end) == "past":
        # "Entre mardi et samedi, l'isotherme est resté...", told on Thursday: last week's
        # (not "Le préfet a interdit toute manifestation entre mardi et samedi": this week's)
        first, last = first - dt.timedelta(days=7), last - dt.timedelta(days=7)
    return period(first, last)


def _looks_ahead(ctx: Context, tense: str | None, fwd: int, back: int) -> bool:
    """Whether a weekday or weekend `fwd` days ahead is meant rather than the one `back` days
    ago: the future tense says so; with no tense, where the table's past tenses are reliably
    marked (`weekday_nearest_when_untensed`), the nearer one."""
    return tense == "future" or (
        tense is None and fwd < back and bool(ctx.g.settings.get("weekday_nearest_when_untensed"))
    )


@kind("relday")
def _relday(ctx: Context, c: Candidate) -> When:
    s = Slots(ctx, c)
    offset = int(s.get("relday", 0))
    ref = ctx.speech_day(c) or ctx.published
    return day(ref + dt.timedelta(days=offset))


@kind("rel_unit")
def _rel_unit(ctx: Context, c: Candidate) -> When:
    """`last week`, `cette année`, `el mes pasado`: the unit-sized period n units from now."""
    s = Slots(ctx, c)
    unit = s.get("unit")
    if s.args.get("unit_from_word"):
        unit = ctx.g.value("UNIT", s.text("unit_w"))
    rel = int(s.get("rel", 0))
    rel_word = fold(s.text("rel") or "").split()[-1:]  # "la última" -> "ultima"
    if rel < 0 and unit in ("decade", "century") and rel_word and rel_word[0] in LAST_STRETCH:
        return VAGUE  # "over the past decade": the last ten years or so, not the 2010s
    ref = ctx.speech_day(c) or ctx.published
    if unit == "weekend" and rel == 0:
        # "the weekend", "ce week-end": the last one unless the tense says the next one; with
        # no tense, where the past is reliably marked, the nearer one (as for weekdays).
        if s.text("rel") and (
            ref.weekday() >= SATURDAY
            or (ref.weekday() == FRIDAY and ctx.tense(c.start, c.end) != "past")
        ):
            return weekend_of(ref)  # "this weekend" from Friday on: that week's
        fwd = (SATURDAY - ref.weekday()) % 7
        back = (ref.weekday() - SATURDAY) % 7 if ref.weekday() >= SATURDAY else ref.weekday() + 2
        if _looks_ahead(ctx, ctx.tense(c.start, c.end), fwd, back):
            return weekend_of(ref + dt.timedelta(days=fwd))
        return weekend_of(ref - dt.timedelta(days=back))
    if unit == "weekend" and rel < 0 and ref.weekday() >= SATURDAY:
        rel = -1  # "last weekend" said on a Sunday is the one before
    if unit == "weekend" and rel > 0 and ref.weekday() < SATURDAY:
        # "el próximo fin de semana" said on a Monday is the coming one (on a Sunday, the
        # one after)
        return unit_containing(unit, shift(ref, unit, rel - 1))
    if rel == 0:
        rel = _edge_shift(ctx, c, s, unit, ref)
    return unit_containing(unit, shift(ref, unit, rel))


def _edge_shift(ctx: Context, c: Candidate, s: Slots, unit: str, ref: dt.date) -> int:
    """`fin d'année` in a past sentence early in the year is last year's end; `au début de
    l'année` in a future sentence late in the year is next year's start: -1, 1 or 0 units."""
    edge_group = "edge" if s.text("edge") else "edge2"
    raw = s.text(edge_group)
    edge = ctx.g.vocab.get("EDGE", {}).get(fold(raw)) if raw else None
    if edge is None or unit not in EDGE_UNITS:
        return 0
    current = unit_containing(unit, ref)
    into = (ref - current.first).days / ((current.last - current.first).days + 1)
    if edge == "late" and into < EDGE_SHARE and ctx.tense(c.start, c.end) == "past":
        return -1
    if (
        edge == "early"
        and into >= 1 - EDGE_SHARE
        and ctx.tense(c.start, c.end) == "future"
        # (not "desde o início do ano": a start already reached)
        and not (c.match is not None and ctx.since(c.match.start(edge_group)))
    ):
        return 1
    return 0


EDGE_UNITS = frozenset({"week", "month", "quarter", "half", "year"})
EDGE_SHARE = 0.25  # how far into a unit its far edge still means the one before (or after)


def _count(s: Slots, unit: str) -> int:
    """How many units: French counts weeks in days (`huit jours` is a week, `quinze jours`
    two), by the table's `days_as_weeks` setting."""
    n = s.number("num", 1)
    words = s.g.settings.get("days_as_weeks")
    raw = s.text("num")
    if words and unit == "day" and raw is not None:
        return words.get(fold(raw), n)
    return n


THAT_AFTER = re.compile(r"\s+que\b")  # "Hace diez años que ...": for ten years


def _fronted_past(ctx: Context, c: Candidate) -> bool:
    """Whether "Há três anos" opens its sentence as a time frame, before a comma or an
    imperfect ("Há três anos a gente vendia um balão por semana"): a date, not "for three
    years" ("Há três anos trabalho aqui", "Há quatro anos que vivemos com isto")."""
    lo, hi = ctx.sentence(c.start, c.end)
    if WORD.search(ctx.text, lo, c.start) is not None or THAT_AFTER.match(ctx.text, c.end):
        return False
    if ctx.text.startswith(",", c.end):
        return True  # "Há dez anos, quase ninguém subia a serra": a time frame
    imperfect = ctx.g.imperfect
    return imperfect is not None and imperfect.search(ctx.text, c.end, hi) is not None


@kind("ago")
def _ago(ctx: Context, c: Candidate) -> When:
    """`il y a deux ans`, `two days ago`, `hace cinco días`: counted from publication."""
    s = Slots(ctx, c)
    unit = s.get("unit")
    n = _count(s, unit)
    said_on = ctx.speech_day(c)
    ref = said_on or ctx.published
    sign = int(s.args.get("sign", -1))
    if (
        s.args.get("durative_unless_past")
        and not APPOSITION_BEFORE.search(ctx.text, max(0, c.start - 12), c.start)
        and not OF_BEFORE.search(ctx.text, max(0, c.start - 4), c.start)
        and not (
            LIKE_BEFORE.search(ctx.text, max(0, c.start - 8), c.start)
            and CLAUSE_END.match(ctx.text, c.end)
        )
        and ctx.tense(c.start, c.end) != "past"
        and not _fronted_past(ctx, c)
    ):
        return VAGUE  # "ocupa el cargo hace diez años", "está no cargo há dez anos": for ten years
    future = s.args.get("future")
    if future == "sure":
        # "dans trois semaines", "dentro de tres semanas", "daqui a" look ahead from the
        # words' own day, after a past verb too ("ha encargado una revisión dentro de tres
        # semanas"), but not when that day is long past or "dentro de" means "within"
        if said_on is None and _told_from_another_time(ctx, c):
            raise Reject
    elif future:
        # "in two years, sales doubled" means within two years, not a date to come; where
        # "in" is that ambiguous (English) the sentence must say it is about the future
        # (not "in ten years' time", which says it itself).
        tense = ctx.speaker_tense(c.start, c.end)  # (quoted words have the speaker's)
        explicit = future == "explicit" and not s.text("time")
        if tense == "past" or (explicit and tense != "future"):
            raise Reject
    if s.get("approx") == "open":
        return VAGUE  # "more than six years ago": some time before that
    target = shift(ref, unit, sign * n)
    if s.args.get("exact") or (s.text("exact") and not s.text("approx")):
        return day(target)  # "36 ans jour pour jour", "ten years ago today," (not "about")
    return unit_containing(SHIFT_PRECISION[unit], target)


# A past verb this close before "dentro de N días" makes it "within" ("los síntomas
# aparecieron dentro de tres días", "completó la adquisición del grupo rival dentro de seis
# meses"), in characters; farther, it is another clause's ("ha encargado una primera
# revisión del estado del pecio dentro de tres semanas").
WITHIN_AFTER_VERB = 40
RIGHT_AFTER_VERB = 12  # ... and this close, even in reported words ("que los ratones morían")
REPORTED_GAP = 30  # how far after a verb of saying its "que" may come ("a indiqué lundi que")
# How long before publication a date told in the sentence may be for its words' "in three
# weeks" to count from publication all the same ("anunció el lunes que ... dentro de").
RECENTLY_TOLD = dt.timedelta(days=31)
LONG_AGO = dt.timedelta(days=365)  # ... whatever the tense


def _reported(ctx: Context, lo: int, start: int) -> bool:
    """Whether text[lo:start] reports words: a verb of saying and "que" / "that" right after
    it ("a annoncé qu'un plan serait présenté"; not the relative "El paciente, que ingresó")."""
    g, text = ctx.g, ctx.text
    if g.speech is None or g.complementizer is None:
        return False
    for m in g.speech.finditer(text, lo, start):
        gap_end = min(start, m.end() + REPORTED_GAP)
        that = g.complementizer.search(text, m.end(), gap_end)
        if that is not None and "," not in text[m.end() : that.start()]:
            return True
    return False


def _told_from_another_time(ctx: Context, c: Candidate) -> bool:
    """Whether "dentro de N" in a past sentence counts from another time than publication:
    "within" after the past verb it belongs to, or words told long ago ("avait promis",
    "En 2020 la OMS advirtió de que habría una vacuna dentro de 18 meses")."""
    g, text = ctx.g, ctx.text
    lo, _ = ctx.sentence(c.start, c.end)
    anchor = ctx.anchor
    told = anchor.last if anchor is not None and lo <= ctx.anchor_at < c.start else None
    if told is not None and told < ctx.published - LONG_AGO:
        return True  # "Le 12 mars 2020, Macron annonçait que les écoles fermeraient dans"
    if g.pluperfect is not None and g.pluperfect.search(text, lo, c.start):
        return True  # "le maire avait promis que le tramway arriverait dans deux ans"
    if ctx.speaker_tense(c.start, c.end) != "past":
        return False
    tense, distance = ctx.tense_detail(c.start, c.end)
    # (but words reported after the verb: "a annoncé qu'un plan serait présenté dans deux
    # semaines")
    if (
        tense == "past"
        and distance <= WITHIN_AFTER_VERB
        and (distance <= RIGHT_AFTER_VERB or not _reported(ctx, lo, c.start))
        # (the verb before it: not "prontos daqui a três semanas e marcou para 2 de maio")
        and _nearest_marker(
            g.past,
            g.past_cancelled,
            text,
            lo=max(lo, c.start - WITHIN_AFTER_VERB),
            start=c.start,
            end=c.start,
            hi=c.start,
        )
        is not None
    ):
        return True
    return told is not None and told < ctx.published - RECENTLY_TOLD


@kind("shift")
def _shift(ctx: Context, c: Candidate) -> When:
    """`two days earlier`, `cinco días después`, `the year-ago quarter`: counted from the date
    mentioned before (the publication date if none)."""
    s = Slots(ctx, c)
    unit = s.get("unit")
    if unit == "minute":
        raise Reject  # "une vingtaine de minutes plus tard": a time, not a date
    n = _count(s, unit)
    direction = int(s.get("dir", 1))
    complement = s.text("complement")
    durative = ctx.g.duration_prep
    if (
        durative is not None
        and s.text("num")
        and (complement is not None or WORD_NEXT.match(ctx.text, c.end))
        and durative.search(ctx.text, max(0, c.start - 12), c.start)
    ):
        raise Reject  # "pendant six semaines après une inspection": how long, not when
    if s.get("approx") == "open" and not NUMBER_BEFORE.search(
        ctx.text, max(0, c.start - 8), c.start
    ):
        if complement is not None:
            raise Reject  # "more than two days after a landslide": a distance, no date
        return VAGUE  # "más de un año después": some time after (not "80 mehr als ...")
    if complement is not None:
        # "N days after <event>" states the distance between two events. After a clause
        # ("cinco días después de que ...") or within the sentence that dates the main event
        # ("met on Monday, two days after the raid"), it re-dates the event under discussion.
        clause = fold(complement.strip()) in ctx.g.vocab.get("CLAUSE_START", {})
        days = unit in DAY_UNITS
        at = ctx.anchor_day_at if days else ctx.anchor_at
        same_sentence = at >= 0 and not ends_between(ctx.text, at, c.start, ctx.ordinals)
        # (not after "and", which tells another event: "comenzó el 2 de marzo y dos días
        # después del inicio del fuego fue controlado"; but "on Sunday, 10 days after the
        # attack and two days after the debate" counts both from Sunday)
        conjunction = ctx.g.conjunction
        another_event = (
            conjunction is not None
            and conjunction.search(ctx.text, at, c.start) is not None
            and not (ctx.anchor_day_counted if days else ctx.anchor_counted)
        )
        if clause or (same_sentence and not another_event):
            found = ctx.anchor_for(c, unit)
            if SHIFT_PRECISION[unit] == "year" and found.first.year == found.last.year:
                # "en septiembre de 2022, diez años después de ...": years counted tell the year
                return unit_containing("year", found.first)
            return found
        if unit not in DAY_UNITS:
            # "three decades after British Rail was privatised", counted from the last date
            # told, lands after publication: the event is another one, this text dates not
            shifted = shift(ctx.anchor_for(c, unit).first, unit, direction * n)
            if shifted > ctx.published and ctx.tense(c.start, c.end) != "future":
                raise Reject
        if (
            ctx.anchor is not None
            and ctx.anchor_at > at
            and not ends_between(ctx.text, ctx.anchor_at, c.start, ctx.ordinals)
        ):
            # "In January, a week after the anniversary": the sentence dates the event more
            # coarsely than the unit counted; that date stands.
            return ctx.anchor
    money = ctx.financial(c) if s.args.get("financial") else None
    if s.args.get("names_period") and ctx.quarter_story:
        money = "quarter"
    if money is not None:
        # "a year earlier", "the year-ago quarter" in an earnings story: the same quarter of
        # the year before the one reported on (or that year, beside "the nine months").
        base = ctx.reporting_quarter()
        anchor = ctx.anchor
        if (
            anchor is not None
            and ctx.reporting is None  # (no quarter near publication is reported on)
            and ctx.anchor_year_written  # ("the first quarter of 2025", not "the previous")
            and anchor.unit == "quarter"
            and not ends_between(ctx.text, ctx.anchor_at, c.start, ctx.ordinals)
        ):
            base = anchor  # "in the first quarter of 2025 compared with a year earlier"
        return unit_containing(money, shift(base.first, unit, direction * n))
    if s.args.get("deictic"):
        ref = ctx.speech_day(c) or ctx.published
        return unit_containing(SHIFT_PRECISION[unit], shift(ref, unit, direction * n))
    anchor = ctx.anchor_for(c, unit, forward=direction > 0)
    # (later than a span is after its end: "de agosto a octubre de 2022; dos meses después")
    base = anchor.last if direction > 0 and anchor.unit == "period" else anchor.first
    if unit in ("year", "quarter", "month", "half") and anchor.unit == unit:
        found = unit_containing(unit, shift(base, unit, direction * n))
    else:
        found = unit_containing(SHIFT_PRECISION[unit], shift(base, unit, direction * n))
    if ctx.anchor is None and (
        complement is not None
        or (found.first > ctx.published and ctx.tense(c.start, c.end) == "past")
    ):
        # No date before it to count from: "deux jours après le drame" (the drama's date is
        # unknown), "a week later, he was arrested" (not a week after publication).
        return VAGUE
    return found


DAY_UNITS = frozenset({"day", "hour", "minute", "week", "fortnight", "weekend"})


@kind("anaphor_of")
def _anaphor_of(ctx: Context, c: Candidate) -> When:
    """`la veille de Noël`, `the day after Christmas`, `un año después del 25 de abril de
    1974`: a date counted from the one named right after it."""
    assert c.base is not None
    base = NORMALISERS[c.base.kind](ctx, c.base)
    unit, offset = Slots(ctx, c).get("anaphor")
    if base is None or (unit == "day" and base.unit != "day"):
        raise Reject
    return unit_containing(unit, shift(base.first, unit, int(offset)))


@kind("shift_of")
def _shift_of(ctx: Context, c: Candidate) -> When:
    """`two days before Christmas`, `dois dias antes do Natal`, `trois jours après le 3
    janvier`: days or weeks counted from the day named right after."""
    assert c.base is not None
    # (the day read where the whole count stands: "ocurrieron dos días antes de Navidad" is
    # past, though "antes de Navidad" alone looks ahead)
    base = NORMALISERS[c.base.kind](ctx, replace(c.base, start=c.start, end=c.end))
    s = Slots(ctx, c)
    unit = s.get("unit")
    if base is None or base.unit != "day" or unit not in COUNTED_FROM_DAY or s.get("approx"):
        raise Reject  # ("more than two days after Christmas": a distance, no date)
    before = ctx.text[max(0, c.start - 16) : c.start]
    durative, stretch = ctx.g.duration_prep, ctx.g.stretch_before
    if (durative is not None and durative.search(before)) or (
        stretch is not None and stretch.search(before)
    ):
        raise Reject  # "for two days before Christmas", "the five days before Christmas"
    return day(shift(base.first, unit, int(s.get("dir", 1)) * _count(s, unit)))


# The units a day may be counted in from another day ("three weeks before Christmas").
COUNTED_FROM_DAY = frozenset({"day", "week", "fortnight"})


# Calendar units from the shortest: an anaphor counts from a date no coarser than its unit.
UNIT_SIZE = {
    u: i
    for i, u in enumerate(("day", "week", "month", "quarter", "half", "year", "decade", "century"))
}


@kind("anaphor")
def _anaphor(ctx: Context, c: Candidate) -> When:
    """`the same day`, `la veille`, `that year`, `l'année suivante`."""
    s = Slots(ctx, c)
    spec = s.get("anaphor")
    if spec is not None:
        unit, offset = spec
    elif s.args.get("unit_from_word"):  # "for the week", "for the year"
        unit, offset = ctx.g.value("UNIT", s.text("unit_w")), s.args.get("offset", 0)
    else:  # a unit word ("el trimestre anterior") or the rule's own unit
        unit, offset = s.get("unit"), s.args.get("offset", 0)
    told = ctx.anchor
    if (
        unit == "day"
        and ctx.anchor_day is None
        and told is not None
        and UNIT_SIZE.get(told.unit, 0) >= UNIT_SIZE["month"]
        and not told.first <= ctx.published <= told.last
    ):
        return VAGUE  # "arrested in 2019 and released that same evening": not publication's
    anchor = ctx.anchor_for(c, unit, forward=int(offset) >= 0)
    if unit == "week" == anchor.unit:  # "the week to Oct. 17 ... the previous week": 7 days back
        days = dt.timedelta(days=7 * int(offset))
        return period(anchor.first + days, anchor.last + days, unit="week")
    if UNIT_SIZE.get(anchor.unit, 0) > UNIT_SIZE.get(unit, 0):
        # "in 2025 ... the previous quarter": a year holds no one quarter to count from
        anchor = unit_containing(unit, ctx.now(c))
    # "ran from January to April 2025 ... the following month": after the span's end
    long_span = anchor.unit == "period" and (anchor.last - anchor.first).days > WEEKEND_DAYS
    base = anchor.last if int(offset) > 0 and long_span else anchor.first
    steps = int(offset)
    if unit == "weekend" and steps > 0 and anchor.unit == "day" and base.weekday() < FRIDAY:
        # "on Wednesday ... the following weekend": the one that week ends with (a Friday
        # opens its own: "on Friday, Feb. 6, and Italy the following weekend")
        steps -= 1
    found = unit_containing(unit, shift(base, unit, steps))
    if told is None and found.first > ctx.published and ctx.tense(c.start, c.end) == "past":
        # No date told before it: "Police raided his home. The next day, he fled" (not the
        # day after publication)
        return VAGUE
    return found


@kind("since_then")
def _since_then(ctx: Context, c: Candidate) -> When:
    """`desde entonces`, `desde então`, `seither`: the last date told, as told (the day, month
    or year things date from), or the one before it in its sentence where the last one
    completes a noun or a comparison ("aprobada en 2015 para sustituir una norma de 1990",
    "creció en 2023 respecto a 2021"), when it is past and told in the sentence of the words
    or the one before, with no later event between ("fundada en 2014 y poco después ...
    Desde entonces"), no quotation between and no verb of saying before a clause it reports
    (the day of saying is not the event: "dijo el martes que la epidemia comenzó"); else the
    words point to an event the text does not date: no mention, or a vague one where the rule
    says so (`depuis lors`). (English "since then" is no mention: TimeML, which the English
    benchmarks follow, has none.)"""
    told = _since_then_date(ctx, c)
    if told is None:
        if Slots(ctx, c).args.get("vague_otherwise"):
            return VAGUE
        raise Reject
    return told


def _since_then_date(ctx: Context, c: Candidate) -> When | None:
    """The date `since then` points back to (see _since_then), or None."""
    text, g = ctx.text, ctx.g
    if ctx.anchor is None or not 0 <= ctx.anchor_at < c.start:
        return None
    lo, hi = ctx.sentence(ctx.anchor_at, ctx.anchor_end)
    hi = min(hi, c.start)
    dates = [(at, w) for at, w in ctx.told if lo <= at < c.start]
    while len(dates) > 1 and _completes(g, text, lo, dates[-1][0]):
        dates.pop()  # "una norma de 1990", "respecto a 2021", "le vote du 10 mars"
    told = dates[-1][1]  # (the anchor itself is among them)
    between = text[ctx.anchor_end : c.start]
    # (a verb of saying before a clause it reports, in the sentence of the date)
    speech = g.speech.search(text, lo, hi) if g.speech else None
    reported = speech is not None and (
        "," in text[speech.end() : hi]
        or (g.complementizer is not None and g.complementizer.search(text, speech.end(), hi))
    )
    if (
        told.unit not in ("day", "month", "year")
        or told.first > ctx.published
        or "\n" in text[lo : c.start]
        or len(sentence_ends(text, ctx.anchor_end, c.start, ctx.ordinals)) > 1
        or (g.event_after and g.event_after.search(between))
        or reported
        or ctx.in_quotation(c.start) != ctx.in_quotation(ctx.anchor_at)
        or any(ch in between for ch in '«»“”"„')
    ):
        return None
    return told


def _completes(g: Grammar, text: str, lo: int, at: int) -> bool:
    """Whether the date told at `at` (in a sentence from `lo`) completes a noun or a
    comparison, by the words before it or the preposition opening it ("del 31 de enero")."""
    words = g.date_complement
    if words is None:
        return False
    first = WORD.match(text, at)
    return words.search(text, max(lo, at - 24), first.end() if first else at) is not None


# Before it, "the 1800s" are a century (see _decade).
HUNDREDS_BEFORE = 1900


@kind("decade")
def _decade(ctx: Context, c: Candidate) -> When:
    # "the late 1980s" keeps the decade as its value (TimeML puts "late" in a modifier).
    s = Slots(ctx, c)
    year = _decade_year(ctx, s, "decade")
    if s.text("last_century") is not None:  # "os anos 10 do século passado": 1910s
        year = 1900 + year % 100
    # "the 1700s", "the late 1900s": a century ("the 1900s" alone is as often the decade
    # before the 1910s, "the 2000s" the decade)
    hundreds = s.args.get("hundreds") and year % 100 == 0
    if hundreds and (year < HUNDREDS_BEFORE or (year == HUNDREDS_BEFORE and s.text("part"))):
        return century_of(year // 100 + 1)
    return decade_of(year)


def _decade_year(ctx: Context, s: Slots, name: str) -> int:
    """The first year of the decade in group `name`, written `1980`, `80` or as a word."""
    raw = s.get(name)
    for group in ("decade_word", f"decade_word_{name}"):  # "les années soixante"
        if not isinstance(raw, int) and s.text(group) is not None:
            raw = s.get(group)
    y = raw if isinstance(raw, int) else int(re.sub(r"\D", "", raw))
    if y < 100:
        # "les années 60": the 1960s; "the 2010s" written "10s" is rare, but the last
        # completed decades of this century are read as such.
        y = 2000 + y if 2000 + y <= ctx.published.year - 10 else 1900 + y
    if y % 10:
        raise Reject
    return y


DECADE_YEARS = 10


@kind("decade_range")
def _decade_range(ctx: Context, c: Candidate) -> When:
    """`between the 1950s and the 1970s`, `las décadas de 1950 y 1960`: from the first year
    of the earlier to the last of the later (in reverse order, only next to each other:
    "between the 2020s and the 1970s" compares two decades)."""
    s = Slots(ctx, c)
    told = (_decade_year(ctx, s, "decade"), _decade_year(ctx, s, "decade2"))
    first, last = sorted(told)
    if told[0] > told[1] + DECADE_YEARS:
        raise Reject
    return period(decade_of(first).first, decade_of(last).last)


ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


def roman(text: str) -> int:
    total, prev = 0, 0
    for ch in reversed(text.lower()):
        v = ROMAN[ch]
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    return total


@kind("century")
def _century(ctx: Context, c: Candidate) -> When:
    s = Slots(ctx, c)
    raw = s.get("cword") if s.text("cword") else s.get("century")  # "the twentieth century"
    numeral = (
        None
        if isinstance(raw, int)
        else re.fullmatch(r"([ivxlc]+)(?:e|è|ème|eme|ᵉ|er)?", raw, re.I)
    )
    if isinstance(raw, int):
        n = raw
    elif numeral:
        n = roman(numeral[1])
    else:
        n = int(re.sub(r"\D", "", raw))
    whole = century_of(n)
    half = s.number("half") if s.text("half") else None
    if half not in (1, 2):
        return whole
    # "la segunda mitad del siglo XIX": 1850-1899, as the century is 1800-1899
    middle = dt.date(whole.first.year + 50, 1, 1)
    if half == 1:
        return period(whole.first, middle - dt.timedelta(days=1))
    return period(middle, whole.last)


def _periodic(ctx: Context, c: Candidate, make: Callable[[int], When]) -> When:
    """Quarters, halves, seasons: an explicit year, a relative one, or the likeliest one."""
    s = Slots(ctx, c)
    y = _year(s) or _year(s, "year2")
    if y is not None:
        return make(y)
    pub = ctx.published
    rel = s.get("rel", s.get("year_rel"))
    if rel is not None:
        return make(pub.year + int(rel))
    if s.args.get("anaphoric") and ctx.anchor is not None:
        return make(ctx.anchor.first.year)
    framed = ctx.year_framed(c)  # "In 2021, wildfire destroyed the line in the summer"
    if framed is not None:
        return make(framed)
    readings = [make(y) for y in (pub.year - 1, pub.year, pub.year + 1)]
    return ctx.pick(readings, c.start, c.end, future_ok=1)


@kind("quarter")
def _quarter(ctx: Context, c: Candidate) -> When:
    s = Slots(ctx, c)
    q = s.number("quarter")
    if not q or not 1 <= q <= 4:
        raise Reject
    return _reporting_period(ctx, c, lambda y: quarter_of(y, q))


@kind("current_quarter")
def _current_quarter(ctx: Context, c: Candidate) -> When:
    """`the quarter`: the last quarter named; `the latest quarter`, `the latest period`: the
    one the story reports on (the first named, else the last completed one)."""
    if not Slots(ctx, c).args.get("latest") and ctx.last_quarter is not None:
        return ctx.last_quarter
    return ctx.reporting_quarter()


@kind("half")
def _half(ctx: Context, c: Candidate) -> When:
    s = Slots(ctx, c)
    h = s.number("half")
    if h not in (1, 2):
        raise Reject
    match = ctx.g.match_words
    told_year = _year(s) or _year(s, "year2") or s.has("year_rel")
    if (
        match is not None
        and not told_year
        and match.search(ctx.text, *ctx.sentence(c.start, c.end))
    ):
        raise Reject  # "equalised in the second half": a game's
    if s.text("this_year"):  # "the second half of the year": the year told, else this one
        told = ctx.last_year_told
        lo, _ = ctx.sentence(c.start, c.end)
        year = told.first.year if told is not None and ctx.last_year_told_at >= lo else None
        return half_of(year or ctx.published.year, h)
    return _reporting_period(ctx, c, lambda y: half_of(y, h), barely_begun_gone=True)


# How long after its end a period is still the one reports speak of (results come out weeks
# after a quarter closes: "will report third-quarter results" in October is this year's).
REPORTING_LAG = dt.timedelta(days=75)
# Days into a half-year within which one told in the past is the previous year's.
BARELY_BEGUN_DAYS = 31


LONG_CLOSED_DAYS, SOON_DAYS = 150, 60  # a period closed long ago; one beginning soon


def _reporting_period(
    ctx: Context, c: Candidate, make: Callable[[int], When], barely_begun_gone: bool = False
) -> When:
    """A quarter or half with no year: the latest one that has begun, unless the sentence
    looks ahead and that one closed long ago (then the next one). `barely_begun_gone`: one
    begun less than a month ago, opening its sentence and told in the past by its own verb,
    is last year's (not one a verb of saying announces: "kündigte an, im zweiten Halbjahr
    500 Stellen abzubauen"; not quarters, which a fiscal year may number otherwise: "its
    fourth quarter ended yesterday" on 30 October)."""
    s = Slots(ctx, c)
    if _year(s) or _year(s, "year2") or s.has("rel") or s.has("year_rel"):
        return _periodic(ctx, c, make)
    framed = ctx.year_framed(c)  # "In 2021, sales fell in the first quarter"
    if framed is not None:
        return make(framed)
    if s.args.get("anaphoric") and ctx.anchor is not None:
        return make(ctx.anchor.first.year)
    pub = ctx.published
    latest = make(pub.year) if make(pub.year).first <= pub else make(pub.year - 1)
    back = s.args.get("back")
    if back:  # "the year-ago third quarter"
        return make(latest.first.year - int(back))
    if pub <= latest.last:
        if barely_begun_gone and (pub - latest.first).days < BARELY_BEGUN_DAYS:
            tense, distance = ctx.tense_detail(c.start, c.end)
            lo, _ = ctx.sentence(c.start, c.end)
            if tense == "past" and distance <= CLOSE_MARKER and ctx.fronted(lo, c.start):
                return make(latest.first.year - 1)  # "im ersten Halbjahr hatte" on 8 January
        return latest
    if pub - latest.last <= REPORTING_LAG:
        # just closed: its figures may be to come, in a story about money (not something to
        # happen in it: "se reanudará en el segundo semestre con una inversión de 120 millones")
        before, after = ctx.clause(c.start, c.end)
        if (ctx.quarter_story or MONEY.search(before) or MONEY.search(after)) and not _to_happen_in(
            ctx, c, before, after
        ):
            return latest
    tense = ctx.tense(c.start, c.end)
    upcoming = make(latest.first.year + 1)
    if tense == "future" or (
        tense is None
        and (pub - latest.last).days > LONG_CLOSED_DAYS
        and (upcoming.first - pub).days < SOON_DAYS
        and not _figures_in_sentence(ctx, c)
    ):
        # (untensed, with no figures: "analysts see a recovery in the fourth quarter" on 21
        # August is the one six weeks ahead, not the one closed eight months ago; not "sales
        # in the fourth quarter fell 5%")
        return upcoming
    return latest


PERCENT = re.compile(
    r"\d\s*(?:Prozent|percent|per cent|pour cent|por ciento|por cento)\b", re.IGNORECASE
)


def _figures_in_sentence(ctx: Context, c: Candidate) -> bool:
    """Whether the sentence of `c` gives figures or money ("fell 5%", "3 Milliarden")."""
    lo, hi = ctx.sentence(c.start, c.end)
    text = ctx.text
    return any(
        FIGURE.search(text, a, b) or MONEY.search(text[a:b]) or PERCENT.search(text, a, b)
        for a, b in ((lo, c.start), (c.end, hi))
    )


def _to_happen_in(ctx: Context, c: Candidate, before: str, after: str) -> bool:
    """Whether something is to happen in the period (`se reanudará en el segundo semestre`):
    told with "in", in the future, and no results words (`will report a profit in the third
    quarter`)."""
    period_in, results = ctx.g.period_in, ctx.g.results_words
    if period_in is None:
        return False
    lead = LEADING_ARTICLE.match(ctx.text, c.start)  # the mention's own article, if any
    end = lead.end() if lead else c.start
    if not period_in.search(ctx.text, max(0, end - 24), end):
        return False
    if results is not None and (results.search(before) or results.search(after)):
        return False
    return ctx.tense(c.start, c.end) == "future"


JUST_ENDED_DAYS = 31  # "this winter" in late March: the one just ended
HALF_YEAR_DAYS = 183  # "this autumn" told in the past in January: the one gone (in June: to come)


@kind("season")
def _season(ctx: Context, c: Candidate) -> When:
    s = Slots(ctx, c)
    name = s.get("season")
    rel = s.get("rel")
    if s.has("year_rel") and _year(s) is None:  # "im Sommer nächsten Jahres"
        return season_of(ctx.published.year + int(s.get("year_rel")), name)
    if rel is not None and _year(s) is None:
        # "last summer": the latest summer that has ended; "next summer" the first to come.
        pub, rel = ctx.published, int(rel)
        readings = [season_of(y, name) for y in range(pub.year - 2, pub.year + 2)]
        if rel < 0:
            return max((w for w in readings if w.last < pub), key=lambda w: w.first)
        if rel > 0:
            return min((w for w in readings if w.first > pub), key=lambda w: w.first)
        # "this summer": the one under way; else the one gone if just ended ("this winter" in
        # late March, "deste verão" in September) or told in the past and ended within half a
        # year (not "this autumn's marathons, where he finished third" in June: the one to come)
        current = [w for w in readings if w.first <= pub <= w.last]
        if current:
            return current[0]
        gone = max((w for w in readings if w.last < pub), key=lambda w: w.first)
        coming = min((w for w in readings if w.first > pub), key=lambda w: w.first)
        if (pub - gone.last).days <= JUST_ENDED_DAYS or (
            (pub - gone.last).days <= HALF_YEAR_DAYS and ctx.tense(c.start, c.end) == "past"
        ):
            return gone
        return coming
    # "in the autumn of that year": the year of the date told last, as "that year" reads it
    told = ctx.anchor
    if told is not None and ctx.g.of_that_year and ctx.g.of_that_year.match(ctx.text, c.end):
        return season_of(told.last.year, name)
    return _periodic(ctx, c, lambda y: season_of(y, name))


# A third part after "2014/33" ("/UE", "-B"): a code (not "2010-2015-era", "2023/24-Bilanz")
CODE_GOES_ON = re.compile(r"/\w|-(?:\d|[A-Z](?![a-z]))")


@kind("year_range")
def _year_range(ctx: Context, c: Candidate) -> When:
    s = Slots(ctx, c)
    a = _year(s)
    raw_b = s.text("year2")
    if a is None or raw_b is None:
        raise Reject
    b = int(re.sub(r"\D", "", raw_b))
    if CODE_GOES_ON.match(ctx.text, c.end):
        raise Reject  # "Directiva 2014/33/UE", "Verordnung 2016/679-B": a number, not years
    if b < 100:
        b = a - a % 100 + b  # 1998-99
    if a == b and s.args.get("edges") and 1000 <= a <= 2100:
        return year_of(a)  # "from early 2023 to late 2023"
    # a span in words closing its clause ("construída entre 1390 e 1540,") may be long;
    # "1390-1540" may be a code, "entre 1200 et 1500 adhérents" a count
    in_words = " " in ctx.text[c.start : c.end] and CLAUSE_END.match(ctx.text, c.end)
    longest = LONGEST_YEAR_SPAN if in_words else 100
    if not a < b <= a + longest or not 1000 <= a <= 2100:
        raise Reject
    counted = ctx.g.count_nouns
    if counted is not None and counted.match(ctx.text, SPACES.match(ctx.text, c.end).end()):
        raise Reject  # "entre 1500 y 1550 personas", "between 1900 and 2000 people"
    names = ctx.g.name_before_year
    if names is not None and names.search(ctx.text, max(0, c.start - 40), c.start):
        raise Reject  # "la loi 2015-36", "Decreto-Lei 52/2022": a number, not years
    return period(dt.date(a, 1, 1), dt.date(b, 12, 31))


@kind("date_range")
def _date_range(ctx: Context, c: Candidate) -> When:
    """`du 3 au 5 janvier 2026`, `from March to May 2019`, `between 1 and 15 June`."""
    s = Slots(ctx, c)
    m2 = s.get("month2")
    m1 = s.get("month", m2)
    if m2 is None:
        m2 = m1
    m1, m2 = int(m1), int(m2)
    y2 = _year_or_relative(s, ctx.published, "year2")  # "enero-marzo del año pasado"
    y1 = _year(s, "year")
    if y1 is None and y2 is None:
        y2 = _that_year(ctx, s)  # "entre junio y septiembre de ese año"
    if y1 is None and y2 is None:
        y2 = ctx.year_framed(c)
    if y1 is None and y2 is not None:
        y1 = y2 if m1 <= m2 else y2 - 1  # "from December to February 2027"
    if y2 is None:
        y2 = y1
    d1 = _num(s, "day") if s.text("day") else 1
    d2 = _num(s, "day2") if s.text("day2") else None

    def spanning(end_year: int) -> When:
        start_year = end_year if m1 <= m2 else end_year - 1  # "from November to February"
        last_day = d2 if d2 is not None else calendar.monthrange(end_year, m2)[1]
        return period(safe_date(start_year, m1, d1), safe_date(end_year, m2, last_day))

    if y1 is None:
        # the whole range read in each year: one holding the publication date costs nothing
        readings = []
        for year in (ctx.published.year - 1, ctx.published.year, ctx.published.year + 1):
            try:
                readings.append(spanning(year))
            except (Reject, ValueError):
                continue  # "du 29 février": only in leap years
        rel = s.get("rel")
        if rel is not None and int(rel) != 0:  # "du 9 au 11 février prochain"
            pub = ctx.published
            ahead = int(rel) > 0
            readings = [w for w in readings if (w.first > pub if ahead else w.last < pub)]
        if not readings:
            raise Reject
        return ctx.pick(readings, c.start, c.end)
    last = safe_date(y2, m2, d2 if d2 is not None else calendar.monthrange(y2, m2)[1])
    return period(safe_date(y1, m1, d1), last)


def _num(s: Slots, name: str) -> int:
    raw = s.text(name) or ""
    digits = re.search(r"\d+", raw)
    if digits:
        return int(digits[0])
    return int(s.g.value("DAYWORD", raw))


@kind("same_period")
def _same_period(ctx: Context, c: Candidate) -> When:
    """`the same period of 2025`, `igual período de 2024`, `im Vorjahreszeitraum`, `el mismo
    periodo del año pasado`: the span told before in its sentence (`between January and
    April`), in the year given (the year before the span's, for `Vorjahreszeitraum` and
    "last year")."""
    s = Slots(ctx, c)
    year = _year(s)
    told = ctx.last_span
    lo, _ = ctx.sentence(c.start, c.end)
    in_sentence = told is not None and ctx.last_span_at >= lo
    rel = int(s.get("year_rel")) if year is None and s.has("year_rel") else None
    if year is None and rel is not None and not (in_sentence and rel < 0):
        year = ctx.published.year + rel  # "the same period this year"
    if year is None:
        # "im Vorjahreszeitraum", "a year earlier", "the same period last year": the year
        # before the span's (a fourth quarter told in February: the one before last)
        year = (told.first.year if in_sentence else ctx.anchor_for(c, "year").first.year) - 1
    if told is None or not in_sentence:
        return year_of(year)  # no span told in its sentence: the year is what is meant
    first, last = told.first, told.last
    return period(safe_date(year, first.month, first.day), safe_date(year, last.month, last.day))


@kind("same_month")
def _same_month(ctx: Context, c: Candidate) -> When:
    """`el mismo mes de 2024`, `the same month last year`: the month of the date told before,
    in the year given (the year before that date's, for `a year earlier`)."""
    s = Slots(ctx, c)
    told = ctx.last_month
    if told is None:
        raise Reject  # no month told before
    year = _year_or_relative(s, ctx.published)
    if year is None:
        year = told.first.year - 1  # "a year earlier", "des Vorjahres"
    return month_of(year, told.first.month)


@kind("month_of_year_before")
def _month_of_year_before(ctx: Context, c: Candidate) -> When:
    """`Juni des Vorjahres`: that month in the year before the date told before in the
    sentence (`Im Mai 2023 ... über dem Niveau vom Juni des Vorjahres`: 2022), else before
    the publication's."""
    w = ctx.anchor
    lo, _ = ctx.sentence(c.start, c.end)
    year = w.first.year if w is not None and lo <= ctx.anchor_at < c.start else ctx.published.year
    return month_of(year - 1, int(Slots(ctx, c).get("month")))


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date:
    """The nth such weekday of a month (nth -1: the last)."""
    if nth > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    last = month_of(year, month).last
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


@kind("month_weekend")
def _month_weekend(ctx: Context, c: Candidate) -> When:
    """`the first weekend of August`, `o último fim de semana de julho`: that Saturday and
    Sunday (a month's weekends open on its Saturdays)."""
    s = Slots(ctx, c)
    month, nth = int(s.get("month")), int(s.get("nth"))

    def weekend(year: int) -> When:
        saturday = _nth_weekday(year, month, SATURDAY, nth)
        return period(saturday, saturday + dt.timedelta(days=1))

    return _in_year_told(ctx, c, s, weekend)


@kind("month_weekday")
def _month_weekday(ctx: Context, c: Candidate) -> When:
    """`the first Monday in March`, `le dernier dimanche d'octobre`: that day."""
    s = Slots(ctx, c)
    month, nth, wd = int(s.get("month")), int(s.get("nth")), int(s.get("weekday"))
    return _in_year_told(ctx, c, s, lambda year: day(_nth_weekday(year, month, wd, nth)))


def _in_year_told(ctx: Context, c: Candidate, s: Slots, make: Callable[[int], When]) -> When:
    """`make`'s reading in the year written or told relative to publication, else the
    likeliest of the years around publication."""
    year = _year_or_relative(s, ctx.published)
    if year is not None:
        return make(year)
    pub = ctx.published
    return ctx.pick([make(y) for y in (pub.year - 1, pub.year, pub.year + 1)], c.start, c.end)


@kind("same_day_of_year")
def _same_day_of_year(ctx: Context, c: Candidate) -> When:
    """`no mesmo dia do ano passado`, `the same day a year earlier`: the day told before (else
    the publication day) a year before it, or in the year written."""
    s = Slots(ctx, c)
    year = _year(s)
    told = ctx.anchor_day.first if ctx.anchor_day is not None else None
    if year is not None:
        # "on the same day in 2019": with no day told, one day of that year ("born on 4 July
        # 1990 and died on the same day in 2020": that day)
        return year_of(year) if told is None else day(safe_date(year, told.month, told.day))
    told = told or ctx.published
    rel = int(s.get("year_rel")) if s.has("year_rel") else None
    # "the same day last year" (or "a year earlier"): the year before the day told's
    year = ctx.published.year + rel if rel is not None and rel >= 0 else told.year - 1
    return day(safe_date(year, told.month, told.day))


@kind("first_months")
def _first_months(ctx: Context, c: Candidate) -> When:
    """`les neuf premiers mois de l'année`, `the first six months of 2024`: January to the end
    of the n-th month; the year told, else the last such stretch over by publication (the
    coming one in the future tense). Left open (`over the first nine months`), only in a
    sentence about money: elsewhere the months of what else (a war, a term)?"""
    s = Slots(ctx, c)
    # (`months_per`: "les trois premiers trimestres" are nine months)
    n = (s.number("num") or s.number("num2") or 0) * int(s.args.get("months_per", 1))
    if not 1 <= n <= 11:
        raise Reject
    if s.text("open") is not None:
        before, after = ctx.clause(c.start, c.end)
        if not (MONEY.search(before) or MONEY.search(after)):
            raise Reject
    pub = ctx.published
    year = _year_or_relative(s, pub)
    if year is None:
        # (a stretch ending on the publication day is over: "movió" told on 31 March)
        over = dt.date(pub.year, n, calendar.monthrange(pub.year, n)[1]) <= pub
        year = pub.year if over or ctx.tense(c.start, c.end) == "future" else pub.year - 1
    return period(dt.date(year, 1, 1), dt.date(year, n, calendar.monthrange(year, n)[1]))


@kind("months_to")
def _months_to(ctx: Context, c: Candidate) -> When:
    """`the three months to December`, `the 12 months to March 2026`: the n months ending with
    the one named; without a year, the latest such month begun by publication (in the future
    tense, unless it closed just before, the next: "expects growth in the three months to
    March")."""
    s = Slots(ctx, c)
    n, m = s.number("num") or 0, s.get("month")
    if not 2 <= n <= 120:
        raise Reject
    pub = ctx.published
    year = _year(s)
    if year is None:
        year = pub.year if m <= pub.month else pub.year - 1
        if ctx.tense(c.start, c.end) == "future" and pub - month_of(year, m).last > REPORTING_LAG:
            year += 1  # (not "will report results for the three months to June" in July)
    last = month_of(year, m)
    return period(add_months(last.first, 1 - n), last.last)


@kind("fortnight")
def _fortnight(ctx: Context, c: Candidate) -> When:
    """`la seconde quinzaine de janvier`: days 1-15 or 16-end of the month."""
    s = Slots(ctx, c)
    half = s.number("half")
    month = _month_within(ctx, c, s)
    if half == 1:
        return period(month.first, month.first + dt.timedelta(days=14))
    return period(month.first + dt.timedelta(days=15), month.last)


@kind("week_of_month")
def _week_of_month(ctx: Context, c: Candidate) -> When:
    """`the first week of February`: days 1-7 (8-14, ...; the last week: the last seven)."""
    s = Slots(ctx, c)
    nth = int(s.get("nth"))
    month = _month_within(ctx, c, s)
    if nth < 0:
        return period(month.last - dt.timedelta(days=6), month.last)
    first = month.first + dt.timedelta(days=7 * (nth - 1))
    return period(first, first + dt.timedelta(days=6))


@kind("calendar_week")
def _calendar_week(ctx: Context, c: Candidate) -> When:
    """`KW 3`, `die 12. Kalenderwoche`: the ISO week of that number, in the year written or
    the likeliest one around publication."""
    s = Slots(ctx, c)
    n = s.number("week")
    y = _year(s)
    readings = []
    for year in (y,) if y is not None else (ctx.published.year + i for i in (-1, 0, 1)):
        try:
            readings.append(week_of(dt.date.fromisocalendar(year, n, 1)))
        except ValueError:
            continue  # "KW 53" in a year of 52 weeks, "KW 0"
    if not readings:
        raise Reject
    return readings[0] if y is not None else ctx.pick(readings, c.start, c.end, future_ok=3)


@kind("part_month")
def _part_month(ctx: Context, c: Candidate) -> When:
    """`début février`, `late November`: the month (TimeML keeps the month as the value)."""
    return _month_within(ctx, c, Slots(ctx, c))


def _month_within(ctx: Context, c: Candidate, s: Slots) -> When:
    m = int(s.get("month"))
    y = _year(s)
    if y is None:
        y = _that_year(ctx, s)  # "a finales de enero de ese año"
    deadline = ctx.g.future_prep is not None and ctx.g.future_prep.search(
        ctx.text, max(0, c.start - 30), c.start
    )
    if y is None and not deadline:  # (not "El año pasado, continuó hasta mediados de enero")
        y = ctx.year_framed(c)  # "in the summer of 2024, when waits peaked in late June"
    if y is not None:
        return month_of(y, m)
    told = _month_after_year_told(ctx, c, m)
    if told is not None:
        return told
    pub = ctx.published
    readings = [month_of(yy, m) for yy in (pub.year - 1, pub.year, pub.year + 1)]
    return ctx.pick(readings, c.start, c.end, future_ok=3)


@kind("holiday")
def _holiday(ctx: Context, c: Candidate) -> When:
    s = Slots(ctx, c)
    spec = s.get("holiday")
    pub = ctx.published
    y = _year_or_relative(s, pub)  # "Carnaval do ano passado"
    rel = s.get("rel")

    def on(year: int) -> When:
        if "/" in spec:  # a holiday of several days: "Semana Santa", Palm Sunday to Easter
            first, last = spec.split("/")
            return period(holiday_date(first, year), holiday_date(last, year))
        return day(holiday_date(spec, year))

    if y is None and rel is None:
        y = ctx.year_framed(c)  # "in 2022, when census night fell just before Easter"
    if y is not None:
        return on(y)
    if rel is not None:
        readings = [on(yy) for yy in (pub.year - 1, pub.year, pub.year + 1)]
        if int(rel) == 0:  # "esta Nochebuena" told on Christmas Eve, "this Christmas" in June
            return min((w for w in readings if w.last >= pub - RECENT), key=lambda w: w.first)
        if int(rel) < 0:
            return max((w for w in readings if w.first < pub), key=lambda w: w.first)
        return min((w for w in readings if w.first > pub), key=lambda w: w.first)
    return ctx.pick([on(yy) for yy in (pub.year - 1, pub.year, pub.year + 1)], c.start, c.end)


@kind("holiday_bridge")
def _holiday_bridge(ctx: Context, c: Candidate) -> When:
    """`le pont de l'Ascension`, `el puente de la Asunción`: the holiday and the weekend it
    joins (Thursday or Friday to Sunday, Saturday to Monday or Tuesday)."""
    w = _holiday(ctx, c)
    first, last = w.first, w.last
    if first == last and first.weekday() in (3, 4):
        last = first + dt.timedelta(days=6 - first.weekday())
    elif first == last and first.weekday() in (0, 1):
        first = first - dt.timedelta(days=first.weekday() + 2)
    return day(first) if first == last else period(first, last)


def easter(y: int) -> dt.date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * l_) // 433
    month = (h + l_ - 7 * m + 90) // 25
    return dt.date(y, month, (h + l_ - 7 * m + 33 * month + 19) % 32)


def holiday_date(spec: str, y: int) -> dt.date:
    """`MM-DD`, `easter+N`, `nth:MM:weekday:n` (n-th weekday of a month, -1 = last),
    `before:MM-DD:weekday` (the last such weekday before that day: Buß- und Bettag) or
    `lunar` (the Lunar New Year, from the common table's years)."""
    if spec == "lunar":
        month_day = common_table()["lunar_new_year"].get(str(y))
        if month_day is None:
            raise Reject  # a year the table does not cover
        return holiday_date(month_day, y)
    if spec.startswith("before:"):
        _, month_day, weekday = spec.split(":")
        limit = holiday_date(month_day, y)
        return limit - dt.timedelta(days=(limit.weekday() - int(weekday) - 1) % 7 + 1)
    if spec.startswith("easter"):
        return easter(y) + dt.timedelta(days=int(spec[6:] or 0))
    if spec.startswith("nth:"):
        # nth:MONTH:WEEKDAY:N[+DAYS] (US Election Day: the Tuesday after the first Monday).
        _, month, weekday, rest = spec.split(":")
        n, _, extra = rest.partition("+")
        found = _nth_weekday(y, int(month), int(weekday), int(n))
        return found + dt.timedelta(days=int(extra or 0))
    month, dom = spec.split("-")
    return dt.date(y, int(month), int(dom))


@kind("era")
def _era(ctx: Context, c: Candidate) -> When:
    assert c.era is not None
    if c.era.start == c.era.end:
        return day(c.era.start)  # an event named by its day: le 11-Septembre
    return period(c.era.start, c.era.end)


@kind("vague")
def _vague(ctx: Context, c: Candidate) -> None:
    return VAGUE


@kind("fallback")
def _fallback(ctx: Context, c: Candidate) -> When | None:
    """A candidate our rules could not value: ask dateparser (cached)."""
    text = ctx.text[c.start : c.end]
    parsed = _dateparser(text, ctx.g.lang, ctx.published)
    if parsed is None:
        raise Reject
    value, period = parsed
    d = dt.date.fromisoformat(value)
    if period in ("week", "month", "year"):
        return unit_containing(period, d)
    return day(d)


@lru_cache(maxsize=4096)
def _dateparser(text: str, lang: str, base: dt.date) -> tuple[str, str] | None:
    """dateparser's reading of one short candidate, cached by (text, language, base date):
    (ISO day, period: day/week/month/year)."""
    parser = _date_data_parser(lang, base)
    if parser is None:
        return None
    try:
        data = parser.get_date_data(text)
    except (ValueError, TypeError):
        return None
    if data is None or data.date_obj is None:
        return None
    return data.date_obj.date().isoformat(), data.period or "day"


@lru_cache(maxsize=64)
def _date_data_parser(lang: str, base: dt.date) -> Any:
    """A DateDataParser for one language and base date; dateparser is imported here, lazily,
    because importing it costs about a second and most dispatches never need it."""
    from dateparser.date import DateDataParser

    settings = {"RELATIVE_BASE": dt.datetime.combine(base, dt.time()), "PREFER_DATES_FROM": "past"}
    try:
        return DateDataParser(languages=[lang], settings=settings)
    except ValueError:
        return None
