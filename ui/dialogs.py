"""The app's one kind of question box: a sentence, Yes and No, and a default that
an Enter pressed by mistake cannot turn into a loss (No, unless said)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def ask_yes_no(
    parent: QWidget, title: str, text: str, *, default_yes: bool = False, warning: bool = False
) -> bool:
    ask = QMessageBox.warning if warning else QMessageBox.question
    yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
    return ask(parent, title, text, yes | no, yes if default_yes else no) == yes
