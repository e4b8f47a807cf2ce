"""Every setting is documented where users look: .env.example and the README."""

from __future__ import annotations

import pytest

from bot.settings import Settings
from tests.helpers import ROOT

VARIABLES = [field.validation_alias for field in Settings.model_fields.values()]


@pytest.mark.parametrize("variable", VARIABLES)
def test_every_setting_is_in_env_example_and_readme(variable):
    assert f"\n{variable}=" in (ROOT / ".env.example").read_text(encoding="utf-8")
    assert f"`{variable}`" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_env_example_as_is_is_a_valid_configuration(monkeypatch):
    for variable in VARIABLES:
        monkeypatch.delenv(variable, raising=False)
    settings = Settings(_env_file=ROOT / ".env.example")
    assert settings.token is None and settings.shards is None


def _cli_options() -> list[tuple[str, str]]:
    """(subcommand, option) for every option of every `newsline` subcommand."""
    from bot.cli import build_parser

    parser = build_parser()
    subparsers = next(a for a in parser._actions if a.dest == "command")
    found = []
    for name, sub in subparsers.choices.items():
        found.append((name, ""))
        for action in sub._actions:
            for option in action.option_strings:
                if option.startswith("--") and option != "--help":
                    found.append((name, option))
    return found


@pytest.mark.parametrize(("command", "option"), _cli_options())
def test_every_cli_command_and_option_is_in_the_readme(command, option):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    lines = [line for line in readme.splitlines() if f"newsline {command}" in line]
    assert lines, f"`newsline {command}` is not in the README"
    if option:
        assert any(option in line for line in lines), f"{command} {option} is not in the README"
