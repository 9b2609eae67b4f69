"""What the group window shows, as plain data read in one go: its members,
cycles, sessions (by id), management's answers, and for one cycle its
calendar, narrators and cases. The window's panels draw slices of it; the
rules (which date is held, overdue or next) are here, where tests reach them
without Qt. The cycle's floor figures are read apart, off the GUI thread."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

import msgspec

from app.group.rules import (
    AwaitedAnswer,
    Cycle,
    DatedEntry,
    FramingNote,
    ManagementAnswer,
    Member,
)

if TYPE_CHECKING:
    from app.session.rules.records import SessionSummary


class CaseRow(NamedTuple):
    session_id: int
    number: int
    case_index: int
    title: str
    theme: str


class AnswerRow(NamedTuple):
    session_id: int
    number: int
    answer: ManagementAnswer


class CycleView(msgspec.Struct, frozen=True):
    cycle_id: int
    dates: list[DatedEntry]
    narrators: list[str]  # who already brought a case in the cycle
    cases: list[CaseRow]


class GroupView(msgspec.Struct, frozen=True):
    group_id: int
    name: str
    members: list[Member]  # retired ones too
    cycles: list[Cycle]
    sessions: list[SessionSummary]  # oldest first
    answers: list[AnswerRow]
    themes: list[str]  # offered for a case, most used first
    awaited: list[AwaitedAnswer] = msgspec.field(default_factory=list)  # relevés unanswered
    framing: FramingNote = msgspec.field(default_factory=FramingNote)  # seed 001

    @property
    def protocol_id(self) -> str:
        """The method a new cycle follows: the group's latest."""
        return self.sessions[-1].protocol_id if self.sessions else "codev-anact"

    @property
    def ended_sessions(self) -> list[SessionSummary]:
        return [s for s in self.sessions if s.state == "ended"]

    def session(self, session_id: int) -> SessionSummary | None:
        return next((s for s in self.sessions if s.id == session_id), None)
