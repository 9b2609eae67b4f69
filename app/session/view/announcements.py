"""What a screen reader is told as the session moves on: the changes between
two snapshots that a facilitator who cannot see the console must hear (the
next step, who has the floor, the last minute, the overtime). Pure: the
console words them and sends them through Qt's accessibility events."""

from __future__ import annotations

from enum import StrEnum

import msgspec

from app.session.rules.cues import Cue
from app.session.view.snapshot import Snapshot


class Change(StrEnum):
    STEP = "step"
    FLOOR = "floor"
    LAST_MINUTE = "last_minute"
    OVERTIME = "overtime"


class Announcement(msgspec.Struct, frozen=True):
    change: Change
    step_number: int = 0
    step_count: int = 0
    step_name: str = ""
    speaker: str | None = None  # FLOOR: who has it now (None: nobody)

    @property
    def urgent(self) -> bool:
        """Said at once, over what the reader is saying (the time is up)."""
        return self.change is Change.OVERTIME


def announcements(before: Snapshot | None, after: Snapshot) -> list[Announcement]:
    """The changes worth saying, in the order they happened: a new step first,
    then its speaker, then its cue."""
    if before is None or after.ended:
        return []
    said: list[Announcement] = []
    new_step = after.step_index != before.step_index
    if new_step:
        said.append(
            Announcement(Change.STEP, after.step_index + 1, after.step_count, after.step_name)
        )
    if after.speaker != before.speaker and (after.speaker is not None or not new_step):
        said.append(Announcement(Change.FLOOR, speaker=after.speaker))
    if after.cue is not before.cue and not new_step:
        if after.cue is Cue.LAST_MINUTE:
            said.append(Announcement(Change.LAST_MINUTE))
        elif after.cue is Cue.OVERTIME:
            said.append(Announcement(Change.OVERTIME))
    return said
