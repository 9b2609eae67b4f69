"""In the step where the group chooses its situation(s) (groupe de parole): who
tells it and a short title, set live; the steps that follow expect that narrator."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ui.session.controller import SessionController


class CasesPanel(QGroupBox):
    def __init__(
        self,
        controller: SessionController,
        give_back_keyboard: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self._give_back_keyboard = give_back_keyboard
        self.setTitle(self.tr("The situation chosen by the group"))
        grid = QGridLayout(self)
        self.titles: list[QLineEdit] = []
        self.narrators: list[QComboBox] = []
        self.buttons: list[QPushButton] = []
        for case in controller.live.engine.cases:
            n = case.index + 1
            grid.addWidget(QLabel(self.tr("Situation {n}").format(n=n)), case.index, 0)
            title = QLineEdit()
            title.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # keys stay the session's
            title.setMaxLength(200)
            title.setPlaceholderText(self.tr("A short title, no names"))
            title.setAccessibleName(self.tr("Title of situation {n}").format(n=n))
            title.returnPressed.connect(lambda i=case.index: self.choose(i))
            narrator = QComboBox()
            narrator.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            narrator.setAccessibleName(self.tr("Who tells situation {n}").format(n=n))
            button = QPushButton(self.tr("This one"))
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.clicked.connect(lambda _=False, i=case.index: self.choose(i))
            grid.addWidget(title, case.index, 1)
            grid.addWidget(narrator, case.index, 2)
            grid.addWidget(button, case.index, 3)
            self.titles.append(title)
            self.narrators.append(narrator)
            self.buttons.append(button)
        self.fill()

    def fill(self) -> None:
        engine = self.controller.live.engine
        for case, title, narrator in zip(engine.cases, self.titles, self.narrators, strict=True):
            if not title.hasFocus():
                title.setText(case.title)
            narrator.blockSignals(True)
            narrator.clear()
            narrator.addItem(self.tr("— who tells it —"), None)
            for person in engine.people:
                narrator.addItem(person.name, person.id)
            narrator.setCurrentIndex(max(0, narrator.findData(case.narrator_id)))
            narrator.blockSignals(False)

    def choose(self, case_index: int) -> None:
        title = self.titles[case_index].text()
        narrator = self.narrators[case_index].currentData()
        self.controller.floor.choose_case(case_index, title, narrator)
        self.fill()
        self._give_back_keyboard()
