"""Exports: each format checked the way the program that opens it would read it."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import icalendar
import pytest

from bot import exports
from bot.cli import main as cli_main
from storage.models import DispatchRecord, Entry, Timeline, TimelineEntry
from tests.helpers import SEED

NOW = dt.datetime(2026, 1, 10, 12, 30, tzinfo=dt.UTC)
TRICKY = (
    'Maduro, captured; "the state" collapses\\ from within — a very long sentence about '
    "Caracas, Vénézuela and the Kremlin that goes on well past seventy-five octets, "
    "with accents: é à ü ñ, and a <script>alert(1)</script> *star* _under_ [link](x)"
)


def happening(id_, date, precision, summary, sources):
    return Entry(
        id=id_,
        date=date,
        precision=precision,
        summary=summary,
        lang="en",
        topics=["venezuela"],
        actors=[],
        types=[],
        sources=list(sources),
        salience=len(sources),
    )


def entry(id_, date, precision, summary, sources=("aaaa1111bbbb",), *, also=()):
    """A date of the timeline: its main happening, and others (text, sources) told that day."""
    lead = happening(id_, date, precision, summary, sources)
    others = [
        happening(100 + i, date, precision, text, cited) for i, (text, cited) in enumerate(also)
    ]
    cited = sorted({s for h in [lead, *others] for s in h.sources})
    return TimelineEntry(
        date, precision, summary, ["venezuela"], cited, len(cited), [lead, *others]
    )


ALSO = ("Trump confirms the operation.", ("cccc2222dddd",))


@pytest.fixture
def timeline() -> Timeline:
    return Timeline(
        topic="venezuela",
        entries=[
            entry(1, "1999-02-02/2013-03-05", "period", "Russia and Venezuela sign 400 accords."),
            entry(2, "2013", "year", "Maduro succeeds Chávez."),
            entry(3, "2025-09", "month", "US strikes on boats."),
            entry(4, "2026-01-03", "day", TRICKY, ("aaaa1111bbbb",), also=[ALSO]),
            entry(5, "2026-01-08", "day", "Putin: one cannot support a state\ncollapsing."),
        ],
        total=5,
    )


SOURCES = {
    "aaaa1111bbbb": DispatchRecord(
        "aaaa1111bbbb", "2026-01-08", "RUSSIE", "RUSSIA", "Poutine et le *Venezuela*", "fr",
        "a.txt", [], ["russia"], "2026-01-09T00:00:00+00:00",
    ),
    "cccc2222dddd": DispatchRecord(
        "cccc2222dddd", "2026-01-03", "VENEZUELA", None, "Capture of Maduro", "en", "b.txt",
        [], ["venezuela"], "2026-01-09T00:00:00+00:00",
    ),
}  # fmt: skip


def export(timeline, fmt):
    return exports.export_timeline(timeline, "Venezuela", fmt, sources=SOURCES, now=NOW)


# -- iCalendar ----------------------------------------------------------------------------------


def test_ics_follows_rfc5545_line_rules(timeline):
    data = export(timeline, "ics").data
    assert data.endswith(b"\r\n")
    assert b"\n" not in data.replace(b"\r\n", b"")  # CRLF only, no bare LF or CR
    physical = data.split(b"\r\n")[:-1]
    assert all(len(line) <= 75 for line in physical)
    assert any(line.startswith(b" ") for line in physical)  # the long lines were folded
    for line in physical:
        line.decode("utf-8")  # never folded inside a multi-byte character
    unfolded = data.decode().replace("\r\n ", "").split("\r\n")
    assert unfolded[:3] == ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{exports.PRODID}"]
    assert unfolded.count("BEGIN:VEVENT") == 5


def test_ics_parses_back_to_all_day_events_with_exclusive_ends(timeline):
    calendar = icalendar.Calendar.from_ical(export(timeline, "ics").data)
    events = calendar.walk("VEVENT")
    spans = [(e.decoded("DTSTART"), e.decoded("DTEND")) for e in events]
    assert spans == [
        (dt.date(1999, 2, 2), dt.date(2013, 3, 6)),
        (dt.date(2013, 1, 1), dt.date(2014, 1, 1)),
        (dt.date(2025, 9, 1), dt.date(2025, 10, 1)),
        (dt.date(2026, 1, 3), dt.date(2026, 1, 4)),
        (dt.date(2026, 1, 8), dt.date(2026, 1, 9)),
    ]
    assert all(type(start) is dt.date for start, _ in spans)  # dates, not date-times
    uids = [str(e["UID"]) for e in events]
    assert len(set(uids)) == 5
    assert all(e.decoded("DTSTAMP") == NOW for e in events)
    tricky = events[3]
    assert str(tricky["SUMMARY"]) == exports._clip(TRICKY, exports.ICS_SUMMARY_CHARS)
    assert str(tricky["DESCRIPTION"]).startswith(
        TRICKY + "\nAlso: Trump confirms the operation. (cccc2222dddd)\n\nWhen: 2026-01-03"
    )
    assert str(tricky["UID"]) == "venezuela-2026-01-03@newsline"
    assert str(events[0]["UID"]) == "venezuela-1999-02-02-2013-03-05@newsline"
    assert "aaaa1111bbbb, cccc2222dddd" in str(tricky["DESCRIPTION"])
    putin = str(events[4]["DESCRIPTION"])
    assert putin.startswith("Putin: one cannot support a state\ncollapsing.")


def test_ics_uids_are_stable_across_exports(timeline):
    first = icalendar.Calendar.from_ical(export(timeline, "ics").data)
    later = exports.export_timeline(
        timeline, "Venezuela", "ics", now=NOW + dt.timedelta(days=3)
    ).data
    second = icalendar.Calendar.from_ical(later)
    assert [str(e["UID"]) for e in first.walk("VEVENT")] == [
        str(e["UID"]) for e in second.walk("VEVENT")
    ]


def test_ics_text_escaping_and_folding_rules():
    assert exports.ics_escape("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"
    folded = exports.ics_fold("SUMMARY:" + "é" * 100)
    lines = folded.split("\r\n")
    assert all(len(line.encode()) <= 75 for line in lines)
    assert "".join(line[1:] if i else line for i, line in enumerate(lines)) == (
        "SUMMARY:" + "é" * 100
    )


# -- CSV, JSON ----------------------------------------------------------------------------------


def test_csv_has_a_header_and_one_row_per_entry(timeline):
    text = export(timeline, "csv").data.decode()
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert list(rows[0]) == list(exports.CSV_HEADER)
    assert len(rows) == 5
    assert rows[0]["start"] == "1999-02-02" and rows[0]["end"] == "2013-03-05"
    assert rows[0]["when"] == "1999–2013"
    assert rows[3]["summary"] == TRICKY
    assert rows[3]["sources"] == "aaaa1111bbbb;cccc2222dddd"
    assert rows[3]["also"] == "Trump confirms the operation."
    assert rows[0]["also"] == ""
    assert rows[4]["summary"] == "Putin: one cannot support a state\ncollapsing."


def test_json_export_is_what_the_cli_prints(tmp_path, capsys, service):
    service.ingest_file(SEED)
    db = tmp_path / "newsline.db"
    assert cli_main(["timeline", "venezuela", "--db", str(db), "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    timeline = service.timeline("venezuela")
    exported = json.loads(exports.export_timeline(timeline, "Venezuela", "json").data)
    assert exported == printed
    assert exported["entries"]  # the seed dates something


# -- TimelineJS ---------------------------------------------------------------------------------


def test_timelinejs_follows_knight_labs_format(timeline):
    document = json.loads(export(timeline, "timelinejs").data)
    assert set(document) == {"title", "events", "eras"}
    assert document["title"]["text"]["headline"] == "Venezuela — timeline"
    events = document["events"]
    assert [e["start_date"] for e in events] == [
        {"year": 1999, "month": 2, "day": 2},
        {"year": 2013},
        {"year": 2025, "month": 9},
        {"year": 2026, "month": 1, "day": 3},
        {"year": 2026, "month": 1, "day": 8},
    ]
    assert events[0]["end_date"] == {"year": 2013, "month": 3, "day": 5}
    assert all("end_date" not in e for e in events[1:])
    assert document["eras"] == [
        {
            "start_date": {"year": 1999, "month": 2, "day": 2},
            "end_date": {"year": 2013, "month": 3, "day": 5},
            "text": {"headline": "Russia and Venezuela sign 400 accords."},
        }
    ]
    assert {e["group"] for e in events} == {"Venezuela"}
    assert [e["unique_id"] for e in events][3] == "venezuela-2026-01-03"
    assert len({e["unique_id"] for e in events}) == 5
    tricky = events[3]["text"]
    assert "<script>" not in tricky["text"] and "&lt;script&gt;" in tricky["text"]
    assert "Capture of Maduro" in tricky["text"] and "cccc2222dddd" in tricky["text"]
    assert "<p>Also: Trump confirms the operation. (cccc2222dddd)</p>" in tricky["text"]
    assert events[0]["display_date"] == "1999–2013"


# -- Markdown -----------------------------------------------------------------------------------


def test_markdown_is_a_cited_chronology(timeline):
    text = export(timeline, "md").data.decode()
    lines = text.splitlines()
    assert lines[0] == "# Venezuela — timeline"
    assert [line for line in lines if line.startswith("## ")] == [
        "## 1999", "## 2013", "## 2025", "## 2026", "## Sources",
    ]  # fmt: skip
    assert "- **1999–2013** — Russia and Venezuela sign 400 accords. [1]" in lines
    capture = next(line for line in lines if line.startswith("- **2026-01-03**"))
    assert capture.endswith("[1]")
    assert lines[lines.index(capture) + 1] == "  - Trump confirms the operation. [2]"
    assert "\\<script\\>" in capture and "\\*star\\*" in capture and "\\[link\\]" in capture
    assert "1. 2026-01-08 · RUSSIA — *Poutine et le \\*Venezuela\\** (`aaaa1111bbbb`)" in lines
    assert "2. 2026-01-03 · VENEZUELA — *Capture of Maduro* (`cccc2222dddd`)" in lines


def test_file_names_and_unknown_format(timeline):
    names = {fmt: export(timeline, fmt).filename for fmt in exports.FORMATS}
    assert names == {
        "json": "newsline-venezuela.json",
        "csv": "newsline-venezuela.csv",
        "ics": "newsline-venezuela.ics",
        "timelinejs": "newsline-venezuela.timelinejs.json",
        "md": "newsline-venezuela.md",
    }
    assert exports.slug("Estados Unidos / Été") == "estados-unidos-ete"
    with pytest.raises(ValueError, match="unknown export format"):
        export(timeline, "pdf")


def test_an_empty_timeline_still_makes_valid_files():
    empty = Timeline("venezuela", [], 0)
    calendar = icalendar.Calendar.from_ical(export(empty, "ics").data)
    assert calendar.walk("VEVENT") == []
    assert json.loads(export(empty, "timelinejs").data)["events"] == []
    assert export(empty, "csv").data.decode().splitlines() == [",".join(exports.CSV_HEADER)]
