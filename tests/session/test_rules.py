"""Product rules, each named and tested where it lives: in the core, on a bare
engine, with no store and no Qt. Each test was seen failing with its rule
broken (the one-line changes the last release let through)."""

from __future__ import annotations

import pytest

from app.session.rules.cues import Cue, CueTracker, cue_for, format_clock
from app.session.rules.engine import EventKind, Role
from app.session.rules.fairness import session_fairness, step_fairness
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


# -- cues and clocks ------------------------------------------------------------------


def test_rule_the_cue_is_amber_in_the_last_minute_and_red_past_the_end() -> None:
    from app.session.rules.cues import LAST_MINUTE

    assert LAST_MINUTE == 60.0
    assert [cue_for(s) for s in (61, 60, 0.5, 0, -0.5)] == [
        Cue.NORMAL, Cue.LAST_MINUTE, Cue.LAST_MINUTE, Cue.LAST_MINUTE, Cue.OVERTIME,
    ]  # fmt: skip
    assert cue_for(120, last_minute=120) is Cue.LAST_MINUTE
    assert cue_for(121, last_minute=120) is Cue.NORMAL


def test_rule_a_cue_rings_once_on_entering_never_on_arriving_in_it() -> None:
    tracker = CueTracker()
    assert tracker.update(2, 30, True) is None  # a step entered in its last minute
    assert tracker.update(2, -1, True) is Cue.OVERTIME
    assert tracker.update(2, 30, True) is None  # minutes added: back, and no chime
    assert tracker.update(3, 400, True) is None
    assert tracker.update(3, 90, True, last_minute=120) is Cue.LAST_MINUTE
    assert tracker.update(4, -5, True) is None  # another step: arriving rings nothing


def test_rule_elapsed_time_is_truncated_and_hours_show_past_an_hour() -> None:
    from app.session.rules.cues import format_duration, signed_countdown

    assert [format_duration(s) for s in (0, 59.9, 60, 3599.9, 3600, 3661)] == [
        "0:00", "0:59", "1:00", "59:59", "1:00:00", "1:01:01",
    ]  # fmt: skip
    assert format_duration(-5) == "0:00"
    assert format_clock(3600.5) == "1:00:01" and format_clock(-3600.5) == "1:00:01"
    assert [signed_countdown(s) for s in (61, 0.2, 0, -0.2, -61)] == [
        "1:01", "0:01", "0:00", "+0:01", "+1:01",
    ]  # fmt: skip


# -- notes ----------------------------------------------------------------------------


def _step(*captures: str):
    from app.protocols import Capture

    room = BareRoom()
    step = room.engine.plan[room.step_index("questions")].step
    return step.__class__(**{**{f: getattr(step, f) for f in step.__struct_fields__},
                             "captures": [Capture(c) for c in captures]})  # fmt: skip


def test_rule_a_prefix_picks_the_notes_kind_else_the_steps_first_kind() -> None:
    from app.protocols import Capture
    from app.session.rules.notes import parse_note

    step = _step("hypothesis", "question")
    assert parse_note("  ? Pourquoi ", step) == (Capture.QUESTION, "Pourquoi")
    assert parse_note("?Pourquoi", step) == (Capture.QUESTION, "Pourquoi")  # no space needed
    assert parse_note("! Essayer", step) == (Capture.PROPOSAL, "Essayer")
    assert parse_note("> Appeler", step) == (Capture.ACTION, "Appeler")
    assert parse_note("~ Peut-être", step) == (Capture.HYPOTHESIS, "Peut-être")
    assert parse_note("HYPOTHÈSE : la peur", step) == (Capture.HYPOTHESIS, "la peur")
    assert parse_note("training: écrits", step) == (Capture.TRAINING_NEED, "écrits")
    assert parse_note("Ensuite: rien", step) == (Capture.HYPOTHESIS, "Ensuite: rien")
    assert parse_note("sans préfixe", step) == (Capture.HYPOTHESIS, "sans préfixe")
    assert parse_note("sans préfixe", _step()) == (Capture.NOTE, "sans préfixe")


