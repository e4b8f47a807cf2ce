"""Per-language grammars for time expressions, compiled from the tables in `timeline/data/`.

A language table (`data/dates_<lang>.json`) holds the words of the language (`vocab`: month
and weekday names, numerals, units, relative words...), a few regular fragments (`regex`),
the rules (`rules`: a pattern written with `%MACRO%` slots, and the `kind` of value it
denotes) and the tense markers used to pick past or future readings. This module turns a
table into compiled patterns and lookups; `timeline.dates` does the arithmetic.

Pattern syntax: ordinary regular expressions where a space means "some whitespace" (" ?": maybe
some) and `%name%` (or `%name:group%` to use a slot twice) expands to a named group: either
the words of `vocab[name]` (accent-, case- and apostrophe-tolerant, compiled as a trie) or the
fragment `regex[name]`. A group named `span` narrows the mention to part of the match
(`en (?P<span>mars)`: the preposition is context, not mention).

A rule is {"kind", "pattern", "needs"/"key", "requires", "args"}: `kind` names the normaliser
(`timeline.datenorm`), `needs`/`key` a vocab (or words, or a number shape: year4, num12,
numsep, decade) one word of which every match contains, so the rule is only tried near those
words; `requires` more vocabs the text must hold for the rule to be tried at all; `args`
fixed values for the normaliser. Vocab entries may be {"case": "title"|"lower", "words": {..}}
when case tells a date from a word (English May, German morgen).

`markers` (lists of phrases or patterns, matched case-insensitively at word starts):
`future` / `past` (verbs and words giving a sentence its tense; the nearest one to a mention
wins), `future_not_after` / `past_not_after` (words that cancel such a marker right after
them: "be held" is not past), `future_prep` / `past_prep` (words right before a date that
settle it: "by", "until", "reporté au"; "said"), `since_prep` ("depuis", "since": a date
already reached), `pluperfect`, `count_nouns`, `count_before` and `name_before_year` (a
four-digit number is a count or a name; `participle_after_year` and `determiner`, or
`figure_after_year`: a year all the same), and for earnings stories `quarter_words`,
`longer_periods` ("nine months") and `fiscal`. More lists, each documented on its `Grammar`
field: `period_in` and `results_words` (a half to happen, or one reporting figures),
`duration_prep` ("pendant six semaines après"), `stretch_before` ("the five days before"),
`infinitive`, `between` / `between_and` and
`span_from` / `span_to` / `span_moved` (two days made one span), `fiscal_year` /
`period_end` / `period_start` ("l'exercice 2024-2025 s'est clos le 30 juin") /
`april_fiscal_year`, `deadline_verbs` and `deadline_moved` ("wurden bis Mitte Februar
abgerissen"; "wurde bis Ende März verlängert"), `clause_join` (", and", ", mais", or "and"
before a verb: a clause of its own after a mention), `likelihood` / `weekday_prep` ("next
week, probably on Wednesday"), `conjunction` ("and": another event), `said_past` and
`said_to` (verbs of saying to someone: "told"), `attribution_breaks` (between a verb of
saying and a date: "who plays on Saturday"), `figures_before` / `figures_after` /
`figures_not_after` (a month of published statistics: "figures for July", "the July trade
figures"; not "in May data protection rules"),
`purpose_prep` ("for January to March"), `complementizer` ("que": words reported),
`complement_of` ("d'une": the complement after an aside, "l'annonce, mardi, d'une surtaxe"),
`imperfect` ("Há três anos a gente vendia"), `place_after_date` ("25th March Street"),
`number_name_after` ("at 1415 Portage Avenue", "asteroid 2024 YR4": a bare year is a number;
each pattern, matched where the year ends, says by a look-behind what must come before it),
`present_verb` (a verb in the present opening a relative clause: "which takes effect"),
`match_words` ("equalised", "half-time": a sentence telling of a game, whose halves are no
half-years),
`from_on` ("vom 29. Januar an"), `of_that_year` ("the autumn | of that year": a season in
the year told last), `event_after` ("später", "ensuite": an undated event after
a date), `date_complement` ("una norma de 1990": a date completing a noun),
`holiday_date_before` / `holiday_date_after` ("défilé du 14 Juillet", "el 25 de Agosto,
feriado"),
`distal_before` / `distal_after` ("aquel viernes", "ce vendredi-là": a day told before),
`owed` ("due": "Interest due on 1 October was not paid" is past), `deadline_setters`
("demanded", "exigió": their deadline is to come, "approved ... before" is gone by),
`other_calendar_before` / `other_calendar_after` ("Chinese New Year"). `settings`
hold switches, e.g. `since_means_from` (where "desde" also means "from"), `since_is_past`
(where "seit" never does) and `era_is_a_verb` (where "era" also means "was": "Franco era un
dictador" names no era).

How a text is searched (`timeline.dates`): one pass over its folded form finds the anchor
words and numbers; around each anchor, only the positions a rule can start from (no farther
back than `anchor_reach`, beginning with characters of `first_prefixes`) are tried, behind one
gate pattern per set of rules (`KeyGroup`).
"""

from __future__ import annotations

import importlib
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from re import _constants as sre_c
from re import _parser as sre_parse
from typing import Any

DATA = Path(__file__).parent / "data"
SUPPORTED = ("en", "fr", "es", "de", "pt")
MACRO = re.compile(r"%([A-Za-z_0-9]+)(?::([a-z_0-9]+))?%")
# A space in a pattern is any run of white space (no-break spaces included).
SPACE = r"\s+"
ACCENTS = {
    "a": "aàáâãäå",
    "c": "cç",
    "e": "eèéêë",
    "i": "iìíîï",
    "n": "nñ",
    "o": "oòóôõö",
    "u": "uùúûü",
    "y": "yýÿ",
    "ß": "ß",
}
_ACCENT_CLASS = {}
for _base, _variants in ACCENTS.items():
    for _ch in _variants:
        _ACCENT_CLASS[_ch] = "[" + _variants + "]"


# Accented letter -> base letter, one character for one, so that offsets survive folding.
_FOLD_TABLE = {}
for _base, _variants in ACCENTS.items():
    for _ch in _variants:
        if _ch != _base:
            _FOLD_TABLE[ord(_ch)] = _base
_FOLD_TABLE.update({ord("’"): "'", ord("‘"): "'", ord("‐"): "-", ord("‑"): "-"})
# Ordinal indicators, as `fold` reads them ("1º semestre", "1ª quinzena")
_FOLD_TABLE.update({ord("º"): "o", ord("ª"): "a"})


def fold_text(text: str) -> str:
    """Lower case, accents removed, same length as `text` (offsets stay valid)."""
    low = text.lower()
    if low.isascii():
        return low  # nothing to fold (the common case of English text)
    if len(low) != len(text):  # a few letters lower-case to two characters (İ)
        low = "".join(ch.lower()[:1] for ch in text)
    return low.translate(_FOLD_TABLE)


@lru_cache(maxsize=16384)
def fold(text: str) -> str:
    """Lookup key of a word or phrase: lower case, no accents, one space, plain apostrophe."""
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("’", "'").replace("‘", "'").replace("‐", "-").replace("‑", "-")
    text = re.sub(r"\s+", " ", text.strip())
    return text.rstrip(".")


