"""The group's rules (app/group/rules.py), one test per rule, on plain records."""

from __future__ import annotations

from datetime import date

import pytest

from app.group.rules import (
    ANSWER_AWAITED_DAYS,
    EVALUATION_QUESTIONS,
    SCALE,
    ActionHistory,
    ActionStatus,
    CalendarEntry,
    CarriedAction,
    DateState,
    EvaluationAverage,
    InvalidEntry,
    ManagementAnswer,
    Review,
    action_history,
    averages,
    awaited_answers,
    calendar_states,
    carried_into,
    check_answer_days,
    check_day,
    check_length,
    check_planned_sessions,
    check_tally,
    check_time,
    next_and_overdue,
)

DONE, IN_PROGRESS, DROPPED = ActionStatus.DONE, ActionStatus.IN_PROGRESS, ActionStatus.DROPPED


def _action(status: str | None, *, here: bool) -> CarriedAction:
    return CarriedAction(1, "Appeler la CAF", "Anne", "", status, "", None, "", reviewed_here=here)


def _review(session_id: int, status: str, comment: str = "") -> Review:
    return Review(session_id, status, comment, None, "")


def _history(decided_in: int, *reviews: Review, note_id: int = 7) -> ActionHistory:
    return ActionHistory(note_id, decided_in, "Appeler la CAF", "Anne", "15/03", list(reviews))


def _entry(number: int, day: str, *, held: bool = False) -> CalendarEntry:
    return CalendarEntry(number, day, "09:30", 180, "", "", held)


# -- the actions carried from one session to the next -----------------------------


def test_rule_a_carried_action_is_unreviewed_here_and_undated_until_said() -> None:
    action = CarriedAction(1, "Appeler", "Anne", "", None, "", None, "")
    assert (action.reviewed_here, action.decided_in, action.history) == (False, 0, ())


def test_rule_an_action_shows_this_sessions_word_only() -> None:
    assert _action(DONE, here=True).shown_status == DONE
    assert _action(DONE, here=False).shown_status is None


def test_rule_still_in_progress_means_carried_in_progress_and_not_reviewed_here() -> None:
    assert _action(IN_PROGRESS, here=False).still_in_progress
    assert not _action(IN_PROGRESS, here=True).still_in_progress
    assert not _action(DONE, here=False).still_in_progress
    assert not _action(None, here=False).still_in_progress
    as_read = "".join(["in_", "progress"])  # a plain string, as the store reads it back
    assert _action(as_read, here=False).still_in_progress


def test_rule_as_carried_takes_the_latest_word_and_numbers_the_story() -> None:
    history = _history(10, _review(11, IN_PROGRESS, "relancé"))
    latest = Review(11, IN_PROGRESS, "relancé", "partly", "mail")
    carried = history.as_carried(latest, history.reviews, {10: 1, 11: 2}, reviewed_here=True)
    assert carried == CarriedAction(
        7, "Appeler la CAF", "Anne", "15/03", IN_PROGRESS, "relancé", "partly", "mail",
        reviewed_here=True, decided_in=1, history=((2, IN_PROGRESS),),
    )  # fmt: skip
    never = history.as_carried(None, [], {})
    assert (never.status, never.comment, never.evaluation, never.trace) == (None, "", None, "")
    assert never.decided_in == 0 and never.history == () and not never.reviewed_here


def test_rule_only_actions_decided_in_an_earlier_session_are_carried() -> None:
    histories = [_history(9, note_id=9), _history(1, note_id=1), _history(3, note_id=3)]
    carried = carried_into(3, [1, 2], histories)
    assert [a.note_id for a in carried] == [1]


def test_rule_an_action_closed_before_the_session_is_not_carried() -> None:
    done = _history(1, _review(2, DONE), note_id=1)
    dropped = _history(1, _review(2, DROPPED), note_id=2)
    going = _history(1, _review(2, IN_PROGRESS), note_id=3)
    reopened = _history(1, _review(2, DONE), _review(2, IN_PROGRESS), note_id=4)
    never = _history(1, note_id=5)
    carried = carried_into(3, [1, 2], [done, dropped, going, reopened, never])
    assert [a.note_id for a in carried] == [3, 4, 5]
    as_read = _history(1, _review(2, "".join(["in_", "progress"])), note_id=6)  # a plain str
    assert [a.note_id for a in carried_into(3, [1, 2], [as_read])] == [6]


