"""Rendering: data in, cards out. Pure, so it is tested without Discord.

A Card is an embed-shaped answer that also renders as plain text (the console). Every card
respects Discord's limits: title 256, description 4096, 25 fields of 1024, footer 2048,
6000 characters in all.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from storage.models import (
    DispatchRecord,
    IngestResult,
    SearchHit,
    Stats,
    Timeline,
    TimelineEntry,
    TopicCount,
)
from timeline.summary import Briefing
from timeline.values import display

TITLE_LIMIT = 256
DESCRIPTION_LIMIT = 4096
FIELD_VALUE_LIMIT = 1024
FIELD_LIMIT = 25
FOOTER_LIMIT = 2048
EMBED_TOTAL_LIMIT = 6000
CONTENT_LIMIT = 2000
PAGE_CHARS = 3000  # a timeline page stays readable well below the description limit
PAGE_LINES = 10
SHORT_ID = 8
CITED_SOURCES = 4  # source ids shown on a line; the rest are counted

BLUE, GREEN, ORANGE, RED, GREY = 0x2B6CB0, 0x2F855A, 0xC05621, 0xC53030, 0x718096


def plural(count: int, word: str, words: str | None = None) -> str:
    """`1 dispatch`, `2 dispatches`."""
    return f"{count} {word}" if count == 1 else f"{count} {words or word + 's'}"


def clip(text: str, limit: int) -> str:
    text = text or ""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def short(dispatch_id: str) -> str:
    return dispatch_id[:SHORT_ID]


def cite(sources: Sequence[str], at_most: int = CITED_SOURCES, total: int | None = None) -> str:
    """The first sources as short ids, and how many more there are (`total` when the list
    holds only the first ones)."""
    shown = " ".join(f"`{short(s)}`" for s in sources[:at_most])
    more = max(total or 0, len(sources)) - min(at_most, len(sources))
    return shown + (f" +{more}" if more > 0 else "")


@dataclass
class Card:
    title: str
    description: str = ""
    fields: list[tuple[str, str]] = field(default_factory=list)
    footer: str = ""
    color: int = BLUE

    def fitted(self) -> Card:
        """The same card cut to Discord's limits."""
        fields = [(clip(n, TITLE_LIMIT), clip(v, FIELD_VALUE_LIMIT)) for n, v in self.fields]
        card = Card(
            clip(self.title, TITLE_LIMIT),
            clip(self.description, DESCRIPTION_LIMIT),
            fields[:FIELD_LIMIT],
            clip(self.footer, FOOTER_LIMIT),
            self.color,
        )
        while card.size() > EMBED_TOTAL_LIMIT and card.fields:
            card.fields.pop()
        if card.size() > EMBED_TOTAL_LIMIT:
            room = EMBED_TOTAL_LIMIT - (card.size() - len(card.description))
            card.description = clip(card.description, max(room, 0))
        return card

    def size(self) -> int:
        return (
            len(self.title)
            + len(self.description)
            + len(self.footer)
            + sum(len(n) + len(v) for n, v in self.fields)
        )

    def as_text(self) -> str:
        """The console's rendering of the same answer."""
        parts = [f"== {self.title} =="]
        if self.description:
            parts.append(self.description)
        for name, value in self.fields:
            parts.append(f"-- {name} --\n{value}")
        if self.footer:
            parts.append(f"({self.footer})")
        return "\n".join(parts)


HAPPENINGS_PER_LINE = 3


def entry_line(entry: TimelineEntry) -> str:
    """A date of the timeline: its main happening, then up to two more, each cited."""
    lead, *others = entry.happenings or [None]
    lines = [
        f"**{display(entry.date, entry.precision)}** — {clip(entry.summary, 300)} · "
        + (cite(lead.sources, total=lead.salience) if lead else cite(entry.sources))
    ]
    for happening in others[: HAPPENINGS_PER_LINE - 1]:
        lines.append(
            f"  ↳ {clip(happening.summary, 200)} · "
            f"{cite(happening.sources, 2, total=happening.salience)}"
        )
    hidden = max(entry.happening_total, len(entry.happenings)) - HAPPENINGS_PER_LINE
    if hidden > 0:
        lines.append(f"  ↳ and {hidden} more")
    return "\n".join(lines)