def test_rule_an_action_line_is_what_then_who_then_by_when() -> None:
    from app.session.rules.notes import split_action

    assert split_action(" Appeler | Bruno | 15/03 ") == ("Appeler", "Bruno", "15/03")
    assert split_action("Appeler") == ("Appeler", "", "")
    assert split_action("Appeler | Bruno") == ("Appeler", "Bruno", "")
    assert split_action("A | B | le 3 | ou le 4") == ("A", "B", "le 3|ou le 4")


def test_rule_a_filed_action_shows_its_parts_for_correction() -> None:
    from app.session.rules.notes import editable_line

    action = Note(1, 5, 0, "action", "Appeler", owner="Bruno", due="15/03")
    assert editable_line(action) == "Appeler | Bruno | 15/03"
    assert editable_line(action._replace(due="")) == "Appeler | Bruno"
    assert editable_line(action._replace(owner="", due="")) == "Appeler"
    assert editable_line(action._replace(kind="question")) == "Appeler"
    as_read = action._replace(kind="".join(["act", "ion"]))  # a kind as the store reads it
    assert editable_line(as_read) == "Appeler | Bruno | 15/03"


def test_rule_one_key_moves_a_note_to_the_next_kind_round_the_list() -> None:
    from app.protocols import Capture
    from app.session.rules.notes import next_kind

    kinds = list(Capture)
    assert [next_kind(k.value) for k in kinds[:-1]] == kinds[1:]
    assert next_kind(kinds[0].value) is kinds[1]
    assert next_kind(kinds[-1].value) is kinds[0]
    assert next_kind("unknown") is kinds[0]


def test_rule_notes_are_grouped_by_case_only_when_there_are_several() -> None:
    from app.session.rules.notes import notes_by_case

    a, b, out = (Note(i, 1, c, "note", str(i)) for i, c in ((1, 1), (2, 0), (3, None)))
    assert notes_by_case([a, b, out], 1) == [(None, [a, b, out])]
    assert notes_by_case([], 1) == [] and notes_by_case([], 2) == []
    assert notes_by_case([a, b], 0) == [(None, [a, b])]  # no case yet: one list
    assert notes_by_case([a, b, out], 2) == [(None, [out]), (0, [b]), (1, [a])]


def test_rule_a_note_is_at_most_20000_characters() -> None:
    from app.session.rules.notes import MAX_NOTE, NoteTooLong

    assert MAX_NOTE == 20_000 and NoteTooLong(20_001).length == 20_001


# -- messages on the projection ---------------------------------------------------------


def test_rule_a_message_is_one_line_of_at_most_140_characters() -> None:
    from app.session.rules.messages import MAX_MESSAGE, clean_message

    assert MAX_MESSAGE == 140
    assert clean_message("  Pause\n  café  ") == "Pause café"
    assert clean_message("x" * 200) == "x" * 140


def test_rule_the_methods_own_messages_come_first_then_the_common_ones() -> None:
    from app.protocols import load_catalog
    from app.session.rules.messages import COMMON, prepared_messages

    protocol = load_catalog().get("codev-anact")
    own = protocol.messages.get("fr")
    shown = prepared_messages(protocol, "fr")
    assert shown[: len(own)] == own
    assert shown == own + [m for m in COMMON["fr"] if m not in own]
    assert len(shown) == len(set(shown))
    assert prepared_messages(protocol, "xx")[len(protocol.messages.get("xx")) :] == [
        m for m in COMMON["fr"] if m not in protocol.messages.get("xx")
    ]


# -- a new session's checks -------------------------------------------------------------


def _setup(names: list[tuple[str, str]], cases: list[tuple[str, int | None]], group: str = "G"):
    from app.protocols import load_catalog
    from app.session.rules.setup import NewCase, NewParticipant, SessionSetup

    return SessionSetup(
        group,
        load_catalog().get("codev-anact"),
        [NewParticipant(n, Role(r)) for n, r in names],
        [NewCase(t, n) for t, n in cases],
    )


CREW = [("Anne", "facilitator"), ("Bruno", "narrator"), ("Chloé", "consultant")]


def _problems(setup) -> list[tuple[str, str, int | None]]:
    from app.session.rules.setup import validate_setup

    return [(p.field, p.problem.value, p.index) for p in validate_setup(setup)]


