"""Cards as discord.py embeds."""

from __future__ import annotations

import discord

from bot.render import Card


def to_embed(card: Card) -> discord.Embed:
    card = card.fitted()
    embed = discord.Embed(title=card.title, description=card.description or None, color=card.color)
    for name, value in card.fields:
        embed.add_field(name=name, value=value or "—", inline=len(value) < 40)
    if card.footer:
        embed.set_footer(text=card.footer)
    return embed
