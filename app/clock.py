"""Time sources, injected so that tests can fake them.

A session's events are placed on a *timeline* in seconds. Within one run of the
app the timeline follows the monotonic clock, so changing the system clock
never shifts a timer. When a session is reopened after the app stopped, the
timeline resumes where the last event left it, plus the wall-clock time that
passed meanwhile: the meeting went on in the room.
"""

from __future__ import annotations

import time
from collections.abc import Callable


class Clock:
    """Monotonic and wall-clock readings; both injectable. (A plain class: a
    dataclass costs a millisecond of every start.)"""

    def __init__(
        self,
        monotonic: Callable[[], float] = time.monotonic,
        wall: Callable[[], float] = time.time,
    ) -> None:
        self.monotonic = monotonic
        self.wall = wall


class Timeline:
    """Maps the monotonic clock onto a session's timeline."""

    def __init__(self, clock: Clock, origin: float = 0.0) -> None:
        self.clock = clock
        self._origin = origin
        self._mono0 = clock.monotonic()

    @classmethod
    def resuming(cls, clock: Clock, last_t: float, last_wall: float, running: bool) -> Timeline:
        """Continue a stored session: time away counts only if its timer was running."""
        away = max(0.0, clock.wall() - last_wall) if running else 0.0
        return cls(clock, last_t + away)

    def now(self) -> float:
        return self._origin + (self.clock.monotonic() - self._mono0)
