"""Where a console's notes are written and read.

On this computer's file, a note is one small write of the store, made at once
(a local disk answers well under a frame). On a service's server, a note goes
into this computer's journal of notes and shows at once; a worker files it on
the server (:mod:`app.session.ops.note_pusher`): the console's thread never
waits on the network, and a note typed while the Wi-Fi is away is kept.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from app.changes import OpChanges
from app.session.ops.actions import delete_note, rewrite_note
from app.session.ops.drafts import NoteDraft, NoteWriter

if TYPE_CHECKING:
    from app.db.note_journal import NoteJournal
    from app.session.ops.live import LiveSession
    from app.session.ops.note_pusher import NotePusher, NotesReport
    from app.session.rules.records import Note


class SessionNotes:
    """The notes of one live session, written by its console."""

    def __init__(self, live: LiveSession, told: Callable[[], None]) -> None:
        self._live = live
        self._journal: NoteJournal | None = None
        self._pusher: NotePusher | None = None
        self._journal = live.store.note_journal(live.id)
        if self._journal is not None:
            from app.session.ops.note_pusher import NotePusher

            # Read once on opening, as the session itself was; the worker reads them since.
            filed = live.store.notes(live.id)
            self._pusher = NotePusher(live.store, self._journal, told, filed=filed)

    @property
    def on_server(self) -> bool:
        return self._journal is not None

    @property
    def writer(self) -> NoteWriter:
        return self._journal if self._journal is not None else self._live.store

    def draft(self) -> NoteDraft:
        """The line being typed, saved as it is typed."""
        live, journal = self._live, self._journal
        resolve = journal.resolve if journal is not None else int
        return NoteDraft(self.writer, live.id, live.clock.wall, resolve)

    def filed(self) -> list[Note]:
        """The session's notes as the console shows them: on a server, the
        worker's last reading with what waits on this computer laid over it."""
        if self._journal is None:
            return self._live.store.notes(self._live.id)
        assert self._pusher is not None
        return self._journal.overlay(self._pusher.report.filed or [])

    def rewrite(self, note: Note) -> OpChanges:
        changes = rewrite_note(self.writer, note=note, wall=self._live.clock.wall())
        self.wake()
        return changes

    def delete(self, note_id: int) -> OpChanges:
        changes = delete_note(self.writer, note_id=note_id, wall=self._live.clock.wall())
        self.wake()
        return changes

    def wake(self) -> None:
        """A note was written: the worker files it now rather than at its round."""
        if self._pusher is not None:
            self._pusher.wake()

    @property
    def waiting(self) -> int:
        """Notes on this computer only, waiting for the server."""
        if self._pusher is None:
            return 0
        return self._pusher.report.waiting

    @property
    def report(self) -> NotesReport | None:
        return self._pusher.report if self._pusher is not None else None

    def stop(self) -> None:
        """The console closes: what waits goes now if the server answers (a
        frozen link waits on this computer for the next opening)."""
        if self._pusher is not None:
            self._pusher.stop()
            self._pusher = None
        if self._journal is not None:
            self._journal.close()
            self._journal = None
