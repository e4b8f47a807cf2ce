"""Topics: countries, places, people and organisations, with aliases across languages.

Contract:
    Gazetteer.default().find(text, start=0, end=None) -> list[TopicMention]
    Gazetteer.default().resolve(query) -> str | None      ('vénézuélien' -> 'venezuela')
    Gazetteer.default().suggest(query, known, limit=3) -> list[str]
    Gazetteer.default().label(topic) -> str               ('venezuela' -> 'Venezuela')

The data lives in JSON under `data/topics/` (see its README.md): country names generated from
CLDR, demonyms, capitals, metonyms, organisations and people curated by hand.

Matching works on a folded copy of the text (NFKD, combining marks stripped, casefolded,
typographic apostrophes and dashes unified) cut into word tokens; an alias is a sequence of
tokens, so matches are always whole words ('Chine' never inside 'machine') and elisions
(`l'Ukraine`) or hyphenated compounds (`russo-vénézuéliens`) split naturally. At each token
the longest alias wins; offsets are mapped back to the original text. Names that are common
words elsewhere carry case or accent rules in the data ('US', 'Chad', 'Seúl'); a name shared by
two people or topics matches nothing. A demonym next to an institution noun becomes that
country's government or military ('le gouvernement vénézuélien' -> actor 'Venezuelan
government').
"""

from __future__ import annotations

import bisect
import difflib
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from itertools import accumulate, compress, count
from pathlib import Path
from typing import NamedTuple

DATA_DIR = Path(__file__).parent / "data" / "topics"


@dataclass(frozen=True, slots=True)
class TopicMention:
    text: str
    start: int
    end: int
    topic: str  # canonical key, lower-case English: 'venezuela', 'united states'
    kind: str  # 'country' | 'place' | 'person' | 'org'
    actor: str | None  # display name of a person/organisation ('Nicolás Maduro'), else None


# ---------------------------------------------------------------------------------------------
# Folding: case, accents, apostrophes and dashes, with a map back to the original offsets.

# Letters NFKD does not decompose but that people type without their stroke or ligature.
_LETTERS = {
    "ł": "l",
    "Ł": "l",
    "ø": "o",
    "Ø": "o",
    "đ": "d",
    "Đ": "d",
    "ı": "i",
    "æ": "ae",
    "Æ": "ae",
    "œ": "oe",
    "Œ": "oe",
    "ß": "ss",
    "ẞ": "ss",
}
_APOSTROPHES = "’‘ʼ`´ʹ′"
_DASHES = "‐‑‒–—−"

_FOLD: dict[str, str] = {}  # char -> folded string, filled lazily
_TABLE: dict[int, str] = {}  # str.translate table for chars folding to exactly one char
_UNEVEN: set[str] = set()  # chars whose folded form is not exactly one char ('ß' -> 'ss')


def _fold_char(ch: str) -> str:
    folded = _FOLD.get(ch)
    if folded is None:
        if ch in _LETTERS:
            folded = _LETTERS[ch]
        elif ch in _APOSTROPHES:
            folded = "'"
        elif ch in _DASHES:
            folded = "-"
        else:
            decomposed = unicodedata.normalize("NFKD", ch)
            folded = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
        _FOLD[ch] = folded
        if len(folded) != 1:
            _UNEVEN.add(ch)
        elif folded != ch:
            _TABLE[ord(ch)] = folded
    return folded


def _fold_even(text: str, chars: set[str] | None = None) -> str:
    """Fold a text whose characters (`chars`, when known) all fold to exactly one character.

    ASCII is lower-cased in C; each other character that folds differently is replaced in one
    C pass per character (a text has a dozen of them; str.translate would look every
    character up in a dict, several times slower).
    """
    changes = {
        ch: _TABLE[ord(ch)] for ch in chars or set(text) if ch > "\x7f" and ord(ch) in _TABLE
    }
    if not changes.keys().isdisjoint(changes.values()):
        return text.translate(_TABLE).lower()  # a replaced character would be replaced again
    for ch, folded in changes.items():
        text = text.replace(ch, folded)
    return text.lower()


