"""The inbox: files dropped in a folder are ingested, then moved to done/ or rejected/."""

from __future__ import annotations

import asyncio
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from bot.cli import main
from bot.client import NewslineBot
from bot.inbox import Inbox
from bot.settings import Settings
from tests.helpers import SEED, dispatch_text
from tests.subprocesses import child_env

WAIT_SECONDS = 30  # generous: only ever waited out when something is broken


def drop(folder: Path, name: str, text: str) -> Path:
    """Write-then-rename, as the README advises feeders to do."""
    partial = folder / f"{name}.part"
    partial.write_text(text, encoding="utf-8")
    return partial.rename(folder / name)


def a_dispatch(number: int) -> str:
    return dispatch_text(
        "2026-01-08",
        f"Caracas : séance numéro {number}",
        f"Le 5 janvier 2026, l'Assemblée nationale du Venezuela a tenu sa séance numéro {number}.",
    )


@pytest.fixture
def inbox(service, tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    return Inbox(service, folder, settle_seconds=0.05)


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_scan_ingests_then_moves_to_done_and_rejected(inbox, service):
    folder = inbox.folder
    drop(folder, "seed.txt", SEED.read_text(encoding="utf-8"))
    drop(folder, "again.txt", SEED.read_text(encoding="utf-8"))
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\x00\x10JFIF")
    (folder / "empty.txt").write_bytes(b"")

    outcomes = {o.name: o for o in inbox.scan()}

    assert {n: o.status for n, o in outcomes.items()} == {
        "seed.txt": "new",
        "again.txt": "known",
        "photo.jpg": "rejected",
        "empty.txt": "rejected",
    }
    assert listing(folder) == ["done", "rejected"]
    assert listing(inbox.done) == ["again.txt", "seed.txt"]
    assert listing(inbox.rejected) == [
        "empty.txt",
        "empty.txt.error",
        "photo.jpg",
        "photo.jpg.error",
    ]
    assert "binary" in (inbox.rejected / "photo.jpg.error").read_text()
    assert "empty" in (inbox.rejected / "empty.txt.error").read_text()
    assert service.stats().dispatches == 1
    assert inbox.scan() == []  # nothing left to do


def test_unfinished_and_hidden_files_are_left_alone(inbox, service):
    folder = inbox.folder
    for name in (".seed.txt", "seed.txt.tmp", "seed.txt.part", "seed.txt.crdownload"):
        (folder / name).write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "sub").mkdir()
    (folder / "sub" / "seed.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    assert inbox.scan() == []
    assert service.stats().dispatches == 0
    # Write-then-rename: the finished name is picked up.
    (folder / "seed.txt.tmp").rename(folder / "seed.txt")
    assert [o.status for o in inbox.scan()] == ["new"]


def test_a_file_still_being_written_is_not_read_half_way(inbox, service):
    text = a_dispatch(1)
    growing = inbox.folder / "growing.txt"
    growing.write_text(text[:60], encoding="utf-8")  # header and the start of the body
    looks = []
    original = inbox._signatures

    def look_while_the_writer_appends(paths):
        looks.append(len(looks))
        result = original(paths)
        if len(looks) == 1:  # between the two looks, the writer adds the rest
            with open(growing, "a", encoding="utf-8") as out:
                out.write(text[60:])
        return result

    inbox._signatures = look_while_the_writer_appends
    assert inbox.scan() == []
    assert growing.exists() and service.stats().dispatches == 0

    inbox._signatures = original
    (outcome,) = inbox.scan()
    assert outcome.status == "new"
    stored = service.store.dispatch_text(outcome.dispatch_id)
    assert stored == text


def test_name_clashes_add_a_suffix_and_never_overwrite(inbox):
    inbox.done.mkdir()
    (inbox.done / "seed.txt").write_text("an earlier file with the same name")
    drop(inbox.folder, "seed.txt", SEED.read_text(encoding="utf-8"))
    (outcome,) = inbox.scan()
    assert outcome.moved_to == inbox.done / "seed-1.txt"
    assert (inbox.done / "seed.txt").read_text() == "an earlier file with the same name"

    for _ in range(2):
        (inbox.folder / "bad.txt").write_text("no header here")
        inbox.scan()
    assert listing(inbox.rejected) == ["bad-1.txt", "bad-1.txt.error", "bad.txt", "bad.txt.error"]


def test_a_symbolic_link_is_rejected_and_its_target_untouched(inbox, service, tmp_path):
    secret = tmp_path / "elsewhere.txt"
    secret.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (inbox.folder / "link.txt").symlink_to(secret)
    (outcome,) = inbox.scan()
    assert outcome.status == "rejected" and "symbolic link" in outcome.reason
    assert service.stats().dispatches == 0
    assert secret.read_text(encoding="utf-8") == SEED.read_text(encoding="utf-8")
    assert (inbox.rejected / "link.txt").is_symlink()


def test_a_database_failure_leaves_the_file_for_a_later_scan(inbox, service, monkeypatch):
    import sqlite3

    drop(inbox.folder, "seed.txt", SEED.read_text(encoding="utf-8"))

    def locked(path):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(service, "ingest_file", locked)
    assert inbox.scan() == []
    assert (inbox.folder / "seed.txt").exists()
    monkeypatch.undo()
    assert [o.status for o in inbox.scan()] == ["new"]


async def wait_for(condition, what: str) -> None:
    deadline = time.monotonic() + WAIT_SECONDS
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.05)


