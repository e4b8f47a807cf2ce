"""Reading commands end to end: the real bot, the real discord.py, the loopback Discord.

Every command as `!x` and as `/x`, page buttons, autocomplete, pictures, exports, mentions.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re

import icalendar
import pytest
from PIL import Image

from bot import views
from tests.e2e import CAPTURE, STRIKE, VIA, ask, chronicle
from tests.helpers import dispatch_text
from timeline.values import display

PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
async def seeded(newsline, service):
    """The bot running over three dispatches: 17 or more Venezuela entries, two pages."""
    ids = [
        service.ingest_text(text, name).dispatch_id
        for text, name in (
            (CAPTURE, "capture.txt"),
            (STRIKE, "strike.txt"),
            (chronicle(14), "c.txt"),
        )
    ]
    return ids


# -- timeline --------------------------------------------------------------------------------


@pytest.mark.parametrize("via", VIA)
async def test_timeline_is_a_cited_chronology_in_pages(seeded, emulator, via):
    reply = await ask(emulator, via, "timeline vénézuélien", "timeline", {"topic": "vénézuélien"})
    embed = reply.embeds[0]
    assert embed["title"] == "Timeline — Venezuela"
    lines = embed["description"].splitlines()
    assert lines[0].startswith("**1999–2013**") and f"`{seeded[0][:8]}`" in lines[0]
    assert embed["footer"]["text"].startswith("Page 1/2 · ")
    assert "entries from 3 dispatches" in embed["footer"]["text"]
    assert reply.custom_ids == [
        "page:first", "page:previous", "page:counter", "page:next", "page:last", "timeline:picture",
    ]  # fmt: skip
    assert not reply.pings_anyone


def dates_shown(description: str) -> list[str]:
    """The dates a timeline page shows, in order (one per entry line)."""
    return re.findall(r"^\*\*(.+?)\*\*", description, flags=re.MULTILINE)


@pytest.mark.parametrize("via", VIA)
async def test_timeline_from_a_date(seeded, emulator, service, via):
    reply = await ask(
        emulator, via, "timeline venezuela 2026-01-01", "timeline",
        {"topic": "venezuela", "from": "2026-01-01"},
    )  # fmt: skip
    since = service.timeline("venezuela", dt.date(2026, 1, 1)).entries
    expected = [display(e.date, e.precision) for e in since]
    assert "2026-01-03" in expected  # the capture
    assert dates_shown(reply.embeds[0]["description"]) == expected
    assert reply.custom_ids == ["timeline:picture"]  # one page: no page buttons


async def test_page_buttons_turn_pages_for_the_requester_only(seeded, emulator, service):
    message = await emulator.send_message("general", "member", "!timeline venezuela")
    timeline = await emulator.wait_for_reply(message)
    first_page = timeline.embeds[0]["description"]

    stranger = await emulator.click(timeline, "page:next", user="admin")
    refusal = await stranger.wait_message()
    assert refusal.ephemeral and "Only the person who asked" in refusal.content
    assert timeline.embeds[0]["description"] == first_page

    await (await emulator.click(timeline, "page:next")).wait_message()
    assert timeline.embeds[0]["footer"]["text"].startswith("Page 2/2")
    last = service.timeline("venezuela").entries[-1]
    assert dates_shown(timeline.embeds[0]["description"])[-1] == display(last.date, last.precision)
    with pytest.raises(AssertionError, match="disabled"):
        await emulator.click(timeline, "page:last")  # already on the last page
    await (await emulator.click(timeline, "page:first")).wait_message()
    assert timeline.embeds[0]["description"] == first_page
    await (await emulator.click(timeline, "page:last")).wait_message()
    await (await emulator.click(timeline, "page:previous")).wait_message()
    assert timeline.embeds[0]["description"] == first_page
    counter = next(b for b in timeline.buttons if b["custom_id"] == "page:counter")
    assert counter["label"] == "1/2" and counter["disabled"]


async def test_buttons_go_away_when_the_view_times_out(seeded, emulator, monkeypatch):
    monkeypatch.setattr(views, "TIMEOUT", 0.2)
    handle = await emulator.slash("timeline", {"topic": "venezuela"})
    timeline = await handle.wait_message()
    assert timeline.custom_ids
    await emulator.wait_until(lambda: not timeline.components, what="buttons removed")
    assert timeline.embeds[0]["title"] == "Timeline — Venezuela"  # the answer stays


async def test_mentioning_the_bot_runs_a_command(seeded, emulator):
    message = await emulator.send_message(
        "general", "member", f"{emulator.bot_user.mention} timeline venezuela"
    )
    reply = await emulator.wait_for_reply(message)
    assert reply.embeds[0]["title"] == "Timeline — Venezuela"


# -- pictures ------------------------------------------------------------------------------------


def png_size(data: bytes) -> tuple[int, int]:
    assert data.startswith(PNG)
    with Image.open(io.BytesIO(data)) as image:
        return image.size


@pytest.mark.parametrize("via", VIA)
async def test_timeline_with_a_picture(seeded, emulator, via):
    reply = await ask(
        emulator, via, "timeline venezuela --image", "timeline",
        {"topic": "venezuela", "image": True},
    )  # fmt: skip
    width, height = png_size(reply.file("timeline-venezuela.png").data)
    assert width > 1000 and height > 500
    assert reply.embeds[0]["title"] == "Timeline — Venezuela"


async def test_picture_button_posts_the_png(seeded, emulator):
    handle = await emulator.slash("timeline", {"topic": "venezuela", "from": "2026"})
    timeline = await handle.wait_message()
    click = await emulator.click(timeline, "timeline:picture")
    picture = await click.wait_message(lambda m: m.files)
    assert click.response.type == 5 and click.response.elapsed < 3  # deferred: drawing is slow
    assert png_size(picture.file("timeline-venezuela.png").data)[0] > 1000
    assert picture.embeds[0]["image"]["url"] == "attachment://timeline-venezuela.png"


async def test_pictures_and_exports_are_rate_limited_per_user(seeded, emulator, newsline):
    newsline.expensive.seconds = 60
    first = await ask(emulator, "prefix", "export venezuela csv", "export")
    assert first.files
    again = await ask(emulator, "slash", "", "timeline", {"topic": "venezuela", "image": True})
    assert "try again in" in again.text and not again.files
    message = await emulator.send_message("general", "member", "!timeline venezuela --image")
    refused = await emulator.wait_for_reply(message)
    assert "try again in" in refused.text
    other = await ask(emulator, "prefix", "export venezuela md", "export", user="admin")
    assert other.files  # another user is not held back


# -- exports ---------------------------------------------------------------------------------


@pytest.mark.parametrize("via", VIA)
async def test_export_formats(seeded, emulator, service, via):
    entries = len(service.timeline("venezuela").entries)
    assert entries >= 17
    files = {}
    for fmt in ("json", "csv", "ics", "timelinejs", "md"):
        reply = await ask(
            emulator, via, f"export venezuela {fmt}", "export",
            {"topic": "venezuela", "format": fmt},
        )  # fmt: skip
        assert reply.embeds[0]["title"] == "Export — Venezuela"
        assert len(reply.files) == 1
        files[fmt] = reply.files[0]
    assert json.loads(files["json"].data)["topic"] == "venezuela"
    assert len(json.loads(files["json"].data)["entries"]) == entries
    rows = list(csv.DictReader(io.StringIO(files["csv"].data.decode(), newline="")))
    assert len(rows) == entries and rows[0]["when"] == "1999–2013"
    calendar = icalendar.Calendar.from_ical(files["ics"].data)
    assert len(calendar.walk("VEVENT")) == entries
    assert files["ics"].filename == "newsline-venezuela.ics"
    document = json.loads(files["timelinejs"].data)
    assert document["events"][0]["end_date"] == {"year": 2013, "month": 3, "day": 5}
    assert files["md"].data.decode().startswith("# Venezuela — timeline")


async def test_export_within_dates_and_without_a_format(seeded, emulator, service):
    reply = await ask(emulator, "prefix", "export venezuela ics 2026-01-01", "export")
    starts = [
        event.decoded("DTSTART")
        for event in icalendar.Calendar.from_ical(reply.files[0].data).walk("VEVENT")
    ]
    assert len(starts) == len(service.timeline("venezuela", dt.date(2026, 1, 1)).entries)
    assert starts and all(start.year == 2026 for start in starts)
    handle = await emulator.slash("export", {"topic": "venezuela"})
    refusal = await handle.wait_message()
    assert "Which format?" in refusal.text and not refusal.files


# -- the other reading commands ----------------------------------------------------------------


@pytest.mark.parametrize("via", VIA)
async def test_brief(seeded, emulator, via):
    reply = await ask(emulator, via, "brief Caracas", "brief", {"topic": "Caracas"})
    assert reply.embeds[0]["title"] == "Briefing — Venezuela"
    assert "`" in reply.embeds[0]["description"]  # cited


@pytest.mark.parametrize("via", VIA)
async def test_dispatch(seeded, emulator, via):
    short = seeded[0][:8]
    reply = await ask(emulator, via, f"dispatch {short}", "dispatch", {"id": short})
    embed = reply.embeds[0]
    assert embed["title"].startswith("Poutine refuse de soutenir le Venezuela")
    fields = {f["name"]: f["value"] for f in embed["fields"]}
    assert fields["Published"] == "2026-01-08" and fields["Section"] == "RUSSIA"
    assert "2026-01-03" in fields["Dated events"]
    assert seeded[0] in embed["footer"]["text"]


@pytest.mark.parametrize("via", VIA)
@pytest.mark.parametrize("words", ['"capture', "bateau*", "AND OR NOT (", "'; drop table x; --"])
async def test_search_is_safe_for_any_input(seeded, emulator, via, words):
    reply = await ask(emulator, via, f"search {words}", "search", {"words": words})
    assert reply.embeds[0]["title"].startswith("Search — ")
    assert "went wrong" not in reply.text


@pytest.mark.parametrize("via", VIA)
async def test_search_finds(seeded, emulator, via):
    reply = await ask(emulator, via, "search bateau", "search", {"words": "bateau"})
    assert f"`{seeded[1][:8]}`" in reply.embeds[0]["description"]


@pytest.mark.parametrize("via", VIA)
async def test_topics_and_latest(seeded, emulator, via):
    topics = await ask(emulator, via, "topics", "topics")
    assert "**Venezuela** — 3 dispatches" in topics.embeds[0]["description"]
    latest = await ask(emulator, via, "latest 2", "latest", {"n": 2})
    lines = latest.embeds[0]["description"].splitlines()
    assert len(lines) == 2 and lines[0].startswith(f"`{seeded[2][:8]}` 2026-02-01")


@pytest.mark.parametrize("via", VIA)
async def test_help_lists_every_command_with_an_example(newsline, emulator, via):
    reply = await ask(emulator, via, "help", "help")
    text = reply.embeds[0]["description"]
    synced = {c["name"] for c in emulator.synced_commands()}
    assert synced == {
        "timeline", "brief", "dispatch", "search", "topics", "latest", "help", "export",
        "ingest", "forget", "subscribe", "unsubscribe", "subscriptions", "status", "era",
        "alias",
    }  # fmt: skip
    for name in synced:
        assert f"**!{name}" in text, name
    assert text.count("e.g. `!") == text.count("**!")
    assert "🔒 **!ingest**" in text and "🔒 **!era add" in text  # admin, shown to everyone


async def test_unknown_topic_suggests(seeded, emulator):
    reply = await ask(emulator, "slash", "", "timeline", {"topic": "venezuala"})
    assert reply.embeds[0]["title"] == "Unknown topic: venezuala"
    assert "**venezuela**" in reply.embeds[0]["description"]


async def test_user_mistakes_get_a_short_friendly_reply(seeded, emulator):
    reply = await ask(emulator, "prefix", "timeline venezuela 2026-02 2026-01", "timeline")
    assert reply.embeds[0]["title"] == "Sorry"
    assert "`from` must come before `to`" in reply.embeds[0]["description"]
    missing = await ask(emulator, "prefix", "dispatch", "dispatch")
    assert "Missing `id`" in missing.text


# -- autocomplete ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("command", "options"),
    [
        ("timeline", {}),
        ("brief", {}),
        ("export", {"format": "ics"}),
        ("subscribe", {}),
    ],
)
async def test_topic_options_autocomplete(seeded, emulator, command, options):
    handle = await emulator.autocomplete(command, {**options, "topic": "vene"}, focused="topic")
    choices = await handle.wait_choices()
    assert choices[0] == {"name": "Venezuela (3)", "value": "venezuela"}
    everything = await emulator.autocomplete(command, {"topic": ""}, focused="topic")
    assert 1 <= len(await everything.wait_choices()) <= 25


# -- limits and mentions ---------------------------------------------------------------------


async def test_no_reply_ever_pings(newsline, emulator, service):
    headline = f"@everyone @here <@{emulator.admin.id}> <@&{emulator.moderator_role.id}> Maduro"
    text = dispatch_text(
        "2026-01-09",
        headline,
        f"@everyone Le Venezuela a réagi le 3 janvier 2026. <@{emulator.admin.id}>",
    )
    record = service.ingest_text(text, "ping.txt")
    for command in (
        f"dispatch {record.dispatch_id[:8]}",
        "latest",
        "search everyone",
        "timeline venezuela",
        "brief venezuela",
    ):
        message = await emulator.send_message("general", "member", "!" + command)
        reply = await emulator.wait_for_reply(message)
        assert reply.allowed_mentions == {"parse": []}, command
        assert not reply.pings_anyone and not reply.data["mention_everyone"], command


async def test_huge_dispatch_fits_discord_limits(newsline, emulator, service):
    body = " ".join(
        f"Le {1 + i % 28} mars 2024, le Venezuela signe l'accord {i} " + "très " * 60 + "long."
        for i in range(60)
    )
    record = service.ingest_text(dispatch_text("2026-01-09", "Titre " * 80, body), "huge.txt")
    for command in (f"dispatch {record.dispatch_id[:8]}", "timeline venezuela --all", "latest 20"):
        handle_reply = await ask(emulator, "prefix", command, command.split()[0])
        embed = handle_reply.embeds[0]
        assert len(embed["title"]) <= 256 and len(embed.get("description") or "") <= 4096
    # the emulator refuses (400) any message over Discord's limits: none was refused
    assert all(r.status != 400 for r in emulator.requests)