def test_rule_a_review_after_the_session_does_not_close_it_there() -> None:
    closed_later = _history(1, _review(5, DONE))
    [carried] = carried_into(3, [1, 2], [closed_later])
    assert carried.status is None and carried.history == ()


def test_rule_the_sessions_own_review_is_its_latest_word() -> None:
    first, second, third = 1001, 1002, 1003  # ids as a store of some years gives them
    action = _history(
        first,
        _review(second, IN_PROGRESS, "relancé"),
        _review(third, IN_PROGRESS, "en attente"),
        _review(third, DROPPED, "abandonnée ?"),
        _review(third, DONE, "fait"),
    )
    numbers = {first: 1, second: 2, third: 3}
    [carried] = carried_into(int("1003"), [first, second], [action], numbers)
    assert (carried.status, carried.comment, carried.reviewed_here) == (DONE, "fait", True)
    assert carried.history == ((2, IN_PROGRESS), (3, IN_PROGRESS), (3, DROPPED), (3, DONE))
    assert carried.decided_in == 1


def test_rule_without_a_review_here_the_latest_earlier_word_shows() -> None:
    action = _history(1, _review(2, IN_PROGRESS, "un"), _review(2, IN_PROGRESS, "deux"))
    [carried] = carried_into(3, [1, 2], [action])
    assert (carried.comment, carried.reviewed_here) == ("deux", False)
    assert carried.history == ((0, IN_PROGRESS), (0, IN_PROGRESS))  # no numbers given


# -- management's answers ------------------------------------------------------------


def test_rule_an_answers_delay_is_its_day_minus_the_sending_day() -> None:
    answer = ManagementAnswer(1, "2027-01-10", "2027-03-07", "", "")
    assert answer.delay_days == 56
    assert ManagementAnswer(1, "2027-01-10", "2027-01-10", "", "").delay_days == 0


def test_rule_an_answer_cannot_come_before_its_sending() -> None:
    check_answer_days("2027-01-10", "2027-01-10")
    check_answer_days("2027-01-10", "2027-03-07")
    with pytest.raises(InvalidEntry) as before:
        check_answer_days("2027-01-10", "2027-01-09")
    assert before.value.field == "answered_day"
    with pytest.raises(InvalidEntry) as bad_sent:
        check_answer_days("10/01/2027", "2027-01-11")
    assert bad_sent.value.field == "sent_day"
    with pytest.raises(InvalidEntry) as bad_answer:
        check_answer_days("2027-01-10", "2027-02-30")
    assert bad_answer.value.field == "answered_day"


def test_rule_an_answer_is_awaited_after_thirty_days() -> None:
    assert ANSWER_AWAITED_DAYS == 30


def test_rule_awaited_answers_are_unanswered_past_the_limit_oldest_first() -> None:
    sendings = [
        (1, 1, "A", 1, "2027-01-20", False),  # 40 days
        (2, 1, "A", 2, "2027-01-30", False),  # 30 days: not past 30
        (3, 2, "B", 1, "2027-01-01", True),  # answered
        (4, 2, "B", 2, "2027-01-10", False),  # 50 days
    ]
    waiting = awaited_answers(sendings, date(2027, 3, 1), longer_than=30)
    assert [(w.session_id, w.days) for w in waiting] == [(4, 50), (1, 40)]
    assert waiting[0].group == "B" and waiting[0].group_id == 2 and waiting[0].number == 2
    assert [w.session_id for w in awaited_answers(sendings, date(2027, 3, 1))] == [4, 1, 2]
    assert awaited_answers([(5, 1, "A", 1, "2027-03-01", False)], date(2027, 3, 1)) == []
    yesterday = [(7, 1, "A", 4, "2027-02-28", False)]
    assert [w.days for w in awaited_answers(yesterday, date(2027, 3, 1))] == [1]
    recent = [(6, 1, "A", 3, "2027-02-20", False)]  # 9 days, well within 30
    assert awaited_answers(recent, date(2027, 3, 1), longer_than=30) == []


