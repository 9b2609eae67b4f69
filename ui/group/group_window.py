"""A group over time, for the facilitator: panels over one view model
(:class:`app.group.view.GroupView`) — members, calendar, management's
answers, the bilan, and the sessions held, which may be deleted.

Every action is an operation (:mod:`app.group.ops.actions`) run through
:class:`ui.operations.Operations`; every list item carries its record's id, and
a choice is read back by id, never by the text shown. The cycle's figures and
the bilan are built off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QSize, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.changes import OpChanges
from app.group.ops import actions as ops
from app.group.ops.figures import CycleFigures
from app.privacy.rules.passphrase import MIN_PASSPHRASE, long_enough
from ui.dialogs import ask_yes_no
from ui.group.answers import AnswersPanel
from ui.group.bilan import BilanPanel
from ui.group.calendar import CalendarPanel
from ui.group.framing import FramingPanel
from ui.group.members import MembersPanel
from ui.group.panel import (
    GroupPanel,
)
from ui.group.sessions import SessionsPanel
from ui.operations import Operations
from ui.placement import first_size


class GroupWindow(QDialog):
    changed = Signal()  # sessions were deleted: home lists them again

    def __init__(
        self,
        operations: Operations,
        group_id: int,
        lang: str,
        wall: float,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.operations = operations
        self.group_id = group_id
        self.lang = lang
        self.wall = wall
        self.today = today
        self._figures_for: int | None = None  # the cycle whose figures are being read
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.members = MembersPanel(self)
        self.calendar = CalendarPanel(self)
        self.answers = AnswersPanel(self)
        self.bilan = BilanPanel(self)
        self.sessions = SessionsPanel(self)
        self.framing = FramingPanel(self)
        self.panels: list[GroupPanel] = [
            self.members,
            self.calendar,
            self.answers,
            self.bilan,
            self.sessions,
            self.framing,
        ]
        self.tabs.addTab(self.members, self.tr("Members"))
        self.tabs.addTab(self.calendar, self.tr("Cycle and calendar"))
        self.tabs.addTab(self.answers, self.tr("Management's answers"))
        self.tabs.addTab(self.bilan, self.tr("Bilan"))
        self.tabs.addTab(self.sessions, self.tr("Sessions"))
        self.tabs.addTab(self.framing, self.tr("Framing and invitation"))
        layout.addWidget(self.tabs, 1)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        operations.did_execute.connect(self._on_operation)
        self.refresh()
        # Roomy, within the screen, never below the layout's own minimum: a fixed
        # 760×560 squeezed the bilan tab's scores sheet to nothing on a laptop.
        self.resize(first_size(self, QSize(980, 720)))

    def run(self, op: Callable[..., OpChanges]) -> bool:
        """One action through the operations; a refusal is said under the panels."""
        self.error.clear()
        return self.operations.write(op, origin=self, failed=self.error.setText)

    def _on_operation(self, changes: OpChanges, _origin: object) -> None:
        """Each panel redraws only if the change is one it shows; the cycle's rows
        when its dates, cases or sessions changed; its figures (every session
        replayed) only when sessions or cycles did."""
        shown = changes.shown
        panels = [p for p in self.panels if p.redraw_on & shown]
        cycle_rows = bool(shown & {"calendar", "cycles", "cases", "sessions", "members"})
        if panels or cycle_rows:
            self.refresh(panels, figures=bool(shown & {"sessions", "cycles"}))
        if changes.sessions:
            self.changed.emit()

    def refresh(self, panels: list[GroupPanel] | None = None, *, figures: bool = True) -> None:
        """Read the view again and draw it (every panel, unless told which)."""
        group_id, today = self.group_id, self.today()
        view = self.operations.read(
            lambda s: ops.group_view(s, group_id=group_id, today=today),
            failed=self.error.setText,
        )
        if view is None:  # the group was deleted: nothing left to show
            return
        self.view = view
        self.setWindowTitle(self.tr("Group: {name}").format(name=view.name))
        for panel in self.panels if panels is None else panels:
            panel.draw(view)
        self.cycle_chosen(figures=figures)

    def cycle_chosen(self, *, figures: bool = True) -> None:
        cycle_id = self.calendar.cycle_id()
        today = self.today()
        cycle = (
            self.operations.read(
                lambda s: ops.cycle_view(s, cycle_id=cycle_id, today=today),
                failed=self.error.setText,
            )
            if cycle_id is not None
            else None
        )
        self.calendar.draw_cycle(cycle)
        self.bilan.draw_cycle(cycle)
        if cycle_id is not None and (figures or cycle_id != self._figures_for):
            self._read_figures(cycle_id)

    def _read_figures(self, cycle_id: int) -> None:
        """The floor over the cycle: every session replayed, off the GUI thread."""
        self._figures_for = cycle_id

        def done(figures: CycleFigures) -> None:
            if self._figures_for == cycle_id:
                self.bilan.draw_figures(figures)

        self.operations.read_in_background(
            lambda s: ops.cycle_figures(s, cycle_id=cycle_id),
            done=done,
            failed=self.error.setText,
            owner=self,
        )

    def current_cycle(self) -> int | None:
        return self.calendar.cycle_id()

    @staticmethod
    def ask_path(parent: QWidget, title: str, suggested: str, pattern: str) -> str:
        """Where to write; replaced in tests."""
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, pattern)
        return path

    @staticmethod
    def ask_new_passphrase(parent: QWidget) -> str | None:
        """A passphrase for the group's file, typed twice; replaced in tests."""
        title = QCoreApplication.translate("GroupWindow", "Passphrase of the file")
        first, ok = QInputDialog.getText(
            parent,
            title,
            QCoreApplication.translate(
                "GroupWindow", "A passphrase ({n} characters at least):"
            ).format(n=MIN_PASSPHRASE),
            QLineEdit.EchoMode.Password,
        )
        if not ok or not long_enough(first):
            return None
        again, ok = QInputDialog.getText(
            parent,
            title,
            QCoreApplication.translate("GroupWindow", "The same again:"),
            QLineEdit.EchoMode.Password,
        )
        return first if ok and again == first else None

    @staticmethod
    def confirm(parent: QWidget, text: str) -> bool:
        """Asks before an irreversible deletion (No is the default); replaced in tests."""
        return ask_yes_no(
            parent,
            QCoreApplication.translate("GroupWindow", "Delete for good?"),
            text,
            warning=True,
        )
