"""Storage: idempotent ingest, consolidation, search safety, forgetting, migrations."""

import sqlite3
from contextlib import closing
from dataclasses import replace

import pytest
from sqlite_utils import Database

from storage.schema import migrations
from storage.store import Store
from tests.dbcheck import assert_consistent, assert_datewise_counts, contents, reader
from tests.helpers import SEED, dispatch_text
from timeline.analysis import analyse
from timeline.dispatch import parse_dispatch, read_dispatch
from timeline.events import EventMention


def counts(store: Store) -> tuple[int, int, int, int]:
    stats = store.stats()
    return stats.dispatches, stats.events, stats.entries, stats.topics


def test_ingest_is_idempotent_by_content(tmp_path):
    store = Store.open(tmp_path / "a.db")
    first = store.ingest(analyse(read_dispatch(SEED)))
    before = counts(store)
    again = store.ingest(analyse(read_dispatch(SEED)))
    assert (first.status, again.status) == ("new", "known")
    assert first.dispatch_id == again.dispatch_id
    assert counts(store) == before
    assert before[0] == 1 and before[1] >= 3


def test_database_file_survives_reopening_and_migrations_rerun(tmp_path):
    path = tmp_path / "b.db"
    store = Store.open(path)
    store.ingest(analyse(read_dispatch(SEED)))
    store.close()
    reopened = Store.open(path)
    assert reopened.stats().dispatches == 1
    assert reopened.stats().schema[0] == "m001_dispatches"
    assert reopened.db.journal_mode == "wal"


def test_a_failing_ingest_leaves_nothing_half_written(tmp_path, monkeypatch):
    store = Store.open(tmp_path / "c.db")
    analysis = analyse(read_dispatch(SEED))

    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(store, "_queue_announcements", broken)
    with pytest.raises(RuntimeError):
        store.ingest(analysis)
    assert counts(store)[:3] == (0, 0, 0)
    assert store.db.execute("select count(*) from mentions").fetchone()[0] == 0


def test_same_happening_from_two_dispatches_is_one_entry_with_both_sources(service):
    fr = dispatch_text(
        "2026-01-04",
        "Maduro capturé",
        "Nicolás Maduro a été capturé par les États-Unis "
        "le 3 janvier 2026 lors d'une opération militaire à Caracas.",
    )
    en = dispatch_text(
        "2026-01-05",
        "Maduro captured",
        "Nicolás Maduro was captured by the United States "
        "on January 3, 2026 in a military operation in Caracas.",
    )
    a = service.ingest_text(fr, "fr.txt")
    b = service.ingest_text(en, "en.txt")
    entries = [e for e in service.timeline("venezuela").entries if e.date == "2026-01-03"]
    assert len(entries) == 1
    assert set(entries[0].sources) == {a.dispatch_id, b.dispatch_id}
    assert entries[0].salience == 2


@pytest.mark.parametrize(
    "query",
    [
        '"',
        "*",
        "capture OR",
        "NEAR(",
        "a'; drop table x;--",
        "''",
        "-",
        "^",
        "AND",
        "col:val",
        "\x00",
    ],
)
def test_search_never_fails_on_odd_input(service, query):
    service.ingest_file(SEED)
    assert isinstance(service.search(query), list)
    assert service.stats().dispatches == 1


def test_search_is_accent_insensitive_and_finds_words(service):
    service.ingest_file(SEED)
    assert service.search("venezuelien")
    assert service.search("capture")[0].headline.startswith("Poutine")
    assert service.search("zzzznotaword") == []


def test_forget_removes_a_dispatch_and_entries_only_it_supported(service):
    seed = service.ingest_file(SEED)
    other = service.ingest_text(
        dispatch_text(
            "2026-01-04",
            "Maduro capturé",
            "Nicolás Maduro a été capturé par les États-Unis "
            "le 3 janvier 2026 lors d'une opération militaire à Caracas.",
        ),
        "other.txt",
    )
    assert service.store.forget(seed.dispatch_id)
    assert service.store.dispatch(seed.dispatch_id) is None
    remaining = service.timeline("venezuela").entries
    assert remaining and all(e.sources == [other.dispatch_id] for e in remaining)
    assert not service.store.forget(seed.dispatch_id)


def test_dispatch_lookup_by_unambiguous_prefix(service):
    seed = service.ingest_file(SEED)
    assert service.store.dispatch(seed.dispatch_id[:6]).id == seed.dispatch_id
    assert service.store.dispatch("zz") is None
    assert service.store.dispatch("%%%%") is None


