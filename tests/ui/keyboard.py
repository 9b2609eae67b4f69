"""Key presses as a facilitator makes them: into whatever has the keyboard.

Nothing here names a target widget: the key goes to the focus widget of the
active window, as a real keyboard or clicker would send it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

NO_MODIFIER = Qt.KeyboardModifier.NoModifier


def keyboard_owner() -> QWidget:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    target = app.focusWidget() or app.activeWindow()
    assert target is not None, "no window has the keyboard"
    return target


def press(
    key: Qt.Key,
    modifier: Qt.KeyboardModifier = NO_MODIFIER,
) -> QWidget:
    target = keyboard_owner()
    QTest.keyClick(target, key, modifier)
    return target


def type_text(text: str) -> None:
    """Characters as a keyboard or an input method sends them (emoji included)."""
    target = keyboard_owner()
    for char in text:
        upper = char.upper()
        key = ord(upper) if len(upper) == 1 and ord(upper) < 0x10000 else 0
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(target, QKeyEvent(kind, key, NO_MODIFIER, char))


def press_native(key: Qt.Key, text: str, scan_code: int = 0, repeat: bool = False) -> None:
    """A press that carries the platform's physical key code (e.g. AZERTY's 6 key)."""
    target = keyboard_owner()
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, key, NO_MODIFIER, scan_code, 0, 0, text, repeat)
        QApplication.sendEvent(target, event)
