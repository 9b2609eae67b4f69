"""A session being run: the engine, its timeline and its store, together.

Each command builds an event, commits it, and only then folds it into the
engine: if the disk refuses the write, the state is unchanged and the caller
gets a :class:`StoreError` to show. Listeners are told after every event.

When a session is reopened after the app was down while a step ran, a short
absence counts (the meeting went on); a long one (over :data:`LONG_ABSENCE`)
waits for the facilitator to choose, so that 14 hours are never credited to
whoever had the floor. While the timer runs, an ``alive`` event every minute
says when the app was last up.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from typing import TYPE_CHECKING, TypeVar

from app.clock import Clock, Timeline
from app.errors import StoreError, StoreProblem
from app.server.rules import LEASE_RENEW_EVERY_S
from app.session.rules import events as ev
from app.session.rules.engine import Event, EventKind, SessionEngine
from app.session.rules.events import data_of, kind_of
from app.session.rules.pacing import CatchUp
from app.session.rules.records import StoredSession

if TYPE_CHECKING:
    from app.db.journal import Waiting
    from app.db.server import Listener as ServerListener
    from app.session.ops.drafts import NoteWriter
    from app.session.store import Store

Listener = Callable[[Event], None]
T = TypeVar("T")

LONG_ABSENCE = 600.0  # seconds
# What a server that stops answering raises: the events wait in the journal.
# The events wait in the journal, nothing is lost, and the session goes on.
OFFLINE_PROBLEMS = {
    StoreProblem.SERVER_UNREACHABLE,
    StoreProblem.SERVER_TIMEOUT,
    StoreProblem.SERVER_DISK_FULL,
}
ALIVE_EVERY = 60.0
LEASE_CHECK_EVERY = LEASE_RENEW_EVERY_S  # between two renewals of the lease (no key meanwhile)


class LiveSession:
    def __init__(self, store: Store, session_id: int, clock: Clock | None = None) -> None:
        self.store = store
        self.clock = clock or Clock()
        self.stored: StoredSession = store.load(session_id)
        self.id = session_id
        self.engine: SessionEngine = self.stored.engine()
        self.absence = 0.0  # seconds away while a step ran, waiting for a decision
        events = self.stored.events
        if events:
            last = events[-1]
            away = max(0.0, self.clock.wall() - last.wall) if self.engine.running else 0.0
            if away > LONG_ABSENCE:
                self.absence = away
                self.timeline = Timeline(self.clock, last.t)
            else:
                self.timeline = Timeline.resuming(
                    self.clock, last.t, last.wall, self.engine.running
                )
        else:
            self.timeline = Timeline(self.clock)
        self._listeners: list[Listener] = []
        # On a service's server several laptops may open the session: one drives
        # it (the lease), the others follow what it writes.
        self.driving = store.hold_session(session_id)
        self.lost_lease = False  # offline, another console took the session over
        self._stale = False  # the engine holds events the server's log never took
        self._refused = False  # ...and the server refused this console's epoch
        self._offline = False  # the last call to the server found it away
        self._lease_checked = -LEASE_CHECK_EVERY  # when the lease was last asked about
        # A worker that pushes the journal on a thread of its own (the console's:
        # app.session.ops.pusher); without one, each event is pushed at once.
        self.background: Callable[[], None] | None = None
        self._settle_journal()  # what a killed or cut-off console left waiting

    # -- a server that stops answering ----------------------------------------------

    @property
    def on_server(self) -> bool:
        """A service's server: events go through this computer's journal."""
        return self.store.journal is not None

    @property
    def waiting(self) -> int:
        """Events kept on this computer, not yet on the server."""
        journal = self.store.journal
        return journal.count(self.id) if journal is not None else 0

    def listener(self) -> ServerListener | None:
        """On a service's server, what tells this console of another's events."""
        return self.store.listener()

    def push(self) -> int:
        """The events waiting in the journal, to the server in order; how many
        still wait. A server that does not answer leaves them waiting (offline);
        nothing is raised: the session goes on."""
        journal = self.store.journal
        if journal is None:
            return 0
        if not self.driving:
            return journal.count(self.id)
        waiting = journal.waiting(self.id)
        if not waiting:
            self._check_lease()
            return 0
        retried = False  # a connection found dead is replaced once per push
        while waiting and self.driving:
            first = waiting[0]
            try:
                self._push_one(first)
            except StoreError as exc:
                if exc.problem is StoreProblem.HELD_ELSEWHERE:
                    self._lose_lease(refused=True)  # the server fenced its epoch off
                elif exc.problem is StoreProblem.WRITTEN_ELSEWHERE:
                    self._lose_lease()
                elif exc.problem not in OFFLINE_PROBLEMS:
                    raise
                elif not retried and not self.store.connected:
                    retried = True  # the link broke under it: a new one, once
                    continue
                break
            journal.pushed(self.id, first.seq)
            waiting.pop(0)
            self._offline = False  # the server answered
        return journal.count(self.id)

    def _push_one(self, waiting: Waiting) -> None:
        """One event to the server, under the epoch it was recorded with: the
        lease is a row, not the connection, so a new link changes nothing; the
        server refuses the event if another console took the session since."""
        if not self.store.connected:
            self.store.reconnect()
        self.store.append_event(
            self.id, waiting.event, self.engine, seq=waiting.seq, epoch=waiting.epoch
        )

    def _check_lease(self) -> None:
        """Nothing to push: is the lease still this console's? A cut connection
        took it with it; taken again unless another console drives now. Asked
        at most every LEASE_CHECK_EVERY seconds, and not while the server is
        away, four times less often: the console's thread waits on the
        network as little as it can."""
        now = self.clock.monotonic()
        every = LEASE_CHECK_EVERY * (4 if self._offline else 1)  # away: asked less often
        if now - self._lease_checked < every:
            return
        self._lease_checked = now
        try:
            if not self._relinked(lambda: self.store.renew_session(self.id)):
                self._lose_lease()  # its epoch moved on: another console drives
            self._offline = False
        except StoreError as exc:
            if exc.problem not in OFFLINE_PROBLEMS:
                raise
            self._offline = True

    def _relinked(self, call: Callable[[], T]) -> T:
        """A call to the server; its connection found dead (a cut healed since),
        replaced once. A console that follows holds no lease to lose by it."""
        try:
            return call()
        except StoreError as exc:
            if exc.problem not in OFFLINE_PROBLEMS or self.store.connected:
                raise
        self.store.reconnect()
        return call()

    def _lose_lease(self, *, refused: bool = False, reload: bool = True) -> None:
        """Another console drives now: this one turns read-only at once. Its
        screen goes back to the server's log; what it recorded meanwhile is set
        aside when the server refused its epoch (``refused``) or the log went
        on without it, else waits: never written over, never dropped.
        ``reload=False``: the log is read by the console's following worker
        (:meth:`reloaded`), not on this thread."""
        self.lost_lease = True
        self.driving = False
        self._stale = True
        self._refused = self._refused or refused
        if not reload:
            self.store.forget_lease(self.id)  # its epoch is over: nothing to let go of
            return
        with suppress(StoreError):  # its epoch is over: nothing to let go of
            self.store.release_session(self.id)
        with suppress(StoreError):  # unreachable: done when it answers (follow)
            self._reload()

    def _reload(self) -> None:
        """The engine from the server's log alone, then the journal against it."""
        self.reloaded(self.store.load(self.id))

    @property
    def stale(self) -> bool:
        """The engine holds events the server's log never took: read it again, whole."""
        return self._stale

    def reloaded(self, stored: StoredSession) -> None:
        """The session as the server holds it (read here, or by a worker on its
        own connection), then what waits on this computer against it."""
        self.stored = stored
        self.engine = stored.engine()
        self._stale = False
        events = self.engine.events
        if events:
            last = events[-1]
            self.timeline = Timeline.resuming(self.clock, last.t, last.wall, self.engine.running)
        refused, self._refused = self._refused, False
        self._settle_journal(refused=refused)

    def _settle_journal(self, *, refused: bool = False) -> None:
        """What waits on this computer, against the server's log as loaded: an
        event already there (its answer lost) is done; a run that goes on from
        the log's end is pushed when this console drives under the epoch it was
        recorded with, and waits otherwise; a run the log went on without, or
        recorded under an epoch another console ended (``refused``, or a lease
        taken back with a new epoch), is set aside, for the facilitator to keep
        as a note or let go."""
        journal = self.store.journal
        if journal is None:
            return
        log = self.engine.events
        fresh: list[Waiting] = []
        for waiting in journal.waiting(self.id):
            if waiting.seq <= len(log):
                if log[waiting.seq - 1] == waiting.event and not fresh:
                    journal.pushed(self.id, waiting.seq)
                    continue
                journal.set_aside(self.id)
                return
            fresh.append(waiting)
        epoch = self.store.lease_epoch(self.id)
        ended = refused or (self.driving and any(w.epoch not in (None, epoch) for w in fresh))
        if fresh and (ended or fresh[0].seq != len(log) + 1):
            journal.set_aside(self.id)
            return
        if fresh and self.driving:
            self._fold_in([w.event for w in fresh])
            self._send()

    def _send(self) -> None:
        """What the journal holds, on its way to the server: by the worker when
        there is one (the console's thread never waits on the network)."""
        if self.background is not None:
            self.background()
        else:
            self.push()

    def fenced_off(self, *, reload: bool = True) -> None:
        """The worker found the server refusing this console's epoch: another
        console drives now; read-only at once, what was recorded set aside
        (``reload=False``: once a worker read the server's log, :meth:`reloaded`)."""
        self._lose_lease(refused=True, reload=reload)

    @property
    def set_aside(self) -> list[Event]:
        """Events recorded here while another console wrote the session."""
        journal = self.store.journal
        return [event for _seq, event in journal.aside(self.id)] if journal is not None else []

    def keep_aside_as_note(self, text: str, into: NoteWriter | None = None) -> None:
        """The events set aside, kept in words as one note of the session
        (``into``: the console's notes, which never wait on the network)."""
        from app.session.rules.records import Note

        journal = self.store.journal
        if journal is None:
            return
        writer = into if into is not None else self.store
        note = Note(0, self.engine.step_index, None, "note", text)
        writer.add_note(self.id, note, self.clock.wall())
        journal.forget_aside(self.id)

    def discard_aside(self) -> None:
        journal = self.store.journal
        if journal is not None:
            journal.forget_aside(self.id)

    # -- several consoles on a server ---------------------------------------------

    def follow(self) -> int:
        """The events the driving console wrote since, folded in; how many."""
        if self.driving:
            return 0
        if self._stale:  # back from a lost lease: the server's log, whole
            before = len(self.engine.events)
            self._reload()
            fresh = self.engine.events[before:] if len(self.engine.events) > before else []
        else:
            known = len(self.engine.events)
            read = self._relinked(lambda: self.store.events_after(self.id, known))
            return self.followed(known, read)
        if fresh:
            for listener in list(self._listeners):
                listener(fresh[-1])
        return len(fresh)

    def followed(self, known: int, events: list[Event]) -> int:
        """The events after the ``known``-th, as the server's log holds them (read
        here, or by a worker): those this console lacks, folded in; how many."""
        if self.driving or self._stale or known > len(self.engine.events):
            return 0  # read before a change of hands: the next reading is the right one
        fresh = events[len(self.engine.events) - known :]
        self._fold_in(fresh)
        if fresh and self.store.journal is not None and self.store.journal.count(self.id):
            self._settle_journal()  # the log went on: what waits here is set aside
        if fresh:
            for listener in list(self._listeners):
                listener(fresh[-1])
        return len(fresh)

    def take_over(self) -> bool:
        """Drive the session from here, once the other console let it go (or its
        connection died with it); says whether this console drives now."""
        if self.driving:
            return True
        if not self._relinked(lambda: self.store.hold_session(self.id)):
            return False
        self.driving = True
        self.lost_lease = False
        self._reload()  # the server's log whole, then what waits here on top of it
        return True

    def took_over(self, stored: StoredSession, epoch: int) -> None:
        """A worker took the lease on its own connection (``epoch``) and read the
        session: this console drives from now on, nothing asked on this thread."""
        self.store.adopt_lease(self.id, epoch)
        self.driving = True
        self.lost_lease = False
        self.reloaded(stored)  # the server's log whole, then what waits here on top of it

    def _fold_in(self, events: list[Event]) -> None:
        """Events written elsewhere (another console, or this one's journal before a
        crash) folded into the engine; the clock goes on from the last of them."""
        for event in events:
            self.engine.apply(event)
        if events:
            last = events[-1]
            self.timeline = Timeline.resuming(self.clock, last.t, last.wall, self.engine.running)

    def let_go(self, *, release: bool = True) -> None:
        """This console stops driving: another may take over. With the server
        unreachable, the lease runs out by the server's clock. ``release=False``:
        its pushing worker let the lease go on its own connection."""
        if self.driving:
            self.driving = False
            if not release:
                return
            try:
                self.store.release_session(self.id)
            except StoreError as exc:
                if exc.problem not in OFFLINE_PROBLEMS:
                    raise

    def count_time_away(self) -> None:
        """After a long absence: the meeting went on, the time counts."""
        if self.absence:
            self.timeline = Timeline(self.clock, self.timeline.now() + self.absence)
            self.absence = 0.0

    def resume_paused(self) -> None:
        """After a long absence: the clocks stop where the app left off."""
        if self.absence:
            self.absence = 0.0
            self.timeline = Timeline(self.clock, self.engine.last_t)
            self.pause()

    def keep_alive(self) -> None:
        """Note that the app is up, once a minute while the timer runs."""
        if self.engine.running and self.now() - self.engine.last_t >= ALIVE_EVERY:
            self._record(ev.Alive())

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def now(self) -> float:
        return max(self.timeline.now(), self.engine.last_t)

    # -- commands -------------------------------------------------------------

    def _record(self, payload: ev.Payload) -> Event:
        if not self.driving:
            raise StoreError(StoreProblem.HELD_ELSEWHERE, self.store.path, str(self.id))
        event = Event(
            EventKind(kind_of(payload)),
            self.now(),
            self.clock.monotonic(),
            self.clock.wall(),
            data_of(payload),
        )
        # Folded first so the projections are written with the event; rolled
        # back by replaying the log if the write fails.
        before = list(self.engine.events)
        people = list(self.engine.people)  # a late arrival's event adds to them
        self.engine.apply(event)
        journal = self.store.journal
        try:
            if journal is None:
                self.store.append_event(self.id, event, self.engine)
            else:  # on a server: this computer's disk first, then the server
                epoch = self.store.lease_epoch(self.id)
                journal.keep(self.id, len(self.engine.events), event, epoch)
        except Exception:
            self.engine = SessionEngine.rebuild(self.engine.plan, people, self.engine.cases, before)
            raise
        if journal is not None:
            self._send()
        for listener in list(self._listeners):
            listener(event)
        return event

    def start(self) -> None:
        if not self.engine.running and not self.engine.ended:
            self._record(ev.Started())

    def pause(self) -> None:
        if self.engine.running:
            self._record(ev.Paused())

    def toggle(self) -> None:
        if self.engine.running:
            self.pause()
        else:
            self.start()

    def jump(self, index: int) -> None:
        if self.engine.ended or not 0 <= index < len(self.engine.plan):
            return
        if index in self.engine.skipped:  # gone to on purpose: no longer skipped
            self._record(ev.StepSkipped(step=index, skipped=False))
        if index != self.engine.step_index:
            self._record(ev.StepChanged(step=index))

    def next_step(self) -> None:
        following = self.engine.following(self.engine.step_index, +1)
        if following is not None:
            self.jump(following)

    def previous_step(self) -> None:
        before = self.engine.following(self.engine.step_index, -1)
        if before is not None:
            self.jump(before)

    # -- the plan, changed during the session ------------------------------------

    def plan_step(self, index: int, minutes: float) -> None:
        """A step's planned length, set to so many minutes (this step or one to come)."""
        if not self.engine.ended and 0 <= index < len(self.engine.plan) and minutes > 0:
            self._record(ev.StepPlanned(step=index, seconds=float(minutes) * 60.0))

    def skip_step(self, index: int, *, skipped: bool = True) -> None:
        """Leave a step out (or put it back); the current step is never skipped."""
        engine = self.engine
        if engine.can_skip(index) and skipped != (index in engine.skipped):
            self._record(ev.StepSkipped(step=index, skipped=skipped))

    def move_step(self, index: int, delta: int) -> None:
        """A step still to come, one place earlier (-1) or later (+1)."""
        if self.engine.can_move(index, delta):
            self._record(ev.StepMoved(step=index, delta=1 if delta > 0 else -1))

    def set_warning(self, index: int, minutes: float) -> None:
        """When this step's last-minute cue starts, in minutes before its end."""
        if not self.engine.ended and 0 <= index < len(self.engine.plan) and minutes >= 0:
            self._record(ev.WarningSet(step=index, seconds=float(minutes) * 60.0))

    def answer_catch_up(self, proposal: CatchUp, *, accepted: bool) -> None:
        """The facilitator's answer to the proposal to end on time."""
        if self.engine.ended:
            return
        steps = sorted(proposal.lengths)
        self._record(
            ev.CatchUpAnswered(
                accepted=accepted,
                late=proposal.late,
                steps=steps if accepted else [],
                seconds=[proposal.lengths[i] for i in steps] if accepted else [],
            )
        )

    def limit_interventions(self, index: int, minutes: float) -> None:
        """A time limit per intervention in that step (0 minutes: none)."""
        if not self.engine.ended and 0 <= index < len(self.engine.plan) and minutes >= 0:
            self._record(ev.InterventionLimit(step=index, seconds=float(minutes) * 60.0))

    def set_timer_view(self, index: int, view: str) -> None:
        """What the room's clock shows in that step (app.kinds.TimerView)."""
        if not self.engine.ended and 0 <= index < len(self.engine.plan):
            self._record(ev.TimerViewSet(step=index, view=view))

    def take_break(self, minutes: float) -> None:
        """A break: the step's timer waits; the room sees when the group starts again."""
        if not self.engine.ended and minutes > 0:
            self._record(ev.Break(seconds=float(minutes) * 60.0))

    def adjust(self, minutes: float) -> None:
        if not self.engine.ended and minutes:
            self._record(ev.Adjusted(seconds=minutes * 60.0))

    def give_floor(self, person: int) -> None:
        """``person`` takes the floor; giving it to the current speaker ends their turn."""
        if self.engine.ended:
            return
        if self.engine.speaker == person:
            self._record(ev.FloorReleased())
        else:
            self._record(ev.FloorTaken(person=person))

    def release_floor(self) -> None:
        if self.engine.speaker is not None and not self.engine.ended:
            self._record(ev.FloorReleased())

    def pass_turn(self, person: int | None = None) -> None:
        """ "Je passe": by default, whoever's turn it is in the round."""
        if self.engine.ended:
            return
        if person is None:
            state = self.engine.round_state(self.engine.step_index)
            person = state.current if state else None
        if person is not None:
            self._record(ev.Passed(person=person))

    def arriving(self, name: str) -> str | None:
        """A late arrival's name as it will be seated (None: no name, too long, or
        the session is over)."""
        from app.session.rules.setup import clean_name

        name = clean_name(name)
        if not name or self.engine.ended or len(name) > 80:
            return None
        return name

    def add_person(self, name: str, role: str = "consultant") -> int | None:
        """A late arrival takes a seat from now on; says their id (None: no name)."""
        arriving = self.arriving(name)
        if arriving is None:
            return None
        person = self.store.add_participant(self.id, arriving, role, self.clock.wall())
        try:
            self.seat(person, arriving, role)
        except StoreError:
            # Without its event the seat would count from the start on reload: take it back.
            with suppress(StoreError):
                self.store.remove_participant(self.id, person)
            raise
        return person

    def seat(self, person: int, name: str, role: str = "consultant") -> None:
        """A participant the store added (here, or a worker on a server): seated
        from now on, by the session's event."""
        self._record(ev.Joined(person=person, name=name, role=role))

    def raise_hand(self, person: int) -> None:
        """Someone asks for the floor; asked again, the hand goes down."""
        engine = self.engine
        if engine.ended or person not in {p.id for p in engine.people}:
            return
        if person in engine.hands:
            self._record(ev.HandLowered(person=person))
        elif person != engine.speaker and person not in engine.away_since:
            self._record(ev.HandRaised(person=person))

    def next_hand(self) -> int | None:
        """Who the queue serves next: the first hand raised, passing over the
        narrator while the step has them listen."""
        return self.engine.next_hand()

    def serve_hand(self) -> int | None:
        """The floor to the next hand in the queue; says who (None: nobody waits)."""
        person = self.next_hand()
        if person is not None and not self.engine.ended:
            self._record(ev.FloorTaken(person=person))
        return person

    def set_away(self, person: int, away: bool) -> None:
        """Someone leaves the room (or comes back): not expected to speak meanwhile."""
        engine = self.engine
        if engine.ended or person not in {p.id for p in engine.people}:
            return
        if away != (person in engine.away_since):
            self._record(ev.Away(person=person, away=away))

    def rename(self, person: int, name: str) -> bool:
        """A name mistyped, corrected for this session and the group's member."""
        from app.session.rules.setup import clean_name

        name = clean_name(name)
        if not name or len(name) > 80 or person not in {p.id for p in self.engine.people}:
            return False
        self._record(ev.Renamed(person=person, name=name))  # the seat's row follows
        return True

    def choose_case(self, case_index: int, title: str, narrator: int | None) -> bool:
        """The group chose its situation: who tells it, and a short title for it."""
        from app.session.rules.setup import clean_name

        title = clean_name(title)[:200] or f"Situation {case_index + 1}"
        people = {p.id for p in self.engine.people}
        if not 0 <= case_index < len(self.engine.cases) or (
            narrator is not None and narrator not in people
        ):
            return False
        self._record(ev.CaseChosen(case=case_index, title=title, narrator=narrator))
        return True

    def undo_floor(self) -> bool:
        """A wrong key: the last floor change is void, its seconds go back to
        whoever had the floor before. Says whether there was one to undo."""
        if self.engine.ended:
            return False
        seq = self.engine.undoable()
        if seq is None:
            return False
        self._record(ev.Undone(seq=seq))
        return True

    def end(self) -> None:
        if not self.engine.ended:
            self._record(ev.Ended())
