"""Rendering is pure: cards respect Discord's limits, dates show at their precision."""

import pytest

from bot.render import (
    DESCRIPTION_LIMIT,
    EMBED_TOTAL_LIMIT,
    FIELD_LIMIT,
    Card,
    entry_line,
    help_card,
    timeline_pages,
)
from storage.models import Entry, Timeline, TimelineEntry
from timeline.values import display, parse_bound, sort_key


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("2026-01-03", "2026-01-03"),
        ("2026-01", "2026-01"),
        ("2026", "2026"),
        ("1999-02-02/2013-03-05", "1999–2013"),
        ("1999-01-01/2013-12-31", "1999–2013"),
        ("2026-01-01/2026-03-31", "2026-01 – 2026-03"),
        ("2026-01-05/2026-01-11", "2026-01-05 – 2026-01-11"),
        (None, "undated"),
    ],
)
def test_dates_display_at_their_precision(value, shown):
    assert display(value) == shown


def test_chronological_order_puts_periods_at_their_start():
    values = ["2026-01-08", "1999-02-02/2013-03-05", "2026-01", "2026-01-03", "2025"]
    assert sorted(values, key=sort_key) == [
        "1999-02-02/2013-03-05",
        "2025",
        "2026-01",
        "2026-01-03",
        "2026-01-08",
    ]


def test_user_date_bounds():
    assert parse_bound("2026").isoformat() == "2026-01-01"
    assert parse_bound("2026-02", end=True).isoformat() == "2026-02-28"
    with pytest.raises(ValueError):
        parse_bound("next week")


def entry(i: int, summary: str = "Something happened", more: int = 0) -> TimelineEntry:
    """A timeline date with one main happening and `more` others."""
    date = f"2026-01-{1 + i % 28:02d}"
    happenings = [
        Entry(
            i * 10 + k,
            date,
            "day",
            f"{summary} {i}.{k}",
            "en",
            ["x"],
            [],
            [],
            [f"{i * 10 + k:012x}"],
            1,
        )
        for k in range(1 + more)
    ]
    return TimelineEntry(
        date,
        "day",
        happenings[0].summary,
        ["x"],
        [h.sources[0] for h in happenings],
        len(happenings),
        happenings,
    )


def test_long_timelines_paginate_in_whole_lines_within_limits():
    timeline = Timeline("x", [entry(i, "word " * 80) for i in range(60)], 60)
    pages = timeline_pages(timeline, "X", shown_all=True)
    assert len(pages) > 1
    lines = [line for page in pages for line in page.description.split("\n")]
    assert len(lines) == 60
    for page in pages:
        assert len(page.description) <= DESCRIPTION_LIMIT
        assert page.size() <= EMBED_TOTAL_LIMIT


def test_footer_says_how_many_more_exist():
    timeline = Timeline("x", [entry(i) for i in range(3)], 10)
    assert "7 more" in timeline_pages(timeline, "X", shown_all=False)[0].footer


def test_fitted_card_obeys_every_limit():
    card = Card("t" * 500, "d" * 9000, [("n" * 300, "v" * 2000)] * 40, "f" * 3000).fitted()
    assert len(card.title) <= 256 and len(card.description) <= DESCRIPTION_LIMIT
    assert len(card.fields) <= FIELD_LIMIT and card.size() <= EMBED_TOTAL_LIMIT
    assert all(len(v) <= 1024 for _, v in card.fields)


def test_help_lists_every_command_with_an_example():
    text = help_card("!").as_text()
    for name in ("timeline", "brief", "dispatch", "search", "topics", "latest", "help"):
        assert f"!{name}" in text
    assert text.count("e.g.") >= 7


def test_a_date_shows_its_main_happening_then_the_others_cited():
    line = entry_line(entry(3, "Talks", more=4))
    lines = line.split("\n")
    assert lines[0].startswith("**2026-01-04** — Talks 3.0")
    assert lines[1] == "  ↳ Talks 3.1 · `00000000`"
    assert lines[-1] == "  ↳ and 2 more"
