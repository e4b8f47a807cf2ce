"""The Newsline database: typed functions over sqlite-utils. The only place SQL lives.

A Store is safe to share between threads (one connection guarded by a lock); for reads that
must not wait on a long ingest, open a second Store on the same file (WAL lets readers run
beside the writer).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import lru_cache, wraps
from pathlib import Path

from sqlite_utils import Database

from storage import backup as backups
from storage.models import (
    Announcement,
    DispatchRecord,
    Entry,
    EventRecord,
    IngestResult,
    SearchHit,
    Stats,
    Subscription,
    Timeline,
    TimelineEntry,
    TopicCount,
)
from storage.schema import migrations
from timeline.analysis import Analysis
from timeline.consolidate import EntryCandidate, best_match
from timeline.dates import Era
from timeline.events import EventMention
from timeline.summary import content_words
from timeline.topics import Gazetteer
from timeline.values import bounds, sort_key

CANDIDATE_LIMIT = 60
# A bulk load commits every BATCH_SIZE dispatches, or sooner once BATCH_SECONDS have passed so
# readers (the bot, its announcements) never wait long: each commit rewrites the pages the
# batch touched, so fewer, bigger commits write half as much per dispatch.
BATCH_SIZE = 500
BATCH_SECONDS = 2.0
CHECKPOINT_PAGES = 10_000  # ~40 MB of WAL between checkpoints
BULK_CHECKPOINT_PAGES = 100_000  # ~400 MB while a bulk load runs
CACHE_KIB = 32_000  # SQLite's page cache
BULK_CACHE_KIB = 64_000  # while a bulk load runs: fewer index pages read again and again


@dataclass
class _DispatchIngest:
    """What one dispatch's ingest keeps track of while its events are consolidated."""

    dispatch_id: str
    published: str
    now: str
    new_dates: Counter[str] = field(default_factory=Counter)  # new timeline dates per topic
    counted: set[tuple[str, str]] = field(default_factory=set)  # (topic, date) counted already
    entries: set[int] = field(default_factory=set)  # the entries this dispatch reports
    # Rows nothing reads before the dispatch is stored, written together at its end (one
    # statement per table instead of one per event: the cost of a bulk load is statements).
    event_rows: list[list] = field(default_factory=list)
    merged_entries: list[int] = field(default_factory=list)  # older entries it now reports
    # (topic, date, dispatch) triples counting towards the DATEWISE salience of timeline
    # dates, and each date's precision.
    date_sources: set[tuple[str, str, str]] = field(default_factory=set)
    date_precision: dict[str, str] = field(default_factory=dict)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def announcement_nonce(dispatch_id: str, channel_id: int) -> str:
    """Discord nonces hold at most 25 characters; this one is stable for a (dispatch, channel)."""
    return hashlib.sha256(f"{dispatch_id}:{channel_id}".encode()).hexdigest()[:24]


def _locked(method):
    @wraps(method)
    def inner(self, *args, **kwargs):
        with self._lock:
            return method(self, *args, **kwargs)

    return inner


@lru_cache(maxsize=8192)
def _json_tuple(raw: str | None) -> tuple:
    """A JSON list column as a tuple; the same few lists recur (topics, types), so cached."""
    return tuple(json.loads(raw)) if raw else ()


@lru_cache(maxsize=8192)
def _json_text(values: tuple[str, ...]) -> str:
    """A JSON list column's text; the same few lists recur (topics, types), so cached."""
    return json.dumps(list(values), ensure_ascii=False)


@lru_cache(maxsize=8192)
def _date_span(date: str) -> tuple[str, str] | None:
    """A date value's first and last days as ISO text (the same dates recur all day long)."""
    span = bounds(date)
    return None if span is None else (span[0].isoformat(), span[1].isoformat())


@lru_cache(maxsize=4096)
def _candidate(row: tuple, from_same_dispatch: bool) -> EntryCandidate:
    """An entry row as consolidation sees it; busy entries are candidates to event after
    event, so the same row is decoded once (an entry that changes is a different row)."""
    entry_id, date, precision, summary, topics, actors, types = row
    return EntryCandidate(
        id=entry_id,
        date=date,
        precision=precision,
        summary=summary,
        topics=_json_tuple(topics),
        actors=_json_tuple(actors),
        types=_json_tuple(types),
        from_same_dispatch=from_same_dispatch,
    )


def _json_list(raw: str | None) -> list:
    return json.loads(raw) if raw else []


