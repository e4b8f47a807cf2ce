"""A loopback Discord: REST + gateway on 127.0.0.1 for the real, unmodified discord.py client.

Tests create a :class:`DiscordEmulator` (the ``emulator`` fixture does it), point discord.py
at it (``point_discord_at``), run a bot (``running_bot``), act as users (``send_message``,
``slash``, ``autocomplete``, ``click``) and assert on what the bot sent (``wait_for_message``,
``messages_in``, interaction handles). See ``tests/emulator/README.md``.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import json
import logging
import re
import secrets
import socket
import time
from collections.abc import AsyncIterator, Callable, Iterable
from typing import Any, TypeVar
from urllib.parse import quote

from aiohttp import web

from .faults import Fault, json_response
from .gateway import Gateway, Session
from .models import (
    APPLICATION_FLAGS,
    EVERYONE_PERMISSIONS,
    ROLE_MENTION,
    USER_MENTION,
    CallbackRecord,
    CallbackType,
    Channel,
    ChannelType,
    Guild,
    Intent,
    InteractionHandle,
    InteractionType,
    Member,
    MessageFlag,
    MessageType,
    Permission,
    RequestRecord,
    Role,
    SnowflakeFactory,
    StoredFile,
    StoredMessage,
    User,
    iso_now,
)

log = logging.getLogger(__name__)
T = TypeVar("T")
_current_record: contextvars.ContextVar[RequestRecord | None] = contextvars.ContextVar(
    "current_record", default=None
)

API = "/api/v10"
ATTACHMENT_SIZE_LIMIT = 25 * 1024 * 1024
_COMMAND_NAME = re.compile(r"^[-_\w]{1,32}$")
# option types: 1 SUB_COMMAND, 2 SUB_COMMAND_GROUP, 3 STRING, 4 INTEGER, 5 BOOLEAN, 6 USER,
# 7 CHANNEL, 8 ROLE, 9 MENTIONABLE, 10 NUMBER, 11 ATTACHMENT
SUB_COMMAND, SUB_COMMAND_GROUP = 1, 2
STRING, INTEGER, BOOLEAN, USER, CHANNEL, ROLE, MENTIONABLE, NUMBER, ATTACHMENT = range(3, 12)

Upload = tuple[str, bytes] | tuple[str, bytes, str] | StoredFile
ChannelRef = Channel | str | int
UserRef = User | str | int
MessageRef = StoredMessage | str | int


class ApiError(Exception):
    """Raised by handlers: becomes a Discord-shaped JSON error response."""

    def __init__(
        self, status: int, code: int, message: str, errors: dict[str, Any] | None = None
    ) -> None:
        super().__init__(f"{status} {code} {message}")
        self.status, self.code, self.message, self.errors = status, code, message, errors

    def response(self) -> web.Response:
        body: dict[str, Any] = {"message": self.message, "code": self.code}
        if self.errors:
            body["errors"] = self.errors
        return json_response(body, status=self.status)


def _invalid(path: str, code: str, message: str) -> ApiError:
    """A 400 Invalid Form Body (50035) naming the offending field, e.g. ``embeds.0.title``."""
    errors: dict[str, Any] = {"_errors": [{"code": code, "message": message}]}
    for key in reversed(path.split(".")):
        errors = {key: errors}
    return ApiError(400, 50035, "Invalid Form Body", errors)


class DiscordEmulator:
    """A Discord server for tests: one guild, its channels and members, REST and gateway.

    The world (ids are fresh per instance):

    - ``guild``: "Newsline Test Guild", owned by ``owner``; roles ``@everyone`` (id = guild id),
      ``Moderators`` (Manage Server) and ``Newsline`` (the bot's role, with Mention Everyone).
    - users: ``owner`` (guild owner), ``admin`` (Moderators: Manage Server), ``member`` (no
      role), ``bot_owner`` (owns the application; no guild permissions) and ``bot_user``.
    - text channels ``general`` and ``news`` (``add_channel`` makes more).

    Settings tests may change: ``privileged_intents`` (names enabled "in the developer
    portal": ``message_content``, ``members``, ``presences``), ``interaction_deadline``
    (seconds, default 3.0, None to disable), ``enforce_nonce`` (honour ``enforce_nonce``,
    default True), ``nonce_window`` (seconds), ``strict`` (the fixture fails a test that hit
    an unknown route or crashed a handler).
    """

    def __init__(self, *, token: str = "emulator-token") -> None:
        self.ids = SnowflakeFactory()
        self.token = token
        self.privileged_intents: set[str] = {"message_content", "members", "presences"}
        self.interaction_deadline: float | None = 3.0
        self.enforce_nonce = True
        self.nonce_window = 300.0
        self.strict = True

        self.bot_user = User(self.ids.next(), "newsline", bot=True)
        self.application_id = self.bot_user.id
        self.owner = User(self.ids.next(), "owner")
        self.admin = User(self.ids.next(), "admin")
        self.member = User(self.ids.next(), "member")
        self.bot_owner = User(self.ids.next(), "botowner")
        self.users: dict[str, User] = {
            u.id: u for u in (self.bot_user, self.owner, self.admin, self.member, self.bot_owner)
        }

        guild_id = self.ids.next()
        self.guild = Guild(id=guild_id, name="Newsline Test Guild", owner_id=self.owner.id)
        self.everyone_role = Role(guild_id, "@everyone", EVERYONE_PERMISSIONS, position=0)
        self.moderator_role = Role(self.ids.next(), "Moderators", Permission.MANAGE_GUILD, 1)
        self.bot_role = Role(
            self.ids.next(),
            "Newsline",
            Permission.MANAGE_MESSAGES | Permission.MENTION_EVERYONE | Permission.EMBED_LINKS,
            position=2,
            managed=True,
        )
        for role in (self.everyone_role, self.moderator_role, self.bot_role):
            self.guild.roles[role.id] = role
        for user, roles in (
            (self.owner, []),
            (self.admin, [self.moderator_role.id]),
            (self.member, []),
            (self.bot_owner, []),
            (self.bot_user, [self.bot_role.id]),
        ):
            self.guild.members[user.id] = Member(user, roles)
        self.general = self._new_channel("general", topic="Everything")
        self.news = self._new_channel("news", topic="Announcements")
        self.dm_channels: dict[str, Channel] = {}  # user id -> DM channel

        # what happened, for assertions
        self.messages: dict[str, StoredMessage] = {}  # id -> message, in creation order
        self.interactions: dict[str, InteractionHandle] = {}
        self.requests: list[RequestRecord] = []
        self.faults: list[Fault] = []
        self.typing: list[str] = []  # channel ids, one per typing request
        self.global_commands: dict[str, dict[str, Any]] = {}
        self.guild_commands: dict[str, dict[str, Any]] = {}
        self.sync_count = 0
        self.deduplicated = 0  # POSTs answered with an existing message (nonce)
        self.unhandled_requests: list[str] = []
        self.internal_errors: list[str] = []
        self._files: dict[str, StoredFile] = {}  # attachment id -> file
        self._nonces: dict[tuple[str, str, str], tuple[float, StoredMessage]] = {}

        self.gateway = Gateway(self)
        self._waiters: set[asyncio.Future[None]] = set()
        self._runner: web.AppRunner | None = None
        self.port = 0

    # --- lifecycle --------------------------------------------------------------------

    async def start(self) -> None:
        """Listen on 127.0.0.1 at a random free port."""
        app = web.Application(middlewares=[self._middleware], client_max_size=64 * 1024**2)
        self._add_routes(app.router)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await self._runner.setup()
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", 0))
        self.port = sock.getsockname()[1]
        await web.SockSite(self._runner, sock).start()
        log.info("Discord emulator listening on %s", self.base_url)

    async def stop(self) -> None:
        """Close every gateway connection and stop the server."""
        await self.gateway.shutdown()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> DiscordEmulator:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def api_base(self) -> str:
        """What ``discord.http.Route.BASE`` must be set to."""
        return f"{self.base_url}{API}"

    @property
    def ws_base(self) -> str:
        return f"ws://127.0.0.1:{self.port}"

    @property
    def gateway_url(self) -> str:
        """What ``DiscordWebSocket.DEFAULT_GATEWAY`` must be set to."""
        return f"{self.ws_base}/gateway"

    @property
    def application_flags(self) -> int:
        flags = 0
        for name in self.privileged_intents:
            flags |= APPLICATION_FLAGS[name]
        return flags

    @property
    def problems(self) -> list[str]:
        """Unknown routes the bot called and handler crashes (the fixture fails on these)."""
        return [f"unhandled route: {r}" for r in self.unhandled_requests] + [
            f"emulator error: {e}" for e in self.internal_errors
        ]

    # --- looking things up --------------------------------------------------------------

    def channel(self, ref: ChannelRef) -> Channel:
        """A channel by object, id or name (``"general"``); DM channels by id."""
        if isinstance(ref, Channel):
            return ref
        key = str(ref)
        found = self.guild.channels.get(key)
        found = found or next((c for c in self.dm_channels.values() if c.id == key), None)
        found = found or next((c for c in self.guild.channels.values() if c.name == key), None)
        if found is None:
            raise KeyError(f"no channel {ref!r}")
        return found

    def user(self, ref: UserRef) -> User:
        """A user by object, id or name (``"admin"``, ``"member"``, ``"newsline"``...)."""
        if isinstance(ref, User):
            return ref
        key = str(ref)
        found = self.users.get(key) or next(
            (u for u in self.users.values() if u.username == key), None
        )
        if found is None:
            raise KeyError(f"no user {ref!r}")
        return found

    def message(self, ref: MessageRef) -> StoredMessage:
        """A stored message by object or id."""
        if isinstance(ref, StoredMessage):
            return ref
        return self.messages[str(ref)]

    def add_user(self, username: str, *, roles: Iterable[Role] = ()) -> User:
        """Add a guild member (call before the bot connects, or it will not know them)."""
        user = User(self.ids.next(), username)
        self.users[user.id] = user
        self.guild.members[user.id] = Member(user, [r.id for r in roles])
        return user

    def dm_channel(self, user: UserRef) -> Channel:
        """The DM channel between the bot and ``user`` (created on first use)."""
        person = self.user(user)
        if person.id not in self.dm_channels:
            self.dm_channels[person.id] = Channel(
                self.ids.next(), person.username, type=ChannelType.DM, recipient=person
            )
        return self.dm_channels[person.id]

    def _new_channel(self, name: str, *, topic: str | None = None) -> Channel:
        channel = Channel(
            self.ids.next(),
            name,
            guild_id=self.guild.id,
            position=len(self.guild.channels),
            topic=topic,
        )
        self.guild.channels[channel.id] = channel
        return channel

    # --- waiting and reading what the bot did -------------------------------------------

    def changed(self) -> None:
        """Wake every ``wait_until`` (called after each change of state)."""
        for waiter in self._waiters:
            if not waiter.done():
                waiter.set_result(None)
        self._waiters.clear()

    async def wait_until(
        self, check: Callable[[], T | None], *, timeout: float = 5.0, what: str = "a condition"
    ) -> T:
        """Wait until ``check()`` returns something truthy and return it.

        Raises AssertionError after ``timeout`` seconds, with a summary of recent traffic.
        """
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            result = check()
            if result:
                return result
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise AssertionError(
                    f"timed out after {timeout}s waiting for {what}\n{self.describe()}"
                )
            waiter: asyncio.Future[None] = loop.create_future()
            self._waiters.add(waiter)
            with contextlib.suppress(TimeoutError):
                # also poll: checks may look at the bot's state, which does not wake us
                await asyncio.wait_for(waiter, min(remaining, 0.02))

    def messages_in(
        self,
        channel: ChannelRef | None = None,
        *,
        author: UserRef | None = None,
        include_deleted: bool = False,
        include_ephemeral: bool = True,
    ) -> list[StoredMessage]:
        """Messages (oldest first) in ``channel`` (all channels if None), optionally by author."""
        channel_id = self.channel(channel).id if channel is not None else None
        author_id = self.user(author).id if author is not None else None
        return [
            m
            for m in self.messages.values()
            if (channel_id is None or m.channel_id == channel_id)
            and (author_id is None or m.author_id == author_id)
            and (include_deleted or not m.deleted)
            and (include_ephemeral or not m.ephemeral)
        ]

    def bot_messages(self, channel: ChannelRef | None = None) -> list[StoredMessage]:
        """Messages the bot sent (oldest first), in ``channel`` or everywhere."""
        return self.messages_in(channel, author=self.bot_user)

    def last_message(
        self, channel: ChannelRef | None = None, *, author: UserRef | None = None
    ) -> StoredMessage | None:
        """The newest (not deleted) message in ``channel``, optionally by ``author``."""
        found = self.messages_in(channel, author=author)
        return found[-1] if found else None

    async def wait_for_message(
        self,
        channel: ChannelRef | None = None,
        predicate: Callable[[StoredMessage], Any] | None = None,
        *,
        author: UserRef | None = "bot",
        after: MessageRef | None = None,
        timeout: float = 5.0,
    ) -> StoredMessage:
        """Wait for a message (already there or to come) and return the first that matches.

        ``author`` defaults to the bot (None: anyone); ``after`` keeps only messages created
        after that message; ``predicate`` filters further.
        """
        author_user = self.bot_user if author == "bot" else author
        after_id = int(self.message(after).id) if after is not None else 0

        def check() -> StoredMessage | None:
            for msg in self.messages_in(channel, author=author_user):
                if int(msg.id) > after_id and (predicate is None or predicate(msg)):
                    return msg
            return None

        return await self.wait_until(check, timeout=timeout, what="a matching message")

    async def wait_for_reply(
        self,
        to: MessageRef,
        predicate: Callable[[StoredMessage], Any] | None = None,
        *,
        timeout: float = 5.0,
    ) -> StoredMessage:
        """Wait for the bot's first message in ``to``'s channel after ``to`` (reply or not)."""
        origin = self.message(to)
        return await self.wait_for_message(
            origin.channel_id, predicate, after=origin, timeout=timeout
        )

    async def assert_no_message(
        self,
        channel: ChannelRef | None = None,
        *,
        after: MessageRef | None = None,
        author: UserRef | None = "bot",
        wait: float = 0.3,
    ) -> None:
        """Wait ``wait`` seconds, then fail if a matching message (default: by the bot) exists."""
        await asyncio.sleep(wait)
        author_user = self.bot_user if author == "bot" else author
        after_id = int(self.message(after).id) if after is not None else 0
        unexpected = [
            m for m in self.messages_in(channel, author=author_user) if int(m.id) > after_id
        ]
        assert not unexpected, f"unexpected message(s): {unexpected}"

    def interaction_responses(
        self, interaction: InteractionHandle | str | None = None
    ) -> list[CallbackRecord]:
        """Callbacks the bot made, for one interaction (handle or id) or for all of them."""
        if interaction is None:
            return [c for h in self.interactions.values() for c in h.callbacks]
        key = interaction.id if isinstance(interaction, InteractionHandle) else str(interaction)
        return list(self.interactions[key].callbacks)

    def requests_to(self, method: str, pattern: str) -> list[RequestRecord]:
        """Requests the bot made matching a method and a route pattern (see ``fail_next``)."""
        probe = Fault(method, pattern, 0, times=1)
        return [r for r in self.requests if probe.matches(r.method, r.path)]

    def synced_commands(self, *, guild: bool = False) -> list[dict[str, Any]]:
        """The application commands the bot synced (global, or the guild's)."""
        return list((self.guild_commands if guild else self.global_commands).values())

    def describe(self) -> str:
        """A short summary of recent traffic (used in timeout messages)."""
        lines = ["recent messages:"]
        lines += [f"  {m!r}" for m in list(self.messages.values())[-8:]]
        lines += ["recent requests:"] + [f"  {r!r}" for r in self.requests[-10:]]
        lines += ["gateway:"] + [f"  {h}" for h in self.gateway.history[-8:]]
        lines += [f"  {p}" for p in self.problems]
        return "\n".join(lines)

    # --- gateway helpers for tests ------------------------------------------------------

    @property
    def identify_count(self) -> int:
        return self.gateway.identify_count

    @property
    def resume_count(self) -> int:
        """RESUMEs accepted (``gateway.resume_attempts`` counts refused ones too)."""
        return self.gateway.resume_count

    async def wait_identified(self, count: int = 1, *, timeout: float = 5.0) -> None:
        """Wait until ``count`` IDENTIFYs happened and a session is connected."""
        await self.wait_until(
            lambda: self.gateway.identify_count >= count and self.gateway.connected,
            timeout=timeout,
            what=f"{count} IDENTIFY(s)",
        )

    async def wait_resumed(self, count: int = 1, *, timeout: float = 5.0) -> None:
        """Wait until ``count`` RESUMEs were accepted and a session is connected again."""
        await self.wait_until(
            lambda: self.gateway.resume_count >= count and self.gateway.connected,
            timeout=timeout,
            what=f"{count} RESUME(s)",
        )

    async def close_gateway(self, code: int = 4000) -> None:
        """Close the bot's gateway connection with ``code`` (4000 and 1000 resume, 4004 kills)."""
        self.gateway.close(code)
        await asyncio.sleep(0)

    async def drop_gateway(self) -> None:
        """Drop the bot's gateway connection at TCP level; it RESUMEs."""
        self.gateway.drop()
        await asyncio.sleep(0)

    async def request_reconnect(self) -> None:
        """Send op 7 RECONNECT; the bot RESUMEs."""
        self.gateway.reconnect()
        await asyncio.sleep(0)

    async def invalidate_session(self, *, resumable: bool = False) -> None:
        """Send op 9 INVALID_SESSION; with ``resumable=False`` the bot must re-IDENTIFY."""
        self.gateway.invalidate(resumable)
        await asyncio.sleep(0)

    @contextlib.asynccontextmanager
    async def gateway_outage(
        self, *, close_code: int | None = None, reconnect_op: bool = False
    ) -> AsyncIterator[None]:
        """Cut the gateway for the duration of the block, then let the bot RESUME.

        The connection is dropped at TCP level (or closed with ``close_code``, or told to
        reconnect with op 7), new connections wait until the block ends. Events dispatched
        inside the block are queued in the session and replayed on RESUME.
        """
        self.gateway.open.clear()
        try:
            if reconnect_op:
                self.gateway.reconnect()
            elif close_code is not None:
                self.gateway.close(close_code)
            else:
                self.gateway.drop()
            await asyncio.sleep(0)
            yield
        finally:
            self.gateway.open.set()

    # --- REST faults ---------------------------------------------------------------------

    def fail_next(
        self,
        method: str,
        path: str,
        status: int,
        *,
        times: int = 1,
        code: int = 0,
        message: str = "",
        after_handler: bool = False,
    ) -> Fault:
        """Answer the next ``times`` requests matching ``method`` and ``path`` with ``status``.

        ``path`` is relative to /api/v10; ``*`` or ``{name}`` match one segment, ``**`` the
        rest, e.g. ``/channels/*/messages``. With ``after_handler=True`` the request does its
        work first (a message is created) and the fault replaces the answer.
        """
        fault = Fault(
            method,
            path,
            status,
            times=times,
            code=code,
            message=message,
            after_handler=after_handler,
        )
        self.faults.append(fault)
        return fault

    def rate_limit_next(
        self,
        method: str = "POST",
        path: str = "/channels/*/messages",
        *,
        retry_after: float = 0.05,
        times: int = 1,
        via: bool = True,
        is_global: bool = False,
    ) -> Fault:
        """Answer the next matching requests with 429 and ``retry_after``.

        ``via=True`` adds ``Via: 1.1 google`` (a Discord rate limit: discord.py waits and
        retries); without it discord.py takes the 429 as a Cloudflare ban and raises at once.
        """
        fault = Fault(
            method, path, 429, times=times, retry_after=retry_after, via=via, is_global=is_global
        )
        self.faults.append(fault)
        return fault

    def server_error_next(
        self,
        method: str = "POST",
        path: str = "/channels/*/messages",
        *,
        status: int = 500,
        times: int = 1,
        after_handler: bool = False,
    ) -> Fault:
        """Answer the next matching requests with a 5xx (``after_handler``: after doing it)."""
        return self.fail_next(method, path, status, times=times, after_handler=after_handler)

    def forbid_next(
        self, method: str = "POST", path: str = "/channels/*/messages", *, times: int = 1
    ) -> Fault:
        """Answer the next matching requests with 403 Missing Permissions (50013)."""
        return self.fail_next(method, path, 403, times=times, code=50013)

    # --- changing the world ----------------------------------------------------------------

    async def add_channel(self, name: str, *, topic: str | None = None) -> Channel:
        """Create a text channel and dispatch CHANNEL_CREATE."""
        channel = self._new_channel(name, topic=topic)
        self._broadcast_guild_event("CHANNEL_CREATE", channel.payload())
        await asyncio.sleep(0)
        return channel

    async def delete_channel(self, channel: ChannelRef) -> None:
        """Delete a channel (REST on it then answers 404 Unknown Channel) and dispatch it."""
        target = self.channel(channel)
        target.deleted = True
        self._broadcast_guild_event("CHANNEL_DELETE", target.payload())
        await asyncio.sleep(0)

    async def forbid_bot(self, channel: ChannelRef, deny: int = Permission.SEND_MESSAGES) -> None:
        """Deny the bot ``deny`` in ``channel`` (a member overwrite) and dispatch CHANNEL_UPDATE.

        With the default, the bot's POSTs there get 403 Missing Permissions (50013); deny
        VIEW_CHANNEL to get 403 Missing Access (50001) everywhere in the channel.
        """
        target = self.channel(channel)
        target.overwrites = [ow for ow in target.overwrites if ow["id"] != self.bot_user.id]
        target.overwrites.append({"id": self.bot_user.id, "type": 1, "allow": 0, "deny": deny})
        self._broadcast_guild_event("CHANNEL_UPDATE", target.payload())
        await asyncio.sleep(0)

    async def allow_bot(self, channel: ChannelRef) -> None:
        """Remove the bot's overwrite from ``channel`` (undo ``forbid_bot``)."""
        target = self.channel(channel)
        target.overwrites = [ow for ow in target.overwrites if ow["id"] != self.bot_user.id]
        self._broadcast_guild_event("CHANNEL_UPDATE", target.payload())
        await asyncio.sleep(0)

    def _broadcast_guild_event(self, event: str, data: dict[str, Any]) -> None:
        self.gateway.broadcast(event, lambda s: data if s.has(Intent.GUILDS) else None)
        self.changed()

    # --- users acting -------------------------------------------------------------------------

    async def send_message(
        self,
        channel: ChannelRef,
        author: UserRef,
        content: str = "",
        *,
        attachments: Iterable[Upload] = (),
        reply_to: MessageRef | None = None,
    ) -> StoredMessage:
        """A user posts a message: it is stored and dispatched as MESSAGE_CREATE.

        ``attachments`` are ``(filename, bytes)`` or ``(filename, bytes, content_type)``;
        they are served over HTTP at their ``url``. Content is blanked for a bot without
        the message content intent, unless the bot is mentioned or it is a DM (as Discord).
        """
        target = self.channel(channel)
        body: dict[str, Any] = {"content": content}
        if reply_to is not None:
            body["message_reference"] = {"message_id": self.message(reply_to).id}
        files = [_as_file(upload) for upload in attachments]
        msg = self._create_message(target, self.user(author), body, dict(enumerate(files)))
        await asyncio.sleep(0)
        return msg

    async def react(self, message: MessageRef, emoji: str, user: UserRef) -> None:
        """A user adds a unicode emoji reaction (MESSAGE_REACTION_ADD)."""
        msg, person = self.message(message), self.user(user)
        msg.reactions.setdefault(emoji, set()).add(person.id)
        data = {
            "user_id": person.id,
            "channel_id": msg.channel_id,
            "message_id": msg.id,
            "emoji": {"id": None, "name": emoji},
            "message_author_id": msg.author_id,
            "burst": False,
            "type": 0,
        }
        channel = self.channel(msg.channel_id)
        if channel.guild_id:
            data["guild_id"] = self.guild.id
            data["member"] = self.guild.members[person.id].payload()
        intent = Intent.GUILD_MESSAGE_REACTIONS if channel.guild_id else Intent.DIRECT_MESSAGES
        self.gateway.broadcast("MESSAGE_REACTION_ADD", lambda s: data if s.has(intent) else None)
        self.changed()
        await asyncio.sleep(0)

    async def slash(
        self,
        name: str,
        options: dict[str, Any] | None = None,
        *,
        user: UserRef = "member",
        channel: ChannelRef = "general",
    ) -> InteractionHandle:
        """A user runs a slash command (INTERACTION_CREATE type 2).

        ``name`` may hold subcommands: ``"era add"``. ``options`` maps option names to
        values: str, int, float, bool, a ``User``, ``Channel`` or ``Role``, or an upload
        ``(filename, bytes)`` for an attachment option. Option types come from the synced
        command when the bot synced it, else from the Python values.
        """
        target, person = self.channel(channel), self.user(user)
        data = self._command_data(name, options or {}, target, person, focused=None)
        return await self._start_interaction(
            InteractionType.APPLICATION_COMMAND, data, person, target
        )

    async def autocomplete(
        self,
        name: str,
        options: dict[str, Any],
        *,
        focused: str,
        user: UserRef = "member",
        channel: ChannelRef = "general",
    ) -> InteractionHandle:
        """A user types in option ``focused`` (INTERACTION_CREATE type 4).

        Await ``handle.wait_choices()`` for the bot's suggestions.
        """
        target, person = self.channel(channel), self.user(user)
        data = self._command_data(name, options, target, person, focused=focused)
        return await self._start_interaction(InteractionType.AUTOCOMPLETE, data, person, target)

    async def click(
        self, message: MessageRef, custom_id: str, *, user: UserRef = "member"
    ) -> InteractionHandle:
        """A user clicks the button ``custom_id`` on ``message`` (INTERACTION_CREATE type 3).

        Fails if the message has no such enabled component (e.g. the view timed out).
        """
        return await self._component(message, custom_id, user, values=None)

    async def select(
        self,
        message: MessageRef,
        custom_id: str,
        values: list[str],
        *,
        user: UserRef = "member",
    ) -> InteractionHandle:
        """A user picks ``values`` in the select menu ``custom_id`` on ``message``."""
        return await self._component(message, custom_id, user, values=values)

    async def submit_modal(
        self, opened: InteractionHandle, values: dict[str, str], *, user: UserRef = "member"
    ) -> InteractionHandle:
        """A user fills in and submits the modal the bot opened on ``opened`` (type 5).

        ``values`` maps each text input's ``custom_id`` to the text typed.
        """
        modal = next((c for c in opened.callbacks if c.type == CallbackType.MODAL), None)
        if modal is None:
            raise AssertionError(f"the bot opened no modal on {opened!r}")
        data = {
            "custom_id": modal.data["custom_id"],
            "components": [
                {"type": 1, "components": [{"type": 4, "custom_id": key, "value": value}]}
                for key, value in values.items()
            ],
        }
        channel = self.channel(opened.payload["channel_id"])
        source = self.messages.get(opened.source_message_id or "")
        return await self._start_interaction(
            InteractionType.MODAL_SUBMIT, data, self.user(user), channel, source
        )

    async def _component(
        self, message: MessageRef, custom_id: str, user: UserRef, values: list[str] | None
    ) -> InteractionHandle:
        msg, person = self.message(message), self.user(user)
        component = next((c for c in msg.buttons if c.get("custom_id") == custom_id), None)
        if component is None:
            raise AssertionError(f"no component {custom_id!r} on {msg!r}; has {msg.custom_ids}")
        if component.get("disabled"):
            raise AssertionError(f"component {custom_id!r} is disabled on {msg!r}")
        data: dict[str, Any] = {"custom_id": custom_id, "component_type": component["type"]}
        if values is not None:
            data["values"] = values
        return await self._start_interaction(
            InteractionType.MESSAGE_COMPONENT, data, person, self.channel(msg.channel_id), msg
        )

    async def _start_interaction(
        self,
        kind: int,
        data: dict[str, Any],
        user: User,
        channel: Channel,
        message: StoredMessage | None = None,
    ) -> InteractionHandle:
        interaction_id = self.ids.next()
        token = f"interaction-{interaction_id}-{secrets.token_hex(8)}"
        payload: dict[str, Any] = {
            "id": interaction_id,
            "application_id": self.application_id,
            "type": int(kind),
            "data": data,
            "token": token,
            "version": 1,
            "locale": "en-US",
            "app_permissions": str(self._permissions(self.bot_user, channel)),
            "entitlements": [],
            "attachment_size_limit": ATTACHMENT_SIZE_LIMIT,
            "channel_id": channel.id,
            "channel": channel.payload(),
        }
        if channel.guild_id:
            payload["guild_id"] = self.guild.id
            payload["guild"] = {"id": self.guild.id, "locale": "en-US", "features": []}
            payload["guild_locale"] = "en-US"
            payload["member"] = {
                **self.guild.members[user.id].payload(),
                "permissions": str(self._permissions(user, channel)),
            }
            payload["authorizing_integration_owners"] = {"0": self.guild.id}
            payload["context"] = 0
        else:
            payload["user"] = user.payload()
            payload["authorizing_integration_owners"] = {"0": user.id}
            payload["context"] = 1
        if message is not None:
            payload["message"] = dict(message.data)
        handle = InteractionHandle(
            id=interaction_id,
            token=token,
            type=int(kind),
            payload=payload,
            emulator=self,
            started=asyncio.get_running_loop().time(),
            source_message_id=message.id if message else None,
            source_edits_before=len(message.edits) if message else 0,
        )
        self.interactions[interaction_id] = handle
        self.gateway.broadcast("INTERACTION_CREATE", lambda s: payload)
        self.changed()
        await asyncio.sleep(0)
        return handle

    def _command_data(
        self,
        name: str,
        options: dict[str, Any],
        channel: Channel,
        user: User,
        *,
        focused: str | None,
    ) -> dict[str, Any]:
        root, *subs = name.split()
        schema = self.guild_commands.get(root)
        in_guild = schema is not None
        schema = schema or self.global_commands.get(root)
        declared: dict[str, int] = {}
        if schema is not None:
            level = schema.get("options", [])
            for sub in subs:
                node = next((o for o in level if o["name"] == sub), None)
                level = node.get("options", []) if node else []
            declared = {o["name"]: o["type"] for o in level if o["type"] > SUB_COMMAND_GROUP}
        resolved: dict[str, dict[str, Any]] = {}
        leaf = [
            self._option(
                key,
                value,
                declared=declared.get(key),
                resolved=resolved,
                channel=channel,
                user=user,
                focused=key == focused,
            )
            for key, value in options.items()
        ]
        for depth, sub in reversed(list(enumerate(subs))):
            kind = SUB_COMMAND if depth == len(subs) - 1 else SUB_COMMAND_GROUP
            leaf = [{"type": kind, "name": sub, "options": leaf}]
        data: dict[str, Any] = {
            "id": schema["id"] if schema else self.ids.next(),
            "name": root,
            "type": 1,
            "options": leaf,
        }
        if resolved:
            data["resolved"] = resolved
        if channel.guild_id and (in_guild or schema is None):
            data["guild_id"] = self.guild.id
        return data

    def _option(
        self,
        name: str,
        value: Any,
        *,
        declared: int | None,
        resolved: dict[str, dict[str, Any]],
        channel: Channel,
        user: User,
        focused: bool,
    ) -> dict[str, Any]:
        kind = declared or _infer_option_type(value)
        if focused:
            return {"name": name, "type": kind, "value": str(value), "focused": True}
        if kind in (USER, MENTIONABLE) and not isinstance(value, Role):
            person = self.user(value)
            resolved.setdefault("users", {})[person.id] = person.payload()
            if person.id in self.guild.members and channel.guild_id:
                member = self.guild.members[person.id].payload(with_user=False)
                member["permissions"] = str(self._permissions(person, channel))
                resolved.setdefault("members", {})[person.id] = member
            value = person.id
        elif kind in (ROLE, MENTIONABLE):
            role = value if isinstance(value, Role) else self.guild.roles[str(value)]
            resolved.setdefault("roles", {})[role.id] = role.payload()
            value = role.id
        elif kind == CHANNEL:
            target = self.channel(value)
            resolved.setdefault("channels", {})[target.id] = {
                **target.payload(),
                "permissions": str(self._permissions(user, target)),
            }
            value = target.id
        elif kind == ATTACHMENT:
            stored = _as_file(value)
            self._register_attachment(channel, stored)
            resolved.setdefault("attachments", {})[stored.attachment["id"]] = stored.attachment
            value = stored.attachment["id"]
        elif kind == STRING:
            value = str(value)
        elif kind == INTEGER:
            value = int(value)
        elif kind == NUMBER:
            value = float(value)
        return {"name": name, "type": kind, "value": value}

    # --- messages ---------------------------------------------------------------------------

    def _permissions(self, user: User, channel: Channel) -> int:
        if channel.type == ChannelType.DM:
            return int(EVERYONE_PERMISSIONS)
        return self.guild.permissions(user.id, channel)

    def _register_attachment(self, channel: Channel, stored: StoredFile) -> None:
        attachment_id = self.ids.next()
        name = quote(stored.filename, safe="")  # a name with "/" stays one path segment
        url = f"{self.base_url}/attachments/{channel.id}/{attachment_id}/{name}"
        stored.attachment = {
            "id": attachment_id,
            "filename": stored.filename,
            "size": len(stored.data),
            "url": url,
            "proxy_url": url,
            "content_type": stored.content_type,
            "flags": 0,
            **{k: v for k, v in stored.attachment.items() if k in ("description", "title")},
        }
        self._files[attachment_id] = stored

    def _attachments(
        self,
        channel: Channel,
        body: dict[str, Any],
        uploads: dict[int, StoredFile],
        existing: list[StoredFile],
    ) -> list[StoredFile]:
        declared = body.get("attachments")
        if declared is None:
            kept, new = list(existing), [uploads[i] for i in sorted(uploads)]
        else:
            by_id = {f.attachment["id"]: f for f in existing}
            kept, new = [], []
            for entry in declared:
                key = str(entry.get("id"))
                if key in by_id:
                    kept.append(by_id[key])
                elif key.isdigit() and int(key) in uploads:
                    stored = uploads[int(key)]
                    if entry.get("description"):
                        stored.attachment["description"] = entry["description"]
                    new.append(stored)
            new += [f for i, f in sorted(uploads.items()) if f not in new]
        for stored in new:
            self._register_attachment(channel, stored)
        files = kept + new
        if len(files) > 10:
            raise _invalid("attachments", "BASE_TYPE_MAX_LENGTH", "Must be 10 or fewer in length.")
        for stored in new:
            if len(stored.data) > ATTACHMENT_SIZE_LIMIT:
                raise ApiError(413, 40005, "Request entity too large")
        return files

    def _create_message(
        self,
        channel: Channel,
        author: User,
        body: dict[str, Any],
        uploads: dict[int, StoredFile],
        *,
        interaction: InteractionHandle | None = None,
        loading: bool = False,
    ) -> StoredMessage:
        files = self._attachments(channel, body, uploads, [])
        content = body.get("content") or ""
        embeds = [{"type": "rich", **e} for e in body.get("embeds") or []]
        components = body.get("components") or []
        if not loading:
            _validate_message(content, embeds, components, bool(files), body)
        flags = int(body.get("flags") or 0)
        if loading:
            flags |= MessageFlag.LOADING
        message_id = self.ids.next()
        ref = body.get("message_reference")
        referenced = self.messages.get(str(ref.get("message_id"))) if ref else None
        kind = MessageType.REPLY if referenced else MessageType.DEFAULT
        if interaction is not None and interaction.type == InteractionType.APPLICATION_COMMAND:
            kind = MessageType.CHAT_INPUT_COMMAND
        data: dict[str, Any] = {
            "id": message_id,
            "channel_id": channel.id,
            "author": author.payload(),
            "content": content,
            "timestamp": iso_now(),
            "edited_timestamp": None,
            "tts": bool(body.get("tts")),
            "mention_everyone": False,
            "mentions": [
                self.users[uid].payload()
                for uid in dict.fromkeys(USER_MENTION.findall(content))
                if uid in self.users
            ],
            "mention_roles": [
                rid
                for rid in dict.fromkeys(ROLE_MENTION.findall(content))
                if rid in self.guild.roles
            ],
            "mention_channels": [],
            "attachments": [f.attachment for f in files],
            "embeds": embeds,
            "components": components,
            "pinned": False,
            "type": int(kind),
            "flags": flags,
        }
        if channel.guild_id:
            data["guild_id"] = self.guild.id
        if body.get("nonce") is not None:
            data["nonce"] = body["nonce"]
        if referenced is not None:
            data["message_reference"] = {
                "type": 0,
                "message_id": referenced.id,
                "channel_id": referenced.channel_id,
                **({"guild_id": self.guild.id} if channel.guild_id else {}),
            }
            data["referenced_message"] = {
                k: v for k, v in referenced.data.items() if k != "referenced_message"
            }
        if interaction is not None:
            data["webhook_id"] = self.application_id
            data["application_id"] = self.application_id
            invoker = interaction.payload.get("member", interaction.payload).get("user")
            data["interaction_metadata"] = {
                "id": interaction.id,
                "type": interaction.type,
                "user": invoker,
                "authorizing_integration_owners": interaction.payload[
                    "authorizing_integration_owners"
                ],
            }
        msg = StoredMessage(
            data,
            files=files,
            allowed_mentions=body.get("allowed_mentions"),
            created_by_interaction=interaction.id if interaction else None,
        )
        can_mass_mention = self._permissions(author, channel) & Permission.MENTION_EVERYONE
        data["mention_everyone"] = bool(msg.would_ping_everyone and can_mass_mention)
        self.messages[message_id] = msg
        channel.last_message_id = message_id
        if not msg.ephemeral:
            self.gateway.broadcast("MESSAGE_CREATE", lambda s: self._message_event(msg, s))
        self.changed()
        return msg

    def _edit_message(
        self,
        msg: StoredMessage,
        body: dict[str, Any],
        uploads: dict[int, StoredFile],
    ) -> StoredMessage:
        channel = self.channel(msg.channel_id)
        data = msg.data
        completing = msg.loading
        content = (body["content"] or "") if "content" in body else data["content"]
        embeds = (
            [{"type": "rich", **e} for e in body["embeds"] or []]
            if "embeds" in body
            else data["embeds"]
        )
        components = (body["components"] or []) if "components" in body else data["components"]
        files = msg.files
        if "attachments" in body or uploads:
            files = self._attachments(channel, body, uploads, msg.files)
        _validate_message(content, embeds, components, bool(files), body)
        data.update(content=content, embeds=embeds, components=components)
        data["attachments"] = [f.attachment for f in files]
        msg.files = files
        if "flags" in body and body["flags"] is not None:
            keep = data["flags"] & ~MessageFlag.SUPPRESS_EMBEDS
            data["flags"] = keep | (int(body["flags"]) & MessageFlag.SUPPRESS_EMBEDS)
        data["flags"] &= ~MessageFlag.LOADING
        if not completing:
            data["edited_timestamp"] = iso_now()
        msg.edits.append(body)
        if not msg.ephemeral:
            self.gateway.broadcast("MESSAGE_UPDATE", lambda s: self._message_event(msg, s))
        self.changed()
        return msg

    def _delete_message(self, msg: StoredMessage) -> None:
        msg.deleted = True
        data = {"id": msg.id, "channel_id": msg.channel_id}
        channel = self.channel(msg.channel_id)
        if channel.guild_id:
            data["guild_id"] = self.guild.id
        intent = Intent.GUILD_MESSAGES if channel.guild_id else Intent.DIRECT_MESSAGES
        if not msg.ephemeral:
            self.gateway.broadcast("MESSAGE_DELETE", lambda s: data if s.has(intent) else None)
        self.changed()

    def _message_event(self, msg: StoredMessage, session: Session) -> dict[str, Any] | None:
        """The MESSAGE_CREATE/UPDATE payload this session may see (intents honoured)."""
        channel = self.channel(msg.channel_id)
        is_dm = channel.type == ChannelType.DM
        if not session.has(Intent.DIRECT_MESSAGES if is_dm else Intent.GUILD_MESSAGES):
            return None
        data = dict(msg.data)
        if not is_dm and msg.author_id in self.guild.members:
            data["member"] = self.guild.members[msg.author_id].payload(with_user=False)
        mentioned = any(u["id"] == self.bot_user.id for u in data["mentions"])
        sees_content = (
            session.has(Intent.MESSAGE_CONTENT)
            or is_dm
            or mentioned
            or msg.author_id == self.bot_user.id
        )
        if not sees_content:
            data.update(content="", embeds=[], attachments=[], components=[])
            data.pop("poll", None)
        return data

    # --- HTTP plumbing ----------------------------------------------------------------------

    @web.middleware
    async def _middleware(
        self, request: web.Request, handler: Callable[[web.Request], Any]
    ) -> web.StreamResponse:
        path = request.path
        if not path.startswith(API + "/"):
            return await handler(request)
        rel = path[len(API) :]
        record = RequestRecord(request.method, rel, dict(request.query))
        _current_record.set(record)
        self.requests.append(record)
        needs_auth = not rel.startswith(("/interactions/", "/webhooks/"))
        fault = next((f for f in self.faults if f.matches(request.method, rel)), None)
        try:
            if needs_auth and request.headers.get("Authorization") != f"Bot {self.token}":
                raise ApiError(401, 0, "401: Unauthorized")
            if fault is not None and not fault.after_handler:
                record.fault = True
                await self._read_body(request)  # keep the body (e.g. the nonce) on the record
                response = fault.response()
            else:
                response = await handler(request)
                if fault is not None:
                    record.fault = True
                    response = fault.response()
        except ApiError as exc:
            response = exc.response()
        except web.HTTPException:
            raise
        except Exception as exc:
            log.exception("Discord emulator: handler crashed on %s %s", request.method, path)
            self.internal_errors.append(f"{request.method} {rel}: {exc!r}")
            response = json_response({"message": "emulator error", "code": 0}, status=500)
        record.status = response.status
        self.changed()
        return response

    def _add_routes(self, router: web.UrlDispatcher) -> None:
        routes: list[tuple[str, str, Callable[[web.Request], Any]]] = [
            ("GET", "/users/@me", self._get_me),
            ("POST", "/users/@me/channels", self._create_dm),
            ("GET", "/users/{user_id}", self._get_user),
            ("GET", "/oauth2/applications/@me", self._get_application),
            ("GET", "/applications/@me", self._get_application),
            ("GET", "/gateway", self._get_gateway),
            ("GET", "/gateway/bot", self._get_gateway_bot),
            ("GET", "/guilds/{guild_id}", self._get_guild),
            ("GET", "/guilds/{guild_id}/channels", self._get_guild_channels),
            ("GET", "/guilds/{guild_id}/roles", self._get_roles),
            ("GET", "/guilds/{guild_id}/members/{user_id}", self._get_member),
            ("GET", "/channels/{channel_id}", self._get_channel),
            ("GET", "/channels/{channel_id}/messages", self._get_messages),
            ("POST", "/channels/{channel_id}/messages", self._post_message),
            ("GET", "/channels/{channel_id}/messages/{message_id}", self._get_message),
            ("PATCH", "/channels/{channel_id}/messages/{message_id}", self._patch_message),
            ("DELETE", "/channels/{channel_id}/messages/{message_id}", self._delete_route),
            (
                "PUT",
                "/channels/{channel_id}/messages/{message_id}/reactions/{emoji}/@me",
                self._put_reaction,
            ),
            (
                "DELETE",
                "/channels/{channel_id}/messages/{message_id}/reactions/{emoji}/@me",
                self._delete_reaction,
            ),
            ("POST", "/channels/{channel_id}/typing", self._typing),
            ("POST", "/interactions/{interaction_id}/{token}/callback", self._callback),
            ("POST", "/webhooks/{application_id}/{token}", self._post_followup),
            (
                "GET",
                "/webhooks/{application_id}/{token}/messages/{message_id}",
                self._get_webhook_message,
            ),
            (
                "PATCH",
                "/webhooks/{application_id}/{token}/messages/{message_id}",
                self._patch_webhook_message,
            ),
            (
                "DELETE",
                "/webhooks/{application_id}/{token}/messages/{message_id}",
                self._delete_webhook_message,
            ),
            ("GET", "/applications/{application_id}/commands", self._get_commands),
            ("PUT", "/applications/{application_id}/commands", self._put_commands),
            ("POST", "/applications/{application_id}/commands", self._post_command),
            (
                "GET",
                "/applications/{application_id}/guilds/{guild_id}/commands",
                self._get_commands,
            ),
            (
                "PUT",
                "/applications/{application_id}/guilds/{guild_id}/commands",
                self._put_commands,
            ),
            (
                "POST",
                "/applications/{application_id}/guilds/{guild_id}/commands",
                self._post_command,
            ),
        ]
        for method, path, handler in routes:
            router.add_route(method, API + path, handler)
        router.add_get("/gateway", self.gateway.handle)
        router.add_get("/resume-gateway", self.gateway.handle)
        router.add_get("/attachments/{channel_id}/{attachment_id}/{filename}", self._attachment)
        router.add_route("*", "/{tail:.*}", self._unknown_route)

    async def _unknown_route(self, request: web.Request) -> web.Response:
        line = f"{request.method} {request.path}"
        log.error("Discord emulator: UNHANDLED ROUTE %s (add it to tests/emulator)", line)
        self.unhandled_requests.append(line)
        return json_response({"message": "404: Not Found", "code": 0}, status=404)

    async def _read_body(self, request: web.Request) -> tuple[Any, dict[int, StoredFile]]:
        """JSON body, or multipart ``payload_json`` + ``files[N]`` (bytes kept)."""
        uploads: dict[int, StoredFile] = {}
        body: Any = {}
        if request.content_type.startswith("multipart/"):
            reader = await request.multipart()
            async for part in reader:
                name = getattr(part, "name", None) or ""
                if name == "payload_json":
                    body = json.loads(await part.text())  # type: ignore[union-attr]
                elif name.startswith("files["):
                    index = int(name[len("files[") : -1])
                    content_type = part.headers.get("Content-Type", "application/octet-stream")
                    raw = await part.read(decode=False)  # type: ignore[union-attr]
                    uploads[index] = StoredFile(
                        part.filename or f"file{index}",  # type: ignore[union-attr]
                        bytes(raw),
                        content_type,
                    )
        elif request.can_read_body:
            body = await request.json()
        record = _current_record.get()
        if record is not None:
            record.json = body
        return body, uploads

    # --- REST handlers: identity -------------------------------------------------------------

    async def _get_me(self, request: web.Request) -> web.Response:
        return json_response(
            {**self.bot_user.payload(), "verified": True, "mfa_enabled": False, "locale": "en-US"}
        )

    async def _get_user(self, request: web.Request) -> web.Response:
        try:
            return json_response(self.user(request.match_info["user_id"]).payload())
        except KeyError:
            raise ApiError(404, 10013, "Unknown User") from None

    async def _get_application(self, request: web.Request) -> web.Response:
        return json_response(
            {
                "id": self.application_id,
                "name": "Newsline",
                "description": "Newsline test application",
                "icon": None,
                "bot_public": True,
                "bot_require_code_grant": False,
                "owner": self.bot_owner.payload(),
                "verify_key": "0" * 64,
                "team": None,
                "flags": self.application_flags,
                "bot": self.bot_user.payload(),
                "interactions_endpoint_url": None,
                "redirect_uris": [],
                "tags": [],
            }
        )

    async def _get_gateway(self, request: web.Request) -> web.Response:
        return json_response({"url": self.gateway_url})

    async def _get_gateway_bot(self, request: web.Request) -> web.Response:
        return json_response(
            {
                "url": self.gateway_url,
                "shards": 1,
                "session_start_limit": {
                    "total": 1000,
                    "remaining": 1000,
                    "reset_after": 0,
                    "max_concurrency": 1,
                },
            }
        )

    async def _create_dm(self, request: web.Request) -> web.Response:
        body, _ = await self._read_body(request)
        try:
            return json_response(self.dm_channel(str(body["recipient_id"])).payload())
        except KeyError:
            raise ApiError(400, 50007, "Cannot send messages to this user") from None

    # --- REST handlers: guild and channels ------------------------------------------------

    def _check_guild(self, request: web.Request) -> None:
        if request.match_info["guild_id"] != self.guild.id:
            raise ApiError(404, 10004, "Unknown Guild")

    async def _get_guild(self, request: web.Request) -> web.Response:
        self._check_guild(request)
        data = self.guild.payload()
        for key in ("channels", "members", "threads", "presences", "voice_states"):
            data.pop(key)
        return json_response(data)

    async def _get_guild_channels(self, request: web.Request) -> web.Response:
        self._check_guild(request)
        channels = [c.payload() for c in self.guild.channels.values() if not c.deleted]
        return json_response(channels)

    async def _get_roles(self, request: web.Request) -> web.Response:
        self._check_guild(request)
        return json_response([r.payload() for r in self.guild.roles.values()])

    async def _get_member(self, request: web.Request) -> web.Response:
        self._check_guild(request)
        member = self.guild.members.get(request.match_info["user_id"])
        if member is None:
            raise ApiError(404, 10007, "Unknown Member")
        return json_response(member.payload())

    def _bot_channel(self, request: web.Request, needs: int = Permission.VIEW_CHANNEL) -> Channel:
        """The channel of the route, checking it exists and the bot has ``needs`` there."""
        try:
            channel = self.channel(request.match_info["channel_id"])
        except KeyError:
            raise ApiError(404, 10003, "Unknown Channel") from None
        if channel.deleted:
            raise ApiError(404, 10003, "Unknown Channel")
        perms = self._permissions(self.bot_user, channel)
        if not perms & Permission.VIEW_CHANNEL:
            raise ApiError(403, 50001, "Missing Access")
        if perms & needs != needs:
            raise ApiError(403, 50013, "Missing Permissions")
        return channel

    def _channel_message(self, request: web.Request, channel: Channel) -> StoredMessage:
        msg = self.messages.get(request.match_info["message_id"])
        if msg is None or msg.deleted or msg.ephemeral or msg.channel_id != channel.id:
            raise ApiError(404, 10008, "Unknown Message")
        return msg

    async def _get_channel(self, request: web.Request) -> web.Response:
        return json_response(self._bot_channel(request).payload())

    async def _get_messages(self, request: web.Request) -> web.Response:
        channel = self._bot_channel(request, Permission.READ_MESSAGE_HISTORY)
        limit = int(request.query.get("limit", 50))
        before = int(request.query.get("before", 1 << 63))
        after = int(request.query.get("after", 0))
        found = [
            m.data
            for m in reversed(self.messages_in(channel, include_ephemeral=False))
            if after < int(m.id) < before
        ]
        if "after" in request.query and "before" not in request.query:
            found = list(reversed(found))[:limit][::-1]
        return json_response(found[:limit])

    async def _get_message(self, request: web.Request) -> web.Response:
        channel = self._bot_channel(request, Permission.READ_MESSAGE_HISTORY)
        return json_response(self._channel_message(request, channel).data)

    async def _post_message(self, request: web.Request) -> web.Response:
        body, uploads = await self._read_body(request)
        needs = Permission.VIEW_CHANNEL | Permission.SEND_MESSAGES
        if uploads:
            needs |= Permission.ATTACH_FILES
        channel = self._bot_channel(request, needs)
        nonce = body.get("nonce")
        key = (channel.id, self.bot_user.id, str(nonce))
        if self.enforce_nonce and body.get("enforce_nonce") and nonce is not None:
            seen = self._nonces.get(key)
            if seen and time.monotonic() - seen[0] < self.nonce_window:
                self.deduplicated += 1
                log.info("Discord emulator: nonce %s seen, returning message %s", nonce, seen[1].id)
                return json_response(seen[1].data)
        msg = self._create_message(channel, self.bot_user, body, uploads)
        if nonce is not None:
            self._nonces[key] = (time.monotonic(), msg)
        return json_response(msg.data)

    async def _patch_message(self, request: web.Request) -> web.Response:
        channel = self._bot_channel(request)
        msg = self._channel_message(request, channel)
        if msg.author_id != self.bot_user.id:
            raise ApiError(403, 50005, "Cannot edit a message authored by another user")
        body, uploads = await self._read_body(request)
        return json_response(self._edit_message(msg, body, uploads).data)

    async def _delete_route(self, request: web.Request) -> web.Response:
        channel = self._bot_channel(request)
        msg = self._channel_message(request, channel)
        if msg.author_id != self.bot_user.id and not (
            self._permissions(self.bot_user, channel) & Permission.MANAGE_MESSAGES
        ):
            raise ApiError(403, 50013, "Missing Permissions")
        self._delete_message(msg)
        return web.Response(status=204)

    async def _put_reaction(self, request: web.Request) -> web.Response:
        channel = self._bot_channel(request, Permission.ADD_REACTIONS)
        msg = self._channel_message(request, channel)
        msg.reactions.setdefault(request.match_info["emoji"], set()).add(self.bot_user.id)
        return web.Response(status=204)

    async def _delete_reaction(self, request: web.Request) -> web.Response:
        channel = self._bot_channel(request)
        msg = self._channel_message(request, channel)
        msg.reactions.get(request.match_info["emoji"], set()).discard(self.bot_user.id)
        return web.Response(status=204)

    async def _typing(self, request: web.Request) -> web.Response:
        channel = self._bot_channel(request, Permission.SEND_MESSAGES)
        self.typing.append(channel.id)
        return web.Response(status=204)

    async def _attachment(self, request: web.Request) -> web.Response:
        stored = self._files.get(request.match_info["attachment_id"])
        if stored is None:
            return web.Response(status=404, text="Not Found")
        return web.Response(body=stored.data, headers={"Content-Type": stored.content_type})

    # --- REST handlers: interactions ----------------------------------------------------------

    async def _callback(self, request: web.Request) -> web.StreamResponse:
        handle = self.interactions.get(request.match_info["interaction_id"])
        if handle is None or handle.token != request.match_info["token"]:
            raise ApiError(404, 10062, "Unknown interaction")
        elapsed = asyncio.get_running_loop().time() - handle.started
        if self.interaction_deadline is not None and elapsed > self.interaction_deadline:
            handle.late_callbacks += 1
            log.warning(
                "Discord emulator: interaction %s answered after %.2fs (deadline %.1fs)",
                handle.id,
                elapsed,
                self.interaction_deadline,
            )
            raise ApiError(404, 10062, "Unknown interaction")
        if handle.acknowledged:
            raise ApiError(400, 40060, "Interaction has already been acknowledged.")
        body, uploads = await self._read_body(request)
        kind, data = int(body["type"]), body.get("data") or {}
        allowed = {
            InteractionType.APPLICATION_COMMAND: {4, 5, 9},
            InteractionType.AUTOCOMPLETE: {8},
            InteractionType.MESSAGE_COMPONENT: {4, 5, 6, 7, 9},
            InteractionType.MODAL_SUBMIT: {4, 5, 6, 7},
        }[InteractionType(handle.type)]
        if kind not in allowed:
            raise _invalid(
                "type",
                "INTERACTION_RESPONSE_TYPE_INVALID",
                f"Callback type {kind} is invalid for interaction type {handle.type}",
            )
        channel = self.channel(handle.payload["channel_id"])
        message: StoredMessage | None = None
        if kind == CallbackType.CHANNEL_MESSAGE:
            message = self._create_message(
                channel, self.bot_user, data, uploads, interaction=handle
            )
            handle.original = message
        elif kind == CallbackType.DEFERRED_CHANNEL_MESSAGE:
            flags = int(data.get("flags") or 0) & MessageFlag.EPHEMERAL
            message = self._create_message(
                channel, self.bot_user, {"flags": flags}, {}, interaction=handle, loading=True
            )
            handle.original = message
        elif kind in (CallbackType.DEFERRED_UPDATE_MESSAGE, CallbackType.UPDATE_MESSAGE):
            if handle.source_message_id is None:
                raise _invalid("type", "INTERACTION_RESPONSE_TYPE_INVALID", "No message to update")
            handle.original = self.messages[handle.source_message_id]
            if kind == CallbackType.UPDATE_MESSAGE:
                message = self._edit_message(handle.original, data, uploads)
        elif kind == CallbackType.AUTOCOMPLETE_RESULT:
            _validate_choices(data.get("choices", []))
        handle.callbacks.append(CallbackRecord(kind, data, elapsed, list(uploads.values())))
        self.changed()
        if "with_response" not in request.query:
            return web.Response(status=204)
        result: dict[str, Any] = {
            "interaction": {
                "id": handle.id,
                "type": handle.type,
                "response_message_id": message.id if message else None,
                "response_message_loading": kind == CallbackType.DEFERRED_CHANNEL_MESSAGE,
                "response_message_ephemeral": bool(message and message.ephemeral),
            },
            "resource": {"type": kind},
        }
        if message is not None:
            result["resource"]["message"] = message.data
        return json_response(result)

    def _webhook_handle(self, request: web.Request) -> InteractionHandle:
        token = request.match_info["token"]
        handle = next((h for h in self.interactions.values() if h.token == token), None)
        if handle is None or request.match_info["application_id"] != self.application_id:
            raise ApiError(404, 10015, "Unknown Webhook")
        return handle

    def _webhook_message(self, request: web.Request, handle: InteractionHandle) -> StoredMessage:
        key = request.match_info["message_id"]
        if key == "@original":
            msg = handle.original
        else:
            msg = next((m for m in handle.messages if m.id == key), None)
        if msg is None or msg.deleted:
            raise ApiError(404, 10008, "Unknown Message")
        return msg

    async def _post_followup(self, request: web.Request) -> web.StreamResponse:
        handle = self._webhook_handle(request)
        if not handle.acknowledged:
            raise ApiError(404, 10015, "Unknown Webhook")
        body, uploads = await self._read_body(request)
        if handle.original is not None and handle.original.loading:
            # Discord: the first followup after a "thinking" defer completes that message
            msg = self._edit_message(handle.original, body, uploads)
        else:
            channel = self.channel(handle.payload["channel_id"])
            msg = self._create_message(channel, self.bot_user, body, uploads, interaction=handle)
        handle.followups.append(msg)
        self.changed()
        if request.query.get("wait") in ("1", "true", "True"):
            return json_response(msg.data)
        return web.Response(status=204)

    async def _get_webhook_message(self, request: web.Request) -> web.Response:
        handle = self._webhook_handle(request)
        return json_response(self._webhook_message(request, handle).data)

    async def _patch_webhook_message(self, request: web.Request) -> web.Response:
        handle = self._webhook_handle(request)
        msg = self._webhook_message(request, handle)
        body, uploads = await self._read_body(request)
        return json_response(self._edit_message(msg, body, uploads).data)

    async def _delete_webhook_message(self, request: web.Request) -> web.Response:
        handle = self._webhook_handle(request)
        self._delete_message(self._webhook_message(request, handle))
        return web.Response(status=204)

    # --- REST handlers: application commands -----------------------------------------------

    def _command_store(self, request: web.Request) -> dict[str, dict[str, Any]]:
        if request.match_info["application_id"] != self.application_id:
            raise ApiError(403, 50001, "Missing Access")
        if "guild_id" in request.match_info:
            self._check_guild(request)
            return self.guild_commands
        return self.global_commands

    def _store_command(
        self,
        request: web.Request,
        store: dict[str, dict[str, Any]],
        cmd: dict[str, Any],
        index: int,
    ) -> dict[str, Any]:
        _validate_command(cmd, str(index))
        old = store.get(cmd["name"])
        full = {
            "id": old["id"] if old else self.ids.next(),
            "application_id": self.application_id,
            "version": self.ids.next(),
            "type": cmd.get("type", 1),
            "name": cmd["name"],
            "description": cmd.get("description", ""),
            "options": cmd.get("options", []),
            "default_member_permissions": cmd.get("default_member_permissions"),
            "dm_permission": cmd.get("dm_permission", True),
            "nsfw": cmd.get("nsfw", False),
            "contexts": cmd.get("contexts"),
            "integration_types": cmd.get("integration_types", [0]),
            "name_localizations": cmd.get("name_localizations"),
            "description_localizations": cmd.get("description_localizations"),
        }
        if "guild_id" in request.match_info:
            full["guild_id"] = self.guild.id
        return full

    async def _get_commands(self, request: web.Request) -> web.Response:
        return json_response(list(self._command_store(request).values()))

    async def _put_commands(self, request: web.Request) -> web.Response:
        store = self._command_store(request)
        body, _ = await self._read_body(request)
        if len(body) > 100:
            raise _invalid("_", "BASE_TYPE_MAX_LENGTH", "Must be 100 or fewer in length.")
        stored = [self._store_command(request, store, cmd, i) for i, cmd in enumerate(body)]
        names = [c["name"] for c in stored]
        if len(set(names)) != len(names):
            raise _invalid("_", "APPLICATION_COMMANDS_DUPLICATE_NAME", "Duplicate name")
        store.clear()
        store.update({c["name"]: c for c in stored})
        self.sync_count += 1
        return json_response(stored)

    async def _post_command(self, request: web.Request) -> web.Response:
        store = self._command_store(request)
        body, _ = await self._read_body(request)
        full = self._store_command(request, store, body, 0)
        store[full["name"]] = full
        return json_response(full, status=201)


# --- validation (Discord's limits) -----------------------------------------------------------


def _check_length(value: Any, limit: int, path: str) -> int:
    length = len(value or "")
    if length > limit:
        raise _invalid(path, "BASE_TYPE_MAX_LENGTH", f"Must be {limit} or fewer in length.")
    return length


def _validate_message(
    content: str,
    embeds: list[dict[str, Any]],
    components: list[dict[str, Any]],
    has_files: bool,
    body: dict[str, Any],
) -> None:
    _check_length(content, 2000, "content")
    if len(embeds) > 10:
        raise _invalid("embeds", "BASE_TYPE_MAX_LENGTH", "Must be 10 or fewer in length.")
    total = 0
    for i, embed in enumerate(embeds):
        path = f"embeds.{i}"
        total += _check_length(embed.get("title"), 256, f"{path}.title")
        total += _check_length(embed.get("description"), 4096, f"{path}.description")
        total += _check_length((embed.get("footer") or {}).get("text"), 2048, f"{path}.footer.text")
        total += _check_length((embed.get("author") or {}).get("name"), 256, f"{path}.author.name")
        fields = embed.get("fields") or []
        if len(fields) > 25:
            raise _invalid(
                f"{path}.fields", "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length."
            )
        for j, fld in enumerate(fields):
            for key, limit in (("name", 256), ("value", 1024)):
                if not fld.get(key):
                    raise _invalid(
                        f"{path}.fields.{j}.{key}", "BASE_TYPE_REQUIRED", "This field is required"
                    )
                total += _check_length(fld[key], limit, f"{path}.fields.{j}.{key}")
    if total > 6000:
        raise _invalid("embeds", "MAX_EMBED_SIZE_EXCEEDED", "Embed size exceeds 6000")
    if len(components) > 5:
        raise _invalid("components", "BASE_TYPE_MAX_LENGTH", "Must be 5 or fewer in length.")
    seen: set[str] = set()
    for i, row in enumerate(components):
        children = row.get("components", []) if row.get("type") == 1 else []
        if len(children) > 5:
            raise _invalid(
                f"components.{i}.components",
                "BASE_TYPE_MAX_LENGTH",
                "Must be 5 or fewer in length.",
            )
        for j, child in enumerate(children):
            path = f"components.{i}.components.{j}"
            custom_id = child.get("custom_id")
            if custom_id is not None:
                _check_length(custom_id, 100, f"{path}.custom_id")
                if custom_id in seen:
                    raise _invalid(
                        f"{path}.custom_id",
                        "COMPONENT_CUSTOM_ID_DUPLICATED",
                        "Component custom id cannot be duplicated",
                    )
                seen.add(custom_id)
            _check_length(child.get("label"), 80, f"{path}.label")
    if not (
        content or embeds or has_files or components or body.get("sticker_ids") or body.get("poll")
    ):
        raise ApiError(400, 50006, "Cannot send an empty message")


def _validate_choices(choices: list[dict[str, Any]]) -> None:
    if len(choices) > 25:
        raise _invalid("data.choices", "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.")
    for i, choice in enumerate(choices):
        if not 1 <= len(choice.get("name", "")) <= 100:
            raise _invalid(
                f"data.choices.{i}.name",
                "BASE_TYPE_BAD_LENGTH",
                "Must be between 1 and 100 in length.",
            )
        if isinstance(choice.get("value"), str):
            _check_length(choice["value"], 100, f"data.choices.{i}.value")


def _validate_command(cmd: dict[str, Any], path: str, *, is_option: bool = False) -> None:
    """Check what Discord checks on sync: names, descriptions, option counts and order."""
    name = cmd.get("name", "")
    chat_input = is_option or cmd.get("type", 1) == 1
    valid_name = _COMMAND_NAME.match(name) and name == name.lower()
    if (chat_input and not valid_name) or not 1 <= len(name) <= 32:
        raise _invalid(
            f"{path}.name", "APPLICATION_COMMAND_INVALID_NAME", f"Command name is invalid: {name!r}"
        )
    if chat_input and not 1 <= len(cmd.get("description", "")) <= 100:
        raise _invalid(
            f"{path}.description", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length."
        )
    options = cmd.get("options") or []
    if len(options) > 25:
        raise _invalid(f"{path}.options", "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.")
    seen_optional = False
    for i, option in enumerate(options):
        _validate_command(option, f"{path}.options.{i}", is_option=True)
        if len(option.get("choices") or []) > 25:
            raise _invalid(
                f"{path}.options.{i}.choices",
                "BASE_TYPE_MAX_LENGTH",
                "Must be 25 or fewer in length.",
            )
        if option.get("type") in (SUB_COMMAND, SUB_COMMAND_GROUP):
            continue
        if option.get("required") and seen_optional:
            raise _invalid(
                f"{path}.options.{i}",
                "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID",
                "Required options must be placed before non-required options",
            )
        seen_optional = seen_optional or not option.get("required")


def _infer_option_type(value: Any) -> int:
    if isinstance(value, bool):
        return BOOLEAN
    if isinstance(value, int):
        return INTEGER
    if isinstance(value, float):
        return NUMBER
    if isinstance(value, User):
        return USER
    if isinstance(value, Channel):
        return CHANNEL
    if isinstance(value, Role):
        return ROLE
    if isinstance(value, tuple | StoredFile):
        return ATTACHMENT
    return STRING


def _as_file(upload: Upload) -> StoredFile:
    if isinstance(upload, StoredFile):
        return StoredFile(upload.filename, upload.data, upload.content_type)
    filename, data, *rest = upload
    return StoredFile(filename, bytes(data), rest[0] if rest else "application/octet-stream")
