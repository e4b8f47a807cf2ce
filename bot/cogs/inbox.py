"""The live feed inside the bot: watch the inbox folder while the bot runs.

The watcher is a background task started when the cog loads and stopped when it unloads; all
its disk and database work runs in worker threads (see `bot.inbox`), so commands keep being
answered and the gateway heartbeat is never late, whatever arrives. Announcements need nothing
here: ingesting a dispatch queues its outbox rows, which the announcements loop sends.
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

from discord.ext import commands

from bot.inbox import Inbox

log = logging.getLogger(__name__)
STOP_TIMEOUT_SECONDS = 30


class InboxWatcher(commands.Cog):
    def __init__(self, bot: commands.Bot, folder: Path, *, watch: bool = True):
        self.bot = bot
        self.inbox = Inbox(bot.service, folder)
        self.watch = watch
        self._stop = asyncio.Event()
        self._task: asyncio.Task | None = None

    async def cog_load(self) -> None:
        self._stop.clear()
        self._task = asyncio.create_task(
            self.inbox.run(self._stop, watch=self.watch), name="newsline-inbox"
        )
        self._task.add_done_callback(_report_crash)
        log.info("inbox: following %s", self.inbox.folder)

    async def cog_unload(self) -> None:
        self._stop.set()
        self.inbox.halt()
        if self._task is not None:
            try:
                await asyncio.wait_for(self._task, STOP_TIMEOUT_SECONDS)
            except TimeoutError:
                log.warning("inbox: the watcher did not stop in time; cancelling it")
            self._task = None


def _report_crash(task: asyncio.Task) -> None:
    if not task.cancelled() and task.exception() is not None:
        log.error("inbox: the watcher stopped", exc_info=task.exception())


async def setup(bot: commands.Bot) -> None:
    folder = bot.settings.inbox
    if folder is None:
        log.info("inbox: NEWSLINE_INBOX is empty; no live feed")
        return
    await bot.add_cog(InboxWatcher(bot, folder))
