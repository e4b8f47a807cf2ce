"""The chat commands, independent of where they are typed (Discord or the console).

Each command takes the service and its arguments and returns an Answer (cards, maybe files).
The Discord cogs and the console both call these, so they answer exactly alike.
"""

from __future__ import annotations

import datetime as dt
import re
import shlex
from collections.abc import Callable
from dataclasses import dataclass, field

from bot import exports, render
from bot.render import Card
from bot.service import IngestFailure, Newsline
from storage.models import IngestResult
from timeline.dates import Era
from timeline.values import parse_bound

DEFAULT_TIMELINE_ENTRIES = 30
MAX_LATEST = 20
MAX_EXPORT_BYTES = 8_000_000  # under Discord's smallest upload limit for bots
_DATE_WORD = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


class CommandError(Exception):
    """A mistake in what the user typed; the message tells them how to fix it."""


@dataclass
class Answer:
    cards: list[Card]
    files: list[tuple[str, bytes]] = field(default_factory=list)
    drawable: bool = False  # a timeline with entries: Discord offers its picture


@dataclass(frozen=True)
class TopicArguments:
    words: str
    start: dt.date | None = None
    end: dt.date | None = None
    show_all: bool = False
    lang: str | None = None
    image: bool = False


def parse_topic_arguments(*parts: str | None) -> TopicArguments:
    """`united states 2026-01 2026-02 --all --lang en` -> topic words, from, to and flags.

    Prefix commands give free text and slash commands give separate options; both end here so
    `!timeline united states 2026-01-01` and `/timeline topic:united states from:2026-01-01` agree.
    """
    try:
        tokens = shlex.split(" ".join(p for p in parts if p))
    except ValueError:
        tokens = " ".join(p for p in parts if p).replace('"', " ").split()
    words, dates, show_all, lang, image = [], [], False, None, False
    index = 0
    while index < len(tokens):
        token = tokens[index]
        lowered = token.lower()
        if lowered in ("--all", "all:true"):
            show_all = True
        elif lowered in ("--image", "--picture"):
            image = True
        elif lowered == "--lang" and index + 1 < len(tokens):
            index += 1
            lang = tokens[index].lower()[:2]
        elif lowered.startswith("--lang="):
            lang = lowered.split("=", 1)[1][:2]
        elif _DATE_WORD.match(token) and words:
            dates.append(token)
        else:
            words.append(token)
        index += 1
    if len(dates) > 2:
        raise CommandError("Give at most two dates: `from` and `to` (YYYY, YYYY-MM or YYYY-MM-DD).")
    try:
        start = parse_bound(dates[0]) if dates else None
        end = parse_bound(dates[1], end=True) if len(dates) > 1 else None
    except ValueError as error:
        raise CommandError(str(error)) from None
    if start and end and start > end:
        raise CommandError("`from` must come before `to`.")
    return TopicArguments(" ".join(words), start, end, show_all, lang, image)


def _resolve(service: Newsline, words: str):
    if not words.strip():
        raise CommandError("Which topic? For example `timeline venezuela` (`topics` lists them).")
    return service.resolve_topic(words)


def timeline(service: Newsline, arguments: TopicArguments) -> Answer:
    query = _resolve(service, arguments.words)
    if query.topic is None:
        return Answer([render.unknown_topic_card(query.query, query.suggestions)])
    result = _chat_timeline(service, query.topic, arguments)
    answer = Answer(
        render.timeline_pages(result, query.label, arguments.show_all),
        drawable=bool(result.entries),
    )
    if arguments.image and result.entries:
        answer.files.append(_picture(result, query.label))
    return answer


def _chat_timeline(service: Newsline, topic: str, arguments: TopicArguments):
    """What a chat page shows: the most reported dates (all with --all), their main happenings
    and first sources; the counts of the rest come along for "+N" and "and N more"."""
    limit = None if arguments.show_all else DEFAULT_TIMELINE_ENTRIES
    return service.timeline(
        topic,
        arguments.start,
        arguments.end,
        limit,
        arguments.lang,
        happenings=render.HAPPENINGS_PER_LINE,
        sources=render.CITED_SOURCES,
    )


def _picture(result, label: str) -> tuple[str, bytes]:
    from bot.picture import timeline_png  # matplotlib loads on first use only

    return f"timeline-{exports.slug(label)}.png", timeline_png(result, label)


def timeline_picture(service: Newsline, arguments: TopicArguments) -> Answer:
    """The timeline as a picture (the 🖼 button under a timeline)."""
    query = _resolve(service, arguments.words)
    if query.topic is None:
        return Answer([render.unknown_topic_card(query.query, query.suggestions)])
    result = _chat_timeline(service, query.topic, arguments)
    if not result.entries:
        raise CommandError("Nothing to draw: this topic has no dated events yet.")
    card = render.notice_card(f"Timeline — {query.label}", "", render.BLUE)
    return Answer([card], [_picture(result, query.label)])