# -- the calendar ----------------------------------------------------------------------


def test_rule_a_day_is_a_real_date_written_yyyy_mm_dd() -> None:
    assert check_day("2027-02-28") == "2027-02-28"
    for wrong in ("2027-02-30", "27-02-28", "2027-2-28", "28/02/2027", "", "2027-02-28x"):
        with pytest.raises(InvalidEntry) as refused:
            check_day(wrong)
        assert refused.value.field == "day"
    with pytest.raises(InvalidEntry) as named:
        check_day("nope", "when")
    assert named.value.field == "when"


def test_rule_a_start_is_a_time_of_the_day() -> None:
    for right in ("00:00", "09:30", "19:59", "23:59"):
        assert check_time(right) == right
    for wrong in ("24:00", "9:30", "09:60", "09h30", "", "09:30 "):
        with pytest.raises(InvalidEntry) as refused:
            check_time(wrong)
        assert refused.value.field == "start"


def test_rule_a_meeting_lasts_five_minutes_to_a_day() -> None:
    assert check_length(5) == 5 and check_length(24 * 60) == 24 * 60
    for wrong in (4, 24 * 60 + 1, 0, -5):
        with pytest.raises(InvalidEntry) as refused:
            check_length(wrong)
        assert refused.value.field == "minutes"


def test_rule_a_cycle_plans_one_to_fifty_sessions() -> None:
    assert check_planned_sessions(1) == 1 and check_planned_sessions(50) == 50
    for wrong in (0, 51, -1):
        with pytest.raises(InvalidEntry) as refused:
            check_planned_sessions(wrong)
        assert refused.value.field == "planned_sessions"


def test_rule_the_next_date_is_today_or_later_and_a_past_one_is_overdue() -> None:
    entries = [
        _entry(1, "2027-01-10", held=True),
        _entry(2, "2027-02-10"),
        _entry(3, "2027-03-01"),
        _entry(4, "2027-04-10"),
    ]
    upcoming, overdue = next_and_overdue(entries, date(2027, 3, 1))
    assert upcoming == entries[2] and overdue == [entries[1]]
    assert next_and_overdue(entries[:2], date(2027, 3, 1)) == (None, [entries[1]])


def test_rule_each_date_is_held_overdue_next_or_planned() -> None:
    entries = [
        _entry(1, "2027-01-10", held=True),
        _entry(2, "2027-02-10"),
        _entry(3, "2027-03-10"),
        _entry(4, "2027-04-10"),
    ]
    states = [d.state for d in calendar_states(entries, date(2027, 3, 1))]
    assert states == [DateState.HELD, DateState.OVERDUE, DateState.NEXT, DateState.PLANNED]
    later = [d.state for d in calendar_states(entries[:2], date(2027, 1, 1))]
    assert later == [DateState.HELD, DateState.NEXT]
    far = [e._replace(number=e.number + 1000) for e in entries]  # numbers past small ints
    far_states = [d.state for d in calendar_states(far, date(2027, 3, 1))]
    assert far_states == [DateState.HELD, DateState.OVERDUE, DateState.NEXT, DateState.PLANNED]
    assert [d.entry for d in calendar_states(entries, date(2027, 3, 1))] == entries


# -- the participants' evaluation ----------------------------------------------------


def test_rule_the_evaluation_asks_two_questions_on_a_scale_of_five() -> None:
    assert EVALUATION_QUESTIONS == ("helped_practice", "frame_kept")
    assert list(SCALE) == [1, 2, 3, 4, 5]


