"""Timelines through the real store: one entry per date, happenings consolidated across
dispatches and languages, DATEWISE selection, briefings (hand-made dispatches)."""

import datetime as dt

from tests.helpers import dispatch_text

CAPTURE = {
    "fr": (
        "2026-01-04",
        "Maduro capturé",
        "Nicolás Maduro a été capturé par les forces "
        "américaines le 3 janvier 2026 lors d'une opération à Caracas.",
    ),
    "en": (
        "2026-01-05",
        "Maduro captured",
        "US forces captured Nicolás Maduro in Caracas on "
        "January 3, 2026, in a night-time operation.",
    ),
    "es": (
        "2026-01-06",
        "Capturan a Maduro",
        "Fuerzas estadounidenses capturaron a Nicolás "
        "Maduro en Caracas el 3 de enero de 2026 durante una operación nocturna.",
    ),
}


def ingest(service, published, headline, body, name="x.txt"):
    return service.ingest_text(dispatch_text(published, headline, body), name)


def entries(service, topic="venezuela", **options):
    return service.timeline(topic, **options).entries


def test_one_happening_told_in_three_languages_is_one_entry_with_three_sources(service):
    ids = {lang: ingest(service, *told).dispatch_id for lang, told in CAPTURE.items()}
    (entry,) = [e for e in entries(service) if e.date == "2026-01-03"]
    assert len(entry.happenings) == 1
    assert set(entry.sources) == set(ids.values())
    assert entry.salience == 3


def test_the_summary_is_in_the_language_asked_for(service):
    for told in CAPTURE.values():
        ingest(service, *told)
    (entry,) = entries(service, lang="es")
    assert entry.summary.startswith("Fuerzas estadounidenses capturaron")
    (entry,) = entries(service, lang="en")
    assert entry.summary.startswith("US forces captured")


def test_different_happenings_of_one_date_share_one_entry(service):
    ingest(service, *CAPTURE["fr"])
    ingest(
        service,
        "2026-01-04",
        "Petro à la frontière",
        "Le président colombien Gustavo "
        "Petro a envoyé des troupes à la frontière vénézuélienne le 3 janvier 2026.",
    )
    (entry,) = [e for e in entries(service) if e.date == "2026-01-03"]
    assert len(entry.happenings) == 2
    assert entry.salience == 2
    assert [e.date for e in entries(service, topic="colombia")] == ["2026-01-03"]


def test_statements_of_different_people_are_not_merged(service):
    ingest(
        service,
        "2026-02-02",
        "Réaction",
        "« C'est une agression », a déclaré Nicolás Maduro à la télévision vénézuélienne.",
    )
    ingest(
        service,
        "2026-02-02",
        "Reaction",
        "“We will not back down,” Marco Rubio said of the talks with Venezuela.",
    )
    (entry,) = entries(service)
    assert len(entry.happenings) == 2


def test_distractors_never_appear_in_a_topic_timeline(service):
    ingest(service, *CAPTURE["en"])
    ingest(
        service,
        "2026-01-03",
        "Sismo en Guerrero",
        "Un sismo de magnitud 6,5 sacudió "
        "Guerrero el 2 de enero de 2026 y dejó dos muertos en México.",
    )
    ingest(
        service,
        "2026-01-19",
        "Portugal vote",
        "Portugal held the first round of its presidential election on January 18, 2026.",
    )
    dates = [e.date for e in entries(service)]
    assert dates == ["2026-01-03"]
    assert [e.date for e in entries(service, topic="mexico")] == ["2026-01-02"]


def test_limit_keeps_the_most_reported_dates_in_chronological_order(service):
    for told in CAPTURE.values():
        ingest(service, *told)
    ingest(
        service,
        "2026-01-10",
        "Prisonniers",
        "Caracas a libéré des prisonniers politiques vénézuéliens le 8 janvier 2026.",
    )
    ingest(
        service,
        "2025-02-01",
        "Gang",
        "Washington designated the Venezuelan gang Tren de "
        "Aragua a terrorist group on January 20, 2025.",
    )
    timeline = service.timeline("venezuela", limit=2)
    assert timeline.total == 3
    assert timeline.entries[0].date == "2026-01-03"
    assert len(timeline.entries) == 2
    starts = [e.date for e in timeline.entries]
    assert starts == sorted(starts)


def test_from_and_to_filter_dates(service):
    for told in CAPTURE.values():
        ingest(service, *told)
    ingest(
        service,
        "2026-01-10",
        "Prisonniers",
        "Caracas a libéré des prisonniers politiques vénézuéliens le 8 janvier 2026.",
    )
    assert [e.date for e in entries(service, start=dt.date(2026, 1, 5))] == ["2026-01-08"]
    assert [e.date for e in entries(service, end=dt.date(2026, 1, 5))] == ["2026-01-03"]


def test_forgetting_a_source_updates_the_dates_and_their_weight(service):
    ids = [ingest(service, *told).dispatch_id for told in CAPTURE.values()]
    service.store.forget(ids[0])
    (entry,) = entries(service)
    assert entry.salience == 2 and ids[0] not in entry.sources
    for dispatch_id in ids[1:]:
        service.store.forget(dispatch_id)
    assert entries(service) == []


def test_unknown_topics_get_suggestions_from_known_topics(service):
    ingest(service, *CAPTURE["en"])
    query = service.resolve_topic("Venezuella")
    assert query.topic is None and "venezuela" in query.suggestions
    assert service.resolve_topic("vénézuélienne").topic == "venezuela"


def test_briefing_tells_the_latest_first_each_fact_once_each_cited(service):
    for told in CAPTURE.values():
        ingest(service, *told)
    release = ingest(
        service,
        "2026-01-10",
        "Prisonniers",
        "Le gouvernement vénézuélien a "
        "libéré des dizaines de prisonniers politiques le 8 janvier 2026, dont "
        "plusieurs ressortissants espagnols.",
    )
    ingest(
        service,
        "2025-02-01",
        "Gang",
        "Washington designated the Venezuelan gang Tren de "
        "Aragua a foreign terrorist organisation on January 20, 2025.",
    )
    briefing = service.brief("venezuela")
    texts = [item.text for item in briefing.summary]
    assert 3 <= len(texts) <= 6
    assert briefing.summary[0].sources == (release.dispatch_id,)
    assert all(item.sources for item in briefing.summary)
    capture_lines = [t for t in texts if "Maduro" in t]
    assert len(capture_lines) == 1
    assert [k.date for k in briefing.key_dates] == sorted(k.date for k in briefing.key_dates)


def test_briefing_prefers_the_language_asked_for(service):
    for told in CAPTURE.values():
        ingest(service, *told)
    briefing = service.brief("venezuela", lang="en")
    capture = [i for i in briefing.summary if "Maduro" in i.text]
    assert capture and capture[0].lang == "en"
    assert len(capture[0].sources) >= 2
