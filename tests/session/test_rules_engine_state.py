"""The session engine's rules on what the log may hold, one test each, on a bare
engine (no store, no clock, no Qt): each bound an event is held to, who is in
the room, names and cases corrected, who the method expects to speak, and how
time is counted. Written where Cosmic Ray found the engine's rules unguarded
(benchmarks/mutation.py --feature session --module engine --survivors)."""

from __future__ import annotations

import msgspec
import pytest

from app.kinds import SpeakerKind, TimerView
from app.protocols import PlannedStep
from app.session.rules.engine import (
    MIN_PLANNED_SECONDS,
    Case,
    Event,
    EventKind,
    Person,
    Role,
    SessionEngine,
)
from tests.helpers.room import PEOPLE, BareRoom

# codev-anact without a previous session: 0 opening (facilitator), 1 exposé
# (narrator, 10 to 15 min), 2 questions (group), 3 understanding (exchange),
# 4 possibles (group, the narrator listens), 5 action (narrator), 6 closing (round).
# People: 1 Anne (facilitator), 2 Bruno (narrator), 3 Chloé, 4 Dédé, 5 Élise.
STEPS = 7


def started(at_step: int = 0, protocol: str = "codev-anact") -> BareRoom:
    room = BareRoom(protocol).at(0, EventKind.STARTED)
    if at_step:
        room.at(1, EventKind.STEP_CHANGED, step=at_step)
    return room


def state(engine: SessionEngine) -> tuple[object, ...]:
    """Everything an event on a step may change."""
    return (
        engine.step_index,
        [(r.adjust, r.visited) for r in engine.runs],
        dict(engine.warnings),
        set(engine.skipped),
        list(engine.order),
        dict(engine.intervention_limits),
        dict(engine.timer_views),
    )


def with_step(engine_plan: list[PlannedStep], index: int, **changes: object) -> list[PlannedStep]:
    """The plan with one step's method changed (a method the catalogue does not hold)."""
    plan = list(engine_plan)
    step = plan[index]
    plan[index] = PlannedStep(msgspec.structs.replace(step.step, **changes), step.case_index)
    return plan


# -- every event on a step outside the plan is inert -----------------------------------


STEP_EVENTS = [
    (EventKind.STEP_CHANGED, {}),
    (EventKind.STEP_PLANNED, {"seconds": 600.0}),
    (EventKind.WARNING_SET, {"seconds": 90.0}),
    (EventKind.STEP_SKIPPED, {"skipped": True}),
    (EventKind.STEP_MOVED, {"delta": -1}),
    (EventKind.STEP_MOVED, {"delta": 1}),
    (EventKind.INTERVENTION_LIMIT, {"seconds": 120.0}),
    (EventKind.TIMER_VIEW, {"view": TimerView.PROGRESS.value}),
]


@pytest.mark.parametrize(("kind", "data"), STEP_EVENTS, ids=lambda v: str(v))
@pytest.mark.parametrize("step", [-1, -STEPS, STEPS, STEPS + 3])
def test_rule_an_event_on_a_step_outside_the_plan_is_inert(kind, data, step) -> None:
    room = started(at_step=2)
    before = state(room.engine)
    room.at(5, kind, step=step, **data)
    assert state(room.engine) == before


def test_rule_the_first_step_takes_a_plan_a_cue_a_limit_and_a_clock() -> None:
    room = BareRoom()
    room.at(0, EventKind.STEP_PLANNED, step=0, seconds=420.0)
    room.at(0, EventKind.WARNING_SET, step=0, seconds=30.0)
    room.at(0, EventKind.INTERVENTION_LIMIT, step=0, seconds=90.0)
    room.at(0, EventKind.TIMER_VIEW, step=0, view=TimerView.PROGRESS.value)
    engine = room.engine
    assert engine.step_planned(0) == 420.0 and engine.warning_seconds(0) == 30.0
    assert engine.intervention_limits == {0: 90.0} and engine.timer_views == {0: TimerView.PROGRESS}
    room.at(0, EventKind.STEP_CHANGED, step=3)
    room.at(1, EventKind.STEP_CHANGED, step=0)  # back to the first step
    assert engine.step_index == 0


