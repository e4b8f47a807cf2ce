"""Topics: countries, places, people and organisations, with aliases across languages.

Contract:
    Gazetteer.default().find(text, start=0, end=None) -> list[TopicMention]
    Gazetteer.default().resolve(query) -> str | None      ('vénézuélien' -> 'venezuela')
    Gazetteer.default().suggest(query, known, limit=3) -> list[str]
    Gazetteer.default().label(topic) -> str               ('venezuela' -> 'Venezuela')
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class TopicMention:
    text: str
    start: int
    end: int
    topic: str  # canonical key, lower-case English: 'venezuela', 'united states'
    kind: str  # 'country' | 'place' | 'person' | 'org'
    actor: str | None  # display name of a person/organisation ('Nicolás Maduro'), else None


# Interim gazetteer so the pipeline runs end to end; replaced by the full multilingual tables.
import re  # noqa: E402
import unicodedata  # noqa: E402
from collections.abc import Iterable  # noqa: E402
from functools import lru_cache  # noqa: E402

_INTERIM = {
    "venezuela": ("country", None, ["venezuela", "vénézuéla", "venezuelan", "vénézuélien",
                                    "vénézuélienne", "venezolano", "caracas", "ve"]),
    "russia": ("country", None, ["russia", "russie", "rusia", "russe", "russes", "moscou",
                                 "moscow", "kremlin", "russo"]),
    "united states": ("country", None, ["united states", "états-unis", "estados unidos", "us",
                                        "washington", "américaine", "américain", "american"]),
    "nicolás maduro": ("person", "venezuela", ["maduro", "nicolás maduro"]),
    "vladimir putin": ("person", "russia", ["poutine", "putin", "vladimir poutine"]),
}


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).casefold()


class Gazetteer:
    def __init__(self, aliases: dict[str, tuple[str, str, str | None]]):
        self._aliases = aliases
        self._pattern = re.compile(
            r"\b(" + "|".join(re.escape(a) for a in sorted(aliases, key=len, reverse=True)) + r")\b"
        )

    @classmethod
    @lru_cache(maxsize=1)
    def default(cls) -> Gazetteer:
        aliases = {}
        for key, (kind, country, names) in _INTERIM.items():
            for name in names:
                if kind == "person":
                    aliases[_fold(name)] = (country, kind, key.title())
                else:
                    aliases[_fold(name)] = (key, kind, None)
        return cls(aliases)

    def with_aliases(self, aliases: Iterable[tuple[str, str]]) -> Gazetteer:
        merged = dict(self._aliases)
        for alias, topic in aliases:
            merged[_fold(alias)] = (topic, "country", None)
        return Gazetteer(merged)

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[TopicMention]:
        end = len(text) if end is None else end
        folded = _fold(text[start:end])
        if len(folded) != end - start:
            folded = "".join(_fold(c) or c for c in text[start:end])
        found = []
        for m in self._pattern.finditer(folded):
            topic, kind, actor = self._aliases[m.group(1)]
            s, e = start + m.start(), start + m.end()
            found.append(TopicMention(text[s:e], s, e, topic, kind, actor))
        return found

    def resolve(self, query: str) -> str | None:
        hit = self._aliases.get(_fold(query.strip()))
        return hit[0] if hit else None

    def suggest(self, query: str, known: Iterable[str] = (), limit: int = 3) -> list[str]:
        import difflib

        return difflib.get_close_matches(_fold(query), list(known) or self.topics(), n=limit)

    def label(self, topic: str) -> str:
        return topic.title()

    def topics(self) -> list[str]:
        return sorted({t for t, _, _ in self._aliases.values()})

    def kind(self, topic: str) -> str:
        return "country"
