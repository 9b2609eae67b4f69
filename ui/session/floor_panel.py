"""The console's floor: who speaks, the hands raised, the round, the balance
and who has not been heard yet. The people's own cards are the strip below."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from app.session.rules.cues import format_clock, format_duration
from app.session.view.snapshot import Snapshot
from ui.labels import turn_left_text
from ui.session.clock_panel import console_button
from ui.session.controller import SessionController

NOT_HEARD_NAMED = 4


class FloorPanel(QWidget):
    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        floor_row = QHBoxLayout()
        self.floor = QLabel()
        self.floor.setTextFormat(Qt.TextFormat.PlainText)
        self.floor.setAccessibleName(self.tr("Who has the floor"))  # its time moves each second
        floor_font = QFont(self.floor.font())
        floor_font.setPointSize(14)
        floor_font.setBold(True)
        self.floor.setFont(floor_font)
        self.floor.setWordWrap(True)  # a long name and the turn's limit never widen the console
        floor_row.addWidget(self.floor, 1)
        self.nobody_button = console_button(
            self.tr("Nobody speaks (Esc)"), controller.floor.nobody_speaks
        )
        floor_row.addWidget(self.nobody_button)
        layout.addLayout(floor_row)

        queue_row = QHBoxLayout()  # the hands raised, served in order
        self.queue = QLabel()
        self.queue.setTextFormat(Qt.TextFormat.PlainText)
        self.queue.setWordWrap(True)
        queue_row.addWidget(self.queue, 1)
        self.hand_button = console_button(self.tr("☝ A hand (H)"), self.arm_hand)
        queue_row.addWidget(self.hand_button)
        self.serve_button = console_button(self.tr("Next hand (Q)"), controller.floor.serve_hand)
        queue_row.addWidget(self.serve_button)
        layout.addLayout(queue_row)
        self.hand_armed = False  # H was pressed: the next participant key is a hand

        round_row = QHBoxLayout()
        self.round = QLabel()
        self.round.setTextFormat(Qt.TextFormat.PlainText)
        self.round.setAccessibleName(self.tr("The round"))
        self.round.setWordWrap(True)
        round_row.addWidget(self.round, 1)
        self.pass_button = console_button(self.tr("“I pass” (P)"), controller.floor.pass_turn)
        round_row.addWidget(self.pass_button)
        self.round_frame = QFrame()
        self.round_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.round_frame.setLayout(round_row)
        layout.addWidget(self.round_frame)

        fairness_row = QHBoxLayout()
        fairness_row.addWidget(QLabel(self.tr("Balance")))
        self.balance = QProgressBar()
        self.balance.setAccessibleName(self.tr("Balance of the floor"))
        self.balance.setRange(0, 100)
        self.balance.setFormat("%p %")
        fairness_row.addWidget(self.balance, 1)
        self.not_spoken = QLabel()
        self.not_spoken.setTextFormat(Qt.TextFormat.PlainText)
        self.not_spoken.setWordWrap(True)
        fairness_row.addWidget(self.not_spoken, 2)
        layout.addLayout(fairness_row)

    # -- the keys of the floor -------------------------------------------------------

    def arm_hand(self) -> None:
        """H: the next participant key raises (or lowers) that person's hand."""
        self.hand_armed = not self.hand_armed
        self.show_snapshot(self.controller.snapshot)

    def disarm_hand(self) -> None:
        self.hand_armed = False
        self.show_snapshot(self.controller.snapshot)

    def person_key(self, position: int) -> None:
        """A participant key: the floor, or their hand when H was pressed first."""
        if position >= 10 and len(self.controller.live.engine.people) <= 10:
            position -= 10  # Shift held with ten seats or fewer: the same person
        person = self.controller.floor.person_at(position)
        if self.hand_armed:
            self.hand_armed = False
            if person is not None:
                self.controller.floor.raise_hand(person)
            self.show_snapshot(self.controller.snapshot)
        elif person is not None:
            self.controller.floor.give_floor(person)

    def escape(self) -> None:
        if self.hand_armed:
            self.disarm_hand()
        else:
            self.controller.floor.nobody_speaks()

    # -- showing --------------------------------------------------------------------

    def show_snapshot(self, snap: Snapshot) -> None:
        self._show_floor(snap)
        self._show_round(snap)
        self._show_queue(snap)
        # Nobody who shares the floor has spoken yet: no figure, never a full bar.
        measured = snap.fairness.measured_balance
        self.balance.setValue(round(measured * 100) if measured is not None else 0)
        self.balance.setFormat("%p %" if measured is not None else "—")
        if snap.not_spoken:
            # The first few, in the order the room model gives: each button says
            # the rest, and twenty names would push the people off the screen.
            names = ", ".join(snap.not_spoken[:NOT_HEARD_NAMED])
            others = len(snap.not_spoken) - NOT_HEARD_NAMED
            if others > 0:
                names = self.tr("{names} and {count} more").format(names=names, count=others)
            self.not_spoken.setText(self.tr("Not heard yet: {names}").format(names=names))
        else:
            self.not_spoken.setText(
                self.tr("Everyone expected has spoken") if snap.fairness.population else ""
            )
        self.nobody_button.setEnabled(not snap.ended)

    def _show_floor(self, snap: Snapshot) -> None:
        if snap.speaker:
            text = self.tr("Speaking: {name} for {time}").format(
                name=snap.speaker, time=format_duration(snap.speaker_seconds)
            )
        else:
            text = self.tr("Nobody has the floor")
        if turn_left_text(snap):
            text += " — " + turn_left_text(snap)
        if snap.narrator_interrupting:
            text += " — " + self.tr("in this step the narrator listens")
        self.floor.setText(text)

    def _show_round(self, snap: Snapshot) -> None:
        if snap.round is None:
            self.round_frame.hide()
            return
        r = snap.round
        if r.current:
            text = self.tr("Round {done}/{total} — now: {name}, slot {slot} ({used} used)").format(
                done=r.done,
                total=r.total,
                name=r.current,
                slot=format_clock(r.slot_seconds),
                used=format_duration(r.current_talk),
            )
            if r.next:
                text += " · " + self.tr("next: {name}").format(name=r.next)
        else:
            text = self.tr("Round complete ({total} people)").format(total=r.total)
        if r.passed:
            text += " · " + self.tr("passed: {names}").format(names=", ".join(r.passed))
        self.round.setText(text)
        self.pass_button.setEnabled(bool(r.current) and not snap.ended)
        self.round_frame.show()

    def _show_queue(self, snap: Snapshot) -> None:
        if self.hand_armed:
            queue = self.tr("☝ Whose hand? Press their key (Esc: cancel)")
        elif snap.hands:
            queue = self.tr("☝ Hands raised: {names}").format(names=", ".join(snap.hands))
            if snap.next_hand:
                queue += " — " + self.tr("Q gives the floor to {name}").format(name=snap.next_hand)
            if snap.least_heard_hand:
                queue += " · " + self.tr("least heard: {name}").format(name=snap.least_heard_hand)
        else:
            queue = self.tr("No hand raised (H, then their key)")
        self.queue.setText(queue)
        self.serve_button.setEnabled(snap.next_hand is not None and not snap.ended)
        self.hand_button.setEnabled(not snap.ended)