class Store:
    def __init__(self, db: Database):
        self.db = db
        self._lock = threading.RLock()
        self._batch_left: int | None = None
        self._batch_size = BATCH_SIZE
        self._batch_deadline = 0.0

    @classmethod
    def open(cls, path: str | Path) -> Store:
        """Open (creating if needed) a database file, in WAL mode, with every migration applied."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        # Autocommit mode: a statement outside `db.atomic()` commits at once, and atomic() owns
        # every multi-statement transaction (no implicit, forgotten transactions).
        conn = sqlite3.connect(path, check_same_thread=False, timeout=30, isolation_level=None)
        return cls._prepare(Database(conn))

    @classmethod
    def memory(cls) -> Store:
        conn = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
        return cls._prepare(Database(conn))

    @classmethod
    def _prepare(cls, db: Database) -> Store:
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("PRAGMA busy_timeout = 30000")
        if db.journal_mode != "memory":
            db.enable_wal()
            db.execute("PRAGMA synchronous = NORMAL")
            # Checkpoint every ~40 MB of WAL rather than every 4 MB: each checkpoint syncs and
            # rewrites the pages every ingest touches (indexes), so rarer ones cost much less.
            db.execute(f"PRAGMA wal_autocheckpoint = {CHECKPOINT_PAGES}")
            db.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        migrations.apply(db)
        return cls(db)

    def close(self) -> None:
        with self._lock:
            self.db.close()

    # -- health and backups (see storage/backup.py) ------------------------------------------

    def integrity_check(self) -> str:
        """`ok`, or what SQLite found damaged (PRAGMA integrity_check).

        It reads every page (seconds on a large file), so a file is checked through a
        connection of its own and the Store's users are not held up meanwhile.
        """
        with self._lock:
            database = backups.database_file(self.db.conn)
            if database is None:
                return backups.integrity_check(self.db.conn)
        return backups.integrity_check_file(database)

    def backup(self, target: str | Path) -> Path:
        """A consistent copy of the database into the single file `target`, taken online."""
        with self._lock:
            database = backups.database_file(self.db.conn)
            if database is None:  # in memory: only this connection can read it
                return backups.backup_connection(self.db.conn, Path(target))
        return backups.backup_file(database, Path(target))

    # -- ingest ------------------------------------------------------------------------------

    @_locked
    def has_dispatch(self, dispatch_id: str) -> bool:
        return bool(
            self.db.execute("select 1 from dispatches where id = ?", [dispatch_id]).fetchone()
        )

    @contextmanager
    def batch(self, size: int = BATCH_SIZE) -> Iterator[None]:
        """Bulk loading: commit every `size` ingests instead of after each one.

        Each dispatch still goes in whole or not at all (its own savepoint inside the batch),
        so a crash loses at most the last uncommitted dispatches, never half of one, and
        ingesting again completes the load; an exception (Ctrl-C) keeps the whole ones. Other
        connections see the load's progress at each commit, at least every BATCH_SECONDS.
        Only for one writer doing a bulk load."""
        with self._lock:
            self._batch_left = self._batch_size = size
            self._batch_deadline = time.monotonic() + BATCH_SECONDS
            # Checkpoint rarely while loading: each checkpoint rewrites the pages every batch
            # touches (indexes); one at the end writes each of them once.
            self.db.conn.execute(f"PRAGMA wal_autocheckpoint = {BULK_CHECKPOINT_PAGES}")
            self.db.conn.execute(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
            self.db.conn.execute("BEGIN")
            try:
                yield
            except BaseException:
                # The dispatches stored before the interruption are whole (the one under way
                # went back to its savepoint): Ctrl-C in a long load keeps the work done.
                with contextlib.suppress(sqlite3.Error):
                    self._commit_batch()
                raise
            else:
                self._commit_batch()
            finally:
                self._batch_left = None
                self.db.conn.execute(f"PRAGMA wal_autocheckpoint = {CHECKPOINT_PAGES}")
                self.db.conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
                self.db.conn.execute("PRAGMA wal_checkpoint(PASSIVE)")

    def _commit_batch(self) -> None:
        """Commit the batch's transaction, if an error has not already ended it; a failed
        commit is rolled back rather than left open."""
        conn = self.db.conn
        if not conn.in_transaction:
            return
        try:
            conn.execute("COMMIT")
        except sqlite3.Error:
            conn.execute("ROLLBACK")
            raise

    def _batched(self) -> None:
        """One more dispatch in the running batch; commit when it is full or old enough."""
        if self._batch_left is None:
            return
        self._batch_left -= 1
        ended = not self.db.conn.in_transaction  # an error (a full disk) ended it
        if ended or self._batch_left <= 0 or time.monotonic() >= self._batch_deadline:
            self._commit_batch()
            self.db.conn.execute("BEGIN")
            self._batch_left = self._batch_size
            self._batch_deadline = time.monotonic() + BATCH_SECONDS

    @_locked
    def ingest(self, analysis: Analysis) -> IngestResult:
        """Store one analysed dispatch in one transaction; a known dispatch changes nothing."""
        try:
            return self._ingest(analysis)
        finally:
            self._batched()

    def _ingest(self, analysis: Analysis) -> IngestResult:
        d = analysis.dispatch
        sql = self.db.conn.execute
        with self.db.atomic():
            if self.has_dispatch(d.id):
                return IngestResult(d.source, d.id, "known", d.headline)
            now = _now()
            sql(
                """insert into dispatches (id, published, section, section_en, headline, lang,
                     header, body, source, summary, topics, ingested_at)
                   values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                [
                    d.id,
                    d.published.isoformat(),
                    d.section,
                    d.section_en,
                    d.headline,
                    d.lang,
                    d.text[: d.body_start],
                    d.body,
                    Path(d.source).name if d.source else "",
                    json.dumps([s.text for s in analysis.summary], ensure_ascii=False),
                    json.dumps(analysis.topics, ensure_ascii=False),
                    now,
                ],
            )
            self.db.conn.executemany(
                """insert into mentions (dispatch_id, text, start, end, value, precision)
                   values (?, ?, ?, ?, ?, ?)""",
                [(d.id, m.text, m.start, m.end, m.value, m.precision) for m in analysis.mentions],
            )
            all_topics = list(
                dict.fromkeys([*analysis.topics, *(t for e in analysis.events for t in e.topics)])
            )
            self.db.conn.executemany(
                """insert into dispatch_topics (dispatch_id, topic, rank, published)
                   values (?, ?, ?, ?)""",
                [(d.id, t, i, d.published.isoformat()) for i, t in enumerate(all_topics)],
            )
            new_entries = 0
            state = _DispatchIngest(d.id, d.published.isoformat(), now)
            for event in analysis.events:
                if not event.date or _date_span(event.date) is None:
                    continue
                new_entries += self._consolidate(event, state)
            self._store_deferred(state)
            self._count_topics(all_topics, state.new_dates)
            announcements = self._queue_announcements(d.id, all_topics, now)
        return IngestResult(
            d.source, d.id, "new", d.headline, len(analysis.events), new_entries, announcements
        )

    def _consolidate(self, event: EventMention, state: _DispatchIngest) -> int:
        """Attach the event to the entry that tells the same happening, or start a new entry."""
        sql = self.db.conn.execute
        dispatch_id, now = state.dispatch_id, state.now
        start, end = _date_span(event.date)
        # What an entry and an event row both say of the event, in their columns' order.
        described = [
            event.date,
            event.precision,
            start,
            end,
            event.summary,
            event.lang,
            _json_text(tuple(event.topics)),
            _json_text(tuple(event.actors)),
            _json_text(tuple(event.types)),
        ]
        candidates = self._entry_candidates(event.topics, start, end, state)
        match = best_match(event, candidates)
        if match is None:
            # A new entry: this dispatch is its first source (salience counts dispatches).
            entry_id = sql(
                """insert into entries (date, precision, date_start, date_end, summary, lang,
                     topics, actors, types, salience, created_at, updated_at)
                   values (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)""",
                [*described, now, now],
            ).lastrowid
            self.db.conn.executemany(
                """insert into entry_topics (topic, entry_id, date_start, date_end, salience)
                   values (?, ?, ?, ?, 1)""",
                [(t, entry_id, start, end) for t in event.topics],
            )
            created = 1
            # Its topics are all new, but this dispatch, counted anyway, is its only source.
            topics, new_topics = list(event.topics), []
            entry_date, entry_precision = event.date, event.precision
        else:
            entry_id = match.id
            first_report = entry_id not in state.entries
            topics, new_topics = self._merge_into(match, event, now, first_report)
            if first_report:
                state.merged_entries.append(entry_id)
            created = 0
            entry_date, entry_precision = match.date, match.precision
        state.entries.add(entry_id)
        self._index_dates(entry_id, entry_date, entry_precision, topics, new_topics, state=state)
        state.event_rows.append([dispatch_id, entry_id, *described, event.start, event.end])
        return created

    def _entry_candidates(
        self, topics: Sequence[str], start: str, end: str, state: _DispatchIngest
    ) -> list[EntryCandidate]:
        """Entries of a shared topic that lie within the event's dates: the same date, or a
        more precise one inside it (one index range per topic, whatever the topic's size)."""
        if not topics:
            return []
        marks = ",".join("?" for _ in topics)
        rows = self.db.execute(
            f"""select e.id, e.date, e.precision, e.summary, e.topics, e.actors, e.types
                from entries e where e.id in
                  (select entry_id from entry_topics where topic in ({marks})
                     and date_start between ? and ? and date_end <= ?)
                order by e.salience desc, e.id limit {CANDIDATE_LIMIT}""",
            [*topics, start, end, end],
        ).fetchall()
        same_dispatch = state.entries
        return [
            _candidate(row, True) if row[0] in same_dispatch else _candidate(row, False)
            for row in rows
        ]

    def _merge_into(
        self, entry: EntryCandidate, event: EventMention, now: str, first_report: bool
    ) -> tuple[list[str], list[str]]:
        """Fold the event into the entry (one more source when it is the dispatch's first
        report of it); returns the entry's topics and those it just gained."""
        topics = list(dict.fromkeys([*entry.topics, *event.topics]))
        actors = list(dict.fromkeys([*entry.actors, *event.actors]))
        types = list(dict.fromkeys([*entry.types, *event.types]))
        if "other" in types and len(types) > 1:
            types.remove("other")
        summary, lang = None, None
        if len(content_words(event.summary)) > len(content_words(entry.summary)):
            # The most complete telling becomes the entry's description.
            summary, lang = event.summary, event.lang
        changed = (
            summary is not None
            or tuple(topics) != entry.topics
            or tuple(actors) != entry.actors
            or tuple(types) != entry.types
        )
        if changed or first_report:  # a clause repeating what the entry says changes nothing
            self.db.conn.execute(
                """update entries set topics = ?, actors = ?, types = ?, updated_at = ?,
                     summary = coalesce(?, summary), lang = coalesce(?, lang),
                     salience = salience + ?
                   where id = ?""",
                [
                    _json_text(tuple(topics)),
                    _json_text(tuple(actors)),
                    _json_text(tuple(types)),
                    now,
                    summary,
                    lang,
                    int(first_report),
                    entry.id,
                ],
            )
        new_topics = [t for t in topics if t not in entry.topics]
        if new_topics:
            self.db.conn.executemany(
                """insert or ignore into entry_topics
                     (topic, entry_id, date_start, date_end, salience)
                   select ?, id, date_start, date_end, salience from entries where id = ?""",
                [(t, entry.id) for t in new_topics],
            )
        return topics, new_topics

    def _index_dates(
        self,
        entry_id: int,
        date: str,
        precision: str,
        topics: Sequence[str],
        new_topics: Sequence[str],
        *,
        state: _DispatchIngest,
    ) -> None:
        """Note what counts towards the entry's (topic, date) pairs (the DATEWISE salience of
        timeline dates): the dispatch, and for topics the entry just gained, all its sources;
        `_count_date_sources` writes them at the end of the dispatch."""
        dispatch_id = state.dispatch_id
        sql = self.db.conn.execute
        pairs = {(t, dispatch_id) for t in topics if (t, date) not in state.counted}
        if new_topics:
            sources = [
                r[0]
                for r in sql("select dispatch_id from entry_sources where entry_id = ?", [entry_id])
            ]
            pairs |= {(topic, source) for topic in new_topics for source in sources}
        state.counted.update((topic, date) for topic in topics)
        state.date_sources.update((topic, date, source) for topic, source in pairs)
        state.date_precision.setdefault(date, precision)

    def _store_deferred(self, state: _DispatchIngest) -> None:
        """Write what the dispatch's events left for its end: its sources, the salience of the
        entries it joined, its events, and its counts towards timeline dates."""
        conn = self.db.conn
        dispatch_id = state.dispatch_id
        conn.executemany(
            "insert into entry_sources (entry_id, dispatch_id, published) values (?, ?, ?)",
            [(entry_id, dispatch_id, state.published) for entry_id in sorted(state.entries)],
        )
        conn.executemany(
            """update entry_topics set salience = (select salience from entries where id = ?)
               where entry_id = ?""",
            [(entry_id, entry_id) for entry_id in state.merged_entries],
        )
        conn.executemany(
            """insert into events (dispatch_id, entry_id, date, precision, date_start, date_end,
                 summary, lang, topics, actors, types, start, end)
               values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            state.event_rows,
        )
        self._count_date_sources(state)

    def _count_date_sources(self, state: _DispatchIngest) -> None:
        """Add the dispatch's (topic, date, source) triples not counted yet, and raise each
        (topic, date)'s salience by the sources it gained; a new pair is a new timeline date."""
        conn = self.db.conn
        own = state.dispatch_id
        counted: set[tuple[str, str, str]] = set()  # a dispatch being stored has none yet
        # An entry gaining a topic brings its older sources, some of them counted already.
        older = sorted(triple for triple in state.date_sources if triple[2] != own)
        if older:
            counted.update(
                (topic, date, source)
                for source, topic, date in conn.execute(
                    """select dispatch_id, topic, date from topic_date_sources
                       where (dispatch_id, topic, date) in
                         (select json_extract(value, '$[2]'), json_extract(value, '$[0]'),
                                 json_extract(value, '$[1]') from json_each(?))""",
                    [json.dumps(older, ensure_ascii=False)],
                )
            )
        fresh = state.date_sources - counted
        if not fresh:
            return
        conn.executemany(
            "insert into topic_date_sources (dispatch_id, topic, date) values (?, ?, ?)",
            sorted((source, topic, date) for topic, date, source in fresh),
        )
        gained = Counter((topic, date) for topic, date, _ in fresh)
        known = {
            (topic, date)
            for topic, date in conn.execute(
                """select topic, date from topic_dates where (topic, date) in
                     (select json_extract(value, '$[0]'), json_extract(value, '$[1]')
                        from json_each(?))""",
                [json.dumps(list(gained), ensure_ascii=False)],
            )
        }
        conn.executemany(
            "update topic_dates set salience = salience + ? where topic = ? and date = ?",
            [(count, *pair) for pair, count in gained.items() if pair in known],
        )
        new_pairs = [pair for pair in gained if pair not in known]
        conn.executemany(
            """insert into topic_dates (topic, date, precision, date_start, date_end, salience)
               values (?, ?, ?, ?, ?, ?)""",
            [
                (topic, date, state.date_precision[date], *_date_span(date), gained[topic, date])
                for topic, date in new_pairs
            ],
        )
        for topic, _ in new_pairs:
            state.new_dates[topic] += 1

    def _uncount_date_sources(self, dispatch_id: str) -> set[str]:
        """Take a dispatch out of the DATEWISE counts: each (topic, date) it counted for has
        one source less, and a date no dispatch reports any more leaves the timeline.
        Returns the topics whose timelines changed."""
        pairs = self.db.execute(
            "select topic, date from topic_date_sources where dispatch_id = ?", [dispatch_id]
        ).fetchall()
        self.db.execute("delete from topic_date_sources where dispatch_id = ?", [dispatch_id])
        self.db.conn.executemany(
            "update topic_dates set salience = salience - 1 where topic = ? and date = ?", pairs
        )
        self.db.conn.executemany(
            "delete from topic_dates where topic = ? and date = ? and salience <= 0", pairs
        )
        return {topic for topic, _ in pairs}

    def _refresh_salience(self, entry_id: int) -> None:
        (salience,) = self.db.execute(
            "select count(*) from entry_sources where entry_id = ?", [entry_id]
        ).fetchone()
        self.db.execute("update entries set salience = ? where id = ?", [salience, entry_id])
        self.db.execute(
            "update entry_topics set salience = ? where entry_id = ?", [salience, entry_id]
        )

    def _count_topics(self, topics: Iterable[str], new_dates: Counter[str]) -> None:
        """One more dispatch for each topic; its timeline has `new_dates[topic]` more dates."""
        gazetteer = Gazetteer.default()
        self.db.conn.executemany(
            """insert into topics (topic, label, kind, dispatches, entries) values (?, ?, ?, 1, ?)
               on conflict(topic) do update set dispatches = dispatches + 1,
                 entries = entries + excluded.entries""",
            [(t, gazetteer.label(t), gazetteer.kind(t), new_dates[t]) for t in topics],
        )

    def _queue_announcements(self, dispatch_id: str, topics: Sequence[str], now: str) -> int:
        rows = self.db.execute(
            """select id, channel_id from subscriptions
               where active = 1 and (topic = '' or topic in (select value from json_each(?)))""",
            [json.dumps(list(topics))],
        ).fetchall()
        seen_channels = set()
        queued = 0
        for subscription_id, channel_id in rows:
            if channel_id in seen_channels:
                continue  # a channel following two of the dispatch's topics gets one post
            seen_channels.add(channel_id)
            self.db["outbox"].insert(
                {
                    "dispatch_id": dispatch_id,
                    "subscription_id": subscription_id,
                    "channel_id": channel_id,
                    "nonce": announcement_nonce(dispatch_id, channel_id),
                    "status": "pending",
                    "attempts": 0,
                    "next_attempt_at": now,
                    "created_at": now,
                },
                ignore=True,
            )
            queued += 1
        return queued

    # -- reading -----------------------------------------------------------------------------

    def _dispatch_record(self, row: dict) -> DispatchRecord:
        return DispatchRecord(
            id=row["id"],
            published=row["published"],
            section=row["section"] or "",
            section_en=row["section_en"],
            headline=row["headline"],
            lang=row["lang"],
            source=row["source"] or "",
            summary=_json_list(row["summary"]),
            topics=_json_list(row["topics"]),
            ingested_at=row["ingested_at"],
        )

    @_locked
    def dispatch(self, id_or_prefix: str) -> DispatchRecord | None:
        """A dispatch by its id or an unambiguous prefix of it (at least 4 characters)."""
        key = id_or_prefix.strip().lower()
        if len(key) < 4 or not key.isalnum():
            return None
        rows = list(
            self.db.query(
                "select * from dispatches where id >= ? and id < ? order by id limit 2",
                [key, key + "\uffff"],
            )
        )
        if len(rows) != 1 and not (rows and rows[0]["id"] == key):
            return None
        return self._dispatch_record(rows[0])

    @_locked
    def dispatch_text(self, dispatch_id: str) -> str | None:
        row = self.db.execute(
            "select header, body from dispatches where id = ?", [dispatch_id]
        ).fetchone()
        return row[0] + row[1] if row else None

    @_locked
    def dispatches(self, ids: Iterable[str]) -> dict[str, DispatchRecord]:
        """The dispatches with these exact ids (unknown ids are left out), by id."""
        wanted = list(dict.fromkeys(ids))
        found: dict[str, DispatchRecord] = {}
        for chunk_start in range(0, len(wanted), 500):
            chunk = wanted[chunk_start : chunk_start + 500]
            marks = ",".join("?" * len(chunk))
            for row in self.db.query(f"select * from dispatches where id in ({marks})", chunk):
                found[row["id"]] = self._dispatch_record(row)
        return found

    @_locked
    def events_of(self, dispatch_id: str) -> list[EventRecord]:
        return [
            EventRecord(
                id=r["id"],
                dispatch_id=r["dispatch_id"],
                entry_id=r["entry_id"],
                date=r["date"],
                precision=r["precision"],
                summary=r["summary"],
                lang=r["lang"],
                topics=_json_list(r["topics"]),
                actors=_json_list(r["actors"]),
                types=_json_list(r["types"]),
            )
            for r in self.db.query(
                "select * from events where dispatch_id = ? order by date_start, id", [dispatch_id]
            )
        ]

    @_locked
    def latest(self, count: int = 5) -> list[DispatchRecord]:
        return [
            self._dispatch_record(r)
            for r in self.db.query(
                "select * from dispatches order by published desc, ingested_at desc, id limit ?",
                [count],
            )
        ]

    @_locked
    def timeline(
        self,
        topic: str,
        start: dt.date | None = None,
        end: dt.date | None = None,
        limit: int | None = None,
        lang: str | None = None,
        *,
        happenings: int | None = None,
        sources: int | None = None,
    ) -> Timeline:
        """A topic's dates in chronological order, each with its happenings and sources;
        with `limit`, only the dates most dispatches report (DATEWISE). `happenings` and
        `sources` keep only the most reported happenings of a date and the first reports of
        each (what a chat page shows), so a page costs the same at any size."""
        where, args = ["topic = ?"], [topic]
        if start:
            where.append("date_end >= ?")
            args.append(start.isoformat())
        if end:
            where.append("date_start <= ?")
            args.append(end.isoformat())
        clause = " and ".join(where)
        (total,) = self.db.execute(
            f"select count(*) from topic_dates where {clause}", args
        ).fetchone()
        order = "salience desc, date_start desc, date" if limit else "date_start, date_end, date"
        suffix = f" limit {int(limit)}" if limit else ""
        dates = self.db.execute(
            f"select date, precision, salience, date_start from topic_dates where {clause} "
            f"order by {order}{suffix}",
            args,
        ).fetchall()
        rows: list[dict] = []
        counts: dict[str, int] = {}
        if happenings:
            for date, _, _, date_start in dates:
                found = self._happening_rows(topic, date, date_start, happenings)
                rows += found
                counts[date] = (
                    len(found)
                    if len(found) < happenings
                    else self.db.execute(
                        """select count(*) from entry_topics t join entries e on e.id = t.entry_id
                       where t.topic = ? and t.date_start = ? and e.date = ?""",
                        [topic, date_start, date],
                    ).fetchone()[0]
                )
        else:
            for chunk_start in range(0, len(dates), 400):
                chunk = dates[chunk_start : chunk_start + 400]
                marks = ",".join("?" * len(chunk))
                rows += self.db.query(
                    f"""select e.* from entry_topics t join entries e on e.id = t.entry_id
                        where t.topic = ? and t.date_start in ({marks})
                          and e.date in ({marks})""",
                    [topic, *(d[3] for d in chunk), *(d[0] for d in chunk)],
                )
        by_date: dict[str, list[Entry]] = {}
        for happening in self._entries(rows, lang, sources):
            by_date.setdefault(happening.date, []).append(happening)
        entries = []
        for date, precision, salience, _ in dates:
            told = sorted(by_date.get(date, []), key=lambda h: (-h.salience, -len(h.summary), h.id))
            if not told:
                continue
            entries.append(
                TimelineEntry(
                    date=date,
                    precision=precision,
                    summary=told[0].summary,
                    topics=list(dict.fromkeys(t for h in told for t in h.topics)),
                    sources=list(dict.fromkeys(s for h in told for s in h.sources)),
                    salience=salience,
                    happenings=told,
                    happening_total=counts.get(date, len(told)),
                )
            )
        entries.sort(key=lambda e: (*sort_key(e.date), e.date))
        return Timeline(topic=topic, entries=entries, total=total)

    def _happening_rows(self, topic: str, date: str, date_start: str, limit: int) -> list[dict]:
        return list(
            self.db.query(
                """select e.* from entry_topics t join entries e on e.id = t.entry_id
                   where t.topic = ? and t.date_start = ? and e.date = ?
                   order by t.salience desc, e.id limit ?""",
                [topic, date_start, date, limit],
            )
        )

    @_locked
    def top_happenings(
        self,
        topic: str,
        since: dt.date | None = None,
        limit: int = 40,
        sources: int = 5,
        lang: str | None = None,
    ) -> list[Entry]:
        """A topic's most reported happenings (from `since` on), most reported first."""
        extra, args = "", [topic]
        if since:
            extra = " and t.date_end >= ?"
            args.append(since.isoformat())
        rows = list(
            self.db.query(
                f"""select e.* from entry_topics t join entries e on e.id = t.entry_id
                    where t.topic = ?{extra} order by t.salience desc, e.id limit ?""",
                [*args, limit],
            )
        )
        return self._entries(rows, lang, sources)

    def _entries(
        self, rows: list[dict], lang: str | None, sources_cap: int | None = None
    ) -> list[Entry]:
        ids = [r["id"] for r in rows]
        sources: dict[int, list[str]] = {i: [] for i in ids}
        localized: dict[int, str] = {}
        if sources_cap:
            for entry_id in ids:
                sources[entry_id] = [
                    r[0]
                    for r in self.db.execute(
                        """select dispatch_id from entry_sources where entry_id = ?
                           order by published, dispatch_id limit ?""",
                        [entry_id, sources_cap],
                    )
                ]
                if lang:
                    row = self.db.execute(
                        """select summary from events where entry_id = ? and lang = ?
                           order by length(summary) desc limit 1""",
                        [entry_id, lang],
                    ).fetchone()
                    if row:
                        localized[entry_id] = row[0]
        else:
            for chunk_start in range(0, len(ids), 500):
                chunk = ids[chunk_start : chunk_start + 500]
                marks = ",".join("?" * len(chunk))
                for entry_id, dispatch_id in self.db.execute(
                    f"""select entry_id, dispatch_id from entry_sources
                        where entry_id in ({marks}) order by published, dispatch_id""",
                    chunk,
                ):
                    sources[entry_id].append(dispatch_id)
                if lang:
                    for entry_id, summary in self.db.execute(
                        f"""select entry_id, summary from events
                            where entry_id in ({marks}) and lang = ?
                            order by length(summary)""",
                        [*chunk, lang],
                    ):
                        localized[entry_id] = summary
        return [
            Entry(
                id=r["id"],
                date=r["date"],
                precision=r["precision"],
                summary=localized.get(r["id"], r["summary"]),
                lang=lang if r["id"] in localized else r["lang"],
                topics=_json_list(r["topics"]),
                actors=_json_list(r["actors"]),
                types=_json_list(r["types"]),
                sources=sources[r["id"]],
                salience=r["salience"],
            )
            for r in rows
        ]

    @_locked
    def topic_dispatches(
        self, topic: str, since: dt.date | None = None, limit: int = 20
    ) -> list[DispatchRecord]:
        """The latest dispatches about a topic."""
        args: list = [topic]
        extra = ""
        if since:
            extra = " and d.published >= ?"
            args.append(since.isoformat())
        return [
            self._dispatch_record(r)
            for r in self.db.query(
                f"""select d.* from dispatch_topics t join dispatches d on d.id = t.dispatch_id
                where t.topic = ?{extra.replace("d.published", "t.published")}
                order by t.published desc, t.dispatch_id limit {int(limit)}""",
                args,
            )
        ]

    @_locked
    def topics(self) -> list[TopicCount]:
        return [
            TopicCount(
                r["topic"], r["label"] or r["topic"], r["kind"] or "", r["dispatches"], r["entries"]
            )
            for r in self.db.query(
                "select * from topics order by dispatches desc, entries desc, topic"
            )
        ]

    @_locked
    def search(self, words: str, limit: int = 10) -> list[SearchHit]:
        """Full-text search over headlines and bodies, newest first; any input is safe (it is
        quoted). Newest first also keeps it fast: ranking every match of a common word by
        relevance grows with the archive, reading the index from its end does not."""
        query = self.db.quote_fts(words.strip())
        if query.strip('" ') == "":
            return []
        try:
            rows = self.db.execute(
                """select d.id, d.published, d.headline,
                          snippet(dispatches_fts, 1, '**', '**', '…', 16)
                   from dispatches_fts f join dispatches d on d.rowid = f.rowid
                   where dispatches_fts match ? order by f.rowid desc limit ?""",
                [query, limit],
            ).fetchall()
        except sqlite3.OperationalError:
            return []
        return [SearchHit(*row) for row in rows]

    @_locked
    def stats(self) -> Stats:
        def count(table: str, where: str = "") -> int:
            return self.db.execute(f"select count(*) from {table} {where}").fetchone()[0]

        (last,) = self.db.execute("select max(ingested_at) from dispatches").fetchone()
        return Stats(
            dispatches=count("dispatches"),
            events=count("events"),
            entries=count("entries"),
            topics=count("topics"),
            subscriptions=count("subscriptions", "where active = 1"),
            pending_announcements=count("outbox", "where status = 'pending'"),
            last_ingest=last,
            schema=[m.name for m in migrations.applied(self.db)],
        )

    # -- admin -------------------------------------------------------------------------------

    @_locked
    def forget(self, dispatch_id: str) -> bool:
        """Remove a dispatch and everything derived from it; entries it alone supported go too."""
        with self.db.atomic():
            if not self.has_dispatch(dispatch_id):
                return False
            entry_ids = [
                r[0]
                for r in self.db.execute(
                    "select entry_id from entry_sources where dispatch_id = ?", [dispatch_id]
                )
            ]
            topics = [
                r[0]
                for r in self.db.execute(
                    "select topic from dispatch_topics where dispatch_id = ?", [dispatch_id]
                )
            ]
            for table in ("events", "entry_sources", "mentions", "dispatch_topics", "outbox"):
                self.db.execute(f"delete from {table} where dispatch_id = ?", [dispatch_id])
            for entry_id in entry_ids:
                self._refresh_salience(entry_id)
            self.db.execute(
                """delete from entry_topics where entry_id in
                   (select id from entries where salience = 0)"""
            )
            self.db.execute("delete from entries where salience = 0")
            # Topics it counted for through entries that other dispatches gave them count too.
            topics = sorted({*topics, *self._uncount_date_sources(dispatch_id)})
            self.db.execute("delete from dispatches where id = ?", [dispatch_id])
            self.db.execute(
                """update topics set
                     dispatches = (select count(*) from dispatch_topics d
                                   where d.topic = topics.topic),
                     entries = (select count(*) from topic_dates t where t.topic = topics.topic)
                   where topic in (select value from json_each(?))""",
                [json.dumps(topics)],
            )
            self.db.execute("delete from topics where dispatches = 0")
        return True

    @_locked
    def add_alias(self, alias: str, topic: str, added_by: int | None = None) -> None:
        self.db["aliases"].upsert(
            {"alias": alias.strip(), "topic": topic, "added_by": added_by, "added_at": _now()},
            pk="alias",
        )

    @_locked
    def aliases(self) -> list[tuple[str, str]]:
        return [(r[0], r[1]) for r in self.db.execute("select alias, topic from aliases")]

    @_locked
    def add_era(self, era: Era, added_by: int | None = None) -> None:
        self.db["eras"].upsert(
            {
                "key": era.key,
                "names": json.dumps(list(era.names), ensure_ascii=False),
                "start": era.start.isoformat(),
                "end": era.end.isoformat(),
                "added_by": added_by,
                "added_at": _now(),
            },
            pk="key",
        )

    @_locked
    def eras(self) -> list[Era]:
        return [
            Era(
                r["key"],
                tuple(_json_list(r["names"])),
                dt.date.fromisoformat(r["start"]),
                dt.date.fromisoformat(r["end"]),
            )
            for r in self.db.query("select * from eras order by key")
        ]

    # -- subscriptions and announcements -----------------------------------------------------

    @_locked
    def subscribe(
        self, guild_id: int | None, channel_id: int, topic: str, created_by: int | None
    ) -> bool:
        """Follow a topic ('' = everything) in a channel; False if it was already followed."""
        with self.db.atomic():
            existing = self.db.execute(
                "select id, active from subscriptions where channel_id = ? and topic = ?",
                [channel_id, topic],
            ).fetchone()
            if existing and existing[1]:
                return False
            if existing:
                self.db["subscriptions"].update(
                    existing[0], {"active": 1, "disabled_reason": None, "created_by": created_by}
                )
            else:
                self.db["subscriptions"].insert(
                    {
                        "guild_id": guild_id,
                        "channel_id": channel_id,
                        "topic": topic,
                        "created_by": created_by,
                        "created_at": _now(),
                        "active": 1,
                    }
                )
        return True

    @_locked
    def unsubscribe(self, channel_id: int, topic: str | None) -> int:
        """Stop following a topic in a channel (every topic when None); returns how many."""
        if topic is None:
            cursor = self.db.execute("delete from subscriptions where channel_id = ?", [channel_id])
        else:
            cursor = self.db.execute(
                "delete from subscriptions where channel_id = ? and topic = ?", [channel_id, topic]
            )
        return cursor.rowcount

    @_locked
    def subscriptions(self, guild_id: int | None = None) -> list[Subscription]:
        where, args = ("where guild_id = ?", [guild_id]) if guild_id is not None else ("", [])
        return [
            Subscription(
                r["id"],
                r["guild_id"],
                r["channel_id"],
                r["topic"],
                r["created_by"],
                bool(r["active"]),
                r["disabled_reason"],
            )
            for r in self.db.query(f"select * from subscriptions {where} order by id", args)
        ]

    @_locked
    def disable_subscriptions(self, channel_id: int, reason: str) -> list[Subscription]:
        """Stop posting to a channel that is gone or forbids us; returns what was disabled."""
        with self.db.atomic():
            disabled = [s for s in self.subscriptions() if s.channel_id == channel_id and s.active]
            self.db.execute(
                "update subscriptions set active = 0, disabled_reason = ? where channel_id = ?",
                [reason, channel_id],
            )
            self.db.execute(
                """update outbox set status = 'failed', last_error = ?
                   where channel_id = ? and status = 'pending'""",
                [reason, channel_id],
            )
        return [replace(s, active=False, disabled_reason=reason) for s in disabled]

    @_locked
    def due_announcements(self, limit: int = 20) -> list[Announcement]:
        return [
            Announcement(
                r["id"],
                r["dispatch_id"],
                r["subscription_id"],
                r["channel_id"],
                r["nonce"],
                r["attempts"],
            )
            for r in self.db.query(
                """select * from outbox where status = 'pending' and next_attempt_at <= ?
                   order by id limit ?""",
                [_now(), limit],
            )
        ]

    @_locked
    def next_announcement_at(self) -> dt.datetime | None:
        """When the earliest pending announcement falls due (None when nothing is pending)."""
        (when,) = self.db.execute(
            "select min(next_attempt_at) from outbox where status = 'pending'"
        ).fetchone()
        return dt.datetime.fromisoformat(when) if when else None

    @_locked
    def mark_sent(self, announcement_id: int, message_id: int) -> None:
        with self.db.atomic():
            self.db["outbox"].update(
                announcement_id, {"status": "sent", "message_id": message_id, "sent_at": _now()}
            )

    @_locked
    def mark_failed(self, announcement_id: int, error: str, retry_in: dt.timedelta | None) -> None:
        """Record a failed delivery: retry later, or give up when `retry_in` is None."""
        with self.db.atomic():
            row = self.db["outbox"].get(announcement_id)
            update = {"attempts": row["attempts"] + 1, "last_error": error[:500]}
            if retry_in is None:
                update["status"] = "failed"
            else:
                update["next_attempt_at"] = (dt.datetime.now(dt.UTC) + retry_in).isoformat(
                    timespec="seconds"
                )
            self.db["outbox"].update(announcement_id, update)
