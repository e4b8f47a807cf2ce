"""End-to-end fixtures: the real Newsline bot (every cog) against the loopback Discord emulator.

Registered as a pytest plugin by the root conftest. Dispatches are hand-made here (the French
date forms every version of the date extractor reads).
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.client import NewslineBot
from bot.service import Newsline
from bot.settings import Settings
from tests.emulator import DiscordEmulator, running_bot
from tests.helpers import dispatch_text

MONTHS = [
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
    "octobre", "novembre", "décembre",
]  # fmt: skip

CAPTURE = dispatch_text(
    "2026-01-08",
    "Poutine refuse de soutenir le Venezuela après la capture de Maduro",
    "Le président russe a commenté la chute de Nicolás Maduro, capturé par les États-Unis "
    "le 3 janvier 2026. « On ne peut pas soutenir un État qui s'effondre », a-t-il dit.\n\n"
    "Depuis l'ère Chavez, plus de 400 accords ont été signés entre la Russie et le Venezuela.",
    section="RUSSIE",
    section_en="RUSSIA",
)
STRIKE = dispatch_text(
    "2025-09-04",
    "Frappe américaine contre un bateau parti du Venezuela",
    "Les forces américaines ont frappé un bateau parti du Venezuela le 2 septembre 2025. "
    "Caracas a dénoncé une agression le 3 septembre 2025.",
    section="AMÉRIQUES",
    section_en="AMERICAS",
)


def chronicle(count: int, published: str = "2026-02-01", headline: str | None = None) -> str:
    """A Venezuela dispatch stating `count` events, each on its own day of 2025."""
    sentences = [
        f"Le {1 + i % 27} {MONTHS[i // 27 % 12]} 2025, le Venezuela annonce la mesure numéro "
        f"{i + 1} du plan de transition."
        for i in range(count)
    ]
    return dispatch_text(
        published,
        headline or f"Chronique vénézuélienne en {count} dates",
        " ".join(sentences),
        section="VENEZUELA",
        section_en="VENEZUELA",
    )


def make_settings(tmp_path, **overrides: object) -> Settings:
    values: dict[str, object] = {
        "NEWSLINE_DB": str(tmp_path / "newsline.db"),
        # The bot's own inbox, never the developer's data/inbox in the working directory.
        "NEWSLINE_INBOX": str(tmp_path / "inbox"),
        "NEWSLINE_EXPENSIVE_COOLDOWN": 0,
        "NEWSLINE_ANNOUNCE_INTERVAL": 30,
        "NEWSLINE_SYNC_COMMANDS": True,
    }
    values.update(overrides)
    return Settings(_env_file=None, **values)


@pytest.fixture
def settings(tmp_path) -> Settings:
    return make_settings(tmp_path)


@pytest.fixture
async def newsline(
    emulator: DiscordEmulator, service: Newsline, settings: Settings
) -> AsyncIterator[NewslineBot]:
    """The Newsline bot, connected to the emulator, its slash commands synced."""
    async with running_bot(NewslineBot(settings, service), emulator) as bot:
        yield bot


VIA = ["prefix", "slash"]


async def ask(
    emulator: DiscordEmulator,
    via: str,
    text: str,
    name: str,
    options: dict[str, object] | None = None,
    *,
    user: str = "member",
    channel: str = "general",
    until=None,
):
    """Run a command as `!text` or as `/name options`; return the bot's answer once settled.

    For a slash command, also checks Discord's 3 s deadline for the first response.
    """
    if via == "prefix":
        message = await emulator.send_message(channel, user, "!" + text)
        return await emulator.wait_for_reply(message, until)
    handle = await emulator.slash(name, options or {}, user=user, channel=channel)
    answer = await handle.wait_message(until)
    assert handle.response is not None and handle.response.elapsed < 3
    return answer
