"""Product rules, each named and tested where it lives: in the core, on a bare
engine, with no store and no Qt. Each test was seen failing with its rule
broken (the one-line changes the last release let through)."""

from __future__ import annotations

import pytest

from app.session.rules.cues import Cue, CueTracker, cue_for, format_clock
from app.session.rules.engine import EventKind
from app.session.rules.fairness import session_fairness
from app.session.rules.records import Note
from tests.conftest import make_setup
from tests.helpers.room import BareRoom


def test_rule_rounds_count_in_the_session_balance() -> None:
    """The closing round (tour de table) is shared speech: its seconds count in
    the session's balance of the floor."""
    room = BareRoom()
    closing = room.step_index("closing")
    room.at(0, EventKind.STARTED).at(0, EventKind.STEP_CHANGED, step=closing)
    room.at(0, EventKind.FLOOR_TAKEN, person=3).at(120, EventKind.FLOOR_RELEASED)
    fairness = session_fairness(room.engine, 120)
    assert fairness.talk[3] == pytest.approx(120)
    assert 3 in fairness.population


def test_rule_the_chime_never_rings_while_paused() -> None:
    """Time does not move while paused; a step shortened into its last minute
    then rings nothing. The same crossing while running rings once."""
    paused, running = CueTracker(), CueTracker()
    for tracker, is_running in ((paused, False), (running, True)):
        assert tracker.update(0, 300, is_running) is None
    assert paused.update(0, 50, False) is None
    assert running.update(0, 50, True) is Cue.LAST_MINUTE
    assert running.update(0, 40, True) is None  # once, not every frame


def test_rule_the_last_minute_starts_at_exactly_one_minute_left() -> None:
    room = BareRoom()
    room.at(0, EventKind.STARTED)
    planned = room.engine.step_planned(0)
    assert room.snapshot(planned - 60.0).cue is Cue.LAST_MINUTE
    assert room.snapshot(planned - 60.5).cue is Cue.NORMAL
    assert cue_for(60.0) is Cue.LAST_MINUTE and cue_for(0.0) is Cue.LAST_MINUTE
    assert cue_for(-0.01) is Cue.OVERTIME


def test_rule_the_countdown_rounds_toward_the_second_it_shows() -> None:
    """A countdown shows 1:00 until the last second of that minute has gone:
    9.2 s left reads 0:10, never 0:09 (the room would see 0:00 a second early);
    overtime counts up from +0:01."""
    room = BareRoom()
    room.at(0, EventKind.STARTED)
    planned = room.engine.step_planned(0)
    assert room.snapshot(planned - 9.2).countdown == "0:10"
    assert room.snapshot(planned - 60.0).countdown == "1:00"
    assert room.snapshot(planned - 0.4).countdown == "0:01"
    assert room.snapshot(planned + 0.4).countdown == "+0:01"
    assert room.snapshot(planned + 61.0).countdown == "+1:01"
    assert format_clock(3599.5) == "1:00:00"


def test_rule_a_break_shows_its_own_countdown() -> None:
    room = BareRoom()
    room.at(0, EventKind.STARTED).at(30, EventKind.BREAK, seconds=600)
    snap = room.snapshot(100)
    assert snap.countdown == "8:50" and snap.cue is Cue.NORMAL


def test_rule_an_action_shows_its_latest_review(store, catalog, clock) -> None:
    """Reviewed "in progress", then "done" later: the latest word is the one shown."""
    from app.group.rules import ActionStatus

    first = store.create_session(make_setup(catalog), clock.wall())
    action = store.add_note(first, Note(0, 6, 0, "action", "Appeler le CCAS", owner="Bruno"), 0)
    second = store.create_session(make_setup(catalog), clock.wall())
    cycles = store.cycles
    cycles.review_action(second, action, ActionStatus.IN_PROGRESS, clock.wall())
    clock.advance(60)
    cycles.review_action(second, action, ActionStatus.DONE, clock.wall())
    [shown] = cycles.actions_of(first)
    assert shown.status == ActionStatus.DONE


def test_rule_the_narrator_waits_in_the_queue_while_they_listen() -> None:
    """While the group elaborates the possibles the narrator listens: the queue
    serves the next consultant first, and the snapshot says so."""
    room = BareRoom()
    possibles = room.step_index("possibles")
    room.at(0, EventKind.STARTED).at(0, EventKind.STEP_CHANGED, step=possibles)
    room.at(1, EventKind.HAND_RAISED, person=2).at(2, EventKind.HAND_RAISED, person=4)
    snap = room.snapshot(3)
    assert snap.hands == ["Bruno", "Dédé"] and snap.next_hand == "Dédé"


