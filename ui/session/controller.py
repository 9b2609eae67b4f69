"""The bridge between a live session and its windows.

Commands go to :class:`app.session.ops.live.LiveSession`; views read a fresh
:class:`app.session.view.snapshot.Snapshot` when told to repaint. The repaint timer only
asks for a repaint — time itself always comes from the session's clock. It is
a single shot, set for the moment a shown second turns, and runs only while a
step's timer runs: about one wake-up a second, none while paused.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSocketNotifier, Qt, QTimer, Signal

from app.changes import OpChanges
from app.group.rules import ActionStatus, Evaluation
from app.session.ops.actions import delete_note, follow_up_of, review_action, rewrite_note
from app.session.ops.live import LiveSession
from app.session.rules.cues import Cue, CueTracker
from app.session.rules.engine import Event
from app.session.rules.records import Note
from app.session.view.follow_up import FollowUp
from app.session.view.snapshot import Snapshot, take

if TYPE_CHECKING:
    from app.db.server import Listener
    from app.kinds import Capture
    from app.session.ops.drafts import NoteDraft
from ui.operations import Operations, failure_text, held_elsewhere_text

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
    waiting_changed = Signal(int)  # events kept on this computer for the server (0: none)

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
        self.follow_up = FollowUp(live.id, evaluates=live.stored.protocol.evaluates_actions)
        self._read_follow_up()
        snap = self._snapshot
        self._cues.update(snap.step_index, snap.remaining, False, snap.warning)
        self._sync_timer()
        # On a service's server, a console that does not drive the session follows
        # it: the server pushes each event the driving console commits.
        self._listener: Listener | None = None
        self._heard: QSocketNotifier | None = None
        if not live.driving:
            self._listen()
        # The server away: the events wait on this computer; tried again now and then.
        self._retry = QTimer(self)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self._push)
        self.waiting = live.waiting

    def _push(self) -> None:
        self._do(self.live.push)
        self._show_waiting()

    def _show_waiting(self) -> None:
        waiting = self.live.waiting if self.live.store.journal is not None else 0
        if waiting != self.waiting or self.live.lost_lease:
            self.waiting = waiting
            self.waiting_changed.emit(waiting)
        if waiting and not self._retry.isActive():
            self._retry.start()
        elif not waiting:
            self._retry.stop()

    # -- following a session another console drives --------------------------------

    @property
    def driving(self) -> bool:
        return self.live.driving

    def _listen(self) -> None:
        self._listener = self.live.store.listener()
        if self._listener is None:
            return
        self._heard = QSocketNotifier(self._listener.fileno(), QSocketNotifier.Type.Read, self)
        self._heard.activated.connect(self._on_heard)

    def _on_heard(self) -> None:
        if self._listener is None:
            return
        heard = self._listener.heard()
        if any(session == self.live.id for session, _seq in heard):
            self._do(self.live.follow)

    def take_over(self) -> bool:
        """Ctrl+T: drive the session from this console, once the other let go."""
        taken: list[bool] = []
        self._do(lambda: taken.append(self.live.take_over()))
        if not taken or not taken[0]:
            self.failed.emit(
                self.tr("Another console still drives this session: it must let go first.")
            )
            return False
        self._stop_listening()
        self.refresh()
        self.driving_changed.emit()
        return True

    def _stop_listening(self) -> None:
        if self._heard is not None:
            self._heard.setEnabled(False)
            self._heard.deleteLater()
            self._heard = None
        if self._listener is not None:
            self._listener.close()
            self._listener = None

    def _take(self) -> Snapshot:
        live = self.live
        return take(live.engine, live.stored.protocol, live.now(), live.clock.wall(), self.lang)

    @property
    def snapshot(self) -> Snapshot:
        return self._snapshot

    @property
    def repainting(self) -> bool:
        return self._timer.isActive()

    @property
    def next_repaint_ms(self) -> int:
        """When the timer will next ask for a repaint (-1: it will not)."""
        return self._timer.remainingTime() if self._timer.isActive() else -1

    def refresh(self) -> None:
        """Read the clock again and tell the views."""
        self._do(self.live.keep_alive)
        self._snapshot = self._take()
        snap = self._snapshot
        entered = self._cues.update(snap.step_index, snap.remaining, snap.running, snap.warning)
        self._sync_timer()
        self.changed.emit()
        if entered in (Cue.LAST_MINUTE, Cue.OVERTIME):
            self.cue_entered.emit(entered.value)

    def _on_event(self, _event: Event) -> None:
        self.refresh()
        self._show_waiting()

    def _sync_timer(self) -> None:
        wait = self._snapshot.seconds_to_next_change()
        if wait == float("inf"):
            self._timer.stop()
        else:
            self._timer.start(int(wait * 1000) + SETTLE_MS)

    def stop(self) -> None:
        self._timer.stop()
        self._retry.stop()
        self._stop_listening()
        self._do(self.live.let_go)  # another console may take the session over

    def _do(self, action: Callable[[], object]) -> bool:
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

    def _write(self, op: Callable[..., OpChanges]) -> bool:
        if not self._may_write():
            return False
        return self.operations.write(op, origin=self, failed=self.failed.emit)

    def _may_write(self) -> bool:
        """A console that only follows the session writes nothing of it, notes
        included: two consoles never both write one session."""
        if self.live.driving:
            return True
        self.failed.emit(held_elsewhere_text())
        return False

    def notes(self) -> list[Note]:
        """The session's filed notes, as saved."""
        session_id = self.live.id
        return self.operations.read(lambda s: s.notes(session_id), failed=self.failed.emit) or []

    def note_draft(self) -> NoteDraft:
        """The line being typed, saved as it is typed (every save a small write)."""
        from app.session.ops.drafts import NoteDraft

        live = self.live
        return NoteDraft(live.store, live.id, live.clock.wall)

    def _read_follow_up(self) -> None:
        session_id = self.live.id
        read = self.operations.read(
            lambda s: follow_up_of(s, session_id=session_id), failed=self.failed.emit
        )
        if read is not None:
            self.follow_up.update(*read)

    # -- notes ------------------------------------------------------------------

    def save_note(self, draft: NoteDraft, line: str, kind: Capture | None, tag: str | None) -> bool:
        """The line being typed, saved under the current step and case (the first
        save files it; the next ones rewrite it)."""
        if not self._may_write():
            return False
        engine = self.live.engine
        planned = engine.current
        return self._do(
            lambda: draft.save(line, planned.step, engine.step_index, planned.case_index, kind, tag)
        )

    # -- notes already filed ----------------------------------------------------

    def rewrite_note(self, note: Note) -> bool:
        """A filed note corrected: its text, kind or arbitration."""
        wall = self.live.clock.wall()
        return self._write(lambda s: rewrite_note(s, note=note, wall=wall))

    def delete_note(self, note_id: int) -> bool:
        wall = self.live.clock.wall()
        return self._write(lambda s: delete_note(s, note_id=note_id, wall=wall))

    # -- the facilitator's commands -------------------------------------------

    def toggle_running(self) -> None:
        self._do(self.live.toggle)

    def next_step(self) -> None:
        self._do(self.live.next_step)

    def previous_step(self) -> None:
        self._do(self.live.previous_step)

    def jump(self, index: int) -> None:
        self._do(lambda: self.live.jump(index))

    def adjust(self, minutes: int) -> None:
        self._do(lambda: self.live.adjust(minutes))

    def plan_step(self, index: int, minutes: float) -> None:
        self._do(lambda: self.live.plan_step(index, minutes))

    def skip_step(self, index: int, skipped: bool) -> None:
        self._do(lambda: self.live.skip_step(index, skipped=skipped))

    def move_step(self, index: int, delta: int) -> None:
        self._do(lambda: self.live.move_step(index, delta))

    def set_warning(self, index: int, minutes: float) -> None:
        self._do(lambda: self.live.set_warning(index, minutes))

    def take_break(self, minutes: float) -> None:
        self._do(lambda: self.live.take_break(minutes))

    def answer_catch_up(self, *, accepted: bool) -> None:
        """F or G: the proposal to end on time, accepted or refused (if shown)."""
        offer = self._snapshot.catch_up
        if offer is not None:
            self._do(lambda: self.live.answer_catch_up(offer, accepted=accepted))

    def limit_interventions(self, index: int, minutes: float) -> None:
        self._do(lambda: self.live.limit_interventions(index, minutes))

    def set_timer_view(self, view: str) -> None:
        """What the room's clock shows in the current step."""
        index = self._snapshot.step_index
        self._do(lambda: self.live.set_timer_view(index, view))

    def floor_by_position(self, position: int) -> None:
        people = self.live.engine.people
        if 0 <= position < len(people):
            self.give_floor(people[position].id)

    def give_floor(self, person: int) -> None:
        self._do(lambda: self.live.give_floor(person))

    def add_person(self, name: str) -> None:
        self._do(lambda: self.live.add_person(name))

    def person_at(self, position: int) -> int | None:
        people = self.live.engine.people
        return people[position].id if 0 <= position < len(people) else None

    def raise_hand(self, person: int) -> None:
        self._do(lambda: self.live.raise_hand(person))

    def serve_hand(self) -> None:
        """Q: the floor to the next hand raised."""
        if self.live.next_hand() is None:
            self.failed.emit(self.tr("Nobody has raised a hand."))
            return
        self._do(self.live.serve_hand)

    def set_away(self, person: int, away: bool) -> None:
        self._do(lambda: self.live.set_away(person, away))

    def rename(self, person: int, name: str) -> bool:
        renamed: list[bool] = []
        self._do(lambda: renamed.append(self.live.rename(person, name)))
        self.refresh()
        return bool(renamed and renamed[0])

    def choose_case(self, case_index: int, title: str, narrator: int | None) -> None:
        chosen: list[bool] = []
        if not self._do(lambda: chosen.append(self.live.choose_case(case_index, title, narrator))):
            return
        if not chosen[0]:
            self.failed.emit(self.tr("That situation could not be chosen."))
        self.refresh()

    def undo_floor(self) -> None:
        self._do(self.live.undo_floor)

    def nobody_speaks(self) -> None:
        self._do(self.live.release_floor)

    def pass_turn(self) -> None:
        self._do(lambda: self.live.pass_turn())

    def end_session(self) -> None:
        self._do(self.live.end)

    # -- the previous session's actions, in the "retour" step -------------------

    @property
    def reviewing(self) -> bool:
        return self._snapshot.reviewing_actions and bool(self.follow_up.actions)

    def mark_action(
        self,
        status: ActionStatus,
        comment: str = "",
        evaluation: Evaluation | None = None,
        trace: str = "",
    ) -> None:
        if not self.reviewing:
            return
        action = self.follow_up.current
        if action is None:
            return
        wall, session_id, note_id = self.live.clock.wall(), self.live.id, action.note_id
        if self._write(
            lambda s: review_action(
                s,
                session_id=session_id,
                note_id=note_id,
                status=status,
                wall=wall,
                comment=comment,
                evaluation=evaluation,
                trace=trace,
            )
        ):
            self._read_follow_up()
            self.follow_up.select_first_waiting()
        self.follow_up_changed.emit()

    def next_action(self) -> None:
        if self.reviewing:
            self.follow_up.select_next()
            self.follow_up_changed.emit()

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
