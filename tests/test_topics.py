"""Tests for timeline.topics: the multilingual gazetteer (hand-made sentences only)."""

from __future__ import annotations

import dataclasses
import json
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.topics import DATA_DIR, Gazetteer, TopicMention


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


def found(gaz: Gazetteer, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.topic) for m in gaz.find(text)]


def topics_in(gaz: Gazetteer, text: str) -> set[str]:
    return {m.topic for m in gaz.find(text)}


# -- country names in several languages ---------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "name", "topic"),
    [
        ("Le ministre est arrivé au Venezuela hier soir.", "Venezuela", "venezuela"),
        ("Les sanctions visent la Russie depuis trois ans.", "Russie", "russia"),
        ("Officials in the United States declined to comment.", "United States", "united states"),
        ("La delegación viajó a Estados Unidos el martes.", "Estados Unidos", "united states"),
        ("Die Regierung der Vereinigten Staaten", "Vereinigten Staaten", "united states"),
        ("O acordo com os Estados Unidos foi assinado.", "Estados Unidos", "united states"),
        ("Der Kanzler reist nach Frankreich.", "Frankreich", "france"),
        ("A exportação para a Alemanha caiu.", "Alemanha", "germany"),
        ("El presidente visitó Alemania y Japón.", "Alemania", "germany"),
        ("Il governo della Germania ha risposto.", "Germania", "germany"),
        ("De premier bezocht Duitsland.", "Duitsland", "germany"),
        ("Des soldats ont été déployés en Côte d’Ivoire.", "Côte d’Ivoire", "ivory coast"),
        ("La République démocratique du Congo accuse Kigali.", None, "dr congo"),
        ("Tensions rise around Taiwan again.", "Taiwan", "taiwan"),
        ("Trump wants to buy Greenland.", "Greenland", "greenland"),
        ("Rallies were held in Puerto Rico.", "Puerto Rico", "puerto rico"),
        ("Le Sahara occidental reste disputé.", "Sahara occidental", "western sahara"),
    ],
)
def test_country_names(gaz, sentence, name, topic):
    mentions = gaz.find(sentence)
    assert topic in {m.topic for m in mentions}
    if name is not None:
        assert (name, topic) in found(gaz, sentence)
    match = next(m for m in mentions if m.topic == topic)
    assert match.actor is None
    assert match.kind in {"country", "place"}


def test_every_sovereign_state_is_a_topic(gaz):
    countries = [t for t in gaz.topics() if gaz.kind(t) == "country"]
    assert len(countries) >= 197
    for key in ("venezuela", "united states", "russia", "tuvalu", "vatican", "palestine", "kosovo"):
        assert gaz.kind(key) == "country"
    for key in ("hong kong", "greenland", "puerto rico", "western sahara"):
        assert gaz.kind(key) == "place"


# -- demonyms in all their forms -----------------------------------------------------------------


@pytest.mark.parametrize(
    "form",
    [
        "vénézuélien",
        "vénézuélienne",
        "vénézuéliens",
        "vénézuéliennes",  # fr
        "venezolano",
        "venezolana",
        "venezolanos",
        "venezolanas",  # es
        "venezuelano",
        "venezuelana",
        "venezuelanos",
        "venezuelanas",  # pt
        "venezolanisch",
        "venezolanische",
        "venezolanischen",
        "venezolanischer",  # de adj.
        "venezolanisches",
        "Venezolaner",
        "Venezolanerin",
        "Venezolanerinnen",  # de nouns
        "Venezuelan",
        "Venezuelans",  # en
    ],
)
def test_venezuelan_demonym_forms(gaz, form):
    text = f"Un mot : {form}, puis rien."
    assert found(gaz, text) == [(form, "venezuela")]


