"""Sentence splitting with pysbd, per paragraph (sentences never cross a blank line)."""

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


@lru_cache(maxsize=16)
def _segmenter(lang: str):
    import pysbd

    lang = _PYSBD_LANGUAGE.get(lang, lang)
    if lang not in _PYSBD_SUPPORTED:
        lang = "en"
    return pysbd.Segmenter(language=lang, clean=False, char_span=True)


def split_sentences(text: str, lang: str, start: int = 0) -> list[Sentence]:
    """Sentences of text[start:], offsets into `text`, surrounding whitespace trimmed."""
    segmenter = _segmenter(lang)
    sentences = []
    for paragraph in _PARAGRAPH.finditer(text, start):
        for base, piece in _pieces(paragraph.group(), paragraph.start()):
            for span in segmenter.segment(piece):
                raw = span.sent
                left = len(raw) - len(raw.lstrip())
                stripped = raw.strip()
                if not stripped:
                    continue
                s = base + span.start + left
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
