"""The app's one kind of question box: a sentence, Yes and No, and a default that
an Enter pressed by mistake cannot turn into a loss (No, unless said); and the
pieces every dialog ends with (its status line, OK and Cancel)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox, QWidget


def ask_yes_no(
    parent: QWidget, title: str, text: str, *, default_yes: bool = False, warning: bool = False
) -> bool:
    ask = QMessageBox.warning if warning else QMessageBox.question
    yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
    return ask(parent, title, text, yes | no, yes if default_yes else no) == yes


def status_line(text: str = "") -> QLabel:
    """A dialog's line for what happened (a refusal, a success), plain and wrapped."""
    label = QLabel(text)
    label.setObjectName("status")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def ok_cancel(accept: Callable[[], object], reject: Callable[[], object]) -> QDialogButtonBox:
    """The dialog's OK and Cancel, in the platform's order and words."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(accept)
    buttons.rejected.connect(reject)
    return buttons