@pytest.mark.parametrize(
    ("form", "topic"),
    [
        ("américaines", "united states"),
        ("estadounidenses", "united states"),
        ("norte-americanos", "united states"),
        ("US-amerikanischen", "united states"),
        ("russes", "russia"),
        ("Russen", "russia"),
        ("russischen", "russia"),
        ("chinoises", "china"),
        ("chinesischen", "china"),
        ("espagnoles", "spain"),
        ("españolas", "spain"),
        ("portuguesas", "portugal"),
        ("françaises", "france"),
        ("francesas", "france"),
        ("Französin", "france"),
        ("colombianas", "colombia"),
        ("brasileiras", "brazil"),
        ("ukrainiennes", "ukraine"),
        ("israéliens", "israel"),
        ("turques", "turkey"),
        ("mexicanos", "mexico"),
    ],
)
def test_other_demonyms(gaz, form, topic):
    assert found(gaz, f"Les {form} ont réagi.") == [(form, topic)]


# -- capitals, places and metonyms ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "topic", "kind", "actor"),
    [
        ("Caracas a dénoncé l'opération.", "venezuela", "place", None),
        ("Moscou a répondu dans la soirée.", "russia", "place", None),
        ("Moscú niega las acusaciones.", "russia", "place", None),
        ("Moskau dementiert.", "russia", "place", None),
        ("Washington a prévenu ses alliés.", "united states", "place", None),
        ("Pékin proteste.", "china", "place", None),
        ("Le Kremlin garde le silence.", "russia", "org", "Kremlin"),
        ("Le porte-parole de la Maison-Blanche a parlé.", "united states", "org", "White House"),
        ("The White House said nothing.", "united states", "org", "White House"),
        ("Fuentes de la Casa Blanca confirmaron.", "united states", "org", "White House"),
        ("Das Weiße Haus schweigt.", "united states", "org", "White House"),
        ("Le Pentagone a publié un bilan.", "united states", "org", "Pentagon"),
        ("L'Élysée n'a pas commenté.", "france", "org", "Élysée"),
        ("Downing Street rejected the claim.", "united kingdom", "org", "Downing Street"),
        ("El Palacio de Miraflores anunció medidas.", "venezuela", "org", "Miraflores Palace"),
        ("O Planalto divulgou uma nota.", "brazil", "org", "Planalto"),
        ("Zhongnanhai reste muet.", "china", "org", "Zhongnanhai"),
        ("Les frappes ont visé Gaza.", "palestine", "place", None),
        ("La Crimée a été annexée.", "ukraine", "place", None),
    ],
)
def test_places_and_metonyms(gaz, text, topic, kind, actor):
    mentions = gaz.find(text)
    assert [(m.topic, m.kind, m.actor) for m in mentions] == [(topic, kind, actor)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les EE.UU. y la UE", "EE.UU."),
        ("les EUA anunciaram", "EUA"),
        ("the U.S. and the USA", "U.S."),
        ("US officials said so.", "US"),
        ("Le R.-U. a voté contre.", "R.-U."),
        ("The UK left.", "UK"),
        ("La RDC accuse le Rwanda.", "RDC"),
    ],
)
def test_abbreviations(gaz, text, expected):
    assert gaz.find(text)[0].text == expected


# -- people and organisations --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "topic", "actor"),
    [
        ("Poutine a parlé longuement.", "Poutine", "russia", "Vladimir Putin"),
        ("Putin spoke for an hour.", "Putin", "russia", "Vladimir Putin"),
        ("Putín respondió.", "Putín", "russia", "Vladimir Putin"),
        (
            "Nicolas Maduro est apparu à la télévision.",
            "Nicolas Maduro",
            "venezuela",
            "Nicolás Maduro",
        ),
        ("Maduro habló.", "Maduro", "venezuela", "Nicolás Maduro"),
        ("L'ère de Hugo Chavez", "Hugo Chavez", "venezuela", "Hugo Chávez"),
        ("Zelenskyy met Biden.", "Zelenskyy", "ukraine", "Volodymyr Zelensky"),
        ("Selenskyj reiste ab.", "Selenskyj", "ukraine", "Volodymyr Zelensky"),
        ("Zelenski pidió ayuda.", "Zelenski", "ukraine", "Volodymyr Zelensky"),
        ("Xi Jinping a reçu son homologue.", "Xi Jinping", "china", "Xi Jinping"),
        ("Then Xi left.", "Xi", "china", "Xi Jinping"),
        ("Delcy Rodríguez juró.", "Delcy Rodríguez", "venezuela", "Delcy Rodríguez"),
        (
            "António Guterres a lancé un appel.",
            "António Guterres",
            "united nations",
            "António Guterres",
        ),
        ("Guterres warned.", "Guterres", "united nations", "António Guterres"),
        ("Lula recebeu o enviado.", "Lula", "brazil", "Luiz Inácio Lula da Silva"),
    ],
)
def test_people_map_to_their_country(gaz, text, name, topic, actor):
    first = gaz.find(text)[0]
    assert (first.text, first.topic, first.kind, first.actor) == (name, topic, "person", actor)