def test_rule_a_clock_view_that_is_no_view_is_inert() -> None:
    room = BareRoom().at(0, EventKind.TIMER_VIEW, step=1, view="sundial")
    assert room.engine.timer_views == {}


# -- each length an event sets is held within its bounds ---------------------------------


def test_rule_a_planned_length_is_a_minute_to_600_minutes() -> None:
    room = BareRoom()
    for seconds, kept in ((10.0, MIN_PLANNED_SECONDS), (1234.0, 1234.0), (10.0**6, 36_000.0)):
        room.at(0, EventKind.STEP_PLANNED, step=2, seconds=seconds)
        assert room.engine.step_planned(2) == kept, seconds


def test_rule_a_proposal_to_end_on_time_sets_a_minute_to_600_minutes() -> None:
    room = started(at_step=1)
    room.at(2, EventKind.CATCH_UP, accepted=True, late=0.0, steps=[2, 3, 4, 5],
            seconds=[10.0, 1234.0, 10.0**6, 36_000.0])  # fmt: skip
    assert [room.engine.step_planned(i) for i in (2, 3, 4, 5)] == [
        MIN_PLANNED_SECONDS, 1234.0, 36_000.0, 36_000.0,
    ]  # fmt: skip


def test_rule_a_proposal_sets_each_step_it_names_once_and_only_the_steps_it_names() -> None:
    room = started(at_step=1)
    room.at(2, EventKind.CATCH_UP, accepted=True, late=0.0, steps=[2, 3], seconds=[300.0])
    assert room.engine.step_planned(2) == 300.0
    assert room.engine.step_planned(3) == room.engine.plan[3].planned_seconds
    outside = [0, -1, STEPS]  # already run, and no such steps
    room.at(3, EventKind.CATCH_UP, accepted=True, late=0.0, steps=outside, seconds=[90.0] * 3)
    assert room.engine.step_planned(0) == room.engine.plan[0].planned_seconds  # already run
    assert room.engine.step_planned(STEPS - 1) == room.engine.plan[STEPS - 1].planned_seconds


def test_rule_a_proposal_can_plan_the_first_step_while_it_is_still_to_come() -> None:
    room = started().at(1, EventKind.STEP_MOVED, step=1, delta=1)  # nothing run yet
    room.engine.order = [1, 0, 2, 3, 4, 5, 6]  # the exposé first (as a method may)
    room.engine.step_index = 1
    room.at(2, EventKind.CATCH_UP, accepted=True, late=0.0, steps=[0], seconds=[120.0])
    assert room.engine.step_planned(0) == 120.0


def test_rule_a_break_lasts_a_minute_to_four_hours() -> None:
    room = started()
    for seconds, lasts in ((5.0, 60.0), (600.0, 600.0), (10.0**6, 4 * 3600.0)):
        room.at(10, EventKind.BREAK, seconds=seconds)
        assert room.engine.break_until == 10 + lasts, seconds
        assert not room.engine.running


def test_rule_an_intervention_limit_is_up_to_an_hour_and_none_takes_it_away() -> None:
    room = BareRoom()
    for seconds, kept in ((90.0, 90.0), (10.0**5, 3600.0)):
        room.at(0, EventKind.INTERVENTION_LIMIT, step=2, seconds=seconds)
        assert room.engine.intervention_limits == {2: kept}
    for none in (0.0, -30.0):
        room.at(0, EventKind.INTERVENTION_LIMIT, step=2, seconds=120.0)
        room.at(0, EventKind.INTERVENTION_LIMIT, step=2, seconds=none)
        assert room.engine.intervention_limits == {}


def test_rule_an_adjustment_never_plans_a_step_under_a_minute() -> None:
    room = started(at_step=2)  # questions: 20 minutes
    room.at(2, EventKind.ADJUSTED, seconds=-3600.0)
    assert room.engine.step_planned(2) == MIN_PLANNED_SECONDS
    room.at(3, EventKind.ADJUSTED, seconds=120.0)
    assert room.engine.step_planned(2) == MIN_PLANNED_SECONDS + 120.0


# -- names and cases corrected from the log ----------------------------------------------


