"""Running `newsline` for real, in a subprocess, as users and service managers do."""

from __future__ import annotations

import os

from tests.helpers import ROOT


def child_env() -> dict[str, str]:
    """The environment of a `newsline` subprocess: this checkout, no token, default paths.

    Unbuffered, so that a line read from its stdout has really been written at that moment.
    """
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISCORD_TOKEN", "NEWSLINE_DB", "NEWSLINE_INBOX", "NEWSLINE_SHARDS")
    }
    return {**env, "PYTHONPATH": str(ROOT), "PYTHONUNBUFFERED": "1"}