@pytest.mark.parametrize(
    ("text", "topic", "actor"),
    [
        ("PDVSA a suspendu ses exportations.", "venezuela", "PDVSA"),
        ("Según Foro Penal, hay presos.", "venezuela", "Foro Penal"),
        ("El Consejo Nacional Electoral proclamó", "venezuela", "National Electoral Council"),
        ("Le département d’État a réagi.", "united states", "US State Department"),
        ("El Departamento de Estado respondió.", "united states", "US State Department"),
        ("The CIA and the FBI", "united states", "CIA"),
        ("La Delta Force a mené l'assaut.", "united states", "Delta Force"),
        ("Chevron et ExxonMobil", "united states", "Chevron"),
        ("Gazprom coupe le gaz.", "russia", "Gazprom"),
        ("Pemex reporta pérdidas.", "mexico", "Pemex"),
        ("A Petrobras anunciou lucros.", "brazil", "Petrobras"),
    ],
)
def test_national_organisations(gaz, text, topic, actor):
    first = gaz.find(text)[0]
    assert (first.topic, first.kind, first.actor) == (topic, "org", actor)


@pytest.mark.parametrize(
    ("text", "topic", "actor"),
    [
        ("L'ONU s'inquiète.", "united nations", "United Nations"),
        ("The UN warned.", "united nations", "United Nations"),
        ("Las Naciones Unidas piden calma.", "united nations", "United Nations"),
        ("Die Vereinten Nationen", "united nations", "United Nations"),
        ("As Nações Unidas pediram", "united nations", "United Nations"),
        ("Le Conseil de sécurité se réunit.", "united nations", "UN Security Council"),
        ("The Security Council met.", "united nations", "UN Security Council"),
        ("El Consejo de Seguridad votó.", "united nations", "UN Security Council"),
        ("Der Sicherheitsrat tagt.", "united nations", "UN Security Council"),
        ("O Conselho de Segurança votou.", "united nations", "UN Security Council"),
        ("L'OTAN renforce son flanc est.", "nato", "NATO"),
        ("Selon l'Opep, la production baisse.", "opec", "OPEC"),
        (
            "La OEA convocó una reunión.",
            "organization of american states",
            "Organization of American States",
        ),
        (
            "La Cour pénale internationale a émis un mandat.",
            "international criminal court",
            "International Criminal Court",
        ),
        ("Le FMI prévoit une récession.", "imf", "IMF"),
        ("The WHO declared an emergency.", "who", "WHO"),
        ("L'Union européenne sanctionne.", "european union", "European Union"),
        ("Les Jeux olympiques s'ouvrent.", "ioc", "Olympic Games"),
    ],
)
def test_international_organisations(gaz, text, topic, actor):
    first = gaz.find(text)[0]
    assert (first.topic, first.kind, first.actor) == (topic, "org", actor)
    assert gaz.kind(topic) == "org"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Le gouvernement vénézuélien a protesté.", "Venezuelan government"),
        ("Les forces américaines ont frappé.", "US military"),
        ("El Gobierno venezolano respondió.", "Venezuelan government"),
        ("Las fuerzas estadounidenses llegaron.", "US military"),
        ("Die russische Armee zieht ab.", "Russian military"),
        ("Die US-Regierung schweigt.", "US government"),
        ("US forces withdrew.", "US military"),
        ("The Brazilian government agreed.", "Brazilian government"),
        ("O governo brasileiro anunciou.", "Brazilian government"),
        ("As forças armadas russas avançam.", "Russian military"),
        ("Il governo italiano tace.", "Italian government"),
        ("Les forces armées russes reculent.", "Russian military"),
        ("The Russian armed forces retreated.", "Russian military"),
        ("Los militares venezolanos juraron.", "Venezuelan military"),
    ],
)
def test_governments_and_armed_forces_are_actors(gaz, text, actor):
    first = gaz.find(text)[0]
    assert (first.kind, first.actor) == ("org", actor)


