"""Who may run admin commands: in a server, with Manage Server, or one of the bot's owners.

The same check runs for `!x` and `/x` (hybrid commands share their checks); refusals raise
the errors the error handler turns into a polite reply naming the missing permission.
"""

from __future__ import annotations

import discord
from discord.ext import commands

ADMIN_PERMISSION = "manage_guild"


async def is_bot_owner(bot: commands.Bot, user: discord.abc.User) -> bool:
    """One of NEWSLINE_OWNER_IDS, or the application's owner (or a member of its team)."""
    settings = getattr(bot, "settings", None)
    if settings is not None and user.id in settings.owner_ids:
        return True
    app = bot.application or await bot.application_info()
    if app.team is not None:
        return any(member.id == user.id for member in app.team.members)
    return app.owner is not None and app.owner.id == user.id


def admin_only():
    """`@admin_only()` on a hybrid command: guild only; Manage Server or a bot owner."""

    async def predicate(ctx: commands.Context) -> bool:
        if ctx.guild is None:
            raise commands.NoPrivateMessage()
        if ctx.permissions.manage_guild or await is_bot_owner(ctx.bot, ctx.author):
            return True
        raise commands.MissingPermissions([ADMIN_PERMISSION])

    return commands.check(predicate)