def test_subscriptions_queue_one_announcement_per_channel(service):
    store = service.store
    assert store.subscribe(1, 100, "venezuela", 7)
    assert store.subscribe(1, 100, "russia", 7)
    assert store.subscribe(1, 200, "", 7)
    assert not store.subscribe(1, 200, "", 7)
    assert store.subscribe(1, 300, "japan", 7)
    result = service.ingest_file(SEED)
    assert result.announcements == 2
    due = store.due_announcements()
    assert sorted(a.channel_id for a in due) == [100, 200]
    assert len({a.nonce for a in due}) == 2 and all(len(a.nonce) <= 25 for a in due)
    store.mark_sent(due[0].id, 555)
    assert len(store.due_announcements()) == 1


def test_unique_keys_hold_in_the_schema(service):
    service.ingest_file(SEED)
    with pytest.raises(sqlite3.IntegrityError):
        service.store.db["dispatches"].insert(
            {"id": service.latest(1)[0].id, "published": "x", "headline": "h", "body": "b"}
        )


def test_custom_era_and_alias_are_used_for_new_dispatches(service):
    import datetime as dt

    from timeline.dates import Era

    service.add_era(
        Era("belle-epoque", ("belle époque",), dt.date(1871, 1, 1), dt.date(1914, 8, 3))
    )
    service.add_alias("Narnia", "venezuela")
    assert service.resolve_topic("narnia").topic == "venezuela"
    text = dispatch_text(
        "2026-01-04",
        "Souvenirs",
        "Pendant la belle époque, Narnia a prospéré "
        "grâce au commerce du cacao et aux chemins de fer.",
    )
    parsed = parse_dispatch(text)
    analysis = analyse(parsed, service.gazetteer, service.eras)
    assert any(m.value == "1871-01-01/1914-08-03" for m in analysis.mentions)


def test_timeline_date_weights_stay_exact_through_ingests_and_forgets(tmp_path):
    """The incremental DATEWISE counts (distinct dispatches per topic and date) always equal
    a recount from scratch: after stories shared across dispatches and languages, and after
    forgetting sources one by one."""
    path = tmp_path / "newsline.db"
    store = Store.open(path)
    seeds = sorted(SEED.parent.glob("*.txt"))
    ids = [store.ingest(analyse(read_dispatch(p))).dispatch_id for p in seeds]
    store.close()
    with closing(reader(path)) as conn:
        assert_datewise_counts(conn)
        (dates,) = conn.execute("select count(*) from topic_dates where salience > 1").fetchone()
        assert dates > 0, "the seeds share dates: the check must cover counts above one"
    for dispatch_id in ids[::2]:
        store = Store.open(path)
        assert store.forget(dispatch_id)
        store.close()
        with closing(reader(path)) as conn:
            assert_datewise_counts(conn)


def seed_analyses() -> list:
    return [analyse(read_dispatch(p)) for p in sorted(SEED.parent.glob("*.txt"))]


def stored_ids(path) -> set[str]:
    with closing(reader(path)) as conn:
        return {row[0] for row in conn.execute("select id from dispatches")}


def test_an_interrupted_bulk_load_keeps_the_dispatches_stored_before(tmp_path, monkeypatch):
    path = tmp_path / "newsline.db"
    store = Store.open(path)
    analyses = seed_analyses()
    original = store._consolidate
    calls = []

    def interrupted_on_the_third_dispatch(event, state):
        calls.append(state.dispatch_id)
        if len(set(calls)) == 3:
            raise KeyboardInterrupt  # Ctrl-C while the third dispatch is being stored
        return original(event, state)

    monkeypatch.setattr(store, "_consolidate", interrupted_on_the_third_dispatch)
    with pytest.raises(KeyboardInterrupt), store.batch():
        for analysis in analyses:
            store.ingest(analysis)
    store.close()
    assert stored_ids(path) == {a.dispatch.id for a in analyses[:2]}
    assert_consistent(path)


def test_a_bulk_load_shows_its_progress_to_other_readers(tmp_path, monkeypatch):
    """Readers (the bot answering while a load runs) see dispatches as the load goes, not
    only at its end."""
    monkeypatch.setattr("storage.store.BATCH_SECONDS", 0.0)
    path = tmp_path / "newsline.db"
    store = Store.open(path)
    analyses = seed_analyses()
    seen = []
    with store.batch():
        for analysis in analyses[:3]:
            store.ingest(analysis)
            seen.append(len(stored_ids(path)))
    store.close()
    assert seen == [1, 2, 3]


