"""A per-user cooldown for expensive commands (pictures, exports). Pure and clock-injectable."""

from __future__ import annotations

import math
import time
from collections.abc import Callable


class Cooldown:
    """At most one expensive command per user every `seconds` (0 turns it off)."""

    def __init__(self, seconds: float, clock: Callable[[], float] = time.monotonic):
        self.seconds = seconds
        self.clock = clock
        self._last: dict[int, float] = {}

    def retry_after(self, user_id: int) -> int:
        """0 and the use is counted; or the whole seconds to wait, and nothing is counted."""
        if self.seconds <= 0:
            return 0
        now = self.clock()
        last = self._last.get(user_id)
        if last is not None and now - last < self.seconds:
            return max(1, math.ceil(self.seconds - (now - last)))
        self._last[user_id] = now
        if len(self._last) > 10_000:  # forget users whose cooldown is long over
            self._last = {u: t for u, t in self._last.items() if now - t < self.seconds}
        return 0
