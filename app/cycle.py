"""A group over time: its members, its cycles and their calendar, the actions
carried from one session to the next, and management's answers (seeds 001,
002, 004). Plain SQL on the store's connection, like the repository.

A session keeps the names it was held with; members can be renamed or retire
without rewriting any of it. The previous session of a session is the latest
one of the same group created before it.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING, Any, NamedTuple

from app.store.database import StoreError, StoreProblem

if TYPE_CHECKING:
    from app.store.repository import Store


class ActionStatus(StrEnum):
    DONE = "done"
    IN_PROGRESS = "in_progress"
    DROPPED = "dropped"


class Evaluation(StrEnum):
    """REX (seed 004): did the corrective action work?"""

    WORKED = "worked"
    PARTLY = "partly"
    NOT = "not"


class Attendance(StrEnum):
    PRESENT = "present"
    EXCUSED = "excused"
    ABSENT = "absent"


class Member(NamedTuple):
    id: int
    name: str
    role: str
    retired: bool


class Cycle(NamedTuple):
    id: int
    group: str
    protocol_id: str
    title: str
    planned_sessions: int
    held: int


class CalendarEntry(NamedTuple):
    number: int
    day: str  # YYYY-MM-DD
    start: str  # HH:MM
    minutes: int
    place: str
    narrator: str  # the planned narrator's name, "" if none yet
    held: bool


class CarriedAction(NamedTuple):
    note_id: int
    text: str
    owner: str
    due: str
    status: str | None  # the latest review, None when never reviewed
    comment: str
    evaluation: str | None
    trace: str


class ManagementAnswer(NamedTuple):
    session_id: int
    sent_day: str
    answered_day: str
    analysis: str
    decisions: str
    about: str = ""  # the proposal or training need answered; "" for the whole relevé

    @property
    def delay_days(self) -> int:
        return (date.fromisoformat(self.answered_day) - date.fromisoformat(self.sent_day)).days


_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


class InvalidEntry(ValueError):
    """A date, a time or a length the calendar cannot hold; ``field`` says which."""

    def __init__(self, field: str) -> None:
        super().__init__(field)
        self.field = field


def _check_day(day: str, field: str = "day") -> str:
    if not _DAY.match(day):
        raise InvalidEntry(field)
    try:
        date.fromisoformat(day)
    except ValueError:
        raise InvalidEntry(field) from None
    return day


class Cycles:
    """The group-level records of one store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def _rows(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        return self.store._rows(sql, params)

    def group_id(self, name: str) -> int:
        rows = self._rows("SELECT id FROM groups WHERE name = ?", (name,))
        if not rows:
            raise KeyError(name)
        return int(rows[0][0])

    # -- members ----------------------------------------------------------------

    def members(self, group: str, include_retired: bool = False) -> list[Member]:
        rows = self._rows(
            "SELECT m.id, m.name, m.role, m.retired_wall IS NOT NULL FROM members m "
            "JOIN groups g ON g.id = m.group_id WHERE g.name = ?"
            + ("" if include_retired else " AND m.retired_wall IS NULL")
            + " ORDER BY m.id",
            (group,),
        )
        return [Member(i, n, r, bool(x)) for i, n, r, x in rows]

    def add_member(self, group: str, name: str, role: str, wall: float) -> int:
        from app.setup import clean_name

        group_id = self.group_id(group)
        with self.store._write() as db:
            cursor = db.execute(
                "INSERT INTO members (group_id, name, role, joined_wall) VALUES (?, ?, ?, ?)",
                (group_id, clean_name(name), role, wall),
            )
            assert cursor.lastrowid is not None
            return cursor.lastrowid

    def rename_member(self, member_id: int, name: str) -> None:
        """From now on; sessions already held keep the name they were held with."""
        from app.setup import clean_name

        with self.store._write() as db:
            db.execute("UPDATE members SET name = ? WHERE id = ?", (clean_name(name), member_id))

    def retire_member(self, member_id: int, wall: float) -> None:
        with self.store._write() as db:
            db.execute("UPDATE members SET retired_wall = ? WHERE id = ?", (wall, member_id))

    def narrators_in_cycle(self, cycle_id: int) -> list[str]:
        """Who has already brought a case in this cycle, in order."""
        rows = self._rows(
            "SELECT DISTINCT COALESCE(m.name, p.name) FROM cases c "
            "JOIN participants p ON p.id = c.narrator_id "
            "LEFT JOIN members m ON m.id = p.member_id "
            "JOIN sessions s ON s.id = c.session_id WHERE s.cycle_id = ? ORDER BY s.id",
            (cycle_id,),
        )
        return [name for (name,) in rows]

    def set_attendance(self, session_id: int, participant_id: int, attendance: Attendance) -> None:
        with self.store._write() as db:
            db.execute(
                "UPDATE participants SET attendance = ? WHERE id = ? AND session_id = ?",
                (attendance.value, participant_id, session_id),
            )

    def attendance(self, session_id: int) -> dict[str, str]:
        rows = self._rows(
            "SELECT name, attendance FROM participants WHERE session_id = ? ORDER BY position",
            (session_id,),
        )
        return dict(rows)

    # -- cycles and their calendar ----------------------------------------------

    def create_cycle(
        self, group: str, protocol_id: str, title: str, planned_sessions: int, wall: float
    ) -> int:
        if not 1 <= planned_sessions <= 50:
            raise InvalidEntry("planned_sessions")
        group_id = self.group_id(group)
        with self.store._write() as db:
            cursor = db.execute(
                "INSERT INTO cycles (group_id, protocol_id, title, planned_sessions, "
                "created_wall) VALUES (?, ?, ?, ?, ?)",
                (group_id, protocol_id, title.strip()[:200], planned_sessions, wall),
            )
            assert cursor.lastrowid is not None
            return cursor.lastrowid

    def cycles(self, group: str) -> list[Cycle]:
        rows = self._rows(
            "SELECT c.id, g.name, c.protocol_id, c.title, c.planned_sessions, "
            "(SELECT count(*) FROM sessions s WHERE s.cycle_id = c.id) FROM cycles c "
            "JOIN groups g ON g.id = c.group_id WHERE g.name = ? ORDER BY c.id",
            (group,),
        )
        return [Cycle(*row) for row in rows]

    def attach_session(self, session_id: int, cycle_id: int) -> None:
        with self.store._write() as db:
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
        _check_day(day)
        if not _TIME.match(start):
            raise InvalidEntry("start")
        if not 5 <= minutes <= 24 * 60:
            raise InvalidEntry("minutes")
        with self.store._write() as db:
            db.execute(
                "INSERT INTO calendar_entries (cycle_id, number, day, start, minutes, place, "
                "narrator_member_id) VALUES (?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (cycle_id, number) DO UPDATE SET day = excluded.day, "
                "start = excluded.start, minutes = excluded.minutes, place = excluded.place, "
                "narrator_member_id = excluded.narrator_member_id",
                (cycle_id, number, day, start, minutes, place.strip()[:200], narrator_member_id),
            )

    def calendar(self, cycle_id: int) -> list[CalendarEntry]:
        [(held,)] = self._rows("SELECT count(*) FROM sessions WHERE cycle_id = ?", (cycle_id,))
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

    def next_and_overdue(
        self, cycle_id: int, today: date
    ) -> tuple[CalendarEntry | None, list[CalendarEntry]]:
        """The next planned session, and those whose date passed without being held."""
        pending = [e for e in self.calendar(cycle_id) if not e.held]
        overdue = [e for e in pending if date.fromisoformat(e.day) < today]
        upcoming = [e for e in pending if date.fromisoformat(e.day) >= today]
        return (upcoming[0] if upcoming else None), overdue

    def ics(self, cycle_id: int) -> bytes:
        """The cycle's calendar as an iCalendar file, for any calendar client."""
        from icalendar import Calendar, Event

        rows = self._rows(
            "SELECT c.title, g.name FROM cycles c JOIN groups g ON g.id = c.group_id "
            "WHERE c.id = ?",
            (cycle_id,),
        )
        if not rows:
            raise KeyError(cycle_id)
        title, group = rows[0]
        calendar = Calendar()
        calendar.add("prodid", "-//Tour de table//tourdetable//FR")
        calendar.add("version", "2.0")
        calendar.add("x-wr-calname", f"{group} — {title}")
        for entry in self.calendar(cycle_id):
            starts = datetime.fromisoformat(f"{entry.day}T{entry.start}")  # the room's local time
            event = Event()
            event.add("uid", f"tourdetable-cycle-{cycle_id}-session-{entry.number}")
            event.add("summary", f"{group} — séance {entry.number}")
            event.add("dtstart", starts)
            event.add("dtend", starts + timedelta(minutes=entry.minutes))
            event.add("dtstamp", datetime(2000, 1, 1))  # fixed: the same cycle, the same file
            if entry.place:
                event.add("location", entry.place)
            if entry.narrator:
                event.add("description", f"Narrateur·rice prévu·e : {entry.narrator}")
            calendar.add_component(event)
        return calendar.to_ical()

    # -- actions carried forward ------------------------------------------------

    def previous_session(self, session_id: int) -> int | None:
        rows = self._rows(
            "SELECT p.id FROM sessions p JOIN sessions s ON s.group_id = p.group_id "
            "WHERE s.id = ? AND p.id < s.id ORDER BY p.id DESC LIMIT 1",
            (session_id,),
        )
        return int(rows[0][0]) if rows else None

    def carried_actions(self, session_id: int) -> list[CarriedAction]:
        """The previous session's action plan, with what was said of each since."""
        previous = self.previous_session(session_id)
        return self.actions_of(previous) if previous is not None else []

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
        with self.store._write() as db:
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
        return [a for a in self.carried_actions(session_id) if a.status is not None]

    # -- management's answers ---------------------------------------------------

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
        _check_day(sent_day, "sent_day")
        _check_day(answered_day, "answered_day")
        if answered_day < sent_day:
            raise InvalidEntry("answered_day")
        with self.store._write() as db:
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
        previous = self.previous_session(session_id)
        return self.answers_to(previous) if previous is not None else []

    # -- deletion ---------------------------------------------------------------

    def delete_session(self, session_id: int) -> None:
        """Gone for real: rows deleted with secure_delete, then the WAL checkpointed
        and truncated, so no copy of a note stays in either file."""
        with self.store._write() as db:
            run = db.execute(
                "SELECT protocol_run_id FROM sessions WHERE id = ?", (session_id,)
            ).fetchone()
            if run is None:
                raise KeyError(session_id)
            _delete_session_rows(db, session_id)
            db.execute("DELETE FROM protocol_runs WHERE id = ?", (run[0],))
        self._scrub()

    def stale_groups(self, months: int, now_wall: float) -> list[tuple[str, float]]:
        """Groups whose last session (or creation, without any) is older than so many
        months: what a retention rule offers to delete. Oldest first."""
        cutoff = now_wall - months * 30.44 * 86400
        rows = self._rows(
            "SELECT g.name, COALESCE(MAX(s.created_wall), g.created_wall) AS last "
            "FROM groups g LEFT JOIN sessions s ON s.group_id = g.id "
            "GROUP BY g.id HAVING last < ? ORDER BY last",
            (cutoff,),
        )
        return [(name, float(last)) for name, last in rows]

    def delete_group(self, group: str) -> None:
        group_id = self.group_id(group)
        with self.store._write() as db:
            sessions = db.execute(
                "SELECT id, protocol_run_id FROM sessions WHERE group_id = ?", (group_id,)
            ).fetchall()
            for session_id, run_id in sessions:
                _delete_session_rows(db, session_id)
                db.execute("DELETE FROM protocol_runs WHERE id = ?", (run_id,))
            cycles = [
                c for (c,) in db.execute("SELECT id FROM cycles WHERE group_id = ?", (group_id,))
            ]
            for cycle_id in cycles:
                db.execute("DELETE FROM calendar_entries WHERE cycle_id = ?", (cycle_id,))
            db.execute("DELETE FROM cycles WHERE group_id = ?", (group_id,))
            db.execute("DELETE FROM members WHERE group_id = ?", (group_id,))
            db.execute("DELETE FROM groups WHERE id = ?", (group_id,))
        self._scrub()

    def _scrub(self) -> None:
        try:
            self.store._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except Exception as exc:  # the rows are gone; only the scrub failed
            raise StoreError(StoreProblem.WRITE_FAILED, self.store.path, str(exc)) from exc


def _delete_session_rows(db: Any, session_id: int) -> None:
    db.execute(
        "DELETE FROM action_reviews WHERE session_id = ? OR note_id IN "
        "(SELECT id FROM notes WHERE session_id = ?)",
        (session_id, session_id),
    )
    for table in (
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
