"""A topic's timeline as a file: JSON, CSV, iCalendar, TimelineJS or Markdown. Pure functions.

Data in (a `Timeline`, the topic's label, the cited dispatches), bytes out; no Discord, no
SQLite, so every format is tested on its own. `export_timeline` is what the `export` command
calls.
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import json
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from storage.models import DispatchRecord, Timeline, TimelineEntry
from timeline.values import bounds, display

FORMATS = ("json", "csv", "ics", "timelinejs", "md")
PRODID = "-//Newsline//Newsline timeline export//EN"
ICS_LINE_OCTETS = 75
ICS_SUMMARY_CHARS = 120
HEADLINE_CHARS = 90


@dataclass(frozen=True, slots=True)
class ExportFile:
    filename: str
    data: bytes
    entries: int


def slug(text: str) -> str:
    """`Estados Unidos` -> `estados-unidos`: a file-name-safe form of a topic."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "topic"


def _clip(text: str, limit: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _placed(timeline: Timeline) -> list[tuple[TimelineEntry, dt.date, dt.date]]:
    """Entries with their first and last day; vague values never reach a file."""
    placed = []
    for entry in timeline.entries:
        span = bounds(entry.date)
        if span is not None:
            placed.append((entry, span[0], span[1]))
    return placed


# -- JSON: the shape of `newsline timeline --json` -------------------------------------------


def timeline_json(timeline: Timeline) -> dict:
    """The document `newsline timeline TOPIC --json` prints (a stable interface)."""
    return {
        "topic": timeline.topic,
        "entries": [
            {
                "date": e.date,
                "precision": e.precision,
                "summary": e.summary,
                "topics": e.topics,
                "sources": e.sources,
                "salience": e.salience,
                "happenings": [
                    {
                        "summary": h.summary,
                        "sources": h.sources,
                        "salience": h.salience,
                        "actors": h.actors,
                        "types": h.types,
                        "lang": h.lang,
                    }
                    for h in e.happenings
                ],
            }
            for e in timeline.entries
        ],
        "total": timeline.total,
    }


def _others(entry: TimelineEntry) -> list:
    """The happenings of a date besides the one its summary tells."""
    return [h for h in entry.happenings if h.summary != entry.summary]


def to_json(timeline: Timeline, label: str = "", **_: object) -> bytes:
    return (json.dumps(timeline_json(timeline), ensure_ascii=False, indent=2) + "\n").encode()


# -- CSV -------------------------------------------------------------------------------------

CSV_HEADER = (
    "date", "precision", "start", "end", "when", "summary", "topics", "sources", "salience",
    "also",
)  # fmt: skip


def to_csv(timeline: Timeline, label: str = "", **_: object) -> bytes:
    """One row per date under a header; lists are `;`-separated, the date's other happenings
    ` | `-separated in `also`; RFC 4180 quoting and CRLF."""
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(CSV_HEADER)
    for entry, first, last in _placed(timeline):
        writer.writerow(
            (
                entry.date,
                entry.precision,
                first.isoformat(),
                last.isoformat(),
                display(entry.date, entry.precision),
                entry.summary,
                ";".join(entry.topics),
                ";".join(entry.sources),
                entry.salience,
                " | ".join(h.summary for h in _others(entry)),
            )
        )
    return out.getvalue().encode()


# -- iCalendar (RFC 5545) ----------------------------------------------------------------------


def ics_escape(text: str) -> str:
    """A TEXT value: backslash, semicolon, comma and newlines escaped (RFC 5545 3.3.11)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics_fold(line: str) -> str:
    """Fold a content line into lines of at most 75 octets (RFC 5545 3.1), never inside a
    UTF-8 character; continuation lines start with one space."""
    pieces: list[str] = []
    current, size, limit = [], 0, ICS_LINE_OCTETS
    for char in line:
        width = len(char.encode())
        if size + width > limit:
            pieces.append("".join(current))
            current, size, limit = [], 0, ICS_LINE_OCTETS - 1  # room for the leading space
        current.append(char)
        size += width
    pieces.append("".join(current))
    return "\r\n ".join(pieces)


def _ics_date(day: dt.date) -> str:
    return day.strftime("%Y%m%d")


def entry_key(topic: str, entry: TimelineEntry) -> str:
    """`venezuela-2026-01-03`: a timeline has one entry per date, so topic and date name it,
    the same in every export and every database."""
    return f"{slug(topic)}-{re.sub(r'[^0-9]+', '-', entry.date).strip('-')}"


def entry_uid(topic: str, entry: TimelineEntry) -> str:
    """Stable: re-importing a newer export updates calendar events, never duplicates them."""
    return f"{entry_key(topic, entry)}@newsline"


def _details(entry: TimelineEntry) -> str:
    lines = [entry.summary]
    lines += [f"Also: {h.summary} ({', '.join(h.sources)})" for h in _others(entry)]
    return "\n".join(lines)


def to_ics(
    timeline: Timeline,
    label: str = "",
    *,
    now: dt.datetime | None = None,
    **_: object,
) -> bytes:
    """All-day VEVENTs: DTSTART;VALUE=DATE and an exclusive DTEND (the day after the last)."""
    stamp = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    name = f"Newsline — {label or timeline.topic}"
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{ics_escape(name)}",
    ]
    for entry, first, last in _placed(timeline):
        description = (
            f"{_details(entry)}\n\nWhen: {display(entry.date, entry.precision)} "
            f"({entry.precision})\nSources (Newsline dispatch ids): {', '.join(entry.sources)}"
        )
        lines += [
            "BEGIN:VEVENT",
            f"UID:{entry_uid(timeline.topic, entry)}",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{_ics_date(first)}",
            f"DTEND;VALUE=DATE:{_ics_date(last + dt.timedelta(days=1))}",
            f"SUMMARY:{ics_escape(_clip(entry.summary, ICS_SUMMARY_CHARS))}",
            f"DESCRIPTION:{ics_escape(description)}",
            "TRANSP:TRANSPARENT",
        ]
        if entry.topics:
            lines.append("CATEGORIES:" + ",".join(ics_escape(t) for t in entry.topics))
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return ("".join(ics_fold(line) + "\r\n" for line in lines)).encode()


# -- TimelineJS (Knight Lab's JSON format) -----------------------------------------------------


def timelinejs_date(day: dt.date, precision: str) -> dict[str, int]:
    """A TimelineJS date object at the value's precision: year, then month, then day."""
    if precision == "year":
        return {"year": day.year}
    if precision == "month":
        return {"year": day.year, "month": day.month}
    return {"year": day.year, "month": day.month, "day": day.day}


def _period_part_precision(value: str, part: int) -> str:
    """The precision of one side of an interval `1999-02-02/2013-03-05`."""
    side = value.split("/")[part] if "/" in value else value
    return {10: "day", 7: "month", 4: "year"}.get(len(side), "day")


def _source_html(ids: Sequence[str], sources: Mapping[str, DispatchRecord]) -> str:
    items = []
    for dispatch_id in ids:
        record = sources.get(dispatch_id)
        if record is None:
            items.append(f"<li><code>{html.escape(dispatch_id)}</code></li>")
        else:
            items.append(
                f"<li>{html.escape(record.published)} — {html.escape(record.headline)} "
                f"<code>{html.escape(dispatch_id)}</code></li>"
            )
    return "<p>Sources:</p><ul>" + "".join(items) + "</ul>"


def to_timelinejs(
    timeline: Timeline,
    label: str = "",
    *,
    sources: Mapping[str, DispatchRecord] | None = None,
    **_: object,
) -> bytes:
    """`{"title", "events", "eras"}`: partial dates as year/month/day, periods with an
    `end_date` and as eras, `group` = the topic, a `unique_id` per entry; text is HTML-escaped."""
    sources = sources or {}
    label = label or timeline.topic
    events, eras = [], []
    for entry, first, last in _placed(timeline):
        if entry.precision == "period":
            start = timelinejs_date(first, _period_part_precision(entry.date, 0))
            end = timelinejs_date(last, _period_part_precision(entry.date, 1))
        else:
            start, end = timelinejs_date(first, entry.precision), None
        event: dict = {
            "start_date": start,
            "text": {
                "headline": html.escape(_clip(entry.summary, HEADLINE_CHARS)),
                "text": "".join(
                    f"<p>{html.escape(line)}</p>" for line in _details(entry).split("\n")
                )
                + _source_html(entry.sources, sources),
            },
            "display_date": display(entry.date, entry.precision),
            "group": label,
            "unique_id": entry_key(timeline.topic, entry),
            "autolink": False,
        }
        if end is not None:
            event["end_date"] = end
            eras.append(
                {
                    "start_date": start,
                    "end_date": end,
                    "text": {"headline": html.escape(_clip(entry.summary, 60))},
                }
            )
        events.append(event)
    cited = len({s for e, _, _ in _placed(timeline) for s in e.sources})
    document = {
        "title": {
            "text": {
                "headline": html.escape(f"{label} — timeline"),
                "text": html.escape(
                    f"{len(events)} entries from {cited} dispatches, compiled by Newsline."
                ),
            }
        },
        "events": events,
    }
    if eras:
        document["eras"] = eras
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode()


# -- Markdown --------------------------------------------------------------------------------

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def md_escape(text: str) -> str:
    return _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join((text or "").split()))