class _Folded:
    """A folded text and the map from its offsets back to the original's."""

    __slots__ = ("_after_fold", "_after_orig", "text")

    def __init__(self, text: str) -> None:
        chars = set(text)
        for ch in chars.difference(_FOLD):  # set operations keep the common case in C
            _fold_char(ch)
        self._after_fold: list[int] = []
        self._after_orig: list[int] = []
        if _UNEVEN.isdisjoint(chars):  # the usual case: one char per char, offsets unchanged
            self.text = _fold_even(text, chars)
            return
        uneven = chars.intersection(_UNEVEN)
        # A few chars ('ß', ligatures, stray combining marks) change length: fold the runs
        # between them in bulk and remember where the offsets shift.
        parts: list[str] = []
        folded_len = 0
        last = 0
        pattern = re.compile("|".join(map(re.escape, uneven)))
        for m in pattern.finditer(text):
            run = _fold_even(text[last : m.start()])
            expansion = _fold_char(m.group())
            parts += (run, expansion)
            folded_len += len(run) + len(expansion)
            last = m.end()
            self._after_fold.append(folded_len)
            self._after_orig.append(last)
        parts.append(_fold_even(text[last:]))
        self.text = "".join(parts)

    def original(self, offset: int) -> int:
        if not self._after_fold:  # the usual case: offsets unchanged
            return offset
        i = bisect.bisect_right(self._after_fold, offset) - 1
        if i < 0:
            return offset
        return self._after_orig[i] + offset - self._after_fold[i]


def fold(text: str) -> str:
    """Case-, accent- and apostrophe-insensitive form of `text` (used for keys and queries)."""
    return _Folded(text).text


_WORD = re.compile(r"\w+")
_WORD_SPLIT = re.compile(r"(\w+)")
_SPACE = re.compile(r"\s+")
_JOINERS = frozenset(" \t\n\r\xa0\u202f-'")  # what may separate the words of a name in a text


# ---------------------------------------------------------------------------------------------
# Demonym inflection: the data lists one form, the rules add gender and number.


def _inflect(lang: str, word: str) -> list[str]:
    """Gender/number forms of a demonym (over-generation is harmless: it only adds aliases)."""
    w = word
    low = w.lower()
    forms = [w]
    if lang == "fr":
        if low.endswith(("en", "on")):
            forms += [w + "ne", w + "s", w + "nes"]
        elif low.endswith("e"):
            forms += [w + "s"]
        elif low.endswith(("s", "x")):
            forms += [w + "e", w + "es"]
        else:
            forms += [w + "e", w + "s", w + "es"]
    elif lang in ("es", "it", "pt"):
        plural_o = "i" if lang == "it" else "os"
        plural_a = "e" if lang == "it" else "as"
        if low.endswith("o"):
            forms += [w[:-1] + "a", w[:-1] + plural_o, w[:-1] + plural_a]
        elif lang == "it" and low.endswith("e"):
            forms += [w[:-1] + "i"]
        elif low.endswith(("a", "e")):
            forms += [w + "s"] if lang != "it" else [w[:-1] + "i", w[:-1] + "e"]
        elif low.endswith(("és", "ês")):
            stem = w[:-2] + "es"
            forms += [stem + "a", stem + "es", stem + "as"]
        elif low.endswith("í"):
            forms += [w + "es", w + "s"]
        elif low.endswith("ão"):
            forms += [w[:-2] + "ã", w[:-2] + "ães", w[:-2] + "ãs", w[:-2] + "ãos"]
        elif low.endswith(("án", "ín", "ón")):
            stem = w[:-2] + unicodedata.normalize("NFKD", w[-2])[0] + "n"
            forms += [stem + "a", stem + "es", stem + "as"]
        elif low.endswith(("l", "n", "r")):
            forms += [w + "a", w + "es", w + "as"]
        else:
            forms += [w + "s"]
    elif lang == "de":
        if w.rsplit("-", 1)[-1][:1].islower():  # adjective: (US-)amerikanisch -> ...e(n/r/s/m)
            forms += [w + "e", w + "en", w + "er", w + "es", w + "em"]
        elif low.endswith("er"):  # Venezolaner -> Venezolanerin(nen), Venezolanern
            forms += [w + "in", w + "innen", w + "n"]
        elif low.endswith("e"):  # Russe -> Russen, Russin, Russinnen
            forms += [w + "n", w[:-1] + "in", w[:-1] + "innen"]
        elif low.endswith("i"):  # Israeli -> Israelis, Israelin
            forms += [w + "s", w + "n", w + "nnen"]
        else:
            forms += [w + "en", w + "in", w + "innen"]
    elif lang == "en" and not low.endswith(("s", "sh", "ch", "ese", "x")):
        forms += [w + "s"]
    return forms


