"""The session engine's rules, one test each, on a bare engine driven by events
(no store, no clock, no Qt): the running order (moving and skipping steps), the
undo of a wrong key, the facilitator's cue and the answer to the proposal to
end on time. Written where Cosmic Ray found the engine's rules unguarded."""

from __future__ import annotations

from app.session.rules.engine import MIN_PLANNED_SECONDS, EventKind
from tests.helpers.room import BareRoom

# codev-anact without a previous session: 0 opening, 1 exposé, 2 questions,
# 3 understanding, 4 possibles, 5 action, 6 closing.


def started(at_step: int = 0) -> BareRoom:
    room = BareRoom().at(0, EventKind.STARTED)
    if at_step:
        room.at(1, EventKind.STEP_CHANGED, step=at_step)
    return room


# -- the running order -------------------------------------------------------------


def test_rule_only_a_step_still_to_come_moves_one_place_never_before_the_current() -> None:
    engine = started(at_step=2).engine
    assert engine.can_move(4, -1) and engine.can_move(4, +1)
    assert engine.can_move(3, +1) and not engine.can_move(3, -1)  # not before the current
    assert not engine.can_move(2, +1)  # the current step stays
    assert not engine.can_move(1, +1)  # one already run stays
    last = len(engine.plan) - 1
    assert not engine.can_move(last, +1)  # nowhere after the last
    assert not engine.can_move(-1, +1) and not engine.can_move(len(engine.plan), -1)


def test_rule_a_move_swaps_the_step_with_its_neighbour_in_the_running_order() -> None:
    room = started(at_step=2)
    room.at(2, EventKind.STEP_MOVED, step=4, delta=-1)
    assert room.engine.order == [0, 1, 2, 4, 3, 5, 6]
    room.at(3, EventKind.STEP_MOVED, step=4, delta=-1)  # before the current: refused
    assert room.engine.order == [0, 1, 2, 4, 3, 5, 6]
    room.at(4, EventKind.STEP_MOVED, step=3, delta=5)  # any later delta: one place
    assert room.engine.order == [0, 1, 2, 4, 5, 3, 6]
    room.at(5, EventKind.STEP_MOVED, step=99, delta=1)  # no such step: nothing
    assert room.engine.order == [0, 1, 2, 4, 5, 3, 6]


def test_rule_after_ending_nothing_moves_or_is_skipped() -> None:
    room = started(at_step=1).at(2, EventKind.ENDED)
    assert not room.engine.can_move(4, -1) and not room.engine.can_skip(4)


def test_rule_a_step_still_to_come_is_skipped_and_put_back_never_the_current() -> None:
    room = started(at_step=2)
    engine = room.engine
    assert engine.can_skip(3) and not engine.can_skip(2) and not engine.can_skip(1)
    assert not engine.can_skip(-1) and not engine.can_skip(len(engine.plan))
    room.at(2, EventKind.STEP_SKIPPED, step=3, skipped=True)
    room.at(2, EventKind.STEP_SKIPPED, step=2, skipped=True)  # the current: refused
    assert engine.skipped == {3}
    assert engine.still_to_come(2) == [4, 5, 6]
    assert engine.following(2, 1) == 4 and engine.following(4, -1) == 2
    room.at(3, EventKind.STEP_SKIPPED, step=3, skipped=False)
    assert engine.skipped == set() and engine.following(2, 1) == 3
    assert engine.following(6, 1) is None and engine.following(0, -1) is None


def test_rule_already_run_is_every_step_before_in_the_running_order() -> None:
    room = started(at_step=2).at(2, EventKind.STEP_MOVED, step=4, delta=-1)
    room.at(3, EventKind.STEP_CHANGED, step=4)
    assert room.engine.already_run(4) == [0, 1, 2]
    assert room.engine.still_to_come(4) == [3, 5, 6]


# -- undoing a wrong key -----------------------------------------------------------


def test_rule_the_last_floor_change_is_undoable_while_only_floor_changes_follow() -> None:
    room = started()
    assert room.engine.undoable() is None  # "started" is no floor change
    room.at(10, EventKind.FLOOR_TAKEN, person=3)
    assert room.engine.undoable() == 2
    room.at(11, EventKind.ALIVE)  # the app was up: changes nothing
    assert room.engine.undoable() == 2
    room.at(12, EventKind.FLOOR_TAKEN, person=4)
    assert room.engine.undoable() == 4
    room.at(13, EventKind.UNDONE, seq=4)
    assert room.engine.undoable() == 2  # the one before, now
    assert room.engine.speaker == 3
    room.at(14, EventKind.STEP_CHANGED, step=1)
    assert room.engine.undoable() is None  # a step change closes the undo