def to_markdown(
    timeline: Timeline,
    label: str = "",
    *,
    sources: Mapping[str, DispatchRecord] | None = None,
    now: dt.datetime | None = None,
    **_: object,
) -> bytes:
    """A readable chronology: a heading per year, one line per entry with numbered citations,
    then the numbered sources (date, section, headline, dispatch id)."""
    sources = sources or {}
    label = label or timeline.topic
    placed = _placed(timeline)
    numbers: dict[str, int] = {}
    for entry, _, _ in placed:
        for dispatch_id in [*entry.sources, *(s for h in entry.happenings for s in h.sources)]:
            numbers.setdefault(dispatch_id, len(numbers) + 1)
    today = (now or dt.datetime.now(dt.UTC)).date().isoformat()
    lines = [
        f"# {md_escape(label)} — timeline",
        "",
        f"_{len(placed)} entries from {len(numbers)} dispatches · exported by Newsline on {today}_",
    ]
    year = None
    for entry, first, _ in placed:
        if first.year != year:
            year = first.year
            lines += ["", f"## {year}", ""]
        lead = next((h for h in entry.happenings if h.summary == entry.summary), None)
        cites = "".join(f"[{numbers[s]}]" for s in (lead.sources if lead else entry.sources))
        lines.append(
            f"- **{display(entry.date, entry.precision)}** — {md_escape(entry.summary)} {cites}"
        )
        for happening in _others(entry):
            also = "".join(f"[{numbers[s]}]" for s in happening.sources)
            lines.append(f"  - {md_escape(happening.summary)} {also}")
    if numbers:
        lines += ["", "## Sources", ""]
        for dispatch_id, number in numbers.items():
            record = sources.get(dispatch_id)
            if record is None:
                lines.append(f"{number}. `{dispatch_id}`")
            else:
                section = record.section_en or record.section
                lines.append(
                    f"{number}. {record.published} · {md_escape(section)} — "
                    f"*{md_escape(record.headline)}* (`{dispatch_id}`)"
                )
    return ("\n".join(lines) + "\n").encode()


EXPORTERS: dict[str, tuple[str, Callable[..., bytes]]] = {
    "json": ("json", to_json),
    "csv": ("csv", to_csv),
    "ics": ("ics", to_ics),
    "timelinejs": ("timelinejs.json", to_timelinejs),
    "md": ("md", to_markdown),
}


def export_timeline(
    timeline: Timeline,
    label: str,
    fmt: str,
    *,
    sources: Mapping[str, DispatchRecord] | None = None,
    now: dt.datetime | None = None,
) -> ExportFile:
    """The file for `export <topic> <fmt>`; raises ValueError for an unknown format."""
    try:
        extension, exporter = EXPORTERS[fmt]
    except KeyError:
        raise ValueError(f"unknown export format {fmt!r} (use {', '.join(FORMATS)})") from None
    data = exporter(timeline, label, sources=sources or {}, now=now)
    return ExportFile(
        f"newsline-{slug(label or timeline.topic)}.{extension}", data, len(_placed(timeline))
    )
