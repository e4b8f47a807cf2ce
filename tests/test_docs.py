"""What people read matches what the program does: every chat command is in the README
(settings: tests/test_settings_docs.py)."""

from __future__ import annotations

from bot.render import ADMIN_HELP, DISCORD_HELP, HELP
from tests.helpers import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_chat_command_is_in_the_readme_table():
    for usage, _, example in [*HELP, *DISCORD_HELP, *ADMIN_HELP]:
        name = usage.split()[0]
        assert f"| `{name}" in README, name
        assert f"`!{example.split()[0]}" in README, example
