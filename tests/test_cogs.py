"""The cogs, called with discord-shaped fakes (the full Discord emulator tests are e2e)."""

from __future__ import annotations

from types import SimpleNamespace

import discord
import pytest
from discord.ext import commands

from bot.client import INITIAL_EXTENSIONS, NewslineBot
from bot.commands import CommandError
from bot.settings import Settings
from bot.views import Paginator
from tests.helpers import SEED, SEEDS


class FakeContext:
    """What a cog uses of commands.Context: send, defer, author, channel."""

    def __init__(self, author_id: int = 42):
        self.author = SimpleNamespace(id=author_id, mention=f"<@{author_id}>")
        self.channel = SimpleNamespace(id=1)
        self.command = "fake"
        self.sent: list[dict] = []
        self.deferred = False

    async def defer(self, **kwargs) -> None:
        self.deferred = True

    async def send(self, content=None, **kwargs):
        self.sent.append({"content": content, **kwargs})
        return SimpleNamespace(id=len(self.sent), edit=None)


@pytest.fixture
async def bot(service):
    settings = Settings(_env_file=None, NEWSLINE_SYNC_COMMANDS=False)
    newsline = NewslineBot(settings, service)
    for extension in INITIAL_EXTENSIONS:
        await newsline.load_extension(extension)
    yield newsline
    await newsline.close()


def cog_command(bot: commands.Bot, name: str):
    command = bot.get_command(name)
    return command, command.cog


async def call(bot, name, ctx=None, **kwargs):
    ctx = ctx or FakeContext()
    command, cog = cog_command(bot, name)
    await command.callback(cog, ctx, **kwargs)
    return ctx


async def test_timeline_sends_the_chronology_as_an_embed(bot):
    bot.service.ingest_file(SEED)
    ctx = await call(bot, "timeline", topic="vénézuélien")
    assert ctx.deferred
    embed = ctx.sent[0]["embed"]
    assert embed.title == "Timeline — Venezuela"
    assert "2026-01-03" in embed.description and "1999–2013" in embed.description


async def test_long_timeline_gets_page_buttons_for_the_requester(bot):
    bot.service.ingest_paths([SEEDS])
    ctx = await call(bot, "timeline", topic="venezuela", show_all=True)
    sent = ctx.sent[0]
    if sent.get("view") is not None:
        view = sent["view"]
        assert isinstance(view, Paginator) and view.owner_id == 42
        assert view.first.disabled and not view.next.disabled
        assert sent["embed"].footer.text.startswith("Page 1/")


async def test_reading_commands_answer(bot):
    record_id = bot.service.ingest_file(SEED).dispatch_id
    for name, kwargs, expected in [
        ("brief", {"topic": "venezuela"}, "Briefing — Venezuela"),
        ("dispatch", {"id": record_id[:8]}, "Poutine"),
        ("search", {"words": "capture"}, "Search — capture"),
        ("topics", {}, "Topics"),
        ("latest", {"count": 3}, "Latest dispatches"),
        ("help", {}, "Newsline — commands"),
    ]:
        ctx = await call(bot, name, **kwargs)
        assert expected in ctx.sent[0]["embed"].title, name


async def test_topic_autocomplete_offers_known_topics(bot):
    bot.service.ingest_file(SEED)
    _, cog = cog_command(bot, "timeline")
    choices = await cog.topic_autocomplete(None, "vene")
    assert choices and choices[0].value == "venezuela"
    assert len(await cog.topic_autocomplete(None, "")) <= 25


async def test_user_mistakes_become_friendly_replies(bot):
    ctx = FakeContext()
    handler = bot.get_cog("ErrorHandler")
    await handler.on_command_error(ctx, commands.CommandInvokeError(CommandError("Which topic?")))
    assert ctx.sent[0]["embed"].description == "Which topic?"
    ctx = FakeContext()
    await handler.on_command_error(ctx, commands.CommandInvokeError(RuntimeError("boom")))
    assert "went wrong" in ctx.sent[0]["embed"].description
    assert "boom" not in ctx.sent[0]["embed"].description


async def test_dispatch_not_found_raises_a_user_error(bot):
    with pytest.raises(CommandError):
        await call(bot, "dispatch", id="ffffffff")


def test_the_bot_never_pings(bot):
    mentions = bot.allowed_mentions
    assert mentions.everyone is False and mentions.users is False and mentions.roles is False


def test_no_two_commands_share_a_name(bot):
    names = [c.name for c in bot.commands] + [a for c in bot.commands for a in c.aliases]
    assert len(names) == len(set(names))
    slash = [c.name for c in bot.tree.get_commands()]
    assert set(slash) >= {"timeline", "brief", "dispatch", "search", "topics", "latest", "help"}


def test_slash_timeline_has_topic_from_to_options(bot):
    timeline = bot.tree.get_command("timeline")
    assert [p.display_name for p in timeline.parameters][:3] == ["topic", "from", "to"]


async def test_paginator_refuses_other_users(bot):
    from bot.render import Card

    view = Paginator([Card("a"), Card("b")], owner_id=1)
    replies = []

    async def send_message(text, **kwargs):
        replies.append(text)

    stranger = SimpleNamespace(
        user=SimpleNamespace(id=2), response=SimpleNamespace(send_message=send_message)
    )
    assert await view.interaction_check(stranger) is False
    assert "Only the person who asked" in replies[0]
    owner = SimpleNamespace(user=SimpleNamespace(id=1))
    assert await view.interaction_check(owner) is True


def test_message_content_intent_follows_settings(service):
    on = NewslineBot(Settings(_env_file=None), service)
    off = NewslineBot(Settings(_env_file=None), service, message_content=False)
    assert on.intents.message_content and not off.intents.message_content
    assert isinstance(on.allowed_mentions, discord.AllowedMentions)
