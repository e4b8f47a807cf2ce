"""The dispatch parser: liberal in what it accepts, strict in what it returns."""

import datetime as dt

import pytest

from tests.helpers import SEED
from timeline.dispatch import MAX_BYTES, DispatchError, decode, parse_dispatch, read_dispatch


def test_seed_parses_with_all_header_fields():
    d = read_dispatch(SEED)
    assert d.published == dt.date(2026, 1, 8)
    assert d.section == "RUSSIE"
    assert d.section_en == "RUSSIA"
    assert d.headline.startswith("Poutine rejette tout soutien")
    assert d.lang == "fr"
    assert d.body.startswith("Le Kremlin rompt enfin un silence pesant.")
    assert d.text[: d.body_start].strip().startswith("date 2026-01-08")


def test_missing_english_section_is_accepted():
    d = parse_dispatch(" date 2025-03-01 ESPAÑA :: Un titular sin sección\n\nEl cuerpo del texto.")
    assert (d.section, d.headline, d.section_en) == ("ESPAÑA", "Un titular sin sección", None)


def test_separator_inside_headline_splits_on_first_and_last():
    d = parse_dispatch(" date 2025-03-01 WORLD :: Talks :: day two :: WORLD\n\nBody here.")
    assert d.headline == "Talks :: day two"
    assert d.section_en == "WORLD"


def test_crlf_bom_and_leading_blank_lines_are_normalised():
    raw = "\ufeff\r\n   date 2025-03-01 WORLD :: Headline :: WORLD\r\n\r\nFirst line.\r\nSecond."
    text = decode(raw.encode("utf-8"), "x.txt")
    d = parse_dispatch(text, "x.txt")
    assert "\r" not in d.text
    assert d.body == "First line.\nSecond."
    assert d.text[d.body_start :] == d.body


def test_same_dispatch_has_same_id_whatever_the_line_endings():
    lf = " date 2025-03-01 WORLD :: Headline :: WORLD\n\nBody text.\n"
    crlf = lf.replace("\n", "\r\n").encode("utf-8")
    assert parse_dispatch(lf).id == parse_dispatch(decode(crlf, "y")).id
    assert parse_dispatch(lf).id != parse_dispatch(lf.replace("Body", "Other")).id


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"   \n\n  ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("date 2025-01-01 X :: y :: Z\n\nbody".encode("latin-1") + b"\xe9\xff", "not UTF-8"),
        (b"Just some text without a header line.\n\nAnd a body.", "no header"),
        (b" date 2025-13-45 WORLD :: Headline :: WORLD\n\nBody.", "unparsable publication date"),
        (b" date yesterday WORLD :: Headline :: WORLD\n\nBody.", "unparsable publication date"),
        (b" date 2025-01-01 WORLD :: Headline :: WORLD\n\n   ", "no body"),
    ],
)
def test_bad_input_is_rejected_with_the_file_and_the_reason(data, reason):
    with pytest.raises(DispatchError) as caught:
        parse_dispatch(decode(data, "bad.txt"), "bad.txt")
    assert reason in str(caught.value)
    assert str(caught.value).startswith("bad.txt: ")


def test_oversized_file_is_rejected_before_reading(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_bytes(b" date 2025-01-01 W :: H :: W\n\n" + b"a" * (MAX_BYTES + 1))
    with pytest.raises(DispatchError, match="too large"):
        read_dispatch(path)


def test_unreadable_path_is_a_dispatch_error(tmp_path):
    with pytest.raises(DispatchError, match="cannot read"):
        read_dispatch(tmp_path / "missing.txt")


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        ("Le président a annoncé mardi une série de mesures pour les entreprises.", "fr"),
        ("The president announced on Tuesday a series of measures for businesses.", "en"),
        ("El presidente anunció el martes una serie de medidas para las empresas.", "es"),
        ("Der Präsident kündigte am Dienstag eine Reihe von Maßnahmen für Unternehmen an.", "de"),
        ("O presidente anunciou na terça-feira uma série de medidas para as empresas.", "pt"),
    ],
)
def test_language_is_detected_per_dispatch(body, lang):
    assert parse_dispatch(f" date 2025-01-01 W :: Titre :: W\n\n{body}").lang == lang


SPANISH_REPORT = (
    "El terremoto de magnitud 6,5 que sacudió ayer el centro y el sur de México causó al "
    "menos dos muertes y doce heridos, según el balance preliminar de las autoridades. El "
    "epicentro se ubicó a unos 15 kilómetros al suroeste de San Marcos, en el estado de "
    "Guerrero, a poca profundidad. Una de las víctimas es una mujer de 54 años que murió al "
    "derrumbarse su vivienda cerca del epicentro, informó la gobernadora."
)


def test_spanish_is_told_from_french_by_its_own_words(monkeypatch):
    """Spanish shares `de`, `la`, `en`, `que` with French; its own words (`el`, `y`, `los`)
    settle it without the statistical model, which is twenty times slower."""

    def no_model():
        raise AssertionError("the statistical model was not needed here")

    monkeypatch.setattr("timeline.language._identifier", no_model)
    assert parse_dispatch(f" date 2025-01-01 W :: Sismo :: W\n\n{SPANISH_REPORT}").lang == "es"
