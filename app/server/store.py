"""What a coordinator reads on the service's server: the coordination_* views
and nothing else (the server refuses the tables to its role). All of its SQL."""

from __future__ import annotations

import unicodedata
from datetime import datetime
from typing import Any

from app.db.server import (
    ServerConnection,
    _tidy,
    connect,
    server_errors,
)
from app.errors import StoreError, StoreProblem
from app.secrets import keyring_password
from app.server.rules import GroupYear, parse


class CoordinationReader:
    def __init__(self, url: str, password: str | None = None) -> None:
        address = parse(url)
        self.address = address
        self._db: ServerConnection = connect(
            address, password or address.password or keyring_password(address)
        )

    def _rows(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        try:
            return self._db.execute(sql, params).fetchall()
        except server_errors() as exc:  # the server's refusal included: said, never shown raw
            raise StoreError(
                StoreProblem.NO_PERMISSION, self.address.as_path(), _tidy(exc)
            ) from exc

    def years(self) -> list[int]:
        rows = self._rows("SELECT DISTINCT created_wall FROM coordination_sessions")
        return sorted({datetime.fromtimestamp(float(w)).year for (w,) in rows}, reverse=True)

    def year(self, year: int) -> list[GroupYear]:
        start = datetime(year, 1, 1).timestamp()
        end = datetime(year + 1, 1, 1).timestamp()
        sessions = self._rows(
            "SELECT s.session_id, s.group_name, COALESCE(s.cycle_title, ''), s.state, "
            "s.running_seconds, s.seats, a.present, a.excused, a.absent, "
            "r.sent_day, r.answered_day, COALESCE(n.actions, 0), "
            "s.cycle_id, a.session_id IS NOT NULL AND a.present IS NULL "
            "FROM coordination_sessions s "
            "LEFT JOIN coordination_attendance a ON a.session_id = s.session_id "
            "LEFT JOIN coordination_releves r ON r.session_id = s.session_id "
            "LEFT JOIN coordination_actions n ON n.session_id = s.session_id "
            "WHERE s.created_wall >= ? AND s.created_wall < ? ORDER BY s.group_name, s.session_id",
            (start, end),
        )
        averages: dict[int, dict[str, float | None]] = {}
        for cycle_id, question, average, answers in self._rows(
            "SELECT cycle_id, question, average, answers FROM coordination_evaluations"
        ):
            if average is not None or answers:  # None: answered by too few to show
                averages.setdefault(int(cycle_id), {})[str(question)] = (
                    None if average is None else float(average)
                )
        groups: dict[str, list[tuple[Any, ...]]] = {}
        for row in sessions:
            groups.setdefault(str(row[1]), []).append(row)
        ordered = sorted(groups, key=_reading_order)  # É among the E, as a reader expects
        return [_group_year(name, groups[name], averages) for name in ordered]

    def close(self) -> None:
        self._db.close()


def _reading_order(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _group_year(
    name: str, rows: list[tuple[Any, ...]], averages: dict[int, dict[str, float | None]]
) -> GroupYear:
    held = [r for r in rows if r[3] == "ended"]
    delays = []
    for r in rows:
        if r[9] and r[10]:
            sent, answered = (datetime.fromisoformat(str(d)) for d in (r[9], r[10]))
            delays.append((answered - sent).days)
    cycles = sorted({str(r[2]) for r in rows if r[2]})
    evaluations: dict[str, list[float]] = {}
    hidden = False
    for cycle_id in {int(r[12]) for r in rows if r[12] is not None}:
        for question, average in averages.get(cycle_id, {}).items():
            if average is None:
                hidden = True
            else:
                evaluations.setdefault(question, []).append(average)
    return GroupYear(
        group=name,
        cycles=cycles,
        sessions_held=len(held),
        hours=sum(float(r[4]) for r in held) / 3600,
        seats=sum(int(r[5]) for r in rows) / len(rows) if rows else 0.0,
        present=sum(int(r[6] or 0) for r in rows),
        excused=sum(int(r[7] or 0) for r in rows),
        absent=sum(int(r[8] or 0) for r in rows),
        releves_sent=sum(1 for r in rows if r[9]),
        releves_answered=sum(1 for r in rows if r[10]),
        answer_days=delays,
        actions=sum(int(r[11]) for r in rows),
        evaluations={q: sum(v) / len(v) for q, v in evaluations.items()},
        evaluations_hidden=hidden and not evaluations,
        attendance_hidden=any(bool(r[13]) for r in rows),
    )
