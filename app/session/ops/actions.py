"""A session's actions outside the live console: creating it, correcting its
case and follow-up, its notes after the fact, the relevé's validation, the
previous actions' review, and the store's passphrase."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

import msgspec

from app.changes import OpChanges
from app.group.rules import ActionStatus, CarriedAction, Cycle, Evaluation, ManagementAnswer
from app.session.rules.engine import Role
from app.session.rules.notes import MAX_NOTE
from app.session.rules.records import Note
from app.text import clean_text

if TYPE_CHECKING:
    from app.export.attendance import AttendanceSheet
    from app.session.ops.drafts import NoteWriter
    from app.session.rules.setup import SessionSetup
    from app.session.store import Store

MAX_FOLLOW_UP = 200


CREATED = OpChanges(sessions=True, groups=True)


def create_session(store: Store, *, setup: SessionSetup, wall: float) -> int:
    """The new session's id; what it changed is :data:`CREATED`."""
    return store.create_session(setup, wall)


class GroupDefaults(NamedTuple):
    """What a new session of a known group starts from."""

    people: list[tuple[str, Role]]  # its members, else the last session's people
    told: set[str]  # who already brought a case in its current cycle
    open_cycle: int | None  # the latest cycle, while it still has sessions to hold
    full_cycle: Cycle | None = None  # the latest cycle, when all its sessions were held


def group_defaults(store: Store, *, name: str) -> GroupDefaults:
    name = " ".join(name.split())
    if name not in store.groups():
        return GroupDefaults([], set(), None)
    cycles = store.cycles
    group_id = cycles.group_id(name)  # a person names the group; the store reads its id
    group_cycles = cycles.cycles(group_id)
    latest = group_cycles[-1] if group_cycles else None
    members = [(m.name, Role(m.role)) for m in store.members.members(group_id)]
    return GroupDefaults(
        people=members or store.last_participants(group_id),
        told=set(cycles.narrators_in_cycle(latest.id)) if latest is not None else set(),
        open_cycle=(
            latest.id if latest is not None and latest.held < latest.planned_sessions else None
        ),
        full_cycle=(
            latest if latest is not None and latest.held >= latest.planned_sessions else None
        ),
    )


def create_session_in_new_cycle(
    store: Store, *, setup: SessionSetup, after: Cycle, wall: float
) -> int:
    """The first session of the group's next cycle: a cycle like the one just
    completed (same method and length), its title followed by "(suite)"."""
    cycle_id = store.cycles.create_cycle(
        after.group_id,
        after.protocol_id,
        f"{after.title} (suite)"[:200],
        after.planned_sessions,
        wall,
    )
    return store.create_session(msgspec.structs.replace(setup, cycle_id=cycle_id), wall)


def correct_case(
    store: Store, *, session_id: int, texts: list[tuple[str, str]], follow_up: str
) -> OpChanges:
    """Each case's situation and request, and the follow-up date, written at once."""
    cleaned = [
        (clean_text(sit)[:MAX_NOTE].strip(), clean_text(req)[:MAX_NOTE].strip())
        for sit, req in texts
    ]
    store.correct_case(session_id, cleaned, follow_up.strip()[:MAX_FOLLOW_UP])
    return OpChanges(cases=True)


def rewrite_note(store: NoteWriter, *, note: Note, wall: float) -> OpChanges:
    store.update_note(note._replace(text=clean_text(note.text), owner=clean_text(note.owner)), wall)
    return OpChanges(notes=True)


def delete_note(store: NoteWriter, *, note_id: int, wall: float) -> OpChanges:
    store.delete_note(note_id, wall)
    return OpChanges(notes=True)


def mark_releve_sent(store: Store, *, session_id: int, day: str, wall: float) -> OpChanges:
    """The relevé went to management that day (YYYY-MM-DD); notes corrected from now
    on are kept as corrections, and home says when the answer is late."""
    from app.group.rules import check_day

    store.mark_releve_sent(session_id, check_day(day, "sent_day"), wall)
    return OpChanges(answers=True)


def record_review(store: Store, *, session_id: int, sections: list[str], wall: float) -> OpChanges:
    """The relevé was read with the group and validated, with these sections."""
    store.record_review(session_id, sections, wall)
    return OpChanges(sessions=True)


def review_action(
    store: Store,
    *,
    session_id: int,
    note_id: int,
    status: ActionStatus,
    wall: float,
    comment: str = "",
    evaluation: Evaluation | None = None,
    trace: str = "",
) -> OpChanges:
    store.cycles.review_action(session_id, note_id, status, wall, comment, evaluation, trace)
    return OpChanges(follow_up=True)


def protect_store(store: Store, *, passphrase: str | None) -> OpChanges:
    """Encrypt the store, change its passphrase, or (None) take the protection off."""
    store.protect(passphrase)
    return OpChanges(protection=True)


def follow_up_of(
    store: Store, *, session_id: int
) -> tuple[list[CarriedAction], list[ManagementAnswer]]:
    """What a session hears of the one before: its actions and management's answers."""
    cycles = store.cycles
    return cycles.carried_actions(session_id), store.answers.answers_for_opening(session_id)


def attendance_sheet(store: Store, *, session_id: int, lang: str) -> AttendanceSheet:
    """Everything the attendance sheet prints, read from the store."""
    from app.dates import day
    from app.export.attendance import AttendanceSheet

    stored = store.load(session_id)
    entry = store.cycles.planned_entry(session_id)
    return AttendanceSheet(
        group=stored.group,
        day=day(entry.day if entry else (stored.started_wall or stored.created_wall), lang),
        start=entry.start if entry else "",
        place=entry.place if entry else "",
        method=stored.protocol.name.get(lang),
        number=stored.number_in_cycle,
        roll=store.members.roll(session_id),
    )