def test_rule_a_name_from_the_log_is_cut_at_200_characters() -> None:
    room = started()
    room.at(1, EventKind.RENAMED, person=3, name="C" * 300)
    room.at(2, EventKind.JOINED, person=9, name="J" * 300, role="consultant")
    room.at(3, EventKind.CASE_CHOSEN, case=0, title="T" * 300, narrator=2)
    engine = room.engine
    assert engine.person(3).name == "C" * 200 and engine.person(9).name == "J" * 200
    assert engine.cases[0].title == "T" * 200


def test_rule_a_rename_changes_that_seat_only_and_an_unknown_seat_is_inert() -> None:
    room = started()
    before = list(room.engine.people)
    room.at(1, EventKind.RENAMED, person=42, name="Personne")
    assert room.engine.people == before
    room.at(2, EventKind.RENAMED, person=3, name="Chloé Marin")
    assert [p.name for p in room.engine.people] == ["Anne", "Bruno", "Chloé Marin", "Dédé", "Élise"]
    assert room.engine.person(3).role is Role.CONSULTANT


def test_rule_a_case_chosen_changes_that_case_only_with_a_seated_narrator() -> None:
    engine = SessionEngine(BareRoom().engine.plan, list(PEOPLE), [Case(0, "A", 2), Case(1, "B", 3)])
    engine.choose_case(1, "Le dossier", 4)
    assert engine.cases == [Case(0, "A", 2), Case(1, "Le dossier", 4)]
    engine.choose_case(0, "Autre", 5)
    assert engine.cases == [Case(0, "Autre", 5), Case(1, "Le dossier", 4)]
    for outside in (-1, 2, 7):
        engine.choose_case(outside, "Rien", 3)
        assert engine.cases == [Case(0, "Autre", 5), Case(1, "Le dossier", 4)], outside
    engine.apply(Event(EventKind.CASE_CHOSEN, 1.0, data={"case": 0, "title": "X", "narrator": 77}))
    assert engine.cases[0] == Case(0, "X", None)  # nobody seated as 77: no narrator


def test_rule_after_the_end_a_name_or_a_case_is_still_corrected_and_nothing_else() -> None:
    room = started(at_step=2).at(10, EventKind.ENDED)
    room.at(20, EventKind.RENAMED, person=3, name="Chloé M.")
    room.at(21, EventKind.CASE_CHOSEN, case=0, title="Revu", narrator=2)
    room.at(22, EventKind.STEP_CHANGED, step=4)
    room.at(23, EventKind.STARTED)
    engine = room.engine
    assert engine.person(3).name == "Chloé M." and engine.cases[0].title == "Revu"
    assert engine.step_index == 2 and not engine.running and engine.ended


# -- who is in the room -------------------------------------------------------------------


def test_rule_a_late_arrival_counts_from_their_step_and_joins_once() -> None:
    room = started(at_step=2)
    room.at(5, EventKind.JOINED, person=9, name="Fanny", role="consultant")
    room.at(6, EventKind.STEP_CHANGED, step=3)
    room.at(7, EventKind.JOINED, person=9, name="Autre", role="guest")  # already seated
    engine = room.engine
    assert engine.person(9) == Person(9, "Fanny", Role.CONSULTANT)
    assert 9 not in engine.present_in(1) and 9 in engine.present_in(2)
    assert engine.present_in(0) == {1, 2, 3, 4, 5}  # the others from the first step
    assert engine.joined == {9: 2}


def test_rule_a_late_arrivals_seat_read_from_the_store_counts_from_their_step_too() -> None:
    """Reopened, the session reads the late arrival's seat with the others: the
    log's arrival still says from which step they were there."""
    room = started(at_step=2).at(5, EventKind.JOINED, person=3, name="Chloé", role="consultant")
    assert room.engine.person(3) == PEOPLE[2] and room.engine.joined == {3: 2}
    assert 3 not in room.engine.present_in(1) and 3 in room.engine.present_in(2)


def test_rule_a_late_arrival_of_no_known_role_is_inert() -> None:
    room = started().at(1, EventKind.JOINED, person=9, name="Fanny", role="spectator")
    assert 9 not in {p.id for p in room.engine.people}


