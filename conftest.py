"""Fixtures shared by every test module live in tests/helpers.py."""

pytest_plugins = ["tests.helpers"]
