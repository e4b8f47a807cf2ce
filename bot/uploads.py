"""Dispatches that people send through Discord: which attachments to take, pasted text.

Pure: names and sizes in, decisions out. An attachment's file name is only ever a label in
reports and the `source` of a dispatch: never a path.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePosixPath

from bot.filenames import safe_name
from timeline.dispatch import MAX_BYTES

ACCEPTED_SUFFIXES = (".txt", ".md")
MAX_FILES = 50
PROGRESS_EVERY = 1.0  # seconds between two edits of a progress message (Discord rate limits)
_CODE_BLOCK = re.compile(r"```(?:[A-Za-z0-9_+-]*\n)?(.*?)```", re.DOTALL)


@dataclass(frozen=True, slots=True)
class Rejected:
    source: str
    reason: str


@dataclass(frozen=True, slots=True)
class Accepted:
    index: int  # position among the message's attachments
    source: str  # the safe name, used as the dispatch's source


def screen(files: list[tuple[str, int]]) -> list[Accepted | Rejected]:
    """Decide, before downloading anything, which attachments (name, size) to ingest.

    Kept in order: a `.txt` or `.md` file of at most 1 MB, among the first 50. Everything
    else is rejected with the reason.
    """
    decisions: list[Accepted | Rejected] = []
    for index, (filename, size) in enumerate(files):
        name = safe_name(filename)
        suffix = PurePosixPath(name).suffix.lower()
        if index >= MAX_FILES:
            reason = f"more than {MAX_FILES} files in one message; send the rest separately"
            decisions.append(Rejected(name, reason))
        elif suffix not in ACCEPTED_SUFFIXES:
            decisions.append(Rejected(name, "not a .txt or .md file"))
        elif size > MAX_BYTES:
            decisions.append(
                Rejected(name, f"too large ({size:,} bytes; the limit is {MAX_BYTES:,})")
            )
        else:
            decisions.append(Accepted(index, name))
    return decisions


def pasted_dispatches(text: str | None, *, blocks_only: bool = False) -> list[str]:
    """The dispatches pasted in a message: each code block, else the whole text.

    With `blocks_only` (the message has attachments too), plain words around them are a
    comment, not a dispatch.
    """
    if not text or not text.strip():
        return []
    blocks = [b for b in _CODE_BLOCK.findall(text) if b.strip()]
    if blocks or blocks_only:
        return blocks
    return [text.strip("`")]
