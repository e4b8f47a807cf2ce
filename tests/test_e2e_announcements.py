"""Announcements end to end: one post per (dispatch, subscribed channel), whatever happens.

A restart with pending rows, a crash between the post and its bookkeeping, 429s (with and
without `Via`), a 502 after Discord created the message, a gateway drop: each dispatch is
posted exactly once. Deleted or forbidden channels turn their subscriptions off and the admin
who made them hears about it.
"""

from __future__ import annotations

import logging

import pytest

from bot.client import NewslineBot
from tests.e2e import CAPTURE, STRIKE, chronicle, make_settings
from tests.emulator import running_bot
from tests.helpers import dispatch_text

OTHER = dispatch_text(
    "2026-01-10",
    "Le Portugal vote pour élire son président",
    "Les Portugais ont voté le 9 janvier 2026 au premier tour de la présidentielle.",
    section="EUROPE",
    section_en="EUROPE",
)


@pytest.fixture
def settings(tmp_path):
    """Announcer looking at the outbox often: ingests here come from outside the bot."""
    return make_settings(tmp_path, NEWSLINE_ANNOUNCE_INTERVAL=0.2)


def subscribe(service, emulator, channel, topic="venezuela"):
    service.store.subscribe(int(emulator.guild.id), int(channel.id), topic, int(emulator.admin.id))


def posts_of(emulator, channel, dispatch_id: str):
    """The bot's announcements of a dispatch in a channel."""
    return [
        m
        for m in emulator.bot_messages(channel)
        if m.embeds and dispatch_id in (m.embeds[0].get("footer") or {}).get("text", "")
    ]


async def all_delivered(emulator, service, within=10.0):
    await emulator.wait_until(
        lambda: service.stats().pending_announcements == 0, timeout=within, what="empty outbox"
    )


def outbox(service) -> list[dict]:
    return list(service.store.db.query("select * from outbox order by id"))


async def test_every_subscribed_channel_gets_one_post(newsline, emulator, service):
    subscribe(service, emulator, emulator.news, "venezuela")
    subscribe(service, emulator, emulator.general, "")  # everything
    capture = service.ingest_text(CAPTURE, "capture.txt").dispatch_id  # as the CLI would
    other = service.ingest_text(OTHER, "portugal.txt").dispatch_id
    await all_delivered(emulator, service)
    [post] = posts_of(emulator, "news", capture)
    assert len(posts_of(emulator, "general", capture)) == 1
    assert len(posts_of(emulator, "general", other)) == 1
    assert posts_of(emulator, "news", other) == []  # news follows Venezuela only
    assert post.content.startswith("📰 New dispatch: Poutine refuse de soutenir")
    embed = post.embeds[0]
    assert embed["title"].startswith("Poutine refuse de soutenir le Venezuela")
    fields = {f["name"]: f["value"] for f in embed["fields"]}
    assert fields["Published"] == "2026-01-08" and fields["Section"] == "RUSSIA"
    assert "Venezuela" in fields["Topics"]
    assert "2026-01-03" in fields["Dated events"]
    assert embed["description"].count(".") <= 3  # a two-sentence summary
    rows = outbox(service)
    assert {r["status"] for r in rows} == {"sent"}
    news = int(emulator.news.id)
    [row] = [r for r in rows if r["dispatch_id"] == capture and r["channel_id"] == news]
    assert str(row["message_id"]) == post.id
    assert post.nonce == next(r["nonce"] for r in rows if r["message_id"] == int(post.id))


async def test_an_ingest_in_discord_is_announced_at_once(emulator, service, tmp_path):
    settings = make_settings(tmp_path, NEWSLINE_ANNOUNCE_INTERVAL=3600)  # no polling help
    async with running_bot(NewslineBot(settings, service), emulator):
        subscribe(service, emulator, emulator.news)
        message = await emulator.send_message(
            "general", "admin", "!ingest", attachments=[("capture.txt", CAPTURE.encode())]
        )
        await emulator.wait_for_reply(message, lambda m: "Ingest report" in m.text)
        post = await emulator.wait_for_message("news")
        assert post.content.startswith("📰 New dispatch:")


