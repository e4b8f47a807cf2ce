"""What the Discord emulator keeps: ids, users, the guild, channels, messages, interactions.

Everything here is plain data with helpers that build the JSON objects Discord sends. Nothing
here knows about aiohttp or discord.py.
"""

from __future__ import annotations

import datetime as dt
import enum
import itertools
import re
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .server import DiscordEmulator

DISCORD_EPOCH_MS = 1420070400000
ALL_PERMISSIONS = (1 << 53) - 1
USER_MENTION = re.compile(r"<@!?(\d+)>")
ROLE_MENTION = re.compile(r"<@&(\d+)>")


class SnowflakeFactory:
    """Makes Discord ids: ``(ms - 1420070400000) << 22 | counter`` as integer strings."""

    def __init__(self) -> None:
        self._counter = itertools.count(1)

    def next(self) -> str:
        """Return a fresh, increasing snowflake."""
        ms = int(time.time() * 1000)
        return str(((ms - DISCORD_EPOCH_MS) << 22) | (next(self._counter) & 0x3FFFFF))


def iso_now() -> str:
    """The current time as Discord writes timestamps."""
    return dt.datetime.now(dt.UTC).isoformat()


class Permission(enum.IntFlag):
    """The permission bits the emulator uses (Discord's values)."""

    CREATE_INSTANT_INVITE = 1 << 0
    ADMINISTRATOR = 1 << 3
    MANAGE_CHANNELS = 1 << 4
    MANAGE_GUILD = 1 << 5
    ADD_REACTIONS = 1 << 6
    VIEW_CHANNEL = 1 << 10
    SEND_MESSAGES = 1 << 11
    MANAGE_MESSAGES = 1 << 13
    EMBED_LINKS = 1 << 14
    ATTACH_FILES = 1 << 15
    READ_MESSAGE_HISTORY = 1 << 16
    MENTION_EVERYONE = 1 << 17
    USE_EXTERNAL_EMOJIS = 1 << 18
    CHANGE_NICKNAME = 1 << 26
    USE_APPLICATION_COMMANDS = 1 << 31


EVERYONE_PERMISSIONS = (
    Permission.CREATE_INSTANT_INVITE
    | Permission.ADD_REACTIONS
    | Permission.VIEW_CHANNEL
    | Permission.SEND_MESSAGES
    | Permission.EMBED_LINKS
    | Permission.ATTACH_FILES
    | Permission.READ_MESSAGE_HISTORY
    | Permission.USE_EXTERNAL_EMOJIS
    | Permission.CHANGE_NICKNAME
    | Permission.USE_APPLICATION_COMMANDS
)


class Intent(enum.IntFlag):
    """Gateway intent bits (Discord's values)."""

    GUILDS = 1 << 0
    GUILD_MEMBERS = 1 << 1
    GUILD_PRESENCES = 1 << 8
    GUILD_MESSAGES = 1 << 9
    GUILD_MESSAGE_REACTIONS = 1 << 10
    DIRECT_MESSAGES = 1 << 12
    MESSAGE_CONTENT = 1 << 15


# privileged intent -> the name used in ``DiscordEmulator.privileged_intents``
PRIVILEGED_INTENTS = {
    Intent.GUILD_MEMBERS: "members",
    Intent.GUILD_PRESENCES: "presences",
    Intent.MESSAGE_CONTENT: "message_content",
}
# application flags that say a privileged intent is enabled in the developer portal
APPLICATION_FLAGS = {"presences": 1 << 12, "members": 1 << 14, "message_content": 1 << 18}


class ChannelType(enum.IntEnum):
    GUILD_TEXT = 0
    DM = 1


class MessageType(enum.IntEnum):
    DEFAULT = 0
    REPLY = 19
    CHAT_INPUT_COMMAND = 20


class MessageFlag(enum.IntFlag):
    SUPPRESS_EMBEDS = 1 << 2
    EPHEMERAL = 1 << 6
    LOADING = 1 << 7


class InteractionType(enum.IntEnum):
    APPLICATION_COMMAND = 2
    MESSAGE_COMPONENT = 3
    AUTOCOMPLETE = 4
    MODAL_SUBMIT = 5