def test_rule_leaving_the_room_takes_the_floor_and_the_hand_away() -> None:
    room = started(at_step=2)
    room.at(2, EventKind.FLOOR_TAKEN, person=3)
    room.at(3, EventKind.HAND_RAISED, person=4)
    room.at(4, EventKind.AWAY, person=3, away=True)
    room.at(5, EventKind.AWAY, person=4, away=True)
    engine = room.engine
    assert engine.speaker is None and engine.hands == []
    assert engine.turns[-1].end == 4
    room.at(6, EventKind.HAND_RAISED, person=4)  # out of the room: no hand
    assert engine.hands == []


def test_rule_someone_away_is_out_from_their_step_until_they_come_back() -> None:
    room = started(at_step=2)
    room.at(2, EventKind.AWAY, person=3, away=True)
    room.at(3, EventKind.STEP_CHANGED, step=3)
    room.at(4, EventKind.AWAY, person=3, away=True)  # again: still out since step 2
    room.at(5, EventKind.STEP_CHANGED, step=4)
    engine = room.engine
    assert [engine.is_away(3, i) for i in (1, 2, 3, 4, 5)] == [False, True, True, True, True]
    room.at(6, EventKind.AWAY, person=3, away=False)
    assert [engine.is_away(3, i) for i in (1, 2, 3, 4, 5)] == [False, True, True, False, False]
    assert 3 in engine.present_in(4) and 3 not in engine.present_in(3)
    room.at(7, EventKind.AWAY, person=3, away=False)  # back twice: nothing more
    assert engine.away_steps == {3: {2, 3}}


def test_rule_someone_back_who_never_left_and_an_unknown_seat_are_inert() -> None:
    room = started(at_step=2)
    room.at(2, EventKind.FLOOR_TAKEN, person=4)
    room.at(3, EventKind.AWAY, person=4, away=False)
    room.at(4, EventKind.AWAY, person=42, away=True)
    engine = room.engine
    assert engine.speaker == 4 and engine.away_since == {} and engine.away_steps == {}


def test_rule_a_speaker_leaving_closes_only_their_own_turn() -> None:
    room = started(at_step=2)
    room.at(2, EventKind.FLOOR_TAKEN, person=3)
    room.at(3, EventKind.AWAY, person=4, away=True)
    assert room.engine.speaker == 3


# -- the floor ------------------------------------------------------------------------------


def test_rule_a_hand_is_raised_once_and_never_by_the_speaker() -> None:
    room = started(at_step=2)
    room.at(2, EventKind.FLOOR_TAKEN, person=3)
    room.at(3, EventKind.HAND_RAISED, person=3)  # speaking: no hand
    room.at(4, EventKind.HAND_RAISED, person=4)
    room.at(5, EventKind.HAND_RAISED, person=4)
    room.at(6, EventKind.HAND_RAISED, person=42)
    assert room.engine.hands == [4]
    room.at(7, EventKind.FLOOR_TAKEN, person=4)  # served: the hand goes down
    assert room.engine.hands == []


def test_rule_a_pass_counts_once_for_a_seated_person_and_ends_their_turn() -> None:
    room = started(at_step=6)
    room.at(2, EventKind.FLOOR_TAKEN, person=3)
    room.at(3, EventKind.PASSED, person=4)
    assert room.engine.speaker == 3  # someone else passing leaves the floor as it is
    room.at(4, EventKind.PASSED, person=3)
    room.at(5, EventKind.PASSED, person=3)
    room.at(6, EventKind.PASSED, person=42)
    assert room.engine.passed == {6: [4, 3]} and room.engine.speaker is None


def test_rule_seat_numbers_past_256_are_compared_by_value() -> None:
    """Seats are database ids: 1000 is not the same object as another 1000."""
    people = [
        Person(1000, "Anne", Role.FACILITATOR),
        Person(2000, "Bruno", Role.NARRATOR),
        Person(3000, "Chloé", Role.CONSULTANT),
        Person(4000, "Dédé", Role.CONSULTANT),
    ]
    engine = SessionEngine(BareRoom().engine.plan, people, [Case(0, "Cas", 2000)])
    engine.apply(Event(EventKind.STARTED, 0.0))
    engine.apply(Event(EventKind.STEP_CHANGED, 1.0, data={"step": 6}))
    engine.apply(Event(EventKind.FLOOR_TAKEN, 2.0, data={"person": int("3000")}))
    engine.apply(Event(EventKind.HAND_RAISED, 3.0, data={"person": int("3000")}))
    assert engine.hands == []  # the speaker, though another int
    engine.apply(Event(EventKind.AWAY, 4.0, data={"person": int("3000"), "away": True}))
    assert engine.speaker is None
    engine.apply(Event(EventKind.FLOOR_TAKEN, 5.0, data={"person": int("4000")}))
    engine.apply(Event(EventKind.PASSED, 6.0, data={"person": int("4000")}))
    assert engine.speaker is None