@pytest.mark.parametrize("watch", [True, False], ids=["watchfiles", "polling"])
async def test_run_ingests_the_backlog_then_new_files_off_the_event_loop(
    inbox, service, watch, monkeypatch, caplog
):
    loop_thread = threading.get_ident()
    threads = []
    ingest_file = service.ingest_file

    def recording(path):
        threads.append(threading.get_ident())
        return ingest_file(path)

    monkeypatch.setattr(service, "ingest_file", recording)
    drop(inbox.folder, "while-down.txt", a_dispatch(1))
    stop = asyncio.Event()
    task = asyncio.create_task(inbox.run(stop, watch=watch, poll_seconds=0.2))
    await wait_for((inbox.done / "while-down.txt").exists, "the backlog")
    drop(inbox.folder, "live.txt", a_dispatch(2))
    await wait_for((inbox.done / "live.txt").exists, "the live file")
    stop.set()
    await asyncio.wait_for(task, WAIT_SECONDS)
    assert service.stats().dispatches == 2
    assert threads and loop_thread not in threads  # blocking work ran in worker threads
    assert ("cannot watch" in caplog.text) is False  # watching worked: no fallback needed


async def test_run_falls_back_to_polling_when_watching_fails(inbox, service, monkeypatch):
    import watchfiles

    def unavailable(*args, **kwargs):
        raise OSError("inotify watch limit reached")

    monkeypatch.setattr(watchfiles, "awatch", unavailable)
    stop = asyncio.Event()
    task = asyncio.create_task(inbox.run(stop, poll_seconds=0.2))
    await asyncio.sleep(0.1)
    drop(inbox.folder, "live.txt", a_dispatch(3))
    await wait_for((inbox.done / "live.txt").exists, "the polled file")
    stop.set()
    await asyncio.wait_for(task, WAIT_SECONDS)


async def test_the_bot_cog_watches_the_inbox_and_queues_announcements(service, tmp_path):
    folder = tmp_path / "feed"
    settings = Settings(_env_file=None, NEWSLINE_INBOX=str(folder), NEWSLINE_SYNC_COMMANDS=False)
    service.store.subscribe(10, 20, "venezuela", 30)
    bot = NewslineBot(settings, service)
    await bot.load_extension("bot.cogs.inbox")
    cog = bot.get_cog("InboxWatcher")
    assert cog is not None
    await wait_for(folder.is_dir, "the inbox folder")
    drop(folder, "seed.txt", SEED.read_text(encoding="utf-8"))
    await wait_for((folder / "done" / "seed.txt").exists, "the cog to ingest")
    assert [a.channel_id for a in service.store.due_announcements()] == [20]
    await bot.unload_extension("bot.cogs.inbox")
    assert cog._task is None
    await bot.close()


async def test_no_inbox_setting_means_no_watcher(service):
    settings = Settings(_env_file=None, NEWSLINE_INBOX="")
    assert settings.inbox is None
    bot = NewslineBot(settings, service)
    await bot.load_extension("bot.cogs.inbox")
    assert bot.get_cog("InboxWatcher") is None
    await bot.close()


@pytest.fixture
def clean_env(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    for name in ("DISCORD_TOKEN", "NEWSLINE_DB", "NEWSLINE_INBOX"):
        monkeypatch.delenv(name, raising=False)


def test_watch_once_prints_ingest_lines_and_exits(clean_env, tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    drop(folder, "seed.txt", SEED.read_text(encoding="utf-8"))
    (folder / "bad.txt").write_text("no header")
    status = main(["watch", "--once", "--inbox", str(folder), "--db", str(tmp_path / "w.db")])
    out = capsys.readouterr().out.splitlines()
    assert status == 1
    assert out[-1] == "1 new, 0 already known, 1 rejected"
    assert any(line.startswith("new            ") and "seed.txt" in line for line in out)
    assert "rejected       bad.txt: no header line" in "\n".join(out)


def test_console_run_ingests_what_waited_in_the_inbox(tmp_path):
    inbox = tmp_path / "data" / "inbox"
    inbox.mkdir(parents=True)
    drop(inbox, "seed.txt", SEED.read_text(encoding="utf-8"))
    done = subprocess.run(
        [sys.executable, "-m", "bot", "run"],
        input="!latest\n",
        check=False,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=child_env(),
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "Poutine" in done.stdout
    assert "inbox data/inbox: 1 new, 0 already known, 0 rejected" in done.stderr
    assert (inbox / "done" / "seed.txt").exists()


@pytest.mark.parametrize("stop_signal", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "term"])
def test_newsline_watch_follows_the_folder_until_stopped(tmp_path, stop_signal):
    folder = tmp_path / "in"
    # A suite run as a background job (`make test &`) has SIGINT ignored, as shells do for such
    # jobs, and a child inherits that; with a handler of our own, the child starts with the
    # default, as one started from a terminal does.
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    watcher = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "bot",
            "watch",
            "--inbox",
            str(folder),
            "--db",
            str(tmp_path / "w.db"),
        ],
        cwd=tmp_path,
        env=child_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    signal.signal(signal.SIGINT, previous)
    try:
        assert watcher.stderr.readline().startswith("watching")
        deadline = time.monotonic() + WAIT_SECONDS
        while not folder.is_dir() and time.monotonic() < deadline:
            time.sleep(0.05)
        drop(folder, "seed.txt", SEED.read_text(encoding="utf-8"))
        line = watcher.stdout.readline()
        assert line.startswith("new ") and "seed.txt" in line
        watcher.send_signal(stop_signal)
        assert watcher.wait(WAIT_SECONDS) == 0
        assert "stopped" in watcher.stderr.read()
    finally:
        watcher.kill()
        watcher.wait()
    assert (folder / "done" / "seed.txt").exists()
