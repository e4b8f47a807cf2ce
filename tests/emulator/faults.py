"""REST faults a test can inject: 429, 5xx, 403 and friends, for the next N matching requests."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from aiohttp import web


def json_response(
    data: object, status: int = 200, headers: dict[str, str] | None = None
) -> web.Response:
    """A JSON response with ``Content-Type: application/json`` exactly.

    aiohttp's ``json_response`` appends ``; charset=utf-8``, which discord.py's
    ``json_or_text`` does not recognise (login then fails).
    """
    all_headers = {"Content-Type": "application/json"}
    all_headers.update(headers or {})
    return web.Response(body=json.dumps(data).encode(), status=status, headers=all_headers)


def path_regex(pattern: str) -> re.Pattern[str]:
    """Compile a route pattern: ``*`` or ``{name}`` match one path segment, ``**`` any rest.

    Patterns are relative to ``/api/v10``, e.g. ``/channels/*/messages``.
    """
    out = []
    for piece in re.split(r"(\*\*|\*|\{[^}]*\})", pattern):
        if piece == "**":
            out.append(".*")
        elif piece == "*" or (piece.startswith("{") and piece.endswith("}")):
            out.append("[^/]+")
        else:
            out.append(re.escape(piece))
    return re.compile("".join(out) + "/?")


@dataclass(eq=False)
class Fault:
    """An injected REST fault: answers the next ``times`` requests matching method and path.

    ``after_handler=True`` lets the request do its work first (e.g. create the message) and
    then answers with the fault, like a 502 from a proxy after Discord created the message.
    ``hits`` counts the requests it answered.
    """

    method: str
    pattern: str
    status: int
    times: int = 1
    retry_after: float = 0.05
    via: bool = True
    is_global: bool = False
    code: int = 0
    message: str = ""
    after_handler: bool = False
    hits: int = 0
    _regex: re.Pattern[str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._regex = path_regex(self.pattern)
        self.method = self.method.upper()

    @property
    def exhausted(self) -> bool:
        return self.hits >= self.times

    def matches(self, method: str, path: str) -> bool:
        if self.exhausted:
            return False
        return self.method in ("*", method.upper()) and self._regex.fullmatch(path) is not None

    def response(self) -> web.Response:
        """Build the error response (and count the hit)."""
        self.hits += 1
        headers: dict[str, str] = {}
        if self.status == 429:
            body: dict[str, object] = {
                "message": self.message or "You are being rate limited.",
                "retry_after": self.retry_after,
                "global": self.is_global,
            }
            if self.code:
                body["code"] = self.code
            headers["Retry-After"] = str(max(1, round(self.retry_after)))
            headers["X-RateLimit-Scope"] = "global" if self.is_global else "user"
            if self.is_global:
                headers["X-RateLimit-Global"] = "true"
            if self.via:
                headers["Via"] = "1.1 google"
        else:
            body = {
                "message": self.message or _DEFAULT_MESSAGES.get(self.status, "Error"),
                "code": self.code,
            }
        return json_response(body, status=self.status, headers=headers)


_DEFAULT_MESSAGES = {
    400: "Invalid Form Body",
    401: "401: Unauthorized",
    403: "Missing Permissions",
    404: "404: Not Found",
    500: "500: Internal Server Error",
    502: "502: Bad Gateway",
    503: "503: Service Unavailable",
    504: "504: Gateway Timeout",
}
