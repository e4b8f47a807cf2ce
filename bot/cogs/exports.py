"""`export <topic> <json|csv|ics|timelinejs|md>`: a topic's timeline as a file attachment."""

from __future__ import annotations

import asyncio
from typing import Literal

from discord import app_commands
from discord.ext import commands

from bot import commands as answers
from bot.cogs.common import check_cooldown, topic_autocomplete
from bot.replies import send_answer

Format = Literal["json", "csv", "ics", "timelinejs", "md"]


class Exports(commands.Cog):
    def __init__(self, bot: commands.Bot):
        self.bot = bot

    @commands.hybrid_command(name="export", description="A topic's timeline as a file")
    @app_commands.describe(
        topic="a country, place, person or organisation",
        format_="json, csv, ics (calendar), timelinejs (Knight Lab) or md (Markdown)",
        from_="from this date (YYYY, YYYY-MM or YYYY-MM-DD)",
        to="up to this date",
    )
    @app_commands.rename(format_="format", from_="from")
    async def export(
        self,
        ctx: commands.Context,
        *,
        topic: str,
        format_: Format | None = None,
        from_: str | None = None,
        to: str | None = None,
    ) -> None:
        """`!export venezuela ics` or `/export topic:venezuela format:ics`."""
        words = " ".join(part for part in (topic, from_, to) if part)
        arguments, fmt = answers.parse_export_arguments(words, format_)
        check_cooldown(self.bot, ctx.author.id)
        await ctx.defer()
        answer = await asyncio.to_thread(answers.export, self.bot.service, arguments, fmt)
        await send_answer(ctx, answer)

    export.autocomplete("topic")(topic_autocomplete)


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Exports(bot))
