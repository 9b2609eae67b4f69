"""The session engine: an event log and the state derived from it.

Every action is an :class:`Event` stamped with the session's timeline ``t``
(seconds, see :mod:`app.clock`), plus the monotonic and wall-clock readings
for the record. :class:`SessionEngine` folds events into state; replaying the
same log always gives the same state, which is how a session is resumed.
Durations are differences of ``t``, never counts of ticks.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import TYPE_CHECKING, Any

import msgspec

from app.kinds import SpeakerKind, TimerView
from app.session.rules import events as ev
from app.session.rules.events import payload_of

if TYPE_CHECKING:
    from app.protocols import PlannedStep


class Role(StrEnum):
    FACILITATOR = "facilitator"
    NARRATOR = "narrator"
    CONSULTANT = "consultant"
    SCRIBE = "scribe"
    GUEST = "guest"


# Peers: the people the group's fairness is about.
PEER_ROLES = frozenset({Role.NARRATOR, Role.CONSULTANT})


class Person(msgspec.Struct, frozen=True):
    id: int
    name: str
    role: Role


class Case(msgspec.Struct, frozen=True):
    index: int
    title: str
    narrator_id: int | None


class EventKind(StrEnum):
    STARTED = "started"
    PAUSED = "paused"
    STEP_CHANGED = "step_changed"  # data: {"step": int}
    ADJUSTED = "adjusted"  # data: {"seconds": float}
    FLOOR_TAKEN = "floor_taken"  # data: {"person": int}
    FLOOR_RELEASED = "floor_released"
    PASSED = "passed"  # data: {"person": int}
    ENDED = "ended"
    ALIVE = "alive"  # the app was up and the step running at this moment: changes nothing
    UNDONE = "undone"  # data: {"seq": int}: that floor change is void (a wrong key)
    JOINED = "joined"  # data: {"person": int, "name": str, "role": str}: a late arrival
    AWAY = "away"  # data: {"person": int, "away": bool}: left the room (or came back)
    HAND_RAISED = "hand_raised"  # data: {"person": int}: asks for the floor
    HAND_LOWERED = "hand_lowered"  # data: {"person": int}
    # The plan changed during the session (steps keep their index; ``order`` moves).
    STEP_PLANNED = "step_planned"  # data: {"step": int, "seconds": float}: its planned length
    STEP_SKIPPED = "step_skipped"  # data: {"step": int, "skipped": bool}
    STEP_MOVED = "step_moved"  # data: {"step": int, "delta": int}: earlier (-1) or later (+1)
    WARNING_SET = "warning_set"  # data: {"step": int, "seconds": float}: the last-minute cue
    BREAK = "break"  # data: {"seconds": float}: a break; the timer waits, the room sees when
    RENAMED = "renamed"  # data: {"person": int, "name": str}: a name typed wrong, corrected
    CASE_CHOSEN = "case_chosen"  # data: {"case": int, "title": str, "narrator": int | None}
    CATCH_UP = (
        "catch_up"  # data: {"accepted": bool, "late": float, "steps": [...], "seconds": [...]}
    )
    INTERVENTION_LIMIT = "intervention_limit"  # data: {"step": int, "seconds": float}
    TIMER_VIEW = "timer_view"  # data: {"step": int, "view": str}: what the room's clock shows


LAST_MINUTE_SECONDS = 60.0

# The events an undo can void: who has the floor.
FLOOR_EVENTS = {"floor_taken", "floor_released", "passed"}


class Event(msgspec.Struct, frozen=True):
    kind: EventKind
    t: float
    mono: float = 0.0
    wall: float = 0.0
    data: dict[str, Any] = msgspec.field(default_factory=dict)


class Turn(msgspec.Struct):
    person: int
    step: int
    start: float
    end: float | None = None
    talk: float = 0.0  # seconds already settled (time paused does not count)

    @property
    def is_open(self) -> bool:
        return self.end is None


class StepRun(msgspec.Struct):
    elapsed: float = 0.0  # settled running seconds
    adjust: float = 0.0  # seconds added (+) or removed (-) by the facilitator
    visited: bool = False


class Interruption(msgspec.Struct, frozen=True):
    step: int
    t: float
    person: int


class RoundState(msgspec.Struct, frozen=True):
    order: list[int]
    done: list[int]  # took the floor during the round
    passed: list[int]
    current: int | None
    next: int | None
    slot_seconds: float

    @property
    def left(self) -> list[int]:
        return [p for p in self.order if p not in self.done and p not in self.passed]


MIN_PLANNED_SECONDS = 60.0


def _voided(events: list[Event]) -> set[int]:
    """The seqs that undos void: floor changes only; a malformed undo is inert."""
    voided: set[int] = set()
    for position, event in enumerate(events, start=1):
        if event.kind is EventKind.UNDONE:
            seq = event.data.get("seq")
            if not isinstance(seq, int) or not 1 <= seq < position:
                continue  # an undo only ever voids what came before it
            if events[seq - 1].kind.value in FLOOR_EVENTS:
                voided.add(seq)
    return voided


class SessionEngine:
    """Folds events into the state of one session. Pure: no clock, no I/O."""

    def __init__(self, plan: list[PlannedStep], people: list[Person], cases: list[Case]) -> None:
        if not plan:
            raise ValueError("a session needs at least one step")
        self.plan = plan
        self.people = people
        self.cases = cases
        self.events: list[Event] = []
        self.step_index = 0
        self.running = False
        self.ended = False
        self.started = False
        self.started_at: float | None = None  # the first start: the plan runs from it
        self._since = 0.0  # t at which the current running interval began
        self.runs = [StepRun() for _ in plan]
        self.turns: list[Turn] = []
        self.passed: dict[int, list[int]] = {}
        self.interruptions: list[Interruption] = []
        self._people_by_id = {p.id: p for p in people}
        self.joined: dict[int, int] = {}  # late arrival -> the step they arrived in
        self.away_since: dict[int, int] = {}  # who is out of the room -> from which step
        self.away_steps: dict[int, set[int]] = {}  # steps someone was out for, and came back
        self.hands: list[int] = []  # raised, in the order they were raised
        self.order: list[int] = list(range(len(plan)))  # the running order of the steps
        self.skipped: set[int] = set()
        self.warnings: dict[int, float] = {}  # step -> seconds of its last-minute cue
        self.break_until: float | None = None  # session time the break ends at
        self.catch_up_declined: float | None = None  # how late it was when last refused
        self.intervention_limits: dict[int, float] = {}  # step -> seconds per intervention
        self.timer_views: dict[int, TimerView] = {}  # step -> the room's clock, as chosen

    # -- replay -------------------------------------------------------------

    @classmethod
    def rebuild(
        cls, plan: list[PlannedStep], people: list[Person], cases: list[Case], events: list[Event]
    ) -> SessionEngine:
        engine = cls(plan, people, cases)
        engine.events = list(events)
        engine._replay()
        return engine

    def _replay(self) -> None:
        """Fold the whole log again, voided floor changes left inert: their time
        goes to whoever had the floor before them, as if the key was never hit."""
        events = self.events
        self.__init__(self.plan, self.people, self.cases)  # type: ignore[misc]
        voided = _voided(events)
        for seq, event in enumerate(events, start=1):
            inert = event.kind is EventKind.UNDONE or seq in voided
            self._fold(event, inert=inert)

    def undoable(self) -> int | None:
        """The seq of the last floor change that can still be undone, if any: only
        while nothing but floor changes and undos came after it, in the same step."""
        voided = _voided(self.events)
        for seq in range(len(self.events), 0, -1):
            event = self.events[seq - 1]
            if event.kind is EventKind.UNDONE or event.kind is EventKind.ALIVE or seq in voided:
                continue
            return seq if event.kind.value in FLOOR_EVENTS else None
        return None

    @property
    def last_t(self) -> float:
        return self.events[-1].t if self.events else 0.0

    def apply(self, event: Event) -> None:
        """Fold one event in. Events that make no sense in the state are recorded but inert."""
        if event.kind is EventKind.UNDONE:
            self.events.append(event)
            self._replay()
            return
        self._fold(event)

    def _fold(self, event: Event, *, inert: bool = False) -> None:
        t = max(event.t, self.last_t)  # the timeline never runs backwards
        self.events.append(event)
        payload = None if inert else payload_of(event)
        if self.ended:  # after the end only what takes no time: a name, a situation
            if isinstance(payload, ev.Renamed | ev.CaseChosen):
                _HANDLERS[type(payload)](self, payload, t)
            return
        self._settle(t)
        if payload is not None:
            _HANDLERS[type(payload)](self, payload, t)

    # -- one handler per kind of event (app.session.rules.events) ------------------------------

    def _on_started(self, _payload: ev.Started, t: float) -> None:
        self.break_until = None
        self.running = True
        self.started = True
        if self.started_at is None:
            self.started_at = t
        self.runs[self.step_index].visited = True

    def _on_paused(self, _payload: ev.Paused, _t: float) -> None:
        self.running = False

    def _on_step_changed(self, payload: ev.StepChanged, t: float) -> None:
        if 0 <= payload.step < len(self.plan):
            self._close_turn(t)
            self.step_index = payload.step
            if self.running:
                self.runs[payload.step].visited = True

    def _on_adjusted(self, payload: ev.Adjusted, _t: float) -> None:
        run = self.runs[self.step_index]
        planned = self.plan[self.step_index].planned_seconds
        run.adjust = max(run.adjust + payload.seconds, MIN_PLANNED_SECONDS - planned)

    def _on_floor_taken(self, payload: ev.FloorTaken, t: float) -> None:
        person = payload.person
        if person not in self._people_by_id or self.current.step.speaker is SpeakerKind.SILENCE:
            return  # in a silent reflection nobody has the floor
        self._close_turn(t)
        self.turns.append(Turn(person, self.step_index, t))
        if person in self.hands:  # served
            self.hands.remove(person)
        if self.is_interruption(self.step_index, person):
            self.interruptions.append(Interruption(self.step_index, t, person))

    def _on_floor_released(self, _payload: ev.FloorReleased, t: float) -> None:
        self._close_turn(t)

    def _on_passed(self, payload: ev.Passed, t: float) -> None:
        person = payload.person
        passed = self.passed.setdefault(self.step_index, [])
        if person in self._people_by_id and person not in passed:
            passed.append(person)
        if self.speaker == person:
            self._close_turn(t)

    def _on_ended(self, _payload: ev.Ended, t: float) -> None:
        self._close_turn(t)
        self.running = False
        self.ended = True

    def _on_nothing(self, _payload: ev.Payload, _t: float) -> None:
        """alive (the app was up) and undone (voided when the log is replayed)."""

    def _on_joined(self, payload: ev.Joined, _t: float) -> None:
        try:
            role = Role(payload.role)
        except ValueError:
            return  # a malformed event is inert
        person = payload.person
        if person not in self._people_by_id:
            joined = Person(person, payload.name[:200], role)
            self.people = [*self.people, joined]
            self._people_by_id[person] = joined
        self.joined.setdefault(person, self.step_index)

    def _on_away(self, payload: ev.Away, t: float) -> None:
        self._away(payload.person, payload.away, t)

    def _on_hand_raised(self, payload: ev.HandRaised, _t: float) -> None:
        person = payload.person
        waiting = person in self.hands or person == self.speaker
        if person in self._people_by_id and not waiting and person not in self.away_since:
            self.hands.append(person)

    def _on_hand_lowered(self, payload: ev.HandLowered, _t: float) -> None:
        if payload.person in self.hands:
            self.hands.remove(payload.person)

    def _on_break(self, payload: ev.Break, t: float) -> None:
        self.running = False
        self.break_until = t + max(60.0, min(payload.seconds, 4 * 3600))

    def _on_step_planned(self, payload: ev.StepPlanned, _t: float) -> None:
        if 0 <= payload.step < len(self.plan):
            seconds = max(MIN_PLANNED_SECONDS, min(payload.seconds, 600 * 60))
            self.runs[payload.step].adjust = seconds - self.plan[payload.step].planned_seconds

    def _on_warning_set(self, payload: ev.WarningSet, _t: float) -> None:
        if 0 <= payload.step < len(self.plan):
            self.warnings[payload.step] = max(0.0, min(payload.seconds, 30 * 60))

    def _on_step_skipped(self, payload: ev.StepSkipped, _t: float) -> None:
        step = payload.step
        if not 0 <= step < len(self.plan):
            return
        if payload.skipped and self.can_skip(step):
            self.skipped.add(step)
        else:
            self.skipped.discard(step)

    def _on_step_moved(self, payload: ev.StepMoved, _t: float) -> None:
        delta = 1 if payload.delta > 0 else -1
        if 0 <= payload.step < len(self.plan) and self.can_move(payload.step, delta):
            where = self.order.index(payload.step)
            target = where + delta
            self.order[where], self.order[target] = self.order[target], self.order[where]

    def _on_renamed(self, payload: ev.Renamed, _t: float) -> None:
        self.rename(payload.person, payload.name[:200])

    def _on_case_chosen(self, payload: ev.CaseChosen, _t: float) -> None:
        narrator = payload.narrator if payload.narrator in self._people_by_id else None
        self.choose_case(payload.case, payload.title[:200], narrator)

    def _on_catch_up(self, payload: ev.CatchUpAnswered, _t: float) -> None:
        if not payload.accepted:
            self.catch_up_declined = payload.late
            return
        self.catch_up_declined = None
        for step, seconds in zip(payload.steps, payload.seconds, strict=False):
            if 0 <= step < len(self.plan) and step not in self.already_run(self.step_index):
                seconds = max(MIN_PLANNED_SECONDS, min(seconds, 600 * 60))
                self.runs[step].adjust = seconds - self.plan[step].planned_seconds

    def _on_intervention_limit(self, payload: ev.InterventionLimit, _t: float) -> None:
        if 0 <= payload.step < len(self.plan):
            seconds = max(0.0, min(payload.seconds, 60 * 60))
            if seconds:
                self.intervention_limits[payload.step] = seconds
            else:
                self.intervention_limits.pop(payload.step, None)

    def _on_timer_view(self, payload: ev.TimerViewSet, _t: float) -> None:
        try:
            view = TimerView(payload.view)
        except ValueError:
            return  # a malformed event is inert
        if 0 <= payload.step < len(self.plan):
            self.timer_views[payload.step] = view

    def _settle(self, t: float) -> None:
        """Credit the running interval up to ``t`` to the step and the open turn."""
        if self.running:
            delta = max(0.0, t - self._since)
            self.runs[self.step_index].elapsed += delta
            turn = self.open_turn
            if turn is not None:
                turn.talk += delta
        self._since = t

    def _close_turn(self, t: float) -> None:
        turn = self.open_turn
        if turn is not None:
            turn.end = t

    # -- queries ------------------------------------------------------------

    @property
    def open_turn(self) -> Turn | None:
        if self.turns and self.turns[-1].is_open:
            return self.turns[-1]
        return None

    @property
    def speaker(self) -> int | None:
        turn = self.open_turn
        return turn.person if turn else None

    @property
    def current(self) -> PlannedStep:
        return self.plan[self.step_index]

    def person(self, person_id: int) -> Person:
        return self._people_by_id[person_id]

    def _live(self, now: float) -> float:
        """Running seconds not yet settled, as of ``now``."""
        if self.running and not self.ended:
            return max(0.0, now - self._since)
        return 0.0

    def step_elapsed(self, index: int, now: float) -> float:
        extra = self._live(now) if index == self.step_index else 0.0
        return self.runs[index].elapsed + extra

    def step_planned(self, index: int) -> float:
        return self.plan[index].planned_seconds + self.runs[index].adjust

    def step_limit(self, index: int) -> float:
        """When overtime starts: the planned length; for a step the method gives a
        range (the exposé: 10 to 15 minutes), its maximum, moved as the plan is."""
        step = self.plan[index].step
        beyond = (step.max_minutes - step.minutes) * 60.0 if step.max_minutes else 0.0
        return self.step_planned(index) + max(0.0, beyond)

    def step_remaining(self, index: int, now: float) -> float:
        """Seconds left before overtime; negative in overtime."""
        return self.step_limit(index) - self.step_elapsed(index, now)

    def turn_talk(self, turn: Turn, now: float) -> float:
        return turn.talk + (self._live(now) if turn.is_open else 0.0)

    def talk_by_person(self, now: float, step: int | None = None) -> dict[int, float]:
        totals = {p.id: 0.0 for p in self.people}
        for turn in self.turns:
            if step is None or turn.step == step:
                totals[turn.person] += self.turn_talk(turn, now)
        return totals

    def turns_by_person(self, step: int | None = None) -> dict[int, int]:
        counts = {p.id: 0 for p in self.people}
        for turn in self.turns:
            if step is None or turn.step == step:
                counts[turn.person] += 1
        return counts

    def running_seconds(self, now: float) -> float:
        return sum(self.step_elapsed(i, now) for i in range(len(self.plan)))

    def case_of(self, index: int) -> Case | None:
        case_index = self.plan[index].case_index
        if case_index is None:
            case_index = 0
        return self.cases[case_index] if case_index < len(self.cases) else None

    def narrator_of(self, index: int) -> int | None:
        case = self.case_of(index)
        return case.narrator_id if case else None

    def can_move(self, index: int, delta: int) -> bool:
        """Only a step still to come moves, one place, and never before the current one."""
        if self.ended or not 0 <= index < len(self.plan):
            return False
        where, current = self.order.index(index), self.order.index(self.step_index)
        target = where + (1 if delta > 0 else -1)
        return where > current and current < target < len(self.order)

    def can_skip(self, index: int) -> bool:
        """A step still to come is skipped (or put back); never the current one."""
        if self.ended or not 0 <= index < len(self.plan):
            return False
        return self.order.index(index) > self.order.index(self.step_index)

    def following(self, index: int, delta: int) -> int | None:
        """The step after (delta 1) or before (-1) this one in the running order,
        skipped steps passed over."""
        where = self.order.index(index) + delta
        while 0 <= where < len(self.order):
            if self.order[where] not in self.skipped:
                return self.order[where]
            where += delta
        return None

    def still_to_come(self, index: int) -> list[int]:
        """The steps after this one in the running order, skipped ones left out."""
        where = self.order.index(index)
        return [i for i in self.order[where + 1 :] if i not in self.skipped]

    def already_run(self, index: int) -> list[int]:
        return self.order[: self.order.index(index)]

    def warning_seconds(self, index: int) -> float:
        """When the step's last-minute cue starts: the facilitator's, the method's, 1 min."""
        if index in self.warnings:
            return self.warnings[index]
        step = self.plan[index].step
        if step.warn_minutes is None and step.speaker is SpeakerKind.SILENCE:
            return 0.0  # a silent reflection ends on a soft cue, with nothing before it
        if step.warn_minutes is not None:
            return step.warn_minutes * 60.0
        if step.min_minutes and step.max_minutes:  # a range: the cue comes at its minimum
            return (step.max_minutes - step.min_minutes) * 60.0
        return LAST_MINUTE_SECONDS

    def _away(self, person: int, away: bool, t: float) -> None:
        if person not in self._people_by_id:
            return
        if away and person not in self.away_since:
            if self.speaker == person:
                self._close_turn(t)
            if person in self.hands:
                self.hands.remove(person)
            self.away_since[person] = self.step_index
        elif not away and person in self.away_since:
            since = self.away_since.pop(person)
            # Out for the steps before this one; back, and expected, from this one on.
            self.away_steps.setdefault(person, set()).update(range(since, self.step_index))

    def is_away(self, person: int, index: int) -> bool:
        """Out of the room for that step (marked absent during the session)."""
        since = self.away_since.get(person)
        return (since is not None and index >= since) or index in self.away_steps.get(person, set())

    def choose_case(self, case_index: int, title: str, narrator: int | None) -> None:
        """The situation chosen during the session: the narrator the steps expect."""
        if 0 <= case_index < len(self.cases):
            self.cases = [
                Case(c.index, title, narrator) if c.index == case_index else c for c in self.cases
            ]

    def rename(self, person: int, name: str) -> None:
        """A name typed wrong, corrected: the same seat, its turns and notes."""
        old = self._people_by_id.get(person)
        if old is None:
            return
        fixed = Person(old.id, name, old.role)
        self.people = [fixed if p.id == person else p for p in self.people]
        self._people_by_id[person] = fixed

    def present_in(self, index: int) -> set[int]:
        """Who was in the room for a step: a late arrival counts from their step on,
        someone marked absent not while they are out."""
        return {
            p.id
            for p in self.people
            if self.joined.get(p.id, 0) <= index and not self.is_away(p.id, index)
        }

    def peers(self, index: int | None = None) -> list[int]:
        present = self.present_in(index) if index is not None else None
        return [
            p.id
            for p in self.people
            if p.role in PEER_ROLES and (present is None or p.id in present)
        ]

    def expected_speakers(self, index: int) -> list[int]:
        """Who the method expects to speak in a step: fairness is computed over them."""
        step = self.plan[index].step
        narrator = self.narrator_of(index)
        consultants = [p for p in self.peers(index) if p != narrator]
        kind = step.speaker
        if kind is SpeakerKind.SILENCE:
            return []
        if kind is SpeakerKind.CHECK_IN:  # each person present says a word
            present = self.present_in(index)
            return [p.id for p in self.people if p.id in present and p.role is not Role.GUEST]
        if kind is SpeakerKind.NARRATOR:
            return [narrator] if narrator is not None else []
        if kind is SpeakerKind.FACILITATOR:
            return [p.id for p in self.people if p.role is Role.FACILITATOR]
        if kind is SpeakerKind.GROUP:
            return consultants
        if kind is SpeakerKind.ROUND and not step.narrator_first:
            return consultants
        with_narrator = [narrator] if narrator is not None else []
        if kind is SpeakerKind.ROUND:
            return with_narrator + consultants
        return [p for p in self.peers() if p == narrator] + consultants  # exchange

    def next_hand(self) -> int | None:
        """Who the queue serves next: the first hand raised, passing over the
        narrator while the step has them listen."""
        index = self.step_index
        return next((p for p in self.hands if not self.is_interruption(index, p)), None)

    def is_interruption(self, index: int, person: int) -> bool:
        return self.plan[index].step.narrator_listens and person == self.narrator_of(index)

    def round_state(self, index: int) -> RoundState | None:
        step = self.plan[index].step
        if step.speaker not in (SpeakerKind.ROUND, SpeakerKind.CHECK_IN):
            return None
        order = self.expected_speakers(index)
        done: list[int] = []
        for turn in self.turns:
            if turn.step == index and turn.person in order and turn.person not in done:
                done.append(turn.person)
        passed = [p for p in self.passed.get(index, []) if p in order]
        speaker = self.speaker if index == self.step_index else None
        waiting = [p for p in order if p not in done and p not in passed]
        current = speaker if speaker in order else (waiting[0] if waiting else None)
        after = [p for p in waiting if p != current]
        slot = self.step_planned(index) / len(order) if order else 0.0
        if step.speaker is SpeakerKind.CHECK_IN and step.slot_seconds:
            slot = step.slot_seconds  # a word each: the method's short slot
        return RoundState(order, done, passed, current, after[0] if after else None, slot)


