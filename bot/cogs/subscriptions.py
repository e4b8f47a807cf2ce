"""Admin: `subscribe <#channel> [topic]`, `unsubscribe <#channel> [topic]`, `subscriptions`.

A subscription makes every new dispatch on its topic (or every dispatch) a post in its channel;
the posting itself is `bot.cogs.announcements`.
"""

from __future__ import annotations

import asyncio

import discord
from discord import app_commands
from discord.ext import commands

from bot import commands as answers
from bot.checks import admin_only
from bot.cogs.common import topic_autocomplete
from bot.replies import send_answer


def can_post_in(channel: discord.abc.GuildChannel) -> bool:
    """Whether the bot may post announcements there (unknown counts as yes: Discord decides)."""
    me = channel.guild.me
    if me is None:
        return True
    permissions = channel.permissions_for(me)
    return permissions.send_messages and permissions.embed_links


class Subscriptions(commands.Cog):
    def __init__(self, bot: commands.Bot):
        self.bot = bot

    @commands.hybrid_command(
        name="subscribe", description="Admin: post every new dispatch on a topic in a channel"
    )
    @admin_only()
    @app_commands.describe(
        channel="where to post", topic="a topic (leave empty for every dispatch)"
    )
    async def subscribe(
        self, ctx: commands.Context, channel: discord.TextChannel, *, topic: str | None = None
    ) -> None:
        """`!subscribe #news venezuela`, `/subscribe channel:#news topic:venezuela`."""
        await ctx.defer()
        answer = await asyncio.to_thread(
            answers.subscribe,
            self.bot.service,
            ctx.guild.id,
            channel.id,
            topic,
            ctx.author.id,
            can_post=can_post_in(channel),
        )
        await send_answer(ctx, answer)

    @commands.hybrid_command(
        name="unsubscribe", description="Admin: stop posting a topic (or everything) in a channel"
    )
    @admin_only()
    @app_commands.describe(channel="the channel", topic="the topic (leave empty for all)")
    async def unsubscribe(
        self, ctx: commands.Context, channel: discord.TextChannel, *, topic: str | None = None
    ) -> None:
        await ctx.defer()
        answer = await asyncio.to_thread(answers.unsubscribe, self.bot.service, channel.id, topic)
        await send_answer(ctx, answer)

    @commands.hybrid_command(
        name="subscriptions", description="Admin: the channels of this server that follow topics"
    )
    @admin_only()
    async def subscriptions(self, ctx: commands.Context) -> None:
        await ctx.defer()
        answer = await asyncio.to_thread(answers.subscriptions, self.bot.service, ctx.guild.id)
        await send_answer(ctx, answer)

    subscribe.autocomplete("topic")(topic_autocomplete)
    unsubscribe.autocomplete("topic")(topic_autocomplete)


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Subscriptions(bot))