def test_rule_a_tally_holds_known_questions_scores_on_the_scale_and_counts_to_100() -> None:
    good = {"helped_practice": {1: 0, 5: 100}, "frame_kept": {3: 8}}
    assert check_tally(good) == good
    for question, score, count, field in (
        ("other", 3, 1, "question"),
        ("frame_kept", 0, 1, "score"),
        ("frame_kept", 6, 1, "score"),
        ("frame_kept", 3, -1, "score"),
        ("frame_kept", 3, 101, "score"),
    ):
        with pytest.raises(InvalidEntry) as refused:
            check_tally({question: {score: count}})
        assert refused.value.field == field


def test_rule_averages_are_weighted_by_counts_in_the_order_asked() -> None:
    rows = [("frame_kept", 4, 2), ("helped_practice", 5, 1), ("helped_practice", 2, 3)]
    rows.append(("unknown", 5, 9))
    assert averages(rows) == [
        EvaluationAverage("helped_practice", 11 / 4, 4),
        EvaluationAverage("frame_kept", 4.0, 2),
    ]
    assert averages([("frame_kept", 3, 0)]) == []


# -- an action's story, as printed ---------------------------------------------------


def test_rule_an_actions_story_names_where_it_was_decided_then_each_word() -> None:
    words = {
        "history_decided": "décidée en séance {n}",
        "history_step": "{status} en séance {n}",
        "status_in_progress": "en cours",
        "status_done": "faite",
    }
    action = _action(DONE, here=True)._replace(decided_in=1, history=((2, IN_PROGRESS), (3, DONE)))
    story = "décidée en séance 1 · en cours en séance 2 · faite en séance 3"
    assert action_history(action, words) == story
    assert action_history(action._replace(decided_in=0, history=()), words) == ""


def test_rule_the_bilan_prints_a_dash_for_a_session_with_no_speech() -> None:
    from app.export.bilan import build_bilan
    from app.group.ops.figures import CycleFigures, SessionFigures

    def session(n: int, balance: float | None) -> SessionFigures:
        return SessionFigures(n, n, "2027-01-1" + str(n), 8, 8, [], [], balance, {}, {}, {})

    figures = CycleFigures("G", "2027", "codev-anact", 6, [session(1, None), session(2, 0.8)])
    for lang, two in (("fr", "0,80"), ("en", "0.80")):
        page = build_bilan(figures, [], lang)
        rows = [cell for section in page.sections for row in section.rows for cell in row]
        first = next(r for r in rows if ("Séance 1" if lang == "fr" else "Session 1") in r)
        assert "—" in first and "1,00" not in first and "1.00" not in first, first
        assert f"— → {two}" in rows


def test_rule_a_meeting_is_taken_in_by_a_date_planned_on_its_day() -> None:
    from datetime import datetime

    from app.group.rules import held_on

    noon = datetime(2027, 1, 12, 12, 0).timestamp()
    held = [(1001, noon), (1002, noon + 86400), (1003, noon - 12 * 3600 + 60)]
    assert held_on("2027-01-12", held) == [1001, 1003]
    assert held_on("2027-01-14", held) == []


def test_rule_a_relevés_sending_day_is_the_one_recorded_when_it_went_out() -> None:
    from app.group.rules import sending_day

    assert sending_day("2027-01-10", "2027-03-07") == "2027-01-10"
    assert sending_day(None, "2027-03-07") == "2027-03-07"


def test_rule_a_groups_advised_size_is_said_only_outside_the_methods_range() -> None:
    from app.group.rules import size_advice

    assert [size_advice("codev-anact", n) for n in (4, 5, 8, 9)] == [(5, 8), None, None, (5, 8)]
    assert [size_advice("echanges-pairs", n) for n in (7, 8, 10, 11)] == [
        (8, 10), None, None, (8, 10),
    ]  # fmt: skip
    assert size_advice("codev-payette", 12) == (5, 8)
    assert size_advice("groupe-parole", 25) is None  # this method gives no size


# -- launching a group: the framing note (seed 001) -------------------------------------


