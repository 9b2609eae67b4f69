"""What home's tree shows of the groups: each group with its cycles, each cycle
with its sessions held, then the ones planned, the late ones flagged. The rules
are here, with no Qt and no store: the operations read the records and hand
them over."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, NamedTuple

from app.group.rules import CalendarEntry, Cycle, DateState, calendar_states, next_and_overdue

if TYPE_CHECKING:
    from app.session.rules.records import SessionSummary


class CycleBranch(NamedTuple):
    cycle_id: int
    title: str
    held: int
    planned: int
    next_day: str | None  # YYYY-MM-DD of the next planned session
    overdue: int  # planned dates passed without a session


class GroupBranch(NamedTuple):
    group_id: int
    name: str
    cycles: list[CycleBranch]
    sessions_outside: bool  # sessions held outside any cycle

    @property
    def overdue(self) -> int:
        return sum(c.overdue for c in self.cycles)


def cycle_branch(cycle: Cycle, entries: list[CalendarEntry], today: date) -> CycleBranch:
    upcoming, overdue = next_and_overdue(entries, today)
    return CycleBranch(
        cycle.id,
        cycle.title,
        cycle.held,
        cycle.planned_sessions,
        upcoming.day if upcoming is not None else None,
        len(overdue),
    )


class SessionLeaf(NamedTuple):
    """A row under a cycle: a session held (``session_id``) or one planned."""

    number: int
    session_id: int | None
    day: str  # YYYY-MM-DD
    case_title: str = ""
    unfinished: bool = False
    start: str = ""
    place: str = ""
    narrator: str = ""
    overdue: bool = False


def cycle_leaves(
    held: list[SessionSummary],
    entries: list[CalendarEntry] | None,
    today: date,
) -> list[SessionLeaf]:
    """The sessions held, each with its number (the store's: its rank among the
    cycle's sessions held), then the planned dates not held yet. A session created
    and never started is none of them: home's "resume" box offers it while it is
    the group's latest, the group's window lists it to be deleted."""
    held = [s for s in held if s.state != "ready"]
    leaves = [
        SessionLeaf(
            number=s.number_in_cycle,
            session_id=s.id,
            day=date.fromtimestamp(s.created_wall).isoformat(),
            case_title=s.case_title,
            unfinished=s.state != "ended",
        )
        for s in held
    ]
    for entry, state in calendar_states(entries or [], today):
        if entry.number <= len(held):
            continue
        leaves.append(
            SessionLeaf(
                number=entry.number,
                session_id=None,
                day=entry.day,
                start=entry.start,
                place=entry.place,
                narrator=entry.narrator,
                overdue=state is DateState.OVERDUE,
            )
        )
    return leaves