def test_rule_an_undo_voids_only_an_earlier_floor_change() -> None:
    room = started().at(10, EventKind.FLOOR_TAKEN, person=3)
    room.at(11, EventKind.UNDONE, seq=1)  # "started": not a floor change
    room.at(12, EventKind.UNDONE, seq=9)  # not yet written
    room.at(13, EventKind.UNDONE, seq="2")  # malformed
    assert room.engine.speaker == 3 and room.engine.running
    room.at(14, EventKind.UNDONE, seq=2)
    assert room.engine.speaker is None
    assert room.engine.turns == []  # the wrong key left no turn


# -- the last-minute cue and the proposal to end on time ---------------------------


def test_rule_the_facilitators_cue_is_kept_between_0_and_30_minutes() -> None:
    room = started()
    room.at(1, EventKind.WARNING_SET, step=2, seconds=120)
    assert room.engine.warning_seconds(2) == 120
    room.at(2, EventKind.WARNING_SET, step=2, seconds=-5)
    assert room.engine.warning_seconds(2) == 0
    room.at(3, EventKind.WARNING_SET, step=2, seconds=3600)
    assert room.engine.warning_seconds(2) == 30 * 60
    room.at(4, EventKind.WARNING_SET, step=42, seconds=60)  # no such step: nothing
    assert 42 not in room.engine.warnings


def test_rule_an_accepted_proposal_shortens_only_the_steps_to_come() -> None:
    room = started(at_step=2)
    engine = room.engine
    planned = [engine.step_planned(i) for i in range(len(engine.plan))]
    room.at(
        5, EventKind.CATCH_UP, accepted=True, late=300.0,
        steps=[1, 3, 4, 99], seconds=[100.0, 600.0, 10.0, 60.0],
    )  # fmt: skip
    assert engine.step_planned(1) == planned[1]  # already run: untouched
    assert engine.step_planned(3) == 600.0
    assert engine.step_planned(4) == MIN_PLANNED_SECONDS  # never under a minute
    assert engine.catch_up_declined is None


def test_rule_a_refused_proposal_remembers_how_late_it_was() -> None:
    room = started(at_step=2)
    room.at(5, EventKind.CATCH_UP, accepted=False, late=240.0, steps=[3], seconds=[60.0])
    assert room.engine.catch_up_declined == 240.0
    assert room.engine.step_planned(3) == room.engine.plan[3].planned_seconds
    room.at(6, EventKind.CATCH_UP, accepted=True, late=600.0, steps=[], seconds=[])
    assert room.engine.catch_up_declined is None


# -- a round --------------------------------------------------------------------------


def test_rule_a_round_serves_each_expected_speaker_once_in_order() -> None:
    room = started(at_step=6)  # the closing round: consultants 3, 4, 5
    engine = room.engine
    assert engine.round_state(5) is None  # not a round
    state = engine.round_state(6)
    assert state is not None
    assert (state.order, state.done, state.current, state.next) == ([3, 4, 5], [], 3, 4)
    assert state.slot_seconds == engine.step_planned(6) / 3  # the step shared equally
    room.at(10, EventKind.FLOOR_TAKEN, person=3)
    room.at(20, EventKind.FLOOR_TAKEN, person=1)  # the facilitator: outside the round
    state = engine.round_state(6)
    assert state is not None
    assert (state.done, state.current, state.next, state.left) == ([3], 4, 5, [4, 5])
    room.at(30, EventKind.FLOOR_TAKEN, person=5)  # out of order: 5 speaks, 4 waits
    room.at(40, EventKind.FLOOR_TAKEN, person=3)  # again: counted once
    state = engine.round_state(6)
    assert state is not None
    assert (state.done, state.current, state.next) == ([3, 5], 3, 4)


def test_rule_a_round_passes_over_who_passed_and_ends_with_nobody_next() -> None:
    room = started(at_step=6)
    room.at(10, EventKind.FLOOR_TAKEN, person=3)
    room.at(20, EventKind.PASSED, person=4)
    state = room.engine.round_state(6)
    assert state is not None
    assert (state.passed, state.left, state.current, state.next) == ([4], [5], 3, 5)
    room.at(30, EventKind.FLOOR_TAKEN, person=5)
    room.at(40, EventKind.FLOOR_RELEASED)
    state = room.engine.round_state(6)
    assert state is not None
    assert (state.left, state.current, state.next) == ([], None, None)


def test_rule_a_check_in_gives_each_the_methods_short_slot() -> None:
    room = BareRoom("groupe-parole").at(0, EventKind.STARTED)
    room.at(1, EventKind.STEP_CHANGED, step=1)
    state = room.engine.round_state(1)
    assert state is not None and state.order == [1, 2, 3, 4, 5]
    assert state.slot_seconds == 20.0  # "la météo": a word each
