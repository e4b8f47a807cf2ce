"""The timeline picture: a real PNG, one row per entry, long empty stretches cut from the axis."""

from __future__ import annotations

import datetime as dt
import io
import itertools

from hypothesis import given
from hypothesis import strategies as st
from matplotlib import dates as mdates
from PIL import Image

from bot import picture
from storage.models import Entry, Timeline, TimelineEntry


def entry(id_, date, precision, summary="Something happened", salience=1):
    sources = [f"{id_:04d}aaaabbbb"] * salience
    lead = Entry(id_, date, precision, summary, "en", [], [], [], sources, salience)
    return TimelineEntry(date, precision, summary, [], sources, salience, [lead])


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    with Image.open(io.BytesIO(data)) as image:
        image.verify()
        return image.size


def day(text: str) -> float:
    return mdates.date2num(dt.date.fromisoformat(text))


def test_a_picture_of_a_mixed_timeline():
    entries = [
        entry(1, "1999-02-02/2013-03-05", "period", "Depuis l'ère Chavez, 400 accords"),
        entry(2, "2025", "year"),
        entry(3, "2025-09", "month"),
        entry(4, "2026-01-03", "day", "Capture of Maduro, $5 million and $3 billion", 3),
        entry(5, "2026-01-08", "day", "Putin " * 80),
    ]
    width, height = png_size(picture.timeline_png(Timeline("venezuela", entries, 5), "Venezuela"))
    assert width == picture.WIDTH_IN * picture.DPI
    expected = (picture.HEADER_IN + picture.FOOTER_IN + 5 * picture.ROW_IN) * picture.DPI
    assert abs(height - expected) <= 2


def test_rows_are_capped_to_the_most_reported():
    entries = [entry(i, f"2026-01-{1 + i % 28:02d}", "day", salience=1 + i % 5) for i in range(70)]
    _, height = png_size(picture.timeline_png(Timeline("x", entries, 70), "X"))
    rows = (height / picture.DPI - picture.HEADER_IN - picture.FOOTER_IN) / picture.ROW_IN
    assert round(rows) == picture.MAX_ROWS
    kept = picture._rows(Timeline("x", entries, 70), picture.MAX_ROWS)
    assert min(r.entry.salience for r in kept) >= 3  # the least reported were left out
    assert [r.start for r in kept] == sorted(r.start for r in kept)


def test_empty_and_single_entry_timelines_draw():
    png_size(picture.timeline_png(Timeline("x", [], 0), "Nothing"))
    png_size(picture.timeline_png(Timeline("x", [entry(1, "1991/1995", "period")], 1), "One"))


def test_long_empty_stretches_are_cut_out_of_the_axis():
    chavez = (day("1999-02-02"), day("2013-03-06"))
    january = [(day(f"2026-01-0{d}"), day(f"2026-01-0{d}") + 1) for d in range(3, 9)]
    parts = picture.segments([chavez, *january])
    assert parts == [chavez, (january[0][0], january[-1][1])]
    dense = [(day("2026-01-01") + i, day("2026-01-01") + i + 1) for i in range(0, 30, 3)]
    assert len(picture.segments(dense)) == 1


spans = st.lists(
    st.tuples(st.integers(700_000, 740_000), st.integers(1, 5_000)).map(
        lambda p: (float(p[0]), float(p[0] + p[1]))
    ),
    min_size=1,
    max_size=30,
)


@given(spans)
def test_every_span_lies_in_exactly_one_segment(spans):
    parts = picture.segments(spans)
    assert 1 <= len(parts) <= picture.MAX_SEGMENTS
    assert all(a[1] < b[0] for a, b in itertools.pairwise(parts))
    for start, end in spans:
        assert sum(1 for a, b in parts if a <= start and end <= b) == 1


@given(spans)
def test_the_stretched_axis_keeps_time_in_order(spans):
    points = sorted(p for span in spans for p in span)
    lo, hi = points[0] - 1, points[-1] + 1
    forward, inverse = picture.stretch(points, lo, hi)
    places = forward(points)
    assert all(a <= b for a, b in itertools.pairwise(places))
    assert forward(lo) == 0 and forward(hi) == 1
    assert all(abs(inverse(forward(p)) - p) < 1e-6 for p in points)


def test_a_burst_of_dates_gets_room_on_the_axis():
    burst = [day(f"2026-01-{d:02d}") for d in range(1, 11)]
    forward, _ = picture.stretch([day("1999-02-02"), *burst], day("1999-01-01"), day("2026-01-12"))
    linear_room = (burst[-1] - burst[0]) / (day("2026-01-12") - day("1999-01-01"))
    assert forward(burst[-1]) - forward(burst[0]) > 10 * linear_room
