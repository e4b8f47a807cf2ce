"""Settings: one typed class, read from the environment and `.env` (see `.env.example`)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    discord_token: SecretStr | None = Field(None, validation_alias="DISCORD_TOKEN")
    db: Path = Field(Path("data/newsline.db"), validation_alias="NEWSLINE_DB")
    seeds: Path = Field(Path("seeds"), validation_alias="NEWSLINE_SEEDS")
    prefix: str = Field("!", validation_alias="NEWSLINE_PREFIX")
    # Seconds between two looks at the announcement outbox (an ingest by the bot wakes it early).
    announce_interval: float = Field(30.0, validation_alias="NEWSLINE_ANNOUNCE_INTERVAL")
    # Seconds a user waits between two expensive commands (pictures, exports); 0 = no limit.
    expensive_cooldown: float = Field(10.0, validation_alias="NEWSLINE_EXPENSIVE_COOLDOWN")
    message_content: bool = Field(True, validation_alias="NEWSLINE_MESSAGE_CONTENT")
    sync_guild_id: int | None = Field(None, validation_alias="NEWSLINE_SYNC_GUILD")
    sync_commands: bool = Field(True, validation_alias="NEWSLINE_SYNC_COMMANDS")
    owner_ids: list[int] = Field(default_factory=list, validation_alias="NEWSLINE_OWNER_IDS")
    log_level: str = Field("INFO", validation_alias="NEWSLINE_LOG_LEVEL")
    # The live feed: files dropped here are ingested, then moved to done/ or rejected/.
    inbox: Path | None = Field(Path("data/inbox"), validation_alias="NEWSLINE_INBOX")
    # None: one gateway connection; an integer or "auto": discord.py's AutoShardedBot.
    shards: int | Literal["auto"] | None = Field(None, validation_alias="NEWSLINE_SHARDS")

    @field_validator("inbox", "shards", "sync_guild_id", mode="before")
    @classmethod
    def _blank_is_unset(cls, value):
        # A blank line of .env means unset: `NEWSLINE_SYNC_GUILD=` is no guild (not a bad
        # integer), and `NEWSLINE_INBOX=` switches the inbox off (not the working directory).
        if not isinstance(value, str):
            return value
        value = value.strip()
        if not value:
            return None
        return "auto" if value.lower() == "auto" else value

    @field_validator("shards")
    @classmethod
    def _positive_shards(cls, value):
        if isinstance(value, int) and value < 1:
            raise ValueError("NEWSLINE_SHARDS must be a positive integer or 'auto'")
        return value

    @property
    def token(self) -> str | None:
        """The Discord token, or None when the console should run instead."""
        if self.discord_token is None:
            return None
        value = self.discord_token.get_secret_value().strip()
        return value or None
