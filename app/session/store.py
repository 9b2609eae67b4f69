"""Reading and writing sessions: plain SQL on the store's one connection.

The schema is SQLAlchemy's (``models.py``) and Alembic migrates it; the queries
of a running app are written here in SQL on :mod:`sqlite3`, so that a start
does not pay for loading an ORM and a key press costs one INSERT. One
transaction per user action.

The event log is the truth and is append-only. A floor key writes exactly one
row; a step change or a pause also updates the session's row (its current
step and running time, for the lists); the derived tables (time per step,
turns) are written once, when the session ends.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    # The engine and the protocol models load when a session does: the home
    # window's list needs none of them, and a start is measured in milliseconds.
    from app.db.journal import Journal
    from app.db.note_journal import NoteJournal
    from app.db.server import Listener
    from app.group.store import Answers, Cycles, Framing, Members
    from app.handover.rules import GroupFile
    from app.privacy.store import Erasure
    from app.session.rules.engine import Event, Role, SessionEngine
    from app.session.rules.setup import SessionSetup

from app.db.connection import connect
from app.db.database import OpenedDatabase, open_database, open_reader
from app.db.encryption import reencrypt
from app.db.event_rows import EVENT_COLUMNS, event_from_row, event_values
from app.errors import Missing, StoreError, StoreProblem, classify, db_errors
from app.group.store import HELD, number_sql
from app.kinds import MAX_THEME
from app.session.rules.records import Found, Note, SessionState, SessionSummary, StoredSession


def _one_line(text: str) -> str:
    return " ".join(text.split())


# Events after which the session's row is brought up to date (lists read it).
_SESSION_ROW_EVENTS = {"started", "paused", "step_changed", "ended"}

_SUMMARY = f"""
SELECT s.id, g.name, r.protocol_id, {number_sql("s")}, s.state, s.created_wall,
       s.running_seconds,
       COALESCE((SELECT c.title FROM cases c WHERE c.session_id = s.id
                 ORDER BY c."index" LIMIT 1), ''),
       s.current_step,
       (SELECT count(*) FROM step_runs sr WHERE sr.session_id = s.id)
