"""`newsline ingest` on many files: a progress bar on a terminal, unchanged lines for scripts."""

from __future__ import annotations

import fcntl
import os
import pty
import struct
import subprocess
import sys
import termios
import threading

from tests.subprocesses import child_env
from tests.synthetic import write_synthetic

FILES = 60  # above the bar's threshold, small enough to ingest in about a second


def ingest_with_terminal_stderr(tmp_path, *extra: str) -> tuple[int, str, str]:
    """Run an ingest whose stderr is a terminal (a pseudo-terminal) and stdout a pipe."""
    folder = tmp_path / "feed"
    if not folder.exists():
        write_synthetic(folder, FILES)
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 120, 0, 0))
    chunks: list[bytes] = []

    def drain() -> None:  # a terminal's buffer is small: read while the child writes
        while True:
            try:
                data = os.read(leader, 4096)
            except OSError:  # the child side is closed
                return
            if not data:
                return
            chunks.append(data)

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    command = [sys.executable, "-m", "bot", "ingest", str(folder), "--db", str(tmp_path / "p.db")]
    child = subprocess.run(
        [*command, *extra],
        stdout=subprocess.PIPE,
        stderr=follower,
        text=True,
        env=child_env(),
        timeout=300,
        check=False,
    )
    os.close(follower)
    reader.join(30)
    os.close(leader)
    return child.returncode, child.stdout, b"".join(chunks).decode("utf-8", errors="replace")


def test_a_big_ingest_shows_rate_and_eta_on_a_terminal_and_keeps_its_lines(tmp_path):
    status, out, terminal = ingest_with_terminal_stderr(tmp_path)
    assert status == 0
    lines = out.splitlines()
    assert len(lines) == FILES + 1
    assert all(line.startswith("new            ") for line in lines[:-1])
    assert lines[-1] == f"{FILES} new, 0 already known, 0 rejected"
    assert "\r" not in out and "\x1b" not in out  # the bar never leaks into stdout
    assert f"{FILES}/{FILES}" in terminal and "100%" in terminal
    assert "file/s" in terminal  # the rate
    assert "<00:" in terminal  # the estimated time left
    assert f"ingested {FILES} files in " in terminal


def test_quiet_shows_no_bar_even_on_a_terminal(tmp_path):
    status, out, terminal = ingest_with_terminal_stderr(tmp_path, "--quiet")
    assert status == 0
    assert out.splitlines() == [f"{FILES} new, 0 already known, 0 rejected"]
    assert "%" not in terminal and "file/s" not in terminal


def test_no_bar_when_stderr_is_not_a_terminal(tmp_path):
    folder = tmp_path / "feed"
    write_synthetic(folder, FILES)
    child = subprocess.run(
        [sys.executable, "-m", "bot", "ingest", str(folder), "--db", str(tmp_path / "p.db")],
        capture_output=True,
        text=True,
        env=child_env(),
        timeout=300,
        check=False,
    )
    assert child.returncode == 0
    assert child.stderr == ""
    assert child.stdout.splitlines()[-1] == f"{FILES} new, 0 already known, 0 rejected"
