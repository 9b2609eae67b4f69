"""The notes a console writes into a session kept on a server: written first
here, in the journal's file on this computer (synchronous, as every key is),
then sent by a worker (:mod:`app.session.ops.note_pusher`). The console's
thread never waits on the network for a note: a frozen Wi-Fi holds up the
worker only, and what is typed meanwhile waits here, in order, through a
kill -9.

One row a note written here: a new note, whose server id is unknown until the
worker files it (the console shows it under the row's own number, negative),
or a filed note corrected or deleted. Each write raises the row's version; the
worker marks the version it sent, so a note rewritten while it was being sent
is sent again, and a note the server has is never sent twice: before filing a
new note whose first sending may have reached the server (``adding``), the
worker looks for it there by its creation time, which is unique among this
console's notes of the session.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, NamedTuple

from app.db.connection import connect
from app.errors import StoreError, StoreProblem, classify, db_errors
from app.folder import ensure_private_dir
from app.session.rules.records import Note

NOTE_WRITES_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS note_writes (id INTEGER PRIMARY KEY AUTOINCREMENT, "
    "server TEXT NOT NULL, session_id INTEGER NOT NULL, note_id INTEGER, "
    "step_index INTEGER, case_index INTEGER, kind TEXT NOT NULL, text TEXT NOT NULL, "
    "tag TEXT, author_id INTEGER, owner TEXT NOT NULL, due TEXT NOT NULL, "
    "deleted INTEGER NOT NULL DEFAULT 0, created_wall REAL NOT NULL, wall REAL NOT NULL, "
    "version INTEGER NOT NULL, sent INTEGER NOT NULL DEFAULT 0, "
    "adding INTEGER NOT NULL DEFAULT 0)"
)
_COLUMNS = (
    "id, note_id, step_index, case_index, kind, text, tag, author_id, owner, due, "
    "deleted, created_wall, wall, version, adding"
)
# Two notes of one console never share a creation time: it finds a note whose
# filing was cut off on the server (a millisecond apart is still "now").
_CREATION_STEP = 0.001


class NoteWrite(NamedTuple):
    """A note written on this computer, and what the server has of it."""

    row: int
    note: Note  # its id: the server's once known, else the row's number, negative
    filed: bool  # the server gave it an id
    deleted: bool
    created_wall: float
    wall: float
    version: int
    adding: bool  # a filing was begun: the server may have it already


class NoteJournal:
    """The notes of one session written here, not all of them on the server yet."""

    def __init__(self, folder: Path, server: str, session_id: int) -> None:
        ensure_private_dir(folder)
        from app.db.journal import JOURNAL_NAME

        self.path = folder / JOURNAL_NAME
        self.server = server
        self.session_id = session_id
        try:
            self.path.touch(mode=0o600, exist_ok=True)
            self._db = connect(self.path)
            self._db.execute(NOTE_WRITES_SCHEMA)
        except db_errors() as exc:
            raise StoreError(classify(exc, StoreProblem.CANNOT_OPEN), self.path, str(exc)) from exc

    def reopen(self) -> NoteJournal:
        """The same journal on a connection of its own (a worker thread's)."""
        return NoteJournal(self.path.parent, self.server, self.session_id)

    # -- the console's writes (the NoteWriter of app.session.ops.drafts) ------------

    def add_note(self, session_id: int, note: Note, wall: float) -> int:
        """A new note: kept here, shown under a negative number until filed."""
        if session_id != self.session_id:
            raise ValueError("a note journal keeps one session's notes")
        last = self._db.execute(
            "SELECT MAX(created_wall) FROM note_writes WHERE server = ? AND session_id = ?",
            (self.server, self.session_id),
        ).fetchone()[0]
        created = wall if last is None else max(wall, last + _CREATION_STEP)
        row = self._write(
            "INSERT INTO note_writes (server, session_id, note_id, step_index, case_index, "
            "kind, text, tag, author_id, owner, due, created_wall, wall, version) "
            "VALUES (?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
            (self.server, self.session_id, *_fields(note), created, wall),
        )
        return -row

    def update_note(self, note: Note, wall: float) -> None:
        row = self._row_of(note.id, wall)
        self._write(
            "UPDATE note_writes SET step_index = ?, case_index = ?, kind = ?, text = ?, "
            "tag = ?, author_id = ?, owner = ?, due = ?, deleted = 0, wall = ?, "
            "version = version + 1 WHERE id = ?",
            (*_fields(note), wall, row),
        )

    def delete_note(self, note_id: int, wall: float = 0.0) -> None:
        row = self._row_of(note_id, wall)
        self._write(
            "UPDATE note_writes SET deleted = 1, wall = ?, version = version + 1 WHERE id = ?",
            (wall, row),
        )

    def _row_of(self, note_id: int, wall: float) -> int:
        """The row a note's next write goes into: its own when written here (a
        negative id, or a filed note written before), else a new one."""
        if note_id < 0:
            return -note_id
        found = self._db.execute(
            "SELECT id FROM note_writes WHERE server = ? AND session_id = ? AND note_id = ? "
            "ORDER BY id DESC LIMIT 1",
            (self.server, self.session_id, note_id),
        ).fetchone()
        if found is not None:
            return int(found[0])
        # A filed note (from the server) written for the first time here.
        return self._write(
            "INSERT INTO note_writes (server, session_id, note_id, kind, text, owner, due, "
            "created_wall, wall, version) VALUES (?, ?, ?, '', '', '', '', ?, ?, 0)",
            (self.server, self.session_id, note_id, wall, wall),
        )

    # -- what the console shows -----------------------------------------------------

    def resolve(self, note_id: int) -> int:
        """The id a note is shown under now: the server's once it has filed it."""
        if note_id >= 0:
            return note_id
        found = self._db.execute(
            "SELECT note_id FROM note_writes WHERE id = ?", (-note_id,)
        ).fetchone()
        return int(found[0]) if found is not None and found[0] is not None else note_id

    def overlay(self, filed: list[Note]) -> list[Note]:
        """The server's notes with what waits here laid over them: the console
        shows every note typed, whether the server has it yet or not."""
        waiting = self.pending()
        changed = {w.note.id: w for w in waiting if w.filed}
        shown = [
            changed[n.id].note if n.id in changed else n
            for n in filed
            if not (n.id in changed and changed[n.id].deleted)
        ]
        known = {n.id for n in filed}
        shown += [w.note for w in waiting if not w.deleted and w.note.id not in known]
        return shown

    def count(self) -> int:
        """How many notes wait for the server."""
        return len(self.pending())

    # -- the worker's side ------------------------------------------------------------

    def pending(self) -> list[NoteWrite]:
        """What the server does not have yet, in the order it was written."""
        rows = self._db.execute(
            f"SELECT {_COLUMNS} FROM note_writes WHERE server = ? AND session_id = ? "
            "AND version > sent ORDER BY id",
            (self.server, self.session_id),
        ).fetchall()
        return [_write_of(row) for row in rows]

    def adding(self, row: int) -> None:
        """A filing begins: from now on the server may have the note."""
        self._write("UPDATE note_writes SET adding = 1 WHERE id = ?", (row,))

    def filed(self, row: int, note_id: int) -> None:
        self._write("UPDATE note_writes SET note_id = ?, adding = 0 WHERE id = ?", (note_id, row))

    def sent(self, row: int, version: int) -> None:
        """The server has this version (a later one is sent at the next round).
        Its words leave this computer then: the row keeps only which note it is."""
        self._write(
            "UPDATE note_writes SET sent = MAX(sent, ?), "
            "text = CASE WHEN version = ? THEN '' ELSE text END, "
            "owner = CASE WHEN version = ? THEN '' ELSE owner END, "
            "due = CASE WHEN version = ? THEN '' ELSE due END WHERE id = ?",
            (version, version, version, version, row),
        )

    def _write(self, sql: str, params: tuple[object, ...]) -> int:
        failures: tuple[type[BaseException], ...] = (*db_errors(), OSError)
        try:
            self._db.execute("BEGIN IMMEDIATE")
            cursor = self._db.execute(sql, params)
            self._db.execute("COMMIT")
        except failures as exc:
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
            raise StoreError(classify(exc, StoreProblem.WRITE_FAILED), self.path, str(exc)) from exc
        return int(cursor.lastrowid or 0)

    def close(self) -> None:
        self._db.close()


def _fields(note: Note) -> tuple[object, ...]:
    return (
        note.step_index,
        note.case_index,
        note.kind,
        note.text,
        note.tag,
        note.author_id,
        note.owner,
        note.due,
    )


def _write_of(row: Any) -> NoteWrite:
    rid, note_id, step, case, kind, text, tag, author, owner, due = row[:10]
    deleted, created, wall, version, adding = row[10:]
    shown = int(note_id) if note_id is not None else -int(rid)
    note = Note(shown, step, case, kind, text, tag, author, owner, due)
    return NoteWrite(
        int(rid), note, note_id is not None, bool(deleted), created, wall, version, bool(adding)
    )