def test_rule_a_session_needs_a_group_name_of_at_most_80_characters() -> None:
    from app.session.rules.setup import MAX_NAME

    assert MAX_NAME == 80
    assert _problems(_setup(CREW, [("Cas", 1)], group=" \t ")) == [("group", "empty_group", None)]
    assert _problems(_setup(CREW, [("Cas", 1)], group="g" * 81)) == [
        ("group", "group_too_long", None)
    ]
    assert _problems(_setup(CREW, [("Cas", 1)], group="g" * 80)) == []


def test_rule_each_participant_has_a_name_of_their_own() -> None:
    people = [*CREW, (" ", "consultant"), ("n" * 81, "consultant"), ("chloé", "consultant")]
    assert _problems(_setup(people, [("Cas", 1)])) == [
        ("participants", "empty_name", 3),
        ("participants", "name_too_long", 4),
        ("participants", "duplicate_name", 5),
    ]
    assert _problems(_setup([], [("Cas", None)])) == [
        ("participants", "no_participants", None),
        ("cases", "no_narrator", 0),
    ]


def test_rule_someone_besides_the_narrator_must_consult() -> None:
    alone = [("Anne", "facilitator"), ("Bruno", "narrator")]
    assert ("participants", "no_consultant", None) in _problems(_setup(alone, [("Cas", 1)]))
    two = [("Anne", "facilitator"), ("Bruno", "narrator"), ("Dédé", "narrator")]
    assert _problems(_setup(two, [("Cas", 1)])) == []


def test_rule_each_case_has_a_title_of_at_most_200_characters_and_a_narrator() -> None:
    from app.session.rules.setup import MAX_TITLE

    assert MAX_TITLE == 200
    assert _problems(_setup(CREW, [("", 1)])) == [("cases", "empty_title", 0)]
    assert _problems(_setup(CREW, [("t" * 201, 1)])) == [("cases", "title_too_long", 0)]
    assert _problems(_setup(CREW, [("t" * 200, 1)])) == []
    for narrator in (None, 3, -1):
        assert _problems(_setup(CREW, [("Cas", narrator)])) == [("cases", "no_narrator", 0)]


def test_rule_the_method_says_how_many_cases_a_session_takes() -> None:
    assert _problems(_setup(CREW, [])) == [("cases", "too_few_cases", None)]
    assert ("cases", "too_many_cases", None) in _problems(_setup(CREW, [("Cas", 1)] * 9))


def test_rule_names_pasted_one_per_line_commas_or_semicolons() -> None:
    from app.session.rules.setup import clean_name, parse_names

    assert parse_names("Anne\n Bruno  Tessier ;Chloé, ,\n\nDédé") == [
        "Anne", "Bruno Tessier", "Chloé", "Dédé",
    ]  # fmt: skip
    assert clean_name("  Anne \t Facil ") == "Anne Facil"


# -- steering the session's time --------------------------------------------------------


def test_rule_late_is_the_expected_end_past_the_planned_end() -> None:
    from app.session.rules.pacing import late_seconds

    room = BareRoom().at(0, EventKind.STARTED)
    assert late_seconds(room.engine, 0) == 0.0
    assert late_seconds(room.engine, 4 * 60) == 0.0  # within the opening's five minutes
    assert late_seconds(room.engine, 8 * 60) == 3 * 60
    room.at(8 * 60, EventKind.STEP_CHANGED, step=1)
    assert late_seconds(room.engine, 8 * 60) == 3 * 60  # the opening took eight
    room.at(8 * 60, EventKind.ADJUSTED, seconds=-120)
    assert late_seconds(room.engine, 8 * 60) == 60


