"""Cards as discord.py embeds."""

from __future__ import annotations

import logging

import discord

from bot.render import Card

log = logging.getLogger(__name__)


def to_embed(card: Card) -> discord.Embed:
    card = card.fitted()
    embed = discord.Embed(title=card.title, description=card.description or None, color=card.color)
    for name, value in card.fields:
        embed.add_field(name=name, value=value or "—", inline=len(value) < 40)
    if card.footer:
        embed.set_footer(text=card.footer)
    return embed


async def answer_privately(interaction: discord.Interaction, card: Card) -> None:
    """Show a card to the person behind an interaction only, answered already or not."""
    embed = to_embed(card)
    try:
        if interaction.response.is_done():
            await interaction.followup.send(embed=embed, ephemeral=True)
        else:
            await interaction.response.send_message(embed=embed, ephemeral=True)
    except discord.HTTPException:
        log.warning("could not deliver a reply to interaction %s", interaction.id)