# ---------------------------------------------------------------------------------------------
# The alias table.


# A NamedTuple rather than a frozen dataclass: thousands are built and hashed at load time.
class _Target(NamedTuple):
    topic: str
    kind: str
    actor: str | None


_IGNORE = _Target("", "ignore", None)  # phrases that win as longest match and yield nothing
_KIND_RANK = {"country": 0, "org": 1, "person": 2, "place": 3}


# Slots for fast attribute reads in find(); not frozen, so that building thousands is cheap.
@dataclass(slots=True, eq=False)
class _Alias:
    """One matchable name: its folded tokens and what a match must also satisfy."""

    tokens: tuple[str, ...]
    gaps: tuple[str, ...]  # the alias's own separators between tokens, folded
    target: _Target
    capitals: tuple[tuple[int, ...], ...] | None  # per token, positions that must be capitals
    prefix: bool  # a combining form: only right before a hyphen ('russo-')
    trailing_dot: bool  # 'U.S.' keeps its final period
    accents: str | None  # casefolded name whose accents must match ('Seúl' is not 'seul')


_ACRONYM_MAX = 5


def _exact(text: str) -> str:
    """Accent-preserving comparison form (composed, casefolded)."""
    return unicodedata.normalize("NFC", text).casefold()


_MARKS = "^=!"  # data notation: ^ case-sensitive, ! accent-sensitive, = not inflected


def _parse_aliases(items: Iterable[tuple[str, _Target, bool]]) -> list[_Alias]:
    """(written name, target, is a prefix) -> aliases; names folded in one pass for speed."""
    items = list(items)
    if not items:
        return []
    names = [raw.lstrip(_MARKS).strip() for raw, _, _ in items]
    folded_names = fold("\n".join(names)).split("\n")  # folding is per character
    aliases = []
    for (raw, target, prefix), name, folded in zip(items, names, folded_names, strict=True):
        parts = _WORD_SPLIT.split(folded)  # [gap, word, gap, word, ..., gap]
        tokens = tuple(parts[1::2])
        if not tokens:
            continue
        gaps = tuple(parts[2:-1:2])
        # Short acronyms are case-sensitive even unmarked: 'WHO' is not 'who', 'USA' not 'usa'.
        marks = raw[: len(raw) - len(raw.lstrip(_MARKS))]
        cased = "^" in marks or (
            name.isupper() and sum(ch.isalpha() for ch in name) <= _ACRONYM_MAX
        )
        capitals = None
        if cased:
            originals = _WORD.findall(name)
            if len(originals) == len(tokens):
                capitals = tuple(
                    tuple(i for i, ch in enumerate(word) if ch.isupper()) for word in originals
                )
        aliases.append(
            _Alias(
                tokens=tokens,
                gaps=gaps,
                target=target,
                capitals=capitals,
                prefix=prefix,
                trailing_dot=folded.endswith(".") and any("." in gap for gap in gaps),
                accents=_exact(name) if "!" in marks else None,
            )
        )
    return aliases


