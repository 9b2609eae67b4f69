"""The note being typed in the console, saved as it is typed: the first save
creates it, the next ones rewrite it (the rules of a note's line are in
:mod:`app.session.rules.notes`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from app.kinds import Capture
from app.session.rules.notes import MAX_NOTE, NoteTooLong, parse_note, split_action
from app.session.rules.records import Note
from app.text import clean_text

if TYPE_CHECKING:
    from app.protocols import Step


class NoteWriter(Protocol):
    """Where a console's notes are written: the store itself, or on a service's
    server this computer's journal of notes (app.db.note_journal), whose worker
    files them; its ids are negative until then."""

    def add_note(self, session_id: int, note: Note, wall: float) -> int: ...

    def update_note(self, note: Note, wall: float) -> None: ...

    def delete_note(self, note_id: int, wall: float = 0.0) -> None: ...


class NoteDraft:
    """The line being typed, saved as it is typed and filed when finished.

    ``save`` is called often (every keystroke, debounced by the UI): the first
    call creates the note, the next ones update it; ``finish`` starts a new one.
    A note stays filed under the step where its typing began, even if the
    facilitator moves on before pressing Enter.
    """

    def __init__(
        self,
        store: NoteWriter,
        session_id: int,
        clock: Callable[[], float],
        resolve: Callable[[int], int] = int,
    ) -> None:
        self.store = store
        self.session_id = session_id
        self.clock = clock
        self._note_id: int | None = None
        self._resolve = resolve  # the id a note written here is shown under now
        self._filed_under: tuple[int | None, int | None] = (0, None)

    @property
    def note_id(self) -> int | None:
        """The note being typed, as the console's list shows it (None: nothing yet)."""
        return None if self._note_id is None else self._resolve(self._note_id)

    def save(
        self,
        line: str,
        step: Step,
        step_index: int,
        case_index: int | None,
        kind: Capture | None = None,
        tag: str | None = None,
    ) -> Note | None:
        if len(line) > MAX_NOTE:  # never cut silently: said, and the field keeps it all
            raise NoteTooLong(len(line))
        parsed_kind, text = parse_note(clean_text(line), step)
        kind = kind or parsed_kind
        owner = due = ""
        if kind is Capture.ACTION:
            text, owner, due = split_action(text)
        if not text:
            if self._note_id is not None:
                self.store.delete_note(self._note_id, self.clock())
                self._note_id = None
            return None
        if self._note_id is None:
            self._filed_under = (step_index, case_index)
        filed_step, filed_case = self._filed_under
        note = Note(
            self._note_id or 0, filed_step, filed_case, kind.value, text, tag, None, owner, due
        )
        if self._note_id is None:
            self._note_id = self.store.add_note(self.session_id, note, self.clock())
            return note._replace(id=self._note_id)
        self.store.update_note(note, self.clock())
        return note

    def reopen(self, note: Note) -> None:
        """Correct a filed note: the next saves rewrite it, where it was filed."""
        self._note_id = note.id
        self._filed_under = (note.step_index, note.case_index)

    def finish(self) -> None:
        self._note_id = None