def parse_export_arguments(words: str, fmt: str | None) -> tuple[TopicArguments, str]:
    """`venezuela ics 2026-01` (prefix) or topic + format options (slash) -> arguments, format."""
    tokens = words.split()
    if fmt is None:
        found = [t for t in tokens if t.lower().lstrip("-") in exports.FORMATS]
        if found:
            fmt = found[-1].lower().lstrip("-")
            tokens.remove(found[-1])
    if fmt is None or fmt.lower() not in exports.FORMATS:
        raise CommandError(
            f"Which format? `export <topic> <{'|'.join(exports.FORMATS)}>`, "
            "e.g. `export venezuela ics`."
        )
    return parse_topic_arguments(" ".join(tokens)), fmt.lower()


def export(service: Newsline, arguments: TopicArguments, fmt: str) -> Answer:
    """Every entry of a topic (within from/to) as a file."""
    query = _resolve(service, arguments.words)
    if query.topic is None:
        return Answer([render.unknown_topic_card(query.query, query.suggestions)])
    result = service.timeline(query.topic, arguments.start, arguments.end, None, arguments.lang)
    sources = service.dispatch_records({s for e in result.entries for s in e.sources})
    file = exports.export_timeline(result, query.label, fmt, sources=sources)
    if len(file.data) > MAX_EXPORT_BYTES:
        raise CommandError(
            f"That export is too large for Discord ({len(file.data):,} bytes): narrow it with "
            "dates, e.g. `export venezuela ics 2026-01-01 2026-03-31`, or use `newsline "
            "timeline --json` on the server."
        )
    card = render.export_card(query.label, fmt, file.filename, file.entries)
    return Answer([card], [(file.filename, file.data)])


def brief(service: Newsline, arguments: TopicArguments) -> Answer:
    query = _resolve(service, arguments.words)
    if query.topic is None:
        return Answer([render.unknown_topic_card(query.query, query.suggestions)])
    briefing = service.brief(query.topic, arguments.start, arguments.lang)
    return Answer([render.brief_card(briefing, query.label)])


def dispatch(service: Newsline, dispatch_id: str) -> Answer:
    dispatch_id = dispatch_id.strip().strip("`")
    if not dispatch_id:
        raise CommandError("Which dispatch? Give its id, e.g. `dispatch b47bf977`.")
    view = service.dispatch(dispatch_id)
    if view is None:
        raise CommandError(
            f"No dispatch with id `{render.clip(dispatch_id, 20)}` (or the prefix is ambiguous). "
            "`latest` and `search` show ids."
        )
    return Answer([render.dispatch_card(view.record, view.events)])


def search(service: Newsline, words: str) -> Answer:
    words = " ".join(words.split())
    if not words:
        raise CommandError("Search for what? For example `search capture Maduro`.")
    return Answer([render.search_card(render.clip(words, 100), service.search(words))])


def topics(service: Newsline) -> Answer:
    return Answer([render.topics_card(service.topics())])


def latest(service: Newsline, count: int | str | None = None) -> Answer:
    try:
        number = int(count) if count not in (None, "") else 5
    except ValueError:
        raise CommandError("`latest` takes a number, e.g. `latest 5`.") from None
    return Answer([render.latest_card(service.latest(max(1, min(number, MAX_LATEST))))])


def help_(prefix: str, everything: bool = False) -> Answer:
    """The command list; `everything` adds the Discord-only and admin commands."""
    if everything:
        return Answer([render.help_card(prefix, render.DISCORD_HELP, render.ADMIN_HELP)])
    return Answer([render.help_card(prefix)])


# -- admin: what the admin commands answer (Discord runs the checks) ---------------------------


def ingest_report(outcomes: list[IngestResult | IngestFailure]) -> Answer:
    return Answer([render.ingest_report_card(outcomes)])


def forget_question(service: Newsline, dispatch_id: str) -> tuple[Answer, str]:
    """The confirmation to ask before forgetting, and the dispatch's full id."""
    view = service.dispatch(dispatch_id.strip().strip("`"))
    if view is None:
        raise CommandError(
            f"No dispatch with id `{render.clip(dispatch_id, 20)}` (or the prefix is ambiguous). "
            "`latest` and `search` show ids."
        )
    return Answer([render.forget_question_card(view.record)]), view.record.id


def forget(service: Newsline, dispatch_id: str) -> Answer:
    if not service.forget(dispatch_id):
        return Answer(
            [render.notice_card("Nothing to forget", "It was already gone.", render.GREY)]
        )
    return Answer(
        [
            render.notice_card(
                f"Forgot dispatch {render.short(dispatch_id)}",
                "The dispatch, its events and the entries only it supported are gone.",
            )
        ]
    )


def _topic_or_everything(service: Newsline, words: str | None) -> tuple[str, str]:
    """('' and 'every dispatch') or a known topic's key and label."""
    if not words or not words.strip() or words.strip().lower() in ("all", "everything", "*"):
        return "", "every dispatch"
    query = service.resolve_topic(words)
    if query.topic is None:
        hint = (
            " Did you mean " + ", ".join(f"**{s}**" for s in query.suggestions) + "?"
            if query.suggestions
            else " `topics` lists the topics I know."
        )
        raise CommandError(f"I do not know the topic **{render.clip(words, 60)}**.{hint}")
    return query.topic, query.label


