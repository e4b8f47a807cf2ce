"""Fixtures shared by every test module live in tests/helpers.py (and tests/e2e.py for the
end-to-end tests against the Discord emulator)."""

pytest_plugins = ["tests.helpers", "tests.e2e"]
