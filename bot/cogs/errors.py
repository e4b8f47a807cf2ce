"""One error handler for prefix and slash commands: friendly replies, details in the log."""

from __future__ import annotations

import logging

import discord
from discord import app_commands
from discord.ext import commands

from bot.commands import CommandError
from bot.embeds import answer_privately, to_embed
from bot.render import error_card

log = logging.getLogger(__name__)


def unwrap(error: BaseException) -> BaseException:
    """The error that really happened, out of discord.py's wrappers."""
    wrappers = (
        commands.CommandInvokeError,
        commands.HybridCommandError,
        app_commands.CommandInvokeError,
    )
    while isinstance(error, wrappers) and getattr(error, "original", None) is not None:
        error = error.original
    return error


# Discord's names for permissions whose API names differ from what people see.
PERMISSION_NAMES = {"manage_guild": "Manage Server", "administrator": "Administrator"}


def permission_name(permission: str) -> str:
    return PERMISSION_NAMES.get(permission, permission.replace("_", " ").title())


def describe(error: BaseException, prefix: str) -> str | None:
    """What to tell the user, or None for an unexpected failure (logged, generic reply)."""
    if isinstance(error, CommandError):
        return str(error)
    if isinstance(error, commands.MissingRequiredArgument):
        return f"Missing `{error.param.name}`. `{prefix}help` shows every command with an example."
    if isinstance(error, (commands.BadArgument, commands.BadUnionArgument)):
        return f"{error} `{prefix}help` shows every command with an example."
    if isinstance(error, (commands.MissingPermissions, app_commands.MissingPermissions)):
        missing = ", ".join(permission_name(p) for p in error.missing_permissions)
        return (
            f"Sorry, this command needs the **{missing}** permission (or being one of the "
            "bot's owners). Ask a server admin."
        )
    if isinstance(error, (commands.NoPrivateMessage, app_commands.NoPrivateMessage)):
        return "This command only works in a server."
    if isinstance(error, (commands.CommandOnCooldown, app_commands.CommandOnCooldown)):
        return f"Slow down a little — try again in {error.retry_after:.0f} s."
    if isinstance(error, (commands.CheckFailure, app_commands.CheckFailure)):
        return str(error) or "You are not allowed to use this command here."
    if isinstance(error, commands.UserInputError):
        return f"{error} `{prefix}help` shows every command with an example."
    return None


class ErrorHandler(commands.Cog):
    def __init__(self, bot: commands.Bot):
        self.bot = bot

    async def cog_load(self) -> None:
        self._previous_tree_handler = self.bot.tree.on_error
        self.bot.tree.on_error = self.on_app_command_error

    async def cog_unload(self) -> None:
        self.bot.tree.on_error = self._previous_tree_handler

    @commands.Cog.listener()
    async def on_command_error(self, ctx: commands.Context, error: commands.CommandError) -> None:
        error = unwrap(error)
        if isinstance(error, commands.CommandNotFound):
            return
        message = describe(error, self.bot.settings.prefix)
        if message is None:
            log.error("command %s failed", ctx.command, exc_info=error)
            message = "Something went wrong on my side; the details are in the log."
        try:
            await ctx.send(embed=to_embed(error_card(message)), ephemeral=True)
        except discord.HTTPException:
            log.warning("could not deliver an error reply in channel %s", ctx.channel.id)

    async def on_app_command_error(
        self, interaction: discord.Interaction, error: app_commands.AppCommandError
    ) -> None:
        error = unwrap(error)
        message = describe(error, self.bot.settings.prefix)
        if message is None:
            log.error("slash command %s failed", interaction.command, exc_info=error)
            message = "Something went wrong on my side; the details are in the log."
        await answer_privately(interaction, error_card(message))


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(ErrorHandler(bot))
