"""The records the store hands out: plain, immutable, and free of any SQL, so
that windows and exports can hold them without knowing the store."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from app.protocols import PlannedStep, Protocol
    from app.session.rules.engine import Case, Event, Person, SessionEngine


class SessionState:
    READY = "ready"
    RUNNING = "running"
    ENDED = "ended"


class StoredSession(NamedTuple):
    id: int
    group: str
    number_in_cycle: int
    protocol: Protocol
    plan: list[PlannedStep]
    people: list[Person]
    cases: list[Case]
    case_texts: list[tuple[str, str]]  # (situation, request) per case
    case_themes: list[str]  # "" where none was given
    events: list[Event]
    state: str
    created_wall: float
    started_wall: float | None
    ended_wall: float | None
    follow_up: str

    def engine(self) -> SessionEngine:
        from app.session.rules.engine import SessionEngine

        return SessionEngine.rebuild(self.plan, self.people, self.cases, self.events)

    @property
    def facilitator(self) -> Person | None:
        return next((p for p in self.people if p.role == "facilitator"), None)

    @property
    def facilitators(self) -> list[Person]:
        """The facilitator and, when there is one, the co-facilitator."""
        return [p for p in self.people if p.role == "facilitator"]


class SessionSummary(NamedTuple):
    id: int
    group: str
    protocol_id: str
    number_in_cycle: int
    state: str
    created_wall: float
    running_seconds: float
    case_title: str
    step_index: int
    step_count: int


class Note(NamedTuple):
    id: int
    step_index: int | None
    case_index: int | None
    kind: str
    text: str
    tag: str | None = None
    author_id: int | None = None
    owner: str = ""
    due: str = ""


class Found(NamedTuple):
    session_id: int
    group: str
    created_wall: float
    where: str  # "case" or "note"
    text: str