def phrase_atoms(phrase: str, keep_case: bool = False, accents: bool = True) -> list[str]:
    """A vocabulary phrase -> one regex atom per character, tolerant of missing accents,
    either apostrophe, any run of spaces, and a hyphen written or not."""
    out = []
    for ch in phrase:
        low = ch.lower()
        if not accents and ch.isalnum():
            out.append(re.escape(ch))
        elif ch in "'’":
            out.append("['’]")
        elif ch == " ":
            out.append(SPACE)
        elif ch == "-":
            out.append(r"(?:[-‐‑]|" + SPACE + ")?")
        elif not keep_case and low in _ACCENT_CLASS:
            out.append(_ACCENT_CLASS[low])
        else:
            out.append(re.escape(low if not keep_case else ch))
    return out


def _trie_regex(phrases: list[list[str]]) -> str:
    """Alternation of phrases as a trie (`j(?:anvier|uin|uillet)`): a failing position costs
    one character test instead of one test per phrase, and a longer phrase wins."""
    end = ""  # marks a phrase ending at a node
    root: dict[str, dict] = {}
    for atoms in phrases:
        node = root
        for atom in atoms:
            node = node.setdefault(atom, {})
        node[end] = {}

    def emit(node: dict[str, dict]) -> str:
        alternatives = [atom + emit(child) for atom, child in node.items() if atom != end]
        if not alternatives:
            return ""
        body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
        if end in node:
            return "(?:" + body + ")?"
        return body

    return "(?:" + emit(root) + ")"


def alternation(words: list[str], case: str = "any", accents: bool = True) -> str:
    """Regex alternation of words (a trie, so the longer phrase wins at a position).

    case "title": only Title or UPPER case forms match (English month and weekday names,
    so that `may` the modal and `march` the verb are not months); "lower": lower case only.
    """
    words = sorted(set(words))
    if case == "title":
        forms = {form for w in words for form in (w[:1].upper() + w[1:], w.upper())}
        return "(?-i:" + _trie_regex([phrase_atoms(f, keep_case=True) for f in forms]) + ")"
    if case == "lower":
        return "(?-i:" + _trie_regex([phrase_atoms(w, keep_case=True) for w in words]) + ")"
    return _trie_regex([phrase_atoms(w, accents=accents) for w in words])


@dataclass(frozen=True, slots=True)
class Rule:
    kind: str
    pattern: re.Pattern[str]
    slots: dict[str, str]  # group name -> vocab name, to read the value of a matched word
    args: dict[str, Any]
    key: frozenset[str]  # words one of which every match contains (or NUMBER_KEYS classes)
    requires: tuple[frozenset[str], ...]  # more word sets a text must meet for the rule to apply
    first: frozenset[str] | None  # characters a match can start with (lower case); None: any
    has_span: bool = False  # the pattern narrows the mention to its group "span"
    prefixes: frozenset[str] | None = None  # its possible beginnings (first_prefixes)
    reach: int = 40  # how far before its anchor word a match may start (anchor_reach)


class KeyGroup:
    """The rules one key word (or number shape) anchors. At a position, only the rules that
    can start with its first characters are tried, behind a gate: one pattern matching
    wherever any of them may, so that a position none can match costs a single test. Gates
    are compiled when first needed (a text rarely needs them all) and shared by groups with
    the same rules."""

    __slots__ = ("_all", "_gates", "_starts", "by_prefix", "first", "reach", "rules")

    def __init__(self, rules: tuple[int, ...], members: list[Rule], gates: dict):
        self.rules = rules
        self._all = members
        firsts = [r.first for r in members]
        # characters a match of any of them can start with (None: any)
        self.first = None if any(f is None for f in firsts) else frozenset().union(*firsts)
        self.reach = max(r.reach for r in members)  # the farthest any of them starts before
        # beginning (key_text) -> ((rule index, rule), ...) that may start so, and their gate
        self.by_prefix: dict[str, tuple[tuple[tuple[int, Rule], ...], re.Pattern[str] | None]]
        self.by_prefix = {}
        self._gates = gates  # shared cache: rule ids -> gate
        self._starts: re.Pattern[str] | None = None

    def starts(self) -> re.Pattern[str]:
        """Finds, in a folded text, the word starts whose beginning (key_text) some rule of the
        group may start with: the positions worth a look, found in one search per window
        instead of one test per word. It may find more (near the end of the searched text,
        where the beginning is cut short), never fewer."""
        if self._starts is None:
            if any(r.prefixes is None for r in self._all):
                beginning = ""
            else:
                prefixes = sorted(set().union(*(r.prefixes or () for r in self._all)))
                atoms = [[ANY_SPACE if ch == " " else re.escape(ch) for ch in p] for p in prefixes]
                beginning = rf"(?={_trie_regex(atoms)}|(?s:.){{0,{PREFIX_LEN - 1}}}\Z)"
            self._starts = re.compile(r"(?<![\w@#])(?=\S)" + beginning)
        return self._starts

    def at(self, key: str) -> tuple[tuple[tuple[int, Rule], ...], re.Pattern[str] | None]:
        """The rules that can start with `key` (the key_text at a position), and their gate
        (None for a single rule); cached in by_prefix."""
        found = self.by_prefix.get(key)
        if found is None:
            members = tuple(
                (i, r)
                for i, r in zip(self.rules, self._all, strict=True)
                if _may_start(r.prefixes, key)
            )
            ids = tuple(i for i, _ in members)
            gate = None
            if len(ids) > 1:
                gate = self._gates.get(ids)
                if gate is None:
                    gate = self._gates[ids] = _gate([r for _, r in members])
            found = self.by_prefix[key] = (members, gate)
        return found


def _may_start(prefixes: frozenset[str] | None, key: str) -> bool:
    if prefixes is None or key in prefixes or len(key) < PREFIX_LEN:
        return True
    return any(len(p) < PREFIX_LEN and key.startswith(p) for p in prefixes)


def _gate(members: list[Rule]) -> re.Pattern[str]:
    """The rules' patterns as alternatives of one pattern, their group names made distinct."""
    bodies = [
        GROUP_NAME.sub(lambda m, k=k: m[0].replace(m[1], f"r{k}_{m[1]}"), r.pattern.pattern)
        for k, r in enumerate(members)
    ]
    return re.compile("|".join(f"(?:{b})" for b in bodies), re.IGNORECASE)