class _Scan:
    """One text being searched: its folded form cut into word tokens."""

    __slots__ = ("ends", "folded", "ftext", "parts", "piece", "tokens")

    def __init__(self, piece: str) -> None:
        self.piece = piece
        self.folded = _Folded(piece)
        self.ftext = self.folded.text
        # [gap, word, gap, word, ..., gap]: word i is parts[2i + 1], the gap after it
        # parts[2i + 2]; offsets are summed lengths (cheaper than a match object per word).
        self.parts = _WORD_SPLIT.split(self.ftext)
        self.tokens = self.parts[1::2]
        self.ends = list(accumulate(map(len, self.parts)))  # offset after each part

    def start(self, i: int) -> int:
        """Offset of word i in the folded text."""
        return self.ends[2 * i]

    def end(self, i: int) -> int:
        return self.ends[2 * i + 1]

    def matches(self, alias: _Alias, i: int) -> bool:
        """Does `alias` match the tokens starting at token i (its first token already does)?"""
        tokens, parts, ftext = self.tokens, self.parts, self.ftext
        size = len(alias.tokens)
        if i + size > len(tokens):
            return False
        for j in range(1, size):
            if tokens[i + j] != alias.tokens[j]:
                return False
            gap = parts[2 * (i + j)]
            own = alias.gaps[j - 1]
            if "." in own:  # abbreviations ('U.S.', 'EE. UU.') keep their periods
                if _SPACE.sub("", gap) != _SPACE.sub("", own):
                    return False
            elif len(gap) > 3 or not _JOINERS.issuperset(gap):
                return False
        last_end = self.end(i + size - 1)
        if alias.prefix and ftext[last_end : last_end + 1] != "-":
            return False
        if alias.accents is not None:
            original = self.folded.original
            written = self.piece[original(self.start(i)) : original(last_end)]
            if _exact(written) != alias.accents:
                return False
        if alias.capitals is not None:
            for j, required in enumerate(alias.capitals):
                a, b = self.start(i + j), self.end(i + j)
                word = self.piece[self.folded.original(a) : self.folded.original(b)]
                # With odd characters ('ß') positions shift: check the first letter only.
                positions = required if len(word) == b - a else required[:1]
                if not all(p < len(word) and word[p].isupper() for p in positions):
                    return False
        return True

    def institution(self, first: int, stop: int, free: int) -> tuple[int, int, str]:
        """Widen a country match over the noun of an institution next to it.

        'gouvernement | vénézuélien', 'forces armées | russes' (noun before, tokens from
        `free` on are not yet taken), 'Russian | troops', 'US-|Regierung' (noun after).
        Returns (first, stop, 'government' | 'military' | '').
        """
        tokens, parts = self.tokens, self.parts

        def joined(left: int, joiners: str = " ") -> bool:
            """Are words left and left + 1 written as one name?"""
            gap = parts[2 * left + 2]
            return 0 < len(gap) <= 2 and all(ch in joiners or ch.isspace() for ch in gap)

        if first > free and joined(first - 1):
            noun = tokens[first - 1]
            armed = first - 2 >= free and _ARMED.get(tokens[first - 2]) == noun
            if armed and joined(first - 2):  # 'forces armées russes'
                return first - 2, stop, "military"
            if noun in _NOUN_BEFORE:
                return first - 1, stop, _NOUN_BEFORE[noun]
        if stop < len(tokens) and joined(stop - 1, " -"):
            noun = tokens[stop]
            if noun == "armed" and stop + 1 < len(tokens) and tokens[stop + 1] == "forces":
                return first, stop + 2, "military"
            if noun in _NOUN_AFTER:
                return first, stop + 1, _NOUN_AFTER[noun]
        return first, stop, ""


@dataclass(slots=True)
class _Topic:
    label: str
    kind: str  # 'country' | 'place' | 'org'


