"""The engine and the live session: timing from the clock, turns, rounds."""

import pytest

from app.session.ops.live import LiveSession
from app.session.rules.engine import EventKind
from app.session.rules.fairness import session_fairness, step_fairness
from tests.conftest import make_setup


def ids(live: LiveSession) -> dict[str, int]:
    return {p.name: p.id for p in live.engine.people}


def test_elapsed_comes_from_the_clock_and_pause_stops_it(live, clock) -> None:
    live.start()
    clock.advance(90)
    assert live.engine.step_elapsed(0, live.now()) == pytest.approx(90)
    live.pause()
    clock.advance(600)
    assert live.engine.step_elapsed(0, live.now()) == pytest.approx(90)
    live.start()
    clock.advance(240)
    assert live.engine.step_remaining(0, live.now()) == pytest.approx(300 - 330)


def test_extend_and_shorten_the_current_step(live, clock) -> None:
    live.start()
    live.adjust(+2)
    assert live.engine.step_planned(0) == pytest.approx(420)
    live.adjust(-1)
    assert live.engine.step_planned(0) == pytest.approx(360)
    for _ in range(10):
        live.adjust(-1)
    assert live.engine.step_planned(0) == pytest.approx(60), "never below one minute"


def test_navigation_accumulates_time_per_step(live, clock) -> None:
    live.start()
    clock.advance(100)
    live.next_step()
    clock.advance(50)
    live.previous_step()
    clock.advance(10)
    live.jump(3)
    clock.advance(5)
    e, now = live.engine, live.now()
    assert [round(e.step_elapsed(i, now)) for i in range(4)] == [110, 50, 0, 5]
    live.jump(99)
    assert e.step_index == 3


def test_turns_are_exclusive_and_pause_stops_the_turn(live, clock) -> None:
    who = ids(live)
    live.start()
    live.give_floor(who["Bruno"])
    clock.advance(30)
    live.give_floor(who["Chloé"])
    clock.advance(20)
    live.pause()
    clock.advance(100)
    assert live.engine.speaker == who["Chloé"]
    live.start()
    clock.advance(10)
    live.give_floor(who["Chloé"])  # their key again ends the turn
    assert live.engine.speaker is None
    talk = live.engine.talk_by_person(live.now())
    assert talk[who["Bruno"]] == pytest.approx(30)
    assert talk[who["Chloé"]] == pytest.approx(30)
    assert [t.end is not None for t in live.engine.turns] == [True, True]


def test_changing_step_ends_the_turn(live, clock) -> None:
    who = ids(live)
    live.start()
    live.give_floor(who["Dédé"])
    clock.advance(10)
    live.next_step()
    assert live.engine.speaker is None
    clock.advance(10)
    assert live.engine.talk_by_person(live.now())[who["Dédé"]] == pytest.approx(10)


def test_group_step_keeps_the_narrator_apart_and_flags_interruptions(store, catalog, clock) -> None:
    setup = make_setup(catalog, "codev-payette")
    live = LiveSession(store, store.create_session(setup, clock.wall()), clock)
    who = ids(live)
    consultation = next(i for i, s in enumerate(live.engine.plan) if s.step.id == "consultation")
    live.jump(consultation)
    live.start()
    live.give_floor(who["Chloé"])
    clock.advance(60)
    live.give_floor(who["Bruno"])  # Bruno is the narrator of case 1
    clock.advance(15)
    live.release_floor()
    clock.advance(5)
    f = step_fairness(live.engine, consultation, live.now())
    assert who["Bruno"] not in f.population
    assert f.narrator_apart == pytest.approx(15)
    assert [i.person for i in f.interruptions] == [who["Bruno"]]
    assert f.silence == pytest.approx(5)
    assert set(f.not_spoken) == {who[n] for n in ["Dédé", "Élise", "Fatou", "Grégoire"]}


