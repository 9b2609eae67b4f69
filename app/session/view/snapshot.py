"""What the console and the projection show: the room model. A pure function of
the engine's state, the protocol, a clock reading and the language — no live
session, no store — so that every rule of what the room sees is tested without
Qt. Plain data: the views only lay it out and translate labels."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

import msgspec

from app.kinds import SpeakerKind, TimerView
from app.session.rules.cues import Cue, cue_for, format_clock, signed_countdown
from app.session.rules.engine import Role
from app.session.rules.fairness import Fairness, step_fairness
from app.session.rules.pacing import CatchUp, intervention_left, late_seconds, proposal

if TYPE_CHECKING:
    from collections.abc import Collection

    from app.protocols import Protocol, Step
    from app.session.rules.engine import RoundState, SessionEngine


class PersonView(msgspec.Struct, frozen=True):
    id: int
    name: str
    role: Role
    talk_session: float
    talk_step: float
    expected: bool  # expected to speak in this step
    spoken_in_step: bool
    speaking: bool
    passed: bool
    hand: bool = False  # asks for the floor
    away: bool = False  # marked out of the room


class StepRow(msgspec.Struct, frozen=True):
    """One row of the steps list, in the running order."""

    index: int  # the step's place in the protocol's plan (its identity)
    name: str
    case_number: int | None  # shown when the session has several cases
    planned: float
    elapsed: float
    visited: bool
    current: bool
    skipped: bool
    warning: float  # seconds: when its last-minute cue starts
    can_skip: bool = False  # what the facilitator may do with it, said by the engine
    can_earlier: bool = False
    can_later: bool = False
    limit: float = 0.0  # the facilitator's limit per intervention (0: none)
    # The method's range in seconds (the exposé: 10 to 15 min) while its plan is the
    # method's own: the row says the range, not a single length the method never gave.
    window: tuple[float, float] | None = None


class RoundView(msgspec.Struct, frozen=True):
    current: str | None
    next: str | None
    slot_seconds: float
    current_talk: float  # how long the current person has spoken in the round
    done: int
    total: int
    passed: list[str]


class Status(StrEnum):
    """What the cue line says, for the console and the projection alike."""

    ENDED = "ended"
    BREAK = "break"
    OVERTIME = "overtime"
    READY = "ready"
    PAUSED = "paused"
    LAST_MINUTE = "last_minute"
    RUNNING = "running"


class SessionClock(msgspec.Struct, frozen=True):
    """The whole session at a glance, for the room: the most asked-for timer view."""

    wall: float  # now, for the time of day
    elapsed: float  # running time of the session so far
    planned: float  # the whole plan, adjustments included
    late: float  # seconds behind the plan (negative: ahead)
    expected_end_wall: float  # when it will end at this pace

    @staticmethod
    def of(engine: SessionEngine, now: float, wall: float) -> SessionClock:
        index = engine.step_index
        late = late_seconds(engine, now)
        current_over = engine.step_elapsed(index, now) - engine.step_planned(index)
        ahead_of_plan = max(0.0, -current_over)
        later = sum(engine.step_planned(i) for i in engine.still_to_come(index))
        kept = [i for i in range(len(engine.plan)) if i not in engine.skipped]
        if engine.break_until is not None:  # the break's time is still to come as well
            ahead_of_plan += max(0.0, engine.break_until - now)
        return SessionClock(
            wall=wall,
            elapsed=engine.running_seconds(now),
            planned=sum(engine.step_planned(i) for i in kept),
            late=late,
            expected_end_wall=wall + ahead_of_plan + later,
        )


class Snapshot(msgspec.Struct, frozen=True):
    step_index: int
    step_count: int
    step_id: str
    step_name: str
    case_title: str
    speaker_kind: str
    prompt: str
    planned: float
    elapsed: float
    remaining: float
    cue: Cue
    running: bool
    ended: bool
    started: bool
    speaker: str | None
    speaker_seconds: float
    rules: list[str]  # shown during the opening step only
    round: RoundView | None
    people: list[PersonView]
    fairness: Fairness
    not_spoken: list[str]
    narrator_interrupting: bool  # the narrator speaks in a step where they listen
    session: SessionClock
    next_step_name: str  # "" in the last step
    room_line: str  # the step's one-line instruction for the group ("" if none)
    window: tuple[float, float] | None  # the method's min and max seconds, when it has a range
    hands: list[str] = msgspec.field(default_factory=list)  # the queue, in the order hands went up
    next_hand: str | None = None  # who Q serves (the narrator waits while they listen)
    least_heard_hand: str | None = None  # of those waiting, who has spoken least so far
    warning: float = 60.0  # seconds before the end when this step's last-minute cue starts
    break_left: float | None = None  # in a break: seconds until the group starts again
    steps: list[StepRow] = msgspec.field(default_factory=list)  # the plan in its running order
    choosing_cases: bool = False  # the step where the group chooses its situation(s)
    reviewing_actions: bool = False  # the step where the previous actions are reviewed
    catch_up: CatchUp | None = None  # the console's proposal to end on time
    intervention_limit: float | None = None  # the facilitator's limit per intervention
    intervention_left: float | None = None  # what the speaker has left of it (< 0: over)
    timer_view: TimerView = TimerView.COUNTDOWN  # what the room's clock shows
    silent: bool = False  # a silent individual reflection: nobody has the floor

    @property
    def status(self) -> Status:
        if self.ended:
            return Status.ENDED
        if self.break_left is not None:
            return Status.BREAK
        if self.cue is Cue.OVERTIME:
            return Status.OVERTIME
        if not self.started:
            return Status.READY
        if not self.running:
            return Status.PAUSED
        return Status.LAST_MINUTE if self.cue is Cue.LAST_MINUTE else Status.RUNNING

    def seconds_to_next_change(self) -> float:
        """How long until a shown clock (the step's, the speaker's) turns a second."""
        if self.break_left is not None and self.break_left > 0:
            return self.break_left % 1.0 or 1.0  # the break's countdown turns
        if not self.running:
            return float("inf")
        clocks = [self.elapsed]
        if self.speaker is not None:
            clocks.append(self.speaker_seconds)
        return min(1.0 - (c % 1.0) for c in clocks)

    @property
    def countdown(self) -> str:
        """The big clock: the break's countdown in a break, else the step's, signed."""
        if self.break_left is not None:
            return format_clock(self.break_left)
        return signed_countdown(self.remaining)

    @property
    def progress(self) -> float:
        return min(1.0, self.elapsed / self.planned) if self.planned > 0 else 1.0


def _case_number(case_index: int | None, cases: int) -> int | None:
    return case_index + 1 if case_index is not None and cases > 1 else None


def _round_view(state: RoundState, names: dict[int, str], talk_step: dict[int, float]) -> RoundView:
    current = state.current
    return RoundView(
        current=names.get(current) if current is not None else None,
        next=names.get(state.next) if state.next is not None else None,
        slot_seconds=state.slot_seconds,
        current_talk=talk_step.get(current, 0.0) if current is not None else 0.0,
        done=len(set(state.done) | set(state.passed)),  # each person once
        total=len(state.order),
        passed=[names[p] for p in state.passed],
    )


def _window(step: Step) -> tuple[float, float] | None:
    """The method's min and max seconds for a step, when it gives a range."""
    if not (step.min_minutes or step.max_minutes):
        return None
    return (step.min_minutes or step.minutes) * 60, (step.max_minutes or step.minutes) * 60


