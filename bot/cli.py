"""`newsline` (= `python -m bot`): run the bot or the console, ingest, and query from a shell.

The `--json` outputs are stable interfaces (see README); extend them, never break them.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import os
import signal
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from pydantic import ValidationError

from bot import exports, render
from bot.commands import CommandError
from bot.inbox import Inbox, InboxOutcome, scan_once, summarize
from bot.service import IngestFailure, Newsline, dispatch_files
from bot.settings import Settings
from timeline.values import display, parse_bound

log = logging.getLogger("newsline")


def _add_db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db", type=Path, help="database file (default: $NEWSLINE_DB or data/newsline.db)"
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsline", description="News dispatches in, a cited event timeline out."
    )
    sub = parser.add_subparsers(dest="command")

    run = sub.add_parser("run", help="start the Discord bot (or the console without a token)")
    _add_db(run)
    console = sub.add_parser("console", help="the chat commands in this terminal")
    _add_db(console)

    ingest = sub.add_parser("ingest", help="store dispatch files or folders")
    ingest.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    _add_db(ingest)
    ingest.add_argument("--quiet", action="store_true", help="print only the total and errors")
    ingest.add_argument(
        "--workers",
        type=int,
        help="processes analysing dispatches (default: every core for big batches)",
    )
    ingest.add_argument("--json", action="store_true", help="one JSON object per dispatch")

    extract = sub.add_parser("extract", help="analyse files without storing them")
    extract.add_argument("paths", nargs="+", type=Path, metavar="FILE")
    extract.add_argument("--json", action="store_true", help="one JSON object per file")

    for name, what in (
        ("timeline", "the chronology of a topic"),
        ("brief", "a short briefing on a topic"),
    ):
        command = sub.add_parser(name, help=what)
        command.add_argument("topic", nargs="+")
        _add_db(command)
        command.add_argument("--json", action="store_true")
        command.add_argument("--lang", help="prefer summaries in this language (e.g. en)")
        if name == "timeline":
            command.add_argument("--from", dest="start", help="YYYY, YYYY-MM or YYYY-MM-DD")
            command.add_argument("--to", dest="end", help="YYYY, YYYY-MM or YYYY-MM-DD")
            command.add_argument("--limit", type=int, help="keep the N most salient entries")
        else:
            command.add_argument("--since", help="only developments from this date on")

    search = sub.add_parser("search", help="full-text search over dispatches")
    search.add_argument("words", nargs="+")
    _add_db(search)
    search.add_argument("--limit", type=int, default=10)
    search.add_argument("--json", action="store_true")

    watch = sub.add_parser("watch", help="ingest files dropped into the inbox, until Ctrl-C")
    watch.add_argument(
        "--inbox", type=Path, help="the inbox folder (default: $NEWSLINE_INBOX or data/inbox)"
    )
    _add_db(watch)
    watch.add_argument("--once", action="store_true", help="ingest what is there now, then exit")

    backup = sub.add_parser("backup", help="copy the database to FILE while it is in use")
    backup.add_argument("file", type=Path, metavar="FILE")
    _add_db(backup)
    restore = sub.add_parser("restore", help="replace the database by a backup (bot stopped)")
    restore.add_argument("file", type=Path, metavar="FILE")
    _add_db(restore)
    return parser


def _service(args: argparse.Namespace, settings: Settings) -> Newsline:
    return Newsline.open(args.db or settings.db)


# Below this many files an ingest is over before a progress bar would tell anything.
PROGRESS_MIN_FILES = 50


def _progress_bar(total: int, quiet: bool):
    """A progress bar with rate and ETA on stderr, for people watching a big ingest."""
    if quiet or total < PROGRESS_MIN_FILES or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit="file", file=sys.stderr, dynamic_ncols=True, desc="ingest")


def cmd_ingest(args: argparse.Namespace, settings: Settings) -> int:
    service = _service(args, settings)
    counts = {"new": 0, "known": 0, "rejected": 0}
    files = list(dispatch_files(args.paths))
    bar = _progress_bar(len(files), args.quiet)
    started = time.monotonic()

    def emit(line: str, stream=None) -> None:
        stream = stream or sys.stdout
        if bar is None:
            print(line, file=stream)
        else:  # keeps the bar whole below the lines
            bar.write(line, file=stream)

    try:
        for outcome in service.ingest_paths(files, args.workers):
            if bar is not None:
                bar.update(1)
            if isinstance(outcome, IngestFailure):
                counts["rejected"] += 1
                if args.json:
                    emit(
                        json.dumps(
                            {
                                "file": outcome.source,
                                "status": "rejected",
                                "reason": outcome.reason,
                            },
                            ensure_ascii=False,
                        )
                    )
                else:
                    emit(
                        f"rejected       {outcome.source}: {outcome.reason}",
                        sys.stderr if args.quiet else sys.stdout,
                    )
                continue
            counts[outcome.status] += 1
            if args.json:
                emit(
                    json.dumps(
                        {
                            "file": outcome.source,
                            "status": outcome.status,
                            "id": outcome.dispatch_id,
                            "events": outcome.events,
                        },
                        ensure_ascii=False,
                    )
                )
            elif not args.quiet:
                status = "new" if outcome.status == "new" else "already known"
                emit(
                    f"{status:<14} {outcome.dispatch_id}  {outcome.source}  "
                    f"{render.clip(outcome.headline, 70)}"
                )
    finally:
        service.close()
        if bar is not None:
            bar.close()
    if not args.json:
        print(
            f"{counts['new']} new, {counts['known']} already known, {counts['rejected']} rejected"
        )
    if bar is not None:
        elapsed = time.monotonic() - started
        print(
            f"ingested {len(files):,} files in {elapsed:.1f} s "
            f"({len(files) / max(elapsed, 1e-9):,.0f} files/s)",
            file=sys.stderr,
        )
    return 1 if counts["rejected"] else 0


def extract_record(path: Path) -> dict:
    from timeline.analysis import analyse
    from timeline.dispatch import read_dispatch

    analysis = analyse(read_dispatch(path))
    d = analysis.dispatch
    return {
        "file": str(path),
        "id": d.id,
        "published": d.published.isoformat(),
        "lang": d.lang,
        "section": d.section,
        "section_en": d.section_en,
        "headline": d.headline,
        "topics": analysis.topics,
        "mentions": [
            {
                "text": m.text,
                "start": m.start,
                "end": m.end,
                "value": m.value,
                "precision": m.precision,
            }
            for m in analysis.mentions
        ],
        "events": [
            {
                "date": e.date,
                "precision": e.precision,
                "summary": e.summary,
                "topics": list(e.topics),
                "actors": list(e.actors),
                "types": list(e.types),
            }
            for e in analysis.events
        ],
    }


def cmd_extract(args: argparse.Namespace, settings: Settings) -> int:
    from timeline.dispatch import DispatchError

    failed = 0
    for path in dispatch_files(args.paths):
        try:
            record = extract_record(path)
        except DispatchError as error:
            failed += 1
            print(f"rejected {error}", file=sys.stderr)
            if args.json:
                print(json.dumps({"file": str(path), "error": error.reason}, ensure_ascii=False))
            continue
        if args.json:
            print(json.dumps(record, ensure_ascii=False))
        else:
            print(
                f"{record['file']}  {record['id']}  {record['published']}  {record['lang']}  "
                f"{record['headline']}"
            )
            for m in record["mentions"]:
                print(f"  {m['start']:>6}  {m['text']!r:40} {m['value']} ({m['precision']})")
            for e in record["events"]:
                print(f"  event {display(e['date'])}: {e['summary']}")
    return 1 if failed else 0


def _topic_or_explain(service: Newsline, words: Sequence[str]) -> tuple[str, str | None]:
    query = service.resolve_topic(" ".join(words))
    if query.topic is None:
        hint = f" (did you mean: {', '.join(query.suggestions)}?)" if query.suggestions else ""
        print(f"unknown topic {query.query!r}{hint}", file=sys.stderr)
        return query.query, None
    return query.topic, query.topic


def cmd_timeline(args: argparse.Namespace, settings: Settings) -> int:
    service = _service(args, settings)
    try:
        start = parse_bound(args.start) if args.start else None
        end = parse_bound(args.end, end=True) if args.end else None
        name, topic = _topic_or_explain(service, args.topic)
        if topic is None:
            if args.json:
                print(json.dumps({"topic": name, "entries": []}, ensure_ascii=False))
            return 1
        result = service.timeline(topic, start, end, args.limit, args.lang)
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    finally:
        service.close()
    if args.json:
        print(json.dumps(exports.timeline_json(result), ensure_ascii=False))
    else:
        for e in result.entries:
            print(f"{display(e.date):<24} {e.summary}  [{', '.join(e.sources)}]")
    return 0


def cmd_brief(args: argparse.Namespace, settings: Settings) -> int:
    service = _service(args, settings)
    try:
        since = parse_bound(args.since) if args.since else None
        name, topic = _topic_or_explain(service, args.topic)
        if topic is None:
            if args.json:
                print(
                    json.dumps(
                        {"topic": name, "summary": [], "key_dates": [], "sources": []},
                        ensure_ascii=False,
                    )
                )
            return 1
        briefing = service.brief(topic, since, args.lang)
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    finally:
        service.close()
    if args.json:
        print(
            json.dumps(
                {
                    "topic": topic,
                    "summary": [
                        {"text": i.text, "sources": list(i.sources)} for i in briefing.summary
                    ],
                    "key_dates": [
                        {"date": i.date, "precision": i.precision, "summary": i.text}
                        for i in briefing.key_dates
                    ],
                    "sources": briefing.sources,
                },
                ensure_ascii=False,
            )
        )
    else:
        print(render.brief_card(briefing, topic).as_text())
    return 0


def cmd_search(args: argparse.Namespace, settings: Settings) -> int:
    service = _service(args, settings)
    try:
        hits = service.search(" ".join(args.words), args.limit)
    finally:
        service.close()
    if args.json:
        print(
            json.dumps(
                {
                    "query": " ".join(args.words),
                    "results": [
                        {
                            "id": h.id,
                            "published": h.published,
                            "headline": h.headline,
                            "snippet": h.snippet,
                        }
                        for h in hits
                    ],
                },
                ensure_ascii=False,
            )
        )
    else:
        print(render.search_card(" ".join(args.words), hits).as_text())
    return 0


def cmd_console(args: argparse.Namespace, settings: Settings) -> int:
    from bot.console import run_console

    service = _service(args, settings)
    try:
        run_console(service, settings.prefix)
    finally:
        service.close()
    return 0


def cmd_run(args: argparse.Namespace, settings: Settings) -> int:
    if settings.token is None:
        log.info("no DISCORD_TOKEN: starting the local console")
        _ingest_inbox_once(args, settings)
        return cmd_console(args, settings)
    from bot.client import run_bot

    return run_bot(settings, args.db or settings.db)


def _print_inbox_outcome(outcome: InboxOutcome) -> None:
    """One line per inbox file, in the same words as `newsline ingest`."""
    if outcome.status == "rejected":
        print(f"rejected       {outcome.name}: {outcome.reason}", flush=True)
        return
    status = "new" if outcome.status == "new" else "already known"
    print(
        f"{status:<14} {outcome.dispatch_id}  {outcome.name}  {render.clip(outcome.headline, 70)}",
        flush=True,
    )


def _ingest_inbox_once(args: argparse.Namespace, settings: Settings) -> None:
    """What arrived in the inbox while nothing watched it, before the console starts."""
    if settings.inbox is None or not settings.inbox.is_dir():
        return
    service = _service(args, settings)
    try:
        outcomes = scan_once(service, settings.inbox)
    finally:
        service.close()
    if outcomes:
        print(f"inbox {settings.inbox}: {summarize(outcomes)}", file=sys.stderr)


async def _watch_until_stopped(inbox: Inbox) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    # A service manager stops us with SIGTERM: finish the file in hand, then leave.
    with contextlib.suppress(NotImplementedError):
        loop.add_signal_handler(signal.SIGTERM, stop.set)
    await inbox.run(stop)


def cmd_watch(args: argparse.Namespace, settings: Settings) -> int:
    folder = args.inbox or settings.inbox
    if folder is None:
        print("error: no inbox folder: give --inbox DIR or set NEWSLINE_INBOX", file=sys.stderr)
        return 2
    service = _service(args, settings)
    inbox = Inbox(service, folder, on_outcome=_print_inbox_outcome)
    try:
        if args.once:
            outcomes = inbox.scan()
            print(summarize(outcomes))
            return 1 if any(o.status == "rejected" for o in outcomes) else 0
        print(f"watching {folder} (Ctrl-C to stop)", file=sys.stderr, flush=True)
        with contextlib.suppress(KeyboardInterrupt):  # Ctrl-C is how one stops watching
            asyncio.run(_watch_until_stopped(inbox))
        print("stopped", file=sys.stderr)
        return 0
    finally:
        service.close()


def _existing_database(args: argparse.Namespace, settings: Settings) -> Path:
    database = args.db or settings.db
    if not database.is_file():
        raise CommandError(f"no database at {database}")
    return database


def cmd_backup(args: argparse.Namespace, settings: Settings) -> int:
    from storage.backup import BackupError, integrity_check_file

    database = _existing_database(args, settings)
    service = _service(args, settings)
    try:
        target = service.store.backup(args.file)
    except (BackupError, OSError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    finally:
        service.close()
    health = integrity_check_file(target)
    print(f"backed up {database} to {target} ({target.stat().st_size:,} bytes, integrity {health})")
    return 0 if health == "ok" else 1


def cmd_restore(args: argparse.Namespace, settings: Settings) -> int:
    from storage.backup import BackupError, restore

    database = args.db or settings.db
    previous = database.with_name(database.name + ".before-restore") if database.exists() else None
    try:
        restore(args.file, database, keep_previous=previous)
    except (BackupError, OSError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    service = _service(args, settings)  # applies the migrations the backup may predate
    try:
        stats = service.stats()
        health = service.store.integrity_check()
    finally:
        service.close()
    kept = f"; the database it replaced is in {previous}" if previous else ""
    print(
        f"restored {args.file} into {database}: {stats.dispatches} dispatches, "
        f"integrity {health}{kept}"
    )
    return 0


COMMANDS = {
    "run": cmd_run,
    "console": cmd_console,
    "ingest": cmd_ingest,
    "extract": cmd_extract,
    "timeline": cmd_timeline,
    "brief": cmd_brief,
    "search": cmd_search,
    "watch": cmd_watch,
    "backup": cmd_backup,
    "restore": cmd_restore,
}


def configure_logging(level: str, quiet: bool) -> None:
    logging.basicConfig(
        level=logging.WARNING if quiet else getattr(logging, level.upper(), logging.INFO),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args(["run", *(argv or sys.argv[1:])])
    try:
        settings = Settings()
    except ValidationError as error:  # names the variable and its value (never the token's)
        print(f"error: invalid configuration (environment or .env):\n{error}", file=sys.stderr)
        return 2
    talks_to_discord = args.command == "run" and settings.token is not None
    configure_logging(settings.log_level, quiet=not talks_to_discord)
    try:
        return COMMANDS[args.command](args, settings)
    except CommandError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`newsline extract ... --json | head`): stop quietly, as Unix
        # tools do; stdout now leads nowhere, so the flush at exit cannot fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


if __name__ == "__main__":
    sys.exit(main())