def test_rule_late_counts_the_time_the_clock_was_held_and_the_breaks() -> None:
    """The room's clock runs while the timer is paused or a break is taken: the
    session ends that much later (seen in the real app: paused minutes never
    counted, the proposal to end on time came at 14 minutes late, not at 3)."""
    from app.session.rules.pacing import late_seconds, proposal

    room = BareRoom().at(0, EventKind.STARTED).at(60, EventKind.PAUSED)
    assert late_seconds(room.engine, 60) == 0.0
    assert late_seconds(room.engine, 60 + 3 * 60) == 3 * 60  # held three minutes
    assert proposal(room.engine, 60 + 3 * 60) is not None
    room.at(4 * 60, EventKind.STARTED)
    assert late_seconds(room.engine, 4 * 60) == 3 * 60  # started again: still behind
    breaking = BareRoom().at(0, EventKind.STARTED).at(60, EventKind.BREAK, seconds=600)
    assert late_seconds(breaking.engine, 2 * 60) == 10 * 60  # the break's whole length
    before = BareRoom()
    assert late_seconds(before.engine, 30 * 60) == 0.0  # not started: the plan starts later
    before.at(30 * 60, EventKind.STARTED)
    assert late_seconds(before.engine, 31 * 60) == 0.0  # the plan runs from the first start


def test_rule_a_step_keeps_its_methods_minimum_else_60_percent_and_a_minute() -> None:
    from app.session.rules.pacing import FLOOR_SHARE, MIN_STEP, step_floor

    assert (FLOOR_SHARE, MIN_STEP) == (0.6, 60.0)
    room = BareRoom()
    assert step_floor(room.engine, 1) == 10 * 60  # the exposé: 10 to 15 minutes
    assert step_floor(room.engine, 2) == 20 * 60 * 0.6
    room.at(0, EventKind.STEP_PLANNED, step=2, seconds=90)
    assert step_floor(room.engine, 2) == 20 * 60 * 0.6  # from the plan it started with
    short = BareRoom("groupe-parole")
    tiny = [i for i, p in enumerate(short.engine.plan) if p.planned_seconds * 0.6 < 60]
    assert all(
        step_floor(short.engine, i) >= 60 for i in tiny if not short.engine.plan[i].step.min_minutes
    )


def test_rule_end_on_time_is_proposed_three_minutes_late_and_again_five_after_a_refusal() -> None:
    from app.session.rules.pacing import ASK_AGAIN_AFTER, PROPOSE_AFTER, proposal

    assert (PROPOSE_AFTER, ASK_AGAIN_AFTER) == (180.0, 300.0)
    room = BareRoom()
    assert proposal(room.engine, 10 * 60) is None  # not started
    room.at(0, EventKind.STARTED)
    assert proposal(room.engine, 5 * 60 + 179) is None
    offer = proposal(room.engine, 5 * 60 + 180)
    assert offer is not None and offer.late == 180 and offer.on_time
    room.at(8 * 60, EventKind.CATCH_UP, accepted=False, late=180.0, steps=[], seconds=[])
    assert proposal(room.engine, 5 * 60 + 479) is None
    assert proposal(room.engine, 5 * 60 + 480) is not None


def test_rule_no_proposal_during_a_break_or_after_the_end() -> None:
    from app.session.rules.pacing import proposal

    room = BareRoom().at(0, EventKind.STARTED).at(10 * 60, EventKind.BREAK, seconds=600)
    assert proposal(room.engine, 11 * 60) is None
    ended = BareRoom().at(0, EventKind.STARTED).at(10 * 60, EventKind.ENDED)
    assert proposal(ended.engine, 11 * 60) is None


def test_rule_the_steps_to_come_shrink_in_proportion_to_half_minutes_never_below_their_floor() -> (
    None
):
    from app.session.rules.pacing import ROUND_TO, shortened, step_floor

    assert ROUND_TO == 30.0
    room = BareRoom().at(0, EventKind.STARTED)
    engine = room.engine
    lengths = shortened(engine, 10 * 60)
    assert set(lengths) == {1, 2, 3, 4, 5, 6}
    assert all(s % 30 == 0 for s in lengths.values())
    saved = sum(engine.step_planned(i) - s for i, s in lengths.items())
    assert 10 * 60 <= saved < 10 * 60 + 6 * 30  # enough, and never more than the rounding
    cuts = {i: engine.step_planned(i) - s for i, s in lengths.items()}
    assert cuts[4] > cuts[2] > cuts[6]  # the longer step gives more
    huge = shortened(engine, 10 * 3600)
    assert all(huge[i] == step_floor(engine, i) for i in huge)
    assert shortened(engine, 0) == {}