class CallbackType(enum.IntEnum):
    """Interaction callback (response) types."""

    CHANNEL_MESSAGE = 4
    DEFERRED_CHANNEL_MESSAGE = 5
    DEFERRED_UPDATE_MESSAGE = 6
    UPDATE_MESSAGE = 7
    AUTOCOMPLETE_RESULT = 8
    MODAL = 9


@dataclass(eq=False)
class User:
    """A Discord user (people and the bot)."""

    id: str
    username: str
    bot: bool = False

    @property
    def mention(self) -> str:
        """``<@id>``, as typed in a message to mention this user."""
        return f"<@{self.id}>"

    def payload(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "username": self.username,
            "global_name": None if self.bot else self.username.title(),
            "discriminator": "0",
            "avatar": None,
            "bot": self.bot,
            "public_flags": 0,
            "flags": 0,
        }


@dataclass(eq=False)
class Role:
    """A guild role. The @everyone role has the guild's id."""

    id: str
    name: str
    permissions: int
    position: int = 0
    managed: bool = False

    @property
    def mention(self) -> str:
        return f"<@&{self.id}>"

    def payload(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "permissions": str(int(self.permissions)),
            "position": self.position,
            "color": 0,
            "colors": {"primary_color": 0, "secondary_color": None, "tertiary_color": None},
            "hoist": False,
            "managed": self.managed,
            "mentionable": True,
            "icon": None,
            "unicode_emoji": None,
            "flags": 0,
        }


@dataclass(eq=False)
class Channel:
    """A guild text channel or a DM channel."""

    id: str
    name: str
    type: int = ChannelType.GUILD_TEXT
    guild_id: str | None = None
    position: int = 0
    topic: str | None = None
    # Discord permission overwrites: {"id", "type": 0 role / 1 member, "allow", "deny"}
    overwrites: list[dict[str, Any]] = field(default_factory=list)
    recipient: User | None = None
    deleted: bool = False
    last_message_id: str | None = None

    @property
    def mention(self) -> str:
        """``<#id>``, as typed in a message to mention this channel."""
        return f"<#{self.id}>"

    def payload(self) -> dict[str, Any]:
        if self.type == ChannelType.DM:
            assert self.recipient is not None
            return {
                "id": self.id,
                "type": int(self.type),
                "last_message_id": self.last_message_id,
                "recipients": [self.recipient.payload()],
                "flags": 0,
            }
        return {
            "id": self.id,
            "type": int(self.type),
            "guild_id": self.guild_id,
            "name": self.name,
            "position": self.position,
            "topic": self.topic,
            "nsfw": False,
            "parent_id": None,
            "last_message_id": self.last_message_id,
            "rate_limit_per_user": 0,
            "permission_overwrites": [
                {**ow, "allow": str(int(ow["allow"])), "deny": str(int(ow["deny"]))}
                for ow in self.overwrites
            ],
            "flags": 0,
        }


@dataclass(eq=False)
class Member:
    """A user's membership of the guild."""

    user: User
    role_ids: list[str] = field(default_factory=list)
    joined_at: str = field(default_factory=iso_now)

    def payload(self, *, with_user: bool = True) -> dict[str, Any]:
        data: dict[str, Any] = {
            "roles": list(self.role_ids),
            "nick": None,
            "avatar": None,
            "banner": None,
            "joined_at": self.joined_at,
            "premium_since": None,
            "deaf": False,
            "mute": False,
            "flags": 0,
            "pending": False,
            "communication_disabled_until": None,
        }
        if with_user:
            data["user"] = self.user.payload()
        return data


