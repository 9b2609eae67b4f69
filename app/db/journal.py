"""The local journal of a console whose store is on a server: each event is
committed here first, in a SQLite file of the data folder (synchronous, as the
local store is), then pushed to the server. When the meeting room's Wi-Fi
fails, the events wait here in order; a kill -9 meanwhile loses none of them;
once the server answers they are pushed, idempotent by session and sequence
number, and taken out of the journal only when the server has them."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from app.db.connection import connect
from app.db.event_rows import EVENT_COLUMNS, event_from_row, event_values
from app.errors import StoreError, StoreProblem, classify, db_errors
from app.folder import ensure_private_dir

if TYPE_CHECKING:
    from app.session.rules.engine import Event

JOURNAL_NAME = "server-journal.db"

_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS pending (server TEXT NOT NULL, session_id INTEGER NOT NULL, "
    "seq INTEGER NOT NULL, kind TEXT NOT NULL, t REAL NOT NULL, mono REAL NOT NULL, "
    "wall REAL NOT NULL, data TEXT NOT NULL, epoch INTEGER, "
    "PRIMARY KEY (server, session_id, seq))"
)
# Events the server's log went on without (another console wrote their numbers):
# out of the way of the numbers this console writes next, kept until the
# facilitator keeps them as a note or lets them go.
_ASIDE_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS aside (id INTEGER PRIMARY KEY AUTOINCREMENT, "
    "server TEXT NOT NULL, session_id INTEGER NOT NULL, seq INTEGER NOT NULL, "
    "kind TEXT NOT NULL, t REAL NOT NULL, mono REAL NOT NULL, wall REAL NOT NULL, "
    "data TEXT NOT NULL)"
)


# Which console this is, for the leases: one id a journal file, kept across
# restarts, so that a console killed and started again takes its own lease back
# with its epoch and pushes what waited.
_CONSOLE_SCHEMA = "CREATE TABLE IF NOT EXISTS console (id TEXT NOT NULL)"


class Waiting(NamedTuple):
    """An event on this computer, not yet on the server: its number in the
    session's log, and the lease's epoch it was recorded under."""

    seq: int
    event: Event
    epoch: int | None


class Journal:
    """The events not yet on the server, per server and session, in order."""

    def __init__(self, folder: Path, server: str) -> None:
        ensure_private_dir(folder)
        self.path = folder / JOURNAL_NAME
        self.server = server  # the server's label: one journal file serves several
        self._pushed: set[tuple[int, int]] = set()  # on the server; deleted with the next keep
        try:
            self.path.touch(mode=0o600, exist_ok=True)
            self._db = connect(self.path)
            self._db.execute(_SCHEMA)
            columns = {row[1] for row in self._db.execute("PRAGMA table_info(pending)")}
            if "epoch" not in columns:  # a journal from before the leases had epochs
                self._db.execute("ALTER TABLE pending ADD COLUMN epoch INTEGER")
            self._db.execute(_ASIDE_SCHEMA)
            self.console = self._console_id()
        except db_errors() as exc:
            raise StoreError(classify(exc, StoreProblem.CANNOT_OPEN), self.path, str(exc)) from exc

    def reopen(self) -> Journal:
        """The same journal on a connection of its own (a worker thread's)."""
        return Journal(self.path.parent, self.server)

    def _console_id(self) -> str:
        self._db.execute(_CONSOLE_SCHEMA)
        row = self._db.execute("SELECT id FROM console").fetchone()
        if row is not None:
            return str(row[0])
        made = uuid.uuid4().hex
        self._db.execute("INSERT INTO console VALUES (?)", (made,))
        return made

    def keep(self, session_id: int, seq: int, event: Event, epoch: int | None = None) -> None:
        """The event on this computer's disk: done before the server is asked.
        What the server took since the last one leaves in the same transaction
        (one disk sync a key; a row left by a crash is pushed again, harmlessly)."""
        failures: tuple[type[BaseException], ...] = (*db_errors(), OSError)
        try:
            self._db.execute("BEGIN IMMEDIATE")
            self._forget_pushed()
            self._db.execute(
                f"INSERT OR IGNORE INTO pending (server, session_id, seq, {EVENT_COLUMNS}, epoch) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (self.server, session_id, seq, *event_values(event), epoch),
            )
            self._db.execute("COMMIT")
        except failures as exc:
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
            problem = classify(exc, StoreProblem.WRITE_FAILED)
            raise StoreError(problem, self.path, str(exc)) from exc

    def _forget_pushed(self) -> None:
        self._db.executemany(
            "DELETE FROM pending WHERE server = ? AND session_id = ? AND seq = ?",
            [(self.server, session, seq) for session, seq in self._pushed],
        )
        self._pushed.clear()

    def waiting(self, session_id: int) -> list[Waiting]:
        """The events not yet on the server, in order."""
        rows = self._db.execute(
            f"SELECT seq, epoch, {EVENT_COLUMNS} FROM pending WHERE server = ? "
            "AND session_id = ? ORDER BY seq",
            (self.server, session_id),
        ).fetchall()
        return [
            Waiting(seq, event_from_row(*row), epoch)
            for seq, epoch, *row in rows
            if (session_id, seq) not in self._pushed
        ]

    def aside(self, session_id: int) -> list[tuple[int, Event]]:
        """(seq, event) recorded here while another console wrote the session:
        never pushed, kept until the facilitator says what becomes of them."""
        rows = self._db.execute(
            f"SELECT seq, {EVENT_COLUMNS} FROM aside WHERE server = ? AND session_id = ? "
            "ORDER BY id",
            (self.server, session_id),
        ).fetchall()
        return [(seq, event_from_row(*row)) for seq, *row in rows]

    def set_aside(self, session_id: int) -> None:
        """What still waits can no longer go to the server (the log went on
        without it): moved aside, on this computer's disk, in one transaction."""
        self._write(
            [
                (
                    f"INSERT INTO aside (server, session_id, seq, {EVENT_COLUMNS}) "
                    f"SELECT server, session_id, seq, {EVENT_COLUMNS} FROM pending "
                    "WHERE server = ? AND session_id = ? ORDER BY seq",
                    (self.server, session_id),
                ),
                (
                    "DELETE FROM pending WHERE server = ? AND session_id = ?",
                    (self.server, session_id),
                ),
            ]
        )

    def forget_aside(self, session_id: int) -> None:
        """The facilitator kept them as a note, or let them go."""
        self._write(
            [("DELETE FROM aside WHERE server = ? AND session_id = ?", (self.server, session_id))]
        )

    def _write(self, statements: list[tuple[str, tuple[object, ...]]]) -> None:
        failures: tuple[type[BaseException], ...] = (*db_errors(), OSError)
        try:
            self._db.execute("BEGIN IMMEDIATE")
            self._forget_pushed()
            for sql, params in statements:
                self._db.execute(sql, params)
            self._db.execute("COMMIT")
        except failures as exc:
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
            raise StoreError(classify(exc, StoreProblem.WRITE_FAILED), self.path, str(exc)) from exc

    def rewrite_texts(self, sessions: list[int], rewrite: Callable[[str], str]) -> None:
        """A person erased: their name out of what this computer still keeps of
        these sessions for the server (events waiting or set aside, notes not
        sent yet), in one transaction, then the file's journal checkpointed."""
        if not sessions:
            return
        from app.db.note_journal import NOTE_WRITES_SCHEMA

        marks = ", ".join("?" for _ in sessions)
        statements: list[tuple[str, tuple[object, ...]]] = []
        for table in ("pending", "aside"):
            for row_id, data in self._db.execute(
                f"SELECT rowid, data FROM {table} WHERE server = ? AND session_id IN ({marks})",
                (self.server, *sessions),
            ).fetchall():
                fresh = json.dumps(rewrite_strings(json.loads(data), rewrite))
                if fresh != data:
                    statements.append(
                        (f"UPDATE {table} SET data = ? WHERE rowid = ?", (fresh, row_id))
                    )
        self._db.execute(NOTE_WRITES_SCHEMA)
        for row_id, *texts in self._db.execute(
            "SELECT id, text, owner, due FROM note_writes "
            f"WHERE server = ? AND session_id IN ({marks})",
            (self.server, *sessions),
        ).fetchall():
            fresh_texts = [rewrite(t) for t in texts]
            if fresh_texts != texts:
                statements.append(
                    (
                        "UPDATE note_writes SET text = ?, owner = ?, due = ? WHERE id = ?",
                        (*fresh_texts, row_id),
                    )
                )
        self._write(statements)
        try:
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except db_errors() as exc:
            raise StoreError(StoreProblem.WRITE_FAILED, self.path, str(exc)) from exc

    def count(self, session_id: int) -> int:
        """How many wait: what another connection (a pushing worker) took out
        is not counted, nor what this one knows the server has."""
        rows = self._db.execute(
            "SELECT seq FROM pending WHERE server = ? AND session_id = ?",
            (self.server, session_id),
        ).fetchall()
        return sum(1 for (seq,) in rows if (session_id, seq) not in self._pushed)

    def pushed(self, session_id: int, seq: int) -> None:
        """The server has it: out of the journal (on disk with the next event)."""
        self._pushed.add((session_id, seq))

    def flush(self) -> None:
        """What the server took, out of the journal now (a pushing worker's
        own connection: it has no next key to ride on)."""
        if self._pushed:
            self._write([])

    def close(self) -> None:
        try:
            if self._pushed:
                self._db.execute("BEGIN IMMEDIATE")
                self._forget_pushed()
                self._db.execute("COMMIT")
        finally:
            self._db.close()


def rewrite_strings(value: Any, rewrite: Callable[[str], str]) -> Any:
    """Every string of an event's data, rewritten (its keys and numbers kept)."""
    if isinstance(value, str):
        return rewrite(value)
    if isinstance(value, dict):
        return {k: rewrite_strings(v, rewrite) for k, v in value.items()}
    if isinstance(value, list):
        return [rewrite_strings(v, rewrite) for v in value]
    return value
