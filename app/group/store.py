"""The group-level records of one store, in plain SQL on its connection: members,
cycles and their calendar, the actions carried from one session to the next,
management's answers, and deleting what must go. The rules on them are in
:mod:`app.group.rules`."""

from __future__ import annotations

import sqlite3
from contextlib import AbstractContextManager, suppress
from typing import TYPE_CHECKING, Any

from app.errors import Missing, StoreError, StoreProblem
from app.group.rules import (
    ActionHistory,
    ActionStatus,
    Attendance,
    CalendarEntry,
    CarriedAction,
    Cycle,
    Evaluation,
    FramingNote,
    ManagementAnswer,
    Member,
    Review,
    carried_into,
    check_answer_days,
    check_day,
    check_length,
    check_planned_sessions,
    check_text,
    check_time,
    checked_framing,
    held_on,
    member_name,
)

if TYPE_CHECKING:
    from app.session.store import Store


HELD = "state != 'ready'"  # a session is held once one of its steps ran


def number_sql(alias: str) -> str:
    """A session's number, as SQL on the sessions row ``alias``: in a cycle, one more
    than the cycle's sessions held before it (by the day they were held), so a
    session created and never held takes no slot; outside any cycle, the number
    it was given (the method's own cycle)."""
    when = f"COALESCE({alias}.started_wall, {alias}.created_wall)"
    return (
        f"CASE WHEN {alias}.cycle_id IS NULL THEN {alias}.number_in_cycle ELSE 1 + ("
        f"SELECT count(*) FROM sessions h WHERE h.cycle_id = {alias}.cycle_id "
        f"AND h.id != {alias}.id AND h.{HELD} "
        f"AND (COALESCE(h.started_wall, h.created_wall) < {when} "
        f"OR (COALESCE(h.started_wall, h.created_wall) = {when} AND h.id < {alias}.id))"
        ") END"
    )