@dataclass(slots=True)
class Grammar:
    lang: str
    rules: list[Rule]
    key_index: dict[str, tuple[int, ...]]  # key word (or number class) -> rules it anchors
    key_words: frozenset[str]  # the anchor words (numbers aside)
    groups: dict[str, KeyGroup]  # key word (or number class) -> its rules and their gate
    scan: re.Pattern[str]  # one pass over a folded text: key and requirement words, numbers
    requirements: tuple[tuple[int, tuple[frozenset[str], ...]], ...]  # rules needing words
    title_keys: frozenset[str]  # key words that only count capitalised (English May, March)
    vocab: dict[str, dict[str, Any]]  # vocab name -> folded word -> value
    future: re.Pattern[str] | None
    future_prep: re.Pattern[str] | None  # deadline words right before a date: "by", "until"
    future_lead: re.Pattern[str] | None  # the same words opening a mention: "bis Ende Februar"
    past_prep: re.Pattern[str] | None  # past verbs right before a date: "said Tuesday"
    past: re.Pattern[str] | None
    past_until: re.Pattern[str] | None  # past verbs of lasting before "until": "stayed"
    pluperfect: re.Pattern[str] | None
    count_nouns: re.Pattern[str] | None
    name_before_year: re.Pattern[str] | None
    # German "1949 gegründet wurde", "1907 eröffnet.": a participle closing the clause makes
    # the number after a capitalised noun a year ("als der Verband 1969 gegründet wurde"),
    # where the noun would otherwise make it part of a name ("Agenda 2030", "TSV 1860"), if
    # a determiner (`determiner`, maybe with an adjective) comes before the noun (not "den
    # Support für Windows 2000 eingestellt")
    participle_after_year: re.Pattern[str] | None
    determiner_before: re.Pattern[str] | None
    # German "lag die Quote für Behälterglas 2024 bei 83 Prozent": a figure after the number
    # makes it a year all the same
    figure_after_year: re.Pattern[str] | None
    date_order: str
    lowercase_names: bool  # months and weekdays are written in lower case mid-sentence
    # Where dates read month first (US English): dates written day first ("12 October") and
    # month first ("October 12"), to tell a text written the other way (Context).
    written_orders: tuple[re.Pattern[str], re.Pattern[str]] | None = None
    future_cancelled: re.Pattern[str] | None = None  # words cancelling a future marker after them
    past_cancelled: re.Pattern[str] | None = None  # ... a past one ("be held")
    longer_periods: re.Pattern[str] | None = None  # "nine months": not a quarter's figures
    fiscal: re.Pattern[str] | None = None  # "fiscal" before a quarter: not the calendar one
    quarter_words: re.Pattern[str] | None = None  # "quarter", "trimestre": earnings talk
    since_prep: re.Pattern[str] | None = None  # "depuis", "since" right before a date: begun
    # "seit" opening a mention ("seit Anfang Oktober"; not "desde abril hasta junio": a range)
    since_lead: re.Pattern[str] | None = None
    year_frame: re.Pattern[str] | None = None  # "lorsque", "when" after "en 2020,": its frame
    # Published statistics of a month, told before or after it ("figures for July", "July
    # export figures", "las cifras de remesas de enero"): figures of a month gone by
    figures_before: re.Pattern[str] | None = None
    figures_after: re.Pattern[str] | None = None
    figures_not_after: re.Pattern[str] | None = None  # "in May data protection rules"
    speech: re.Pattern[str] | None = None  # "said", "a déclaré", "aux journalistes": words said
    relative_words: re.Pattern[str] | None = None  # "qui", "which": a relative clause opens
    # "d'une", "of a": a complement of the noun before an aside ("l'annonce, mardi, d'une")
    complement_of: re.Pattern[str] | None = None
    fronting: re.Pattern[str] | None = None  # "On", "Lors": words opening a fronted phrase
    applies_to: re.Pattern[str] | None = None  # "for" before a span: what something applies to
    # "entre", "between" before two days joined by "et", "and": one span from the first to
    # the last (`between_and`: the joining words)
    between: re.Pattern[str] | None = None
    between_and: re.Pattern[str] | None = None
    # "del", "from" before two days joined by "al", "to", a holiday one of them: one span
    # (dates written alike are the rules' own ranges; "du mercredi 3 avril au samedi 6 avril"
    # stays two days, as TimeML annotates them)
    span_from: re.Pattern[str] | None = None
    span_to: re.Pattern[str] | None = None
    # "moved", "reportée" before "from X to Y": a day changed for another, no span
    span_moved: re.Pattern[str] | None = None
    # labels of a fiscal year written as two years ("the 2024/25 financial year") that, where
    # its sentence tells neither a day it starts or ends nor its months, runs from 1 April to
    # 31 March: the commonest such year (the UK, Canada, India, Japan; two calendar years are
    # never meant)
    april_fiscal_year: re.Pattern[str] | None = None
    # "results", "profit", "Umsatz": figures a period reports (not something to happen in it)
    results_words: re.Pattern[str] | None = None
    # "exercice", "financial year", "Geschäftsjahr": a label of a year not the calendar's
    fiscal_year: re.Pattern[str] | None = None
    period_end: re.Pattern[str] | None = None  # "s'est clos", "ends", "endende": its last day
    period_start: re.Pattern[str] | None = None  # "began", "a commencé", "begann": its first
    # an infinitive between a past verb and a deadline ("prometeu apresentar até"): it governs
    infinitive: re.Pattern[str] | None = None
    # "pendant", "for" before "six semaines après ...": how long, not when
    duration_prep: re.Pattern[str] | None = None
    # "in the", "durante el" before a span: when something happens (not "in third-quarter net")
    period_in: re.Pattern[str] | None = None
    # how far past a mention a tense marker before it may look (German "hat ... vorgestellt")
    marker_lookahead: int = 0
    # plain deadline prepositions ("by"): a past verb right before one makes it past
    deadline_words: frozenset[str] = frozenset()
    # "more than", "plus de" before a number under 1900: a count ("mehr als 1100 Bronzen")
    count_before: re.Pattern[str] | None = None
    # the past verbs that, right before a deadline word, make it a deadline met (all, if None)
    deadline_verbs: re.Pattern[str] | None = None
    # "verlängert", "verschoben" after "bis <date>": a deadline moved, still to come
    deadline_moved: re.Pattern[str] | None = None
    # ", and", ", mais" after a mention: the clause they join has verbs of its own
    clause_join: re.Pattern[str] | None = None
    # German "an" after "vom 29. Januar": from that day on (not a past "vom")
    from_on: re.Pattern[str] | None = None
    # "of that year", "de la même année" after a season: the year told last
    of_that_year: re.Pattern[str] | None = None
    # "später", "ensuite" between a date and "seither", "depuis lors": an undated event came
    # after it
    event_after: re.Pattern[str] | None = None
    # "una norma de 1990", "respecto a 2021": words before a date (or opening it: "del 31 de
    # enero") that make it complete a noun or a comparison, read up to the date's first word
    date_complement: re.Pattern[str] | None = None
    # "the", "les" right before a count of days: a stretch of them ("the five days before
    # Christmas"), not a day counted from another
    stretch_before: re.Pattern[str] | None = None
    # a determiner after a year ("die Bahn 2017 die Gleise": a year between noun phrases)
    determiner_after: re.Pattern[str] | None = None
    # "Street", "Square" after a date: a place named after it ("25th March Street")
    place_after_date: re.Pattern[str] | None = None
    number_name_after: re.Pattern[str] | None = None  # "at 1415 Portage Avenue": no year
    match_words: re.Pattern[str] | None = None  # "equalised in the second half": a game's half
    present_verb: re.Pattern[str] | None = None  # a verb in the present after "which", "que"
    # "Chinese", "chinois" before or after a holiday: another calendar's ("Chinese New Year",
    # "le Nouvel An chinois"), whose date is not the table's
    other_calendar_before: re.Pattern[str] | None = None
    other_calendar_after: re.Pattern[str] | None = None
    # between a verb of saying and a date, words that make the date another event's ("said
    # of the summit on Friday", "who plays on Saturday", "avant la finale de samedi")
    attribution_breaks: re.Pattern[str] | None = None
    # past forms of verbs of saying ("said", "told"): the day of an attribution gone by
    said_past: re.Pattern[str] | None = None
    # verbs of saying whose object is the listener ("told a meeting of officials on Monday
    # that"): an article after them does not open a noun the date belongs to
    said_to: re.Pattern[str] | None = None
    # "for", "pour" right before a span: what it is for, not what happened in it
    purpose_prep: re.Pattern[str] | None = None
    # "que", "that", "dass": the clause after a verb is one of its own
    complementizer: re.Pattern[str] | None = None
    # Spanish and Portuguese imperfects ("vendia", "era"): "Há três anos a gente vendia" is
    # three years ago, "Há três anos trabalho aqui" for three years
    imperfect: re.Pattern[str] | None = None
    # "and", "et" right before a count ("y dos días después del inicio"): another event's
    conjunction: re.Pattern[str] | None = None
    # "défilé du", "víspera del" before a capitalised date: the day's holiday (`14 Juillet`)
    holiday_date_before: re.Pattern[str] | None = None
    holiday_date_after: re.Pattern[str] | None = None  # ", feriado de la Independencia"
    perfect_aux: re.Pattern[str] | None = None  # "has", "have": "hasn't rained by" looks ahead
    # "on that", "aquel" before a weekday, "-là" after it: a day told before ("aquel viernes")
    distal_before: re.Pattern[str] | None = None
    distal_after: re.Pattern[str] | None = None
    owed: re.Pattern[str] | None = None  # "due": a deadline of money owed
    deadline_setters: re.Pattern[str] | None = None  # "demanded", "exigió": set a deadline
    # Between a week to come and a weekday that names one of its days: a comma, a word of
    # likelihood (`likelihood`), a preposition (`weekday_prep`): "next week, probably on
    # Wednesday"; and in German the verb before the comma ("für nächste Woche angesetzt,
    # voraussichtlich am Mittwoch"). Not a clause of its own ("The law, passed last week,
    # takes effect Monday").
    week_then_weekday: re.Pattern[str] | None = None
    settings: dict[str, Any] = field(default_factory=dict)

    def value(self, vocab_name: str, text: str) -> Any:
        table = self.vocab[vocab_name]
        key = fold(text)
        if key in table:
            return table[key]
        # Tolerate the variants the pattern tolerates: hyphen or space, missing apostrophe.
        for variant in (key.replace("-", " "), key.replace(" ", "-"), key.replace(" ", "")):
            if variant in table:
                return table[variant]
        squashed = re.sub(r"[\s\-']", "", key)
        for word, value in table.items():
            if re.sub(r"[\s\-']", "", word) == squashed:
                return value
        raise KeyError(f"{self.lang}: {text!r} is not in vocab {vocab_name!r}")


