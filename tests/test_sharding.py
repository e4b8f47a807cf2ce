"""NEWSLINE_SHARDS chooses discord.py's AutoShardedBot; the bot is the same otherwise."""

from __future__ import annotations

import discord
import pytest
from discord.ext import commands

from bot.client import INITIAL_EXTENSIONS, NewslineBot, ShardedNewslineBot, build_bot
from bot.settings import Settings


async def test_without_shards_the_bot_is_one_connection(service):
    bot = build_bot(Settings(_env_file=None), service)
    assert type(bot) is NewslineBot
    assert not isinstance(bot, commands.AutoShardedBot)
    await bot.close()


@pytest.mark.parametrize(("value", "count"), [("4", 4), ("auto", None), (" Auto ", None)])
async def test_shards_setting_builds_the_auto_sharded_bot(service, value, count):
    settings = Settings(_env_file=None, NEWSLINE_SHARDS=value, NEWSLINE_PREFIX="?")
    bot = build_bot(settings, service)
    await bot.__aenter__()  # as `serve` does with `async with bot`, before logging in
    assert isinstance(bot, ShardedNewslineBot)
    assert isinstance(bot, commands.AutoShardedBot) and isinstance(bot, NewslineBot)
    assert bot.shard_count == count  # None: Discord recommends how many
    # Everything the plain bot has, the sharded one has too.
    assert bot.allowed_mentions.to_dict() == discord.AllowedMentions.none().to_dict()
    assert bot.service is service and bot.settings.prefix == "?"
    for extension in INITIAL_EXTENSIONS:
        await bot.load_extension(extension)
    assert bot.get_command("timeline") is not None
    await bot.__aexit__(None, None, None)
    assert bot.is_closed()


@pytest.mark.parametrize("value", ["0", "-2", "many"])
def test_a_wrong_shards_setting_is_refused_clearly(value):
    with pytest.raises(ValueError, match="NEWSLINE_SHARDS"):
        Settings(_env_file=None, NEWSLINE_SHARDS=value)


def test_an_empty_shards_setting_means_no_sharding():
    assert Settings(_env_file=None, NEWSLINE_SHARDS="").shards is None
