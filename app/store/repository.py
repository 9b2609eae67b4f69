"""Reading and writing sessions. One transaction per user action."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from app.engine import Case, Event, EventKind, Person, Role, SessionEngine
from app.protocols import PlannedStep, Protocol, plan_steps
from app.setup import SessionSetup, clean_name
from app.store.database import (
    OpenedDatabase,
    StoreError,
    StoreProblem,
    classify,
    open_database,
)
from app.store.models import (
    CaseRow,
    EventRow,
    GroupRow,
    NoteRow,
    ParticipantRow,
    ProtocolRunRow,
    SessionRow,
    StepRunRow,
    TurnRow,
)


class SessionState:
    READY = "ready"
    RUNNING = "running"
    ENDED = "ended"


@dataclass(frozen=True)
class StoredSession:
    id: int
    group: str
    number_in_cycle: int
    protocol: Protocol
    plan: list[PlannedStep]
    people: list[Person]
    cases: list[Case]
    case_texts: list[tuple[str, str]]  # (situation, request) per case
    events: list[Event]
    state: str
    created_wall: float
    started_wall: float | None
    ended_wall: float | None
    follow_up: str

    def engine(self) -> SessionEngine:
        return SessionEngine.rebuild(self.plan, self.people, self.cases, self.events)

    @property
    def facilitator(self) -> Person | None:
        return next((p for p in self.people if p.role is Role.FACILITATOR), None)


@dataclass(frozen=True)
class SessionSummary:
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


@dataclass(frozen=True)
class Note:
    id: int
    step_index: int | None
    case_index: int | None
    kind: str
    text: str
    tag: str | None = None
    author_id: int | None = None
    owner: str = ""
    due: str = ""


class Store:
    def __init__(self, opened: OpenedDatabase) -> None:
        self.path = opened.path
        self.moved_aside = opened.moved_aside
        self.read_only = opened.read_only
        self._opened = opened
        self._engine = opened.engine
        self._sessions = sessionmaker(opened.engine, expire_on_commit=False)

    @classmethod
    def open(cls, folder: Path, exclusive: bool = True) -> Store:
        """``exclusive=False``: a read-only command, which may read beside the app."""
        return cls(open_database(folder, exclusive))

    def close(self) -> None:
        self._opened.close()

    @contextmanager
    def _write(self) -> Iterator[Session]:
        try:
            with self._sessions.begin() as db:
                yield db
        except (SQLAlchemyError, OSError) as exc:
            problem = classify(exc, StoreProblem.WRITE_FAILED)
            raise StoreError(problem, self.path, str(exc)) from exc

    def _read(self) -> Session:
        return self._sessions()

    # -- groups ---------------------------------------------------------------

    def groups(self) -> list[str]:
        with self._read() as db:
            return list(db.scalars(select(GroupRow.name).order_by(GroupRow.name)))

    def last_participants(self, group: str) -> list[tuple[str, Role]]:
        """The people of the group's latest session, to pre-fill a new one."""
        with self._read() as db:
            row = db.scalars(
                select(SessionRow)
                .join(GroupRow)
                .where(GroupRow.name == group)
                .order_by(SessionRow.id.desc())
            ).first()
            if row is None:
                return []
            return [(p.name, Role(p.role)) for p in row.participants]

    def sessions_in_group(self, group: str) -> int:
        with self._read() as db:
            return (
                db.scalar(
                    select(func.count(SessionRow.id)).join(GroupRow).where(GroupRow.name == group)
                )
                or 0
            )

    # -- sessions -------------------------------------------------------------

    def create_session(self, setup: SessionSetup, wall: float) -> int:
        group_name = clean_name(setup.group)
        protocol = setup.protocol
        with self._write() as db:
            group = db.scalars(select(GroupRow).where(GroupRow.name == group_name)).first()
            if group is None:
                group = GroupRow(name=group_name, created_wall=wall)
                db.add(group)
                db.flush()
            previous = (
                db.scalar(select(func.count(SessionRow.id)).where(SessionRow.group_id == group.id))
                or 0
            )
            has_previous = previous > 0 if setup.has_previous is None else setup.has_previous
            run = ProtocolRunRow(
                protocol_id=protocol.id,
                version=protocol.version,
                definition=protocol.model_dump(mode="json"),
            )
            cycle = protocol.sessions_per_cycle
            number = previous % cycle + 1 if cycle else previous + 1
            session = SessionRow(
                group=group,
                protocol_run=run,
                number_in_cycle=number,
                has_previous=has_previous,
                state=SessionState.READY,
                created_wall=wall,
                follow_up=setup.follow_up,
            )
            db.add(session)
            narrators = {c.narrator for c in setup.cases}
            people = []
            for i, p in enumerate(setup.participants):
                role = p.role
                if i in narrators and role is Role.CONSULTANT:
                    role = Role.NARRATOR
                people.append(ParticipantRow(position=i, name=clean_name(p.name), role=role.value))
            session.participants = people
            db.flush()
            session.cases = [
                CaseRow(
                    index=i,
                    title=clean_name(c.title),
                    narrator_id=people[c.narrator].id if c.narrator is not None else None,
                    situation=c.situation,
                    request=c.request,
                )
                for i, c in enumerate(setup.cases)
            ]
            plan = plan_steps(protocol, len(setup.cases), has_previous)
            session.step_runs = [
                StepRunRow(
                    index=i,
                    step_id=s.step.id,
                    case_index=s.case_index,
                    planned_seconds=s.planned_seconds,
                )
                for i, s in enumerate(plan)
            ]
            db.flush()
            return session.id

    def load(self, session_id: int) -> StoredSession:
        with self._read() as db:
            row = db.get(SessionRow, session_id)
            if row is None:
                raise KeyError(session_id)
            protocol = Protocol.model_validate(row.protocol_run.definition)
            plan = plan_steps(protocol, len(row.cases), row.has_previous)
            people = [Person(p.id, p.name, Role(p.role)) for p in row.participants]
            cases = [Case(c.index, c.title, c.narrator_id) for c in row.cases]
            events = [
                Event(EventKind(e.kind), e.t, e.mono, e.wall, dict(e.data))
                for e in db.scalars(
                    select(EventRow).where(EventRow.session_id == session_id).order_by(EventRow.seq)
                )
            ]
            return StoredSession(
                id=row.id,
                group=row.group.name,
                number_in_cycle=row.number_in_cycle,
                protocol=protocol,
                plan=plan,
                people=people,
                cases=cases,
                case_texts=[(c.situation, c.request) for c in row.cases],
                events=events,
                state=row.state,
                created_wall=row.created_wall,
                started_wall=row.started_wall,
                ended_wall=row.ended_wall,
                follow_up=row.follow_up,
            )

    def append_event(self, session_id: int, event: Event, engine: SessionEngine) -> None:
        """Commit one event with the projections it changes. ``engine`` already holds it."""
        seq = len(engine.events)
        now = event.t
        with self._write() as db:
            db.add(
                EventRow(
                    session_id=session_id,
                    seq=seq,
                    kind=event.kind.value,
                    t=event.t,
                    mono=event.mono,
                    wall=event.wall,
                    data=event.data,
                )
            )
            session = db.get_one(SessionRow, session_id)
            if session.started_wall is None and engine.started:
                session.started_wall = event.wall
            if engine.ended:
                session.state = SessionState.ENDED
                session.ended_wall = event.wall
            elif engine.started:
                session.state = SessionState.RUNNING
            session.running_seconds = engine.running_seconds(now)
            for run in session.step_runs:
                run.adjust_seconds = engine.runs[run.index].adjust
                run.actual_seconds = engine.step_elapsed(run.index, now)
            self._sync_turns(db, session_id, engine, now)

    def _sync_turns(self, db: Session, session_id: int, engine: SessionEngine, now: float) -> None:
        stored = db.scalar(select(func.count(TurnRow.id)).where(TurnRow.session_id == session_id))
        stored = stored or 0
        # Only the last stored turn can still change; later ones are new.
        first = max(0, stored - 1)
        rows = {
            r.seq: r
            for r in db.scalars(
                select(TurnRow).where(TurnRow.session_id == session_id, TurnRow.seq >= first)
            )
        }
        for seq in range(first, len(engine.turns)):
            turn = engine.turns[seq]
            row = rows.get(seq)
            if row is None:
                row = TurnRow(
                    session_id=session_id,
                    seq=seq,
                    participant_id=turn.person,
                    step_index=turn.step,
                    start_t=turn.start,
                )
                db.add(row)
            row.end_t = turn.end
            row.talk_seconds = engine.turn_talk(turn, now)

    def set_case_texts(
        self, session_id: int, case_index: int, situation: str, request: str
    ) -> None:
        with self._write() as db:
            row = db.scalars(
                select(CaseRow).where(CaseRow.session_id == session_id, CaseRow.index == case_index)
            ).one()
            row.situation = situation
            row.request = request

    def set_follow_up(self, session_id: int, follow_up: str) -> None:
        with self._write() as db:
            db.get_one(SessionRow, session_id).follow_up = follow_up

    def summaries(self, unfinished_only: bool = False) -> list[SessionSummary]:
        with self._read() as db:
            query = select(SessionRow).order_by(
                SessionRow.created_wall.desc(), SessionRow.id.desc()
            )
            if unfinished_only:
                query = query.where(SessionRow.state != SessionState.ENDED)
            result = []
            for row in db.scalars(query):
                last_step = db.scalar(
                    select(EventRow.data)
                    .where(
                        EventRow.session_id == row.id,
                        EventRow.kind == EventKind.STEP_CHANGED.value,
                    )
                    .order_by(EventRow.seq.desc())
                    .limit(1)
                )
                result.append(
                    SessionSummary(
                        id=row.id,
                        group=row.group.name,
                        protocol_id=row.protocol_run.protocol_id,
                        number_in_cycle=row.number_in_cycle,
                        state=row.state,
                        created_wall=row.created_wall,
                        running_seconds=row.running_seconds,
                        case_title=row.cases[0].title if row.cases else "",
                        step_index=int(str(last_step["step"])) if last_step else 0,
                        step_count=len(row.step_runs),
                    )
                )
            return result

    # -- notes ----------------------------------------------------------------

    def add_note(self, session_id: int, note: Note, wall: float) -> int:
        with self._write() as db:
            row = NoteRow(
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
            db.add(row)
            db.flush()
            return row.id

    def update_note(self, note: Note, wall: float) -> None:
        with self._write() as db:
            row = db.get_one(NoteRow, note.id)
            row.kind = note.kind
            row.text = note.text
            row.tag = note.tag
            row.author_id = note.author_id
            row.owner = note.owner
            row.due = note.due
            row.updated_wall = wall

    def delete_note(self, note_id: int) -> None:
        with self._write() as db:
            row = db.get(NoteRow, note_id)
            if row is not None:
                db.delete(row)

    def notes(self, session_id: int) -> list[Note]:
        with self._read() as db:
            rows = db.scalars(
                select(NoteRow).where(NoteRow.session_id == session_id).order_by(NoteRow.id)
            )
            return [
                Note(
                    r.id,
                    r.step_index,
                    r.case_index,
                    r.kind,
                    r.text,
                    r.tag,
                    r.author_id,
                    r.owner,
                    r.due,
                )
                for r in rows
            ]