def test_rule_a_framing_note_keeps_its_parts_trimmed_and_at_most_4000_characters() -> None:
    from app.group.rules import FRAMING_TEXT_MAX, FramingNote, checked_framing

    assert FRAMING_TEXT_MAX == 4000
    kept = checked_framing(
        FramingNote(origin="  Demande des agents \n", themes="x" * 5000, contact=" Anne ")
    )
    assert kept.origin == "Demande des agents" and kept.contact == "Anne"
    assert len(kept.themes) == FRAMING_TEXT_MAX
    every = FramingNote(*(f" {name} " for name in ("o", "b", "p", "t")), "pair", " f ", " r ",
                        None, None, (), " rp ", " c ")  # fmt: skip
    assert checked_framing(every) == FramingNote("o", "b", "p", "t", "pair", "f", "r",
                                                 None, None, (), "rp", "c")  # fmt: skip


def test_rule_a_framing_note_seeks_a_size_of_2_to_30_low_before_high() -> None:
    from app.group.rules import SIZE_RANGE, FramingNote, checked_framing

    assert SIZE_RANGE == (2, 30)
    assert checked_framing(FramingNote(size_low=2, size_high=30)).size_high == 30
    assert checked_framing(FramingNote(size_low=8, size_high=8)).size_low == 8
    for low, high, field in ((1, None, "size_low"), (None, 31, "size_high"), (9, 8, "size_high")):
        with pytest.raises(InvalidEntry) as refused:
            checked_framing(FramingNote(size_low=low, size_high=high))
        assert refused.value.field == field


def test_rule_facilitation_is_alone_a_pair_or_not_said() -> None:
    from app.group.rules import FramingNote, checked_framing

    for said in ("", "alone", "pair"):
        assert checked_framing(FramingNote(facilitation=said)).facilitation == said
    with pytest.raises(InvalidEntry, match="facilitation"):
        checked_framing(FramingNote(facilitation="trio"))


def test_rule_diversity_is_of_the_five_profiles_in_their_order_never_another() -> None:
    from app.group.rules import DIVERSITY, FramingNote, checked_framing

    assert DIVERSITY == ("age", "seniority", "sex", "status", "functions")
    met = checked_framing(FramingNote(diversity_met=("functions", "age", "age")))
    assert met.diversity_met == ("age", "functions")
    with pytest.raises(InvalidEntry, match="diversity"):
        checked_framing(FramingNote(diversity_met=("age", "religion")))


def test_rule_the_size_sought_is_the_notes_else_the_methods_advice() -> None:
    from app.group.rules import FramingNote, sought_size

    assert sought_size(FramingNote(size_low=6, size_high=9), "codev-anact") == (6, 9)
    assert sought_size(FramingNote(size_low=7), "codev-anact") == (7, 7)
    assert sought_size(FramingNote(size_high=9), "echanges-pairs") == (9, 9)
    assert sought_size(FramingNote(), "echanges-pairs") == (8, 10)
    assert sought_size(FramingNote(), "codev-anact") == (5, 8)
    assert sought_size(FramingNote(), "rex") is None


def test_rule_a_cycles_title_and_a_places_limit_is_said_never_cut() -> None:
    """Issue 29: cut at 200 characters without a word."""
    from app.group.rules import TEXT_LIMITS, check_text

    assert TEXT_LIMITS == {"title": 200, "place": 200, "member_name": 80}
    assert check_text("  Cycle 2027 ", "title") == "Cycle 2027"
    assert check_text("x" * 200, "place") == "x" * 200
    for field in ("title", "place"):
        with pytest.raises(InvalidEntry) as refused:
            check_text("x" * 201, field)
        assert refused.value.field == field


def test_rule_a_members_name_is_1_to_80_characters_said_never_cut() -> None:
    """Issue 29: a 1 MB member name was stored; an empty one could be typed."""
    import pytest

    from app.group.rules import InvalidEntry, member_name

    assert member_name("  Fatou   Keïta ") == "Fatou Keïta"
    assert member_name("x" * 80) == "x" * 80
    for bad in ("", "   ", "x" * 81, "x" * 1_000_000):
        with pytest.raises(InvalidEntry) as refused:
            member_name(bad)
        assert refused.value.field == "member_name"