# Each payload's handler: a kind without one is a failure at import, not at replay.
_HANDLERS: dict[type[ev.Payload], Callable[[SessionEngine, Any, float], None]] = {
    ev.Started: SessionEngine._on_started,
    ev.Paused: SessionEngine._on_paused,
    ev.StepChanged: SessionEngine._on_step_changed,
    ev.Adjusted: SessionEngine._on_adjusted,
    ev.FloorTaken: SessionEngine._on_floor_taken,
    ev.FloorReleased: SessionEngine._on_floor_released,
    ev.Passed: SessionEngine._on_passed,
    ev.Ended: SessionEngine._on_ended,
    ev.Alive: SessionEngine._on_nothing,
    ev.Undone: SessionEngine._on_nothing,
    ev.Joined: SessionEngine._on_joined,
    ev.Away: SessionEngine._on_away,
    ev.HandRaised: SessionEngine._on_hand_raised,
    ev.HandLowered: SessionEngine._on_hand_lowered,
    ev.StepPlanned: SessionEngine._on_step_planned,
    ev.StepSkipped: SessionEngine._on_step_skipped,
    ev.StepMoved: SessionEngine._on_step_moved,
    ev.WarningSet: SessionEngine._on_warning_set,
    ev.Break: SessionEngine._on_break,
    ev.Renamed: SessionEngine._on_renamed,
    ev.CaseChosen: SessionEngine._on_case_chosen,
    ev.CatchUpAnswered: SessionEngine._on_catch_up,
    ev.InterventionLimit: SessionEngine._on_intervention_limit,
    ev.TimerViewSet: SessionEngine._on_timer_view,
}