class Gazetteer:
    """Multilingual gazetteer of topics: countries, places, people and organisations."""

    def __init__(
        self,
        topics: dict[str, _Topic],
        aliases: list[_Alias],
        codes: dict[str, str],
        prefixes: dict[str, str],
    ) -> None:
        self._topics = topics  # never mutated: shared with gazetteers made by with_aliases()
        self._aliases = aliases
        self._codes = codes  # ISO alpha-2 -> topic, for resolve() only
        self._prefixes = prefixes  # topic -> 'US', 'Venezuelan': names its institutions
        self._index: dict[str, list[_Alias]] = {}
        self._index2: dict[tuple[str, str], list[_Alias]] = {}
        self._firsts: frozenset[str] = frozenset()
        self._by_tokens: dict[tuple[str, ...], _Target] = {}
        self._name_list: list[tuple[str, str]] | None = None  # for suggest(), built on first use
        self._build_index()

    # -- construction -------------------------------------------------------------------------

    def _build_index(self) -> None:
        # Several aliases may share a token sequence ('Rodríguez' for two people; 'Mexico' the
        # country and its capital). A combining form ('colombo-') is grouped apart from a word
        # ('Colombo', the capital of Sri Lanka): it only matches before a hyphen, where it is
        # tried first. Within a group, see _choose.
        groups: dict[tuple[tuple[str, ...], bool], list[_Alias]] = {}
        for alias in self._aliases:
            groups.setdefault((alias.tokens, alias.prefix), []).append(alias)
        index: dict[str, list[_Alias]] = {}  # one-word aliases by their word
        index2: dict[tuple[str, str], list[_Alias]] = {}  # longer ones by their first two
        by_tokens: dict[tuple[str, ...], _Target] = {}
        for (tokens, prefix), group in groups.items():
            chosen = _choose(group)
            if chosen is None:
                continue
            if len(tokens) == 1:
                index.setdefault(tokens[0], []).extend(chosen)
            else:
                index2.setdefault(tokens[:2], []).extend(chosen)
            if not prefix or tokens not in by_tokens:
                by_tokens[tokens] = chosen[0].target
        for candidates in [*index.values(), *index2.values()]:
            if len(candidates) > 1:
                candidates.sort(key=_priority)
        self._firsts = frozenset(index) | {pair[0] for pair in index2}
        self._index2 = index2
        self._index = index
        self._by_tokens = by_tokens

    @classmethod
    def default(cls) -> Gazetteer:
        """The gazetteer built from the data files (loaded once, then shared)."""
        return _default()

    @classmethod
    def from_directory(cls, directory: Path) -> Gazetteer:
        return cls(*_load(directory))

    def with_aliases(self, aliases: Iterable[tuple[str, str]]) -> Gazetteer:
        """A new gazetteer with extra (alias text, topic key) pairs, e.g. added by admins.

        An admin alias overrides a built-in one with the same words. Unknown topic keys raise
        ValueError, so a typo is reported rather than silently creating a topic.
        """
        items: list[tuple[str, _Target, bool]] = []
        for text, topic in aliases:
            if topic not in self._topics:
                raise ValueError(f"unknown topic {topic!r} for alias {text!r}")
            info = self._topics[topic]
            actor = info.label if info.kind == "org" else None
            items.append((text, _Target(topic, info.kind, actor), False))
        extra = _parse_aliases(items)
        overridden = {a.tokens for a in extra}
        kept = [a for a in self._aliases if a.tokens not in overridden]
        return Gazetteer(self._topics, kept + extra, self._codes, self._prefixes)

    # -- queries ------------------------------------------------------------------------------

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[TopicMention]:
        """Mentions in text[start:end], in order, without overlaps (longest match wins).

        Offsets are into `text`, so `text[m.start:m.end] == m.text`.
        """
        end = len(text) if end is None else end
        scan = _Scan(text[start:end])
        mentions: list[TopicMention] = []
        index, index2, firsts = self._index, self._index2, self._firsts
        tokens = scan.tokens
        last = len(tokens) - 1
        # Only tokens that start some alias can start a match: visit those alone (found in C).
        starts = compress(count(), map(firsts.__contains__, tokens))
        after = 0  # first token not yet covered by a match
        for i in starts:
            if i < after:
                continue
            hit = None
            candidates = index.get(tokens[i], ())
            longer = index2.get((tokens[i], tokens[i + 1])) if i < last else None
            if longer:
                candidates = (*longer, *candidates)  # longest first
            for alias in candidates:
                if scan.matches(alias, i):
                    hit = alias
                    break
            if hit is None:
                continue
            size = len(hit.tokens)
            target = hit.target
            first, stop = i, i + size  # tokens covered
            if target.kind == "country" and not hit.prefix and target.topic in self._prefixes:
                first, stop, institution = scan.institution(i, stop, after)
                if institution:
                    actor = f"{self._prefixes[target.topic]} {institution}"
                    target = _Target(target.topic, "org", actor)
            if target is not _IGNORE:
                f_start = scan.start(first)
                f_end = scan.end(stop - 1)
                if hit.trailing_dot and stop == i + size and scan.ftext[f_end : f_end + 1] == ".":
                    f_end += 1
                o_start = scan.folded.original(f_start)
                o_end = scan.folded.original(f_end)
                mentions.append(
                    TopicMention(
                        text=scan.piece[o_start:o_end],
                        start=start + o_start,
                        end=start + o_end,
                        topic=target.topic,
                        kind=target.kind,
                        actor=target.actor,
                    )
                )
            after = stop
        return mentions

    def resolve(self, query: str) -> str | None:
        """The topic key a user's query means, or None.

        'vénézuélien', 'Caracas', 'VE', 'Venezuela', 'venezolano' -> 'venezuela';
        'Kremlin' -> 'russia'. A person resolves to the topic they belong to: someone typing
        `!timeline Maduro` wants Venezuela's timeline, so 'Maduro' -> 'venezuela'
        ('Guterres' -> 'united nations'). Ambiguous names ('Rodríguez') resolve to None.
        """
        text = query.strip()
        if not text:
            return None
        folded = fold(text)
        if folded in self._topics:
            return folded
        tokens = tuple(_WORD.findall(folded))
        target = self._by_tokens.get(tokens)
        if target is None and len(tokens) > 1 and tokens[0] in _ARTICLES:
            target = self._by_tokens.get(tokens[1:])
        if target is not None and target is not _IGNORE:
            return target.topic
        code = self._codes.get(text.upper())
        if code is not None and len(text) == 2:
            return code
        return None

    def suggest(self, query: str, known: Iterable[str] = (), limit: int = 3) -> list[str]:
        """'Did you mean': topic keys whose names are closest to `query` (fuzzy, ignoring case
        and accents), topics in `known` (e.g. those with dispatches) first."""
        needle = " ".join(_WORD.findall(fold(query)))
        if not needle or limit <= 0:
            return []
        known_set = set(known)
        best: dict[str, float] = {}
        matcher = difflib.SequenceMatcher(autojunk=False)
        matcher.set_seq2(needle)
        for name, topic in self._names():
            matcher.set_seq1(name)
            if matcher.real_quick_ratio() < 0.6 or matcher.quick_ratio() < 0.6:
                continue
            score = matcher.ratio()
            if score >= 0.6 and score > best.get(topic, 0.0):
                best[topic] = score
        ranked = sorted(best, key=lambda t: (t not in known_set, -best[t], t))
        return ranked[:limit]

    def _names(self) -> list[tuple[str, str]]:
        cached = self._name_list
        if cached is None:
            seen: dict[str, str] = {key: key for key in self._topics}
            for tokens, target in self._by_tokens.items():
                if target is not _IGNORE:
                    seen.setdefault(" ".join(tokens), target.topic)
            cached = list(seen.items())
            self._name_list = cached
        return cached

    def label(self, topic: str) -> str:
        """Display name of a topic key: 'united states' -> 'United States'."""
        info = self._topics.get(topic)
        return info.label if info else topic.title()

    def topics(self) -> list[str]:
        """All topic keys, sorted."""
        return sorted(self._topics)

    def kind(self, topic: str) -> str:
        """'country', 'place' (a territory) or 'org' (an international organisation)."""
        info = self._topics.get(topic)
        if info is None:
            raise KeyError(topic)
        return info.kind


