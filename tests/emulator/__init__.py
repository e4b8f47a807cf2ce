"""A loopback Discord emulator for end-to-end tests with the real discord.py client.

See ``tests/emulator/README.md`` for the API and examples.
"""

from .client import (
    make_intents,
    point_discord_at,
    prepare_for_tests,
    running_bot,
    subprocess_command,
)
from .faults import Fault
from .models import (
    CallbackRecord,
    CallbackType,
    Channel,
    Intent,
    InteractionHandle,
    Permission,
    RequestRecord,
    Role,
    StoredFile,
    StoredMessage,
    User,
)
from .server import ApiError, DiscordEmulator

__all__ = [
    "ApiError",
    "CallbackRecord",
    "CallbackType",
    "Channel",
    "DiscordEmulator",
    "Fault",
    "Intent",
    "InteractionHandle",
    "Permission",
    "RequestRecord",
    "Role",
    "StoredFile",
    "StoredMessage",
    "User",
    "make_intents",
    "point_discord_at",
    "prepare_for_tests",
    "running_bot",
    "subprocess_command",
]
