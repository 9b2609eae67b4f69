"""The keys dialog: a presenter clicker's buttons (or any key) bound to the
session's actions, the one-character keys turned off or put behind Alt, and
everything back to the table's keys with one button. What is chosen is kept
for every later session (ui.settings), and F1 shows it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs import ok_cancel, status_line
from ui.placement import first_size
from ui.session.keys import (
    DEFAULT_BINDING,
    REBINDABLE,
    Action,
    Chord,
    Keymap,
    KeyTaken,
    SingleKeys,
)

Key = Qt.Key
Mod = Qt.KeyboardModifier
_MODIFIER_KEYS = {Key.Key_Shift, Key.Key_Control, Key.Key_Meta, Key.Key_Alt, Key.Key_AltGr}


class KeysDialog(QDialog):
    def __init__(self, keymap: Keymap, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keys and clicker"))
        self.keymap = keymap
        self.capturing: Action | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Choose an action, then “Add a key…” and press the key, or the clicker's "
                "button, that should do it. A key already used by another action is refused."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(REBINDABLE), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.setAccessibleName(self.tr("Actions and their keys"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # The keys whole, always; the actions take the rest, wrapped if need be.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table, 1)

        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add a key…"))
        self.add_button.clicked.connect(self.start_capture)
        self.clear_button = QPushButton(self.tr("No key for it"))
        self.clear_button.clicked.connect(self.clear_chosen)
        self.reset_button = QPushButton(self.tr("Back to the usual keys"))
        self.reset_button.clicked.connect(self.reset)
        for button in (self.add_button, self.clear_button, self.reset_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)

        single_row = QHBoxLayout()
        single_label = QLabel(self.tr("Keys of one letter or digit:"))
        single_row.addWidget(single_label)
        self.single = QComboBox()
        self.single.setAccessibleName(single_label.text())
        self.single.addItem(self.tr("on"), SingleKeys.ON.value)
        self.single.addItem(self.tr("only with Alt (Alt+N, Alt+1…)"), SingleKeys.WITH_ALT.value)
        self.single.addItem(self.tr("off (Tab reaches every button)"), SingleKeys.OFF.value)
        self.single.setCurrentIndex(self.single.findData(keymap.single.value))
        self.single.currentIndexChanged.connect(self._on_single)
        single_row.addWidget(self.single, 1)
        layout.addLayout(single_row)

        self.status = status_line()
        layout.addWidget(self.status)
        self.buttons = ok_cancel(self.accept, self.reject)
        layout.addWidget(self.buttons)
        self._fill()
        self.table.selectRow(0)
        self.resize(first_size(self, QSize(820, 600)))  # the whole table, where there is room

    # -- the table ----------------------------------------------------------------

    def _fill(self) -> None:
        for row, action in enumerate(REBINDABLE):
            meaning = QTableWidgetItem(DEFAULT_BINDING[action].meaning())
            meaning.setData(Qt.ItemDataRole.UserRole, action.value)  # chosen by id, not text
            self.table.setItem(row, 0, meaning)
            self.table.setItem(row, 1, QTableWidgetItem(self.keymap.shown(DEFAULT_BINDING[action])))

    def chosen(self) -> Action | None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return Action(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def choose(self, action: Action) -> None:
        self.table.selectRow(REBINDABLE.index(action))

    # -- changing it ----------------------------------------------------------------

    def start_capture(self) -> None:
        action = self.chosen()
        if action is None:
            return
        self.capturing = action
        self.status.setText(
            self.tr("Press the key, or the clicker's button, for “{action}”…").format(
                action=DEFAULT_BINDING[action].meaning()
            )
        )
        # The next key press is the key, whatever widget has the keyboard (a
        # clicker sends Page Down, Esc or Tab, which the table or the dialog
        # would otherwise take for themselves).
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.capturing is None or event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        key = Key(event.key())
        if key in _MODIFIER_KEYS or key == Key.Key_unknown:
            return True  # Ctrl alone: wait for the key it goes with
        modifiers = event.modifiers()
        ctrl = bool(modifiers & (Mod.ControlModifier | Mod.MetaModifier))
        self.bind(self.capturing, (int(key), ctrl))
        return True

    def _stop_capture(self) -> None:
        self.capturing = None
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def done(self, result: int) -> None:
        self._stop_capture()
        super().done(result)

    def bind(self, action: Action, chord: Chord) -> bool:
        """One more key for ``action``; a key that is taken is refused and said."""
        self._stop_capture()
        try:
            self.keymap = self.keymap.with_key(action, chord)
        except KeyTaken as taken:
            name = self.keymap.chord_text(chord) or chr(chord[0])
            if taken.holder is None:
                self.status.setText(
                    self.tr(
                        "{key} gives the floor to a participant: it cannot do anything else."
                    ).format(key=name)
                )
            else:
                self.status.setText(
                    self.tr(
                        "{key} already does “{other}”: give that action another key first."
                    ).format(key=name, other=DEFAULT_BINDING[taken.holder].meaning())
                )
            return False
        self.status.setText(
            self.tr("{key} now does “{action}”.").format(
                key=self.keymap.chord_text(chord), action=DEFAULT_BINDING[action].meaning()
            )
        )
        self._fill()
        self.choose(action)
        return True

    def clear_chosen(self) -> None:
        action = self.chosen()
        if action is not None:
            self.keymap = self.keymap.without_keys(action)
            self.status.setText(
                self.tr("No key for “{action}”: its button still does it.").format(
                    action=DEFAULT_BINDING[action].meaning()
                )
            )
            self._fill()
            self.choose(action)

    def reset(self) -> None:
        self.keymap = self.keymap.reset()
        self.single.setCurrentIndex(self.single.findData(SingleKeys.ON.value))
        self.status.setText(self.tr("The usual keys are back."))
        self._fill()

    def _on_single(self, _index: int) -> None:
        self.keymap = self.keymap.with_single(SingleKeys(self.single.currentData()))
        self._fill()
