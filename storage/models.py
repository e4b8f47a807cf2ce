"""What storage returns: plain, typed records (no sqlite rows leak out)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class DispatchRecord:
    id: str
    published: str
    section: str
    section_en: str | None
    headline: str
    lang: str
    source: str
    summary: list[str]
    topics: list[str]
    ingested_at: str


@dataclass(frozen=True, slots=True)
class EventRecord:
    id: int
    dispatch_id: str
    entry_id: int
    date: str
    precision: str
    summary: str
    lang: str
    topics: list[str]
    actors: list[str]
    types: list[str]


@dataclass(frozen=True, slots=True)
class Entry:
    """One happening on the timeline, with every dispatch that reports it."""

    id: int
    date: str
    precision: str
    summary: str
    lang: str
    topics: list[str]
    actors: list[str]
    types: list[str]
    sources: list[str]
    salience: int


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One date of a topic's timeline: what happened then, most reported first, and every
    dispatch that reports it (salience = how many)."""

    date: str
    precision: str
    summary: str
    topics: list[str]
    sources: list[str]
    salience: int
    happenings: list[Entry]
    happening_total: int = 0  # how many happenings the date has, shown or not


@dataclass(frozen=True, slots=True)
class Timeline:
    topic: str
    entries: list[TimelineEntry]
    total: int  # dates matching the filters, shown or not


@dataclass(frozen=True, slots=True)
class TopicCount:
    topic: str
    label: str
    kind: str
    dispatches: int
    entries: int


@dataclass(frozen=True, slots=True)
class SearchHit:
    id: str
    published: str
    headline: str
    snippet: str


@dataclass(frozen=True, slots=True)
class IngestResult:
    source: str
    dispatch_id: str
    status: str  # "new" | "known"
    headline: str = ""
    events: int = 0
    new_entries: int = 0
    announcements: int = 0


@dataclass(frozen=True, slots=True)
class Stats:
    dispatches: int
    events: int
    entries: int
    topics: int
    subscriptions: int
    pending_announcements: int
    last_ingest: str | None
    schema: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Subscription:
    id: int
    guild_id: int | None
    channel_id: int
    topic: str  # '' = every dispatch
    created_by: int | None
    active: bool
    disabled_reason: str | None


@dataclass(frozen=True, slots=True)
class Announcement:
    """An outbox row: one post of one dispatch to one channel."""

    id: int
    dispatch_id: str
    subscription_id: int
    channel_id: int
    nonce: str
    attempts: int