def test_rule_a_break_counts_until_its_end_and_then_the_clock_does() -> None:
    """A break's minutes make the session late as they are taken; once it has run
    out and nobody has resumed, the room's clock does: not one second more."""
    from app.session.rules.pacing import late_seconds

    engine = BareRoom().at(0, EventKind.STARTED).at(600, EventKind.BREAK, seconds=600).engine
    assert engine.break_until == 1200
    assert [late_seconds(engine, t) for t in (1170, 1200, 1230)] == [900.0, 900.0, 930.0]


def test_rule_steps_at_their_floor_leave_the_rest_to_the_others_never_more() -> None:
    """Late enough that some steps reach their floor: the others give what those
    could not, and no more than the lateness (and the half minutes of rounding)."""
    from app.session.rules.pacing import ROUND_TO, shortened, step_floor

    engine = BareRoom().at(0, EventKind.STARTED).engine
    late = 30 * 60
    lengths = shortened(engine, late)
    assert any(lengths[i] == step_floor(engine, i) for i in lengths)  # some at their floor
    assert any(lengths[i] > step_floor(engine, i) for i in lengths)  # some with room left
    saved = sum(engine.step_planned(i) - seconds for i, seconds in lengths.items())
    assert late <= saved < late + ROUND_TO * len(lengths)


def test_rule_a_proposal_says_what_it_saves_and_is_never_changed() -> None:
    from app.session.rules.pacing import proposal

    room = BareRoom().at(0, EventKind.STARTED)
    offer = proposal(room.engine, 5 * 60 + 600)
    assert offer is not None
    assert offer.saved == sum(room.engine.step_planned(i) - s for i, s in offer.lengths.items())
    assert offer.on_time == (offer.saved >= offer.late)
    with pytest.raises(AttributeError):
        offer.saved = 0.0  # type: ignore[misc]


def test_rule_a_proposal_that_saves_under_a_minute_is_not_made() -> None:
    from app.session.rules.pacing import proposal

    room = BareRoom().at(0, EventKind.STARTED)
    for i in range(1, 7):
        floor = room.engine.plan[i].step.min_minutes or room.engine.plan[i].step.minutes * 0.6
        room.at(0, EventKind.STEP_PLANNED, step=i, seconds=max(60.0, floor * 60) + 20)
    assert proposal(room.engine, 5 * 60 + 200) is None


def test_rule_the_limit_per_intervention_counts_the_speakers_turn() -> None:
    from app.session.rules.pacing import intervention_left

    room = BareRoom().at(0, EventKind.STARTED).at(0, EventKind.STEP_CHANGED, step=2)
    assert intervention_left(room.engine, 10) is None  # no limit
    room.at(0, EventKind.INTERVENTION_LIMIT, step=2, seconds=90)
    assert intervention_left(room.engine, 10) is None  # nobody speaks
    room.at(10, EventKind.FLOOR_TAKEN, person=3)
    assert intervention_left(room.engine, 40) == 60
    assert intervention_left(room.engine, 130) == -30
    closing = room.step_index("closing")
    room.at(130, EventKind.INTERVENTION_LIMIT, step=closing, seconds=90)
    room.at(130, EventKind.STEP_CHANGED, step=closing).at(130, EventKind.FLOOR_TAKEN, person=3)
    assert intervention_left(room.engine, 140) is None  # a round: its slot says it


# -- what the room's screen shows --------------------------------------------------------


def test_rule_a_calm_room_has_no_countdown_but_a_break_always_counts_down() -> None:
    from app.kinds import TimerView
    from app.session.view.room import calm, shows_bar

    room = BareRoom().at(0, EventKind.STARTED)
    assert not calm(room.snapshot(10)) and shows_bar(room.snapshot(10))
    for view, bar in (
        (TimerView.COUNT_UP, True),
        (TimerView.PROGRESS, True),
        (TimerView.NONE, False),
    ):
        room.at(10, EventKind.TIMER_VIEW, step=0, view=view.value)
        assert calm(room.snapshot(10)), view
        assert shows_bar(room.snapshot(10)) is bar, view
    room.at(20, EventKind.BREAK, seconds=600)
    assert not calm(room.snapshot(30)) and shows_bar(room.snapshot(30))


