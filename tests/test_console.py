"""The console answers the chat commands exactly as Discord would, as text."""

import io

import pytest

from bot.console import answer_line, run_console
from tests.helpers import SEED


@pytest.fixture
def seeded(service):
    service.ingest_file(SEED)
    return service


@pytest.mark.parametrize(
    "line",
    [
        "!timeline venezuela",
        "/timeline venezuela",
        "timeline venezuela",
        "!timeline Vénézuélien",
        "!timeline caracas",
        "!TIMELINE VENEZUELA",
    ],
)
def test_timeline_spellings_all_reach_venezuela(seeded, line):
    reply = answer_line(seeded, line)
    assert "Timeline — Venezuela" in reply
    assert "2026-01-03" in reply


def test_every_command_answers(seeded):
    record = seeded.latest(1)[0]
    for line, expected in [
        ("!brief venezuela", "Briefing — Venezuela"),
        (f"!dispatch {record.id[:8]}", record.headline[:40]),
        ("!search capture", "Search — capture"),
        ("!topics", "Venezuela"),
        ("!latest", record.id[:8]),
        ("!help", "!timeline <topic> [from] [to]"),
    ]:
        assert expected in answer_line(seeded, line), line


def test_mistakes_get_a_friendly_message(seeded):
    assert "Unknown command" in answer_line(seeded, "!frobnicate")
    assert "Which topic?" in answer_line(seeded, "!timeline")
    assert "No dispatch with id" in answer_line(seeded, "!dispatch ffffffff")
    assert "Did you mean" in answer_line(seeded, "!timeline venezula")
    assert "at most two dates" in answer_line(seeded, "!timeline venezuela 2020 2021 2022")
    assert answer_line(seeded, "   ") is None


def test_run_console_reads_until_end_of_input(seeded):
    out = io.StringIO()
    run_console(seeded, "!", io.StringIO("!topics\n\n!latest 1\n"), out)
    assert out.getvalue().count("==") >= 4


def test_quit_stops_the_console(seeded):
    out = io.StringIO()
    run_console(seeded, "!", io.StringIO("quit\n!topics\n"), out)
    assert "Topics" not in out.getvalue()
