"""A timeline as a picture (PNG), drawn with matplotlib's Agg backend. Pure: data in, bytes out.

One row per entry, in date order: on the left the date and the (wrapped) description, on the
right a time axis where a dated day is a dot (bigger when more dispatches report it), a month
or a year a light bar over the span it may be, and a period a solid bar. Long empty stretches
of time (the Chávez era, then nothing until 2026) are cut out of the axis, marked by a break,
so that clustered events keep room to be told apart.

It blocks (rendering takes a fraction of a second): call it off the event loop.
"""

from __future__ import annotations

import datetime as dt
import io
import textwrap
import threading
from dataclasses import dataclass

import matplotlib
import numpy as np

matplotlib.use("Agg")

from matplotlib import dates as mdates
from matplotlib.figure import Figure

from storage.models import Timeline, TimelineEntry
from timeline.values import bounds, display

MAX_ROWS = 40
MAX_SEGMENTS = 4
GAP_SHARE = 0.3  # an empty stretch taking more than this share of its stretch is cut out
MIN_GAP_DAYS = 20
LINEAR_SHARE = 0.35  # of the axis spent on elapsed time; the rest on where entries are
MIN_TICK_GAP = 0.09  # of an axis' width between two tick labels
WIDTH_IN = 12.0
ROW_IN = 0.46
HEADER_IN = 0.95
FOOTER_IN = 0.55
DPI = 110
TEXT_CHARS = 62  # characters per line of a description
TEXT_LINES = 2

INK, MUTED, GRID, ZEBRA = "#1A202C", "#718096", "#CBD5E0", "#F7FAFC"
DAY, SPAN, PERIOD = "#C05621", "#90CDF4", "#2B6CB0"

# matplotlib keeps global state (font cache, rcParams): one drawing at a time.
_LOCK = threading.Lock()


@dataclass(frozen=True, slots=True)
class _Row:
    entry: TimelineEntry
    start: float  # matplotlib date numbers (days)
    end: float


def _rows(timeline: Timeline, max_rows: int) -> list[_Row]:
    placed = [(e, bounds(e.date)) for e in timeline.entries]
    placed = [(e, span) for e, span in placed if span is not None]
    if len(placed) > max_rows:
        # Keep the most reported entries, still shown in date order.
        keep = sorted(placed, key=lambda p: (-p[0].salience, p[1][0]))[:max_rows]
        placed = [p for p in placed if any(p is k for k in keep)]
    placed.sort(key=lambda p: (p[1][0], p[1][1]))
    return [
        _Row(e, mdates.date2num(first), mdates.date2num(last + dt.timedelta(days=1)))
        for e, (first, last) in placed
    ]


def segments(spans: list[tuple[float, float]], max_segments: int = MAX_SEGMENTS):
    """Stretches of time that hold entries, with long empty gaps between them cut out.

    A gap may be cut when it is long (over MIN_GAP_DAYS) and takes a large share (GAP_SHARE)
    of the stretch it sits in; the cut made first is the one that frees the most room for the
    most entries (share of the stretch times the entries in it), up to `max_segments`
    stretches. Returns [(start, end)] in order; every span lies inside exactly one of them.
    """
    if not spans:
        return []
    merged: list[list[float]] = []  # [start, end, how many spans]
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
            merged[-1][2] += 1
        else:
            merged.append([start, end, 1])
    groups = [merged]  # each group becomes one segment
    while len(groups) < max_segments:
        best = None
        for g, group in enumerate(groups):
            length = max(m[1] for m in group) - group[0][0]
            crowd = sum(m[2] for m in group)
            for i in range(len(group) - 1):
                gap = group[i + 1][0] - max(m[1] for m in group[: i + 1])
                share = gap / length
                score = share * crowd
                if gap > MIN_GAP_DAYS and share > GAP_SHARE and (best is None or score > best[0]):
                    best = (score, g, i)
        if best is None:
            break
        _, g, i = best
        groups[g : g + 1] = [groups[g][: i + 1], groups[g][i + 1 :]]
    return [(group[0][0], max(m[1] for m in group)) for group in groups]


def stretch(points: list[float], lo: float, hi: float, linear: float = LINEAR_SHARE):
    """An axis scale that gives room by how many distinct dates fall there.

    Position = `linear` x the time elapsed + the rest x the share of distinct dates before:
    still a time axis (order kept, monotonic), but a week with ten entries is no longer a
    single pixel beside a decade with one. Returns (forward, inverse) for matplotlib's
    function scale.
    """
    knots = np.unique(np.clip(np.asarray([lo, *points, hi], dtype=float), lo, hi))
    if len(knots) < 2 or hi <= lo:
        return (lambda v: v), (lambda v: v)
    ranks = np.arange(len(knots)) / (len(knots) - 1)
    places = linear * (knots - lo) / (hi - lo) + (1 - linear) * ranks

    def forward(values):
        return np.interp(values, knots, places, left=0.0, right=1.0)

    def inverse(values):
        return np.interp(values, places, knots, left=lo, right=hi)

    return forward, inverse