def test_rule_the_least_heard_hand_is_suggested_only_when_not_first_in_line() -> None:
    """Dédé has spoken two minutes, Élise not yet: with Dédé first in line, the
    console suggests Élise. First in line herself, she is not suggested again."""
    room = BareRoom()
    questions = room.step_index("questions")
    room.at(0, EventKind.STARTED).at(0, EventKind.STEP_CHANGED, step=questions)
    room.at(1, EventKind.FLOOR_TAKEN, person=4).at(121, EventKind.FLOOR_RELEASED)
    room.at(122, EventKind.HAND_RAISED, person=4).at(123, EventKind.HAND_RAISED, person=5)
    snap = room.snapshot(124)
    assert snap.next_hand == "Dédé" and snap.least_heard_hand == "Élise"
    room.at(125, EventKind.HAND_LOWERED, person=4).at(126, EventKind.HAND_RAISED, person=4)
    snap = room.snapshot(127)
    assert snap.next_hand == "Élise" and snap.least_heard_hand is None


def test_rule_those_not_heard_yet_skip_who_passed_and_who_is_not_expected() -> None:
    """In the closing round the consultants speak (the narrator does not here):
    Dédé spoke, Chloé passed, so only Élise is "not heard yet"."""
    room = BareRoom()
    closing = room.step_index("closing")
    room.at(0, EventKind.STARTED).at(0, EventKind.STEP_CHANGED, step=closing)
    room.at(1, EventKind.FLOOR_TAKEN, person=4).at(30, EventKind.PASSED, person=3)
    assert room.snapshot(31).not_spoken == ["Élise"]


def test_rule_a_date_is_held_overdue_next_or_planned() -> None:
    """One rule for home's tree and the group window: a date not held whose day
    has passed is overdue; the first one still to come is next."""
    from datetime import date

    from app.group.rules import CalendarEntry, DateState, calendar_states
    from app.home.view import cycle_leaves

    entries = [
        CalendarEntry(n, f"2027-0{n}-10", "14:00", 150, "", "", held=n == 1) for n in (1, 2, 3, 4)
    ]
    today = date(2027, 3, 1)
    states = [d.state for d in calendar_states(entries, today)]
    assert states == [DateState.HELD, DateState.OVERDUE, DateState.NEXT, DateState.PLANNED]
    assert calendar_states(entries, date(2027, 2, 10))[1].state is DateState.NEXT  # that day
    leaves = cycle_leaves([], entries, today)
    assert [leaf.overdue for leaf in leaves] == [False, True, False, False]


def test_rule_the_review_step_is_the_one_the_protocol_flags() -> None:
    """The previous actions are reviewed in the step the protocol marks, whatever
    its id; a definition stored before the flag existed keeps its review step."""
    from app.protocols import parse_protocol, protocol_from_json, protocol_to_json

    room = BareRoom(has_previous=True)
    flagged = [s.step.id for s in room.engine.plan if s.step.reviews_actions]
    assert flagged == ["previous"]
    room.at(0, EventKind.STARTED).at(0, EventKind.STEP_CHANGED, step=room.step_index("previous"))
    assert room.snapshot(1).reviewing_actions
    room.at(2, EventKind.STEP_CHANGED, step=room.step_index("expose"))
    assert not room.snapshot(3).reviewing_actions
    stored = protocol_to_json(room.protocol)
    for step in stored["steps"]:  # type: ignore[union-attr]
        step.pop("reviews_actions")  # as the previous release stored it
    old = protocol_from_json(stored)
    assert [s.id for s in old.steps if s.reviews_actions] == ["previous"]
    renamed = parse_protocol(
        'id = "mine"\nversion = 1\nname = { fr = "M", en = "M" }\n'
        'description = { fr = "D", en = "D" }\n'
        '[rules]\nfr = ["R"]\nen = ["R"]\n'
        "[[steps]]\n"
        'id = "bilan"\nname = { fr = "B", en = "B" }\nminutes = 10\nspeaker = "exchange"\n'
        'prompt = { fr = "p", en = "p" }\nreviews_actions = true\n'
    )
    assert renamed.steps[0].reviews_actions


def test_rule_a_step_with_a_range_warns_at_its_minimum_and_overruns_past_its_maximum() -> None:
    """The exposé is 10 to 15 minutes (seed 002): its cue comes at 10:00, overtime
    only after 15:00, and the room counts down to 15:00."""
    room = BareRoom()
    expose = room.step_index("expose")
    room.at(0, EventKind.STARTED).at(0, EventKind.STEP_CHANGED, step=expose)
    assert room.snapshot(9 * 60).cue is Cue.NORMAL
    at_ten = room.snapshot(10 * 60)
    assert at_ten.cue is Cue.LAST_MINUTE and at_ten.countdown == "5:00"
    assert room.snapshot(12 * 60 + 30).cue is Cue.LAST_MINUTE  # not red at 12:00
    assert room.snapshot(15 * 60 - 1).cue is Cue.LAST_MINUTE
    over = room.snapshot(15 * 60 + 30)
    assert over.cue is Cue.OVERTIME and over.countdown == "+0:30"
    assert at_ten.window == (600.0, 900.0)
    room.at(15 * 60 + 40, EventKind.ADJUSTED, seconds=120)  # two minutes more: both move
    assert room.snapshot(16 * 60 + 40).cue is Cue.LAST_MINUTE
