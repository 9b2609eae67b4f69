"""A window's first size: what it asks for, bounded by the free room of its
screen (a laptop's 1366×768 less its panel and the window's frame), and never
below what its layout needs."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

# Kept free around a window: the window manager's frame and a desktop panel.
FRAME = QSize(40, 60)


def first_size(window: QWidget, wanted: QSize) -> QSize:
    """Call once the window's layout is built: its minimum comes from it."""
    screen = window.screen()
    room = screen.availableGeometry().size() - FRAME if screen is not None else wanted
    return wanted.boundedTo(room).expandedTo(window.minimumSizeHint())
