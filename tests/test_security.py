"""The Discord token never reaches a log, a repr or an error message."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from bot.settings import Settings
from tests.subprocesses import child_env

TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.Gfake0.never-log-this-secret-token-value"


def test_settings_never_show_the_token(caplog):
    settings = Settings(_env_file=None, DISCORD_TOKEN=TOKEN)
    caplog.set_level(logging.DEBUG)
    logging.getLogger("newsline").debug("settings: %s %r", settings, settings)
    shown = [
        repr(settings),
        str(settings),
        settings.model_dump_json(),
        str(settings.model_dump()),
        caplog.text,
    ]
    assert settings.token == TOKEN  # it is there for the client to use...
    assert not any(TOKEN in text for text in shown)  # ...and nowhere else


class RefusingDiscord(BaseHTTPRequestHandler):
    """A loopback stand-in for Discord's API that refuses every token, as Discord does."""

    seen_authorizations: list[str] = []  # noqa: RUF012 (written by the server thread)

    def do_GET(self):
        RefusingDiscord.seen_authorizations.append(self.headers.get("Authorization", ""))
        body = json.dumps({"message": "401: Unauthorized", "code": 0}).encode()
        self.send_response(401)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):  # keep the test output quiet
        pass


@pytest.fixture
def refusing_discord():
    server = ThreadingHTTPServer(("127.0.0.1", 0), RefusingDiscord)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    RefusingDiscord.seen_authorizations = []
    yield f"http://127.0.0.1:{server.server_address[1]}/api/v10"
    server.shutdown()
    server.server_close()


# Runs `newsline run` with discord.py pointed at the loopback server instead of discord.com.
RUN_AGAINST = (
    "import sys, discord.http; discord.http.Route.BASE = sys.argv[1]; "
    "from bot.cli import main; sys.exit(main(['run']))"
)


@pytest.mark.parametrize("shards", ["", "2"], ids=["one-connection", "sharded"])
def test_a_refused_token_is_explained_without_being_logged(refusing_discord, tmp_path, shards):
    env = {
        **child_env(),
        "DISCORD_TOKEN": TOKEN,
        "NEWSLINE_LOG_LEVEL": "DEBUG",  # the most talkative the bot and discord.py get
        "NEWSLINE_SHARDS": shards,
        "NEWSLINE_INBOX": "",
    }
    done = subprocess.run(
        [sys.executable, "-c", RUN_AGAINST, refusing_discord],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    assert "Discord refused the token" in done.stderr
    assert RefusingDiscord.seen_authorizations == [f"Bot {TOKEN}"]  # it was really used
    assert TOKEN not in done.stdout + done.stderr
    assert TOKEN.rsplit(".", maxsplit=1)[-1] not in done.stdout + done.stderr  # not even in part


def test_a_configuration_error_names_the_variable_not_the_token(tmp_path):
    env = {**child_env(), "DISCORD_TOKEN": TOKEN, "NEWSLINE_SHARDS": "many"}
    done = subprocess.run(
        [sys.executable, "-m", "bot", "run"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 2
    assert "invalid configuration" in done.stderr and "NEWSLINE_SHARDS" in done.stderr
    assert "Traceback" not in done.stderr
    assert TOKEN not in done.stdout + done.stderr