def test_rule_the_balance_shows_once_two_may_speak_and_someone_has_outside_a_round() -> None:
    from app.session.view.room import shows_balance

    room = BareRoom().at(0, EventKind.STARTED).at(0, EventKind.STEP_CHANGED, step=2)
    assert not shows_balance(room.snapshot(10))  # nobody spoke yet
    room.at(10, EventKind.FLOOR_TAKEN, person=3).at(40, EventKind.FLOOR_RELEASED)
    assert shows_balance(room.snapshot(40))
    closing = room.step_index("closing")
    room.at(40, EventKind.STEP_CHANGED, step=closing).at(40, EventKind.FLOOR_TAKEN, person=3)
    assert not shows_balance(room.snapshot(60))  # a round: imbalance until it is done


# -- the balance of the floor as a figure ----------------------------------------------


def test_rule_a_session_where_nobody_spoke_has_no_balance_not_a_perfect_one() -> None:
    room = BareRoom().at(0, EventKind.STARTED).at(0, EventKind.STEP_CHANGED, step=2)
    silent = session_fairness(room.engine, 600)
    assert not silent.measured and silent.measured_balance is None
    room.at(600, EventKind.FLOOR_TAKEN, person=3).at(3000, EventKind.FLOOR_RELEASED)
    one_voice = session_fairness(room.engine, 3000)  # forty minutes, one person
    assert one_voice.measured and one_voice.measured_balance == one_voice.balance < 0.5


def test_rule_a_narrators_exposé_alone_is_no_shared_speech() -> None:
    room = BareRoom().at(0, EventKind.STARTED).at(0, EventKind.STEP_CHANGED, step=1)
    room.at(0, EventKind.FLOOR_TAKEN, person=2).at(2400, EventKind.FLOOR_RELEASED)
    assert session_fairness(room.engine, 2400).measured_balance is None


def test_rule_a_calm_room_reads_only_what_its_clock_shows() -> None:
    from app.kinds import TimerView
    from app.session.view.room import RoomCue, room_cue

    room = BareRoom()
    assert room_cue(room.snapshot(0)) is RoomCue.STATUS  # ready: said as it is
    room.at(0, EventKind.STARTED)
    assert room_cue(room.snapshot(10)) is RoomCue.STATUS  # a countdown: time left
    room.at(10, EventKind.TIMER_VIEW, step=0, view=TimerView.COUNT_UP.value)
    assert room_cue(room.snapshot(20)) is RoomCue.TIME_TAKEN
    room.at(20, EventKind.TIMER_VIEW, step=0, view=TimerView.PROGRESS.value)
    assert room_cue(room.snapshot(30)) is RoomCue.NOTHING
    assert room_cue(room.snapshot(3600)) is RoomCue.NOTHING  # even past its end
    room.at(40, EventKind.PAUSED)
    assert room_cue(room.snapshot(50)) is RoomCue.STATUS  # "paused" is no time figure


def test_rule_a_timer_not_started_for_three_minutes_is_said() -> None:
    from app.session.view.room import FORGOTTEN_AFTER, timer_forgotten

    assert FORGOTTEN_AFTER == 180.0
    room = BareRoom()
    assert not timer_forgotten(room.snapshot(0), 179.9)
    assert timer_forgotten(room.snapshot(0), 180.0)
    room.at(0, EventKind.STARTED).at(10, EventKind.PAUSED)
    assert not timer_forgotten(room.snapshot(20), 3600)  # paused on purpose: not forgotten


# -- the figures of the floor ------------------------------------------------------------


def test_rule_a_share_is_a_persons_talk_over_everyone_expected_and_nothing_when_silent() -> None:
    room = BareRoom().at(0, EventKind.STARTED).at(0, EventKind.STEP_CHANGED, step=2)
    silent = step_fairness(room.engine, 2, 60)
    assert silent.share(3) == 0.0 and silent.total_talk == 0.0
    room.at(60, EventKind.FLOOR_TAKEN, person=3).at(90, EventKind.FLOOR_RELEASED)
    room.at(90, EventKind.FLOOR_TAKEN, person=4).at(180, EventKind.FLOOR_RELEASED)
    f = step_fairness(room.engine, 2, 180)
    assert (f.share(3), f.share(4), f.share(5)) == (0.25, 0.75, 0.0)
    assert f.equal_share == 1 / len(f.population) and f.total_talk == 120
    assert f.not_spoken == [p for p in f.population if p not in (3, 4)]
    assert f.turns[3] == 1 and all(f.turns[p] == 0 for p in f.not_spoken)
    assert f.silence == 60  # the first minute, before anyone spoke


