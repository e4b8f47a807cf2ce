"""Under load: a 10,000-file ingest through the inbox while people use the bot.

The ingest runs in worker threads; the event loop must keep answering commands quickly and
sending the gateway heartbeat on time. Marked long: `make test-long`.
"""

from __future__ import annotations

import asyncio
import statistics
import time
from itertools import pairwise

import pytest

from bot.client import NewslineBot
from tests.e2e import make_settings
from tests.emulator import running_bot
from tests.helpers import dispatch_text

FILES = 10_000
HEARTBEAT_MS = 500
COMMANDS = ["!topics", "!help", "!latest 3", "!timeline venezuela", "!brief venezuela"]


def write_inbox(folder, count: int) -> None:
    """Small realistic dispatches, each distinct; written before the bot starts."""
    folder.mkdir(parents=True)
    for i in range(count):
        day = 1 + i % 28
        body = (
            f"Le {day} janvier 2026, le gouvernement vénézuélien a annoncé la mesure {i} à "
            f"Caracas. Nicolás Maduro a déclaré que le plan numéro {i} serait appliqué. "
            f"L'opposition a dénoncé la décision le {1 + (i + 3) % 28} février 2026."
        )
        text = dispatch_text("2026-03-01", f"Mesure {i} au Venezuela", body)
        (folder / f"dispatch-{i:05d}.txt").write_text(text, encoding="utf-8")


async def stored_count(service) -> int:
    stats = await asyncio.to_thread(service.stats)
    return stats.dispatches


@pytest.mark.long
async def test_commands_stay_fast_and_heartbeats_on_time_during_a_10k_ingest(
    emulator, service, tmp_path
):
    inbox = tmp_path / "inbox"
    write_inbox(inbox, FILES)
    emulator.gateway.heartbeat_interval_ms = HEARTBEAT_MS
    settings = make_settings(tmp_path, NEWSLINE_INBOX=str(inbox))
    latencies: list[float] = []
    async with running_bot(NewslineBot(settings, service), emulator):
        started = time.monotonic()
        asked = 0
        # The test reads the store in a thread too: a blocking read here would stall the same
        # loop whose heartbeats it measures.
        while (await stored_count(service)) < FILES and time.monotonic() - started < 900:
            command = COMMANDS[asked % len(COMMANDS)]
            asked += 1
            sent = time.perf_counter()
            message = await emulator.send_message("general", "member", command)
            await emulator.wait_for_reply(message, timeout=10)
            latencies.append((time.perf_counter() - sent) * 1000)
            await asyncio.sleep(0.05)
        stored = await stored_count(service)
        beats = list(emulator.gateway.heartbeats)
    assert stored == FILES, f"only {stored} of {FILES} dispatches ingested"
    p95 = sorted(latencies)[int(0.95 * len(latencies))]
    gaps = [b - a for a, b in pairwise(beats)]
    print(
        f"\n{len(latencies)} commands during the ingest: p50 {statistics.median(latencies):.0f} "
        f"ms, p95 {p95:.0f} ms; {len(beats)} heartbeats, longest gap {max(gaps):.2f} s "
        f"(interval {HEARTBEAT_MS / 1000:.1f} s)"
    )
    assert len(latencies) >= 50
    assert p95 < 300
    assert len(beats) >= 10
    assert max(gaps) < HEARTBEAT_MS / 1000 * 1.5 + 0.2
