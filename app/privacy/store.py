"""A person erased from a group's every record, and the groups a retention rule
offers to delete: privacy's SQL, on the store's one connection."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

from app.db.journal import rewrite_strings
from app.group.store import GroupRecords


class Erasure(GroupRecords):
    """What a person's erasure and a retention rule read and write."""

    def seat_names(self, group_id: int, member_id: int) -> set[str]:
        """Every name a member was seated under in the group's sessions, and their own."""
        rows = self._rows(
            "SELECT m.name FROM members m WHERE m.id = ? AND m.group_id = ? UNION "
            "SELECT p.name FROM participants p JOIN sessions s ON s.id = p.session_id "
            "WHERE s.group_id = ? AND p.member_id = ?",
            (member_id, group_id, group_id, member_id),
        )
        return {str(name) for (name,) in rows}

    def other_names(self, group_id: int, member_id: int) -> set[str]:
        """The names of the group's other members and seats: a part of the erased
        person's name inside one of them ("Marie" of "Marie Durand") is not theirs."""
        rows = self._rows(
            "SELECT m.name FROM members m WHERE m.group_id = ? AND m.id != ? UNION "
            "SELECT p.name FROM participants p JOIN sessions s ON s.id = p.session_id "
            "WHERE s.group_id = ? AND (p.member_id IS NULL OR p.member_id != ?)",
            (group_id, member_id, group_id, member_id),
        )
        return {str(name) for (name,) in rows}

    def free_texts(self, group_id: int) -> list[tuple[str, str]]:
        """Every free text of the group where a name may stand, as (table, text):
        what erasure reads and shows before it writes. The log's texts are not
        listed: they are the same names as the seats and notes."""
        return [
            (table, value)
            for table, _row, _columns, values in _texts(self._rows, group_id)
            for value in values
            if isinstance(value, str) and value
        ]

    def erase_member(
        self,
        group_id: int,
        member_id: int,
        label: str,
        rewrite: Callable[[str], str],
        wall: float,
    ) -> None:
        """One person's name out of every record of the group, in one transaction;
        ``rewrite`` takes their name out of free text. Their seats keep their turns,
        under ``label``. Then the journal is checkpointed: no copy stays in either file."""
        names = self.seat_names(group_id, member_id)
        with self._write(group=group_id) as db:

            def query(sql: str, params: tuple[Any, ...] = ()) -> list[Any]:
                return db.execute(sql, params).fetchall()

            sessions = _sessions(query, group_id)
            self.store.take_turns(db, sessions=sessions)  # each session's writers too
            marks = ", ".join("?" for _ in sessions) or "NULL"
            seat_marks = ", ".join("?" for _ in names) or "NULL"
            db.execute(
                f"UPDATE participants SET name = ? WHERE session_id IN ({marks}) "
                f"AND (member_id = ? OR name IN ({seat_marks}))",
                (label, *sessions, member_id, *names),
            )
            db.execute(
                "UPDATE members SET name = ?, retired_wall = COALESCE(retired_wall, ?) "
                "WHERE id = ?",
                (label, wall, member_id),
            )
            for table, row_id, columns, values in _texts(query, group_id):
                fresh = [rewrite(v) if isinstance(v, str) else v for v in values]
                if fresh != values:
                    sets = ", ".join(f'"{c}" = ?' for c in columns)
                    db.execute(f"UPDATE {table} SET {sets} WHERE id = ?", (*fresh, row_id))
            for row_id, data in db.execute(
                f"SELECT id, data FROM events WHERE session_id IN ({marks})", tuple(sessions)
            ).fetchall():
                fresh_data = json.dumps(rewrite_strings(json.loads(data), rewrite))
                if fresh_data != data:
                    db.execute("UPDATE events SET data = ? WHERE id = ?", (fresh_data, row_id))
        self._scrub(
            {table for table, _key, _columns in _FREE_TEXT} | {"participants", "members", "events"}
        )
        journal = self.store.journal  # on a server: what this computer keeps for it
        if journal is not None:
            journal.rewrite_texts(sessions, rewrite)

    def stale_groups(self, months: int, now_wall: float) -> list[tuple[int, str, float]]:
        """Groups whose last session (or creation, without any) is older than so many
        months, (id, name, last): what a retention rule offers to delete. Oldest first."""
        cutoff = now_wall - months * 30.44 * 86400
        rows = self._rows(
            "SELECT g.id, g.name, COALESCE(MAX(s.created_wall), g.created_wall) AS last "
            "FROM groups g LEFT JOIN sessions s ON s.group_id = g.id "
            "GROUP BY g.id HAVING COALESCE(MAX(s.created_wall), g.created_wall) < ? "
            "ORDER BY last",
            (cutoff,),
        )
        return [(int(i), name, float(last)) for i, name, last in rows]


# Where a person's name may stand in free text: (table, scope, columns).
_FREE_TEXT = (
    ("notes", "session", ("text", "owner", "due")),
    ("cases", "session", ("title", "situation", "request", "theme")),
    ("note_corrections", "session", ("before_text",)),
    ("management_answers", "session", ("analysis", "decisions", "about")),
    ("action_reviews", "session", ("comment", "trace")),
    ("framing_notes", "group", ("facilitators", "resource_people", "contact", "origin")),
    ("sessions", "sessions", ("follow_up",)),
    ("calendar_entries", "cycle", ("place",)),
    ("cycles", "group", ("title",)),
)


Query = Callable[[str, tuple[Any, ...]], list[Any]]


def _sessions(query: Query, group_id: int) -> list[int]:
    return [int(sid) for (sid,) in query("SELECT id FROM sessions WHERE group_id = ?", (group_id,))]


def _texts(query: Query, group_id: int) -> Iterator[tuple[str, int, tuple[str, ...], list[Any]]]:
    """Each row of the group's free text, as (table, id, columns, values)."""
    sessions = _sessions(query, group_id)
    marks = ", ".join("?" for _ in sessions) or "NULL"
    for table, key, columns in _FREE_TEXT:
        # Every scope is this group's: never a row of another group.
        where, params = {
            "session": (f"session_id IN ({marks})", tuple(sessions)),
            "sessions": (f"id IN ({marks})", tuple(sessions)),
            "group": ("group_id = ?", (group_id,)),
            "cycle": ("cycle_id IN (SELECT id FROM cycles WHERE group_id = ?)", (group_id,)),
        }[key]
        rows = query(f"SELECT id, {', '.join(columns)} FROM {table} WHERE {where}", params)
        for row_id, *values in rows:
            yield table, int(row_id), columns, values
