"""The console's clock: the step and the session against their plan, the
countdown and its cue, and the buttons that move through the steps."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)

from app.session.rules.cues import Cue, signed_countdown
from app.session.view.snapshot import Snapshot
from ui.labels import next_step_text, session_clock_text, status_text
from ui.session.controller import SessionController
from ui.theme import CONSOLE_CUE_TEXT


def console_button(text: str, slot: Callable[[], object]) -> QPushButton:
    button = QPushButton(text)
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click leaves the keys to the session
    button.clicked.connect(slot)
    return button


class TwoTextButton(QPushButton):
    """A button that turns from one text to another (Start, Pause) and is always
    as wide as the longer: the row never jumps, and no text is clipped."""

    def __init__(self, texts: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(texts[0], parent)
        self._texts = texts

    def _hint_for(self, text: str) -> QSize:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = text
        metrics = self.fontMetrics()
        content = QSize(metrics.horizontalAdvance(text), metrics.height())
        return self.style().sizeFromContents(
            QStyle.ContentsType.CT_PushButton, option, content, self
        )

    def sizeHint(self) -> QSize:
        hints = [self._hint_for(text) for text in self._texts]
        return QSize(max(h.width() for h in hints), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


class CountdownLabel(QLabel):
    """The countdown, as wide as the widest it shows ("+88:88") in the font it
    has now: its style's large font comes after it is built, and is asked here
    each time the layout asks, so that "5:00" is whole before the first second
    ticks, "+12:00" in overtime is never clipped, and the row never jumps."""

    def _widest(self) -> int:
        return self.fontMetrics().horizontalAdvance("+88:88") + 8

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(max(hint.width(), self._widest()), hint.height())

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(max(hint.width(), self._widest()), hint.height())


class ClockPanel(QWidget):
    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.step_title = QLabel()
        self.step_title.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.step_title.font())
        font.setPointSize(16)
        font.setBold(True)
        self.step_title.setFont(font)
        self.step_title.setWordWrap(True)
        layout.addWidget(self.step_title)
        self.session_line = QLabel()  # time of day, the session against its plan
        self.session_line.setWordWrap(True)
        # Labels whose text moves every second keep one accessible name: a screen
        # reader is told what changes by the announcements (ui/session/announcer.py),
        # not by a new name each second.
        self.session_line.setAccessibleName(self.tr("Session clock"))
        layout.addWidget(self.session_line)

        # The countdown on the left; beside it, its cue, what comes next and the
        # buttons, stacked to the countdown's height (a laptop has no height to spare).
        timer_row = QHBoxLayout()
        self.timer = CountdownLabel()
        self.timer.setObjectName("timer")
        self.timer.setAccessibleName(self.tr("Time left in the step"))
        timer_row.addWidget(self.timer)
        beside = QVBoxLayout()
        self.cue = QLabel()
        self.cue.setObjectName("cue")
        self.cue.setAccessibleName(self.tr("The step's time"))
        self.cue.setWordWrap(True)  # a long status never widens the console
        beside.addWidget(self.cue)
        self.next_line = QLabel()
        self.next_line.setWordWrap(True)
        beside.addWidget(self.next_line)
        self.previous_button = console_button(
            self.tr("◀ Previous"), controller.timing.previous_step
        )
        self.start_button = TwoTextButton((self._pause_text(), self._start_text()))
        self.start_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.start_button.clicked.connect(controller.timing.toggle_running)
        self.next_button = console_button(self.tr("Next ▶"), controller.timing.next_step)
        self.minus_button = console_button(self.tr("−1 min"), lambda: controller.timing.adjust(-1))
        self.plus_button = console_button(self.tr("+1 min"), lambda: controller.timing.adjust(+1))
        self.buttons = (
            self.previous_button,
            self.start_button,
            self.next_button,
            self.minus_button,
            self.plus_button,
        )
        button_row = QHBoxLayout()
        for button in self.buttons:
            button_row.addWidget(button)
        button_row.addStretch(1)
        beside.addLayout(button_row)
        timer_row.addLayout(beside, 1)
        layout.addLayout(timer_row)
        self._timer_cue: Cue | None = None

    def _pause_text(self) -> str:
        return self.tr("Pause (Space)")

    def _start_text(self) -> str:
        return self.tr("▶ Start (Space)")

    def show_snapshot(self, snap: Snapshot) -> None:
        heading = self.tr("Step {n} of {total}").format(
            n=snap.step_index + 1, total=snap.step_count
        )
        case = f" — {snap.case_title}" if snap.case_title else ""
        self.step_title.setText(f"{heading} · {snap.step_name}{case}")
        self.timer.setText(signed_countdown(snap.remaining))
        if snap.cue is not self._timer_cue:  # restyling is costly: only when the cue changes
            self._timer_cue = snap.cue
            colour = CONSOLE_CUE_TEXT[snap.cue]
            self.timer.setStyleSheet(f"color: {colour};" if colour else "")
        self.cue.setText(status_text(snap, on_console=True))
        self.session_line.setText(session_clock_text(snap))
        self.next_line.setText(next_step_text(snap))
        self.start_button.setText(self._pause_text() if snap.running else self._start_text())
        for button in self.buttons:
            button.setEnabled(not snap.ended)
        # In the running order, as changed: the first step has no previous one, and
        # there is a next one while a step (not skipped) is still to come.
        first = snap.steps[0].current if snap.steps else snap.step_index == 0
        self.previous_button.setEnabled(not snap.ended and not first)
        self.next_button.setEnabled(not snap.ended and bool(snap.next_step_name))
