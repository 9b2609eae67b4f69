"""The list of keys, over the console: F1 or ? shows and hides it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from ui.session.keys import DEFAULT_KEYMAP, Keymap, key_help


class HelpOverlay(QWidget):
    """Two columns of keys, their size fitted to the console: every row readable
    on a 1366×768 laptop as on a large screen."""

    def __init__(self, parent: QWidget, keymap: Keymap = DEFAULT_KEYMAP) -> None:
        super().__init__(parent)
        self.setObjectName("help")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("QWidget#help { background: rgba(16, 38, 61, 250); }")
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        self.title = QLabel(self.tr("Keys — they work in every window of the session"))
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(self.title)
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        rows = key_help(keymap)
        self.per_column = (len(rows) + 1) // 2
        self.labels: list[QLabel] = [self.title]
        for i, (key, action) in enumerate(rows):
            column, row = divmod(i, self.per_column)
            k = QLabel(key)
            k.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            meaning = QLabel(action)
            meaning.setWordWrap(True)
            grid.addWidget(k, row, column * 2)
            grid.addWidget(meaning, row, column * 2 + 1)
            self.labels += [k, meaning]
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        outer.addLayout(grid)
        self.closing = QLabel(self.tr("F1 or ? to close"))
        self.closing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(self.closing)
        self.labels.append(self.closing)
        outer.addStretch(1)
        parent.installEventFilter(self)
        self.hide()

    def _cover_parent(self) -> None:
        parent = self.parentWidget()
        if parent is None:
            return
        self.setGeometry(parent.rect())
        # Rows of the longer column, the title and the closing line, with air between.
        pixels = max(11, min(22, int(parent.height() * 0.8 / (self.per_column + 3) / 1.8)))
        for label in self.labels:
            bold = label is self.title or label.alignment() & Qt.AlignmentFlag.AlignRight
            weight = "bold" if bold else "normal"
            label.setStyleSheet(f"color: white; font-size: {pixels}px; font-weight: {weight};")

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._cover_parent()
        return False

    def toggle(self) -> None:
        self._cover_parent()
        self.setVisible(not self.isVisible())
        self.raise_()