async def test_429_with_via_is_waited_out_and_posts_once(newsline, emulator, service):
    subscribe(service, emulator, emulator.news)
    fault = emulator.rate_limit_next(path=f"/channels/{emulator.news.id}/messages")
    dispatch_id = service.ingest_text(CAPTURE, "capture.txt").dispatch_id
    await all_delivered(emulator, service)
    assert fault.hits == 1
    assert len(posts_of(emulator, "news", dispatch_id)) == 1
    posts = emulator.requests_to("POST", f"/channels/{emulator.news.id}/messages")
    assert [p.status for p in posts] == [429, 200]
    assert posts[0].json["nonce"] == posts[1].json["nonce"]
    assert posts[0].json["enforce_nonce"] is True


async def test_a_refused_post_is_retried_later_with_the_same_nonce(newsline, emulator, service):
    """A Cloudflare-style 429 (no Via): discord.py gives up at once; the outbox retries."""
    subscribe(service, emulator, emulator.news)
    emulator.rate_limit_next(path=f"/channels/{emulator.news.id}/messages", via=False)
    dispatch_id = service.ingest_text(CAPTURE, "capture.txt").dispatch_id
    await all_delivered(emulator, service, within=15)
    assert len(posts_of(emulator, "news", dispatch_id)) == 1
    posts = emulator.requests_to("POST", f"/channels/{emulator.news.id}/messages")
    assert [p.status for p in posts] == [429, 200]
    assert posts[0].json["nonce"] == posts[1].json["nonce"]
    [row] = outbox(service)
    assert row["attempts"] == 1 and "429" in row["last_error"]


async def test_a_502_after_the_post_was_made_does_not_double_it(newsline, emulator, service):
    subscribe(service, emulator, emulator.news)
    emulator.server_error_next(
        status=502, after_handler=True, path=f"/channels/{emulator.news.id}/messages"
    )
    dispatch_id = service.ingest_text(CAPTURE, "capture.txt").dispatch_id
    await all_delivered(emulator, service, within=15)
    assert emulator.deduplicated == 1
    assert len(posts_of(emulator, "news", dispatch_id)) == 1


async def test_a_crash_between_posting_and_marking_does_not_double_it(
    newsline, emulator, service, monkeypatch
):
    """The post is made, then the bookkeeping fails: the retry reuses the nonce."""
    subscribe(service, emulator, emulator.news)
    real = service.store.mark_sent
    calls = []

    def flaky_mark_sent(announcement_id, message_id):
        calls.append(message_id)
        if len(calls) == 1:
            raise RuntimeError("the process died here")
        return real(announcement_id, message_id)

    monkeypatch.setattr(service.store, "mark_sent", flaky_mark_sent)
    dispatch_id = service.ingest_text(CAPTURE, "capture.txt").dispatch_id
    await all_delivered(emulator, service, within=15)
    [post] = posts_of(emulator, "news", dispatch_id)
    assert calls == [int(post.id), int(post.id)]  # the second try got the same message back
    assert emulator.deduplicated == 1


async def test_restart_with_pending_rows_posts_each_once(emulator, service, tmp_path):
    settings = make_settings(tmp_path, NEWSLINE_ANNOUNCE_INTERVAL=0.2)
    subscribe(service, emulator, emulator.news)
    first = service.ingest_text(CAPTURE, "capture.txt").dispatch_id  # the bot is not running
    assert service.stats().pending_announcements == 1
    async with running_bot(NewslineBot(settings, service), emulator):
        await all_delivered(emulator, service)
    second = service.ingest_text(STRIKE, "strike.txt").dispatch_id  # while it is down again
    async with running_bot(NewslineBot(settings, service), emulator):
        await all_delivered(emulator, service)
        third = service.ingest_text(chronicle(2), "c.txt").dispatch_id
        await all_delivered(emulator, service)
    for dispatch_id in (first, second, third):
        assert len(posts_of(emulator, "news", dispatch_id)) == 1
    assert len(emulator.bot_messages("news")) == 3


