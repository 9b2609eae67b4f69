"""The facilitator's commands on a live session, by what they steer: the time
(steps, pauses, the plan), the floor, the notes, and the previous session's
actions reviewed in the "retour" step. Each reaches the session through its
controller (:class:`ui.session.controller.SessionController`), which says a
refusal in words and keeps a console that follows from writing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.errors import StoreError
from app.group.rules import ActionStatus, CarriedAction, Evaluation, ManagementAnswer
from app.session.ops.actions import delete_note, follow_up_of, review_action, rewrite_note
from app.session.ops.notes import SessionNotes
from app.session.rules.records import Note
from app.session.view.follow_up import FollowUp
from ui.operations import failure_text

if TYPE_CHECKING:
    from app.kinds import Capture
    from app.session.ops.drafts import NoteDraft
    from ui.session.controller import SessionController


class TimingCommands:
    """The session's time: run and pause, move between steps, change the plan."""

    def __init__(self, controller: SessionController) -> None:
        self._c = controller

    def toggle_running(self) -> None:
        self._c.do(self._c.live.toggle)

    def next_step(self) -> None:
        self._c.do(self._c.live.next_step)

    def previous_step(self) -> None:
        self._c.do(self._c.live.previous_step)

    def jump(self, index: int) -> None:
        self._c.do(lambda: self._c.live.jump(index))

    def adjust(self, minutes: int) -> None:
        self._c.do(lambda: self._c.live.adjust(minutes))

    def plan_step(self, index: int, minutes: float) -> None:
        self._c.do(lambda: self._c.live.plan_step(index, minutes))

    def skip_step(self, index: int, *, skipped: bool) -> None:
        self._c.do(lambda: self._c.live.skip_step(index, skipped=skipped))

    def move_step(self, index: int, delta: int) -> None:
        self._c.do(lambda: self._c.live.move_step(index, delta))

    def set_warning(self, index: int, minutes: float) -> None:
        self._c.do(lambda: self._c.live.set_warning(index, minutes))

    def take_break(self, minutes: float) -> None:
        self._c.do(lambda: self._c.live.take_break(minutes))

    def answer_catch_up(self, *, accepted: bool) -> None:
        """F or G: the proposal to end on time, accepted or refused (if shown)."""
        offer = self._c.snapshot.catch_up
        if offer is not None:
            self._c.do(lambda: self._c.live.answer_catch_up(offer, accepted=accepted))

    def limit_interventions(self, index: int, minutes: float) -> None:
        self._c.do(lambda: self._c.live.limit_interventions(index, minutes))

    def set_timer_view(self, view: str) -> None:
        """What the room's clock shows in the current step."""
        index = self._c.snapshot.step_index
        self._c.do(lambda: self._c.live.set_timer_view(index, view))


class FloorCommands:
    """Who has the floor, who raised a hand, who is here, and whose case it is."""

    def __init__(self, controller: SessionController) -> None:
        self._c = controller

    def floor_by_position(self, position: int) -> None:
        people = self._c.live.engine.people
        if 0 <= position < len(people):
            self.give_floor(people[position].id)

    def give_floor(self, person: int) -> None:
        self._c.do(lambda: self._c.live.give_floor(person))

    def add_person(self, name: str) -> None:
        """A late arrival. On a server the seat is made by a worker, then the
        person is seated by the session's event: the console never waits."""
        live = self._c.live
        if not live.on_server:
            self._c.do(lambda: live.add_person(name))
            return
        arriving = live.arriving(name)
        if arriving is None or not self._c.may_write():
            return
        session_id, wall = live.id, live.clock.wall()

        def seated(person: int) -> None:
            if not self._c.do(lambda: live.seat(person, arriving)):
                self._c.operations.with_own_connection(  # no seat without its event
                    lambda s: s.remove_participant(session_id, person), done=lambda _: None
                )

        self._c.operations.with_own_connection(
            lambda s: s.add_participant(session_id, arriving, "consultant", wall),
            done=seated,
            failed=self._c.failed.emit,
            owner=self._c,
        )

    def person_at(self, position: int) -> int | None:
        people = self._c.live.engine.people
        return people[position].id if 0 <= position < len(people) else None

    def raise_hand(self, person: int) -> None:
        self._c.do(lambda: self._c.live.raise_hand(person))

    def serve_hand(self) -> None:
        """Q: the floor to the next hand raised."""
        if self._c.live.next_hand() is None:
            self._c.failed.emit(
                QCoreApplication.translate("SessionController", "Nobody has raised a hand.")
            )
            return
        self._c.do(self._c.live.serve_hand)

    def set_away(self, person: int, *, away: bool) -> None:
        self._c.do(lambda: self._c.live.set_away(person, away))

    def rename(self, person: int, name: str) -> bool:
        renamed: list[bool] = []
        self._c.do(lambda: renamed.append(self._c.live.rename(person, name)))
        self._c.refresh()
        return bool(renamed and renamed[0])

    def choose_case(self, case_index: int, title: str, narrator: int | None) -> None:
        chosen: list[bool] = []
        if not self._c.do(
            lambda: chosen.append(self._c.live.choose_case(case_index, title, narrator))
        ):
            return
        if not chosen[0]:
            self._c.failed.emit(
                QCoreApplication.translate(
                    "SessionController", "That situation could not be chosen."
                )
            )
        self._c.refresh()

    def undo_floor(self) -> None:
        self._c.do(self._c.live.undo_floor)

    def nobody_speaks(self) -> None:
        self._c.do(self._c.live.release_floor)

    def pass_turn(self) -> None:
        self._c.do(lambda: self._c.live.pass_turn())


