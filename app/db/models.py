"""The database schema: SQLAlchemy 2 typed ORM on one SQLite file.

The ``events`` table is the source of truth for what happened in a session,
append-only. ``step_runs`` and ``turns`` are its totals, written once when the
session ends; ``sessions.current_step`` and ``running_seconds`` are kept up to
date on step changes and pauses, for the session lists. Every foreign key that
is queried has an index.

The app's queries are plain SQL (``repository.py``); this module is the
schema's definition, for creating it and for Alembic's migrations.
"""

from __future__ import annotations

from sqlalchemy import JSON, Float, ForeignKey, Integer, MetaData, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class GroupRow(Base):
    __tablename__ = "groups"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    created_wall: Mapped[float] = mapped_column(Float)
    sessions: Mapped[list[SessionRow]] = relationship(back_populates="group")


class ProtocolRunRow(Base):
    """The protocol exactly as it was when the session was created."""

    __tablename__ = "protocol_runs"
    id: Mapped[int] = mapped_column(primary_key=True)
    protocol_id: Mapped[str] = mapped_column(String(100))
    version: Mapped[int] = mapped_column(Integer)
    definition: Mapped[dict[str, object]] = mapped_column(JSON)


class SessionRow(Base):
    __tablename__ = "sessions"
    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id"), index=True)
    protocol_run_id: Mapped[int] = mapped_column(ForeignKey("protocol_runs.id"), index=True)
    number_in_cycle: Mapped[int] = mapped_column(Integer)
    has_previous: Mapped[bool]
    state: Mapped[str] = mapped_column(String(20))  # ready | running | ended
    created_wall: Mapped[float] = mapped_column(Float)
    started_wall: Mapped[float | None] = mapped_column(Float)
    ended_wall: Mapped[float | None] = mapped_column(Float)
    running_seconds: Mapped[float] = mapped_column(Float, default=0.0)
    follow_up: Mapped[str] = mapped_column(String(100), default="")
    current_step: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    cycle_id: Mapped[int | None] = mapped_column(ForeignKey("cycles.id"), index=True)

    group: Mapped[GroupRow] = relationship(back_populates="sessions")
    protocol_run: Mapped[ProtocolRunRow] = relationship()
    participants: Mapped[list[ParticipantRow]] = relationship(
        order_by="ParticipantRow.position", cascade="all, delete-orphan"
    )
    cases: Mapped[list[CaseRow]] = relationship(
        order_by="CaseRow.index", cascade="all, delete-orphan"
    )
    step_runs: Mapped[list[StepRunRow]] = relationship(
        order_by="StepRunRow.index", cascade="all, delete-orphan"
    )