async def test_a_gateway_drop_loses_and_doubles_nothing(newsline, emulator, service):
    subscribe(service, emulator, emulator.news)
    async with emulator.gateway_outage():
        # Typed while the bot is cut off: replayed once on RESUME.
        message = await emulator.send_message(
            "general", "admin", "!ingest", attachments=[("capture.txt", CAPTURE.encode())]
        )
        strike = service.ingest_text(STRIKE, "strike.txt").dispatch_id  # from the CLI meanwhile
    report = await emulator.wait_for_reply(message, lambda m: "Ingest report" in m.text)
    assert "1 new" in report.embeds[0]["footer"]["text"]
    await emulator.wait_resumed()
    await all_delivered(emulator, service)
    capture = next(r.id for r in service.latest(5) if r.source == "capture.txt")
    assert len(posts_of(emulator, "news", capture)) == 1
    assert len(posts_of(emulator, "news", strike)) == 1
    assert emulator.resume_count == 1
    reports = [m for m in emulator.bot_messages("general") if "Ingest report" in m.text]
    assert len(reports) == 1


@pytest.mark.parametrize("fault", ["forbidden", "deleted"])
async def test_a_channel_that_is_gone_or_forbidden_is_turned_off(
    newsline, emulator, service, fault
):
    subscribe(service, emulator, emulator.news)
    subscribe(service, emulator, emulator.general, "")
    if fault == "forbidden":
        await emulator.forbid_bot("news")
    else:
        await emulator.delete_channel("news")
    first = service.ingest_text(CAPTURE, "capture.txt").dispatch_id
    dm = emulator.dm_channel("admin")
    notice = await emulator.wait_for_message(dm)
    assert notice.embeds[0]["title"] == "Newsline stopped posting to a channel"
    reason = "the channel was deleted" if fault == "deleted" else "I may not post there (403"
    assert reason in notice.embeds[0]["description"]
    await all_delivered(emulator, service)
    [news] = [s for s in service.store.subscriptions() if s.channel_id == int(emulator.news.id)]
    assert not news.active and reason in news.disabled_reason
    assert len(posts_of(emulator, "general", first)) == 1  # other channels go on
    tried = len(emulator.requests_to("POST", f"/channels/{emulator.news.id}/messages"))
    second = service.ingest_text(STRIKE, "strike.txt").dispatch_id
    await emulator.wait_until(lambda: posts_of(emulator, "general", second), what="the post")
    assert len(emulator.requests_to("POST", f"/channels/{emulator.news.id}/messages")) == tried
    assert len(emulator.bot_messages(dm)) == 1  # told once


async def test_when_the_admin_cannot_be_told_it_is_logged(newsline, emulator, service, caplog):
    subscribe(service, emulator, emulator.news)
    await emulator.forbid_bot("news")
    emulator.fail_next("POST", "/users/@me/channels", 400, code=50007)
    caplog.set_level(logging.WARNING, logger="bot.cogs.announcements")
    service.ingest_text(CAPTURE, "capture.txt")
    await emulator.wait_until(
        lambda: any("could not tell user" in r.getMessage() for r in caplog.records),
        what="the log line",
    )
    assert any("stopped posting to channel" in r.getMessage() for r in caplog.records)


async def test_announcements_never_ping(newsline, emulator, service):
    subscribe(service, emulator, emulator.news, "")
    text = dispatch_text(
        "2026-01-11",
        f"@everyone @here <@{emulator.admin.id}> <@&{emulator.moderator_role.id}> alerte",
        "Le Venezuela a réagi le 10 janvier 2026. @everyone",
    )
    dispatch_id = service.ingest_text(text, "ping.txt").dispatch_id
    await all_delivered(emulator, service)
    [post] = posts_of(emulator, "news", dispatch_id)
    assert "@everyone" in post.content  # shown as text...
    assert post.allowed_mentions == {"parse": []}
    assert not post.pings_anyone and not post.data["mention_everyone"]  # ...never a ping
