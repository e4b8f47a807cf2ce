"""File names that come from outside (inbox files, Discord attachments) made safe to store.

A name someone else chose is never used as a path: `safe_name` keeps only a bare, printable
file name (no folders, no `..`, no hidden file), and `move_into` puts a file into one of our
folders under that name without ever overwriting what is already there.
"""

from __future__ import annotations

import errno
import os
import unicodedata
from collections.abc import Iterator
from pathlib import Path

# Leaves room under the usual 255-byte limit for a "-123" clash suffix and a ".error" companion.
MAX_NAME_BYTES = 200
MAX_SUFFIX_CHARS = 16
# Reserved on Windows or by shells; replaced so a file can be copied anywhere afterwards.
UNSAFE_CHARACTERS = set('<>:"|?*')
FALLBACK_NAME = "dispatch"
MAX_CLASH_SUFFIX = 100_000


def safe_name(filename: str, fallback: str = FALLBACK_NAME) -> str:
    """A bare file name derived from `filename`, safe to create inside a folder we own.

    Only the last path component is kept (`../../etc/passwd` -> `passwd`, `C:\\x\\y.txt` ->
    `y.txt`); control, format (bidi overrides) and reserved characters become `_`; leading dots
    go (no hidden files, never `.` or `..`); the result is at most MAX_NAME_BYTES of UTF-8 and
    never empty.
    """
    name = unicodedata.normalize("NFC", str(filename))
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(
        "_" if not char.isprintable() or char in UNSAFE_CHARACTERS else char for char in name
    )
    # Leading dots would hide the file (or make it `.`/`..`); trailing dots and spaces are
    # dropped by Windows and confuse people.
    name = name.strip().lstrip(".").rstrip(". ").strip()
    if not name:
        name = fallback
    return _clip(name)


def _clip(name: str) -> str:
    if len(name.encode("utf-8")) <= MAX_NAME_BYTES:
        return name
    stem, dot, suffix = name.rpartition(".")
    if not dot or not stem or len(suffix) > MAX_SUFFIX_CHARS:
        stem, suffix = name, ""
    tail = f".{suffix}" if suffix else ""
    budget = MAX_NAME_BYTES - len(tail.encode("utf-8"))
    clipped = stem.encode("utf-8")[:budget].decode("utf-8", errors="ignore").rstrip(". ")
    return (clipped or FALLBACK_NAME) + tail


def _candidates(name: str) -> Iterator[str]:
    """`report.txt`, then `report-1.txt`, `report-2.txt`, ..."""
    yield name
    stem, dot, suffix = name.rpartition(".")
    if not dot or not stem:
        stem, suffix = name, ""
    tail = f".{suffix}" if suffix else ""
    for number in range(1, MAX_CLASH_SUFFIX):
        yield f"{stem}-{number}{tail}"


def move_into(source: Path, folder: Path, name: str, keep_free: tuple[str, ...] = ()) -> Path:
    """Move `source` into `folder` as `safe_name(name)`, adding `-N` when that name is taken.

    Never overwrites: the new name is claimed with a hard link, which fails if it exists (and so
    is safe against another process moving files into the same folder). `keep_free` lists
    suffixes of companion files (e.g. `.error`) whose names must be free too.
    """
    folder.mkdir(parents=True, exist_ok=True)
    for candidate in _candidates(safe_name(name)):
        target = folder / candidate
        if any(os.path.lexists(folder / (candidate + extra)) for extra in keep_free):
            continue
        try:
            # follow_symlinks=False: a symbolic link is moved as a link, never what it points to.
            os.link(source, target, follow_symlinks=False)
        except FileExistsError:
            continue
        except OSError as error:
            if error.errno not in (errno.EXDEV, errno.EPERM, errno.ENOTSUP, errno.EMLINK):
                raise
            # A filesystem without hard links: check, then rename (not atomic, but still never
            # overwrites a file that was there before we looked).
            if os.path.lexists(target):
                continue
            os.rename(source, target)
            return target
        os.unlink(source)
        return target
    raise FileExistsError(f"no free name for {name!r} in {folder}")