def test_rule_in_a_silent_reflection_nobody_takes_the_floor_and_elsewhere_one_does() -> None:
    room = started(protocol="groupe-parole")
    engine = room.engine
    for index, planned in enumerate(engine.plan):
        room.at(10 * index + 1, EventKind.STEP_CHANGED, step=index)
        room.at(10 * index + 2, EventKind.FLOOR_TAKEN, person=3)
        silent = planned.step.speaker is SpeakerKind.SILENCE
        assert (engine.speaker is None) is silent, planned.step.id
        room.at(10 * index + 3, EventKind.FLOOR_RELEASED)


def test_rule_the_end_stops_the_clock_and_closes_the_turn() -> None:
    room = started(at_step=2).at(2, EventKind.FLOOR_TAKEN, person=3).at(9, EventKind.ENDED)
    assert not room.engine.running and room.engine.ended and room.engine.turns[-1].end == 9


# -- steps run and time counted ------------------------------------------------------------


def test_rule_a_step_is_visited_once_the_clock_ran_in_it() -> None:
    room = BareRoom()
    assert not any(r.visited for r in room.engine.runs)
    room.at(0, EventKind.STEP_CHANGED, step=2)  # chosen with the clock held: not yet
    assert not room.engine.runs[2].visited
    room.at(1, EventKind.STARTED)
    room.at(2, EventKind.STEP_CHANGED, step=3)  # running: visited on arrival
    assert [r.visited for r in room.engine.runs[:4]] == [False, False, True, True]


def test_rule_the_timeline_never_runs_backwards() -> None:
    room = started(at_step=2)
    room.at(100, EventKind.FLOOR_TAKEN, person=3)
    room.at(50, EventKind.FLOOR_RELEASED)  # stamped earlier than the last: counts at 100
    engine = room.engine
    assert engine.turns[-1].end == 100 and engine.turns[-1].talk == 0.0
    assert engine.step_elapsed(2, 100) == 99.0
    assert engine.last_t == 50  # the log keeps what was stamped


def test_rule_time_is_never_counted_before_the_last_event() -> None:
    room = started(at_step=2).at(100, EventKind.FLOOR_TAKEN, person=3)
    engine = room.engine
    assert engine.step_elapsed(2, 40) == 99.0  # asked about an earlier moment
    assert engine.step_elapsed(0, 500) == 1.0  # another step: only what it ran
    assert engine.turn_talk(engine.turns[-1], 40) == 0.0


def test_rule_a_steps_range_moves_its_limit_past_its_planned_length() -> None:
    plan = with_step(BareRoom().engine.plan, 2, minutes=8.0, min_minutes=4.0, max_minutes=20.0)
    engine = SessionEngine(plan, list(PEOPLE), [Case(0, "Cas", 2)])
    assert engine.step_limit(2) == 8 * 60 + 12 * 60
    assert engine.step_limit(3) == engine.step_planned(3)  # no range: the plan alone
    engine.apply(Event(EventKind.STEP_PLANNED, 0.0, data={"step": 2, "seconds": 600.0}))
    assert engine.step_limit(2) == 600 + 12 * 60


def test_rule_a_methods_own_cue_is_in_minutes_else_its_range_else_one_minute() -> None:
    plan = with_step(BareRoom().engine.plan, 2, warn_minutes=2.5)
    plan = with_step(plan, 3, minutes=10.0, min_minutes=4.0, max_minutes=14.0)
    plan = with_step(plan, 4, min_minutes=4.0)  # half a range: not a range
    plan = with_step(plan, 5, speaker=SpeakerKind.SILENCE)
    plan = with_step(plan, 6, speaker=SpeakerKind.SILENCE, warn_minutes=1.5)
    engine = SessionEngine(plan, list(PEOPLE), [Case(0, "Cas", 2)])
    assert [engine.warning_seconds(i) for i in (2, 3, 4, 5, 6, 0)] == [
        150.0, 600.0, 60.0, 0.0, 90.0, 60.0,
    ]  # fmt: skip


