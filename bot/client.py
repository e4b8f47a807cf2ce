"""The Discord bot: a commands.Bot built from settings and the service, and how to run it."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from pathlib import Path

import discord
from discord.ext import commands

from bot.ratelimit import Cooldown
from bot.service import Newsline
from bot.settings import Settings

log = logging.getLogger(__name__)

INITIAL_EXTENSIONS = (
    "bot.cogs.errors",
    "bot.cogs.exports",
    "bot.cogs.admin",
    "bot.cogs.subscriptions",
    "bot.cogs.announcements",
    "bot.cogs.reading",
)
# Extensions that act on the world (the inbox folder) rather than answer commands: loaded when
# the bot really starts, not by tests that only load the command cogs.
BACKGROUND_EXTENSIONS = ("bot.cogs.inbox",)
MESSAGE_CONTENT_HELP = (
    "The Message Content intent is not enabled for this application, so `{prefix}` commands "
    "cannot be read. Slash commands and `@Newsline timeline ...` still work. To enable "
    "`{prefix}` commands: https://discord.com/developers/applications -> your application -> "
    "Bot -> Privileged Gateway Intents -> Message Content Intent, then restart."
)


class NewslineBot(commands.Bot):
    def __init__(
        self,
        settings: Settings,
        service: Newsline,
        *,
        message_content: bool | None = None,
        **options,
    ):
        intents = discord.Intents.default()
        intents.message_content = (
            settings.message_content if message_content is None else message_content
        )
        super().__init__(
            command_prefix=commands.when_mentioned_or(settings.prefix),
            intents=intents,
            # Never ping anyone, whatever a dispatch or a user's text contains.
            allowed_mentions=discord.AllowedMentions.none(),
            help_command=None,
            owner_ids=set(settings.owner_ids) or None,
            **options,
        )
        self.settings = settings
        self.service = service
        self.started_at = dt.datetime.now(dt.UTC)
        # One per-user cooldown shared by the expensive commands (pictures, exports).
        self.expensive = Cooldown(settings.expensive_cooldown)

    async def setup_hook(self) -> None:
        for extension in (*INITIAL_EXTENSIONS, *BACKGROUND_EXTENSIONS):
            await self.load_extension(extension)
        if self.settings.sync_commands:
            guild = (
                discord.Object(self.settings.sync_guild_id) if self.settings.sync_guild_id else None
            )
            if guild:
                self.tree.copy_global_to(guild=guild)
            synced = await self.tree.sync(guild=guild)
            log.info(
                "synced %d slash commands %s",
                len(synced),
                f"to guild {guild.id}" if guild else "globally",
            )

    async def on_ready(self) -> None:
        log.info("connected as %s to %d servers", self.user, len(self.guilds))
        if not self.intents.message_content:
            log.warning(MESSAGE_CONTENT_HELP.format(prefix=self.settings.prefix))

    @property
    def uptime(self) -> dt.timedelta:
        return dt.datetime.now(dt.UTC) - self.started_at


class ShardedNewslineBot(NewslineBot, commands.AutoShardedBot):
    """The same bot over several gateway shards in one process (NEWSLINE_SHARDS).

    The MRO is ShardedNewslineBot, NewslineBot, Bot, AutoShardedBot, BotBase, AutoShardedClient,
    Client: our set-up and hooks come first, and since Bot and AutoShardedBot add nothing of
    their own, AutoShardedClient's gateway handling is what runs under BotBase.
    """


def build_bot(settings: Settings, service: Newsline, **options) -> NewslineBot:
    """The bot the settings ask for: sharded when NEWSLINE_SHARDS is set, plain otherwise."""
    if settings.shards is None:
        return NewslineBot(settings, service, **options)
    # shard_count=None lets Discord recommend how many shards ("auto").
    shard_count = None if settings.shards == "auto" else settings.shards
    return ShardedNewslineBot(settings, service, shard_count=shard_count, **options)


async def serve(settings: Settings, service: Newsline) -> None:
    """Run until stopped; without the Message Content intent, fall back to slash and mentions."""
    token = settings.token
    assert token is not None
    bot = build_bot(settings, service)
    try:
        async with bot:
            await bot.start(token)
    except discord.PrivilegedIntentsRequired:
        log.warning(MESSAGE_CONTENT_HELP.format(prefix=settings.prefix))
        bot = build_bot(settings, service, message_content=False)
        async with bot:
            await bot.start(token)


def run_bot(settings: Settings, db_path: Path) -> int:
    service = Newsline.open(db_path)
    try:
        asyncio.run(serve(settings, service))
    except discord.LoginFailure:
        log.error(
            "Discord refused the token: check DISCORD_TOKEN (the Bot tab's token, not the "
            "client secret)"
        )
        return 1
    except KeyboardInterrupt:
        pass
    finally:
        service.close()
    return 0