# Leading articles a user may type in a query ('the Netherlands', 'la Russie').
_ARTICLES = frozenset(
    {"the", "la", "le", "les", "l", "el", "los", "las", "die", "der", "das", "il", "lo", "gli"}
    | {"o", "a", "os", "as", "de"}
)


def _priority(alias: _Alias) -> tuple[int, bool, bool]:
    """Order of trial at one token: longest first, then combining forms, then case rules."""
    return (-len(alias.tokens), not alias.prefix, alias.capitals is not None)


def _choose(group: list[_Alias]) -> list[_Alias] | None:
    if len(group) == 1:  # the common case
        return group
    ignores = [a for a in group if a.target is _IGNORE]
    if ignores:
        return ignores[:1]
    targets = {a.target for a in group}
    if len(targets) > 1:
        by_topic_actor = {(t.topic, t.actor) for t in targets}
        if len(by_topic_actor) > 1:
            return None  # ambiguous: two topics or two actors share the name
        best_kind = min(targets, key=lambda t: _KIND_RANK.get(t.kind, 9))
        group = [a for a in group if a.target == best_kind]
    # Same target: an alias without case or accent rule subsumes its stricter twins;
    # otherwise every distinct rule stays ('OPEP' and 'Opep'; '!Crète' and '^Crete').
    loose = [a for a in group if a.capitals is None and a.accents is None]
    if loose:
        return loose[:1]
    return list({(a.capitals, a.accents): a for a in group}.values())