class ParticipantRow(Base):
    __tablename__ = "participants"
    __table_args__ = (UniqueConstraint("session_id", "position"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"), index=True)
    # present | excused | absent; a late arrival is present from the moment added
    attendance: Mapped[str] = mapped_column(String(10), default="present", server_default="present")


class MemberRow(Base):
    """A member of a group, across its sessions: renamed or retired without
    rewriting any session (a session keeps the name it was held with)."""

    __tablename__ = "members"
    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    joined_wall: Mapped[float] = mapped_column(Float)
    retired_wall: Mapped[float | None] = mapped_column(Float)


class FramingNoteRow(Base):
    """A group's framing note (seed 001), one per group: what the invitation
    repeats. The diversity is the group's as a whole, ticked by the facilitator."""

    __tablename__ = "framing_notes"
    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"), unique=True)
    origin: Mapped[str] = mapped_column(Text)
    objectives: Mapped[str] = mapped_column(Text)
    perimeter: Mapped[str] = mapped_column(Text)
    themes: Mapped[str] = mapped_column(Text)
    facilitation: Mapped[str] = mapped_column(String(10))
    facilitators: Mapped[str] = mapped_column(Text)
    rules: Mapped[str] = mapped_column(Text)
    size_low: Mapped[int | None] = mapped_column(Integer)
    size_high: Mapped[int | None] = mapped_column(Integer)
    diversity_met: Mapped[str] = mapped_column(String(100))  # comma-separated, of DIVERSITY
    resource_people: Mapped[str] = mapped_column(Text)
    contact: Mapped[str] = mapped_column(Text)
    updated_wall: Mapped[float] = mapped_column(Float)


class CycleRow(Base):
    __tablename__ = "cycles"
    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id"), index=True)
    protocol_id: Mapped[str] = mapped_column(String(100))
    title: Mapped[str] = mapped_column(String(200))
    planned_sessions: Mapped[int] = mapped_column(Integer)
    created_wall: Mapped[float] = mapped_column(Float)


class CalendarEntryRow(Base):
    __tablename__ = "calendar_entries"
    __table_args__ = (UniqueConstraint("cycle_id", "number"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int] = mapped_column(ForeignKey("cycles.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    day: Mapped[str] = mapped_column(String(10))  # YYYY-MM-DD, the group's local date
    start: Mapped[str] = mapped_column(String(5))  # HH:MM, local time
    minutes: Mapped[int] = mapped_column(Integer)
    place: Mapped[str] = mapped_column(String(200), default="")
    narrator_member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"), index=True)


class ActionReviewRow(Base):
    """What became of an action of a session's plan, said at a later session."""

    __tablename__ = "action_reviews"
    id: Mapped[int] = mapped_column(primary_key=True)
    note_id: Mapped[int] = mapped_column(ForeignKey("notes.id", ondelete="CASCADE"), index=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[str] = mapped_column(String(20))  # done | in_progress | dropped
    comment: Mapped[str] = mapped_column(Text, default="")
    evaluation: Mapped[str | None] = mapped_column(String(20))  # REX: worked | partly | not
    trace: Mapped[str] = mapped_column(String(200), default="")  # REX: DUERP, livret…
    reviewed_wall: Mapped[float] = mapped_column(Float)


class ReleveReviewRow(Base):
    """The relevé read with the group before it went to management (seed 001)."""

    __tablename__ = "releve_reviews"
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    sections: Mapped[str] = mapped_column(Text)  # JSON list of the sections kept
    reviewed_wall: Mapped[float] = mapped_column(Float)


class ManagementAnswerRow(Base):
    """Management's answer to a session's relevé de conclusions (seed 001)."""

    __tablename__ = "management_answers"
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    sent_day: Mapped[str] = mapped_column(String(10))  # when the relevé was sent
    answered_day: Mapped[str] = mapped_column(String(10))
    analysis: Mapped[str] = mapped_column(Text, default="")
    decisions: Mapped[str] = mapped_column(Text, default="")
    # The proposal or training need answered; "" for the relevé as a whole.
    about: Mapped[str] = mapped_column(Text, default="", server_default="")
    recorded_wall: Mapped[float] = mapped_column(Float)


class CaseRow(Base):
    __tablename__ = "cases"
    __table_args__ = (UniqueConstraint("session_id", "index"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    index: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text)
    narrator_id: Mapped[int | None] = mapped_column(ForeignKey("participants.id"), index=True)
    situation: Mapped[str] = mapped_column(Text, default="")
    request: Mapped[str] = mapped_column(Text, default="")
    theme: Mapped[str] = mapped_column(Text, default="", server_default="")


class StepRunRow(Base):
    __tablename__ = "step_runs"
    __table_args__ = (UniqueConstraint("session_id", "index"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    index: Mapped[int] = mapped_column(Integer)
    step_id: Mapped[str] = mapped_column(String(100))
    case_index: Mapped[int | None] = mapped_column(Integer)
    planned_seconds: Mapped[float] = mapped_column(Float)
    adjust_seconds: Mapped[float] = mapped_column(Float, default=0.0)
    actual_seconds: Mapped[float] = mapped_column(Float, default=0.0)


class EventRow(Base):
    __tablename__ = "events"
    __table_args__ = (UniqueConstraint("session_id", "seq"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(30))
    t: Mapped[float] = mapped_column(Float)
    mono: Mapped[float] = mapped_column(Float)
    wall: Mapped[float] = mapped_column(Float)
    data: Mapped[dict[str, object]] = mapped_column(JSON)


class TurnRow(Base):
    __tablename__ = "turns"
    __table_args__ = (UniqueConstraint("session_id", "seq"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id"), index=True)
    step_index: Mapped[int] = mapped_column(Integer)
    start_t: Mapped[float] = mapped_column(Float)
    end_t: Mapped[float | None] = mapped_column(Float)
    talk_seconds: Mapped[float] = mapped_column(Float, default=0.0)


class NoteRow(Base):
    __tablename__ = "notes"
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    step_index: Mapped[int | None] = mapped_column(Integer)
    case_index: Mapped[int | None] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(30))
    author_id: Mapped[int | None] = mapped_column(ForeignKey("participants.id"), index=True)
    tag: Mapped[str | None] = mapped_column(String(50))
    text: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(200), default="")  # for actions: who
    due: Mapped[str] = mapped_column(String(100), default="")  # for actions: by when
    created_wall: Mapped[float] = mapped_column(Float)
    updated_wall: Mapped[float] = mapped_column(Float)


class ReleveSendingRow(Base):
    """The relevé sent to management: from that day, its answer is awaited."""

    __tablename__ = "releve_sendings"
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    sent_day: Mapped[str] = mapped_column(String(10))  # YYYY-MM-DD
    recorded_wall: Mapped[float] = mapped_column(Float)


class NoteCorrectionRow(Base):
    """A note changed or deleted after its session's relevé was sent: what it said."""

    __tablename__ = "note_corrections"
    id: Mapped[int] = mapped_column(primary_key=True)
    # Kept when the note goes: a deletion is a correction too.
    note_id: Mapped[int | None] = mapped_column(ForeignKey("notes.id", ondelete="SET NULL"))
    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    corrected_wall: Mapped[float] = mapped_column(Float)
    what: Mapped[str] = mapped_column(String(20))  # "corrected" or "deleted"
    before_text: Mapped[str] = mapped_column(Text)


class EvaluationTallyRow(Base):
    """How many participants gave a score to a question, for a session (or the whole
    cycle, no session): counts only, so that no score can be tied to anyone."""

    __tablename__ = "evaluation_tallies"
    id: Mapped[int] = mapped_column(primary_key=True)
    cycle_id: Mapped[int] = mapped_column(ForeignKey("cycles.id", ondelete="CASCADE"), index=True)
    session_id: Mapped[int | None] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    question: Mapped[str] = mapped_column(String(40))
    score: Mapped[int] = mapped_column(Integer)
    count: Mapped[int] = mapped_column(Integer)
    recorded_wall: Mapped[float] = mapped_column(Float)
