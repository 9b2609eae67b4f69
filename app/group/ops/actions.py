"""A group's actions: its members, cycles and calendar, management's answers,
its cases' themes, and deleting a session or the whole group."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from app.changes import OpChanges
from app.export.calendar import cycle_ics
from app.files import check_outside, write_atomically
from app.group.rules import FramingNote, awaited_answers, calendar_states
from app.group.view import AnswerRow, CaseRow, CycleView, GroupView
from app.session.rules.engine import Role
from app.text import clean_text

if TYPE_CHECKING:
    from app.group.ops.figures import CycleFigures
    from app.privacy.rules.erasure import NameEraser, Replacement
    from app.session.store import Store


def add_member(store: Store, *, group_id: int, name: str, wall: float) -> OpChanges:
    store.members.add_member(group_id, name, Role.CONSULTANT.value, wall)
    return OpChanges(members=True)


def rename_member(store: Store, *, member_id: int, name: str) -> OpChanges:
    store.members.rename_member(member_id, name)
    return OpChanges(members=True, calendar=True)


def retire_member(store: Store, *, member_id: int, wall: float) -> OpChanges:
    store.members.retire_member(member_id, wall)
    return OpChanges(members=True)


def create_cycle(
    store: Store, *, group_id: int, protocol_id: str, title: str, sessions: int, wall: float
) -> OpChanges:
    store.cycles.create_cycle(group_id, protocol_id, title, sessions, wall)
    return OpChanges(cycles=True, groups=True)


def plan_session(
    store: Store,
    *,
    cycle_id: int,
    number: int,
    day: str,
    start: str,
    minutes: int,
    place: str,
    narrator_member_id: int | None,
) -> OpChanges:
    place = clean_text(place)
    store.cycles.plan(cycle_id, number, day, start, minutes, place, narrator_member_id)
    return OpChanges(calendar=True, groups=True)


def record_answer(
    store: Store,
    *,
    session_id: int,
    sent_day: str,
    answered_day: str,
    analysis: str,
    decisions: str,
    about: str,
    wall: float,
) -> OpChanges:
    from app.group.rules import check_day, sending_day

    analysis, decisions, about = (clean_text(t) for t in (analysis, decisions, about))
    recorded = store.releve_sent_day(session_id)
    if recorded is None:  # the sending was not recorded yet: it is, with the answer
        store.mark_releve_sent(session_id, check_day(sent_day, "sent_day"), wall)
    sent_day = sending_day(recorded, sent_day)
    store.answers.record_answer(
        session_id, sent_day, answered_day, analysis, decisions, wall, about
    )
    return OpChanges(answers=True)


def sent_day_of(store: Store, *, session_id: int) -> str | None:
    """The day the session's relevé was recorded as sent, if it was."""
    return store.releve_sent_day(session_id)


def set_case_theme(store: Store, *, session_id: int, case_index: int, theme: str) -> OpChanges:
    store.set_case_theme(session_id, case_index, clean_text(theme))
    return OpChanges(cases=True)


def delete_session(store: Store, *, session_id: int) -> OpChanges:
    store.cycles.delete_session(session_id)
    return OpChanges(sessions=True, groups=True, answers=True, cases=True, cycles=True)


def delete_groups(store: Store, *, group_ids: list[int]) -> OpChanges:
    for group_id in group_ids:
        store.cycles.delete_group(group_id)
    return OpChanges(groups=True, sessions=True)


def calendar_file(store: Store, *, cycle_id: int) -> bytes:
    group, title, _protocol, _planned = store.cycles.cycle_heading(cycle_id)
    return cycle_ics(cycle_id, group, title, store.cycles.calendar(cycle_id))


def export_calendar(store: Store, *, cycle_id: int, path: Path) -> Path:
    check_outside(path, store.data_folder)
    write_atomically(calendar_file(store, cycle_id=cycle_id), path)
    return path


def cycle_figures(store: Store, *, cycle_id: int) -> CycleFigures:
    """Every session of the cycle replayed: slow, run off the GUI thread."""
    from app.group.ops.figures import collect_cycle

    return collect_cycle(store, cycle_id)


def bilan_suspects(store: Store, *, cycle_id: int, lang: str) -> list[str]:
    """The names in the cycle's bilan that are no member's: each is shown to the
    facilitator, who decides which are replaced. Slow: off the GUI thread."""
    from app.export.bilan import bilan_third_parties
    from app.group.ops.figures import collect_cycle

    return bilan_third_parties(collect_cycle(store, cycle_id), lang)


