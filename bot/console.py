"""The local console: the chat commands, typed in a terminal, answered as text.

`!timeline venezuela`, `/timeline venezuela` and `timeline venezuela` all work; the answers are
the same cards Discord shows, rendered as text. Reads until end of input (so it can be piped).
"""

from __future__ import annotations

import logging
import sys
from typing import TextIO

from bot import commands
from bot.commands import CommandError
from bot.render import error_card
from bot.service import Newsline

log = logging.getLogger(__name__)
QUIT = {"quit", "exit", ":q"}


def answer_line(service: Newsline, line: str, prefix: str = "!") -> str | None:
    """The console's answer to one typed line (None for a blank line)."""
    line = line.strip()
    if not line:
        return None
    for mark in (prefix, "/"):
        if mark and line.startswith(mark):
            line = line[len(mark) :]
            break
    name, _, rest = line.partition(" ")
    handler = commands.TEXT_COMMANDS.get(name.lower())
    if handler is None:
        return error_card(f"Unknown command `{name}`. Try `{prefix}help`.").as_text()
    try:
        answer = handler(service, rest, prefix)
    except CommandError as error:
        return error_card(str(error)).as_text()
    except Exception:
        log.exception("command failed: %s", line)
        return error_card("Something went wrong on my side; the details are in the log.").as_text()
    return "\n\n".join(card.as_text() for card in answer.cards)


def run_console(
    service: Newsline, prefix: str = "!", stdin: TextIO = sys.stdin, stdout: TextIO = sys.stdout
) -> None:
    interactive = stdin.isatty()
    if interactive:
        stdout.write(f"Newsline console — type {prefix}help, or quit to leave.\n")
    while True:
        if interactive:
            stdout.write("newsline> ")
            stdout.flush()
        line = stdin.readline()
        if not line:
            break
        if line.strip().lower() in QUIT:
            break
        reply = answer_line(service, line, prefix)
        if reply:
            stdout.write(reply + "\n\n")
            stdout.flush()