def timeline_pages(timeline: Timeline, label: str, shown_all: bool) -> list[Card]:
    """A chronology split into pages of whole lines."""
    if not timeline.entries:
        return [Card(f"Timeline — {label}", "No dated events for this topic yet.", color=GREY)]
    pages: list[list[str]] = [[]]
    size = 0
    for entry in timeline.entries:
        line = clip(entry_line(entry), 900)
        if pages[-1] and (len(pages[-1]) >= PAGE_LINES or size + len(line) > PAGE_CHARS):
            pages.append([])
            size = 0
        pages[-1].append(line)
        size += len(line) + 1
    hidden = timeline.total - len(timeline.entries)
    note = (
        ""
        if shown_all or hidden <= 0
        else (f" · {hidden} more, less reported: add `--all` to see every entry")
    )
    sources = len({s for e in timeline.entries for s in e.sources})
    return [
        Card(
            f"Timeline — {label}",
            "\n".join(lines),
            footer=(
                f"Page {i}/{len(pages)} · {plural(len(timeline.entries), 'entry', 'entries')}"
                f" from {plural(sources, 'dispatch', 'dispatches')}{note}"
            ),
        ).fitted()
        for i, lines in enumerate(pages, 1)
    ]


def brief_card(briefing: Briefing, label: str) -> Card:
    if not briefing.summary:
        return Card(f"Briefing — {label}", "Nothing to brief on yet for this topic.", color=GREY)
    description = "\n".join(f"• {item.text} {cite(item.sources, 3)}" for item in briefing.summary)
    key_dates = "\n".join(
        f"**{display(i.date, i.precision)}** — {clip(i.text, 120)}" for i in briefing.key_dates
    )
    fields = [("Key dates", key_dates)] if key_dates else []
    return Card(
        f"Briefing — {label}",
        description,
        fields,
        footer=f"Sources: {plural(len(briefing.sources), 'dispatch', 'dispatches')}",
        color=GREEN,
    ).fitted()


def dispatch_card(record: DispatchRecord, events: Sequence) -> Card:
    event_lines = "\n".join(
        f"**{display(e.date, e.precision)}** — {clip(e.summary, 160)}" for e in events[:10]
    )
    fields = [("Published", record.published), ("Section", record.section_en or record.section)]
    if record.topics:
        fields.append(("Topics", ", ".join(record.topics)))
    if event_lines:
        fields.append(("Dated events", event_lines))
    return Card(
        clip(record.headline, TITLE_LIMIT),
        " ".join(record.summary),
        fields,
        footer=f"Dispatch {record.id} · {record.lang}",
    ).fitted()


def search_card(words: str, hits: Sequence[SearchHit]) -> Card:
    if not hits:
        return Card(f"Search — {words}", "No dispatch matches.", color=GREY).fitted()
    lines = [f"`{short(h.id)}` {h.published} — **{h.headline}**\n{h.snippet}" for h in hits]
    return Card(
        f"Search — {words}",
        "\n\n".join(lines),
        footer=f"{plural(len(hits), 'dispatch', 'dispatches')} · `dispatch <id>` shows one",
    ).fitted()


def topics_card(topics: Sequence[TopicCount]) -> Card:
    if not topics:
        return Card("Topics", "No topics yet: ingest some dispatches first.", color=GREY)
    lines = [
        f"**{t.label}** — {plural(t.dispatches, 'dispatch', 'dispatches')}, "
        f"{plural(t.entries, 'timeline entry', 'timeline entries')}"
        for t in topics[:40]
    ]
    return Card(
        "Topics", "\n".join(lines), footer=f"{len(topics)} topics · `timeline <topic>` shows one"
    ).fitted()


def latest_card(records: Sequence[DispatchRecord]) -> Card:
    if not records:
        return Card("Latest dispatches", "No dispatches yet.", color=GREY)
    lines = [
        f"`{short(r.id)}` {r.published} · {r.section_en or r.section} — **{r.headline}**"
        for r in records
    ]
    return Card("Latest dispatches", "\n".join(lines)).fitted()


def unknown_topic_card(query: str, suggestions: Sequence[str]) -> Card:
    hint = (
        ("Did you mean " + ", ".join(f"**{s}**" for s in suggestions) + "?")
        if suggestions
        else "`topics` lists the topics I know."
    )
    return Card(f"Unknown topic: {clip(query, 100)}", hint, color=ORANGE)


def error_card(message: str) -> Card:
    return Card("Sorry", clip(message, 1000), color=RED)