FROM sessions s
JOIN groups g ON g.id = s.group_id
JOIN protocol_runs r ON r.id = s.protocol_run_id
"""


# A session created and never started, after which the group held another: it was
# abandoned, and home no longer offers to resume it (it stays in the group's list).
_SUPERSEDED = (
    "s.state = 'ready' AND EXISTS (SELECT 1 FROM sessions l WHERE l.group_id = s.group_id "
    "AND l.state != 'ready' AND l.created_wall > s.created_wall)"
)


class Store:
    def __init__(self, opened: OpenedDatabase) -> None:
        self.path = opened.path
        self.moved_aside = opened.moved_aside
        self.read_only = opened.read_only
        self._opened = opened
        self._db = opened.connection
        self._cycles: Cycles | None = None
        self._epochs: dict[int, int] = {}  # session -> the epoch of the lease taken here
        # Told of what the store did by itself (a journal put back), once each.
        self.on_notice: Callable[[StoreProblem], None] | None = None
        self._journal = self._journal_identity()

    @classmethod
    def open(cls, folder: Path, *, exclusive: bool = True, passphrase: str | None = None) -> Store:
        """``exclusive=False``: a read-only command, which may read beside the app.
        ``passphrase``: the one an encrypted store was protected with."""
        return cls(open_database(folder, exclusive=exclusive, passphrase=passphrase))

    @classmethod
    def open_server(
        cls, url: str, password: str | None = None, journal_dir: Path | None = None
    ) -> Store:
        """The store on a service's PostgreSQL server (app/db/server.py);
        ``journal_dir``: where a live session's events wait when it does not
        answer (app/db/journal.py)."""
        from app.db.server import open_server

        return cls(open_server(url, password, journal_dir))  # type: ignore[arg-type]

    @property
    def data_folder(self) -> Path | None:
        """This computer's folder of the store: where no document the user asks for
        is ever written. On a server, the folder its journal waits in, if any."""
        server = self._opened.server
        if server is None:
            return self.path.parent
        journal = server.journal
        return journal.path.parent if journal is not None else None

    @property
    def journal(self) -> Journal | None:
        server = self._opened.server
        return server.journal if server is not None else None

    def note_journal(self, session_id: int) -> NoteJournal | None:
        """On a server: this computer's journal of a session's notes, which a
        worker files there (app.db.note_journal); None on this computer's file."""
        journal = self.journal
        if journal is None:
            return None
        from app.db.note_journal import NoteJournal

        return NoteJournal(journal.path.parent, journal.server, session_id)

    @property
    def connected(self) -> bool:
        server = self._opened.server
        return server is None or server.connected

    def reconnect(self) -> None:
        """On a server whose connection was lost: a fresh one (StoreError when it
        still does not answer)."""
        server = self._opened.server
        if server is not None:
            server.reconnect()
            self._db = server.connection

    @property
    def on_server(self) -> bool:
        return self._opened.server is not None

    def reader(self) -> Store:
        """The same store read on a connection of its own, for a worker thread."""
        if self._opened.server is not None:
            return Store(self._opened.server.reopen())  # type: ignore[arg-type]
        return Store(open_reader(self.path.parent, self._opened.passphrase))

    def _journal_identity(self) -> tuple[int, int] | None:
        if self._opened.server is not None:
            return None  # a server keeps its own journal
        try:
            found = os.stat(self.path.with_name(self.path.name + "-wal"))
        except OSError:
            return None
        return found.st_dev, found.st_ino

    def _check_journal(self) -> None:
        """A sync tool or a cleaner may delete the -wal file while the app writes to
        it: SQLite goes on writing into the deleted file, and a crash then loses
        everything since the last checkpoint. When the journal on disk is no longer
        the one this connection writes to, its content is checkpointed into the
        main file, the connection opened again on a fresh journal, and it is said."""
        if self.read_only or self._opened.server is not None:
            return
        if self._journal_identity() == self._journal:
            return
        try:
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self._db.close()
            self._opened.connection = self._db = connect(
                self.path, passphrase=self._opened.passphrase
            )
        except db_errors() as exc:
            raise StoreError(classify(exc, StoreProblem.WRITE_FAILED), self.path, str(exc)) from exc
        self._journal = self._journal_identity()
        if self.on_notice is not None:
            self.on_notice(StoreProblem.JOURNAL_REPLACED)

    def search(self, words: str, limit: int = 50) -> list[Found]:
        """Past sessions whose case title or notes hold every word (accents and case
        as typed; SQLite's LIKE folds ASCII case only)."""
        terms = [w for w in words.split() if w][:8]
        if not terms:
            return []

        def like(column: str) -> tuple[str, list[str]]:
            escaped = [
                t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") for t in terms
            ]
            return (
                " AND ".join(f"{column} LIKE ? ESCAPE '\\'" for _ in escaped),
                [f"%{t}%" for t in escaped],
            )

        case_where, case_params = like("c.title")
        note_where, note_params = like("n.text")
        rows = self.rows(
            "SELECT s.id, g.name, s.created_wall, 'case', c.title FROM cases c "
            "JOIN sessions s ON s.id = c.session_id JOIN groups g ON g.id = s.group_id "
            f"WHERE {case_where} "
            "UNION ALL "
            "SELECT s.id, g.name, s.created_wall, 'note', n.text FROM notes n "
            "JOIN sessions s ON s.id = n.session_id JOIN groups g ON g.id = s.group_id "
            f"WHERE {note_where} "
            "ORDER BY 3 DESC LIMIT ?",
            (*case_params, *note_params, limit),
        )
        return [Found(*row) for row in rows]

    @property
    def connection(self) -> sqlite3.Connection:
        """The store's one connection, for the other features' SQL (a group's
        hand-over, a store's move): read it, or write it inside :meth:`transaction`."""
        return self._db

    @property
    def can_encrypt(self) -> bool:
        """Whether this computer can encrypt a store (SQLCipher's wheel is there)."""
        from app.db.encryption import encryption_available

        return encryption_available()

    def export_group(self, group_id: int) -> dict[str, Any]:
        """Every record of one group, as the hand-over file holds them."""
        from app.handover.store import export_group

        return export_group(self, group_id)

    def import_group(self, payload: GroupFile, name: str | None = None) -> int:
        """A group handed over, written in one transaction; its new id."""
        from app.handover.store import import_group

        return import_group(self, payload, name)

    @property
    def members(self) -> Members:
        """A group's members, and who was seated in a session."""
        from app.group.store import Members

        return Members(self)

    @property
    def answers(self) -> Answers:
        """Management's answers and the participants' evaluation."""
        from app.group.store import Answers

        return Answers(self)

    @property
    def framing(self) -> Framing:
        """A group's framing note (seed 001)."""
        from app.group.store import Framing

        return Framing(self)

    @property
    def erasure(self) -> Erasure:
        """A person's erasure, and the groups a retention rule offers to delete."""
        from app.privacy.store import Erasure

        return Erasure(self)

    @property
    def cycles(self) -> Cycles:
        """The group-level records: members, cycles, follow-up, answers."""
        from app.group.store import Cycles

        if self._cycles is None:
            self._cycles = Cycles(self)
        return self._cycles

    @property
    def encrypted(self) -> bool:
        return self._opened.passphrase is not None

    def protect(self, passphrase: str | None) -> None:
        """Encrypt the store with a passphrase (SQLCipher), change it, or (None) take
        the protection off. The file is rewritten whole, then put in place of the
        old one in a single rename; a failure leaves the store as it was."""
        if self.read_only:
            raise StoreError(StoreProblem.BUSY, self.path, "read-only")
        current = self._opened.passphrase
        try:
            reencrypt(self._db, self.path, current, passphrase)
        except StoreError:
            # As it was: the same file, the same key, open again.
            self._opened.connection = self._db = connect(self.path, passphrase=current)
            raise
        self._opened.connection = self._db = connect(self.path, passphrase=passphrase)
        self._opened.passphrase = passphrase
        self._journal = self._journal_identity()

    def close(self) -> None:
        self._opened.close()

    @contextmanager
    def transaction(
        self,
        *,
        turn: bool = True,
        session: int | None = None,
        group: int | None = None,
        name: str | None = None,
    ) -> Iterator[sqlite3.Connection]:
        """One transaction. On a server it takes the writers' turn of what it
        writes (app.db.server.TURNS) and waits for no other writer: ``session``
        (``group``), that session's (group's) records; ``name``, a group created
        under that name. ``turn=False``: none, for an event, which only the
        session's lease holder writes (its fence is the epoch)."""
        self._check_journal()
        db = self._db
        try:
            if self._opened.server is None:
                db.execute("BEGIN IMMEDIATE")  # one file, one writer: SQLite's own turn
            elif not turn:
                db.execute("BEGIN")
            else:
                db.execute("BEGIN IMMEDIATE", _turns(session=session, group=group, name=name))
            yield db
            db.execute("COMMIT")
        except BaseException as exc:
            if db.in_transaction:
                with suppress(*db_errors()):  # SQLite may have rolled back already
                    db.execute("ROLLBACK")
            if isinstance(exc, (*db_errors(), OSError)):
                problem = classify(exc, StoreProblem.WRITE_FAILED)
                raise StoreError(problem, self.path, str(exc)) from exc
            raise

    def take_turns(
        self, db: sqlite3.Connection, *, group: int | None = None, sessions: Sequence[int] = ()
    ) -> None:
        """Within a transaction, the turns of what it turns out to write (a group
        found by its name, the sessions of a group): nothing on a file, whose
        transaction already holds its only turn."""
        if self._opened.server is not None:
            turns = [("group", group)] if group is not None else []
            db.take_turns(turns + [("session", s) for s in sorted(sessions)])  # type: ignore[attr-defined]

    def rows(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        try:
            return self._db.execute(sql, params).fetchall()
        except db_errors() as exc:
            raise StoreError(classify(exc, StoreProblem.CANNOT_OPEN), self.path, str(exc)) from exc

    # -- groups ---------------------------------------------------------------

    def groups(self) -> list[str]:
        return [name for (name,) in self.rows("SELECT name FROM groups ORDER BY name")]

    def last_participants(self, group_id: int) -> list[tuple[str, Role]]:
        """The people of the group's latest session, to pre-fill a new one."""
        from app.session.rules.engine import Role

        rows = self.rows(
            "SELECT p.name, p.role FROM participants p WHERE p.session_id = ("
            " SELECT s.id FROM sessions s WHERE s.group_id = ? ORDER BY s.id DESC LIMIT 1)"
            " ORDER BY p.position",
            (group_id,),
        )
        return [(name, Role(role)) for name, role in rows]

    # -- sessions -------------------------------------------------------------

    def create_session(self, setup: SessionSetup, wall: float) -> int:
        from app.protocols import plan_steps, protocol_to_json
        from app.session.rules.setup import clean_name

        protocol = setup.protocol
        group_name = clean_name(setup.group)
        with self.transaction(name=group_name) as db:
            group_id = _group_id(db, group_name, wall)
            self.take_turns(db, group=group_id)  # its sessions numbered one at a time
            (previous,) = db.execute(
                "SELECT count(*) FROM sessions WHERE group_id = ?", (group_id,)
            ).fetchone()
            (held,) = db.execute(  # a session created and never started is not one held
                "SELECT count(*) FROM sessions WHERE group_id = ? AND state != 'ready'",
                (group_id,),
            ).fetchone()
            has_previous = held > 0 if setup.has_previous is None else setup.has_previous
            run_id = _insert(
                db,
                "protocol_runs",
                protocol_id=protocol.id,
                version=protocol.version,
                definition=json.dumps(protocol_to_json(protocol), ensure_ascii=False),
            )
            session_id = _insert(
                db,
                "sessions",
                group_id=group_id,
                protocol_run_id=run_id,
                number_in_cycle=_number_in_cycle(db, setup, previous),
                has_previous=bool(has_previous),
                state=SessionState.READY,
                created_wall=wall,
                running_seconds=0.0,
                current_step=0,
                follow_up=setup.follow_up,
                cycle_id=setup.cycle_id,
            )
            people = _seat_people(db, session_id, group_id, setup, wall)
            _add_cases(db, session_id, setup, people)
            plan = plan_steps(protocol, len(setup.cases), has_previous)
            db.executemany(
                'INSERT INTO step_runs (session_id, "index", step_id, case_index, '
                "planned_seconds, adjust_seconds, actual_seconds) VALUES (?, ?, ?, ?, ?, 0, 0)",
                [
                    (session_id, i, s.step.id, s.case_index, s.planned_seconds)
                    for i, s in enumerate(plan)
                ],
            )
            return session_id

    def load(self, session_id: int) -> StoredSession:
        rows = self.rows(
            f"SELECT g.name, {number_sql('s')}, r.definition, s.has_previous, s.state, "
            "s.created_wall, s.started_wall, s.ended_wall, s.follow_up FROM sessions s "
            "JOIN groups g ON g.id = s.group_id JOIN protocol_runs r ON r.id = s.protocol_run_id "
            "WHERE s.id = ?",
            (session_id,),
        )
        if not rows:
            raise Missing(session_id)
        from app.protocols import plan_steps, protocol_from_json
        from app.session.rules.engine import Case, Person, Role

        group, number, definition, has_previous, state, created, started, ended, follow = rows[0]
        protocol = protocol_from_json(json.loads(definition))
        cases_rows = self.rows(
            'SELECT "index", title, narrator_id, situation, request, theme FROM cases '
            'WHERE session_id = ? ORDER BY "index"',
            (session_id,),
        )
        people = [
            Person(pid, name, Role(role))
            for pid, name, role in self.rows(
                "SELECT id, name, role FROM participants WHERE session_id = ? "
                "AND attendance = 'present' ORDER BY position",  # the absent have no seat
                (session_id,),
            )
        ]
        events = [
            event_from_row(*row)
            for row in self.rows(
                f"SELECT {EVENT_COLUMNS} FROM events WHERE session_id = ? ORDER BY seq",
                (session_id,),
            )
        ]
        return StoredSession(
            id=session_id,
            group=group,
            number_in_cycle=number,
            protocol=protocol,
            plan=plan_steps(protocol, len(cases_rows), bool(has_previous)),
            people=people,
            cases=[Case(row[0], row[1], row[2]) for row in cases_rows],
            case_texts=[(row[3], row[4]) for row in cases_rows],
            case_themes=[row[5] for row in cases_rows],
            events=events,
            state=state,
            created_wall=created,
            started_wall=started,
            ended_wall=ended,
            follow_up=follow,
        )

    # -- who drives a session (a service's server: several laptops) -------------

    def hold_session(self, session_id: int) -> bool:
        """Take the lease that lets this console write the session's events;
        False when another console holds it and it has not run out. On the
        local file the folder's lock already makes one app the only writer."""
        server = self._opened.server
        if server is None:
            return True
        from app.db.server import LEASE_SQL
        from app.server.rules import LEASE_TTL_S

        rows = self.rows(LEASE_SQL["take"], (session_id, server.console, LEASE_TTL_S, LEASE_TTL_S))
        if not rows:
            return False
        self._epochs[session_id] = int(rows[0][0])
        return True

    @property
    def console(self) -> str | None:
        """Who this store's leases are held by, on a server (None: a local file)."""
        server = self._opened.server
        return server.console if server is not None else None

    def adopt_lease(self, session_id: int, epoch: int) -> None:
        """This console's lease, taken on another connection (a worker's own)."""
        self._epochs[session_id] = epoch

    def interrupt(self) -> None:
        """From another thread: a server call stuck on a frozen link fails now."""
        if self._opened.server is not None:
            self._opened.server.interrupt()

    def lease_epoch(self, session_id: int) -> int | None:
        """The epoch of the lease this console took (None: none, or a local file)."""
        return self._epochs.get(session_id)

    def renew_session(self, session_id: int) -> bool:
        """The lease kept for another while: False when it is no longer this
        console's (another took it, its epoch moved on)."""
        server, epoch = self._opened.server, self._epochs.get(session_id)
        if server is None:
            return True
        if epoch is None:
            return False
        from app.db.server import LEASE_SQL

        return bool(self.rows(LEASE_SQL["renew"], (session_id, server.console, epoch)))

    def forget_lease(self, session_id: int) -> None:
        """The lease's epoch ended on the server (another console's now): this
        console holds none any more, and asks the server nothing."""
        self._epochs.pop(session_id, None)

    def release_session(self, session_id: int) -> None:
        server, epoch = self._opened.server, self._epochs.pop(session_id, None)
        if server is not None and epoch is not None:
            from app.db.server import LEASE_SQL

            self.rows(LEASE_SQL["release"], (session_id, server.console, epoch))

    def listener(self) -> Listener | None:
        """On a server: a connection that hears other consoles' events."""
        return self._opened.server.listener() if self._opened.server is not None else None

    def events_after(self, session_id: int, seq: int) -> list[Event]:
        """The session's events after the ``seq``-th: what another console wrote."""
        return [
            event_from_row(*row)
            for row in self.rows(
                f"SELECT {EVENT_COLUMNS} FROM events WHERE session_id = ? AND seq > ? ORDER BY seq",
                (session_id, seq),
            )
        ]

    def append_event(
        self,
        session_id: int,
        event: Event,
        engine: SessionEngine,
        seq: int | None = None,
        epoch: int | None = None,
    ) -> None:
        """Commit one event. ``engine`` already holds it (the session's row is
        brought up to date from it on step changes, pauses and the end).

        On a server, the event carries the epoch of the lease it was recorded
        under (``epoch``, else this console's lease now): the server refuses it
        unless that is the session's current epoch (HELD_ELSEWHERE), and tells
        the other consoles of it as it commits (NOTIFY)."""
        if seq is None:
            seq = len(engine.events)  # from 1: the numbering stores have always had
        now = event.t
        columns, values = self._event_columns(session_id, event, epoch)
        marks = ", ".join("?" for _ in values)
        with self.transaction(turn=False) as db:
            if self._opened.server is not None:
                from app.db.server import LEASE_SQL

                db.execute(LEASE_SQL["notify"], (f"{session_id}:{seq}",))
            # The log only grows by its next number: an event is written where the
            # writer expects the log to end, or not at all. Pushed again after its
            # commit's answer was lost (a network drop), the same event is there
            # already: not written twice. Another event at its number (another
            # console wrote meanwhile): refused, never dropped without a word.
            written = db.execute(
                f"INSERT INTO events (session_id, seq, {columns}) "
                f"SELECT ?, ?, {marks} WHERE ? = (SELECT COALESCE(MAX(seq), 0) + 1 "
                "FROM events WHERE session_id = ?) ON CONFLICT (session_id, seq) DO NOTHING",
                (session_id, seq, *values, seq, session_id),
            )
            if not written.rowcount:
                there = db.execute(
                    f"SELECT {EVENT_COLUMNS} FROM events WHERE session_id = ? AND seq = ?",
                    (session_id, seq),
                ).fetchall()
                if not there or event_from_row(*there[0]) != event:
                    raise StoreError(StoreProblem.WRITTEN_ELSEWHERE, self.path, str(session_id))
                return  # already written: its projections too
            project = _PROJECTIONS.get(event.kind.value)
            if project is not None:  # the tables the lists read, in the same transaction
                project(db, session_id, event.data)
            if event.kind.value not in _SESSION_ROW_EVENTS:
                return
            state = SessionState.ENDED if engine.ended else SessionState.RUNNING
            db.execute(
                "UPDATE sessions SET state = ?, current_step = ?, running_seconds = ?, "
                "started_wall = COALESCE(started_wall, ?), ended_wall = ? WHERE id = ?",
                (
                    state,
                    engine.step_index,
                    engine.running_seconds(now),
                    event.wall,
                    event.wall if engine.ended else None,
                    session_id,
                ),
            )
            if event.kind.value == "started":
                _into_the_cycle_of_its_day(db, session_id, event.wall)
            if engine.ended:
                self._write_totals(db, session_id, engine, now)

    def _event_columns(
        self, session_id: int, event: Event, epoch: int | None
    ) -> tuple[str, tuple[object, ...]]:
        """An event's columns and values; on a server with the epoch it was
        recorded under, else this console's lease's (none taken: refused)."""
        if self._opened.server is None:
            return EVENT_COLUMNS, event_values(event)
        epoch = epoch if epoch is not None else self._epochs.get(session_id)
        if epoch is None:  # no lease taken here: nothing this console may write
            raise StoreError(StoreProblem.HELD_ELSEWHERE, self.path, str(session_id))
        return f"{EVENT_COLUMNS}, epoch", (*event_values(event), epoch)

    def _write_totals(
        self, db: sqlite3.Connection, session_id: int, engine: SessionEngine, now: float
    ) -> None:
        """Time per step and the turns, once, for the record and other tools."""
        db.executemany(
            "UPDATE step_runs SET adjust_seconds = ?, actual_seconds = ? "
            'WHERE session_id = ? AND "index" = ?',
            [
                (engine.runs[i].adjust, engine.step_elapsed(i, now), session_id, i)
                for i in range(len(engine.plan))
            ],
        )
        db.execute("DELETE FROM turns WHERE session_id = ?", (session_id,))
        db.executemany(
            "INSERT INTO turns (session_id, seq, participant_id, step_index, start_t, end_t, "
            "talk_seconds) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    session_id,
                    seq,
                    turn.person,
                    turn.step,
                    turn.start,
                    turn.end,
                    engine.turn_talk(turn, now),
                )
                for seq, turn in enumerate(engine.turns)
            ],
        )

    def add_participant(self, session_id: int, name: str, role: str, wall: float) -> int:
        """Someone arriving late: a seat at the end of the list, a member of the group."""
        from app.session.rules.setup import clean_name

        name = clean_name(name)
        [(group_id,)] = self.rows("SELECT group_id FROM sessions WHERE id = ?", (session_id,))
        with self.transaction(group=group_id, session=session_id) as db:  # a member, a seat
            (position,) = db.execute(
                "SELECT COALESCE(MAX(position), -1) + 1 FROM participants WHERE session_id = ?",
                (session_id,),
            ).fetchone()
            return _insert(
                db,
                "participants",
                session_id=session_id,
                position=position,
                name=name,
                role=role,
                member_id=_member(db, group_id, name, role, wall),
                attendance="present",
            )

    def remove_participant(self, session_id: int, participant_id: int) -> None:
        with self.transaction(session=session_id) as db:
            db.execute(
                "DELETE FROM participants WHERE id = ? AND session_id = ?",
                (participant_id, session_id),
            )

    def set_case_texts(
        self, session_id: int, case_index: int, situation: str, request: str
    ) -> None:
        with self.transaction(session=session_id) as db:
            db.execute(
                'UPDATE cases SET situation = ?, request = ? WHERE session_id = ? AND "index" = ?',
                (situation, request, session_id, case_index),
            )

    def correct_case(self, session_id: int, texts: list[tuple[str, str]], follow_up: str) -> None:
        """The cases' situation and request, and the follow-up date, in one go."""
        with self.transaction(session=session_id) as db:
            db.executemany(
                'UPDATE cases SET situation = ?, request = ? WHERE session_id = ? AND "index" = ?',
                [(sit, req, session_id, i) for i, (sit, req) in enumerate(texts)],
            )
            db.execute("UPDATE sessions SET follow_up = ? WHERE id = ?", (follow_up, session_id))

    def set_case_theme(self, session_id: int, case_index: int, theme: str) -> None:
        with self.transaction(session=session_id) as db:
            db.execute(
                'UPDATE cases SET theme = ? WHERE session_id = ? AND "index" = ?',
                (_one_line(theme)[:MAX_THEME], session_id, case_index),
            )

    def cycle_cases(self, cycle_id: int) -> list[tuple[int, int, int, str, str]]:
        """(session id, session number, case index, title, theme) of the cases of a
        cycle's sessions held (a session never held brought no case)."""
        return self.rows(
            f'SELECT s.id, {number_sql("s")}, c."index", c.title, c.theme FROM cases c '
            f"JOIN sessions s ON s.id = c.session_id WHERE s.cycle_id = ? AND s.{HELD} "
            'ORDER BY s.created_wall, s.id, c."index"',
            (cycle_id,),
        )

    def record_review(self, session_id: int, sections: list[str], wall: float) -> None:
        """The relevé was read with the group and validated, with these sections."""
        with self.transaction(session=session_id) as db:
            db.execute(
                "INSERT INTO releve_reviews (session_id, sections, reviewed_wall) VALUES (?, ?, ?)",
                (session_id, json.dumps(sections), wall),
            )

    def last_review(self, session_id: int) -> tuple[list[str], float] | None:
        rows = self.rows(
            "SELECT sections, reviewed_wall FROM releve_reviews WHERE session_id = ? "
            "ORDER BY id DESC LIMIT 1",
            (session_id,),
        )
        if not rows:
            return None
        sections, wall = rows[0]
        return list(json.loads(sections)), float(wall)

    def themes(self) -> list[str]:
        """The themes given to cases so far, most used first: offered again."""
        rows = self.rows(
            "SELECT theme FROM cases WHERE theme != '' GROUP BY theme "
            "ORDER BY count(*) DESC, theme LIMIT 50"
        )
        return [theme for (theme,) in rows]

    def set_follow_up(self, session_id: int, follow_up: str) -> None:
        with self.transaction(session=session_id) as db:
            db.execute("UPDATE sessions SET follow_up = ? WHERE id = ?", (follow_up, session_id))

    def summaries(
        self, *, unfinished_only: bool = False, limit: int | None = None, offset: int = 0
    ) -> list[SessionSummary]:
        """Newest first, in one query; ``limit`` and ``offset`` page through them."""
        where = f" WHERE s.state != 'ended' AND NOT ({_SUPERSEDED})" if unfinished_only else ""
        page = " LIMIT ? OFFSET ?" if limit is not None else ""
        params: tuple[Any, ...] = (limit, offset) if limit is not None else ()
        rows = self.rows(
            _SUMMARY + where + " ORDER BY s.created_wall DESC, s.id DESC" + page, params
        )
        return [SessionSummary(*row) for row in rows]

    def ended_summaries(self, limit: int, offset: int = 0) -> list[SessionSummary]:
        rows = self.rows(
            _SUMMARY + " WHERE s.state = 'ended' ORDER BY s.created_wall DESC, s.id DESC"
            " LIMIT ? OFFSET ?",
            (limit, offset),
        )
        return [SessionSummary(*row) for row in rows]

    def sessions_of_group(self, group_id: int) -> list[SessionSummary]:
        """Every session of a group, in or out of a cycle, oldest first."""
        rows = self.rows(_SUMMARY + " WHERE g.id = ? ORDER BY s.created_wall, s.id", (group_id,))
        return [SessionSummary(*row) for row in rows]

    def group_sessions(self, group_id: int, cycle_id: int | None) -> list[SessionSummary]:
        """A group's sessions in one cycle, or outside any (None), oldest first."""
        params: tuple[Any, ...]
        if cycle_id is None:
            where, params = " WHERE g.id = ? AND s.cycle_id IS NULL", (group_id,)
        else:
            where, params = " WHERE g.id = ? AND s.cycle_id = ?", (group_id, cycle_id)
        rows = self.rows(_SUMMARY + where + " ORDER BY s.created_wall, s.id", params)
        return [SessionSummary(*row) for row in rows]

    def count_ended(self) -> int:
        [(count,)] = self.rows("SELECT count(*) FROM sessions WHERE state = 'ended'")
        return int(count)

    # -- notes ----------------------------------------------------------------

    def add_note(self, session_id: int, note: Note, wall: float) -> int:
        with self.transaction(session=session_id) as db:
            return _insert(
                db,
                "notes",
                session_id=session_id,
                step_index=note.step_index,
                case_index=note.case_index,
                kind=note.kind,
                author_id=note.author_id,
                tag=note.tag,
                text=note.text,
                owner=note.owner,
                due=note.due,
                created_wall=wall,
                updated_wall=wall,
            )

    def update_note(self, note: Note, wall: float) -> None:
        """A note changed; after its relevé was sent, what it said is kept, dated."""
        with self.transaction(session=self._session_of_note(note.id)) as db:
            _keep_if_sent(db, note.id, "corrected", wall)
            db.execute(
                "UPDATE notes SET kind = ?, text = ?, tag = ?, author_id = ?, owner = ?, due = ?, "
                "updated_wall = ? WHERE id = ?",
                (
                    note.kind,
                    note.text,
                    note.tag,
                    note.author_id,
                    note.owner,
                    note.due,
                    wall,
                    note.id,
                ),
            )

    def delete_note(self, note_id: int, wall: float = 0.0) -> None:
        with self.transaction(session=self._session_of_note(note_id)) as db:
            _keep_if_sent(db, note_id, "deleted", wall)
            db.execute("DELETE FROM notes WHERE id = ?", (note_id,))

    def _session_of_note(self, note_id: int) -> int | None:
        """The session a note belongs to: its writers' turn (None: no such note,
        the store's whole turn, and the write finds nothing)."""
        rows = self.rows("SELECT session_id FROM notes WHERE id = ?", (note_id,))
        return int(rows[0][0]) if rows else None

    def mark_releve_sent(self, session_id: int, day: str, wall: float) -> None:
        """The relevé went to management on that day: its answer is awaited from then."""
        with self.transaction(session=session_id) as db:
            db.execute(
                "INSERT INTO releve_sendings (session_id, sent_day, recorded_wall) "
                "VALUES (?, ?, ?)",
                (session_id, day, wall),
            )

    def releve_sent_day(self, session_id: int) -> str | None:
        rows = self.rows(
            "SELECT sent_day FROM releve_sendings WHERE session_id = ? ORDER BY id LIMIT 1",
            (session_id,),
        )
        return str(rows[0][0]) if rows else None

    def sendings(self) -> list[tuple[int, int, str, int, str, bool]]:
        """Every relevé sent: (session id, group id, group, session n°, day sent,
        answered since), each session's first sending: its answer is awaited from then."""
        rows = self.rows(
            f"SELECT s.id, g.id, g.name, {number_sql('s')}, MIN(r.sent_day), "
            "EXISTS (SELECT 1 FROM management_answers a WHERE a.session_id = s.id) "
            "FROM releve_sendings r JOIN sessions s ON s.id = r.session_id "
            "JOIN groups g ON g.id = s.group_id GROUP BY s.id, g.id ORDER BY MIN(r.sent_day)"
        )
        return [(int(a), int(b), str(c), int(d), str(e), bool(f)) for a, b, c, d, e, f in rows]

    def corrections(self, session_id: int) -> list[tuple[float, str, str]]:
        """(when, "corrected" or "deleted", what the note said) after the relevé was sent."""
        rows = self.rows(
            "SELECT corrected_wall, what, before_text FROM note_corrections "
            "WHERE session_id = ? ORDER BY id",
            (session_id,),
        )
        return [(float(w), str(k), str(t)) for w, k, t in rows]

    def note_created_at(self, session_id: int, wall: float) -> int | None:
        """The note of a session created at that moment, if any: a console's
        filing cut off before it heard the server's answer finds it here."""
        rows = self.rows(
            "SELECT id FROM notes WHERE session_id = ? AND created_wall = ? ORDER BY id LIMIT 1",
            (session_id, wall),
        )
        return int(rows[0][0]) if rows else None

    def notes(self, session_id: int) -> list[Note]:
        return [
            Note(*row)
            for row in self.rows(
                "SELECT id, step_index, case_index, kind, text, tag, author_id, owner, due "
                "FROM notes WHERE session_id = ? ORDER BY id",
                (session_id,),
            )
        ]