def _load_json(name: str) -> dict[str, Any]:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def _vocab_words(entry: Any) -> dict[str, Any]:
    """A vocab entry is {word: value} or {"case": ..., "words": {word: value}}."""
    if isinstance(entry, dict) and "words" in entry:
        return entry["words"]
    return entry


def _expand(
    pattern: str,
    table: dict[str, Any],
    common: dict[str, Any],
    slots: dict[str, str],
    suffix: str = "",
) -> str:
    vocab = table.get("vocab", {})
    regexes = {**common.get("regex", {}), **table.get("regex", {})}

    def replace(match: re.Match[str]) -> str:
        name, group = match[1], (match[2] or match[1].lower()) + suffix
        if name in regexes:
            # Fragments may use vocab macros (a number in words or digits); their groups get
            # this slot's alias so that a fragment can be used twice in one rule.
            alias = "_" + match[2] if match[2] else suffix
            body = _expand(regexes[name], table, common, slots, alias)
            return f"(?P<{group}>{body})"
        if name in vocab:
            entry = vocab[name]
            has_case = isinstance(entry, dict) and "words" in entry
            case = entry.get("case", "any") if has_case else "any"
            words = list(_vocab_words(entry))
            slots[group] = name
            accents = table.get("accent_tolerant", True)
            return f"(?P<{group}>{alternation(words, case, accents)})"
        raise KeyError(f"{table.get('lang')}: unknown macro %{name}% in {pattern!r}")

    # Spaces of the pattern itself become SPACE, except inside character classes and
    # look-behinds, which must keep a fixed width.
    expanded = []
    in_class = False
    groups: list[bool] = []  # open groups: is it a look-behind?
    i = 0
    while i < len(pattern):
        macro = MACRO.match(pattern, i) if not in_class else None
        if macro:
            expanded.append(replace(macro))
            i = macro.end()
            continue
        ch = pattern[i]
        if ch == "\\":
            expanded.append(pattern[i : i + 2])
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            groups.append(pattern.startswith(("(?<!", "(?<="), i))
        elif ch == ")" and groups:
            groups.pop()
        elif ch == " " and not any(groups):
            if pattern.startswith(" ?", i):  # an optional space
                expanded.append(r"\s*")
                i += 2
                continue
            expanded.append(SPACE)
            i += 1
            continue
        expanded.append(ch)
        i += 1
    return "".join(expanded)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words too common to anchor a search on: a rule is anchored on a rarer word of its phrases.
STOP_WORDS = _words(
    "the a an of in on at to and or by le la les l de des du d en et un une au aux ce cet cette "
    "el los las lo del y o una der die das den dem im am um und os as do da dos no na nos nas em "
    "uma e que il se es is this that ces mi"
)
# Frequent time words: a phrase that has a rarer word is anchored on that one instead.
COMMON_WORDS = _words(
    "day days year years time new eve week weeks month months jour jours an ans annee annees "
    "dia dias ano anos tag tage jahr jahre"
)
WORD_RE = re.compile(r"\w+")


def key_word(phrase: str) -> str | None:
    """The word of a phrase to anchor on: its longest word that is neither a stop word nor a
    frequent time word, if it has one."""
    words = WORD_RE.findall(fold(phrase))
    if not words:
        return None
    content = [w for w in words if w not in STOP_WORDS and len(w) > 1]
    rare = [w for w in content if w not in COMMON_WORDS]
    return max(rare or content or words, key=len)


# Numbers anchor rules by shape: a year-like four-digit number, a one- or two-digit one, one
# followed by a date separator (03/01/2026), a decade (80s, 80er).
YEAR4, NUM12, NUMSEP, DECADE = "#year", "#num", "#sep", "#decade"
NUMBER_KEYS = {"year4": YEAR4, "num12": NUM12, "numsep": NUMSEP, "decade": DECADE}


def number_key(word: str, separated: bool = False) -> str | None:
    """The shape of a word starting with a digit (`2026`, `3rd`, `1er`, `80s`), or None."""
    digits = len(word) - len(word.lstrip("0123456789"))
    if digits <= 2:
        if separated:
            return NUMSEP
        if word[digits - 1] == "0" and word[digits:] in ("s", "er", "ern", "ies"):
            return DECADE
        return NUM12
    if digits == 4 and "1000" <= word[:4] <= "2100":  # (2100: the climate horizon)
        return YEAR4
    return None


