"""Admin commands end to end: who may run them, ingesting attachments, forget, status, eras,
aliases and subscriptions; for `!x` and `/x` alike."""

from __future__ import annotations

import asyncio
import threading

import pytest

from bot import uploads, views
from bot.client import NewslineBot
from bot.cogs import admin
from tests.e2e import CAPTURE, STRIKE, VIA, ask, chronicle, make_settings
from tests.emulator import running_bot
from tests.helpers import dispatch_text


def admin_commands(emulator) -> list[tuple[str, str, dict]]:
    """(prefix text, slash name, slash options) for every admin command."""
    return [
        ("ingest", "ingest", {"file": ("a.txt", CAPTURE.encode())}),
        ("forget abcdef12", "forget", {"id": "abcdef12"}),
        ("status", "status", {}),
        (f"subscribe {emulator.news.mention} venezuela", "subscribe", {"channel": emulator.news}),
        (f"unsubscribe {emulator.news.mention}", "unsubscribe", {"channel": emulator.news}),
        ("subscriptions", "subscriptions", {}),
        ('era add "Cold War" 1947 1991', "era add",
         {"name": "Cold War", "start": "1947", "end": "1991"}),
        ("alias add Bolivarian venezuela", "alias add",
         {"alias": "Bolivarian", "topic": "venezuela"}),
    ]  # fmt: skip


# -- who may run them ----------------------------------------------------------------------------


@pytest.mark.parametrize("via", VIA)
async def test_members_are_refused_politely_naming_the_permission(newsline, emulator, service, via):
    for text, name, options in admin_commands(emulator):
        reply = await ask(emulator, via, text, name, options, user="member")
        assert reply.embeds[0]["title"] == "Sorry", text
        assert "**Manage Server** permission" in reply.embeds[0]["description"], text
        if via == "slash":
            assert reply.ephemeral, text
    assert service.stats().dispatches == 0
    assert service.store.subscriptions() == []
    assert service.store.aliases() == []


@pytest.mark.parametrize("via", VIA)
async def test_admin_commands_only_work_in_a_server(newsline, emulator, via):
    dm = emulator.dm_channel("admin")
    if via == "prefix":
        message = await emulator.send_message(dm, "admin", "!status")
        reply = await emulator.wait_for_reply(message)
    else:
        reply = await (await emulator.slash("status", user="admin", channel=dm)).wait_message()
    assert "only works in a server" in reply.text


@pytest.mark.parametrize("user", ["admin", "owner", "botowner"])
async def test_manage_server_the_server_owner_and_the_bot_owner_may(newsline, emulator, user):
    reply = await ask(emulator, "prefix", "status", "status", user=user)
    assert reply.embeds[0]["title"] == "Newsline status"
    slash = await ask(emulator, "slash", "", "status", user=user)
    assert slash.embeds[0]["title"] == "Newsline status"


async def test_owner_ids_setting_grants_admin(emulator, service, tmp_path):
    editor = emulator.add_user("editor")
    settings = make_settings(tmp_path, NEWSLINE_OWNER_IDS=[int(editor.id)])
    async with running_bot(NewslineBot(settings, service), emulator):
        reply = await ask(emulator, "slash", "", "status", user="editor")
        assert reply.embeds[0]["title"] == "Newsline status"
        refused = await ask(emulator, "prefix", "status", "status", user="member")
        assert "Manage Server" in refused.text


# -- ingest ----------------------------------------------------------------------------------------


def report_lines(message) -> list[str]:
    return message.embeds[0]["description"].splitlines()


