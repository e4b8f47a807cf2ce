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
# A paragraph runs from a non-space to a non-space right before a blank line or the end of the
# text. Found from the blank lines, which a search finds fast as they start with a line break.
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_NON_SPACE = re.compile(r"\S")
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
# The word before a terminator, read backwards in the reversed paragraph (a forward search
# for "word at the end" would retry at every position of the sentence).
_LAST_WORD_REVERSED = re.compile(r"[^\s«“\"(\[]+")
_QUOTE_OPEN, _QUOTE_CLOSE = "«“", "»”"
_QUOTE_MARK = re.compile(r'[«“»”"]')
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
    if "\n" in paragraph or _ODD_TERMINATOR.search(paragraph):
        return None
    boundaries = list(_BOUNDARY.finditer(paragraph))
    if len(_TERMINATOR_SPACE.findall(paragraph)) != len(boundaries):
        # Line breaks inside a paragraph, a terminator glued to punctuation ("fin.- Le"), or
        # followed by something other than a capital ("Jan. 3", "``Yes"): pysbd decides.
        return None
    abbreviations = _abbreviations(lang)
    # Quotation depth is followed mark by mark: only quotation marks change it.
    marks = [(m.start(), m.group()) for m in _QUOTE_MARK.finditer(paragraph)]
    marks.append((len(paragraph), ""))  # past every boundary
    reversed_paragraph = paragraph[::-1]
    size = len(paragraph)
    spans, begin, depth, next_mark, straight = [], 0, 0, 0, False
    for boundary in boundaries:
        end = boundary.start()
        while marks[next_mark][0] < end:
            ch = marks[next_mark][1]
            next_mark += 1
            if ch in _QUOTE_OPEN:
                depth += 1
            elif ch in _QUOTE_CLOSE and depth:
                depth -= 1
            elif ch == '"':
                straight = not straight
        if depth or straight:
            return None
        if boundary.group(1) == ".":
            word = _LAST_WORD_REVERSED.match(reversed_paragraph, size - end, size - begin)
            token = word.group()[::-1] if word else ""
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
    for first, stop in _paragraphs(text, start):
        for base, piece in _pieces(text[first:stop], first):
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


def _paragraphs(text: str, start: int) -> list[tuple[int, int]]:
    """Spans of the paragraphs of text[start:], from their first to their last non-space."""
    last = len(text.rstrip()) - 1  # the last non-space; what follows it ends a paragraph too
    ends = {m.start() - 1 for m in _BLANK_LINE.finditer(text, start) if m.start() > start}
    ends = sorted(e for e in ends | {last} if e >= start and not text[e].isspace())
    spans = []
    position = start
    for end in ends:
        if end < position:
            continue
        first = _NON_SPACE.search(text, position).start()
        if end == first and end != last:
            continue  # a lone character joins the next paragraph (two non-spaces are preferred)
        spans.append((first, end + 1))
        position = end + 1
    return spans


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