def test_round_knows_whose_turn_it_is(live, clock) -> None:
    who = ids(live)
    closing = len(live.engine.plan) - 1
    live.jump(closing)
    live.start()
    state = live.engine.round_state(closing)
    assert state is not None
    consultants = [who[n] for n in ["Chloé", "Dédé", "Élise", "Fatou", "Grégoire"]]
    assert state.order == consultants
    assert state.current == who["Chloé"] and state.next == who["Dédé"]
    assert state.slot_seconds == pytest.approx(600 / 5)
    live.give_floor(state.current)
    clock.advance(60)
    live.pass_turn(who["Dédé"])
    state = live.engine.round_state(closing)
    assert state.current == who["Chloé"] and state.next == who["Élise"]
    live.release_floor()
    live.pass_turn()  # whoever's turn it is: Élise
    state = live.engine.round_state(closing)
    assert state.passed == [who["Dédé"], who["Élise"]]
    assert state.current == who["Fatou"] and state.left == [who["Fatou"], who["Grégoire"]]


def test_narrator_first_round_in_payette(store, catalog, clock) -> None:
    live = LiveSession(store, store.create_session(make_setup(catalog, "codev-payette"), 0), clock)
    state = live.engine.round_state(len(live.engine.plan) - 1)
    assert state is not None and state.order[0] == ids(live)["Bruno"]


def test_end_closes_everything(live, clock) -> None:
    who = ids(live)
    live.start()
    live.give_floor(who["Fatou"])
    clock.advance(12)
    live.end()
    clock.advance(100)
    e = live.engine
    assert e.ended and not e.running and e.speaker is None
    assert e.running_seconds(live.now()) == pytest.approx(12)
    live.next_step()
    live.start()
    assert [ev.kind for ev in e.events][-1] is EventKind.ENDED


def test_session_fairness_counts_shared_steps_only(live, clock) -> None:
    who = ids(live)
    live.jump(1)  # the exposé: the narrator's alone
    live.start()
    live.give_floor(who["Bruno"])
    clock.advance(600)
    live.jump(2)  # questions: the group
    live.give_floor(who["Chloé"])
    clock.advance(60)
    f = session_fairness(live.engine, live.now())
    assert who["Bruno"] in f.population  # he speaks in the exchange steps
    assert f.talk[who["Bruno"]] == 0
    assert f.talk[who["Chloé"]] == pytest.approx(60)
    assert f.gini == pytest.approx(1.0)


def test_a_note_stays_under_the_step_where_typing_began(live, store) -> None:
    from app.session.ops.drafts import NoteDraft
    from app.session.rules.notes import parse_note

    assert parse_note("? Pourquoi ?", live.engine.plan[2].step)[0].value == "question"
    assert parse_note("hyp: un test", live.engine.plan[2].step)[0].value == "hypothesis"
    assert parse_note("sans préfixe", live.engine.plan[2].step)[0].value == "question"
    draft = NoteDraft(store, live.id, lambda: 0.0)
    step = live.engine.plan[2].step
    draft.save("! Un binôme", step, 2, 0)
    draft.save("! Un binôme avec la CAF", live.engine.plan[3].step, 3, 0)  # moved on meanwhile
    [note] = store.notes(live.id)
    assert (note.step_index, note.kind, note.text) == (2, "proposal", "Un binôme avec la CAF")
    draft.save("", step, 3, 0)  # erased before Enter: nothing is kept
    assert store.notes(live.id) == []


def test_undoing_a_wrong_key_gives_the_seconds_back(live, clock) -> None:
    """3 pressed instead of 4's continuation: the wrong turn never happened."""
    who = live.engine.people
    live.start()
    live.give_floor(who[4].id)
    clock.advance(30)
    live.give_floor(who[3].id)  # the wrong key
    clock.advance(12)
    assert live.undo_floor()
    clock.advance(18)
    talk = live.engine.talk_by_person(live.now())
    assert talk[who[4].id] == pytest.approx(60) and talk[who[3].id] == 0
    assert live.engine.speaker == who[4].id
    assert [t.person for t in live.engine.turns] == [who[4].id]
    # Undo again: the first floor change goes too; then nothing is left to undo.
    assert live.undo_floor() and live.engine.speaker is None
    assert not live.undo_floor()
    # And the log, replayed from the store, says the same.
    again = LiveSession(live.store, live.id, clock)
    assert again.engine.turns == [] and again.engine.speaker is None


def test_only_floor_changes_since_the_last_other_event_can_be_undone(live, clock) -> None:
    who = live.engine.people
    live.start()
    live.give_floor(who[2].id)
    live.next_step()  # a step change closes the turn: not undoable any more
    assert live.engine.undoable() is None and not live.undo_floor()
