"""Parse a dispatch file: header line, blank line, body.

Header: ` date 2026-01-08 RUSSIE :: <headline> :: RUSSIA` — an ISO publication date, the
section in the article's language, the headline, and the section in English. Liberal in what
it accepts (leading spaces, CRLF, BOM, a missing English section, `::` inside a headline),
strict in what it returns.
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from timeline.language import detect_language

MAX_BYTES = 1_000_000
SEPARATOR = " :: "
HEADER = re.compile(r"^[ \t]*date[ \t]+(?P<date>\S+)[ \t]*(?P<rest>.*)$", re.IGNORECASE)


class DispatchError(ValueError):
    """A text that cannot be a dispatch; the message names the source and the reason."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


@dataclass(frozen=True, slots=True)
class Dispatch:
    id: str
    published: dt.date
    section: str
    section_en: str | None
    headline: str
    text: str  # the whole file as Python reads it (BOM removed, newlines normalised)
    body_start: int  # offset of the body in `text`
    lang: str
    source: str  # file name or other origin label

    @property
    def body(self) -> str:
        return self.text[self.body_start :]


def dispatch_id(text: str) -> str:
    """A short, stable hash of the normalised text: the same dispatch always gets the same id."""
    canonical = unicodedata.normalize("NFC", text)
    canonical = "\n".join(line.rstrip() for line in canonical.strip().split("\n"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:12]


def decode(data: bytes, source: str) -> str:
    """Bytes -> text exactly as `Path.read_text(encoding="utf-8-sig")` would give it."""
    if not data.strip():
        raise DispatchError(source, "empty file")
    if len(data) > MAX_BYTES:
        raise DispatchError(source, f"too large ({len(data):,} bytes; the limit is {MAX_BYTES:,})")
    if _looks_like_utf16(data):
        raise DispatchError(source, "UTF-16 text, not UTF-8: save the file as UTF-8")
    if b"\x00" in data:
        raise DispatchError(source, "binary file (contains NUL bytes), not a text dispatch")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise DispatchError(
            source,
            f"not UTF-8 text (invalid byte at position {error.start}): save the file as UTF-8",
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _looks_like_utf16(data: bytes) -> bool:
    """A UTF-16 file (Windows "Unicode"): a BOM, or a NUL beside nearly every ASCII letter."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    if len(data) < 4 or len(data) % 2 or b"\x00" not in data:
        return False  # (no NUL byte: the common case, told without counting)
    even, odd = data[0::2].count(0), data[1::2].count(0)
    return min(even, odd) == 0 and max(even, odd) > len(data) // 2 * 0.3


def parse_dispatch(text: str, source: str = "<text>") -> Dispatch:
    """Parse decoded text into a Dispatch, or raise DispatchError saying why not."""
    if not text.strip():
        raise DispatchError(source, "empty file")
    if len(text.encode("utf-8")) > MAX_BYTES:
        raise DispatchError(source, f"too large (the limit is {MAX_BYTES:,} bytes)")
    if "\x00" in text:
        raise DispatchError(source, "binary content (contains NUL characters)")
    header_start = len(text) - len(text.lstrip("\n"))
    header_end = text.find("\n", header_start)
    if header_end < 0:
        header_end = len(text)
    match = HEADER.match(text[header_start:header_end])
    if not match:
        raise DispatchError(
            source, "no header line (expected ' date YYYY-MM-DD SECTION :: headline')"
        )
    try:
        published = dt.date.fromisoformat(match["date"])
    except ValueError:
        raise DispatchError(source, f"unparsable publication date {match['date']!r}") from None
    section, headline, section_en = split_header_fields(match["rest"])
    body_start = header_end
    while body_start < len(text) and text[body_start] in "\n \t":
        body_start += 1
    # Step back over indentation of the first body line so offsets stay on its first character.
    body = text[body_start:]
    if not body.strip():
        raise DispatchError(source, "no body after the header")
    if not headline:
        # An untitled dispatch is still a dispatch: its opening words stand for a headline.
        first_line = body.strip().split("\n", 1)[0]
        headline = first_line if len(first_line) <= 120 else first_line[:119].rstrip() + "…"
    return Dispatch(
        id=dispatch_id(text),
        published=published,
        section=section,
        section_en=section_en,
        headline=headline,
        text=text,
        body_start=body_start,
        lang=detect_language(headline + "\n" + body),
        source=source,
    )


def split_header_fields(rest: str) -> tuple[str, str, str | None]:
    """`SECTION :: headline :: SECTION_EN` -> its three fields; split on first and last `::`."""
    rest = rest.strip()
    first = rest.find("::")
    if first < 0:
        return "", rest, None
    section = rest[:first].strip()
    last = rest.rfind("::")
    if last == first:
        return section, rest[first + 2 :].strip(), None
    return section, rest[first + 2 : last].strip(), rest[last + 2 :].strip() or None


def read_dispatch(path: Path) -> Dispatch:
    """Read and parse one file; every failure is a DispatchError naming the file."""
    source = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise DispatchError(source, f"too large ({size:,} bytes; the limit is {MAX_BYTES:,})")
        data = path.read_bytes()
    except OSError as error:
        raise DispatchError(source, f"cannot read: {error.strerror or error}") from None
    return parse_dispatch(decode(data, source), source)
