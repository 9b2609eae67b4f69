"""When the room is warned: amber in the last minute, red in overtime."""

from __future__ import annotations

from enum import StrEnum

LAST_MINUTE = 60.0


class Cue(StrEnum):
    NORMAL = "normal"
    LAST_MINUTE = "last_minute"
    OVERTIME = "overtime"


def cue_for(remaining: float, last_minute: float = LAST_MINUTE) -> Cue:
    """``last_minute``: how long before the end the warning starts (per step)."""
    if remaining < 0:
        return Cue.OVERTIME
    if remaining <= last_minute:
        return Cue.LAST_MINUTE
    return Cue.NORMAL


class CueTracker:
    """Says when a step *enters* a cue, so a chime rings once, not every frame.

    Entering a step already in its last minute or overtime (going back, or a
    resumed session) rings nothing: only crossings while watching do.
    """

    def __init__(self) -> None:
        self._seen: tuple[int, Cue] | None = None

    def update(
        self, step: int, remaining: float, running: bool, last_minute: float = LAST_MINUTE
    ) -> Cue | None:
        cue = cue_for(remaining, last_minute)
        previous = self._seen
        self._seen = (step, cue)
        if previous is None or previous[0] != step or not running:
            return None
        order = list(Cue)
        return cue if order.index(cue) > order.index(previous[1]) else None


def format_clock(seconds: float) -> str:
    """``m:ss`` (``h:mm:ss`` past an hour), rounding toward the displayed second."""
    total = int(abs(seconds) + 0.999) if seconds < 0 else int(seconds + 0.999)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


def signed_countdown(remaining: float) -> str:
    """The step's countdown as the room reads it: what is left, then ``+`` and the
    overtime once the step has run past its end."""
    return ("+" if remaining < 0 else "") + format_clock(abs(remaining))


def format_duration(seconds: float) -> str:
    """Elapsed time, truncated: ``m:ss`` or ``h:mm:ss``."""
    total = max(0, int(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"
