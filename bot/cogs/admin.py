"""Admin commands: ingest, forget, status, era add, alias add.

In a server only, for people with Manage Server or the bot's owners (`bot.checks`), for `!x`
and `/x` alike. Downloads are async; parsing, analysis and storage run in worker threads, so a
10-file ingest never blocks the gateway or other people's commands.
"""

from __future__ import annotations

import asyncio
import importlib.metadata
import logging

import discord
from discord import app_commands
from discord.ext import commands

from bot import commands as answers
from bot import uploads
from bot.checks import admin_only
from bot.cogs.common import topic_autocomplete
from bot.commands import CommandError
from bot.embeds import to_embed
from bot.render import ingest_progress_card, notice_card
from bot.replies import send_answer
from bot.service import IngestFailure
from bot.uploads import MAX_FILES, Accepted, pasted_dispatches, screen
from bot.views import ConfirmView
from storage.models import IngestResult

log = logging.getLogger(__name__)


def version() -> str:
    try:
        return importlib.metadata.version("newsline")
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


class Admin(commands.Cog):
    def __init__(self, bot: commands.Bot):
        self.bot = bot

    @property
    def service(self):
        return self.bot.service

    # -- ingest ----------------------------------------------------------------------------

    @commands.hybrid_command(
        name="ingest", description="Admin: store dispatches from .txt/.md files or pasted text"
    )
    @admin_only()
    @app_commands.describe(
        file="a .txt or .md dispatch (UTF-8, at most 1 MB)",
        text="a dispatch pasted as text (prefix commands keep its line breaks)",
    )
    async def ingest(
        self,
        ctx: commands.Context,
        file: discord.Attachment | None = None,
        *,
        text: str | None = None,
    ) -> None:
        """`!ingest` with attachments, or a dispatch pasted in a code block; `/ingest file:`."""
        await ctx.defer()
        if ctx.interaction is not None:
            attachments = [file] if file is not None else []
        else:
            attachments = list(ctx.message.attachments)
        pasted = pasted_dispatches(text, blocks_only=bool(attachments))
        if not attachments and not pasted:
            raise CommandError(
                f"Attach one or more .txt or .md dispatch files to `ingest` (up to {MAX_FILES}), "
                "or paste a dispatch in a code block."
            )
        decisions = screen([(a.filename, a.size) for a in attachments])
        jobs = [*decisions, *(f"pasted text {i}" for i in range(1, len(pasted) + 1))]
        progress = await ctx.send(embed=to_embed(ingest_progress_card(0, len(jobs), "starting…")))
        loop = asyncio.get_running_loop()
        last_edit = loop.time()
        outcomes: list[IngestResult | IngestFailure] = []
        for done, job in enumerate(jobs, 1):
            if isinstance(job, str):
                data = pasted[done - len(decisions) - 1].encode("utf-8")
                outcomes.append(await asyncio.to_thread(self.service.ingest_upload, data, job))
            elif isinstance(job, Accepted):
                outcomes.append(await self._ingest_attachment(attachments[job.index], job.source))
            else:
                outcomes.append(IngestFailure(job.source, job.reason))
            if done < len(jobs) and loop.time() - last_edit >= uploads.PROGRESS_EVERY:
                last_edit = loop.time()
                current = getattr(job, "source", job)
                card = ingest_progress_card(done, len(jobs), f"last: {current}")
                await self._edit(progress, to_embed(card))
        report = answers.ingest_report(outcomes)
        await self._edit(progress, to_embed(report.cards[0]))
        new = [o for o in outcomes if isinstance(o, IngestResult) and o.status == "new"]
        if new:
            # Wakes the announcer at once instead of at its next look at the outbox.
            self.bot.dispatch("newsline_ingested", new)

    async def _ingest_attachment(
        self, attachment: discord.Attachment, source: str
    ) -> IngestResult | IngestFailure:
        try:
            data = await attachment.read()
        except (discord.HTTPException, discord.NotFound) as error:
            log.warning("could not download attachment %s: %s", source, error)
            return IngestFailure(source, "could not download it from Discord; send it again")
        return await asyncio.to_thread(self.service.ingest_upload, data, source)

    @staticmethod
    async def _edit(message: discord.Message, embed: discord.Embed) -> None:
        try:
            await message.edit(embed=embed)
        except discord.HTTPException:
            log.warning("could not update the ingest progress message %s", message.id)

    # -- forget ----------------------------------------------------------------------------

    @commands.hybrid_command(
        name="forget", description="Admin: remove a dispatch and what only it supported"
    )
    @admin_only()
    @app_commands.describe(id="the dispatch id (or its first characters)")
    async def forget(self, ctx: commands.Context, id: str) -> None:
        """Asks first, with a button only the requester can press."""
        await ctx.defer()
        question, dispatch_id = await asyncio.to_thread(answers.forget_question, self.service, id)

        async def confirmed(interaction: discord.Interaction) -> None:
            working = notice_card("Forgetting…", "", 0x718096)
            await interaction.response.edit_message(embed=to_embed(working), view=None)
            answer = await asyncio.to_thread(answers.forget, self.service, dispatch_id)
            await interaction.edit_original_response(embed=to_embed(answer.cards[0]))

        view = ConfirmView(ctx.author.id, confirmed, confirm_label="Forget it")
        view.message = await ctx.send(embed=to_embed(question.cards[0]), view=view)

    # -- status ----------------------------------------------------------------------------

    @commands.hybrid_command(name="status", description="Admin: counts, last ingest, uptime")
    @admin_only()
    async def status(self, ctx: commands.Context) -> None:
        await ctx.defer()
        answer = await asyncio.to_thread(answers.status, self.service, version(), self.bot.uptime)
        await send_answer(ctx, answer)

    # -- eras and aliases ----------------------------------------------------------------------

    @commands.hybrid_group(
        name="era", description="Admin: named periods", invoke_without_command=True
    )
    @admin_only()
    async def era(self, ctx: commands.Context) -> None:
        raise CommandError(
            'Use `era add <name> <start> <end>`, e.g. `era add "Cold War" 1947 1991`.'
        )

    @era.command(name="add", description="Admin: teach a named period (e.g. the Cold War)")
    @admin_only()
    @app_commands.describe(
        name="what dispatches call it", start="first day (YYYY, YYYY-MM or YYYY-MM-DD)",
        end="last day",
    )  # fmt: skip
    async def era_add(self, ctx: commands.Context, name: str, start: str, end: str) -> None:
        await ctx.defer()
        answer = await asyncio.to_thread(
            answers.era_add, self.service, name, start, end, ctx.author.id
        )
        await send_answer(ctx, answer)

    @commands.hybrid_group(
        name="alias", description="Admin: other names for topics", invoke_without_command=True
    )
    @admin_only()
    async def alias(self, ctx: commands.Context) -> None:
        raise CommandError(
            "Use `alias add <alias> <topic>`, e.g. `alias add Bolivarian venezuela`."
        )

    @alias.command(name="add", description="Admin: another name for a topic")
    @admin_only()
    @app_commands.describe(alias="the new name", topic="the topic it means")
    async def alias_add(self, ctx: commands.Context, alias: str, *, topic: str) -> None:
        await ctx.defer()
        answer = await asyncio.to_thread(
            answers.alias_add, self.service, alias, topic, ctx.author.id
        )
        await send_answer(ctx, answer)

    alias_add.autocomplete("topic")(topic_autocomplete)


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Admin(bot))