def _step_rows(engine: SessionEngine, now: float, lang: str) -> list[StepRow]:
    """The plan in its running order, with what the facilitator may do with each step."""
    return [
        StepRow(
            index=i,
            name=engine.plan[i].step.name.get(lang),
            case_number=_case_number(engine.plan[i].case_index, len(engine.cases)),
            planned=engine.step_planned(i),
            elapsed=engine.step_elapsed(i, now),
            visited=engine.runs[i].visited,
            current=i == engine.step_index,
            skipped=i in engine.skipped,
            warning=engine.warning_seconds(i),
            can_skip=engine.can_skip(i),
            can_earlier=engine.can_move(i, -1),
            can_later=engine.can_move(i, +1),
            limit=engine.intervention_limits.get(i, 0.0),
            window=_window(engine.plan[i].step) if not engine.runs[i].adjust else None,
        )
        for i in engine.order
    ]


def _people(
    engine: SessionEngine, now: float, expected: Collection[int], passed: Collection[int]
) -> list[PersonView]:
    index = engine.step_index
    talk_session = engine.talk_by_person(now)
    talk_step = engine.talk_by_person(now, step=index)
    turns_step = engine.turns_by_person(step=index)
    return [
        PersonView(
            id=p.id,
            name=p.name,
            role=p.role,
            talk_session=talk_session[p.id],
            talk_step=talk_step[p.id],
            expected=p.id in expected,
            spoken_in_step=turns_step[p.id] > 0,
            speaking=p.id == engine.speaker,
            passed=p.id in passed,
            hand=p.id in engine.hands,
            away=engine.is_away(p.id, index),
        )
        for p in engine.people
    ]


