"""Sentence splitting with pysbd, per paragraph (sentences never cross a blank line).

pysbd is thorough and slow (milliseconds a paragraph). Most news paragraphs are easy: every
sentence ends with a terminator, spaces, then a capital, after an ordinary word. Those are cut
directly; a paragraph with anything pysbd knows better (an abbreviation, an initial, a number
before the period, a boundary inside quotation marks) goes to pysbd.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# pysbd has no Portuguese rules; Spanish abbreviations and punctuation are the closest.
_PYSBD_LANGUAGE = {"pt": "es"}
_PYSBD_SUPPORTED = {"en", "fr", "es", "de", "it", "nl", "ru", "pl", "da", "el", "bg"}
_PARAGRAPH = re.compile(r"\S(?:.*?\S)?(?=\n[ \t]*\n|\s*\Z)", re.DOTALL)
# pysbd rescans the whole text once per abbreviation it meets, so its time grows with the
# square of the length: a 1 MB one-paragraph file took minutes. Longer paragraphs are fed to it
# in pieces cut after a sentence end (or at least at a space); no real sentence is this long.
MAX_SEGMENT_CHARS = 10_000


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str


# A terminator (with closing quotes or brackets), whitespace, then what opens a sentence.
_BOUNDARY = re.compile(r"([.!?…]+)((?:\s*[»”\"’)\]])*)(\s+)(?=[«“\"(¿¡]?\s*[A-ZÀ-ÖØ-Þ])")
_TERMINATOR_SPACE = re.compile(r"[.!?…]+(?:\s*[»”\"’)\]])*\s+(?=\S)")
_ODD_TERMINATOR = re.compile(r"[.!?…][^\s\w.!?…»”\"’)\]]")
_LAST_WORD = re.compile(r"[^\s«“\"(\[]+$")
_QUOTE_OPEN, _QUOTE_CLOSE = "«“", "»”"
_CLOSERS = '»”"’)]'
# Languages where "5. Januar" is an ordinal, not the end of a sentence after a number.
_ORDINAL_DOT_LANGUAGES = {"de", "da", "no", "nb", "fi", "hu", "cs", "sk", "sl", "hr", "pl", "tr"}


@lru_cache(maxsize=16)
def _abbreviations(lang: str) -> frozenset[str]:
    from pysbd.languages import Language

    language = Language.get_language_code(_pysbd_language(lang))
    known = {a.casefold() for a in language.Abbreviation.ABBREVIATIONS}
    known |= {a.casefold() for a in getattr(language.Abbreviation, "PREPOSITIVE_ABBREVIATIONS", [])}
    return frozenset(known)


def _pysbd_language(lang: str) -> str:
    lang = _PYSBD_LANGUAGE.get(lang, lang)
    return lang if lang in _PYSBD_SUPPORTED else "en"


def easy_split(paragraph: str, lang: str) -> list[tuple[int, int]] | None:
    """Sentence spans of an easy paragraph, or None when pysbd should decide."""
    if (
        "\n" in paragraph
        or _ODD_TERMINATOR.search(paragraph)
        or len(_TERMINATOR_SPACE.findall(paragraph)) != len(_BOUNDARY.findall(paragraph))
    ):
        # Line breaks inside a paragraph, a terminator glued to punctuation ("fin.- Le"), or
        # followed by something other than a capital ("Jan. 3", "``Yes"): pysbd decides.
        return None
    abbreviations = _abbreviations(lang)
    spans, begin, depth, scanned, straight = [], 0, 0, 0, False
    for boundary in _BOUNDARY.finditer(paragraph):
        for ch in paragraph[scanned : boundary.start()]:
            if ch in _QUOTE_OPEN:
                depth += 1
            elif ch in _QUOTE_CLOSE and depth:
                depth -= 1
            elif ch == '"':
                straight = not straight
        scanned = boundary.start()
        if depth or straight:
            return None
        if boundary.group(1) == ".":
            word = _LAST_WORD.search(paragraph, begin, boundary.start())
            token = word.group() if word else ""
            closed = token != token.rstrip(_CLOSERS)  # « … ». ends on the quotation
            token = token.rstrip(_CLOSERS)
            if not closed and (
                (len(token) <= 1 and token != "%")
                or "." in token
                or (token[-1].isdigit() and lang in _ORDINAL_DOT_LANGUAGES)
                or token.casefold() in abbreviations
            ):
                return None
        spans.append((begin, boundary.end(2)))
        begin = boundary.end()
    spans.append((begin, len(paragraph)))
    return spans


@lru_cache(maxsize=16)
def _segmenter(lang: str):
    import pysbd

    return pysbd.Segmenter(language=_pysbd_language(lang), clean=False, char_span=True)


def split_sentences(text: str, lang: str, start: int = 0) -> list[Sentence]:
    """Sentences of text[start:], offsets into `text`, surrounding whitespace trimmed."""
    sentences = []
    for paragraph in _PARAGRAPH.finditer(text, start):
        for base, piece in _pieces(paragraph.group(), paragraph.start()):
            spans = easy_split(piece, lang)
            if spans is None:
                spans = [(s.start, s.end) for s in _segmenter(lang).segment(piece)]
            for a, b in spans:
                raw = piece[a:b]
                stripped = raw.strip()
                if not stripped:
                    continue
                s = base + a + len(raw) - len(raw.lstrip())
                sentences.append(Sentence(s, s + len(stripped), stripped))
    return sentences


def _pieces(paragraph: str, base: int) -> list[tuple[int, str]]:
    """The paragraph in pieces of at most MAX_SEGMENT_CHARS, with the offset of each."""
    pieces = []
    position = 0
    while len(paragraph) - position > MAX_SEGMENT_CHARS:
        window_end = position + MAX_SEGMENT_CHARS
        cut = paragraph.rfind(". ", position, window_end) + 2
        if cut <= position + 1:
            cut = paragraph.rfind(" ", position, window_end) + 1
        if cut <= position:
            cut = window_end
        pieces.append((base + position, paragraph[position:cut]))
        position = cut
    pieces.append((base + position, paragraph[position:]))
    return pieces