def _turns(*, session: int | None, group: int | None, name: str | None) -> tuple[object, ...]:
    """The writers' turns a transaction takes on a server, as (kind, key) pairs
    flattened into BEGIN's parameters (app.db.server)."""
    turns: list[object] = []
    for kind, key in (("name", name), ("group", group), ("session", session)):
        if key is not None:
            turns += [kind, key]
    return tuple(turns)


def _keep_if_sent(db: sqlite3.Connection, note_id: int, what: str, wall: float) -> None:
    """Once the relevé has left, a change to a note is a correction: kept, with its date."""
    row = db.execute(
        "SELECT n.session_id, n.text FROM notes n WHERE n.id = ? AND EXISTS "
        "(SELECT 1 FROM releve_sendings r WHERE r.session_id = n.session_id)",
        (note_id,),
    ).fetchone()
    if row is not None:
        db.execute(
            "INSERT INTO note_corrections (note_id, session_id, corrected_wall, what, "
            "before_text) VALUES (?, ?, ?, ?, ?)",
            (None if what == "deleted" else note_id, row[0], wall, what, row[1]),
        )


def _renamed(db: sqlite3.Connection, session_id: int, data: dict[str, Any]) -> None:
    """A name mistyped: this session's seat and the group's member are corrected;
    the group's other sessions keep the name they were held with."""
    person, name = int(data["person"]), str(data["name"])
    row = db.execute(
        "SELECT member_id FROM participants WHERE id = ? AND session_id = ?",
        (person, session_id),
    ).fetchone()
    if row is None:
        return
    db.execute("UPDATE participants SET name = ? WHERE id = ?", (name, person))
    if row[0] is not None:
        db.execute("UPDATE members SET name = ? WHERE id = ?", (name, row[0]))