def export_bilan(
    store: Store,
    *,
    cycle_id: int,
    criteria: list[str],
    lang: str,
    path: Path,
    third_parties: dict[str, str],
) -> Path:
    """The bilan, with the names the facilitator confirmed replaced, and only
    those. Slow (every session of the cycle replayed): run it off the GUI thread."""
    from app.export.bilan import bilan_pdf
    from app.group.ops.figures import collect_cycle

    check_outside(path, store.data_folder)
    figures = collect_cycle(store, cycle_id)
    write_atomically(bilan_pdf(figures, criteria, lang, third_parties), path)
    return path


def group_view(store: Store, *, group_id: int, today: date | None = None) -> GroupView:
    """Everything the group window shows, but the cycle's own rows and figures."""
    cycles = store.cycles
    name = cycles.group_name(group_id)
    sessions = store.sessions_of_group(group_id)
    answers = [
        AnswerRow(s.id, s.number_in_cycle, answer)
        for s in sessions
        for answer in store.answers.answers_to(s.id)
    ]
    return GroupView(
        group_id=group_id,
        name=name,
        members=store.members.members(group_id, include_retired=True),
        cycles=cycles.cycles(group_id),
        sessions=sessions,
        answers=answers,
        themes=store.themes(),
        awaited=[
            a
            for a in awaited_answers(store.sendings(), today or date.today())
            if a.group_id == group_id
        ],
        framing=store.framing.framing_note(group_id) or FramingNote(),
    )


def cycle_view(store: Store, *, cycle_id: int, today: date) -> CycleView:
    cycles = store.cycles
    return CycleView(
        cycle_id=cycle_id,
        dates=calendar_states(cycles.calendar(cycle_id), today),
        narrators=cycles.narrators_in_cycle(cycle_id),
        cases=[CaseRow(*row) for row in store.cycle_cases(cycle_id)],
    )


def _eraser(store: Store, group_id: int, member_id: int, lang: str) -> NameEraser:
    from app.export.sheet import LABELS
    from app.privacy.rules.erasure import NameEraser

    names = store.erasure.seat_names(group_id, member_id)
    if not names:
        from app.errors import Missing

        raise Missing(member_id)
    others = store.erasure.other_names(group_id, member_id) - names
    return NameEraser(names, others, LABELS.get(lang, LABELS["fr"])["former_member"])


def erasure_preview(store: Store, *, group_id: int, member_id: int, lang: str) -> list[Replacement]:
    """Every free text of the group that erasing the member would change, before
    and after: what the facilitator reads before confirming. Their seats and the
    member's own name are replaced whole, besides."""
    eraser = _eraser(store, group_id, member_id, lang)
    found = (eraser.preview(table, text) for table, text in store.erasure.free_texts(group_id))
    return [replacement for replacement in found if replacement is not None]


def erase_person(
    store: Store, *, group_id: int, member_id: int, lang: str, wall: float
) -> OpChanges:
    """A member's name out of every session of the group (seats, notes' authors and
    owners, cases, answers, the log): the name whole, and each of its parts where
    it stands as a word of its own, never inside another word or another member's
    name (:mod:`app.privacy.rules.erasure`). Their turns stay, under "ancien·ne
    membre", so that the figures still add up."""
    eraser = _eraser(store, group_id, member_id, lang)
    store.erasure.erase_member(group_id, member_id, eraser.label, eraser.text, wall)
    return OpChanges(members=True, sessions=True, cases=True, notes=True, answers=True)


def record_evaluation(
    store: Store,
    *,
    cycle_id: int,
    session_id: int | None,
    tally: dict[str, dict[int, int]],
    wall: float,
) -> OpChanges:
    """The participants' scores sheet, as counts per score: no score has a name."""
    from app.group.rules import check_tally

    store.answers.record_tally(cycle_id, session_id, check_tally(tally), wall)
    return OpChanges(cycles=True)


def evaluation_of(
    store: Store, *, cycle_id: int, session_id: int | None
) -> dict[str, dict[int, int]]:
    """The scores sheet already recorded for a session (or the whole cycle)."""
    return store.answers.tally_of(cycle_id, session_id)
