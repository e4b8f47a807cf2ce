"""What people read matches what the program does: settings and chat commands are documented."""

from __future__ import annotations

from bot.render import ADMIN_HELP, DISCORD_HELP, HELP
from bot.settings import Settings
from tests.helpers import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
ENV_EXAMPLE = (ROOT / ".env.example").read_text(encoding="utf-8")


def test_every_setting_is_in_env_example_and_readme():
    for field in Settings.model_fields.values():
        alias = field.validation_alias
        assert f"\n{alias}=" in ENV_EXAMPLE, alias
        assert f"`{alias}`" in README, alias


def test_every_chat_command_is_in_the_readme_table():
    for usage, _, example in [*HELP, *DISCORD_HELP, *ADMIN_HELP]:
        name = usage.split()[0]
        assert f"| `{name}" in README, name
        assert f"`!{example.split()[0]}" in README, example