async def test_ingest_attachments_with_bad_files_among_good_ones(newsline, emulator, service):
    service.ingest_text(STRIKE, "strike.txt")
    files = [
        ("capture.txt", CAPTURE.encode()),
        ("../../etc/passwd.md", chronicle(3).encode()),
        ("photo.png", b"\x89PNG\r\n\x1a\n\x00\x00"),
        ("binary.txt", b"date 2026-01-01 X :: y\x00\x00"),
        ("latin1.txt", dispatch_text("2026-01-02", "Café", "Un café à Caracas.").encode("latin-1")),
        ("empty.md", b""),
        ("again.txt", STRIKE.encode()),
    ]
    message = await emulator.send_message(
        "general", "admin", "!ingest today's files", attachments=files
    )
    report = await emulator.wait_for_reply(message, lambda m: "Ingest report" in m.text)
    lines = report_lines(report)
    assert len(lines) == len(files)
    assert lines[0].startswith("✅ `capture.txt` — new `")
    assert lines[1].startswith("✅ `passwd.md` — new `")  # a name, never a path
    assert lines[2] == "❌ `photo.png` — rejected: not a .txt or .md file"
    assert lines[3].startswith("❌ `binary.txt` — rejected: binary")
    assert lines[4].startswith("❌ `latin1.txt` — rejected:") and "UTF-8" in lines[4]
    assert lines[5].startswith("❌ `empty.md` — rejected: empty")
    assert lines[6].startswith("↩️ `again.txt` — already known `")
    assert report.embeds[0]["footer"]["text"] == "2 new · 1 already known · 4 rejected"
    assert report.edits  # the progress message became the report
    assert service.stats().dispatches == 3
    assert {r.source for r in service.latest(5)} >= {"capture.txt", "passwd.md"}


async def test_progress_message_is_edited_as_files_are_processed(newsline, emulator, monkeypatch):
    monkeypatch.setattr(uploads, "PROGRESS_EVERY", 0)
    files = [
        (f"d{i}.txt", chronicle(2, f"2026-02-0{i + 1}", f"Dépêche {i}").encode()) for i in range(4)
    ]
    message = await emulator.send_message("general", "admin", "!ingest", attachments=files)
    report = await emulator.wait_for_reply(message, lambda m: "Ingest report" in m.text)
    progress = [e["embeds"][0]["description"] for e in report.edits[:-1]]
    assert [p.split("\n")[0][-3:] for p in progress] == ["1/4", "2/4", "3/4"]
    assert report.embeds[0]["footer"]["text"] == "4 new · 0 already known · 0 rejected"


async def test_slash_ingest_takes_an_attachment_option(newsline, emulator, service):
    handle = await emulator.slash(
        "ingest", {"file": ("capture.md", CAPTURE.encode())}, user="admin"
    )
    report = await handle.wait_message(lambda m: "Ingest report" in m.text)
    assert report_lines(report)[0].startswith("✅ `capture.md` — new `")
    assert handle.response.type == 5 and handle.response.elapsed < 3
    bad = await emulator.slash("ingest", {"file": ("x.txt", b"\xff\xfe\x00")}, user="admin")
    refused = await bad.wait_message(lambda m: "Ingest report" in m.text)
    assert report_lines(refused)[0].startswith("❌ `x.txt` — rejected:")
    assert service.stats().dispatches == 1


async def test_ingest_pasted_text_in_a_code_block(newsline, emulator, service):
    message = await emulator.send_message("general", "admin", f"!ingest\n```\n{STRIKE}```")
    report = await emulator.wait_for_reply(message, lambda m: "Ingest report" in m.text)
    assert report_lines(report)[0].startswith("✅ `pasted text 1` — new `")
    assert service.latest(1)[0].headline.startswith("Frappe américaine")
    empty = await emulator.send_message("general", "admin", "!ingest")
    hint = await emulator.wait_for_reply(empty)
    assert "Attach one or more .txt or .md" in hint.text


