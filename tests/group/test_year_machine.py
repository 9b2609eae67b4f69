"""A group's years, generated: sessions created, held or abandoned, cycles made
before or after their sessions, dates planned, relevés sent and answered in any
order, months apart on a fake clock. After every step the record must be true
(issue 26): these invariants, not the examples an issue once named.

Small and derandomized here (CI); `HYPOTHESIS_PROFILE=long` runs more."""

from __future__ import annotations

import json
import os
import tempfile
from datetime import date, datetime
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    consumes,
    initialize,
    invariant,
    precondition,
    rule,
)

from app.group.ops.actions import record_answer
from app.group.ops.figures import collect_cycle
from app.group.rules import ActionStatus
from app.handover.rules import checked, decoded
from app.protocols import load_catalog
from app.session.ops.live import LiveSession
from app.session.rules.engine import Role
from app.session.rules.records import Note, SessionState
from app.session.rules.setup import NewCase, NewParticipant, SessionSetup
from app.session.store import Store
from tests.helpers.clock import FakeClock

GROUP = "Équipe du Sud"
PEOPLE = ["Anne Facil", "Bruno", "Chloé", "Dédé", "Élise"]
DAY = 86400
CATALOG = load_catalog()

settings.register_profile(
    "year",
    max_examples=60,
    stateful_step_count=30,
    derandomize=True,  # the same histories on every run of CI
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile("long", parent=settings.get_profile("year"), max_examples=200)


def _day(wall: float) -> str:
    return datetime.fromtimestamp(wall).date().isoformat()


class AYear(RuleBasedStateMachine):
    """What a facilitator may do, in any order; the store says what it keeps."""

    sessions = Bundle("sessions")
    ready = Bundle("ready")

    def __init__(self) -> None:
        super().__init__()
        # Removed at teardown: Hypothesis lives hundreds of years a run.
        self.tmp = tempfile.TemporaryDirectory(prefix="tdt-year-")
        self.store = Store.open(Path(self.tmp.name))
        self.clock = FakeClock()
        self.cycle_ids: list[int] = []
        self.first_sending: dict[int, str] = {}  # session -> the day first recorded
        self.silent: set[int] = set()  # held with nobody speaking
        # The model of the actions: note -> the session it was decided in, and every
        # review (session, status) in the order said.
        self.actions: dict[int, tuple[int, list[tuple[int, str]]]] = {}

    def teardown(self) -> None:
        self.store.close()
        self.tmp.cleanup()

    def _setup(self, cycle_id: int | None) -> SessionSetup:
        people = [NewParticipant(PEOPLE[0], Role.FACILITATOR)] + [
            NewParticipant(name, Role.CONSULTANT) for name in PEOPLE[1:]
        ]
        return SessionSetup(
            GROUP, CATALOG.get("codev-anact"), people, [NewCase("Cas", 1)], cycle_id=cycle_id
        )

    # -- what happens ----------------------------------------------------------------

    @initialize(target=ready)
    def the_groups_first_session(self) -> int:
        return self.store.create_session(self._setup(None), self.clock.wall())

    @rule(days=st.integers(min_value=1, max_value=70))
    def time_passes(self, days: int) -> None:
        self.clock.advance(days * DAY)

    @rule(target=ready, in_cycle=st.booleans())
    def create_session(self, *, in_cycle: bool) -> int:
        cycle_id = self.cycle_ids[-1] if in_cycle and self.cycle_ids else None
        return self.store.create_session(self._setup(cycle_id), self.clock.wall())

    @rule(
        target=sessions,
        session_id=consumes(ready),
        speaks=st.booleans(),
        words=st.lists(st.sampled_from(list(ActionStatus)), max_size=3),
        decides=st.booleans(),
    )
    def hold(
        self, *, session_id: int, speaks: bool, words: list[ActionStatus], decides: bool
    ) -> int:
        """The session held: the previous actions reviewed in its retour step (a
        word for the first few carried), the floor shared or not, an action decided."""
        carried = self.store.cycles.carried_actions(session_id)
        for action, status in zip(carried, words, strict=False):
            self.store.cycles.review_action(session_id, action.note_id, status, 0.0)
            self.actions[action.note_id][1].append((session_id, status.value))
        live = LiveSession(self.store, session_id, self.clock)
        live.start()
        live.jump(2)  # the questions: a shared step
        if speaks:
            live.give_floor(live.engine.people[2].id)
        else:
            self.silent.add(session_id)
        if decides:
            note = Note(0, 6, 0, "action", "Appeler la CAF", owner="Bruno")
            self.actions[self.store.add_note(session_id, note, 0.0)] = (session_id, [])
        self.clock.advance(600)
        live.end()
        return session_id

    @rule(session_id=consumes(ready))
    def abandon(self, session_id: int) -> None:
        """Created, never started: it stays in the store as it is."""

    @precondition(lambda self: len(self.cycle_ids) < 3)
    @rule()
    def create_cycle(self) -> None:
        if GROUP not in self.store.groups():
            return  # a cycle is made for a group that exists
        group_id = self.store.cycles.group_id(GROUP)
        cycle_id = self.store.cycles.create_cycle(group_id, "codev-anact", "Cycle", 6, 0.0)
        self.cycle_ids.append(cycle_id)

    @precondition(lambda self: bool(self.cycle_ids))
    @rule(session_id=sessions, number=st.integers(min_value=1, max_value=6))
    def plan_on_a_held_day(self, session_id: int, number: int) -> None:
        """The calendar made with the group: a date on a meeting's day."""
        stored = self.store.load(session_id)
        day = _day(stored.started_wall or stored.created_wall)
        self.store.cycles.plan(self.cycle_ids[-1], number, day, "09:30", 180)

    @rule(session_id=ready)
    def a_note_before_the_start(self, session_id: int) -> None:
        """An action typed in a session opened and never started (it may stay so)."""
        note = Note(0, 6, 0, "action", "Relire la procédure", owner="Chloé")
        self.actions[self.store.add_note(session_id, note, 0.0)] = (session_id, [])

    @rule()
    def handed_over(self) -> None:
        """The group handed to another computer: its year reads the same there."""
        if GROUP not in self.store.groups():
            return
        group_id = self.store.cycles.group_id(GROUP)
        elsewhere = Store.open(Path(tempfile.mkdtemp(prefix="copy-", dir=self.tmp.name)))
        try:
            # Through the file's own decoding and checks, without the passphrase's cost.
            payload = json.dumps(self.store.export_group(group_id)).encode()
            copy_id = elsewhere.import_group(checked(decoded(payload)))
            assert self._year(self.store, group_id) == self._year(elsewhere, copy_id)
        finally:
            elsewhere.close()

    def _year(self, store: Store, group_id: int) -> list[tuple[object, ...]]:
        """Each cycle's title, sessions held and their numbers, in order."""
        return [
            (
                c.title,
                c.held,
                sorted(
                    store.load(s).number_in_cycle
                    for s in store.cycles.sessions_of_cycle(c.id)
                    if store.load(s).state != SessionState.READY
                ),
            )
            for c in store.cycles.cycles(group_id)
        ]

    @rule(session_id=sessions)
    def send_releve(self, session_id: int) -> None:
        day = _day(self.clock.wall())
        self.store.mark_releve_sent(session_id, day, self.clock.wall())
        self.first_sending.setdefault(session_id, day)

    @rule(session_id=sessions, later=st.integers(min_value=0, max_value=90))
    def answer(self, session_id: int, later: int) -> None:
        """The form's "sent on" field left on the answer's day, as a hurried user does."""
        self.clock.advance(later * DAY)
        day = _day(self.clock.wall())
        if session_id in self.first_sending and day < self.first_sending[session_id]:
            return
        record_answer(
            self.store, session_id=session_id, sent_day=day, answered_day=day,
            analysis="", decisions="Oui.", about="", wall=self.clock.wall(),
        )  # fmt: skip
        self.first_sending.setdefault(session_id, day)

    # -- what must stay true ------------------------------------------------------------

    def _rows(self) -> list[tuple[int, int | None, str, float]]:
        return [
            (int(i), c, str(s), float(w))
            for i, c, s, w in self.store.rows(
                "SELECT id, cycle_id, state, COALESCE(started_wall, created_wall) FROM sessions"
            )
        ]

    @invariant()
    def a_cycle_counts_and_numbers_only_its_sessions_held(self) -> None:
        rows = self._rows()
        for cycle_id in self.cycle_ids:
            held = sorted(
                (w, i) for i, c, s, w in rows if c == cycle_id and s != SessionState.READY
            )
            [cycle] = [c for c in self.store.cycles.cycles(self._group()) if c.id == cycle_id]
            assert cycle.held == len(held)
            numbers = [self.store.load(i).number_in_cycle for _w, i in held]
            assert numbers == list(range(1, len(held) + 1))
            figures = collect_cycle(self.store, cycle_id, date.fromtimestamp(self.clock.wall()))
            held_ids = {i for _w, i in held}
            in_cycle = self.store.cycles.sessions_of_cycle(cycle_id)
            assert [s.session_id for s in figures.sessions] == [
                i for i in in_cycle if i in held_ids
            ]
            assert sorted(s.number for s in figures.sessions) == list(range(1, len(held) + 1))
            for session in figures.sessions:
                if session.session_id in self.silent:
                    assert session.balance is None  # "—", never a perfect score

    @invariant()
    def a_held_meeting_on_a_planned_day_is_in_that_cycle(self) -> None:
        for i, c, s, w in self._rows():
            if s == SessionState.READY or c is not None:
                continue
            for cycle_id in self.cycle_ids:
                days = {e.day for e in self.store.cycles.calendar(cycle_id)}
                assert _day(w) not in days, (i, cycle_id)

    @invariant()
    def a_sending_day_never_changes_and_delays_count_from_it(self) -> None:
        for session_id, first in self.first_sending.items():
            assert self.store.releve_sent_day(session_id) == first
            for answer in self.store.answers.answers_to(session_id):
                assert answer.sent_day == first
                delay = date.fromisoformat(answer.answered_day) - date.fromisoformat(first)
                assert answer.delay_days == delay.days >= 0

    @invariant()
    def the_actions_carried_are_those_decided_before_and_not_closed(self) -> None:
        rows = self._rows()
        created = dict(
            self.store.rows("SELECT id, created_wall FROM sessions")  # type: ignore[arg-type]
        )
        held = {i for i, _c, s, _w in rows if s != SessionState.READY}
        for session_id, *_rest in rows:
            before = {
                i
                for i in held
                if i != session_id and (created[i], i) < (created[session_id], session_id)
            }
            expected = []
            for note_id, (decided_in, reviews) in sorted(self.actions.items()):
                if decided_in not in before:
                    continue
                said = [status for where, status in reviews if where in before]
                if said and said[-1] != ActionStatus.IN_PROGRESS:
                    continue  # done or dropped before this session
                expected.append(note_id)
            carried = [a.note_id for a in self.store.cycles.carried_actions(session_id)]
            assert sorted(carried) == expected, session_id

    def _group(self) -> int:
        return self.store.cycles.group_id(GROUP)


AYear.TestCase.settings = settings.get_profile(os.environ.get("HYPOTHESIS_PROFILE", "year"))
TestAYear = AYear.TestCase
