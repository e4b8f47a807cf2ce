"""The Newsline service: what every front end (CLI, console, Discord) asks of the product.

It joins storage and the pure `timeline` functions. Every method blocks (SQLite, parsing), so
async callers run them with `asyncio.to_thread`.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from bot.workers import Rejected, analyse_file, analysed_files, default_workers
from storage.models import DispatchRecord, EventRecord, IngestResult, Timeline
from storage.store import Store
from timeline.analysis import analyse
from timeline.dates import Era, load_eras
from timeline.dispatch import DispatchError, decode, parse_dispatch, read_dispatch
from timeline.summary import KEY_DATES, Briefing, BriefItem, brief
from timeline.topics import Gazetteer

log = logging.getLogger(__name__)

DISPATCH_SUFFIXES = {".txt", ".md"}


@dataclass(frozen=True, slots=True)
class TopicQuery:
    """A user's topic words, resolved: the topic key, or suggestions when unknown."""

    query: str
    topic: str | None
    label: str
    suggestions: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class DispatchView:
    record: DispatchRecord
    events: list[EventRecord]


@dataclass(frozen=True, slots=True)
class IngestFailure:
    source: str
    reason: str


def dispatch_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Files named directly, and the dispatch files of folders (recursively, sorted)."""
    for path in paths:
        if path.is_dir():
            yield from sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in DISPATCH_SUFFIXES
            )
        else:
            yield path


class Newsline:
    def __init__(self, store: Store):
        self.store = store
        self._lock = threading.Lock()
        self._gazetteer: Gazetteer | None = None
        self._eras: tuple[Era, ...] | None = None

    @classmethod
    def open(cls, db_path: str | os.PathLike) -> Newsline:
        return cls(Store.open(db_path))

    # -- knowledge that admins can extend --------------------------------------------------

    @property
    def gazetteer(self) -> Gazetteer:
        with self._lock:
            if self._gazetteer is None:
                self._gazetteer = Gazetteer.default().with_aliases(self.store.aliases())
            return self._gazetteer

    @property
    def eras(self) -> tuple[Era, ...]:
        with self._lock:
            if self._eras is None:
                custom = self.store.eras()
                custom_keys = {e.key for e in custom}
                self._eras = (*custom, *(e for e in load_eras() if e.key not in custom_keys))
            return self._eras

    def add_alias(self, alias: str, topic: str, added_by: int | None = None) -> None:
        self.store.add_alias(alias, topic, added_by)
        with self._lock:
            self._gazetteer = None

    def add_era(self, era: Era, added_by: int | None = None) -> None:
        self.store.add_era(era, added_by)
        with self._lock:
            self._eras = None

    def resolve_topic(self, query: str) -> TopicQuery:
        query = " ".join(query.split())
        gazetteer = self.gazetteer
        topic = gazetteer.resolve(query)
        if topic is None:
            known = [t.topic for t in self.store.topics()]
            lowered = query.casefold()
            if lowered in known:
                topic = lowered
        if topic is not None:
            return TopicQuery(query, topic, gazetteer.label(topic))
        known = [t.topic for t in self.store.topics()]
        return TopicQuery(query, None, query, gazetteer.suggest(query, known))

    # -- ingest ------------------------------------------------------------------------------

    def ingest_text(self, text: str, source: str) -> IngestResult:
        """Ingest decoded text; raises DispatchError when it cannot be a dispatch."""
        dispatch = parse_dispatch(text, source)
        return self._store(dispatch)

    def ingest_bytes(self, data: bytes, source: str) -> IngestResult:
        return self.ingest_text(decode(data, source), source)

    def ingest_file(self, path: Path) -> IngestResult:
        return self._store(read_dispatch(path))

    def _store(self, dispatch) -> IngestResult:
        if self.store.has_dispatch(dispatch.id):
            return IngestResult(dispatch.source, dispatch.id, "known", dispatch.headline)
        return self.store.ingest(analyse(dispatch, self.gazetteer, self.eras))

    def ingest_paths(
        self, paths: Iterable[Path], workers: int | None = None
    ) -> Iterator[IngestResult | IngestFailure]:
        """Ingest files and folders in order; a bad file is reported and the batch goes on.

        Big batches are analysed by worker processes (`workers`, default: every core from
        PARALLEL_FROM files on) while this process stores each dispatch in its transaction."""
        files = list(dispatch_files(paths))
        workers = default_workers(len(files)) if workers is None else max(1, workers)
        if workers == 1:
            gazetteer, eras = self.gazetteer, self.eras
            outcomes = ((path, analyse_file(path, gazetteer, eras)) for path in files)
            yield from self._store_all(outcomes)
            return
        outcomes = analysed_files(files, self.store.aliases(), self.eras, workers)
        with self.store.batch():
            yield from self._store_all(outcomes)

    def _store_all(self, outcomes) -> Iterator[IngestResult | IngestFailure]:
        for path, outcome in outcomes:
            if isinstance(outcome, Rejected):
                yield IngestFailure(outcome.source, outcome.reason)
                continue
            try:
                yield self.store.ingest(outcome)
            except Exception as error:  # one broken file must never stop a batch
                log.exception("unexpected failure storing %s", path)
                yield IngestFailure(str(path), f"internal error: {error}")

    def ingest_upload(self, data: bytes, name: str) -> IngestResult | IngestFailure:
        """One file a person sent (a Discord attachment, pasted text); reports, never raises."""
        try:
            return self.ingest_bytes(data, name)
        except DispatchError as error:
            return IngestFailure(name, error.reason)
        except Exception:  # one broken file must never stop a batch
            log.exception("unexpected failure ingesting upload %s", name)
            return IngestFailure(name, "internal error (the details are in the bot's log)")

    def forget(self, dispatch_id: str) -> bool:
        """Remove a dispatch and what only it supported; False if it was not there."""
        return self.store.forget(dispatch_id)

    def dispatch_records(self, ids) -> dict[str, DispatchRecord]:
        return self.store.dispatches(ids)

    def integrity(self) -> str | None:
        """The database's own integrity check ("ok" when sound), where the store offers one."""
        check = getattr(self.store, "integrity_check", None)
        if check is None:
            return None
        result = check()
        if isinstance(result, str):
            return result
        if isinstance(result, bool):
            return "ok" if result else "problems found"
        return "ok" if not result else "; ".join(map(str, result))[:200]

    # -- reading -----------------------------------------------------------------------------

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
        return self.store.timeline(
            topic, start, end, limit, lang, happenings=happenings, sources=sources
        )

    def brief(
        self, topic: str, since: dt.date | None = None, lang: str | None = None, size: int = 5
    ) -> Briefing:
        """A short briefing: latest developments first, then key background, each cited.

        Reads only what a briefing can use (the newest dispatches, the most reported
        happenings and dates), so it costs the same for a topic of ten or ten thousand."""
        recent = [
            BriefItem(d.summary[0], d.published, "day", (d.id,), 1, d.lang)
            for d in self.store.topic_dispatches(topic, since, limit=size * 4)
            if d.summary
        ]
        background = [
            BriefItem(h.summary, h.date, h.precision, tuple(h.sources), h.salience, h.lang)
            for h in self.store.top_happenings(topic, since, limit=size * 8, lang=lang)
        ]
        key_dates = self.store.timeline(
            topic, since, None, KEY_DATES, lang, happenings=1, sources=3
        )
        dates = [
            BriefItem(e.summary, e.date, e.precision, tuple(e.sources), e.salience, "")
            for e in key_dates.entries
        ]
        return brief(recent, background, dates, size=size, lang=lang)

    def dispatch(self, id_or_prefix: str) -> DispatchView | None:
        record = self.store.dispatch(id_or_prefix)
        if record is None:
            return None
        return DispatchView(record, self.store.events_of(record.id))

    def search(self, words: str, limit: int = 10):
        return self.store.search(words, limit)

    def topics(self):
        return self.store.topics()

    def latest(self, count: int = 5) -> list[DispatchRecord]:
        return self.store.latest(count)

    def stats(self):
        return self.store.stats()

    def integrity_check(self) -> str:
        """`ok`, or what SQLite found damaged; slow on a big file, so call it in a thread."""
        return self.store.integrity_check()

    def close(self) -> None:
        self.store.close()


def open_service(db_path: str | os.PathLike | None = None) -> Newsline:
    from bot.settings import Settings

    path = Path(db_path) if db_path else Settings().db
    return Newsline.open(path)
