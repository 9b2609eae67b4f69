"""Does a window fit a laptop's screen, and does every text fit its control?

Qt never elides a label or a button: it clips it ("Démarrer (Espac"). These
checks measure each visible control's text with its own font against the room
its style leaves for it."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

# The room a maximised window has on a screen, less a taskbar and a title bar.
TASKBAR_AND_TITLE = 72
FRAME = 16


class Screen(NamedTuple):
    width: int
    height: int

    @property
    def room(self) -> tuple[int, int]:
        return self.width - FRAME, self.height - TASKBAR_AND_TITLE


LAPTOP = Screen(1366, 768)  # 1366×768 at 100 %
LAPTOP_125 = Screen(1536, 864)  # 1920×1080 at 125 %


def place(window: QWidget, screen: Screen) -> None:
    """The window maximised on that screen, laid out."""
    width, height = screen.room
    window.showNormal()
    window.setGeometry(0, 0, width, height)
    QApplication.processEvents()
    window.resize(width, height)  # offscreen, a first show keeps its own size
    for _ in range(3):
        QApplication.processEvents()


def too_big(window: QWidget, screen: Screen) -> str | None:
    """Whether the window, placed on that screen, came out bigger than it (a
    layout's minimum wins over the geometry asked; its hint alone can lie
    about words that wrap)."""
    width, height = screen.room
    hint = window.minimumSizeHint().expandedTo(window.minimumSize()).expandedTo(window.size())
    if hint.width() > width or hint.height() > height:
        return f"needs {hint.width()}×{hint.height()}, the screen leaves {width}×{height}"
    return None


def _lines(text: str) -> list[str]:
    return [line for line in text.replace("&&", "&").split("\n") if line]


def _content_width(button: QAbstractButton) -> int:
    option = QStyleOptionButton()
    button.initStyleOption(option)  # type: ignore[attr-defined]
    element = (
        QStyle.SubElement.SE_CheckBoxContents
        if isinstance(button, QCheckBox)
        else QStyle.SubElement.SE_PushButtonContents
    )
    return button.style().subElementRect(element, option, button).width()


def cut_texts(window: QWidget) -> list[str]:
    """Every visible label and button whose text is wider than its room, or
    taller; every scrolled panel squeezed below its minimum."""
    cut = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or not widget.visibleRegion().boundingRect().isValid():
            continue
        if (
            isinstance(widget, QComboBox)
            and widget.height() + 4 < widget.minimumSizeHint().height()
        ):
            name = widget.objectName() or widget.accessibleName() or "QComboBox"
            cut.append(f"{name} {widget.currentText()[:40]!r} squeezed to {widget.height()} px")
        if isinstance(widget, QAbstractScrollArea):
            cut += _scroll_problems(widget)
            continue
        measured = _pieces_and_room(widget)
        if measured is None:
            continue
        pieces, room = measured
        metrics = widget.fontMetrics()
        name = widget.objectName() or type(widget).__name__
        for piece in pieces:
            if metrics.horizontalAdvance(piece) > room + 1:
                cut.append(f"{name} {piece!r}: {metrics.horizontalAdvance(piece)} > {room}")
        assert isinstance(widget, (QLabel, QAbstractButton))
        tall = _height_needed(widget)
        if tall > widget.height() + 1:
            cut.append(f"{name} {widget.text()[:40]!r}: {tall} px tall in {widget.height()}")
        elif (
            isinstance(widget, QPushButton)
            and widget.height() + 4 < widget.minimumSizeHint().height()
        ):
            # Its text may fit, its frame does not: it overlaps what is above it.
            cut.append(f"{name} {widget.text()[:40]!r} squeezed to {widget.height()} px")
    return cut


def _scroll_problems(area: QAbstractScrollArea) -> list[str]:
    """A scrolled panel squeezed below its minimum, or hiding part of its
    content to the side: it scrolls down, never sideways."""
    name = area.objectName() or type(area).__name__
    problems = []
    if area.viewport().height() + 2 < area.minimumHeight() - 2 * area.frameWidth():
        problems.append(f"{name} squeezed to {area.viewport().height()} px")
    if area.horizontalScrollBar().maximum() > 0:
        problems.append(f"{name} hides its text off to the side (a sideways scroll bar)")
    inside = area.widget() if isinstance(area, QScrollArea) else None
    if inside is not None and inside.width() > area.viewport().width() + 1:
        problems.append(f"{name} scrolls sideways: {inside.width()} > {area.viewport().width()}")
    return problems


def _pieces_and_room(widget: QWidget) -> tuple[list[str], int] | None:
    """What must not be cut (a wrapped label's words, a line elsewhere) and
    the width the control has for it."""
    if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
        room = widget.contentsRect().width() - 2 * widget.margin()
        lines = _lines(widget.text())
        if widget.wordWrap():
            return [word for line in lines for word in line.split()], room
        return lines, room
    if isinstance(widget, (QPushButton, QCheckBox)) and widget.text():
        room = _content_width(widget)
        if isinstance(widget, QPushButton) and widget.menu() is not None:
            room -= widget.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator)
        return _lines(widget.text()), room
    return None


def _height_needed(widget: QLabel | QAbstractButton) -> int:
    """How tall the text is, wrapped at the widget's width (a squeezed layout
    clips lines at the bottom)."""
    if isinstance(widget, QLabel):
        if widget.wordWrap():
            return widget.heightForWidth(widget.width())
        return widget.minimumSizeHint().height()
    lines = len(_lines(widget.text()))
    if isinstance(widget, QPushButton):
        return max(widget.minimumHeight(), lines * widget.fontMetrics().lineSpacing())
    return lines * widget.fontMetrics().height()


def unwrapped(text: str) -> str:
    """A control's text as read, whatever its width wrapped (after a space or a
    hyphen): what it says, for tests that do not look at how it fits."""
    return " ".join(text.replace("-\n", "-").split())
