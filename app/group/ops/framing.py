"""Launching a group (seed 001): its framing note, kept and printed, and the
invitation to the agents that repeats it. The PDFs are made from the note, the
group's name and method, and the dates its latest cycle plans."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from app.changes import OpChanges
from app.files import check_outside, write_atomically
from app.group.rules import FramingFacts, FramingNote, sought_size

if TYPE_CHECKING:
    from app.session.store import Store

Paper = Literal["note", "invitation"]


def framing_note(store: Store, *, group_id: int) -> FramingNote:
    """The group's note, or an empty one before any was written."""
    store.cycles.group_name(group_id)  # Missing when there is no such group
    return store.framing.framing_note(group_id) or FramingNote()


def save_framing_note(store: Store, *, group_id: int, note: FramingNote, wall: float) -> OpChanges:
    store.cycles.group_name(group_id)
    store.framing.save_framing_note(group_id, note, wall)
    return OpChanges(framing=True)


def framing_facts(store: Store, *, group_id: int, lang: str) -> FramingFacts:
    """What both papers print: the note, the group's name and method, the size
    sought and the dates of its latest cycle."""
    from app.protocols import load_catalog

    cycles = store.cycles
    name = cycles.group_name(group_id)
    note = framing_note(store, group_id=group_id)
    group_cycles = cycles.cycles(group_id)
    sessions = store.sessions_of_group(group_id)
    protocol_id = (
        group_cycles[-1].protocol_id
        if group_cycles
        else sessions[-1].protocol_id
        if sessions
        else ""
    )
    try:
        method = load_catalog().get(protocol_id).name.get(lang) if protocol_id else ""
    except KeyError:  # a method this app no longer ships: the note says none
        method = ""
    dates = cycles.calendar(group_cycles[-1].id) if group_cycles else []
    return FramingFacts(
        group=name,
        method=method,
        note=note,
        size=sought_size(note, protocol_id),
        dates=dates,
    )


def framing_paper(
    store: Store, *, group_id: int, paper: Paper, lang: str, today: date | None = None
) -> bytes:
    """The framing note or the invitation, one A4 page."""
    from app.dates import day
    from app.export.framing import framing_pdf, invitation_pdf

    facts = framing_facts(store, group_id=group_id, lang=lang)
    printed = day(today or date.today(), lang)
    render = framing_pdf if paper == "note" else invitation_pdf
    return render(facts, lang, printed)


def export_framing_paper(
    store: Store, *, group_id: int, paper: Paper, lang: str, path: Path
) -> Path:
    check_outside(path, store.data_folder)
    write_atomically(framing_paper(store, group_id=group_id, paper=paper, lang=lang), path)
    return path