def test_an_institution_noun_alone_is_not_an_actor(gaz):
    assert gaz.find("Le gouvernement et les forces armées ont parlé.") == []
    mentions = gaz.find("Le gouvernement a félicité les Vénézuéliens.")
    assert [(m.text, m.kind, m.actor) for m in mentions] == [("Vénézuéliens", "country", None)]


def test_a_national_security_council_is_not_the_un(gaz):
    text = "Il a réuni un conseil de sécurité nationale, puis le Conseil de sécurité nationale."
    assert "united nations" not in topics_in(gaz, text)


# -- compounds, elisions, case and accents --------------------------------------------------------


def test_hyphenated_compound_gives_two_mentions(gaz):
    text = "Les accords russo-vénézuéliens sont anciens."
    assert found(gaz, text) == [("russo", "russia"), ("vénézuéliens", "venezuela")]


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        ("la coopération sino-américaine", {"china", "united states"}),
        ("le sommet franco-allemand", {"france", "germany"}),
        ("a Franco-German summit", {"france", "germany"}),
        ("las relaciones colombo-venezolanas", {"colombia", "venezuela"}),
        ("el conflicto ruso-ucraniano", {"russia", "ukraine"}),
        ("die deutsch-französische Freundschaft", {"germany", "france"}),
        ("the US-Venezuela talks", {"united states", "venezuela"}),
    ],
)
def test_compounds(gaz, text, topics):
    assert topics_in(gaz, text) == topics


def test_combining_prefix_needs_a_hyphen(gaz):
    assert topics_in(gaz, "un russo parlava") == {"russia"}  # the Portuguese/Italian demonym
    assert topics_in(gaz, "le sino est un mot inconnu") == set()


@pytest.mark.parametrize(
    ("text", "name", "topic"),
    [
        ("l’Ukraine", "Ukraine", "ukraine"),
        ("l'Espagne", "Espagne", "spain"),
        ("d’Espagne", "Espagne", "spain"),
        ("qu’Israël", "Israël", "israel"),
        ("dell'Italia", "Italia", "italy"),
    ],
)
def test_elisions(gaz, text, name, topic):
    assert found(gaz, text) == [(name, topic)]


@pytest.mark.parametrize(
    "text", ["VENEZUELA", "venezuela", "Vénézuela", "VÉNÉZUÉLIENS", "vEnEzUeLaN", "Venezuéla"]
)
def test_case_and_accent_insensitive(gaz, text):
    assert topics_in(gaz, text) == {"venezuela"}


def test_decomposed_accents_and_sharp_s_keep_offsets(gaz):
    decomposed = unicodedata.normalize("NFD", "Le Vénézuela et l'Élysée. Das Weiße Haus.")
    mentions = gaz.find(decomposed)
    assert [m.topic for m in mentions] == ["venezuela", "france", "united states"]
    for mention in mentions:
        assert decomposed[mention.start : mention.end] == mention.text
    assert mentions[-1].text == "Weiße Haus"


@pytest.mark.parametrize(
    "text",
    [
        "La machine tourne.",  # Chine
        "Irango n'existe pas.",  # Iran
        "Les Américanistes",  # not a demonym form
        "Perumal et Omanville",  # Peru, Oman inside longer words
    ],
)
def test_whole_words_only(gaz, text):
    assert gaz.find(text) == []


# -- words that must not match --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "We ate turkey with a chad of paper.",  # Turkey, Chad in lower case
        "Let us go, who cares?",  # US, WHO
        "the jordan almonds",  # Jordan in lower case
        "Tenemos la paz y la guinea.",  # La Paz, Guinea in lower case
        "Il était seul à la réunion.",  # Seúl, La Réunion
        "Trabajo para la ira del pueblo.",  # Pará, Irã
        "Maurice est venu hier.",  # Mauritius (a first name in French)
        "George Washington crossed the river.",
        "Rain fell over the Gulf of Mexico.",
        "Latin American leaders and South Americans met.",
        "Les leaders latino-américains.",
        "Rodríguez a parlé.",  # two Rodríguez in the table: ambiguous
        "the fruta estaba madura y el maduro mango",  # Maduro only with a capital
        "polish the store",  # Polish, Støre
    ],
)
def test_ambiguous_words_do_not_match(gaz, text):
    assert gaz.find(text) == []


