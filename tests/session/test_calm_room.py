"""A calmer room when the method asks for it, in the core: what the room's clock
shows (protocol, step, or chosen in the session, as an event), a silent
individual reflection where nobody has the floor, and the "météo" check-in
round with a short slot each. Each replays identically from the log."""

from __future__ import annotations

import pytest

from app.kinds import SpeakerKind, TimerView
from app.session.ops.live import LiveSession
from app.session.view.snapshot import take
from tests.conftest import make_setup

pytestmark = pytest.mark.both_engines  # the store's tests run on both engines


def groupe_de_parole(store, catalog, clock) -> LiveSession:
    setup = make_setup(catalog, "groupe-parole")
    live = LiveSession(store, store.create_session(setup, clock.wall()), clock)
    live.start()
    return live


def step_of(live: LiveSession, step_id: str) -> int:
    return next(i for i, p in enumerate(live.engine.plan) if p.step.id == step_id)


def snap(live: LiveSession):
    return take(live.engine, live.stored.protocol, live.now(), live.clock.wall(), "fr")


def test_the_rooms_clock_follows_the_protocol_the_step_and_the_facilitator(
    store, catalog, clock
) -> None:
    live = groupe_de_parole(store, catalog, clock)
    assert snap(live).timer_view is TimerView.COUNT_UP  # the protocol's: no countdown
    live.jump(step_of(live, "weather"))
    assert snap(live).timer_view is TimerView.PROGRESS  # the step's own
    live.set_timer_view(live.engine.step_index, "none")
    assert snap(live).timer_view is TimerView.NONE
    live.set_timer_view(live.engine.step_index, "loud")  # not a view: inert
    assert snap(live).timer_view is TimerView.NONE
    again = store.load(live.id).engine()
    assert again.timer_views == live.engine.timer_views == {live.engine.step_index: TimerView.NONE}
    codev = LiveSession(store, store.create_session(make_setup(catalog), clock.wall()), clock)
    assert snap(codev).timer_view is TimerView.COUNTDOWN


def test_in_a_silent_reflection_nobody_has_the_floor(store, catalog, clock) -> None:
    live = groupe_de_parole(store, catalog, clock)
    reflection = step_of(live, "reflection")
    live.jump(reflection)
    assert live.engine.current.step.speaker is SpeakerKind.SILENCE
    live.give_floor(live.engine.people[1].id)
    clock.advance(30)
    view = snap(live)
    assert view.silent and view.speaker is None and live.engine.speaker is None
    assert live.engine.expected_speakers(reflection) == [] and view.not_spoken == []
    assert live.engine.warning_seconds(reflection) == 0  # no last minute, a soft end
    assert store.load(live.id).engine().turns == live.engine.turns == []


def test_the_weather_round_gives_each_person_a_short_slot(store, catalog, clock) -> None:
    live = groupe_de_parole(store, catalog, clock)
    weather = step_of(live, "weather")
    live.jump(weather)
    state = live.engine.round_state(weather)
    assert state is not None and state.slot_seconds == 20
    assert state.order == [p.id for p in live.engine.people]  # everyone says a word
    for person in state.order:
        live.give_floor(person)
        clock.advance(15)
    assert live.engine.round_state(weather).left == []
    assert store.load(live.id).engine().turns == live.engine.turns
