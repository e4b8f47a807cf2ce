"""Per-language grammars for time expressions, compiled from the tables in `timeline/data/`.

A language table (`data/dates_<lang>.json`) holds the words of the language (`vocab`: month
and weekday names, numerals, units, relative words...), a few regular fragments (`regex`),
the rules (`rules`: a pattern written with `%MACRO%` slots, and the `kind` of value it
denotes) and the tense markers used to pick past or future readings. This module turns a
table into compiled patterns and lookups; `timeline.dates` does the arithmetic.

Pattern syntax: ordinary regular expressions where a space means "some whitespace" and
`%name%` (or `%name:group%` to use a slot twice) expands to a named group: either the words
of `vocab[name]` (accent-, case- and apostrophe-tolerant) or the fragment `regex[name]`.
"""

from __future__ import annotations

import importlib
import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

DATA = Path(__file__).parent / "data"
SUPPORTED = ("en", "fr", "es", "de", "pt")
MACRO = re.compile(r"%([A-Za-z_0-9]+)(?::([a-z_0-9]+))?%")
# A space in a pattern is any run of spaces or tabs, or one line break inside a paragraph.
SPACE = r"(?:[^\S\n]+\n?[^\S\n]*|\n[^\S\n]*)"
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


def fold(text: str) -> str:
    """Lookup key of a word or phrase: lower case, no accents, one space, plain apostrophe."""
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("’", "'").replace("‘", "'").replace("‐", "-").replace("‑", "-")
    text = re.sub(r"\s+", " ", text.strip())
    return text.rstrip(".")


def phrase_regex(phrase: str, keep_case: bool = False, accents: bool = True) -> str:
    """A vocabulary phrase -> a tolerant pattern (accents optional, any apostrophe/space)."""
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
            out.append(re.escape(ch))
    return "".join(out)


def alternation(words: list[str], case: str = "any", accents: bool = True) -> str:
    """Regex alternation of words, longest first so the longer phrase wins at a position.

    case "title": only Title or UPPER case forms match (English month and weekday names,
    so that `may` the modal and `march` the verb are not months).
    """
    words = sorted(set(words), key=lambda w: (-len(w), w))
    if case == "title":
        forms = []
        for word in words:
            for form in {word[:1].upper() + word[1:], word.upper()}:
                forms.append(phrase_regex(form, keep_case=True))
        return "(?-i:" + "|".join(forms) + ")"
    if case == "lower":
        return "(?-i:" + "|".join(phrase_regex(w, keep_case=True) for w in words) + ")"
    return "(?:" + "|".join(phrase_regex(w, accents=accents) for w in words) + ")"


@dataclass(frozen=True, slots=True)
class Rule:
    kind: str
    pattern: re.Pattern[str]
    slots: dict[str, str]  # group name -> vocab name, to read the value of a matched word
    args: dict[str, Any]
    triggers: frozenset[str]  # words one of which must occur for the rule to apply (or none)


@dataclass(slots=True)
class Grammar:
    lang: str
    rules: list[Rule]
    vocab: dict[str, dict[str, Any]]  # vocab name -> folded word -> value
    future: re.Pattern[str] | None
    future_prep: re.Pattern[str] | None  # deadline words right before a date: "by", "until"
    past: re.Pattern[str] | None
    pluperfect: re.Pattern[str] | None
    count_nouns: re.Pattern[str] | None
    name_before_year: re.Pattern[str] | None
    date_order: str
    lowercase_names: bool  # months and weekdays are written in lower case mid-sentence
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
            expanded.append(SPACE)
            i += 1
            continue
        expanded.append(ch)
        i += 1
    return "".join(expanded)


def _triggers(table: dict[str, Any], needs: str | list[str]) -> frozenset[str]:
    """First words of the phrases of a vocab the rule cannot match without: a text holding
    none of them is not searched with that rule (most rules, most texts)."""
    if isinstance(needs, str):
        needs = [needs]
    words: set[str] = set()
    for name in needs:
        for phrase in _vocab_words(table["vocab"][name]):
            for form in (phrase.lower(), fold(phrase)):
                first = re.findall(r"\w+", form)
                if first:
                    words.add(first[0])
    return frozenset(words)


def compile_rules(table: dict[str, Any], common: dict[str, Any]) -> list[Rule]:
    rules = []
    specs = list(table.get("rules", []))
    if table.get("include_shared"):
        specs += common["shared_rules"]
    for spec in specs:
        slots: dict[str, str] = {}
        body = _expand(spec["pattern"], table, common, slots)
        triggers = _triggers(table, spec.get("needs", ()))
        try:
            pattern = re.compile(r"(?<![\w@#])(?:" + body + r")(?![\w])", re.IGNORECASE)
        except re.error as error:
            message = f"{table.get('lang')}: bad rule {spec['pattern']!r}: {error}"
            raise ValueError(message) from None
        rules.append(Rule(spec["kind"], pattern, slots, spec.get("args", {}), frozenset(triggers)))
    return rules


def _markers(words: list[str] | None, tail: str = r"(?!\w)") -> re.Pattern[str] | None:
    if not words:
        return None
    return re.compile(r"(?<![\w'’])(?:" + "|".join(words) + ")" + tail, re.IGNORECASE)


def build_grammar(table: dict[str, Any], common: dict[str, Any]) -> Grammar:
    vocab = {
        name: {fold(word): value for word, value in _vocab_words(entry).items()}
        for name, entry in table.get("vocab", {}).items()
    }
    markers = table.get("markers", {})
    return Grammar(
        lang=table["lang"],
        rules=compile_rules(table, common),
        vocab=vocab,
        future=_markers(markers.get("future")),
        future_prep=_markers(markers.get("future_prep"), tail=r"[\s,]+(?:the\s+)?$"),
        past=_markers(markers.get("past")),
        pluperfect=_markers(markers.get("pluperfect")),
        count_nouns=_markers(markers.get("count_nouns")),
        name_before_year=_markers(markers.get("name_before_year")),
        date_order=table.get("date_order", "DMY"),
        lowercase_names=table.get("lowercase_names", False),
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
    return build_grammar(table, common_table())


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
    if not table["vocab"]["MONTH"] or not table["vocab"]["WEEKDAY"]:
        table["rules"] = [
            r
            for r in table["rules"]
            if "%MONTH%" not in r["pattern"] and "%WEEKDAY%" not in r["pattern"]
        ]
    return table
