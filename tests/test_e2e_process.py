"""The real program: `python -m bot` with a token connects and serves, survives kill -9 with
no lost or doubled announcement; without the Message Content intent it falls back to slash
commands and mentions."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal

import pytest

from bot.client import MESSAGE_CONTENT_HELP, serve
from tests.e2e import CAPTURE, STRIKE, make_settings
from tests.emulator import subprocess_command


def subscribe(service, emulator):
    service.store.subscribe(
        int(emulator.guild.id), int(emulator.news.id), "venezuela", int(emulator.admin.id)
    )


def news_posts(emulator, dispatch_id: str):
    return [
        m
        for m in emulator.bot_messages("news")
        if m.embeds and dispatch_id in m.embeds[0]["footer"]["text"]
    ]


@contextlib.asynccontextmanager
async def bot_process(emulator, tmp_path, name: str):
    """`python -m bot` (the console script's program) pointed at the emulator."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NEWSLINE_", "DISCORD_"))}
    env.update(
        DISCORD_TOKEN=emulator.token,
        NEWSLINE_DB=str(tmp_path / "newsline.db"),
        NEWSLINE_ANNOUNCE_INTERVAL="0.5",
    )
    log = await asyncio.to_thread((tmp_path / f"{name}.log").open, "wb")  # read on failure
    process = await asyncio.create_subprocess_exec(
        *subprocess_command(emulator, "bot"),
        env=env,
        cwd=tmp_path,  # no .env there: nothing but the environment configures it
        stdin=asyncio.subprocess.DEVNULL,
        stdout=log,
        stderr=log,
    )
    try:
        yield process
    finally:
        if process.returncode is None:
            process.send_signal(signal.SIGKILL)
        await process.wait()
        log.close()


async def test_kill_9_and_restart_lose_and_double_no_announcement(emulator, service, tmp_path):
    subscribe(service, emulator)
    first = service.ingest_text(CAPTURE, "capture.txt").dispatch_id  # pending: no bot yet
    # Discord makes the post, then answers 502: the bot waits to retry, and dies meanwhile.
    emulator.server_error_next(
        status=502, after_handler=True, path=f"/channels/{emulator.news.id}/messages"
    )
    async with bot_process(emulator, tmp_path, "first") as process:
        await emulator.wait_until(lambda: news_posts(emulator, first), timeout=30, what="post")
        process.send_signal(signal.SIGKILL)  # kill -9: no close, no bookkeeping
        await process.wait()
    second = service.ingest_text(STRIKE, "strike.txt").dispatch_id  # while the bot is down
    async with bot_process(emulator, tmp_path, "second"):
        await emulator.wait_until(
            lambda: service.stats().pending_announcements == 0, timeout=30, what="delivery"
        )
        # The restarted process serves commands too, prefix and slash.
        message = await emulator.send_message("general", "admin", "!status")
        status = await emulator.wait_for_reply(message, timeout=10)
        assert "Dispatches" in status.text
        handle = await emulator.slash("timeline", {"topic": "venezuela"})
        assert (await handle.wait_message(timeout=10)).embeds[0]["title"] == "Timeline — Venezuela"
    assert len(news_posts(emulator, first)) == 1
    assert len(news_posts(emulator, second)) == 1
    rows = list(service.store.db.query("select * from outbox order by id"))
    assert [r["status"] for r in rows] == ["sent", "sent"]
    posted = {m.id for m in emulator.bot_messages("news")}
    assert {str(r["message_id"]) for r in rows} == posted
    assert emulator.identify_count == 2
    assert emulator.deduplicated == 1  # the repost after the kill got the first message back


async def test_without_the_message_content_intent_slash_and_mentions_work(
    emulator, service, tmp_path, caplog
):
    emulator.privileged_intents.discard("message_content")  # not enabled "in the portal"
    service.ingest_text(CAPTURE, "capture.txt")
    settings = make_settings(tmp_path, DISCORD_TOKEN=emulator.token)
    caplog.set_level(logging.WARNING, logger="bot.client")
    task = asyncio.create_task(serve(settings, service))
    try:
        await emulator.wait_identified(2, timeout=10)  # refused with 4014, then again without
        mention = await emulator.send_message(
            "general", "member", f"{emulator.bot_user.mention} timeline venezuela"
        )
        reply = await emulator.wait_for_reply(mention, timeout=10)
        assert reply.embeds[0]["title"] == "Timeline — Venezuela"
        handle = await emulator.slash("brief", {"topic": "venezuela"})
        assert (await handle.wait_message()).embeds[0]["title"] == "Briefing — Venezuela"
        prefix = await emulator.send_message("general", "member", "!timeline venezuela")
        await emulator.assert_no_message("general", after=prefix, wait=0.5)
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
    expected = MESSAGE_CONTENT_HELP.format(prefix="!")
    assert any(r.getMessage() == expected for r in caplog.records)
    assert "Privileged Gateway Intents -> Message Content Intent" in expected


@pytest.mark.parametrize("token", ["", "   "])
def test_without_a_token_there_is_no_discord(tmp_path, token):
    settings = make_settings(tmp_path, DISCORD_TOKEN=token)
    assert settings.token is None  # `newsline run` opens the console instead