def _plain(text: str) -> str:
    """Text matplotlib must not read as mathtext (`$5 million and $3 billion`)."""
    return text.replace("$", r"\$")


def _wrap(text: str) -> str:
    lines = textwrap.wrap(" ".join(text.split()), TEXT_CHARS) or [""]
    if len(lines) > TEXT_LINES:
        lines = lines[:TEXT_LINES]
        lines[-1] = lines[-1][: TEXT_CHARS - 1].rstrip(" ,;:") + "…"
    return _plain("\n".join(lines))


def _count(number: int, one: str, many: str) -> str:
    return f"{number} {one if number == 1 else many}"


def _cites(entry: TimelineEntry) -> str:
    more = len(entry.sources) - 1
    return entry.sources[0][:8] + (f" +{more}" if more > 0 else "") if entry.sources else ""


_FORMATS = {"day": "%-d %b\n%Y", "month": "%b\n%Y", "year": "%Y"}


def _ticks(ax, start: float, end: float, *, alone: _Row | None, forward) -> None:
    """Readable ticks for one stretch: years, months or days, the year shown once, never two
    labels closer than MIN_TICK_GAP on the (stretched) axis.

    A stretch holding one entry is labelled with that entry's own date (or a period's ends).
    """
    if alone is not None:
        precision = alone.entry.precision
        if precision == "period":
            first = mdates.num2date(alone.start)
            last = mdates.num2date(alone.end - 1)
            if first.year == last.year or forward(alone.end) - forward(alone.start) < 0.3:
                middle = (alone.start + alone.end) / 2
                ax.set_xticks([middle], [display(alone.entry.date, precision)])
            else:
                ax.set_xticks([alone.start, alone.end], [str(first.year), str(last.year)])
        else:
            day = mdates.num2date(alone.start)
            where = alone.start + (0.5 if precision == "day" else (alone.end - alone.start) / 2)
            ax.set_xticks([where], [day.strftime(_FORMATS.get(precision, "%Y"))])
        return
    days = end - start
    levels = []  # coarse to fine: (locator, label format)
    if days > 365:
        levels.append((mdates.YearLocator(), "%Y"))
    if days > 40:
        levels.append((mdates.MonthLocator(), "%b"))
    if days <= 400:
        levels.append((mdates.DayLocator(bymonthday=(1, 8, 15, 22)), "%-d %b"))
    lo, hi = mdates.num2date(start), mdates.num2date(end)
    kept: dict[float, str] = {}
    for locator, fmt in levels:
        for tick in locator.tick_values(lo, hi):
            if start <= tick <= end and all(
                abs(forward(tick) - forward(other)) >= MIN_TICK_GAP for other in kept
            ):
                kept[tick] = fmt
    labels, last_year = [], None
    ticks = sorted(kept)
    for tick in ticks:
        day = mdates.num2date(tick)
        label = day.strftime(kept[tick])
        if kept[tick] != "%Y" and day.year != last_year:
            label += f"\n{day.year}"
        last_year = day.year
        labels.append(label)
    ax.set_xticks(ticks, labels)


def _when(entry: TimelineEntry) -> str:
    """The date as the timeline shows it, a same-year range shortened to fit its column."""
    shown = display(entry.date, entry.precision)
    first, dash, last = shown.partition(" – ")
    if dash and first[:4] == last[:4] and len(last) > 4:
        return f"{first}–{last[5:]}"
    return shown


def timeline_png(timeline: Timeline, label: str, *, max_rows: int = MAX_ROWS) -> bytes:
    """The picture of a timeline as PNG bytes."""
    with _LOCK:
        return _draw(timeline, label, max_rows)


