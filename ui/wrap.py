"""Text wrapped to a width in pixels, for the controls Qt does not wrap itself
(a push button clips its text; the room must read a whole name), and lists
that wrap their lines."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QListView, QListWidget

_BREAKS = re.compile(r"(?<=[\s\-])")  # after a space or a hyphen


def wrapped_lines(text: str, metrics: QFontMetrics, width: int) -> list[str]:
    """``text`` in lines no wider than ``width``, broken after spaces and hyphens,
    and inside a word only when the word alone is wider."""
    lines: list[str] = []
    line = ""
    for piece in _BREAKS.split(text):
        if not piece:
            continue
        candidate = line + piece
        if line and metrics.horizontalAdvance(candidate.rstrip()) > width:
            lines.append(line.rstrip())
            line = piece
        else:
            line = candidate
        while metrics.horizontalAdvance(line.rstrip()) > width and len(line) > 1:
            cut = _longest_fitting(line, metrics, width)
            lines.append(line[:cut])
            line = line[cut:]
    if line.strip() or not lines:
        lines.append(line.rstrip())
    return lines


def _longest_fitting(text: str, metrics: QFontMetrics, width: int) -> int:
    cut = len(text) - 1
    while cut > 1 and metrics.horizontalAdvance(text[:cut]) > width:
        cut -= 1
    return cut


def wrapping_list() -> QListWidget:
    """A list whose long lines (an answer from management, a dated session) wrap
    at its width instead of running off to the side behind a scroll bar."""
    view = QListWidget()
    view.setWordWrap(True)
    view.setResizeMode(QListView.ResizeMode.Adjust)  # wrapped again as it is resized
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    # By the pixel: a line wrapped taller than the view is read to its end.
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    return view