async def test_a_long_ingest_does_not_block_other_commands(
    newsline, emulator, service, monkeypatch
):
    """While ingesting (blocked here on purpose, in its worker thread), others get answers."""
    release = threading.Event()
    started = threading.Event()
    real = service.ingest_upload

    def slow_ingest(data, name):
        started.set()
        release.wait(10)
        return real(data, name)

    monkeypatch.setattr(service, "ingest_upload", slow_ingest)
    files = [
        (f"f{i}.txt", chronicle(2, f"2026-03-{i + 1:02d}", f"Dépêche {i}").encode())
        for i in range(10)
    ]
    ingest = await emulator.send_message("general", "admin", "!ingest", attachments=files)
    await emulator.wait_until(started.is_set, what="the ingest started")
    question = await emulator.send_message("general", "member", "!help")
    answer = await emulator.wait_for_reply(question, lambda m: "commands" in m.text)
    assert answer.embeds[0]["title"] == "Newsline — commands"
    handle = await emulator.slash("topics")
    await handle.wait_message()
    release.set()
    report = await emulator.wait_for_reply(ingest, lambda m: "Ingest report" in m.text, timeout=30)
    assert report.embeds[0]["footer"]["text"] == "10 new · 0 already known · 0 rejected"


async def test_more_than_fifty_attachments_are_refused_beyond_the_fiftieth():
    from bot.uploads import MAX_FILES, Accepted, Rejected, screen

    decisions = screen([(f"f{i}.txt", 10) for i in range(MAX_FILES + 2)])
    assert all(isinstance(d, Accepted) for d in decisions[:MAX_FILES])
    assert all(isinstance(d, Rejected) for d in decisions[MAX_FILES:])
    assert screen([("big.txt", 1_000_001)])[0].reason.startswith("too large")


# -- forget ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("via", VIA)
async def test_forget_asks_first_and_only_the_requester_confirms(newsline, emulator, service, via):
    dispatch_id = service.ingest_text(CAPTURE, "capture.txt").dispatch_id
    question = await ask(
        emulator, via, f"forget {dispatch_id[:8]}", "forget", {"id": dispatch_id[:8]}, user="admin"
    )
    assert question.embeds[0]["title"] == f"Forget dispatch {dispatch_id[:8]}?"
    assert question.custom_ids == ["confirm:yes", "confirm:no"]
    stranger = await emulator.click(question, "confirm:yes", user="owner")
    assert (await stranger.wait_message()).ephemeral
    assert service.dispatch(dispatch_id) is not None
    done = await emulator.click(question, "confirm:yes", user="admin")
    await done.wait_message(lambda m: "Forgot" in m.text)
    assert question.embeds[0]["title"] == f"Forgot dispatch {dispatch_id[:8]}"
    assert question.components == []
    assert service.dispatch(dispatch_id) is None
    assert service.timeline("venezuela").entries == []


async def test_forget_cancelled_or_timed_out_changes_nothing(
    newsline, emulator, service, monkeypatch
):
    dispatch_id = service.ingest_text(CAPTURE, "capture.txt").dispatch_id
    question = await ask(emulator, "prefix", f"forget {dispatch_id}", "forget", user="admin")
    await (await emulator.click(question, "confirm:no", user="admin")).wait_message()
    assert question.embeds[0]["title"] == "Cancelled" and question.components == []
    monkeypatch.setattr(views, "CONFIRM_TIMEOUT", 0.2)
    again = await ask(emulator, "slash", "", "forget", {"id": dispatch_id}, user="admin")
    await emulator.wait_until(lambda: not again.components, what="the question timed out")
    assert again.embeds[0]["title"] == "No answer"
    assert service.dispatch(dispatch_id) is not None
    unknown = await ask(emulator, "prefix", "forget ffffffff", "forget", user="admin")
    assert "No dispatch with id `ffffffff`" in unknown.text


# -- status, eras, aliases -----------------------------------------------------------------------


@pytest.mark.parametrize("via", VIA)
async def test_status(newsline, emulator, service, via):
    service.ingest_text(CAPTURE, "capture.txt")
    reply = await ask(emulator, via, "status", "status", user="admin")
    fields = {f["name"]: f["value"] for f in reply.embeds[0]["fields"]}
    assert fields["Dispatches"] == "1"
    assert fields["Last ingest"].startswith("20")
    assert fields["Version"] == admin.version() != "unknown"
    assert fields["Uptime"].endswith("min")
    assert fields["Database integrity"] == "ok"  # PRAGMA integrity_check


