"""The database schema, as sqlite-utils migrations (recorded in `_sqlite_migrations`).

Never edit an applied migration: add a new one, so old databases keep working.
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

migrations = Migrations("newsline")


@migrations()
def m001_dispatches(db: Database) -> None:
    db["dispatches"].create(
        {
            "id": str,  # short hash of the normalised text
            "published": str,  # ISO date
            "section": str,
            "section_en": str,
            "headline": str,
            "lang": str,
            "header": str,  # the text before the body, so header + body == the file's text
            "body": str,
            "source": str,  # where it came from (file name, attachment, console)
            "summary": str,  # JSON list of summary sentences
            "topics": str,  # JSON list of main topics, most central first
            "ingested_at": str,
        },
        pk="id",
        not_null={"published", "headline", "body"},
    )
    db["dispatches"].create_index(["published"])
    db["dispatches"].create_index(["ingested_at"])
    db["dispatches"].enable_fts(
        ["headline", "body"], tokenize="unicode61 remove_diacritics 2", create_triggers=True
    )
    db["mentions"].create(
        {
            "id": int,
            "dispatch_id": str,
            "text": str,
            "start": int,
            "end": int,
            "value": str,
            "precision": str,
        },
        pk="id",
        foreign_keys=[("dispatch_id", "dispatches", "id")],
    )
    db["mentions"].create_index(["dispatch_id"])
    db["dispatch_topics"].create(
        {"dispatch_id": str, "topic": str, "rank": int},
        pk=("dispatch_id", "topic"),
        foreign_keys=[("dispatch_id", "dispatches", "id")],
    )
    db["dispatch_topics"].create_index(["topic", "dispatch_id"])
    db["topics"].create(
        {"topic": str, "label": str, "kind": str, "dispatches": int, "entries": int},
        pk="topic",
    )
    db["entries"].create(
        {
            "id": int,
            "date": str,
            "precision": str,
            "date_start": str,
            "date_end": str,
            "summary": str,
            "lang": str,
            "topics": str,  # JSON list
            "actors": str,  # JSON list
            "types": str,  # JSON list
            "salience": int,  # number of distinct dispatches
            "created_at": str,
            "updated_at": str,
        },
        pk="id",
    )
    db["entries"].create_index(["date_start"])
    db["events"].create(
        {
            "id": int,
            "dispatch_id": str,
            "entry_id": int,
            "date": str,
            "precision": str,
            "date_start": str,
            "date_end": str,
            "summary": str,
            "lang": str,
            "topics": str,
            "actors": str,
            "types": str,
            "start": int,
            "end": int,
        },
        pk="id",
        foreign_keys=[("dispatch_id", "dispatches", "id"), ("entry_id", "entries", "id")],
    )
    db["events"].create_index(["dispatch_id"])
    db["events"].create_index(["entry_id"])
    db["entry_sources"].create(
        {"entry_id": int, "dispatch_id": str},
        pk=("entry_id", "dispatch_id"),
        foreign_keys=[("entry_id", "entries", "id"), ("dispatch_id", "dispatches", "id")],
    )
    db["entry_sources"].create_index(["dispatch_id"])
    # One row per (topic, entry), carrying what the timeline sorts and filters on, so a topic's
    # timeline is read from one index without touching entries it does not show.
    db["entry_topics"].create(
        {"topic": str, "entry_id": int, "date_start": str, "date_end": str, "salience": int},
        pk=("topic", "entry_id"),
        foreign_keys=[("entry_id", "entries", "id")],
    )
    db["entry_topics"].create_index(["topic", "date_start"])
    db["entry_topics"].create_index(["topic", "salience"])
    db["entry_topics"].create_index(["entry_id"])


@migrations()
def m002_subscriptions_outbox(db: Database) -> None:
    db["subscriptions"].create(
        {
            "id": int,
            "guild_id": int,
            "channel_id": int,
            "topic": str,  # '' follows every dispatch
            "created_by": int,
            "created_at": str,
            "active": int,
            "disabled_reason": str,
        },
        pk="id",
        not_null={"channel_id", "topic"},
        defaults={"active": 1, "topic": ""},
    )
    db["subscriptions"].create_index(["channel_id", "topic"], unique=True)
    db["outbox"].create(
        {
            "id": int,
            "dispatch_id": str,
            "subscription_id": int,
            "channel_id": int,
            "nonce": str,  # sent with enforce_nonce so a retried post is never doubled
            "status": str,  # pending | sent | failed
            "attempts": int,
            "next_attempt_at": str,
            "message_id": int,
            "last_error": str,
            "created_at": str,
            "sent_at": str,
        },
        pk="id",
        foreign_keys=[("dispatch_id", "dispatches", "id")],
        defaults={"status": "pending", "attempts": 0},
    )
    db["outbox"].create_index(["dispatch_id", "channel_id"], unique=True)
    db["outbox"].create_index(["status", "next_attempt_at"])


@migrations()
def m003_eras_aliases(db: Database) -> None:
    db["eras"].create(
        {"key": str, "names": str, "start": str, "end": str, "added_by": int, "added_at": str},
        pk="key",
    )
    db["aliases"].create({"alias": str, "topic": str, "added_by": int, "added_at": str}, pk="alias")


@migrations()
def m004_topic_dates(db: Database) -> None:
    """The dates of each topic's timeline, with how many dispatches report each (DATEWISE).

    Kept up to date at ingest, so a timeline's most reported dates come from one index.
    """
    db["topic_date_sources"].create(
        {"topic": str, "date": str, "dispatch_id": str},
        pk=("topic", "date", "dispatch_id"),
        foreign_keys=[("dispatch_id", "dispatches", "id")],
    )
    db["topic_date_sources"].create_index(["dispatch_id"])
    db["topic_dates"].create(
        {
            "topic": str,
            "date": str,
            "precision": str,
            "date_start": str,
            "date_end": str,
            "salience": int,  # distinct dispatches reporting something on that date
        },
        pk=("topic", "date"),
    )
    db["topic_dates"].create_index(["topic", "salience"])
    db["topic_dates"].create_index(["topic", "date_start"])
    db.execute(
        """insert or ignore into topic_date_sources (topic, date, dispatch_id)
           select t.topic, e.date, s.dispatch_id from entry_topics t
           join entries e on e.id = t.entry_id join entry_sources s on s.entry_id = e.id"""
    )
    db.execute(
        """insert into topic_dates (topic, date, precision, date_start, date_end, salience)
           select g.topic, g.date, min(e.precision), min(e.date_start), max(e.date_end),
                  (select count(*) from topic_date_sources x
                   where x.topic = g.topic and x.date = g.date)
           from (select distinct topic, date from topic_date_sources) g
           join entries e on e.date = g.date group by g.topic, g.date"""
    )


@migrations()
def m005_topic_entries_are_dates(db: Database) -> None:
    """A topic's `entries` counts the dates of its timeline (what `timeline` shows)."""
    db.execute(
        """update topics set entries =
             (select count(*) from topic_dates d where d.topic = topics.topic)"""
    )


