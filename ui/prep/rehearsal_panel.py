"""The prep mode's rehearsal: a stopwatch through the exposé's parts, the marks
to keep to, the pacing said at the end, and the last rehearsals side by side."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.clock import Clock
from app.prep.rules import PARTS, Pacing, Part, Prep, RehearsalTimer, add_rehearsal, pacing
from app.session.rules.cues import format_duration

TICK_MS = 200


def part_label(part: Part) -> str:
    return {
        Part.SITUATION: QCoreApplication.translate("Prep", "the situation"),
        Part.DIFFICULTY: QCoreApplication.translate("Prep", "what is difficult, what I tried"),
        Part.STAKES: QCoreApplication.translate("Prep", "what is at stake for me"),
        Part.QUESTION: QCoreApplication.translate("Prep", "my question to the group"),
    }[part]


class RehearsalPanel(QGroupBox):
    def __init__(
        self,
        clock: Clock,
        prep: Callable[[], Prep],
        target_seconds: Callable[[], float],
        rehearsed: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(QCoreApplication.translate("PrepWindow", "Rehearse"))
        self._prep = prep  # the prep being written: it changes when another is opened
        self._target = target_seconds
        self._rehearsed = rehearsed
        self.timer = RehearsalTimer(clock.monotonic, clock.wall)
        rehearse = QVBoxLayout(self)
        self.clock_label = QLabel("0:00")
        big = QFont(self.clock_label.font())
        big.setPointSize(30)
        big.setBold(True)
        self.clock_label.setFont(big)
        rehearse.addWidget(self.clock_label)
        self.part_label = QLabel()
        self.part_label.setWordWrap(True)
        rehearse.addWidget(self.part_label)
        self.marks_label = QLabel()
        self.marks_label.setWordWrap(True)
        rehearse.addWidget(self.marks_label)
        buttons = QHBoxLayout()
        self.start_button = QPushButton(QCoreApplication.translate("PrepWindow", "Start"))
        self.start_button.clicked.connect(self.start_rehearsal)
        self.next_button = QPushButton(QCoreApplication.translate("PrepWindow", "Next part"))
        self.next_button.clicked.connect(self.next_part)
        self.stop_button = QPushButton(QCoreApplication.translate("PrepWindow", "Stop"))
        self.stop_button.clicked.connect(self.stop_rehearsal)
        for button in (self.start_button, self.next_button, self.stop_button):
            buttons.addWidget(button)
        rehearse.addLayout(buttons)
        self.pacing_label = QLabel()
        self.pacing_label.setWordWrap(True)
        rehearse.addWidget(self.pacing_label)
        self.history = QTableWidget(len(PARTS) + 1, 0)
        self.history.setVerticalHeaderLabels(
            [part_label(p) for p in PARTS] + [QCoreApplication.translate("PrepWindow", "Total")]
        )
        self.history.setMinimumHeight(170)
        rehearse.addWidget(self.history)
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self.show_rehearsal)

    def start_rehearsal(self) -> None:
        self.timer.start()
        self._tick.start()
        self.show_rehearsal()

    def next_part(self) -> None:
        if not self.timer.running:
            return
        if self.timer.next_part():
            self.stop_rehearsal()
        else:
            self.show_rehearsal()

    def stop_rehearsal(self) -> None:
        if not self.timer.running:
            return
        self._tick.stop()
        rehearsal = self.timer.finish()
        add_rehearsal(self._prep(), rehearsal)
        notes = {
            Pacing.CONTEXT_LATE: QCoreApplication.translate(
                "PrepWindow",
                "The situation took more than about a third of the time: keep to the facts.",
            ),
            Pacing.QUESTION_LATE: QCoreApplication.translate(
                "PrepWindow", "Your question came after the expected end: move on sooner."
            ),
            Pacing.QUESTION_MISSING: QCoreApplication.translate(
                "PrepWindow", "You stopped before asking your question."
            ),
        }
        found = pacing(rehearsal.parts, self._target())
        self.pacing_label.setText(
            "\n".join(notes[p] for p in found)
            or QCoreApplication.translate(
                "PrepWindow", "Good pacing: context, then the question in time."
            )
        )
        self.show_history()
        self.show_rehearsal()
        self._rehearsed()

    def show_rehearsal(self) -> None:
        running = self.timer.running
        self.clock_label.setText(format_duration(self.timer.elapsed()))
        target = self._target()
        self.marks_label.setText(
            QCoreApplication.translate(
                "PrepWindow", "Marks: situation told by about {third}; question asked before {end}."
            ).format(third=format_duration(target / 3), end=format_duration(target))
        )
        if running:
            part = PARTS[min(self.timer.part_index, len(PARTS) - 1)]
            self.part_label.setText(
                QCoreApplication.translate(
                    "PrepWindow", "Part {n} of {total}: {name} — {time}"
                ).format(
                    n=self.timer.part_index + 1,
                    total=len(PARTS),
                    name=part_label(part),
                    time=format_duration(self.timer.part_elapsed()),
                )
            )
        else:
            self.part_label.setText(
                QCoreApplication.translate(
                    "PrepWindow", "Press Start, then “Next part” as you move on."
                )
            )
        self.start_button.setEnabled(not running)
        self.next_button.setEnabled(running)
        self.stop_button.setEnabled(running)

    def show_history(self) -> None:
        prep = self._prep()
        shown = prep.rehearsals[-3:]
        self.history.setColumnCount(len(shown))
        labels = []
        for column, rehearsal in enumerate(shown):
            labels.append(
                QCoreApplication.translate("PrepWindow", "Rehearsal {n}").format(
                    n=len(prep.rehearsals) - len(shown) + column + 1
                )
            )
            cells = [format_duration(s) for s in rehearsal.parts]
            cells += ["—"] * (len(PARTS) - len(cells)) + [format_duration(rehearsal.total)]
            for row, text in enumerate(cells):
                self.history.setItem(row, column, QTableWidgetItem(text))
        self.history.setHorizontalHeaderLabels(labels)