def two_cases_plan() -> list[PlannedStep]:
    """echanges-pairs for two cases: steps 1-5 the first, 6-10 the second."""
    from app.protocols import load_catalog, plan_steps

    return plan_steps(load_catalog().get("echanges-pairs"), 2, False)


def test_rule_a_step_without_a_case_belongs_to_the_first_and_past_the_cases_to_none() -> None:
    two = SessionEngine(two_cases_plan(), list(PEOPLE), [Case(0, "A", 2), Case(1, "B", 3)])
    assert [two.narrator_of(i) for i in (0, 1, 6, 11)] == [2, 2, 3, 2]
    one = SessionEngine(two_cases_plan(), list(PEOPLE), [Case(0, "A", 2)])
    assert one.case_of(6) is None and one.narrator_of(6) is None


# -- who the method expects to speak ----------------------------------------------------------


def test_rule_each_kind_of_step_expects_its_own_speakers() -> None:
    people = [*PEOPLE, Person(6, "Gaston", Role.GUEST), Person(7, "Sam", Role.SCRIBE)]
    plan = BareRoom("codev-payette").engine.plan  # 0 round, 1 narrator, 2 group, 6 round nf
    engine = SessionEngine(plan, people, [Case(0, "Cas", 2)])
    assert engine.expected_speakers(1) == [2]  # the narrator
    assert engine.expected_speakers(2) == [3, 4, 5]  # the group: consultants, not the narrator
    assert engine.expected_speakers(0) == [3, 4, 5]  # a round: the consultants
    assert engine.expected_speakers(6) == [2, 3, 4, 5]  # narrator first, then the consultants
    anact = SessionEngine(BareRoom().engine.plan, people, [Case(0, "Cas", 2)])
    assert anact.expected_speakers(0) == [1]  # the facilitator
    assert anact.expected_speakers(3) == [2, 3, 4, 5]  # an exchange: narrator and consultants
    parole = SessionEngine(BareRoom("groupe-parole").engine.plan, people, [Case(0, "Cas", 2)])
    assert parole.expected_speakers(1) == [1, 2, 3, 4, 5, 7]  # a word each, guests aside
    assert parole.expected_speakers(6) == []  # the silent reflection


def test_rule_without_a_narrator_the_narrators_steps_expect_nobody_but_the_rest_go_on() -> None:
    plan = BareRoom("codev-payette").engine.plan
    engine = SessionEngine(plan, list(PEOPLE), [Case(0, "Cas", None)])
    assert engine.expected_speakers(1) == []
    assert engine.expected_speakers(6) == [2, 3, 4, 5]  # Bruno is a peer like the others
    anact = SessionEngine(BareRoom().engine.plan, list(PEOPLE), [Case(0, "Cas", None)])
    assert anact.expected_speakers(3) == [2, 3, 4, 5]


def test_rule_a_narrator_who_is_a_consultant_is_expected_once_in_an_exchange() -> None:
    people = [Person(1, "Anne", Role.FACILITATOR), *[Person(i, f"P{i}", Role.CONSULTANT)
              for i in (2, 3, 4)]]  # fmt: skip
    engine = SessionEngine(BareRoom().engine.plan, people, [Case(0, "Cas", 3)])
    assert engine.expected_speakers(3) == [3, 2, 4]  # the narrator first, then the others
    assert engine.expected_speakers(2) == [2, 4]


def test_rule_the_narrator_only_interrupts_where_they_listen() -> None:
    engine = BareRoom().engine
    assert engine.is_interruption(4, 2) and not engine.is_interruption(4, 3)
    assert not engine.is_interruption(2, 2)
    assert not engine.is_interruption(4, 1)  # the facilitator, whose id is below the narrator's


# -- a round's state, step by step -------------------------------------------------------------


