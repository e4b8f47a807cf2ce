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