def test_rule_half_a_second_of_speech_is_speech() -> None:
    room = BareRoom().at(0, EventKind.STARTED).at(0, EventKind.STEP_CHANGED, step=2)
    room.at(10, EventKind.FLOOR_TAKEN, person=3).at(10.5, EventKind.FLOOR_RELEASED)
    assert session_fairness(room.engine, 20).measured


def test_rule_the_narrators_talk_outside_the_shared_floor_is_counted_apart() -> None:
    room = BareRoom().at(0, EventKind.STARTED).at(0, EventKind.STEP_CHANGED, step=2)
    f = step_fairness(room.engine, 2, 60)
    assert f.narrator_apart == 0.0 and f.others_talk == 0.0
    room.at(60, EventKind.FLOOR_TAKEN, person=2).at(100, EventKind.FLOOR_RELEASED)  # narrator
    room.at(100, EventKind.FLOOR_TAKEN, person=1).at(110, EventKind.FLOOR_RELEASED)  # facilitator
    f = step_fairness(room.engine, 2, 110)
    assert 2 not in f.population and (f.narrator_apart, f.others_talk) == (40, 10)


def test_rule_going_back_to_a_step_in_its_last_minute_rings_nothing() -> None:
    tracker = CueTracker()
    assert tracker.update(3, 300, True) is None
    assert tracker.update(2, -5, True) is None  # back to a step already over: no chime


def test_rule_a_clock_rounds_toward_the_second_it_shows_either_side_of_zero() -> None:
    assert [format_clock(s) for s in (-0.5, -1.5, 0.5, 59.01)] == ["0:01", "0:02", "0:01", "1:00"]


def test_rule_the_balance_is_one_minus_the_gini() -> None:
    room = BareRoom().at(0, EventKind.STARTED).at(0, EventKind.STEP_CHANGED, step=2)
    for person in (3, 4, 5):
        room.at(room.t, EventKind.FLOOR_TAKEN, person=person)
        room.at(room.t + 60, EventKind.FLOOR_RELEASED)
    even = step_fairness(room.engine, 2, room.t)
    assert even.gini == 0.0 and even.balance == 1.0 and even.measured_balance == 1.0


def test_rule_one_person_alone_shares_no_floor() -> None:
    from app.session.rules.fairness import Fairness

    def alone(population: list[int], talk: float) -> Fairness:
        return Fairness(
            population=population, talk={p: talk for p in population}, turns={},
            total_talk=talk * len(population), equal_share=1.0, gini=0.0, not_spoken=[],
            silence=0.0, narrator_apart=0.0, others_talk=0.0, interruptions=[],
        )  # fmt: skip

    assert not alone([3], 60.0).measured and alone([3, 4], 60.0).measured
    assert not alone([], 0.0).measured and not alone([3, 4], 0.0).measured


def test_rule_an_interruption_belongs_to_its_step() -> None:
    room = BareRoom().at(0, EventKind.STARTED)
    room.at(0, EventKind.STEP_CHANGED, step=4)  # the narrator listens here
    room.at(10, EventKind.FLOOR_TAKEN, person=2).at(20, EventKind.FLOOR_RELEASED)
    room.at(20, EventKind.STEP_CHANGED, step=5)
    assert [len(step_fairness(room.engine, i, 30).interruptions) for i in (3, 4, 5)] == [0, 1, 0]
    assert len(session_fairness(room.engine, 30).interruptions) == 1