def test_acronyms_match_only_in_capitals(gaz):
    acronyms = ["RDC", "PDVSA", "CIA", "FBI", "ELN", "OTAN", "ONU", "UE", "USA", "ALBA", "OEA"]
    acronyms += [t.upper() for t in gaz.topics() if len(t) <= 5 and gaz.kind(t) == "org"]
    for acronym in acronyms:
        assert gaz.find(f"({acronym})"), acronym
        assert gaz.find(f"({acronym.lower()})") == [], acronym


def test_case_rules_still_match_the_proper_name(gaz):
    text = "Turkey, Chad, Jordan and Peru; La Paz and la Réunion; the US and the UN."
    assert topics_in(gaz, text) == {
        "turkey",
        "chad",
        "jordan",
        "peru",
        "bolivia",
        "reunion",
        "united states",
        "united nations",
    }


def test_longest_match_wins(gaz):
    text = (
        "Ils vivent au Nouveau-Mexique, pas à Mexico; "
        "la Guinée-Bissau et la Papouasie-Nouvelle-Guinée."
    )
    assert found(gaz, text) == [
        ("Nouveau-Mexique", "united states"),
        ("Mexico", "mexico"),
        ("Guinée-Bissau", "guinea-bissau"),
        ("Papouasie-Nouvelle-Guinée", "papua new guinea"),
    ]


def test_full_name_of_an_ambiguous_surname_still_matches(gaz):
    text = "Delcy Rodríguez et Jorge Rodríguez, puis Rodríguez seul."
    assert [m.actor for m in gaz.find(text)] == ["Delcy Rodríguez", "Jorge Rodríguez"]


# -- offsets and ordering -------------------------------------------------------------------------


def test_offsets_point_into_the_whole_text(gaz):
    text = "Préambule. Le Kremlin et Caracas. Fin avec Moscou."
    start = text.index("Le")
    end = text.index("Fin")
    mentions = gaz.find(text, start, end)
    assert [m.text for m in mentions] == ["Kremlin", "Caracas"]
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text
    assert all(start <= m.start and m.end <= end for m in mentions)


def test_mention_is_a_frozen_dataclass():
    mention = TopicMention("Caracas", 0, 7, "venezuela", "place", None)
    with pytest.raises(dataclasses.FrozenInstanceError):
        mention.topic = "russia"  # type: ignore[misc]


_WORDS = [
    "Venezuela",
    "russo",
    "vénézuéliens",
    "Kremlin",
    "l’Ukraine",
    "Weiße",
    "Haus",
    "et",
    "la",
    "machine",
    "Estados",
    "Unidos",
    "-",
    " ",
    "  ",
    ", ",
    "EE.UU.",
    "US",
    "us",
    "ß",
    "É",
    "\u0301",
    "Nicolás",
    "Maduro",
    "Guinée",
    "Bissau",
    "Le",
    "Caire",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=25), st.integers(0, 5), st.integers(0, 5))
def test_mentions_are_ordered_disjoint_and_exact(words, cut_start, cut_end):
    gaz = Gazetteer.default()
    text = " ".join(words)
    start = min(cut_start, len(text))
    end = max(start, len(text) - cut_end)
    mentions = gaz.find(text, start, end)
    previous_end = start
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text
        assert previous_end <= mention.start < mention.end <= end
        previous_end = mention.end


# -- resolve, suggest, label, kind, aliases -----------------------------------------------------


@pytest.mark.parametrize(
    ("query", "topic"),
    [
        ("vénézuélien", "venezuela"),
        ("Caracas", "venezuela"),
        ("VE", "venezuela"),
        ("ve", "venezuela"),
        ("Venezuela", "venezuela"),
        ("venezolano", "venezuela"),
        ("  VENEZUELA ", "venezuela"),
        ("Maduro", "venezuela"),
        ("maduro", "venezuela"),
        ("Kremlin", "russia"),
        ("Poutine", "russia"),
        ("united states", "united states"),
        ("USA", "united states"),
        ("EE.UU.", "united states"),
        ("the Netherlands", "netherlands"),
        ("la Russie", "russia"),
        ("ONU", "united nations"),
        ("Guterres", "united nations"),
        ("Côte d'Ivoire", "ivory coast"),
        ("chad", "chad"),
        ("Greenland", "greenland"),
    ],
)
def test_resolve(gaz, query, topic):
    assert gaz.resolve(query) == topic


