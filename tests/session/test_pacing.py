"""Time steered in the core: the proposal to end on time, its floor per step,
its answer as an event replayed identically, and a limit per intervention."""

from __future__ import annotations

import pytest

from app.session.ops.live import LiveSession
from app.session.rules.engine import SessionEngine
from app.session.rules.pacing import (
    ASK_AGAIN_AFTER,
    PROPOSE_AFTER,
    late_seconds,
    proposal,
    step_floor,
)
from app.session.view.snapshot import take
from tests.conftest import make_setup

pytestmark = pytest.mark.both_engines  # the store's tests run on both engines


def running(store, catalog, clock) -> LiveSession:
    live = LiveSession(store, store.create_session(make_setup(catalog), clock.wall()), clock)
    live.start()
    return live


def replayed(live: LiveSession) -> SessionEngine:
    stored = live.store.load(live.id)
    return stored.engine()


def test_no_proposal_until_the_session_runs_late(store, catalog, clock) -> None:
    live = running(store, catalog, clock)
    engine = live.engine
    clock.advance(engine.step_planned(0) + PROPOSE_AFTER - 1)
    assert proposal(engine, live.now()) is None
    clock.advance(2)
    assert late_seconds(engine, live.now()) >= PROPOSE_AFTER
    assert proposal(engine, live.now()) is not None


def test_the_steps_to_come_shrink_in_proportion_never_below_their_floor(
    store, catalog, clock
) -> None:
    live = running(store, catalog, clock)
    engine = live.engine
    clock.advance(engine.step_planned(0) + 10 * 60)  # ten minutes late in the opening
    offer = proposal(engine, live.now())
    assert offer is not None and offer.on_time
    to_come = engine.still_to_come(0)
    assert set(offer.lengths) <= set(to_come) and 0 not in offer.lengths
    for step, seconds in offer.lengths.items():
        assert step_floor(engine, step) <= seconds < engine.step_planned(step)
        assert seconds % 30 == 0
    # In proportion: the longer a step, the more it gives (floors aside).
    cuts = {i: engine.step_planned(i) - s for i, s in offer.lengths.items()}
    longest = max(cuts, key=lambda i: engine.step_planned(i))
    shortest = min(cuts, key=lambda i: engine.step_planned(i))
    assert cuts[longest] >= cuts[shortest]
    assert 10 * 60 <= offer.saved < 10 * 60 + 30 * len(cuts)


def test_the_expose_keeps_its_minimum(store, catalog, clock) -> None:
    live = running(store, catalog, clock)
    engine = live.engine
    expose = next(i for i, p in enumerate(engine.plan) if p.step.min_minutes)
    assert step_floor(engine, expose) == engine.plan[expose].step.min_minutes * 60
    clock.advance(engine.step_planned(0) + 3 * 3600)  # hopelessly late: every floor reached
    offer = proposal(engine, live.now())
    assert offer is not None and not offer.on_time
    assert offer.lengths[expose] == engine.plan[expose].step.min_minutes * 60
    for step, seconds in offer.lengths.items():
        assert seconds == max(step_floor(engine, step), 0)


def test_accepted_the_plan_and_the_expected_end_follow_and_replay_identically(
    store, catalog, clock
) -> None:
    live = running(store, catalog, clock)
    engine = live.engine
    clock.advance(engine.step_planned(0) + 8 * 60)
    before = take(engine, live.stored.protocol, live.now(), clock.wall(), "fr").session
    offer = proposal(engine, live.now())
    assert offer is not None
    live.answer_catch_up(offer, accepted=True)
    after = take(live.engine, live.stored.protocol, live.now(), clock.wall(), "fr")
    for step, seconds in offer.lengths.items():
        assert live.engine.step_planned(step) == seconds
    assert after.session.expected_end_wall == before.expected_end_wall - offer.saved
    assert after.catch_up is None  # asked and answered
    again = replayed(live)
    assert [again.step_planned(i) for i in range(len(again.plan))] == [
        live.engine.step_planned(i) for i in range(len(live.engine.plan))
    ]


def test_refused_it_is_asked_again_only_much_later_even_after_a_restart(
    store, catalog, clock
) -> None:
    live = running(store, catalog, clock)
    engine = live.engine
    clock.advance(engine.step_planned(0) + 4 * 60)
    offer = proposal(engine, live.now())
    assert offer is not None
    planned = [engine.step_planned(i) for i in range(len(engine.plan))]
    live.answer_catch_up(offer, accepted=False)
    assert [live.engine.step_planned(i) for i in range(len(engine.plan))] == planned
    assert proposal(live.engine, live.now()) is None
    reopened = LiveSession(store, live.id, clock)
    assert reopened.engine.catch_up_declined == offer.late
    clock.advance(ASK_AGAIN_AFTER - 60)
    assert proposal(reopened.engine, reopened.now()) is None
    clock.advance(61)
    assert proposal(reopened.engine, reopened.now()) is not None


def test_a_limit_per_intervention_in_an_open_step(store, catalog, clock) -> None:
    live = running(store, catalog, clock)
    questions = next(i for i, p in enumerate(live.engine.plan) if p.step.speaker.value == "group")
    live.jump(questions)
    live.limit_interventions(questions, 2)
    person = live.engine.people[2].id
    live.give_floor(person)
    clock.advance(90)
    snap = take(live.engine, live.stored.protocol, live.now(), clock.wall(), "fr")
    assert snap.intervention_limit == 120 and snap.intervention_left == 30
    clock.advance(40)
    snap = take(live.engine, live.stored.protocol, live.now(), clock.wall(), "fr")
    assert snap.intervention_left == -10
    assert replayed(live).intervention_limits == {questions: 120.0}
    live.limit_interventions(questions, 0)
    assert live.engine.intervention_limits == {}
