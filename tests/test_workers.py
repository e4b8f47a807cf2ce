"""Bulk ingest with worker processes: it stores exactly what one process stores, and the
workers leave the CPU to the process that stores."""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from bot.service import Newsline
from bot.workers import WORKER_NICENESS, _start_worker
from tests.dbcheck import assert_consistent, contents
from tests.synthetic import write_synthetic


def ingest(folder: Path, db: Path, workers: int) -> list:
    service = Newsline.open(db)
    try:
        return list(service.ingest_paths([folder], workers))
    finally:
        service.close()


def outcome(result) -> str:
    return getattr(result, "status", None) or f"rejected: {result.reason}"


def test_worker_processes_store_what_one_process_stores(tmp_path):
    folder = tmp_path / "feed"
    write_synthetic(folder, 60)
    (folder / "broken.txt").write_bytes(b"\x00\x01 not a dispatch")
    alone = ingest(folder, tmp_path / "alone.db", workers=1)
    shared = ingest(folder, tmp_path / "shared.db", workers=2)
    assert [outcome(o) for o in shared] == [outcome(o) for o in alone]
    assert sum(outcome(o) == "new" for o in shared) == 60
    assert [Path(o.source).name for o in shared if outcome(o) != "new"] == ["broken.txt"]
    assert_consistent(tmp_path / "shared.db", tmp_path / "alone.db")
    assert contents(tmp_path / "shared.db") == contents(tmp_path / "alone.db")


def test_analysis_workers_yield_the_cpu_to_the_storing_process():
    """The single writer bounds a bulk load (and, in the bot, answers commands): the
    analysis processes run at a lower priority than it."""
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        1, mp_context=context, initializer=_start_worker, initargs=([], ())
    ) as pool:
        worker_niceness = pool.submit(os.nice, 0).result()
    assert worker_niceness == min(19, os.nice(0) + WORKER_NICENESS)