def _word_set(names: list[str], table: dict[str, Any]) -> frozenset[str]:
    """Key words of vocab names or plain words (one word per phrase)."""
    words: set[str] = set()
    vocab = table.get("vocab", {})
    for name in names:
        if name in NUMBER_KEYS:
            words.add(NUMBER_KEYS[name])
            continue
        phrases = _vocab_words(vocab[name]) if name in vocab else [name]
        for phrase in phrases:
            word = key_word(phrase)
            if word:
                words.add(word)
    return frozenset(words)


def _rule_key(spec: dict[str, Any], table: dict[str, Any]) -> frozenset[str]:
    """The words one of which every match of a rule contains.

    From `key` (vocab names, words, or number classes "year4"/"num12"), else the vocab the
    rule `needs`, else a year when the pattern has one, else the words of a plain
    alternation."""
    key = spec.get("key", spec.get("needs"))
    pattern = spec["pattern"]
    if key is None and "%YEAR" in pattern:
        key = "year4"
    if isinstance(key, str):
        key = [key]
    if key is None:
        # A plain alternation of phrases (vague adverbs): one word of each alternative.
        plain = re.sub(r"\[[^\]]*\]", " ", pattern)
        if "%" in plain or "(" in plain or "\\" in plain:
            raise ValueError(f"{table.get('lang')}: rule {pattern!r} needs a key")
        key = plain.split("|")
    return _word_set(key, table)


def _rule_requires(spec: dict[str, Any], table: dict[str, Any]) -> tuple[frozenset[str], ...]:
    """`requires`: each item (a vocab name or a list of words) must have a word in the text."""
    out = []
    for item in spec.get("requires", ()):
        out.append(_word_set([item] if isinstance(item, str) else item, table))
    return tuple(out)


def compile_rules(table: dict[str, Any], common: dict[str, Any]) -> list[Rule]:
    rules = []
    specs = list(table.get("rules", []))
    if table.get("include_shared"):
        specs += common["shared_rules"]
    for spec in specs:
        slots: dict[str, str] = {}
        body = _expand(spec["pattern"], table, common, slots)
        key = _rule_key(spec, table)
        try:
            pattern = re.compile(r"(?<![\w@#])(?:" + body + r")(?![\w])", re.IGNORECASE)
        except re.error as error:
            message = f"{table.get('lang')}: bad rule {spec['pattern']!r}: {error}"
            raise ValueError(message) from None
        requires = _rule_requires(spec, table)
        first = first_chars(pattern)
        reach = anchor_reach(pattern, _anchor_groups(slots, key, table), key)
        rules.append(
            Rule(
                spec["kind"],
                pattern,
                slots,
                spec.get("args", {}),
                key,
                requires,
                first,
                "span" in pattern.groupindex,
                first_prefixes(pattern),
                reach,
            )
        )
    return rules


def _anchor_groups(
    slots: dict[str, str], key: frozenset[str], table: dict[str, Any]
) -> dict[str, int]:
    """The groups of a rule whose every match holds one of its key words, with how far into
    the group that word may start ("the year before": 9 characters in)."""
    vocab = table.get("vocab", {})
    out = {}
    for group, name in slots.items():
        phrases = list(_vocab_words(vocab[name]))
        words = {w for phrase in phrases if (w := key_word(phrase))}
        if words and words <= key:
            out[group] = max(
                (fold(phrase).find(w) for phrase in phrases if (w := key_word(phrase))),
                default=0,
            )
    return out


SLACK = 8  # characters added to a computed reach (runs of spaces count two)
UNBOUNDED = 1 << 20


def anchor_reach(pattern: re.Pattern[str], groups: dict[str, int], key: frozenset[str]) -> int:
    """How many characters at most a match may hold before its first anchor: a group of
    `groups` (a key vocabulary), or, for rules anchored on numbers, an item starting with a
    digit. Rules whose anchor cannot be found this way get the full reach."""
    numbers = any(k.startswith("#") for k in key)
    literals = [k for k in key if not k.startswith("#")]
    parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    names = {gid: name for name, gid in parsed.state.groupdict.items()}

    def anchor_offset(op, arg) -> int | None:
        """How far into the item its anchor starts, if the item is an anchor."""
        if op == sre_c.SUBPATTERN and names.get(arg[0]) in groups:
            return groups[names[arg[0]]]
        if numbers:
            try:
                starts = _item_prefixes(op, arg, 1)
            except _Anything:
                return None
            if starts and all(c.isdigit() for c in starts):
                return 0
        return None

    def letter(items, i: int) -> bool:
        return 0 <= i < len(items) and items[i][0] == sre_c.LITERAL and chr(items[i][1]).isalpha()

    def spells_key(items, i: int) -> bool:
        """Whether the literal characters from items[i] on spell a key word, as a whole word
        ("mai" is no anchor inside "semaine")."""
        if letter(items, i - 1):
            return False
        for word in literals:
            if (
                len(items) - i >= len(word)
                and all(
                    items[i + k][0] == sre_c.LITERAL and chr(items[i + k][1]).lower() == ch
                    for k, ch in enumerate(word)
                )
                and not letter(items, i + len(word))
            ):
                return True
        return False

    def before(items) -> int | None:
        total = 0
        for i, (op, arg) in enumerate(items):
            offset = anchor_offset(op, arg)
            if offset is None and op == sre_c.LITERAL and spells_key(items, i):
                offset = 0
            if offset is not None:
                return total + offset
            inner = _inner_reach(op, arg)
            if inner is not None:
                return total + inner
            total += _max_width(op, arg)
            if total >= REACH_BEFORE_MAX:
                return None
        return None

    def _inner_reach(op, arg) -> int | None:
        if op == sre_c.SUBPATTERN:
            return before(arg[-1])
        if op == sre_c.BRANCH:
            found = [before(branch) for branch in arg[1]]
            return None if any(f is None for f in found) else max(found)
        if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT) and arg[0] >= 1:
            return before(arg[2])
        return None

    found = before(parsed)
    return REACH_BEFORE_MAX if found is None else min(REACH_BEFORE_MAX, found + SLACK)


REACH_BEFORE_MAX = 40  # the farthest a match may start before its anchor word, in characters


def _max_width(op, arg) -> int:
    """The longest text a parsed item can match (runs of spaces count two)."""
    if op in (sre_c.ASSERT, sre_c.ASSERT_NOT, sre_c.AT):
        return 0
    if op in (sre_c.LITERAL, sre_c.IN, sre_c.ANY, sre_c.NOT_LITERAL, sre_c.CATEGORY):
        return 1
    if op == sre_c.SUBPATTERN:
        return sum(_max_width(o, a) for o, a in arg[-1])
    if op == sre_c.BRANCH:
        return max(sum(_max_width(o, a) for o, a in branch) for branch in arg[1])
    if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT):
        _, high, body = arg
        once = sum(_max_width(o, a) for o, a in body)
        if high == sre_c.MAXREPEAT:
            spaces = (
                len(body) == 1
                and body[0][0] == sre_c.IN
                and any(sub == (sre_c.CATEGORY, sre_c.CATEGORY_SPACE) for sub in body[0][1])
            )
            return 2 * once if spaces else UNBOUNDED
        return high * once
    return UNBOUNDED


