"""Understanding many dispatches on every core.

Reading and analysing a dispatch (dates, topics, events, summary) is pure CPU work, so a big
batch is analysed in worker processes while the calling process stores the results, one
transaction per dispatch, in the order of the files. Only a bounded window of files is in
flight, so memory stays flat however many files there are.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from timeline.analysis import Analysis, analyse
from timeline.dates import Era
from timeline.dispatch import DispatchError, read_dispatch
from timeline.topics import Gazetteer

log = logging.getLogger(__name__)

CHUNK = 16  # files per task: enough to amortise the round trip, small enough to stream
WINDOW = 4  # tasks in flight per worker
PARALLEL_FROM = 300  # below this many files, starting workers costs more than it saves
WORKER_NICENESS = 5  # how much lower the workers' scheduling priority is
PARENT_CHECK_SECONDS = 1.0  # how often a worker checks that the process it serves still runs


@dataclass(frozen=True, slots=True)
class Rejected:
    """A file that could not be analysed, and why (picklable, unlike DispatchError)."""

    source: str
    reason: str


# What a worker process analyses with, set once when it starts.
_worker: dict = {"gazetteer": None, "eras": ()}


def _start_worker(aliases: list[tuple[str, str]], eras: tuple[Era, ...]) -> None:
    # Analysis yields the CPU to the process that stores: that single writer is what bounds a
    # bulk load, and in the bot it also answers commands and keeps the gateway's heartbeat.
    with contextlib.suppress(OSError):
        os.nice(WORKER_NICENESS)
    # A worker whose parent was killed (kill -9, OOM) would wait on its task queue for ever.
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()
    _worker["gazetteer"] = Gazetteer.default().with_aliases(aliases)
    _worker["eras"] = eras


def _exit_with_parent(parent: int) -> None:
    """End this worker once the process that started it is gone (it is then re-parented)."""
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(0)


def analyse_file(
    path: Path, gazetteer: Gazetteer | None, eras: Sequence[Era]
) -> Analysis | Rejected:
    try:
        return analyse(read_dispatch(path), gazetteer, eras)
    except DispatchError as error:
        return Rejected(error.source, error.reason)
    except Exception as error:  # one broken file never stops a batch
        log.exception("unexpected failure analysing %s", path)
        return Rejected(str(path), f"internal error: {error}")


def _analyse_chunk(paths: list[Path]) -> list[Analysis | Rejected]:
    """A chunk's analyses as the storing process needs them (pickling is its work too)."""
    analyses = [analyse_file(path, _worker["gazetteer"], _worker["eras"]) for path in paths]
    return [a.for_storage() if isinstance(a, Analysis) else a for a in analyses]


def default_workers(files: int) -> int:
    """How many worker processes a batch of this size deserves (1 = analyse in-process)."""
    if files < PARALLEL_FROM:
        return 1
    return max(1, min(os.cpu_count() or 1, 8))


def analysed_files(
    paths: Sequence[Path],
    aliases: list[tuple[str, str]],
    eras: tuple[Era, ...],
    workers: int,
) -> Iterator[tuple[Path, Analysis | Rejected]]:
    """(path, analysis or rejection) for every path, in order, analysed by `workers` processes."""
    chunks = [list(paths[i : i + CHUNK]) for i in range(0, len(paths), CHUNK)]
    # spawn, not fork: the caller may hold threads and open SQLite connections.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        workers, mp_context=context, initializer=_start_worker, initargs=(aliases, eras)
    ) as pool:
        pending: deque[tuple[list[Path], Future | None]] = deque()
        upcoming = iter(chunks)
        in_process: Gazetteer | None = None

        def submit_next() -> None:
            chunk = next(upcoming, None)
            if chunk is None:
                return
            try:
                pending.append((chunk, pool.submit(_analyse_chunk, chunk)))
            except Exception:  # the pool is broken: this chunk is analysed here
                pending.append((chunk, None))

        for _ in range(workers * WINDOW):
            submit_next()
        while pending:
            chunk, future = pending.popleft()
            try:
                if future is None:
                    raise RuntimeError("no worker")
                results = future.result()
            except Exception:  # a worker died: analyse this chunk here rather than lose it
                log.warning("analysing %d files in-process after a worker failure", len(chunk))
                in_process = in_process or Gazetteer.default().with_aliases(aliases)
                results = [analyse_file(path, in_process, eras) for path in chunk]
            submit_next()
            yield from zip(chunk, results, strict=True)