class GroupRecords:
    """What the group's record stores share: the store's one connection, read and
    written in one transaction per action, and its journal scrubbed after a deletion."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def _rows(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        return self.store.rows(sql, params)

    def _write(
        self, *, session: int | None = None, group: int | None = None
    ) -> AbstractContextManager[sqlite3.Connection]:
        """One transaction; on a server, scoped to one session's or one group's
        writers when it writes nothing else (no other group waits for it)."""
        return self.store.transaction(session=session, group=group)

    def _group_of(self, table: str, row_id: int) -> int | None:
        """The group a member or a cycle belongs to (None: no such row)."""
        rows = self._rows(f"SELECT group_id FROM {table} WHERE id = ?", (row_id,))
        return int(rows[0][0]) if rows else None

    def _scrub(self, tables: set[str] | None = None) -> None:
        """No copy of what was deleted or rewritten left in the files: the local
        journal checkpointed into the file; on a server, the tables touched
        rewritten (VACUUM FULL: no dead row keeps the old text) and a
        checkpoint, where this login may (the server's backups and its WAL
        still hold them until they are recycled: the dialog says so)."""
        if self.store.on_server:
            for table in sorted(tables or ()):
                with suppress(StoreError):  # the tables' owner's right: best effort
                    self.store.rows(f"VACUUM (FULL) {table}")
            with suppress(StoreError):
                self.store.rows("CHECKPOINT")
            return
        try:
            self.store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except Exception as exc:  # the rows are gone; only the scrub failed
            raise StoreError(StoreProblem.WRITE_FAILED, self.store.path, str(exc)) from exc


class Cycles(GroupRecords):
    """A group's cycles: its identity, its calendar, the actions carried from one
    session to the next, and deleting a session or the whole group."""

    def group_id(self, name: str) -> int:
        rows = self._rows("SELECT id FROM groups WHERE name = ?", (name,))
        if not rows:
            raise Missing(name)
        return int(rows[0][0])

    def group_name(self, group_id: int) -> str:
        rows = self._rows("SELECT name FROM groups WHERE id = ?", (group_id,))
        if not rows:
            raise Missing(group_id)
        return str(rows[0][0])

    def group_ids(self) -> list[tuple[int, str]]:
        """Every group, (id, name), by name."""
        rows = self._rows("SELECT id, name FROM groups ORDER BY name")
        return [(int(i), str(n)) for i, n in rows]

    def narrators_in_cycle(self, cycle_id: int) -> list[str]:
        """Who has already brought a case in this cycle, in order."""
        rows = self._rows(
            "SELECT COALESCE(m.name, p.name), MIN(s.id) AS first FROM cases c "
            "JOIN participants p ON p.id = c.narrator_id "
            "LEFT JOIN members m ON m.id = p.member_id "
            f"JOIN sessions s ON s.id = c.session_id WHERE s.cycle_id = ? AND s.{HELD} "
            "GROUP BY COALESCE(m.name, p.name) ORDER BY first",
            (cycle_id,),
        )
        return [name for name, _first in rows]

    def planned_entry(self, session_id: int) -> CalendarEntry | None:
        """The calendar's date for this session (its cycle, its number), if planned."""
        rows = self._rows(
            f"SELECT s.cycle_id, {number_sql('s')} FROM sessions s WHERE s.id = ?", (session_id,)
        )
        if not rows or rows[0][0] is None:
            return None
        cycle_id, number = rows[0]
        return next((e for e in self.calendar(int(cycle_id)) if e.number == number), None)

    def create_cycle(
        self, group_id: int, protocol_id: str, title: str, planned_sessions: int, wall: float
    ) -> int:
        check_planned_sessions(planned_sessions)
        self.group_name(group_id)  # Missing when there is no such group
        with self._write(group=group_id) as db:
            cursor = db.execute(
                "INSERT INTO cycles (group_id, protocol_id, title, planned_sessions, "
                "created_wall) VALUES (?, ?, ?, ?, ?)",
                (group_id, protocol_id, check_text(title, "title"), planned_sessions, wall),
            )
            assert cursor.lastrowid is not None
            return cursor.lastrowid

    def cycles(self, group_id: int) -> list[Cycle]:
        rows = self._rows(
            "SELECT c.id, g.name, c.protocol_id, c.title, c.planned_sessions, "
            f"(SELECT count(*) FROM sessions s WHERE s.cycle_id = c.id AND s.{HELD}), g.id "
            "FROM cycles c "
            "JOIN groups g ON g.id = c.group_id WHERE g.id = ? ORDER BY c.id",
            (group_id,),
        )
        return [Cycle(*row) for row in rows]

    def attach_session(self, session_id: int, cycle_id: int) -> None:
        with self._write(group=self._group_of("cycles", cycle_id)) as db:
            db.execute("UPDATE sessions SET cycle_id = ? WHERE id = ?", (cycle_id, session_id))

    def plan(
        self,
        cycle_id: int,
        number: int,
        day: str,
        start: str,
        minutes: int,
        place: str = "",
        narrator_member_id: int | None = None,
    ) -> None:
        """Set (or change) the date, time, place and planned narrator of one session."""
        check_day(day)
        check_time(start)
        check_length(minutes)
        with self._write(group=self._group_of("cycles", cycle_id)) as db:
            db.execute(
                "INSERT INTO calendar_entries (cycle_id, number, day, start, minutes, place, "
                "narrator_member_id) VALUES (?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (cycle_id, number) DO UPDATE SET day = excluded.day, "
                "start = excluded.start, minutes = excluded.minutes, place = excluded.place, "
                "narrator_member_id = excluded.narrator_member_id",
                (
                    cycle_id,
                    number,
                    day,
                    start,
                    minutes,
                    check_text(place, "place"),
                    narrator_member_id,
                ),
            )
            # A meeting already held that day, outside any cycle, belongs to this one.
            outside = db.execute(
                "SELECT s.id, COALESCE(s.started_wall, s.created_wall) FROM sessions s "
                f"JOIN cycles c ON c.group_id = s.group_id WHERE c.id = ? AND s.{HELD} "
                "AND s.cycle_id IS NULL",
                (cycle_id,),
            ).fetchall()
            for session_id in held_on(day, [(int(i), float(w)) for i, w in outside]):
                db.execute("UPDATE sessions SET cycle_id = ? WHERE id = ?", (cycle_id, session_id))

    def calendar(self, cycle_id: int) -> list[CalendarEntry]:
        [(held,)] = self._rows(
            f"SELECT count(*) FROM sessions WHERE cycle_id = ? AND {HELD}", (cycle_id,)
        )
        rows = self._rows(
            "SELECT e.number, e.day, e.start, e.minutes, e.place, COALESCE(m.name, '') "
            "FROM calendar_entries e LEFT JOIN members m ON m.id = e.narrator_member_id "
            "WHERE e.cycle_id = ? ORDER BY e.number",
            (cycle_id,),
        )
        return [
            CalendarEntry(number, day, start, minutes, place, narrator, number <= held)
            for number, day, start, minutes, place, narrator in rows
        ]

    def cycle_heading(self, cycle_id: int) -> tuple[str, str, str, int]:
        """(group, title, protocol id, planned sessions) of a cycle."""
        rows = self._rows(
            "SELECT g.name, c.title, c.protocol_id, c.planned_sessions FROM cycles c "
            "JOIN groups g ON g.id = c.group_id WHERE c.id = ?",
            (cycle_id,),
        )
        if not rows:
            raise Missing(cycle_id)
        group, title, protocol_id, planned = rows[0]
        return str(group), str(title), str(protocol_id), int(planned)

    def sessions_of_cycle(self, cycle_id: int) -> list[int]:
        """The ids of a cycle's sessions, in the order they were created."""
        rows = self._rows("SELECT id FROM sessions WHERE cycle_id = ? ORDER BY id", (cycle_id,))
        return [int(sid) for (sid,) in rows]

    def held_before(self, session_id: int) -> list[int]:
        """The group's sessions held (started) before this one was created, oldest
        first: a session created and never started is none of them."""
        rows = self._rows(
            "SELECT p.id FROM sessions p JOIN sessions s ON s.group_id = p.group_id "
            "WHERE s.id = ? AND p.id != s.id AND p.state != 'ready' "
            "AND (p.created_wall < s.created_wall OR (p.created_wall = s.created_wall "
            "AND p.id < s.id)) ORDER BY p.created_wall, p.id",
            (session_id,),
        )
        return [int(sid) for (sid,) in rows]

    def previous_session(self, session_id: int) -> int | None:
        """The last session held before this one."""
        held = self.held_before(session_id)
        return held[-1] if held else None

    def action_histories(self, session_ids: list[int]) -> list[ActionHistory]:
        """The actions decided in these sessions, each with every review made of it."""
        if not session_ids:
            return []
        marks = ", ".join("?" for _ in session_ids)
        actions = self._rows(
            f"SELECT id, session_id, text, owner, due FROM notes WHERE session_id IN ({marks}) "
            "AND kind = 'action' ORDER BY session_id, id",
            tuple(session_ids),
        )
        reviews: dict[int, list[Review]] = {}
        for note_id, *review in self._rows(
            "SELECT r.note_id, r.session_id, r.status, COALESCE(r.comment, ''), r.evaluation, "
            "COALESCE(r.trace, '') FROM action_reviews r JOIN notes n ON n.id = r.note_id "
            f"WHERE n.session_id IN ({marks}) ORDER BY r.id",
            tuple(session_ids),
        ):
            reviews.setdefault(note_id, []).append(Review(*review))
        return [
            ActionHistory(note_id, sid, text, owner, due, reviews.get(note_id, []))
            for note_id, sid, text, owner, due in actions
        ]

    def carried_actions(self, session_id: int) -> list[CarriedAction]:
        """Every earlier action not yet done or dropped, with the latest word said of it."""
        earlier = self.held_before(session_id)
        numbers = self.session_numbers([*earlier, session_id])
        return carried_into(session_id, earlier, self.action_histories(earlier), numbers)

    def session_numbers(self, session_ids: list[int]) -> dict[int, int]:
        """Each session's number in its cycle, by id."""
        if not session_ids:
            return {}
        marks = ", ".join("?" for _ in session_ids)
        rows = self._rows(
            f"SELECT s.id, {number_sql('s')} FROM sessions s WHERE s.id IN ({marks})",
            tuple(session_ids),
        )
        return {int(i): int(n) for i, n in rows}

    def cycle_action_histories(self, cycle_id: int) -> list[CarriedAction]:
        """Every action decided in the cycle, with its whole history: what the bilan prints."""
        sessions = self.sessions_of_cycle(cycle_id)
        histories = self.action_histories(sessions)
        numbers = self.session_numbers(
            sessions + [r.session_id for h in histories for r in h.reviews]
        )
        return [
            h.as_carried(h.reviews[-1] if h.reviews else None, h.reviews, numbers)
            for h in histories
        ]

    def actions_of(self, session_id: int) -> list[CarriedAction]:
        """A session's actions, each with the latest word said of it (in a later session)."""
        rows = self._rows(
            "SELECT n.id, n.text, n.owner, n.due, r.status, COALESCE(r.comment, ''), "
            "r.evaluation, COALESCE(r.trace, '') FROM notes n "
            "LEFT JOIN action_reviews r ON r.id = (SELECT r2.id FROM action_reviews r2 "
            " WHERE r2.note_id = n.id ORDER BY r2.id DESC LIMIT 1) "
            "WHERE n.session_id = ? AND n.kind = 'action' ORDER BY n.id",
            (session_id,),
        )
        return [CarriedAction(*row) for row in rows]

    def review_action(
        self,
        session_id: int,
        note_id: int,
        status: ActionStatus,
        wall: float,
        comment: str = "",
        evaluation: Evaluation | None = None,
        trace: str = "",
    ) -> None:
        with self._write(session=session_id) as db:
            db.execute(
                "INSERT INTO action_reviews (note_id, session_id, status, comment, evaluation, "
                "trace, reviewed_wall) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    note_id,
                    session_id,
                    status.value,
                    comment.strip()[:2000],
                    evaluation.value if evaluation else None,
                    trace.strip()[:200],
                    wall,
                ),
            )

    def reviews_made_in(self, session_id: int) -> list[CarriedAction]:
        """The follow-up given in this session: what its sheet prints."""
        return [a for a in self.carried_actions(session_id) if a.reviewed_here]

    def delete_session(self, session_id: int) -> None:
        """Gone for real: rows deleted with secure_delete, then the WAL checkpointed
        and truncated, so no copy of a note stays in either file."""
        group = self._group_of("sessions", session_id)  # its number, and its own writers
        with self._write(group=group, session=session_id) as db:
            run = db.execute(
                "SELECT protocol_run_id FROM sessions WHERE id = ?", (session_id,)
            ).fetchone()
            if run is None:
                raise Missing(session_id)
            _delete_session_rows(db, session_id)
            db.execute("DELETE FROM protocol_runs WHERE id = ?", (run[0],))
        self._scrub()

    def delete_group(self, group_id: int) -> None:
        self.group_name(group_id)  # Missing when there is no such group
        with self._write(group=group_id) as db:
            sessions = db.execute(
                "SELECT id, protocol_run_id FROM sessions WHERE group_id = ?", (group_id,)
            ).fetchall()
            self.store.take_turns(db, sessions=[s for s, _run in sessions])  # their writers
            for session_id, run_id in sessions:
                _delete_session_rows(db, session_id)
                db.execute("DELETE FROM protocol_runs WHERE id = ?", (run_id,))
            cycles = [
                c for (c,) in db.execute("SELECT id FROM cycles WHERE group_id = ?", (group_id,))
            ]
            for cycle_id in cycles:
                db.execute("DELETE FROM calendar_entries WHERE cycle_id = ?", (cycle_id,))
                db.execute("DELETE FROM evaluation_tallies WHERE cycle_id = ?", (cycle_id,))
            db.execute("DELETE FROM cycles WHERE group_id = ?", (group_id,))
            db.execute("DELETE FROM members WHERE group_id = ?", (group_id,))
            db.execute("DELETE FROM framing_notes WHERE group_id = ?", (group_id,))
            db.execute("DELETE FROM groups WHERE id = ?", (group_id,))
        self._scrub()


