"""Synthetic dispatches for benchmarks, made from the real ones in seeds/.

Each synthetic dispatch is a real dispatch with its story moved: the countries, capitals,
demonyms and leaders of one Latin American country swapped for another's, every year shifted
by the same amount (publication date included), and a reference line that makes its text (and
so its id) unique. The language, length and density of dates stay those of real reporting.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from pathlib import Path

from timeline.language import detect_language

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

# (name fr, name en/es, capital fr, capital en/es, demonym stem fr, demonym stem es, leader)
COUNTRIES = [
    ("Venezuela", "Venezuela", "Caracas", "Caracas", "vénézuélien", "venezolan", "Nicolás Maduro"),
    ("Colombie", "Colombia", "Bogota", "Bogotá", "colombien", "colombian", "Gustavo Petro"),
    ("Bolivie", "Bolivia", "La Paz", "La Paz", "bolivien", "bolivian", "Luis Arce"),
    ("Équateur", "Ecuador", "Quito", "Quito", "équatorien", "ecuatorian", "Daniel Noboa"),
    ("Pérou", "Peru", "Lima", "Lima", "péruvien", "peruan", "Dina Boluarte"),
    (
        "Nicaragua",
        "Nicaragua",
        "Managua",
        "Managua",
        "nicaraguayen",
        "nicaragüens",
        "Daniel Ortega",
    ),
    (
        "Argentine",
        "Argentina",
        "Buenos Aires",
        "Buenos Aires",
        "argentin",
        "argentin",
        "Javier Milei",
    ),
    ("Chili", "Chile", "Santiago", "Santiago", "chilien", "chilen", "Gabriel Boric"),
]
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-3]\d)\b")
_HEADER_DATE = re.compile(r"^(\s*date\s+)(\d{4})-(\d{2})-(\d{2})", re.MULTILINE)


def _swap(text: str, source: tuple, target: tuple) -> str:
    """Tell the story of `target` instead of `source` (names, capitals, demonyms, leader)."""
    pairs = [
        (source[6], target[6]),
        (source[6].split()[-1], target[6].split()[-1]),
        (source[0], target[0]),
        (source[1], target[1]),
        (source[2], target[2]),
        (source[3], target[3]),
        (source[4], target[4]),
        (source[4].capitalize(), target[4].capitalize()),
        (source[5], target[5]),
    ]
    for old, new in pairs:
        text = re.sub(rf"\b{re.escape(old)}", new, text)
    return text


def _shift_years(text: str, delta: int) -> str:
    def header(match: re.Match) -> str:
        day = min(int(match[4]), 28) if match[3] == "02" else int(match[4])
        return f"{match[1]}{int(match[2]) + delta}-{match[3]}-{day:02d}"

    text = _HEADER_DATE.sub(header, text, count=1)
    head, _, body = text.partition("\n")
    return head + "\n" + _YEAR.sub(lambda m: str(int(m[1]) + delta), body)


def _moved(text: str, rng: random.Random) -> str:
    text = _swap(text, COUNTRIES[0], rng.choice(COUNTRIES))
    return _shift_years(text, rng.randint(-4, 4))


def synthetic_dispatches(count: int, seed: int = 7, parts: int = 1) -> Iterator[tuple[str, str]]:
    """(name, text) of `count` distinct synthetic dispatches, reproducibly. With `parts` > 1,
    each is a longer wire story: the header and body of one dispatch followed by the bodies
    of the next ones (each moved on its own)."""
    sources = [p.read_text(encoding="utf-8-sig") for p in sorted(SEEDS.glob("*.txt"))]
    by_lang: dict[str, list[str]] = {}
    for text in sources:
        by_lang.setdefault(detect_language(text), []).append(text)
    rng = random.Random(seed)
    for index in range(count):
        first = sources[index % len(sources)]
        kin = by_lang[detect_language(first)]  # the other parts are in the same language
        others = [kin[(index + k) % len(kin)] for k in range(1, parts)]
        pieces = [_moved(text, rng) for text in (first, *others)]
        text = "\n\n".join(
            [pieces[0].rstrip(), *(p.split("\n\n", 1)[1].strip() for p in pieces[1:])]
        )
        yield f"synthetic-{index:06d}.txt", f"{text}\n\n(NL-{index}-{seed})\n"


def write_dispatches(folder: Path, count: int, seed: int = 7, parts: int = 1) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in synthetic_dispatches(count, seed, parts):
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