# ---------------------------------------------------------------------------------------------
# Loading the data files.

_LANGS = ("fr", "en", "es", "pt", "de", "it", "nl")


def _forms(lang: str, spec: str) -> list[str]:
    """'vénézuélien, =vénézuélo' -> every form, inflected unless marked '='."""
    forms: list[str] = []
    for item in spec.split(","):
        raw = item.strip()
        if not raw:
            continue
        marks = raw[: len(raw) - len(raw.lstrip(_MARKS))]
        word = raw[len(marks) :]
        kept = marks.replace("=", "")  # case and accent rules apply to every form
        inflected = [word] if "=" in marks else _inflect(lang, word)
        forms += [kept + form for form in inflected]
    return forms


# A country's government and armed forces named with its demonym ('le gouvernement
# vénézuélien', 'las fuerzas estadounidenses', 'die russische Armee', 'US forces') are one
# actor ('Venezuelan government', 'US military'). Rather than listing every noun + demonym
# form as an alias (tens of thousands), find() widens a country match over an adjacent noun.
_INSTITUTION_NOUNS = {
    "government": {
        "before": "gouvernement executif regime autorites gobierno ejecutivo regimen "
        "autoridades governo autorita",
        "after": "government administration authorities regierung behorden regering",
    },
    "military": {
        "before": "armee forces troupes militaires soldats ejercito fuerzas tropas militares "
        "soldados exercito forcas esercito forze truppe militari soldati",
        "after": "military army forces troops soldiers armee truppen streitkrafte militar "
        "soldaten leger troepen strijdkrachten militairen",
    },
}
_ARMED = {"forces": "armees", "fuerzas": "armadas", "forcas": "armadas", "forze": "armate"}
_NOUN_BEFORE = {w: inst for inst, d in _INSTITUTION_NOUNS.items() for w in d["before"].split()}
_NOUN_AFTER = {w: inst for inst, d in _INSTITUTION_NOUNS.items() for w in d["after"].split()}


def _merge(first: dict, second: dict) -> dict:
    """Two curated entries for one topic (e.g. a region file and small_states.json)."""
    merged = dict(first)
    for field, value in second.items():
        if field not in merged:
            merged[field] = value
        elif isinstance(value, str):  # demonyms and prefixes: comma-separated forms
            merged[field] = f"{merged[field]}, {value}"
        elif isinstance(value, dict):
            merged[field] = _merge(merged[field], value)
        else:
            merged[field] = [*merged[field], *value]
    return merged


