"""A year of a real group, in the order a new facilitator lives it (issue 26):
the cycle's calendar made with the group after session 1, a session created and
never held, management's answer recorded 56 days after the relevé went out, a
scores sheet saved twice, and the first session of the next cycle. The record
must stay true: who was held, their numbers, the delays and the bilan's figures."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from app.export.bilan import build_bilan
from app.group.ops.actions import record_answer, record_evaluation
from app.group.ops.figures import collect_cycle
from app.group.rules import DateState, calendar_states
from app.session.ops.actions import create_session_in_new_cycle, group_defaults
from app.session.rules.records import Note
from tests.group.test_a_cycle_lived import MONTH, hold, setup

pytestmark = pytest.mark.both_engines  # the store's tests run on both engines

GROUP = "Équipe du Nord"


def _day(wall: float) -> str:
    return datetime.fromtimestamp(wall).date().isoformat()


def test_a_year_with_the_cycle_made_after_session_1(store, catalog, clock) -> None:
    cycles = store.cycles
    # Session 1, before any cycle: ANACT builds the calendar with the group there.
    first = store.create_session(setup(catalog, 0, None), clock.wall())
    hold(store, clock, first)
    first_day = _day(store.load(first).started_wall or 0)
    action = store.add_note(first, Note(0, 6, 0, "action", "Appeler la CAF", owner="Bruno"), 0)
    sent = _day(clock.wall())
    store.mark_releve_sent(first, sent, clock.wall())

    # The next day, the cycle and its six dates, the first on session 1's day.
    clock.advance(86400)
    group_id = cycles.group_id(GROUP)
    cycle_id = cycles.create_cycle(group_id, "codev-anact", "2027", 6, clock.wall())
    days = [first_day] + [_day(clock.wall() + n * MONTH) for n in range(1, 6)]
    for number, day in enumerate(days, start=1):
        cycles.plan(cycle_id, number, day, "09:30", 180)
    assert cycles.sessions_of_cycle(cycle_id) == [first]  # taken in by its date
    states = calendar_states(cycles.calendar(cycle_id), date.fromtimestamp(clock.wall()))
    assert states[0].state is DateState.HELD  # not overdue the next day

    # Management answers 56 days after the relevé went out; the form's "sent on"
    # field was left on the day of the answer: the recorded sending wins.
    clock.advance(55 * 86400)
    answered = _day(clock.wall())
    record_answer(
        store, session_id=first, sent_day=answered, answered_day=answered,
        analysis="", decisions="Un référent CAF.", about="", wall=clock.wall(),
    )  # fmt: skip
    [answer] = store.answers.answers_to(first)
    assert (answer.sent_day, answer.delay_days) == (sent, 56)
    assert store.releve_sent_day(first) == sent  # never overwritten

    # Sessions 2 to 6, a month apart; a session created for the third date and
    # never started, then the real third meeting.
    held = [first]
    for n in range(2, 7):
        clock.advance(MONTH)
        if n == 3:
            abandoned = store.create_session(setup(catalog, 1, cycle_id), clock.wall())
            clock.advance(86400)
        session_id = store.create_session(setup(catalog, n - 1, cycle_id), clock.wall())
        assert store.load(session_id).number_in_cycle == n  # its number, before it starts
        hold(store, clock, session_id)
        held.append(session_id)
    assert [store.load(s).number_in_cycle for s in held] == [1, 2, 3, 4, 5, 6]
    [cycle] = cycles.cycles(group_id)
    assert cycle.held == 6  # the abandoned one is not held
    assert abandoned not in [c[0] for c in store.cycle_cases(cycle_id)]  # brought no case
    # Home no longer offers to resume it: the group has met since.
    assert abandoned not in [s.id for s in store.summaries(unfinished_only=True)]
    # Home's tree of the cycle: the six held, numbered as the store numbers them.
    from app.home.ops import cycle_rows

    today = date.fromtimestamp(clock.wall())
    leaves = cycle_rows(store, group_id=group_id, cycle_id=cycle_id, today=today)
    assert [(leaf.number, leaf.session_id) for leaf in leaves] == list(enumerate(held, 1))

    # The scores sheet of session 1, typed, then saved again: counted once.
    for _ in range(2):
        record_evaluation(
            store, cycle_id=cycle_id, session_id=first,
            tally={"helped_practice": {4: 5, 5: 3}}, wall=clock.wall(),
        )  # fmt: skip
    figures = collect_cycle(store, cycle_id, date.fromtimestamp(clock.wall()))
    [average] = figures.evaluation
    assert average.answers == 8
    # The bilan: the six sessions held, numbered 1 to 6, session 1's answer and action.
    assert [s.number for s in figures.sessions] == [1, 2, 3, 4, 5, 6]
    assert abandoned not in [s.session_id for s in figures.sessions]
    assert [a.session_id for a in figures.answers] == [first]
    assert action in [a.note_id for a in figures.actions]
    page = build_bilan(figures, [], "fr")
    rows = [cell for section in page.sections for row in section.rows for cell in row]
    assert sum(cell.startswith("Séance ") for cell in rows) == 6

    # The cycle is used up: the next session opens the next cycle, as n° 1.
    clock.advance(2 * MONTH)
    full = group_defaults(store, name=GROUP).full_cycle
    assert full is not None and full.id == cycle_id
    opening = create_session_in_new_cycle(
        store, setup=setup(catalog, 2, None), after=full, wall=clock.wall()
    )
    assert store.load(opening).number_in_cycle == 1