def ingest_report_card(outcomes: Sequence) -> Card:
    """One line per file, in the order given: new / already known / rejected: reason.

    `outcomes` holds IngestResults and failures (anything with `source` and `reason`). With
    many files the lines get shorter (no headlines) so that every file keeps its line.
    """
    counts = {"new": 0, "known": 0, "rejected": 0}
    for outcome in outcomes:
        counts[outcome.status if isinstance(outcome, IngestResult) else "rejected"] += 1
    lines = [_report_line(o, 60, 70) for o in outcomes]
    if len("\n".join(lines)) > DESCRIPTION_LIMIT:
        lines = [_report_line(o, 36, 0) for o in outcomes]
    footer = (
        f"{counts['new']} new · {counts['known']} already known · {counts['rejected']} rejected"
    )
    return Card(
        "Ingest report",
        "\n".join(lines) or "Nothing to ingest.",
        footer=footer,
        color=ORANGE if counts["rejected"] else GREEN,
    ).fitted()


def _report_line(outcome, name_chars: int, headline_chars: int) -> str:
    name = clip(str(outcome.source).replace("`", "'"), name_chars)
    if not isinstance(outcome, IngestResult):
        return f"❌ `{name}` — rejected: {clip(outcome.reason, max(headline_chars, 60) + 50)}"
    headline = f" {clip(outcome.headline, headline_chars)}" if headline_chars else ""
    status = "new" if outcome.status == "new" else "already known"
    mark = "✅" if outcome.status == "new" else "↩️"
    return f"{mark} `{name}` — {status} `{short(outcome.dispatch_id)}`{headline}"


def stats_card(stats: Stats, version: str, uptime: str, integrity: str | None = None) -> Card:
    fields = [
        ("Dispatches", str(stats.dispatches)),
        ("Events", str(stats.events)),
        ("Timeline entries", str(stats.entries)),
        ("Topics", str(stats.topics)),
        ("Subscriptions", str(stats.subscriptions)),
        ("Pending announcements", str(stats.pending_announcements)),
        ("Last ingest", stats.last_ingest or "never"),
        ("Version", version),
        ("Uptime", uptime),
    ]
    if integrity is not None:
        fields.append(("Database integrity", integrity))
    return Card("Newsline status", "", fields, color=GREEN if integrity in (None, "ok") else RED)


HELP = [
    (
        "timeline <topic> [from] [to]",
        "The chronology of a topic, each line citing its dispatches.",
        "timeline venezuela 2026-01-01",
    ),
    (
        "brief <topic>",
        "A short briefing: the latest developments, then key dates.",
        "brief venezuela",
    ),
    (
        "dispatch <id>",
        "One dispatch: headline, date, summary and the events it dates.",
        "dispatch b47bf977",
    ),
    (
        "search <words>",
        "Full-text search over every dispatch, newest first.",
        "search capture Maduro",
    ),
    ("topics", "The topics with dispatches, and how many.", "topics"),
    ("latest [n]", "The most recent dispatches.", "latest 5"),
    ("help", "This list.", "help"),
]

# Only in Discord: files and pictures.
DISCORD_HELP = [
    (
        "timeline <topic> --image",
        "The same chronology as a picture (or press 🖼 under a timeline).",
        "timeline venezuela --image",
    ),
    (
        "export <topic> <json|csv|ics|timelinejs|md>",
        "The whole timeline as a file: data, calendar, TimelineJS or Markdown.",
        "export venezuela ics",
    ),
]

# Shown to everyone, run only by people with Manage Server (or the bot's owners), in a server.
ADMIN_HELP = [
    (
        "ingest",
        "Store dispatches: attach .txt/.md files (or paste one in a code block).",
        "ingest",
    ),
    (
        "forget <id>",
        "Remove a dispatch and what only it supported (asks first).",
        "forget b47bf977",
    ),
    (
        "subscribe <#channel> [topic]",
        "Post every new dispatch on a topic (or on everything) in a channel.",
        "subscribe #news venezuela",
    ),
    (
        "unsubscribe <#channel> [topic]",
        "Stop those posts (every topic of the channel without one).",
        "unsubscribe #news venezuela",
    ),
    ("subscriptions", "The channels of this server that follow topics.", "subscriptions"),
    ("status", "Counts, last ingest, version, uptime.", "status"),
    (
        "era add <name> <start> <end>",
        "Teach a named period, dated when a dispatch mentions it.",
        'era add "Cold War" 1947-03-12 1991-12-26',
    ),
    ("alias add <alias> <topic>", "Another name for a topic.", "alias add Bolivarian venezuela"),
]


