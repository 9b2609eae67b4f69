"""What each kind of event carries, as typed records (msgspec tagged unions, the
``kind`` field naming the record). The log stores ``kind`` and the other fields
as JSON, as it always has; :func:`payload_of` reads them back typed, and the
engine folds each kind with a handler of its own (Gaphor's ``recovery.py``).

A payload that does not fit its record (a malformed or hand-edited log) is
read as ``None``: the event stays in the log, and changes nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import msgspec

if TYPE_CHECKING:
    from app.session.rules.engine import Event


class Payload(msgspec.Struct, frozen=True, tag_field="kind"):
    """The base of every event's record."""


class Started(Payload, tag="started", frozen=True):
    pass


class Paused(Payload, tag="paused", frozen=True):
    pass


class StepChanged(Payload, tag="step_changed", frozen=True):
    step: int


class Adjusted(Payload, tag="adjusted", frozen=True):
    seconds: float


class FloorTaken(Payload, tag="floor_taken", frozen=True):
    person: int


class FloorReleased(Payload, tag="floor_released", frozen=True):
    pass


class Passed(Payload, tag="passed", frozen=True):
    person: int


class Ended(Payload, tag="ended", frozen=True):
    pass


class Alive(Payload, tag="alive", frozen=True):
    """The app was up and the step running at this moment: changes nothing."""


class Undone(Payload, tag="undone", frozen=True):
    seq: int  # that floor change is void (a wrong key)


class Joined(Payload, tag="joined", frozen=True):
    """A late arrival takes a seat."""

    person: int
    name: str = ""
    role: str = "consultant"


class Away(Payload, tag="away", frozen=True):
    person: int
    away: bool = True  # left the room (False: came back)


class HandRaised(Payload, tag="hand_raised", frozen=True):
    person: int


class HandLowered(Payload, tag="hand_lowered", frozen=True):
    person: int


class StepPlanned(Payload, tag="step_planned", frozen=True):
    step: int
    seconds: float  # its planned length


class StepSkipped(Payload, tag="step_skipped", frozen=True):
    step: int
    skipped: bool = True


class StepMoved(Payload, tag="step_moved", frozen=True):
    step: int
    delta: int = 1  # earlier (-1) or later (+1)


class WarningSet(Payload, tag="warning_set", frozen=True):
    step: int
    seconds: float  # when the step's last-minute cue starts, before its end


class Break(Payload, tag="break", frozen=True):
    seconds: float = 600.0  # the timer waits; the room sees when the group is back


class Renamed(Payload, tag="renamed", frozen=True):
    """A name typed wrong, corrected: the same seat, its turns and notes."""

    person: int
    name: str


class CaseChosen(Payload, tag="case_chosen", frozen=True):
    """The situation the group chose during the session (groupe de parole)."""

    case: int
    title: str
    narrator: int | None = None


class CatchUpAnswered(Payload, tag="catch_up", frozen=True):
    """The console proposed to shorten the steps still to come, to end on time:
    accepted (their new lengths) or refused (not asked again until later)."""

    accepted: bool
    late: float  # seconds behind the plan when it was proposed
    steps: list[int] = []
    seconds: list[float] = []  # each step's new planned length


class InterventionLimit(Payload, tag="intervention_limit", frozen=True):
    """A time limit per intervention in this step (0: none)."""

    step: int
    seconds: float


class TimerViewSet(Payload, tag="timer_view", frozen=True):
    """What the room's clock shows in a step, chosen during the session."""

    step: int
    view: str  # app.kinds.TimerView


AnyPayload = (
    Started
    | Paused
    | StepChanged
    | Adjusted
    | FloorTaken
    | FloorReleased
    | Passed
    | Ended
    | Alive
    | Undone
    | Joined
    | Away
    | HandRaised
    | HandLowered
    | StepPlanned
    | StepSkipped
    | StepMoved
    | WarningSet
    | Break
    | Renamed
    | CaseChosen
    | CatchUpAnswered
    | InterventionLimit
    | TimerViewSet
)


def payload_of(event: Event) -> AnyPayload | None:
    """The event's record, typed; None when its data does not fit it."""
    record = {**event.data, "kind": event.kind.value}
    try:
        payload: AnyPayload = msgspec.convert(record, AnyPayload, strict=False)
    except (msgspec.ValidationError, TypeError):
        return None
    return payload


def data_of(payload: Payload) -> dict[str, Any]:
    """What the log stores beside the kind."""
    data: dict[str, Any] = msgspec.to_builtins(payload)
    data.pop("kind", None)
    return data


def kind_of(payload: Payload) -> str:
    return str(type(payload).__struct_config__.tag)
