"""Sending answers to Discord: embeds, pagination, files; never a ping."""

from __future__ import annotations

import io

import discord
from discord.ext import commands

from bot.commands import Answer
from bot.embeds import to_embed
from bot.views import Action, Paginator


def files_of(answer: Answer) -> list[discord.File]:
    return [discord.File(io.BytesIO(data), filename=name) for name, data in answer.files]


async def send_answer(
    ctx: commands.Context,
    answer: Answer,
    *,
    ephemeral: bool = False,
    picture: Action | None = None,
) -> discord.Message:
    """One message: the first card (with page buttons when there are more, and a picture
    button when `picture` is given) and any files."""
    files = files_of(answer)
    extra = {"files": files} if files else {}
    if len(answer.cards) > 1 or picture is not None:
        view = Paginator(answer.cards, ctx.author.id, picture=picture)
        message = await ctx.send(embed=view.embed(), view=view, ephemeral=ephemeral, **extra)
        view.message = message
        return message
    return await ctx.send(embed=to_embed(answer.cards[0]), ephemeral=ephemeral, **extra)
