"""Smoke tests of the Discord emulator with a tiny, plain ``commands.Bot``.

They prove the emulator speaks enough Discord for the real discord.py 2.7 client: prefix and
slash commands, defer + followup, autocomplete, buttons, sync, attachments, files, rate
limits, 5xx, nonce dedup, gateway drops with RESUME, op 9 re-IDENTIFY, allowed mentions.
"""

from __future__ import annotations

import asyncio
import io
import os
import pathlib

import discord
import pytest
from discord import app_commands
from discord.ext import commands

from tests.emulator import DiscordEmulator, make_intents, running_bot, subprocess_command

TOPICS = ["venezuela", "russia", "vatican", "ukraine"]
REPORT = b"date,event\n2026-01-03,capture\n"


class PressView(discord.ui.View):
    def __init__(self) -> None:
        super().__init__(timeout=30)

    @discord.ui.button(label="Press", custom_id="smoke:press")
    async def press(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await interaction.response.edit_message(
            content=f"pressed by {interaction.user.name}", view=None
        )

    @discord.ui.select(
        custom_id="smoke:pick",
        options=[discord.SelectOption(label=t, value=t) for t in ("russia", "ukraine")],
    )
    async def pick(self, interaction: discord.Interaction, select: discord.ui.Select) -> None:
        await interaction.response.defer()
        await interaction.edit_original_response(content=f"picked {select.values[0]}")


class FeedbackModal(discord.ui.Modal, title="Feedback"):
    text = discord.ui.TextInput(label="Your feedback", custom_id="feedback:text")

    async def on_submit(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message(f"thanks: {self.text.value}")


class SmokeCog(commands.Cog):
    def __init__(self, bot: SmokeBot) -> None:
        self.bot = bot

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        if message.author != self.bot.user:
            self.bot.seen.append(message.content)

    @commands.hybrid_command()
    async def ping(self, ctx: commands.Context) -> None:
        """Answer pong."""
        await ctx.send("pong")

    @commands.hybrid_command()
    async def menu(self, ctx: commands.Context) -> None:
        """A message with a button."""
        await ctx.send("choose", view=PressView())

    @commands.hybrid_command()
    async def slow(self, ctx: commands.Context) -> None:
        """Defer, then answer."""
        await ctx.defer()
        await asyncio.sleep(0.05)
        await ctx.send("done slowly")

    @commands.hybrid_command()
    async def size(self, ctx: commands.Context, file: discord.Attachment) -> None:
        """Read an attachment."""
        data = await file.read()
        await ctx.send(f"{file.filename}: {len(data)} bytes")

    @commands.hybrid_command()
    async def report(self, ctx: commands.Context) -> None:
        """Send a file with text."""
        await ctx.send("here is the report", file=discord.File(io.BytesIO(REPORT), "report.csv"))

    @commands.hybrid_command()
    async def shout(self, ctx: commands.Context) -> None:
        """Mention everyone, safely."""
        await ctx.send("@everyone big news", allowed_mentions=discord.AllowedMentions.none())

    @app_commands.command()
    @app_commands.describe(name="a topic")
    async def topic(self, interaction: discord.Interaction, name: str) -> None:
        """Show a topic."""
        await interaction.response.send_message(f"topic {name}")

    @topic.autocomplete("name")
    async def topic_names(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return [app_commands.Choice(name=t, value=t) for t in TOPICS if current in t]

    @commands.hybrid_group(fallback="list")
    async def watch(self, ctx: commands.Context) -> None:
        """Watch channels."""
        await ctx.send("watching nothing")

    @watch.command(name="add")
    async def watch_add(
        self, ctx: commands.Context, channel: discord.TextChannel, who: discord.Member
    ) -> None:
        """Watch a channel for someone."""
        await ctx.send(f"watching #{channel.name} for {who.name}")

    @commands.hybrid_command()
    @commands.has_permissions(manage_guild=True)
    async def admin(self, ctx: commands.Context) -> None:
        """Only for Manage Server."""
        await ctx.send("welcome, admin")

    @app_commands.command()
    async def secret(self, interaction: discord.Interaction) -> None:
        """Whisper."""
        await interaction.response.send_message("psst", ephemeral=True)

    @app_commands.command()
    async def feedback(self, interaction: discord.Interaction) -> None:
        """Open a modal."""
        await interaction.response.send_modal(FeedbackModal())

    @commands.hybrid_command()
    async def sleepy(self, ctx: commands.Context) -> None:
        """Answer too late for an interaction."""
        await asyncio.sleep(0.3)
        await ctx.send("yawn")


class SmokeBot(commands.Bot):
    def __init__(self, *, message_content: bool = True, members: bool = False) -> None:
        super().__init__(
            command_prefix=commands.when_mentioned_or("!"),
            intents=make_intents(message_content=message_content, members=members),
        )
        self.seen: list[str] = []
        self.command_errors: list[BaseException] = []

    async def setup_hook(self) -> None:
        await self.add_cog(SmokeCog(self))

    async def on_command_error(self, ctx: commands.Context, error: Exception) -> None:
        self.command_errors.append(error)
        if isinstance(error, commands.MissingPermissions):
            await ctx.send(f"missing: {', '.join(error.missing_permissions)}")


@pytest.fixture
async def bot(emulator: DiscordEmulator):
    smoke = SmokeBot()
    async with running_bot(smoke, emulator) as running:
        yield running


def channel_of(bot: commands.Bot, emulator: DiscordEmulator, name: str = "general"):
    return bot.get_channel(int(emulator.channel(name).id))


# --- prefix commands and intents ------------------------------------------------------------


async def test_prefix_command_reply(bot: SmokeBot, emulator: DiscordEmulator) -> None:
    msg = await emulator.send_message("general", "member", "!ping")
    reply = await emulator.wait_for_reply(msg)
    assert reply.content == "pong"
    assert reply.nonce is not None
    assert emulator.last_message("general") is reply
    await emulator.assert_no_message("general", after=reply, wait=0.1)


async def test_without_message_content_intent_only_mentions_work(
    emulator: DiscordEmulator,
) -> None:
    async with running_bot(SmokeBot(message_content=False), emulator) as bot:
        msg = await emulator.send_message("general", "member", "!ping")
        await emulator.assert_no_message("general", after=msg, wait=0.3)
        assert bot.seen == [""]  # the content was blanked
        mention = await emulator.send_message(
            "general", "member", f"{emulator.bot_user.mention} ping"
        )
        reply = await emulator.wait_for_reply(mention)
        assert reply.content == "pong"


async def test_dm_content_is_kept_without_intent(emulator: DiscordEmulator) -> None:
    async with running_bot(SmokeBot(message_content=False), emulator):
        dm = emulator.dm_channel("member")
        msg = await emulator.send_message(dm, "member", "!ping")
        reply = await emulator.wait_for_reply(msg)
        assert reply.content == "pong"
        assert reply.channel_id == dm.id


async def test_privileged_intent_not_enabled_closes_4014(emulator: DiscordEmulator) -> None:
    emulator.privileged_intents.discard("message_content")
    with pytest.raises(discord.PrivilegedIntentsRequired):
        async with running_bot(SmokeBot(), emulator):
            pass


@pytest.mark.parametrize("members_intent", [False, True])
async def test_permissions_of_admin_and_member(
    emulator: DiscordEmulator, members_intent: bool
) -> None:
    async with running_bot(SmokeBot(members=members_intent), emulator) as bot:
        guild = bot.get_guild(int(emulator.guild.id))
        assert (guild.get_member(int(emulator.admin.id)) is not None) == members_intent
        for user, expected in (("admin", "welcome, admin"), ("member", "missing: manage_guild")):
            msg = await emulator.send_message("general", user, "!admin")
            assert (await emulator.wait_for_reply(msg)).content == expected
            handle = await emulator.slash("admin", user=user)
            assert (await handle.wait_message()).content == expected
        owner = await emulator.send_message("general", "owner", "!admin")
        assert (await emulator.wait_for_reply(owner)).content == "welcome, admin"


# --- slash commands, autocomplete, buttons, sync -------------------------------------------


async def test_slash_command_callback(bot: SmokeBot, emulator: DiscordEmulator) -> None:
    handle = await emulator.slash("ping", user="admin")
    response = await handle.wait_response()
    assert response.type == 4
    assert response.data["content"] == "pong"
    assert response.elapsed < 3
    assert handle.original is not None and handle.original.content == "pong"
    assert emulator.interaction_responses(handle) == [response]


async def test_defer_then_followup(bot: SmokeBot, emulator: DiscordEmulator) -> None:
    handle = await emulator.slash("slow")
    message = await handle.wait_message()
    assert [c.type for c in handle.callbacks] == [5]
    assert message.content == "done slowly"
    assert message is handle.original  # the first followup completes the "thinking" message
    assert len(handle.followups) == 1


async def test_autocomplete_choices(bot: SmokeBot, emulator: DiscordEmulator) -> None:
    handle = await emulator.autocomplete("topic", {"name": "va"}, focused="name")
    assert await handle.wait_choices() == [{"name": "vatican", "value": "vatican"}]
    answer = await emulator.slash("topic", {"name": "vatican"})
    assert (await answer.wait_message()).content == "topic vatican"


async def test_button_click_edits_message(bot: SmokeBot, emulator: DiscordEmulator) -> None:
    msg = await emulator.send_message("general", "member", "!menu")
    menu = await emulator.wait_for_reply(msg)
    assert menu.custom_ids == ["smoke:press", "smoke:pick"]
    click = await emulator.click(menu, "smoke:press", user="admin")
    assert (await click.wait_response()).type == 7
    assert menu.content == "pressed by admin"
    assert menu.components == []
    assert menu.edited
    with pytest.raises(AssertionError, match="no component"):
        await emulator.click(menu, "smoke:press")


async def test_select_then_edit_original(bot: SmokeBot, emulator: DiscordEmulator) -> None:
    msg = await emulator.send_message("general", "member", "!menu")
    menu = await emulator.wait_for_reply(msg)
    handle = await emulator.select(menu, "smoke:pick", ["ukraine"])
    assert (await handle.wait_message()).content == "picked ukraine"
    assert [c.type for c in handle.callbacks] == [6]
    assert handle.original is menu


async def test_reaction_is_dispatched(bot: SmokeBot, emulator: DiscordEmulator) -> None:
    msg = await emulator.send_message("general", "member", "hello")
    waiter = asyncio.ensure_future(bot.wait_for("raw_reaction_add", timeout=5))
    await emulator.react(msg, "\N{EYES}", "admin")
    event = await waiter
    assert (event.message_id, event.user_id) == (int(msg.id), int(emulator.admin.id))
    assert str(event.emoji) == "\N{EYES}"


async def test_command_sync_is_captured(bot: SmokeBot, emulator: DiscordEmulator) -> None:
    synced = await bot.tree.sync()
    names = {c["name"] for c in emulator.synced_commands()}
    assert {"ping", "menu", "slow", "size", "report", "shout", "topic"} <= names
    assert {c.name for c in synced} == names
    assert all(c.id for c in synced)
    guild = discord.Object(int(emulator.guild.id))
    bot.tree.copy_global_to(guild=guild)
    await bot.tree.sync(guild=guild)
    assert {c["name"] for c in emulator.synced_commands(guild=True)} == names
    assert emulator.sync_count == 2
    # options of synced commands give the types of slash options: an attachment here
    handle = await emulator.slash("size", {"file": ("notes.txt", b"hello world")})
    assert (await handle.wait_message()).content == "notes.txt: 11 bytes"


async def test_invalid_command_sync_is_refused(bot: SmokeBot, emulator: DiscordEmulator) -> None:
    with pytest.raises(discord.HTTPException) as info:
        await bot.http.bulk_upsert_global_commands(
            bot.application_id, [{"name": "bad", "description": "x" * 101}]
        )
    assert info.value.code == 50035


async def test_subcommand_with_channel_and_user_options(
    bot: SmokeBot, emulator: DiscordEmulator
) -> None:
    options = {"channel": emulator.news, "who": emulator.admin}
    unsynced = await emulator.slash("watch add", options)
    assert (await unsynced.wait_message()).content == "watching #news for admin"
    assert set(unsynced.payload["data"]["resolved"]) == {"channels", "users", "members"}
    await bot.tree.sync()
    synced = await emulator.slash("watch add", {"channel": emulator.news.id, "who": "admin"})
    assert (await synced.wait_message()).content == "watching #news for admin"
    fallback = await emulator.slash("watch list")
    assert (await fallback.wait_message()).content == "watching nothing"
    text = f"!watch add {emulator.news.mention} {emulator.admin.mention}"
    msg = await emulator.send_message("general", "member", text)
    assert (await emulator.wait_for_reply(msg)).content == "watching #news for admin"


async def test_modal_submit(bot: SmokeBot, emulator: DiscordEmulator) -> None:
    opened = await emulator.slash("feedback")
    assert (await opened.wait_response()).type == 9
    submitted = await emulator.submit_modal(opened, {"feedback:text": "great"})
    assert (await submitted.wait_message()).content == "thanks: great"


async def test_ephemeral_response_is_not_dispatched(
    bot: SmokeBot, emulator: DiscordEmulator
) -> None:
    handle = await emulator.slash("secret")
    message = await handle.wait_message()
    assert message.ephemeral and message.content == "psst"
    assert emulator.messages_in("general", include_ephemeral=False) == []
    with pytest.raises(discord.NotFound):
        await channel_of(bot, emulator).fetch_message(int(message.id))


async def test_rest_reads_edits_reactions_typing(bot: SmokeBot, emulator: DiscordEmulator) -> None:
    channel = await bot.fetch_channel(int(emulator.general.id))
    assert channel.name == "general"
    sent = await channel.send("first")
    assert (await channel.fetch_message(sent.id)).content == "first"
    await sent.edit(content="second")
    stored = emulator.message(sent.id)
    assert stored.content == "second" and stored.edited
    await sent.add_reaction("\N{THUMBS UP SIGN}")
    assert stored.reactions == {"\N{THUMBS UP SIGN}": {emulator.bot_user.id}}
    async with channel.typing():
        pass
    assert emulator.typing == [emulator.general.id]
    assert [m.id async for m in channel.history(limit=5)] == [sent.id]
    await sent.delete()
    assert stored.deleted and emulator.messages_in("general") == []
    assert await bot.tree.fetch_commands() == []
    emulator.forbid_next("PATCH", "/channels/*/messages/*")
    with pytest.raises(discord.Forbidden):
        await (await channel.send("third")).edit(content="fourth")


# --- attachments and files --------------------------------------------------------------------


async def test_attachment_read_over_http(bot: SmokeBot, emulator: DiscordEmulator) -> None:
    msg = await emulator.send_message(
        "general", "member", "!size", attachments=[("notes.txt", b"twelve bytes")]
    )
    reply = await emulator.wait_for_reply(msg)
    assert reply.content == "notes.txt: 12 bytes"
    assert emulator.requests_to("GET", "/attachments/**") == []  # attachments are not API


async def test_multipart_file_reply_keeps_text(bot: SmokeBot, emulator: DiscordEmulator) -> None:
    msg = await emulator.send_message("general", "member", "!report")
    reply = await emulator.wait_for_reply(msg)
    assert reply.content == "here is the report"
    assert reply.file("report.csv").data == REPORT
    assert reply.attachments[0]["filename"] == "report.csv"
    slash = await emulator.slash("report")
    answer = await slash.wait_message()
    assert answer.content == "here is the report"
    assert answer.file("report.csv").data == REPORT


async def test_message_limits_are_enforced(bot: SmokeBot, emulator: DiscordEmulator) -> None:
    with pytest.raises(discord.HTTPException) as info:
        await channel_of(bot, emulator).send("x" * 2001)
    assert info.value.code == 50035
    embed = discord.Embed(description="y" * 4097)
    with pytest.raises(discord.HTTPException):
        await channel_of(bot, emulator).send(embed=embed)
    assert emulator.bot_messages() == []


# --- rate limits, 5xx, nonce -------------------------------------------------------------------


async def test_429_with_via_is_retried_with_the_same_nonce(
    bot: SmokeBot, emulator: DiscordEmulator
) -> None:
    fault = emulator.rate_limit_next(retry_after=0.05)
    sent = await channel_of(bot, emulator).send("announcement")
    assert fault.hits == 1
    posts = emulator.requests_to("POST", f"/channels/{emulator.general.id}/messages")
    assert [p.status for p in posts] == [429, 200]
    assert posts[0].json["nonce"] == posts[1].json["nonce"]
    assert [m.id for m in emulator.bot_messages("general")] == [str(sent.id)]


async def test_429_without_via_is_not_retried(bot: SmokeBot, emulator: DiscordEmulator) -> None:
    emulator.rate_limit_next(via=False)
    with pytest.raises(discord.HTTPException) as info:
        await channel_of(bot, emulator).send("announcement")
    assert info.value.status == 429
    assert emulator.bot_messages() == []


async def test_502_after_create_keeps_one_message(bot: SmokeBot, emulator: DiscordEmulator) -> None:
    fault = emulator.server_error_next(status=502, after_handler=True)
    sent = await channel_of(bot, emulator).send("announcement")
    assert fault.hits == 1
    assert emulator.deduplicated == 1
    assert [m.id for m in emulator.bot_messages()] == [str(sent.id)]


async def test_502_after_create_duplicates_without_nonce_enforcement(
    bot: SmokeBot, emulator: DiscordEmulator
) -> None:
    """The naive Discord a dedup test must be able to fail against."""
    emulator.enforce_nonce = False
    emulator.server_error_next(status=502, after_handler=True)
    await channel_of(bot, emulator).send("announcement")
    assert len(emulator.bot_messages()) == 2


async def test_500_once_is_retried(bot: SmokeBot, emulator: DiscordEmulator) -> None:
    emulator.server_error_next(status=500)
    await channel_of(bot, emulator).send("hello")
    assert [m.content for m in emulator.bot_messages()] == ["hello"]
    assert emulator.deduplicated == 0


async def test_forbidden_deleted_and_new_channels(bot: SmokeBot, emulator: DiscordEmulator) -> None:
    news = channel_of(bot, emulator, "news")
    await emulator.forbid_bot("news")
    with pytest.raises(discord.Forbidden) as info:
        await news.send("hello")
    assert info.value.code == 50013
    await emulator.delete_channel("news")
    await emulator.wait_until(lambda: bot.get_channel(news.id) is None, what="channel deleted")
    with pytest.raises(discord.NotFound) as gone:
        await news.send("hello")
    assert gone.value.code == 10003
    added = await emulator.add_channel("alerts")
    alerts = await emulator.wait_until(lambda: bot.get_channel(int(added.id)), what="channel")
    await alerts.send("hi")
    assert emulator.last_message("alerts").content == "hi"


async def test_late_interaction_response_is_refused(
    bot: SmokeBot, emulator: DiscordEmulator
) -> None:
    emulator.interaction_deadline = 0.1
    handle = await emulator.slash("sleepy")
    await emulator.wait_until(lambda: handle.late_callbacks, what="a late callback")
    assert handle.callbacks == []
    await emulator.wait_until(lambda: bot.command_errors, what="the command error")
    error = bot.command_errors[0]
    while getattr(error, "original", None) is not None:  # HybridCommandError, CommandInvokeError
        error = error.original
    assert isinstance(error, discord.NotFound) and error.code == 10062


# --- gateway faults ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "outage",
    [{"close_code": 4000}, {"close_code": 1000}, {}, {"reconnect_op": True}],
    ids=["close-4000", "close-1000", "tcp-drop", "op7-reconnect"],
)
async def test_gateway_outage_resumes_and_answers_once(
    bot: SmokeBot, emulator: DiscordEmulator, outage: dict[str, object]
) -> None:
    async with emulator.gateway_outage(**outage):
        msg = await emulator.send_message("general", "member", "!ping")
        await asyncio.sleep(0.05)
        assert emulator.bot_messages() == []
    reply = await emulator.wait_for_reply(msg)
    assert reply.content == "pong"
    await emulator.assert_no_message("general", after=reply, wait=0.2)
    assert emulator.identify_count == 1
    assert emulator.resume_count == 1
    assert emulator.gateway.resume_paths == ["/resume-gateway"]
    assert emulator.gateway.replayed_count >= 1


async def test_invalid_session_makes_the_bot_identify_again(
    bot: SmokeBot, emulator: DiscordEmulator
) -> None:
    await emulator.invalidate_session()
    await emulator.wait_identified(2)
    await emulator.wait_until(lambda: bot.get_guild(int(emulator.guild.id)), what="the guild")
    msg = await emulator.send_message("general", "member", "!ping")
    assert (await emulator.wait_for_reply(msg)).content == "pong"
    assert emulator.resume_count == 0


async def test_close_4004_is_fatal(emulator: DiscordEmulator) -> None:
    runner = running_bot(SmokeBot(), emulator)
    async with runner:
        await emulator.close_gateway(4004)
        error = await runner.wait_stopped()
    assert isinstance(error, discord.ConnectionClosed) and error.code == 4004


async def test_auto_sharded_bot(emulator: DiscordEmulator) -> None:
    sharded = commands.AutoShardedBot(command_prefix="!", intents=make_intents())

    @sharded.command()
    async def ping(ctx: commands.Context) -> None:
        await ctx.send("pong")

    async with running_bot(sharded, emulator):
        msg = await emulator.send_message("general", "member", "!ping")
        assert (await emulator.wait_for_reply(msg)).content == "pong"
    assert emulator.requests_to("GET", "/gateway/bot")


SUBPROCESS_BOT = """
import os
import discord
from discord.ext import commands

intents = discord.Intents.default()
intents.message_content = True
bot = commands.Bot(command_prefix="!", intents=intents)


@bot.command()
async def ping(ctx):
    await ctx.send(f"pong from {os.getpid()}")


bot.run(os.environ["DISCORD_TOKEN"], log_handler=None)
"""


async def test_bot_as_a_real_process_survives_kill_9(
    emulator: DiscordEmulator, tmp_path: pathlib.Path
) -> None:
    (tmp_path / "smokebot").mkdir()
    (tmp_path / "smokebot" / "__main__.py").write_text(SUBPROCESS_BOT)
    env = {**os.environ, "DISCORD_TOKEN": emulator.token, "PYTHONPATH": str(tmp_path)}
    for attempt in (1, 2):
        process = await asyncio.create_subprocess_exec(
            *subprocess_command(emulator, "smokebot"), env=env
        )
        try:
            await emulator.wait_identified(attempt, timeout=15)
            msg = await emulator.send_message("general", "member", "!ping")
            reply = await emulator.wait_for_reply(msg, timeout=10)
            assert reply.content == f"pong from {process.pid}"
        finally:
            process.kill()  # SIGKILL: no close frame, the session is left behind
            await process.wait()


# --- mentions and unknown routes ---------------------------------------------------------------


async def test_allowed_mentions_are_recorded(bot: SmokeBot, emulator: DiscordEmulator) -> None:
    msg = await emulator.send_message("general", "member", "!shout")
    safe = await emulator.wait_for_reply(msg)
    assert safe.allowed_mentions == {"parse": []}
    assert not safe.would_ping_everyone and not safe.data["mention_everyone"]
    unsafe = await channel_of(bot, emulator).send(f"@everyone and {emulator.admin.mention}")
    stored = emulator.message(str(unsafe.id))
    assert stored.allowed_mentions is None
    assert stored.would_ping_everyone and stored.data["mention_everyone"]
    assert stored.pinged_user_ids == {emulator.admin.id}


async def test_unknown_route_is_reported(bot: SmokeBot, emulator: DiscordEmulator) -> None:
    route = discord.http.Route("GET", "/guilds/{guild_id}/bans", guild_id=emulator.guild.id)
    with pytest.raises(discord.NotFound):
        await bot.http.request(route)
    assert emulator.problems == [f"unhandled route: GET /api/v10/guilds/{emulator.guild.id}/bans"]
    emulator.unhandled_requests.clear()