@migrations()
def m006_reading_indexes(db: Database) -> None:
    """What the chat's reads need at a million events: a topic's latest dispatches, an entry's
    first reports and its summary in a given language, each from one index."""
    db["dispatch_topics"].add_column("published", str)
    db.execute(
        """update dispatch_topics set published =
             (select published from dispatches d where d.id = dispatch_topics.dispatch_id)"""
    )
    db["dispatch_topics"].create_index(["topic", "published"])
    db["entry_sources"].add_column("published", str)
    db.execute(
        """update entry_sources set published =
             (select published from dispatches d where d.id = entry_sources.dispatch_id)"""
    )
    db["entry_sources"].create_index(["entry_id", "published"])
    db["events"].create_index(["entry_id", "lang"])


@migrations()
def m007_no_salience_indexes(db: Database) -> None:
    """Salience changes at every ingest; indexing it cost more writes than the reads it saved
    (a topic's dates and happenings are few enough to sort when read)."""
    db.execute("drop index if exists idx_topic_dates_topic_salience")
    db.execute("drop index if exists idx_entry_topics_topic_salience")


@migrations()
def m008_first_reports_index(db: Database) -> None:
    """An entry's first reports, in order, straight from the index (a big story has thousands
    of sources; the chat shows four)."""
    db.execute("drop index if exists idx_entry_sources_entry_id_published")
    db["entry_sources"].create_index(["entry_id", "published", "dispatch_id"])