def test_rule_the_sessions_floor_adds_up_its_shared_steps() -> None:
    room = BareRoom().at(0, EventKind.STARTED).at(0, EventKind.STEP_CHANGED, step=2)
    room.at(0, EventKind.FLOOR_TAKEN, person=3).at(60, EventKind.FLOOR_RELEASED)
    room.at(60, EventKind.FLOOR_TAKEN, person=3).at(90, EventKind.FLOOR_RELEASED)
    room.at(90, EventKind.STEP_CHANGED, step=3)
    room.at(90, EventKind.FLOOR_TAKEN, person=4).at(150, EventKind.FLOOR_RELEASED)
    f = session_fairness(room.engine, 150)
    assert f.turns[3] == 2 and f.turns[4] == 1 and f.turns[5] == 0
    assert (f.talk[3], f.talk[4], f.total_talk) == (90, 60, 150)
    assert f.silence == 0.0  # someone spoke all along
    assert f.narrator_apart == 0.0  # the narrator did not speak


def test_rule_a_proposal_is_on_time_when_it_saves_at_least_the_lateness() -> None:
    from app.session.rules.pacing import CatchUp

    assert CatchUp(late=300.0, lengths={}, saved=300.0).on_time is True
    assert CatchUp(late=300.0, lengths={}, saved=299.5).on_time is False
    assert CatchUp(late=1e6 + 0.5, lengths={}, saved=1e6 + 1.5).on_time is True


def test_rule_a_proposal_saves_a_minute_at_least() -> None:
    from app.session.rules.pacing import proposal

    def offer_with_room(room: float):
        """Every step to come at its floor but the closing, which has ``room`` to give."""
        engine = BareRoom().at(0, EventKind.STARTED)
        floors = {1: 600, 2: 720, 3: 720, 4: 1080, 5: 540, 6: 360}
        for step, floor in floors.items():
            extra = room if step == 6 else 0
            engine.at(0, EventKind.STEP_PLANNED, step=step, seconds=floor + extra)
        # The plan now 40 minutes shorter than the method's: the opening runs 50 over.
        return proposal(engine.engine, 300 + 3000)

    assert offer_with_room(30) is None and offer_with_room(45) is None
    offer = offer_with_room(60)
    assert offer is not None and offer.saved == 60 and offer.lengths == {6: 360}


def test_rule_the_steps_to_come_give_the_lateness_or_all_their_room_never_more() -> None:
    from app.session.rules.pacing import shortened, step_floor

    engine = BareRoom().at(0, EventKind.STARTED).engine
    to_come = list(engine.still_to_come(0))
    room = sum(engine.step_planned(i) - step_floor(engine, i) for i in to_come)
    for late in (61, 300, 599, 1200, 2400, room - 1, room, room + 1, 10 * room):
        lengths = shortened(engine, late)
        saved = sum(engine.step_planned(i) - s for i, s in lengths.items())
        assert min(late, room) <= saved <= room, late
        assert all(step_floor(engine, i) <= s < engine.step_planned(i) for i, s in lengths.items())


def test_rule_a_participants_name_holds_80_characters_and_is_told_by_its_start() -> None:
    from app.session.rules.setup import validate_setup

    crew = [*CREW, ("n" * 80, "consultant"), ("m" * 81, "consultant")]
    [problem] = validate_setup(_setup(crew, [("Cas", 1)]))
    assert (problem.index, problem.detail) == (4, "m" * 20)


def test_rule_any_seat_can_bring_the_case_even_the_first() -> None:
    crew = [("Bruno", "narrator"), ("Anne", "facilitator"), ("Chloé", "consultant")]
    assert _problems(_setup(crew, [("Cas", 0)])) == []


def test_rule_a_method_that_chooses_its_situations_live_takes_cases_without_them() -> None:
    from app.protocols import load_catalog
    from app.session.rules.setup import NewCase, NewParticipant, SessionSetup, validate_setup

    people = [NewParticipant(n, Role(r)) for n, r in CREW]
    live = load_catalog().get("groupe-parole")
    untitled = [NewCase("", None), NewCase("", None)]
    assert validate_setup(SessionSetup("G", live, people, untitled)) == []
    wrong = [NewCase("", None), NewCase("Cas", 7)]  # a narrator given must be seated
    problems = validate_setup(SessionSetup("G", live, people, wrong))
    assert [(p.problem.value, p.index) for p in problems] == [("no_narrator", 1)]
    assert validate_setup(SessionSetup("G", live, people, untitled[:1])) == []  # min 1, max 2