@dataclass(eq=False)
class Guild:
    """The one guild of the emulator, with its roles, channels and members."""

    id: str
    name: str
    owner_id: str
    roles: dict[str, Role] = field(default_factory=dict)
    channels: dict[str, Channel] = field(default_factory=dict)
    members: dict[str, Member] = field(default_factory=dict)

    def permissions(self, user_id: str, channel: Channel | None = None) -> int:
        """The permissions ``user_id`` has (in ``channel``, if given), as Discord computes them."""
        if user_id == self.owner_id:
            return ALL_PERMISSIONS
        member = self.members.get(user_id)
        if member is None:
            return 0
        perms = int(self.roles[self.id].permissions)
        for role_id in member.role_ids:
            perms |= int(self.roles[role_id].permissions)
        if perms & Permission.ADMINISTRATOR:
            return ALL_PERMISSIONS
        if channel is None:
            return perms
        by_id = {ow["id"]: ow for ow in channel.overwrites}
        everyone = by_id.get(self.id)
        if everyone:
            perms = (perms & ~int(everyone["deny"])) | int(everyone["allow"])
        allow = deny = 0
        for role_id in member.role_ids:
            ow = by_id.get(role_id)
            if ow:
                allow |= int(ow["allow"])
                deny |= int(ow["deny"])
        perms = (perms & ~deny) | allow
        own = by_id.get(user_id)
        if own and own["type"] == 1:
            perms = (perms & ~int(own["deny"])) | int(own["allow"])
        return perms

    def payload(self) -> dict[str, Any]:
        """The guild object of GUILD_CREATE (with channels and members)."""
        text_channels = [c for c in self.channels.values() if not c.deleted]
        return {
            "id": self.id,
            "name": self.name,
            "owner_id": self.owner_id,
            "icon": None,
            "splash": None,
            "discovery_splash": None,
            "banner": None,
            "description": None,
            "features": [],
            "preferred_locale": "en-US",
            "afk_channel_id": None,
            "afk_timeout": 300,
            "system_channel_id": text_channels[0].id if text_channels else None,
            "rules_channel_id": None,
            "public_updates_channel_id": None,
            "safety_alerts_channel_id": None,
            "verification_level": 0,
            "default_message_notifications": 1,
            "explicit_content_filter": 0,
            "mfa_level": 0,
            "nsfw_level": 0,
            "premium_tier": 0,
            "premium_subscription_count": 0,
            "premium_progress_bar_enabled": False,
            "max_members": 500000,
            "vanity_url_code": None,
            "application_id": None,
            "roles": [role.payload() for role in self.roles.values()],
            "emojis": [],
            "stickers": [],
            "channels": [c.payload() for c in text_channels],
            "threads": [],
            "members": [m.payload() for m in self.members.values()],
            "member_count": len(self.members),
            "presences": [],
            "voice_states": [],
            "stage_instances": [],
            "guild_scheduled_events": [],
            "soundboard_sounds": [],
            "joined_at": iso_now(),
            "large": False,
            "unavailable": False,
            "lazy": True,
        }


