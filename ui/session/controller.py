"""The bridge between a live session and its windows.

Commands go to :class:`app.session.ops.live.LiveSession`; views read a fresh
:class:`app.session.view.snapshot.Snapshot` when told to repaint. The repaint timer only
asks for a repaint — time itself always comes from the session's clock. It is
a single shot, set for the moment a shown second turns, and runs only while a
step's timer runs: about one wake-up a second, none while paused.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from app.changes import OpChanges
from app.errors import StoreError, StoreProblem
from app.session.ops.live import LiveSession
from app.session.ops.pusher import Pusher, TakeOver
from app.session.rules.cues import Cue, CueTracker
from app.session.rules.engine import Event
from app.session.view.room import FORGOTTEN_AFTER, timer_forgotten
from app.session.view.snapshot import Snapshot, take
from ui.operations import Operations, failure_text, held_elsewhere_text
from ui.session.commands import ActionReview, FloorCommands, NoteCommands, TimingCommands
from ui.session.following import Following

SETTLE_MS = 15  # wake just after the second turns, never just before it
RETRY_MS = 5000  # a server that stopped answering is asked again this often


class SessionController(QObject):
    changed = Signal()  # something happened: an event or a repaint tick
    cue_entered = Signal(str)  # Cue value: "last_minute" or "overtime"
    failed = Signal(str)  # a message for the facilitator
    blank_changed = Signal(bool)
    follow_up_changed = Signal()
    message_changed = Signal(str)  # "" when dismissed
    review_changed = Signal(str)  # the relevé shown to the room for review; "" when taken down
    driving_changed = Signal()  # this console took the session over
    waiting_changed = Signal(int)  # events and notes kept here for the server (0: none)
    aside_found = Signal()  # events recorded here can no longer enter the record
    pushed = Signal()  # the pushing worker found something (emitted from its thread)
    notes_heard = Signal()  # the notes' worker read or filed notes (emitted from its thread)
    followed = Signal()  # the following worker read the session (emitted from its thread)
    notes_changed = Signal()  # the notes shown may have changed (another console's, filed)

    def __init__(
        self,
        live: LiveSession,
        lang: str,
        operations: Operations,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.live = live
        self.operations = operations
        self.lang = lang
        self.blank = False
        self.message = ""  # what the room reads over the timer, until dismissed
        self.review = ""  # the relevé being read with the group, over everything
        self.show_talk_bars = False  # the room sees the balance, not a ranking
        self._cues = CueTracker()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.refresh)
        live.subscribe(self._on_event)
        self._snapshot = self._take()
        # The facilitator's commands, by what they steer (each a small class of its own).
        self.timing = TimingCommands(self)
        self.floor = FloorCommands(self)
        self.notes = NoteCommands(self)
        self.notes_heard.connect(self.notes.heard, Qt.ConnectionType.QueuedConnection)
        self.actions = ActionReview(self)
        snap = self._snapshot
        self._cues.update(snap.step_index, snap.remaining, False, snap.warning)
        self._sync_timer()
        # On a service's server, a console that does not drive the session follows
        # it: the server pushes each event the driving console commits, and a
        # worker reads them (app.session.ops.follower).
        self.following = Following(self)
        self.followed.connect(self.following.heard, Qt.ConnectionType.QueuedConnection)
        if not live.driving:
            self.following.follow()
        # The server away: the events wait on this computer; tried again now and then.
        self._retry = QTimer(self)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self._push)
        self.waiting = live.waiting + self.notes.waiting
        # On a server, a worker pushes the journal and keeps the lease: a key
        # never waits on the network (app.session.ops.pusher).
        self._pusher: Pusher | None = None
        self.pushed.connect(self._on_pushed, Qt.ConnectionType.QueuedConnection)
        if live.on_server and live.driving:
            self._start_pushing()
        # A timer never started: the console says so after a few minutes (one wake-up).
        self._opened = live.clock.monotonic()
        self._forgotten = QTimer(self)
        self._forgotten.setSingleShot(True)
        self._forgotten.timeout.connect(self.refresh)
        if not live.engine.started:
            self._forgotten.start(int(FORGOTTEN_AFTER * 1000) + SETTLE_MS)

    def _start_pushing(self) -> None:
        self._pusher = Pusher(self.live, self.pushed.emit)
        self.live.background = self._pusher.wake

    def _stop_pushing(self, *, release: bool = False) -> None:
        if self._pusher is not None:
            self.live.background = None
            self._pusher.stop(release=release)
            self._pusher = None

    def _on_pushed(self) -> None:
        """The worker's news, on the console's thread: the count of what waits,
        a refusal said, or the session lost to another console."""
        if self._pusher is None:
            return
        report = self._pusher.report
        if report.took is not None and not self.live.driving:
            self._took(report.took)
            return
        if report.fenced:
            self._stop_pushing()
            self.do(lambda: self.live.fenced_off(reload=False))  # read again by the follower
            self.show_waiting()
            self._lost()
            return
        if not self.live.driving and report.offline:  # Ctrl+T with the server away
            self._stop_pushing()
            problem = StoreError(StoreProblem.SERVER_UNREACHABLE, self.live.store.path)
            self.failed.emit(failure_text(problem) or "")
            return
        if report.problem is not None:
            text = failure_text(StoreError(report.problem, self.live.store.path))
            if text is not None:
                self.failed.emit(text)
        self.show_waiting()

    def _push(self) -> None:
        if self._pusher is not None:  # the worker's to do, now rather than at its next round
            self._pusher.wake()
            return
        was_driving = self.live.driving
        self.do(self.live.push)
        self.show_waiting()
        if was_driving and not self.live.driving:
            self._lost()

    def _lost(self) -> None:
        """Another console took the session over while this one was cut off:
        read-only at once, following the other's log, and said so."""
        self.following.follow()
        self.refresh()
        self.driving_changed.emit()
        self.failed.emit(held_elsewhere_text())
        if self.live.set_aside:
            self.aside_found.emit()

    def show_waiting(self) -> None:
        events = self.live.waiting
        waiting = events + self.notes.waiting
        if waiting != self.waiting or self.live.lost_lease:
            self.waiting = waiting
            self.waiting_changed.emit(waiting)
        # On a server, a console that drives checks now and then that the lease
        # is still its own: cut off and taken over, it turns read-only at once.
        # (Notes have a worker of their own, always.)
        keep_checking = self._pusher is None and (
            events or (self.live.driving and self.live.on_server)
        )
        if keep_checking and not self._retry.isActive():
            self._retry.start()
        elif not keep_checking:
            self._retry.stop()

    # -- following a session another console drives --------------------------------

    @property
    def driving(self) -> bool:
        return self.live.driving

    def take_over(self) -> bool:
        """Ctrl+T: drive the session from this console, once the other let go.
        On a server a worker takes the lease and reads the session: True once
        this console drives (the outcome is said when the worker answers)."""
        if self.live.driving:
            return True
        if self.live.on_server:
            if self._pusher is None:
                self._pusher = Pusher(self.live, self.pushed.emit, taking=True)
            return False
        taken: list[bool] = []
        self.do(lambda: taken.append(self.live.take_over()))
        if taken and taken[0]:
            self.refresh()
            self.driving_changed.emit()
            return True
        return False

    def _took(self, took: TakeOver) -> None:
        pusher = self._pusher
        assert pusher is not None
        if not took.held or took.stored is None:
            self._stop_pushing()
            self.failed.emit(
                self.tr("Another console still drives this session: it must let go first.")
            )
            return
        self.live.background = pusher.wake
        stored, epoch = took.stored, took.epoch
        if not self.do(lambda: self.live.took_over(stored, epoch)):
            self._stop_pushing()
            return
        pusher.settled()  # what waits here may go now
        self.following.stop()
        self.refresh()
        self.driving_changed.emit()
        self.show_waiting()
        if self.live.set_aside:
            self.aside_found.emit()

    def _take(self) -> Snapshot:
        live = self.live
        return take(live.engine, live.stored.protocol, live.now(), live.clock.wall(), self.lang)

    @property
    def snapshot(self) -> Snapshot:
        return self._snapshot

    @property
    def timer_forgotten(self) -> bool:
        """Opened a few minutes ago and its timer never started."""
        return timer_forgotten(self._snapshot, self.live.clock.monotonic() - self._opened)

    @property
    def repainting(self) -> bool:
        return self._timer.isActive()

    @property
    def next_repaint_ms(self) -> int:
        """When the timer will next ask for a repaint (-1: it will not)."""
        return self._timer.remainingTime() if self._timer.isActive() else -1

    def refresh(self) -> None:
        """Read the clock again and tell the views."""
        self.do(self.live.keep_alive)
        self._snapshot = self._take()
        snap = self._snapshot
        entered = self._cues.update(snap.step_index, snap.remaining, snap.running, snap.warning)
        self._sync_timer()
        self.changed.emit()
        if entered in (Cue.LAST_MINUTE, Cue.OVERTIME):
            self.cue_entered.emit(entered.value)

    def _on_event(self, _event: Event) -> None:
        self.refresh()
        self.show_waiting()

    def _sync_timer(self) -> None:
        wait = self._snapshot.seconds_to_next_change()
        if wait == float("inf"):
            self._timer.stop()
        else:
            self._timer.start(int(wait * 1000) + SETTLE_MS)

    def stop(self) -> None:
        self._timer.stop()
        self._forgotten.stop()
        self._retry.stop()
        self.following.stop()
        self.notes.stop()
        if self._pusher is not None:  # it pushes what waits and lets the lease go
            self._stop_pushing(release=True)
            self.live.let_go(release=False)
        self.do(self.live.let_go)  # another console may take the session over

    def do(self, action: Callable[[], object]) -> bool:
        """A live-session command; a refusal (the disk, a store problem) is said."""
        try:
            action()
        except Exception as exc:
            text = failure_text(exc)
            if text is None:
                raise
            self.failed.emit(text)
            return False
        return True

    def write(self, op: Callable[..., OpChanges]) -> bool:
        if not self.may_write():
            return False
        return self.operations.write(op, origin=self, failed=self.failed.emit)

    def write_later(self, op: Callable[..., OpChanges], *, done: Callable[[], None]) -> bool:
        """A write that a key asks for: on a service's server, made by a worker
        (the console's thread never waits on the network), ``done`` once kept;
        on this computer's file, now. False: refused at once."""
        if not self.may_write():
            return False
        if not self.live.store.on_server:
            if self.operations.write(op, origin=self, failed=self.failed.emit):
                done()
                return True
            return False

        def refused(text: str) -> None:
            self.failed.emit(text)
            done()  # what was kept is read again, and shown

        self.operations.write_in_background(op, done=done, failed=refused, origin=self)
        return True

    def may_write(self) -> bool:
        """A console that only follows the session writes nothing of it, notes
        included: two consoles never both write one session."""
        if self.live.driving:
            return True
        self.failed.emit(held_elsewhere_text())
        return False

    def end_session(self) -> None:
        self.do(self.live.end)

    # -- what the room reads over the timer ----------------------------------------

    def show_message(self, text: str) -> None:
        from app.session.rules.messages import clean_message

        self.message = clean_message(text)
        self.message_changed.emit(self.message)

    def dismiss_message(self) -> None:
        self.message = ""
        self.message_changed.emit("")

    def show_review(self, text: str) -> None:
        """The relevé on the projection, for the group to read and validate."""
        self.review = text
        self.review_changed.emit(text)

    def hide_review(self) -> None:
        self.review = ""
        self.review_changed.emit("")

    def toggle_blank(self) -> None:
        self.blank = not self.blank
        self.blank_changed.emit(self.blank)

    def set_talk_bars(self, shown: bool) -> None:
        self.show_talk_bars = shown
        self.changed.emit()