@pytest.mark.parametrize("query", ["", "   ", "xyzzy", "Rodríguez", "machine", "George Washington"])
def test_resolve_unknown_or_ambiguous(gaz, query):
    assert gaz.resolve(query) is None


def test_iso_codes_are_for_resolve_only(gaz):
    assert gaz.resolve("FR") == "france"
    assert gaz.find("FR et DE") == []


def test_suggest(gaz):
    assert gaz.suggest("venezula")[0] == "venezuela"
    assert gaz.suggest("rusia")[0] == "russia"
    assert gaz.suggest("Vénézuella")[0] == "venezuela"
    assert gaz.suggest("colombie")[0] == "colombia"
    assert gaz.suggest("zzzzqqq") == []
    assert len(gaz.suggest("a", limit=2)) <= 2


def test_suggest_prefers_known_topics(gaz):
    plain = gaz.suggest("austraia", limit=3)
    assert plain[0] == "australia"
    assert "austria" in plain
    assert gaz.suggest("austraia", known=["austria"], limit=3)[0] == "austria"


def test_label_and_kind(gaz):
    assert gaz.label("venezuela") == "Venezuela"
    assert gaz.label("united states") == "United States"
    assert gaz.label("united nations") == "United Nations"
    assert gaz.kind("venezuela") == "country"
    assert gaz.kind("united nations") == "org"
    assert gaz.kind("hong kong") == "place"
    with pytest.raises(KeyError):
        gaz.kind("atlantis")


def test_topics_lists_keys(gaz):
    keys = gaz.topics()
    assert keys == sorted(keys)
    assert {"venezuela", "russia", "united nations", "nato", "european union"} <= set(keys)
    assert all(key == key.lower() for key in keys)


def test_with_aliases_returns_a_new_gazetteer(gaz):
    extended = gaz.with_aliases(
        [("Bolivarian capital", "venezuela"), ("Turtle Bay", "united nations")]
    )
    text = "The Bolivarian capital answered Turtle Bay."
    assert [(m.text, m.topic, m.kind, m.actor) for m in extended.find(text)] == [
        ("Bolivarian capital", "venezuela", "country", None),
        ("Turtle Bay", "united nations", "org", "United Nations"),
    ]
    assert extended.resolve("turtle bay") == "united nations"
    assert gaz.find(text) == []  # the original is unchanged


def test_with_aliases_overrides_and_validates(gaz):
    extended = gaz.with_aliases([("Georgia", "united states")])
    assert topics_in(extended, "Georgia voted.") == {"united states"}
    with pytest.raises(ValueError, match="unknown topic"):
        gaz.with_aliases([("Wakanda", "wakanda")])


def test_default_is_cached():
    assert Gazetteer.default() is Gazetteer.default()


# -- the data files -------------------------------------------------------------------------------


def test_data_files_are_valid_json_with_known_topics(gaz):
    files = sorted(DATA_DIR.glob("*.json"))
    assert {p.name for p in files} >= {"countries.json", "organisations.json", "europe.json"}
    keys = set(gaz.topics())
    for path in files:
        data = json.loads(path.read_text(encoding="utf-8"))
        for key in data.get("countries", {}) if path.name != "countries.json" else ():
            assert key in keys, (path.name, key)
        for key in data.get("people", {}):
            assert key in keys, (path.name, key)
        for key in data.get("national", {}):
            assert key in keys, (path.name, key)


def test_data_has_hundreds_of_people(gaz):
    people = 0
    for path in DATA_DIR.glob("people*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        people += sum(len(group) for group in data["people"].values())
    assert people >= 300


def test_no_extra_aliases_changes_nothing():
    gazetteer = Gazetteer.default().with_aliases([])
    assert gazetteer.resolve("Caracas") == "venezuela"