def subscribe(
    service: Newsline,
    guild_id: int,
    channel_id: int,
    topic_words: str | None,
    user_id: int,
    *,
    can_post: bool = True,
) -> Answer:
    topic, label = _topic_or_everything(service, topic_words)
    created = service.store.subscribe(guild_id, channel_id, topic, user_id)
    what = "every new dispatch" if not topic else f"every new dispatch about **{label}**"
    text = (
        f"<#{channel_id}> will get {what}." if created else f"<#{channel_id}> already gets {what}."
    )
    if not can_post:
        text += (
            "\n⚠️ I cannot post there yet: give me **Send Messages** and **Embed Links** in "
            "that channel."
        )
    title = "Subscribed" if created else "Already subscribed"
    return Answer([render.notice_card(title, text, render.GREEN if can_post else render.ORANGE)])


def unsubscribe(service: Newsline, channel_id: int, topic_words: str | None) -> Answer:
    if topic_words and topic_words.strip():
        topic, label = _topic_or_everything(service, topic_words)
        removed = service.store.unsubscribe(channel_id, topic)
        what = f"**{label}**"
    else:
        removed = service.store.unsubscribe(channel_id, None)
        what = "any topic"
    if not removed:
        return Answer(
            [render.notice_card("Nothing to stop", f"<#{channel_id}> did not follow {what}.")]
        )
    return Answer(
        [
            render.notice_card(
                "Unsubscribed",
                f"<#{channel_id}> no longer follows {what} "
                f"({render.plural(removed, 'subscription')} removed).",
            )
        ]
    )


def subscriptions(service: Newsline, guild_id: int) -> Answer:
    rows = []
    for sub in service.store.subscriptions(guild_id):
        topic = service.gazetteer.label(sub.topic) if sub.topic else "every dispatch"
        by = f" (by <@{sub.created_by}>)" if sub.created_by else ""
        state = "" if sub.active else f" — ⚠️ off: {sub.disabled_reason or 'disabled'}"
        rows.append((f"<#{sub.channel_id}>", topic + by, state))
    return Answer([render.subscriptions_card(rows)])


def status(service: Newsline, version: str, uptime: dt.timedelta) -> Answer:
    minutes = int(uptime.total_seconds() // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    shown = (f"{days} d " if days else "") + (f"{hours} h " if days or hours else "")
    shown += f"{minutes} min"
    card = render.stats_card(service.stats(), version, shown, service.integrity())
    return Answer([card])


def era_add(service: Newsline, name: str, start: str, end: str, user_id: int) -> Answer:
    name = " ".join(name.split())
    if not name:
        raise CommandError('Name the era, e.g. `era add "Cold War" 1947-03-12 1991-12-26`.')
    try:
        first, last = parse_bound(start), parse_bound(end, end=True)
    except ValueError as error:
        raise CommandError(str(error)) from None
    if first > last:
        raise CommandError("The era must start before it ends.")
    era = Era(exports.slug(name), tuple(dict.fromkeys([name, name.lower()])), first, last)
    service.add_era(era, user_id)
    return Answer(
        [
            render.notice_card(
                f"Era added: {render.clip(name, 100)}",
                f"{first.isoformat()} – {last.isoformat()}. Dispatches ingested from now on "
                f"that mention “{render.clip(name, 100)}” get this period.",
            )
        ]
    )


def alias_add(service: Newsline, alias: str, topic_words: str, user_id: int) -> Answer:
    alias = " ".join(alias.split())
    if not alias:
        raise CommandError("Which alias? e.g. `alias add Bolivarian venezuela`.")
    topic, label = _topic_or_everything(service, topic_words)
    if not topic:
        raise CommandError("Which topic? e.g. `alias add Bolivarian venezuela`.")
    service.add_alias(alias, topic, user_id)
    return Answer(
        [
            render.notice_card(
                "Alias added",
                f"“{render.clip(alias, 100)}” now means **{label}** (for `timeline`, `brief` and "
                "dispatches ingested from now on).",
            )
        ]
    )


def announcement(service: Newsline, dispatch_id: str) -> tuple[str, Card] | None:
    """What to post for a new dispatch (None when it was forgotten meanwhile)."""
    view = service.dispatch(dispatch_id)
    if view is None or view.record.id != dispatch_id:
        return None
    labels = [service.gazetteer.label(t) for t in view.record.topics]
    card = render.announcement_card(view.record, view.events, labels)
    return render.announcement_content(view.record), card


# Text commands for the console: name -> handler(service, rest of the line, prefix).
TextHandler = Callable[[Newsline, str, str], Answer]
TEXT_COMMANDS: dict[str, TextHandler] = {
    "timeline": lambda s, rest, p: timeline(s, parse_topic_arguments(rest)),
    "brief": lambda s, rest, p: brief(s, parse_topic_arguments(rest)),
    "dispatch": lambda s, rest, p: dispatch(s, rest),
    "search": lambda s, rest, p: search(s, rest),
    "topics": lambda s, rest, p: topics(s),
    "latest": lambda s, rest, p: latest(s, rest.strip() or None),
    "help": lambda s, rest, p: help_(p),
}
