"""A cycle as figures: what its bilan prints and what the facilitator reads of
the floor over the whole cycle. Plain data, read from the store in one go."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from app.group.rules import (
    AwaitedAnswer,
    CarriedAction,
    EvaluationAverage,
    ManagementAnswer,
    averages,
    awaited_answers,
)
from app.kinds import Capture, SpeakerKind
from app.session.rules.engine import Role
from app.session.rules.fairness import session_fairness
from app.session.rules.records import Note, SessionState

if TYPE_CHECKING:
    from app.session.store import Store

# The five criteria of a discussion space (seed 004), checked by the facilitator.
CRITERIA = ("collective", "work_centred", "co_built_frame", "in_organisation", "produces")


@dataclass(frozen=True)
class SessionFigures:
    session_id: int
    number: int
    day: str
    present: int
    expected: int  # members on the list for that session (present, excused, absent)
    case_titles: list[str]
    case_themes: list[str]  # one per case, "" where none was given
    balance: float | None  # 1 - Gini over the shared steps; None when nobody spoke there
    talk: dict[str, float]  # member name -> seconds, shared steps only
    turns: dict[str, int]
    talk_by_kind: dict[str, dict[str, float]]  # step kind -> member -> seconds


@dataclass
class CycleFigures:
    group: str
    title: str
    protocol_id: str
    planned: int
    sessions: list[SessionFigures] = field(default_factory=list)
    proposals: dict[str, list[str]] = field(default_factory=dict)  # arbitration tag -> texts
    training: list[str] = field(default_factory=list)
    actions: list[CarriedAction] = field(default_factory=list)
    answers: list[ManagementAnswer] = field(default_factory=list)
    member_names: list[str] = field(default_factory=list)
    awaited: list[AwaitedAnswer] = field(default_factory=list)  # relevés not answered yet
    evaluation: list[EvaluationAverage] = field(default_factory=list)  # averages only
    protocol_names: dict[str, str] = field(default_factory=dict)  # lang -> the method's name

    @property
    def attendance_rate(self) -> float:
        expected = sum(s.expected for s in self.sessions)
        return sum(s.present for s in self.sessions) / expected if expected else 0.0

    def shares_by_kind(self) -> dict[str, list[tuple[str, float]]]:
        """For each kind of step (group, exchange, round…), each member's share of
        the floor over the cycle, least heard first."""
        totals: dict[str, dict[str, float]] = {}
        for figures in self.sessions:
            for kind, talk in figures.talk_by_kind.items():
                bucket = totals.setdefault(kind, {})
                for name, seconds in talk.items():
                    bucket[name] = bucket.get(name, 0.0) + seconds
        return {
            kind: sorted(
                ((n, s / (sum(talk.values()) or 1.0)) for n, s in talk.items()),
                key=lambda x: x[1],
            )
            for kind, talk in totals.items()
        }

    def cases_by_theme(self) -> list[tuple[str, list[str]]]:
        """Each theme with the titles of its cases, the most worked on first;
        cases without a theme come last, under ""."""
        themes: dict[str, list[str]] = {}
        for figures in self.sessions:
            for title, theme in zip(figures.case_titles, figures.case_themes, strict=True):
                themes.setdefault(theme, []).append(title)
        return sorted(themes.items(), key=lambda item: (item[0] == "", -len(item[1]), item[0]))

    def least_heard(self) -> list[tuple[str, float]]:
        """Members by their share of the floor over the cycle, least heard first."""
        totals: dict[str, float] = {}
        for figures in self.sessions:
            for name, seconds in figures.talk.items():
                totals[name] = totals.get(name, 0.0) + seconds
        whole = sum(totals.values()) or 1.0
        return sorted(((n, s / whole) for n, s in totals.items()), key=lambda x: x[1])


def _day(wall: float | None) -> str:
    from datetime import datetime

    return datetime.fromtimestamp(wall).date().isoformat() if wall else ""


def collect_cycle(store: Store, cycle_id: int, today: date | None = None) -> CycleFigures:
    cycles = store.cycles
    group, title, protocol_id, planned = cycles.cycle_heading(cycle_id)
    figures = CycleFigures(group, title, protocol_id, planned)
    session_ids = cycles.sessions_of_cycle(cycle_id)
    names: list[str] = []
    for sid in session_ids:
        stored = store.load(sid)
        # Every seat's name, held or not: a session never held may still have
        # notes the bilan prints, and no member is ever named there.
        for person in stored.people:
            if person.role is not Role.FACILITATOR and person.name not in names:
                names.append(person.name)
        if stored.state == SessionState.READY:
            continue  # created, never held: no figure of it, nor a seat counted
        engine = stored.engine()
        now = engine.last_t
        by_id = {p.id: p.name for p in stored.people}
        attendance = store.members.attendance(sid)
        fairness = session_fairness(engine, now)
        talk_by_kind: dict[str, dict[str, float]] = {}
        for turn in engine.turns:
            kind = engine.plan[turn.step].step.speaker
            if kind in (SpeakerKind.FACILITATOR,):
                continue
            bucket = talk_by_kind.setdefault(kind.value, {})
            name = by_id[turn.person]
            bucket[name] = bucket.get(name, 0.0) + engine.turn_talk(turn, now)
        figures.sessions.append(
            SessionFigures(
                session_id=sid,
                number=stored.number_in_cycle,
                day=_day(stored.started_wall or stored.created_wall),
                present=sum(1 for a in attendance.values() if a == "present"),
                expected=len(attendance),
                case_titles=[c.title for c in stored.cases],
                case_themes=list(stored.case_themes),
                balance=fairness.measured_balance,
                talk={by_id[p]: fairness.talk.get(p, 0.0) for p in fairness.population},
                turns={by_id[p]: fairness.turns.get(p, 0) for p in fairness.population},
                talk_by_kind=talk_by_kind,
            )
        )
        figures.protocol_names = {
            "fr": stored.protocol.name.fr,
            "en": stored.protocol.name.get("en"),
        }
        tags = {t.id: t.name.fr for t in stored.protocol.arbitration}
        for note in store.notes(sid):
            _file_note(figures, note, tags)
        figures.answers += store.answers.answers_to(sid)
    # The group's members too: one named in a note of a cycle they sat in no
    # session of is still no third party.
    for member in store.members.members(cycles.group_id(group)):
        if member.name not in names:
            names.append(member.name)
    figures.member_names = names
    figures.actions = cycles.cycle_action_histories(cycle_id)
    figures.evaluation = averages(store.answers.tallies(cycle_id))
    in_cycle = set(session_ids)
    figures.awaited = [
        a
        for a in awaited_answers(store.sendings(), today or date.today())
        if a.session_id in in_cycle
    ]
    return figures


def _file_note(figures: CycleFigures, note: Note, tags: dict[str, str]) -> None:
    if not note.text.strip():
        return
    if note.kind == Capture.PROPOSAL:
        key = tags.get(note.tag or "", "") if tags else ""
        figures.proposals.setdefault(key, []).append(note.text)
    elif note.kind == Capture.TRAINING_NEED:
        figures.training.append(note.text)