class Members(GroupRecords):
    """A group's members, and who was seated in a session (present, excused, absent)."""

    def members(self, group_id: int, *, include_retired: bool = False) -> list[Member]:
        rows = self._rows(
            "SELECT m.id, m.name, m.role, m.retired_wall IS NOT NULL FROM members m "
            "WHERE m.group_id = ?"
            + ("" if include_retired else " AND m.retired_wall IS NULL")
            + " ORDER BY m.id",
            (group_id,),
        )
        return [Member(i, n, r, bool(x)) for i, n, r, x in rows]

    def add_member(self, group_id: int, name: str, role: str, wall: float) -> int:
        name = member_name(name)
        with self._write(group=group_id) as db:
            cursor = db.execute(
                "INSERT INTO members (group_id, name, role, joined_wall) VALUES (?, ?, ?, ?)",
                (group_id, name, role, wall),
            )
            assert cursor.lastrowid is not None
            return cursor.lastrowid

    def rename_member(self, member_id: int, name: str) -> None:
        """From now on; sessions already held keep the name they were held with."""
        name = member_name(name)
        with self._write(group=self._group_of("members", member_id)) as db:
            db.execute("UPDATE members SET name = ? WHERE id = ?", (name, member_id))

    def retire_member(self, member_id: int, wall: float) -> None:
        with self._write(group=self._group_of("members", member_id)) as db:
            db.execute("UPDATE members SET retired_wall = ? WHERE id = ?", (wall, member_id))

    def set_attendance(self, session_id: int, participant_id: int, attendance: Attendance) -> None:
        with self._write(session=session_id) as db:
            db.execute(
                "UPDATE participants SET attendance = ? WHERE id = ? AND session_id = ?",
                (attendance.value, participant_id, session_id),
            )

    def roll(self, session_id: int) -> list[tuple[str, str, str]]:
        """Everyone on the session's list, in order: (name, role, attendance)."""
        rows = self._rows(
            "SELECT name, role, attendance FROM participants WHERE session_id = ? "
            "ORDER BY position",
            (session_id,),
        )
        return [(str(n), str(r), str(a)) for n, r, a in rows]

    def attendance(self, session_id: int) -> dict[str, str]:
        rows = self._rows(
            "SELECT name, attendance FROM participants WHERE session_id = ? ORDER BY position",
            (session_id,),
        )
        return dict(rows)