def _case_chosen(db: sqlite3.Connection, session_id: int, data: dict[str, Any]) -> None:
    """The situation the group chose during the session: its title and narrator."""
    db.execute(
        'UPDATE cases SET title = ?, narrator_id = ? WHERE session_id = ? AND "index" = ?',
        (_one_line(str(data["title"]))[:200], data.get("narrator"), session_id, data["case"]),
    )


# Events whose effect the session's other tables also show.
_PROJECTIONS: dict[str, Callable[[sqlite3.Connection, int, dict[str, Any]], None]] = {
    "renamed": _renamed,
    "case_chosen": _case_chosen,
}


def _into_the_cycle_of_its_day(db: sqlite3.Connection, session_id: int, wall: float) -> None:
    """A meeting held outside any cycle, on a day one of its group's cycles planned,
    belongs to that cycle (the latest, if two planned that day)."""
    from app.group.rules import held_on

    planned = db.execute(
        "SELECT e.cycle_id, e.day FROM calendar_entries e JOIN cycles c ON c.id = e.cycle_id "
        "JOIN sessions s ON s.group_id = c.group_id WHERE s.id = ? AND s.cycle_id IS NULL "
        "ORDER BY e.cycle_id",
        (session_id,),
    ).fetchall()
    cycles = [int(cycle_id) for cycle_id, day in planned if held_on(day, [(session_id, wall)])]
    if cycles:
        db.execute("UPDATE sessions SET cycle_id = ? WHERE id = ?", (cycles[-1], session_id))