def test_rule_a_round_counts_only_its_own_steps_turns() -> None:
    room = BareRoom("echanges-pairs")
    room.engine = SessionEngine(two_cases_plan(), list(PEOPLE), [Case(0, "A", 2), Case(1, "B", 2)])
    room.at(0, EventKind.STARTED)
    room.at(1, EventKind.STEP_CHANGED, step=3)  # the first case's round
    room.at(2, EventKind.FLOOR_TAKEN, person=3)
    room.at(3, EventKind.STEP_CHANGED, step=8)  # the second case's round
    room.at(4, EventKind.FLOOR_TAKEN, person=4)
    first, second = room.engine.round_state(3), room.engine.round_state(8)
    assert first is not None and second is not None
    assert first.done == [3] and second.done == [4]
    assert first.current == 4  # the speaker now is in another step: not this round's
    assert (second.current, second.next) == (4, 3)


def test_rule_a_rounds_next_is_the_first_waiting_after_the_current() -> None:
    room = started(at_step=6).at(2, EventKind.FLOOR_TAKEN, person=4)
    state = room.engine.round_state(6)
    assert state is not None and (state.current, state.next) == (4, 3)


def test_rule_a_round_nobody_is_expected_in_shares_nothing() -> None:
    people = [Person(1, "Anne", Role.FACILITATOR), Person(2, "Bruno", Role.NARRATOR)]
    engine = SessionEngine(BareRoom().engine.plan, people, [Case(0, "Cas", 2)])
    state = engine.round_state(6)
    assert state is not None and state.order == [] and state.slot_seconds == 0.0


def test_rule_a_rounds_slot_is_the_step_shared_to_the_second() -> None:
    room = started(at_step=6).at(2, EventKind.STEP_PLANNED, step=6, seconds=100.0)
    state = room.engine.round_state(6)
    assert state is not None and state.slot_seconds == pytest.approx(100.0 / 3)


def test_rule_only_a_check_in_takes_the_methods_slot() -> None:
    plan = with_step(BareRoom().engine.plan, 6, slot_seconds=20.0)  # a round with a slot
    engine = SessionEngine(plan, list(PEOPLE), [Case(0, "Cas", 2)])
    state = engine.round_state(6)
    assert state is not None and state.slot_seconds == engine.step_planned(6) / 3
    parole = BareRoom("groupe-parole").engine
    parole_plan = with_step(parole.plan, 1, slot_seconds=None)  # a check-in without a slot
    plain = SessionEngine(parole_plan, list(PEOPLE), [Case(0, "Cas", 2)])
    state = plain.round_state(1)
    assert state is not None and state.slot_seconds == plain.step_planned(1) / 5


# -- undo ---------------------------------------------------------------------------------------


def test_rule_an_undo_can_void_the_very_first_event_and_never_itself() -> None:
    room = BareRoom().at(0, EventKind.FLOOR_TAKEN, person=3)
    assert room.engine.undoable() == 1
    room.at(1, EventKind.UNDONE, seq=1)
    assert room.engine.speaker is None
    room.at(2, EventKind.FLOOR_TAKEN, person=4)
    room.at(3, EventKind.UNDONE, seq=4)  # itself: inert
    room.at(4, EventKind.UNDONE, seq=0)  # nothing: inert
    assert room.engine.speaker == 4


def test_rule_anything_but_a_floor_change_after_it_ends_the_undo() -> None:
    for kind, data in ((EventKind.ADJUSTED, {"seconds": 60.0}),
                       (EventKind.WARNING_SET, {"step": 3, "seconds": 30.0}),
                       (EventKind.TIMER_VIEW, {"step": 3, "view": "calm"})):  # fmt: skip
        room = started(at_step=2).at(5, EventKind.FLOOR_TAKEN, person=3)
        room.at(6, kind, **data)
        assert room.engine.undoable() is None, kind


def test_rule_events_after_an_undo_are_replayed_as_they_were() -> None:
    room = started(at_step=2).at(5, EventKind.FLOOR_TAKEN, person=3)
    room.at(6, EventKind.WARNING_SET, step=3, seconds=30.0)
    room.at(7, EventKind.TIMER_VIEW, step=3, view="progress")
    room.at(8, EventKind.FLOOR_TAKEN, person=4)
    room.at(9, EventKind.UNDONE, seq=6)  # replays the whole log
    assert room.engine.warnings == {3: 30.0} and room.engine.timer_views == {3: TimerView.PROGRESS}
    assert room.engine.speaker == 3