@dataclass(eq=False)
class StoredFile:
    """A file uploaded with a message (by the bot or by a user), kept with its bytes."""

    filename: str
    data: bytes
    content_type: str = "application/octet-stream"
    attachment: dict[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        """The bytes decoded as UTF-8."""
        return self.data.decode("utf-8")


@dataclass(eq=False)
class StoredMessage:
    """A message as the emulator stored it.

    ``data`` is the full message object, exactly as Discord returns it to the bot (and as it
    was dispatched). Use the properties for assertions.
    """

    data: dict[str, Any]
    files: list[StoredFile] = field(default_factory=list)
    allowed_mentions: dict[str, Any] | None = None
    created_by_interaction: str | None = None
    edits: list[dict[str, Any]] = field(default_factory=list)
    deleted: bool = False
    reactions: dict[str, set[str]] = field(default_factory=dict)

    def __repr__(self) -> str:
        flags = " ephemeral" if self.ephemeral else ""
        flags += " deleted" if self.deleted else ""
        return (
            f"<StoredMessage id={self.id} channel={self.channel_id} author={self.author_name}"
            f"{flags} content={self.content!r} embeds={len(self.embeds)}"
            f" files={[f.filename for f in self.files]}>"
        )

    @property
    def id(self) -> str:
        return self.data["id"]

    @property
    def channel_id(self) -> str:
        return self.data["channel_id"]

    @property
    def author_id(self) -> str:
        return self.data["author"]["id"]

    @property
    def author_name(self) -> str:
        return self.data["author"]["username"]

    @property
    def content(self) -> str:
        return self.data["content"]

    @property
    def embeds(self) -> list[dict[str, Any]]:
        return self.data["embeds"]

    @property
    def components(self) -> list[dict[str, Any]]:
        return self.data["components"]

    @property
    def attachments(self) -> list[dict[str, Any]]:
        return self.data["attachments"]

    @property
    def flags(self) -> int:
        return self.data.get("flags", 0)

    @property
    def nonce(self) -> str | None:
        return self.data.get("nonce")

    @property
    def ephemeral(self) -> bool:
        return bool(self.flags & MessageFlag.EPHEMERAL)

    @property
    def loading(self) -> bool:
        """True for a deferred interaction response still "thinking"."""
        return bool(self.flags & MessageFlag.LOADING)

    @property
    def edited(self) -> bool:
        return bool(self.edits)

    @property
    def reply_to(self) -> str | None:
        """The id of the message this one replies to (``message_reference``), if any."""
        ref = self.data.get("message_reference")
        return ref.get("message_id") if ref else None

    @property
    def text(self) -> str:
        """Content plus every embed's title, description, fields, author and footer text.

        Handy for ``assert "venezuela" in msg.text`` whether the bot used content or an embed.
        """
        parts = [self.content]
        for embed in self.embeds:
            parts += [embed.get("title") or "", embed.get("description") or ""]
            parts += [(embed.get("author") or {}).get("name") or ""]
            for fld in embed.get("fields") or []:
                parts += [fld.get("name") or "", fld.get("value") or ""]
            parts += [(embed.get("footer") or {}).get("text") or ""]
        return "\n".join(p for p in parts if p)

    @property
    def buttons(self) -> list[dict[str, Any]]:
        """Every component (buttons, selects) of every action row, flattened."""
        found: list[dict[str, Any]] = []
        for row in self.components:
            found += row.get("components", []) if row.get("type") == 1 else [row]
        return found

    @property
    def custom_ids(self) -> list[str]:
        """The ``custom_id`` of every component, in order."""
        return [c["custom_id"] for c in self.buttons if "custom_id" in c]

    def file(self, filename: str) -> StoredFile:
        """The attached file named ``filename`` (KeyError if absent)."""
        for stored in self.files:
            if stored.filename == filename:
                return stored
        raise KeyError(f"{filename!r} not attached; files: {[f.filename for f in self.files]}")

    # --- what this message would ping, following Discord's allowed_mentions rules ---------

    def _parse(self, kind: str) -> bool:
        am = self.allowed_mentions
        return am is None or kind in am.get("parse", [])

    @property
    def would_ping_everyone(self) -> bool:
        """Whether Discord would notify @everyone/@here for this message.

        Computed from the content and the ``allowed_mentions`` the bot sent, whatever the bot's
        permissions (the bot has Mention Everyone in the emulator's guild anyway).
        """
        mass = "@everyone" in self.content or "@here" in self.content
        return mass and self._parse("everyone")

    @property
    def pinged_user_ids(self) -> set[str]:
        """Ids of users Discord would notify (content mentions allowed by allowed_mentions)."""
        mentioned = set(USER_MENTION.findall(self.content))
        if self._parse("users"):
            pinged = mentioned
        else:
            pinged = mentioned & {str(u) for u in (self.allowed_mentions or {}).get("users", [])}
        replied = (self.data.get("referenced_message") or {}).get("author", {}).get("id")
        am = self.allowed_mentions
        if replied and (am is None or am.get("replied_user")):
            pinged = pinged | {replied}
        return pinged

    @property
    def pinged_role_ids(self) -> set[str]:
        """Ids of roles Discord would notify."""
        mentioned = set(ROLE_MENTION.findall(self.content))
        if self._parse("roles"):
            return mentioned
        return mentioned & {str(r) for r in (self.allowed_mentions or {}).get("roles", [])}

    @property
    def pings_anyone(self) -> bool:
        """True if this message would notify anybody at all."""
        return bool(self.would_ping_everyone or self.pinged_user_ids or self.pinged_role_ids)


@dataclass(eq=False)
class CallbackRecord:
    """One ``POST /interactions/{id}/{token}/callback`` the bot made."""

    type: int
    data: dict[str, Any]
    elapsed: float  # seconds between INTERACTION_CREATE and this callback
    files: list[StoredFile] = field(default_factory=list)

    def __repr__(self) -> str:
        return f"<CallbackRecord type={self.type} after={self.elapsed:.3f}s data={self.data!r}>"


@dataclass(eq=False)
class InteractionHandle:
    """An interaction a test user started, and everything the bot answered to it.

    Returned by ``DiscordEmulator.slash``, ``autocomplete``, ``click`` and ``select``.
    ``original`` is the interaction's response message (for a component interaction answered
    with an update, the message the component is on); ``followups`` the followup messages.
    """

    id: str
    token: str
    type: int
    payload: dict[str, Any]
    emulator: DiscordEmulator
    started: float  # loop.time() when dispatched
    callbacks: list[CallbackRecord] = field(default_factory=list)
    original: StoredMessage | None = None
    followups: list[StoredMessage] = field(default_factory=list)
    late_callbacks: int = 0  # callbacks refused because they came after the deadline
    source_message_id: str | None = None  # the message a component/modal came from
    source_edits_before: int = 0  # its edit count when the interaction started

    def __repr__(self) -> str:
        return (
            f"<InteractionHandle id={self.id} type={self.type} callbacks={self.callbacks}"
            f" original={self.original} followups={self.followups}>"
        )

    @property
    def acknowledged(self) -> bool:
        return bool(self.callbacks)

    @property
    def response(self) -> CallbackRecord | None:
        """The first (and only accepted) callback, if any."""
        return self.callbacks[0] if self.callbacks else None

    @property
    def messages(self) -> list[StoredMessage]:
        """The response message and the followups (in that order, without duplicates)."""
        found = [self.original] if self.original else []
        return found + [m for m in self.followups if m is not self.original]

    async def wait_response(self, timeout: float = 5.0) -> CallbackRecord:
        """Wait for the bot's callback (any type) and return it."""
        return await self.emulator.wait_until(
            lambda: self.response, timeout=timeout, what=f"a callback to interaction {self.id}"
        )

    async def wait_choices(self, timeout: float = 5.0) -> list[dict[str, Any]]:
        """Wait for an autocomplete result (callback type 8) and return its choices."""
        record = await self.wait_response(timeout)
        assert record.type == CallbackType.AUTOCOMPLETE_RESULT, record
        return record.data.get("choices", [])

    async def wait_message(self, predicate: Any = None, *, timeout: float = 5.0) -> StoredMessage:
        """Wait until the response message or a followup satisfies ``predicate``.

        Without a predicate: a message that is not still "thinking" (loading) and, for the
        message a component was on, one edited since the click. Edits count, so this also
        waits for ``edit_original_response`` after a defer.
        """

        def settled(message: StoredMessage) -> bool:
            if message.id == self.source_message_id:
                return len(message.edits) > self.source_edits_before
            return not message.loading

        def check() -> StoredMessage | None:
            for message in self.messages:
                if predicate(message) if predicate else settled(message):
                    return message
            return None

        return await self.emulator.wait_until(
            check, timeout=timeout, what=f"a response message to interaction {self.id}"
        )

    async def wait_followup(self, count: int = 1, *, timeout: float = 5.0) -> StoredMessage:
        """Wait until ``count`` followups were sent; return the last one."""
        return await self.emulator.wait_until(
            lambda: self.followups[count - 1] if len(self.followups) >= count else None,
            timeout=timeout,
            what=f"{count} followup(s) to interaction {self.id}",
        )


@dataclass(eq=False)
class RequestRecord:
    """One HTTP request the bot made to the emulator."""

    method: str
    path: str  # relative to /api/v10 for API routes
    query: dict[str, str]
    status: int = 0
    fault: bool = False  # True when an injected fault answered it
    json: Any = None  # the JSON body (or multipart payload_json), when it was read

    def __repr__(self) -> str:
        return f"<{self.method} {self.path} -> {self.status}{' (fault)' if self.fault else ''}>"
