"""Fairness figures, and invariants over random sessions (Hypothesis)."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.protocols import load_catalog, plan_steps
from app.session.rules.engine import Case, Event, EventKind, Person, Role, SessionEngine
from app.session.rules.fairness import gini, session_fairness, step_fairness
from tests.helpers.clock import FakeClock


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ([], 0.0),
        ([5], 0.0),
        ([0, 0, 0], 0.0),
        ([3, 3, 3, 3], 0.0),
        ([10, 0, 0, 0], 1.0),
        ([1, 0], 1.0),
        ([1, 1, 0, 0], 2 / 3),
        ([1, 2, 3], (2 / 9) * 3 / 2),
    ],
)
def test_gini_includes_people_at_zero(values, expected) -> None:
    assert gini(values) == pytest.approx(expected)


CATALOG = load_catalog()
PEOPLE = [Person(1, "Anim", Role.FACILITATOR)] + [
    Person(i, f"P{i}", Role.NARRATOR if i == 2 else Role.CONSULTANT) for i in range(2, 8)
]
CASES = [Case(0, "cas", 2), Case(1, "cas 2", 3)]

actions = st.lists(
    st.tuples(
        st.sampled_from(list(EventKind)),
        st.integers(min_value=0, max_value=12),
        st.floats(min_value=0, max_value=400, allow_nan=False),
    ),
    max_size=60,
)


def run(protocol_id: str, script) -> tuple[SessionEngine, float]:
    protocol = CATALOG.get(protocol_id)
    plan = plan_steps(protocol, 2 if protocol.cases.max >= 2 else 1, True)
    engine = SessionEngine(plan, PEOPLE, CASES)
    clock = FakeClock()
    t0 = clock.monotonic()
    for kind, n, gap in script:
        clock.advance(gap)
        data: dict[str, object] = {}
        if kind is EventKind.STEP_CHANGED:
            data = {"step": n}
        elif kind in (
            EventKind.FLOOR_TAKEN,
            EventKind.PASSED,
            EventKind.HAND_RAISED,
            EventKind.HAND_LOWERED,
        ):
            data = {"person": n}
        elif kind is EventKind.AWAY:
            data = {"person": n % 4, "away": n % 3 != 0}
        elif kind in (EventKind.STEP_PLANNED, EventKind.WARNING_SET):
            data = {"step": n, "seconds": n * 90.0}
        elif kind is EventKind.STEP_SKIPPED:
            data = {"step": n, "skipped": n % 2 == 0}
        elif kind is EventKind.STEP_MOVED:
            data = {"step": n, "delta": 1 if n % 2 else -1}
        elif kind is EventKind.BREAK:
            data = {"seconds": n * 60.0}
        elif kind is EventKind.ADJUSTED:
            data = {"seconds": (n - 6) * 60}
        elif kind is EventKind.UNDONE:
            data = {"seq": n}  # any seq: a floor change is voided, anything else is inert
        engine.apply(Event(kind, clock.monotonic() - t0, clock.monotonic(), clock.wall(), data))
    return engine, clock.monotonic() - t0 + 7.0


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.sampled_from(sorted(CATALOG.protocols)), actions)
def test_invariants_hold_for_any_sequence(protocol_id, script) -> None:
    engine, now = run(protocol_id, script)
    # Turns never overlap and only the last one may be open.
    for before, after in zip(engine.turns, engine.turns[1:], strict=False):
        assert before.end is not None and before.end <= after.start
    # Total talk in a step never exceeds the step's running time.
    for i in range(len(engine.plan)):
        talk = sum(engine.talk_by_person(now, step=i).values())
        assert talk <= engine.step_elapsed(i, now) + 1e-6
        f = step_fairness(engine, i, now)
        assert 0.0 <= f.gini <= 1.0
        assert f.silence >= 0
        assert engine.step_planned(i) >= 60
    assert 0.0 <= session_fairness(engine, now).gini <= 1.0
    # Rebuilding from the log gives the same state.
    again = SessionEngine.rebuild(engine.plan, PEOPLE, CASES, list(engine.events))
    assert again.step_index == engine.step_index
    assert again.running == engine.running and again.ended == engine.ended
    assert again.turns == engine.turns
    assert again.runs == engine.runs
    assert again.passed == engine.passed
    assert again.talk_by_person(now) == engine.talk_by_person(now)
    # The plan as changed: the same steps in some order, each planned a minute at least.
    assert sorted(engine.order) == list(range(len(engine.plan)))
    assert (again.order, again.skipped, again.warnings) == (
        engine.order,
        engine.skipped,
        engine.warnings,
    )
    # The queue: each hand once, never someone out of the room; the same after a rebuild.
    assert len(set(engine.hands)) == len(engine.hands)
    assert not set(engine.hands) & set(engine.away_since)
    assert (again.hands, again.away_since, again.away_steps) == (
        engine.hands,
        engine.away_since,
        engine.away_steps,
    )
