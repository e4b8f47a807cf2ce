"""The reading commands everyone may use: timeline, brief, dispatch, search, topics, latest, help.

Each is a hybrid command (`!timeline` and `/timeline` run this same code); the work itself is
in `bot.commands`, run off the event loop.
"""

from __future__ import annotations

import asyncio

import discord
from discord import app_commands
from discord.ext import commands

from bot import commands as answers
from bot.commands import parse_topic_arguments
from bot.replies import send_answer
from timeline.events import fold

AUTOCOMPLETE_CHOICES = 25


class Reading(commands.Cog):
    def __init__(self, bot: commands.Bot):
        self.bot = bot

    @property
    def service(self):
        return self.bot.service

    async def topic_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        known = await asyncio.to_thread(self.service.topics)
        typed = fold(current.strip())
        matches = [t for t in known if typed in fold(t.label) or typed in t.topic]
        matches.sort(key=lambda t: (not fold(t.label).startswith(typed), -t.dispatches))
        return [
            app_commands.Choice(name=f"{t.label} ({t.dispatches})"[:100], value=t.topic)
            for t in matches[:AUTOCOMPLETE_CHOICES]
        ]

    @commands.hybrid_command(name="timeline", description="The chronology of a topic, cited")
    @app_commands.describe(
        topic="a country, place, person or organisation",
        from_="from this date (YYYY, YYYY-MM or YYYY-MM-DD)",
        to="up to this date",
        show_all="show every entry, not only the most reported",
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
    ) -> None:
        await ctx.defer()
        arguments = parse_topic_arguments(topic, from_, to, "--all" if show_all else None)
        answer = await asyncio.to_thread(answers.timeline, self.service, arguments)
        await send_answer(ctx, answer)

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
        answer = await asyncio.to_thread(answers.dispatch, self.service, id)
        await send_answer(ctx, answer)

    @commands.hybrid_command(name="search", description="Full-text search over dispatches")
    @app_commands.describe(words="words to look for")
    async def search(self, ctx: commands.Context, *, words: str) -> None:
        answer = await asyncio.to_thread(answers.search, self.service, words)
        await send_answer(ctx, answer)

    @commands.hybrid_command(name="topics", description="The topics Newsline knows, with counts")
    async def topics(self, ctx: commands.Context) -> None:
        answer = await asyncio.to_thread(answers.topics, self.service)
        await send_answer(ctx, answer)

    @commands.hybrid_command(name="latest", description="The most recent dispatches")
    @app_commands.describe(count="how many (1-20)")
    async def latest(self, ctx: commands.Context, count: int = 5) -> None:
        answer = await asyncio.to_thread(answers.latest, self.service, count)
        await send_answer(ctx, answer)

    @commands.hybrid_command(name="help", description="Every command, with an example")
    async def help(self, ctx: commands.Context) -> None:
        await send_answer(ctx, answers.help_(self.bot.settings.prefix))


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Reading(bot))
