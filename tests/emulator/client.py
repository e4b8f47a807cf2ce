"""Pointing the real discord.py at the emulator, and running a bot against it in a test.

Only two class attributes are overridden, in the test process only, and restored after:
``discord.http.Route.BASE`` and ``discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY``.
The bot's own code needs no test-only path.
"""

from __future__ import annotations

import asyncio
import contextlib
import sys
from collections.abc import Iterator, Sequence
from typing import Any

import discord
import yarl

from .server import DiscordEmulator


@contextlib.contextmanager
def point_discord_at(emulator: DiscordEmulator) -> Iterator[None]:
    """Make discord.py talk to ``emulator`` (REST, interactions, webhooks and gateway)."""
    old_base = discord.http.Route.BASE
    old_gateway = discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY
    discord.http.Route.BASE = emulator.api_base
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(emulator.gateway_url)
    try:
        yield
    finally:
        discord.http.Route.BASE = old_base
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = old_gateway


async def _identify_at_once(shard_id: int | None, *, initial: bool = False) -> None:
    """A ``before_identify_hook`` without discord.py's 5 s wait before a re-IDENTIFY."""


def prepare_for_tests(bot: discord.Client, *, guild_ready_timeout: float = 0.1) -> None:
    """Make a bot instance quick to start in tests (instance attributes only).

    - no 5 s sleep before a re-IDENTIFY (``before_identify_hook``);
    - READY waits ``guild_ready_timeout`` for GUILD_CREATEs instead of 2 s.
    """
    bot.before_identify_hook = _identify_at_once  # type: ignore[method-assign]
    bot._connection.guild_ready_timeout = guild_ready_timeout


class running_bot:  # lower case: used like a function, ``async with running_bot(...)``
    """Run ``bot`` (any ``Client``/``Bot``/``AutoShardedBot``) against ``emulator``.

    ::

        async with running_bot(bot, emulator) as bot:
            msg = await emulator.send_message("general", "member", "!ping")
            reply = await emulator.wait_for_reply(msg)

    On entry: ``prepare_for_tests(bot)``, ``await bot.login(token)``,
    ``bot.connect()`` as a task, then wait until the bot is ready and sees the guild. If the
    connection fails first (e.g. ``PrivilegedIntentsRequired``), that exception is raised.
    On exit: ``await bot.close()`` and the task is awaited; an exception the task died of is
    re-raised unless the test collected it with ``wait_stopped()``.
    """

    def __init__(
        self,
        bot: discord.Client,
        emulator: DiscordEmulator,
        *,
        token: str | None = None,
        ready_timeout: float = 10.0,
        guild_ready_timeout: float = 0.1,
    ) -> None:
        self.bot = bot
        self.emulator = emulator
        self.token = token or emulator.token
        self.ready_timeout = ready_timeout
        self.guild_ready_timeout = guild_ready_timeout
        self.task: asyncio.Task[None] | None = None
        self._collected = False

    async def __aenter__(self) -> Any:
        bot = self.bot
        prepare_for_tests(bot, guild_ready_timeout=self.guild_ready_timeout)
        await bot.login(self.token)
        self.task = asyncio.create_task(bot.connect(), name=f"connect {type(bot).__name__}")
        ready = asyncio.create_task(bot.wait_until_ready())
        done, _ = await asyncio.wait(
            {ready, self.task}, timeout=self.ready_timeout, return_when=asyncio.FIRST_COMPLETED
        )
        if ready not in done:
            ready.cancel()
            if self.task.done() and self.task.exception() is not None:
                self._collected = True
                await bot.close()
                raise self.task.exception()  # type: ignore[misc]
            await self._stop()
            raise AssertionError(
                f"bot not ready after {self.ready_timeout}s\n{self.emulator.describe()}"
            )
        guild_id = int(self.emulator.guild.id)
        await self.emulator.wait_until(
            lambda: bot.get_guild(guild_id), timeout=self.ready_timeout, what="the guild"
        )
        return bot

    async def __aexit__(self, exc_type: object, exc: object, tb: object) -> None:
        await self._stop()
        task = self.task
        if task is None or self._collected or exc_type is not None:
            return
        if not task.cancelled() and task.exception() is not None:
            raise task.exception()  # type: ignore[misc]

    async def _stop(self) -> None:
        await self.bot.close()
        if self.task is not None and not self.task.done():
            try:
                await asyncio.wait_for(asyncio.shield(self.task), timeout=5.0)
            except (TimeoutError, Exception):
                self.task.cancel()
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await self.task

    async def wait_stopped(self, timeout: float = 5.0) -> BaseException | None:
        """Wait until ``bot.connect()`` ends; return the exception it raised, if any."""
        assert self.task is not None, "the bot was not started"
        await asyncio.wait({self.task}, timeout=timeout)
        assert self.task.done(), f"the bot is still connected after {timeout}s"
        self._collected = True
        return None if self.task.cancelled() else self.task.exception()


def subprocess_command(
    emulator: DiscordEmulator, module: str = "bot", args: Sequence[str] = ()
) -> list[str]:
    """argv running ``python -m <module> <args>`` with discord.py pointed at ``emulator``.

    For tests that run the real process (restart, kill -9): the two overrides are made by
    the ``-c`` wrapper, so the product needs no test-only code. Give the process
    ``DISCORD_TOKEN=emulator.token`` in its environment. discord.py's defaults apply there
    (READY waits 2 s for guilds; a re-IDENTIFY after op 9 waits 5 s).
    """
    code = "; ".join(
        [
            "import runpy, sys, discord, yarl",
            f"discord.http.Route.BASE = {emulator.api_base!r}",
            "discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = "
            f"yarl.URL({emulator.gateway_url!r})",
            f"sys.argv = [{module!r}, *{list(args)!r}]",
            f"runpy.run_module({module!r}, run_name='__main__', alter_sys=True)",
        ]
    )
    return [sys.executable, "-c", code]


def make_intents(*, message_content: bool = True, members: bool = False) -> discord.Intents:
    """``Intents.default()`` plus the privileged intents asked for (a small test helper)."""
    intents = discord.Intents.default()
    intents.message_content = message_content
    intents.members = members
    return intents


__all__ = [
    "make_intents",
    "point_discord_at",
    "prepare_for_tests",
    "running_bot",
    "subprocess_command",
]
