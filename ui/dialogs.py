"""The app's one kind of question box: a sentence, Yes and No, and a default that
an Enter pressed by mistake cannot turn into a loss (No, unless said); and the
pieces every dialog ends with (its status line, OK and Cancel)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)


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


class ThirdPartiesDialog(QDialog):
    """Each name in a bilan (a cycle's, the service's) that is no member's,
    ticked to be replaced, as the relevé asks: a place or an institution
    ("Saint-Denis", "CAF") is unticked and stays."""

    def __init__(
        self, parent: QWidget, names: list[str], label: str, *, members_known: bool = True
    ) -> None:
        super().__init__(parent)
        self.label = label
        self.setWindowTitle(self.tr("Names in the bilan"))
        layout = QVBoxLayout(self)
        said = (
            self.tr(
                "These names are no member's (a user, a colleague, a place…): each one "
                "ticked is replaced by “{label}”. Untick a place or an institution."
            )
            if members_known
            # The service's bilan: the coordinator's role reads no member's name.
            else self.tr(
                "These words of the cycles' titles may name someone (a member, a user, "
                "a colleague) or a place: each one ticked is replaced by “{label}”. "
                "Untick a place or an institution."
            )
        )
        text = QLabel(said.format(label=label))
        text.setWordWrap(True)
        layout.addWidget(text)
        self.names = QListWidget()
        self.names.setAccessibleName(self.tr("Names to replace"))
        for name in names:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.names.addItem(item)
        layout.addWidget(self.names, 1)
        layout.addWidget(ok_cancel(self.accept, self.reject))
        self.resize(520, 380)

    def decided(self) -> dict[str, str]:
        items = (self.names.item(i) for i in range(self.names.count()))
        return {
            item.text(): self.label for item in items if item.checkState() == Qt.CheckState.Checked
        }


def confirm_third_parties(
    parent: QWidget, names: list[str], label: str, *, members_known: bool = True
) -> dict[str, str] | None:
    """The names to replace, ticked; None: cancelled."""
    dialog = ThirdPartiesDialog(parent, names, label, members_known=members_known)
    return dialog.decided() if dialog.exec() == QDialog.DialogCode.Accepted else None
