"""kill -9 during an ingest: each dispatch is fully in or fully out, and a rerun completes it.

A real `newsline ingest` subprocess is killed with SIGKILL at random moments (after a random
number of stored dispatches, plus a random delay that lands anywhere in the next transaction);
after each kill the database is checked as its next user would find it.
"""

from __future__ import annotations

import contextlib
import random
import signal
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from bot.service import Newsline
from bot.workers import PARALLEL_FROM
from tests.dbcheck import assert_consistent, reader, table_counts
from tests.subprocesses import child_env
from tests.synthetic import write_synthetic


def subscribe(db: Path) -> None:
    """Two channels follow topics, so each ingest also writes outbox rows."""
    service = Newsline.open(db)
    service.store.subscribe(1, 100, "", 7)  # every dispatch
    service.store.subscribe(1, 200, "venezuela", 7)
    service.close()


def ingest_command(folder: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "bot", "ingest", str(folder), "--db", str(db)]


def clean_ingest(folder: Path, db: Path) -> None:
    subscribe(db)
    service = Newsline.open(db)
    outcomes = list(service.ingest_paths([folder]))
    service.close()
    assert all(o.status == "new" for o in outcomes)


def kill_during_ingest(folder: Path, db: Path, after_lines: int, delay: float) -> int:
    """Start an ingest, let it store `after_lines` dispatches, wait `delay`, then SIGKILL it."""
    ingest = subprocess.Popen(
        ingest_command(folder, db),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=child_env(),  # unbuffered: a line means that dispatch's transaction is committed
    )
    with ingest:
        for _ in range(after_lines):
            if not ingest.stdout.readline():
                break
        time.sleep(delay)
        ingest.send_signal(signal.SIGKILL)
        return ingest.wait(60)


def topic_counts(db: Path) -> list[tuple]:
    with closing(reader(db)) as conn:
        query = "select topic, dispatches, entries from topics order by topic"
        return conn.execute(query).fetchall()


def crash_repeatedly_then_complete(tmp_path: Path, count: int, kills: int) -> None:
    seed = random.randrange(2**32)
    print(f"random seed {seed}")  # shown by pytest when the test fails, to replay it
    rng = random.Random(seed)
    folder = tmp_path / "feed"
    write_synthetic(folder, count)
    reference = tmp_path / "reference.db"
    clean_ingest(folder, reference)

    db = tmp_path / "crashed.db"
    subscribe(db)
    interrupted = 0
    for kill in range(kills):
        after_lines = rng.randrange(count)
        delay = rng.choice([0.0, rng.uniform(0, 0.01), rng.uniform(0, 0.2)])
        if kill == 0:
            # At least one kill lands mid-ingest, however fast the machine: early, at once.
            after_lines, delay = rng.randrange(count // 2), 0.0
        status = kill_during_ingest(folder, db, after_lines, delay)
        stored = assert_consistent(db, reference)
        if status == -signal.SIGKILL and len(stored) < count:
            interrupted += 1
    assert interrupted, "no kill landed before the end of the ingest"

    already = len(assert_consistent(db, reference))
    rerun = subprocess.run(
        ingest_command(folder, db),
        capture_output=True,
        text=True,
        env=child_env(),
        timeout=600,
        check=False,
    )
    assert rerun.returncode == 0, rerun.stderr
    assert rerun.stdout.splitlines()[-1] == (
        f"{count - already} new, {already} already known, 0 rejected"
    )
    assert_consistent(db, reference)
    assert table_counts(db) == table_counts(reference)
    assert topic_counts(db) == topic_counts(reference)


def test_kill_9_during_ingest_leaves_whole_dispatches_and_a_rerun_completes(tmp_path):
    crash_repeatedly_then_complete(tmp_path, count=80, kills=3)


@pytest.mark.long
def test_kill_9_many_times_during_a_big_ingest(tmp_path):
    crash_repeatedly_then_complete(tmp_path, count=400, kills=15)


def child_pids(pid: int) -> list[int]:
    """The processes whose parent is `pid` (read from /proc: Linux, as CI)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError):
                # the fields after the command name: state, then the parent's pid
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                if int(fields[1]) == pid:
                    found.append(int(entry.name))
    return found


def running(pid: int) -> bool:
    with contextlib.suppress(OSError):
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
        return state != "Z"
    return False


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_kill_9_of_a_parallel_ingest_leaves_no_worker_behind(tmp_path):
    # A batch this big is analysed by worker processes; they must not outlive a killed ingest.
    folder = tmp_path / "in"
    write_synthetic(folder, PARALLEL_FROM + 100)
    ingest = subprocess.Popen(
        ingest_command(folder, tmp_path / "db.sqlite"),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=child_env(),
    )
    with ingest:
        for _ in range(20):  # stored dispatches: the workers are analysing
            assert ingest.stdout.readline(), "the ingest ended before its workers started"
        workers = child_pids(ingest.pid)
        ingest.send_signal(signal.SIGKILL)
        ingest.wait(60)
    assert workers, "no worker process was started"
    deadline = time.monotonic() + 30
    while any(running(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not [pid for pid in workers if running(pid)], "workers outlived the killed ingest"
