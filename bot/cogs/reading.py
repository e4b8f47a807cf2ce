"""The reading commands everyone may use: timeline, brief, dispatch, search, topics, latest, help.

Each is a hybrid command (`!timeline` and `/timeline` run this same code); the work itself is
in `bot.commands`, run off the event loop. Commands that read storage defer first, so a slow
answer never misses Discord's 3 s deadline.
"""

from __future__ import annotations

import asyncio

import discord
from discord import app_commands
from discord.ext import commands

from bot import commands as answers
from bot.cogs.common import check_cooldown, topic_choices
from bot.commands import TopicArguments, parse_topic_arguments
from bot.embeds import to_embed
from bot.replies import files_of, send_answer
from bot.views import Action


class Reading(commands.Cog):
    def __init__(self, bot: commands.Bot):
        self.bot = bot

    @property
    def service(self):
        return self.bot.service

    async def topic_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return await topic_choices(self.service, current)

    def picture_action(self, arguments: TopicArguments) -> Action:
        """What the 🖼 button under a timeline does: a PNG of the same timeline, in a new
        message (drawn in a worker thread)."""

        async def draw(interaction: discord.Interaction) -> None:
            check_cooldown(self.bot, interaction.user.id)
            await interaction.response.defer(thinking=True)
            answer = await asyncio.to_thread(answers.timeline_picture, self.service, arguments)
            embed = to_embed(answer.cards[0])
            if answer.files:
                embed.set_image(url=f"attachment://{answer.files[0][0]}")
            await interaction.followup.send(embed=embed, files=files_of(answer))

        return draw

    @commands.hybrid_command(name="timeline", description="The chronology of a topic, cited")
    @app_commands.describe(
        topic="a country, place, person or organisation",
        from_="from this date (YYYY, YYYY-MM or YYYY-MM-DD)",
        to="up to this date",
        show_all="show every entry, not only the most reported",
        image="attach the timeline as a picture",
    )
    @app_commands.rename(from_="from", show_all="all")
    async def timeline(
        self,
        ctx: commands.Context,
        *,
        topic: str,
        from_: str | None = None,
        to: str | None = None,
        show_all: bool = False,
        image: bool = False,
    ) -> None:
        """`!timeline venezuela 2026-01 --all --image` or `/timeline topic:venezuela image:true`."""
        arguments = parse_topic_arguments(
            topic, from_, to, "--all" if show_all else None, "--image" if image else None
        )
        if arguments.image:
            check_cooldown(self.bot, ctx.author.id)
        await ctx.defer()
        answer = await asyncio.to_thread(answers.timeline, self.service, arguments)
        picture = self.picture_action(arguments) if answer.drawable else None
        await send_answer(ctx, answer, picture=picture)

    @commands.hybrid_command(name="brief", description="A short briefing on a topic, cited")
    @app_commands.describe(
        topic="a country, place, person or organisation",
        since="only developments from this date on",
    )
    async def brief(self, ctx: commands.Context, *, topic: str, since: str | None = None) -> None:
        await ctx.defer()
        arguments = parse_topic_arguments(topic, since)
        answer = await asyncio.to_thread(answers.brief, self.service, arguments)
        await send_answer(ctx, answer)

    timeline.autocomplete("topic")(topic_autocomplete)
    brief.autocomplete("topic")(topic_autocomplete)

    @commands.hybrid_command(name="dispatch", description="One dispatch: summary and events")
    @app_commands.describe(id="the dispatch id (or its first characters)")
    async def dispatch(self, ctx: commands.Context, id: str) -> None:
        await ctx.defer()
        answer = await asyncio.to_thread(answers.dispatch, self.service, id)
        await send_answer(ctx, answer)

    @commands.hybrid_command(name="search", description="Full-text search over dispatches")
    @app_commands.describe(words="words to look for")
    async def search(self, ctx: commands.Context, *, words: str) -> None:
        await ctx.defer()
        answer = await asyncio.to_thread(answers.search, self.service, words)
        await send_answer(ctx, answer)

    @commands.hybrid_command(name="topics", description="The topics Newsline knows, with counts")
    async def topics(self, ctx: commands.Context) -> None:
        await ctx.defer()
        answer = await asyncio.to_thread(answers.topics, self.service)
        await send_answer(ctx, answer)

    @commands.hybrid_command(name="latest", description="The most recent dispatches")
    @app_commands.describe(count="how many (1-20)")
    @app_commands.rename(count="n")
    async def latest(self, ctx: commands.Context, count: int = 5) -> None:
        await ctx.defer()
        answer = await asyncio.to_thread(answers.latest, self.service, count)
        await send_answer(ctx, answer)

    @commands.hybrid_command(name="help", description="Every command, with an example")
    async def help(self, ctx: commands.Context) -> None:
        await send_answer(ctx, answers.help_(self.bot.settings.prefix, everything=True))


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Reading(bot))
