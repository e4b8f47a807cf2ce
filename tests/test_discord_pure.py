"""The pure parts behind the Discord commands: retry decisions, cooldowns, uploads, cards."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import aiohttp
import discord
import pytest

from bot import announce, commands, render
from bot.commands import CommandError
from bot.ratelimit import Cooldown
from bot.uploads import Accepted, Rejected, pasted_dispatches, safe_name, screen
from storage.models import DispatchRecord, IngestResult
from tests.e2e import CAPTURE


def http_error(cls, status: int, code: int = 0, headers=None):
    response = SimpleNamespace(status=status, reason="x", headers=headers or {})
    return cls(response, {"message": "nope", "code": code})


# -- what to do after a failed post ----------------------------------------------------------


@pytest.mark.parametrize(
    ("error", "action"),
    [
        (http_error(discord.Forbidden, 403, 50013), "disable"),
        (http_error(discord.Forbidden, 403, 50001), "disable"),
        (http_error(discord.NotFound, 404, 10003), "disable"),
        (http_error(discord.NotFound, 404, 10008), "retry"),
        (http_error(discord.HTTPException, 429, headers={"Retry-After": "7"}), "retry"),
        (http_error(discord.DiscordServerError, 503), "retry"),
        (http_error(discord.HTTPException, 400, 50035), "retry"),
        (aiohttp.ClientConnectionError("reset"), "retry"),
        (TimeoutError(), "retry"),
        (RuntimeError("bug"), "retry"),
    ],
)
def test_decide_what_follows_a_failed_post(error, action):
    assert announce.decide(error, attempts=0).action == action


def test_waits_grow_honour_retry_after_and_are_capped():
    waits = [announce.backoff(n) for n in range(6)]
    assert waits == sorted(waits) and waits[0] == announce.BASE_RETRY
    assert announce.backoff(50) == announce.MAX_RETRY
    cloudflare = http_error(discord.HTTPException, 429, headers={"Retry-After": "60"})
    assert announce.decide(cloudflare, 0).retry_in == 60
    limited = discord.RateLimited(120.0)
    assert announce.decide(limited, 0).retry_in == 120


def test_refused_posts_are_given_up_but_outages_never():
    refused = http_error(discord.HTTPException, 400, 50035)
    assert announce.decide(refused, announce.GIVE_UP_AFTER - 1).action == "give up"
    outage = http_error(discord.DiscordServerError, 502)
    assert announce.decide(outage, 1000).action == "retry"


# -- cooldown --------------------------------------------------------------------------------


def test_cooldown_is_per_user_and_tells_how_long():
    now = [100.0]
    cooldown = Cooldown(10, clock=lambda: now[0])
    assert cooldown.retry_after(1) == 0
    now[0] = 103.2
    assert cooldown.retry_after(1) == 7
    assert cooldown.retry_after(2) == 0  # someone else
    now[0] = 110.0
    assert cooldown.retry_after(1) == 0
    assert Cooldown(0).retry_after(1) == Cooldown(0).retry_after(1) == 0


# -- uploads ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "safe"),
    [
        ("../../etc/passwd.txt", "passwd.txt"),
        ("C:\\Users\\x\\d.md", "d.md"),
        (".hidden.txt", "hidden.txt"),
        ("a\u202eb.txt", "a_b.txt"),
        ("..", "dispatch"),
    ],
)
def test_attachment_names_are_never_paths(given, safe):
    assert safe_name(given) == safe


def test_screen_keeps_order_and_says_why():
    decisions = screen([("a.TXT", 10), ("b.pdf", 10), ("c.md", 2_000_000), ("d.md", 5)])
    assert decisions == [
        Accepted(0, "a.TXT"),
        Rejected("b.pdf", "not a .txt or .md file"),
        Rejected("c.md", "too large (2,000,000 bytes; the limit is 1,000,000)"),
        Accepted(3, "d.md"),
    ]


def test_pasted_text_in_code_blocks_or_plain():
    assert pasted_dispatches("```\none\n```\ntext ```md\ntwo\n```") == ["one\n", "two\n"]
    assert pasted_dispatches(" date 2026-01-01 X :: y\n\nz") == [" date 2026-01-01 X :: y\n\nz"]
    assert pasted_dispatches("   ") == pasted_dispatches(None) == []
    assert pasted_dispatches("today's files", blocks_only=True) == []


# -- cards ---------------------------------------------------------------------------------------


def record(headline="Headline", summary=("One.", "Two.", "Three.")):
    return DispatchRecord(
        "abcdef123456", "2026-01-08", "RUSSIE", "RUSSIA", headline, "fr", "a.txt",
        list(summary), ["venezuela"], "2026-01-09T00:00:00+00:00",
    )  # fmt: skip


def test_announcement_card_has_what_the_issue_asks_and_fits_discord():
    events = [SimpleNamespace(date="2026-01-03", precision="day", summary="Capture " * 50)] * 30
    card = render.announcement_card(record("H" * 400, ["S" * 3000] * 5), events, ["Venezuela"])
    assert card.size() <= render.EMBED_TOTAL_LIMIT and len(card.title) <= render.TITLE_LIMIT
    assert [name for name, _ in card.fields] == ["Published", "Section", "Topics", "Dated events"]
    assert all(len(value) <= render.FIELD_VALUE_LIMIT for _, value in card.fields)
    two = render.announcement_card(record(), [], ["Venezuela"])
    assert two.description == "One. Two."
    assert "abcdef123456" in two.footer
    assert len(render.announcement_content(record("x" * 3000))) <= render.CONTENT_LIMIT


def test_ingest_report_fits_even_for_fifty_files():
    outcomes = [
        IngestResult(f"{'n' * 200}{i}.txt", f"{i:012d}", "new", "H" * 300) for i in range(50)
    ]
    card = render.ingest_report_card(outcomes)
    assert len(card.description) <= render.DESCRIPTION_LIMIT
    lines = card.description.splitlines()
    assert len(lines) == 50 and lines[-1].endswith("— new `00000000`")  # none cut off
    assert card.footer == "50 new · 0 already known · 0 rejected"


def test_help_for_discord_marks_admin_commands():
    card = render.help_card("!", render.DISCORD_HELP, render.ADMIN_HELP)
    assert card.size() <= render.EMBED_TOTAL_LIMIT
    assert "🔒 **!forget <id>**" in card.description
    assert "🔒" not in render.help_card("!").description  # the console has no admin commands


# -- command answers ---------------------------------------------------------------------------


def test_export_arguments_from_prefix_words_or_slash_options():
    arguments, fmt = commands.parse_export_arguments("united states ICS 2026-01", None)
    assert (arguments.words, fmt, arguments.start) == ("united states", "ics", dt.date(2026, 1, 1))
    arguments, fmt = commands.parse_export_arguments("venezuela", "timelinejs")
    assert (arguments.words, fmt) == ("venezuela", "timelinejs")
    with pytest.raises(CommandError, match="Which format"):
        commands.parse_export_arguments("venezuela", None)


def test_era_and_alias_answers_check_their_input(service):
    service.ingest_text(CAPTURE, "capture.txt")
    with pytest.raises(CommandError, match="not a date"):
        commands.era_add(service, "Cold War", "long ago", "1991", 1)
    with pytest.raises(CommandError, match="start before"):
        commands.era_add(service, "Cold War", "1991", "1947", 1)
    commands.era_add(service, "Cold War", "1947-03-12", "1991", 1)
    era = next(e for e in service.eras if e.key == "cold-war")
    assert era.end == dt.date(1991, 12, 31) and "cold war" in era.names
    with pytest.raises(CommandError, match="Did you mean"):
        commands.alias_add(service, "X", "venezuala", 1)


def test_export_too_large_for_discord_is_refused(service, monkeypatch):
    service.ingest_text(CAPTURE, "capture.txt")
    monkeypatch.setattr(commands, "MAX_EXPORT_BYTES", 10)
    with pytest.raises(CommandError, match="too large for Discord"):
        commands.export(service, commands.parse_topic_arguments("venezuela"), "json")
