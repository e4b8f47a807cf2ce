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
