"""The inbox: a folder whose files are ingested as they arrive (the live feed).

Each file dropped into the inbox is ingested (and so announced: ingest queues the outbox rows
in the same transaction), then moved to `done/`; a file that cannot be a dispatch moves to
`rejected/` beside `<name>.error`, which says why. Nothing is ever overwritten, and a file's
name is never used as a path (see `bot.filenames`).

A file still being written is left alone: a file is read only once its size and modification
time are unchanged across two looks `settle_seconds` apart, and names that writers use while
writing (dotfiles, `*.tmp`, `*.part`) are skipped, so write-then-rename is always safe.

`Inbox.scan` blocks (disk, SQLite, parsing) and works without Discord; `Inbox.run` is the
asyncio side: it scans once for what arrived while nobody was watching, then watches the folder
with watchfiles (or polls it when watching is unavailable), always scanning in a worker thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import os
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bot.filenames import move_into
from bot.service import Newsline
from timeline.dispatch import DispatchError

log = logging.getLogger(__name__)

DONE = "done"
REJECTED = "rejected"
ERROR_SUFFIX = ".error"
# What writers call a file they have not finished (curl, browsers, rsync, editors, us).
UNFINISHED_SUFFIXES = (".tmp", ".part", ".partial", ".crdownload", ".swp", "~")
SETTLE_SECONDS = 0.5
POLL_SECONDS = 5.0


@dataclass(frozen=True, slots=True)
class InboxOutcome:
    """What became of one inbox file."""

    name: str  # the file's name as it arrived
    status: str  # "new" | "known" | "rejected"
    moved_to: Path
    dispatch_id: str | None = None
    headline: str = ""
    reason: str | None = None  # why it was rejected


def is_candidate(name: str) -> bool:
    """A name the inbox should ingest (not a dotfile, not a file still being written)."""
    lowered = name.lower()
    return not name.startswith(".") and not lowered.endswith(UNFINISHED_SUFFIXES)


class Inbox:
    def __init__(
        self,
        service: Newsline,
        folder: Path,
        *,
        settle_seconds: float = SETTLE_SECONDS,
        on_outcome: Callable[[InboxOutcome], None] | None = None,
    ):
        self.service = service
        self.folder = Path(folder)
        self.settle_seconds = settle_seconds
        self.on_outcome = on_outcome
        self._scanning = threading.Lock()
        self._halt = threading.Event()

    @property
    def done(self) -> Path:
        return self.folder / DONE

    @property
    def rejected(self) -> Path:
        return self.folder / REJECTED

    # -- blocking side: call from a worker thread -------------------------------------------

    def waiting(self) -> list[Path]:
        """Files in the inbox that may be dispatches, oldest first (subfolders are not read)."""
        try:
            entries = list(os.scandir(self.folder))
        except FileNotFoundError:
            return []
        found = []
        for entry in entries:
            if not is_candidate(entry.name):
                continue
            try:
                if entry.is_symlink() or entry.is_file(follow_symlinks=False):
                    found.append((entry.stat(follow_symlinks=False).st_mtime_ns, entry.name))
            except FileNotFoundError:
                continue  # gone while we looked
        return [self.folder / name for _, name in sorted(found)]

    def _signatures(self, paths: list[Path]) -> dict[Path, tuple[int, int]]:
        signatures = {}
        for path in paths:
            try:
                info = path.lstat()
            except FileNotFoundError:
                continue
            signatures[path] = (info.st_size, info.st_mtime_ns)
        return signatures

    def scan(self) -> list[InboxOutcome]:
        """Ingest every file that is present and stable; files still changing wait for later."""
        with self._scanning:
            first = self._signatures(self.waiting())
            if not first:
                return []
            if self._halt.wait(self.settle_seconds):
                return []
            second = self._signatures(list(first))
            outcomes = []
            for path, signature in first.items():
                if self._halt.is_set():
                    break
                if second.get(path) != signature:
                    log.debug("inbox: %s is still being written; later", path.name)
                    continue
                outcome = self._take(path)
                if outcome is None:
                    continue
                outcomes.append(outcome)
                if self.on_outcome is not None:
                    self.on_outcome(outcome)
            return outcomes

    def _take(self, path: Path) -> InboxOutcome | None:
        """Ingest one file and move it away; None when it must stay for a later scan."""
        name = path.name
        try:
            if path.is_symlink():
                raise DispatchError(str(path), "a symbolic link (the inbox only reads plain files)")
            result = self.service.ingest_file(path)
        except DispatchError as error:
            if not os.path.lexists(path):
                return None  # taken away (or moved by another watcher) while we read it
            return self._reject(path, error.reason)
        except (sqlite3.Error, OSError) as error:
            # The database or the disk, not the file: keep it and try again on the next scan.
            log.warning("inbox: could not store %s now (%s); will retry", name, error)
            return None
        except Exception as error:  # one broken file must never stop the feed
            log.exception("inbox: unexpected failure ingesting %s", name)
            return self._reject(path, f"internal error: {error}")
        moved_to = self._move(path, self.done)
        if moved_to is None:
            return None
        log.info("inbox: %s %s %s", result.status, result.dispatch_id, name)
        return InboxOutcome(name, result.status, moved_to, result.dispatch_id, result.headline)

    def _reject(self, path: Path, reason: str) -> InboxOutcome | None:
        moved_to = self._move(path, self.rejected, keep_free=(ERROR_SUFFIX,))
        if moved_to is None:
            return None
        stamp = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        error_file = moved_to.with_name(moved_to.name + ERROR_SUFFIX)
        try:
            with open(error_file, "x", encoding="utf-8") as out:
                out.write(f"{path.name}: {reason}\nrejected at {stamp}\n")
        except OSError as error:
            log.error("inbox: could not write %s: %s", error_file, error)
        log.warning("inbox: rejected %s: %s", path.name, reason)
        return InboxOutcome(path.name, "rejected", moved_to, reason=reason)

    def _move(self, path: Path, folder: Path, keep_free: tuple[str, ...] = ()) -> Path | None:
        try:
            return move_into(path, folder, path.name, keep_free)
        except FileNotFoundError:
            return None  # another watcher of the same folder moved it first
        except OSError as error:
            log.error("inbox: could not move %s to %s/: %s", path.name, folder.name, error)
            return None

    def halt(self) -> None:
        """Stop a scan in progress after the file it is on, and scans after it until `run` starts
        again (thread-safe: called from the event loop while the scan runs in its worker)."""
        self._halt.set()

    # -- asyncio side --------------------------------------------------------------------------

    async def run(
        self,
        stop: asyncio.Event,
        *,
        watch: bool = True,
        poll_seconds: float = POLL_SECONDS,
    ) -> None:
        """Scan what arrived while nobody watched, then follow the folder until `stop` is set."""
        self._halt.clear()
        try:
            await asyncio.to_thread(self.folder.mkdir, parents=True, exist_ok=True)
            await self._scan_in_worker()
            if watch:
                try:
                    await self._watch(stop, poll_seconds)
                    return
                except Exception as error:  # no inotify, too many watches, a missing library...
                    if stop.is_set():
                        return
                    log.warning(
                        "inbox: cannot watch %s (%s); polling every %s s instead",
                        self.folder,
                        error,
                        poll_seconds,
                    )
            await self._poll(stop, poll_seconds)
        finally:
            # Cancelled or stopped: a scan still running in its thread stops after its file.
            self._halt.set()

    async def _scan_in_worker(self) -> None:
        try:
            await asyncio.to_thread(self.scan)
        except Exception:
            log.exception("inbox: scan of %s failed; will retry", self.folder)

    async def _watch(self, stop: asyncio.Event, poll_seconds: float) -> None:
        from watchfiles import Change, awatch

        def relevant(change: Change, path: str) -> bool:
            # Files leaving the inbox (our own moves to done/) need no scan.
            return change != Change.deleted and is_candidate(Path(path).name)

        log.info("inbox: watching %s", self.folder)
        async for _changes in awatch(
            self.folder,
            watch_filter=relevant,
            stop_event=stop,
            recursive=False,
            # Wake up now and then even without events, to pick up files that were still being
            # written at the last scan (and anything a network filesystem did not report).
            rust_timeout=int(poll_seconds * 1000),
            yield_on_timeout=True,
        ):
            if stop.is_set():
                return
            await self._scan_in_worker()

    async def _poll(self, stop: asyncio.Event, poll_seconds: float) -> None:
        log.info("inbox: polling %s every %s s", self.folder, poll_seconds)
        while not stop.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), poll_seconds)
            if not stop.is_set():
                await self._scan_in_worker()


def scan_once(service: Newsline, folder: Path | None) -> list[InboxOutcome]:
    """Ingest what waits in the inbox, if there is one (e.g. before the console starts)."""
    if folder is None or not Path(folder).is_dir():
        return []
    return Inbox(service, folder).scan()


def summarize(outcomes: list[InboxOutcome]) -> str:
    new = sum(o.status == "new" for o in outcomes)
    known = sum(o.status == "known" for o in outcomes)
    rejected = sum(o.status == "rejected" for o in outcomes)
    return f"{new} new, {known} already known, {rejected} rejected"