@pytest.mark.parametrize("via", VIA)
async def test_era_add(newsline, emulator, service, via):
    reply = await ask(
        emulator, via, 'era add "Guerre froide" 1947-03-12 1991-12-26', "era add",
        {"name": "Guerre froide", "start": "1947-03-12", "end": "1991-12-26"}, user="admin",
    )  # fmt: skip
    assert reply.embeds[0]["title"] == "Era added: Guerre froide"
    era = next(e for e in service.eras if e.key == "guerre-froide")
    assert (era.start.isoformat(), era.end.isoformat()) == ("1947-03-12", "1991-12-26")
    bad = await ask(emulator, via, "era add Nope 1991 1947", "era add",
                    {"name": "Nope", "start": "1991", "end": "1947"}, user="admin")  # fmt: skip
    assert "must start before it ends" in bad.text


@pytest.mark.parametrize("via", VIA)
async def test_alias_add_then_use_it(newsline, emulator, service, via):
    service.ingest_text(CAPTURE, "capture.txt")
    reply = await ask(
        emulator, via, "alias add Bolivarie venezuela", "alias add",
        {"alias": "Bolivarie", "topic": "venezuela"}, user="admin",
    )  # fmt: skip
    assert reply.embeds[0]["title"] == "Alias added"
    timeline = await ask(emulator, via, "timeline bolivarie", "timeline", {"topic": "bolivarie"})
    assert timeline.embeds[0]["title"] == "Timeline — Venezuela"
    unknown = await ask(emulator, via, "alias add X atlantis", "alias add",
                        {"alias": "X", "topic": "atlantis"}, user="admin")  # fmt: skip
    assert "I do not know the topic **atlantis**" in unknown.text


# -- subscriptions -------------------------------------------------------------------------------


@pytest.mark.parametrize("via", VIA)
async def test_subscribe_list_and_unsubscribe(newsline, emulator, service, via):
    news = emulator.news
    reply = await ask(
        emulator, via, f"subscribe {news.mention} Caracas", "subscribe",
        {"channel": news, "topic": "Caracas"}, user="admin",
    )  # fmt: skip
    assert reply.embeds[0]["title"] == "Subscribed"
    assert f"<#{news.id}> will get every new dispatch about **Venezuela**" in reply.text
    again = await ask(
        emulator, via, f"subscribe {news.mention} venezuela", "subscribe",
        {"channel": news, "topic": "venezuela"}, user="admin",
    )  # fmt: skip
    assert again.embeds[0]["title"] == "Already subscribed"
    everything = await ask(
        emulator, via, "subscribe general", "subscribe", {"channel": emulator.general}, user="admin"
    )
    assert "every new dispatch." in everything.text
    listing = await ask(emulator, via, "subscriptions", "subscriptions", user="admin")
    lines = listing.embeds[0]["description"].splitlines()
    assert lines == [
        f"<#{news.id}> — Venezuela (by <@{emulator.admin.id}>)",
        f"<#{emulator.general.id}> — every dispatch (by <@{emulator.admin.id}>)",
    ]
    gone = await ask(
        emulator, via, f"unsubscribe {news.mention} venezuela", "unsubscribe",
        {"channel": news, "topic": "venezuela"}, user="admin",
    )  # fmt: skip
    assert gone.embeds[0]["title"] == "Unsubscribed"
    assert [s.channel_id for s in service.store.subscriptions()] == [int(emulator.general.id)]
    nothing = await ask(
        emulator, via, f"unsubscribe {news.mention}", "unsubscribe", {"channel": news}, user="admin"
    )
    assert nothing.embeds[0]["title"] == "Nothing to stop"


async def test_subscribe_warns_when_the_bot_cannot_post_there(newsline, emulator):
    await emulator.forbid_bot("news")
    await asyncio.sleep(0.05)  # the CHANNEL_UPDATE reaches the bot's cache
    reply = await ask(emulator, "slash", "", "subscribe", {"channel": emulator.news}, user="admin")
    assert "I cannot post there yet" in reply.text