class Framing(GroupRecords):
    """A group's framing note: one per group, replaced whole when saved."""

    _COLUMNS = (
        "origin, objectives, perimeter, themes, facilitation, facilitators, rules, "
        "size_low, size_high, diversity_met, resource_people, contact"
    )

    def framing_note(self, group_id: int) -> FramingNote | None:
        rows = self._rows(
            f"SELECT {self._COLUMNS} FROM framing_notes WHERE group_id = ?", (group_id,)
        )
        if not rows:
            return None
        (origin, objectives, perimeter, themes, facilitation, facilitators, rules, low, high,
         diversity, resource_people, contact) = rows[0]  # fmt: skip
        return FramingNote(
            origin=origin,
            objectives=objectives,
            perimeter=perimeter,
            themes=themes,
            facilitation=facilitation,
            facilitators=facilitators,
            rules=rules,
            size_low=low,
            size_high=high,
            diversity_met=tuple(d for d in str(diversity).split(",") if d),
            resource_people=resource_people,
            contact=contact,
        )

    def save_framing_note(self, group_id: int, note: FramingNote, wall: float) -> None:
        note = checked_framing(note)
        values = (*note[:9], ",".join(note.diversity_met), *note[10:], wall)
        with self._write(group=group_id) as db:
            db.execute("DELETE FROM framing_notes WHERE group_id = ?", (group_id,))
            db.execute(
                f"INSERT INTO framing_notes (group_id, {self._COLUMNS}, updated_wall) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (group_id, *values),
            )


