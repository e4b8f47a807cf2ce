"""The `newsline` program: its JSON interfaces, exit statuses and messages."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main
from tests.helpers import ROOT, SEED, SEEDS, dispatch_text
from tests.subprocesses import child_env

EXTRACT_KEYS = {
    "file",
    "id",
    "published",
    "lang",
    "section",
    "headline",
    "topics",
    "mentions",
    "events",
}


def run(capsys, *argv) -> tuple[int, str, str]:
    status = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture(autouse=True)
def no_env_file(monkeypatch, tmp_path):
    # Settings read `.env` from the working directory: run where there is none.
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("DISCORD_TOKEN", raising=False)
    monkeypatch.delenv("NEWSLINE_DB", raising=False)


def test_seed_timeline_lists_era_capture_and_statement_in_order(capsys, tmp_path):
    db = tmp_path / "x.db"
    assert run(capsys, "ingest", SEED, "--db", db)[0] == 0
    status, out, _ = run(capsys, "timeline", "venezuela", "--db", db, "--json")
    assert status == 0
    result = json.loads(out)
    assert result["topic"] == "venezuela"
    entries = result["entries"]
    assert set(entries[0]) >= {"date", "precision", "summary", "topics", "sources", "salience"}
    dates = [e["date"] for e in entries]
    era = next(i for i, d in enumerate(dates) if d.startswith("1999") and "/" in d)
    capture, statement = dates.index("2026-01-03"), dates.index("2026-01-08")
    assert era < capture < statement
    seed_id = json.loads(
        subprocess.run(
            [sys.executable, "-m", "bot", "extract", str(SEED), "--json"],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
        ).stdout
    )["id"]
    for i in (era, capture, statement):
        assert seed_id in entries[i]["sources"]
    assert [e["date"] for e in entries] == sorted(dates, key=lambda d: d.split("/")[0])


def test_ingest_again_adds_nothing_and_says_so(capsys, tmp_path):
    db = tmp_path / "x.db"
    run(capsys, "ingest", SEED, "--db", db)
    status, out, _ = run(capsys, "ingest", SEED, "--db", db)
    assert status == 0
    assert "already known" in out
    assert "0 new, 1 already known, 0 rejected" in out


def test_bad_files_are_named_and_rejected_and_the_database_keeps_the_seed(capsys, tmp_path):
    db = tmp_path / "x.db"
    run(capsys, "ingest", SEED, "--db", db)
    binary = tmp_path / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 4)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    good = tmp_path / "good.txt"
    good.write_text(dispatch_text("2026-01-09", "Talks", "Talks resumed on Friday in Oslo."))
    status, out, _ = run(capsys, "ingest", binary, empty, good, "--db", db)
    assert status == 1
    assert f"rejected       {binary}: binary file" in out
    assert f"rejected       {empty}: empty file" in out
    assert "1 new, 0 already known, 2 rejected" in out
    status, out, _ = run(capsys, "timeline", "venezuela", "--db", db, "--json")
    assert json.loads(out)["entries"]


def test_extract_prints_one_json_object_per_file_with_body_offsets(capsys):
    status, out, _ = run(capsys, "extract", SEED, SEEDS / "001_gonzalez-exil.txt", "--json")
    assert status == 0
    lines = [json.loads(line) for line in out.splitlines()]
    assert len(lines) == 2
    for record in lines:
        assert set(record) >= EXTRACT_KEYS
        text = Path(record["file"]).read_text(encoding="utf-8-sig")
        header_end = text.index("\n")
        for m in record["mentions"]:
            assert set(m) >= {"text", "start", "end", "value", "precision"}
            assert text[m["start"] : m["end"]] == m["text"]
            assert m["start"] > header_end
        for e in record["events"]:
            assert set(e) >= {"date", "precision", "summary", "topics", "actors"}


def test_extract_reports_a_bad_file_and_goes_on(capsys, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("no header here")
    status, out, err = run(capsys, "extract", bad, SEED, "--json")
    assert status == 1
    assert "no header" in err
    assert json.loads(out.splitlines()[1])["published"] == "2026-01-08"


def test_brief_json_shape_and_citations(capsys, tmp_path):
    db = tmp_path / "x.db"
    run(capsys, "ingest", SEEDS, "--db", db)
    status, out, _ = run(capsys, "brief", "venezuela", "--db", db, "--json")
    assert status == 0
    result = json.loads(out)
    assert set(result) >= {"topic", "summary", "key_dates", "sources"}
    assert 3 <= len(result["summary"]) <= 6
    for sentence in result["summary"]:
        assert sentence["text"] and sentence["sources"]
    for key in result["key_dates"]:
        assert set(key) >= {"date", "precision", "summary"}


def test_timeline_limit_keeps_the_most_salient_in_chronological_order(capsys, tmp_path):
    db = tmp_path / "x.db"
    run(capsys, "ingest", SEEDS, "--db", db)
    _, out, _ = run(capsys, "timeline", "venezuela", "--db", db, "--json", "--limit", "3")
    entries = json.loads(out)["entries"]
    assert len(entries) == 3
    starts = [e["date"].split("/")[0] for e in entries]
    assert starts == sorted(starts)


def test_timeline_date_filters_and_bad_dates(capsys, tmp_path):
    db = tmp_path / "x.db"
    run(capsys, "ingest", SEED, "--db", db)
    _, out, _ = run(capsys, "timeline", "venezuela", "--db", db, "--json", "--from", "2026-01-05")
    assert [e["date"] for e in json.loads(out)["entries"]] == ["2026-01-08"]
    status, _, err = run(capsys, "timeline", "venezuela", "--db", db, "--from", "soon")
    assert status == 2 and "not a date" in err


def test_unknown_topic_suggests_and_fails(capsys, tmp_path):
    db = tmp_path / "x.db"
    run(capsys, "ingest", SEED, "--db", db)
    status, out, err = run(capsys, "timeline", "venezuella", "--db", db, "--json")
    assert status == 1
    assert json.loads(out)["entries"] == []
    assert "venezuela" in err


def test_search_json(capsys, tmp_path):
    db = tmp_path / "x.db"
    run(capsys, "ingest", SEED, "--db", db)
    _, out, _ = run(capsys, "search", "capture", "--db", db, "--json")
    results = json.loads(out)["results"]
    assert results and set(results[0]) == {"id", "published", "headline", "snippet"}


def test_python_m_bot_is_the_same_program(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "DISCORD_TOKEN"}
    done = subprocess.run(
        [sys.executable, "-m", "bot", "--help"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        check=False,
    )
    assert done.returncode == 0
    for command in ("ingest", "extract", "timeline", "brief", "search", "console", "run"):
        assert command in done.stdout


def test_run_without_token_is_the_console_and_stops_at_end_of_input(tmp_path):
    db = tmp_path / "x.db"
    env = {k: v for k, v in os.environ.items() if k != "DISCORD_TOKEN"}
    env["NEWSLINE_DB"] = str(db)
    subprocess.run(
        [sys.executable, "-m", "bot", "ingest", str(SEED)],
        check=True,
        env=env,
        cwd=tmp_path,
        capture_output=True,
    )
    done = subprocess.run(
        [sys.executable, "-m", "bot", "run"],
        input="!timeline venezuela\n",
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0
    assert "Timeline — Venezuela" in done.stdout
    assert "2026-01-03" in done.stdout and "2026-01-08" in done.stdout


def test_output_cut_short_by_its_reader_ends_quietly():
    """`newsline extract ... --json | head -1`: the closed pipe ends the command without a
    traceback."""
    reader = subprocess.Popen(
        [sys.executable, "-m", "bot", "extract", *map(str, sorted(SEEDS.glob("*.txt"))), "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env=child_env(),
    )
    assert reader.stdout.readline().startswith(b"{")
    reader.stdout.close()  # the reader has what it wanted
    _, errors = reader.communicate(timeout=120)
    assert b"Traceback" not in errors and b"BrokenPipe" not in errors
    assert reader.returncode == 1
