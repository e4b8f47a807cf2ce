"""Shared fixtures: a running Discord emulator that discord.py is pointed at."""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator, Callable

import discord
import pytest

from tests.emulator import DiscordEmulator, point_discord_at, running_bot


@pytest.fixture
async def emulator() -> AsyncIterator[DiscordEmulator]:
    """A fresh Discord emulator on 127.0.0.1, with discord.py pointed at it.

    Fails the test at teardown if the bot called a route the emulator does not know or a
    handler crashed (set ``emulator.strict = False`` to allow it).
    """
    async with DiscordEmulator() as emu:
        with point_discord_at(emu):
            yield emu
    if emu.strict:
        assert not emu.problems, "Discord emulator problems:\n" + "\n".join(emu.problems)


@pytest.fixture
def run_bot(emulator: DiscordEmulator) -> Callable[..., running_bot]:
    """``async with run_bot(bot) as bot:`` runs ``bot`` against the ``emulator`` fixture."""

    def start(bot: discord.Client, **options: object) -> running_bot:
        return running_bot(bot, emulator, **options)  # type: ignore[arg-type]

    return functools.wraps(running_bot)(start)