def _group_id(db: sqlite3.Connection, name: str, wall: float) -> int:
    """The group of that name, created with its first session."""
    found = db.execute("SELECT id FROM groups WHERE name = ?", (name,)).fetchone()
    return int(found[0]) if found else _insert(db, "groups", name=name, created_wall=wall)


def _number_in_cycle(db: sqlite3.Connection, setup: SessionSetup, previous: int) -> int:
    """Its number in its own cycle, or with no cycle of its own, in the method's."""
    if setup.cycle_id is not None:
        (in_cycle,) = db.execute(
            "SELECT count(*) FROM sessions WHERE cycle_id = ?", (setup.cycle_id,)
        ).fetchone()
        return int(in_cycle) + 1
    cycle = setup.protocol.sessions_per_cycle
    return previous % cycle + 1 if cycle else previous + 1


def _seat_people(
    db: sqlite3.Connection, session_id: int, group_id: int, setup: SessionSetup, wall: float
) -> list[int]:
    """The participants' ids, in their seats' order: a case's narrator, a
    consultant otherwise, narrates; each is the group's member of that name."""
    from app.session.rules.engine import Role
    from app.session.rules.setup import clean_name

    narrators = {c.narrator for c in setup.cases}
    people = []
    for i, p in enumerate(setup.participants):
        role = Role.NARRATOR if i in narrators and p.role is Role.CONSULTANT else p.role
        name = clean_name(p.name)
        people.append(
            _insert(
                db,
                "participants",
                session_id=session_id,
                position=i,
                name=name,
                role=role.value,
                member_id=_member(db, group_id, name, p.role.value, wall),
                attendance=p.attendance,
            )
        )
    return people


