"""Steering the session's time: how late it runs, and what the console proposes
when it does ("end on time"), and the facilitator's limit per intervention.

When the expected end is past the planned end by :data:`PROPOSE_AFTER`, the
steps still to come are shortened in proportion to their length, never below
their floor (the method's minimum, else :data:`FLOOR_SHARE` of the plan, and
never under a minute). Accepted or refused, the answer is an event: replaying
the log gives the same plan, and a refused proposal is not made again until
the session has lost :data:`ASK_AGAIN_AFTER` more.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec

if TYPE_CHECKING:
    from app.session.rules.engine import SessionEngine

PROPOSE_AFTER = 3 * 60.0  # seconds late before the console proposes to catch up
ASK_AGAIN_AFTER = 5 * 60.0  # after a refusal, this much later again
FLOOR_SHARE = 0.6  # a step keeps at least 60 % of its planned length…
MIN_STEP = 60.0  # …and a minute
ROUND_TO = 30.0  # proposed lengths in half minutes: "15 min 30", not "15:17"


class CatchUp(msgspec.Struct, frozen=True):
    """Shorter lengths for the steps still to come, to end (nearer) on time."""

    late: float  # seconds behind the plan when proposed
    lengths: dict[int, float]  # step index -> its proposed planned seconds
    saved: float  # seconds the new lengths take off the plan

    @property
    def on_time(self) -> bool:
        return self.saved >= self.late


def late_seconds(engine: SessionEngine, now: float) -> float:
    """Seconds the expected end is past the planned end (negative: before it).

    Planned: the first start, plus the plan the session started with, every
    step in it. Expected: now, plus what the current step has left of its
    plan, the plan of the steps still to come and what is left of a break.
    The room's clock runs while the timer is held or a break is taken, so
    those minutes make the session late too; minutes added or taken, steps
    skipped, a proposal accepted all move the expected end. Before the first
    start, the plan has not begun: nothing is late."""
    if engine.started_at is None:
        return 0.0
    index = engine.step_index
    expected = now + max(0.0, engine.step_planned(index) - engine.step_elapsed(index, now))
    expected += sum(engine.step_planned(i) for i in engine.still_to_come(index))
    if engine.break_until is not None:
        expected += max(0.0, engine.break_until - now)
    planned = engine.started_at + sum(step.planned_seconds for step in engine.plan)
    return expected - planned


def step_floor(engine: SessionEngine, index: int) -> float:
    """The shortest a step may be made: the method's minimum when it gives a
    range, else a share of its plan."""
    planned = engine.plan[index]
    if planned.step.min_minutes:
        return planned.step.min_minutes * 60.0
    return max(MIN_STEP, planned.planned_seconds * FLOOR_SHARE)


def proposal(engine: SessionEngine, now: float) -> CatchUp | None:
    """What the console proposes now, or None: on time, not started, ended, a
    refusal not yet outrun, or nothing left to shorten."""
    if engine.ended or not engine.started or engine.break_until is not None:
        return None
    late = late_seconds(engine, now)
    threshold = PROPOSE_AFTER
    if engine.catch_up_declined is not None:
        threshold = max(threshold, engine.catch_up_declined + ASK_AGAIN_AFTER)
    if late < threshold:
        return None
    lengths = shortened(engine, late)
    saved = sum(engine.step_planned(i) - seconds for i, seconds in lengths.items())
    if saved < ROUND_TO * 2:
        return None
    return CatchUp(late=late, lengths=lengths, saved=saved)


def shortened(engine: SessionEngine, late: float) -> dict[int, float]:
    """The steps to come, each cut in proportion to its length; a step that
    reaches its floor stays there and the others share what it could not give."""
    planned = {i: engine.step_planned(i) for i in engine.still_to_come(engine.step_index)}
    floors = {i: min(step_floor(engine, i), planned[i]) for i in planned}
    free = {i for i in planned if planned[i] > floors[i]}
    cuts = dict.fromkeys(planned, 0.0)
    left = late
    while free and left > 1.0:
        share = left / sum(planned[i] for i in free)
        left = 0.0
        for i in sorted(free):
            cut = planned[i] * share
            room = planned[i] - floors[i] - cuts[i]
            if cut >= room:
                cuts[i] += room
                left += cut - room
                free.discard(i)
            else:
                cuts[i] += cut
    lengths = {}
    for i, cut in cuts.items():
        seconds = max(floors[i], _round_down(planned[i] - cut))
        if seconds < planned[i]:
            lengths[i] = seconds
    return lengths


def _round_down(seconds: float) -> float:
    """To the half minute below: the rounding never leaves the session late."""
    return (seconds // ROUND_TO) * ROUND_TO


# -- a limit per intervention ------------------------------------------------------


def intervention_left(engine: SessionEngine, now: float) -> float | None:
    """Seconds the speaker has left under the facilitator's limit for this step
    (negative: over it); None without a limit, or with nobody speaking, or in a
    round (its slot already says it)."""
    index = engine.step_index
    limit = engine.intervention_limits.get(index)
    turn = engine.open_turn
    if not limit or turn is None or engine.round_state(index) is not None:
        return None
    return limit - engine.turn_talk(turn, now)
