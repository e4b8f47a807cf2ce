"""Backups and restores of a Newsline database with SQLite's online backup API, and its health.

A backup is a consistent snapshot taken while the bot keeps running (WAL lets writers go on),
written beside the target under a temporary name and renamed into place, so a backup file is
always complete. A restore refuses to replace a database another process has open.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

MIGRATION_SET = "newsline"
# How long a restore waits for another process to let go of the database before refusing.
RESTORE_WAIT_SECONDS = 1.0


class BackupError(Exception):
    """A backup or restore that cannot be done; the message says why."""


def database_file(conn: sqlite3.Connection) -> Path | None:
    """The file behind a connection, or None for an in-memory database."""
    for _, name, file in conn.execute("pragma database_list"):
        if name == "main":
            return Path(file) if file else None
    return None


def integrity_check(conn: sqlite3.Connection) -> str:
    """`ok`, or SQLite's description of what is damaged (one problem per line)."""
    text_factory = conn.text_factory
    # Its messages may quote damaged bytes, which are not UTF-8.
    conn.text_factory = lambda data: data.decode("utf-8", errors="replace")
    try:
        rows = conn.execute("pragma integrity_check").fetchall()
    except sqlite3.DatabaseError as error:  # too damaged to even be checked
        return f"damaged: {error}"
    except UnicodeDecodeError:  # SQLite's own error message quotes damaged bytes
        return "damaged: the database file is malformed"
    finally:
        conn.text_factory = text_factory
    return "\n".join(str(row[0]) for row in rows)


def integrity_check_file(database: Path) -> str:
    """`integrity_check` of a database file, read through a connection of our own."""
    conn = sqlite3.connect(database, timeout=30)
    try:
        return integrity_check(conn)
    finally:
        conn.close()


def _remove_with_companions(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            os.remove(f"{path}{suffix}")


def backup_file(database: Path, target: Path) -> Path:
    """Copy the database file `database` (in use or not) into the single file `target`.

    It is read through a connection of its own, so the bot's Store is not held up while a
    large file is copied.
    """
    if Path(target).resolve() == Path(database).resolve():
        raise BackupError(f"{target} is the database itself; choose another file")
    source = sqlite3.connect(database, timeout=30)
    try:
        return backup_connection(source, target)
    finally:
        source.close()


def backup_connection(source: sqlite3.Connection, target: Path) -> Path:
    """Copy the database of `source` into `target`, replacing it only once the copy is whole."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.partial")
    _remove_with_companions(partial)
    destination = sqlite3.connect(partial)
    try:
        # One step (pages=-1): a consistent snapshot, which another connection's writes can
        # neither restart nor tear.
        source.backup(destination)
        # The copy keeps the source's WAL flag; make it one self-contained file.
        destination.execute("pragma journal_mode=delete")
        destination.close()
    except BaseException:
        destination.close()
        _remove_with_companions(partial)
        raise
    os.replace(partial, target)
    return target


def _check_restorable(source: sqlite3.Connection, path: Path) -> None:
    try:
        health = integrity_check(source)
        has_migrations = source.execute(
            "select count(*) from sqlite_master where name = '_sqlite_migrations'"
        ).fetchone()[0]
        newsline = (
            has_migrations
            and source.execute(
                "select count(*) from _sqlite_migrations where migration_set = ?", [MIGRATION_SET]
            ).fetchone()[0]
        )
    except sqlite3.DatabaseError as error:
        raise BackupError(f"{path} is not a readable SQLite database ({error})") from None
    if health != "ok":
        raise BackupError(f"{path} is damaged: {health.splitlines()[0]}")
    if not newsline:
        raise BackupError(f"{path} is not a Newsline database")


def restore(backup_file: Path, target: Path, keep_previous: Path | None = None) -> None:
    """Replace the database `target` by the contents of `backup_file`.

    Refuses when the backup is damaged or not a Newsline database, and when another process has
    `target` open (stop the bot first). With `keep_previous`, what `target` held is first saved
    there. Migrations are applied when the Store next opens the file.
    """
    backup_file, target = Path(backup_file), Path(target)
    if not backup_file.is_file():
        raise BackupError(f"{backup_file}: no such file")
    if target.exists() and backup_file.resolve() == target.resolve():
        raise BackupError(f"{backup_file} is the database itself")
    source = sqlite3.connect(backup_file)
    try:
        _check_restorable(source, backup_file)
        target.parent.mkdir(parents=True, exist_ok=True)
        destination = sqlite3.connect(target, timeout=RESTORE_WAIT_SECONDS)
        try:
            try:
                # Leaving WAL mode needs every other connection gone: the sign that the bot,
                # `newsline watch` or anyone else has let go of the file.
                destination.execute("pragma journal_mode=delete")
                destination.execute("pragma locking_mode=exclusive")
            except sqlite3.OperationalError:
                raise BackupError(
                    f"{target} is in use by another process; stop the bot (and any "
                    "`newsline watch`) first"
                ) from None
            if keep_previous is not None:
                backup_connection(destination, keep_previous)
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()
