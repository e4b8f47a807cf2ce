"""Names from outside (inbox files, attachments) never become paths outside our folders."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.filenames import MAX_NAME_BYTES, move_into, safe_name


@pytest.mark.parametrize(
    ("given_name", "expected"),
    [
        ("report.txt", "report.txt"),
        ("../../etc/passwd", "passwd"),
        ("..\\..\\Windows\\win.ini", "win.ini"),
        ("/absolute/path/x.txt", "x.txt"),
        ("..", "dispatch"),
        ("", "dispatch"),
        ("folder/", "dispatch"),
        (".bashrc", "bashrc"),
        ("a\x00b.txt", "a_b.txt"),
        ("tab\there.txt", "tab_here.txt"),
        ("\u202etxt.exe", "_txt.exe"),  # a right-to-left override cannot disguise a name
        ('what?:"*<>|.txt', "what_______.txt"),
        ("dépêche été.txt", "dépêche été.txt"),
        ("trailing dots...", "trailing dots"),
    ],
)
def test_safe_name_keeps_a_bare_harmless_name(given_name, expected):
    assert safe_name(given_name) == expected


def test_safe_name_clips_long_names_but_keeps_the_suffix():
    name = safe_name("é" * 500 + ".txt")
    assert name.endswith(".txt")
    assert len(name.encode("utf-8")) <= MAX_NAME_BYTES


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_any_name_stays_inside_the_folder(name):
    folder = Path("/srv/inbox/done")
    cleaned = safe_name(name)
    assert cleaned and cleaned not in (".", "..")
    assert "/" not in cleaned and "\\" not in cleaned and "\x00" not in cleaned
    assert not cleaned.startswith(".")
    assert len(cleaned.encode("utf-8")) <= MAX_NAME_BYTES
    assert (folder / cleaned).parent == folder
    assert safe_name(cleaned) == cleaned  # stable: cleaning twice changes nothing


def test_move_into_never_overwrites(tmp_path):
    done = tmp_path / "done"
    done.mkdir()
    (done / "a.txt").write_text("first")
    (done / "a-1.txt").write_text("second")
    incoming = tmp_path / "a.txt"
    incoming.write_text("third")
    moved = move_into(incoming, done, incoming.name)
    assert moved == done / "a-2.txt"
    assert [p.read_text() for p in (done / "a.txt", done / "a-1.txt", moved)] == [
        "first",
        "second",
        "third",
    ]
    assert not incoming.exists()


def test_move_into_keeps_companion_names_free(tmp_path):
    rejected = tmp_path / "rejected"
    rejected.mkdir()
    (rejected / "b.txt.error").write_text("an old reason")
    incoming = tmp_path / "b.txt"
    incoming.write_text("x")
    assert move_into(incoming, rejected, "b.txt", keep_free=(".error",)) == rejected / "b-1.txt"


def test_move_into_uses_the_safe_name(tmp_path):
    incoming = tmp_path / "in.txt"
    incoming.write_text("x")
    moved = move_into(incoming, tmp_path / "done", "../../outside.txt")
    assert moved == tmp_path / "done" / "outside.txt"
    assert not (tmp_path.parent / "outside.txt").exists()
