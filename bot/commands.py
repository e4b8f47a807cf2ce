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

from bot import render
from bot.render import Card
from bot.service import Newsline
from timeline.values import parse_bound

DEFAULT_TIMELINE_ENTRIES = 30
MAX_LATEST = 20
_DATE_WORD = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


class CommandError(Exception):
    """A mistake in what the user typed; the message tells them how to fix it."""


@dataclass
class Answer:
    cards: list[Card]
    files: list[tuple[str, bytes]] = field(default_factory=list)


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
    limit = None if arguments.show_all else DEFAULT_TIMELINE_ENTRIES
    result = service.timeline(query.topic, arguments.start, arguments.end, limit, arguments.lang)
    return Answer(render.timeline_pages(result, query.label, arguments.show_all))


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


def help_(prefix: str) -> Answer:
    return Answer([render.help_card(prefix)])


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
