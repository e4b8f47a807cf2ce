"""Shared test helpers: hand-made dispatches, a service over a real SQLite file."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.service import Newsline

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED = SEEDS / "000_dcf501dca8828168.txt"


def dispatch_text(
    published: str, headline: str, body: str, section: str = "MONDE", section_en: str = "WORLD"
) -> str:
    """A dispatch in the Newsline file format."""
    return f" date {published} {section} :: {headline} :: {section_en}\n\n{body.strip()}\n"


def write_dispatch(folder: Path, name: str, *args, **kwargs) -> Path:
    path = folder / name
    path.write_text(dispatch_text(*args, **kwargs), encoding="utf-8")
    return path


@pytest.fixture
def service(tmp_path):
    """The real service over a real SQLite file in a temporary folder."""
    newsline = Newsline.open(tmp_path / "newsline.db")
    yield newsline
    newsline.close()