def _load(
    directory: Path,
) -> tuple[dict[str, _Topic], list[_Alias], dict[str, str], dict[str, str]]:
    files = {
        path.name: json.loads(path.read_text(encoding="utf-8"))
        for path in sorted(directory.glob("*.json"))
    }
    topics: dict[str, _Topic] = {}
    codes: dict[str, str] = {}
    prefixes: dict[str, str] = {}  # topic -> how its institutions are named ('US', 'Venezuelan')
    raw: list[tuple[str, _Target, bool]] = []  # (alias text, target, prefix)
    curated: dict[str, dict] = {}
    ignore: list[str] = []
    for name, data in files.items():
        if name == "countries.json":
            continue
        for key, entry in data.get("countries", {}).items():
            curated[key] = _merge(curated[key], entry) if key in curated else entry
        ignore += data.get("ignore", [])

    for entry in files["countries.json"]["countries"]:
        key = entry["key"]
        topics[key] = _Topic(entry["label"], entry["kind"])
        codes[entry["iso"]] = key
        extra = curated.get(key, {})
        dropped = {fold(n) for n in extra.get("drop", [])}
        cased = {fold(n) for n in extra.get("cased", [])}
        target = _Target(key, entry["kind"], None)
        # The key is typed by users ('ivory coast'); it is a name only where it differs from
        # the label, so a case rule on the label ('Chile') is not bypassed by the key ('chile').
        names = [entry["label"]] + ([key] if fold(key) != fold(entry["label"]) else [])
        for lang in _LANGS:
            names += entry["names"].get(lang, [])
        # 'drop' removes generated names (a curated '!Irã' survives dropping 'Irã');
        # 'cased' marks generated and curated names alike.
        curated_names = extra.get("names", [])
        for index, name in enumerate(names + curated_names):
            if dropped or cased:  # folding every name would cost load time for nothing
                base = fold(name.lstrip(_MARKS))
                if base in dropped and index < len(names):
                    continue
                if base in cased and not name.startswith("^"):
                    name = "^" + name  # noqa: PLW2901
            raw.append((name, target, False))

    for key, entry in curated.items():
        if key not in topics:
            raise ValueError(f"curated topic {key!r} is not in countries.json")
        kind = topics[key].kind
        target = _Target(key, kind, None)
        for lang in _LANGS:
            for spec in (entry.get(lang, ""), entry.get("extra", {}).get(lang, "")):
                raw += [(form, target, False) for form in _forms(lang, spec)]
        place = _Target(key, "place", None)
        raw += [(name, place, False) for name in entry.get("places", [])]
        for prefix in entry.get("prefixes", "").split(","):
            if prefix.strip():
                raw.append((prefix.strip(), target, True))
        english = entry.get("en", "").split(",")[0].lstrip(_MARKS).strip()
        if entry.get("actor_prefix") or english:
            prefixes[key] = entry.get("actor_prefix") or english

    def with_display(display: str, names: list[str]) -> list[str]:
        # The display name is a name too, unless the list already has it with a case or
        # accent rule ('^Shell' must not gain an unmarked 'Shell').
        listed = {n.lstrip(_MARKS) for n in names}
        return names if display in listed else [display, *names]

    orgs = files.get("organisations.json", {})
    for key, entry in orgs.get("international", {}).items():
        topics[key] = _Topic(entry["label"], "org")
        label = entry["label"]
        target = _Target(key, "org", label)
        raw += [(n, target, False) for n in with_display(label, entry.get("names", []))]
        for actor, names in entry.get("bodies", {}).items():
            raw += [(n, _Target(key, "org", actor), False) for n in with_display(actor, names)]
    for key, entries in orgs.get("national", {}).items():
        for actor, names in entries.items():
            raw += [(n, _Target(key, "org", actor), False) for n in with_display(actor, names)]

    for name, data in files.items():
        if not name.startswith("people"):
            continue
        for key, people in data.get("people", {}).items():
            for display, *names in people:
                target = _Target(key, "person", display)
                raw += [(n, target, False) for n in with_display(display, names)]

    for text in ignore:
        lang, sep, phrase = text.partition(":")
        forms = _forms(lang, phrase) if sep and lang in _LANGS else [text]
        raw += [(form, _IGNORE, False) for form in forms]

    unknown = {t.topic for _, t, _ in raw if t is not _IGNORE} - set(topics)
    if unknown:
        raise ValueError(f"aliases point to unknown topics: {sorted(unknown)}")
    # dict.fromkeys: the same name often comes from several languages.
    aliases = _parse_aliases(dict.fromkeys(raw))
    return topics, aliases, codes, prefixes


@cache
def _default() -> Gazetteer:
    return Gazetteer.from_directory(DATA_DIR)