def _draw(timeline: Timeline, label: str, max_rows: int) -> bytes:
    rows = _rows(timeline, max_rows)
    n = max(len(rows), 1)
    height = HEADER_IN + FOOTER_IN + ROW_IN * n
    fig = Figure(figsize=(WIDTH_IN, height), dpi=DPI, facecolor="white")
    top = 1 - HEADER_IN / height
    bottom = FOOTER_IN / height

    sources = len({s for r in rows for s in r.entry.sources})
    parts = segments([(r.start, r.end) for r in rows])
    title = _plain(f"Timeline — {label}")
    fig.text(0.02, 1 - 0.34 / height, title, fontsize=16, weight="bold", color=INK)
    hidden = len(timeline.entries) - len(rows)
    subtitle = (
        f"{_count(len(rows), 'entry', 'entries')} from {_count(sources, 'dispatch', 'dispatches')}"
        + (f" (the most reported of {len(timeline.entries)})" if hidden > 0 else "")
        + "  ·  dot: a day   light bar: a month or a year   dark bar: a period"
        + "   ·  the time axis gives more room where more happened"
        + ("; // leaves out time without entries" if len(parts) > 1 else "")
    )
    fig.text(0.02, 1 - 0.64 / height, subtitle, fontsize=8.5, color=MUTED)
    fig.text(0.02, 0.12 / height, "Newsline", fontsize=8, color=MUTED)

    if not rows:
        fig.text(0.5, 0.45, "No dated events for this topic yet.", ha="center", color=MUTED)
        return _png(fig)

    counts = [sum(1 for r in rows if a <= r.start and r.end <= b) for a, b in parts]
    # Room by how many entries a stretch holds: a burst of events gets space to spread.
    weights = [max(c, 1) ** 0.75 for c in counts]
    text_right, axis_left, axis_right, gap = 0.50, 0.52, 0.975, 0.014
    room = axis_right - axis_left - gap * (len(parts) - 1)
    shares = [max(w / sum(weights), 0.1) for w in weights]
    shares = [room * s / sum(shares) for s in shares]

    text_ax = fig.add_axes((0.02, bottom, text_right - 0.02, top - bottom))
    text_ax.set_axis_off()
    text_ax.set_xlim(0, 1)
    text_ax.set_ylim(n - 0.5, -0.5)
    for i, row in enumerate(rows):
        if i % 2 == 0:
            text_ax.axhspan(i - 0.5, i + 0.5, color=ZEBRA, zorder=0)
        when = _when(row.entry)
        size = 9 if len(when) <= 12 else 8
        text_ax.text(0.0, i - 0.12, when, va="center", fontsize=size, weight="bold", color=INK)
        text_ax.text(0.0, i + 0.22, _cites(row.entry), va="center", fontsize=7, color=MUTED)
        text_ax.text(
            0.23, i, _wrap(row.entry.summary), va="center", fontsize=8.3, color=INK,
            linespacing=1.15,
        )  # fmt: skip

    x = axis_left
    for index, ((start, end), width) in enumerate(zip(parts, shares, strict=True)):
        ax = fig.add_axes((x, bottom, width, top - bottom))
        x += width + gap
        pad = max((end - start) * 0.05, 3.0)
        inside = [r for r in rows if start <= r.start and r.end <= end]
        points = [p for r in inside for p in (r.start, r.start + 0.5, r.end)]
        forward, inverse = stretch(points, start - pad, end + pad)
        ax.set_xscale("function", functions=(forward, inverse))
        ax.set_xlim(start - pad, end + pad)
        ax.set_ylim(n - 0.5, -0.5)
        ax.set_yticks([])
        for i in range(n):
            if i % 2 == 0:
                ax.axhspan(i - 0.5, i + 0.5, color=ZEBRA, zorder=0)
            ax.axhline(i, color=GRID, linewidth=0.6, linestyle=(0, (1, 3)), zorder=1)
        for i, row in enumerate(rows):
            if not (start <= row.start and row.end <= end):
                continue
            precision = row.entry.precision
            if precision == "period":
                ax.barh(i, row.end - row.start, left=row.start, height=0.5, color=PERIOD, zorder=3)
            elif precision in ("month", "year"):
                ax.barh(
                    i, row.end - row.start, left=row.start, height=0.36, color=SPAN,
                    edgecolor=PERIOD, linewidth=0.6, zorder=3,
                )  # fmt: skip
            else:
                size = 26 + 20 * min(row.entry.salience, 6)
                ax.scatter([row.start + 0.5], [i], s=size, color=DAY, zorder=4, linewidths=0)
        alone = inside[0] if len({(r.start, r.end) for r in inside}) == 1 else None
        _ticks(ax, start - pad, end + pad, alone=alone, forward=forward)
        ax.tick_params(axis="x", labelsize=7.5, colors=MUTED, length=3)
        for side in ("top", "right", "left"):
            ax.spines[side].set_visible(False)
        ax.spines["bottom"].set_color(MUTED)
        if index < len(parts) - 1:
            # `//` in the gap: time without entries was left out of the axis here.
            fig.text(x - gap / 2, bottom, "//", ha="center", va="center", fontsize=9, color=MUTED)
    return _png(fig)


def _png(fig: Figure) -> bytes:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=DPI, facecolor="white")
    return buffer.getvalue()