def help_card(
    prefix: str,
    extra: Sequence[tuple[str, str, str]] = (),
    admin: Sequence[tuple[str, str, str]] = (),
) -> Card:
    lines = [
        f"**{prefix}{usage}** — {what}\n  e.g. `{prefix}{example}`"
        for usage, what, example in [*HELP, *extra]
    ]
    if admin:
        lines.append("\n__Admin__ (Manage Server, in a server):")
        lines += [
            f"🔒 **{prefix}{usage}** — {what}\n  e.g. `{prefix}{example}`"
            for usage, what, example in admin
        ]
    return Card(
        "Newsline — commands",
        "\n".join(lines),
        footer="Every command also works as a slash command: /timeline, /brief, …",
    ).fitted()


# -- Discord-only answers: exports, admin, announcements --------------------------------------


def notice_card(title: str, text: str = "", color: int = GREEN) -> Card:
    return Card(title, text, color=color).fitted()


def export_card(label: str, fmt: str, filename: str, entries: int) -> Card:
    what = {
        "json": "JSON (the shape of `newsline timeline --json`)",
        "csv": "CSV with a header row, for spreadsheets",
        "ics": "iCalendar: all-day events for any calendar app",
        "timelinejs": "TimelineJS JSON: load it in Knight Lab's TimelineJS",
        "md": "Markdown: a readable chronology with citations",
    }.get(fmt, fmt)
    return Card(
        f"Export — {label}",
        f"{plural(entries, 'entry', 'entries')} as {what}.",
        footer=filename,
        color=GREEN,
    ).fitted()


def announcement_content(record: DispatchRecord) -> str:
    """The line above an announcement's embed (what notifications show)."""
    return clip(f"📰 New dispatch: {record.headline}", CONTENT_LIMIT)


def announcement_card(
    record: DispatchRecord, events: Sequence, topic_labels: Sequence[str]
) -> Card:
    """A new dispatch posted to a channel that follows one of its topics."""
    summary = " ".join(record.summary[:2]) or "(no summary)"
    event_lines = "\n".join(
        f"**{display(e.date, e.precision)}** — {clip(e.summary, 160)}" for e in events[:8]
    )
    fields = [("Published", record.published), ("Section", record.section_en or record.section)]
    if topic_labels:
        fields.append(("Topics", ", ".join(topic_labels)))
    if event_lines:
        fields.append(("Dated events", event_lines))
    return Card(
        clip(record.headline, TITLE_LIMIT),
        summary,
        fields,
        footer=f"Dispatch {record.id} · `dispatch {short(record.id)}` shows it",
    ).fitted()


def subscriptions_card(rows: Sequence[tuple[str, str, str]]) -> Card:
    """rows: (channel mention, what it follows, state)."""
    if not rows:
        return Card(
            "Subscriptions",
            "No channel of this server follows a topic yet: `subscribe #channel [topic]`.",
            color=GREY,
        )
    lines = [f"{channel} — {topic}{state}" for channel, topic, state in rows]
    return Card(
        "Subscriptions", "\n".join(lines), footer=plural(len(rows), "subscription")
    ).fitted()


def subscription_disabled_card(channel: str, guild: str, reason: str) -> Card:
    return Card(
        "Newsline stopped posting to a channel",
        f"I could not post in {channel} on **{clip(guild, 100)}** ({reason}), so its "
        "subscriptions are off. Fix the channel's permissions (Send Messages, Embed Links) "
        "and run `subscribe` again.",
        color=ORANGE,
    ).fitted()


def forget_question_card(record: DispatchRecord) -> Card:
    return Card(
        f"Forget dispatch {short(record.id)}?",
        f"**{record.headline}** ({record.published})\n\nThis removes the dispatch, its events "
        "and the timeline entries only it supported. It cannot be undone.",
        color=ORANGE,
    ).fitted()


def ingest_progress_card(done: int, total: int, current: str) -> Card:
    bar_size = 20
    filled = round(bar_size * done / total) if total else bar_size
    return Card(
        "Ingesting…",
        f"`{'█' * filled}{'░' * (bar_size - filled)}` {done}/{total}\n{clip(current, 200)}",
        color=GREY,
    ).fitted()