class Answers(GroupRecords):
    """What comes back to the group: management's answers to its relevés, and the
    participants' evaluation (counts per score, never who)."""

    def record_answer(
        self,
        session_id: int,
        sent_day: str,
        answered_day: str,
        analysis: str,
        decisions: str,
        wall: float,
        about: str = "",
    ) -> None:
        check_answer_days(sent_day, answered_day)
        with self._write(session=session_id) as db:
            db.execute(
                "INSERT INTO management_answers (session_id, sent_day, answered_day, analysis, "
                "decisions, recorded_wall, about) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    session_id,
                    sent_day,
                    answered_day,
                    analysis.strip(),
                    decisions.strip(),
                    wall,
                    about.strip()[:2000],
                ),
            )

    def answers_to(self, session_id: int) -> list[ManagementAnswer]:
        """Every answer to a session's relevé: to the whole, or to one proposal or need."""
        rows = self._rows(
            "SELECT session_id, sent_day, answered_day, analysis, decisions, about "
            "FROM management_answers WHERE session_id = ? ORDER BY id",
            (session_id,),
        )
        return [ManagementAnswer(*row) for row in rows]

    def answer_to(self, session_id: int) -> ManagementAnswer | None:
        """The latest answer to a session's relevé."""
        answers = self.answers_to(session_id)
        return answers[-1] if answers else None

    def answerable(self, session_id: int) -> list[str]:
        """What management can answer one by one: the proposals and training needs."""
        rows = self._rows(
            "SELECT text FROM notes WHERE session_id = ? AND kind IN ('proposal', "
            "'training_need') AND trim(text) != '' ORDER BY id",
            (session_id,),
        )
        return [text for (text,) in rows]

    def answers_for_opening(self, session_id: int) -> list[ManagementAnswer]:
        """Management's answers to the previous session's relevé, read at the opening."""
        previous = self.store.cycles.previous_session(session_id)
        return self.answers_to(previous) if previous is not None else []

    def record_tally(
        self,
        cycle_id: int,
        session_id: int | None,
        tally: dict[str, dict[int, int]],
        wall: float,
    ) -> None:
        """The scores sheet, typed: how many gave each score (never who). One sheet
        per session (or for the whole cycle): saving it again replaces it, so the
        same sheet typed twice is never counted twice."""
        with self._write(group=self._group_of("cycles", cycle_id)) as db:
            which, params = _tally_of(cycle_id, session_id)
            db.execute(f"DELETE FROM evaluation_tallies WHERE {which}", params)
            db.executemany(
                "INSERT INTO evaluation_tallies (cycle_id, session_id, question, score, count, "
                "recorded_wall) VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (cycle_id, session_id, question, score, count, wall)
                    for question, counts in tally.items()
                    for score, count in counts.items()
                    if count
                ],
            )

    def tally_of(self, cycle_id: int, session_id: int | None) -> dict[str, dict[int, int]]:
        """The scores sheet recorded for one session (None: the whole cycle)."""
        which, params = _tally_of(cycle_id, session_id)
        rows = self._rows(
            f"SELECT question, score, count FROM evaluation_tallies WHERE {which}", params
        )
        tally: dict[str, dict[int, int]] = {}
        for question, score, count in rows:
            tally.setdefault(str(question), {})[int(score)] = int(count)
        return tally

    def tallies(self, cycle_id: int) -> list[tuple[str, int, int]]:
        """Every score of the cycle's evaluations: (question, score, count)."""
        rows = self._rows(
            "SELECT question, score, SUM(count) FROM evaluation_tallies WHERE cycle_id = ? "
            "GROUP BY question, score ORDER BY question, score",
            (cycle_id,),
        )
        return [(str(q), int(s), int(c)) for q, s, c in rows]


def _tally_of(cycle_id: int, session_id: int | None) -> tuple[str, tuple[int, ...]]:
    """Which sheet: a session's, or the whole cycle's (PostgreSQL has no ``IS ?``)."""
    if session_id is None:
        return "cycle_id = ? AND session_id IS NULL", (cycle_id,)
    return "cycle_id = ? AND session_id = ?", (cycle_id, session_id)


def _delete_session_rows(db: Any, session_id: int) -> None:
    db.execute(
        "DELETE FROM action_reviews WHERE session_id = ? OR note_id IN "
        "(SELECT id FROM notes WHERE session_id = ?)",
        (session_id, session_id),
    )
    for table in (
        "evaluation_tallies",
        "note_corrections",
        "releve_sendings",
        "releve_reviews",
        "management_answers",
        "events",
        "turns",
        "notes",
        "step_runs",
        "cases",
    ):
        db.execute(f"DELETE FROM {table} WHERE session_id = ?", (session_id,))
    db.execute("DELETE FROM participants WHERE session_id = ?", (session_id,))
    db.execute("DELETE FROM sessions WHERE id = ?", (session_id,))
