"""Helpers the cogs share: topic autocomplete, the cooldown on expensive commands."""

from __future__ import annotations

import asyncio

import discord
from discord import app_commands

from bot.commands import CommandError
from timeline.events import fold

AUTOCOMPLETE_CHOICES = 25


async def topic_choices(service, current: str) -> list[app_commands.Choice[str]]:
    """Known topics matching what is typed, best first (those starting with it, then busiest)."""
    known = await asyncio.to_thread(service.topics)
    typed = fold(current.strip())
    matches = [t for t in known if typed in fold(t.label) or typed in t.topic]
    matches.sort(key=lambda t: (not fold(t.label).startswith(typed), -t.dispatches))
    return [
        app_commands.Choice(name=f"{t.label} ({t.dispatches})"[:100], value=t.topic)
        for t in matches[:AUTOCOMPLETE_CHOICES]
    ]


async def topic_autocomplete(
    interaction: discord.Interaction, current: str
) -> list[app_commands.Choice[str]]:
    return await topic_choices(interaction.client.service, current)


def check_cooldown(bot, user_id: int) -> None:
    """Raise a friendly CommandError when a user asks for expensive work too often."""
    wait = bot.expensive.retry_after(user_id)
    if wait:
        raise CommandError(f"Pictures and exports take a moment to make: try again in {wait} s.")
