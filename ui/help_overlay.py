"""The list of keys, over the console: F1 or ? shows and hides it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from ui.keys import key_help


class HelpOverlay(QWidget):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("help")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(
            "QWidget#help { background: rgba(16, 38, 61, 235); }"
            "QLabel { color: white; font-size: 16pt; }"
        )
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        title = QLabel(self.tr("Keys — they work in every window of the session"))
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(title)
        grid = QGridLayout()
        for row, (key, action) in enumerate(key_help()):
            k = QLabel(key)
            k.setStyleSheet("font-weight: bold;")
            k.setAlignment(Qt.AlignmentFlag.AlignRight)
            grid.addWidget(k, row, 0)
            grid.addWidget(QLabel(action), row, 1)
        outer.addLayout(grid)
        closing = QLabel(self.tr("F1 or ? to close"))
        closing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(closing)
        outer.addStretch(1)
        parent.installEventFilter(self)
        self.hide()

    def _cover_parent(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._cover_parent()
        return False

    def toggle(self) -> None:
        self._cover_parent()
        self.setVisible(not self.isVisible())
        self.raise_()
