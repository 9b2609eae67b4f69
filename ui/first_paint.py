"""Run something once a window has been painted: what the first screen does not
show loads while the facilitator is already reading it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], object]) -> None:
        super().__init__(widget)
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)  # one paint only: no filter stays behind
            QTimer.singleShot(0, self._callback)  # once this paint is on screen
        return False


def after_first_paint(widget: QWidget, callback: Callable[[], object]) -> None:
    _FirstPaint(widget, callback)
