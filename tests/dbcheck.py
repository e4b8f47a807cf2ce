"""Checks of a Newsline database file as its users see it (plain sqlite3, reading only)."""

from __future__ import annotations

import sqlite3
from collections import Counter
from contextlib import closing
from pathlib import Path

# Tables whose rows belong to one dispatch and must come and go with it.
DISPATCH_TABLES = ("mentions", "events", "entry_sources", "dispatch_topics", "outbox")
COUNTED_TABLES = (
    "dispatches",
    "dispatches_fts",
    "mentions",
    "events",
    "entries",
    "entry_sources",
    "entry_topics",
    "dispatch_topics",
    "topics",
    "outbox",
)


def reader(path: Path) -> sqlite3.Connection:
    # A plain connection, not mode=ro: after a kill -9 the first opener must be able to recover
    # the write-ahead log, exactly as the next `newsline` run would.
    return sqlite3.connect(path, timeout=30)


def table_counts(path: Path) -> dict[str, int]:
    with closing(reader(path)) as conn:
        return {t: conn.execute(f"select count(*) from {t}").fetchone()[0] for t in COUNTED_TABLES}


def rows_per_dispatch(path: Path) -> dict[str, dict[str, int]]:
    with closing(reader(path)) as conn:
        return {
            table: dict(
                conn.execute(f"select dispatch_id, count(*) from {table} group by dispatch_id")
            )
            for table in DISPATCH_TABLES
        }


def assert_consistent(path: Path, reference: Path | None = None) -> set[str]:
    """Integrity ok, and each dispatch fully in or fully out; returns the dispatch ids.

    With `reference` (a clean ingest of the same files, in the same order), every dispatch
    present has exactly the rows it has there.
    """
    with closing(reader(path)) as conn:
        assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
        ids = {row[0] for row in conn.execute("select id from dispatches")}
        (fts,) = conn.execute("select count(*) from dispatches_fts").fetchone()
        assert fts == len(ids), "the full-text index must hold exactly the dispatches"
        unsupported = conn.execute(
            """select count(*) from entries e where e.salience !=
               (select count(*) from entry_sources s where s.entry_id = e.id)
               or e.salience < 1"""
        ).fetchone()[0]
        assert unsupported == 0, "every entry is cited by exactly `salience` dispatches"
        (stray_topics,) = conn.execute(
            "select count(*) from entry_topics where entry_id not in (select id from entries)"
        ).fetchone()
        assert stray_topics == 0
        assert_datewise_counts(conn)
    rows = rows_per_dispatch(path)
    for table, per_dispatch in rows.items():
        orphans = set(per_dispatch) - ids
        assert not orphans, f"{table} has rows of dispatches that are not stored: {orphans}"
    if reference is not None:
        expected = rows_per_dispatch(reference)
        for table in DISPATCH_TABLES:
            for dispatch_id in ids:
                assert rows[table].get(dispatch_id, 0) == expected[table].get(dispatch_id, 0), (
                    f"{table} rows of {dispatch_id} differ from a clean ingest"
                )
    return ids


def assert_datewise_counts(conn: sqlite3.Connection) -> None:
    """Each timeline date's weight is what a recount from scratch gives: the distinct
    dispatches citing an entry of that topic and date (and no date is left with none)."""
    cited = set(
        conn.execute(
            """select distinct t.topic, e.date, s.dispatch_id from entry_topics t
               join entries e on e.id = t.entry_id join entry_sources s on s.entry_id = e.id"""
        )
    )
    counted = set(conn.execute("select topic, date, dispatch_id from topic_date_sources"))
    assert counted == cited, "topic_date_sources must hold who cites each topic and date"
    recount = Counter((topic, date) for topic, date, _ in cited)
    stored = dict(
        ((topic, date), n)
        for topic, date, n in conn.execute("select topic, date, salience from topic_dates")
    )
    assert stored == recount, "topic_dates must count the dispatches citing each topic and date"
    (topics_off,) = conn.execute(
        """select count(*) from topics p where p.entries !=
           (select count(*) from topic_dates t where t.topic = p.topic)"""
    ).fetchone()
    assert topics_off == 0, "each topic's number of timeline dates must match topic_dates"


# What two ingests of the same files may differ in: when they happened.
CLOCK_COLUMNS = {"created_at", "updated_at", "ingested_at", "next_attempt_at"}
TABLES = (
    "dispatches",
    "mentions",
    "dispatch_topics",
    "entries",
    "entry_topics",
    "entry_sources",
    "events",
    "topic_dates",
    "topic_date_sources",
    "topics",
)


def contents(path: Path) -> dict[str, list[tuple]]:
    """The stored rows of every table an ingest writes, sorted, without their clock times."""
    with closing(reader(path)) as conn:
        out = {}
        for table in TABLES:
            columns = [
                row[1]
                for row in conn.execute(f"pragma table_info({table})")
                if row[1] not in CLOCK_COLUMNS
            ]
            out[table] = sorted(conn.execute(f"select {', '.join(columns)} from {table}"))
        return out
