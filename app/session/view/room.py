"""What the room's screen shows of the time and of the floor, decided from the
snapshot alone: the rules the projection draws by (no Qt here, tested on plain
snapshots)."""

from __future__ import annotations

from enum import StrEnum

from app.kinds import TimerView
from app.session.view.snapshot import Snapshot, Status


def calm(snap: Snapshot) -> bool:
    """No countdown for the room: nor its red, nor its flash (a count-up, a bar
    or no clock at all, as the method asks; a break always counts down)."""
    return snap.timer_view is not TimerView.COUNTDOWN and snap.break_left is None


FORGOTTEN_AFTER = 3 * 60.0  # seconds a session may stay open with its timer not started


def timer_forgotten(snap: Snapshot, open_for: float) -> bool:
    """A session opened and its timer never started for some minutes: the console
    reminds the facilitator, discreetly (a request of OnlyT's and Parabol's users)."""
    return snap.status is Status.READY and open_for >= FORGOTTEN_AFTER


class RoomCue(StrEnum):
    """What the room's cue line says of the time."""

    STATUS = "status"  # the step's status, as the console says it
    TIME_TAKEN = "time_taken"  # a clock that counts up: never "time left"
    NOTHING = "nothing"  # a bar or no clock: no time words, and no overtime digits


def room_cue(snap: Snapshot) -> RoomCue:
    """A calm room is told nothing its clock does not show: under a count-up the
    time taken, under a bar or no clock nothing, even once the step runs over."""
    timing = snap.status in (Status.RUNNING, Status.LAST_MINUTE, Status.OVERTIME)
    if not calm(snap) or not timing:
        return RoomCue.STATUS
    return RoomCue.TIME_TAKEN if snap.timer_view is TimerView.COUNT_UP else RoomCue.NOTHING


def shows_bar(snap: Snapshot) -> bool:
    """The time bar: hidden only when the method wants no clock at all."""
    return snap.timer_view is not TimerView.NONE or snap.break_left is not None


def shows_balance(snap: Snapshot) -> bool:
    """The balance of the floor, once two people may speak and someone has; in a
    round, imbalance is expected until everyone's turn has come."""
    fairness = snap.fairness
    return len(fairness.population) > 1 and fairness.total_talk > 0 and snap.round is None