_CATEGORY_CHARS = {
    sre_c.CATEGORY_DIGIT: "0123456789",
}


def first_chars(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The characters a match of `pattern` can start with, lower-cased (None: too many to
    list). Trying a rule only where the text has one of them saves most failed attempts."""
    try:
        chars, nullable = _first(sre_parse.parse(pattern.pattern, pattern.flags))
    except _Anything:
        return None
    if nullable:
        return None
    return frozenset(c.lower() for c in chars) | frozenset(c.upper() for c in chars)


class _Anything(Exception):
    pass


def _class_chars(items, spaces: bool) -> set[str]:
    """The characters of a parsed character class (`spaces`: `\\s` read as a plain space);
    _Anything when there are too many to list."""
    out: set[str] = set()
    for op, arg in items:
        if op == sre_c.LITERAL:
            out.add(chr(arg))
        elif op == sre_c.RANGE and arg[1] - arg[0] < 64:
            out.update(chr(c) for c in range(arg[0], arg[1] + 1))
        elif op == sre_c.CATEGORY and arg in _CATEGORY_CHARS:
            out.update(_CATEGORY_CHARS[arg])
        elif spaces and op == sre_c.CATEGORY and arg == sre_c.CATEGORY_SPACE:
            out.add(" ")
        else:
            raise _Anything
    return out


def _first(items) -> tuple[set[str], bool]:
    """FIRST set of a parsed sequence, and whether the sequence can match the empty string."""
    out: set[str] = set()
    for op, arg in items:
        if op in (sre_c.ASSERT, sre_c.ASSERT_NOT, sre_c.AT):
            continue  # zero width
        if op == sre_c.LITERAL:
            out.add(chr(arg))
            return out, False
        if op == sre_c.IN:
            return out | _class_chars(arg, spaces=False), False
        if op == sre_c.SUBPATTERN:
            chars, nullable = _first(arg[-1])
            out |= chars
            if not nullable:
                return out, False
            continue
        if op == sre_c.BRANCH:
            nullable = False
            for branch in arg[1]:
                chars, empty = _first(branch)
                out |= chars
                nullable = nullable or empty
            if not nullable:
                return out, False
            continue
        if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT):
            low, _, body = arg
            chars, nullable = _first(body)
            out |= chars
            if low > 0 and not nullable:
                return out, False
            continue
        raise _Anything  # any other construct: do not filter
    return out, True


PREFIX_LEN = 3  # characters of a position a rule's possible beginnings are checked against
PREFIX_LIMIT = 5000  # more possible beginnings than this: the rule is tried everywhere
# The key text of a position: folded (lower case, no accents) and every space a plain space.
KEY_SPACES = "\t\n\r\f\v\xa0\u2009\u202f\u2007\u2028"
_KEY_TABLE = dict(_FOLD_TABLE)
_KEY_TABLE.update({ord(ch): " " for ch in KEY_SPACES})
ANY_SPACE = f"[ {re.escape(KEY_SPACES)}]"  # in a folded text, what key_text reads as a space


def key_text(low: str) -> str:
    """A folded text (fold_text) with its spaces made plain: what rule beginnings are read in."""
    return low.translate(_KEY_TABLE)


def first_prefixes(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The strings of PREFIX_LEN characters (in key_text form) a match of `pattern` can start
    with; shorter strings where a match can be that short. None: too many to list."""
    try:
        found = _prefixes(sre_parse.parse(pattern.pattern, pattern.flags), PREFIX_LEN)
    except _Anything:
        return None
    return frozenset(p.lower().translate(_KEY_TABLE) for p in found)


def _prefixes(items, n: int) -> set[str]:
    """The possible beginnings (up to n characters) of a parsed sequence."""
    results = {""}
    for op, arg in items:
        if all(len(r) >= n for r in results):
            break
        item = _item_prefixes(op, arg, n)
        results = {(r + s)[:n] if len(r) < n else r for r in results for s in item}
        if len(results) > PREFIX_LIMIT:
            raise _Anything
    return results


def _item_prefixes(op, arg, n: int) -> set[str]:
    if op in (sre_c.ASSERT, sre_c.ASSERT_NOT, sre_c.AT):
        return {""}
    if op == sre_c.LITERAL:
        return {chr(arg).lower(), chr(arg).upper()}
    if op == sre_c.IN:
        return {c.lower() for c in _class_chars(arg, spaces=True)}
    if op == sre_c.SUBPATTERN:
        return _prefixes(arg[-1], n)
    if op == sre_c.BRANCH:
        return set().union(*(_prefixes(branch, n) for branch in arg[1]))
    if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT):
        low, high, body = arg
        once = _prefixes(body, n)
        out = {""} if low == 0 else set()
        current = {""}
        for count in range(1, n + 1):
            if len(current) * len(once) > PREFIX_LIMIT:
                raise _Anything  # (before building it: "[A-Z][a-z .-]{1,30}" has millions)
            current = {(a + b)[:n] for a in current for b in once}
            if count >= low:
                out |= current
            if count >= high:
                break
        if low > n:
            out = current
        return out
    raise _Anything


def _title_keys(table: dict[str, Any], index: dict[str, list[int]]) -> frozenset[str]:
    """Key words written only with a capital (the vocabularies of case "title"), unless a
    vocabulary of any case also uses them."""
    title, other = set(), set()
    for entry in table.get("vocab", {}).values():
        has_case = isinstance(entry, dict) and "words" in entry
        target = title if has_case and entry.get("case") == "title" else other
        target.update(w for phrase in _vocab_words(entry) if (w := key_word(phrase)))
    return frozenset(w for w in title - other if w in index)


def words_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """Whole-word search for folded words in a folded text (a trie: one pass, few tests)."""
    atoms = [[re.escape(ch) for ch in w] for w in sorted(set(words))]
    return re.compile(r"(?<!\w)" + _trie_regex(atoms) + r"(?!\w)")


