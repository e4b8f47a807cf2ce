"""Synthetic dispatches: many small, distinct, realistic files for crash, scale and fuzz tests."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from tests.helpers import dispatch_text

# (topic words as a dispatch writes them: name in French, in English, capital, a leader)
COUNTRIES = [
    ("le Venezuela", "Venezuela", "Caracas", "Nicolás Maduro"),
    ("la Russie", "Russia", "Moscou", "Vladimir Poutine"),
    ("la Colombie", "Colombia", "Bogota", "Gustavo Petro"),
    ("le Brésil", "Brazil", "Brasilia", "Lula"),
    ("la France", "France", "Paris", "Emmanuel Macron"),
    ("le Mexique", "Mexico", "Mexico", "Claudia Sheinbaum"),
    ("Cuba", "Cuba", "La Havane", "Miguel Díaz-Canel"),
    ("l'Ukraine", "Ukraine", "Kiev", "Volodymyr Zelensky"),
]
MONTHS_FR = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def synthetic_dispatch(index: int, rng: random.Random) -> str:
    """One dispatch; `index` makes its text (and so its id) unique."""
    published = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(400))
    event = published - dt.timedelta(days=rng.randrange(1, 30))
    a, b = rng.sample(COUNTRIES, 2)
    if rng.random() < 0.5:
        return dispatch_text(
            published.isoformat(),
            f"{a[1]} : accord numéro {index} signé à {a[2]}",
            f"{a[3]} a annoncé le {event.day} {MONTHS_FR[event.month - 1]} {event.year} la "
            f"signature de l'accord numéro {index} avec {b[0]}, selon un communiqué publié à "
            f"{a[2]}. Les discussions avaient commencé en {event.year - 1}. Le ministre des "
            f"affaires étrangères a déclaré que la coopération avec {b[0]} continuerait.",
            section="MONDE",
        )
    return dispatch_text(
        published.isoformat(),
        f"{a[1]} signs agreement {index} in {a[2]}",
        f"On {MONTHS_EN[event.month - 1]} {event.day}, {event.year}, officials in {a[2]} signed "
        f"agreement number {index} with {b[1]}, {a[3]} said. Talks between {a[1]} and {b[1]} "
        f"began in {event.year - 1}. The foreign minister said cooperation would continue.",
    )


def write_synthetic(folder: Path, count: int, seed: int = 7) -> list[Path]:
    """`count` distinct dispatch files in `folder`, named in ingest order."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        path = folder / f"{index:05d}.txt"
        path.write_text(synthetic_dispatch(index, rng), encoding="utf-8")
        paths.append(path)
    return paths