def _add_cases(
    db: sqlite3.Connection, session_id: int, setup: SessionSetup, people: list[int]
) -> None:
    from app.session.rules.setup import clean_name

    for i, c in enumerate(setup.cases):
        _insert(
            db,
            "cases",
            session_id=session_id,
            index=i,
            # Chosen later in the session (groupe de parole): a name until then.
            title=clean_name(c.title) or f"Situation {i + 1}",
            narrator_id=people[c.narrator] if c.narrator is not None else None,
            situation=c.situation,
            request=c.request,
            theme=_one_line(c.theme)[:MAX_THEME],
        )


def _member(db: sqlite3.Connection, group_id: int, name: str, role: str, wall: float) -> int:
    """The group's member of that name (who comes back is the same member)."""
    found = db.execute(
        "SELECT id FROM members WHERE group_id = ? AND name = ? ORDER BY retired_wall IS NOT NULL",
        (group_id, name),
    ).fetchone()
    if found is not None:
        return int(found[0])
    return _insert(db, "members", group_id=group_id, name=name, role=role, joined_wall=wall)


def _insert(db: sqlite3.Connection, table: str, **values: Any) -> int:
    columns = ", ".join(f'"{name}"' for name in values)
    marks = ", ".join("?" for _ in values)
    cursor = db.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", tuple(values.values()))
    row_id = cursor.lastrowid
    assert row_id is not None
    return row_id