def _least_heard_hand(engine: SessionEngine, index: int, now: float) -> int | None:
    """Among the raised hands, who has spoken least in the session; suggested only
    when it changes something: the least heard is not first in line already."""
    waiting = [p for p in engine.hands if not engine.is_interruption(index, p)]
    if not waiting:
        return None
    talk_session = engine.talk_by_person(now)
    least = min(waiting, key=lambda p: (talk_session[p], waiting.index(p)))
    return None if least == engine.next_hand() else least


def take(engine: SessionEngine, protocol: Protocol, now: float, wall: float, lang: str) -> Snapshot:
    """What the room and the console see at ``now`` (the session's time) and
    ``wall`` (the time of day)."""
    index = engine.step_index
    planned_step = engine.plan[index]
    step = planned_step.step
    names = {p.id: p.name for p in engine.people}
    fairness = step_fairness(engine, index, now)
    talk_step = engine.talk_by_person(now, step=index)
    speaker = engine.speaker
    round_state = engine.round_state(index)
    passed = set(engine.passed.get(index, []))
    open_turn = engine.open_turn
    round_view = _round_view(round_state, names, talk_step) if round_state else None
    case = engine.case_of(index)
    remaining = engine.step_remaining(index, now)
    next_hand = engine.next_hand()
    least = _least_heard_hand(engine, index, now)
    following = engine.following(index, +1)
    return Snapshot(
        step_index=index,
        step_count=len(engine.plan),
        step_id=step.id,
        step_name=step.name.get(lang),
        case_title=case.title if case else "",
        speaker_kind=step.speaker.value,
        prompt=step.prompt.get(lang),
        planned=engine.step_planned(index),
        elapsed=engine.step_elapsed(index, now),
        remaining=remaining,
        # In a break the room sees the break, not a step's overtime.
        cue=(
            Cue.NORMAL
            if engine.break_until is not None
            else cue_for(remaining, engine.warning_seconds(index))
        ),
        running=engine.running,
        ended=engine.ended,
        started=engine.started,
        speaker=names.get(speaker) if speaker is not None else None,
        speaker_seconds=engine.turn_talk(open_turn, now) if open_turn else 0.0,
        rules=protocol.rules.get(lang) if step.shows_rules else [],
        round=round_view,
        people=_people(engine, now, fairness.population, passed),
        fairness=fairness,
        # Who passed was heard saying so: not "not heard yet".
        not_spoken=[names[p] for p in fairness.not_spoken if p not in passed],
        narrator_interrupting=speaker is not None and engine.is_interruption(index, speaker),
        session=SessionClock.of(engine, now, wall),
        room_line=step.room.get(lang) if step.room is not None else "",
        next_step_name=engine.plan[following].step.name.get(lang) if following is not None else "",
        window=_window(step),
        warning=engine.warning_seconds(index),
        break_left=(max(0.0, engine.break_until - now) if engine.break_until is not None else None),
        steps=_step_rows(engine, now, lang),
        choosing_cases=step.chooses_cases and not engine.ended,
        reviewing_actions=step.reviews_actions,
        hands=[names[p] for p in engine.hands],
        next_hand=names.get(next_hand) if next_hand is not None else None,
        least_heard_hand=names[least] if least is not None else None,
        catch_up=proposal(engine, now),
        intervention_limit=engine.intervention_limits.get(index),
        intervention_left=intervention_left(engine, now),
        timer_view=engine.timer_views.get(index) or step.timer_view or protocol.timer_view,
        silent=step.speaker is SpeakerKind.SILENCE,
    )