class NoteCommands:
    """The notes: the line being typed, and the notes already filed. On a
    service's server they go through this computer's journal and a worker
    (app.session.ops.notes): a note never waits on the network."""

    def __init__(self, controller: SessionController) -> None:
        self._c = controller
        self.session_notes = SessionNotes(controller.live, controller.notes_heard.emit)

    @property
    def waiting(self) -> int:
        return self.session_notes.waiting

    def filed(self) -> list[Note]:
        """The session's filed notes, as saved (on a server, as last read with
        what waits on this computer)."""
        if self.session_notes.on_server:
            shown: list[Note] = []
            self._c.do(lambda: shown.extend(self.session_notes.filed()))
            return shown
        session_id = self._c.live.id
        return (
            self._c.operations.read(lambda s: s.notes(session_id), failed=self._c.failed.emit) or []
        )

    def note_draft(self) -> NoteDraft:
        """The line being typed, saved as it is typed (every save a small write)."""
        return self.session_notes.draft()

    # -- notes ------------------------------------------------------------------

    def save_note(self, draft: NoteDraft, line: str, kind: Capture | None, tag: str | None) -> bool:
        """The line being typed, saved under the current step and case (the first
        save files it; the next ones rewrite it)."""
        if not self._c.may_write():
            return False
        engine = self._c.live.engine
        planned = engine.current
        saved = self._c.do(
            lambda: draft.save(line, planned.step, engine.step_index, planned.case_index, kind, tag)
        )
        self.session_notes.wake()
        return saved

    # -- notes already filed ----------------------------------------------------

    def rewrite_note(self, note: Note) -> bool:
        """A filed note corrected: its text, kind or arbitration."""
        if self.session_notes.on_server:
            return self._c.may_write() and self._c.do(lambda: self.session_notes.rewrite(note))
        wall = self._c.live.clock.wall()
        return self._c.write(lambda s: rewrite_note(s, note=note, wall=wall))

    def delete_note(self, note_id: int) -> bool:
        if self.session_notes.on_server:
            return self._c.may_write() and self._c.do(lambda: self.session_notes.delete(note_id))
        wall = self._c.live.clock.wall()
        return self._c.write(lambda s: delete_note(s, note_id=note_id, wall=wall))

    def heard(self) -> None:
        """The notes' worker's news, on the console's thread: a refusal said, the
        notes shown read again, and what waits counted."""
        report = self.session_notes.report
        if report is None:
            return
        if report.problem is not None:
            text = failure_text(StoreError(report.problem, self._c.live.store.path))
            if text is not None:
                self._c.failed.emit(text)
        self._c.notes_changed.emit()
        self._c.show_waiting()

    def stop(self) -> None:
        self.session_notes.stop()


class ActionReview:
    """The previous session's actions, reviewed one by one in the "retour" step."""

    def __init__(self, controller: SessionController) -> None:
        self._c = controller
        live = controller.live
        self.view = FollowUp(live.id, evaluates=live.stored.protocol.evaluates_actions)
        self.read()

    def read(self) -> None:
        session_id = self._c.live.id
        read = self._c.operations.read(
            lambda s: follow_up_of(s, session_id=session_id), failed=self._c.failed.emit
        )
        if read is not None:
            self.view.update(*read)

    def _read_again(self) -> None:
        """After a review is kept: what the store holds, shown (on a server, read
        by a worker: the console's thread never waits on the network)."""
        if not self._c.live.store.on_server:
            self.read()
            self._c.follow_up_changed.emit()
            return
        session_id = self._c.live.id

        def show(read: tuple[list[CarriedAction], list[ManagementAnswer]]) -> None:
            self.view.update(*read)
            self._c.follow_up_changed.emit()

        self._c.operations.read_in_background(
            lambda s: follow_up_of(s, session_id=session_id),
            done=show,
            failed=self._c.failed.emit,
            owner=self._c,
        )

    @property
    def reviewing(self) -> bool:
        return self._c.snapshot.reviewing_actions and bool(self.view.actions)

    def mark(
        self,
        status: ActionStatus,
        comment: str = "",
        evaluation: Evaluation | None = None,
        trace: str = "",
    ) -> None:
        if not self.reviewing:
            return
        action = self.view.current
        if action is None:
            return
        wall, session_id, note_id = self._c.live.clock.wall(), self._c.live.id, action.note_id
        if self._c.write_later(
            lambda s: review_action(
                s,
                session_id=session_id,
                note_id=note_id,
                status=status,
                wall=wall,
                comment=comment,
                evaluation=evaluation,
                trace=trace,
            ),
            done=self._read_again,
        ):
            # Shown at once, and on to the next action: the key never waits.
            kind = evaluation.value if evaluation is not None else None
            self.view.reviewed(note_id, status.value, comment, kind, trace)
            self.view.select_first_waiting()
        self._c.follow_up_changed.emit()

    def next(self) -> None:
        if self.reviewing:
            self.view.select_next()
            self._c.follow_up_changed.emit()
