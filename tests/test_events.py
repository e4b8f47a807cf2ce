"""Event mentions: what a dispatch says happened, when, about whom (hand-made dispatches)."""

from timeline.analysis import analyse
from timeline.dispatch import parse_dispatch
from timeline.events import tidy_summary


def events_of(published: str, body: str, headline: str = "Dépêche") -> list:
    text = f" date {published} MONDE :: {headline} :: WORLD\n\n{body}\n"
    return analyse(parse_dispatch(text)).events


def by_date(events) -> dict:
    return {e.date: e for e in events}


def test_a_one_date_sentence_is_its_own_summary():
    (event,) = events_of(
        "2025-03-10",
        "Le président colombien Gustavo Petro a rencontré "
        "des représentants de l'ONU à Bogota le 4 mars 2025.",
    )
    assert event.date == "2025-03-04" and event.precision == "day"
    assert event.summary.startswith("Le président colombien Gustavo Petro a rencontré")
    assert "colombia" in event.topics
    assert "Gustavo Petro" in event.actors


def test_each_date_of_a_sentence_gets_its_own_clause():
    events = by_date(
        events_of(
            "2025-06-02",
            "The Security Council met on Monday to discuss the raid that killed nine Colombian "
            "soldiers three days earlier.",
        )
    )
    assert events["2025-06-02"].summary.startswith("The Security Council met on Monday")
    assert "raid that killed nine Colombian soldiers" in events["2025-05-30"].summary
    assert not events["2025-05-30"].summary.startswith("The Security Council")


def test_a_bound_is_not_a_happening():
    events = events_of(
        "2025-06-02", "Lula will lead Brazil until 2030, his allies said on Monday in Brasília."
    )
    assert "2030" not in {e.date for e in events}
    assert "2025-06-02" in {e.date for e in events}


def test_an_undated_statement_is_dated_by_the_publication_date():
    events = events_of(
        "2026-02-10",
        "Le Kremlin a longtemps gardé le silence sur l'Ukraine. « Nous ne céderons rien », a "
        "déclaré Vladimir Poutine devant des journalistes.",
    )
    (statement,) = [e for e in events if "statement" in e.types]
    assert statement.date == "2026-02-10"
    assert "russia" in statement.topics


def test_an_undated_statement_follows_the_day_the_story_is_at():
    events = events_of(
        "2026-02-10",
        "Gustavo Petro a réuni son cabinet samedi à Bogota. Le président colombien a déclaré "
        "que la frontière resterait ouverte.",
    )
    (statement,) = [e for e in events if "statement" in e.types]
    assert statement.date == "2026-02-07"


def test_a_quoted_statement_and_the_dated_fact_it_mentions_are_two_events():
    events = by_date(
        events_of(
            "2026-03-12",
            "« Le pays ne pliera pas », a-t-il déclaré, évoquant l'arrestation de Evo Morales "
            "par la police bolivienne le 9 mars 2026.",
        )
    )
    assert events["2026-03-12"].summary.startswith("« Le pays ne pliera pas », a-t-il déclaré")
    assert "arrestation" in events["2026-03-09"].summary
    assert "arrest/capture" in events["2026-03-09"].types
    assert "bolivia" in events["2026-03-09"].topics


def test_topics_are_what_the_sentence_names_else_the_dispatch_topics():
    events = events_of(
        "2025-11-20",
        "Le Japon et la Corée du Sud ont signé un accord de défense le 18 novembre. "
        "L'opération rappelle la crise de 1998.",
        headline="Tokyo et Séoul signent un accord",
    )
    signed, crisis = sorted(events, key=lambda e: e.start)
    assert set(signed.topics) == {"japan", "south korea"}
    assert "agreement" in signed.types
    assert set(crisis.topics) == {"japan", "south korea"}  # names nothing: the dispatch's topics


def test_a_sentence_naming_another_country_does_not_inherit_the_dispatch_topic():
    events = events_of(
        "2026-01-03",
        "Des frappes ont visé Caracas samedi. L'opération rappelle la capture du Panaméen "
        "Manuel Noriega par les États-Unis, le 3 janvier 1990.",
        headline="Frappes sur le Venezuela",
    )
    noriega = by_date(events)["1990-01-03"]
    assert "venezuela" not in noriega.topics
    assert {"panama", "united states"} <= set(noriega.topics)


def test_summaries_drop_attribution_and_opening_time_phrases():
    assert (
        tidy_summary(
            "Selon l'agence Reuters, les troupes se sont retirées de la ville frontalière.", "fr"
        )
        == "Les troupes se sont retirées de la ville frontalière."
    )
    assert tidy_summary(
        "The talks collapsed after six hours of negotiations in Geneva, officials said.", "en"
    ) == ("The talks collapsed after six hours of negotiations in Geneva.")
    (event,) = events_of(
        "2026-01-30",
        "Le 26 janvier, le département d'État avait informé "
        "dix commissions du Congrès de son intention.",
    )
    assert event.summary.startswith("Le département d'État avait informé")


def test_event_types_come_from_the_clause():
    events = by_date(
        events_of(
            "2025-05-02",
            "Un séisme de magnitude 6,1 a frappé le sud du Pérou le 30 avril. Le 1er mai, des "
            "milliers de manifestants ont défilé à Lima contre la réforme des retraites.",
        )
    )
    assert "disaster" in events["2025-04-30"].types
    assert "protest" in events["2025-05-01"].types
