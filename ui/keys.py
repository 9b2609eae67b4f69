"""The keyboard contract, for every window of a running session.

Installed on the application, so it works whichever of the app's windows has
focus; presentation clickers send PageUp/PageDown and B or ".". While the
facilitator types in a text field, the keys that type text go to the field;
clicker keys (PageUp/PageDown) and function keys still drive the session, and
Esc leaves the field.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from ui.controller import SessionController

Key = Qt.Key

# Keys a clicker or a function key sends: they act even while typing.
ALWAYS = {Key.Key_PageDown, Key.Key_PageUp, Key.Key_F1, Key.Key_F11}

DIGITS = {getattr(Key, f"Key_{d}"): (d - 1) % 10 for d in range(10)}  # 1..9 -> 0..8, 0 -> 9
# The same top-row keys on a French AZERTY keyboard, unshifted. The "6" key
# types "-", which stays "shorten": person 6 is Shift+6 or the keypad there.
AZERTY = {"&": 0, "é": 1, '"': 2, "'": 3, "(": 4, "è": 6, "_": 7, "ç": 8, "à": 9}


def key_help() -> list[tuple[str, str]]:
    return [
        (
            QCoreApplication.translate("Keys", "Space"),
            QCoreApplication.translate("Keys", "start / pause"),
        ),
        (
            QCoreApplication.translate("Keys", "Page Down or →"),
            QCoreApplication.translate("Keys", "next step"),
        ),
        (
            QCoreApplication.translate("Keys", "Page Up or ←"),
            QCoreApplication.translate("Keys", "previous step"),
        ),
        (
            "1 … 9, 0",
            QCoreApplication.translate(
                "Keys", "participant 1 to 10 takes the floor; again ends the turn"
            ),
        ),
        (
            QCoreApplication.translate("Keys", "Esc"),
            QCoreApplication.translate("Keys", "nobody speaks"),
        ),
        (
            QCoreApplication.translate("Keys", "P"),
            QCoreApplication.translate("Keys", "“I pass” in a round"),
        ),
        ("B  .", QCoreApplication.translate("Keys", "blank / unblank the projection")),
        ("+  −", QCoreApplication.translate("Keys", "extend / shorten the step by one minute")),
        ("F11", QCoreApplication.translate("Keys", "projection full screen on / off")),
        ("F1  ?", QCoreApplication.translate("Keys", "show or hide this list")),
    ]


class KeyboardContract(QObject):
    def __init__(
        self,
        controller: SessionController,
        windows: list[QObject],
        toggle_fullscreen: Callable[[], None],
        toggle_help: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.windows = windows
        self._toggle_fullscreen = toggle_fullscreen
        self._toggle_help = toggle_help

    def install(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def uninstall(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def _ours(self, obj: QObject) -> bool:
        return isinstance(obj, QWidget) and obj.window() in self.windows

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not self._ours(obj):
            return False
        assert isinstance(event, QKeyEvent)
        if event.isAutoRepeat():
            return event.key() in ALWAYS or not _typing(obj)
        return self.handle(event.key(), event.text(), obj)

    def handle(self, key: int, text: str, focus: QObject | None = None) -> bool:
        """Run the action for a key; says whether the key was used."""
        typing = focus is not None and _typing(focus)
        c = self.controller
        if typing and key == Key.Key_Escape and isinstance(focus, QWidget):
            focus.clearFocus()  # Esc leaves the text field; a second Esc: nobody speaks
            return True
        if typing and key not in ALWAYS:
            return False
        actions: dict[int, Callable[[], None]] = {
            Key.Key_Space: c.toggle_running,
            Key.Key_PageDown: c.next_step,
            Key.Key_Right: c.next_step,
            Key.Key_PageUp: c.previous_step,
            Key.Key_Left: c.previous_step,
            Key.Key_Escape: c.nobody_speaks,
            Key.Key_B: c.toggle_blank,
            Key.Key_Period: c.toggle_blank,
            Key.Key_P: c.pass_turn,
            Key.Key_Plus: lambda: c.adjust(+1),
            Key.Key_Equal: lambda: c.adjust(+1),
            Key.Key_Minus: lambda: c.adjust(-1),
            Key.Key_F11: self._toggle_fullscreen,
            Key.Key_F1: self._toggle_help,
            Key.Key_Question: self._toggle_help,
        }
        if text == "?":
            actions[key] = self._toggle_help
        position = DIGITS.get(key, AZERTY.get(text))
        if position is not None:
            actions[key] = lambda: c.floor_by_position(position)
        action = actions.get(key)
        if action is None:
            return False
        action()
        return True


def _typing(obj: QObject) -> bool:
    return isinstance(obj, QLineEdit | QPlainTextEdit | QTextEdit | QAbstractSpinBox) or (
        isinstance(obj, QComboBox) and obj.isEditable()
    )
