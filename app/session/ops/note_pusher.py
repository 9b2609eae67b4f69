"""The notes of a session on a service's server, sent by a thread of their own.

A note typed in the console is written into this computer's journal
(:mod:`app.db.note_journal`) and shown at once; this worker files it on the
server, rewrites or deletes it there, and reads the session's notes back for
the console to show (another console's included). A frozen Wi-Fi holds up
this thread only; the notes wait on this computer and go when the server
answers again, each exactly once.

Notes are not events: they carry no lease's epoch, and a note typed while this
console drove is filed even after another console took the session over (it
is the facilitator's own words, and the other console never rewrites it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from app.errors import StoreError, StoreProblem
from app.server.rules import LEASE_RENEW_EVERY_S
from app.session.ops.live import OFFLINE_PROBLEMS
from app.session.ops.worker import ServerWorker

if TYPE_CHECKING:
    from app.db.note_journal import NoteJournal, NoteWrite
    from app.session.rules.records import Note
    from app.session.store import Store

READ_EVERY_S = LEASE_RENEW_EVERY_S  # another console's notes show within this


class NotesReport(NamedTuple):
    """What the worker last found."""

    filed: list[Note] | None  # the session's notes on the server (None: not read yet)
    waiting: int  # notes still on this computer only
    offline: bool  # the server did not answer
    problem: StoreProblem | None = None  # any other refusal, to be said


class NotePusher(ServerWorker):
    def __init__(
        self, store: Store, journal: NoteJournal, told: Callable[[], None], *, filed: list[Note]
    ) -> None:
        super().__init__(store, told, every=READ_EVERY_S, name="tourdetable-notes")
        self._session = journal.session_id
        self._live_journal = journal
        self._journal: NoteJournal | None = None
        self.report = NotesReport(filed, journal.count(), offline=False)
        self.start()

    def _own(self) -> tuple[NoteJournal | None]:
        return (self._journal,)

    def _last(self) -> None:
        """Closing the console: what waits goes now if the server answers."""
        self._round()

    def _round(self) -> None:
        if self._journal is None:
            self._journal = self._live_journal.reopen()  # SQLite: one connection a thread
        journal = self._journal
        try:
            store = self._server()
            for write in journal.pending():
                self._send(store, journal, write)
            filed = store.notes(self._session)
        except StoreError as exc:
            offline = exc.problem in OFFLINE_PROBLEMS
            self._say(journal, offline=offline, problem=None if offline else exc.problem)
            return
        self._say(journal, filed=filed, offline=False)

    def _send(self, store: Store, journal: NoteJournal, write: NoteWrite) -> None:
        note_id = write.note.id if write.filed else None
        if note_id is None and write.adding:  # a filing cut off: the server may have it
            note_id = store.note_created_at(self._session, write.created_wall)
            if note_id is not None:
                journal.filed(write.row, note_id)
        if note_id is None:
            if not write.deleted:
                journal.adding(write.row)
                note_id = store.add_note(self._session, write.note, write.created_wall)
                journal.filed(write.row, note_id)
        elif write.deleted:
            store.delete_note(note_id, write.wall)
        else:
            store.update_note(write.note._replace(id=note_id), write.wall)
        journal.sent(write.row, write.version)

    def _say(
        self,
        journal: NoteJournal,
        *,
        filed: list[Note] | None = None,
        offline: bool,
        problem: StoreProblem | None = None,
    ) -> None:
        known = filed if filed is not None else self.report.filed
        try:
            waiting = journal.count()
        except StoreError:
            waiting = self.report.waiting
        self.report = NotesReport(known, waiting, offline, problem)
        self._told()