@migrations()
def m009_fewer_writes_per_ingest(db: Database) -> None:
    """An ingest writes ~50 (topic, date, dispatch) rows: kept in their primary key only
    (WITHOUT ROWID, no second index), and indexes nothing reads are dropped."""
    db.executescript(
        """
        create table topic_date_sources_new (
            topic text, date text, dispatch_id text references dispatches(id),
            primary key (topic, date, dispatch_id)
        ) without rowid;
        insert into topic_date_sources_new select topic, date, dispatch_id
            from topic_date_sources;
        drop table topic_date_sources;
        alter table topic_date_sources_new rename to topic_date_sources;
        drop index if exists idx_dispatch_topics_topic_dispatch_id;
        drop index if exists idx_events_entry_id;
        """
    )


@migrations()
def m010_date_sources_by_dispatch(db: Database) -> None:
    """A dispatch's (topic, date) counts keyed by the dispatch first: its ~50 rows land side
    by side in one or two pages instead of fifty scattered ones, and forgetting it finds
    them in one range."""
    db.executescript(
        """
        create table topic_date_sources_new (
            dispatch_id text references dispatches(id), topic text, date text,
            primary key (dispatch_id, topic, date)
        ) without rowid;
        insert into topic_date_sources_new select dispatch_id, topic, date
            from topic_date_sources order by dispatch_id, topic, date;
        drop table topic_date_sources;
        alter table topic_date_sources_new rename to topic_date_sources;
        """
    )


@migrations()
def m011_entry_candidates_index(db: Database) -> None:
    """Ingest asks, for each event, which entries of its topics lie within its dates: the
    index answers it alone (dates and entry), without reading entry_topics rows."""
    db.execute("drop index if exists idx_entry_topics_topic_date_start")
    db["entry_topics"].create_index(["topic", "date_start", "date_end", "entry_id"])


@migrations()
def m012_tables_in_their_keys(db: Database) -> None:
    """Tables written at every ingest and read by their key live in that key (WITHOUT ROWID):
    one b-tree to write per row instead of a table plus its key's index. An entry's sources
    are kept in the order they are read (by date of publication); a dispatch has one date,
    so (entry, published, dispatch) is unique exactly when (entry, dispatch) is."""
    db.executescript(
        """
        create table entry_sources_new (
            entry_id integer references entries(id),
            published text not null,
            dispatch_id text references dispatches(id),
            primary key (entry_id, published, dispatch_id)
        ) without rowid;
        insert into entry_sources_new select entry_id, coalesce(published, ''), dispatch_id
            from entry_sources order by entry_id, published, dispatch_id;
        drop table entry_sources;
        alter table entry_sources_new rename to entry_sources;
        create index idx_entry_sources_dispatch_id on entry_sources (dispatch_id);

        create table topic_dates_new (
            topic text, date text, precision text, date_start text, date_end text,
            salience integer,  -- distinct dispatches reporting something on that date
            primary key (topic, date)
        ) without rowid;
        insert into topic_dates_new select topic, date, precision, date_start, date_end,
            salience from topic_dates order by topic, date;
        drop table topic_dates;
        alter table topic_dates_new rename to topic_dates;
        create index idx_topic_dates_topic_date_start on topic_dates (topic, date_start);

        create table dispatch_topics_new (
            dispatch_id text references dispatches(id), topic text, rank integer,
            published text,
            primary key (dispatch_id, topic)
        ) without rowid;
        insert into dispatch_topics_new select dispatch_id, topic, rank, published
            from dispatch_topics order by dispatch_id, topic;
        drop table dispatch_topics;
        alter table dispatch_topics_new rename to dispatch_topics;
        create index idx_dispatch_topics_topic_published on dispatch_topics (topic, published);
        """
    )


@migrations()
def m013_fewer_full_text_merges(db: Database) -> None:
    """The full-text index merges its segments 16 at a time instead of 4: a quarter of the
    merge work at every commit of an ingest, for searches that read a few more segments (a
    search still takes well under a millisecond at 100,000 dispatches, bench/scale.py)."""
    db.execute("insert into dispatches_fts (dispatches_fts, rank) values ('automerge', 16)")
