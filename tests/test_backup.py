"""Backups taken while the database is written, restores, and the integrity check."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from bot.cli import main
from storage.backup import integrity_check_file
from storage.store import Store
from tests.dbcheck import assert_consistent, table_counts
from tests.helpers import SEED, SEEDS
from tests.subprocesses import child_env
from tests.synthetic import write_synthetic


@pytest.fixture(autouse=True)
def no_env_file(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    for name in ("DISCORD_TOKEN", "NEWSLINE_DB", "NEWSLINE_INBOX"):
        monkeypatch.delenv(name, raising=False)


def test_backups_of_a_database_being_written_are_whole_snapshots(tmp_path, capsys):
    folder = tmp_path / "feed"
    write_synthetic(folder, 300)
    db = tmp_path / "live.db"
    store = Store.open(db)
    store.subscribe(1, 100, "", 1)  # every dispatch queues an announcement too
    store.close()
    writer = subprocess.Popen(
        [sys.executable, "-m", "bot", "ingest", str(folder), "--db", str(db)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=child_env(),
    )
    writer.stdout.readline()  # the writer is under way
    snapshots = []
    while writer.poll() is None and len(snapshots) < 20:
        target = tmp_path / f"backup-{len(snapshots)}.db"
        assert main(["backup", str(target), "--db", str(db)]) == 0
        snapshots.append(target)
    writer.stdout.read()
    assert writer.wait(120) == 0
    assert snapshots, "the writer finished before a backup could be taken"
    for snapshot in snapshots:
        assert_consistent(snapshot)
        counts = table_counts(snapshot)
        assert counts["outbox"] == counts["dispatches"]
    final = tmp_path / "final.db"
    assert main(["backup", str(final), "--db", str(db)]) == 0
    assert table_counts(final) == table_counts(db)
    assert table_counts(final)["dispatches"] == 300
    out = capsys.readouterr().out
    assert "integrity ok" in out
    # A backup is one self-contained file: no write-ahead log beside it.
    assert not (tmp_path / "final.db-wal").exists()


def test_restore_brings_back_the_backup_and_keeps_what_it_replaced(tmp_path, capsys):
    db, backup = tmp_path / "n.db", tmp_path / "saved.db"
    assert main(["ingest", str(SEED), "--db", str(db)]) == 0
    assert main(["backup", str(backup), "--db", str(db)]) == 0
    saved = table_counts(backup)
    assert main(["ingest", str(SEEDS), "--db", str(db), "--quiet"]) == 0
    grown = table_counts(db)
    assert grown["dispatches"] > saved["dispatches"]
    capsys.readouterr()

    assert main(["restore", str(backup), "--db", str(db)]) == 0
    assert table_counts(db) == saved
    assert table_counts(tmp_path / "n.db.before-restore") == grown
    assert "1 dispatches, integrity ok" in capsys.readouterr().out
    reopened = Store.open(db)
    assert reopened.integrity_check() == "ok"
    assert reopened.stats().dispatches == 1
    reopened.close()


def test_restore_refuses_while_another_process_holds_the_database(tmp_path, capsys):
    db, backup = tmp_path / "n.db", tmp_path / "saved.db"
    assert main(["ingest", str(SEED), "--db", str(db)]) == 0
    assert main(["backup", str(backup), "--db", str(db)]) == 0
    assert main(["ingest", str(SEEDS), "--db", str(db), "--quiet"]) == 0
    before = table_counts(db)
    capsys.readouterr()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from storage.store import Store; s = Store.open(sys.argv[1]);"
            " print('open', flush=True); sys.stdin.read()",
            str(db),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=child_env(),
    )
    try:
        assert holder.stdout.readline().strip() == "open"
        assert main(["restore", str(backup), "--db", str(db)]) == 1
    finally:
        holder.communicate("", timeout=60)
    assert "in use by another process" in capsys.readouterr().err
    assert table_counts(db) == before


@pytest.mark.parametrize("content", [b"", b"not a database at all" * 100], ids=["empty", "text"])
def test_restore_refuses_what_is_not_a_newsline_backup(tmp_path, capsys, content):
    db, bogus = tmp_path / "n.db", tmp_path / "bogus.db"
    assert main(["ingest", str(SEED), "--db", str(db)]) == 0
    bogus.write_bytes(content)
    before = table_counts(db)
    assert main(["restore", str(bogus), "--db", str(db)]) == 1
    assert "error:" in capsys.readouterr().err
    assert table_counts(db) == before


def test_backup_refuses_the_database_itself_and_a_missing_database(tmp_path, capsys):
    db = tmp_path / "n.db"
    assert main(["backup", str(tmp_path / "x.db"), "--db", str(db)]) == 2
    assert "no database" in capsys.readouterr().err
    assert not db.exists()
    assert main(["ingest", str(SEED), "--db", str(db)]) == 0
    assert main(["backup", str(db), "--db", str(db)]) == 1
    assert "is the database itself" in capsys.readouterr().err
    assert table_counts(db)["dispatches"] == 1


def test_integrity_check_names_damage(tmp_path):
    db = tmp_path / "n.db"
    assert main(["ingest", str(SEEDS), "--db", str(db), "--quiet"]) == 0
    healthy = Store.open(db)
    assert healthy.integrity_check() == "ok"
    healthy.backup(tmp_path / "copy.db")
    healthy.close()
    damaged = tmp_path / "damaged.db"
    shutil.copy(tmp_path / "copy.db", damaged)
    data = bytearray(damaged.read_bytes())
    page = 4096
    for offset in range(2 * page + 100, len(data) - page, page):  # scribble over every page
        data[offset : offset + 64] = b"\xa5" * 64
    damaged.write_bytes(bytes(data))
    assert integrity_check_file(tmp_path / "copy.db") == "ok"
    assert integrity_check_file(damaged) != "ok"
