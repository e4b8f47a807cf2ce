"""Time expressions: table-driven cases per language, non-dates, offsets, eras.

Sentences are made up for the tests (none is copied from a benchmark or the dev corpus).
Each case gives a sentence, its publication date and the mentions expected in it, as
(text, value, precision); a case marked `only` must find exactly those mentions.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
from pathlib import Path

import pytest

from timeline.dates import Era, TimeMention, extract_dates, load_eras
from timeline.dispatch import parse_dispatch

D = dt.date
SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_dcf501dca8828168.txt"


def mentions(text: str, published: dt.date, lang: str) -> list[TimeMention]:
    found = extract_dates(text, published, lang)
    for m in found:  # offsets always point at the mention
        assert text[m.start : m.end] == m.text
    return found


def found_as(text: str, published: dt.date, lang: str) -> list[tuple[str, str | None, str]]:
    return [(m.text, m.value, m.precision) for m in mentions(text, published, lang)]


# (lang, published, sentence, expected mentions (text, value, precision))
CASES = [
    # --- French: absolute dates -------------------------------------------------------------
    (
        "fr",
        D(2026, 1, 8),
        "Il a été arrêté le 3 janvier 2026 à l'aube.",
        [("le 3 janvier 2026", "2026-01-03", "day")],
    ),
    (
        "fr",
        D(2026, 1, 8),
        "La décision date du 12 sept. 2024.",
        [("12 sept. 2024", "2024-09-12", "day")],
    ),
    (
        "fr",
        D(2026, 1, 8),
        "Le texte a été publié le 03/01/2026 au Journal officiel.",
        [("03/01/2026", "2026-01-03", "day")],
    ),
    (
        "fr",
        D(2026, 1, 8),
        "La réunion du 2026-01-05 a été reportée.",
        [("2026-01-05", "2026-01-05", "day")],
    ),
    (
        "fr",
        D(2026, 1, 8),
        "Le scrutin du 1er février sera décisif.",
        [("1er février", "2026-02-01", "day")],
    ),
    (
        "fr",
        D(2026, 1, 8),
        "Le bureau a ouvert samedi 27 décembre.",
        [("samedi 27 décembre", "2025-12-27", "day")],
    ),
    (
        "fr",
        D(2026, 1, 8),
        "Le vote aura lieu le 12 mars prochain.",
        [("le 12 mars prochain", "2026-03-12", "day")],
    ),
    # year-less dates: the nearest plausible year
    (
        "fr",
        D(2026, 1, 8),
        "L'accord a été signé le 28 décembre.",
        [("le 28 décembre", "2025-12-28", "day")],
    ),
    (
        "fr",
        D(2025, 9, 9),
        "Il n'a pas été vu en public depuis le 30 juillet.",
        [("le 30 juillet", "2025-07-30", "day")],
    ),
    # --- French: relative to publication ------------------------------------------------------
    (
        "fr",
        D(2026, 1, 8),
        "Le ministre s'est exprimé hier devant la presse.",
        [("hier", "2026-01-07", "day")],
    ),
    (
        "fr",
        D(2026, 1, 8),
        "Aujourd'hui, la ville se réveille sous la neige.",
        [("Aujourd'hui", "2026-01-08", "day")],
    ),
    (
        "fr",
        D(2026, 1, 8),
        "Les troupes ont franchi la frontière samedi.",
        [("samedi", "2026-01-03", "day")],
    ),
    (
        "fr",
        D(2026, 1, 8),
        "La délégation se rendra samedi à Genève.",
        [("samedi", "2026-01-10", "day")],
    ),
    # The passé composé of the verbs conjugated with "être" is a past tense too.
    (
        "fr",
        D(2026, 1, 8),
        "Samedi, les troupes sont entrées dans la ville.",
        [("Samedi", "2026-01-03", "day")],
    ),
    (
        "fr",
        D(2026, 1, 8),
        "Le ministre est reparti samedi pour Madrid.",
        [("samedi", "2026-01-03", "day")],
    ),
    (
        "fr",
        D(2026, 1, 8),
        "Le conseil s'est réuni mardi dernier.",
        [("mardi dernier", "2026-01-06", "day")],
    ),
    (
        "fr",
        D(2026, 1, 8),
        "Les prix ont encore grimpé la semaine dernière.",
        [("la semaine dernière", "2025-12-29/2026-01-04", "period")],
    ),
    (
        "fr",
        D(2026, 1, 8),
        "Le port a été fermé il y a deux ans.",
        [("il y a deux ans", "2024", "year")],
    ),
    (
        "fr",
        D(2026, 1, 8),
        "Les ventes ont reculé l'an dernier.",
        [("l'an dernier", "2025", "year")],
    ),
    (
        "fr",
        D(2026, 1, 8),
        "Cette année, le festival change de lieu.",
        [("Cette année", "2026", "year")],
    ),
    # anaphora: counted from the date mentioned before
    (
        "fr",
        D(2026, 1, 8),
        "Le traité a été signé le 3 janvier. Le lendemain, les marchés ont bondi.",
        [("le 3 janvier", "2026-01-03", "day"), ("Le lendemain", "2026-01-04", "day")],
    ),
    (
        "fr",
        D(2026, 1, 8),
        "Le sommet s'est ouvert le 5 janvier ; la veille, des manifestants "
        "avaient bloqué le centre.",
        [("le 5 janvier", "2026-01-05", "day"), ("la veille", "2026-01-04", "day")],
    ),
    (
        "fr",
        D(2026, 1, 8),
        "La grève a commencé le 2 janvier. Trois jours plus tard, le trafic a repris.",
        [("le 2 janvier", "2026-01-02", "day"), ("Trois jours plus tard", "2026-01-05", "day")],
    ),
    # --- French: partial dates and periods ----------------------------------------------------
    ("fr", D(2026, 1, 8), "Il gouverne depuis mars 2013.", [("mars 2013", "2013-03", "month")]),
    ("fr", D(2026, 1, 8), "La loi a été votée en 2019.", [("2019", "2019", "year")]),
    ("fr", D(2026, 1, 8), "Il dirige le parti depuis 2019.", [("2019", "2019", "year")]),
    (
        "fr",
        D(2026, 1, 8),
        "Les travaux commenceront début février.",
        [("début février", "2026-02", "month")],
    ),
    (
        "fr",
        D(2026, 1, 8),
        "Le groupe était célèbre dans les années 60.",
        [("les années 60", "1960-01-01/1969-12-31", "period")],
    ),
    (
        "fr",
        D(2026, 1, 8),
        "Il a présidé le pays entre 1999 et 2013.",
        [("entre 1999 et 2013", "1999-01-01/2013-12-31", "period")],
    ),
    (
        "fr",
        D(2026, 1, 8),
        "Elle a dirigé l'agence de 1999 à 2013.",
        [("de 1999 à 2013", "1999-01-01/2013-12-31", "period")],
    ),
    (
        "fr",
        D(2026, 1, 8),
        "L'ancien président (2018-2022) s'est exprimé.",
        [("2018-2022", "2018-01-01/2022-12-31", "period")],
    ),
    (
        "fr",
        D(2026, 1, 8),
        "Les résultats du premier trimestre 2025 sont bons.",
        [("premier trimestre 2025", "2025-01-01/2025-03-31", "period")],
    ),
    (
        "fr",
        D(2026, 1, 8),
        "La saison des pluies a commencé à l'automne 2024.",
        [("l'automne 2024", "2024-09-01/2024-11-30", "period")],
    ),
    (
        "fr",
        D(2026, 1, 8),
        "La nomination est attendue dans la seconde quinzaine de janvier.",
        [("la seconde quinzaine de janvier", "2026-01-16/2026-01-31", "period")],
    ),
    (
        "fr",
        D(2026, 1, 8),
        "Cette tradition remonte au XIXe siècle.",
        [("XIXe siècle", "1800-01-01/1899-12-31", "period")],
    ),
    (
        "fr",
        D(2026, 1, 8),
        "Du 12 au 15 mars, le salon accueillera le public.",
        [("Du 12 au 15 mars", "2026-03-12/2026-03-15", "period")],
    ),
    (
        "fr",
        D(2026, 1, 8),
        "Les élections des 3 et 4 mai ont été annulées.",
        [("3", "2025-05-03", "day"), ("4 mai", "2025-05-04", "day")],
    ),
    # eras
    (
        "fr",
        D(2026, 1, 8),
        "Depuis l'ère Chavez, les deux pays coopèrent.",
        [("l'ère Chavez", "1999-02-02/2013-03-05", "period")],
    ),
    (
        "fr",
        D(2026, 1, 8),
        "Ce réseau date de l'ère soviétique.",
        [("l'ère soviétique", "1922-12-30/1991-12-26", "period")],
    ),
    (
        "fr",
        D(2026, 1, 8),
        "Pendant la guerre froide, la base était secrète.",
        [("la guerre froide", "1947-03-12/1991-12-26", "period")],
    ),
    # vague
    (
        "fr",
        D(2026, 1, 8),
        "Pendant des décennies, la région a vécu du pétrole.",
        [("Pendant des décennies", None, "vague")],
    ),
    (
        "fr",
        D(2026, 1, 8),
        "Les négociations piétinent depuis des mois.",
        [("depuis des mois", None, "vague")],
    ),
    (
        "fr",
        D(2026, 1, 8),
        "Actuellement, le port tourne au ralenti.",
        [("Actuellement", None, "vague")],
    ),
    # --- English ----------------------------------------------------------------------------
    (
        "en",
        D(2026, 1, 8),
        "The ceasefire was signed on 3 Jan. 2026 in Doha.",
        [("3 Jan. 2026", "2026-01-03", "day")],
    ),
    (
        "en",
        D(2026, 1, 8),
        "The hearing is set for January 3rd.",
        [("January 3rd", "2026-01-03", "day")],
    ),
    (
        "en",
        D(2026, 1, 8),
        "The law took effect Sept. 30, 2025.",
        [("Sept. 30, 2025", "2025-09-30", "day")],
    ),
    (
        "en",
        D(2026, 1, 8),
        "The order dated 01/03/2026 was released.",
        [("01/03/2026", "2026-01-03", "day")],
    ),
    (
        "en",
        D(2026, 1, 8),
        "Troops crossed the border on Saturday.",
        [("Saturday", "2026-01-03", "day")],
    ),
    (
        "en",
        D(2026, 1, 8),
        "The envoy will arrive on Saturday.",
        [("Saturday", "2026-01-10", "day")],
    ),
    (
        "en",
        D(2026, 1, 8),
        "The senator spoke last Tuesday.",
        [("last Tuesday", "2026-01-06", "day")],
    ),
    (
        "en",
        D(2026, 1, 8),
        "Prices rose last week.",
        [("last week", "2025-12-29/2026-01-04", "period")],
    ),
    ("en", D(2026, 1, 8), "The mine closed two years ago.", [("two years ago", "2024", "year")]),
    ("en", D(2026, 1, 8), "He resigned yesterday.", [("yesterday", "2026-01-07", "day")]),
    (
        "en",
        D(2026, 1, 5),
        "The council met on Monday, two days after the raid of Jan. 3. The day "
        "before, envoys had gathered.",
        [
            ("Monday", "2026-01-05", "day"),
            ("two days after", "2026-01-05", "day"),
            ("Jan. 3", "2026-01-03", "day"),
            ("The day before", "2026-01-02", "day"),
        ],
    ),
    (
        "en",
        D(2026, 1, 5),
        "Rebels took the town on Saturday. Two days earlier, they had crossed the river.",
        [("Saturday", "2026-01-03", "day"), ("Two days earlier", "2026-01-01", "day")],
    ),
    (
        "en",
        D(2025, 9, 3),
        "The group was listed in February and sanctioned in March last year.",
        [("February", "2025-02", "month"), ("March last year", "2024-03", "month")],
    ),
    (
        "en",
        D(2026, 1, 8),
        "She served as minister between 2014 and 2017.",
        [("between 2014 and 2017", "2014-01-01/2017-12-31", "period")],
    ),
    (
        "en",
        D(2026, 1, 8),
        "Sales fell in the third quarter of 2025.",
        [("the third quarter of 2025", "2025-07-01/2025-09-30", "period")],
    ),
    (
        "en",
        D(2026, 1, 8),
        "The band was famous in the 1960s.",
        [("the 1960s", "1960-01-01/1969-12-31", "period")],
    ),
    (
        "en",
        D(2026, 1, 8),
        "Trade collapsed after the Chávez era began.",
        [("the Chávez era", "1999-02-02/2013-03-05", "period")],
    ),
    (
        "en",
        D(2026, 1, 8),
        "In recent weeks the navy has moved ships closer.",
        [("recent weeks", None, "vague")],
    ),
    (
        "en",
        D(2026, 1, 8),
        "The summit is expected this summer.",
        [("this summer", "2026-06-01/2026-08-31", "period")],
    ),
    # --- Spanish ----------------------------------------------------------------------------
    (
        "es",
        D(2026, 1, 9),
        "El decreto se firmó el 7 de enero en Caracas.",
        [("el 7 de enero", "2026-01-07", "day")],
    ),
    (
        "es",
        D(2026, 1, 9),
        "La ley entró en vigor el 3 de enero de 2026.",
        [("el 3 de enero de 2026", "2026-01-03", "day")],
    ),
    ("es", D(2026, 1, 9), "El ministro habló ayer con la prensa.", [("ayer", "2026-01-08", "day")]),
    (
        "es",
        D(2026, 1, 9),
        "El anuncio llegó el jueves por la tarde.",
        [("el jueves por la tarde", "2026-01-08", "day")],
    ),
    ("es", D(2026, 1, 9), "El puerto cerró hace dos años.", [("hace dos años", "2024", "year")]),
    (
        "es",
        D(2026, 1, 9),
        "La flota zarpó el 3 de enero. Cinco días después, regresó al puerto.",
        [("el 3 de enero", "2026-01-03", "day"), ("Cinco días después", "2026-01-08", "day")],
    ),
    (
        "es",
        D(2026, 1, 9),
        "Gobernó el país entre 1999 y 2013.",
        [("entre 1999 y 2013", "1999-01-01/2013-12-31", "period")],
    ),
    (
        "es",
        D(2026, 1, 9),
        "La crisis comenzó a principios de marzo de 2019.",
        [("a principios de marzo de 2019", "2019-03", "month")],
    ),
    (
        "es",
        D(2026, 1, 9),
        "Fue una figura clave de los años 60.",
        [("los años 60", "1960-01-01/1969-12-31", "period")],
    ),
    (
        "es",
        D(2026, 1, 9),
        "Durante décadas, el pueblo vivió de la pesca.",
        [("Durante décadas", None, "vague")],
    ),
    (
        "es",
        D(2026, 1, 9),
        "Los acuerdos datan de la era Chávez.",
        [("la era Chávez", "1999-02-02/2013-03-05", "period")],
    ),
    # --- German -----------------------------------------------------------------------------
    (
        "de",
        D(2026, 1, 8),
        "Der Vertrag wurde am 5. Januar unterzeichnet.",
        [("5. Januar", "2026-01-05", "day")],
    ),
    (
        "de",
        D(2026, 1, 8),
        "Die Wahl fand am 3. Januar 2026 statt.",
        [("3. Januar 2026", "2026-01-03", "day")],
    ),
    (
        "de",
        D(2026, 1, 8),
        "Die Sitzung vom 03.01.2026 wurde vertagt.",
        [("03.01.2026", "2026-01-03", "day")],
    ),
    ("de", D(2026, 1, 8), "Der Minister äußerte sich gestern.", [("gestern", "2026-01-07", "day")]),
    (
        "de",
        D(2026, 1, 8),
        "Die Preise stiegen in der vergangenen Woche.",
        [("der vergangenen Woche", "2025-12-29/2026-01-04", "period")],
    ),
    (
        "de",
        D(2026, 1, 8),
        "Das Werk schloss vor zwei Jahren.",
        [("vor zwei Jahren", "2024", "year")],
    ),
    (
        "de",
        D(2026, 1, 8),
        "Die Band war in den 80er Jahren berühmt.",
        [("den 80er Jahren", "1980-01-01/1989-12-31", "period")],
    ),
    (
        "de",
        D(2026, 1, 8),
        "Die Beziehungen stammen aus der Chávez-Ära.",
        [("der Chávez-Ära", "1999-02-02/2013-03-05", "period")],
    ),
    # --- Portuguese -------------------------------------------------------------------------
    (
        "pt",
        D(2026, 1, 19),
        "A votação decorreu a 18 de janeiro de 2026.",
        [("18 de janeiro de 2026", "2026-01-18", "day")],
    ),
    (
        "pt",
        D(2026, 1, 19),
        "O candidato falou ontem aos jornalistas.",
        [("ontem", "2026-01-18", "day")],
    ),
    (
        "pt",
        D(2026, 1, 19),
        "A segunda volta realiza-se no domingo, 8 de fevereiro.",
        [("domingo, 8 de fevereiro", "2026-02-08", "day")],
    ),
    ("pt", D(2026, 1, 19), "O porto fechou há dois anos.", [("há dois anos", "2024", "year")]),
    (
        "pt",
        D(2026, 1, 19),
        "Governou o país entre 1999 e 2013.",
        [("entre 1999 e 2013", "1999-01-01/2013-12-31", "period")],
    ),
    (
        "pt",
        D(2026, 1, 19),
        "A banda foi famosa nos anos 60.",
        [("anos 60", "1960-01-01/1969-12-31", "period")],
    ),
    (
        "pt",
        D(2026, 1, 19),
        "Os acordos vêm da era Chávez.",
        [("era Chávez", "1999-02-02/2013-03-05", "period")],
    ),
]


# Harder expressions: offsets into the future, weeks of a month, durations that look like
# "ago", anaphora that must skip a scheduled date, announcements in the present tense.
HARDER = [
    (
        "fr",
        D(2026, 1, 8),
        "Le verdict sera rendu dans deux semaines.",
        [("dans deux semaines", "2026-01-22", "day")],
    ),
    (
        "en",
        D(2026, 1, 8),
        "The deal will close in two weeks.",
        [("two weeks", "2026-01-22", "day")],
    ),
    ("en", D(2026, 1, 8), "In two years, sales doubled.", []),
    (
        "en",
        D(2026, 1, 8),
        "The vote is set for the first week of February.",
        [("the first week of February", "2026-02-01/2026-02-07", "period")],
    ),
    (
        "es",
        D(2026, 1, 8),
        "La cumbre será la última semana de enero.",
        [("la última semana de enero", "2026-01-25/2026-01-31", "period")],
    ),
    (
        "pt",
        D(2026, 1, 19),
        "O Presidente ocupa o cargo há quase dez anos.",
        [("há quase dez anos", None, "vague")],
    ),
    ("pt", D(2026, 1, 19), "O Presidente morreu há dez anos.", [("há dez anos", "2016", "year")]),
    (
        "pt",
        D(2026, 1, 19),
        "Seguro venceu no domingo. A segunda volta está marcada para 8 de fevereiro. Na véspera, "
        "as sondagens davam empate.",
        [
            ("domingo", "2026-01-18", "day"),
            ("8 de fevereiro", "2026-02-08", "day"),
            ("Na véspera", "2026-01-17", "day"),
        ],
    ),
    (
        "fr",
        D(2026, 1, 8),
        "Le club organise samedi un grand loto.",
        [("samedi", "2026-01-10", "day")],
    ),
    (
        "fr",
        D(2026, 1, 8),
        "Le club a organisé samedi un grand loto.",
        [("samedi", "2026-01-03", "day")],
    ),
    (
        "en",
        D(2026, 1, 8),
        "Talks resume Friday next week.",
        [("Friday next week", "2026-01-16", "day")],
    ),
    (
        "de",
        D(2026, 1, 8),
        "Am Freitagabend sprach der Kanzler.",
        [("Freitagabend", "2026-01-02", "day")],
    ),
    (
        "es",
        D(2026, 1, 9),
        "La obra comenzó en marzo del año pasado.",
        [("marzo del año pasado", "2025-03", "month")],
    ),
    ("fr", D(2026, 1, 8), "La place est ouverte du lundi au vendredi.", []),
    (
        "es",
        D(2026, 1, 9),
        "El decreto del 03/01/2026 fue anulado.",
        [("03/01/2026", "2026-01-03", "day")],
    ),
    (
        "pt",
        D(2026, 1, 9),
        "O despacho de 03/01/2026 foi anulado.",
        [("03/01/2026", "2026-01-03", "day")],
    ),
    ("fr", D(2026, 1, 8), "La chanteuse Mai Lan a rempli la salle.", []),
    (
        "fr",
        D(2026, 1, 8),
        "Les 3, 4 et 5 janvier, des cortèges ont défilé.",
        [
            ("3", "2026-01-03", "day"),
            ("4", "2026-01-04", "day"),
            ("5 janvier", "2026-01-05", "day"),
        ],
    ),
    (
        "en",
        D(2026, 1, 8),
        "The summit runs on April 24, 25 and 26.",
        [
            ("April 24", "2026-04-24", "day"),
            ("25", "2026-04-25", "day"),
            ("26", "2026-04-26", "day"),
        ],
    ),
    (
        "fr",
        D(2026, 1, 8),
        "À la fin du mois dernier, les prix ont flambé.",
        [("À la fin du mois dernier", "2025-12", "month")],
    ),
    (
        "fr",
        D(1999, 5, 20),
        "Les travaux ont commencé à la mi-avril.",
        [("à la mi-avril", "1999-04", "month")],
    ),
    # A year-less date told just after a date with its year, in the same sentence, is read
    # in that year; not when the sentence turns to the future.
    (
        "fr",
        D(2026, 1, 8),
        "Arrêté le 3 sept. 2024, il a été remis en liberté le 14 oct. suivant.",
        [("le 3 sept. 2024", "2024-09-03", "day"), ("le 14 oct.", "2024-10-14", "day")],
    ),
    (
        "en",
        D(2026, 1, 8),
        "In March 2013, Chávez died, and in April, Maduro won the election.",
        [("March 2013", "2013-03", "month"), ("April", "2013-04", "month")],
    ),
    (
        "en",
        D(2026, 1, 8),
        "Invited to join in July 2024, Sweden will formally join on March 12.",
        [("July 2024", "2024-07", "month"), ("March 12", "2026-03-12", "day")],
    ),
    # An abbreviated month after a quotation dates the speech like a spelled-out one.
    (
        "en",
        D(2026, 1, 8),
        '"Yesterday was the worst day," the mayor said on Dec. 30.',
        [("Yesterday", "2025-12-29", "day"), ("Dec. 30", "2025-12-30", "day")],
    ),
    (
        "fr",
        D(2026, 1, 8),
        "« Hier a été le pire jour », a déclaré le maire le 30 déc. à l'AFP.",
        [("Hier", "2025-12-29", "day"), ("le 30 déc.", "2025-12-30", "day")],
    ),
    # German announces in the present ("spielt am Samstag"): with no past verb, the nearer
    # of the two days; its strong past forms ("schlug", "erschien") mark the past.
    (
        "de",
        D(2026, 1, 8),
        "Bayern spielt am Samstag gegen Köln.",
        [("Samstag", "2026-01-10", "day")],
    ),
    (
        "de",
        D(2026, 1, 8),
        "Am Samstag erschien das Buch, am Sonntag schlug die Polizei zu.",
        [("Samstag", "2026-01-03", "day"), ("Sonntag", "2026-01-04", "day")],
    ),
    # A weekday with the day of the month: the month where that day has that weekday.
    (
        "es",
        D(2026, 1, 8),
        "El juicio se reanudó el lunes 29 y terminará el jueves 15.",
        [("el lunes 29", "2025-12-29", "day"), ("el jueves 15", "2026-01-15", "day")],
    ),
    (
        "pt",
        D(2026, 1, 8),
        "O presidente falou nesta quarta (7) em Brasília.",
        [("quarta (7)", "2026-01-07", "day")],
    ),
    (
        "es",
        D(2026, 1, 8),
        "El jueves 15 personas resultaron heridas en el choque.",
        [("El jueves", "2026-01-08", "day")],
    ),
    # French counts weeks in days: "huit jours" is a week, "quinze jours" two.
    (
        "fr",
        D(2026, 1, 8),
        "Il y a huit jours, il a parlé ; il repartira dans quinze jours.",
        [("Il y a huit jours", "2026-01-01", "day"), ("dans quinze jours", "2026-01-22", "day")],
    ),
    # "The previous year / quarter / month" counts from the period just named (economy
    # news), in every language; from the publication date when none finer is named.
    (
        "es",
        D(2026, 1, 8),
        "El PIB creció en el tercer trimestre de 2025, frente al trimestre anterior.",
        [
            ("el tercer trimestre de 2025", "2025-07-01/2025-09-30", "period"),
            ("trimestre anterior", "2025-04-01/2025-06-30", "period"),
        ],
    ),
    (
        "de",
        D(2026, 1, 8),
        "Der Umsatz stieg 2025 um 3 Prozent gegenüber dem Vorjahr.",
        [("2025", "2025", "year"), ("dem Vorjahr", "2024", "year")],
    ),
    (
        "pt",
        D(2026, 1, 8),
        "Em dezembro, a inflação caiu face ao mês anterior.",
        [("dezembro", "2025-12", "month"), ("mês anterior", "2025-11", "month")],
    ),
    (
        "fr",
        D(2026, 1, 8),
        "Le PIB a progressé en 2025 après un recul au trimestre précédent.",
        [("2025", "2025", "year"), ("trimestre précédent", "2025-10-01/2025-12-31", "period")],
    ),
    (
        "en",
        D(2026, 1, 8),
        "GDP grew in the third quarter of 2025 after shrinking in the previous quarter.",
        [
            ("the third quarter of 2025", "2025-07-01/2025-09-30", "period"),
            ("the previous quarter", "2025-04-01/2025-06-30", "period"),
        ],
    ),
    # German: a numeric date with no year ("am 29.05."); a present tense that schedules
    # ("findet am ... statt", "beginnt am") looks ahead.
    (
        "de",
        D(2026, 1, 8),
        "Die Messe findet am 29.05. statt, die Landtagswahl am 6. September.",
        [("29.05.", "2026-05-29", "day"), ("6. September", "2026-09-06", "day")],
    ),
    # Spanish headlines drop "de" before an abbreviated month.
    (
        "es",
        D(2026, 1, 8),
        "La cumbre será el 5 feb. en Madrid.",
        [("el 5 feb.", "2026-02-05", "day")],
    ),
    # Holidays named bare.
    (
        "pt",
        D(2026, 1, 8),
        "No Carnaval de 2025 houve chuva.",
        [("Carnaval de 2025", "2025-03-04", "day")],
    ),
    (
        "de",
        D(2026, 1, 8),
        "In der Silvesternacht gab es Krawalle, am Neujahrstag war es ruhig.",
        [("Silvesternacht", "2025-12-31", "day"), ("Neujahrstag", "2026-01-01", "day")],
    ),
    # "La veille de", "the day after": a day counted from the date named right after it.
    (
        "fr",
        D(2026, 1, 8),
        "Le lendemain de Noël, les magasins ont rouvert ; à la veille du scrutin du 4 janvier, "
        "les sondages ont changé.",
        [
            ("Le lendemain de Noël", "2025-12-26", "day"),
            ("la veille du scrutin du 4 janvier", "2026-01-03", "day"),
        ],
    ),
    (
        "en",
        D(2026, 1, 8),
        "The day after Christmas, shops reopened; on the eve of the Jan. 4 vote, polls shifted.",
        [
            ("The day after Christmas", "2025-12-26", "day"),
            ("the eve of the Jan. 4", "2026-01-03", "day"),
        ],
    ),
    (
        "es",
        D(2026, 1, 8),
        "Al día siguiente del 3 de enero, todo cambió.",
        [("Al día siguiente del 3 de enero", "2026-01-04", "day")],
    ),
    # "Ce week-end" follows the tense like a weekday: the last one in the past tense, the
    # nearer one in an untensed announcement.
    (
        "fr",
        D(2026, 1, 5),
        "Ce week-end, il a neigé sur Lyon.",
        [("Ce week-end", "2026-01-03/2026-01-04", "period")],
    ),
    (
        "fr",
        D(2026, 1, 8),
        "Ce week-end, marché de Noël à Lyon.",
        [("Ce week-end", "2026-01-10/2026-01-11", "period")],
    ),
    # "The weekend of" a date is that date's, not this one.
    (
        "en",
        D(2026, 1, 8),
        "The weekend of Jan. 17-18 will be busy.",
        [("Jan. 17-18", "2026-01-17/2026-01-18", "period")],
    ),
    (
        "en",
        D(2026, 1, 8),
        "The week before last, prices fell; Black Friday sales had risen 4%.",
        [
            ("The week before last", "2025-12-22/2025-12-28", "period"),
            ("Black Friday", "2025-11-28", "day"),
        ],
    ),
    # A past verb right before a weekday dates it, in a sentence that looks ahead.
    (
        "en",
        D(2026, 1, 8),
        "The talks, which began on Monday, will continue through Friday.",
        [("Monday", "2026-01-05", "day"), ("Friday", "2026-01-09", "day")],
    ),
    # Events named by their day.
    (
        "fr",
        D(2026, 1, 8),
        "Depuis le 11-Septembre, la sécurité s'est renforcée ; en Mai 68, ils ont manifesté.",
        [("le 11-Septembre", "2001-09-11", "day"), ("Mai 68", "1968-05-01/1968-05-31", "period")],
    ),
    # "Esta madrugada": the small hours of the day of publication.
    (
        "pt",
        D(2026, 1, 8),
        "O sismo ocorreu às 3h12 desta madrugada.",
        [("desta madrugada", "2026-01-08", "day")],
    ),
    # German decades: "in den 60ern"; a "30er-Zone" is a speed limit.
    (
        "de",
        D(2026, 1, 8),
        "In den 60ern tanzten alle, heute blitzt die Polizei in der 30er-Zone.",
        [("den 60ern", "1960-01-01/1969-12-31", "period"), ("heute", "2026-01-08", "day")],
    ),
    # Court and agenda deferrals look ahead whatever the tense of the verb.
    (
        "fr",
        D(2026, 1, 8),
        "L'audience a été renvoyée au 17 mars.",
        [("17 mars", "2026-03-17", "day")],
    ),
    (
        "es",
        D(2026, 1, 8),
        "El juez aplazó la vista hasta el 3 de febrero.",
        [("el 3 de febrero", "2026-02-03", "day")],
    ),
    (
        "pt",
        D(2026, 1, 8),
        "O Inmet emitiu alerta para esta sexta-feira.",
        [("esta sexta-feira", "2026-01-09", "day")],
    ),
    # Irregular preterites date "hace/há N" (else "for N", no date).
    (
        "pt",
        D(2026, 1, 8),
        "Há uma semana, o Banco Central manteve a Selic em 15%.",
        [("Há uma semana", "2026-01-01", "day")],
    ),
    # "said in March" is the month of the saying, even before a "would".
    (
        "en",
        D(2026, 1, 8),
        "The company said in March that it would cut jobs.",
        [("March", "2025-03", "month")],
    ),
    # A background year does not lend its year to a later month.
    (
        "fr",
        D(2026, 1, 8),
        "Fondée en 1987, la société a annoncé en mars un plan.",
        [("1987", "1987", "year"), ("mars", "2025-03", "month")],
    ),
    # A date told just before lends its year only to a date within half a year after it.
    (
        "en",
        D(2026, 1, 8),
        "Born on March 3, 1960, he died on Jan. 5 at his home.",
        [("March 3, 1960", "1960-03-03", "day"), ("Jan. 5", "2026-01-05", "day")],
    ),
    # "Un año después del ...": counted in the anaphor's own unit.
    (
        "pt",
        D(2026, 1, 8),
        "Um ano depois do 25 de Abril de 1974, houve eleições.",
        [("Um ano depois do 25 de Abril de 1974", "1975", "year")],
    ),
    # With no such day after it ("29 février" in a common year), the anaphor stands alone.
    (
        "fr",
        D(2026, 1, 8),
        "Le 2 janvier, il est parti. La veille du 29 février, rien.",
        [("Le 2 janvier", "2026-01-02", "day"), ("La veille", "2026-01-01", "day")],
    ),
    (
        "en",
        D(2026, 1, 8),
        "Protests spread in the following days; turnout fell in the week before last year's vote.",
        [("the following days", None, "vague"), ("last year", "2025", "year")],
    ),
    (
        "en",
        D(2026, 1, 8),
        "Over the weekend of violence, 12 people died.",
        [("Over the weekend", "2026-01-03/2026-01-04", "period")],
    ),
    (
        "en",
        D(2026, 1, 8),
        "The bridge, which will be closed Saturday, reopens next week.",
        [("Saturday", "2026-01-10", "day"), ("next week", "2026-01-12/2026-01-18", "period")],
    ),
    (
        "es",
        D(2026, 1, 8),
        "El Real Madrid perdió el partido del 3 de enero; el viernes 12 policías resultaron "
        "heridos.",
        [("del 3 de enero", "2026-01-03", "day"), ("el viernes", "2026-01-02", "day")],
    ),
    (
        "de",
        D(2026, 1, 10),
        "Der Anschlag vom Sonntag erschüttert das Land; die für Sonntag angekündigten Proteste "
        "finden statt.",
        [("Sonntag", "2026-01-04", "day"), ("Sonntag", "2026-01-11", "day")],
    ),
    (
        "de",
        D(2026, 1, 8),
        "Am Montag findet die Wahl statt. Der Dax schloss am 2.1. bei 24.500 Punkten.",
        [("Montag", "2026-01-12", "day"), ("2.1.", "2026-01-02", "day")],
    ),
    (
        "de",
        D(2026, 1, 8),
        "Am zweiten Weihnachtstag schneite es.",
        [("zweiten Weihnachtstag", "2025-12-26", "day")],
    ),
    # A quotation ending with its full stop ends its sentence; a stop before a figure after
    # a date ends one too.
    (
        "en",
        D(2026, 1, 8),
        'The strike began on Jan. 2. 20,000 marchers said: "We will be back tomorrow."',
        [("Jan. 2", "2026-01-02", "day"), ("tomorrow", "2026-01-09", "day")],
    ),
    # "La semaine du 19 janvier": the week holding that day.
    (
        "fr",
        D(2026, 1, 8),
        "La semaine du 19 janvier, grève dans les transports.",
        [("La semaine du 19 janvier", "2026-01-19/2026-01-25", "period")],
    ),
    (
        "es",
        D(2026, 1, 8),
        "La semana del 19 de enero habrá huelga; en la temporada 2013-2014 ganó el Atlético.",
        [
            ("La semana del 19 de enero", "2026-01-19/2026-01-25", "period"),
            ("la temporada 2013-2014", "2013-01-01/2014-12-31", "period"),
        ],
    ),
    # A night between two weekdays: both days, one mention.
    (
        "fr",
        D(2026, 1, 12),
        "Dans la nuit de samedi à dimanche, des tirs ont éclaté.",
        [("la nuit de samedi à dimanche", "2026-01-10/2026-01-11", "period")],
    ),
    (
        "es",
        D(2026, 1, 12),
        "En la madrugada del sábado al domingo hubo tiroteos.",
        [("la madrugada del sábado al domingo", "2026-01-10/2026-01-11", "period")],
    ),
    # German ordinals end no sentence ("am 8. März, die Wahl ..."), scores do ("3:1.").
    (
        "de",
        D(2026, 1, 8),
        "Am 3. Januar wurde gewählt. Am selben Tag trat er zurück.",
        [("3. Januar", "2026-01-03", "day"), ("Am selben Tag", "2026-01-03", "day")],
    ),
    (
        "de",
        D(2026, 1, 8),
        "Bayern gewann gegen Dortmund 3:1. Am Samstag spielt die Mannschaft in Berlin.",
        [("Samstag", "2026-01-10", "day")],
    ),
    # The tense of a quotation is not its sentence's.
    (
        "en",
        D(2026, 1, 12),
        '"This year will be no exception," Rory Deighton, a union official, said on Saturday.',
        [("This year", "2026", "year"), ("Saturday", "2026-01-10", "day")],
    ),
    (
        "es",
        D(2026, 1, 12),
        '"El sábado hablé con el presidente y la elección será limpia", afirmó el candidato '
        "el domingo.",
        [("El sábado", "2026-01-10", "day"), ("el domingo", "2026-01-11", "day")],
    ),
    # Agency datelines write the month short, without its full stop.
    (
        "es",
        D(2026, 1, 8),
        "Buenos Aires, 3 ene (EFE).- El Gobierno anunció un plan.",
        [("3 ene", "2026-01-03", "day")],
    ),
    (
        "pt",
        D(2026, 1, 8),
        "Lisboa, 04 jan 2026 (Lusa) - O Governo aprovou o plano.",
        [("04 jan 2026", "2026-01-04", "day")],
    ),
    # German capitalises every noun: a year after "Bundestagswahl" is a date.
    (
        "de",
        D(2026, 1, 8),
        "Nach der Bundestagswahl 2025 ist die Tarifrunde 2023 vergessen.",
        [("2025", "2025", "year"), ("2023", "2023", "year")],
    ),
    (
        "de",
        D(2026, 1, 8),
        "Die GDL ist noch bis Ende Februar an die Friedenspflicht gebunden.",
        [("bis Ende Februar", "2026-02", "month")],
    ),
    (
        "en",
        D(2026, 1, 8),
        "OPEC+ agreed on Sunday to pause output increments for January through March.",
        [
            ("Sunday", "2026-01-04", "day"),
            ("January through March", "2026-01-01/2026-03-31", "period"),
        ],
    ),
    (
        "es",
        D(2026, 1, 12),
        "Según la encuesta, publicada el jueves, el candidato lidera con el 31,9 %.",
        [("el jueves", "2026-01-08", "day")],
    ),
    # A year-less range is placed whole: the one holding the publication date first.
    (
        "en",
        D(2026, 1, 8),
        "Output was cut for January through March, the cartel said.",
        [("January through March", "2026-01-01/2026-03-31", "period")],
    ),
    (
        "fr",
        D(2026, 1, 8),
        "Du 28 décembre au 3 janvier, la grève a paralysé le pays.",
        [("Du 28 décembre au 3 janvier", "2025-12-28/2026-01-03", "period")],
    ),
    # A past verb right before "until" lasted up to a date now gone.
    (
        "pt",
        D(2026, 1, 12),
        "O Governo recebeu até sexta-feira as propostas; a greve vai durar até sexta-feira.",
        [("sexta-feira", "2026-01-09", "day"), ("sexta-feira", "2026-01-16", "day")],
    ),
    (
        "en",
        D(2026, 1, 12),
        "He stayed until Friday, but the strike will last until Friday.",
        [("Friday", "2026-01-09", "day"), ("Friday", "2026-01-16", "day")],
    ),
    (
        "fr",
        D(2026, 1, 8),
        "Selon un sondage Elabe publié mardi, 62 % des Français jugent probable une censure.",
        [("mardi", "2026-01-06", "day")],
    ),
    # Second review: a quotation's markers count where the sentence has none of its own; a
    # short quoted phrase is the sentence's own words.
    (
        "fr",
        D(2026, 1, 8),
        "« Nous avons perdu », a-t-il déclaré samedi.",
        [("samedi", "2026-01-03", "day")],
    ),
    (
        "en",
        D(2026, 1, 8),
        'Officials said talks "will resume" on Monday; schools are closed until Monday.',
        [("Monday", "2026-01-12", "day"), ("Monday", "2026-01-12", "day")],
    ),
    # A participle after a future auxiliary is no past ("sera élu dimanche").
    (
        "fr",
        D(2026, 1, 8),
        "Le nouveau président sera élu dimanche.",
        [("dimanche", "2026-01-11", "day")],
    ),
    (
        "de",
        D(2026, 1, 8),
        "Die Ausstellung war bis Ende Februar geöffnet.",
        [("bis Ende Februar", "2025-02", "month")],
    ),
    (
        "es",
        D(2026, 1, 10),
        "Se espera que el plan esté en vigor el lunes.",
        [("el lunes", "2026-01-12", "day")],
    ),
    (
        "fr",
        D(2028, 1, 8),
        "Du 29 février au 2 mars, le salon se tiendra à Paris.",
        [("Du 29 février au 2 mars", "2028-02-29/2028-03-02", "period")],
    ),
    (
        "en",
        D(2026, 1, 8),
        "January through March 2027 will be hard; from December to February 2027, it snows.",
        [
            ("January through March 2027", "2027-01-01/2027-03-31", "period"),
            ("from December to February 2027", "2026-12-01/2027-02-28", "period"),
        ],
    ),
    # The far edge of this year, early in it and in the past tense, is last year's.
    (
        "fr",
        D(2026, 1, 8),
        "Les ventes ont bondi en fin d'année ; en fin d'année, les prix baisseront.",
        [("en fin d'année", "2025", "year"), ("en fin d'année", "2026", "year")],
    ),
    (
        "de",
        D(2026, 1, 8),
        "Zum Jahresende stieg der Dax, seit Jahresbeginn fiel er.",
        [("Jahresende", "2025", "year"), ("Jahresbeginn", "2026", "year")],
    ),
    (
        "en",
        D(2026, 12, 10),
        "Sales jumped at the end of the year; at the start of the year, a new law will apply.",
        [("the end of the year", "2026", "year"), ("the start of the year", "2027", "year")],
    ),
    # The start or end of the current month, year or week, named bare.
    (
        "es",
        D(2026, 1, 8),
        "Habrá un pleno a finales de mes; desde principios de año hubo 300 muertos.",
        [("a finales de mes", "2026-01", "month"), ("desde principios de año", "2026", "year")],
    ),
    (
        "de",
        D(2026, 1, 8),
        "Seit Jahresbeginn stieg der Index; Ende des Monats wird gewählt.",
        [("Jahresbeginn", "2026", "year"), ("Ende des Monats", "2026-01", "month")],
    ),
    (
        "pt",
        D(2026, 1, 8),
        "No fim do mês haverá eleições, mas no final do mês de março choveu.",
        [("No fim do mês", "2026-01", "month"), ("março", "2025-03", "month")],
    ),
    # "para" before a year-less date schedules it, whatever the tense of the verb.
    (
        "es",
        D(2026, 1, 8),
        "El Tribunal Supremo fijó la vista para el 3 de marzo.",
        [("el 3 de marzo", "2026-03-03", "day")],
    ),
    # An older spelling capitalises months: with a day and a year, it is a date all the same.
    (
        "pt",
        D(2026, 1, 8),
        "Em 25 de Abril de 1974 caiu a ditadura; a ponte 25 de Abril fechou.",
        [("25 de Abril de 1974", "1974-04-25", "day")],
    ),
    # Half of a year: the half-year, in every language (the half of a month is that month).
    (
        "en",
        D(2026, 1, 8),
        "Sales fell in the first half of 2025 and in the first half of March 2024.",
        [
            ("the first half of 2025", "2025-01-01/2025-06-30", "period"),
            ("the first half of March 2024", "2024-03", "month"),
        ],
    ),
    (
        "fr",
        D(2026, 1, 8),
        "Les ventes ont chuté dans la seconde moitié de l'année 2024.",
        [("la seconde moitié de l'année 2024", "2024-07-01/2024-12-31", "period")],
    ),
    (
        "es",
        D(2026, 1, 8),
        "Las ventas cayeron en la primera mitad de 2025.",
        [("la primera mitad de 2025", "2025-01-01/2025-06-30", "period")],
    ),
    (
        "de",
        D(2026, 1, 8),
        "Der Umsatz sank in der zweiten Hälfte des Jahres 2025.",
        [("der zweiten Hälfte des Jahres 2025", "2025-07-01/2025-12-31", "period")],
    ),
    (
        "pt",
        D(2026, 1, 8),
        "As vendas caíram na primeira metade de 2025.",
        [("primeira metade de 2025", "2025-01-01/2025-06-30", "period")],
    ),
    # Month ranges written with a hyphen are one period, in a year told or relative.
    (
        "en",
        D(2025, 7, 23),
        "Profit fell in the April-June period.",
        [("April-June", "2025-04-01/2025-06-30", "period")],
    ),
    (
        "es",
        D(2026, 2, 11),
        "Las ventas superan las de enero-marzo del año pasado y las de octubre-diciembre de 2024.",
        [
            ("enero-marzo del año pasado", "2025-01-01/2025-03-31", "period"),
            ("octubre-diciembre de 2024", "2024-10-01/2024-12-31", "period"),
        ],
    ),
    (
        "de",
        D(2026, 1, 8),
        "Im Zeitraum Januar–März 2025 sank der Umsatz.",
        [("Januar–März 2025", "2025-01-01/2025-03-31", "period")],
    ),
    # A quotation whose sentence tells no day was said on the day of the sentence before it,
    # when that one tells of speaking (not of another event: see "The strike began on Jan. 2").
    (
        "fr",
        D(2026, 3, 16),
        "Dimanche soir, le maire a promis de rassembler. « Demain, nous déposerons une liste », "
        "a-t-il lancé.",
        [("Dimanche soir", "2026-03-15", "day"), ("Demain", "2026-03-16", "day")],
    ),
    (
        "pt",
        D(2026, 1, 2),
        'Contactado pela Lusa na quarta-feira, o advogado disse aguardar a decisão. "Ontem '
        'estive com o meu cliente", afirmou.',
        [("quarta-feira", "2025-12-31", "day"), ("Ontem", "2025-12-30", "day")],
    ),
    (
        "fr",
        D(2026, 3, 16),
        "Dimanche soir, le maire a promis de rassembler.\n\n« Demain, nous déposerons une "
        "liste », a-t-il lancé.",
        [("Dimanche soir", "2026-03-15", "day"), ("Demain", "2026-03-17", "day")],
    ),
    # A year opening a sentence, or told with a clause about it, frames its year-less dates.
    (
        "fr",
        D(2026, 3, 16),
        "La participation a progressé depuis 2020, lorsque le premier tour s'était tenu le 15 "
        "mars.",
        [("2020", "2020", "year"), ("le 15 mars", "2020-03-15", "day")],
    ),
    (
        "fr",
        D(2026, 5, 16),
        "Il y a deux ans, il s'était cassé le poignet en avril et avait gagné trois mois plus "
        "tard.",
        [
            ("Il y a deux ans", "2024", "year"),
            ("avril", "2024-04", "month"),
            ("trois mois plus tard", "2024-07", "month"),
        ],
    ),
    (
        "en",
        D(2026, 3, 16),
        "In 2020, the Seine hosted races from July 31 to Aug. 9.",
        [("2020", "2020", "year"), ("from July 31 to Aug. 9", "2020-07-31/2020-08-09", "period")],
    ),
    (
        "fr",
        D(2026, 3, 16),
        "Depuis 2019, les prix montent ; en mars, ils ont bondi.",
        [("2019", "2019", "year"), ("mars", "2026-03", "month")],
    ),
    # Holidays of several days, and holiday names after a contracted article.
    (
        "es",
        D(2026, 2, 11),
        "El sindicato amenaza con extender los paros a Semana Santa. La Audiencia cita a las "
        "partes después del día de Reyes.",
        [
            ("Semana Santa", "2026-03-29/2026-04-05", "period"),
            ("día de Reyes", "2026-01-06", "day"),
        ],
    ),
    (
        "fr",
        D(2026, 5, 16),
        "Il a chuté le jour de l'Ascension lors de la troisième étape.",
        [("le jour de l'Ascension", "2026-05-14", "day")],
    ),
    (
        "pt",
        D(2026, 6, 20),
        "A comitiva chegou aos Estados Unidos no Dia de Portugal.",
        [("Dia de Portugal", "2026-06-10", "day")],
    ),
    # The year or month so far; Austrian "heuer"; "morgen Nacht".
    (
        "es",
        D(2026, 2, 11),
        "La acción sube un 22 % en lo que va de año.",
        [("lo que va de año", "2026", "year")],
    ),
    (
        "de",
        D(2025, 9, 10),
        "Laut Ministerium sollen heuer noch zwei Verfahren abgeschlossen werden.",
        [("heuer", "2025", "year")],
    ),
    (
        "de",
        D(2025, 12, 30),
        "Er warnte: „Morgen Nacht steht uns der schwierigste Einsatz bevor.“",
        [("Morgen Nacht", "2025-12-31", "day")],
    ),
    # "In two weeks" in a sentence about the future (an adjective in -ed is no past verb);
    # not in the past, where it tells how long something took.
    (
        "en",
        D(2026, 3, 16),
        "She said she would present a detailed housing plan in two weeks.",
        [("two weeks", "2026-03-30", "day")],
    ),
    (
        "es",
        D(2026, 3, 16),
        "Presentará el plan en dos semanas. Construyeron el puente en dos semanas.",
        [("en dos semanas", "2026-03-30", "day")],
    ),
    (
        "pt",
        D(2026, 3, 16),
        "Apresentará o plano em duas semanas. O preço subiu em duas semanas.",
        [("em duas semanas", "2026-03-30", "day")],
    ),
    (
        "de",
        D(2025, 9, 10),
        "Er wolle das Urteil abwarten, das in vier Wochen vorliegen soll.",
        [("in vier Wochen", "2025-10-08", "day")],
    ),
    # Infinitives and present plurals in -ten are no weak past ("erwarten", not "warteten").
    (
        "de",
        D(2025, 9, 10),
        "Experten erwarten am Freitag eine Entscheidung. Sie warteten am Montag.",
        [("Freitag", "2025-09-12", "day"), ("Montag", "2025-09-08", "day")],
    ),
    # The first months of a year: told, or left open in a sentence about money (the year
    # they are over in); not the first months of something else.
    (
        "fr",
        D(2025, 10, 22),
        "Sur les neuf premiers mois, le chiffre d'affaires atteint 2 milliards d'euros. Les "
        "trois premiers mois de son mandat ont été durs.",
        [("les neuf premiers mois", "2025-01-01/2025-09-30", "period")],
    ),
    (
        "en",
        D(2026, 2, 5),
        "Sales in the first nine months of 2024 rose 5%. The first three months of the war "
        "were hard.",
        [("the first nine months of 2024", "2024-01-01/2024-09-30", "period")],
    ),
    (
        "es",
        D(2026, 2, 5),
        "En los seis primeros meses del año, las ventas subieron un 4 %.",
        [("En los seis primeros meses del año", "2025-01-01/2025-06-30", "period")],
    ),
    # An anaphor of an event in apposition to a day is that day.
    (
        "fr",
        D(2026, 3, 16),
        "Elle avait appelé samedi, la veille du scrutin, les électeurs à voter.",
        [("samedi", "2026-03-14", "day"), ("la veille", "2026-03-14", "day")],
    ),
    # A French past infinitive is past ("après être arrivé en tête dimanche").
    (
        "fr",
        D(2026, 3, 16),
        "Il affrontera dimanche prochain un second tour après être arrivé en tête dimanche.",
        [("dimanche prochain", "2026-03-22", "day"), ("dimanche", "2026-03-15", "day")],
    ),
    # A deadline word before a mention that holds its article ("antes | del viernes"); a
    # strike called or a threat made is no past for the dates it governs.
    (
        "es",
        D(2026, 2, 11),
        "El sindicato ha convocado huelga del 2 al 6 de marzo si no hay acuerdo antes del viernes.",
        [
            ("del 2 al 6 de marzo", "2026-03-02/2026-03-06", "period"),
            ("del viernes", "2026-02-13", "day"),
        ],
    ),
    # "Since Monday" in the present is a Monday gone by; "from Monday" in the future to come.
    (
        "es",
        D(2025, 9, 27),
        "Las entradas están a la venta desde el lunes. Las camisetas estarán a la venta "
        "desde el lunes.",
        [("el lunes", "2025-09-22", "day"), ("el lunes", "2025-09-29", "day")],
    ),
    # A relative day and its weekday are one mention.
    (
        "es",
        D(2025, 3, 17),
        "El exgobernador ganó ayer domingo la consulta.",
        [("ayer domingo", "2025-03-16", "day")],
    ),
    (
        "fr",
        D(2025, 3, 17),
        "Il a gagné hier dimanche la primaire.",
        [("hier dimanche", "2025-03-16", "day")],
    ),
    # A half or quarter with no year, in the future tense, just after the last one closed:
    # the next one, unless the sentence is about figures (results of the one just closed).
    (
        "pt",
        D(2026, 1, 2),
        "O recurso só deverá ser apreciado no segundo semestre.",
        [("segundo semestre", "2026-07-01/2026-12-31", "period")],
    ),
    (
        "en",
        D(2026, 1, 2),
        "The company will post a loss of $3 million for the second half.",
        [("the second half", "2025-07-01/2025-12-31", "period")],
    ),
    (
        "de",
        D(2026, 3, 16),
        "Der Verband rechnet erst in der zweiten Jahreshälfte mit einer Erholung.",
        [("zweiten Jahreshälfte", "2026-07-01/2026-12-31", "period")],
    ),
    # A date to come shares its year with a date to come told just before it.
    (
        "es",
        D(2025, 3, 17),
        "La primera vuelta está fijada para el 31 de mayo de 2026 y la segunda, para el 21 de "
        "junio.",
        [("el 31 de mayo de 2026", "2026-05-31", "day"), ("el 21 de junio", "2026-06-21", "day")],
    ),
    # A mention closing a relative clause is dated by that clause's verb, not the next one.
    (
        "pt",
        D(2026, 1, 2),
        "Dois dos empresários, que confessaram parte dos factos em outubro, poderão beneficiar "
        "de pena suspensa.",
        [("outubro", "2025-10", "month")],
    ),
    (
        "fr",
        D(2026, 1, 8),
        "Le ministre, qui a annoncé sa démission en mars, partira en juin.",
        [("mars", "2025-03", "month"), ("juin", "2026-06", "month")],
    ),
    # A tense marker after an elided pronoun ("s'achèvera") counts.
    (
        "fr",
        D(2025, 10, 22),
        "L'exercice s'achèvera le 31 mars.",
        [("le 31 mars", "2026-03-31", "day")],
    ),
    # A German word in -te after an article is an adjective, no weak past.
    (
        "de",
        D(2026, 6, 13),
        "Am Jahrestag, dem 13. August, beginnt nun eine konzertante Aufführung.",
        [("dem 13. August", "2026-08-13", "day")],
    ),
    # A marker may run into the mention ("startet | Mitte Oktober").
    (
        "de",
        D(2026, 6, 13),
        "Der Vorverkauf startet Mitte Oktober.",
        [("Mitte Oktober", "2026-10", "month")],
    ),
    # A deadline's own past verb is in its clause, not another one before a comma.
    (
        "de",
        D(2026, 1, 2),
        "Das Ministerium kündigte an, das Thema bis Ende März zu beraten. Das Museum war bis "
        "Ende Februar geöffnet.",
        [("bis Ende März", "2026-03", "month"), ("bis Ende Februar", "2025-02", "month")],
    ),
    # "More than a year later" is some time after, not a date; "80 mehr als ein Jahr zuvor"
    # compares a number.
    (
        "es",
        D(2026, 1, 2),
        "Los vecinos siguen esperando las ayudas más de un año después.",
        [("más de un año después", None, "vague")],
    ),
    (
        "de",
        D(2026, 1, 2),
        "Das sind etwa 80 mehr als ein Jahr zuvor.",
        [("mehr als ein Jahr zuvor", "2025", "year")],
    ),
    # Words quoted have their own tense; the verb of saying after them is past.
    (
        "en",
        D(2025, 7, 23),
        '"We do not expect a meaningful recovery before October," the CEO told analysts.',
        [("October", "2025-10", "month")],
    ),
    # Portuguese future subjunctive after "se", "quando": a condition to come.
    (
        "pt",
        D(2026, 3, 16),
        "Se o Copom sinalizar cortes na quarta-feira, as aéreas reagem.",
        [("quarta-feira", "2026-03-18", "day")],
    ),
    # An agency dateline's capitalised month abbreviation; "Schlussquartal".
    (
        "pt",
        D(2026, 3, 16),
        "SÃO PAULO, 16 Mar (Reuters) - A companhia aérea teve prejuízo.",
        [("16 Mar", "2026-03-16", "day")],
    ),
    (
        "de",
        D(2026, 3, 16),
        "Bereits im Januar hatte der Vorstand die Prognose für das Schlussquartal gesenkt.",
        [("Januar", "2026-01", "month"), ("das Schlussquartal", "2025-10-01/2025-12-31", "period")],
    ),
    # Weekends and weekdays counted from the date told before.
    (
        "en",
        D(2026, 3, 16),
        "The runoff is on March 22, and the council will elect the mayor the following weekend.",
        [
            ("March 22", "2026-03-22", "day"),
            ("the following weekend", "2026-03-28/2026-03-29", "period"),
        ],
    ),
    (
        "de",
        D(2026, 3, 16),
        "Die Hauptversammlung ist am 7. Mai, die Zahlen legt Veltrona am Mittwoch davor vor.",
        [("7. Mai", "2026-05-07", "day"), ("am Mittwoch davor", "2026-05-06", "day")],
    ),
    # A weekday and its day number set off by a comma are one mention.
    (
        "pt",
        D(2026, 6, 20),
        "O jogo está marcado para a próxima sexta-feira, dia 26, em Miami.",
        [("a próxima sexta-feira, dia 26", "2026-06-26", "day")],
    ),
    # Eras of German history.
    (
        "de",
        D(2026, 3, 16),
        "Die Ausstellung widmet sich der NS-Zeit; zu DDR-Zeiten war das Haus geschlossen.",
        [
            ("der NS-Zeit", "1933-01-30/1945-05-08", "period"),
            ("DDR-Zeiten", "1949-10-07/1990-10-03", "period"),
        ],
    ),
    # A day to come dates no speech: a quotation after a sentence about next Monday counts
    # from the publication day.
    (
        "es",
        D(2025, 12, 30),
        'La huelga se ampliará el próximo lunes, advirtió el sindicato. "El año que viene puede '
        'empezar con los trenes parados", añadió.',
        [("el próximo lunes", "2026-01-05", "day"), ("El año que viene", "2026", "year")],
    ),
    # Holiday names after a contracted article or none; more holidays and eras.
    (
        "es",
        D(2025, 6, 14),
        "Las llegadas subieron por el puente del lunes de Pascua.",
        [("lunes de Pascua", "2025-04-21", "day")],
    ),
    (
        "fr",
        D(2026, 1, 2),
        "Après un jour de l'An marqué par des annulations, les lignes électrifiées pendant les "
        "Trente Glorieuses restent fragiles.",
        [
            ("jour de l'An", "2026-01-01", "day"),
            ("les Trente Glorieuses", "1945-01-01/1975-12-31", "period"),
        ],
    ),
    (
        "en",
        D(2026, 3, 11),
        "\"If it hasn't rained by Anzac Day, I'm not planting,\" he said.",
        [("Anzac Day", "2026-04-25", "day")],
    ),
    (
        "de",
        D(2026, 2, 16),
        "Lothar hatte am zweiten Weihnachtsfeiertag 1999 Bäume umgeworfen.",
        [("zweiten Weihnachtsfeiertag 1999", "1999-12-26", "day")],
    ),
    # "Dès" is no deadline: "commencées dès le 15 août" is a start gone by.
    (
        "fr",
        D(2025, 9, 27),
        "Commencées dès le 15 août, jour de l'Assomption, les vendanges sont finies.",
        [("le 15 août", "2025-08-15", "day"), ("jour de l'Assomption", "2025-08-15", "day")],
    ),
    # A past verb right before "by" makes the deadline past; "are closed" is no past verb.
    (
        "en",
        D(2025, 9, 20),
        "Hotel rooms were sold out by early July.",
        [("early July", "2025-07", "month")],
    ),
    # A range of weekdays.
    (
        "es",
        D(2026, 2, 16),
        "Según la Aemet, entre el viernes y el domingo se acumularon 180 litros.",
        [("entre el viernes y el domingo", "2026-02-13/2026-02-15", "period")],
    ),
    # Days and quarters with a relative year; fiscal years; the weekend after "del".
    (
        "es",
        D(2025, 6, 14),
        "La marcha fue el 21 de julio del año pasado; el satélite operará en el cuarto "
        "trimestre de este año. El impuesto recaudó 150 millones el ejercicio pasado.",
        [
            ("el 21 de julio del año pasado", "2024-07-21", "day"),
            ("el cuarto trimestre de este año", "2025-10-01/2025-12-31", "period"),
            ("el ejercicio pasado", "2024", "year"),
        ],
    ),
    (
        "es",
        D(2026, 2, 16),
        "La aceituna seguía en el árbol tras las lluvias del fin de semana.",
        [("del fin de semana", "2026-02-14/2026-02-15", "period")],
    ),
    # "Hace N años" set off after a date says when, not how long.
    (
        "es",
        D(2025, 12, 30),
        "La última huelga se remonta a diciembre de 2018, hace ahora siete años.",
        [("diciembre de 2018", "2018-12", "month"), ("hace ahora siete años", "2018", "year")],
    ),
    # A range of month-day dates without "from".
    (
        "en",
        D(2025, 9, 20),
        "The festival runs Sept. 20–Oct. 5, 2025.",
        [("Sept. 20–Oct. 5, 2025", "2025-09-20/2025-10-05", "period")],
    ),
    # German: weekday of next week; a past verb right after an opening deadline phrase; a
    # month after an article; a noun in -ung before a year; a dateline; "haben ... Zeit".
    (
        "de",
        D(2025, 12, 30),
        "Der Unterricht beginnt am Mittwoch nächster Woche. Bis Ende November war nur jeder "
        "zweite Zug pünktlich.",
        [
            ("am Mittwoch nächster Woche", "2026-01-07", "day"),
            ("Bis Ende November", "2025-11", "month"),
        ],
    ),
    (
        "de",
        D(2026, 2, 16),
        "KÖLN, 16. Feb (Reuters) - Der Januar war wärmer als im Mittel. Seit der Gründung 2018 "
        "wuchs die Firma.",
        [
            ("16. Feb", "2026-02-16", "day"),
            ("Januar", "2026-01", "month"),
            ("2018", "2018", "year"),
        ],
    ),
    (
        "de",
        D(2025, 9, 13),
        "Die Bundesländer haben bis Ende Oktober Zeit. Die Firma hat am Montag die Pläne "
        "vorgestellt.",
        [("bis Ende Oktober", "2025-10", "month"), ("Montag", "2025-09-08", "day")],
    ),
    # Portuguese: day/month figures; "deve" and "vão + infinitive" look ahead.
    (
        "pt",
        D(2026, 3, 16),
        "O Imea divulga a estimativa em 6/4. A colheita deve começar em junho. As urgências vão "
        "funcionar entre 1 de junho e 30 de setembro.",
        [
            ("6/4", "2026-04-06", "day"),
            ("junho", "2026-06", "month"),
            ("entre 1 de junho e 30 de setembro", "2026-06-01/2026-09-30", "period"),
        ],
    ),
    # Decades after an event the text does not date are no date; years after one it dates are.
    (
        "en",
        D(2026, 1, 2),
        "The strike is set for Jan. 7. Operators return to public ownership three decades "
        "after British Rail was privatised. The war ended in 1945. Two years after the war, "
        "the country rebuilt.",
        [
            ("Jan. 7", "2026-01-07", "day"),
            ("1945", "1945", "year"),
            ("Two years after", "1947", "year"),
        ],
    ),
    # A verb of saying after a comma dates the report, not what it tells.
    (
        "fr",
        D(2026, 1, 8),
        "Les trains circuleront normalement dès lundi, a annoncé la SNCF. Les bus ont circulé "
        "mardi, a indiqué la RATP.",
        [("lundi", "2026-01-12", "day"), ("mardi", "2026-01-06", "day")],
    ),
    (
        "pt",
        D(2026, 5, 20),
        "As urgências vão funcionar entre 1 de junho e 30 de setembro, anunciou a direção.",
        [("entre 1 de junho e 30 de setembro", "2026-06-01/2026-09-30", "period")],
    ),
    # The same month of another year, counted from the month told before.
    (
        "es",
        D(2025, 6, 14),
        "Llegaron 1,9 millones de turistas en abril, un 6,4 % más que en el mismo mes de 2024.",
        [("abril", "2025-04", "month"), ("en el mismo mes de 2024", "2024-04", "month")],
    ),
    (
        "en",
        D(2026, 3, 16),
        "Exports rose in May from the same month a year earlier.",
        [("May", "2025-05", "month"), ("the same month a year earlier", "2024-05", "month")],
    ),
    # "En pleno agosto": the month itself.
    (
        "pt",
        D(2026, 3, 16),
        "Tivemos 23 dias sem chuva em pleno janeiro.",
        [("janeiro", "2026-01", "month")],
    ),
    # A past-tense period mostly to come is last year's, unless it is what something
    # applies to ("output was cut for January through March").
    (
        "es",
        D(2026, 1, 2),
        "La ONG contabilizó 1.800 muertes solo entre enero y mayo.",
        [("entre enero y mayo", "2025-01-01/2025-05-31", "period")],
    ),
    # Scheduled events in the English present; promises; "we'll".
    (
        "en",
        D(2026, 2, 9),
        "The summer window opens on Monday, June 15, and closes on Sept. 1. The government has "
        "promised to cut bills from April.",
        [
            ("Monday, June 15", "2026-06-15", "day"),
            ("Sept. 1", "2026-09-01", "day"),
            ("April", "2026-04", "month"),
        ],
    ),
    (
        "en",
        D(2026, 5, 23),
        '"I told her we\'ll think about it at Christmas," he said.',
        [("Christmas", "2026-12-25", "day")],
    ),
    # The same period of another year, as told before it.
    (
        "en",
        D(2026, 5, 23),
        "Officials counted 3,000 cases between January and April, compared with 1,205 in the "
        "same period of 2025.",
        [
            ("between January and April", "2026-01-01/2026-04-30", "period"),
            ("the same period of 2025", "2025-01-01/2025-04-30", "period"),
        ],
    ),
    # Review fixes: a quotation is not dated by an event's day told after a verb of saying;
    # a year frames no date across another clause, nor through a relative pronoun; an
    # apposition keeps the year its day was read in; deadlines of things to come; German
    # perfects without "ge-"; capitalised names are no verbs; "se" before a verb is no
    # condition; fractions are no dates; "hier, samedi" are two days; a German present in
    # "ge-" is no past.
    (
        "en",
        D(2024, 3, 12),
        'Police said the attack took place on Saturday. "We will reopen the station tomorrow," '
        "the mayor said.",
        [("Saturday", "2024-03-09", "day"), ("tomorrow", "2024-03-13", "day")],
    ),
    (
        "fr",
        D(2024, 3, 8),
        "En 2023, le groupe a dégagé un bénéfice de 3 millions, a-t-il annoncé le 7 mars.",
        [("2023", "2023", "year"), ("le 7 mars", "2024-03-07", "day")],
    ),
    (
        "es",
        D(2024, 3, 8),
        "La empresa, fundada en 2015, que emplea a 300 personas, anunció el 3 de marzo su venta.",
        [("2015", "2015", "year"), ("el 3 de marzo", "2024-03-03", "day")],
    ),
    (
        "fr",
        D(2024, 3, 12),
        "Arrêté le 3 septembre 2021, il a été libéré le 14 octobre, la veille de son procès.",
        [
            ("le 3 septembre 2021", "2021-09-03", "day"),
            ("le 14 octobre", "2021-10-14", "day"),
            ("la veille", "2021-10-14", "day"),
        ],
    ),
    (
        "en",
        D(2024, 2, 10),
        "Tickets purchased by Friday will be refunded.",
        [("Friday", "2024-02-16", "day")],
    ),
    (
        "de",
        D(2024, 3, 12),
        "Der Minister hat am Freitag seinen Rücktritt erklärt. Bis Ende Juni gestaltet die "
        "Stadt den Marktplatz um.",
        [("Freitag", "2024-03-08", "day"), ("Bis Ende Juni", "2024-06", "month")],
    ),
    (
        "es",
        D(2024, 3, 12),
        "Turquía acoge la cumbre el 14 de mayo. El equipo trabaja al 24/7.",
        [("el 14 de mayo", "2024-05-14", "day")],
    ),
    (
        "pt",
        D(2024, 3, 13),
        "O ministro se recusou a comentar o caso na segunda-feira. A doença atinge em 1/3 dos "
        "pacientes.",
        [("segunda-feira", "2024-03-11", "day")],
    ),
    (
        "fr",
        D(2024, 3, 12),
        "Il a quitté l'hôpital hier, samedi il reprendra l'entraînement.",
        [("hier", "2024-03-11", "day"), ("samedi", "2024-03-16", "day")],
    ),
    (
        "de",
        D(2024, 3, 12),
        "In den ersten sechs Monaten seiner Amtszeit hat er 2 Milliarden Euro ausgegeben.",
        [],
    ),
    # A participle before "by" opens a passive phrase, not a past clause.
    (
        "en",
        D(2026, 1, 2),
        "Analysts expected a fall of around 7% in April, helped by cheaper gas.",
        [("April", "2026-04", "month")],
    ),
    # "Seit" opening the mention is a since; a century with a numeral is no "this century".
    (
        "de",
        D(2025, 11, 23),
        "Der Stürmer fällt seit Anfang Oktober aus und wird frühestens im Februar spielen.",
        [("seit Anfang Oktober", "2025-10", "month"), ("Februar", "2026-02", "month")],
    ),
    (
        "es",
        D(2026, 5, 20),
        "El gobernante habría reinado a finales del siglo VII.",
        [("siglo VII", "0600-01-01/0699-12-31", "period")],
    ),
    # Scheduled events in the present; passives to come; reported futures.
    (
        "pt",
        D(2025, 9, 27),
        "A campanha de vacinação arranca na segunda-feira em todo o país.",
        [("segunda-feira", "2025-09-29", "day")],
    ),
    (
        "de",
        D(2026, 3, 16),
        "Anträge können nach Ostern gestellt werden. Eine Hotline werde in drei Wochen "
        "freigeschaltet, teilte das Ministerium mit.",
        [("Ostern", "2026-04-05", "day"), ("in drei Wochen", "2026-04-06", "day")],
    ),
    # "Over the past decade": the last years, vague; a law's number is no range of years.
    (
        "en",
        D(2026, 2, 9),
        "Spending has soared over the past decade.",
        [("the past decade", None, "vague")],
    ),
    (
        "fr",
        D(2026, 1, 2),
        "Le Niger a abrogé la loi 2015-36 qui réprimait le trafic.",
        [],
    ),
    # "A plan to" is a noun, not a future; more than N days after an event is a distance.
    (
        "en",
        D(2026, 5, 23),
        "Workers rallied on Friday against a plan to hand operation to a contractor. Rescuers "
        "pulled a girl alive on Monday, more than two days after a landslide buried the village.",
        [("Friday", "2026-05-22", "day"), ("Monday", "2026-05-18", "day")],
    ),
    # The half of "the year" is this year's; eras; years told before ("de aquel año").
    (
        "en",
        D(2026, 3, 9),
        "A strike in the second half of the year is possible, union leaders at its Victorian-era "
        "head office said.",
        [
            ("the second half of the year", "2026-07-01/2026-12-31", "period"),
            ("Victorian-era", "1837-06-20/1901-01-22", "period"),
        ],
    ),
    (
        "es",
        D(2025, 12, 30),
        "En 2012, un sismo dejó 44 fallecidos el 7 de noviembre de aquel año.",
        [("2012", "2012", "year"), ("el 7 de noviembre de aquel año", "2012-11-07", "day")],
    ),
    (
        "fr",
        D(2026, 1, 2),
        "En 2012, le séisme du 7 novembre de cette année-là a fait 44 morts.",
        [("2012", "2012", "year"), ("7 novembre de cette année-là", "2012-11-07", "day")],
    ),
    # German: "in diesem Jahr" is this year; verbs in -ten/-tet of stems in -t are present;
    # the month a year before; more holidays.
    (
        "de",
        D(2026, 5, 23),
        "Im Jahr 2021 zogen kleine Abordnungen nach Altötting. In diesem Jahr verzeichnen die "
        "Veranstalter viele Anmeldungen. Am Sonntag übernachten sie in Zeltlagern. Die "
        "Wallfahrt startet in drei Wochen.",
        [
            ("Im Jahr 2021", "2021", "year"),
            ("diesem Jahr", "2026", "year"),
            ("Sonntag", "2026-05-24", "day"),
            ("in drei Wochen", "2026-06-13", "day"),
        ],
    ),
    (
        "de",
        D(2026, 1, 2),
        "Im Dezember stiegen die Preise gegenüber dem Vorjahresmonat. Die Lawine ging am "
        "Silvesternachmittag ab; ab dem Dreikönigstag wird es wärmer.",
        [
            ("Dezember", "2025-12", "month"),
            ("dem Vorjahresmonat", "2024-12", "month"),
            ("Silvesternachmittag", "2025-12-31", "day"),
            ("Dreikönigstag", "2026-01-06", "day"),
        ],
    ),
    # A phrase opening the sentence dates its main verb, however long the subject; a verb of
    # saying there makes it the day something was said.
    (
        "en",
        D(2025, 9, 17),
        "It was the second incident in less than a year: on Nov. 3, one of its Dash 8-400s "
        "made an emergency landing.",
        [("Nov. 3", "2024-11-03", "day")],
    ),
    (
        "en",
        D(2026, 5, 23),
        "In a statement late Thursday, the authority said no employee would lose a job.",
        [("late Thursday", "2026-05-21", "day")],
    ),
    # Participles of events before "há"; the Ascension; "Morgen" before a verb; months as
    # subjects.
    (
        "pt",
        D(2025, 12, 30),
        "O plano, anunciado há três anos, tem 40% das obras concluídas. Na Quinta-feira da "
        "Ascensão, muitos grupos ficaram.",
        [("há três anos", "2022", "year"), ("Quinta-feira da Ascensão", "2025-05-29", "day")],
    ),
    (
        "de",
        D(2025, 10, 22),
        "„Morgen liefert der Monatsbericht die nächste Orientierung“, sagte er. Jeden Morgen "
        "trinkt er Kaffee.",
        [("Morgen", "2025-10-23", "day")],
    ),
    (
        "fr",
        D(2026, 3, 9),
        "Février a été particulièrement meurtrier. Mars a été exploré par des sondes.",
        [("Février", "2026-02", "month")],
    ),
    (
        "es",
        D(2025, 10, 22),
        "El deán explicó que octubre está resultando excepcional.",
        [("octubre", "2025-10", "month")],
    ),
    # Second review: an article opens no fronted phrase, nor does one after a verb; a verb
    # of saying to come is no past; the current month early on is still this year's;
    # "desde ... hasta" is a range; "dropped by 5%" is past; a future in another clause
    # leaves a deadline past; "am frühen Morgen" is a morning; a half "of the year" after a
    # year told; "aquel año" is the year written before; "the same period" after a day is
    # the year; "Julio" and "Abril" as names.
    (
        "es",
        D(2024, 3, 1),
        "El Gobierno aprobó el 12 de febrero, tras meses de debate, una ley que entrará en "
        "vigor en julio.",
        [("el 12 de febrero", "2024-02-12", "day"), ("julio", "2024-07", "month")],
    ),
    (
        "fr",
        D(2024, 3, 14),
        "Mardi, le gouvernement annoncera son plan.",
        [("Mardi", "2024-03-19", "day")],
    ),
    (
        "en",
        D(2024, 1, 10),
        "Gas prices rose 5% in January. Shares dropped by 5% in April.",
        [("January", "2024-01", "month"), ("April", "2023-04", "month")],
    ),
    (
        "es",
        D(2024, 2, 1),
        "La exposición estará abierta desde abril hasta junio.",
        [("desde abril hasta junio", "2024-04-01/2024-06-30", "period")],
    ),
    (
        "en",
        D(2024, 8, 10),
        "Most shops were shut by Friday, and officials said more closures will follow.",
        [("Friday", "2024-08-09", "day")],
    ),
    (
        "de",
        D(2024, 3, 14),
        "Am frühen Morgen geriet ein Lastwagen in Brand. Bis zum Morgen dauerten die Arbeiten.",
        [],
    ),
    (
        "en",
        D(2024, 2, 20),
        "In 2022, revenue grew strongly, especially in the second half of the year.",
        [
            ("2022", "2022", "year"),
            ("the second half of the year", "2022-07-01/2022-12-31", "period"),
        ],
    ),
    (
        "es",
        D(2024, 3, 14),
        "En 2015 se casó. Ayer recordó que el 7 de noviembre de aquel año nació su hija.",
        [
            ("2015", "2015", "year"),
            ("Ayer", "2024-03-13", "day"),
            ("el 7 de noviembre de aquel año", "2015-11-07", "day"),
        ],
    ),
    (
        "en",
        D(2024, 3, 14),
        "The company said on Tuesday that sales rose 5%, compared with the same period of 2023.",
        [("Tuesday", "2024-03-12", "day"), ("the same period of 2023", "2023", "year")],
    ),
    (
        "es",
        D(2024, 3, 14),
        "Julio fue detenido por la policía. Abril está muy contenta con el premio.",
        [],
    ),
    # English "'ll" after its pronoun looks ahead, with either apostrophe.
    (
        "en",
        D(2026, 5, 20),
        "He said we'll meet on Friday. “We’ll decide on Monday,” she said. They met on Tuesday.",
        [
            ("Friday", "2026-05-22", "day"),
            ("Monday", "2026-05-25", "day"),
            ("Tuesday", "2026-05-19", "day"),
        ],
    ),
]


@pytest.mark.parametrize(("lang", "published", "sentence", "expected"), HARDER)
def test_harder_expressions(lang, published, sentence, expected):
    assert found_as(sentence, published, lang) == expected


@pytest.mark.parametrize(("lang", "published", "sentence", "expected"), CASES)
def test_cases(lang, published, sentence, expected):
    assert found_as(sentence, published, lang) == expected


# Texts holding no date at all, in the language they are written in.
NON_DATES = [
    ("fr", "Il a obtenu sa nomination grâce à des appuis solides."),
    ("fr", "Plus de 400 accords ont été signés, dont la vente de S-300."),
    ("fr", "La ville compte 2 millions d'habitants et le chômage a baissé de 1,5 %."),
    ("fr", "Les explosions ont eu lieu vers 2 heures, puis à 7:58."),
    ("fr", "Âgé de 75 ans, il a passé 18 mois en prison et 90 jours à l'isolement."),
    ("fr", "Appelez le 01 45 67 89 12 ou lisez la page 2019 du rapport."),
    ("fr", "Deux F-16 ont survolé la base ; la sonde tourne autour de Mars."),
    ("fr", "La sonde Mars 2020 a atterri sans encombre."),
    ("fr", "Les rebelles du Mouvement du 23 mars ont défilé avenue du 24 novembre."),
    ("es", "Miles de personas marcharon por la avenida 9 de julio."),
    ("pt", "O trânsito parou na ponte 25 de abril."),
    ("de", "Sie demonstrierten auf der Straße des 17. Juni."),
    ("fr", "Au lendemain de la guerre, tout a changé."),
    ("en", "City host Newcastle at 1500 GMT; the vote closes at 1842 GMT."),
    ("en", "The Sunday Times and the Mail on Sunday reported the deal."),
    ("fr", "Le tarif du week-end et le journal du week-end augmentent."),
    ("de", "Im Bundeshaushalt stehen 1800 Millionen Euro, das Ausbauziel sind 2000 Megawatt."),
    ("en", "The day after Trump won, markets fell."),
    ("fr", "Il a reçu ses invités à Mar-a-Lago."),
    ("fr", "Les 2 000 soldats et les 1 500 policiers restent mobilisés."),
    ("fr", "La première moitié du match a été terne, la seconde moitié du film aussi."),
    ("en", "The tactic may recall earlier campaigns against the cartel."),
    ("en", "The 56-year-old leader spent 90 days in custody and 18 months abroad."),
    ("en", "The meeting started at 10 a.m. and four F-16 jets flew over."),
    ("en", "The Milano Cortina 2026 Winter Olympics drew 2,900 athletes."),
    ("en", "Call 555-0199 for details; see page 12."),
    ("es", "Murió una mujer de 54 años y 34 edificios sufrieron daños."),
    ("es", "El sismo ocurrió a las 7:58 con magnitud 6,5."),
    ("es", "Miles de personas marcharon por la Plaza de Mayo."),
    ("de", "Der 56-Jährige war 90 Tage in Haft; morgens trainiert er."),
    ("pt", "A segunda volta das eleições vai ser disputada por dois candidatos."),
]


@pytest.mark.parametrize(("lang", "sentence"), NON_DATES)
def test_non_dates(lang, sentence):
    assert found_as(sentence, D(2026, 1, 8), lang) == []


def test_seed_dispatch():
    """Every time expression of the seed, and nothing else (`sa`, `des`, `400 accords`,
    `S-300` are not dates)."""
    d = parse_dispatch(SEED.read_text(encoding="utf-8-sig"), SEED.name)
    found = extract_dates(d.text, d.published, d.lang, d.body_start)
    assert [(m.text, m.value, m.precision) for m in found] == [
        ("le 3 janvier 2026", "2026-01-03", "day"),
        ("Pendant des décennies", None, "vague"),
        ("l’ère Chavez", "1999-02-02/2013-03-05", "period"),
    ]
    for m in found:
        assert d.text[m.start : m.end] == m.text
        assert m.start >= d.body_start


def test_header_is_never_read():
    text = (
        " date 2026-01-08 MONDE :: Le 3 janvier 2026, Caracas tombe :: WORLD\n\n"
        "Le président a parlé hier.\n"
    )
    d = parse_dispatch(text)
    found = extract_dates(d.text, d.published, d.lang, d.body_start)
    assert [(m.text, m.value) for m in found] == [("hier", "2026-01-07")]
    assert all(m.start >= d.body_start for m in found)


def test_offsets_are_into_the_whole_text():
    body = "Il est parti le 2 janvier."
    text = "xxxxxxxxxx\n" + body
    (m,) = extract_dates(text, D(2026, 1, 8), "fr", start=11)
    assert (m.start, m.end) == (text.index("le 2 janvier"), text.index("le 2 janvier") + 12)
    assert text[m.start : m.end] == m.text


def test_mentions_come_in_order_and_do_not_overlap():
    text = "Le 3 janvier, puis hier, et en 2019, enfin l'an dernier et samedi."
    found = mentions(text, D(2026, 1, 8), "fr")
    assert len(found) == 5
    for a, b in itertools.pairwise(found):
        assert a.end <= b.start


def test_accentless_and_abbreviated_french():
    assert found_as("Il est né le 3 fevrier 1990 et parti en aout 2001.", D(2026, 1, 8), "fr") == [
        ("le 3 fevrier 1990", "1990-02-03", "day"),
        ("aout 2001", "2001-08", "month"),
    ]


def test_sept_is_september_only_as_a_month():
    assert found_as("Ils étaient sept. Le 4 sept. ils sont partis.", D(2025, 10, 1), "fr") == [
        ("Le 4 sept.", "2025-09-04", "day")
    ]


def test_reported_speech_counts_from_the_day_it_was_said():
    text = (
        "Dimanche 4 janvier, le ministre a déclaré : « Hier, nous avons perdu le contact "
        "avec la frégate »."
    )
    assert found_as(text, D(2026, 1, 8), "fr") == [
        ("Dimanche 4 janvier", "2026-01-04", "day"),
        ("Hier", "2026-01-03", "day"),
    ]


def test_load_eras_has_the_chavez_era_in_five_languages():
    eras = {era.key: era for era in load_eras()}
    chavez = eras["chavez"]
    assert (chavez.start, chavez.end) == (D(1999, 2, 2), D(2013, 3, 5))
    names = set(chavez.names)
    for name in (
        "ère Chávez",
        "ère Chavez",
        "Chávez era",
        "Chavez era",
        "era Chávez",
        "Chávez-Ära",
    ):
        assert name in names
    assert {"cold_war", "soviet"} <= eras.keys()


def test_admins_can_add_an_era():
    era = Era("front_populaire", ("Front populaire",), D(1936, 6, 4), D(1938, 4, 10))
    text = "Cette loi date du Front populaire."
    assert [(m.text, m.value) for m in extract_dates(text, D(2026, 1, 8), "fr", eras=[era])] == [
        ("Front populaire", "1936-06-04/1938-04-10")
    ]
    assert extract_dates(text, D(2026, 1, 8), "fr") == []


def test_other_languages_fall_back_to_iso_dates_and_month_names():
    assert found_as("Il vertice si terrà il 3 gennaio 2026.", D(2026, 1, 1), "it") == [
        ("3 gennaio 2026", "2026-01-03", "day")
    ]
    assert found_as("Non è mai successo.", D(2026, 1, 1), "it") == []
    assert found_as("De top begint op 2026-01-03.", D(2026, 1, 1), "nl") == [
        ("2026-01-03", "2026-01-03", "day")
    ]


def test_other_languages_hand_relative_words_to_dateparser():
    assert found_as(
        "Ieri il ministro ha parlato. La settimana scorsa, il vertice.", D(2026, 1, 8), "it"
    ) == [("Ieri", "2026-01-07", "day"), ("settimana scorsa", "2025-12-29/2026-01-04", "period")]


def test_edge_inputs():
    assert extract_dates("", D(2026, 1, 8), "fr") == []
    assert extract_dates("hier", D(2026, 1, 8), "fr", start=10) == []
    (m,) = extract_dates("Il est parti hier.", dt.datetime(2026, 1, 8, 9, 30), "FR")
    assert (m.text, m.value) == ("hier", "2026-01-07")


def test_values_are_well_formed():
    text = (
        "Le 3 janvier 2026, en mars 2013, en 2019, la semaine dernière, les années 60 et "
        "depuis des mois."
    )
    for m in mentions(text, D(2026, 1, 8), "fr"):
        assert m.precision in ("day", "month", "year", "period", "vague")
        if m.precision == "vague":
            assert m.value is None
        elif m.precision == "period":
            first, last = m.value.split("/")
            assert D.fromisoformat(first) <= D.fromisoformat(last)
        else:
            assert len(m.value) == {"day": 10, "month": 7, "year": 4}[m.precision]


# Tense and reference-point cases added with the second round of rules (hand-made sentences).
TENSE = [
    # "next to" is a place, not the future
    (
        "en",
        D(2026, 1, 10),
        "Dozens were hurt in the blast next to the station on Thursday.",
        [("Thursday", "2026-01-08", "day")],
    ),
    # "would be held" is not a past verb: the nearest April to come
    (
        "en",
        D(2026, 2, 10),
        "The vote would still be held on April 24.",
        [("April 24", "2026-04-24", "day")],
    ),
    # a deadline that had been set is in the past
    (
        "en",
        D(2026, 1, 12),
        "The offer had been due to expire Friday evening.",
        [("Friday evening", "2026-01-09", "day")],
    ),
    # "vs." and "Ala." do not end the sentence that gives the tense
    (
        "en",
        D(2026, 10, 25),
        "In January, after the Smith vs. Jones ruling, a fire in Mobile, Ala., destroyed a clinic.",
        [("January", "2026-01", "month")],
    ),
    # a possessive weekday with no tense is a day gone by
    (
        "en",
        D(2026, 1, 12),
        "The bonds carry a premium over Thursday's closing price.",
        [("Thursday's", "2026-01-08", "day")],
    ),
    # an untensed English weekday: the nearer one
    (
        "en",
        D(2026, 1, 9),
        "The two leaders meet separately Monday with the envoy.",
        [("Monday", "2026-01-12", "day")],
    ),
    # a pluperfect far back in the sentence does not cancel a deadline
    (
        "en",
        D(2026, 10, 30),
        "The sale, which had been expected by analysts, is part of the group's programme to "
        "repay its bridge loan by February.",
        [("February", "2027-02", "month")],
    ),
]


@pytest.mark.parametrize(("lang", "published", "sentence", "expected"), TENSE)
def test_tense_and_reference(lang, published, sentence, expected):
    assert found_as(sentence, published, lang) == expected


# Earnings stories: quarters, the quarter reported on, "a year earlier" counted in quarters.
QUARTERS = [
    # a year-less quarter is the latest one begun, even in a sentence that looks ahead
    (
        "en",
        D(2026, 10, 20),
        "Acme said it expects to report a third-quarter loss.",
        [("third-quarter", "2026-07-01/2026-09-30", "period")],
    ),
    # ... unless it closed long ago: then the next one
    (
        "en",
        D(2026, 10, 20),
        "Acme expects sales to recover in the first quarter.",
        [("the first quarter", "2027-01-01/2027-03-31", "period")],
    ),
    (
        "en",
        D(2026, 10, 20),
        "Acme earned $5 million in the third quarter, up from $4 million a year earlier. "
        "In the year-ago quarter, sales were flat.",
        [
            ("the third quarter", "2026-07-01/2026-09-30", "period"),
            ("a year earlier", "2025-07-01/2025-09-30", "period"),
            ("the year-ago quarter", "2025-07-01/2025-09-30", "period"),
        ],
    ),
    # "the latest quarter" is the one reported on, whatever was named last
    (
        "en",
        D(2026, 10, 20),
        "Acme had a third-quarter loss of $3 million, against a profit of $2 million a year "
        "ago. Sales in the latest quarter fell 5%.",
        [
            ("third-quarter", "2026-07-01/2026-09-30", "period"),
            ("a year ago", "2025-07-01/2025-09-30", "period"),
            ("the latest quarter", "2026-07-01/2026-09-30", "period"),
        ],
    ),
    # longer periods compared: the year before
    (
        "en",
        D(2026, 10, 20),
        "Acme posted a third-quarter profit. For the nine months, net rose 10% from $50 "
        "million a year earlier.",
        [
            ("third-quarter", "2026-07-01/2026-09-30", "period"),
            ("a year earlier", "2025", "year"),
        ],
    ),
    (
        "en",
        D(2026, 10, 20),
        "Acme's third-quarter net fell; in the year-ago third quarter it earned $9 million.",
        [
            ("third-quarter", "2026-07-01/2026-09-30", "period"),
            ("the year-ago third quarter", "2025-07-01/2025-09-30", "period"),
        ],
    ),
    (
        "en",
        D(2026, 10, 20),
        "Demand should stay weak through the first two quarters of 2027.",
        [("the first two quarters of 2027", "2027-01-01/2027-06-30", "period")],
    ),
    # no quarter in the story: "a year ago" is a year
    ("en", D(2026, 10, 20), "The plant closed a year ago.", [("a year ago", "2025", "year")]),
]


@pytest.mark.parametrize(("lang", "published", "sentence", "expected"), QUARTERS)
def test_quarters_in_earnings_stories(lang, published, sentence, expected):
    assert found_as(sentence, published, lang) == expected


# French local news: holidays, habitual weekdays, seasons of sport, "depuis".
FRENCH = [
    (
        "fr",
        D(2000, 11, 15),
        "Pour la Saint-Nicolas, le défilé a attiré la foule.",
        [("la Saint-Nicolas", "1999-12-06", "day")],
    ),
    # a saint's day that also names churches and streets needs a preposition of time
    ("fr", D(2000, 11, 15), "L'église de l'Assomption a été rénovée.", []),
    (
        "fr",
        D(2000, 11, 15),
        "Le lundi de Pentecôte sera travaillé.",
        [("Le lundi de Pentecôte", "2001-06-04", "day")],
    ),
    (
        "fr",
        D(2000, 11, 15),
        "La Chandeleur et la fête des mères sont des fêtes commerciales.",
        [("La Chandeleur", "2001-02-02", "day"), ("la fête des mères", "2000-05-28", "day")],
    ),
    # "le dimanche" alone: every Sunday, not a date
    ("fr", D(2000, 11, 15), "Les magasins ouvrent le dimanche et le lundi matin.", []),
    ("fr", D(2000, 11, 15), "Le dimanche, le musée est gratuit.", []),
    (
        "fr",
        D(2000, 11, 15),
        "Il est revenu le dimanche suivant.",
        [("le dimanche suivant", "2000-11-19", "day")],
    ),
    (
        "fr",
        D(2000, 11, 15),
        "La saison 2000-2001 sera décisive pour le club.",
        [("La saison 2000-2001", "2000-01-01/2001-12-31", "period")],
    ),
    (
        "fr",
        D(2000, 11, 15),
        "Les années soixante ont vu naître la cité.",
        [("Les années soixante", "1960-01-01/1969-12-31", "period")],
    ),
    # "depuis" a date: one already reached, however near the next one is
    (
        "fr",
        D(2000, 11, 15),
        "Depuis le 1er janvier, la taxe a augmenté.",
        [("le 1er janvier", "2000-01-01", "day")],
    ),
    ("en", D(2000, 2, 15), "Prices have risen since March.", [("March", "1999-03", "month")]),
    # phrases with an apostrophe are found too
    ("fr", D(2000, 11, 15), "À l'avenir, la commune paiera.", [("À l'avenir", None, "vague")]),
]


@pytest.mark.parametrize(("lang", "published", "sentence", "expected"), FRENCH)
def test_french_local_news(lang, published, sentence, expected):
    assert found_as(sentence, published, lang) == expected


ENGLISH = [
    (
        "en",
        D(2013, 3, 14),
        "Demand should stay strong well into the summer.",
        [("summer", "2013-06-01/2013-08-31", "period")],
    ),
    (
        "en",
        D(2013, 3, 14),
        "The bank must sell itself under a June agreement with shareholders.",
        [("June", "2013-06", "month")],
    ),
    # a protest march is not a month
    ("en", D(2013, 3, 14), "The March on Washington drew thousands.", []),
    (
        "en",
        D(2013, 3, 15),
        "The index rose on Friday. For the week, it gained 3%.",
        [("Friday", "2013-03-15", "day"), ("the week", "2013-03-11/2013-03-17", "period")],
    ),
    ("en", D(2013, 3, 14), "For the year, volume was flat.", [("the year", "2013", "year")]),
    (
        "en",
        D(2013, 3, 14),
        "Over the past two years, prices rose.",
        [("the past two years", None, "vague")],
    ),
    # "two years after <event>" in the sentence of a date: the distance, not a new date
    (
        "en",
        D(2013, 3, 14),
        "The law was passed in 2010, two years after the crisis.",
        [("2010", "2010", "year"), ("two years after", "2010", "year")],
    ),
    # a quoted title, a "week on" the route, a comparison of quarters
    ("en", D(2013, 3, 14), 'Baker, speaking on ABC\'s "This Week," said so.', []),
    ("en", D(2013, 3, 14), "It adds 700 seats a week on the route.", []),
    ("en", D(2013, 3, 14), "The quarter-to-quarter comparison was flattering.", []),
    (
        "en",
        D(2013, 3, 14),
        "Navigation Mixte's 2012 profit rose.",
        [("2012", "2012", "year")],
    ),
    (
        "en",
        D(1998, 2, 23),
        "Oil hit $13 in the winter of nineteen ninety-four.",
        [("the winter of nineteen ninety-four", "1994-12-01/1995-02-28", "period")],
    ),
]


@pytest.mark.parametrize(("lang", "published", "sentence", "expected"), ENGLISH)
def test_english_news(lang, published, sentence, expected):
    assert found_as(sentence, published, lang) == expected


# The verb of the date itself, deadlines moved, German preterites and "Morgen".
VERBS = [
    ("de", D(2026, 1, 9), "Die Wahl war am 23. Februar.", [("23. Februar", "2025-02-23", "day")]),
    (
        "fr",
        D(2026, 1, 9),
        "Le scrutin était le 23 février, dans le calme.",
        [("le 23 février", "2025-02-23", "day")],
    ),
    (
        "en",
        D(2026, 10, 30),
        "The group extended to Nov. 20 its offer for the shares.",
        [("Nov. 20", "2026-11-20", "day")],
    ),
    (
        "es",
        D(2026, 1, 9),
        "La votación fue aplazada al 3 de febrero.",
        [("3 de febrero", "2026-02-03", "day")],
    ),
    (
        "de",
        D(2026, 1, 9),
        "Im März kündigte die Regierung einen Plan an.",
        [("März", "2025-03", "month")],
    ),
    ("de", D(2026, 1, 9), "Morgen wird das Parlament tagen.", [("Morgen", "2026-01-10", "day")]),
    ("de", D(2026, 1, 9), "Am Morgen wurde er festgenommen.", []),
]


@pytest.mark.parametrize(("lang", "published", "sentence", "expected"), VERBS)
def test_verbs_of_dates(lang, published, sentence, expected):
    assert found_as(sentence, published, lang) == expected


def test_distances_to_unknown_events_are_vague():
    """'N days after <event>' with no date before it: the event's date is unknown."""
    assert found_as(
        "Deux jours après le drame, la police a arrêté un suspect.", D(2000, 11, 15), "fr"
    ) == [("Deux jours après", None, "vague")]
    assert found_as(
        "Une semaine plus tard, la police a arrêté un suspect.", D(2000, 11, 15), "fr"
    ) == [("Une semaine plus tard", None, "vague")]
    # ... but after a dated event, the distance counts from it
    assert found_as(
        "Le drame a eu lieu le 3 novembre. Deux jours après le drame, un suspect a été arrêté.",
        D(2000, 11, 15),
        "fr",
    ) == [("le 3 novembre", "2000-11-03", "day"), ("Deux jours après", "2000-11-05", "day")]


HOLIDAYS = [
    (
        "en",
        D(2013, 3, 20),
        "Crowds gathered on St. Patrick's Day.",
        [("St. Patrick's Day", "2013-03-17", "day")],
    ),
    (
        "en",
        D(2013, 3, 20),
        "The pope will celebrate Palm Sunday in the square.",
        [("Palm Sunday", "2013-03-24", "day")],
    ),
    (
        "de",
        D(2013, 2, 10),
        "Am Aschermittwoch endet der Karneval.",
        [("Aschermittwoch", "2013-02-13", "day")],
    ),
    (
        "es",
        D(2013, 3, 20),
        "El Domingo de Ramos habrá una procesión.",
        [("El Domingo de Ramos", "2013-03-24", "day")],
    ),
]


@pytest.mark.parametrize(("lang", "published", "sentence", "expected"), HOLIDAYS)
def test_more_holidays(lang, published, sentence, expected):
    assert found_as(sentence, published, lang) == expected


RANGES = [
    # "de ... et" is two years, not a period; "entre ... et", "de ... à" are periods
    (
        "fr",
        D(2000, 11, 15),
        "Les élections de 1995 et 2001 ont été disputées.",
        [("1995", "1995", "year"), ("2001", "2001", "year")],
    ),
    (
        "es",
        D(2000, 11, 15),
        "Las elecciones de 1995 y 2001 fueron reñidas.",
        [("1995", "1995", "year"), ("2001", "2001", "year")],
    ),
    (
        "fr",
        D(2000, 11, 15),
        "De 1995 à 1998, il a présidé le club.",
        [("De 1995 à 1998", "1995-01-01/1998-12-31", "period")],
    ),
    (
        "fr",
        D(2000, 11, 15),
        "Le 15-11-2000, la mairie a fermé.",
        [("15-11-2000", "2000-11-15", "day")],
    ),
    # an imperfect a little after the date keeps it in the past
    (
        "fr",
        D(2000, 11, 15),
        "Le soir du 31 décembre, la ville était en fête.",
        [("31 décembre", "1999-12-31", "day")],
    ),
]


@pytest.mark.parametrize(("lang", "published", "sentence", "expected"), RANGES)
def test_ranges_and_numeric_dates(lang, published, sentence, expected):
    assert found_as(sentence, published, lang) == expected


IRREGULAR_PAST = [
    (
        "es",
        D(2026, 1, 14),
        "La noche del viernes, hubo explosiones.",
        [("del viernes", "2026-01-09", "day")],
    ),
    (
        "pt",
        D(2026, 1, 14),
        "Na noite de sexta-feira houve explosões.",
        [("sexta-feira", "2026-01-09", "day")],
    ),
    # "in der Nacht zum Samstag": the night is Saturday's, not tonight
    (
        "de",
        D(2026, 1, 14),
        "In der Nacht zum Samstag griffen Truppen an.",
        [("Samstag", "2026-01-10", "day")],
    ),
]


@pytest.mark.parametrize(("lang", "published", "sentence", "expected"), IRREGULAR_PAST)
def test_irregular_past_verbs(lang, published, sentence, expected):
    assert found_as(sentence, published, lang) == expected


# Value accuracy on English news (TimeML conventions; hand-made sentences).
ACCURACY = [
    # "would" announces (future in the past): the next Monday, not the last
    (
        "en",
        D(2026, 1, 14),
        "The minister said the talks would resume Monday in Geneva.",
        [("Monday", "2026-01-19", "day")],
    ),
    # German "würde(n)" likewise; "wären ... worden" looks back
    (
        "de",
        D(2026, 1, 14),
        "Der Minister sagte, die Gespräche würden am Montag in Genf fortgesetzt.",
        [("Montag", "2026-01-19", "day")],
    ),
    (
        "de",
        D(2026, 1, 14),
        "Die Gespräche wären am Montag fortgesetzt worden.",
        [("Montag", "2026-01-12", "day")],
    ),
    # ... but "would have" looks back
    (
        "en",
        D(2026, 1, 14),
        "The talks would have resumed Monday had the truce held.",
        [("Monday", "2026-01-12", "day")],
    ),
    # a capitalised name ending in -ed ("United") is no past verb
    (
        "en",
        D(2026, 1, 14),
        "The delegation would travel to the United States Monday with the envoy.",
        [("Monday", "2026-01-19", "day")],
    ),
    # a possessive weekday in a future sentence: the nearer day (here the one gone by)
    (
        "en",
        D(2026, 1, 16),
        "Lawyers said they would appeal Wednesday's ruling.",
        [("Wednesday's", "2026-01-14", "day")],
    ),
    # "the near term" is the time to come (TimeML FUTURE_REF); "short-term debt" is no time
    (
        "en",
        D(2026, 1, 16),
        "Margins will stay thin in the near term as short-term debt is repaid.",
        [("the near term", None, "vague")],
    ),
    # "N units after <event>" in a sentence dated more coarsely: that date stands
    (
        "en",
        D(2026, 6, 10),
        "Police raided the house on May 3. In June, a week after the trial opened, he fled.",
        [
            ("May 3", "2026-05-03", "day"),
            ("June", "2026-06", "month"),
            ("a week after", "2026-06", "month"),
        ],
    ),
    (
        "fr",
        D(2026, 6, 10),
        "En mars, deux semaines après le scrutin, la cour a statué.",
        [("mars", "2026-03", "month"), ("deux semaines après", "2026-03", "month")],
    ),
]


@pytest.mark.parametrize(("lang", "published", "sentence", "expected"), ACCURACY)
def test_value_accuracy(lang, published, sentence, expected):
    assert found_as(sentence, published, lang) == expected


def test_a_closing_quote_after_the_stop_ends_the_sentence():
    """The past verb of a quoted sentence does not give its tense to the next one."""
    text = "“The plant closed.” Output resumes in March, the minister said."
    assert found_as(text, D(2026, 1, 14), "en") == [("March", "2026-03", "month")]
    text = "``The plant closed.'' Output resumes in March, the minister said."
    assert found_as(text, D(2026, 1, 14), "en") == [("March", "2026-03", "month")]


def test_every_quotation_of_a_long_text_counts_from_its_own_speech_day():
    """Many quotations, each dated by its sentence: each relative word inside one counts from
    that sentence's day (the lookups are by position, not the first quotation found)."""
    unit = 'El ministro dijo el {day}: "Mañana hablaremos." '
    days = ["lunes", "martes", "lunes", "martes"] * 25
    text = "".join(unit.format(day=d) for d in days)
    found = [(m.text, m.value) for m in extract_dates(text, D(2026, 1, 8), "es")]
    tomorrows = [value for text_, value in found if text_ == "Mañana"]
    assert tomorrows == ["2026-01-06", "2026-01-07"] * 50


# Weeks counted from the week told last, numeric dates with one-digit parts, dateline
# abbreviations, bare year ranges, and halves in which something is to happen.
COUNTED_AND_WRITTEN = [
    (
        "en",
        D(2026, 1, 2),
        "Admissions rose 40% last week, 21% more than in the previous week.",
        [
            ("last week", "2025-12-22/2025-12-28", "period"),
            ("the previous week", "2025-12-15/2025-12-21", "period"),
        ],
    ),
    (
        "fr",
        D(2025, 12, 30),
        "Les cas ont bondi la semaine dernière, soit 38 % de plus que la semaine précédente.",
        [
            ("la semaine dernière", "2025-12-22/2025-12-28", "period"),
            ("la semaine précédente", "2025-12-15/2025-12-21", "period"),
        ],
    ),
    (
        "es",
        D(2025, 12, 30),
        "Los casos subieron la semana pasada frente a la semana anterior.",
        [
            ("la semana pasada", "2025-12-22/2025-12-28", "period"),
            ("la semana anterior", "2025-12-15/2025-12-21", "period"),
        ],
    ),
    (
        "de",
        D(2025, 12, 30),
        "Die Fälle haben sich in der vergangenen Woche gegenüber der Vorwoche verdoppelt.",
        [
            ("der vergangenen Woche", "2025-12-22/2025-12-28", "period"),
            ("der Vorwoche", "2025-12-15/2025-12-21", "period"),
        ],
    ),
    (  # a day told last: the week before the publication's
        "en",
        D(2026, 1, 2),
        "The plant closed on Monday. The previous week, workers had protested.",
        [("Monday", "2025-12-29", "day"), ("The previous week", "2025-12-22/2025-12-28", "period")],
    ),
    (
        "es",
        D(2025, 12, 30),
        "En 2020 hubo 300 casos, frente a 200 el año anterior.",
        [("2020", "2020", "year"), ("el año anterior", "2019", "year")],
    ),
    (
        "de",
        D(2025, 12, 30),
        "Eine strengere Regel tritt am 2.1.2026 in Kraft.",
        [("2.1.2026", "2026-01-02", "day")],
    ),
    (
        "de",
        D(2025, 12, 30),
        "Im 2. Quartal 2025 stieg der Umsatz.",
        [("2. Quartal 2025", "2025-04-01/2025-06-30", "period")],
    ),
    (
        "de",
        D(2026, 3, 9),
        "Hamburg, 09. Mrz (Reuters) - Der Hafen wuchs.",
        [("09. Mrz", "2026-03-09", "day")],
    ),
    (
        "en",
        D(2026, 5, 23),
        "Growers lost trees during the drought years of 2006 to 2009.",
        [("2006 to 2009", "2006-01-01/2009-12-31", "period")],
    ),
    (
        "es",
        D(2026, 3, 16),
        "La obra se reanudará en el segundo semestre con una inversión de 120 millones.",
        [("el segundo semestre", "2026-07-01/2026-12-31", "period")],
    ),
    (
        "fr",
        D(2026, 3, 9),
        "Les travaux reprendront au second semestre, pour 120 millions d'euros.",
        [("second semestre", "2026-07-01/2026-12-31", "period")],
    ),
    (  # figures of the quarter just closed, whatever the verbs around
        "en",
        D(1989, 10, 26),
        "The company reported a 77% drop in third-quarter net income, citing expected losses.",
        [("third-quarter", "1989-07-01/1989-09-30", "period")],
    ),
    (
        "en",
        D(2026, 1, 20),
        "The company will report results for the fourth quarter on Feb. 5, with sales of $3 bn.",
        [
            ("the fourth quarter", "2025-10-01/2025-12-31", "period"),
            ("Feb. 5", "2026-02-05", "day"),
        ],
    ),
    (  # a participle after "ser" is no past: "daqui a" keeps its future
        "pt",
        D(2026, 3, 9),
        "O edital deve ser publicado daqui a três semanas.",
        [("daqui a três semanas", "2026-03-30", "day")],
    ),
    (
        "en",
        D(2026, 5, 23),
        '"Three weeks from now we\'ll know," he said.',
        [("Three weeks from now", "2026-06-13", "day")],
    ),
    (
        "en",
        D(2025, 9, 17),
        "A 17th-century still life was sold.",
        [("17th-century", "1600-01-01/1699-12-31", "period")],
    ),
    (  # a present-tense schedule verb looks ahead
        "pt",
        D(2025, 10, 22),
        "Um museu do Chiado reabre no sábado, após obras.",
        [("sábado", "2025-10-25", "day")],
    ),
    (  # a year to come, opening the sentence, frames its future dates
        "fr",
        D(2025, 10, 5),
        "L'an prochain, le festival aura lieu du 19 septembre au 4 octobre.",
        [
            ("L'an prochain", "2026", "year"),
            ("du 19 septembre au 4 octobre", "2026-09-19/2026-10-04", "period"),
        ],
    ),
    (  # ... a past one does not frame what is to come
        "en",
        D(2025, 10, 5),
        "In 2020, the line closed in March and will reopen in May.",
        [("2020", "2020", "year"), ("March", "2020-03", "month"), ("May", "2026-05", "month")],
    ),
    (  # "in zwei Wochen" with a modal: a date to come
        "de",
        D(2026, 1, 2),
        "Sollte sie scheitern, will Okello dem Sicherheitsrat in zwei Wochen Bericht erstatten.",
        [("in zwei Wochen", "2026-01-16", "day")],
    ),
    (  # ... but "within" in the past
        "de",
        D(2026, 5, 20),
        "Er wurde in drei Wochen zweimal verhaftet.",
        [],
    ),
    (
        "de",
        D(2026, 5, 20),
        "Ein neuer Anlauf sei frühestens in sechs Wochen möglich, sagte eine Sprecherin.",
        [("in sechs Wochen", "2026-07-01", "day")],
    ),
    (
        "es",
        D(2025, 9, 13),
        "Las almazaras contratarán jornaleros a partir del día de la Inmaculada.",
        [("día de la Inmaculada", "2025-12-08", "day")],
    ),
    (
        "pt",
        D(2026, 5, 16),
        "No feriado de Tiradentes, moradores bloquearam a estrada.",
        [("feriado de Tiradentes", "2026-04-21", "day")],
    ),
    (
        "de",
        D(2026, 5, 23),
        "Die Saison endet traditionell am Johannistag, dem 24. Juni.",
        [("Johannistag", "2026-06-24", "day"), ("dem 24. Juni", "2026-06-24", "day")],
    ),
    (  # a month before a count is still a month
        "es",
        D(2026, 3, 16),
        "El puerto movió en febrero 442.000 contenedores.",
        [("febrero", "2026-02", "month")],
    ),
    (  # the week told last, though the report's day was told since
        "en",
        D(2026, 1, 2),
        "Hospitals treated 5,412 flu patients a day in the week to Dec. 28, officials said on "
        "Friday. The figure was 21% higher than in the previous week.",
        [
            ("the week to Dec. 28", "2025-12-22/2025-12-28", "period"),
            ("Friday", "2026-01-02", "day"),
            ("the previous week", "2025-12-15/2025-12-21", "period"),
        ],
    ),
    (  # ... but a day of the story told since counts
        "fr",
        D(2025, 12, 30),
        "Les cas ont bondi la semaine dernière. Le ministre doit réunir les agences le 2 janvier, "
        "puis à nouveau la semaine suivante.",
        [
            ("la semaine dernière", "2025-12-22/2025-12-28", "period"),
            ("le 2 janvier", "2026-01-02", "day"),
            ("la semaine suivante", "2026-01-05/2026-01-11", "period"),
        ],
    ),
    (
        "en",
        D(2026, 1, 2),
        "Sales in the week ending 27 December fell.",
        [("the week ending 27 December", "2025-12-21/2025-12-27", "period")],
    ),
    (  # a present verb in -èrent is no passé simple; "est paru" is past
        "fr",
        D(2026, 3, 2),
        "Un règlement que les Vingt-Sept espèrent adopter d'ici la fin de l'année.",
        [("d'ici la fin de l'année", "2026", "year")],
    ),
    (
        "fr",
        D(2025, 12, 30),
        "Selon le COR, dont le dernier rapport est paru en juin, le système devrait afficher un "
        "déficit.",
        [("juin", "2025-06", "month")],
    ),
    (
        "fr",
        D(2025, 12, 30),
        "Les experts assurent que les travaux reprendront en juin.",
        [("juin", "2026-06", "month")],
    ),
    (  # a participle right before the day dates it
        "pt",
        D(2025, 7, 17),
        "A carta enviada no sábado pelo Presidente à Comissão Europeia ameaça tarifas.",
        [("sábado", "2025-07-12", "day")],
    ),
    (
        "es",
        D(2026, 4, 22),
        "La dramaturga recibirá mañana jueves, coincidiendo con el Día del Libro, el premio.",
        [("mañana jueves", "2026-04-23", "day"), ("el Día del Libro", "2026-04-23", "day")],
    ),
    (
        "es",
        D(2026, 4, 22),
        "Las entradas salieron a la venta durante la pasada Semana Santa.",
        [("la pasada Semana Santa", "2026-03-29/2026-04-05", "period")],
    ),
    (
        "en",
        D(2025, 4, 23),
        '"Over the Easter weekend I spoke to pensioners," she said.',
        [("Easter weekend", "2025-04-18/2025-04-21", "period")],
    ),
    (  # rates and durations are no dates
        "pt",
        D(2025, 12, 30),
        "A Segurança Social paga mais de 3,7 milhões de prestações por mês.",
        [],
    ),
    (
        "fr",
        D(2026, 3, 2),
        "Le fabricant a suspendu ses livraisons pendant six semaines après une inspection.",
        [],
    ),
    (
        "en",
        D(2025, 7, 17),
        'She noted that the first complaint had been lodged "more than six years ago".',
        [("more than six years ago", None, "vague")],
    ),
    (  # the same quarter, period or half of another year
        "pt",
        D(2025, 12, 30),
        "O PIB cresceu 2,4 % no terceiro trimestre de 2025, face ao mesmo trimestre de 2024.",
        [
            ("terceiro trimestre de 2025", "2025-07-01/2025-09-30", "period"),
            ("mesmo trimestre de 2024", "2024-07-01/2024-09-30", "period"),
        ],
    ),
    (
        "de",
        D(2026, 3, 9),
        "In den ersten beiden Monaten des laufenden Jahres sank der Umschlag, 3 Prozent weniger "
        "als im Vorjahreszeitraum.",
        [
            (
                "In den ersten beiden Monaten des laufenden Jahres",
                "2026-01-01/2026-02-28",
                "period",
            ),
            ("im Vorjahreszeitraum", "2025-01-01/2025-02-28", "period"),
        ],
    ),
    (  # "the final quarter" of a game is no quarter of the year
        "en",
        D(2025, 10, 22),
        "The Lakers pulled away in the final quarter.",
        [],
    ),
    (  # ranges whose days carry their weekdays, or "prochain"
        "fr",
        D(2026, 4, 15),
        "Aucun train ne circulera du samedi 25 au lundi 27 avril, ont annoncé les CFF.",
        [("du samedi 25 au lundi 27 avril", "2026-04-25/2026-04-27", "period")],
    ),
    (
        "de",
        D(2026, 4, 22),
        "Das Fest findet vom Donnerstag, 7. bis Sonntag, 10. Mai statt.",
        [("vom Donnerstag, 7. bis Sonntag, 10. Mai", "2026-05-07/2026-05-10", "period")],
    ),
    (
        "fr",
        D(2025, 7, 10),
        "Plusieurs maisons misent sur le salon, du 9 au 11 février prochain, pour vendre.",
        [("du 9 au 11 février prochain", "2026-02-09/2026-02-11", "period")],
    ),
    (
        "en",
        D(2025, 7, 17),
        "The fine covered processing from May 25, 2018 to December 2022, the regulator said.",
        [("from May 25, 2018 to December 2022", "2018-05-25/2022-12-31", "period")],
    ),
    (  # a dateline with the day alone
        "es",
        D(2026, 4, 22),
        "MADRID, 22 (EUROPA PRESS) La dramaturga recibirá el premio.",
        [("22", "2026-04-22", "day")],
    ),
    (
        "en",
        D(2025, 4, 23),
        "January's figures showed a rise, but April's husband disagreed.",
        [("January", "2025-01", "month")],
    ),
    (  # promises and forecasts look ahead; an infinitive governs the deadline after it
        "pt",
        D(2026, 2, 23),
        "Ele prevê a normalização dos estoques apenas em junho.",
        [("junho", "2026-06", "month")],
    ),
    (
        "pt",
        D(2025, 12, 30),
        "A ministra prometeu apresentar até ao final de março uma proposta.",
        [("até ao final de março", "2026-03", "month")],
    ),
    (
        "pt",
        D(2025, 12, 30),
        "O museu esteve aberto até ao final de março.",
        [("até ao final de março", "2025-03", "month")],
    ),
    (  # idioms of suddenness are no dates
        "de",
        D(2026, 2, 16),
        "„Das Problem lässt sich nicht von heute auf morgen lösen“, sagte er.",
        [],
    ),
    (
        "es",
        D(2026, 2, 16),
        "El problema no se resolverá de hoy para mañana.",
        [],
    ),
    (  # "desde" before a date to come, in its own clause: from then on
        "es",
        D(2026, 1, 2),
        "Si la Cámara rechazara el decreto, desde febrero volverían a percibir lo mismo.",
        [("febrero", "2026-02", "month")],
    ),
    (
        "es",
        D(2026, 2, 2),
        "El mercado de invierno, abierto desde el 2 de enero, se cierra esta noche.",
        [("el 2 de enero", "2026-01-02", "day"), ("esta noche", "2026-02-02", "day")],
    ),
    (
        "es",
        D(2026, 4, 22),
        "La obra, que espera terminar antes de fin de año, se estrenará en Madrid.",
        [("fin de año", "2026", "year")],
    ),
    (  # a fiscal year whose last day its sentence tells
        "fr",
        D(2025, 7, 10),
        "Le groupe, dont l'exercice 2024-2025 s'est clos le 30 juin, a averti mardi.",
        [
            ("l'exercice 2024-2025", "2024-07-01/2025-06-30", "period"),
            ("le 30 juin", "2025-06-30", "day"),
            ("mardi", "2025-07-08", "day"),
        ],
    ),
    (
        "de",
        D(2025, 7, 17),
        "Für das Ende September endende Geschäftsjahr 2024/25 erwartet der Konzern mehr.",
        [("Ende September", "2025-09", "month"), ("2024/25", "2024-10-01/2025-09-30", "period")],
    ),
    (
        "en",
        D(2026, 3, 10),
        "Farm output will fall in the 2025-26 financial year, which ends on June 30.",
        [("2025-26", "2025-07-01/2026-06-30", "period"), ("June 30", "2026-06-30", "day")],
    ),
    (  # ... and only then
        "en",
        D(2026, 3, 10),
        "Between 2014-2017, sales fell; the plan ends on June 30.",
        [("2014-2017", "2014-01-01/2017-12-31", "period"), ("June 30", "2026-06-30", "day")],
    ),
    (  # a dateline's day is not the story's: the day after the day of the story
        "es",
        D(2026, 1, 2),
        "Madrid, 2 ene (EFE).- Los pensionistas cobrarán una subida, después de que el Gobierno "
        "aprobara el martes 23 de diciembre el decreto, que deberá convalidar antes de finales "
        "de enero.\n\nAl día siguiente, el BOE publicó la norma.",
        [
            ("2 ene", "2026-01-02", "day"),
            ("el martes 23 de diciembre", "2025-12-23", "day"),
            ("finales de enero", "2026-01", "month"),
            ("Al día siguiente", "2025-12-24", "day"),
        ],
    ),
    (
        "pt",
        D(2025, 12, 30),
        "O complemento extraordinário pago em setembro não se repetirá em 2026.",
        [("setembro", "2025-09", "month"), ("2026", "2026", "year")],
    ),
    (
        "fr",
        D(2025, 7, 10),
        "Les vendanges pourraient débuter dès la mi-août dans le Bordelais.",
        [("mi-août", "2025-08", "month")],
    ),
    (  # earnings to be reported for the quarter just closed stay that quarter's
        "en",
        D(2025, 10, 10),
        "Analysts expect the bank to report a profit of $3 billion in the third quarter.",
        [("the third quarter", "2025-07-01/2025-09-30", "period")],
    ),
    (
        "de",
        D(2025, 10, 10),
        "Der Konzern wird im dritten Quartal einen Umsatz von 2 Milliarden Euro ausweisen.",
        [("dritten Quartal", "2025-07-01/2025-09-30", "period")],
    ),
    (  # a fiscal label must name the span, and the closing verb govern the day
        "en",
        D(2025, 10, 22),
        "The fiscal deficit widened from 2021 to 2023, and the program ended on June 30.",
        [
            ("from 2021 to 2023", "2021-01-01/2023-12-31", "period"),
            ("June 30", "2025-06-30", "day"),
        ],
    ),
    (
        "de",
        D(2025, 10, 22),
        "In der Saison 2025/26 schließt das Transferfenster am 1. September.",
        [("2025/26", "2025-01-01/2026-12-31", "period"), ("1. September", "2025-09-01", "day")],
    ),
    (  # ages and parties are no datelines
        "es",
        D(2025, 10, 22),
        "La lista la encabezan María López, 28 (PSOE), y Juan Pérez, 31 (PP).",
        [],
    ),
    (  # the week before a seven-day week told
        "en",
        D(2025, 10, 22),
        "Mortgage applications rose 3% in the week ending Oct. 17 from the previous week.",
        [
            ("the week ending Oct. 17", "2025-10-11/2025-10-17", "period"),
            ("the previous week", "2025-10-04/2025-10-10", "period"),
        ],
    ),
    (  # a promise made in March
        "pt",
        D(2025, 10, 22),
        "Em março, o Governo prometeu um novo aeroporto para Lisboa.",
        [("março", "2025-03", "month")],
    ),
    (  # "desde" after a verb of its own clause is "since"
        "es",
        D(2025, 10, 22),
        "El equipo no gana desde septiembre y buscará la victoria el domingo.",
        [("septiembre", "2025-09", "month"), ("el domingo", "2025-10-26", "day")],
    ),
    (
        "es",
        D(2025, 10, 22),
        "El fugitivo, que llevaría escondido desde marzo, fue detenido ayer.",
        [("marzo", "2025-03", "month"), ("ayer", "2025-10-21", "day")],
    ),
    (
        "es",
        D(2025, 12, 30),
        "El listado estará disponible desde el miércoles por la tarde.",
        [("el miércoles por la tarde", "2025-12-31", "day")],
    ),
    (  # words that are also names of places, ramps, parishes and idioms
        "de",
        D(2025, 10, 22),
        "Die Auffahrt zur A1 ist wegen Bauarbeiten gesperrt.",
        [],
    ),
    (
        "pt",
        D(2025, 10, 22),
        "O doente foi levado para o São João, no Porto.",
        [],
    ),
    (
        "es",
        D(2025, 10, 22),
        "Muchas familias no llegan a fin de mes.",
        [],
    ),
    (  # a noun after an article is no infinitive; a past deadline stays past
        "es",
        D(2025, 10, 22),
        "Se mantuvo en el poder hasta finales de marzo.",
        [("hasta finales de marzo", "2025-03", "month")],
    ),
    (
        "es",
        D(2025, 10, 25),
        "Tras ser detenido el lunes, el alcalde permanece en prisión.",
        [("el lunes", "2025-10-20", "day")],
    ),
    (
        "pt",
        D(2025, 10, 22),
        "As escolas ficam encerradas no sábado devido à greve.",
        [("sábado", "2025-10-25", "day")],
    ),
    (  # minutes are no dates to come
        "de",
        D(2025, 10, 22),
        "Die Bayern wollen in 90 Minuten drei Tore schießen.",
        [],
    ),
    (  # the day after a holiday whose name starts with a weekday
        "fr",
        D(2026, 6, 10),
        "L'unité n'avait redémarré qu'au lendemain du lundi de Pentecôte, après un arrêt.",
        [("au lendemain du lundi de Pentecôte", "2026-05-26", "day")],
    ),
    (  # a deadline with "at least", a start with "on"
        "en",
        D(2026, 3, 14),
        "The county will keep the bridge closed until at least Memorial Day, officials said.",
        [("Memorial Day", "2026-05-25", "day")],
    ),
    (
        "en",
        D(2025, 12, 29),
        "Bookings for school holidays starting on Feb. 7 were close to capacity.",
        [("Feb. 7", "2026-02-07", "day")],
    ),
    (  # the last decade is the last ten years; the decade before is the 2010s
        "es",
        D(2026, 1, 8),
        "El 2022 sigue siendo el peor de la última década.",
        [("2022", "2022", "year"), ("la última década", None, "vague")],
    ),
    (
        "es",
        D(2026, 1, 8),
        "En la década pasada el precio se duplicó.",
        [("la década pasada", "2010-01-01/2019-12-31", "period")],
    ),
    (
        "es",
        D(2026, 1, 8),
        '"El sábado esperamos a miles de personas", advirtió.',
        [("El sábado", "2026-01-10", "day")],
    ),
    (
        "fr",
        D(2025, 10, 23),
        "Il a indiqué qu'une rencontre avec le ministre aurait lieu « dans deux semaines ».",
        [("dans deux semaines", "2025-11-06", "day")],
    ),
    (  # between a holiday and a date: one span
        "de",
        D(2026, 1, 8),
        "Allein zwischen Weihnachten und dem 6. Jänner rückte die Bergrettung 412-mal aus.",
        [("zwischen Weihnachten und dem 6. Jänner", "2025-12-25/2026-01-06", "period")],
    ),
    (
        "es",
        D(2025, 12, 30),
        "El plan abrirá 300 camas adicionales entre Nochevieja y el 15 de enero.",
        [("entre Nochevieja y el 15 de enero", "2025-12-31/2026-01-15", "period")],
    ),
    (
        "pt",
        D(2025, 12, 30),
        "O Governo prometeu abrir camas adicionais entre o Ano Novo e o Dia de Reis.",
        [("entre o Ano Novo e o Dia de Reis", "2026-01-01/2026-01-06", "period")],
    ),
    (
        "pt",
        D(2025, 10, 22),
        "O ouro voltou a subir, recuperando parte das perdas da véspera.",
        [("da véspera", "2025-10-21", "day")],
    ),
    (  # a place along a road is no time
        "pt",
        D(2026, 5, 27),
        "O vazamento provocou a interdição da Via Anchieta, na altura do km 58.",
        [],
    ),
    (
        "pt",
        D(2026, 5, 27),
        "Na altura, o ministro negou tudo.",
        [("Na altura", None, "vague")],
    ),
    (
        "de",
        D(2026, 2, 14),
        "Noch an Weiberfastnacht hatte ihre Behörde eine Streichliste vorgelegt.",
        [("Weiberfastnacht", "2026-02-12", "day")],
    ),
    (
        "pt",
        D(2026, 5, 27),
        '"Até o feriado de Corpus Christi teremos o laudo final", afirmou.',
        [("feriado de Corpus Christi", "2026-06-04", "day")],
    ),
    (  # (not the city in Texas)
        "es",
        D(2025, 10, 22),
        "Un tiroteo en Corpus Christi, Texas, dejó tres muertos.",
        [],
    ),
    (  # a bare day is of this month or a neighbouring one, not of a month told of something else
        "es",
        D(2025, 11, 5),
        "Los datos de octubre se publicarán el viernes 14.",
        [("octubre", "2025-10", "month"), ("el viernes 14", "2025-11-14", "day")],
    ),
    (
        "es",
        D(2025, 10, 22),
        "La ley aprobada en junio entra en vigor el día 1.",
        [("junio", "2025-06", "month"), ("el día 1", "2025-11-01", "day")],
    ),
    (
        "pt",
        D(2026, 1, 8),
        "O Congresso aprovou em dezembro o projeto, e Lula tem até ao dia 12 para decidir.",
        [("dezembro", "2025-12", "month"), ("dia 12", "2026-01-12", "day")],
    ),
    (  # minutes later is a time, not a date
        "fr",
        D(2026, 6, 10),
        "L'alarme ne se serait déclenchée qu'une vingtaine de minutes plus tard.",
        [],
    ),
    (
        "de",
        D(2026, 1, 8),
        "Die Gefahrenstufe soll bis zum Wochenende auf 3 sinken.",
        [("bis zum Wochenende", "2026-01-10/2026-01-11", "period")],
    ),
    (  # "daqui a" in a promise told in the past counts from the promise, not from now
        "pt",
        D(2025, 10, 22),
        "O ministro prometeu em janeiro que o hospital abria daqui a seis meses.",
        [("janeiro", "2025-01", "month")],
    ),
    (
        "de",
        D(2025, 8, 20),
        "Die Ranger zählten zwischen Mai und Juli 18.000 Bäume – nach 41.000 im selben Zeitraum "
        "2024.",
        [
            ("zwischen Mai und Juli", "2025-05-01/2025-07-31", "period"),
            ("im selben Zeitraum 2024", "2024-05-01/2024-07-31", "period"),
        ],
    ),
    (  # a deadline hedged: "bis mindestens"
        "de",
        D(2026, 3, 19),
        '"Die SNB wird bis mindestens Ende Juni stillhalten", schrieben Analysten.',
        [("Ende Juni", "2026-06", "month")],
    ),
    (
        "pt",
        D(2025, 8, 20),
        "A época abriu a 15 de agosto, feriado da Assunção.",
        [("15 de agosto", "2025-08-15", "day"), ("feriado da Assunção", "2025-08-15", "day")],
    ),
    (  # a range of last year's days
        "pt",
        D(2025, 8, 20),
        "O plano esteve em consulta pública de 3 de março a 14 de abril do ano passado.",
        [("de 3 de março a 14 de abril do ano passado", "2024-03-03/2024-04-14", "period")],
    ),
    (  # holidays after "d'ici", "de"; not Easter Island
        "fr",
        D(2026, 2, 22),
        "Un bilan d'étape doit être présenté d'ici Pâques, avant une révision des plans.",
        [("Pâques", "2026-04-05", "day")],
    ),
    (
        "fr",
        D(2026, 3, 17),
        "Il a visité l'île de Pâques.",
        [],
    ),
    (  # the first quarters of a year
        "fr",
        D(2026, 1, 2),
        "Les mises ont atteint 5,2 milliards d'euros sur les trois premiers trimestres de 2025.",
        [("les trois premiers trimestres de 2025", "2025-01-01/2025-09-30", "period")],
    ),
    (
        "en",
        D(2025, 11, 2),
        "Revenue rose 4% in the first three quarters of 2025.",
        [("the first three quarters of 2025", "2025-01-01/2025-09-30", "period")],
    ),
    (  # a German quotation closed with a straight quote, dated after it
        "de",
        D(2025, 12, 30),
        '„Gestern Abend habe ich nicht geglaubt, dass ich heute mit dem Pokal hier stehe", '
        "sagte Brandt bei der Siegerehrung am Montagabend.",
        [
            ("Gestern Abend", "2025-12-28", "day"),
            ("heute", "2025-12-29", "day"),
            ("Montagabend", "2025-12-29", "day"),
        ],
    ),
    (  # the first person's future
        "fr",
        D(2025, 7, 17),
        "« Dans trois semaines, je serai de nouveau sur l'eau », a-t-elle glissé.",
        [("Dans trois semaines", "2025-08-07", "day")],
    ),
    (
        "fr",
        D(2025, 7, 17),
        "C'est vrai que le chantier a commencé lundi.",
        [("lundi", "2025-07-14", "day")],
    ),
    (  # an anniversary: "faz 40 anos que" a past event
        "pt",
        D(2025, 10, 22),
        "Faz 40 anos que o Brasil voltou à democracia.",
        [("Faz 40 anos", "1985", "year")],
    ),
    (
        "pt",
        D(2026, 3, 9),
        "O CIVISA diz que não há indícios de ascensão de magma.",
        [],
    ),
    (
        "en",
        D(2025, 12, 30),
        "The fleet left on Boxing Day, but a front battered the boats the following night.",
        [("Boxing Day", "2025-12-26", "day"), ("the following night", "2025-12-27", "day")],
    ),
    (  # day and month in figures after "ab dem", "de"
        "de",
        D(2026, 4, 9),
        "Die neuen Preise gelten dann ab dem 1.7. in den Supermarktregalen.",
        [("1.7.", "2026-07-01", "day")],
    ),
    (
        "pt",
        D(2026, 4, 22),
        "A contratação de 250 guardas, conforme o despacho de 14/04 publicado em Diário da "
        "República.",
        [("14/04", "2026-04-14", "day")],
    ),
    (
        "pt",
        D(2026, 4, 22),
        "A taxa passou de 1/3 para metade.",
        [],
    ),
    (  # Epiphany named "Reyes" after a preposition of time, not the surname
        "es",
        D(2025, 12, 26),
        "Advierten de que, si el plan no llega antes de Reyes, volverán a cortar la carretera.",
        [("Reyes", "2026-01-06", "day")],
    ),
    (
        "es",
        D(2025, 12, 26),
        "Lo dijo después de Reyes Maroto.",
        [],
    ),
    (  # "between" two days read backwards stays two mentions; a written year is kept
        "fr",
        D(2025, 10, 22),
        "Entre Noël et le 6 janvier 2024, le trafic avait chuté de 20 %.",
        [("Noël", "2024-12-25", "day"), ("le 6 janvier 2024", "2024-01-06", "day")],
    ),
    (
        "pt",
        D(2026, 1, 30),
        "As celebrações do Ano-Novo Lunar começam no domingo.",
        [("domingo", "2026-02-01", "day")],
    ),
    (  # a game's quarters, the quarters of a fiscal year: no calendar span
        "en",
        D(2025, 10, 22),
        "Apple's net sales for the first three quarters through June 28 rose 5% to $300 billion.",
        [("June 28", "2025-06-28", "day")],
    ),
    (
        "fr",
        D(2025, 10, 22),
        "Les cargaisons de minerai de fer arrivées lundi au port de Qingdao ont été saisies.",
        [("lundi", "2025-10-20", "day")],
    ),
    (
        "de",
        D(2025, 10, 22),
        "Wie vor dem Wochenende angekündigt, steigen die Preise.",
        [],
    ),
]


@pytest.mark.parametrize(("lang", "published", "sentence", "expected"), COUNTED_AND_WRITTEN)
def test_counted_and_written_forms(lang, published, sentence, expected):
    assert found_as(sentence, published, lang) == expected


# Two days of the month, each told with its weekday, make one span: the month is the one where
# both weekdays fit, near publication; weekdays that fit no month make no span. Two weekdays
# alone make the span they bound, wholly past in the past tense.
WEEKDAY_DAY_RANGES = [
    (
        "es",
        D(2026, 4, 10),
        "El festival se celebrará del jueves 23 al sábado 25 en Sevilla.",
        [("del jueves 23 al sábado 25", "2026-04-23/2026-04-25", "period")],
    ),
    (
        "fr",
        D(2026, 4, 28),
        "Le salon se tiendra du jeudi 30 au samedi 2, puis fermera.",
        [("du jeudi 30 au samedi 2", "2026-04-30/2026-05-02", "period")],
    ),
    (
        "fr",
        D(2026, 4, 10),
        "Les épreuves ont lieu entre le jeudi 23 et le samedi 25.",
        [("entre le jeudi 23 et le samedi 25", "2026-04-23/2026-04-25", "period")],
    ),
    (
        "pt",
        D(2026, 4, 10),
        "A feira acontece de quinta-feira (23) a sábado (25), no centro.",
        [("de quinta-feira (23) a sábado (25)", "2026-04-23/2026-04-25", "period")],
    ),
    (
        "pt",
        D(2026, 4, 10),
        "A feira acontece de quinta-feira, dia 23, a sábado, dia 25, no centro.",
        [("de quinta-feira, dia 23, a sábado, dia 25", "2026-04-23/2026-04-25", "period")],
    ),
    (
        "fr",
        D(2026, 4, 10),
        "Le festival aura lieu du jeudi 23 au samedi 26.",
        [],
    ),
    (
        "fr",
        D(2025, 8, 7),  # a Thursday: the Saturday ahead is no past
        "Entre mardi et samedi, l'isotherme est resté au-dessus de 5 000 mètres.",
        [("Entre mardi et samedi", "2025-07-29/2025-08-02", "period")],
    ),
]


@pytest.mark.parametrize(("lang", "published", "sentence", "expected"), WEEKDAY_DAY_RANGES)
def test_weekday_day_ranges(lang, published, sentence, expected):
    assert found_as(sentence, published, lang) == expected


# Tense read right: a verb form that only looks like another tense, a word that only looks
# like a tense marker.
TENSE_LOOKALIKES = [
    (
        "es",
        D(2026, 5, 13),
        '"Hace dos años nadie en Hamburgo quería hablar de esto", dijo.',
        [("Hace dos años", "2024", "year")],  # "quería": an imperfect, not a conditional
    ),
    (
        "es",
        D(2025, 8, 20),
        '"Lo que vimos el jueves no lo habíamos visto nunca: el agua corría por la superficie".',
        [("el jueves", "2025-08-14", "day")],
    ),
    (
        "es",
        D(2026, 5, 13),
        "El acuerdo, rubricado el martes en Berlín por la ministra, prevé la devolución.",
        [("el martes", "2026-05-12", "day")],
    ),
    (
        "es",
        D(2026, 5, 13),
        "El Gobierno dijo que el ministro viajaría el martes a Lima.",
        [("el martes", "2026-05-19", "day")],  # a conditional still looks ahead
    ),
]


TENSE_LOOKALIKES += [
    (
        "en",
        D(2026, 1, 6),
        "Analysts said the March auction could raise C$2 billion, as foreign-backed rivals bid.",
        [("March", "2026-03", "month")],  # "foreign-backed": an adjective, no past verb
    ),
    (
        "fr",
        D(2026, 3, 15),
        "La Ligue a par ailleurs confirmé vendredi que les demi-finales se disputeraient à Lyon.",
        [("vendredi", "2026-03-13", "day")],  # two words between auxiliary and participle
    ),
    (
        "fr",
        D(2026, 3, 15),
        "«On a donné des points faciles, comme il y a trois semaines», a regretté le capitaine, "
        "dont l'équipe n'a plus gagné depuis le 18 octobre.",
        # the day things date from is no day the words were said on
        [("il y a trois semaines", "2026-02-22", "day"), ("le 18 octobre", "2025-10-18", "day")],
    ),
]


@pytest.mark.parametrize(("lang", "published", "sentence", "expected"), TENSE_LOOKALIKES)
def test_tense_lookalikes(lang, published, sentence, expected):
    assert found_as(sentence, published, lang) == expected


# German "bis": a past verb right before it tells a deadline met ("wurden bis Mitte Februar
# abgerissen"); not after a verb of saying (a warning in force until then), nor where the
# deadline was moved ("verlängert"), which leaves it to come.
GERMAN_DEADLINES = [
    (
        D(2025, 10, 26),
        "Die übrigen Teile wurden bis Mitte Februar abgerissen.",
        [("Mitte Februar", "2025-02", "month")],
    ),
    (
        D(2025, 10, 26),
        "Die Frist wurde bis zum 31. März verlängert.",
        [("31. März", "2026-03-31", "day")],
    ),
    (
        D(2025, 10, 26),
        "Die Frist wurde bis Ende März verlängert.",
        [("bis Ende März", "2026-03", "month")],
    ),
    (
        D(2026, 1, 11),
        "Der Deutsche Wetterdienst warnte bis Montagmittag vor Neuschnee.",
        [("Montagmittag", "2026-01-12", "day")],
    ),
]


@pytest.mark.parametrize(("published", "sentence", "expected"), GERMAN_DEADLINES)
def test_german_deadlines(published, sentence, expected):
    assert found_as(sentence, published, "de") == expected


# Numbers: the year 2100 (the climate horizon), a dotted date in English (day first, the
# European way), a figure after a comparative (a count, not a year).
NUMBERS_READ_RIGHT = [
    (
        "en",
        D(2026, 3, 15),
        "The Alps could lose two thirds of their ice by 2100.",
        [("2100", "2100", "year")],
    ),
    (
        "de",
        D(2026, 3, 15),
        "Bis 2100 könnten die Alpen zwei Drittel verlieren.",
        [("2100", "2100", "year")],
    ),
    (
        "en",
        D(2026, 5, 13),
        "A museum inventory dated 12.05.1902 lists the throne; a US copy is dated 12/05/1902.",
        [("12.05.1902", "1902-05-12", "day"), ("12/05/1902", "1902-12-05", "day")],
    ),
    ("en", D(2026, 5, 13), "Germany transferred more than 1100 bronzes to Nigeria.", []),
    ("de", D(2026, 5, 13), "Deutschland hatte mehr als 1100 Benin-Bronzen übertragen.", []),
    ("fr", D(2026, 5, 13), "Plus de 1100 bronzes ont été restitués.", []),
    ("es", D(2026, 5, 13), "Más de 1100 bronces fueron devueltos.", []),
    ("pt", D(2026, 5, 13), "Mais de 1100 peças foram devolvidas.", []),
    (
        "en",
        D(2026, 3, 15),
        "The government said it would decide in three weeks whether to close the route.",
        [("three weeks", "2026-04-05", "day")],
    ),
]


@pytest.mark.parametrize(("lang", "published", "sentence", "expected"), NUMBERS_READ_RIGHT)
def test_numbers_read_right(lang, published, sentence, expected):
    assert found_as(sentence, published, lang) == expected


# Holidays: the bridge a holiday makes with its weekend, and holidays of one country.
HOLIDAY_BRIDGES = [
    (
        "fr",
        D(2026, 5, 10),
        "Les routes seront chargées pendant le pont de l'Ascension.",
        [("le pont de l'Ascension", "2026-05-14/2026-05-17", "period")],  # Thursday to Sunday
    ),
    (
        "es",
        D(2025, 8, 20),
        "Durante el puente de la Asunción, 600 montañeros coronaron la cima.",
        [("el puente de la Asunción", "2025-08-15/2025-08-17", "period")],  # a Friday
    ),
    (
        "es",
        D(2025, 12, 1),
        "El puente de diciembre llenará los hoteles.",
        [("El puente de diciembre", "2025-12-06/2025-12-08", "period")],
    ),
    (
        "fr",
        D(2025, 11, 5),
        "Le pont de la Toussaint a été chargé.",
        [("Le pont de la Toussaint", "2025-11-01", "day")],  # a Saturday: no bridge
    ),
    (
        "de",
        D(2025, 10, 26),
        "Ein zweiter Termin ist für den Buß- und Bettag angesetzt.",
        [("Buß- und Bettag", "2025-11-19", "day")],  # the Wednesday before 23 November
    ),
    (
        "de",
        D(2023, 11, 2),
        "Ein zweiter Termin ist für den Buß- und Bettag angesetzt.",
        [("Buß- und Bettag", "2023-11-22", "day")],
    ),
    (
        "es",
        D(2025, 11, 9),
        "Las obras arrancarán después del Día de la Revolución.",
        [("Día de la Revolución", "2025-11-20", "day")],
    ),
]


@pytest.mark.parametrize(("lang", "published", "sentence", "expected"), HOLIDAY_BRIDGES)
def test_holiday_bridges(lang, published, sentence, expected):
    assert found_as(sentence, published, lang) == expected


# Tenses inside quotations: imperfects and conditionals, a time compared with.
QUOTED_TENSES = [
    (
        "es",
        D(2026, 2, 9),
        '"Hace diez años no teníamos ni la mitad de los instrumentos", recordó Silva.',
        [("Hace diez años", "2016", "year")],  # "teníamos": an imperfect, past
    ),
    (
        "es",
        D(2025, 10, 21),
        '"Nos deja sin margen si el mar se calienta como hace dos años", añadió.',
        [("hace dos años", "2023", "year")],  # a time compared with, not how long
    ),
    (
        "es",
        D(2026, 4, 22),
        '"Mañana revisaremos los datos y el viernes deberíamos tener una fecha", añadió.',
        [("Mañana", "2026-04-23", "day"), ("el viernes", "2026-04-24", "day")],
    ),
    (
        "de",
        D(2025, 5, 17),
        "«Wir haben erst gestern von den Details erfahren», sagte ein Sprecher.",
        [("gestern", "2025-05-16", "day")],
    ),
]


@pytest.mark.parametrize(("lang", "published", "sentence", "expected"), QUOTED_TENSES)
def test_quoted_tenses(lang, published, sentence, expected):
    assert found_as(sentence, published, lang) == expected


# Datelines and deadlines written short.
SHORT_FORMS = [
    (
        "pt",
        D(2026, 2, 10),
        "(ANSA) - SÃO PAULO, 10 FEV - O preço do pão subiu 4,8% em janeiro.",
        [("10 FEV", "2026-02-10", "day"), ("janeiro", "2026-01", "month")],
    ),
    (
        "pt",
        D(2025, 7, 31),
        "A empresa tem até 15/08 para entregar o plano de segurança.",
        [("15/08", "2025-08-15", "day")],
    ),
    ("pt", D(2025, 7, 31), "A taxa passou de 1/3 para 1/2.", []),
    (
        "es",
        D(2026, 3, 31),  # the last day of the stretch told
        "En los tres primeros meses del año movió 27 millones de viajeros.",
        [("En los tres primeros meses del año", "2026-01-01/2026-03-31", "period")],
    ),
]


@pytest.mark.parametrize(("lang", "published", "sentence", "expected"), SHORT_FORMS)
def test_short_forms(lang, published, sentence, expected):
    assert found_as(sentence, published, lang) == expected


# The verbs of a clause joined after a mention (", and that ...") do not date it; a past verb
# opening a quotation does.
CLAUSES_JOINED = [
    (
        "en",
        D(2025, 10, 22),  # a Wednesday
        "Police said on Monday they had seized 40 scooters over the weekend, and that extra "
        "patrols would run around Halloween.",
        [
            ("Monday", "2025-10-20", "day"),
            ("over the weekend", "2025-10-18/2025-10-19", "period"),
            ("Halloween", "2025-10-31", "day"),
        ],
    ),
    (
        "pt",
        D(2026, 3, 9),  # a Monday
        '"Choveu forte na terça-feira, e na quarta-feira os terminais pararam", disse.',
        [("terça-feira", "2026-03-03", "day"), ("quarta-feira", "2026-03-04", "day")],
    ),
]


@pytest.mark.parametrize(("lang", "published", "sentence", "expected"), CLAUSES_JOINED)
def test_clauses_joined(lang, published, sentence, expected):
    assert found_as(sentence, published, lang) == expected


def test_this_weekend_in_portuguese_contractions():
    assert found_as("As sessões deste fim de semana tiveram vagas.", D(2026, 4, 27), "pt") == [
        ("deste fim de semana", "2026-04-25/2026-04-26", "period")
    ]


# Eras and holidays added from unseen dispatches.
MORE_ERAS_AND_HOLIDAYS = [
    ("en", D(2026, 3, 14), "Sumo has been staged since the Edo period.", "1603-03-24/1868-05-03"),
    (
        "fr",
        D(2026, 3, 14),
        "Le quartier a été construit sous le Second Empire.",
        "1852-12-02/1870-09-04",
    ),
    ("fr", D(2026, 3, 14), "Ce café date de la Belle Époque.", "1871-01-01/1914-08-03"),
    (
        "en",
        D(2026, 2, 11),
        "Donors pledged 95,000 pounds at a ceilidh on Burns Night.",
        "2026-01-25",
    ),
    (
        "pt",
        D(2025, 6, 14),
        "No dia de Santo António, a polícia rebocou 150 veículos.",
        "2025-06-13",
    ),
    ("es", D(2026, 2, 17), "Prevé lanzar antes de Sant Jordi una aplicación.", "2026-04-23"),
    ("es", D(2026, 1, 2), "Las rebajas empiezan tras Reyes con descuentos.", "2026-01-06"),
]


@pytest.mark.parametrize(("lang", "published", "sentence", "value"), MORE_ERAS_AND_HOLIDAYS)
def test_more_eras_and_holidays(lang, published, sentence, value):
    assert [v for _, v, _ in found_as(sentence, published, lang)] == [value]


def test_a_saint_in_a_name_is_no_holiday():
    assert found_as("El hospital de Sant Jordi abrió.", D(2026, 2, 17), "es") == []


def test_expiry_looks_ahead():
    # "arrive à échéance en décembre": a term running out, ahead
    text = "Le plan, lancé en 2021, arrive à échéance en décembre."
    assert found_as(text, D(2026, 4, 30), "fr") == [
        ("2021", "2021", "year"),
        ("décembre", "2026-12", "month"),
    ]


SPANS_TOLD_BEFORE = [
    (
        "fr",
        D(2026, 3, 21),
        "Le site sera gratuit du 18 avril au 3 mai, avant une fermeture la semaine suivante.",
        [
            ("du 18 avril au 3 mai", "2026-04-18/2026-05-03", "period"),
            ("la semaine suivante", "2026-05-04/2026-05-10", "period"),  # after the span
        ],
    ),
    (
        "de",
        D(2025, 10, 22),
        "Für das bis Ende März laufende Geschäftsjahr 2025/26 senkte Mainhall die Planung.",
        [("bis Ende März", "2026-03", "month"), ("2025/26", "2025-04-01/2026-03-31", "period")],
    ),
    (
        "de",
        D(2026, 3, 31),
        "Der Verband betonte, Zwischenfälle wie jener vom Wochenende seien selten.",
        [("vom Wochenende", "2026-03-28/2026-03-29", "period")],
    ),
]


@pytest.mark.parametrize(("lang", "published", "sentence", "expected"), SPANS_TOLD_BEFORE)
def test_spans_told_before(lang, published, sentence, expected):
    assert found_as(sentence, published, lang) == expected


# A month "of that year" is in the year told last.
MONTH_OF_THAT_YEAR = [
    (
        "de",
        "Der Vertrag trat 2021 in Kraft, im Juli desselben Jahres folgten Lizenzen.",
        "Juli desselben Jahres",
    ),
    (
        "en",
        "The treaty took effect in 2021, and in July of that year licences followed.",
        "in July of that year",
    ),
    (
        "fr",
        "Le traité est entré en vigueur en 2021 et, en juillet de la même année, il a été ratifié.",
        "juillet de la même année",
    ),
    (
        "pt",
        "O tratado entrou em vigor em 2021 e, em julho do mesmo ano, foi ratificado.",
        "julho do mesmo ano",
    ),
    ("es", "La ley de 2021, aprobada en julio de ese año, exige reservas.", "julio de ese año"),
]


@pytest.mark.parametrize(("lang", "sentence", "surface"), MONTH_OF_THAT_YEAR)
def test_month_of_that_year(lang, sentence, surface):
    found = found_as(sentence, D(2026, 3, 10), lang)
    assert found == [("2021", "2021", "year"), (surface, "2021-07", "month")]


# Regressions two reviews found in this stop's own rules, each kept as a test.
REVIEWED_RULES = [
    # a demand "bis" a date sets a deadline to come; only an auxiliary tells one met
    (
        "de",
        D(2026, 3, 15),
        "Die Regierung forderte bis Freitag eine Antwort.",
        [("Freitag", "2026-03-20", "day")],
    ),
    (
        "de",
        D(2026, 3, 15),
        "Die Kommission forderte bis Juli einen Plan.",
        [("Juli", "2026-07", "month")],
    ),
    (
        "de",
        D(2026, 3, 15),
        "Die Straße war bis Ende Oktober gesperrt, danach wurde die Sperrung nicht verlängert.",
        [("bis Ende Oktober", "2025-10", "month")],
    ),
    (
        "en",
        D(2026, 3, 15),
        "The ministry said the stadium was finished by October.",
        [("October", "2025-10", "month")],
    ),
    # a list's serial comma or an aside after a fronted date closes no clause
    (
        "en",
        D(2026, 3, 15),
        "In October, voters in Texas, Ohio, and Florida will elect new governors.",
        [("October", "2026-10", "month")],
    ),
    (
        "fr",
        D(2026, 3, 15),
        "Mardi, et pour la première fois, le ministre a reconnu des erreurs.",
        [("Mardi", "2026-03-10", "day")],
    ),
    (
        "es",
        D(2026, 3, 15),
        "El martes, y tras semanas de negociaciones, el Gobierno aprobó la reforma.",
        [("El martes", "2026-03-10", "day")],
    ),
    # prefixed verbs are verbs; imperfects in -ríamos are past
    (
        "en",
        D(2026, 3, 15),
        "Voters in the town re-elected the mayor on Tuesday.",
        [("Tuesday", "2026-03-10", "day")],
    ),
    (
        "es",
        D(2026, 3, 18),
        "Los migrantes queríamos llegar el sábado a la frontera, contó uno de ellos.",
        [("el sábado", "2026-03-14", "day")],
    ),
    # a weekday ending in -i is no participle after "ont un entretien"
    (
        "fr",
        D(2026, 3, 17),
        "Les deux dirigeants ont un entretien jeudi à l'Élysée.",
        [("jeudi", "2026-03-19", "day")],
    ),
    # a span decided in the past is not moved back a week
    (
        "fr",
        D(2026, 3, 12),
        "Le préfet a interdit toute manifestation entre mardi et samedi.",
        [("entre mardi et samedi", "2026-03-10/2026-03-14", "period")],
    ),
    # "Como hace tres años que": since, how long
    (
        "es",
        D(2026, 3, 15),
        "Como hace tres años que no llueve, los embalses están vacíos.",
        [("hace tres años", None, "vague")],
    ),
    # bridges of stone, eras named like other things, counts of 2100, years compared with
    ("es", D(2026, 3, 15), "Los vecinos cortaron el puente de Santiago.", []),
    ("es", D(2026, 3, 15), "Un camión chocó contra el puente de la Constitución de Sevilla.", []),
    ("en", D(2026, 3, 15), "Putin dreams of a second empire.", []),
    ("en", D(2026, 3, 15), "The Belle Epoque restaurant opened.", []),
    ("fr", D(2026, 3, 15), "Quelque 2100 gendarmes ont été mobilisés.", []),
    ("en", D(2026, 3, 15), "A curfew is in force between 2100 and 0500.", []),
    (
        "en",
        D(2026, 3, 15),
        "Sea levels could rise by 2050-2100.",
        [("2050-2100", "2050-01-01/2100-12-31", "period")],
    ),
    (
        "de",
        D(2026, 3, 15),
        "Deutschland stößt rund 40 Prozent weniger als 1990 aus.",
        [("1990", "1990", "year")],
    ),
    ("pt", D(2026, 2, 11), "O Rock in Rio, 19 set - 28 set, anunciou as atrações.", []),
    # weekday-and-day ranges farther from publication; weekends before a span
    (
        "fr",
        D(2026, 4, 1),
        "Le festival se tiendra du jeudi 23 au samedi 25.",
        [("du jeudi 23 au samedi 25", "2026-04-23/2026-04-25", "period")],
    ),
    (
        "de",
        D(2026, 6, 1),
        "Die Messe läuft vom 10. bis 20. Juli. Am Wochenende davor öffnet der Park.",
        [
            ("vom 10. bis 20. Juli", "2026-07-10/2026-07-20", "period"),
            ("Am Wochenende davor", "2026-07-04/2026-07-05", "period"),
        ],
    ),
    (
        "de",
        D(2026, 3, 11),
        "Die Krawalle vom Wochenende beschäftigen die Politik.",
        [("vom Wochenende", "2026-03-07/2026-03-08", "period")],
    ),
    # in N weeks, quoted: the speaker's tense, not the verb of saying's
    (
        "fr",
        D(2026, 3, 16),
        "« Réouverture des bassins dans trois semaines », a expliqué l'adjoint.",
        [("dans trois semaines", "2026-04-06", "day")],
    ),
]


@pytest.mark.parametrize(("lang", "published", "sentence", "expected"), REVIEWED_RULES)
def test_reviewed_rules(lang, published, sentence, expected):
    assert found_as(sentence, published, lang) == expected


# Fiscal years whose first day (or last, told after it) their sentence gives; more holidays,
# decades, spans with edges.
FISCAL_STARTS_HOLIDAYS_AND_EDGES = [
    (
        "en",
        D(2026, 3, 9),
        "Profit will drop in its 2026/27 fiscal year, which began on March 1.",
        [("2026/27", "2026-03-01/2027-02-28", "period"), ("March 1", "2026-03-01", "day")],
    ),
    (
        "de",
        D(2025, 10, 1),
        "Im Geschäftsjahr 2024/25, das am Dienstag endete, sei der Umsatz gesunken.",
        [("2024/25", "2024-10-01/2025-09-30", "period"), ("Dienstag", "2025-09-30", "day")],
    ),
    (
        "en",
        D(2026, 6, 18),
        "Visits over the late May bank holiday were the highest since 2019.",
        [("the late May bank holiday", "2026-05-25", "day"), ("2019", "2019", "year")],
    ),
    (
        "de",
        D(2025, 11, 19),
        "Seit den Nullerjahren sinkt die Zahl der Kinos.",
        [("den Nullerjahren", "2000-01-01/2009-12-31", "period")],
    ),
    (
        "pt",
        D(2026, 3, 9),
        '"No Carnaval do ano passado, ninguém imaginava isso", afirmou.',
        [("Carnaval do ano passado", "2025-03-04", "day")],
    ),
    (
        "pt",
        D(2026, 6, 12),
        "O trânsito ficará condicionado na noite de São João.",
        [("na noite de São João", "2026-06-23", "day")],
    ),
    (
        "en",
        D(2026, 6, 18),
        "Energy bills tripled from mid-2022 to early 2023.",
        [("from mid-2022 to early 2023", "2022-01-01/2023-12-31", "period")],
    ),
    (
        "fr",
        D(2026, 6, 9),
        "Deux millions d'oiseaux ont été recensés entre mi-mars et fin mai.",
        [("entre mi-mars et fin mai", "2026-03-01/2026-05-31", "period")],
    ),
]


# ... and what a second review found they must not do.
FISCAL_STARTS_HOLIDAYS_AND_EDGES += [
    (
        "en",
        D(2026, 3, 15),
        "In fiscal 2025-26, shipments started on March 3 after a long delay.",
        [("2025-26", "2025-04-01/2026-03-31", "period"), ("March 3", "2026-03-03", "day")],
    ),
    (
        "en",
        D(2026, 3, 15),
        "In fiscal 2024-25, a strike in May ended a decade of labor peace.",
        [("2024-25", "2024-04-01/2025-03-31", "period"), ("May", "2025-05", "month")],
    ),
    (
        "en",
        D(2026, 3, 15),
        "Inflation stayed high from early 2023 to late 2023.",
        [("from early 2023 to late 2023", "2023", "year")],
    ),
    (
        "en",
        D(2026, 6, 18),
        "The spring bank holiday of 2022 was unusually warm.",
        [("The spring bank holiday of 2022", "2022-05-30", "day")],
    ),
    ("de", D(2026, 3, 15), "Anfang der Zwanzigerjahre dieses Jahrhunderts stieg sie.", []),
    ("es", D(2026, 3, 15), "En la noche de San Juan de Lurigancho hubo detenidos.", []),
    ("pt", D(2026, 6, 12), "A noite de São João da Madeira foi calma.", []),
]


@pytest.mark.parametrize(
    ("lang", "published", "sentence", "expected"), FISCAL_STARTS_HOLIDAYS_AND_EDGES
)
def test_fiscal_starts_holidays_and_edges(lang, published, sentence, expected):
    assert found_as(sentence, published, lang) == expected


@pytest.mark.parametrize(
    ("lang", "published", "sentence", "expected"),
    [
        (
            "es",
            D(2025, 12, 31),
            "Los precios no bajarán antes del segundo semestre del año que viene.",
            [("segundo semestre del año que viene", "2026-07-01/2026-12-31", "period")],
        ),
        (
            "pt",
            D(2026, 3, 12),
            "O cacau foi comprado no primeiro semestre do ano passado.",
            [("primeiro semestre do ano passado", "2025-01-01/2025-06-30", "period")],
        ),
    ],
)
def test_half_years_with_a_relative_year(lang, published, sentence, expected):
    assert found_as(sentence, published, lang) == expected


# Round 14 of unseen dispatches: "the same period" with a relative year, German year
# anaphora, a clause joined by a bare "and" before a verb, holidays, half-centuries, "Sonntag
# in einer Woche", and two days joined by "from ... to" where one is a holiday.
SAME_PERIODS_JOINS_AND_HOLIDAYS = [
    (
        "en",
        D(2025, 7, 15),
        "Sales rose 4% in the first half of 2025 compared with the same period last year.",
        [
            ("the first half of 2025", "2025-01-01/2025-06-30", "period"),
            ("the same period last year", "2024-01-01/2024-06-30", "period"),
        ],
    ),
    (
        "es",
        D(2025, 12, 26),
        "Las ventas del 1 al 24 de diciembre crecieron un 3% frente al mismo periodo del año "
        "pasado.",
        [
            ("del 1 al 24 de diciembre", "2025-12-01/2025-12-24", "period"),
            ("mismo periodo del año pasado", "2024-12-01/2024-12-24", "period"),
        ],
    ),
    (
        "pt",
        D(2025, 7, 15),
        "No primeiro semestre, as vendas subiram 5% face ao mesmo período do ano anterior.",
        [
            ("primeiro semestre", "2025-01-01/2025-06-30", "period"),
            ("mesmo período do ano anterior", "2024-01-01/2024-06-30", "period"),
        ],
    ),
    (
        "de",
        D(2025, 7, 15),
        "Im ersten Halbjahr 2025 stieg der Umsatz um 4 Prozent gegenüber dem gleichen Zeitraum "
        "des Vorjahres.",
        [
            ("ersten Halbjahr 2025", "2025-01-01/2025-06-30", "period"),
            ("dem gleichen Zeitraum des Vorjahres", "2024-01-01/2024-06-30", "period"),
        ],
    ),
    (
        "fr",
        D(2025, 4, 15),
        "Au premier trimestre 2025, les ventes ont progressé de 3 % par rapport à la même période "
        "de l'an dernier.",
        [
            ("premier trimestre 2025", "2025-01-01/2025-03-31", "period"),
            ("la même période de l'an dernier", "2024-01-01/2024-03-31", "period"),
        ],
    ),
    (
        "de",
        D(2026, 2, 14),
        "2024 waren es 200. Im Jahr davor waren es noch 300 gewesen.",
        [("2024", "2024", "year"), ("Im Jahr davor", "2023", "year")],
    ),
    (
        "de",
        D(2025, 12, 30),
        "Im zu Ende gehenden Jahr kamen 400 Besucher.",
        [("zu Ende gehenden Jahr", "2025", "year")],
    ),
    (
        "de",
        D(2026, 4, 14),
        "Seit dem Wochenende gilt die neue Regel.",
        [("Seit dem Wochenende", "2026-04-11/2026-04-12", "period")],
    ),
    (
        "en",
        D(2026, 2, 9),
        "Okafor will meet the builder's directors on Thursday and said she hoped to open the stop "
        "soon.",
        [("Thursday", "2026-02-12", "day")],
    ),
    (
        "en",
        D(2025, 9, 17),
        "The plane overran the runway at 11:52 pm on Saturday and came to rest in a ditch.",
        [("Saturday", "2025-09-13", "day")],
    ),
    (
        "en",
        D(2025, 10, 18),
        "The works will take on 12 apprentices from January, its first intake in more than a "
        "decade.",
        [("January", "2026-01", "month")],
    ),
    (
        "en",
        D(2025, 10, 18),
        '"We need these young people to still be here in ten years\' time," he said.',
        [("ten years", "2035", "year")],
    ),
    (
        "en",
        D(2025, 10, 18),
        "Applications opened on Friday and close on Nov. 14, with interviews the following week.",
        [
            ("Friday", "2025-10-17", "day"),
            ("Nov. 14", "2025-11-14", "day"),
            ("the following week", "2025-11-17/2025-11-23", "period"),
        ],
    ),
    (
        "es",
        D(2025, 6, 26),
        '"Si no hay respuesta pronto, muchas tostadurías no llegarán a diciembre", advirtió.',
        [("diciembre", "2025-12", "month")],
    ),
    ("de", D(2026, 2, 9), "Die Spiele Paris 2024 kosteten viel Geld.", []),
    (
        "fr",
        D(2026, 1, 1),
        "La Fête des lumières, du 5 au 8 décembre, a généré 2.300 dépôts. Le lendemain de sa "
        "clôture, un agent a rapporté un violon.",
        [
            ("du 5 au 8 décembre", "2025-12-05/2025-12-08", "period"),
            ("Le lendemain", "2025-12-09", "day"),
        ],
    ),
    (
        "de",
        D(2025, 9, 17),
        "Die Auktion ist für den 4. Dezember angesetzt; die Vorbesichtigung läuft vom 28. "
        "November bis 3. Dezember. Am Vorabend der Auktion lädt das Haus zu einem Empfang.",
        [
            ("den 4. Dezember", "2025-12-04", "day"),
            ("vom 28. November bis 3. Dezember", "2025-11-28/2025-12-03", "period"),
            ("Am Vorabend", "2025-12-03", "day"),
        ],
    ),
    (
        "en",
        D(2025, 6, 27),
        "Registration for the qualifiers opens on Canada Day, Tremblay said.",
        [("Canada Day", "2025-07-01", "day")],
    ),
    (
        "fr",
        D(2025, 10, 18),
        "Une trentaine de bénévoles ont passé le lundi de l'Action de grâce à installer les "
        "filets.",
        [("l'Action de grâce", "2025-10-13", "day")],
    ),
    (
        "pt",
        D(2026, 1, 1),
        "O posto recebeu 1.842 objetos durante a festa de Réveillon, mais do que no réveillon de "
        "Natal.",
        [
            ("festa de Réveillon", "2025-12-31", "day"),
            ("réveillon de Natal", "2025-12-24", "day"),
        ],
    ),
    (
        "es",
        D(2026, 1, 1),
        "Un anillo perdido en San Valentín fue recuperado tres semanas después.",
        [("San Valentín", "2025-02-14", "day"), ("tres semanas después", "2025-03-07", "day")],
    ),
    (
        "de",
        D(2025, 10, 18),
        "Der erste Advent fällt heuer auf den 30. November.",
        [
            ("erste Advent", "2025-11-30", "day"),
            ("heuer", "2025", "year"),
            ("den 30. November", "2025-11-30", "day"),
        ],
    ),
    (
        "en",
        D(2025, 6, 23),
        "The final ended at 12:41 a.m. Sunday, more than six hours after it began the previous "
        "evening.",
        [("Sunday", "2025-06-22", "day"), ("the previous evening", "2025-06-21", "day")],
    ),
    (
        "es",
        D(2026, 2, 16),
        "Las obras comenzarán el próximo lunes, una semana más tarde de lo previsto.",
        [("el próximo lunes", "2026-02-23", "day")],
    ),
    ("es", D(2026, 1, 1), "Los lotes podrán examinarse en horario de mañana.", []),
    (
        "es",
        D(2025, 6, 26),
        "Su cultivo se extendió en la segunda mitad del siglo XIX.",
        [("la segunda mitad del siglo XIX", "1850-01-01/1899-12-31", "period")],
    ),
    (
        "en",
        D(2025, 6, 26),
        "It spread in the first half of the twentieth century.",
        [("the first half of the twentieth century", "1900-01-01/1949-12-31", "period")],
    ),
    (
        "fr",
        D(2025, 6, 26),
        "Il s'est répandu dans la première moitié du XIXe siècle.",
        [("la première moitié du XIXe siècle", "1800-01-01/1849-12-31", "period")],
    ),
    (
        "pt",
        D(2025, 6, 26),
        "Espalhou-se na segunda metade do século XIX.",
        [("segunda metade do século XIX", "1850-01-01/1899-12-31", "period")],
    ),
    (
        "de",
        D(2025, 6, 26),
        "Er verbreitete sich in der zweiten Hälfte des 19. Jahrhunderts.",
        [("der zweiten Hälfte des 19. Jahrhunderts", "1850-01-01/1899-12-31", "period")],
    ),
    (
        "es",
        D(2025, 10, 18),
        "La sala, instalada en una casona construida durante el Porfiriato, cerró en marzo de "
        "2020.",
        [
            ("el Porfiriato", "1876-11-28/1911-05-25", "period"),
            ("marzo de 2020", "2020-03", "month"),
        ],
    ),
    (
        "de",
        D(2026, 2, 9),
        "Die Stadtbahn sei die wichtigste Investition dieses Jahrzehnts.",
        [("dieses Jahrzehnts", "2020-01-01/2029-12-31", "period")],
    ),
    (
        "pt",
        D(2026, 2, 9),
        "É o maior investimento desta década.",
        [("desta década", "2020-01-01/2029-12-31", "period")],
    ),
    (
        "de",
        D(2025, 10, 18),
        "Ein letztes Mal gibt es Vorführungen am Sonntag in einer Woche.",
        [("am Sonntag in einer Woche", "2025-10-26", "day")],
    ),
    (
        "fr",
        D(2025, 10, 15),
        "La réunion aura lieu samedi en huit.",
        [("samedi en huit", "2025-10-25", "day")],
    ),
    (
        "en",
        D(2025, 10, 18),
        "The vote will be held a week from Tuesday.",
        [("a week from Tuesday", "2025-10-28", "day")],
    ),
    (
        "es",
        D(2026, 2, 16),
        "Las máquinas pararán del Jueves Santo al Lunes de Pascua.",
        [("del Jueves Santo al Lunes de Pascua", "2026-04-02/2026-04-06", "period")],
    ),
    (
        "fr",
        D(2002, 4, 3),
        "Le salon se tiendra du mercredi 3 avril au samedi 6 avril.",
        [("mercredi 3 avril", "2002-04-03", "day"), ("samedi 6 avril", "2002-04-06", "day")],
    ),
]


@pytest.mark.parametrize(
    ("lang", "published", "sentence", "expected"), SAME_PERIODS_JOINS_AND_HOLIDAYS
)
def test_same_periods_joins_and_holidays(lang, published, sentence, expected):
    assert found_as(sentence, published, lang) == expected


# Round 15 of unseen dispatches, and what a review of round 14's rules found they must not
# do: a relative clause's verb is not the tense of a clause joined by a bare "and"; "the
# same period last year" after a fourth quarter told in February; a day moved "from Boxing
# Day to December 27"; holiday names inside names; "in einer Woche voller"; an eyewitness's
# present tense is no future; fiscal years written as two years run April to March unless
# their sentence tells the months.
QUOTES_FISCAL_YEARS_AND_NAMES = [
    (
        "en",
        D(2026, 3, 12),
        "The company, which was founded in 1990, opens its new plant on Monday and will hire 200 "
        "people.",
        [("1990", "1990", "year"), ("Monday", "2026-03-16", "day")],
    ),
    (
        "en",
        D(2026, 3, 12),
        "Fire crews put out the blaze on Tuesday, and investigators will examine the site next "
        "week.",
        [("Tuesday", "2026-03-10", "day"), ("next week", "2026-03-16/2026-03-22", "period")],
    ),
    (
        "en",
        D(2026, 3, 12),
        "The plant closed on Monday, before the March 20 vote, two days after the announcement of "
        "the plan.",
        [
            ("Monday", "2026-03-09", "day"),
            ("March 20", "2026-03-20", "day"),
            ("two days after", "2026-03-09", "day"),
        ],
    ),
    (
        "en",
        D(2026, 2, 20),
        "Revenue rose 8% in the fourth quarter compared with the same period last year.",
        [
            ("the fourth quarter", "2025-10-01/2025-12-31", "period"),
            ("the same period last year", "2024-10-01/2024-12-31", "period"),
        ],
    ),
    (
        "es",
        D(2026, 1, 20),
        "Las ventas de diciembre crecieron frente al mismo periodo del año pasado.",
        [
            ("diciembre", "2025-12", "month"),
            ("mismo periodo del año pasado", "2024-12-01/2024-12-31", "period"),
        ],
    ),
    (
        "en",
        D(2026, 3, 12),
        "The match was moved from Boxing Day to December 27 because of the storm.",
        [("Boxing Day", "2025-12-26", "day"), ("December 27", "2025-12-27", "day")],
    ),
    (
        "fr",
        D(2026, 3, 12),
        "Le concert a été déplacé de la Saint-Sylvestre au 2 janvier.",
        [("la Saint-Sylvestre", "2025-12-31", "day"), ("2 janvier", "2026-01-02", "day")],
    ),
    (
        "es",
        D(2026, 3, 12),
        "El colegio San Valentín de Madrid cerró el lunes.",
        [("el lunes", "2026-03-09", "day")],
    ),
    ("pt", D(2026, 3, 12), "O restaurante Réveillon, no Chiado, fechou.", []),
    (
        "es",
        D(2025, 5, 18),
        "Un tiroteo en Corpus Christi, Texas, dejó tres muertos. La campana volverá a sonar el "
        "jueves 19 de junio, festividad del Corpus Christi.",
        [
            ("el jueves 19 de junio", "2025-06-19", "day"),
            ("festividad del Corpus Christi", "2025-06-19", "day"),
        ],
    ),
    (
        "de",
        D(2026, 3, 12),
        "Am Dienstag in einer Woche voller Krisensitzungen trat der Minister zurück.",
        [("Dienstag", "2026-03-10", "day")],
    ),
    (
        "fr",
        D(2026, 3, 12),
        "Samedi en huit heures de débat, les députés ont adopté le texte.",
        [("Samedi", "2026-03-07", "day")],
    ),
    (
        "es",
        D(2026, 3, 12),
        "La sesión de mañana del Congreso debatirá la reforma.",
        [("mañana", "2026-03-13", "day")],
    ),
    ("es", D(2026, 3, 12), "El tren llegó dos horas más tarde de lo previsto.", []),
    (
        "en",
        D(2026, 3, 12),
        "The country will hold elections in less than six months.",
        [("six months", "2026-09", "month")],
    ),
    ("de", D(2026, 3, 12), "Microsoft hat den Support für Windows 2000 eingestellt.", []),
    (
        "es",
        D(2026, 3, 12),
        '"El sábado estoy en casa cuando oigo la explosión", relató una vecina.',
        [("El sábado", "2026-03-07", "day")],
    ),
    (
        "fr",
        D(2025, 12, 31),
        "Ils ont travaillé y compris à Noël l'an dernier, puis autour de Pâques.",
        [("Noël l'an dernier", "2024-12-25", "day"), ("Pâques", "2025-04-20", "day")],
    ),
    (
        "fr",
        D(2026, 11, 5),
        "Le projet avait été présenté aux habitants au lendemain du Jeûne fédéral.",
        [("au lendemain du Jeûne fédéral", "2026-09-21", "day")],
    ),
    (
        "en",
        D(2025, 11, 4),
        "It set aside 950 million rupees for fiscal year 2025-26 and urged residents to call the "
        "helpline 1166.",
        [("2025-26", "2025-04-01/2026-03-31", "period")],
    ),
    (
        "en",
        D(2026, 5, 17),
        "Legislators break for Memorial Day, and the measure would take effect Sept. 1 if signed.",
        [("Memorial Day", "2026-05-25", "day"), ("Sept. 1", "2026-09-01", "day")],
    ),
    (
        "en",
        D(2026, 3, 11),
        "Polls will be open between Monday and Friday, officials said.",
        [("between Monday and Friday", "2026-03-16/2026-03-20", "period")],
    ),
    (
        "en",
        D(2026, 3, 12),
        "Voting runs from March 20 to March 22. Results are expected the same day.",
        [
            ("from March 20 to March 22", "2026-03-20/2026-03-22", "period"),
            ("the same day", "2026-03-22", "day"),
        ],
    ),
    (
        "en",
        D(2026, 3, 12),
        "Macron visited Kyiv, the Ukrainian capital, on Tuesday and will travel to Warsaw next "
        "week.",
        [("Tuesday", "2026-03-10", "day"), ("next week", "2026-03-16/2026-03-22", "period")],
    ),
    (
        "en",
        D(2026, 3, 12),
        "The rink, which was moved to the park, is open from Christmas Eve to January 6.",
        [("from Christmas Eve to January 6", "2025-12-24/2026-01-06", "period")],
    ),
    (
        "de",
        D(2026, 3, 12),
        "Die Saison dauert von Ostern bis zum 31. Oktober.",
        [("von Ostern bis zum 31. Oktober", "2026-04-05/2026-10-31", "period")],
    ),
    (
        "en",
        D(2026, 3, 12),
        "Revenue rose in the 2024-25 financial year, which runs from July to June.",
        [
            ("2024-25", "2024-07-01/2025-06-30", "period"),
            ("from July to June", "2025-07-01/2026-06-30", "period"),
        ],
    ),
    (
        "en",
        D(2026, 3, 12),
        "The fiscal year 2025-26 begins on April 1.",
        [("2025-26", "2025-04-01/2026-03-31", "period"), ("April 1", "2026-04-01", "day")],
    ),
    (
        "de",
        D(2025, 11, 4),
        "Für den 1.12. hat sie eine Mahnwache vor dem Rathaus angemeldet.",
        [("1.12.", "2025-12-01", "day")],
    ),
    (
        "es",
        D(2025, 12, 31),
        "Desde el 8 de diciembre, festividad de la Inmaculada, la cadena ha despachado 410.000 "
        "roscones.",
        [
            ("el 8 de diciembre", "2025-12-08", "day"),
            ("festividad de la Inmaculada", "2025-12-08", "day"),
        ],
    ),
    (
        "es",
        D(2025, 12, 31),
        "El hospital de la Inmaculada, en Huércal-Overa, cerró el lunes.",
        [("el lunes", "2025-12-29", "day")],
    ),
    (
        "pt",
        D(2025, 12, 31),
        "Os concertos desta noite mágica de 1985 ficaram na memória.",
        [("1985", "1985", "year")],
    ),
    (
        "de",
        D(2025, 11, 4),
        "Zum Martinstag wollen mehrere Kitas ihre Umzüge an den Gaslaternen machen.",
        [("Martinstag", "2025-11-11", "day")],
    ),
    (
        "en",
        D(2025, 12, 31),
        'The organ stood mute throughout the GDR era. "It comes back on the last night of the '
        'year," he said.',
        [("the GDR era", "1949-10-07/1990-10-03", "period"), ("the year", "2025", "year")],
    ),
    (
        "de",
        D(2025, 12, 31),
        "Das Unternehmen mit 140 Filialen und rund 1150 Beschäftigten stellte einen Antrag.",
        [],
    ),
    (
        "pt",
        D(2025, 12, 31),
        "O ministério pede aos cidadãos que liguem para a linha gratuita 1490.",
        [],
    ),
    (
        "en",
        D(2026, 2, 9),
        "Passenger numbers rose 4.5% in the 2024/25 financial year.",
        [("2024/25", "2024-04-01/2025-03-31", "period")],
    ),
    (
        "fr",
        D(2025, 10, 18),
        "Une contribution de 800 000 $ du gouvernement, imputée à l'exercice 2025-2026.",
        [("l'exercice 2025-2026", "2025-04-01/2026-03-31", "period")],
    ),
    (
        "en",
        D(2026, 3, 12),
        "The 2024-25 crop year was poor.",
        [("2024-25", "2024-01-01/2025-12-31", "period")],
    ),
]


# ... and the same day a year before, and a span of months in the year told before.
QUOTES_FISCAL_YEARS_AND_NAMES += [
    (
        "pt",
        D(2026, 8, 12),
        "No domingo, Dia dos Pais, vendeu apenas 60 casquinhas, contra quase 200 no mesmo dia do "
        "ano passado.",
        [("domingo", "2026-08-09", "day"), ("no mesmo dia do ano passado", "2025-08-09", "day")],
    ),
    (
        "en",
        D(2026, 3, 12),
        "On Monday 1,200 people voted, against 900 on the same day last year.",
        [("Monday", "2026-03-09", "day"), ("the same day last year", "2025-03-09", "day")],
    ),
    (
        "fr",
        D(2026, 3, 12),
        "Le 8 mars, 300 personnes ont manifesté, contre 200 le même jour de l'année précédente.",
        [
            ("Le 8 mars", "2026-03-08", "day"),
            ("le même jour de l'année précédente", "2025-03-08", "day"),
        ],
    ),
    (
        "de",
        D(2026, 3, 12),
        "Am 8. März kamen 300 Menschen, am gleichen Tag des Vorjahres waren es 200.",
        [("8. März", "2026-03-08", "day"), ("am gleichen Tag des Vorjahres", "2025-03-08", "day")],
    ),
    (
        "fr",
        D(2026, 3, 12),
        "Samedi, la veille du scrutin, il a plu.",
        [("Samedi", "2026-03-07", "day"), ("la veille", "2026-03-07", "day")],
    ),
    (
        "es",
        D(2026, 11, 3),
        "Registró su último brote en 2019, con 210 casos entre junio y septiembre de ese año.",
        [
            ("2019", "2019", "year"),
            ("entre junio y septiembre de ese año", "2019-06-01/2019-09-30", "period"),
        ],
    ),
    (
        "en",
        D(2026, 11, 3),
        "Its last outbreak was in 2019, with 210 cases between June and September of that year.",
        [
            ("2019", "2019", "year"),
            ("between June and September of that year", "2019-06-01/2019-09-30", "period"),
        ],
    ),
    (
        "de",
        D(2026, 11, 3),
        "Der letzte Ausbruch war 2019, mit 210 Fällen zwischen Juni und September desselben "
        "Jahres.",
        [
            ("2019", "2019", "year"),
            ("zwischen Juni und September desselben Jahres", "2019-06-01/2019-09-30", "period"),
        ],
    ),
]


# Round 16 of unseen dispatches: "de hace diez años" is a time, a long span of years told in
# words, "the following month" after a span, the weekends of a month, Dreikönig.
QUOTES_FISCAL_YEARS_AND_NAMES += [
    (
        "es",
        D(2025, 12, 29),
        "Supone ya el 45 % de los donantes, frente al 12 % de hace diez años.",
        [("hace diez años", "2015", "year")],
    ),
    (
        "es",
        D(2025, 12, 29),
        "Ocupa el cargo desde hace diez años.",
        [("desde hace diez años", None, "vague")],
    ),
    (
        "pt",
        D(2026, 1, 16),
        '"Há dez anos ainda éramos três oficinas; agora sou só eu", disse.',
        [("Há dez anos", "2016", "year"), ("agora", None, "vague")],
    ),
    (
        "pt",
        D(2025, 12, 29),
        "Construída entre 1390 e 1540, a Sé reúne elementos do gótico.",
        [("entre 1390 e 1540", "1390-01-01/1540-12-31", "period")],
    ),
    ("en", D(2025, 12, 29), "The part number is 1390-1540.", []),
    (
        "en",
        D(2026, 2, 28),
        "Her screening ran from January to April 2025, and she was told the following month that "
        "she had been cleared.",
        [
            ("from January to April 2025", "2025-01-01/2025-04-30", "period"),
            ("the following month", "2025-05", "month"),
        ],
    ),
    (
        "de",
        D(2025, 12, 22),
        "Die ersten Gerüste werden nach Dreikönig aufgestellt.",
        [("Dreikönig", "2026-01-06", "day")],
    ),
    (
        "pt",
        D(2026, 1, 16),
        "Durante o Estado Novo, chegou a empregar 23 pessoas.",
        [("o Estado Novo", "1933-04-11/1974-04-25", "period")],
    ),
    (
        "pt",
        D(2025, 7, 17),
        "Se não houver ondas, as finais passam para o primeiro fim de semana de agosto.",
        [("o primeiro fim de semana de agosto", "2025-08-02/2025-08-03", "period")],
    ),
    (
        "en",
        D(2025, 7, 17),
        "The festival is held on the last weekend of August.",
        [("the last weekend of August", "2025-08-30/2025-08-31", "period")],
    ),
    (
        "fr",
        D(2026, 3, 12),
        "Le salon a eu lieu le dernier week-end de février.",
        [("le dernier week-end de février", "2026-02-28/2026-03-01", "period")],
    ),
    (
        "es",
        D(2026, 3, 12),
        "La feria será el segundo fin de semana de mayo de 2026.",
        [("el segundo fin de semana de mayo de 2026", "2026-05-09/2026-05-10", "period")],
    ),
    (
        "es",
        D(2026, 3, 10),
        "La alcaldía también organizará una ciclovía nocturna el Jueves Santo y espera tener "
        "listo el carril.",
        [("el Jueves Santo", "2026-04-02", "day")],
    ),
    (
        "es",
        D(2026, 3, 3),
        "Avanzó que marzo será todavía mejor por el efecto de la Semana Santa.",
        [("marzo", "2026-03", "month"), ("Semana Santa", "2026-03-29/2026-04-05", "period")],
    ),
    (
        "fr",
        D(2025, 6, 30),
        "Le pic de fréquentation est attendu autour de la fête nationale du 21 juillet.",
        [("21 juillet", "2025-07-21", "day")],
    ),
    (
        "pt",
        D(2025, 7, 17),
        "Se não houver ondas até domingo, 27, as finais passam para agosto. No domingo, 27 "
        "pessoas assistiram.",
        [
            ("até domingo, 27", "2025-07-27", "day"),
            ("agosto", "2025-08", "month"),
            ("domingo", "2025-07-13", "day"),
        ],
    ),
    (
        "de",
        D(2026, 3, 12),
        "Das Fest findet am ersten Wochenende im Juni statt.",
        [("am ersten Wochenende im Juni", "2026-06-06/2026-06-07", "period")],
    ),
]


# Round 17 of unseen dispatches, and what a review of round 16's rules found they must not
# do: "on the same day 2000 people", a count after a span of years, "desta noite mágica", a
# curfew to come anchoring a day gone by; "el próximo fin de semana" said on a Monday.
QUOTES_FISCAL_YEARS_AND_NAMES += [
    (
        "en",
        D(2026, 3, 12),
        "Two bombs exploded on the same day in 2019, killing 40 people.",
        [("the same day in 2019", "2019", "year")],
    ),
    (
        "en",
        D(2026, 3, 12),
        "Sales rose 8% from the same day a year earlier, the retailer said.",
        [("the same day a year earlier", "2025-03-12", "day")],
    ),
    (
        "de",
        D(2026, 3, 12),
        "Am Montag teilte die Polizei mit, dass am selben Tag 2000 Menschen demonstrierten.",
        [("Montag", "2026-03-09", "day"), ("am selben Tag", "2026-03-09", "day")],
    ),
    (
        "en",
        D(2026, 3, 12),
        "On Monday, the government announced a curfew from March 14 to March 20. The same day, "
        "police arrested 30 people.",
        [
            ("Monday", "2026-03-09", "day"),
            ("from March 14 to March 20", "2026-03-14/2026-03-20", "period"),
            ("The same day", "2026-03-09", "day"),
        ],
    ),
    (
        "en",
        D(2026, 3, 12),
        "The festival took place on the last weekend of August 2024. The following month, the "
        "director resigned.",
        [
            ("the last weekend of August 2024", "2024-08-31/2024-09-01", "period"),
            ("The following month", "2024-09", "month"),
        ],
    ),
    ("en", D(2026, 3, 12), "Between 1800 and 2000 people attended the rally.", []),
    ("es", D(2026, 3, 12), "Entre 1500 y 1550 personas marcharon por el centro.", []),
    (
        "en",
        D(2025, 7, 17),
        "Crowds flocked to the beaches on the first weekend of August last year.",
        [("the first weekend of August last year", "2024-08-03/2024-08-04", "period")],
    ),
    (
        "en",
        D(2026, 3, 12),
        "The club rescheduled its annual dinner from Christmas Eve to December 30.",
        [("Christmas Eve", "2025-12-24", "day"), ("December 30", "2025-12-30", "day")],
    ),
    (
        "pt",
        D(2026, 3, 12),
        "Fomos campeões em maio e estivemos em Paris em junho.",
        [("maio", "2025-05", "month"), ("junho", "2025-06", "month")],
    ),
    (
        "pt",
        D(2026, 3, 12),
        "O jogo desta noite entre Benfica e Porto está esgotado. Os concertos desta noite mágica "
        "de 1985 ficaram na memória.",
        [("desta noite", "2026-03-12", "day"), ("1985", "1985", "year")],
    ),
    (
        "es",
        D(2025, 12, 22),
        "Hasta Reyes de 2027 no habrá cambios.",
        [("Reyes de 2027", "2027-01-06", "day")],
    ),
    (
        "es",
        D(2025, 6, 30),
        "No descarta movilizaciones el próximo fin de semana.",
        [("el próximo fin de semana", "2025-07-05/2025-07-06", "period")],
    ),
    (
        "es",
        D(2025, 10, 18),
        "La feria se celebrará el próximo fin de semana.",
        [("el próximo fin de semana", "2025-10-25/2025-10-26", "period")],
    ),
    (
        "es",
        D(2025, 9, 14),
        '"Hoy el lúpulo se paga peor que hace diez años", lamenta.',
        [("Hoy", "2025-09-14", "day"), ("hace diez años", "2015", "year")],
    ),
]


# Round 18 of unseen dispatches, and what a review of round 17's rules found they must not
# do: "the same day in 2020" after a day told is that day, a span of years before a noun
# subject is a span, "esta noite em", "Noël de 11 h à 20 h", a week-long span's next month.
QUOTES_FISCAL_YEARS_AND_NAMES += [
    (
        "en",
        D(2026, 3, 12),
        "He was born on 4 July 1990 and died on the same day in 2020.",
        [("4 July 1990", "1990-07-04", "day"), ("the same day in 2020", "2020-07-04", "day")],
    ),
    (
        "de",
        D(2026, 3, 12),
        "Am 3. März wurden 500 Fälle gemeldet, am selben Tag 1200 neue Fälle.",
        [("3. März", "2026-03-03", "day"), ("am selben Tag", "2026-03-03", "day")],
    ),
    (
        "en",
        D(2026, 3, 12),
        "The city grew tenfold between 1800 and 1950.",
        [("between 1800 and 1950", "1800-01-01/1950-12-31", "period")],
    ),
    (
        "en",
        D(2026, 3, 12),
        "Between 1900 and 2000 people attended the rally.",
        [],
    ),
    (
        "fr",
        D(2026, 3, 12),
        "Entre 2010 et 2020 l'économie a progressé de 20 %.",
        [("Entre 2010 et 2020", "2010-01-01/2020-12-31", "period")],
    ),
    (
        "fr",
        D(2026, 3, 12),
        "Le marché sera ouvert jusqu'à Noël de 11 h à 20 h.",
        [("Noël", "2026-12-25", "day")],
    ),
    (
        "pt",
        D(2026, 3, 12),
        "Portugal joga esta noite em Sevilha frente à Espanha.",
        [("esta noite", "2026-03-12", "day")],
    ),
    (
        "es",
        D(2026, 3, 12),
        "Estábamos en Sevilla en mayo, en plena feria.",
        [("mayo", "2025-05", "month")],
    ),
    (
        "en",
        D(2026, 3, 12),
        "The festival ran from January 29 to February 3. The following month, the director quit.",
        [
            ("from January 29 to February 3", "2026-01-29/2026-02-03", "period"),
            ("The following month", "2026-03", "month"),
        ],
    ),
    (
        "en",
        D(2026, 3, 12),
        "The city moved the market to the main square where it will run from Christmas Eve to "
        "January 6.",
        [("from Christmas Eve to January 6", "2026-12-24/2027-01-06", "period")],
    ),
    (
        "fr",
        D(2026, 1, 2),
        "« La veille du jour de l'An, certains restaurateurs ont payé 1 600 euros », a dit Paul.",
        [("La veille du jour de l'An", "2025-12-31", "day")],
    ),
    (
        "fr",
        D(2025, 11, 22),
        "Le programme sera lancé le lendemain de la Sainte-Catherine.",
        [("le lendemain de la Sainte-Catherine", "2025-11-26", "day")],
    ),
    (
        "fr",
        D(2025, 8, 14),
        "La récolte n'a eu lieu que le 24 juin, contre le 3 juin l'an dernier.",
        [("le 24 juin", "2025-06-24", "day"), ("le 3 juin l'an dernier", "2024-06-03", "day")],
    ),
    (
        "fr",
        D(2025, 8, 14),
        "Le jour de la fête nationale, un orage de grêle avait détruit les cristaux.",
        [("la fête nationale", "2025-07-14", "day")],
    ),
    (
        "en",
        D(2025, 8, 14),
        "The first pups were seen in late June, about a week later than usual.",
        [("late June", "2025-06", "month")],
    ),
    (
        "de",
        D(2025, 11, 22),
        "Bei der vorigen Ausgabe 2022 gewann ein Pole. Am Stephanstag wurde das Teil bestellt.",
        [("2022", "2022", "year"), ("Stephanstag", "2024-12-26", "day")],
    ),
    (
        "es",
        D(2025, 8, 14),
        "Los trabajos se detendrán mañana, festivo de la Asunción.",
        [("mañana", "2025-08-15", "day"), ("festivo de la Asunción", "2025-08-15", "day")],
    ),
    (
        "pt",
        D(2025, 11, 15),
        "O edital será publicado na sexta-feira da próxima semana, logo depois do feriado da "
        "Consciência Negra.",
        [
            ("na sexta-feira da próxima semana", "2025-11-21", "day"),
            ("feriado da Consciência Negra", "2025-11-20", "day"),
        ],
    ),
    (
        "es",
        D(2026, 4, 22),
        "Se votará el viernes de la semana que viene.",
        [("el viernes de la semana que viene", "2026-05-01", "day")],
    ),
    (
        "fr",
        D(2026, 4, 22),
        "Le vote aura lieu le vendredi de la semaine prochaine.",
        [("le vendredi de la semaine prochaine", "2026-05-01", "day")],
    ),
    (
        "fr",
        D(2026, 4, 15),
        "Elle partira en tournée au Japon de fin juin à mi-juillet.",
        [("de fin juin à mi-juillet", "2026-06-01/2026-07-31", "period")],
    ),
    (
        "en",
        D(2026, 4, 15),
        "She will tour Japan from late June to mid-July.",
        [("from late June to mid-July", "2026-06-01/2026-07-31", "period")],
    ),
]


# Round 19 of unseen dispatches, and what a review of round 18's rules found they must not
# do: a span of days before "l'an dernier" stays the span, "cette année-là", a span of
# months after "décalé", a day after the month that closes a span, names that hold holidays.
QUOTES_FISCAL_YEARS_AND_NAMES += [
    (
        "fr",
        D(2026, 3, 12),
        "Du 3 au 5 juin l'an dernier, le salon a accueilli du monde. Le chantier a été suspendu "
        "jusqu'au 15 février l'an dernier. Les employés toucheront une prime pour Noël de 1500 "
        "euros. De janvier à mars 40 000 personnes ont été contrôlées.",
        [
            ("Du 3 au 5 juin l'an dernier", "2025-06-03/2025-06-05", "period"),
            ("15 février l'an dernier", "2025-02-15", "day"),
            ("Noël", "2026-12-25", "day"),
            ("De janvier à mars", "2026-01-01/2026-03-31", "period"),
        ],
    ),
    (
        "fr",
        D(2026, 3, 12),
        "En 1998, le 12 juillet cette année-là, la France a gagné.",
        [
            ("1998", "1998", "year"),
            ("le 12 juillet", "1998-07-12", "day"),
            ("cette année-là", "1998", "year"),
        ],
    ),
    (
        "fr",
        D(2026, 3, 12),
        "Ils se sont mariés à Noël de 2019.",
        [("Noël de 2019", "2019-12-25", "day")],
    ),
    (
        "fr",
        D(2025, 7, 10),
        "La surtaxe appliquée d'octobre 2019 à mars 2021 a pesé. Le festival a été décalé de fin "
        "juin à mi-juillet.",
        [
            ("d'octobre 2019 à mars 2021", "2019-10-01/2021-03-31", "period"),
            ("fin juin", "2025-06", "month"),
            ("mi-juillet", "2025-07", "month"),
        ],
    ),
    (
        "en",
        D(2026, 3, 12),
        "The festival runs from mid-March to April 15, 2026.",
        [("from mid-March to April 15, 2026", "2026-03-01/2026-04-15", "period")],
    ),
    (
        "pt",
        D(2026, 3, 12),
        "Desde a Proclamação da República, o Brasil teve seis constituições. Esta noite de sábado "
        "haverá fogo de artifício.",
        [("sábado", "2026-03-14", "day")],
    ),
    (
        "de",
        D(2026, 3, 12),
        "Die Kirche Mariä Empfängnis wird renoviert. Die Auflage 1500 Stück war schnell "
        "vergriffen.",
        [],
    ),
    (
        "en",
        D(2025, 10, 20),
        "The bell is due to be blessed on the first Sunday of Advent. The shop will be closed on "
        "All Saints' Day.",
        [
            ("the first Sunday of Advent", "2025-11-30", "day"),
            ("All Saints' Day", "2025-11-01", "day"),
        ],
    ),
    (
        "en",
        D(2025, 10, 20),
        "A foundry that has cast church bells since the Thirty Years' War poured a bell.",
        [("the Thirty Years' War", "1618-05-23/1648-10-24", "period")],
    ),
    (
        "de",
        D(2025, 10, 13),
        "Allein aus Gaben zum Erntedankfest kamen vier Tonnen.",
        [("Erntedankfest", "2025-10-05", "day")],
    ),
    (
        "pt",
        D(2026, 2, 12),
        "O sino terá de estar instalado a tempo das festas de São João.",
        [("festas de São João", "2026-06-24", "day")],
    ),
    (
        "es",
        D(2026, 2, 12),
        "Los almacenes están bajo mínimos después de un enero en el que la demanda creció "
        "respecto al mismo mes de 2025.",
        [("enero", "2026-01", "month"), ("mismo mes de 2025", "2025-01", "month")],
    ),
    (
        "es",
        D(2025, 5, 27),
        "Teme que el puente del 15 de agosto se convierta en un caos. Cruzó el Puente 25 de Abril.",
        [("del 15 de agosto", "2025-08-15", "day")],
    ),
    (
        "fr",
        D(2025, 10, 13),
        "Il a découvert ce sport en 2019, avant de remporter deux ans plus tard le championnat de "
        "France.",
        [("2019", "2019", "year"), ("deux ans plus tard", "2021", "year")],
    ),
]


# Round 20 of unseen dispatches, and what a review of round 19's rules found they must not
# do: a span of days with "l'an prochain", "passé" is no verb of moving, "puente 25 de abril".
QUOTES_FISCAL_YEARS_AND_NAMES += [
    (
        "pt",
        D(2026, 5, 1),
        "Em 2024, uma tempestade de granizo a 27/05 destruiu 40% da produção.",
        [("2024", "2024", "year"), ("27/05", "2024-05-27", "day")],
    ),
    (
        "pt",
        D(2025, 12, 24),
        "A companhia parte a 10/01 para Lisboa, depois do feriado de Finados.",
        [("10/01", "2026-01-10", "day"), ("feriado de Finados", "2025-11-02", "day")],
    ),
    (
        "es",
        D(2025, 12, 24),
        "Cuando la mayoría apague la luz esta Nochebuena, el obrador seguirá trabajando.",
        [("esta Nochebuena", "2025-12-24", "day")],
    ),
    (
        "de",
        D(2025, 12, 24),
        "Vom ersten Weihnachtsfeiertag bis einschließlich 28. Dezember bleibt die Backstube kalt. "
        "Am ersten Adventssonntag war viel los.",
        [
            (
                "Vom ersten Weihnachtsfeiertag bis einschließlich 28. Dezember",
                "2025-12-25/2025-12-28",
                "period",
            ),
            ("ersten Adventssonntag", "2025-11-30", "day"),
        ],
    ),
    (
        "es",
        D(2026, 3, 12),
        "Se espera mucho tráfico este puente 1 de mayo.",
        [("1 de mayo", "2026-05-01", "day")],
    ),
    (
        "fr",
        D(2026, 3, 12),
        "Il a passé de janvier à avril à préparer l'expédition.",
        [("de janvier à avril", "2026-01-01/2026-04-30", "period")],
    ),
    (
        "fr",
        D(2026, 3, 12),
        "Du 20 au 25 octobre l'an prochain, le congrès se tiendra à Lyon.",
        [("Du 20 au 25 octobre l'an prochain", "2027-10-20/2027-10-25", "period")],
    ),
]


# ... and what a review of round 20's rules found they must not do.
QUOTES_FISCAL_YEARS_AND_NAMES += [
    (
        "fr",
        D(2026, 3, 12),
        "Du 3 mai au 5 juin l'an dernier, l'usine était à l'arrêt. Les 3 et 4 juin l'an dernier, "
        "le festival a eu lieu.",
        [
            ("Du 3 mai au 5 juin l'an dernier", "2025-05-03/2025-06-05", "period"),
            ("3", "2025-06-03", "day"),
            ("4 juin l'an dernier", "2025-06-04", "day"),
        ],
    ),
    (
        "fr",
        D(2026, 3, 12),
        "À Noël de 2021 à Paris, les restaurants étaient fermés. Le congrès est passé de mars à "
        "mai 2027.",
        [
            ("Noël de 2021", "2021-12-25", "day"),
            ("mars", "2027-03", "month"),
            ("mai 2027", "2027-05", "month"),
        ],
    ),
    ("pt", D(2026, 3, 12), "A participação do Estado subiu a 3/4. O serviço funciona a 24/7.", []),
    (
        "en",
        D(2026, 6, 25),
        "Retailers hope to sell more this Christmas.",
        [("this Christmas", "2026-12-25", "day")],
    ),
    (
        "fr",
        D(2026, 3, 12),
        "La police a interpellé 300 personnes lors des manifestations du 2 au 4 avril.",
        [("du 2 au 4 avril", "2025-04-02/2025-04-04", "period")],
    ),
]


@pytest.mark.parametrize(
    ("lang", "published", "sentence", "expected"), QUOTES_FISCAL_YEARS_AND_NAMES
)
def test_quotes_fiscal_years_and_names(lang, published, sentence, expected):
    assert found_as(sentence, published, lang) == expected


# Round 22 of unseen dispatches: Spanish and Portuguese laws cited with their year
# ("Ley 27/2007, de 23 de octubre"); German numeric dates after "der" and a weekday ("am So.,
# 2.11."), Advent Sundays, "im ganzen September", "Juni des Vorjahres"; verbs of lasting
# ("continuó hasta"); a clause joined by "e" with a subject of its own; holidays of other
# English-speaking countries; "the three months to December"; a fiscal year of one year
# whose first or last day is told. Then what a review found these rules must not do.
LAWS_FISCAL_YEARS_AND_MONTHS_TO = [
    (
        "es",
        D(2026, 1, 18),
        "La Ley 27/2007, de 23 de octubre, reconoció las lenguas de signos. La ley 1/1998, de 23 "
        "de marzo, también.",
        [("23 de octubre", "2007-10-23", "day"), ("23 de marzo", "1998-03-23", "day")],
    ),
    (
        "pt",
        D(2026, 1, 18),
        "O Decreto-Lei n.º 74/2008, de 10 de abril, mudou tudo.",
        [("10 de abril", "2008-04-10", "day")],
    ),
    (
        "de",
        D(2025, 4, 1),
        "Anmeldeschluss ist der 4.4. Im Mai folgt mehr.",
        [("4.4.", "2025-04-04", "day"), ("Mai", "2025-05", "month")],
    ),
    (
        "de",
        D(2025, 10, 20),
        "Die letzte Kontrolle findet am So., 2.11., von 16 bis 18 Uhr statt.",
        [("So., 2.11.", "2025-11-02", "day")],
    ),
    (
        "de",
        D(2025, 12, 24),
        "Die Motive erschienen rechtzeitig vor dem 1. Advent. Am 3. Advent kamen 400 Besucher.",
        [("1. Advent", "2025-11-30", "day"), ("3. Advent", "2025-12-14", "day")],
    ),
    (
        "de",
        D(2025, 10, 20),
        "Wir hatten vergangene Woche doppelt so viele Besucher wie im ganzen September.",
        [
            ("vergangene Woche", "2025-10-13/2025-10-19", "period"),
            ("September", "2025-09", "month"),
        ],
    ),
    (
        "de",
        D(2026, 7, 1),
        "Das seien bereits mehr als im Juni des Vorjahres.",
        [("Juni des Vorjahres", "2025-06", "month")],
    ),
    (
        "de",
        D(2026, 5, 10),
        "Im Mai 2023 lagen die Preise deutlich über dem Niveau vom Juni des Vorjahres.",
        [("Mai 2023", "2023-05", "month"), ("Juni des Vorjahres", "2022-06", "month")],
    ),
    (
        "es",
        D(2025, 10, 20),
        "El año pasado, la campaña continuó hasta mediados de enero.",
        [("El año pasado", "2024", "year"), ("mediados de enero", "2025-01", "month")],
    ),
    (
        "pt",
        D(2025, 10, 20),
        "No ano passado, a campanha manteve-se até meados de janeiro.",
        [("ano passado", "2024", "year"), ("meados de janeiro", "2025-01", "month")],
    ),
    (
        "pt",
        D(2026, 1, 18),
        "A entrega da petição está marcada para as 15h00 de terça-feira e a AILGP convocou uma "
        "concentração.",
        [("terça-feira", "2026-01-20", "day")],
    ),
    (
        "en",
        D(2026, 4, 1),
        "He had lost six shearers since Waitangi Day alone. Victoria Day is a holiday in Canada.",
        [("Waitangi Day", "2026-02-06", "day")],
    ),
    (
        "en",
        D(2026, 4, 1),
        "Volumes fell 9% in the three months to December. Prices rose 3% in the 12 months to "
        "March 2026.",
        [
            ("the three months to December", "2025-10-01/2025-12-31", "period"),
            ("the 12 months to March 2026", "2025-04-01/2026-03-31", "period"),
        ],
    ),
    (
        "en",
        D(2026, 1, 20),
        "Economists expect growth of 0.3% in the three months to March.",
        [("the three months to March", "2026-01-01/2026-03-31", "period")],
    ),
    (
        "en",
        D(2026, 7, 10),
        "The company will report results for the three months to June on Thursday.",
        [
            ("the three months to June", "2026-04-01/2026-06-30", "period"),
            ("Thursday", "2026-07-16", "day"),
        ],
    ),
    (
        "en",
        D(2025, 12, 24),
        "Federal money covered 40% of its budget for the 2026 fiscal year, which began Oct. 1.",
        [("2026", "2025-10-01/2026-09-30", "period"), ("Oct. 1", "2025-10-01", "day")],
    ),
    (
        "en",
        D(2025, 12, 24),
        "The company lost money in fiscal 2025, which ended June 30. It made money in fiscal "
        "2024, which ended Dec. 31, 2024.",
        [
            ("fiscal 2025", "2024-07-01/2025-06-30", "period"),
            ("June 30", "2025-06-30", "day"),
            ("fiscal 2024", "2024", "year"),
            ("Dec. 31, 2024", "2024-12-31", "day"),
        ],
    ),
    (
        "de",
        D(2025, 12, 24),
        "Das Geschäftsjahr 2025, das Ende September endete, war schwach.",
        [
            ("Geschäftsjahr 2025", "2024-10-01/2025-09-30", "period"),
            ("Ende September", "2025-09", "month"),
        ],
    ),
    (
        "en",
        D(2026, 3, 29),
        "Unemployment rose in January, when seasonal jobs are cut after the holidays.",
        [("January", "2026-01", "month")],
    ),
    (
        "en",
        D(2026, 2, 14),
        "On Monday, Smith, who wants to run for mayor, resigned from the council.",
        [("Monday", "2026-02-09", "day")],
    ),
    (
        "pt",
        D(2026, 1, 18),
        "O clube confirmou que o jogo se realiza no sábado e o treinador vai poupar jogadores.",
        [("sábado", "2026-01-24", "day")],
    ),
    (
        "en",
        D(2026, 1, 14),
        "He told reporters that the vote is in March and Congress will then decide.",
        [("March", "2026-03", "month")],
    ),
    (
        "es",
        D(2025, 12, 10),
        "El plazo de inscripción se extendió hasta el 15 de enero.",
        [("el 15 de enero", "2026-01-15", "day")],
    ),
    (
        "fr",
        D(2025, 12, 10),
        "La vigilance orange s'est prolongée jusqu'à jeudi matin, selon Météo-France.",
        [("jeudi matin", "2025-12-11", "day")],
    ),
    (
        "es",
        D(2026, 1, 18),
        "Según la Directiva 2019/1937, de 23 de octubre, los Estados deben proteger a los "
        "denunciantes.",
        [("23 de octubre", "2025-10-23", "day")],
    ),
    (
        "de",
        D(2026, 1, 10),
        "Im Dezember stiegen die Preise um 2,5 Prozent gegenüber Dezember des Vorjahres.",
        [("Dezember", "2025-12", "month"), ("Dezember des Vorjahres", "2024-12", "month")],
    ),
    (
        "en",
        D(2025, 5, 1),
        "Victoria Day, a spokeswoman for the hospital, said the ward was closed.",
        [],
    ),
    (
        "en",
        D(2026, 4, 1),
        "Sales rose in the six months to Sept. 30. The 40 months to May were the warmest on "
        "record.",
        [
            ("Sept. 30", "2025-09-30", "day"),
            ("The 40 months to May", "2022-02-01/2025-05-31", "period"),
        ],
    ),
    (
        "en",
        D(2025, 12, 24),
        "The shutdown, which began Oct. 1 when fiscal 2026 started, ended Nov. 12.",
        [
            ("Oct. 1", "2025-10-01", "day"),
            ("fiscal 2026", "2026", "year"),
            ("Nov. 12", "2025-11-12", "day"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("lang", "published", "sentence", "expected"), LAWS_FISCAL_YEARS_AND_MONTHS_TO
)
def test_laws_fiscal_years_and_months_to(lang, published, sentence, expected):
    assert found_as(sentence, published, lang) == expected


# Rounds 23 and 24 of unseen dispatches, and what reviews found these rules must not do: a
# capitalised date after "feriado de", "celebrações do", "défilé du" is the day's holiday (a
# capitalised date alone is as often a name or an event: "os atentados do 11 de Setembro",
# "Avenida 24 de Julho"); "passé Noël"; "por primera vez en siete décadas" is no date ("otra
# vez en dos semanas" is); "No próximo domingo (28)"; "für Samstag, 11.10."; "am nächsten
# Morgen"; "seit Sonntagmorgen" is past whatever the verb; "N days after <event>" in Spanish
# and Portuguese dates the event told in its sentence, not after "and" (but in a chain of
# counts); comparisons ("mais tarde do que", "antes que el año pasado") and "will last a
# hundred years" are no dates; "BRUXELLES 16/07 (BELGA)"; "the overnight rate" is no date,
# "the overnight attack" is; a list after a colon keeps its own tense.
HOLIDAY_DATES_AND_EVENTS = [
    (
        "pt",
        D(2025, 6, 30),
        "O secretário visitou o distrito nas celebrações do 10 de Junho. Desde o feriado de 7 de "
        "Setembro, nada mudou.",
        [("10 de Junho", "2025-06-10", "day"), ("7 de Setembro", "2024-09-07", "day")],
    ),
    (
        "pt",
        D(2025, 9, 15),
        "Os atentados do 11 de Setembro mudaram tudo. O jornal O Primeiro de Janeiro fechou. Só "
        "depois do 25 de Abril a obra foi exposta na Avenida 24 de Julho.",
        [],
    ),
    ("fr", D(2025, 3, 3), "On a passé Noël en famille.", [("Noël", "2024-12-25", "day")]),
    (
        "es",
        D(2025, 3, 10),
        "Se reunirá otra vez en dos semanas. Por primera vez en casi siete décadas, el molino "
        "molió trigo.",
        [("en dos semanas", "2025-03-24", "day")],
    ),
    (
        "pt",
        D(2025, 9, 20),
        "Pela primeira vez em dez anos, o clube ganhou. No próximo domingo (28), a entidade "
        "promove um encontro.",
        [("No próximo domingo (28)", "2025-09-28", "day")],
    ),
    (
        "de",
        D(2025, 9, 20),
        "Ein Einweihungsfest plant der Verein für Samstag, 11.10., also in genau drei Wochen.",
        [("Samstag, 11.10.", "2025-10-11", "day"), ("in genau drei Wochen", "2025-10-11", "day")],
    ),
    (
        "de",
        D(2025, 12, 24),
        "Wir haben am Montag die Abnahme bekommen und am nächsten Morgen die Antennen hochgezogen.",
        [("Montag", "2025-12-22", "day"), ("am nächsten Morgen", "2025-12-23", "day")],
    ),
    (
        "de",
        D(2025, 5, 20),
        "Der Mann wird seit Sonntagmorgen in Traunstein behandelt.",
        [("Sonntagmorgen", "2025-05-18", "day")],
    ),
    (
        "es",
        D(2025, 12, 27),
        "El regreso a Ushuaia está previsto para el 13 de enero, dos días después del cierre de "
        "la operación.",
        [("el 13 de enero", "2026-01-13", "day"), ("dos días después", "2026-01-13", "day")],
    ),
    (
        "pt",
        D(2026, 3, 16),
        "O tráfego só foi normalizado na quarta-feira, dois dias depois da interdição.",
        [("quarta-feira", "2026-03-11", "day"), ("dois dias depois", "2026-03-11", "day")],
    ),
    (
        "es",
        D(2025, 3, 10),
        "El incendio comenzó el 2 de marzo y dos días después del inicio del fuego fue controlado.",
        [("el 2 de marzo", "2025-03-02", "day"), ("dos días después", "2025-03-04", "day")],
    ),
    ("pt", D(2025, 7, 16), "Eles estão casados há 30 anos.", [("há 30 anos", None, "vague")]),
    (
        "en",
        D(2025, 6, 10),
        "The vote was held on Sunday, 10 days after the attack and two days after the televised "
        "debate.",
        [
            ("Sunday", "2025-06-08", "day"),
            ("10 days after", "2025-06-08", "day"),
            ("two days after", "2025-06-08", "day"),
        ],
    ),
    (
        "en",
        D(2025, 6, 10),
        "The fire broke out on June 2 near Halifax, Nova Scotia, and two days after the blaze "
        "began it was contained.",
        [("June 2", "2025-06-02", "day"), ("two days after", "2025-06-04", "day")],
    ),
    (
        "es",
        D(2026, 5, 1),
        "El viernes, dos días antes que se celebrara la votación, hubo protestas.",
        [("El viernes", "2026-05-01", "day"), ("dos días antes", "2026-05-01", "day")],
    ),
    (
        "en",
        D(2026, 2, 12),
        "Production is back to previous years' levels. Monday's overnight strikes hours after the "
        "truce killed 12.",
        [
            ("previous years", None, "vague"),
            ("Monday's", "2026-02-09", "day"),
            ("overnight", "2026-02-12", "day"),
        ],
    ),
    ("fr", D(2025, 7, 16), "Un choc OM 2/10 (DAZN) ce soir.", [("ce soir", "2025-07-16", "day")]),
    (
        "pt",
        D(2025, 7, 16),
        "As equipas começaram no início de junho, quase três semanas mais tarde do que em 2024.",
        [("no início de junho", "2025-06", "month"), ("2024", "2024", "year")],
    ),
    (
        "es",
        D(2026, 5, 1),
        "La campaña arranca el próximo lunes, una semana antes que el año pasado.",
        [("el próximo lunes", "2026-05-04", "day"), ("el año pasado", "2025", "year")],
    ),
    (
        "en",
        D(2025, 5, 13),
        '"People want something made by hand that will last a hundred years," said Owen.',
        [],
    ),
    (
        "fr",
        D(2025, 7, 16),
        "BRUXELLES 16/07 (BELGA) - L'Institut royal météorologique ne lâchera plus qu'un ballon.",
        [("16/07", "2025-07-16", "day")],
    ),
    (
        "en",
        D(2026, 1, 2),
        "Friday is Berchtold's Day, a public holiday. Crews worked through Portugal Day.",
        [
            ("Friday", "2026-01-02", "day"),
            ("Berchtold's Day", "2026-01-02", "day"),
            ("Portugal Day", "2025-06-10", "day"),
        ],
    ),
    (
        "fr",
        D(2025, 7, 20),
        "Le défilé du 14 Juillet a eu lieu sous la pluie. Les chrétiens d'Irak ont fêté Noël sous "
        "haute sécurité.",
        [("14 Juillet", "2025-07-14", "day"), ("Noël", "2024-12-25", "day")],
    ),
    ("es", D(2025, 3, 10), "Por segunda vez en tres años, el banco subirá los tipos.", []),
    (
        "en",
        D(2026, 2, 12),
        "Russia's overnight drone attack on Kyiv killed 12. The overnight lending rate was cut. "
        "Europe's overnight network shrank.",
        [("overnight", "2026-02-12", "day")],
    ),
    (
        "es",
        D(2025, 6, 30),
        "El tribunal juzgará dos episodios: el robo del 3 de marzo y el incendio del 12 de abril.",
        [("del 3 de marzo", "2025-03-03", "day"), ("del 12 de abril", "2025-04-12", "day")],
    ),
]


@pytest.mark.parametrize(("lang", "published", "sentence", "expected"), HOLIDAY_DATES_AND_EVENTS)
def test_holiday_dates_and_events(lang, published, sentence, expected):
    assert found_as(sentence, published, lang) == expected


# Rounds 25 and 26 of unseen dispatches, and what a review found these rules must not do:
# "the following weekend" after a day from Monday to Thursday is that week's (after a
# Friday, the next: "on Friday, Feb. 6, and Italy the following weekend"); a holiday or
# month quoted with no tense of its own is not put in the past by the verb of saying
# ('"Queremos ... antes da Páscoa", afirmou'), but a weekday still is ('"Saturday night,
# total chaos," the witness said'); a weekday right after a week to come is that week's
# ("next week, probably on Wednesday"; not after a past week: "Der Streik begann vergangene
# Woche, am Montag weitete er sich aus"); "la víspera del 9 de julio", "la veille du 14
# Juillet", "la víspera de Reyes"; "dans la foulée de Noël" ("dans la foulée de la crise"
# is no date); Easter and Pentecost weekends; "RIO DE JANEIRO" and "poisson d'avril" are
# no dates ("poissons d'avril à juin" are); "vom März" ("vom Juni bis August" is one span);
# "10-11 janvier"; "the first Monday in March"; "am Morgen danach"; Spanish nouns in
# -ería after an article are no conditional verbs ("una avería").
WEEKENDS_QUOTED_HOLIDAYS_AND_NTH_WEEKDAYS = [
    (
        "pt",
        D(2025, 12, 31),
        "Lojistas relataram movimento recorde na véspera de Natal e no fim de semana seguinte.",
        [
            ("na véspera de Natal", "2025-12-24", "day"),
            ("fim de semana seguinte", "2025-12-27/2025-12-28", "period"),
        ],
    ),
    (
        "en",
        D(2026, 3, 12),
        "England play Ireland on Friday, Feb. 6, and Italy the following weekend. Police arrested "
        "him on Wednesday and he was released the following weekend.",
        [
            ("Friday, Feb. 6", "2026-02-06", "day"),
            ("the following weekend", "2026-02-14/2026-02-15", "period"),
            ("Wednesday", "2026-03-11", "day"),
            ("the following weekend", "2026-03-14/2026-03-15", "period"),
        ],
    ),
    (
        "pt",
        D(2026, 3, 15),
        '"Queremos ter os painéis em segurança antes da Páscoa", afirmou na semana passada a '
        "vereadora.",
        [("Páscoa", "2026-04-05", "day"), ("semana passada", "2026-03-02/2026-03-08", "period")],
    ),
    (
        "es",
        D(2025, 9, 22),
        '"Queremos que en Navidad todo esté funcionando", afirmó el secretario. "Hace dos años ya '
        'advertimos de esto", señaló.',
        [("Navidad", "2025-12-25", "day"), ("Hace dos años", "2023", "year")],
    ),
    (
        "en",
        D(2026, 3, 12),
        '"Saturday night, total chaos," the witness told reporters.',
        [("Saturday night", "2026-03-07", "day")],
    ),
    (
        "de",
        D(2025, 12, 31),
        "Ein Treffen ist für nächste Woche angesetzt, voraussichtlich am Mittwoch.",
        [("nächste Woche", "2026-01-05/2026-01-11", "period"), ("Mittwoch", "2026-01-07", "day")],
    ),
    (
        "en",
        D(2025, 12, 31),
        "A meeting is set for next week, probably on Wednesday.",
        [("next week", "2026-01-05/2026-01-11", "period"), ("Wednesday", "2026-01-07", "day")],
    ),
    (
        "de",
        D(2026, 3, 12),
        "Der Streik begann vergangene Woche, am Montag weitete er sich aus.",
        [("vergangene Woche", "2026-03-02/2026-03-08", "period"), ("Montag", "2026-03-09", "day")],
    ),
    (
        "en",
        D(2026, 3, 12),
        "The law, passed last week, takes effect Monday.",
        [("last week", "2026-03-02/2026-03-08", "period"), ("Monday", "2026-03-16", "day")],
    ),
    (
        "es",
        D(2026, 3, 15),
        "Planea un concierto la víspera del 25 de Mayo y otro la víspera del 9 de julio.",
        [
            ("la víspera del 25 de Mayo", "2026-05-24", "day"),
            ("la víspera del 9 de julio", "2026-07-08", "day"),
        ],
    ),
    (
        "es",
        D(2026, 1, 22),
        "Los pastores notaron una humedad anómala la víspera de Reyes. Hace dos años, una avería "
        "en la ventilación obligó a desechar 3.000 quesos.",
        [("la víspera de Reyes", "2026-01-05", "day"), ("Hace dos años", "2024", "year")],
    ),
    (
        "fr",
        D(2026, 4, 1),
        "Il est mort la veille du 14 Juillet. La fédération profitera du week-end de Pâques.",
        [
            ("la veille du 14 Juillet", "2025-07-13", "day"),
            ("week-end de Pâques", "2026-04-04/2026-04-05", "period"),
        ],
    ),
    (
        "fr",
        D(2025, 12, 31),
        "Un tiers des dons est arrivé dans la foulée de Noël. Trois scieries avaient fermé dans "
        "la foulée de la crise. Il a été arrêté le 3 mars et dans la foulée, la police a "
        "perquisitionné.",
        [
            ("Noël", "2025-12-25", "day"),
            ("le 3 mars", "2025-03-03", "day"),
            ("dans la foulée", "2025-03-03", "day"),
        ],
    ),
    (
        "pt",
        D(2025, 9, 22),
        "(ANSA) - RIO DE JANEIRO, 22 SET - A concessionária opera o metrô do Rio de Janeiro.",
        [("22 SET", "2025-09-22", "day")],
    ),
    (
        "fr",
        D(2026, 4, 1),
        "PAU, 1er avr. 2026 (AFP) - Ce n'est pas un poisson d'avril : le GR 10 rouvre. Les prises "
        "de poissons d'avril à juin ont baissé.",
        [
            ("1er avr. 2026", "2026-04-01", "day"),
            ("d'avril à juin", "2025-04-01/2025-06-30", "period"),
        ],
    ),
    (
        "de",
        D(2025, 12, 31),
        "Ein Gutachten vom März hatte ergeben, dass jede dritte Rolltreppe alt ist. Die Baustelle "
        "dauert vom Juni bis August.",
        [("März", "2025-03", "month"), ("vom Juni bis August", "2025-06-01/2025-08-31", "period")],
    ),
    (
        "es",
        D(2026, 3, 1),
        "Abrirán el fin de semana de Pascua.",
        [("el fin de semana de Pascua", "2026-04-04/2026-04-05", "period")],
    ),
    (
        "fr",
        D(2026, 1, 7),
        "Les visites s'arrêteront après le week-end du 10-11 janvier. Le score de 3-1 mars ne "
        "veut rien dire.",
        [("10-11 janvier", "2026-01-10/2026-01-11", "period")],
    ),
    (
        "en",
        D(2026, 1, 22),
        "Fish houses must be off the ice by the first Monday in March. The race is run on the "
        "third Monday of April.",
        [
            ("the first Monday in March", "2026-03-02", "day"),
            ("the third Monday of April", "2026-04-20", "day"),
        ],
    ),
    (
        "fr",
        D(2026, 1, 22),
        "L'élection aura lieu le premier dimanche de mars.",
        [("le premier dimanche de mars", "2026-03-01", "day")],
    ),
    (
        "de",
        D(2026, 1, 22),
        "Die Behörde gab das Eis am 20. Januar frei. Bereits am Morgen danach standen Dutzende "
        "Eisangler auf der Fläche.",
        [("20. Januar", "2026-01-20", "day"), ("am Morgen danach", "2026-01-21", "day")],
    ),
]


@pytest.mark.parametrize(
    ("lang", "published", "sentence", "expected"), WEEKENDS_QUOTED_HOLIDAYS_AND_NTH_WEEKDAYS
)
def test_weekends_quoted_holidays_and_nth_weekdays(lang, published, sentence, expected):
    assert found_as(sentence, published, lang) == expected


# Round 27 of unseen dispatches and reviews of the rules above: two decades joined are one span, in
# either order if next to each other ("between the 1950s and the 1970s", "las décadas de 1950 y
# 1960", "den 1970er- und 1980er-Jahren"); only a quotation that opens its sentence (after a
# dateline, if any: "BRASÍLIA - ", not "Her verdict — ") and is followed by a verb of saying loses
# that verb's past ('The "Christmas truce" collapsed', '"Christmas in a shelter," she recalled' stay
# past); a weekday after a week to come is not that week's when possessive or followed by a past
# verb ("Tuesday's statement said"), but an attribution after a comma does not count; Spanish nouns
# in -oría are no conditionals ("la mayoría absoluta el domingo"), nor nouns in -ería after "la"
# ("La peluquería el sábado"); "MACAEL (ALMERÍA), 10 (EUROPA PRESS)"; Saint Nicholas Day; Dia dos
# Fiéis Defuntos.
DECADE_SPANS_AND_REVIEW_FIXES = [
    (
        "en",
        D(2026, 1, 22),
        "Most closed between the 1950s and the 1970s. From the 1920s to the 1960s, it grew.",
        [
            ("between the 1950s and the 1970s", "1950-01-01/1979-12-31", "period"),
            ("From the 1920s to the 1960s", "1920-01-01/1969-12-31", "period"),
        ],
    ),
    (
        "es",
        D(2026, 1, 22),
        "Creció entre las décadas de 1950 y 1970. Los años setenta y ochenta fueron duros.",
        [
            ("entre las décadas de 1950 y 1970", "1950-01-01/1979-12-31", "period"),
            ("Los años setenta y ochenta", "1970-01-01/1989-12-31", "period"),
        ],
    ),
    (
        "pt",
        D(2026, 1, 22),
        "Nas décadas de 1950 e 1960 o setor cresceu. Os anos 80 e 90 foram bons.",
        [
            ("Nas décadas de 1950 e 1960", "1950-01-01/1969-12-31", "period"),
            ("Os anos 80 e 90", "1980-01-01/1999-12-31", "period"),
        ],
    ),
    (
        "fr",
        D(2026, 1, 22),
        "Entre les années 1950 et 1970, la ville a grandi. Des années 1960 aux années 1980, rien.",
        [
            ("Entre les années 1950 et 1970", "1950-01-01/1979-12-31", "period"),
            ("Des années 1960 aux années 1980", "1960-01-01/1989-12-31", "period"),
        ],
    ),
    (
        "de",
        D(2026, 1, 22),
        "Viele Anlagen stammen aus den 1970er- und 1980er-Jahren.",
        [("den 1970er- und 1980er-Jahren", "1970-01-01/1989-12-31", "period")],
    ),
    (
        "en",
        D(2024, 3, 12),
        "The comparison between the 1970s and the 1960s shows a sharp drop. The Russell 2000 fell "
        "1.2%.",
        [("between the 1970s and the 1960s", "1960-01-01/1979-12-31", "period")],
    ),
    (
        "es",
        D(2024, 11, 20),
        'Madrid, 20 nov (EFE).- "Antes de Navidad, nada", dijo el ministro.',
        [("20 nov", "2024-11-20", "day"), ("Navidad", "2024-12-25", "day")],
    ),
    (
        "es",
        D(2024, 3, 13),
        "El Gobierno aprobará la ley la próxima semana, probablemente el miércoles, informaron "
        "fuentes del Gobierno. La peluquería el sábado estuvo cerrada.",
        [
            ("la próxima semana", "2024-03-18/2024-03-24", "period"),
            ("el miércoles", "2024-03-20", "day"),
            ("el sábado", "2024-03-09", "day"),
        ],
    ),
    (
        "es",
        D(2024, 6, 20),
        "El Gobierno ultima la reforma y la aprobaría en marzo.",
        [("marzo", "2025-03", "month")],
    ),
    (
        "es",
        D(2024, 3, 12),
        "La ciudad creció mucho entre los años 80 y 90.",
        [("los años 80 y 90", "1980-01-01/1999-12-31", "period")],
    ),
    (
        "en",
        D(2024, 11, 20),
        'Her verdict — "the worst Christmas in memory" — left retailers reeling.',
        [("Christmas", "2023-12-25", "day")],
    ),
    (
        "pt",
        D(2024, 11, 20),
        'BRASÍLIA - "No Natal, todos em casa", disse o presidente.',
        [("Natal", "2024-12-25", "day")],
    ),
    (
        "es",
        D(2024, 3, 10),
        "CORNELLÀ DE LLOBREGAT (BARCELONA), 10 (EUROPA PRESS) El club anunció su fichaje.",
        [("10", "2024-03-10", "day")],
    ),
    ("es", D(2024, 3, 12), "Carlos Alcaraz (ESP), 2 (ATP) se impuso en la final.", []),
    (
        "fr",
        D(2024, 3, 12),
        "Le vide-grenier se tient le premier dimanche de mai 7h-18h.",
        [("le premier dimanche de mai", "2024-05-05", "day")],
    ),
    (
        "en",
        D(2026, 11, 20),
        'The "Christmas truce" collapsed within hours.',
        [("Christmas", "2025-12-25", "day")],
    ),
    (
        "en",
        D(2026, 11, 28),
        '"Christmas in a bomb shelter," Olena, 34, recalled.',
        [("Christmas", "2025-12-25", "day")],
    ),
    (
        "pt",
        D(2026, 2, 10),
        "«Antes da Páscoa», prometeu o ministro.",
        [("Páscoa", "2026-04-05", "day")],
    ),
    (
        "en",
        D(2026, 2, 4),
        "The talks will resume next week, Tuesday's statement said.",
        [("next week", "2026-02-09/2026-02-15", "period"), ("Tuesday's", "2026-02-03", "day")],
    ),
    (
        "de",
        D(2026, 2, 4),
        "Der Bundestag stimmt nächste Woche ab, am Montag hatte der Ausschuss zugestimmt.",
        [("nächste Woche", "2026-02-09/2026-02-15", "period"), ("Montag", "2026-02-02", "day")],
    ),
    (
        "es",
        D(2026, 2, 11),
        "El PP obtuvo la mayoría absoluta el domingo.",
        [("el domingo", "2026-02-08", "day")],
    ),
    (
        "es",
        D(2026, 2, 10),
        "MACAEL (ALMERÍA), 10 (EUROPA PRESS) Las canteras reanudan la actividad. María López "
        "(PSOE), 28 años, habló.",
        [("10", "2026-02-10", "day")],
    ),
    (
        "en",
        D(2026, 1, 3),
        "For small houses, the season began with Saint Nicholas Day.",
        [("Saint Nicholas Day", "2025-12-06", "day")],
    ),
    (
        "pt",
        D(2025, 11, 1),
        "Para amanhã, Dia dos Fiéis Defuntos, espera-se muito trânsito.",
        [("amanhã", "2025-11-02", "day"), ("Dia dos Fiéis Defuntos", "2025-11-02", "day")],
    ),
]


@pytest.mark.parametrize(
    ("lang", "published", "sentence", "expected"), DECADE_SPANS_AND_REVIEW_FIXES
)
def test_decade_spans_and_review_fixes(lang, published, sentence, expected):
    assert found_as(sentence, published, lang) == expected


# What the reviews of rounds 25 to 27 found the rules above must not do: a past verb that
# announces a span keeps it ahead ("voted to close the pool from January to March"); a past
# week does not hold the weekday after it ("waren letzte Woche gescheitert, am Montag..."); a
# verbless quotation keeps the past of its verb of saying for a weekday; "marcou para o dia
# 3 ..., que foi adiada" is a day gone by; a name in quotation marks keeps the past of the
# verb after it ('"Christmas truce" collapsed').
WHAT_REVIEWS_FOUND = [
    (
        "en",
        D(2025, 12, 20),
        "The council voted to close the pool from January to March.",
        [("from January to March", "2026-01-01/2026-03-31", "period")],
    ),
    (
        "de",
        D(2026, 3, 12),
        "Die Gespräche waren letzte Woche gescheitert, am Montag wurden sie wieder aufgenommen.",
        [("letzte Woche", "2026-03-02/2026-03-08", "period"), ("Montag", "2026-03-09", "day")],
    ),
    (
        "es",
        D(2026, 3, 12),
        '"El sábado, tres muertos y nadie reacciona", denunció el alcalde.',
        [("El sábado", "2026-03-07", "day")],
    ),
    (
        "pt",
        D(2026, 3, 12),
        "O tribunal marcou para o dia 3 a leitura da sentença, que foi adiada.",
        [("dia 3", "2026-03-03", "day")],
    ),
    (
        "en",
        D(2024, 11, 20),
        '"Christmas truce" collapsed within hours as shelling resumed.',
        [("Christmas", "2023-12-25", "day")],
    ),
]


@pytest.mark.parametrize(("lang", "published", "sentence", "expected"), WHAT_REVIEWS_FOUND)
def test_what_reviews_found(lang, published, sentence, expected):
    assert found_as(sentence, published, lang) == expected


# Stop 16 (rounds 28 and 29): German calendar weeks and quarters of "dieses Jahres"; years
# after a noun and its determiner before a participle; holidays of Austria and Black Friday
# everywhere; "dentro de N" after a past verb far from it; the French conditional as a future
# in the past; a negated past before "until"; German quotations in »...«; quoted statements
# lend no tense to their sentence; codes, places and names that are no dates.
CALENDAR_WEEKS_NAMES_AND_REPORTED_COUNTS = [
    (
        "de",
        D(2026, 1, 2),
        "Das Wiederauslegen der Tonnen ist frühestens für KW 3 geplant.",
        [("KW 3", "2026-01-12/2026-01-18", "period")],
    ),
    (
        "de",
        D(2026, 1, 2),
        "Die Lieferung folgt in KW 12/2026, die Montage in der 14. Kalenderwoche.",
        [
            ("KW 12/2026", "2026-03-16/2026-03-22", "period"),
            ("der 14. Kalenderwoche", "2026-03-30/2026-04-05", "period"),
        ],
    ),
    (
        "de",
        D(2025, 6, 16),
        "Im ersten Quartal dieses Jahres lag das Plus bei drei Prozent, im dritten Quartal des "
        "Vorjahres bei einem.",
        [
            ("ersten Quartal dieses Jahres", "2025-01-01/2025-03-31", "period"),
            ("dritten Quartal des Vorjahres", "2024-07-01/2024-09-30", "period"),
        ],
    ),
    (
        "de",
        D(2025, 12, 24),
        "Sein Großvater hatte das Geschäft 1907 eröffnet.",
        [("1907", "1907", "year")],
    ),
    (
        "de",
        D(2026, 6, 13),
        "Als der Verband 1969 gegründet wurde, zählte er 48 Mitglieder.",
        [("1969", "1969", "year")],
    ),
    (
        "de",
        D(2025, 12, 24),
        "Seit Maria Empfängnis nimmt er keine Aufträge an, am Stefanitag fährt er nach Salzburg.",
        [("Maria Empfängnis", "2025-12-08", "day"), ("Stefanitag", "2025-12-26", "day")],
    ),
    (
        "de",
        D(2026, 1, 2),
        "Die «Greif» befreite beide Schiffe am Neujahrsmorgen.",
        [("Neujahrsmorgen", "2026-01-01", "day")],
    ),
    (
        "pt",
        D(2025, 12, 24),
        "Na Black Friday, uma única empresa do setor registrou 12 mil pedidos.",
        [("Black Friday", "2025-11-28", "day")],
    ),
    (
        "es",
        D(2025, 6, 16),
        "El Ayuntamiento ha encargado una primera revisión del estado del pecio dentro de tres "
        "semanas.",
        [("dentro de tres semanas", "2025-07-07", "day")],
    ),
    (
        "fr",
        D(2026, 1, 2),
        "Le cabinet du ministre a indiqué vendredi qu'il recevrait les représentants du secteur "
        "lundi.",
        [("vendredi", "2026-01-02", "day"), ("lundi", "2026-01-05", "day")],
    ),
    (
        "en",
        D(2026, 1, 2),
        "Last winter the restrictions were not needed until Feb. 10.",
        [("Last winter", "2024-12-01/2025-02-28", "period"), ("Feb. 10", "2025-02-10", "day")],
    ),
    (
        "es",
        D(2026, 1, 2),
        "El puente no reabrió hasta el 3 de marzo.",
        [("el 3 de marzo", "2025-03-03", "day")],
    ),
    (
        "en",
        D(2026, 1, 2),
        "The rules will be reviewed on Jan. 9 and could be extended to Vaasa the week after.",
        [("Jan. 9", "2026-01-09", "day"), ("the week after", "2026-01-12/2026-01-18", "period")],
    ),
    (
        "de",
        D(2025, 10, 16),
        "»Wir haben alle Brenner zurückgerufen«, sagte die Geschäftsführerin am Mittwochabend. "
        "»Heute Morgen sind die ersten Geräte eingetroffen.«",
        [("Mittwochabend", "2025-10-15", "day"), ("Heute Morgen", "2025-10-15", "day")],
    ),
    (
        "fr",
        D(2026, 2, 12),
        "« Je ne peux pas le refaire avant Pâques, les clients ne suivraient pas », confie une "
        "boulangère, jointe mercredi par l'AFP.",
        [("Pâques", "2026-04-05", "day"), ("mercredi", "2026-02-11", "day")],
    ),
    (
        "en",
        D(2025, 6, 16),
        '"We told the council this was coming," an inspector said at a rally outside City Hall on '
        "Friday.",
        [("Friday", "2025-06-13", "day")],
    ),
    (
        "es",
        D(2026, 1, 2),
        "La normativa, recogida en la Directiva 2014/33/UE, obliga a los propietarios.",
        [],
    ),
    (
        "en",
        D(2026, 3, 15),
        "Members will store the saffron in a warehouse on 25th March Street until mid-May.",
        [("mid-May", "2026-05", "month")],
    ),
    (
        "fr",
        D(2026, 3, 15),
        "Le safran avait presque disparu dans l'entre-deux-guerres.",
        [("l'entre-deux-guerres", "1918-11-11/1939-09-01", "period")],
    ),
    (
        "en",
        D(2025, 12, 30),
        "The mint produced a small run of 50p pieces between January and March this year.",
        [("between January and March this year", "2025-01-01/2025-03-31", "period")],
    ),
    (
        "es",
        D(2025, 12, 30),
        "La fábrica reabrirá tras la festividad de Reyes y aspira a cerrar antes de Sant Joan un "
        "contrato.",
        [("Reyes", "2026-01-06", "day"), ("Sant Joan", "2026-06-24", "day")],
    ),
    (
        "es",
        D(2026, 1, 1),
        "Las ventas del sector cayeron en 2025 un 2,1 % menos que el ejercicio anterior.",
        [("2025", "2025", "year"), ("el ejercicio anterior", "2024", "year")],
    ),
    (
        "de",
        D(2025, 12, 30),
        "In Umlauf kommt die Münze vom 29. Januar an, in Hamburg wird sie in der übernächsten "
        "Woche präsentiert.",
        [
            ("29. Januar", "2026-01-29", "day"),
            ("der übernächsten Woche", "2026-01-12/2026-01-18", "period"),
        ],
    ),
    (
        "pt",
        D(2026, 5, 16),
        '"Há três anos a gente vendia um balão por semana", disse.',
        [("Há três anos", "2023", "year")],
    ),
    (
        "pt",
        D(2026, 3, 9),
        '"Há quatro anos que vivemos com isto. Ontem à noite a casa voltou a abanar", contou.',
        [("Há quatro anos", None, "vague"), ("Ontem à noite", "2026-03-08", "day")],
    ),
    (
        "fr",
        D(2025, 12, 30),
        "Une pièce sera consacrée aux Jeux olympiques d'hiver de 2030.",
        [("2030", "2030", "year")],
    ),
    (
        "pt",
        D(2025, 12, 24),
        "Os entregadores enfrentam nesta véspera de Natal a jornada mais intensa.",
        [("nesta véspera de Natal", "2025-12-24", "day")],
    ),
]


@pytest.mark.parametrize(
    ("lang", "published", "sentence", "expected"), CALENDAR_WEEKS_NAMES_AND_REPORTED_COUNTS
)
def test_calendar_weeks_names_and_reported_counts(lang, published, sentence, expected):
    assert found_as(sentence, published, lang) == expected


# What the reviews of stop 16 found the rules above must not do: "dentro de N" right after
# its past verb is "within", and words reported from long ago count from then; German names
# and numbers before a participle ("Agenda 2010", "Resolution 1701", "Windows 2000"); church
# names and lower-case "heiliger Abend"; "was coming" in reported speech is a future; "St."
# is Saint; "2010-2015-era" is a span; "nesta véspera" alone is no day before; figurative
# "en pleine guerre froide".
WHAT_REVIEWS_OF_STOP_16_FOUND = [
    ("es", D(2025, 3, 12), "Los síntomas aparecieron dentro de tres días tras la vacunación.", []),
    (
        "es",
        D(2025, 3, 12),
        "La empresa completó la adquisición del grupo rival dentro de seis meses.",
        [],
    ),
    (
        "es",
        D(2025, 3, 12),
        "En 2020 la OMS advirtió de que habría una vacuna dentro de 18 meses.",
        [("2020", "2020", "year")],
    ),
    (
        "fr",
        D(2025, 10, 7),
        "Lors de son élection, le maire avait promis que le tramway arriverait dans deux ans.",
        [],
    ),
    (
        "fr",
        D(2025, 10, 7),
        "Le 12 mars 2020, Emmanuel Macron annonçait que les écoles fermeraient dans quatre jours.",
        [("Le 12 mars 2020", "2020-03-12", "day")],
    ),
    (
        "pt",
        D(2025, 6, 20),
        "O ministro disse ontem que o leilão será realizado dentro de dois meses.",
        [("ontem", "2025-06-19", "day"), ("dentro de dois meses", "2025-08", "month")],
    ),
    (
        "de",
        D(2025, 6, 16),
        "Nachdem die Agenda 2010 beschlossen worden war, sank die Arbeitslosigkeit.",
        [],
    ),
    ("de", D(2024, 3, 13), "Der Sicherheitsrat hat die Resolution 1701 verabschiedet.", []),
    ("de", D(2024, 3, 13), "Der Goldpreis hat die Marke 2050 überschritten.", []),
    (
        "de",
        D(2025, 6, 16),
        "Die Kirche Mariä Himmelfahrt wird renoviert, an Mariä Himmelfahrt ruht die Arbeit.",
        [("Mariä Himmelfahrt", "2025-08-15", "day")],
    ),
    ("de", D(2025, 12, 20), "Es war ein heiliger Abend für die Fans des Vereins.", []),
    (
        "en",
        D(2025, 4, 15),
        "The company confirmed the update was coming in May.",
        [("May", "2025-05", "month")],
    ),
    (
        "en",
        D(2024, 3, 18),
        "Crowds gathered for the March 16 St. Patrick's parade.",
        [("March 16", "2024-03-16", "day")],
    ),
    (
        "en",
        D(2024, 3, 13),
        "Between 2010-2015-era policies and today there is a gap.",
        [("2010-2015", "2010-01-01/2015-12-31", "period"), ("today", "2024-03-13", "day")],
    ),
    (
        "pt",
        D(2024, 3, 9),
        "Nesta véspera das eleições de domingo, os partidos estão em silêncio.",
        [("domingo", "2024-03-10", "day")],
    ),
    ("fr", D(2024, 3, 13), "Washington et Pékin sont en pleine guerre froide technologique.", []),
]


@pytest.mark.parametrize(
    ("lang", "published", "sentence", "expected"), WHAT_REVIEWS_OF_STOP_16_FOUND
)
def test_what_reviews_of_stop_16_found(lang, published, sentence, expected):
    assert found_as(sentence, published, lang) == expected


DATE_TABLES = sorted((Path(__file__).parents[1] / "timeline" / "data").glob("*.json"))


@pytest.mark.parametrize("table", DATE_TABLES, ids=lambda p: p.name)
def test_date_tables_name_each_key_once(table):
    """A key written twice in a table silently keeps only its last value (json.loads):
    every table must name each key once, at every level."""
    twice: list[str] = []

    def no_repeats(pairs):
        keys = [k for k, _ in pairs]
        twice.extend(k for k in set(keys) if keys.count(k) > 1)
        return dict(pairs)

    json.loads(table.read_text(encoding="utf-8"), object_pairs_hook=no_repeats)
    assert twice == []


# Stop 16, after its last reviews: a verb of saying dates its own attribution (not a phrase
# telling another event after it); "dentro de N" right after its past verb is "within", but
# reported words count from publication; a fronted "Há dez anos" is a date before a comma
# or an imperfect, else a duration; a span of months told in the past on 31 December is
# that year's; "os dias 26 a 28"; "en pleine guerre froide"; "vorletzte" is no step back.
ATTRIBUTIONS_WITHIN_AND_YEAR_ENDS = [
    (
        "en",
        D(2024, 3, 13),
        '"This was coming," Ortega said at a rally on Friday.',
        [("Friday", "2024-03-08", "day")],
    ),
    (
        "en",
        D(2024, 3, 13),
        '"We will win," said the coach, who plays on Saturday.',
        [("Saturday", "2024-03-16", "day")],
    ),
    (
        "fr",
        D(2024, 3, 13),
        "« On a tout perdu », affirme le maire lors du conseil municipal de vendredi.",
        [("vendredi", "2024-03-08", "day")],
    ),
    (
        "fr",
        D(2024, 3, 13),
        "Le ministre a annoncé lundi qu'un plan serait présenté dans deux semaines.",
        [("lundi", "2024-03-11", "day"), ("dans deux semaines", "2024-03-27", "day")],
    ),
    ("es", D(2024, 3, 13), "Los pacientes fueron dados de alta dentro de dos semanas.", []),
    (
        "pt",
        D(2026, 5, 16),
        "Há dez anos vivo em Lisboa e nunca vi nada assim.",
        [("Há dez anos", None, "vague")],
    ),
    (
        "pt",
        D(2026, 5, 16),
        '"Há dez anos, um quadro destes não passaria dos 500 mil euros."',
        [("Há dez anos", "2016", "year")],
    ),
    (
        "de",
        D(2025, 12, 31),
        "Von Januar bis Oktober lag die Mitteltemperatur 1,4 Grad über dem Mittel.",
        [("Von Januar bis Oktober", "2025-01-01/2025-10-31", "period")],
    ),
    (
        "pt",
        D(2025, 12, 31),
        "A abertura foi transferida para os dias 26 a 28 de março.",
        [("os dias 26 a 28 de março", "2026-03-26/2026-03-28", "period")],
    ),
    (
        "fr",
        D(2024, 3, 13),
        "Le Mur a été construit en 1961, en pleine guerre froide, à Berlin.",
        [("1961", "1961", "year"), ("guerre froide", "1947-03-12/1991-12-26", "period")],
    ),
    ("de", D(2024, 3, 13), "Im vorletzten Jahr seiner Amtszeit trat der Präsident zurück.", []),
    (
        "de",
        D(2024, 3, 13),
        "Als das Kloster 1147 gegründet wurde, lebten hier Mönche.",
        [("1147", "1147", "year")],
    ),
]


@pytest.mark.parametrize(
    ("lang", "published", "sentence", "expected"), ATTRIBUTIONS_WITHIN_AND_YEAR_ENDS
)
def test_attributions_within_and_year_ends(lang, published, sentence, expected):
    assert found_as(sentence, published, lang) == expected


# What the last review of stop 16 found: a phrase telling another event after a verb of
# saying keeps its date ahead ("calling for a walkout on Friday"); a relative "que" reports
# nothing; a decision or a booking for next year's months stays next year's; "en pleine ère
# soviétique dans"; "vorletztes Jahr", but "im vorletzten Jahr seiner Amtszeit".
WHAT_THE_LAST_REVIEW_FOUND = [
    (
        "en",
        D(2025, 3, 12),
        '"Enough is enough," the union leader said in a statement calling for a walkout on Friday.',
        [("Friday", "2025-03-14", "day")],
    ),
    (
        "en",
        D(2025, 3, 12),
        '"We\'ll see," Trump said during a campaign stop in Ohio on Friday.',
        [("Friday", "2025-03-07", "day")],
    ),
    (
        "es",
        D(2025, 3, 12),
        "El paciente, que ingresó con fiebre, falleció en el hospital dentro de dos días.",
        [],
    ),
    (
        "en",
        D(2025, 12, 30),
        "Hotel bookings for January to March were up 12%.",
        [("January to March", "2026-01-01/2026-03-31", "period")],
    ),
    (
        "de",
        D(2025, 12, 30),
        "Der Stadtrat beschloss am Dienstag die Schließung des Hallenbads von Januar bis März.",
        [
            ("Dienstag", "2025-12-30", "day"),
            ("von Januar bis März", "2026-01-01/2026-03-31", "period"),
        ],
    ),
    (
        "es",
        D(2025, 12, 31),
        "La facturación creció un 20 % entre enero y septiembre.",
        [("entre enero y septiembre", "2025-01-01/2025-09-30", "period")],
    ),
    (
        "fr",
        D(2025, 3, 12),
        "Il a grandi en pleine ère soviétique dans la banlieue de Kiev.",
        [("ère soviétique", "1922-12-30/1991-12-26", "period")],
    ),
    (
        "de",
        D(2025, 3, 12),
        "Vorletztes Jahr gewann der FC Bayern das Double, im vorletzten Jahr seiner Amtszeit trat "
        "der Präsident zurück.",
        [("Vorletztes Jahr", "2023", "year")],
    ),
]


@pytest.mark.parametrize(("lang", "published", "sentence", "expected"), WHAT_THE_LAST_REVIEW_FOUND)
def test_what_the_last_review_found(lang, published, sentence, expected):
    assert found_as(sentence, published, lang) == expected


# "Ten years ago today," is that day; not before "today's" or a verb of today ("cost $100 a
# year ago today costs $112"), nor "about a year ago today"; and quoted words telling the
# past still count from the last day gone by, not from a day to come told before them.
YEARS_AGO_TODAY = [
    (
        "en",
        D(2025, 3, 12),
        "Ten years ago today, the tsunami struck.",
        [("Ten years ago today", "2015-03-12", "day")],
    ),
    (
        "en",
        D(2025, 3, 12),
        "It was 40 years ago today that the treaty was signed.",
        [("40 years ago today", "1985-03-12", "day")],
    ),
    (
        "en",
        D(2025, 3, 12),
        "A basket that cost $100 a year ago today costs $112.",
        [("a year ago", "2024", "year"), ("today", "2025-03-12", "day")],
    ),
    (
        "en",
        D(2025, 3, 12),
        "Three months ago today's winner was unknown.",
        [("Three months ago", "2024-12", "month"), ("today", "2025-03-12", "day")],
    ),
    (
        "en",
        D(2025, 3, 12),
        "About a year ago today, the first cases appeared.",
        [("About a year ago today", "2024", "year")],
    ),
    (
        "es",
        D(2025, 3, 12),
        'El ministro dimitió el lunes; su sucesor tomará posesión el 20 de marzo. "La víspera, '
        'reunión en la Moncloa", reveló.',
        [
            ("el lunes", "2025-03-10", "day"),
            ("el 20 de marzo", "2025-03-20", "day"),
            ("La víspera", "2025-03-09", "day"),
        ],
    ),
]


@pytest.mark.parametrize(("lang", "published", "sentence", "expected"), YEARS_AGO_TODAY)
def test_years_ago_today(lang, published, sentence, expected):
    assert found_as(sentence, published, lang) == expected


# An anaphor followed by the date it names ("La veille, mardi 30 décembre,") is that date;
# "el pasado 14 de diciembre" counts from publication even after another year; "a year
# earlier" after a quarter is that quarter a year back; a text's fiscal year bounds hold
# for its other fiscal years; German figures after a year ("2024 bei 83 Prozent"); a
# sentence-opening month before its verb ("Agosto fue"); "in three weeks and stay open";
# "the present movement" is no time; "im abgelaufenen Jahr"; holidays and an era.
APPOSITIONS_FISCAL_YEARS_AND_STATISTICS = [
    (
        "fr",
        D(2026, 1, 1),
        "Les secours sont intervenus le 31 décembre. La veille, mardi 30 décembre, ils avaient "
        "évacué un skieur.",
        [
            ("le 31 décembre", "2025-12-31", "day"),
            ("La veille", "2025-12-30", "day"),
            ("mardi 30 décembre", "2025-12-30", "day"),
        ],
    ),
    (
        "en",
        D(2026, 1, 5),
        "Crews went out on Dec. 31. The day before, on Dec. 29, they had rescued a skier.",
        [
            ("Dec. 31", "2025-12-31", "day"),
            ("The day before", "2025-12-29", "day"),
            ("Dec. 29", "2025-12-29", "day"),
        ],
    ),
    (
        "de",
        D(2026, 1, 5),
        "Der Sturm kam am 31. Dezember. Zwei Tage später, am 3. Januar, schneite es.",
        [
            ("31. Dezember", "2025-12-31", "day"),
            ("Zwei Tage später", "2026-01-03", "day"),
            ("3. Januar", "2026-01-03", "day"),
        ],
    ),
    (
        "fr",
        D(2026, 1, 1),
        "Les secours sont intervenus le 31 décembre. La veille, ils avaient évacué un skieur.",
        [("le 31 décembre", "2025-12-31", "day"), ("La veille", "2025-12-30", "day")],
    ),
    (
        "es",
        D(2026, 1, 1),
        "Las obras comenzaron en octubre de 2024 y debían concluir el pasado 14 de diciembre.",
        [
            ("octubre de 2024", "2024-10", "month"),
            ("el pasado 14 de diciembre", "2025-12-14", "day"),
        ],
    ),
    (
        "es",
        D(2026, 1, 1),
        "Las obras comenzaron en octubre de 2024 y concluyeron el 14 de diciembre.",
        [("octubre de 2024", "2024-10", "month"), ("el 14 de diciembre", "2024-12-14", "day")],
    ),
    (
        "en",
        D(2026, 2, 12),
        "Requests had doubled in the first quarter of 2025 compared with a year earlier.",
        [
            ("the first quarter of 2025", "2025-01-01/2025-03-31", "period"),
            ("a year earlier", "2024-01-01/2024-03-31", "period"),
        ],
    ),
    (
        "en",
        D(2025, 12, 29),
        "The plant processed 18,000 tonnes in fiscal 2025, which ended Sept. 30, down 11% from "
        "fiscal 2024. In 2024 prices fell.",
        [
            ("fiscal 2025", "2024-10-01/2025-09-30", "period"),
            ("Sept. 30", "2025-09-30", "day"),
            ("fiscal 2024", "2023-10-01/2024-09-30", "period"),
            ("2024", "2024", "year"),
        ],
    ),
    (
        "en",
        D(2025, 12, 29),
        "The plant processed 18,000 tonnes in fiscal 2025, down 11% from fiscal 2024.",
        [("fiscal 2025", "2025", "year"), ("fiscal 2024", "2024", "year")],
    ),
    (
        "de",
        D(2025, 12, 29),
        "Nach Branchenangaben lag die Recyclingquote für Behälterglas 2024 bei 83 Prozent.",
        [("2024", "2024", "year")],
    ),
    ("de", D(2025, 12, 29), "Der Zug Berlin 2024 um 5 Uhr fuhr pünktlich ab.", []),
    (
        "es",
        D(2025, 10, 19),
        "Los helicópteros volaron 600 horas. Agosto fue el mes más intenso.",
        [("Agosto", "2025-08", "month")],
    ),
    (
        "pt",
        D(2025, 10, 19),
        "Os helicópteros voaram 600 horas. Agosto foi o mês mais intenso.",
        [("Agosto", "2025-08", "month")],
    ),
    (
        "en",
        D(2026, 1, 1),
        "The gallery will reopen in three weeks and stay open until late.",
        [("three weeks", "2026-01-22", "day")],
    ),
    ("en", D(2026, 1, 1), "The work was completed in three weeks and cost little.", []),
    (
        "en",
        D(2026, 1, 1),
        "The tower dates from 1790, but the present movement was installed in 1894. Until the "
        "present, nothing changed.",
        [("1790", "1790", "year"), ("1894", "1894", "year"), ("the present", None, "vague")],
    ),
    (
        "de",
        D(2026, 1, 1),
        "Im abgelaufenen Jahr waren es mehr als 11.000 Nutzer.",
        [("abgelaufenen Jahr", "2025", "year")],
    ),
    (
        "en",
        D(2025, 10, 12),
        "The team will be honoured at a reception on Thanksgiving Monday.",
        [("Thanksgiving Monday", "2025-10-13", "day")],
    ),
    (
        "es",
        D(2025, 10, 19),
        "El domingo pasado, día del Pilar, intervinieron cinco veces.",
        [("El domingo pasado", "2025-10-12", "day"), ("día del Pilar", "2025-10-12", "day")],
    ),
    (
        "pt",
        D(2026, 1, 1),
        "O arquivo colocou no ar hoje o acervo. A montagem começará depois da terça-feira de "
        "Carnaval.",
        [("hoje", "2026-01-01", "day"), ("terça-feira de Carnaval", "2026-02-17", "day")],
    ),
    (
        "pt",
        D(2026, 1, 1),
        "Há plantas de imóveis da Era Vargas no acervo.",
        [("Era Vargas", "1930-11-03/1945-10-29", "period")],
    ),
]


@pytest.mark.parametrize(
    ("lang", "published", "sentence", "expected"), APPOSITIONS_FISCAL_YEARS_AND_STATISTICS
)
def test_appositions_fiscal_years_and_statistics(lang, published, sentence, expected):
    assert found_as(sentence, published, lang) == expected


# What the review of round 31's rules found, and round 32's: a date in apposition must close
# ("June 10 was set as the date" is no apposition) and, without its year, lie days from the
# anaphor (else it takes the anaphor's year: "Le 13 novembre 2015 ... Le lendemain, le 14
# novembre,"); "a year earlier" keeps the reported quarter; another owner's fiscal year
# keeps its own; "Russell 2000 um 1,8 Prozent"; names and titles opening a sentence are no
# months; "to the present" and "The present is"; "Franco era un dictador" and "El gol era de
# Vargas" name no era; more verbs of saying; "deve ser votada" is to come; "daqui a três
# semanas e marcou": the past verb after it.
WHAT_REVIEW_26_FOUND = [
    (
        "fr",
        D(2025, 3, 20),
        "Le 13 novembre 2015, des attentats ont frappé Paris. Le lendemain, le 14 novembre, la "
        "France s'est réveillée sous le choc.",
        [
            ("Le 13 novembre 2015", "2015-11-13", "day"),
            ("Le lendemain", "2015-11-14", "day"),
            ("le 14 novembre", "2015-11-14", "day"),
        ],
    ),
    (
        "en",
        D(2025, 3, 15),
        "He was arrested on June 2. Two days later, June 10 was set as the date of his first "
        "hearing.",
        [
            ("June 2", "2024-06-02", "day"),
            ("Two days later", "2024-06-04", "day"),
            ("June 10", "2024-06-10", "day"),
        ],
    ),
    (
        "en",
        D(2025, 3, 1),
        "Strikes are planned for March 5, the day after, March 10 and March 12.",
        [
            ("March 5", "2025-03-05", "day"),
            ("the day after", "2025-03-06", "day"),
            ("March 10", "2025-03-10", "day"),
            ("March 12", "2025-03-12", "day"),
        ],
    ),
    (
        "de",
        D(2025, 3, 20),
        "Am 9. November 1989 fiel die Mauer. Am Tag danach, am 10. November, strömten Tausende in "
        "den Westen.",
        [
            ("9. November 1989", "1989-11-09", "day"),
            ("Am Tag danach", "1989-11-10", "day"),
            ("10. November", "1989-11-10", "day"),
        ],
    ),
    (
        "en",
        D(2025, 5, 8),
        "The bank earned $3 billion in the quarter, versus $2.5 billion in the previous quarter "
        "and $2.2 billion a year earlier.",
        [
            ("the quarter", "2025-01-01/2025-03-31", "period"),
            ("the previous quarter", "2024-10-01/2024-12-31", "period"),
            ("a year earlier", "2024-01-01/2024-03-31", "period"),
        ],
    ),
    (
        "en",
        D(2025, 11, 20),
        "The company's fiscal 2025 ended June 30. The federal government's fiscal 2026 budget is "
        "still stalled.",
        [
            ("fiscal 2025", "2024-07-01/2025-06-30", "period"),
            ("June 30", "2025-06-30", "day"),
            ("fiscal 2026", "2026", "year"),
        ],
    ),
    (
        "en",
        D(2025, 11, 20),
        "Sales in fiscal 2025, which ended Sept. 30, fell 11% from fiscal 2024, and the company "
        "expects fiscal 2026 to be flat.",
        [
            ("fiscal 2025", "2024-10-01/2025-09-30", "period"),
            ("Sept. 30", "2025-09-30", "day"),
            ("fiscal 2024", "2023-10-01/2024-09-30", "period"),
            ("fiscal 2026", "2025-10-01/2026-09-30", "period"),
        ],
    ),
    (
        "de",
        D(2025, 3, 15),
        "An der Wall Street fiel der Nebenwerteindex Russell 2000 um 1,8 Prozent.",
        [],
    ),
    ("es", D(2025, 3, 15), "El detenido se llama Mayo. Mayo fue trasladado a comisaría.", []),
    (
        "es",
        D(2025, 3, 15),
        "La película se estrenó en 2022. Agosto fue dirigida por un debutante.",
        [("2022", "2022", "year")],
    ),
    ("pt", D(2025, 3, 15), "O zagueiro Junho foi expulso. Junho era o capitão.", []),
    (
        "pt",
        D(2025, 1, 15),
        "As vendas caíram. Dezembro foi o pior mês do ano para o varejo.",
        [("Dezembro", "2024-12", "month")],
    ),
    (
        "en",
        D(2025, 3, 15),
        "The museum covers art from 1960 to the present and found three phases. The present is "
        "uncertain.",
        [("1960", "1960", "year"), ("the present", None, "vague"), ("The present", None, "vague")],
    ),
    ("en", D(2025, 3, 15), "The present government has promised reforms.", []),
    (
        "es",
        D(2025, 3, 10),
        "Franco era un dictador. El primer gol era de Vargas. Durante la era de Chávez hubo "
        "cambios.",
        [("la era de Chávez", "1999-02-02/2013-03-05", "period")],
    ),
    (
        "pt",
        D(2025, 3, 10),
        "Há plantas de imóveis da Era Vargas no acervo. A assinatura era de Vargas.",
        [("Era Vargas", "1930-11-03/1945-10-29", "period")],
    ),
    (
        "en",
        D(2025, 3, 10),
        "During the Vargas era, Brazil industrialized rapidly.",
        [("the Vargas era", "1930-11-03/1945-10-29", "period")],
    ),
    (
        "es",
        D(2025, 9, 16),
        '"Ahora lo que nos preocupa es llegar a los pedidos de Navidad", admitió Gutiérrez.',
        [("Ahora", None, "vague"), ("Navidad", "2025-12-25", "day")],
    ),
    (
        "pt",
        D(2026, 1, 2),
        "A segunda fase, com mais 52 vias, deve ser votada pela Câmara Municipal no segundo "
        "semestre.",
        [("segundo semestre", "2026-07-01/2026-12-31", "period")],
    ),
    (
        "pt",
        D(2026, 4, 18),
        "Bento espera ter os talhos prontos daqui a três semanas e marcou para 2 de maio uma "
        "jornada.",
        [("daqui a três semanas", "2026-05-09", "day"), ("2 de maio", "2026-05-02", "day")],
    ),
    ("es", D(2026, 4, 18), "Los síntomas aparecieron dentro de tres días.", []),
]


@pytest.mark.parametrize(("lang", "published", "sentence", "expected"), WHAT_REVIEW_26_FOUND)
def test_what_review_26_found(lang, published, sentence, expected):
    assert found_as(sentence, published, lang) == expected


# Round 33 of unseen dispatches and what review 27 found: a span whose ends the rules leave
# apart ("entre marzo de 2020 y finales de 2021", "von Anfang 2023 bis Ende 2024"); "desde o
# início do ano" is this year's; a telephone number "(11) 2025-0618"; "rund 1100 Leuchten";
# "das Ende Juni abgeschlossen wurde"; Swiss and Galician holidays; "avant l'aube samedi";
# "desde hacía décadas"; verbs telling the past ("relató", "erzählte") are not verbs of
# saying that leave a quotation untensed; "deve ter ocorrido" is past; English "Franco era"
# names an era where "era" is no verb; an apposed date to an anaphor read from publication.
RANGES_OF_PARTS_AND_REVIEW_27 = [
    (
        "es",
        D(2026, 4, 18),
        "Durante la pandemia, entre marzo de 2020 y finales de 2021, las partidas se trasladaron "
        "a internet.",
        [("entre marzo de 2020 y finales de 2021", "2020-03-01/2021-12-31", "period")],
    ),
    (
        "de",
        D(2026, 4, 18),
        "Der Preis hatte sich von Anfang 2023 bis Ende 2024 verfünffacht.",
        [("von Anfang 2023 bis Ende 2024", "2023-01-01/2024-12-31", "period")],
    ),
    (
        "en",
        D(2026, 4, 18),
        "Schools were shut from March 2020 until late 2022. The vote was postponed from March to "
        "late 2026.",
        [
            ("from March 2020 until late 2022", "2020-03-01/2022-12-31", "period"),
            ("March", "2026-03", "month"),
            ("late 2026", "2026", "year"),
        ],
    ),
    (
        "pt",
        D(2025, 11, 12),
        "A fábrica vai duplicar a produção até ao fim de março, depois de ter recusado 400 "
        "encomendas desde o início do ano.",
        [("até ao fim de março", "2026-03", "month"), ("desde o início do ano", "2025", "year")],
    ),
    (
        "pt",
        D(2026, 6, 15),
        "Interessados podem ligar para (11) 2025-0618. A temporada 2019-2020 foi boa.",
        [("A temporada 2019-2020", "2019-01-01/2020-12-31", "period")],
    ),
    (
        "de",
        D(2026, 6, 1),
        "Von den rund 1100 Leuchten in der Region müssen noch 240 ersetzt werden.",
        [],
    ),
    (
        "de",
        D(2025, 11, 19),
        "Im Geschäftsjahr 2024/25, das Ende Juni abgeschlossen wurde, setzte die Firma 6 "
        "Millionen Euro um.",
        [("2024/25", "2024-07-01/2025-06-30", "period"), ("Ende Juni", "2025-06", "month")],
    ),
    (
        "de",
        D(2026, 6, 1),
        "Am diesjährigen Bundesfeiertag wird es kein Feuerwerk geben.",
        [("Bundesfeiertag", "2026-08-01", "day")],
    ),
    (
        "fr",
        D(2025, 9, 20),
        "L'association tiendra un stand le lundi du Jeûne à Morges.",
        [("le lundi du Jeûne", "2025-09-22", "day")],
    ),
    (
        "es",
        D(2026, 1, 3),
        "El barco desfilará por la ría en el Día de Galicia.",
        [("Día de Galicia", "2026-07-25", "day")],
    ),
    (
        "fr",
        D(2026, 6, 15),
        "Ils ont quitté Erfoud avant l'aube samedi, à bord de 4x4.",
        [("samedi", "2026-06-13", "day")],
    ),
    (
        "es",
        D(2025, 12, 31),
        "La esfera apenas se leía desde hacía décadas.",
        [("desde hacía décadas", None, "vague")],
    ),
    (
        "es",
        D(2025, 11, 20),
        '"La peor Navidad de mi vida", relató la mujer.',
        [("Navidad", "2024-12-25", "day")],
    ),
    (
        "de",
        D(2025, 11, 20),
        "„Weihnachten ist unser wichtigstes Geschäft“, meinte der Händler.",
        [("Weihnachten", "2025-12-25", "day")],
    ),
    (
        "pt",
        D(2025, 3, 12),
        "O acidente deve ter ocorrido na sexta-feira à noite, segundo a polícia.",
        [("sexta-feira à noite", "2025-03-07", "day")],
    ),
    (
        "en",
        D(2025, 3, 12),
        "Spain's Franco era left deep scars. A Soviet era bunker was found.",
        [
            ("Franco era", "1939-04-01/1975-11-20", "period"),
            ("A Soviet era", "1922-12-30/1991-12-26", "period"),
        ],
    ),
    (
        "es",
        D(2025, 3, 12),
        "Chávez era un militar desconocido hasta 1992.",
        [("1992", "1992", "year")],
    ),
    (
        "fr",
        D(2025, 3, 12),
        "Le lendemain, le 14 novembre, les hommages se multiplient.",
        [("Le lendemain", "2024-11-14", "day"), ("le 14 novembre", "2024-11-14", "day")],
    ),
    (
        "en",
        D(2025, 11, 20),
        "Fiscal 2025, which ended Sept. 30, was strong; fiscal 2026 started Oct. 1.",
        [
            ("Fiscal 2025", "2024-10-01/2025-09-30", "period"),
            ("Sept. 30", "2025-09-30", "day"),
            ("fiscal 2026", "2025-10-01/2026-09-30", "period"),
            ("Oct. 1", "2025-10-01", "day"),
        ],
    ),
    (
        "en",
        D(2025, 3, 12),
        "Nvidia's fiscal 2025 ended Jan. 26, 2025, and the company's fiscal 2026 outlook is "
        "strong.",
        [
            ("fiscal 2025", "2024-01-27/2025-01-26", "period"),
            ("Jan. 26, 2025", "2025-01-26", "day"),
            ("fiscal 2026", "2025-01-27/2026-01-26", "period"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("lang", "published", "sentence", "expected"), RANGES_OF_PARTS_AND_REVIEW_27
)
def test_ranges_of_parts_and_review_27(lang, published, sentence, expected):
    assert found_as(sentence, published, lang) == expected


# What review 28 found: a date moved is no span, whether the verb of moving comes before or,
# in German, after ("slipped from March to late 2026", "wurde von Ende März bis Ende Juni
# verlängert"); a time of day before the next sentence's day stays ("à l'aube. Samedi,");
# "espère" tells no future of its own ("espère tourner la page après l'incendie de lundi");
# Portuguese "terá entrada livre" (a noun) is no past; "the highest level in five years" and
# "the first time in ten years" look back.
WHAT_REVIEW_28_FOUND = [
    (
        "en",
        D(2025, 3, 12),
        "The launch slipped from March to late 2026.",
        [("March", "2025-03", "month"), ("late 2026", "2026", "year")],
    ),
    (
        "de",
        D(2025, 3, 12),
        "Die Frist wurde von Ende März bis Ende Juni verlängert.",
        [("Ende März", "2025-03", "month"), ("bis Ende Juni", "2025-06", "month")],
    ),
    (
        "fr",
        D(2025, 3, 12),
        "La livraison a glissé de mars à fin 2026.",
        [("mars", "2025-03", "month"), ("fin 2026", "2026", "year")],
    ),
    (
        "pt",
        D(2025, 3, 12),
        "O governo prolongou o prazo de março ao fim de 2026.",
        [("março", "2025-03", "month"), ("fim de 2026", "2026", "year")],
    ),
    (
        "fr",
        D(2025, 3, 12),
        "Le 3 mars, les soldats sont entrés dans la ville à l'aube. Samedi, ils se sont retirés.",
        [
            ("Le 3 mars", "2025-03-03", "day"),
            ("à l'aube", "2025-03-03", "day"),
            ("Samedi", "2025-03-08", "day"),
        ],
    ),
    (
        "fr",
        D(2025, 3, 12),
        "L'entreprise espère tourner la page après l'incendie de lundi.",
        [("lundi", "2025-03-10", "day")],
    ),
    (
        "pt",
        D(2025, 3, 12),
        "A exposição terá entrada livre no domingo.",
        [("domingo", "2025-03-16", "day")],
    ),
    (
        "pt",
        D(2025, 3, 12),
        "A vítima deve ter sido atacada no sábado.",
        [("sábado", "2025-03-08", "day")],
    ),
    (
        "en",
        D(2025, 3, 12),
        "Shares hit their highest level in five years and analysts expect more gains.",
        [],
    ),
    (
        "en",
        D(2025, 3, 12),
        "It was the first time in ten years that sales fell. The plant will reopen in two weeks.",
        [("two weeks", "2025-03-26", "day")],
    ),
]


@pytest.mark.parametrize(("lang", "published", "sentence", "expected"), WHAT_REVIEW_28_FOUND)
def test_what_review_28_found(lang, published, sentence, expected):
    assert found_as(sentence, published, lang) == expected


# Round 34 of unseen dispatches: datelines of lower-case agencies, a weekday after a closed
# quotation, holidays joined by "de ... à", Brazilian short weekdays before a pronoun or a
# verb (not ordinals), days counted from a day named after ("two days before Christmas"),
# holidays of other calendars, a time of day after a stop, a fiscal year told without its year.
WHAT_ROUND_34_FOUND = [
    (
        "es",
        D(2025, 12, 29),
        "Buenos Aires, 29 dic (dpa) - La selección de Perú se consagró campeona.",
        [("29 dic", "2025-12-29", "day")],
    ),
    (
        "de",
        D(2025, 12, 29),
        "Berlin, 29. Dez (dpa) - Die Bahn sperrte die Brücke.",
        [("29. Dez", "2025-12-29", "day")],
    ),
    (
        "fr",
        D(2026, 7, 15),
        "« Je mesure la gravité de ce que j'ai fait. » Lundi, à l'ouverture de son procès, il a"
        " parlé.",
        [("Lundi", "2026-07-13", "day")],
    ),
    ("fr", D(2026, 7, 15), "« Il viendra », a dit Mars lundi.", [("lundi", "2026-07-13", "day")]),
    (
        "fr",
        D(2026, 3, 1),
        "Le phare restera ouvert aux visiteurs de Pâques à la Toussaint.",
        [("de Pâques à la Toussaint", "2026-04-05/2026-11-01", "period")],
    ),
    ("fr", D(2026, 3, 1), "Il a mangé des œufs de Pâques à la crème.", []),
    (
        "pt",
        D(2026, 11, 9),
        '"Na sexta me ligaram dizendo que vai ser em janeiro", contou.',
        [("sexta", "2026-11-06", "day"), ("janeiro", "2027-01", "month")],
    ),
    (
        "pt",
        D(2026, 11, 9),
        "A greve começou na segunda e terminou na quarta.",
        [("quarta", "2026-11-04", "day")],
    ),
    ("pt", D(2026, 11, 9), "Na sexta anunciou o novo técnico.", [("sexta", "2026-11-06", "day")]),
    ("pt", D(2026, 11, 9), "A equipe jogou na quarta e na quinta fase.", []),
    ("pt", D(2026, 11, 9), "Na segunda e terceira fases o time ganhou.", []),
    ("pt", D(2026, 11, 9), "Ele ficou em sexta posição na segunda vez.", []),
    (
        "en",
        D(2026, 1, 5),
        "The thefts happened two days before Christmas.",
        [("two days before Christmas", "2025-12-23", "day")],
    ),
    (
        "en",
        D(2026, 1, 5),
        "The talks ended a week before the Jan. 8 deadline.",
        [("a week before the Jan. 8", "2026-01-01", "day")],
    ),
    (
        "en",
        D(2026, 1, 5),
        "He was released more than two days after Christmas.",
        [("Christmas", "2025-12-25", "day")],
    ),
    (
        "en",
        D(2026, 1, 5),
        "The deal was signed three weeks before the election.",
        [("three weeks before", None, "vague")],
    ),
    (
        "pt",
        D(2025, 12, 27),
        '"Não aceitamos que nos digam, dois dias antes do Natal, que vai fechar", afirmou.',
        [("dois dias antes do Natal", "2025-12-23", "day")],
    ),
    (
        "fr",
        D(2026, 1, 5),
        "Il a été arrêté trois jours après le 3 janvier.",
        [("trois jours après le 3 janvier", "2026-01-06", "day")],
    ),
    (
        "es",
        D(2026, 1, 5),
        "Los robos ocurrieron dos días antes de Navidad.",
        [("dos días antes de Navidad", "2025-12-23", "day")],
    ),
    (
        "de",
        D(2026, 1, 5),
        "Er wurde drei Tage nach dem 3. Januar festgenommen.",
        [("drei Tage nach dem 3. Januar", "2026-01-06", "day")],
    ),
    (
        "en",
        D(2025, 12, 30),
        "An announcement could come before Chinese New Year, which falls on February 17.",
        [("Chinese New Year", "2026-02-17", "day"), ("February 17", "2026-02-17", "day")],
    ),
    (
        "fr",
        D(2025, 12, 30),
        "Le Nouvel An chinois tombe le 17 février. Le Nouvel An approche.",
        [("le 17 février", "2026-02-17", "day"), ("Le Nouvel An", "2026-01-01", "day")],
    ),
    (
        "de",
        D(2025, 12, 30),
        "Das chinesische Neujahr fällt auf den 17. Februar.",
        [("chinesische Neujahr", "2026-02-17", "day"), ("den 17. Februar", "2026-02-17", "day")],
    ),
    (
        "de",
        D(2026, 2, 2),
        "Abgestimmt werden soll darüber an Auffahrt in Olten.",
        [("Auffahrt", "2026-05-14", "day")],
    ),
    (
        "pt",
        D(2026, 1, 3),
        "O diretor falou na quarta-feira, véspera de Ano-Novo, em entrevista.",
        [("quarta-feira", "2025-12-31", "day"), ("véspera de Ano-Novo", "2025-12-31", "day")],
    ),
    (
        "fr",
        D(2026, 7, 15),
        "Au premier trimestre de cette année, l'office a recensé onze dossiers.",
        [("premier trimestre de cette année", "2026-01-01/2026-03-31", "period")],
    ),
    (
        "fr",
        D(2026, 1, 2),
        "La panne a eu lieu le 27 décembre. Cette même nuit, onze personnes ont été hospitalisées.",
        [("le 27 décembre", "2025-12-27", "day"), ("Cette même nuit", "2025-12-27", "day")],
    ),
    (
        "en",
        D(2026, 1, 2),
        "The crash happened on Dec. 27. That night, eleven people were taken to hospital.",
        [("Dec. 27", "2025-12-27", "day"), ("That night", "2025-12-27", "day")],
    ),
    (
        "fr",
        D(2026, 1, 2),
        "La panne a eu lieu le 27 décembre à l'aube.",
        [("le 27 décembre", "2025-12-27", "day")],
    ),
    (
        "en",
        D(2026, 10, 28),
        "Profit rose 9% for its fiscal year ended Sept. 30. Net income for fiscal 2026 rose to"
        " $412 million from $378 million in fiscal 2025.",
        [
            ("Sept. 30", "2026-09-30", "day"),
            ("fiscal 2026", "2025-10-01/2026-09-30", "period"),
            ("fiscal 2025", "2024-10-01/2025-09-30", "period"),
        ],
    ),
    (
        "fr",
        D(2026, 10, 28),
        "Le groupe a publié les résultats de l'exercice clos le 30 juin. Sur l'exercice 2026, le"
        " bénéfice a progressé.",
        [("le 30 juin", "2026-06-30", "day"), ("l'exercice 2026", "2026", "year")],
    ),
    (
        "en",
        D(2026, 10, 28),
        "Apple's fiscal year ended Sept. 27. Microsoft's fiscal 2026 began in July.",
        [
            ("Sept. 27", "2026-09-27", "day"),
            ("fiscal 2026", "2026", "year"),
            ("July", "2026-07", "month"),
        ],
    ),
    (
        "en",
        D(2026, 3, 28),
        "Its fiscal year ended Dec. 31. Fiscal 2025 sales were flat.",
        [("Dec. 31", "2025-12-31", "day"), ("Fiscal 2025", "2025", "year")],
    ),
    (
        "de",
        D(2026, 6, 19),
        "Zuletzt erneuerte die Bahn 2017 die Gleise auf dem Bauwerk.",
        [("2017", "2017", "year")],
    ),
    ("de", D(2026, 6, 19), "Auf dem Rechner lief Windows 2000 die ganze Zeit.", []),
]


@pytest.mark.parametrize(("lang", "published", "sentence", "expected"), WHAT_ROUND_34_FOUND)
def test_what_round_34_found(lang, published, sentence, expected):
    assert found_as(sentence, published, lang) == expected


# Round 35 of unseen dispatches: "gestern auf", a month before a score, a weekday in apposition
# to its day, "this weekend" from Friday on, "this winter" just ended, a day told with a verb of
# saying before "that", holidays, not the Arab Spring, a holiday apposed to a day anaphor, "the
# next day" counted from the day told, "the following decade", a fiscal year in words ending on
# a day with its year, weekends of two days; days with weekdays "from ... to" stay apart.
WHAT_ROUND_35_FOUND = [
    (
        "de",
        D(2026, 2, 13),
        "Umweltminister Vosskamp verwies gestern auf die geltenden Regeln.",
        [("gestern", "2026-02-12", "day")],
    ),
    ("de", D(2026, 2, 13), "Das änderte sich von heute auf morgen.", []),
    (
        "de",
        D(2026, 9, 14),
        "In der Nacht auf Montag fiel dann erstmals Neuschnee.",
        [("Montag", "2026-09-14", "day")],
    ),
    (
        "de",
        D(2026, 2, 13),
        "Das Hinspiel hatte der FC im September 3:1 gewonnen.",
        [("September", "2025-09", "month")],
    ),
    (
        "pt",
        D(2025, 12, 29),
        "O Fluminense joga no Maracanã em 14 de janeiro, uma quarta-feira, às 21h30.",
        [("14 de janeiro", "2026-01-14", "day"), ("quarta-feira", "2026-01-14", "day")],
    ),
    (
        "en",
        D(2025, 12, 29),
        "The match is scheduled for Jan. 14, a Wednesday, at 9:30 p.m.",
        [("Jan. 14", "2026-01-14", "day"), ("Wednesday", "2026-01-14", "day")],
    ),
    (
        "de",
        D(2025, 12, 29),
        "Das Spiel findet am 14. Januar, einem Mittwoch, um 21.30 Uhr statt.",
        [("14. Januar", "2026-01-14", "day"), ("Mittwoch", "2026-01-14", "day")],
    ),
    (
        "en",
        D(2025, 12, 29),
        "The match is scheduled for Jan. 14, a Thursday.",
        [("Jan. 14", "2026-01-14", "day"), ("Thursday", "2026-01-01", "day")],
    ),
    (
        "en",
        D(2026, 2, 13),
        "Parties this weekend were not affected, officials said.",
        [("this weekend", "2026-02-07/2026-02-08", "period")],
    ),
    (
        "en",
        D(2026, 2, 13),
        "Parties over the weekend were not affected, officials said.",
        [("over the weekend", "2026-02-07/2026-02-08", "period")],
    ),
    (
        "en",
        D(2026, 3, 30),
        "Because temperatures this winter were often above freezing, no snow could be made.",
        [("this winter", "2025-12-01/2026-02-28", "period")],
    ),
    (
        "en",
        D(2026, 3, 30),
        "This summer will be hot.",
        [("This summer", "2026-06-01/2026-08-31", "period")],
    ),
    (
        "en",
        D(2026, 2, 27),
        "Receiver Anna Whitcombe said in a statement on Thursday night that staff would be paid.",
        [("Thursday night", "2026-02-26", "day")],
    ),
    (
        "fr",
        D(2026, 2, 27),
        "Le ministre annoncera lundi que la loi est adoptée.",
        [("lundi", "2026-03-02", "day")],
    ),
    (
        "es",
        D(2026, 6, 1),
        "El conflicto podría agravarse antes del Inti Raymi.",
        [("Inti Raymi", "2026-06-24", "day")],
    ),
    (
        "de",
        D(2026, 12, 3),
        "Für den Nikolotag am Sonntag backt die Kette 250.000 Krampusse.",
        [("Nikolotag", "2026-12-06", "day"), ("Sonntag", "2026-12-06", "day")],
    ),
    ("fr", D(2025, 12, 24), "Il y a eu une révolte avant le printemps arabe.", []),
    ("es", D(2025, 12, 24), "Fue en la primavera árabe.", []),
    (
        "es",
        D(2026, 1, 2),
        "El fondo retiró la víspera su oferta. Al día siguiente, en Nochevieja, unos 2.000"
        " aficionados se concentraron.",
        [
            ("la víspera", "2026-01-01", "day"),
            ("Al día siguiente", "2025-12-31", "day"),
            ("Nochevieja", "2025-12-31", "day"),
        ],
    ),
    (
        "en",
        D(2026, 1, 2),
        "The fund withdrew its offer on Dec. 30. The next day, fans gathered.",
        [("Dec. 30", "2025-12-30", "day"), ("The next day", "2025-12-31", "day")],
    ),
    (
        "pt",
        D(2026, 10, 12),
        "Nos anos 1990, as rolhas sintéticas ameaçaram o setor, que recuperou na década seguinte.",
        [
            ("anos 1990", "1990-01-01/1999-12-31", "period"),
            ("década seguinte", "2000-01-01/2009-12-31", "period"),
        ],
    ),
    (
        "fr",
        D(2026, 10, 12),
        "La décennie suivante sera décisive.",
        [("La décennie suivante", "2030-01-01/2039-12-31", "period")],
    ),
    (
        "en",
        D(2025, 12, 26),
        "The airline cut its forecast for the fiscal year ending March 31, 2026. It expects to"
        " grow 8% in fiscal 2026.",
        [
            ("the fiscal year", "2025-04-01/2026-03-31", "period"),
            ("March 31, 2026", "2026-03-31", "day"),
            ("fiscal 2026", "2025-04-01/2026-03-31", "period"),
        ],
    ),
    (
        "en",
        D(1989, 11, 1),
        "For the year ended Sept. 30, Ralston earned $422.5 million.",
        [("the year", "1989", "year"), ("Sept. 30", "1989-09-30", "day")],
    ),
    (
        "es",
        D(2026, 1, 2),
        "La jornada 21 está prevista para el fin de semana del 10 y 11 de enero.",
        [("el fin de semana del 10 y 11 de enero", "2026-01-10/2026-01-11", "period")],
    ),
    (
        "fr",
        D(2026, 1, 2),
        "La compétition aura lieu le week-end des 10 et 11 janvier.",
        [("le week-end des 10 et 11 janvier", "2026-01-10/2026-01-11", "period")],
    ),
    (
        "fr",
        D(2026, 4, 20),
        "La course se disputera du mardi 28 avril au dimanche 3 mai.",
        [("mardi 28 avril", "2026-04-28", "day"), ("dimanche 3 mai", "2026-05-03", "day")],
    ),
]


@pytest.mark.parametrize(("lang", "published", "sentence", "expected"), WHAT_ROUND_35_FOUND)
def test_what_round_35_found(lang, published, sentence, expected):
    assert found_as(sentence, published, lang) == expected


# Review 29 (of round 34): no crash where a count is split again; durations and stretches of
# days are not counted from a day; "de Noël à" only before another holiday; Spanish spans as
# before; Portuguese ordinals stay ordinals; the on-ramp; other owners' fiscal years; "cette
# année-là"; "le même soir que" compares.
WHAT_REVIEW_29_FOUND = [
    (
        "fr",
        D(2026, 1, 5),
        "Plus de deux jours après Noël, l'électricité n'était pas rétablie.",
        [("Plus de deux jours après", None, "vague"), ("Noël", "2025-12-25", "day")],
    ),
    (
        "fr",
        D(2026, 1, 5),
        "Environ deux semaines après Pâques, il est rentré.",
        [("Environ deux semaines après", None, "vague"), ("Pâques", "2025-04-20", "day")],
    ),
    (
        "en",
        D(2026, 1, 5),
        "Protesters camped outside for three days after Christmas.",
        [("Christmas", "2025-12-25", "day")],
    ),
    (
        "fr",
        D(2026, 1, 5),
        "Il a plu pendant deux jours avant Noël.",
        [("Noël", "2025-12-25", "day")],
    ),
    (
        "en",
        D(2026, 1, 5),
        "The 10 days before Christmas are the busiest of the year.",
        [
            ("10 days before", None, "vague"),
            ("Christmas", "2025-12-25", "day"),
            ("the year", "2026", "year"),
        ],
    ),
    (
        "es",
        D(2026, 3, 1),
        "Los robos ocurrieron dos días antes de Navidad.",
        [("dos días antes de Navidad", "2025-12-23", "day")],
    ),
    (
        "es",
        D(2026, 9, 7),
        "La consulta estaba convocada para el 23 de agosto, pero fue aplazada dos semanas después"
        " de que el viernes 21 de agosto un grupo bloqueara la planta.",
        [
            ("el 23 de agosto", "2026-08-23", "day"),
            ("dos semanas después", "2026-08-23", "day"),
            ("el viernes 21 de agosto", "2026-08-21", "day"),
        ],
    ),
    ("fr", D(2026, 1, 5), "La prime de Noël à 152,45 euros sera versée aux allocataires.", []),
    ("fr", D(2026, 1, 5), "La fête de Noël à la Maison Blanche a eu lieu.", []),
    ("fr", D(2026, 1, 5), "Les vacances de Noël à la Martinique ont commencé.", []),
    (
        "es",
        D(2026, 1, 5),
        "Las rebajas van desde el 7 de enero hasta finales de febrero.",
        [("el 7 de enero", "2025-01-07", "day"), ("hasta finales de febrero", "2026-02", "month")],
    ),
    ("pt", D(2026, 1, 5), "O clube terminou na quarta e garantiu vaga na Libertadores.", []),
    ("pt", D(2026, 1, 5), "Ela foi a segunda a chegar.", []),
    ("pt", D(2026, 1, 5), "Ele vive na quinta que herdou do avô.", []),
    ("pt", D(2026, 1, 5), "O Grêmio ficou na sexta na tabela.", []),
    ("pt", D(2026, 1, 5), "A loja abre de segunda a sexta.", [("sexta", "2026-01-09", "day")]),
    ("de", D(2026, 1, 5), "Vor Auffahrt Bern-Ost kam es zu Stau.", []),
    ("de", D(2026, 1, 5), "Die Fahrt ging über Auffahrt und Abfahrt.", []),
    (
        "en",
        D(2026, 10, 28),
        "Oracle, whose fiscal year ended May 31, forecast growth. Rival SAP expects fiscal 2026"
        " revenue to rise.",
        [("May 31", "2026-05-31", "day"), ("fiscal 2026", "2026", "year")],
    ),
    (
        "en",
        D(2026, 10, 28),
        "The state's fiscal year ended June 30. The federal fiscal 2026 budget starts Oct. 1.",
        [
            ("June 30", "2026-06-30", "day"),
            ("fiscal 2026", "2026", "year"),
            ("Oct. 1", "2026-10-01", "day"),
        ],
    ),
    (
        "en",
        D(2026, 10, 28),
        "The company's fiscal year ended June 30. Fiscal 2026 sales rose.",
        [("June 30", "2026-06-30", "day"), ("Fiscal 2026", "2025-07-01/2026-06-30", "period")],
    ),
    (
        "fr",
        D(2026, 7, 15),
        "Au premier trimestre de cette année-là, les ventes avaient chuté.",
        [
            ("premier trimestre", "2026-01-01/2026-03-31", "period"),
            ("cette année-là", "2026", "year"),
        ],
    ),
    ("fr", D(2026, 7, 15), "Le même soir que le concert, un incendie s'est déclaré.", []),
    ("fr", D(2026, 7, 15), "Il a passé la même nuit que son frère en prison.", []),
]


@pytest.mark.parametrize(("lang", "published", "sentence", "expected"), WHAT_REVIEW_29_FOUND)
def test_what_review_29_found(lang, published, sentence, expected):
    assert found_as(sentence, published, lang) == expected


# Review 30 (of round 35): "this summer" to come unless told in the past or just ended; a past
# weekend told on a Friday; seasons of history and metaphor; German counts "1200 der"; event years
# in quotes; a day of a noun before "that"; a capitalised month is a name; a place named like a
# holiday; a decade counted from the latest date told.
WHAT_REVIEW_30_FOUND = [
    (
        "en",
        D(2026, 1, 9),
        "The World Cup kicks off this summer in North America.",
        [("this summer", "2026-06-01/2026-08-31", "period")],
    ),
    (
        "fr",
        D(2026, 3, 26),
        "Cet automne, les électeurs votent.",
        [("Cet automne", "2026-09-01/2026-11-30", "period")],
    ),
    (
        "en",
        D(2026, 1, 9),
        "Thousands marched in the capital this weekend.",
        [("this weekend", "2026-01-03/2026-01-04", "period")],
    ),
    (
        "en",
        D(2026, 1, 10),
        "Thousands marched in the capital this weekend.",
        [("this weekend", "2026-01-10/2026-01-11", "period")],
    ),
    ("fr", D(2026, 1, 9), "Après le printemps des peuples, tout a changé.", []),
    ("es", D(2026, 1, 9), "Antes del invierno ruso, Napoleón se retiró.", []),
    ("de", D(2025, 6, 13), "Zuletzt strich die Bahn 1200 der täglichen Verbindungen.", []),
    ("de", D(2025, 6, 13), "In der Pandemie 1500 Betriebe zu verlieren, wäre fatal.", []),
    (
        "de",
        D(2025, 6, 13),
        "Experten erinnern an den „Hitzesommer 2018“.",
        [("Hitzesommer 2018", "2018-06-01/2018-08-31", "period")],
    ),
    (
        "en",
        D(2026, 1, 9),
        "The minister announced the vote on Tuesday that lawmakers will hold.",
        [("Tuesday", "2026-01-13", "day")],
    ),
    (
        "fr",
        D(2026, 1, 9),
        "Le ministre a annoncé la réunion de lundi que présidera le Premier ministre.",
        [("lundi", "2026-01-12", "day")],
    ),
    (
        "es",
        D(2026, 1, 9),
        "El presidente dijo que la cumbre del lunes que acogerá Madrid será clave.",
        [("del lunes", "2026-01-12", "day")],
    ),
    (
        "pt",
        D(2026, 1, 8),
        "No fim de semana de 10 e 11 de Janeiro, haverá neve.",
        [("No fim de semana", "2026-01-10/2026-01-11", "period")],
    ),
    (
        "es",
        D(2025, 12, 29),
        "Al día siguiente, en San Juan, la policía detuvo a dos hombres.",
        # (no day told before it, in the past: not the day after publication)
        [("Al día siguiente", None, "vague"), ("San Juan", "2025-06-24", "day")],
    ),
    (
        "fr",
        D(2026, 1, 9),
        "Dans les années 1980, il a acheté la maison. En 2012, il l'a vendue, et la décennie"
        " suivante a été difficile.",
        [
            ("les années 1980", "1980-01-01/1989-12-31", "period"),
            ("2012", "2012", "year"),
            ("la décennie suivante", "2020-01-01/2029-12-31", "period"),
        ],
    ),
    (
        "fr",
        D(2026, 1, 9),
        "Comme dans les années 1970, la décennie suivante pourrait être difficile.",
        [
            ("les années 1970", "1970-01-01/1979-12-31", "period"),
            ("la décennie suivante", "2030-01-01/2039-12-31", "period"),
        ],
    ),
]


@pytest.mark.parametrize(("lang", "published", "sentence", "expected"), WHAT_REVIEW_30_FOUND)
def test_what_review_30_found(lang, published, sentence, expected):
    assert found_as(sentence, published, lang) == expected


# Round 38 of unseen dispatches and review 31: German "heute/übermorgen zu ..." (only a night
# or evening "zum Samstag" is another day's, "heute zu Tage" none), "April bis Juni" without
# "von" (not after a day: "Vom 20. April bis Juni"); Spanish and Portuguese day spans before
# an abbreviated month; "the day after that", "the same evening" (not "the same evening
# dress"; none of a coarser date or of none told); a year that numbers an address or an
# asteroid; a dateline's abbreviated month does not end the lead's sentence; a month before a
# number that is no year ("En janvier 200 emplois"); "due to" a cause and the Portuguese nouns
# in -rão ("verão") tell no future; a participle after the comma does not date a clause to come.
WHAT_ROUND_38_FOUND = [
    (
        "de",
        D(2026, 6, 23),
        "Das Amt Nordsee-Treene lädt übermorgen zu einer Bürgersprechstunde ein.",
        [("übermorgen", "2026-06-25", "day")],
    ),
    (
        "de",
        D(2026, 6, 23),
        "Der Bürgermeister lädt heute zu einem Rundgang ein.",
        [("heute", "2026-06-23", "day")],
    ),
    (
        "de",
        D(2026, 6, 23),
        "In der Nacht zum Samstag griffen Truppen an.",
        [("Samstag", "2026-06-20", "day")],
    ),
    (
        "de",
        D(2025, 8, 5),
        "In den Monaten April bis Juni stieg der Umsatz um 6,2 Prozent.",
        [("April bis Juni", "2025-04-01/2025-06-30", "period")],
    ),
    ("de", D(2025, 8, 5), "Im Mai bis zu 30 Grad.", [("Mai", "2025-05", "month")]),
    (
        "es",
        D(2025, 7, 1),
        "El corto pasó por el Festival de Málaga (14-23 mar.).",
        [("14-23 mar.", "2025-03-14/2025-03-23", "period")],
    ),
    (
        "pt",
        D(2025, 5, 30),
        "O ciclista não vai disputar o Critérium (8-15 jun.).",
        [("8-15 jun.", "2025-06-08/2025-06-15", "period")],
    ),
    (
        "en",
        D(2025, 11, 18),
        "It will perform a second burn on Thursday. The day after that, the instruments are due"
        " to be switched on.",
        [("Thursday", "2025-11-20", "day"), ("The day after that", "2025-11-21", "day")],
    ),
    (
        "en",
        D(2025, 3, 12),
        "She won on March 11. She spoke shortly before 11:30 p.m. the same evening.",
        [("March 11", "2025-03-11", "day"), ("the same evening", "2025-03-11", "day")],
    ),
    (
        "en",
        D(2025, 3, 12),
        "Deschambault told supporters at 1415 Portage Avenue that the hospital would reopen.",
        [],
    ),
    (
        "en",
        D(2025, 3, 12),
        "The shelter is at the Mississippi Coliseum, 1207 Mississippi Street.",
        [],
    ),
    (
        "en",
        D(2024, 5, 15),
        "The 2008 Wall Street crash wiped out trillions of dollars.",
        [("2008", "2008", "year")],
    ),
    (
        "en",
        D(2024, 5, 15),
        "Investigators are still examining the 2014 MH17 disaster.",
        [("2014", "2014", "year")],
    ),
    ("de", D(2024, 5, 15), "Heute zu Tage nutzen fast alle Jugendlichen ein Smartphone.", []),
    (
        "de",
        D(2024, 5, 15),
        "Vom 20. April bis Juni bleibt die Straße gesperrt.",
        [("Vom 20. April bis Juni", "2024-04-20/2024-06-30", "period")],
    ),
    (
        "de",
        D(2024, 5, 15),
        "Ab April bis Juni gilt ein Tempolimit.",
        [("April bis Juni", "2024-04-01/2024-06-30", "period")],
    ),
    (
        "en",
        D(2024, 5, 15),
        "She won on March 11. She wore the same evening dress.",
        [("March 11", "2024-03-11", "day")],
    ),
    (
        "en",
        D(2024, 5, 15),
        "He was sacked on Monday, the day after that defeat to Arsenal.",
        [("Monday", "2024-05-13", "day")],
    ),
    (
        "en",
        D(2024, 5, 15),
        "He was arrested in 2019 and released that same evening.",
        [("2019", "2019", "year"), ("that same evening", None, "vague")],
    ),
    (
        "en",
        D(2024, 5, 15),
        "Police raided his home. The next day, he fled the country.",
        [("The next day", None, "vague")],
    ),
    (
        "fr",
        D(2024, 5, 15),
        "Le texte a été voté le 7 mai. (Photo Belga) Le Sénat l'examine jeudi.",
        [("le 7 mai", "2024-05-07", "day"), ("jeudi", "2024-05-16", "day")],
    ),
    (
        "en",
        D(2026, 5, 12),
        "Households will receive a rebate from September, credited to their bills.",
        [("September", "2026-09", "month")],
    ),
    (
        "en",
        D(2025, 11, 18),
        "The probe braked into orbit around asteroid 2008 TR4 on Monday.",
        [("Monday", "2025-11-17", "day")],
    ),
    (
        "en",
        D(2025, 11, 18),
        "In 2019 Main Street was closed to traffic.",
        [("2019", "2019", "year")],
    ),
    (
        "fr",
        D(2025, 4, 22),
        "BRUXELLES, 22 avr. (Belga) - Trois jours après leur victoire en finale, les joueurs ont"
        " été reçus à l'hôtel de ville.",
        [("22 avr.", "2025-04-22", "day"), ("Trois jours après", "2025-04-22", "day")],
    ),
    ("fr", D(2025, 10, 6), "En mai 68 000 emplois ont été créés.", [("mai", "2025-05", "month")]),
    (
        "fr",
        D(2025, 10, 6),
        "En janvier 200 emplois ont été supprimés.",
        [("janvier", "2025-01", "month")],
    ),
    (
        "de",
        D(2025, 10, 6),
        "Die Firma plant, im Januar 200 Stellen abzubauen.",
        [("Januar", "2026-01", "month")],
    ),
    (
        "es",
        D(2025, 10, 6),
        "En enero 200 empleos fueron eliminados.",
        [("enero", "2025-01", "month")],
    ),
    (
        "pt",
        D(2025, 10, 6),
        "Em janeiro 200 empregos foram cortados.",
        [("janeiro", "2025-01", "month")],
    ),
    ("fr", D(2025, 10, 6), "En janvier 2019 il partait.", [("janvier 2019", "2019-01", "month")]),
    (
        "en",
        D(2026, 3, 31),
        "The outbreak is due to heavy rain between December and February.",
        [("between December and February", "2025-12-01/2026-02-28", "period")],
    ),
    (
        "en",
        D(2026, 3, 31),
        "The vote is due to take place on Monday.",
        [("Monday", "2026-04-06", "day")],
    ),
    (
        "en",
        D(2026, 3, 31),
        "Flights were cancelled on Monday due to bad weather.",
        [("Monday", "2026-03-30", "day")],
    ),
    (
        "pt",
        D(2026, 3, 31),
        "O surto deve-se às chuvas entre dezembro e fevereiro, combinadas com o calor do verão.",
        [("entre dezembro e fevereiro", "2025-12-01/2026-02-28", "period")],
    ),
]


@pytest.mark.parametrize(("lang", "published", "sentence", "expected"), WHAT_ROUND_38_FOUND)
def test_what_round_38_found(lang, published, sentence, expected):
    assert found_as(sentence, published, lang) == expected


# Round 39 of unseen dispatches: a date in figures is day first where the text shows it ("15/12/
# 2025", or more dates written "12 October" than "October 12"); spelled-out compound numbers
# ("Forty-one years ago", "quarante-deux ans"); "le jour du 14 Juillet" is the holiday; "na mesma
# noite"; "para 18/12" (not "para 1/3"); a relative clause with no tense marker of its own is
# in the present (of what is to come in a sentence to come); "im Sommer nächsten Jahres".
WHAT_ROUND_39_FOUND = [
    (
        "en",
        D(2025, 6, 30),
        "He finished third in Chicago on 12 October 2023 and won in Berlin on 24 September. He"
        " produced a receipt dated 2/12/2024.",
        [
            ("12 October 2023", "2023-10-12", "day"),
            ("24 September", "2024-09-24", "day"),
            ("2/12/2024", "2024-12-02", "day"),
        ],
    ),
    (
        "en",
        D(2026, 5, 12),
        "The rebate follows a review dated 15/12/2025. The concession takes effect on 01/07/2026.",
        [("15/12/2025", "2025-12-15", "day"), ("01/07/2026", "2026-07-01", "day")],
    ),
    (
        "en",
        D(2024, 2, 9),
        "The board met on Jan. 26 and approved the plan dated 1/2/2024.",
        [("Jan. 26", "2024-01-26", "day"), ("1/2/2024", "2024-01-02", "day")],
    ),
    (
        "en",
        D(2024, 12, 2),
        '"Forty-one years ago I locked that gate myself," he said.',
        [("Forty-one years ago", "1983", "year")],
    ),
    (
        "fr",
        D(2024, 12, 2),
        "Il y a quarante-deux ans, la mine fermait.",
        [("Il y a quarante-deux ans", "1982", "year")],
    ),
    (
        "fr",
        D(2026, 7, 21),
        "Le jour du 14 Juillet, plusieurs rames avaient circulé avec une heure de retard.",
        [("14 Juillet", "2026-07-14", "day")],
    ),
    ("fr", D(2026, 7, 21), "Ils habitent rue du 14 Juillet.", []),
    (
        "pt",
        D(2024, 10, 28),
        "O prefeito perdeu no domingo e gravou um vídeo na mesma noite.",
        [("domingo", "2024-10-27", "day"), ("na mesma noite", "2024-10-27", "day")],
    ),
    (
        "pt",
        D(2024, 10, 28),
        "A diplomação está prevista para 18/12, e a posse para janeiro.",
        [("18/12", "2024-12-18", "day"), ("janeiro", "2025-01", "month")],
    ),
    ("pt", D(2024, 10, 28), "A inflação caiu para 1/3 do valor.", []),
    (
        "pt",
        D(2024, 10, 28),
        "Nogueira, que deixa o cargo em 31/12, evitou comentar o resultado.",
        [("31/12", "2024-12-31", "day")],
    ),
    (
        "en",
        D(2024, 2, 9),
        "Under the new schedule, which takes effect on Aug. 12, classes will be shorter.",
        [("Aug. 12", "2024-08-12", "day")],
    ),
    (
        "de",
        D(2025, 5, 15),
        "Das Nachfolgemodell soll im Sommer nächsten Jahres vorgestellt werden.",
        [("im Sommer nächsten Jahres", "2026-06-01/2026-08-31", "period")],
    ),
]


@pytest.mark.parametrize(("lang", "published", "sentence", "expected"), WHAT_ROUND_39_FOUND)
def test_what_round_39_found(lang, published, sentence, expected):
    assert found_as(sentence, published, lang) == expected


# Round 40 of unseen dispatches, reviews 32 and 33: "two days ahead of schedule" tells no
# future (but "two days ahead of the vote on Sunday" does); a year opening a sentence frames a
# day after "until"; "Bis Donnerstag wurden" is past (not a participle after the deadline:
# "bis zum Sommer gefunden sein", "Until March 31 registered voters"); "2000 Metern"; two days
# in figures from ... to are one span; "this autumn" told in the past is the one gone within
# half a year, else the one to come; a relative clause closing the sentence after a date's
# comma does not date it (one before the main verb does not matter); a relative clause before
# the date whose verb is in the present (per language: "which opens", "qui se rend", "que se
# manifiestan") dates what is to come, one the markers miss keeps the sentence's tense ("which
# hit the coast on Friday"); a month before a two-digit year ("En août 14,", "Im Mai 45 lag") is
# none, before a count or a decimal it is one; "verão" the verb; "10/12 anos"; "That same
# evening protesters" but "the same evening speech"; "to 2019 Main Street"; a British "5th of
# November" tells day-first figures, a US "4th of July" does not.
WHAT_ROUND_40_FOUND = [
    (
        "en",
        D(2024, 7, 8),
        "The rains arrived over Kerala on May 30, two days ahead of schedule, and reached the"
        " northeast the same day.",
        [("May 30", "2024-05-30", "day"), ("the same day", "2024-05-30", "day")],
    ),
    (
        "en",
        D(2024, 7, 8),
        "Investors bought positions ahead of the vote on Sunday.",
        [("Sunday", "2024-07-14", "day")],
    ),
    (
        "en",
        D(2026, 10, 12),
        "In 2023, the parties did not sign their agreement until November 24.",
        [("2023", "2023", "year"), ("November 24", "2023-11-24", "day")],
    ),
    (
        "en",
        D(2024, 6, 4),
        "Two days ahead of the vote on Sunday, polls show the race tightening.",
        [("Sunday", "2024-06-09", "day")],
    ),
    (
        "en",
        D(2024, 5, 15),
        "She hoped to finish the race on Saturday but pulled out with an injury.",
        [("Saturday", "2024-05-11", "day")],
    ),
    (
        "en",
        D(2024, 5, 15),
        "Until March 31 registered voters can request a postal ballot.",
        [("March 31", "2025-03-31", "day")],
    ),
    (
        "en",
        D(2025, 1, 15),
        "The reservoirs were badly depleted this autumn, the water company said.",
        [("this autumn", "2024-09-01/2024-11-30", "period")],
    ),
    (
        "en",
        D(2024, 5, 15),
        "The final on Sunday, which kicks off at 8pm, will be shown live on BBC One.",
        [("Sunday", "2024-05-19", "day")],
    ),
    (
        "fr",
        D(2024, 5, 15),
        "Le ministre, qui se rend à Kiev jeudi, a reçu son homologue.",
        [("jeudi", "2024-05-16", "day")],
    ),
    (
        "es",
        D(2024, 5, 15),
        "Los sindicatos, que se manifiestan el jueves, rechazaron la propuesta.",
        [("el jueves", "2024-05-16", "day")],
    ),
    (
        "fr",
        D(2024, 3, 12),
        "En janvier 12,4 % des ménages étaient en situation de précarité énergétique.",
        [("janvier", "2024-01", "month")],
    ),
    (
        "de",
        D(2024, 3, 12),
        "Die Firma hat im Januar 15 neue Mitarbeiter eingestellt.",
        [("Januar", "2024-01", "month")],
    ),
    (
        "pt",
        D(2024, 5, 15),
        "Nesse verão, a 12 de agosto, o rio ficou seco.",
        [("12 de agosto", "2023-08-12", "day")],
    ),
    (
        "en",
        D(2024, 5, 15),
        "He spoke at the rally on Monday. He repeated the same evening speech in York.",
        [("Monday", "2024-05-13", "day")],
    ),
    (
        "de",
        D(2024, 9, 27),
        "Bis Donnerstag wurden nach Angaben des Innenministeriums 1.210.000 Wahlkarten"
        " ausgestellt.",
        [("Donnerstag", "2024-09-26", "day")],
    ),
    (
        "de",
        D(2026, 3, 30),
        "Ein Investor müsse bis zum Sommer gefunden sein.",
        [("Sommer", "2026-06-01/2026-08-31", "period")],
    ),
    (
        "de",
        D(2024, 11, 14),
        "Im Wallis fielen oberhalb von 2000 Metern bis zu 80 Zentimeter Neuschnee.",
        [],
    ),
    (
        "pt",
        D(2024, 5, 15),
        "O Ministério Público quis saber se o chefe da Casa Militar sabia do encontro de 12 de"
        " março.",
        [("12 de março", "2024-03-12", "day")],
    ),
    (
        "fr",
        D(2025, 5, 26),
        "L'offre publique sera ouverte du 16/06/2025 au 14/07/2025, et la finalisation suivra.",
        [("du 16/06/2025 au 14/07/2025", "2025-06-16/2025-07-14", "period")],
    ),
    (
        "de",
        D(2024, 1, 22),
        "Die WBB will einen Notfahrplan anbieten, der vom 24.01. bis 26.01.2024 gilt.",
        [("vom 24.01. bis 26.01.2024", "2024-01-24/2024-01-26", "period")],
    ),
    (
        "en",
        D(2025, 6, 30),
        "The ban rules him out of this autumn's major marathons, including Chicago on 12 October,"
        " where he finished third in 2023.",
        [
            ("this autumn", "2025-09-01/2025-11-30", "period"),
            ("12 October", "2025-10-12", "day"),
            ("2023", "2023", "year"),
        ],
    ),
    (
        "en",
        D(2025, 12, 10),
        "This summer was the hottest on record.",
        [("This summer", "2025-06-01/2025-08-31", "period")],
    ),
    (
        "en",
        D(2024, 5, 15),
        "The storm, which hit the coast on Friday, killed 12 people.",
        [("Friday", "2024-05-10", "day")],
    ),
    (
        "en",
        D(2024, 5, 15),
        "The festival, which opens on Friday, sold out in minutes.",
        [("Friday", "2024-05-17", "day")],
    ),
    (
        "es",
        D(2024, 5, 15),
        "La ley, que entra en vigor el sábado, fue aprobada ayer.",
        [("el sábado", "2024-05-18", "day"), ("ayer", "2024-05-14", "day")],
    ),
    (
        "pt",
        D(2024, 5, 15),
        "O jogador, que trouxe a taça no sábado, foi recebido em festa.",
        [("sábado", "2024-05-11", "day")],
    ),
    (
        "fr",
        D(2024, 5, 15),
        "Le club, qui fête ses 30 ans samedi, a présenté son maillot.",
        [("samedi", "2024-05-18", "day")],
    ),
    (
        "fr",
        D(2024, 5, 15),
        "Le maire, qui a quitté ses fonctions samedi, a présenté sa démission.",
        [("samedi", "2024-05-11", "day")],
    ),
    ("fr", D(2024, 3, 12), "En août 14, des milliers de jeunes hommes partaient au front.", []),
    (
        "fr",
        D(2024, 3, 12),
        "En décembre 12 personnes ont été interpellées lors de rixes.",
        [("décembre", "2023-12", "month")],
    ),
    ("de", D(2024, 3, 12), "Im Mai 45 lag die Stadt in Trümmern.", []),
    (
        "de",
        D(2024, 3, 12),
        "Im Januar 17 Menschen starben bei Verkehrsunfällen.",
        [("Januar", "2024-01", "month")],
    ),
    (
        "pt",
        D(2024, 5, 15),
        "Os eleitores verão os resultados no domingo à noite.",
        [("domingo à noite", "2024-05-19", "day")],
    ),
    ("pt", D(2024, 5, 15), "A pena foi reduzida para 10/12 anos de prisão.", []),
    (
        "en",
        D(2024, 5, 15),
        "The verdict came on Tuesday. That same evening protesters marched to the embassy.",
        [("Tuesday", "2024-05-14", "day"), ("That same evening", "2024-05-14", "day")],
    ),
    (
        "en",
        D(2024, 5, 15),
        "The company moved its offices to 2019 Main Street in March.",
        [("March", "2024-03", "month")],
    ),
    (
        "en",
        D(2024, 3, 20),
        "The 4th of July parade will go ahead. Vendor permits must be filed by 6/3/2024.",
        [("The 4th of July", "2024-07-04", "day"), ("6/3/2024", "2024-06-03", "day")],
    ),
    (
        "en",
        D(2024, 11, 20),
        "Fans gathered for the 5th of November bonfire. Tickets go on sale 1/9/2025.",
        [("the 5th of November", "2024-11-05", "day"), ("1/9/2025", "2025-09-01", "day")],
    ),
]


@pytest.mark.parametrize(("lang", "published", "sentence", "expected"), WHAT_ROUND_40_FOUND)
def test_what_round_40_found(lang, published, sentence, expected):
    assert found_as(sentence, published, lang) == expected


WHAT_ROUND_42_FOUND = [
    ("en", D(2025, 5, 20), "The law takes effect on March 1.", [("March 1", "2026-03-01", "day")]),
    ("en", D(2025, 5, 20), "The law took effect on March 1.", [("March 1", "2025-03-01", "day")]),
    (
        "en",
        D(2025, 5, 20),
        "The rules come into force on 1 March.",
        [("1 March", "2026-03-01", "day")],
    ),
    (
        "en",
        D(2025, 5, 20),
        "The law, signed on March 3, takes effect on July 1.",
        [("March 3", "2025-03-03", "day"), ("July 1", "2025-07-01", "day")],
    ),
    (
        "fr",
        D(2025, 5, 20),
        "La loi entre en vigueur le 1er mars.",
        [("le 1er mars", "2026-03-01", "day")],
    ),
    (
        "fr",
        D(2025, 5, 20),
        "La loi, promulguée le 3 mars, entre en vigueur le 1er juillet.",
        [("le 3 mars", "2025-03-03", "day"), ("le 1er juillet", "2025-07-01", "day")],
    ),
    (
        "es",
        D(2025, 5, 20),
        "La ley entra en vigor el 1 de marzo.",
        [("el 1 de marzo", "2026-03-01", "day")],
    ),
    (
        "pt",
        D(2024, 11, 7),
        "Se for aprovado, as novas regras entram em vigor a 1 de maio.",
        [("1 de maio", "2025-05-01", "day")],
    ),
    (
        "pt",
        D(2025, 5, 20),
        "A lei, publicada a 3 de março, entra em vigor a 1 de julho.",
        [("3 de março", "2025-03-03", "day"), ("1 de julho", "2025-07-01", "day")],
    ),
    (
        "de",
        D(2025, 5, 20),
        "Das Gesetz tritt am 1. März in Kraft.",
        [("1. März", "2026-03-01", "day")],
    ),
    (
        "de",
        D(2025, 5, 20),
        "Das Gesetz, das am 3. März beschlossen wurde, tritt am 1. Juli in Kraft.",
        [("3. März", "2025-03-03", "day"), ("1. Juli", "2025-07-01", "day")],
    ),
    (
        "es",
        D(2025, 3, 10),
        "El Real Madrid vence el sábado al Barcelona y sigue líder.",
        [("el sábado", "2025-03-08", "day")],
    ),
    ("pt", D(2024, 11, 7), "Os hotéis preparam o Natal.", [("Natal", "2024-12-25", "day")]),
    ("pt", D(2024, 11, 7), "Os hotéis prepararam o Natal.", [("Natal", "2023-12-25", "day")]),
    (
        "pt",
        D(2024, 7, 26),
        "As reservas para o Natal já passam de 70%.",
        [("Natal", "2024-12-25", "day")],
    ),
    (
        "en",
        D(2024, 7, 26),
        "Bookings for Christmas already exceed 70%.",
        [("Christmas", "2024-12-25", "day")],
    ),
    (
        "en",
        D(2024, 7, 26),
        "Sales exceeded forecasts in December.",
        [("December", "2023-12", "month")],
    ),
    (
        "es",
        D(2025, 6, 20),
        "El Año Nuevo aymara se celebra el sábado.",
        [("el sábado", "2025-06-21", "day")],
    ),
    (
        "en",
        D(2025, 12, 20),
        "An Andean Christmas in Cusco draws thousands of visitors.",
        [("Christmas", "2025-12-25", "day")],
    ),
    (
        "pt",
        D(2024, 11, 7),
        "As Marchas, uma tradição que nasceu nos anos 30 do século passado, desfilam na avenida.",
        [("anos 30 do século passado", "1930-01-01/1939-12-31", "period")],
    ),
    (
        "pt",
        D(2024, 11, 7),
        "Os primeiros cinemas abriram nos anos 10 do século passado.",
        [("anos 10 do século passado", "1910-01-01/1919-12-31", "period")],
    ),
    (
        "fr",
        D(2024, 11, 7),
        "La piscine a été construite dans les années 30 du siècle dernier.",
        [("les années 30 du siècle dernier", "1930-01-01/1939-12-31", "period")],
    ),
    (
        "pt",
        D(2024, 7, 26),
        "O festival está marcado para 16 a 18 de agosto.",
        [("16 a 18 de agosto", "2024-08-16/2024-08-18", "period")],
    ),
    (
        "pt",
        D(2025, 5, 21),
        "O Benfica venceu por 2 a 1 a 18 de agosto o Sporting.",
        [("18 de agosto", "2024-08-18", "day")],
    ),
    (
        "es",
        D(2024, 7, 26),
        "El festival está previsto para el 16 al 18 de agosto.",
        [("el 16 al 18 de agosto", "2024-08-16/2024-08-18", "period")],
    ),
    (
        "de",
        D(2026, 1, 8),
        "Im ersten Halbjahr hatte die Branche noch ein leichtes Plus.",
        [("ersten Halbjahr", "2025-01-01/2025-06-30", "period")],
    ),
    (
        "de",
        D(2026, 1, 8),
        "Im ersten Halbjahr wird die Branche wieder wachsen.",
        [("ersten Halbjahr", "2026-01-01/2026-06-30", "period")],
    ),
    (
        "de",
        D(2025, 7, 5),
        "Das Unternehmen kündigte an, im zweiten Halbjahr 500 Stellen abzubauen.",
        [("zweiten Halbjahr", "2025-07-01/2025-12-31", "period")],
    ),
    (
        "en",
        D(1989, 10, 30),
        "Shoney's said it will report a write-off for its fourth quarter ended yesterday.",
        [("fourth quarter", "1989-10-01/1989-12-31", "period"), ("yesterday", "1989-10-29", "day")],
    ),
    (
        "de",
        D(2026, 1, 8),
        "Die Branche hat ein schwieriges zweites Halbjahr 2025 hinter sich.",
        [("zweites Halbjahr 2025", "2025-07-01/2025-12-31", "period")],
    ),
    (
        "de",
        D(2025, 12, 10),
        "Die Stadt zählte bis zum Sonntag 310.000 Besucher.",
        [("Sonntag", "2025-12-07", "day")],
    ),
    (
        "en",
        D(2019, 6, 29),
        "The deadline of Jan. 31, 2017 was overturned by the court on March 3 that year.",
        [("Jan. 31, 2017", "2017-01-31", "day"), ("March 3 that year", "2017-03-03", "day")],
    ),
    (
        "en",
        D(2025, 5, 20),
        "Revenue in 2024 rose 5%. The company said on March 3 that year-on-year sales rose 4%.",
        [("2024", "2024", "year"), ("March 3", "2025-03-03", "day")],
    ),
    (
        "en",
        D(2026, 6, 29),
        "The response rate was higher than in 2022, when census night fell in the run-up to"
        " Easter.",
        [("2022", "2022", "year"), ("Easter", "2022-04-17", "day")],
    ),
    (
        "en",
        D(2025, 10, 8),
        "Smith equalised early in the second half before Jones added a second.",
        [],
    ),
    (
        "en",
        D(2025, 3, 10),
        "The airline scored record profits in the second half.",
        [("the second half", "2024-07-01/2024-12-31", "period")],
    ),
]


@pytest.mark.parametrize(("lang", "published", "sentence", "expected"), WHAT_ROUND_42_FOUND)
def test_what_round_42_found(lang, published, sentence, expected):
    assert found_as(sentence, published, lang) == expected


WHAT_ROUND_43_FOUND = [
    (
        "es",
        D(2025, 5, 9),
        "Larrosa anunció que a partir de julio las farmacias ofrecerán una quinta variedad.",
        [("a partir de julio", "2025-07", "month")],
    ),
    (
        "pt",
        D(2024, 11, 7),
        "As festas prolongaram-se até 29 de junho, dia de São Pedro.",
        [("29 de junho", "2024-06-29", "day"), ("dia de São Pedro", "2024-06-29", "day")],
    ),
    (
        "pt",
        D(2024, 11, 7),
        "O prazo foi prolongado até 29 de junho.",
        [("29 de junho", "2025-06-29", "day")],
    ),
    (
        "es",
        D(2025, 1, 10),
        "El plazo de inscripción se extendió hasta el 15 de enero.",
        [("el 15 de enero", "2025-01-15", "day")],
    ),
    (
        "en",
        D(2024, 11, 7),
        "The talks dragged on until June 29.",
        [("June 29", "2024-06-29", "day")],
    ),
    (
        "fr",
        D(2024, 8, 27),
        "Les premières équipes sont arrivées au lendemain de Noël.",
        [("au lendemain de Noël", "2023-12-26", "day")],
    ),
    (
        "en",
        D(2025, 7, 27),
        "A commission should report before the Holyrood election on 7 May next year.",
        [("7 May next year", "2026-05-07", "day")],
    ),
    (
        "en",
        D(2025, 7, 27),
        "The policy runs from 1 June 2026 to 31 May 2027.",
        [("from 1 June 2026 to 31 May 2027", "2026-06-01/2027-05-31", "period")],
    ),
    (
        "en",
        D(2025, 7, 27),
        "The policy runs from 01/06/2026 to 31/05/2027.",
        [("from 01/06/2026 to 31/05/2027", "2026-06-01/2027-05-31", "period")],
    ),
    (
        "en",
        D(2025, 7, 27),
        "The date was moved from 1 June to 3 June.",
        [("1 June", "2025-06-01", "day"), ("3 June", "2025-06-03", "day")],
    ),
    (
        "fr",
        D(2024, 9, 11),
        "Le conseil doit adopter le règlement 2024-117 sur le stationnement.",
        [],
    ),
    ("es", D(2025, 5, 11), "Consulte la línea gratuita 1800-263-535 o la web.", []),
    (
        "en",
        D(2025, 5, 11),
        "In 2024-25 revenue rose by a third.",
        [("2024-25", "2024-01-01/2025-12-31", "period")],
    ),
    ("fr", D(2025, 5, 3), "La pièce, une référence 1527 en or rose, a été vendue 5 millions.", []),
    (
        "fr",
        D(2025, 2, 12),
        "Les émissions ont baissé par rapport à l'année de référence 2019.",
        [("2019", "2019", "year")],
    ),
    (
        "fr",
        D(2025, 2, 12),
        "Jusqu'à 2030, place aux énergies renouvelables.",
        [("2030", "2030", "year")],
    ),
    (
        "es",
        D(2025, 2, 12),
        "En su carrera deportiva, 2019 fue el mejor año.",
        [("2019", "2019", "year")],
    ),
    ("es", D(2025, 2, 12), "La reunión fue en la sede de la calle Mayor, 1987, de Madrid.", []),
    (
        "pt",
        D(2025, 2, 20),
        "Na Avenida da Liberdade, 2024 foi ano de obras.",
        [("2024", "2024", "year")],
    ),
    (
        "pt",
        D(2025, 2, 20),
        "Os salários são pagos a 25 de março.",
        [("25 de março", "2025-03-25", "day")],
    ),
    (
        "es",
        D(2025, 2, 12),
        "Con motivo del Día Internacional de la Mujer Rural, hubo actos en el pueblo.",
        [],
    ),
    (
        "en",
        D(2025, 3, 10),
        "The final has been switched from 31 May to 24 May.",
        [("31 May", "2025-05-31", "day"), ("24 May", "2025-05-24", "day")],
    ),
    (
        "en",
        D(2025, 3, 10),
        "The third and last in May will be held in Paris.",
        [("May", "2025-05", "month")],
    ),
    (
        "en",
        D(2025, 3, 10),
        "Mbappe scored twice in the second half as Real Madrid beat Getafe.",
        [],
    ),
    ("de", D(2025, 3, 12), "Der legendäre August Everding inszenierte die Oper.", []),
    (
        "de",
        D(2025, 3, 12),
        "Bis Sonntag zählte die Polizei 300 Festnahmen.",
        [("Sonntag", "2025-03-09", "day")],
    ),
    (
        "de",
        D(2025, 3, 12),
        "Bis Sonntag gelte ein Versammlungsverbot, teilte die Polizei mit.",
        [("Sonntag", "2025-03-16", "day")],
    ),
    (
        "de",
        D(2025, 3, 12),
        "Die Entscheidung könnte am Freitag fallen.",
        [("Freitag", "2025-03-14", "day")],
    ),
    (
        "pt",
        D(2025, 2, 12),
        "Até sexta-feira houve 300 casos de dengue na cidade.",
        [("sexta-feira", "2025-02-07", "day")],
    ),
    (
        "fr",
        D(2024, 9, 11),
        "La séance aura lieu à la salle paroissiale, au 1455, rue Principale.",
        [],
    ),
    (
        "fr",
        D(2024, 9, 11),
        "En 1987, rue Principale, un incendie a détruit l'église.",
        [("1987", "1987", "year")],
    ),
    (
        "pt",
        D(2025, 1, 27),
        "Os documentos foram entregues na sede, na Rua Santana, 1987, no Centro.",
        [],
    ),
    (
        "pt",
        D(2026, 5, 14),
        "A inclusão de pessoas físicas ficou para o segundo semestre.",
        [("o segundo semestre", "2026-07-01/2026-12-31", "period")],
    ),
    (
        "pt",
        D(2026, 5, 14),
        "O ministro ficou até sexta-feira em Brasília.",
        [("sexta-feira", "2026-05-08", "day")],
    ),
    (
        "de",
        D(2025, 12, 5),
        "«Der verregnete August hat uns das Geschäft verdorben», sagte er.",
        [("August", "2025-08", "month")],
    ),
    ("de", D(2025, 12, 5), "Der Kaiser August regierte lange.", []),
    (
        "en",
        D(2025, 10, 1),
        "Nobody knows if they survived the crash on Saturday.",
        [("Saturday", "2025-09-27", "day")],
    ),
    (
        "en",
        D(2025, 3, 1),
        "Rallies are planned for International Women's Day.",
        [("International Women's Day", "2025-03-08", "day")],
    ),
    (
        "fr",
        D(2025, 3, 1),
        "Des rassemblements sont prévus pour la Journée internationale des droits des femmes.",
        [("la Journée internationale des droits des femmes", "2025-03-08", "day")],
    ),
    (
        "es",
        D(2024, 3, 7),
        "La consejera presentará la partida el viernes, Día Internacional de la Mujer.",
        [
            ("el viernes", "2024-03-08", "day"),
            ("Día Internacional de la Mujer", "2024-03-08", "day"),
        ],
    ),
    (
        "pt",
        D(2025, 3, 1),
        "Há marchas previstas no Dia Internacional da Mulher.",
        [("Dia Internacional da Mulher", "2025-03-08", "day")],
    ),
    (
        "de",
        D(2025, 3, 1),
        "Am Weltfrauentag gibt es Kundgebungen in vielen Städten.",
        [("Weltfrauentag", "2025-03-08", "day")],
    ),
    (
        "en",
        D(2025, 7, 27),
        "The wording must be agreed with the Electoral Commission by St Andrew's Day.",
        [("St Andrew's Day", "2025-11-30", "day")],
    ),
    (
        "pt",
        D(2026, 5, 14),
        "A primeira fase testou depósitos; a segunda, de julho de 2024 a junho de 2025, reuniu"
        " bancos.",
        [("de julho de 2024 a junho de 2025", "2024-07-01/2025-06-30", "period")],
    ),
    ("pt", D(2026, 1, 7), "A loja abre de segunda a sexta.", [("sexta", "2026-01-09", "day")]),
    (
        "pt",
        D(2026, 1, 7),
        "A reunião ficou marcada para a segunda, às 10h.",
        [("segunda", "2026-01-12", "day")],
    ),
    (
        "en",
        D(2025, 2, 20),
        "Work at the yard has run at full capacity since the Lunar New Year.",
        [("Lunar New Year", "2025-01-29", "day")],
    ),
    (
        "fr",
        D(2025, 2, 20),
        "Depuis le Nouvel An chinois, les ventes reculent.",
        [("le Nouvel An chinois", "2025-01-29", "day")],
    ),
    (
        "es",
        D(2026, 2, 10),
        "Las fábricas cierran antes del Año Nuevo chino.",
        [("Año Nuevo chino", "2026-02-17", "day")],
    ),
    (
        "en",
        D(2026, 2, 13),
        "The next Rosenmontag parade is small. Easter, which falls on April 5, is late.",
        [("Easter", "2026-04-05", "day"), ("April 5", "2026-04-05", "day")],
    ),
    (
        "de",
        D(2026, 2, 13),
        "Der nächste Rosenmontag fällt auf den 8. Februar 2027.",
        [("Rosenmontag", "2027-02-08", "day"), ("den 8. Februar 2027", "2027-02-08", "day")],
    ),
]


@pytest.mark.parametrize(("lang", "published", "sentence", "expected"), WHAT_ROUND_43_FOUND)
def test_what_round_43_found(lang, published, sentence, expected):
    assert found_as(sentence, published, lang) == expected


WHAT_ROUND_44_FOUND = [
    (
        "es",
        D(2024, 1, 16),
        "Los debates antes de la primera vuelta de 2026 seguirían un calendario que arrancaría a"
        " finales de enero de ese año.",
        [("2026", "2026", "year"), ("a finales de enero de ese año", "2026-01", "month")],
    ),
    (
        "es",
        D(2024, 1, 16),
        "Al día siguiente comenzaría la veda previa a la votación del domingo 31 de mayo.",
        [
            ("Al día siguiente", "2024-01-17", "day"),
            ("del domingo 31 de mayo", "2026-05-31", "day"),
        ],
    ),
    (
        "fr",
        D(2024, 12, 11),
        "La prime, gelée depuis le printemps, n'a pas été versée.",
        [("printemps", "2024-03-01/2024-05-31", "period")],
    ),
    (
        "fr",
        D(2025, 12, 24),
        "« Nous ne l'aurons pas avant le printemps », a regretté le président.",
        [("printemps", "2026-03-01/2026-05-31", "period")],
    ),
    (
        "pt",
        D(2024, 9, 25),
        "O sindicato acusa a companhia de não ter pago até 31 de agosto a segunda tranche.",
        [("31 de agosto", "2024-08-31", "day")],
    ),
    (
        "en",
        D(2025, 7, 4),
        "The company first approached the union around St David's Day.",
        [("St David's Day", "2025-03-01", "day")],
    ),
]


@pytest.mark.parametrize(("lang", "published", "sentence", "expected"), WHAT_ROUND_44_FOUND)
def test_what_round_44_found(lang, published, sentence, expected):
    assert found_as(sentence, published, lang) == expected


# Round 45 of unseen dispatches: a German infinitive in ge- ("genehmigen") is no participle; a
# verb after a deadline is read whole ("bis Ende August erwartet"); "morgen, Sonntag"; "were due"
# is past; "by the end of" is a deadline; a season with its year frames a year-less month told
# after it; "the announcement, Tuesday, of a tax which will apply": the relative clause is the
# complement's; a dateline in figures; "18% less than a year ago"; "Act, 1955" is a name;
# seasons of next or last year; "the same day" beside a day is a mention of its own.
WHAT_ROUND_45_FOUND = [
    (
        "de",
        D(2026, 5, 15),
        "Die Generalversammlung soll die Kapitalerhöhung am 24. Juni genehmigen.",
        [("24. Juni", "2026-06-24", "day")],
    ),
    (
        "de",
        D(2025, 7, 12),
        "Eine Entscheidung des Vorstands wird bis Ende August erwartet.",
        [("bis Ende August", "2025-08", "month")],
    ),
    (
        "de",
        D(2025, 7, 12),
        "Für morgen, Sonntag, hat die Initiative zu einer Versammlung geladen.",
        [("morgen, Sonntag", "2025-07-13", "day")],
    ),
    (
        "de",
        D(2025, 7, 12),
        "Wir haben einen langen Atem, auch über Mariä Himmelfahrt hinaus.",
        [("Mariä Himmelfahrt", "2025-08-15", "day")],
    ),
    (
        "en",
        D(2025, 9, 4),
        '"Payments that were due in mid-June have still not come," she said.',
        [("mid-June", "2025-06", "month")],
    ),
    (
        "en",
        D(2025, 12, 26),
        "The rand could test 16.50 by the end of the first quarter.",
        [("the first quarter", "2026-01-01/2026-03-31", "period")],
    ),
    (
        "en",
        D(2026, 4, 24),
        "A comparable episode came in the summer of 2024, when waits peaked in late June.",
        [
            ("the summer of 2024", "2024-06-01/2024-08-31", "period"),
            ("late June", "2024-06", "month"),
        ],
    ),
    (
        "en",
        D(2025, 12, 26),
        "Markets were closed for the Day of Goodwill.",
        [("Day of Goodwill", "2025-12-26", "day")],
    ),
    (
        "en",
        D(2025, 9, 4),
        "Officials registered 312 cases under the Essential Commodities Act, 1955 since July.",
        [("July", "2025-07", "month")],
    ),
    (
        "en",
        D(2025, 9, 4),
        "Imports fell to 4.1 million tonnes, 18% less than a year ago.",
        [("a year ago", "2024", "year")],
    ),
    (
        "fr",
        D(2026, 10, 23),
        "Les viticulteurs redoutent le pire après l'annonce par Washington, mardi, d'une surtaxe"
        " sur les vins, qui s'appliquera à partir du 1er décembre.",
        [("mardi", "2026-10-20", "day"), ("1er décembre", "2026-12-01", "day")],
    ),
    (
        "fr",
        D(2026, 3, 5),
        "Bruxelles, 05/03 (BELGA) – Le gouvernement fédéral a bouclé un ajustement.",
        [("05/03", "2026-03-05", "day")],
    ),
    (
        "fr",
        D(2025, 6, 15),
        "Le chantier doit s'achever à l'été de l'année prochaine.",
        [("l'été de l'année prochaine", "2026-06-01/2026-08-31", "period")],
    ),
    (
        "es",
        D(2025, 5, 3),
        "Queremos tener todo listo antes del verano.",
        [("verano", "2025-06-01/2025-08-31", "period")],
    ),
    (
        "pt",
        D(2026, 8, 5),
        '"O mercado vai reagir", disse ele à reportagem nesta tarde.',
        [("nesta tarde", "2026-08-05", "day")],
    ),
    (
        "pt",
        D(2026, 8, 5),
        "A última reunião do ano está marcada para o dia 9/12.",
        [("9/12", "2026-12-09", "day")],
    ),
    (
        "pt",
        D(2025, 6, 15),
        "O anúncio saiu em pleno feriado de Santo António.",
        [("feriado de Santo António", "2025-06-13", "day")],
    ),
    (
        "pt",
        D(2025, 6, 15),
        "A obra deve ficar pronta até ao verão do próximo ano.",
        [("ao verão do próximo ano", "2026-06-01/2026-08-31", "period")],
    ),
    (
        "pt",
        D(2025, 8, 1),
        "A produção despencou ao longo das décadas de 1980 e 1990.",
        [("das décadas de 1980 e 1990", "1980-01-01/1999-12-31", "period")],
    ),
]


@pytest.mark.parametrize(("lang", "published", "sentence", "expected"), WHAT_ROUND_45_FOUND)
def test_what_round_45_found(lang, published, sentence, expected):
    assert found_as(sentence, published, lang) == expected


# Round 46: "Montag der vergangenen Woche", "Monday of last week"; a weekday before a German
# date in figures with its year; "den 12. bis 16. August"; "the December quarter"; "on the
# 27th"; a past verb right before "before" ("arrived before Christmas"); the 2000s and 2010s
# in es/pt; "no dia 28/8 para"; "dans les dix jours suivant la convocation" and "un délai de
# 90 jours avant le vote" are durations. Then what two reviews found the fixes of rounds 45
# and 46 doing wrong: adjectives after a deadline ("die bis Ende Juni befristete Regelung")
# but not a verb before its subject ("verhandelten Bund und Länder"), a pluperfect far before
# a deadline, "which was due" before a future, "far more than a decade ago", the main verb
# after a complement's relative clause, scores, fractions and golf holes read as dates, "um
# mesmo dia", holidays as topics.
WHAT_ROUND_46_FOUND = [
    (
        "de",
        D(2024, 6, 12),
        "Noch am Montag der vergangenen Woche war unklar, ob die FDP zustimmen würde; zwei Tage"
        " später einigten sich die Fraktionen.",
        [
            ("am Montag der vergangenen Woche", "2024-06-03", "day"),
            ("zwei Tage später", "2024-06-05", "day"),
        ],
    ),
    (
        "de",
        D(2025, 12, 2),
        "Brieflich abstimmen kann man bis Samstag, 7.3.2026.",
        [("Samstag, 7.3.2026", "2026-03-07", "day")],
    ),
    (
        "de",
        D(2025, 8, 17),
        "Die nächste Ausgabe ist für den 12. bis 16. August 2026 geplant.",
        [("den 12. bis 16. August 2026", "2026-08-12/2026-08-16", "period")],
    ),
    (
        "de",
        D(2025, 8, 17),
        "Allein am Freitag, dem 15.8., kamen mehr als 20.000 Besucher.",
        [("Freitag, dem 15.8.", "2025-08-15", "day")],
    ),
    (
        "en",
        D(2026, 3, 7),
        "Grain exports earned A$12.3 billion in the December quarter, figures show.",
        [("the December quarter", "2025-10-01/2025-12-31", "period")],
    ),
    ("en", D(2025, 1, 15), "The court will rule on the 27th.", [("27th", "2025-01-27", "day")]),
    ("en", D(2025, 1, 15), "He lives on the 27th floor.", []),
    (
        "en",
        D(2024, 6, 12),
        "On Monday of last week, the minister spoke.",
        [("Monday of last week", "2024-06-03", "day")],
    ),
    (
        "en",
        D(2025, 4, 2),
        "The payment arrived before Christmas.",
        [("Christmas", "2024-12-25", "day")],
    ),
    (
        "en",
        D(2025, 12, 20),
        "Permits will be issued after the Rizal Day holiday.",
        [("Rizal Day", "2025-12-30", "day")],
    ),
    (
        "es",
        D(2026, 2, 3),
        "Los resultados se conocerán antes del lunes de Carnaval, 16 de febrero.",
        [("lunes de Carnaval", "2026-02-16", "day"), ("16 de febrero", "2026-02-16", "day")],
    ),
    (
        "es",
        D(2025, 4, 15),
        "La temporada arranca, de hecho, esta misma semana.",
        [("esta misma semana", "2025-04-14/2025-04-20", "period")],
    ),
    ("es", D(2025, 4, 2), "El pago llegó antes de Navidad.", [("Navidad", "2024-12-25", "day")]),
    (
        "es",
        D(2025, 11, 24),
        "En los años 2000 y 2010 hubo muchas promesas.",
        [("los años 2000 y 2010", "2000-01-01/2019-12-31", "period")],
    ),
    (
        "pt",
        D(2025, 11, 24),
        "Nos anos 2000 e 2010 ouvimos muitas promessas.",
        [("anos 2000 e 2010", "2000-01-01/2019-12-31", "period")],
    ),
    (
        "pt",
        D(2025, 11, 24),
        "Nos anos 2014 e 2015 houve crise.",
        [("2014", "2014", "year"), ("2015", "2015", "year")],
    ),
    (
        "pt",
        D(2025, 9, 6),
        "O edital havia sido alterado no dia 28/8 para reduzir as exigências.",
        [("28/8", "2025-08-28", "day")],
    ),
    (
        "pt",
        D(2025, 12, 24),
        "Nesta noite de Natal, as igrejas estarão lotadas.",
        [("Natal", "2025-12-25", "day")],
    ),
    (
        "en",
        D(2025, 9, 4),
        "On Jan. 3, the same day the law took effect, protesters gathered outside parliament.",
        [("Jan. 3", "2025-01-03", "day"), ("the same day", "2025-01-03", "day")],
    ),
    (
        "es",
        D(2025, 6, 15),
        "El 3 de enero, esa misma noche, se firmó el acuerdo.",
        [("El 3 de enero", "2025-01-03", "day")],
    ),
    (
        "fr",
        D(2026, 5, 22),
        "Les dossiers devraient être déposés dans les dix jours suivant la convocation.",
        [],
    ),
    ("fr", D(2026, 5, 22), "Le texte impose seulement un délai de 90 jours avant le vote.", []),
    (
        "de",
        D(2025, 3, 10),
        "Die bis Ende Juni befristete Regelung soll verlängert werden.",
        [("bis Ende Juni", "2025-06", "month")],
    ),
    (
        "en",
        D(2025, 9, 4),
        "Officials who had warned of shortages say the government will release more grain by"
        " Friday.",
        [("Friday", "2025-09-05", "day")],
    ),
    (
        "en",
        D(2025, 9, 10),
        "Arrested on Sept. 3, 2022, he was released in late October.",
        [("Sept. 3, 2022", "2022-09-03", "day"), ("late October", "2022-10", "month")],
    ),
    (
        "de",
        D(2025, 8, 10),
        "Bis Ende Juni verhandelten Bund und Länder über den Vertrag.",
        [("Bis Ende Juni", "2025-06", "month")],
    ),
    ("en", D(2025, 1, 15), "Woods bogeyed on the 18th and lost the tournament.", []),
    (
        "es",
        D(2025, 10, 10),
        "La obra estará lista antes del verano en Madrid.",
        [("verano", "2026-06-01/2026-08-31", "period")],
    ),
    (
        "es",
        D(2026, 1, 5),
        "MADRID, 2/1 (EFE) El Gobierno aprobó el plan.",
        [("2/1", "2026-01-02", "day")],
    ),
    (
        "en",
        D(2025, 9, 4),
        "The bond, which was due in early October, will be rolled over.",
        [("early October", "2025-10", "month")],
    ),
    (
        "en",
        D(2025, 9, 4),
        "The rule was introduced far more than a decade ago.",
        [("more than a decade ago", None, "vague")],
    ),
    (
        "fr",
        D(2026, 10, 21),
        "La libération, samedi, des otages qui étaient détenus depuis un an a été obtenue par le"
        " Qatar.",
        [("samedi", "2026-10-17", "day"), ("depuis un an", None, "vague")],
    ),
    ("fr", D(2026, 1, 5), "Lens-Lille, 2/1 (Ligue 1)", []),
    (
        "fr",
        D(2025, 2, 12),
        "Les émissions ont baissé de 12 % par rapport à l'année de référence 2019.",
        [("2019", "2019", "year")],
    ),
    ("pt", D(2026, 8, 5), "A fatia do Estado caiu de metade para 1/10.", []),
    (
        "pt",
        D(2026, 8, 5),
        "A greve começou no dia 5. 300 trabalhadores aderiram ao movimento.",
        [("dia 5", "2026-08-05", "day")],
    ),
    ("pt", D(2026, 8, 5), "O país registrou 500 mortes em um mesmo dia, um recorde.", []),
    (
        "de",
        D(2025, 7, 12),
        "Der Streit um Mariä Himmelfahrt als gesetzlichen Feiertag geht weiter.",
        [],
    ),
    ("es", D(2025, 10, 10), "Antes del verano en que murió Franco, el país ya cambiaba.", []),
]


@pytest.mark.parametrize(("lang", "published", "sentence", "expected"), WHAT_ROUND_46_FOUND)
def test_what_round_46_found(lang, published, sentence, expected):
    assert found_as(sentence, published, lang) == expected


# Round 47 of unseen dispatches (scored 0.956 before its errors were read), each a sentence
# of our own: German "in fünf Tagen aus" (a particle closing the clause); quoted names with
# a number («Meridian 1968»); a price "a year ago" beside last week's; statistics of a
# month ("the July trade figures", "las cifras de paro de enero"); years counted from a
# month give the year; "e outros 30 deverão" opens a clause; a deadline in a past sentence
# beside a year told; an untensed quarter with no figures; "told a meeting ... on Tuesday
# that"; a far marker beyond "que"; Easter Island; then what a review of these found.
WHAT_ROUND_47_FOUND = [
    (
        "de",
        D(2025, 4, 7),
        "Die Bewerbungsfrist läuft in fünf Tagen aus.",
        [("in fünf Tagen", "2025-04-12", "day")],
    ),
    (
        "de",
        D(2025, 4, 7),
        "Das Konzert findet in zwei Wochen statt.",
        [("in zwei Wochen", "2025-04-21", "day")],
    ),
    ("de", D(2025, 4, 7), "Die Halle wurde in drei Tagen aufgebaut.", []),
    (
        "de",
        D(2026, 1, 17),
        "Am besten verkaufte sich die Uhr «Meridian 1968» mit dem neuen Werk.",
        [],
    ),
    (
        "en",
        D(2026, 1, 17),
        'The savings plan, dubbed "Horizon 2030", was scrapped in 2024.',
        [("2024", "2024", "year")],
    ),
    (
        "en",
        D(2025, 6, 12),
        "Coffee fetched $3.10 a pound at this week's auction, up from $2.95 last week and $2.40 a"
        " year ago, after a record first quarter.",
        [
            ("this week", "2025-06-09/2025-06-15", "period"),
            ("last week", "2025-06-02/2025-06-08", "period"),
            ("a year ago", "2024", "year"),
            ("first quarter", "2025-01-01/2025-03-31", "period"),
        ],
    ),
    (
        "en",
        D(1989, 11, 2),
        "For the quarter ended Sept. 30, profit rose to $40 million from $31 million a year"
        " earlier.",
        [
            ("the quarter", "1989-07-01/1989-09-30", "period"),
            ("Sept. 30", "1989-09-30", "day"),
            ("a year earlier", "1988-07-01/1988-09-30", "period"),
        ],
    ),
    (
        "en",
        D(2025, 8, 21),
        "The statistics office will publish the July trade figures on Friday.",
        [("July", "2025-07", "month"), ("Friday", "2025-08-22", "day")],
    ),
    (
        "en",
        D(2025, 2, 14),
        "The central bank releases data for January next week.",
        [("January", "2025-01", "month"), ("next week", "2025-02-17/2025-02-23", "period")],
    ),
    (
        "de",
        D(2026, 1, 20),
        "Das Bundesamt legt die Zahlen für Dezember am Donnerstag vor.",
        [("Dezember", "2025-12", "month"), ("Donnerstag", "2026-01-22", "day")],
    ),
    (
        "es",
        D(2024, 2, 19),
        "El INE publicará el jueves las cifras de paro de enero.",
        [("el jueves", "2024-02-22", "day"), ("enero", "2024-01", "month")],
    ),
    (
        "fr",
        D(2024, 2, 19),
        "L'Insee publiera vendredi les chiffres de janvier.",
        [("vendredi", "2024-02-23", "day"), ("janvier", "2024-01", "month")],
    ),
    (
        "pt",
        D(2024, 2, 19),
        "O IBGE divulga amanhã os dados de janeiro.",
        [("amanhã", "2024-02-20", "day"), ("janeiro", "2024-01", "month")],
    ),
    (
        "fr",
        D(2024, 2, 19),
        "Les chiffres d'avril seront connus en mai.",
        [("avril", "2024-04", "month"), ("mai", "2024-05", "month")],
    ),
    (
        "en",
        D(2025, 8, 21),
        "Figures for March showed a sharp rise.",
        [("March", "2025-03", "month")],
    ),
    (
        "es",
        D(2026, 9, 12),
        "El tranvía volvió en marzo de 2019, veinte años después de que se cerrara la línea.",
        [("marzo de 2019", "2019-03", "month"), ("veinte años después", "2019", "year")],
    ),
    (
        "pt",
        D(2025, 11, 10),
        "Os técnicos chegaram ao estaleiro no sábado e outros 30 deverão vir.",
        [("sábado", "2025-11-08", "day")],
    ),
    (
        "en",
        D(2025, 6, 1),
        "The first deadline of Jan. 31, 2023 was pushed back to Feb. 10 and then scrapped by the"
        " court.",
        [("Jan. 31, 2023", "2023-01-31", "day"), ("Feb. 10", "2023-02-10", "day")],
    ),
    (
        "en",
        D(2025, 8, 21),
        "Traders said demand could pick up in the fourth quarter if freight costs ease.",
        [("the fourth quarter", "2025-10-01/2025-12-31", "period")],
    ),
    (
        "en",
        D(2025, 8, 21),
        'The minister told a meeting of mayors on Tuesday that "the roads reopen tomorrow."',
        [("Tuesday", "2025-08-19", "day"), ("tomorrow", "2025-08-20", "day")],
    ),
    (
        "es",
        D(2025, 6, 15),
        "Los olivareros esperan para la próxima campaña una de las mayores cosechas, después de"
        " que las lluvias caídas entre el 1 y el 20 de marzo devolvieran la humedad a los suelos.",
        [("entre el 1 y el 20 de marzo", "2025-03-01/2025-03-20", "period")],
    ),
    ("es", D(2026, 3, 11), "La aerolínea suma vuelos a la Isla de Pascua y a Punta Arenas.", []),
    (
        "pt",
        D(2026, 3, 11),
        "A companhia vai voar para a Ilha de Páscoa a partir de julho.",
        [("julho", "2026-07", "month")],
    ),
    (
        "en",
        D(2026, 3, 11),
        "The carrier will add flights to Easter Island and Christmas Island in July.",
        [("July", "2026-07", "month")],
    ),
    ("de", D(2025, 8, 21), "Die Arbeiter rissen das alte Stellwerk in fünf Tagen ab.", []),
    (
        "en",
        D(2025, 8, 21),
        'Asked when rates would fall, she said "Hopefully 2026", adding nothing.',
        [("2026", "2026", "year")],
    ),
    (
        "de",
        D(2025, 8, 21),
        "„Frühestens 2027“, antwortete der Bahnchef auf die Frage.",
        [("2027", "2027", "year")],
    ),
    (
        "en",
        D(2025, 11, 20),
        "The May figures show a sharp slowdown in hiring.",
        [("May", "2025-05", "month")],
    ),
    (
        "en",
        D(2025, 8, 21),
        "In May data protection rules will tighten across the EU.",
        [("May", "2026-05", "month")],
    ),
    (
        "en",
        D(2025, 8, 21),
        "Analysts expect figures for November to show a rebound.",
        [("November", "2025-11", "month")],
    ),
    (
        "de",
        D(2025, 11, 20),
        "Die Marge liegt bei 12 Prozent, nach 10 Prozent im ersten Quartal.",
        [("ersten Quartal", "2025-01-01/2025-03-31", "period")],
    ),
    (
        "en",
        D(2025, 2, 15),
        "Analysts see a recovery in the second quarter.",
        [("the second quarter", "2025-04-01/2025-06-30", "period")],
    ),
    (
        "en",
        D(2025, 8, 21),
        "Acme reported second-quarter earnings. Acme said on Tuesday that net income rose to $2"
        " billion from $1.5 billion a year earlier.",
        [
            ("second-quarter", "2025-04-01/2025-06-30", "period"),
            ("Tuesday", "2025-08-19", "day"),
            ("a year earlier", "2024-04-01/2024-06-30", "period"),
        ],
    ),
    (
        "en",
        D(2025, 8, 21),
        "The ministry will, after months of consultations with unions, employers and regional"
        " governments across the country, present the reform in July.",
        [("July", "2026-07", "month")],
    ),
    (
        "pt",
        D(2025, 8, 21),
        "A empresa, criada a 1 de junho de 2019, disse que tinha até 30 de setembro para"
        " apresentar as contas.",
        [("1 de junho de 2019", "2019-06-01", "day"), ("30 de setembro", "2025-09-30", "day")],
    ),
]


@pytest.mark.parametrize(("lang", "published", "sentence", "expected"), WHAT_ROUND_47_FOUND)
def test_what_round_47_found(lang, published, sentence, expected):
    assert found_as(sentence, published, lang) == expected


# Round 49 (20 dispatches written by helpers, scored before its errors were read): a deictic
# word inside a quotation anchoring the narration's "that day", a day of speaking told by
# "gesprochen", holidays, numbers after "N°" and before ", boulevard", Brazilian short dates,
# "on the 18th", the year a sentence opens with, a holiday with its day set off after it.
WHAT_ROUND_49_FOUND = [
    (
        "pt",
        D(2025, 4, 13),
        'A Carris lançou na sexta-feira o concurso. "Hoje damos o passo que faltava", afirmou'
        " nesse dia a presidente.",
        [
            ("sexta-feira", "2025-04-11", "day"),
            ("Hoje", "2025-04-11", "day"),
            ("nesse dia", "2025-04-11", "day"),
        ],
    ),
    (
        "pt",
        D(2024, 7, 1),
        'Na quinta-feira (27), a presidente disse: "Amanhã a gente descobre se valeu a pena." A'
        " resposta chegou no dia seguinte.",
        [
            ("quinta-feira (27)", "2024-06-27", "day"),
            ("Amanhã", "2024-06-28", "day"),
            ("no dia seguinte", "2024-06-28", "day"),
        ],
    ),
    (
        "en",
        D(2025, 8, 1),
        'Growers spoke at a meeting on Thursday. "Yesterday alone we lost four trucks," one said.'
        " The board had met the day before.",
        [
            ("Thursday", "2025-07-31", "day"),
            ("Yesterday", "2025-07-30", "day"),
            ("the day before", "2025-07-30", "day"),
        ],
    ),
    (
        "en",
        D(2026, 4, 17),
        '"Today we are on the sidewalk. Tomorrow we will be here again, and the day after that,"'
        " Dufresne said.",
        [
            ("Today", "2026-04-17", "day"),
            ("Tomorrow", "2026-04-18", "day"),
            ("the day after that", "2026-04-19", "day"),
        ],
    ),
    (
        "en",
        D(2024, 9, 18),
        '"The first water will reach the reservoirs by Saturday and the higher areas two days'
        ' later," he said.',
        [("Saturday", "2024-09-21", "day"), ("two days later", "2024-09-23", "day")],
    ),
    (
        "de",
        D(2026, 1, 24),
        "Ullmann hatte am Donnerstag vor 300 Beschäftigten gesprochen. „Morgen wissen wir mehr“,"
        " sagte sie.",
        [("Donnerstag", "2026-01-22", "day"), ("Morgen", "2026-01-23", "day")],
    ),
    (
        "en",
        D(2024, 3, 22),
        'The union warned on Monday: "We strike on Thursday." That day, 4,000 workers stayed home.',
        [
            ("Monday", "2024-03-18", "day"),
            ("Thursday", "2024-03-21", "day"),
            ("That day", "2024-03-21", "day"),
        ],
    ),
    (
        "de",
        D(2024, 7, 8),
        "„Bis Weihnachten muss Klarheit herrschen“, hatte die Staatssekretärin am vergangenen"
        " Mittwoch gesagt.",
        [("Weihnachten", "2024-12-25", "day"), ("vergangenen Mittwoch", "2024-07-03", "day")],
    ),
    (
        "es",
        D(2026, 7, 10),
        "Las ventas se recuperarán en el cuarto trimestre, impulsadas por Halloween y el Día de"
        " Acción de Gracias.",
        [
            ("el cuarto trimestre", "2026-10-01/2026-12-31", "period"),
            ("Halloween", "2026-10-31", "day"),
            ("el Día de Acción de Gracias", "2026-11-26", "day"),
        ],
    ),
    (
        "es",
        D(2026, 7, 10),
        "La industria empieza a preparar la temporada de San Valentín de 2027.",
        [("San Valentín de 2027", "2027-02-14", "day")],
    ),
    (
        "pt",
        D(2026, 7, 10),
        "As vendas do Dia das Bruxas e do Dia de Ação de Graças vão subir.",
        [("Dia das Bruxas", "2026-10-31", "day"), ("Dia de Ação de Graças", "2026-11-26", "day")],
    ),
    (
        "de",
        D(2026, 7, 10),
        "Zu Thanksgiving werden die Flüge teurer.",
        [("Thanksgiving", "2026-11-26", "day")],
    ),
    (
        "fr",
        D(2026, 7, 10),
        "Les ventes de dindes pour Thanksgiving ont chuté l'an dernier.",
        [("Thanksgiving", "2025-11-27", "day"), ("l'an dernier", "2025", "year")],
    ),
    ("es", D(2025, 12, 28), "Superaron los límites fijados en la Resolución Exenta N° 1503.", []),
    (
        "fr",
        D(2026, 3, 23),
        "Elle a reporté l'agrandissement de son entrepôt du 1450, boulevard Sacré-Cœur.",
        [],
    ),
    (
        "pt",
        D(2024, 7, 1),
        "O primeiro pedido foi protocolado em 12.ago.2019, mas acabou rejeitado.",
        [("12.ago.2019", "2019-08-12", "day")],
    ),
    (
        "pt",
        D(2025, 12, 14),
        "A primeira assembleia está marcada para 7 fev., em Angra do Heroísmo.",
        [("7 fev.", "2026-02-07", "day")],
    ),
    (
        "en",
        D(2025, 8, 1),
        "When they finally answered, on the 18th, they told us nothing could change.",
        [("18th", "2025-07-18", "day")],
    ),
    (
        "en",
        D(2024, 1, 1),
        "Temperatures below minus 40 on the 20th and the 21st forced it to run shorter trains.",
        [("20th", "2023-12-20", "day"), ("21st", "2023-12-21", "day")],
    ),
    ("en", D(2024, 1, 1), "The offices on the 18th and the 19th floors were closed.", []),
    ("en", D(2024, 3, 14), "He made a birdie on the 18th, then signed his card.", []),
    ("en", D(2024, 3, 14), "Hearings resumed on the 5th and the 6th days of the trial.", []),
    (
        "en",
        D(2024, 1, 1),
        "In 2021, wildfire destroyed part of the line in the summer, and floods washed out tracks"
        " that November.",
        [
            ("2021", "2021", "year"),
            ("summer", "2021-06-01/2021-08-31", "period"),
            ("that November", "2021-11", "month"),
        ],
    ),
    (
        "en",
        D(2024, 1, 1),
        "In 2021, sales fell in the first quarter.",
        [("2021", "2021", "year"), ("the first quarter", "2021-01-01/2021-03-31", "period")],
    ),
    (
        "en",
        D(2024, 1, 1),
        "He said that November was the worst month.",
        [("November", "2023-11", "month")],
    ),
    (
        "en",
        D(2024, 3, 14),
        "The company went public in 2015. Its shares collapsed that November, when the scandal"
        " broke.",
        [("2015", "2015", "year"), ("that November", "2015-11", "month")],
    ),
    (
        "en",
        D(2024, 10, 1),
        "The firm warned that November and December would be difficult.",
        [("November", "2024-11", "month"), ("December", "2024-12", "month")],
    ),
    (
        "en",
        D(2025, 4, 7),
        "It will open the barracks to visitors on Easter Monday, April 21, for the first time.",
        [("Easter Monday", "2025-04-21", "day"), ("April 21", "2025-04-21", "day")],
    ),
    (
        "en",
        D(2025, 4, 7),
        "Stores open early on Black Friday, Nov. 28.",
        [("Black Friday", "2025-11-28", "day"), ("Nov. 28", "2025-11-28", "day")],
    ),
    (
        "en",
        D(2024, 3, 14),
        "He died on Easter Monday, April 17, 2023, at home.",
        [("Easter Monday", "2023-04-17", "day"), ("April 17, 2023", "2023-04-17", "day")],
    ),
    (
        "en",
        D(2024, 3, 14),
        "Stocks crashed on Black Monday, Oct. 19, 1987.",
        [("Monday, Oct. 19, 1987", "1987-10-19", "day")],
    ),
]


@pytest.mark.parametrize(("lang", "published", "sentence", "expected"), WHAT_ROUND_49_FOUND)
def test_what_round_49_found(lang, published, sentence, expected):
    assert found_as(sentence, published, lang) == expected


# Round 50 (20 more helper dispatches, scored before their errors were read): the day of what
# is reported after the verb of saying, a day things date from taken for the day of speaking,
# "two months later" after a span, street numbers, "morgigen Sonntag", "Hitzesommer 2022", a
# Galician holiday; and what a review of those fixes found them doing wrong.
WHAT_ROUND_50_FOUND = [
    (
        "es",
        D(2025, 5, 28),
        "«Hoy damos un paso histórico», afirmó Quispe, quien recordó que la solicitud la presentó"
        " la asociación el 14 de marzo de 2019.",
        [("Hoy", "2025-05-28", "day"), ("el 14 de marzo de 2019", "2019-03-14", "day")],
    ),
    (
        "en",
        D(2025, 5, 28),
        '"Tomorrow we sign the deal," the minister said on Monday.',
        [("Tomorrow", "2025-05-27", "day"), ("Monday", "2025-05-26", "day")],
    ),
    (
        "en",
        D(2024, 3, 20),
        '"Today marks a new chapter," said the minister, who was speaking in Brussels on Monday.',
        [("Today", "2024-03-18", "day"), ("Monday", "2024-03-18", "day")],
    ),
    (
        "fr",
        D(2024, 3, 20),
        "« Aujourd'hui s'ouvre une nouvelle page », a déclaré le ministre, qui s'exprimait lundi"
        " à Bruxelles.",
        [("Aujourd'hui", "2024-03-18", "day"), ("lundi", "2024-03-18", "day")],
    ),
    (
        "es",
        D(2025, 6, 17),
        "El alcalde habló el sábado con la prensa y dijo que desde el lunes no hay agua. «Mañana"
        " llegan las cisternas», añadió.",
        [
            ("el sábado", "2025-06-14", "day"),
            ("el lunes", "2025-06-16", "day"),
            ("Mañana", "2025-06-15", "day"),
        ],
    ),
    (
        "es",
        D(2025, 6, 17),
        "La inspección se realizó de agosto a octubre de 2022; dos meses después, la Asamblea"
        " aprobó una reforma.",
        [
            ("de agosto a octubre de 2022", "2022-08-01/2022-10-31", "period"),
            ("dos meses después", "2022-12", "month"),
        ],
    ),
    (
        "pt",
        D(2024, 12, 10),
        "A reunião foi na sede da federação, na Avenida Barão de Studart, 1980. Produtores já"
        " tinham chegado.",
        [],
    ),
    ("es", D(2024, 12, 10), "La oficina está en la Avenida de Mayo, 1370, en Buenos Aires.", []),
    (
        "es",
        D(2024, 12, 10),
        "En la Plaza Mayor, 2024 fue un año de obras.",
        [("2024", "2024", "year")],
    ),
    ("es", D(2024, 11, 15), "Manifestantes en la Plaza de Mayo, 2001.", [("2001", "2001", "year")]),
    (
        "de",
        D(2025, 9, 27),
        "Für den morgigen Sonntag haben Befürworter und Gegner Kundgebungen angemeldet.",
        [("morgigen Sonntag", "2025-09-28", "day")],
    ),
    (
        "de",
        D(2025, 9, 27),
        "Am gestrigen Freitag trafen sich die Parteien.",
        [("gestrigen Freitag", "2025-09-26", "day")],
    ),
    (
        "de",
        D(2025, 9, 27),
        "Allein im Hitzesommer 2022 schmolzen mehr als vier Meter Eis.",
        [("Hitzesommer 2022", "2022-06-01/2022-08-31", "period")],
    ),
    ("de", D(2025, 9, 27), "Die Wintersaison 2022 begann früh.", [("2022", "2022", "year")]),
    (
        "de",
        D(2024, 7, 10),
        "Der Altweibersommer 2023 bescherte dem Süden noch einmal 25 Grad.",
        [("2023", "2023", "year")],
    ),
    (
        "es",
        D(2025, 5, 12),
        "Arousa mantiene la degustación prevista para el Día de las Letras Gallegas.",
        [("el Día de las Letras Gallegas", "2025-05-17", "day")],
    ),
]


@pytest.mark.parametrize(("lang", "published", "sentence", "expected"), WHAT_ROUND_50_FOUND)
def test_what_round_50_found(lang, published, sentence, expected):
    assert found_as(sentence, published, lang) == expected


# Round 51 (20 more helper dispatches, scored before their errors were read): French "a fixé
# jeudi" is the day something was set, not a deadline.
WHAT_ROUND_51_FOUND = [
    (
        "fr",
        D(2025, 2, 28),
        "Le gouvernement malien a fixé jeudi le prix d'achat du coton graine.",
        [("jeudi", "2025-02-27", "day")],
    ),
    ("fr", D(2025, 2, 28), "L'audience est fixée au 15 mars.", [("15 mars", "2025-03-15", "day")]),
    (
        "fr",
        D(2025, 2, 28),
        "Le ministre a fixé au 15 mars la date limite des candidatures.",
        [("15 mars", "2025-03-15", "day")],
    ),
]


@pytest.mark.parametrize(("lang", "published", "sentence", "expected"), WHAT_ROUND_51_FOUND)
def test_what_round_51_found(lang, published, sentence, expected):
    assert found_as(sentence, published, lang) == expected


# Round 52: 20 helper dispatches scored before their errors were read (0.946 on eb12134). What
# they found: capitalised French holiday dates ("dès le 14 Juillet"), "la fin du mois d'août",
# bare year ranges ("campagnes 2021 à 2024"), Portuguese "antes da/do" as a deadline, past
# verbs with their object before a deadline word, a deadline in the subject of a past verb,
# "aquel viernes" / "on that Friday" as a day told before, a weekday after a holiday, a
# year-less day in a month told with its year, São João. Narrowed after a review of them
# (/tmp/review52, 223 probes): verbs that set deadlines, "said that Friday", "ese viernes" after
# "el próximo viernes", Brazilian "nessa sexta-feira", "since March 2024".
WHAT_ROUND_52_FOUND = [
    (
        "fr",
        D(2025, 7, 17),
        "Dès le 14 Juillet, des banderoles avaient fleuri pendant le feu d'artifice.",
        [("le 14 Juillet", "2025-07-14", "day")],
    ),
    (
        "fr",
        D(2025, 7, 17),
        "Depuis le 1er Mai, rien n'a bougé.",
        [("le 1er Mai", "2025-05-01", "day")],
    ),
    ("fr", D(2025, 7, 17), "Le cortège partira de la place du 8 Mai.", []),
    (
        "fr",
        D(2024, 6, 6),
        "Le Sénégal suspendra les importations jusqu'à la fin du mois d'août.",
        [("fin du mois d'août", "2024-08", "month")],
    ),
    (
        "fr",
        D(2024, 6, 6),
        "Les prix seront révisés à la fin du mois.",
        [("à la fin du mois", "2024-06", "month")],
    ),
    (
        "fr",
        D(2025, 10, 8),
        "La piscine est restée fermée jusqu'à la fin du mois d'août.",
        [("fin du mois d'août", "2025-08", "month")],
    ),
    (
        "fr",
        D(2024, 6, 6),
        "Le port a indiqué qu'à partir de lundi, les cargaisons seraient refoulées.",
        [("lundi", "2024-06-10", "day")],
    ),
    (
        "en",
        D(2025, 2, 14),
        "The union demanded a written response by Monday.",
        [("Monday", "2025-02-17", "day")],
    ),
    (
        "es",
        D(2025, 11, 5),
        "Bruselas exigió un plan de ajuste antes de diciembre.",
        [("diciembre", "2025-12", "month")],
    ),
    (
        "en",
        D(2025, 3, 19),
        "The talks collapsed on Friday, March 7. The minister said on Tuesday that Friday would"
        " be the last chance for a deal.",
        [
            ("Friday, March 7", "2025-03-07", "day"),
            ("Tuesday", "2025-03-18", "day"),
            ("Friday", "2025-03-21", "day"),
        ],
    ),
    (
        "es",
        D(2025, 3, 19),
        "El Gobierno aprobó el decreto el viernes 7 de marzo. La huelga general será el próximo"
        " viernes. Ese viernes no habrá transporte público.",
        [
            ("el viernes 7 de marzo", "2025-03-07", "day"),
            ("el próximo viernes", "2025-03-21", "day"),
            ("viernes", "2025-03-21", "day"),
        ],
    ),
    (
        "pt",
        D(2025, 3, 12),
        "A Petrobras anunciou o reajuste na sexta-feira, 7 de março. O presidente deve se reunir"
        " com o ministro nessa sexta-feira.",
        [("sexta-feira, 7 de março", "2025-03-07", "day"), ("sexta-feira", "2025-03-14", "day")],
    ),
    (
        "en",
        D(2026, 3, 10),
        "Prices have doubled since March 2024, the minister said on 5 March.",
        [("March 2024", "2024-03", "month"), ("5 March", "2026-03-05", "day")],
    ),
    (
        "fr",
        D(2025, 12, 11),
        "La référence est calculée sur la moyenne des campagnes 2021 à 2024.",
        [("2021 à 2024", "2021-01-01/2024-12-31", "period")],
    ),
    ("fr", D(2025, 12, 11), "Entre 1500 à 2000 manifestants ont défilé.", []),
    (
        "es",
        D(2025, 12, 11),
        "La cuota se calcula con la media de las campañas 2021 a 2024.",
        [("2021 a 2024", "2021-01-01/2024-12-31", "period")],
    ),
    (
        "pt",
        D(2025, 12, 11),
        "A quota é calculada com a média das campanhas 2021 a 2024.",
        [("2021 a 2024", "2021-01-01/2024-12-31", "period")],
    ),
    (
        "en",
        D(2024, 3, 2),
        "Commuters can report problems to the LTFRB hotline, 1342, from 8 a.m. to 5 p.m.",
        [],
    ),
    ("en", D(2024, 3, 2), "Callers can reach the helpline on 1800 at any time.", []),
    (
        "pt",
        D(2025, 3, 25),
        "A loja e o salão de provas, encerrados desde o inverno passado, reabrem antes da Páscoa.",
        [("o inverno passado", "2024-12-01/2025-02-28", "period"), ("Páscoa", "2025-04-20", "day")],
    ),
    (
        "pt",
        D(2025, 3, 25),
        "A obra foi concluída antes do Natal.",
        [("Natal", "2024-12-25", "day")],
    ),
    (
        "pt",
        D(2024, 6, 1),
        "As primeiras colheitadeiras entraram nas lavouras ainda antes do Natal.",
        [("Natal", "2023-12-25", "day")],
    ),
    (
        "pt",
        D(2025, 3, 25),
        "O governo prometeu concluir a obra antes do verão.",
        [("verão", "2025-06-01/2025-08-31", "period")],
    ),
    (
        "en",
        D(2025, 3, 25),
        "The government approved the plan before the summer.",
        [("summer", "2024-06-01/2024-08-31", "period")],
    ),
    (
        "en",
        D(2025, 3, 25),
        "The company promised to pay investors before Christmas.",
        [("Christmas", "2025-12-25", "day")],
    ),
    (
        "en",
        D(2025, 10, 28),
        "Interest due on 1 October was not paid, and a fortnight ago the company stopped"
        " answering.",
        [("1 October", "2025-10-01", "day"), ("a fortnight ago", "2025-10-14", "day")],
    ),
    (
        "en",
        D(2025, 10, 28),
        "Tickets bought by Friday will be refunded.",
        [("Friday", "2025-10-31", "day")],
    ),
    (
        "de",
        D(2025, 7, 1),
        "Für Mitte August kündigten die Brauer eine weitere Protestaktion an.",
        [("Mitte August", "2025-08", "month")],
    ),
    (
        "es",
        D(2026, 6, 1),
        "Fue la cifra mensual más alta en los últimos tiempos.",
        [("en los últimos tiempos", None, "vague")],
    ),
    (
        "pt",
        D(2026, 6, 1),
        "Foi o valor mais alto nos últimos tempos.",
        [("nos últimos tempos", None, "vague")],
    ),
    (
        "en",
        D(2026, 6, 1),
        "In recent times, costs have risen.",
        [("In recent times", None, "vague")],
    ),
    (
        "de",
        D(2026, 6, 1),
        "In letzter Zeit sind die Kosten gestiegen.",
        [("In letzter Zeit", None, "vague")],
    ),
    (
        "en",
        D(2025, 10, 28),
        "They told me the money would be there by Hallowe'en.",
        [("Hallowe'en", "2025-10-31", "day")],
    ),
    (
        "es",
        D(2024, 11, 25),
        "El escape ocurrió el 14 de julio de 2023. La resolución, fechada el 15-11-2024, fue"
        " notificada el viernes. Las redes se rompieron en la madrugada de aquel viernes, en"
        " pleno invierno de 2023. La empresa avisó al día siguiente.",
        [
            ("el 14 de julio de 2023", "2023-07-14", "day"),
            ("15-11-2024", "2024-11-15", "day"),
            ("el viernes", "2024-11-22", "day"),
            ("viernes", "2023-07-14", "day"),
            ("invierno de 2023", "2023-12-01/2024-02-29", "period"),
            ("al día siguiente", "2023-07-15", "day"),
        ],
    ),
    (
        "en",
        D(2024, 11, 25),
        "The escape happened on July 14, 2023. The nets broke early that Friday.",
        [("July 14, 2023", "2023-07-14", "day"), ("Friday", "2023-07-14", "day")],
    ),
    (
        "fr",
        D(2024, 11, 25),
        "La fuite a eu lieu le 14 juillet 2023. Les filets ont cédé ce vendredi-là.",
        [("le 14 juillet 2023", "2023-07-14", "day"), ("ce vendredi", "2023-07-14", "day")],
    ),
    (
        "de",
        D(2024, 11, 25),
        "Der Ausbruch geschah am 14. Juli 2023. Die Netze rissen an jenem Freitag.",
        [("14. Juli 2023", "2023-07-14", "day"), ("Freitag", "2023-07-14", "day")],
    ),
    ("en", D(2024, 11, 25), "That Friday, he left.", [("Friday", "2024-11-22", "day")]),
    (
        "de",
        D(2025, 8, 13),
        "Wegen des Feiertags Mariä Himmelfahrt am Freitag bleiben die Sammelstellen geschlossen.",
        [("Mariä Himmelfahrt", "2025-08-15", "day"), ("Freitag", "2025-08-15", "day")],
    ),
    (
        "en",
        D(2025, 12, 20),
        "After Christmas on Monday, we go.",
        [("Christmas", "2025-12-25", "day"), ("Monday", "2025-12-22", "day")],
    ),
    (
        "fr",
        D(2025, 12, 20),
        "Les bus circulent entre Noël et le Nouvel An.",
        [("entre Noël et le Nouvel An", "2025-12-25/2026-01-01", "period")],
    ),
    (
        "fr",
        D(2025, 8, 4),
        "L'enquête a débuté en janvier 2024, à la suite d'une dénonciation reçue le 12 janvier."
        " Trois jours plus tard, un enquêteur se présentait.",
        [
            ("janvier 2024", "2024-01", "month"),
            ("le 12 janvier", "2024-01-12", "day"),
            ("Trois jours plus tard", "2024-01-15", "day"),
        ],
    ),
    (
        "pt",
        D(2025, 6, 1),
        "O governo quer liberar o crédito antes do São João, e as mudas chegam em julho.",
        [("São João", "2025-06-24", "day"), ("julho", "2025-07", "month")],
    ),
    ("pt", D(2025, 6, 1), "O São João de 2024 foi animado.", [("2024", "2024", "year")]),
    ("pt", D(2025, 6, 1), "A fábrica fica em São João da Madeira, na Rua São João, 12.", []),
    (
        "en",
        D(2025, 11, 10),
        '"Fruit harvested on the 1st is still sitting in the yard today," he said.',
        [("1st", "2025-11-01", "day"), ("today", "2025-11-10", "day")],
    ),
    (
        "pt",
        D(2024, 4, 12),
        '"Estamos prontos para começar a obra em setembro", disse o presidente.',
        [("setembro", "2024-09", "month")],
    ),
    (
        "de",
        D(2026, 7, 11),
        "Die Bürgermeisterin hatte am Donnerstag im Stadtrat um Sachlichkeit geworben. „Heute"
        " geht es um Abstände“, sagte sie.",
        [("Donnerstag", "2026-07-09", "day"), ("Heute", "2026-07-09", "day")],
    ),
]


@pytest.mark.parametrize(("lang", "published", "sentence", "expected"), WHAT_ROUND_52_FOUND)
def test_what_round_52_found(lang, published, sentence, expected):
    assert found_as(sentence, published, lang) == expected


# Round 53: 20 more helper dispatches (0.937 on 16daa5e before their errors were read). What
# they found: the n-th weekday of a month in Spanish and German, Martinitag, "les fêtes de
# Noël", "mercredi, à la veille du vote", "qu'à partir de lundi", vague German words, a date
# told as the day a holiday falls on taking the holiday's year ("que cai em 4 de março").
WHAT_ROUND_53_FOUND = [
    (
        "de",
        D(2025, 11, 10),
        "Der Betrieb laufe vorerst weiter. Die Manufaktur fertigt seit Generationen Kugeln;"
        " mittlerweile sind es weniger.",
        [
            ("vorerst", None, "vague"),
            ("seit Generationen", None, "vague"),
            ("mittlerweile", None, "vague"),
        ],
    ),
    (
        "pt",
        D(2025, 1, 6),
        "A associação pediu na semana passada que o prazo fosse estendido para depois do"
        " Carnaval, que cai em 4 de março.",
        [
            ("semana passada", "2024-12-30/2025-01-05", "period"),
            ("Carnaval", "2025-03-04", "day"),
            ("4 de março", "2025-03-04", "day"),
        ],
    ),
    (
        "en",
        D(2026, 1, 20),
        "Sales will be lower, partly because Easter falls on April 5 this year, compared with"
        " April 20 in 2025.",
        [
            ("Easter", "2026-04-05", "day"),
            ("April 5", "2026-04-05", "day"),
            ("this year", "2026", "year"),
            ("April 20", "2025-04-20", "day"),
            ("2025", "2025", "year"),
        ],
    ),
    (
        "en",
        D(2025, 2, 20),
        "The yard has run at full capacity since the Lunar New Year, and on Monday the company"
        " delivered its 100th carrier.",
        [("Lunar New Year", "2025-01-29", "day"), ("Monday", "2025-02-17", "day")],
    ),
    (
        "en",
        D(2026, 3, 11),
        "After Easter, classes resume on April 20.",
        [("Easter", "2026-04-05", "day"), ("April 20", "2026-04-20", "day")],
    ),
    (
        "en",
        D(2025, 11, 5),
        "Thanksgiving is Nov. 27 this year, and Black Friday deals start Nov. 28.",
        [
            ("Thanksgiving", "2025-11-27", "day"),
            ("Nov. 27", "2025-11-27", "day"),
            ("this year", "2025", "year"),
            ("Black Friday", "2025-11-28", "day"),
            ("Nov. 28", "2025-11-28", "day"),
        ],
    ),
    (
        "en",
        D(2025, 9, 4),
        "Field teams would work through Father's Day on Sunday.",
        [("Father's Day", "2026-06-21", "day"), ("Sunday", "2025-09-07", "day")],
    ),
    (
        "es",
        D(2025, 5, 28),
        "La fiesta se celebra el segundo domingo de agosto.",
        [("el segundo domingo de agosto", "2025-08-10", "day")],
    ),
    (
        "de",
        D(2025, 11, 10),
        "Bereits morgen, am Martinitag, wollen sich die Obstbauern treffen.",
        [("morgen", "2025-11-11", "day"), ("Martinitag", "2025-11-11", "day")],
    ),
    (
        "fr",
        D(2025, 10, 24),
        "Le président de la commission avait déclaré mercredi, à la veille du vote, que rien ne"
        " changerait.",
        [("mercredi", "2025-10-22", "day"), ("la veille", "2025-10-22", "day")],
    ),
    (
        "fr",
        D(2025, 1, 16),
        "Les importateurs ont suspendu leurs commandes avant les fêtes de Noël.",
        [("Noël", "2024-12-25", "day")],
    ),
]


@pytest.mark.parametrize(("lang", "published", "sentence", "expected"), WHAT_ROUND_53_FOUND)
def test_what_round_53_found(lang, published, sentence, expected):
    assert found_as(sentence, published, lang) == expected


# Round 55: 20 more helper dispatches (0.950 on eac3eca before their errors were read). What
# they found: "desde entonces" and its kin pointing back to the date told last, "the 1700s" as a
# century, the final quarter, ordinals written "1.º", "1ª", "2do", São Pedro and Palm Sunday,
# "pour l'heure", "a lieu vendredi", a capitalised date in apposition with a holiday,
# another calendar's New Year.
WHAT_ROUND_55_FOUND = [
    (
        "en",
        D(2025, 3, 1),
        "The chain closed every store in 2020. Since then, it has cut debt by $1.3 billion.",
        [("2020", "2020", "year")],
    ),
    (
        "es",
        D(2025, 6, 2),
        "La primera veda se aprobó en 1999 y desde entonces se ha modificado en once ocasiones.",
        [("1999", "1999", "year"), ("desde entonces", "1999", "year")],
    ),
    (
        "pt",
        D(2026, 1, 10),
        "O hospital passou à gestão de uma organização social há dez anos. Desde então, as duas"
        " unidades dividem exames.",
        [("há dez anos", "2016", "year"), ("Desde então", "2016", "year")],
    ),
    (
        "fr",
        D(2026, 1, 10),
        "L'usine a fermé en mars 2019.\n\nDepuis cette date, le site est à l'abandon.",
        [("mars 2019", "2019-03", "month")],
    ),
    (
        "fr",
        D(2026, 1, 10),
        "L'usine a fermé en mars 2019. Depuis cette date, le site est à l'abandon.",
        [("mars 2019", "2019-03", "month"), ("Depuis cette date", "2019-03", "month")],
    ),
    (
        "es",
        D(2025, 6, 25),
        "El partido se fundó en 2014 y poco después entró en el Congreso. Desde entonces no ha"
        " dejado de crecer.",
        [("2014", "2014", "year")],
    ),
    (
        "es",
        D(2025, 9, 22),
        "La ley, aprobada en 2015 para sustituir una norma de 1990, prohibió los pagos. Desde"
        " entonces, el fraude ha caído.",
        [("2015", "2015", "year"), ("1990", "1990", "year"), ("Desde entonces", "2015", "year")],
    ),
    (
        "es",
        D(2025, 9, 22),
        "El club destituyó al entrenador el 2 de febrero, tras la derrota del 31 de enero. Desde"
        " entonces no ha perdido.",
        [
            ("el 2 de febrero", "2025-02-02", "day"),
            ("del 31 de enero", "2025-01-31", "day"),
            ("Desde entonces", "2025-02-02", "day"),
        ],
    ),
    (
        "pt",
        D(2025, 1, 22),
        "O prédio, construído em 1950 e tombado em 1992, foi vendido em 2019. Desde então está"
        " abandonado.",
        [
            ("1950", "1950", "year"),
            ("1992", "1992", "year"),
            ("2019", "2019", "year"),
            ("Desde então", "2019", "year"),
        ],
    ),
    (
        "es",
        D(2025, 9, 22),
        "El ministro dijo el martes que la epidemia comenzó en el norte. Desde entonces han"
        " muerto 40 personas.",
        [("el martes", "2025-09-16", "day")],
    ),
    (
        "fr",
        D(2024, 5, 6),
        "Le maire a promis une piscine en 2020. Qu'a-t-il fait depuis lors ?",
        [("2020", "2020", "year"), ("depuis lors", "2020", "year")],
    ),
    (
        "de",
        D(2025, 1, 13),
        "Die letzte Telefonzelle wurde 2022 abgebaut. Telefonzellen verschwinden, seitdem jeder"
        " ein Smartphone hat.",
        [("2022", "2022", "year")],
    ),
    (
        "de",
        D(2025, 6, 3),
        "Im Januar 2024 begann die Sanierung. Seitdem klar ist, dass die Kosten steigen, wächst"
        " der Widerstand.",
        [("Januar 2024", "2024-01", "month")],
    ),
    (
        "de",
        D(2025, 1, 10),
        "Der Anschlag geschah am 6. Dezember 2024. Ein Rentner berichtete, er leide seither unter"
        " Schlafstörungen.",
        [("6. Dezember 2024", "2024-12-06", "day"), ("seither", "2024-12-06", "day")],
    ),
    (
        "de",
        D(2025, 1, 10),
        "Das Gesetz gilt seit dem 3. Mai 2024. Seitdem er im Amt ist, sinkt die Zahl.",
        [("dem 3. Mai 2024", "2024-05-03", "day")],
    ),
    (
        "de",
        D(2025, 6, 3),
        "Am 9. Oktober 2023 trat der Minister zurück. Seitdem ist das Amt unbesetzt.",
        [("9. Oktober 2023", "2023-10-09", "day"), ("Seitdem", "2023-10-09", "day")],
    ),
    (
        "fr",
        D(2025, 11, 20),
        "De 2012 à 2017, la ville a été gouvernée par la gauche. Depuis lors, la droite tient la"
        " mairie.",
        [("De 2012 à 2017", "2012-01-01/2017-12-31", "period"), ("Depuis lors", None, "vague")],
    ),
    (
        "en",
        D(2025, 5, 7),
        "The Dutch controlled the trade for much of the 1700s, and prices fell in the 2000s.",
        [
            ("the 1700s", "1700-01-01/1799-12-31", "period"),
            ("the 2000s", "2000-01-01/2009-12-31", "period"),
        ],
    ),
    (
        "en",
        D(2024, 9, 9),
        "Cars were a rarity in the 1900s; by the 1910s Ford had changed that.",
        [
            ("the 1900s", "1900-01-01/1909-12-31", "period"),
            ("the 1910s", "1910-01-01/1919-12-31", "period"),
        ],
    ),
    (
        "en",
        D(2024, 9, 9),
        "The town's textile mills thrived in the late 1900s, historians say.",
        [("the late 1900s", "1900-01-01/1999-12-31", "period")],
    ),
    (
        "en",
        D(2026, 2, 2),
        "Sales rose 6% in the final quarter of 2025 and fell in the last quarter of 2024.",
        [
            ("the final quarter of 2025", "2025-10-01/2025-12-31", "period"),
            ("the last quarter of 2024", "2024-10-01/2024-12-31", "period"),
        ],
    ),
    (
        "en",
        D(2026, 2, 2),
        "The Lakers pulled away in the final quarter; sales fell in the last quarter.",
        [("the last quarter", "2025-10-01/2025-12-31", "period")],
    ),
    (
        "en",
        D(2024, 5, 12),
        "Revenue rose in the last quarter of fiscal 2024, which ended in March.",
        [
            ("the last quarter", "2024-01-01/2024-03-31", "period"),
            ("fiscal 2024", "2023-04-01/2024-03-31", "period"),
            ("March", "2024-03", "month"),
        ],
    ),
    (
        "es",
        D(2025, 1, 5),
        "La marcha partió este mediodía del óvalo Grau.",
        [("este mediodía", "2025-01-05", "day")],
    ),
    (
        "pt",
        D(2025, 7, 25),
        "No 1.º semestre, a plantação produziu 14 toneladas; na 1ª quinzena de julho, só duas.",
        [
            ("1.º semestre", "2025-01-01/2025-06-30", "period"),
            ("na 1ª quinzena de julho", "2025-07-01/2025-07-15", "period"),
        ],
    ),
    (
        "es",
        D(2025, 7, 25),
        "En el 1er semestre subió y en el 2do trimestre bajó.",
        [
            ("el 1er semestre", "2025-01-01/2025-06-30", "period"),
            ("el 2do trimestre", "2025-04-01/2025-06-30", "period"),
        ],
    ),
    (
        "pt",
        D(2025, 6, 7),
        "A caravana termina em São João del-Rei, com uma quadrilha no dia de São Pedro, na Rua 5"
        " de Outubro.",
        [("dia de São Pedro", "2025-06-29", "day")],
    ),
    (
        "pt",
        D(2025, 2, 11),
        "A paróquia celebrou o dia de São João Bosco; no dia de São João, o Porto receberá 500"
        " mil visitantes.",
        [("São João", "2025-06-24", "day")],
    ),
    (
        "de",
        D(2025, 4, 13),
        "Beim Gottesdienst am heutigen Palmsonntag sollte der Hopfen gesegnet werden.",
        [("Palmsonntag", "2025-04-13", "day")],
    ),
    (
        "fr",
        D(2026, 2, 5),
        "Une réunion publique a lieu vendredi à la salle des fêtes. La précédente a eu lieu lundi.",
        [("vendredi", "2026-02-06", "day"), ("lundi", "2026-02-02", "day")],
    ),
    (
        "es",
        D(2026, 6, 1),
        "El consejo se elegirá antes del 25 de Agosto, feriado de la Declaratoria de la"
        " Independencia, en la avenida 18 de Julio.",
        [
            ("del 25 de Agosto", "2026-08-25", "day"),
            ("Declaratoria de la Independencia", "2026-08-25", "day"),
        ],
    ),
    (
        "es",
        D(2025, 5, 2),
        "Los comercios de 18 de Julio, feriado mediante, permanecieron cerrados este jueves en"
        " Montevideo.",
        [("este jueves", "2025-05-01", "day")],
    ),
    (
        "en",
        D(2025, 5, 7),
        "Talks stalled in mid-April around the Sinhala and Tamil New Year.",
        [("mid-April", "2025-04", "month")],
    ),
    (
        "fr",
        D(2025, 1, 1),
        "Pour l'heure, le ministère se tait ; il répondra pour l'heure du déjeuner.",
        [("Pour l'heure", None, "vague")],
    ),
    (
        "fr",
        D(2025, 4, 3),
        "Le président s'exprimera pour le moment venu ; tout est prêt pour l'heure H.",
        [],
    ),
]


@pytest.mark.parametrize(("lang", "published", "sentence", "expected"), WHAT_ROUND_55_FOUND)
def test_what_round_55_found(lang, published, sentence, expected):
    assert found_as(sentence, published, lang) == expected


# Round 56: 20 more helper dispatches (0.949 on ecf9898 before their errors were read). What
# they found: "hoy por hoy", "am Abend desselben Tages", "à compter de mardi".
WHAT_ROUND_56_FOUND = [
    (
        "es",
        D(2025, 4, 10),
        "Hoy por hoy, dicen en el gremio, es la columna vertebral del sector.",
        [("Hoy por hoy", None, "vague")],
    ),
    (
        "de",
        D(2026, 6, 4),
        "Am Dienstag kam der Bescheid. Die Firma reagierte am Abend desselben Tages.",
        [("Dienstag", "2026-06-02", "day"), ("am Abend desselben Tages", "2026-06-02", "day")],
    ),
    (
        "fr",
        D(2025, 2, 3),
        "Washington a annoncé des droits de douane de 25 % à compter de mardi.",
        [("mardi", "2025-02-04", "day")],
    ),
]


@pytest.mark.parametrize(("lang", "published", "sentence", "expected"), WHAT_ROUND_56_FOUND)
def test_what_round_56_found(lang, published, sentence, expected):
    assert found_as(sentence, published, lang) == expected


# Round 57: 20 more helper dispatches, written last and scored on the final code of stop 25
# (0.942 on 09df567, the same as on eac3eca). What they found: "adjourned the case to 4 June".
WHAT_ROUND_57_FOUND = [
    (
        "en",
        D(2025, 5, 17),
        "Justice Abena Owusu adjourned the case to 4 June, and lawyers said a ruling could follow.",
        [("4 June", "2025-06-04", "day")],
    ),
    (
        "en",
        D(2025, 5, 17),
        "The union postponed its strike to Monday.",
        [("Monday", "2025-05-19", "day")],
    ),
]


@pytest.mark.parametrize(("lang", "published", "sentence", "expected"), WHAT_ROUND_57_FOUND)
def test_what_round_57_found(lang, published, sentence, expected):
    assert found_as(sentence, published, lang) == expected


# Round 58: 20 more helper dispatches (0.931 on 8fe442e before their errors were read). What
# they showed that is not theirs alone, each fix with the neighbour it must leave alone.
WHAT_ROUND_58_FOUND = [
    (
        "pt",
        D(2025, 4, 23),
        "A colheita deste ano, iniciada em janeiro e encerrada no começo de abril, deve fechar"
        " com queda.",
        [
            ("deste ano", "2025", "year"),
            ("janeiro", "2025-01", "month"),
            ("no começo de abril", "2025-04", "month"),
        ],
    ),
    ("pt", D(2025, 4, 23), "A obra será iniciada em janeiro.", [("janeiro", "2026-01", "month")]),
    (
        "pt",
        D(2025, 3, 12),
        "O novo hospital será totalmente concluído em novembro, garantiu a ministra.",
        [("novembro", "2025-11", "month")],
    ),
    (
        "es",
        D(2025, 7, 2),
        "La línea está interrumpida en agosto cada verano por obras.",
        [("agosto", "2025-08", "month")],
    ),
    (
        "es",
        D(2025, 4, 23),
        "El plan, iniciado en enero, deberá terminar en junio.",
        [("enero", "2025-01", "month"), ("junio", "2025-06", "month")],
    ),
    (
        "fr",
        D(2025, 4, 23),
        "Le chantier, achevé en janvier, coûtera plus cher que prévu.",
        [("janvier", "2025-01", "month")],
    ),
    (
        "fr",
        D(2025, 4, 23),
        "Le chantier sera achevé en janvier.",
        [("janvier", "2026-01", "month")],
    ),
    (
        "fr",
        D(2025, 11, 12),
        "Les deux maires ont déposé une gerbe lors des cérémonies du 11-Novembre, un geste salué.",
        [("11-Novembre", "2025-11-11", "day")],
    ),
    ("fr", D(2025, 11, 12), "La mairie se trouve place du 11-Novembre.", []),
    (
        "es",
        D(2024, 3, 14),
        "Muchos surgieron a finales de los noventa, con la expansión del cultivo.",
        [("los noventa", "1990-01-01/1999-12-31", "period")],
    ),
    ("es", D(2024, 3, 14), "Los noventa trabajadores llegaron en autobús.", []),
    ("es", D(2024, 3, 14), "Era uno de los noventa que votaron en contra.", []),
    ("es", D(2025, 4, 4), "Su abuela vivió hasta los noventa y dos años.", []),
    ("es", D(2025, 11, 2), "A partir de los sesenta, el riesgo de sufrir un ictus se duplica.", []),
    (
        "pt",
        D(2024, 3, 19),
        "A região tem sentido em anos recentes um aumento de fenómenos extremos.",
        [("em anos recentes", None, "vague")],
    ),
    (
        "pt",
        D(2024, 3, 19),
        "O IPMA prevê chuva até sexta-feira, com melhoria a partir do fim de semana.",
        [
            ("sexta-feira", "2024-03-22", "day"),
            ("a partir do fim de semana", "2024-03-23/2024-03-24", "period"),
        ],
    ),
    (
        "de",
        D(2026, 3, 14),
        "Die Nächtigungen lagen um 85 Prozent über dem Schnitt der vergangenen Jahrzehnte.",
        [("der vergangenen Jahrzehnte", None, "vague")],
    ),
    (
        "en",
        D(2025, 10, 14),
        "The company hoped to resume packing before Mashujaa Day.",
        [("Mashujaa Day", "2025-10-20", "day")],
    ),
    (
        "es",
        D(2024, 7, 25),
        "No habrá cambios antes del 25 de agosto, feriado de la Declaratoria de la Independencia.",
        [
            ("del 25 de agosto", "2024-08-25", "day"),
            ("Declaratoria de la Independencia", "2024-08-25", "day"),
        ],
    ),
    (
        "es",
        D(2024, 8, 14),
        "Las cerezas se embarcan antes del Año Nuevo chino, que en 2025 cae el 29 de enero.",
        [
            ("Año Nuevo chino", "2025-01-29", "day"),
            ("2025", "2025", "year"),
            ("el 29 de enero", "2025-01-29", "day"),
        ],
    ),
    (
        "en",
        D(2024, 8, 14),
        "Chinese New Year, which in 2025 falls on January 29, comes early.",
        [
            ("Chinese New Year", "2025-01-29", "day"),
            ("2025", "2025", "year"),
            ("January 29", "2025-01-29", "day"),
        ],
    ),
    (
        "en",
        D(2025, 9, 9),
        "Water temperatures averaged 14.5 C last month, the warmest August on record there.",
        [("last month", "2025-08", "month"), ("August", "2025-08", "month")],
    ),
    (
        "en",
        D(2025, 5, 19),
        "Organisers said it was the biggest March for Life in years.",
        [("in years", None, "vague")],
    ),
    ("en", D(2025, 7, 14), "Critics called it the newest May government reshuffle.", []),
]


@pytest.mark.parametrize(("lang", "published", "sentence", "expected"), WHAT_ROUND_58_FOUND)
def test_what_round_58_found(lang, published, sentence, expected):
    assert found_as(sentence, published, lang) == expected


# Round 59: 20 more helper dispatches, scored on fd8e8b3 before their errors were read (0.973,
# the same on 8fe442e). What they showed that is not theirs alone:
WHAT_ROUND_59_FOUND = [
    (
        "de",
        D(2024, 6, 28),
        "Von den Bäumen zeigten im Frühling 35 Prozent frische Rindenrisse.",
        [("Frühling", "2024-03-01/2024-05-31", "period")],
    ),
    (
        "de",
        D(2024, 7, 23),
        "Mitte Okt. soll zudem eine Nachvermittlungsbörse stattfinden.",
        [("Mitte Okt.", "2024-10", "month")],
    ),
    (
        "pt",
        D(2024, 4, 18),
        "A norma, publicada como notificação nº 4/5/2024-EXC, entra em vigor em 1º de junho.",
        [("1º de junho", "2024-06-01", "day")],
    ),
    ("en", D(2024, 4, 18), "Under notice No. 4/5/2024, the fees double.", []),
    (
        "pt",
        D(2024, 4, 18),
        "A norma foi publicada em 3/4/2024.",
        [("3/4/2024", "2024-04-03", "day")],
    ),
    (
        "en",
        D(2024, 11, 6),
        "Asked whether it would appeal, its lawyer said no. 11/15/2024 is the last day to file.",
        [("11/15/2024", "2024-11-15", "day"), ("the last day", "2024-11-05", "day")],
    ),
    (
        "de",
        D(2024, 6, 28),
        "Über Jahrhunderte sicherte die Kastanie in den Tälern das Überleben.",
        [("Über Jahrhunderte", None, "vague")],
    ),
    ("de", D(2024, 6, 28), "Die Stadt wird die Schulden jahrzehntelang abzahlen.", []),
]


@pytest.mark.parametrize(("lang", "published", "sentence", "expected"), WHAT_ROUND_59_FOUND)
def test_what_round_59_found(lang, published, sentence, expected):
    assert found_as(sentence, published, lang) == expected


# Round 60: 20 more helper dispatches, written last and scored on 3856808 before their errors
# were read (0.962, the same on 8fe442e). What they showed that is not theirs alone:
WHAT_ROUND_60_FOUND = [
    (
        "fr",
        D(2025, 4, 14),
        "Un élevage, inspecté le 7 juillet 2022 et fermé dès le lendemain, a rouvert à l'automne"
        " de la même année.",
        [
            ("le 7 juillet 2022", "2022-07-07", "day"),
            ("le lendemain", "2022-07-08", "day"),
            ("automne", "2022-09-01/2022-11-30", "period"),
            ("la même année", "2022", "year"),
        ],
    ),
    (
        "en",
        D(2025, 4, 14),
        "It was inspected on 7 July 2022 and reopened in the autumn of that year.",
        [
            ("7 July 2022", "2022-07-07", "day"),
            ("autumn", "2022-09-01/2022-11-30", "period"),
            ("that year", "2022", "year"),
        ],
    ),
    (
        "es",
        D(2025, 4, 14),
        "Fue inspeccionado el 7 de julio de 2022 y reabrió en el otoño de ese mismo año.",
        [
            ("el 7 de julio de 2022", "2022-07-07", "day"),
            ("otoño", "2022-09-01/2022-11-30", "period"),
            ("ese mismo año", "2022", "year"),
        ],
    ),
    (
        "de",
        D(2025, 4, 14),
        "Er wurde am 7. Juli 2022 geprüft und im Herbst desselben Jahres wiedereröffnet.",
        [("7. Juli 2022", "2022-07-07", "day"), ("Herbst", "2022-09-01/2022-11-30", "period")],
    ),
    (
        "pt",
        D(2025, 4, 14),
        "Foi inspecionado em 7 de julho de 2022 e reabriu no outono desse ano.",
        [
            ("7 de julho de 2022", "2022-07-07", "day"),
            ("outono", "2022-09-01/2022-11-30", "period"),
        ],
    ),
    (
        "en",
        D(2025, 4, 14),
        "It reopened in the autumn, the company said.",
        [("autumn", "2024-09-01/2024-11-30", "period")],
    ),
    (
        "en",
        D(2025, 4, 3),
        "Founded in 2012, the startup struggled. Last year it lost its biggest client, and in the"
        " autumn of that year it cut 200 jobs.",
        [
            ("2012", "2012", "year"),
            ("Last year", "2024", "year"),
            ("autumn", "2024-09-01/2024-11-30", "period"),
            ("that year", "2024", "year"),
        ],
    ),
    (
        "en",
        D(2025, 4, 3),
        "Alvarez managed the club from 2009 to 2013. In the summer of that year he moved to"
        " Portugal.",
        [
            ("from 2009 to 2013", "2009-01-01/2013-12-31", "period"),
            ("summer", "2013-06-01/2013-08-31", "period"),
            ("that year", "2013", "year"),
        ],
    ),
    (
        "fr",
        D(2026, 8, 20),
        "Le week-end dernier, qui coïncidait avec le 15-Août, le parc a enregistré 6.300 entrées.",
        [
            ("Le week-end dernier", "2026-08-15/2026-08-16", "period"),
            ("le 15-Août", "2026-08-15", "day"),
        ],
    ),
]


@pytest.mark.parametrize(("lang", "published", "sentence", "expected"), WHAT_ROUND_60_FOUND)
def test_what_round_60_found(lang, published, sentence, expected):
    assert found_as(sentence, published, lang) == expected


# Round 61: 20 more helper dispatches, written last and scored on 2171470 before their errors
# were read (0.950; 0.949 on 8fe442e). What they showed that is not theirs alone:
WHAT_ROUND_61_FOUND = [
    (
        "es",
        D(2024, 12, 8),
        "La Conselleria atenderá consultas de lunes a viernes a partir de las 10.00 horas.",
        [],
    ),
    ("pt", D(2024, 12, 8), "O museu abre de terça a domingo, das 10h às 18h.", []),
    (
        "pt",
        D(2024, 12, 8),
        "A greve vai de segunda a quarta-feira da próxima semana.",
        [("a quarta-feira da próxima semana", "2024-12-11", "day")],
    ),
]


@pytest.mark.parametrize(("lang", "published", "sentence", "expected"), WHAT_ROUND_61_FOUND)
def test_what_round_61_found(lang, published, sentence, expected):
    assert found_as(sentence, published, lang) == expected