LITERAL_MARKER = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?(?: [^\W\d_]+(?:['’][^\W\d_]+)?)*")
# A group of plain alternative words in a marker pattern, compiled as a trie instead.
PLAIN_GROUP = re.compile(r"\(\?:([^\W\d_]+(?:\|[^\W\d_]+)+)\)")


# A marker starts a word; in languages that elide pronouns (the table's `elision`), it may
# follow one ("s'achèvera", "n'aura").
WORD_START = r"(?<![\w'’])"
# (one test inside words, where most positions are: `\w` before fails at once)
ELIDED_WORD_START = r"(?<!\w)(?:(?<!['’])|(?<=(?<!\w)[snljdmtc]['’])|(?<=(?<!\w)qu['’]))"
CONTRACTION = "['’]"  # a marker written as a contraction ("'ll", "'d") follows its word


def _written_orders(table: dict) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """Patterns of a day written before its month name and after it, for a table whose dates
    in figures read month first."""
    if not table.get("date_order", "DMY").startswith("M"):
        return None
    names = alternation(list(table["vocab"]["MONTH"]["words"]), case="title")
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    return (
        # (not "Top 10 April Fools", nor the US "4th of July")
        re.compile(rf"(?<![\w.,/-])(?<!Top )(?!4th of July){day} (?:of )?(?:{names})(?!\w)"),
        re.compile(rf"(?<!\w)(?:{names}) {day}(?![\w/.-]*\d)"),
    )


def _markers(
    words: list[str] | None, tail: str = r"(?!\w)", start: str = WORD_START
) -> re.Pattern[str] | None:
    """One pattern for a list of marker phrases.

    Plain phrases (and plain alternatives inside the others) are compiled as tries and the
    word-start test comes first: the pattern is tried at every character of a sentence, and
    most characters must fail at once."""
    if not words:
        return None
    literal = sorted({w.lower() for w in words if LITERAL_MARKER.fullmatch(w)})
    others = [
        PLAIN_GROUP.sub(lambda m: _trie_regex([list(w) for w in m[1].split("|")]), w)
        for w in words
        if not LITERAL_MARKER.fullmatch(w)
    ]
    contractions = [w for w in others if w.startswith(CONTRACTION)]
    others = [w for w in others if not w.startswith(CONTRACTION)]
    parts = [_trie_regex([[re.escape(ch) for ch in w] for w in literal])] if literal else []
    parts += others
    body = start + r"(?:" + "|".join(parts) + ")" if parts else ""
    if contractions:
        body = "|".join(([body] if body else []) + contractions)
    return re.compile(r"(?:" + body + ")" + tail, re.IGNORECASE)


def _preceded(words: list[str] | None) -> re.Pattern[str] | None:
    """Words that, right before a marker, cancel it ("be held", "to make": not past verbs):
    a pattern to search just before the marker (up to its start, as end position)."""
    if not words:
        return None
    # (a trie: the pattern is tried at each of the characters before every marker found)
    trie = _trie_regex([[re.escape(ch) for ch in w.lower()] for w in sorted(set(words))])
    return re.compile(r"(?<![\w'’])" + trie + r" \Z", re.I)


# What may stand between a deadline word and its date: "by the", "until at least", "bis
# mindestens", "até pelo menos".
# an article, if any, between "entre", "zwischen" (or "et", "und") and the date after them
ARTICLE_TAIL = r"\s+(?:(?:le|la|l['’]|el|o|a|the|dem|den)\s*)?\Z"
DEADLINE_TAIL = (
    r"[\s,]+(?:(?:the|on|at least|at the earliest|mindestens|au moins|al menos|pelo menos)\s+)?$"
)
GROUP_NAME = re.compile(r"\(\?(?:P<|P=|\()(\w+)[>)]")


def _key_groups(rules: list[Rule], index: dict[str, list[int]]) -> dict[str, KeyGroup]:
    """A group per key, one per distinct set of rules (all month names share theirs)."""
    by_rules: dict[tuple[int, ...], KeyGroup] = {}
    gates: dict[tuple[int, ...], re.Pattern[str]] = {}
    out = {}
    for key, ids in index.items():
        ids_t = tuple(ids)
        if ids_t not in by_rules:
            by_rules[ids_t] = KeyGroup(ids_t, [rules[i] for i in ids_t], gates)
        out[key] = by_rules[ids_t]
    return out


def _week_then_weekday(likely: Iterable[str], preps: Iterable[str]) -> re.Pattern[str]:
    """What may stand between a week and a weekday of it (Grammar.week_then_weekday)."""
    optional = "".join(rf"(?:(?:{'|'.join(words)})\s+)?" for words in (likely, preps) if words)
    return re.compile(r"(?:\s+[^\W\d]+(?=,))?,?\s+" + optional, re.IGNORECASE)


def scan_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """One pass over a folded text finding the given words (group 1) and the words starting
    with a digit (group 2, group 3 when a date separator follows: `03/`, `03.`, `03-`)."""
    atoms = [[re.escape(ch) for ch in w] for w in sorted(set(words))]
    return re.compile(r"(?<!\w)(?:(" + _trie_regex(atoms) + r")(?!\w)|(\d\w*)([/.-](?=\d))?)")


def build_grammar(
    table: dict[str, Any], common: dict[str, Any], extra_words: Iterable[str] = ()
) -> Grammar:
    vocab = {
        name: {fold(word): value for word, value in _vocab_words(entry).items()}
        for name, entry in table.get("vocab", {}).items()
    }
    markers = table.get("markers", {})
    verb_start = ELIDED_WORD_START if table.get("settings", {}).get("elision") else WORD_START
    rules = compile_rules(table, common)
    index: dict[str, list[int]] = {}
    for i, rule in enumerate(rules):
        for word in rule.key:
            index.setdefault(word, []).append(i)
    key_words = frozenset(w for w in index if not w.startswith("#"))
    required = {w for rule in rules for words in rule.requires for w in words}
    return Grammar(
        lang=table["lang"],
        rules=rules,
        key_index={word: tuple(ids) for word, ids in index.items()},
        key_words=key_words,
        groups=_key_groups(rules, index),
        scan=scan_pattern(key_words | required | set(extra_words)),
        requirements=tuple((i, r.requires) for i, r in enumerate(rules) if r.requires),
        title_keys=_title_keys(table, index),
        vocab=vocab,
        future=_markers(markers.get("future"), start=verb_start),
        future_cancelled=_preceded(markers.get("future_not_after")),
        future_prep=_markers(markers.get("future_prep"), tail=DEADLINE_TAIL, start=verb_start),
        future_lead=_markers(markers.get("future_prep"), tail=r"\s", start=verb_start),
        past_prep=_markers(
            markers.get("past_prep"),
            tail=r"\s+(?:(?:on|in|late|early|no|na|em|el|en|le|am|im)\s+)?$",
        ),
        past=_markers(markers.get("past"), start=verb_start),
        past_until=_markers(markers.get("past_until")),
        past_cancelled=_preceded(markers.get("past_not_after")),
        pluperfect=_markers(markers.get("pluperfect")),
        count_nouns=_markers(markers.get("count_nouns")),
        name_before_year=_markers(markers.get("name_before_year")),
        participle_after_year=_markers(
            markers.get("participle_after_year"), start=r"\s+(?=[^\W\d_])(?-i:(?![A-ZÄÖÜ]))"
        ),
        determiner_before=_markers(
            markers.get("determiner"), tail=r"\s+(?:(?-i:[^\W\d_A-ZÄÖÜ])\w*\s+)?\Z"
        ),
        determiner_after=_markers(markers.get("determiner"), start=r"\s+", tail=r"\s"),
        figure_after_year=_markers(markers.get("figure_after_year"), start=r"\s+", tail=""),
        date_order=table.get("date_order", "DMY"),
        written_orders=_written_orders(table),
        lowercase_names=table.get("lowercase_names", False),
        longer_periods=_markers(markers.get("longer_periods")),
        fiscal=_markers(markers.get("fiscal")),
        quarter_words=_markers(markers.get("quarter_words")),
        since_prep=_markers(
            markers.get("since_prep"), tail=r"\s+(?:(?:le|la|l['’]|el|o|a|the)\s*)?\Z"
        ),
        since_lead=_markers(markers.get("since_lead"), tail=r"\s"),
        year_frame=_markers(markers.get("year_frame")),
        figures_before=_markers(markers.get("figures_before"), tail=r"\s*\Z"),
        figures_after=_markers(markers.get("figures_after"), start=r"(?:['’]s)?\s+"),
        figures_not_after=_preceded(markers.get("figures_not_after")),
        speech=_markers(markers.get("speech")),
        relative_words=_markers(markers.get("relative_words")),
        complement_of=_markers(markers.get("complement_of"), tail=""),
        fronting=_markers(markers.get("fronting")),
        applies_to=_markers(markers.get("applies_to"), tail=r"\s+(?:(?:the|le|la|el|o)\s+)?\Z"),
        period_in=_markers(markers.get("period_in"), tail=r"\s+\Z"),
        duration_prep=_markers(markers.get("duration_prep"), tail=r"\s+\Z"),
        stretch_before=_markers(markers.get("stretch_before"), tail=r"\s+\Z"),
        infinitive=_markers(markers.get("infinitive")),
        fiscal_year=_markers(markers.get("fiscal_year"), start=verb_start),
        results_words=_markers(markers.get("results_words"), start=verb_start),
        between=_markers(markers.get("between"), tail=ARTICLE_TAIL),
        between_and=_markers(markers.get("between_and"), tail=ARTICLE_TAIL),
        april_fiscal_year=_markers(markers.get("april_fiscal_year")),
        span_from=_markers(markers.get("span_from"), tail=ARTICLE_TAIL),
        span_to=_markers(markers.get("span_to"), tail=ARTICLE_TAIL),
        span_moved=_markers(markers.get("span_moved")),
        period_end=_markers(markers.get("period_end")),
        period_start=_markers(markers.get("period_start")),
        marker_lookahead=table.get("settings", {}).get("marker_lookahead", 0),
        deadline_words=frozenset(fold(w) for w in markers.get("deadline_words", ())),
        count_before=_markers(markers.get("count_before"), tail=r"\s*$"),
        deadline_verbs=_markers(markers.get("deadline_verbs"), start=""),
        deadline_moved=_markers(markers.get("deadline_moved"), start=verb_start),
        clause_join=_markers(markers.get("clause_join"), start=r"(?P<comma>,)?\s+"),
        perfect_aux=_markers(markers.get("perfect_aux")),
        from_on=_markers(markers.get("from_on"), start=r"\s+"),
        of_that_year=_markers(markers.get("of_that_year"), start=r"\s+"),
        event_after=_markers(markers.get("event_after")),
        date_complement=_markers(
            markers.get("date_complement"), start=r"(?<!\w)", tail=r"(?:\s+\S*)?\Z"
        ),
        place_after_date=_markers(markers.get("place_after_date"), start=r"\s+"),
        number_name_after=_markers(markers.get("number_name_after"), start=""),
        match_words=_markers(markers.get("match_words")),
        present_verb=_markers(markers.get("present_verb")),
        other_calendar_before=_markers(
            markers.get("other_calendar_before"), start=r"(?<!\w)", tail=r"\s+\Z"
        ),
        other_calendar_after=_markers(markers.get("other_calendar_after"), start=r"\s+"),
        attribution_breaks=_markers(markers.get("attribution_breaks"), start=r"(?<!\w)"),
        complementizer=_markers(
            markers.get("complementizer"), start=r"(?<!\w)", tail=r"(?:(?<=['’])|(?!\w))"
        ),
        said_past=_markers(markers.get("said_past")),
        said_to=_markers(markers.get("said_to")),
        purpose_prep=_markers(markers.get("purpose_prep"), tail=r"\s+\Z"),
        imperfect=_markers(markers.get("imperfect")),
        conjunction=_markers(markers.get("conjunction"), start=r"(?<!\w)", tail=r"\s+\Z"),
        holiday_date_before=_markers(
            markers.get("holiday_date_before"), start=r"(?<!\w)", tail=r"\s+\Z"
        ),
        holiday_date_after=_markers(markers.get("holiday_date_after"), start=""),
        distal_before=_markers(markers.get("distal_before"), start=r"(?<!\w)", tail=r"\s+\Z"),
        distal_after=_markers(markers.get("distal_after"), start=""),
        owed=_markers(markers.get("owed")),
        deadline_setters=_markers(markers.get("deadline_setters"), start="", tail=""),
        week_then_weekday=_week_then_weekday(
            markers.get("likelihood", ()), markers.get("weekday_prep", ())
        ),
        settings=table.get("settings", {}),
    )


@lru_cache(maxsize=1)
def common_table() -> dict[str, Any]:
    return _load_json("dates_common.json")


@lru_cache(maxsize=16)
def grammar(lang: str) -> Grammar:
    """The compiled grammar of a language; other languages get one built from dateparser's
    month and weekday names (absolute dates only)."""
    lang = (lang or "en").lower()[:2]
    table = _load_json(f"dates_{lang}.json") if lang in SUPPORTED else fallback_table(lang)
    return build_grammar(table, common_table(), era_key_words())


@lru_cache(maxsize=1)
def era_key_words() -> frozenset[str]:
    """The anchor word of each name of the built-in eras (the grammar's scan finds them)."""
    data = _load_json("eras.json")
    return frozenset(w for era in data["eras"] for name in era["names"] if (w := key_word(name)))


def fallback_table(lang: str) -> dict[str, Any]:
    """A minimal table for a language we have no table for: names from dateparser's data,
    the language-neutral rules of the common table (ISO and numeric dates, years)."""
    common = common_table()
    table: dict[str, Any] = {
        "lang": lang,
        "vocab": {},
        "rules": list(common["fallback_rules"]),
        "regex": dict(common["fallback_regex"]),
    }
    try:
        info = importlib.import_module(f"dateparser.data.date_translation_data.{lang}").info
    except (ImportError, AttributeError):
        # Unknown language: language-neutral rules only (ISO dates, numeric dates, years).
        table["rules"] = [
            r
            for r in table["rules"]
            if "%MONTH%" not in r["pattern"] and "%WEEKDAY%" not in r["pattern"]
        ]
        return table
    months = (
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    )
    weekdays = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    # Full names only (at least 4 letters): short forms collide with ordinary words.
    table["vocab"]["MONTH"] = {
        name: number
        for number, key in enumerate(months, 1)
        for name in info.get(key, [])
        if len(name) >= 4 and not name.endswith(".")
    }
    table["vocab"]["WEEKDAY"] = {
        name: number
        for number, key in enumerate(weekdays)
        for name in info.get(key, [])
        if len(name) >= 4
    }
    table["date_order"] = info.get("date_order", "DMY")
    # Relative words ("ieri", "vorige week") are handed to dateparser to value.
    relative = {
        phrase: key
        for key, phrases in info.get("relative-type", {}).items()
        if re.search(r"\b(day|week|month|year)\b", key)
        for phrase in phrases
        if len(phrase) >= 3
    }
    if relative:
        table["vocab"]["RELATIVE"] = relative
        table["rules"].append({"kind": "fallback", "pattern": "%RELATIVE%", "needs": "RELATIVE"})
    if not table["vocab"]["MONTH"] or not table["vocab"]["WEEKDAY"]:
        table["rules"] = [
            r
            for r in table["rules"]
            if "%MONTH%" not in r["pattern"] and "%WEEKDAY%" not in r["pattern"]
        ]
    return table