def test_a_database_from_before_the_key_changes_migrates_with_its_data(tmp_path):
    """A database filled before m010-m012 (rows re-keyed, tables moved into their keys)
    keeps every row and every count, and goes on like a new one."""
    seeds = sorted(SEED.parent.glob("*.txt"))
    old_path = tmp_path / "old.db"
    old = Database(sqlite3.connect(old_path, isolation_level=None))
    migrations.apply(old, stop_before="m010_date_sources_by_dispatch")
    old_store = Store(old)
    for path in seeds[:-1]:
        old_store.ingest(analyse(read_dispatch(path)))
    old.close()

    migrated = Store.open(old_path)
    assert migrated.stats().schema[-1] == migrations.pending(Database(memory=True))[-1].name
    migrated.ingest(analyse(read_dispatch(seeds[-1])))
    migrated.close()

    fresh = Store.open(tmp_path / "fresh.db")
    for path in seeds:
        fresh.ingest(analyse(read_dispatch(path)))
    fresh.close()
    assert_consistent(old_path, tmp_path / "fresh.db")
    assert contents(old_path) == contents(tmp_path / "fresh.db")


def told(day: int, events: list[tuple[str, list[str], str]]):
    """A dispatch whose events are given (date, topics, summary): consolidation decides."""
    dispatch = parse_dispatch(
        dispatch_text(f"2025-03-0{day}", f"Dépêche {day}", f"Texte numéro {day} sans date.")
    )
    mentions = [
        EventMention(date, "day", summary, tuple(topics), ("Someone",), ("agreement",), 0, 10, "en")
        for date, topics, summary in events
    ]
    return replace(analyse(dispatch), events=mentions)


SIGNED = "The presidents signed the border agreement in the capital after long talks"


def test_forgetting_recounts_topics_an_entry_got_from_other_dispatches(tmp_path):
    """A dispatch counts for topics it never named once another dispatch adds them to its
    entry; forgetting it must recount those topics' timelines too."""
    store = Store.open(tmp_path / "newsline.db")
    first = told(1, [("2025-03-01", ["cuba", "brazil"], SIGNED)])
    other = told(2, [("2025-02-01", ["cuba"], "A different happening about trade tariffs")])
    second = told(3, [("2025-03-01", ["brazil"], SIGNED)])
    third = told(4, [("2025-03-01", ["china", "brazil"], SIGNED)])
    for analysis in (first, other, second, third):
        assert store.ingest(analysis).status == "new"
    (entries,) = store.db.execute("select count(*) from entries where date = '2025-03-01'")
    assert entries == (1,), "the three tellings are one happening"
    assert_datewise_counts(store.db.conn)
    for analysis in (first, second, third):
        assert store.forget(analysis.dispatch.id)
        assert_datewise_counts(store.db.conn)
    store.close()


def test_a_bulk_load_goes_on_after_an_error_ends_its_transaction(tmp_path, monkeypatch):
    """An error that ends SQLite's transaction (a full disk) fails one dispatch; the ones
    after it are stored and committed as usual, and nothing is left half-written."""
    path = tmp_path / "newsline.db"
    store = Store.open(path)
    analyses = seed_analyses()[:4]
    original = store._queue_announcements

    def disk_full_on_the_second(dispatch_id, topics, now):
        if dispatch_id == analyses[1].dispatch.id:
            store.db.conn.execute("ROLLBACK")  # what SQLite does on SQLITE_FULL
            raise sqlite3.OperationalError("database or disk is full")
        return original(dispatch_id, topics, now)

    monkeypatch.setattr(store, "_queue_announcements", disk_full_on_the_second)
    outcomes = []
    with store.batch():
        for analysis in analyses:
            try:
                outcomes.append(store.ingest(analysis).status)
            except sqlite3.OperationalError:
                outcomes.append("failed")
    store.close()
    assert outcomes == ["new", "failed", "new", "new"]
    # The error took the batch's uncommitted work with it (the first dispatch): whole
    # dispatches only, and ingesting again completes the load.
    assert stored_ids(path) == {a.dispatch.id for a in analyses[2:]}
    assert_consistent(path)
    store = Store.open(path)
    assert [store.ingest(a).status for a in analyses] == ["new", "new", "known", "known"]
    store.close()
    assert_consistent(path)
