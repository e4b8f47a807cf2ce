"""What to do when posting an announcement failed: retry later (when), give up, or stop
posting to that channel. Pure, so every case is tested without Discord.

The outbox row keeps its nonce across every try, and Discord (`enforce_nonce`) answers a repeat
with the message it already made: retrying never doubles a post.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

import aiohttp
import discord

BASE_RETRY = 2.0  # seconds before the first retry; doubles with each attempt
MAX_RETRY = 30 * 60.0  # never wait longer than this between two tries
GIVE_UP_AFTER = 5  # attempts, for errors that no wait will fix (a refused message)
UNKNOWN_CHANNEL = 10003


@dataclass(frozen=True, slots=True)
class Decision:
    action: str  # "retry" | "give up" | "disable"
    reason: str
    retry_in: float | None = None  # seconds, for "retry"


def backoff(attempts: int, hint: float | None = None) -> float:
    """Seconds before the next try: doubling from BASE_RETRY, at least what Discord asked."""
    wait = min(BASE_RETRY * 2 ** min(attempts, 20), MAX_RETRY)
    return max(wait, hint or 0.0)


def _retry_after_header(error: discord.HTTPException) -> float | None:
    response = getattr(error, "response", None)
    headers = getattr(response, "headers", None) or {}
    try:
        return float(headers.get("Retry-After"))
    except (TypeError, ValueError):
        return None


def decide(error: BaseException, attempts: int) -> Decision:
    """What to do after `error` on the post's attempt number `attempts + 1`."""
    if isinstance(error, discord.Forbidden):
        return Decision(
            "disable", f"I may not post there ({error.status}: {error.text or 'Forbidden'})"
        )
    if isinstance(error, discord.NotFound) and error.code == UNKNOWN_CHANNEL:
        return Decision("disable", "the channel was deleted")
    if isinstance(error, discord.RateLimited):
        return Decision("retry", "rate limited", backoff(attempts, error.retry_after))
    if isinstance(error, discord.HTTPException):
        if error.status == 429:
            hint = _retry_after_header(error)
            return Decision("retry", "rate limited (429)", backoff(attempts, hint))
        if error.status >= 500:
            return Decision("retry", f"Discord error {error.status}", backoff(attempts))
        reason = f"Discord refused the post ({error.status} {error.code}: {error.text})"
        if attempts + 1 >= GIVE_UP_AFTER:
            return Decision("give up", reason)
        return Decision("retry", reason, backoff(attempts))
    if isinstance(error, (aiohttp.ClientError, OSError, asyncio.TimeoutError)):
        return Decision("retry", f"network error: {error!r}", backoff(attempts))
    reason = f"unexpected error: {error!r}"
    if attempts + 1 >= GIVE_UP_AFTER:
        return Decision("give up", reason)
    return Decision("retry", reason, backoff(attempts))
