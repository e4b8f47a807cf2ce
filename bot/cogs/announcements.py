"""Announcements: every new dispatch, posted once in each channel that follows its topics.

Ingesting a dispatch (from the CLI, the inbox or Discord) writes one outbox row per matching
channel in the same transaction. This cog's loop (started in `cog_load`, cancelled in
`cog_unload`) posts the rows that are due, oldest first, each with the row's nonce and
`enforce_nonce` (discord.py sends `enforce_nonce: true` whenever a nonce is given), then marks
the row sent with the message id. So a retry, a restart, even a kill -9 between the post and
the mark, reposts with the same nonce and Discord answers with the message it already made:
no post is lost, none is doubled. Failures wait with a growing backoff (`bot.announce`); a
deleted channel or one that forbids the bot turns its subscriptions off and tells the admins
who made them.

It looks at the outbox every NEWSLINE_ANNOUNCE_INTERVAL seconds, when a retry falls due, and at
once when the bot itself ingested something (the `newsline_ingested` event).
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging

import discord
from discord.ext import commands, tasks

from bot import commands as answers
from bot.announce import decide
from bot.embeds import to_embed
from bot.render import subscription_disabled_card
from storage.models import Announcement, Subscription

log = logging.getLogger(__name__)

BATCH = 20
MIN_NAP = 0.5  # seconds: never spin on a row that falls due again at once


class Announcements(commands.Cog):
    def __init__(self, bot: commands.Bot):
        self.bot = bot
        self._wake = asyncio.Event()

    @property
    def store(self):
        return self.bot.service.store

    async def cog_load(self) -> None:
        self.deliver.start()

    async def cog_unload(self) -> None:
        self.deliver.cancel()

    @commands.Cog.listener()
    async def on_newsline_ingested(self, results) -> None:
        """Something was just ingested: look at the outbox now."""
        self._wake.set()

    def wake(self) -> None:
        self._wake.set()

    @tasks.loop(seconds=0)  # the body waits by itself (interval, next retry, or a wake-up)
    async def deliver(self) -> None:
        try:
            await self.deliver_due()
        except Exception:  # the loop must outlive any one failure (a locked database, ...)
            log.exception("delivering announcements failed; trying again later")
        await self._nap()

    @deliver.before_loop
    async def _before(self) -> None:
        await self.bot.wait_until_ready()

    async def _nap(self) -> None:
        timeout = self.bot.settings.announce_interval
        due = await asyncio.to_thread(self.store.next_announcement_at)
        if due is not None:
            timeout = min(timeout, (due - dt.datetime.now(dt.UTC)).total_seconds())
        # asyncio.timeout, not wait_for: on Python 3.11 wait_for may swallow a cancellation
        # that arrives as the event is set, and the loop would outlive its cog.
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(max(timeout, MIN_NAP)):
                await self._wake.wait()
        self._wake.clear()

    async def deliver_due(self) -> int:
        """Post every due announcement once; returns how many were posted."""
        posted = 0
        tried: set[int] = set()
        gone: set[int] = set()  # channels turned off during this round
        while True:
            batch = await asyncio.to_thread(self.store.due_announcements, BATCH)
            batch = [row for row in batch if row.id not in tried]
            if not batch:
                return posted
            for row in batch:
                tried.add(row.id)
                if row.channel_id in gone:
                    continue
                outcome = await self._post(row)
                if outcome == "sent":
                    posted += 1
                elif outcome == "disabled":
                    gone.add(row.channel_id)

    async def _post(self, row: Announcement) -> str:
        post = await asyncio.to_thread(answers.announcement, self.bot.service, row.dispatch_id)
        if post is None:
            await asyncio.to_thread(
                self.store.mark_failed, row.id, "the dispatch was forgotten", None
            )
            return "dropped"
        content, card = post
        channel = self.bot.get_partial_messageable(row.channel_id)
        try:
            message = await channel.send(content=content, embed=to_embed(card), nonce=row.nonce)
        except Exception as error:
            return await self._failed(row, error)
        await asyncio.to_thread(self.store.mark_sent, row.id, message.id)
        log.info("announced dispatch %s in channel %s", row.dispatch_id, row.channel_id)
        return "sent"

    async def _failed(self, row: Announcement, error: Exception) -> str:
        decision = decide(error, row.attempts)
        if decision.action == "disable":
            disabled = await asyncio.to_thread(
                self.store.disable_subscriptions, row.channel_id, decision.reason
            )
            log.warning(
                "stopped posting to channel %s (%s): %d subscription(s) turned off",
                row.channel_id,
                decision.reason,
                len(disabled),
            )
            await self._tell_admins(disabled, decision.reason)
            return "disabled"
        if decision.action == "give up":
            log.error(
                "gave up announcing dispatch %s in channel %s: %s",
                row.dispatch_id,
                row.channel_id,
                decision.reason,
            )
            await asyncio.to_thread(self.store.mark_failed, row.id, decision.reason, None)
            return "failed"
        log.warning(
            "announcing dispatch %s in channel %s failed (%s); retrying in %.0f s",
            row.dispatch_id,
            row.channel_id,
            decision.reason,
            decision.retry_in,
        )
        retry_in = dt.timedelta(seconds=decision.retry_in or 0)
        await asyncio.to_thread(self.store.mark_failed, row.id, decision.reason, retry_in)
        return "retry"

    async def _tell_admins(self, subscriptions: list[Subscription], reason: str) -> None:
        """DM each admin who made one of these subscriptions; log when a DM is impossible."""
        for user_id in dict.fromkeys(s.created_by for s in subscriptions if s.created_by):
            sub = next(s for s in subscriptions if s.created_by == user_id)
            guild = self.bot.get_guild(sub.guild_id) if sub.guild_id else None
            card = subscription_disabled_card(
                f"<#{sub.channel_id}>", guild.name if guild else "your server", reason
            )
            try:
                user = self.bot.get_user(user_id) or await self.bot.fetch_user(user_id)
                await user.send(embed=to_embed(card))
            except discord.HTTPException as error:
                log.warning(
                    "could not tell user %s that channel %s was turned off (%s): %s",
                    user_id,
                    sub.channel_id,
                    reason,
                    error,
                )


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Announcements(bot))
