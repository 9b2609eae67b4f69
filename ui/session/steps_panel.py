"""The console's steps: the plan in its running order, planned against actual,
and the plan changed during the session (a step's length, its last-minute cue,
skipped or put back, moved, a break)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGridLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.session.rules.cues import format_clock, format_duration
from app.session.view.snapshot import Snapshot, StepRow
from ui.session.controller import SessionController

BREAK_MINUTES = 10  # what a break is, unless said otherwise


class StepsPanel(QWidget):
    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Steps (planned / actual)")))
        self.list = QListWidget()
        self.list.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setAccessibleName(self.tr("Steps (planned / actual)"))
        self.list.itemActivated.connect(self._go)
        self.list.itemDoubleClicked.connect(self._go)
        self.list.currentRowChanged.connect(lambda _row: self._enable())
        layout.addWidget(self.list, 1)
        grid = QGridLayout()
        self.earlier_button = self._button("▲", self.tr("The chosen step one place earlier"))
        self.earlier_button.clicked.connect(lambda: self._move(-1))
        self.later_button = self._button("▼", self.tr("The chosen step one place later"))
        self.later_button.clicked.connect(lambda: self._move(+1))
        self.skip_button = self._button(
            self.tr("Skip"), self.tr("Skip the chosen step, or put it back")
        )
        self.skip_button.clicked.connect(self.toggle_skip)
        self.length_button = self._button(
            self.tr("Length…"), self.tr("Planned length of the chosen step")
        )
        self.length_button.clicked.connect(self.change_length)
        self.warning_button = self._button(
            self.tr("Warning…"), self.tr("When the chosen step's last-minute cue starts")
        )
        self.warning_button.clicked.connect(self.change_warning)
        self.break_button = self._button(
            self.tr("Break… (Ctrl+B)"), self.tr("A break for the group")
        )
        self.break_button.clicked.connect(self.take_break)
        grid.addWidget(self.earlier_button, 0, 0)
        grid.addWidget(self.later_button, 0, 1)
        grid.addWidget(self.skip_button, 0, 2)
        grid.addWidget(self.length_button, 1, 0, 1, 2)
        grid.addWidget(self.warning_button, 1, 2)
        self.limit_button = self._button(
            self.tr("Per turn…"), self.tr("A time limit per intervention in the chosen step")
        )
        self.limit_button.clicked.connect(self.change_limit)
        grid.addWidget(self.break_button, 2, 0, 1, 3)
        grid.addWidget(self.limit_button, 3, 0, 1, 3)
        layout.addLayout(grid)
        self.rows: list[StepRow] = []
        self._texts: list[str] = []

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click leaves the keys to the session
        button.setAccessibleName(name)
        button.setToolTip(name)
        return button

    # -- showing ------------------------------------------------------------------------

    def show_steps(self, snap: Snapshot) -> None:
        texts = [self._text(row) for row in snap.steps]
        if texts != self._texts or len(self.rows) != len(snap.steps):
            chosen = self.chosen()
            if self.list.count() != len(texts):
                self.list.clear()
                for _ in texts:
                    self.list.addItem(QListWidgetItem())
            for i, (row, text) in enumerate(zip(snap.steps, texts, strict=True)):
                item = self.list.item(i)
                item.setText(text)
                font = QFont(item.font())
                font.setBold(row.current)
                font.setStrikeOut(row.skipped)
                item.setFont(font)
            self._texts = texts
            self.rows = list(snap.steps)
            keep = chosen.index if chosen is not None and not chosen.current else None
            current = next(i for i, r in enumerate(self.rows) if r.current)
            target = next((i for i, r in enumerate(self.rows) if r.index == keep), current)
            self.list.setCurrentRow(target)
        self._enable()

    def _text(self, row: StepRow) -> str:
        case = (
            self.tr(" (case {n})").format(n=row.case_number) if row.case_number is not None else ""
        )
        marker = "▶ " if row.current else "   "
        actual = format_duration(row.elapsed) if row.visited or row.elapsed else "—"
        planned = (
            self.tr("{low}–{high} min").format(
                low=round(row.window[0] / 60), high=round(row.window[1] / 60)
            )
            if row.window is not None
            else format_clock(row.planned)
        )
        line = f"{marker}{row.index + 1}. {row.name}{case}\n      {planned} / {actual}"
        if row.skipped:
            line += " · " + self.tr("skipped")
        if round(row.warning) != 60:
            line += " · " + self.tr("cue {n} min before").format(n=f"{row.warning / 60:g}")
        if row.limit:
            line += " · " + self.tr("{n} min a turn").format(n=f"{row.limit / 60:g}")
        return line

    def chosen(self) -> StepRow | None:
        row = self.list.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def choose(self, index: int) -> None:
        """Choose the step of that plan index (for the buttons)."""
        for row, step in enumerate(self.rows):
            if step.index == index:
                self.list.setCurrentRow(row)

    def _enable(self) -> None:
        chosen = self.chosen()
        ended = self.controller.live.engine.ended
        self.skip_button.setEnabled(chosen is not None and chosen.can_skip)
        self.skip_button.setText(
            self.tr("Put back") if chosen is not None and chosen.skipped else self.tr("Skip")
        )
        self.earlier_button.setEnabled(chosen is not None and chosen.can_earlier)
        self.later_button.setEnabled(chosen is not None and chosen.can_later)
        for button in (self.length_button, self.warning_button, self.limit_button):
            button.setEnabled(chosen is not None and not ended)
        self.break_button.setEnabled(not ended)

    # -- changing the plan -------------------------------------------------------------

    def _go(self, item: QListWidgetItem) -> None:
        row = self.list.row(item)
        if 0 <= row < len(self.rows):
            self.controller.timing.jump(self.rows[row].index)

    def _move(self, delta: int) -> None:
        chosen = self.chosen()
        if chosen is not None:
            self.controller.timing.move_step(chosen.index, delta)
            self.choose(chosen.index)

    def toggle_skip(self) -> None:
        chosen = self.chosen()
        if chosen is not None:
            self.controller.timing.skip_step(chosen.index, skipped=not chosen.skipped)
            self.choose(chosen.index)

    @staticmethod
    def ask_minutes(parent: QWidget, title: str, label: str, value: int, low: int) -> int | None:
        """A number of minutes; replaced in tests."""
        minutes, ok = QInputDialog.getInt(parent, title, label, value, low, 600, 1)
        return minutes if ok else None

    def change_length(self) -> None:
        chosen = self.chosen()
        if chosen is None:
            return
        minutes = StepsPanel.ask_minutes(
            self,
            self.tr("Planned length"),
            self.tr("Minutes planned for “{step}”:").format(step=chosen.name),
            max(1, round(chosen.planned / 60)),
            1,
        )
        if minutes is not None:
            self.controller.timing.plan_step(chosen.index, minutes)
            self.choose(chosen.index)

    def change_warning(self) -> None:
        chosen = self.chosen()
        if chosen is None:
            return
        minutes = StepsPanel.ask_minutes(
            self,
            self.tr("Last-minute cue"),
            self.tr("Minutes before the end of “{step}” when the cue starts (0: none):").format(
                step=chosen.name
            ),
            round(chosen.warning / 60),
            0,
        )
        if minutes is not None:
            self.controller.timing.set_warning(chosen.index, minutes)
            self.choose(chosen.index)

    def change_limit(self) -> None:
        chosen = self.chosen()
        if chosen is None:
            return
        minutes = StepsPanel.ask_minutes(
            self,
            self.tr("Time per intervention"),
            self.tr("Minutes each person may speak at a time in “{step}” (0: no limit):").format(
                step=chosen.name
            ),
            round(chosen.limit / 60),
            0,
        )
        if minutes is not None:
            self.controller.timing.limit_interventions(chosen.index, minutes)
            self.choose(chosen.index)

    def take_break(self) -> None:
        minutes = StepsPanel.ask_minutes(
            self,
            QCoreApplication.translate("StepsPanel", "A break"),
            QCoreApplication.translate("StepsPanel", "Minutes of break:"),
            BREAK_MINUTES,
            1,
        )
        if minutes is not None:
            self.controller.timing.take_break(minutes)
